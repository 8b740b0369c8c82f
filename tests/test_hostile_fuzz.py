"""Bounded fuzzing of mapper's entry points (issue 11, part 2), with hypothesis: a few hundred seeded
examples each, a few seconds.

- :func:`mapper.read_reports` on the bytes of each format: never raises, and never skips a report as
  "unexpected" (the reader's last net, which would hide a bug from this test if it were not looked at);
- :func:`mapper.extract` on text, with the built-in gazetteer: never raises, offsets stay in the text;
- the GeoNames reader on bytes: a :class:`~mapper.errors.GazetteerFormatError` or records on the globe.

The longer campaign a release runs is ``benchmarks/fuzz_campaign.py``.
"""

from __future__ import annotations

import math
import tempfile
from collections.abc import Iterator
from pathlib import Path

import pytest
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

import mapper
from mapper.errors import GazetteerFormatError
from mapper.gazetteer.geonames import read_dump

BOUNDED = settings(
    max_examples=300, derandomize=True, deadline=None, database=None, suppress_health_check=[HealthCheck.too_slow]
)

# Pieces that reached the failures the campaign found, mixed with plain text
_REPORT_PIECES = [
    "Izium", "Kupiansk", " was liberated", " shelled ", ", ", ". ", "\n", "\r\n", "\t", " ", "---\n", "...\n",
    "title: ", "date: ", "source: ", "url: ", "&a ", "*a", "!!int ", "!!timestamp ", "!!binary ", "!!set ",
    "0x_", "2022-02-30", "0000-00-00", "10 September 2022", "09/10/2022", "1e400", "9" * 30, "[", "]", "{", "}",
    '"', "'", ":", "- ", "? ", "|", ">", "#", "<", "<![", "<!--", "-->", "<!DOCTYPE html>", "<html>", "<head>",
    "</head>", "<body>", "<title>", "</title>", "<article>", "</article>", "<p>", "</p>", "<br>", "<pre>",
    "<script>", "</script>", "<time datetime='2022-09-10'>", "<meta property='og:title' content='T'>", "&amp;",
    "&#", "&#x110000;", "]]>", '{"text": "', '", "date": ', '"}', "\ufeff", "\x00", "\u2028", "Ізюм", "́",
]  # fmt: skip
_TEXT_PIECES = [
    "Izium", "Kupiansk", "Kupyansk", "Kharkiv Oblast", "the Kharkiv region", "Myrolyubivka", "Lyman", "Kursk",
    "Zaporizhzhia nuclear power plant", " was liberated", " were liberated", " shelled ", " captured ",
    " occupied ", " not ", " near ", " km south of ", "12", " and ", ", ", ". ", "; ", "\n", "\n\n", " ", "—",
    "'s", "(", ")", "*", "**", "#", "«", "»", "On 10 September", " the next day", "in late May 2022",
    "Ukrainian forces", "Russian troops", "Ізюм", "Харків", "A", "B", "-", "/", "?", "!", "\u0301", "\u00a0",
]  # fmt: skip


def _pieces(pieces: list[str]) -> st.SearchStrategy[str]:
    return st.lists(st.one_of(st.sampled_from(pieces), st.text(max_size=8)), max_size=40).map("".join)


def _json_values() -> st.SearchStrategy[object]:
    scalars = st.one_of(st.none(), st.booleans(), st.integers(), st.floats(), _pieces(_REPORT_PIECES))
    return st.recursive(scalars, lambda inner: st.one_of(
        st.lists(inner, max_size=4), st.dictionaries(st.sampled_from(["text", "id", "title", "date", "source",
                                                                      "url", "x"]), inner, max_size=5)
    ), max_leaves=12)  # fmt: skip


def _json_bytes() -> st.SearchStrategy[bytes]:
    import json

    def dump(value: object) -> bytes:
        return json.dumps(value, ensure_ascii=False, allow_nan=True).encode("utf-8", "surrogatepass")

    return _json_values().map(dump)


