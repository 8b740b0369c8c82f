"""The static site: pages, relative links, escaped report text, the data, the embedded map."""

from __future__ import annotations

import re
from pathlib import Path

import pytest
from _mapfactory import HOSTILE, IZIUM, NOVEMBER, SEPTEMBER, event, sample_events

from mapper.model import Report
from mapper.publishing.site import embed_snippet, report_page_name, write_site

REPORTS = [SEPTEMBER, NOVEMBER, HOSTILE]
LINK = re.compile(r"""(?:src|href)=["']([^"']*)["']""")
QUIET = Report(id="quiet.txt", title="Nothing <here>", text="Nothing was reported <here>.")


@pytest.fixture(scope="module")
def site(tmp_path_factory: pytest.TempPathFactory, data_dir: Path) -> Path:
    from mapper.publishing.regions import load_outlines

    folder = tmp_path_factory.mktemp("site")
    write_site(sample_events(), [*REPORTS, QUIET], folder, title="East & south",
               outlines=load_outlines(data_dir / "oblast_squares.geojson"))  # fmt: skip
    return folder


def test_site_has_index_pages_of_reports_with_events_embed_data_and_assets(site: Path) -> None:
    names = sorted(p.name for p in site.iterdir() if not p.name.endswith(".csvt") and p.name != ".mapper-site.json")
    assert names == [
        "assets", "embed.html", "events.csv", "events.geojson", "events.gpkg", "index.html", "places.csv",
        "places.geojson", "report-hostile-txt.html", "report-november-md.html", "report-september-txt.html",
    ]  # fmt: skip
    assert (site / ".mapper-site.json").is_file()  # the record of its pages (hidden: not published by most hosts)
    for asset in ("leaflet.js", "mapper.js", "mapper.css", "site.css", "site.js"):
        assert (site / "assets" / asset).is_file(), asset
    assert not list(site.glob(".*.tmp")), "a temporary file was left behind"


@pytest.mark.parametrize(
    "page", ["index.html", "embed.html", "report-september-txt.html", "report-hostile-txt.html"]
)
def test_links_are_relative_and_resolve(site: Path, page: str) -> None:
    text = (site / page).read_text(encoding="utf-8")
    for link in LINK.findall(text):
        if link.startswith("#") or link.startswith(("https://example.org/", "https://www.geonames.org")):
            continue  # in-page anchors; a report's own source; the attribution
        assert not link.startswith(("/", "http:", "https:", "file:")), link
        assert (site / link.split("#")[0]).exists(), link


def test_index_lists_every_place_in_a_sortable_table(site: Path) -> None:
    text = (site / "index.html").read_text(encoding="utf-8")
    table = text[text.index('<table class="mapper-table">') : text.index("</table>")]
    assert table.count("<tr>") == 1 + 5
    assert "<h1>East &amp; south</h1>" in text
    assert 'href="report-september-txt.html"' in text
    assert re.search(r'data-mapper-event="\d+">Izium</a>', table)


def test_a_report_without_events_has_no_page_and_one_unlinked_line(site: Path) -> None:
    text = (site / "index.html").read_text(encoding="utf-8")
    assert not (site / "report-quiet-txt.html").exists()
    quiet = text[text.index('<details class="mapper-quiet">') :]
    assert "1 report without a place on the map" in quiet
    assert "<li>Nothing &lt;here&gt;</li>" in quiet
    assert "quiet" not in "".join(LINK.findall(text))


def test_index_offers_the_data_files(site: Path) -> None:
    text = (site / "index.html").read_text(encoding="utf-8")
    block = text[text.index('<section class="mapper-data">') :]
    for name in ("events.geojson", "places.geojson", "events.csv", "events.gpkg"):
        assert f'<a href="{name}" download>' in block, name
    assert '"type": "FeatureCollection"' in (site / "events.geojson").read_text(encoding="utf-8")


def test_report_text_is_escaped_and_places_link_to_the_map(site: Path) -> None:
    text = (site / "report-hostile-txt.html").read_text(encoding="utf-8")
    assert "<script>window.__mapper_xss" not in text
    assert "&lt;script&gt;window.__mapper_xss = 1&lt;/script&gt;" in text
    assert "&lt;img src=x onerror=&quot;window.__mapper_xss = 2&quot;&gt;" in text
    assert "<h1>&lt;b&gt;bold&lt;/b&gt; title</h1>" in text
    # the indexes are those of the site's one map: events 6 and 7 of sample_events() with a place
    links = re.findall(r'<a href="embed.html#event-(\d+)" target="mapper-map"[^>]*>([^<]+)</a>', text)
    assert links == [("6", "Kherson"), ("7", "Izium")]
    assert re.search(r'<iframe src="embed.html#event-6" name="mapper-map"', text), "the map opens on the first place"


