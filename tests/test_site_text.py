"""A report's text on its page: Markdown rendered safely, places marked where they are, titles."""

from __future__ import annotations

import re
from pathlib import Path

import pytest

from mapper.model import Report
from mapper.publishing._reporttext import Mark, page_title, text_html
from mapper.reports import read_reports


def _marked(text: str, name: str = "Izium", report_id: str = "r.md") -> str:
    """The HTML of ``text`` with every ``name`` in it marked as a link to event N (N in text order)."""
    marks = [Mark(m.start(), m.end(), "mapper-place", f"{name}: liberated", f"embed.html#event-{n}", "mapper-map")
             for n, m in enumerate(re.finditer(re.escape(name), text))]  # fmt: skip
    return text_html(Report(id=report_id, text=text), marks)


PLACE = r'<a href="embed.html#event-{n}" target="mapper-map" class="mapper-place" title="Izium: liberated">Izium</a>'


@pytest.mark.parametrize(
    "text,expected",
    [
        ("**Battle of Izium**", "<p><strong>Battle of {0}</strong></p>"),
        ("# Izium retaken", "<h1>{0} retaken</h1>"),
        ("## Background\n\nIzium fell.", "<h2>Background</h2>\n<p>{0} fell.</p>"),
        ("- Kupiansk\n- Izium\n", "<li>Kupiansk</li>\n<li>{0}</li>"),
        ("*Izium*, then Izium", "<p><em>{0}</em>, then {1}</p>"),
        ("> Izium was quiet", "<blockquote>\n<p>{0} was quiet</p>"),
        ("| town | status |\n|---|---|\n| Izium | free |", "<td>{0}</td>"),
        ("Izium\nBalakliia", "<p>{0}\nBalakliia</p>"),
    ],
)
def test_a_place_in_markdown_stays_linked(text: str, expected: str) -> None:
    pattern = re.escape(expected.replace("{0}", "\0").replace("{1}", "\1"))
    pattern = pattern.replace("\0", PLACE.format(n=0)).replace("\1", PLACE.format(n=1))
    assert re.search(pattern, _marked(text)), _marked(text)


def test_a_place_inside_a_link_is_a_span_and_the_link_is_kept() -> None:
    page = _marked("See [news of Izium](https://example.org/Izium \"Izium\").")
    assert ('<a href="https://example.org/Izium" title="Izium" rel="nofollow noopener noreferrer">news of '
            '<span class="mapper-place" title="Izium: liberated">Izium</span></a>') in page


def test_a_place_over_markup_is_closed_and_opened_again() -> None:
    marks = [Mark(0, 18, "mapper-place", "Kharkiv Oblast", "embed.html#event-0")]
    page = text_html(Report(id="r.md", text="Kharkiv **Oblast** was freed."), marks)
    assert ('<a href="embed.html#event-0" class="mapper-place" title="Kharkiv Oblast">Kharkiv </a><strong>'
            '<a href="embed.html#event-0" class="mapper-place" title="Kharkiv Oblast">Oblast</a></strong>') in page


@pytest.mark.parametrize(
    "text,shown,absent",
    [
        ("<script>alert(1)</script> Izium", "&lt;script&gt;alert(1)&lt;/script&gt;", "<script>"),
        ("<img src=x onerror=alert(1)>", "&lt;img src=x onerror=alert(1)&gt;", "<img"),
        ("[click](javascript:alert(1))", "[click](javascript:alert(1))", 'href="javascript'),
        ("![map](https://example.org/x.png)", "!", "<img"),
        ("`Izium <b>`", "<code>Izium &lt;b&gt;</code>", "\ue000"),
        ("&lt;b&gt;Izium", "&lt;b&gt;", "<b>"),
        ("Izium \ue000\ue010\ue001 odd", "\ufffd\ufffd\ufffd", "\ue001"),
    ],
)
def test_markdown_lets_no_html_through(text: str, shown: str, absent: str) -> None:
    page = _marked(text)
    assert shown in page
    assert absent not in page


def test_a_plain_text_report_is_escaped_not_rendered() -> None:
    page = _marked("**Izium** <b>x</b>\n\n## not a heading", report_id="r.txt")
    assert page.startswith('<div class="mapper-text">')
    assert f"**{PLACE.format(n=0)}** &lt;b&gt;x&lt;/b&gt;\n\n## not a heading" in page


@pytest.mark.parametrize(
    "front,body,expected",
    [
        ("title: From the title\nsubject: Not this\n", "# A heading\n", "From the title"),
        ("subject: From the subject\n", "# A heading\n", "From the subject"),
        ("date: 2022-09-10\n", "Text first.\n\n## A second-level heading\n", "A second-level heading"),
        ("date: 2022-09-10\n", "# The *first* heading\n", "The first heading"),
        ("date: 2022-09-10\n", "Shelling of Izium.\n", "caption.md"),
    ],
)
def test_page_titles(tmp_path: Path, front: str, body: str, expected: str) -> None:
    (tmp_path / "caption.md").write_text(f"---\n{front}---\n{body}", encoding="utf-8")
    report = read_reports([tmp_path / "caption.md"]).reports[0]
    assert page_title(report) == expected


def test_a_report_without_a_file_takes_its_title_else_its_id() -> None:
    assert page_title(Report(id="a.txt", text="x", title="Given")) == "Given"
    assert page_title(Report(id="jsonl:3", text="x")) == "jsonl:3"


@pytest.mark.parametrize("report_id,path", [("a.html", "news/a.html"), ("r.jsonl:2", "r.jsonl"), ("<stdin>", None)])
def test_reports_not_in_markdown_are_shown_as_read(report_id: str, path: str | None) -> None:
    text = "**Izium** was <em>retaken</em>.\n\nA second paragraph."
    page = text_html(Report(id=report_id, path=path, text=text), [Mark(2, 7, "mapper-place", "Izium")])
    assert page == ('<div class="mapper-text">**<span class="mapper-place" title="Izium">Izium</span>** was '
                    "&lt;em&gt;retaken&lt;/em&gt;.\n\nA second paragraph.</div>")
