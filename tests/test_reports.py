"""Tests for mapper.reports: each format, each bad input, offsets into the text."""

from __future__ import annotations

import datetime as dt
import io
import logging
from pathlib import Path

import pytest

from mapper.errors import ReportError
from mapper.reports import read_report, read_reports, report_from_text
from mapper.reports._dates import parse_date, read_date
from mapper.reports._htmltext import html_article


@pytest.fixture(scope="session")
def reports_dir(data_dir: Path) -> Path:
    return data_dir / "reports"


@pytest.mark.parametrize(
    "name,expected",
    [
        ("plain.txt", {"id": "plain.txt", "start": "Ukrainian troops entered Balakliia", "date": None}),
        ("crlf.txt", {"start": "Shelling hit Nikopol overnight.\nThe town"}),
        ("bom.txt", {"start": "Russian forces withdrew from Lyman"}),
        ("article.md", {"title": "Ukraine retakes Kherson", "date": dt.date(2022, 11, 11),
                        "source": "mapper tests", "url": "https://example.org/kherson",
                        "start": "\n# Ukraine retakes Kherson"}),
        ("aliases.md", {"title": "The flag over Izium", "date": dt.date(2022, 9, 12), "source": "A. Reporter"}),
        ("baddate.md", {"title": "Soledar", "date": None}),
        ("page.html", {"title": "Fighting around Bakhmut", "date": dt.date(2023, 1, 16),
                       "source": "Example News", "url": "https://example.org/bakhmut",
                       "start": "Fighting around Bakhmut\n\nRussian forces shelled Bakhmut and Chasiv Yar & other"}),
        ("one.json", {"id": "one.json", "title": "Kherson", "url": "https://example.org/k"}),
    ],
)  # fmt: skip
def test_read_report_formats(reports_dir: Path, name: str, expected: dict) -> None:
    report = read_report(reports_dir / name)
    assert report.id == expected.get("id", name)
    for field in ("title", "date", "source", "url"):
        if field in expected:
            assert getattr(report, field) == expected[field], field
    assert report.text.startswith(expected.get("start", ""))
    assert "\r" not in report.text and "\ufeff" not in report.text


def test_html_drops_scripts_navigation_and_asides(reports_dir: Path) -> None:
    text = read_report(reports_dir / "page.html").text
    for unwanted in ("Do not read me", "Home", "color: red", "Read also", "Subscribe", "©", "Example News"):
        assert unwanted not in text
    assert "Defenders held the town.\nMore soon." in text
    assert "\n\n" in text  # paragraphs kept apart


@pytest.mark.parametrize(
    "html,text",
    [
        ("<p>One</p><p>Two</p>", "One\n\nTwo"),
        ("<body><div>Kyiv <b>and</b>\n  Irpin</div></body>", "Kyiv and Irpin"),
        ("<pre>a\n  b</pre>", "a\n  b"),
        ("<p>Izium &amp; Lyman&nbsp;</p>", "Izium & Lyman"),
        ("<nav><ul><li>menu</li></ul></nav><p>kept</p>", "kept"),
        ("<main><p>page</p></main><article><p>story</p></article>", "story"),
        # a related-stories box inside the article is page furniture; an embedded post is the article's
        (('<article><p>Odesa port hit.</p><section class="read-more"><h2>Read more</h2><ul><li><a>Missile hits shipyard in '
          'Mykolaiv</a></li></ul></section></article>'), "Odesa port hit."),
        ('<article><p>Hit.</p><div class="related-posts"><div><p>Kherson</p></div><p>Izium</p></div><p>End.</p></article>',
         "Hit.\n\nEnd."),
        ('<article><p>Hit.</p><blockquote class="social-embed"><p>Kharkiv shelled</p></blockquote></article>',
         "Hit.\n\nKharkiv shelled"),
    ],
)
def test_html_text(html: str, text: str) -> None:
    assert html_article(html).text == text


def test_html_date_from_time_element() -> None:
    article = html_article('<title>T</title><article><time datetime="2022-10-01">1 Oct</time> Lyman</article>')
    assert article.title == "T" and article.date == "2022-10-01"


