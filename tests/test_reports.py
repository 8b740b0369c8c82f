"""Tests for mapper.reports: each format, each bad input, offsets into the text."""

from __future__ import annotations

import datetime as dt
import io
import logging
from pathlib import Path

import pytest

from mapper.errors import ReportError
from mapper.reports import read_report, read_reports, report_from_text
from mapper.reports._dates import parse_date
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
        ("aliases.md", {"title": None, "date": dt.date(2022, 9, 12), "source": "A. Reporter"}),
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
        ("2022-09-12T23:30:00+03:00", dt.date(2022, 9, 12)),
        ("12 September 2022", dt.date(2022, 9, 12)),
        ("September 12, 2022", dt.date(2022, 9, 12)),
        ("Sept. 12, 2022", dt.date(2022, 9, 12)),
        ("12th Sep 2022", dt.date(2022, 9, 12)),
        ("Monday, 12 September 2022", dt.date(2022, 9, 12)),
        ("Mon, 12 Sep 2022 08:30:00 GMT", dt.date(2022, 9, 12)),
        (dt.datetime(2022, 9, 12, 8, 0), dt.date(2022, 9, 12)),
        ("2022-02-30", None),
        ("sometime", None),
        ("12 Smarch 2022", None),
        (None, None),
    ],
)
def test_parse_date(value: object, expected: dt.date | None) -> None:
    assert parse_date(value) == expected
