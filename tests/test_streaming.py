"""Streaming and bounds (issue 11 part 3, issue 12 part 2): events written as they come, in valid
GeoJSON, JSON lines and CSV; an over-long line or sentence read with a warning; a report over the
size limit skipped and named; a zip bomb of a gazetteer refused; a cache of outlines of the wrong
shape rebuilt; an interrupted run leaves no file behind."""

from __future__ import annotations

import csv
import dataclasses
import datetime as dt
import io
import json
import logging
import zipfile
from collections.abc import Iterator
from pathlib import Path

import pytest
from _mapfactory import sample_events
from typer.testing import CliRunner

from mapper.cli import app
from mapper.cli._common import EXIT_BAD_INPUT, EXIT_OK, EXIT_SKIPPED
from mapper.model import Event
from mapper.publishing.export import write_events
from mapper.publishing.features import EVENT_FIELDS, event_id, events_geojson

runner = CliRunner()


@pytest.fixture
def mini_dump(data_dir: Path, monkeypatch: pytest.MonkeyPatch) -> Path:
    """The small GeoNames dump of the tests, the gazetteer of every command of the test."""
    dump = data_dir / "gazetteer" / "mini.txt"
    monkeypatch.setenv("MAPPER_GAZETTEER", str(dump))
    return dump


def _one_at_a_time(events: list[Event], written: io.StringIO) -> Iterator[Event]:
    """Yield the events, checking before each that the one before is already written."""
    for number, event in enumerate(events):
        if number:
            assert event_id(events[number - 1]) in written.getvalue(), f"event {number - 1} is not yet written"
        yield event


# --- events written as they come, in valid files ------------------------------------------------


@pytest.mark.parametrize("spooled", [16 * 2**20, 10])
def test_streamed_geojson_is_the_collection_written_whole(monkeypatch: pytest.MonkeyPatch, spooled: int) -> None:
    from mapper.publishing import export

    monkeypatch.setattr(export, "SPOOLED_BYTES", spooled)  # 10: the unresolved names go to a temporary file
    events = sample_events()
    out = io.StringIO()
    write_events(iter(events), out, "geojson")
    expected = json.dumps(events_geojson(events), ensure_ascii=False, allow_nan=False) + "\n"
    assert out.getvalue() == expected
    collection = json.loads(out.getvalue())
    assert len(collection["features"]) == 8 and len(collection["unresolved"]) == 1


def test_an_empty_stream_is_an_empty_collection() -> None:
    out = io.StringIO()
    write_events(iter(()), out, "geojson")
    assert json.loads(out.getvalue()) == {"type": "FeatureCollection", "features": [], "unresolved": [], "foreign": []}


@pytest.mark.parametrize("fmt", ["geojson", "jsonl", "csv"])
def test_each_event_is_written_before_the_next_is_taken(fmt: str) -> None:
    events = [e for e in sample_events() if e.place is not None]
    out = io.StringIO()
    write_events(_one_at_a_time(events, out), out, fmt)
    text = out.getvalue()
    if fmt == "geojson":
        assert [f["id"] for f in json.loads(text)["features"]] == [event_id(e) for e in events]
    elif fmt == "jsonl":
        assert [set(json.loads(line)) for line in text.splitlines()] == [set(EVENT_FIELDS)] * len(events)
    else:
        rows = list(csv.DictReader(io.StringIO(text)))
        assert len(rows) == len(events) and list(rows[0]) == list(EVENT_FIELDS)


@pytest.mark.parametrize("name", ["e.geojson", "e.jsonl", "e.csv"])
def test_cli_output_is_valid_in_each_streamed_format(mini_dump: Path, tmp_path: Path, name: str) -> None:
    folder = tmp_path / "reports"
    folder.mkdir()
    for number in range(70):  # more than a batch
        (folder / f"r{number:02d}.txt").write_text(f"Russian forces shelled Izium on day {number}. Kupiansk was "
                                                   "liberated. Reporters drove on to the village of Hrakove.", encoding="utf-8")  # fmt: skip
    result = runner.invoke(app, ["extract", str(folder), "-o", str(tmp_path / name), "--jobs", "1"])
    assert result.exit_code == EXIT_OK, result.output
    text = (tmp_path / name).read_text(encoding="utf-8")
    if name.endswith(".geojson"):
        collection = json.loads(text)
        assert len(collection["features"]) == 140 and collection["unresolved"] == []  # it has no status
    elif name.endswith(".jsonl"):
        assert len([json.loads(line) for line in text.splitlines()]) == 140
    else:
        assert len(list(csv.DictReader(io.StringIO(text)))) == 140
    assert "1 names could not be resolved: Hrakove" in result.stderr