@pytest.mark.parametrize(
    "name,line,reason",
    [
        ("binary.txt", None, "binary file, not text (NUL byte at offset 8)"),
        ("latin1.txt", None, "not UTF-8 text (byte 0xe9 at offset 27)"),
        ("utf16.txt", None, "UTF-16 text, not UTF-8"),
        ("empty.txt", None, "empty"),
        ("blank.md", None, "empty"),
        ("malformed.json", 2, "malformed JSON"),
        ("many.jsonl", 3, "malformed JSON line"),
        ("many.jsonl", 5, "no 'text' string"),
        ("list.json", None, "expected a JSON object with 'text', got int"),
        ("missing.txt", None, "no such file or folder"),
    ],
)
def test_bad_inputs_are_skipped_with_reason(
    reports_dir: Path, caplog: pytest.LogCaptureFixture, name: str, line: int | None, reason: str
) -> None:
    with caplog.at_level(logging.WARNING, logger="mapper.reports"):
        result = read_reports([reports_dir / name])
    matching = [s for s in result.skipped if s.line == line and reason in s.reason]
    assert len(matching) == 1, result.skipped
    assert matching[0].path.endswith(name)
    where = f"{name}:{line}" if line else name
    assert any(where in r.getMessage() and reason in r.getMessage() for r in caplog.records)


@pytest.mark.parametrize("name", ["binary.txt", "latin1.txt", "empty.txt", "malformed.json", "many.jsonl", "list.json"])
def test_read_report_raises_report_error(reports_dir: Path, name: str) -> None:
    with pytest.raises(ReportError, match=name.replace(".", r"\.")):
        read_report(reports_dir / name)


def test_jsonl_keeps_good_lines(reports_dir: Path) -> None:
    result = read_reports([reports_dir / "many.jsonl"])
    assert [r.id for r in result.reports] == ["j1", "many.jsonl:2"]
    assert result.reports[0].date == dt.date(2024, 2, 17) and result.reports[0].source == "mapper tests"
    assert result.reports[1].text == "Ukrainian troops recaptured Snihurivka.\nLocals welcomed them."
    assert [s.line for s in result.skipped] == [3, 5]


def test_json_list(reports_dir: Path) -> None:
    result = read_reports([reports_dir / "list.json"])
    assert [r.id for r in result.reports] == ["l1", "list.json#2"]
    assert len(result.skipped) == 1


def test_folder_is_recursive_sorted_and_skips_hidden_and_gold(reports_dir: Path) -> None:
    result = read_reports([reports_dir])
    ids = [r.id for r in result.reports]
    assert "plain.txt" in ids and "sub/plain.txt" in ids  # same name, distinct ids
    assert not any("hidden" in i or "gold" in i or "readme" in i.lower() for i in ids)
    files = [r.path for r in result.reports]
    assert files == sorted(files)
    assert {Path(s.path).name for s in result.skipped} == {
        "binary.txt", "latin1.txt", "utf16.txt", "empty.txt", "blank.md", "malformed.json", "many.jsonl", "list.json"
    }  # fmt: skip


def test_bad_date_is_a_warning_not_a_skip(reports_dir: Path, caplog: pytest.LogCaptureFixture) -> None:
    with caplog.at_level(logging.WARNING, logger="mapper.reports"):
        result = read_reports([reports_dir / "baddate.md"])
    assert len(result.reports) == 1 and not result.skipped
    assert "sometime in January" in caplog.text


@pytest.mark.parametrize("data", [b"Shelling hit Kharkiv.\r\n", "Shelling hit Kharkiv.\n", b"\xef\xbb\xbfShelling hit Kharkiv.\n"])
def test_stdin(data: bytes | str) -> None:
    stream = io.BytesIO(data) if isinstance(data, bytes) else io.StringIO(data)
    result = read_reports(["-"], stdin=stream)
    assert result.reports[0].id == "<stdin>"
    assert result.reports[0].text == "Shelling hit Kharkiv.\n"


def test_empty_stdin_is_skipped() -> None:
    result = read_reports(["-"], stdin=io.BytesIO(b"  \n"))
    assert not result.reports and result.skipped[0].path == "<stdin>"


@pytest.mark.parametrize(
    "name,text",
    [
        ("crlf.txt", "Shelling hit Nikopol overnight.\nThe town lies across the reservoir from Enerhodar.\n"),
        ("bom.txt", "Russian forces withdrew from Lyman on 1 October 2022.\n"),
        ("article.md", "\n# Ukraine retakes Kherson\n\nUkrainian forces entered **Kherson** after Russian troops "
                       "retreated across the Dnipro.\n"),
        ("page.html", "Fighting around Bakhmut\n\nRussian forces shelled Bakhmut and Chasiv Yar & other towns on "
                      "Monday.\n\nDefenders held the town.\nMore soon."),
    ],
)  # fmt: skip
def test_text_is_kept_as_written(reports_dir: Path, name: str, text: str) -> None:
    # only the BOM, the newlines (and for HTML the markup) change: offsets index into this text
    assert read_report(reports_dir / name).text == text


