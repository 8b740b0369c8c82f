"""The static site: pages, relative links, escaped report text, the embed snippet."""

from __future__ import annotations

import re
from pathlib import Path

import pytest
from _mapfactory import HOSTILE, NOVEMBER, SEPTEMBER, sample_events

from mapper.publishing.site import embed_snippet, report_page_name, write_site

REPORTS = [SEPTEMBER, NOVEMBER, HOSTILE]
LINK = re.compile(r"""(?:src|href)=["']([^"']*)["']""")


@pytest.fixture(scope="module")
def site(tmp_path_factory: pytest.TempPathFactory, data_dir: Path) -> Path:
    from mapper.publishing.regions import load_outlines

    folder = tmp_path_factory.mktemp("site")
    write_site(sample_events(), REPORTS, folder, title="East & south", outlines=load_outlines(
        data_dir / "oblast_squares.geojson"))
    return folder


def test_site_has_index_reports_embed_and_assets(site: Path) -> None:
    names = sorted(p.name for p in site.iterdir())
    assert names == [
        "assets", "embed.html", "index.html",
        "report-hostile-txt.html", "report-november-md.html", "report-september-txt.html",
    ]  # fmt: skip
    assert (site / "assets" / "leaflet.js").is_file() and (site / "assets" / "mapper.js").is_file()


@pytest.mark.parametrize("page", ["index.html", "report-september-txt.html", "report-hostile-txt.html"])
def test_links_are_relative_and_resolve(site: Path, page: str) -> None:
    text = (site / page).read_text(encoding="utf-8")
    for link in LINK.findall(text):
        if link.startswith("#") or link.startswith(("https://example.org/", "https://www.geonames.org")):
            continue  # in-page anchors; a report's own source; the attribution
        assert not link.startswith(("/", "http:", "https:", "file:")), link
        assert (site / link).exists(), link


def test_index_lists_every_place_in_a_sortable_table(site: Path) -> None:
    text = (site / "index.html").read_text(encoding="utf-8")
    table = text[text.index('<table class="mapper-table">') : text.index("</table>")]
    assert table.count("<tr>") == 1 + 5
    assert "<h1>East &amp; south</h1>" in text
    assert 'href="report-september-txt.html"' in text
    assert re.search(r'data-mapper-event="\d+">Izium</a>', table)


def test_report_text_is_escaped_and_places_link_to_the_map(site: Path) -> None:
    text = (site / "report-hostile-txt.html").read_text(encoding="utf-8")
    assert "<script>window.__mapper_xss" not in text
    assert "&lt;script&gt;window.__mapper_xss = 1&lt;/script&gt;" in text
    assert "&lt;img src=x onerror=&quot;window.__mapper_xss = 2&quot;&gt;" in text
    assert "<h1>&lt;b&gt;bold&lt;/b&gt; title</h1>" in text
    links = re.findall(r'data-mapper-event="(\d+)"[^>]*>([^<]+)</a>', text)
    assert links == [("0", "Kherson"), ("1", "Izium")]


def test_unresolved_names_are_marked_in_the_text(site: Path) -> None:
    text = (site / "report-september-txt.html").read_text(encoding="utf-8")
    assert '<span class="mapper-unresolved-name" title="not in the gazetteer">Hlybokyi Yar</span>' in text
    assert '<a href="https://example.org/news/1" rel="noopener noreferrer">Example Wire</a>' in text


def test_a_javascript_source_url_is_not_a_link(site: Path) -> None:
    text = (site / "report-november-md.html").read_text(encoding="utf-8")
    assert "javascript:" not in text
    assert "Example Wire" in text


def test_embed_snippet_is_a_lazy_iframe_of_fixed_size(site: Path) -> None:
    snippet = (site / "embed.html").read_text(encoding="utf-8")
    assert re.search(r'<iframe src="index.html" title="East &amp; south" width="\d+" height="\d+" '
                     r'loading="lazy"', snippet)
    assert embed_snippet("x", size=(640, 360)).count('width="640" height="360"') == 1


def test_maps_of_the_site_zoom_only_after_a_click(site: Path) -> None:
    assert "scrollAfterClick: true" in (site / "index.html").read_text(encoding="utf-8")


@pytest.mark.parametrize(
    "report_id,taken,expected",
    [
        ("a.txt", set(), "report-a-txt.html"),
        ("kharkiv/Izium report.md", set(), "report-kharkiv-izium-report-md.html"),
        ("a.txt", {"report-a-txt.html"}, "report-a-txt-2.html"),
        ("<stdin>", set(), "report-stdin.html"),
        ("../../etc/passwd", set(), "report-etc-passwd.html"),
        ("Харків", set(), "report-report.html"),
    ],
)
def test_report_page_names_are_safe_and_unique(report_id: str, taken: set[str], expected: str) -> None:
    assert report_page_name(report_id, taken) == expected
    assert expected in taken


def test_site_without_tiles_requests_nothing_remote(tmp_path: Path) -> None:
    write_site(sample_events(), REPORTS, tmp_path, tiles=False)
    text = (tmp_path / "index.html").read_text(encoding="utf-8")
    assert "tile.openstreetmap.org" not in text
    assert not [link for link in LINK.findall(text) if link.startswith(("http:", "https:"))
                and "geonames" not in link and "example.org" not in link]


def test_a_report_without_events_gets_its_page(tmp_path: Path) -> None:
    from mapper.model import Report

    quiet = Report(id="quiet.txt", text="Nothing was reported <here>.")
    write_site([], [quiet], tmp_path, tiles=False)
    page = (tmp_path / "report-quiet-txt.html").read_text(encoding="utf-8")
    assert "Nothing was reported &lt;here&gt;." in page
    assert "(0 mentions)" in (tmp_path / "index.html").read_text(encoding="utf-8")