def test_report_pages_carry_no_map_of_their_own(site: Path) -> None:
    text = (site / "report-september-txt.html").read_text(encoding="utf-8")
    assert "leaflet" not in text.lower() and "mapper-data" not in text
    assert len(text.encode("utf-8")) < 4000


def test_unresolved_names_are_marked_in_the_text(site: Path) -> None:
    text = (site / "report-september-txt.html").read_text(encoding="utf-8")
    assert '<span class="mapper-unresolved-name" title="not in the gazetteer">Hlybokyi Yar</span>' in text
    assert '<a href="https://example.org/news/1" rel="noopener noreferrer">Example Wire</a>' in text


def test_a_javascript_source_url_is_not_a_link(site: Path) -> None:
    text = (site / "report-november-md.html").read_text(encoding="utf-8")
    assert "javascript:" not in text
    assert "Example Wire" in text


def test_embed_is_the_map_alone_at_a_fixed_ratio(site: Path) -> None:
    text = (site / "embed.html").read_text(encoding="utf-8")
    assert "mapper-page" not in text and "mapper-table" not in text
    assert "aspect-ratio: 16 / 10" in text and 'src="assets/site.js"' in text
    assert "mapper.draw(" in text


def test_index_offers_a_responsive_iframe_snippet_to_copy(site: Path) -> None:
    text = (site / "index.html").read_text(encoding="utf-8")
    block = text[text.index('<section class="mapper-embed">') :]
    assert "<textarea readonly" in block
    assert "&lt;iframe src=&quot;embed.html&quot; title=&quot;East &amp;amp; south&quot;" in block
    snippet = embed_snippet("x", ratio=(16, 9))
    assert "padding-bottom:56.25%" in snippet and "width:100%;height:100%" in snippet
    assert 'loading="lazy"' in snippet and " width=" not in snippet


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
    for page in ("index.html", "embed.html", "report-september-txt.html"):
        text = (tmp_path / page).read_text(encoding="utf-8")
        assert "tile.openstreetmap.org" not in text
        assert not [link for link in LINK.findall(text) if link.startswith(("http:", "https:"))
                    and "geonames" not in link and "example.org" not in link], page


def test_progress_is_told_after_each_page(tmp_path: Path) -> None:
    calls: list[tuple[int, int]] = []
    pages = write_site(sample_events(), [*REPORTS, QUIET], tmp_path, progress=lambda done, total: calls.append((done, total)))
    assert calls == [(n, 5) for n in range(1, 6)]
    assert len(pages) == 5


def test_a_markdown_report_keeps_its_places_linked(tmp_path: Path) -> None:
    text = "## Background\n\n**Battle of Izium** began.\n\n- Izium was shelled\n- see [Izium news](https://example.org/izium)\n"
    report = Report(id="battle.md", text=text)
    events = [event(report, "Izium", IZIUM, "attacked", nth) for nth in range(3)]
    write_site(events, [report], tmp_path)
    page = (tmp_path / "report-battle-md.html").read_text(encoding="utf-8")
    assert "<h2>Background</h2>" in page and "**" not in page and "##" not in page
    assert re.search(r'<strong>Battle of <a href="embed.html#event-0" [^>]*>Izium</a></strong>', page)
    assert re.search(r'<li><a href="embed.html#event-1" [^>]*>Izium</a> was shelled</li>', page)
    assert re.search(r'<a href="https://example.org/izium" rel="nofollow noopener noreferrer">'
                     r'<span class="mapper-place mapper-place-attacked" [^>]*>Izium</span> news</a>', page)


def test_cli_site_writes_pages_only_for_reports_with_events(tmp_path: Path) -> None:
    from typer.testing import CliRunner

    from mapper.cli import app

    reports = tmp_path / "reports"
    reports.mkdir()
    (reports / "izium.md").write_text("---\nsubject: Izium <retaken>\ndate: 2022-09-10\n---\n"
                                      "## Background\n\n**Ukrainian forces liberated Izium.**\n", encoding="utf-8")
    (reports / "market.md").write_text("---\ndate: 2022-09-11\n---\nA market in Kharkiv.\n", encoding="utf-8")
    result = CliRunner().invoke(app, ["site", str(reports), "-o", str(tmp_path / "site"), "-q"])
    assert result.exit_code == 0, result.output
    pages = sorted(p.name for p in (tmp_path / "site").glob("*.html"))
    assert pages == ["embed.html", "index.html", "report-izium-md.html"]
    page = (tmp_path / "site" / "report-izium-md.html").read_text(encoding="utf-8")
    assert "<title>Izium &lt;retaken&gt;</title>" in page and "<h2>Background</h2>" in page
    assert re.search(r'<strong>Ukrainian forces liberated <a href="embed.html#event-0" target="mapper-map" [^>]*>'
                     r"Izium</a>.</strong>", page)
    assert "<li>market.md</li>" in (tmp_path / "site" / "index.html").read_text(encoding="utf-8")