def test_changes_from_the_stream_are_those_of_all_events() -> None:
    from mapper.cli._run import ChangeEvidence, without_text
    from mapper.timeline import status_changes

    days = [dt.date(2022, 9, 1 + n % 3) for n in range(9)]
    events = [dataclasses.replace(e, event_date=day) for e, day in zip(sample_events() * 3, days * 3)]
    evidence = ChangeEvidence()
    assert list(evidence.watch(without_text(iter(events)))) != []
    assert len(evidence.events()) < len(events)
    kept, expected = status_changes(evidence.events()), status_changes(events)
    assert [(c.place.geonameid, c.before, c.after, c.date, c.statuses, c.event.mention.start) for c in kept] == \
        [(c.place.geonameid, c.before, c.after, c.date, c.statuses, c.event.mention.start) for c in expected]


# --- bounds: long lines and sentences, large reports ---------------------------------------------


def test_a_long_line_without_sentence_breaks_warns_and_completes(mini_dump: Path, tmp_path: Path) -> None:
    line = ("Russian forces shelled Izium and Kupiansk, " * 4000).strip()  # 172,000 characters, no full stop
    (tmp_path / "long.txt").write_text("A dateline.\n" + line + "\n", encoding="utf-8")
    result = runner.invoke(app, ["extract", str(tmp_path / "long.txt"), "-f", "jsonl"])
    assert result.exit_code == EXIT_OK, result.output
    assert "report 'long.txt': a line of 171999 characters at offset 12" in result.stderr
    records = [json.loads(line) for line in result.stdout.splitlines()]
    assert len(records) > 1000 and all(len(r["sentence"]) <= 100_000 for r in records)


def test_a_sentence_over_the_bound_is_cut_with_offsets_kept(mini_dump: Path, monkeypatch: pytest.MonkeyPatch,
                                                            caplog: pytest.LogCaptureFixture) -> None:  # fmt: skip
    from mapper import pipeline
    from mapper.gazetteer import load_gazetteer
    from mapper.reports import report_from_text

    monkeypatch.setattr(pipeline, "MAX_SENTENCE_CHARS", 300)  # under the sentence splitter's own bound
    text = "Intro. " + ", ".join(["Russian forces shelled Izium"] * 40) + "."
    with caplog.at_level(logging.WARNING, logger="mapper.pipeline"):
        events = pipeline.extract(report_from_text(text, "cut.txt"), load_gazetteer(mini_dump))
    assert "report 'cut.txt': a sentence of" in caplog.text and "at offset 7 was cut into" in caplog.text
    assert len(events) == 40
    for event in events:
        mention = event.mention
        assert len(mention.sentence) <= 300
        assert text[mention.start:mention.end] == "Izium"
        assert text[mention.sentence_start:mention.sentence_start + len(mention.sentence)] == mention.sentence


@pytest.mark.parametrize("how", ["option", "env"])
def test_a_report_over_the_limit_is_skipped_and_named(mini_dump: Path, tmp_path: Path, how: str) -> None:
    (tmp_path / "big.txt").write_text("Russian forces shelled Izium. " * 100, encoding="utf-8")  # 3,000 bytes
    (tmp_path / "small.txt").write_text("Kupiansk was liberated.", encoding="utf-8")
    args = ["extract", str(tmp_path / "big.txt"), str(tmp_path / "small.txt"), "-f", "jsonl"]
    if how == "option":
        result = runner.invoke(app, [*args, "--max-report-size", "0.002"])
    else:
        result = runner.invoke(app, args, env={"MAPPER_MAX_REPORT_SIZE": "0.002"})
    assert result.exit_code == EXIT_SKIPPED, result.output
    assert "big.txt: too large: 0.003 MB, over the limit of 0.002 MB for one report" in result.stderr
    assert [json.loads(line)["document"] for line in result.stdout.splitlines()] == ["small.txt"]


def test_a_jsonl_line_over_the_limit_is_skipped_and_the_file_read_on(mini_dump: Path, tmp_path: Path) -> None:
    lines = [{"id": "a", "text": "Izium was shelled."}, {"id": "b", "text": "Lyman was shelled. " * 200},
             {"id": "c", "text": "Kupiansk was liberated."}]  # fmt: skip
    (tmp_path / "c.jsonl").write_text("".join(json.dumps(line) + "\n" for line in lines), encoding="utf-8")
    result = runner.invoke(app, ["extract", str(tmp_path / "c.jsonl"), "-f", "jsonl", "--max-report-size", "0.001"])
    assert result.exit_code == EXIT_SKIPPED, result.output
    assert "c.jsonl:2: too large: over the limit of 0.001 MB for one line" in result.stderr
    assert [json.loads(line)["document"] for line in result.stdout.splitlines()] == ["a", "c"]