@pytest.mark.slow
def test_pipeline_offsets_index_into_report_text(reports_dir: Path, builtin_gazetteer) -> None:
    from mapper.pipeline import extract_reports

    reports = read_reports([reports_dir]).reports
    events = list(extract_reports(reports, builtin_gazetteer, all_mentions=True))
    assert {e.report.id for e in events} >= {"article.md", "page.html", "crlf.txt", "j1"}
    for event in events:
        text, mention = event.report.text, event.mention
        assert text[mention.start : mention.end] == mention.surface
        assert text[mention.sentence_start : mention.sentence_start + len(mention.sentence)] == mention.sentence


def test_report_from_text() -> None:
    report = report_from_text("Izium was shelled.\r\nAgain.", id="note", date="12 September 2022", title="T")
    assert report.text == "Izium was shelled.\nAgain."
    assert report.date == dt.date(2022, 9, 12) and report.id == "note" and report.title == "T"
    with pytest.raises(ReportError, match="empty"):
        report_from_text("   ")
    with pytest.raises(TypeError, match="headline"):
        report_from_text("x", headline="y")


@pytest.mark.parametrize(
    "value,expected",
    [
        ("2022-09-12", dt.date(2022, 9, 12)),
        ("2022-09-12T08:30:00", dt.date(2022, 9, 12)),
        ("2022-09-12T23:30:00+03:00", dt.date(2022, 9, 12)),  # the calendar day written, not converted
        ("2022-09-12T23:30:00Z", dt.date(2022, 9, 12)),
        ("2022-09-12 23:30", dt.date(2022, 9, 12)),
        ("10.09.2022", dt.date(2022, 9, 10)),  # dots: day first
        ("10.09.2022, 14:30", dt.date(2022, 9, 10)),
        ("02.03.2022", dt.date(2022, 3, 2)),
        ("2022/09/10", dt.date(2022, 9, 10)),
        ("2022.09.10", dt.date(2022, 9, 10)),
        ("25/09/2022", dt.date(2022, 9, 25)),  # only one order makes a date
        ("09/25/2022", dt.date(2022, 9, 25)),
        ("09/09/2022", dt.date(2022, 9, 9)),  # both orders make the same date
        ("12 September 2022", dt.date(2022, 9, 12)),
        ("September 12, 2022", dt.date(2022, 9, 12)),
        ("Sept. 12, 2022", dt.date(2022, 9, 12)),
        ("Sept 12 2022", dt.date(2022, 9, 12)),
        ("12th Sep 2022", dt.date(2022, 9, 12)),
        ("Monday, 12 September 2022", dt.date(2022, 9, 12)),
        ("Monday, September 12, 2022", dt.date(2022, 9, 12)),
        ("Mon, 12 Sep 2022 08:30:00 GMT", dt.date(2022, 9, 12)),
        ("Mon, 12 Sep 2022 23:30:00 -0500", dt.date(2022, 9, 12)),
        ("10 вересня 2022", dt.date(2022, 9, 10)),  # Ukrainian, genitive
        ("10 вересень 2022", dt.date(2022, 9, 10)),  # Ukrainian, nominative
        ("10 вересня 2022 року", dt.date(2022, 9, 10)),
        ("субота, 10 вересня 2022", dt.date(2022, 9, 10)),
        ("1 листопада 2022", dt.date(2022, 11, 1)),
        ("10 сентября 2022", dt.date(2022, 9, 10)),  # Russian, genitive
        ("10 сентября 2022 г.", dt.date(2022, 9, 10)),
        ("10 сентябрь 2022", dt.date(2022, 9, 10)),
        (dt.datetime(2022, 9, 12, 8, 0), dt.date(2022, 9, 12)),
        (dt.date(2022, 9, 12), dt.date(2022, 9, 12)),
        ("2022-02-30", None),
        ("31/31/2022", None),
        ("sometime", None),
        ("12 Smarch 2022", None),
        ("12 September", None),  # no year
        ("September 2022", None),  # no day
        ("10.09.22", None),  # a two-digit year is not read
        ("1662796800", None),
        (None, None),
    ],
)
def test_parse_date(value: object, expected: dt.date | None) -> None:
    assert parse_date(value) == expected


@pytest.mark.parametrize(
    "value", ["yesterday", "today", "2 days ago", "in 2 days", "last week", "Monday", "вчора", "2 дні тому", "вчера",
              "3 дня назад"],
)  # fmt: skip
def test_relative_dates_are_not_report_dates(value: str) -> None:
    read = read_date(value)
    assert read.date is None and value in read.problem and not read.ambiguous


@pytest.mark.parametrize("value,readings", [("09/10/2022", ("9 October", "10 September")),
                                            ("03-04-2023", ("3 April", "4 March"))])  # fmt: skip