def _report_bytes(suffix: str) -> st.SearchStrategy[bytes]:
    text = _pieces(_REPORT_PIECES).map(lambda s: s.encode("utf-8", "surrogatepass"))
    formats = [st.binary(max_size=300), text]
    if suffix in (".json", ".jsonl"):
        formats.append(_json_bytes())
        if suffix == ".jsonl":
            formats.append(st.lists(_json_bytes(), max_size=4).map(b"\n".join))
    return st.one_of(formats)


@pytest.fixture(scope="module")
def scratch() -> Iterator[Path]:
    """One folder for every example of a test (hypothesis runs many examples in one test call)."""
    with tempfile.TemporaryDirectory(prefix="mapper-fuzz-") as folder:
        yield Path(folder)


@pytest.mark.parametrize("suffix", [".txt", ".md", ".html", ".json", ".jsonl"])
def test_read_reports_never_raises(scratch: Path, suffix: str) -> None:
    @BOUNDED
    @given(data=_report_bytes(suffix))
    def check(data: bytes) -> None:
        path = scratch / f"report{suffix}"
        path.write_bytes(data)
        result = mapper.read_reports([path])
        assert not [s for s in result.skipped if "a bug in mapper" in s.reason], result.skipped
        for report in result.reports:
            assert report.text.strip() and "\r" not in report.text

    check()


@pytest.fixture(scope="module")
def builtin() -> mapper.Gazetteer:
    from mapper.gazetteer.builtin import builtin_index

    index, cached = builtin_index()
    return mapper.Gazetteer(index, cache=cached)


def test_extract_never_raises(builtin: mapper.Gazetteer) -> None:
    @BOUNDED
    @given(text=_pieces(_TEXT_PIECES))
    def check(text: str) -> None:
        if not text.strip():
            return
        for event in mapper.extract(text, gazetteer=builtin, all_mentions=True):
            mention = event.mention
            assert 0 <= mention.start < mention.end <= len(text)
            assert 0 <= mention.sentence_start <= mention.start

    check()


_DUMP_ROW = ["707292", "Izium", "Izium", "Ізюм,Izyum", "49.21", "37.25", "P", "PPLA2", "UA", "", "07", "6304",
             "", "", "45000", "", "100", "Europe/Kyiv", "2024-01-01"]  # fmt: skip
_DUMP_VALUES = ["", "0", "-1", "nan", "inf", "-inf", "1e400", "90.5", "-180.1", "9" * 30, "1_0", " 5", "x",
                "\ufeff", "Izium", "A", "P", "ADM1", "\r", "\x00", "́"]  # fmt: skip


def _dump_bytes() -> st.SearchStrategy[bytes]:
    row = st.lists(st.tuples(st.integers(0, 18), st.one_of(st.sampled_from(_DUMP_VALUES), st.text(max_size=6))),
                   max_size=4)  # fmt: skip

    def line(changes: list[tuple[int, str]]) -> str:
        columns = list(_DUMP_ROW)
        for column, value in changes:
            columns[column] = value
        return "\t".join(columns)

    lines = st.lists(st.one_of(row.map(line), st.text(max_size=40)), max_size=5).map("\n".join)
    return st.one_of(st.binary(max_size=300), lines.map(lambda s: s.encode("utf-8", "surrogatepass")))


def test_geonames_reader_reads_or_names_the_problem(scratch: Path) -> None:
    @BOUNDED
    @given(data=_dump_bytes())
    def check(data: bytes) -> None:
        path = scratch / "UA.txt"
        path.write_bytes(data)
        try:
            records = list(read_dump(path))
        except GazetteerFormatError as exc:
            assert str(exc).startswith(f"{path}")
            return
        for record in records:
            assert math.isfinite(record.latitude) and -90 <= record.latitude <= 90
            assert math.isfinite(record.longitude) and -180 <= record.longitude <= 180

    check()