@pytest.mark.parametrize("value", ["0", "-3", "many", "inf"])
def test_a_limit_that_is_no_size_is_an_error(mini_dump: Path, tmp_path: Path, value: str) -> None:
    from mapper.errors import ReportError
    from mapper.reports import read_reports

    (tmp_path / "r.txt").write_text("Izium was shelled.", encoding="utf-8")
    with pytest.MonkeyPatch.context() as patch:
        patch.setenv("MAPPER_MAX_REPORT_SIZE", value)
        with pytest.raises(ReportError, match="MAPPER_MAX_REPORT_SIZE"):
            read_reports([tmp_path / "r.txt"])


# --- gazetteer zips and the outlines cache ------------------------------------------------------


def _zip(path: Path, member: bytes) -> Path:
    with zipfile.ZipFile(path, "w", compression=zipfile.ZIP_DEFLATED) as archive:
        archive.writestr("UA.txt", member)
    return path


def test_a_zip_bomb_gazetteer_is_refused_before_it_inflates(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    from mapper.gazetteer import geonames

    monkeypatch.setattr(geonames, "MAX_INFLATED_BYTES", 2**20)  # the real bound, 512 MiB, made small
    bomb = _zip(tmp_path / "UA.zip", b"\n" * (3 * 2**20))
    assert bomb.stat().st_size < 10_000
    result = runner.invoke(app, ["gazetteer", "info", "-g", str(bomb)])
    assert result.exit_code == EXIT_BAD_INPUT
    assert "UA.zip: UA.txt would inflate to 3,145,728 bytes, over the limit of 1,048,576" in result.stderr
    assert "zip bomb" in result.stderr and "Traceback" not in result.output


def test_a_zip_of_one_endless_line_is_refused_at_its_first_line(tmp_path: Path) -> None:
    from mapper.errors import GazetteerFormatError
    from mapper.gazetteer import load_gazetteer

    bomb = _zip(tmp_path / "UA.zip", b"\t" * (4 * 2**20))
    with pytest.raises(GazetteerFormatError, match=r"UA.zip:1: a line longer than 1,048,576 bytes"):
        load_gazetteer(bomb)


@pytest.mark.parametrize("content", ['{"features": [1, 2]}', '{"features": 5}', "[]", '{"features": []}',
                                     '{"features": [{"geometry": {"type": "Polygon", "coordinates": 7}, '
                                     '"properties": {"name": "X"}}]}', "\xff not json"])  # fmt: skip
def test_an_outlines_cache_of_the_wrong_shape_is_rebuilt_with_one_warning(
    data_dir: Path, tmp_path: Path, monkeypatch: pytest.MonkeyPatch, caplog: pytest.LogCaptureFixture, content: str
) -> None:
    from mapper.gazetteer import load_gazetteer
    from mapper.publishing.outlines import derive_outlines

    monkeypatch.setenv("MAPPER_CACHE_DIR", str(tmp_path / "cache"))
    gazetteer = load_gazetteer(data_dir / "gazetteer" / "mini.txt")
    expected = derive_outlines(gazetteer)
    [cached] = (tmp_path / "cache").glob("outlines-*.json")
    cached.write_bytes(content.encode("latin-1"))
    with caplog.at_level(logging.WARNING, logger="mapper.publishing.outlines"):
        assert derive_outlines(gazetteer).collection == expected.collection
    assert len(caplog.records) == 1 and "are not what mapper wrote" in caplog.text
    assert json.loads(cached.read_text(encoding="utf-8"))["features"], "the cache was not written again"


# --- an interrupted run ----------------------------------------------------------------------------


def test_an_interrupted_run_leaves_the_old_file_and_no_temporary(mini_dump: Path, tmp_path: Path,
                                                                 monkeypatch: pytest.MonkeyPatch) -> None:  # fmt: skip
    from mapper import parallel

    real = parallel.extract_parallel

    def interrupted(*args, **kwargs):
        for number, event in enumerate(real(*args, **kwargs)):
            if number == 3:
                raise KeyboardInterrupt
            yield event

    monkeypatch.setattr(parallel, "extract_parallel", interrupted)
    (tmp_path / "r.txt").write_text("Izium was shelled. Kupiansk was shelled. Lyman was shelled. Balakliia was "
                                    "shelled. Oskil was shelled.", encoding="utf-8")  # fmt: skip
    out = tmp_path / "out"
    out.mkdir()
    (out / "e.geojson").write_text("the old file", encoding="utf-8")
    result = runner.invoke(app, ["extract", str(tmp_path / "r.txt"), "-o", str(out / "e.geojson")])
    assert result.exit_code != EXIT_OK
    assert [p.name for p in out.iterdir()] == ["e.geojson"]
    assert (out / "e.geojson").read_text(encoding="utf-8") == "the old file"