def test_ambiguous_date_is_reported_not_guessed(value: str, readings: tuple[str, str]) -> None:
    read = read_date(value)
    assert read.date is None and read.ambiguous
    assert value in read.problem and "ambiguous" in read.problem and all(r in read.problem for r in readings)


def test_ambiguous_date_is_a_warning(caplog: pytest.LogCaptureFixture) -> None:
    with caplog.at_level(logging.WARNING, logger="mapper.reports"):
        report = report_from_text("KYIV, 10 September 2022 — Shelling.", id="note", date="09/10/2022")
    assert report.date is None  # the dateline does not stand in for a date the writer gave
    [record] = caplog.records
    assert record.levelno == logging.WARNING
    assert "note" in record.getMessage() and "'09/10/2022' is ambiguous" in record.getMessage()


@pytest.mark.parametrize(
    "text,expected",
    [
        ("KYIV, Ukraine, Sept. 10, 2022 (AP) — Ukrainian forces entered Izium.", dt.date(2022, 9, 10)),
        ("Kyiv, 10 September 2022 — Ukrainian forces entered Izium.", dt.date(2022, 9, 10)),
        ("KHARKIV, Ukraine, September 10, 2022 - Ukrainian forces entered Izium.", dt.date(2022, 9, 10)),
        ("# Izium retaken\n\nIZIUM, Ukraine, Sept. 10, 2022 (AP) — Ukrainian forces entered.", dt.date(2022, 9, 10)),
        ("Izium, Lyman — the week\nKYIV, 10 September 2022 — Forces entered Izium.", dt.date(2022, 9, 10)),
        ("КИЇВ, 10 вересня 2022 — Сили оборони увійшли до Ізюма.", dt.date(2022, 9, 10)),
        ("KYIV, Sept 10 (Reuters) - Ukrainian forces entered Izium.", None),  # no year: no date
        ("Ukrainian forces entered Izium on 10 September 2022 - a turn.", None),  # a sentence, not a dateline
        ("One.\nTwo.\nThree.\nKYIV, 10 September 2022 — Four.", None),  # past the first lines
    ],
)
def test_dateline_dates_a_report_without_a_date(text: str, expected: dt.date | None) -> None:
    report = report_from_text(text, id="wire")
    assert report.date == expected
    assert report.text == text  # the dateline stays in the text


@pytest.mark.parametrize(
    "text,expected",
    [
        ("Guided bombs hit Bilopillia\nBy staff reporter · 14 October 2025, 09:40\nBombs fell.", dt.date(2025, 10, 14)),
        ("Kherson shelled\nPublished: 03.11.2025 18:05 | Updated 19:10\nShells fell.", dt.date(2025, 11, 3)),
        ("Posted on 8 May 2024\nDrones hit Kharkiv.", dt.date(2024, 5, 8)),
        ("By Olena Petrenko\nDrones hit Kharkiv on 8 May 2024.", None),  # a byline with no date: none
        ("One.\nTwo.\nThree.\nBy staff · 14 October 2025\nFour.", None),  # past the first lines
        ("By the evening of 8 May 2024 drones had hit Kharkiv.", None),  # a sentence, no byline
    ],
)
def test_a_byline_dates_a_report_without_a_date(text: str, expected: dt.date | None) -> None:
    assert report_from_text(text, id="page").date == expected


@pytest.mark.parametrize(
    "name,text,expected",
    [
        ("wires/wire_huliaipole_2025-11-22.md", "ZAPORIZHZHIA, Nov 22 (Agency) - Huliaipole was shelled.",
         dt.date(2025, 11, 22)),
        ("2024-05-08 kharkiv.txt", "Drones hit Kharkiv.", dt.date(2024, 5, 8)),
        ("2024-05-08/kharkiv.txt", "Drones hit Kharkiv.", None),  # a folder's date is not the file's
        ("kharkiv_2024-05-08_2024-05-09.txt", "Drones hit Kharkiv.", None),  # two dates: which?
        ("kharkiv_2024-13-08.txt", "Drones hit Kharkiv.", None),  # no calendar date
        ("note_2024-05-08.md", "KYIV, 7 May 2024 — Drones hit Kharkiv.", dt.date(2024, 5, 7)),  # the dateline first
    ],
)
def test_a_date_in_the_file_name_dates_a_report_without_another(name: str, text: str, expected: dt.date | None) -> None:
    assert report_from_text(text, id=name).date == expected


def test_dateline_without_a_year_is_said_at_debug_level(caplog: pytest.LogCaptureFixture) -> None:
    with caplog.at_level(logging.DEBUG, logger="mapper.reports"):
        report_from_text("KYIV, Sept 10 (Reuters) - Ukrainian forces entered Izium.", id="wire")
    [record] = [r for r in caplog.records if "dateline" in r.getMessage()]
    assert record.levelno == logging.DEBUG and "'Sept 10'" in record.getMessage()


def test_date_field_wins_over_dateline() -> None:
    report = report_from_text("KYIV, 10 September 2022 — Shelling.", date="2022-09-11")
    assert report.date == dt.date(2022, 9, 11)


def test_dateline_in_files(tmp_path: Path) -> None:
    (tmp_path / "wire.txt").write_text("KYIV, Ukraine, Sept. 10, 2022 (AP) — Forces entered Izium.\n", encoding="utf-8")
    (tmp_path / "wire.md").write_text("---\ntitle: Izium\n---\nKyiv, 10 September 2022 — Izium.\n", encoding="utf-8")
    (tmp_path / "wire.jsonl").write_text(
        '{"id": "a", "text": "KYIV, 10 вересня 2022 — Ізюм."}\n{"id": "b", "date": "2022-09-11", "text": "KYIV, Sept 10 -"}\n',
        encoding="utf-8",
    )
    dates = {report.id: report.date for report in read_reports([tmp_path]).reports}
    assert dates == {"wire.txt": dt.date(2022, 9, 10), "wire.md": dt.date(2022, 9, 10), "a": dt.date(2022, 9, 10),
                     "b": dt.date(2022, 9, 11)}  # fmt: skip


_NEWS_ARTICLE = '{"@context": "https://schema.org", "@type": "NewsArticle", "datePublished": "2022-09-10T08:00:00+03:00"}'


@pytest.mark.parametrize(
    "head,expected",
    [
        (f'<script type="application/ld+json">{_NEWS_ARTICLE}</script>', "2022-09-10T08:00:00+03:00"),
        (('<script type="application/ld+json">{"@context": "https://schema.org", "@graph": [{"@type": "WebSite"}, '
          '{"@type": "NewsArticle", "datePublished": "2022-09-10"}]}</script>'), "2022-09-10"),
        (f'<script type="application/ld+json">[{{"@type": "Organization"}}, {_NEWS_ARTICLE}]</script>',
         "2022-09-10T08:00:00+03:00"),
        # a block that is not valid JSON is passed over, and the next source read
        (('<script type="application/ld+json">{"datePublished": "2022-09-01",</script>'
          '<meta property="article:published_time" content="2022-09-10">'), "2022-09-10"),
        (('<meta property="article:published_time" content="2022-09-11">'
          f'<script type="application/ld+json">{_NEWS_ARTICLE}</script>'), "2022-09-10T08:00:00+03:00"),
        ('<meta itemprop="datePublished" content="10.09.2022">', "10.09.2022"),
        ('<meta property="article:published_time" content="2022-09-10T08:00:00Z">', "2022-09-10T08:00:00Z"),
    ],
)  # fmt: skip
def test_html_date_sources(head: str, expected: str) -> None:
    article = html_article(f"<html><head>{head}</head><body><p>Izium was retaken.</p></body></html>")
    assert article.date == expected
    assert article.text == "Izium was retaken."  # the JSON-LD is not text


def test_html_date_from_itemprop_time() -> None:
    html = ('<article><time datetime="2022-09-01">1 Sep</time> <time itemprop="datePublished" '
            'datetime="2022-09-10">10 Sep</time> Izium</article>')  # fmt: skip
    assert html_article(html).date == "2022-09-10"


def test_html_report_date_from_json_ld(tmp_path: Path) -> None:
    page = tmp_path / "page.html"
    page.write_text(f'<script type="application/ld+json">{_NEWS_ARTICLE}</script><p>Izium.</p>', encoding="utf-8")
    assert read_report(page).date == dt.date(2022, 9, 10)


@pytest.mark.parametrize(
    "front,body,title",
    [
        ("title: Kharkiv, 10 September\nsubject: Counteroffensive\n", "Izium was retaken.", "Kharkiv, 10 September"),
        ("subject: The Kharkiv counteroffensive\n", "# Heading\nIzium was retaken.", "The Kharkiv counteroffensive"),
        ("source: mapper tests\n", "# The *first* heading\nIzium was retaken.", "The first heading"),
    ],
)
def test_title_from_title_subject_or_first_heading(tmp_path: Path, front: str, body: str, title: str) -> None:
    path = tmp_path / "report.md"
    path.write_text(f"---\n{front}---\n{body}\n", encoding="utf-8")
    assert read_report(path).title == title
