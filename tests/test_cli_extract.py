"""Tests for ``mapper extract`` and ``mapper evaluate``.

Every test runs the real pipeline. Most use the small GeoNames-format dump of
``tests/data/gazetteer/mini.txt`` (so that they check what the commands
themselves do: formats, stdin, exit codes, what goes to stderr); the last ones
use the built-in gazetteer and the shared evaluation data.
"""

from __future__ import annotations

import csv
import io
import json
import re
import sys
from pathlib import Path

import pytest
from typer.testing import CliRunner

from mapper.cli import app
from mapper.cli._common import EXIT_BAD_INPUT, EXIT_OK, EXIT_SKIPPED
from mapper.model import Place
from mapper.publishing.features import EVENT_FIELDS

ROOT = Path(__file__).resolve().parents[1]
PLACES = {
    "Izium": Place(707292, "Izyum", 49.21038, 37.25699, "P", "PPLA2", admin1="Kharkiv Oblast"),
    "Kupiansk": Place(703656, "Kupyansk", 49.71055, 37.61518, "P", "PPLA2", admin1="Kharkiv Oblast"),
}
UNKNOWN = ("Hrakove", "Verbivka")


@pytest.fixture
def mini_dump(data_dir: Path, monkeypatch: pytest.MonkeyPatch) -> Path:
    """A small GeoNames dump, made the gazetteer of every command of the test."""
    dump = data_dir / "gazetteer" / "mini.txt"
    monkeypatch.setenv("MAPPER_GAZETTEER", str(dump))
    return dump


@pytest.fixture
def runner() -> CliRunner:
    return CliRunner()


@pytest.fixture
def reports(tmp_path: Path) -> Path:
    folder = tmp_path / "reports"
    folder.mkdir()
    (folder / "a.txt").write_text("Russian forces shelled Izium. Reporters drove on to the village of Hrakove.", encoding="utf-8")
    (folder / "b.md").write_text("---\ntitle: B\ndate: 2022-09-10\n---\nKupiansk was shelled.\n", encoding="utf-8")
    return folder


def test_geojson_to_stdout(runner: CliRunner, mini_dump: Path, reports: Path) -> None:
    result = runner.invoke(app, ["extract", str(reports)])
    assert result.exit_code == EXIT_OK, result.output
    collection = json.loads(result.stdout)
    assert collection["type"] == "FeatureCollection"
    features = collection["features"]
    assert [f["properties"]["document"] for f in features] == ["a.txt", "b.md"]
    assert all(f["properties"]["status"] == "attacked" for f in features)
    assert features[1]["properties"]["date"] == "2022-09-10"
    assert features[0]["geometry"]["coordinates"] == [37.26, 49.21]  # as mini.txt has it
    assert "Hrakove" in result.stderr and "could not be resolved" in result.stderr
    assert "--gazetteer UA.txt" not in result.stderr  # the hint is for the built-in gazetteer only


def test_all_mentions_adds_status_less_events(runner: CliRunner, mini_dump: Path, reports: Path) -> None:
    result = runner.invoke(app, ["extract", str(reports), "--all-mentions", "--format", "jsonl"])
    assert result.exit_code == EXIT_OK
    records = [json.loads(line) for line in result.stdout.splitlines()]
    assert [r["surface"] for r in records] == ["Izium", "Hrakove", "Kupiansk"]
    hrakove = records[1]
    assert hrakove["status"] is None and hrakove["geonameid"] is None
    assert list(hrakove) == list(EVENT_FIELDS)


def test_csv_to_file(runner: CliRunner, mini_dump: Path, reports: Path, tmp_path: Path) -> None:
    out = tmp_path / "events.csv"
    result = runner.invoke(app, ["extract", str(reports), "-f", "csv", "-o", str(out)])
    assert result.exit_code == EXIT_OK
    assert result.stdout == ""
    with open(out, encoding="utf-8", newline="") as handle:
        rows = list(csv.DictReader(handle))
    assert [r["name"] for r in rows] == ["Izium", "Kupiansk"]
    assert "2 events" in result.stderr


def test_stdin(runner: CliRunner, mini_dump: Path) -> None:
    result = runner.invoke(app, ["extract", "-", "-f", "jsonl"], input="Izium was shelled.\n")
    assert result.exit_code == EXIT_OK
    (record,) = [json.loads(line) for line in result.stdout.splitlines()]
    assert record["document"] == "<stdin>" and record["status"] == "attacked"


def test_gazetteer_option_is_passed(
    runner: CliRunner, mini_dump: Path, reports: Path, tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    monkeypatch.delenv("MAPPER_GAZETTEER")
    result = runner.invoke(app, ["extract", str(reports), "--gazetteer", str(mini_dump)])
    assert result.exit_code == EXIT_OK
    assert {f["properties"]["geonameid"] for f in json.loads(result.stdout)["features"]} == {707292, 703656}
    assert "Hrakove" in result.stderr and "--gazetteer UA.txt" not in result.stderr  # no hint: not built-in
    missing = tmp_path / "UA.txt"
    result = runner.invoke(app, ["extract", str(reports), "--gazetteer", str(missing)])
    assert result.exit_code == EXIT_BAD_INPUT
    assert str(missing) in result.stderr


def test_skipped_report_gives_exit_3(runner: CliRunner, mini_dump: Path, reports: Path) -> None:
    (reports / "bad.txt").write_bytes("Izium caf\xe9".encode("latin-1"))
    result = runner.invoke(app, ["extract", str(reports)])
    assert result.exit_code == EXIT_SKIPPED
    assert "bad.txt" in result.stderr and "not UTF-8" in result.stderr
    assert len(json.loads(result.stdout)["features"]) == 2  # the others went on


@pytest.mark.parametrize("stage", ["read_dates", "resolve_from_batch", "region_extent"])
def test_a_report_whose_reading_fails_is_left_out_and_the_run_goes_on(
    runner: CliRunner, mini_dump: Path, reports: Path, monkeypatch: pytest.MonkeyPatch, stage: str
) -> None:
    """A bug met in one report's reading (here made by breaking one stage for b.md) leaves that report out, whole, names it on stderr as a bug, and gives exit 3; the
    other reports' events are all written."""
    import mapper.pipeline
    import mapper.reading.events

    module = mapper.reading.events if stage == "region_extent" else mapper.pipeline  # (where the stage is called)
    real = getattr(module, stage)

    def broken(*args: object, **kwargs: object) -> object:
        if "b.md" in repr(args[0]):
            raise IndexError("list index out of range")
        return real(*args, **kwargs)

    monkeypatch.setattr(module, stage, broken)
    (reports / "b.md").write_text("---\ntitle: B\ndate: 2022-09-10\n---\nLyman was shelled, as was Zaporizhzhia Oblast.\n",
                                  encoding="utf-8")  # fmt: skip
    (reports / "c.txt").write_text("Kupiansk was shelled.", encoding="utf-8")  # the context of b.md's Lyman
    result = runner.invoke(app, ["extract", str(reports), "--jobs", "1"])
    assert result.exit_code == EXIT_SKIPPED, result.output
    assert "b.md" in result.stderr and "IndexError" in result.stderr and "bug in mapper" in result.stderr
    assert "1 reports (or lines) skipped" in result.stderr
    reported = {feature["properties"]["document"] for feature in json.loads(result.stdout)["features"]}
    assert not any(report.endswith("b.md") for report in reported)
    assert any(report.endswith("a.txt") for report in reported)


def test_a_failure_in_a_single_report_is_raised_not_hidden(mini_dump: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    """``mapper.extract`` of one report raises what went wrong: the caller asked for that report."""
    import mapper.pipeline
    from mapper.gazetteer import load_gazetteer

    def broken(*args: object, **kwargs: object) -> object:
        raise IndexError("list index out of range")

    monkeypatch.setattr(mapper.pipeline, "read_dates", broken)
    with pytest.raises(IndexError):
        mapper.pipeline.extract("Kupiansk was shelled.", load_gazetteer(mini_dump))


def test_quiet_hides_warnings_not_exit_code(runner: CliRunner, mini_dump: Path, reports: Path) -> None:
    (reports / "empty.txt").write_text("", encoding="utf-8")
    result = runner.invoke(app, ["extract", str(reports), "--quiet"])
    assert result.exit_code == EXIT_SKIPPED
    assert result.stderr == ""


def test_no_readable_report_is_bad_input(runner: CliRunner, mini_dump: Path, tmp_path: Path) -> None:
    result = runner.invoke(app, ["extract", str(tmp_path / "missing.txt")])
    assert result.exit_code == EXIT_BAD_INPUT
    assert "no readable report" in result.stderr and "missing.txt" in result.stderr


def test_unwritable_output_keeps_old_file(runner: CliRunner, mini_dump: Path, reports: Path, tmp_path: Path) -> None:
    result = runner.invoke(app, ["extract", str(reports), "-o", str(tmp_path / "nowhere" / "x.geojson")])
    assert result.exit_code == 1
    assert "nowhere" in result.stderr


def test_evaluate_prints_scores_and_findings(runner: CliRunner, mini_dump: Path, data_dir: Path, tmp_path: Path) -> None:
    # The sample's gold, with Izium's status changed: the pipeline's "liberated" is now
    # a false alarm and the gold's "occupied" a miss.
    gold = json.loads((data_dir / "eval" / "sample.gold.json").read_text(encoding="utf-8"))
    for mention in gold["mentions"]:
        if mention["surface"] == "Izium":
            mention["statuses"] = ["occupied"]
    path = tmp_path / "sample.gold.json"
    path.write_text(json.dumps(gold), encoding="utf-8")
    result = runner.invoke(app, ["evaluate", str(path), "--reports", str(data_dir / "eval")], env={"COLUMNS": "200"})
    assert result.exit_code == EXIT_OK, result.output
    out = result.stdout
    assert "overall" in out and "precision" in out
    assert re.search(r"sample\.md\s*│\s*2\s*│\s*1\s*│\s*1", out), out
    assert "misses: 1" in out and "false alarms: 1" in out
    assert "miss: Izyum (707292) occupied: Ukrainian forces liberated Izium on 10 September." in out


def test_evaluate_missing_report_is_bad_input(runner: CliRunner, mini_dump: Path, tmp_path: Path) -> None:
    gold = tmp_path / "g.gold.json"
    gold.write_text(json.dumps({"reports": [{"document": "nope.txt", "expect": []}]}), encoding="utf-8")
    result = runner.invoke(app, ["evaluate", str(gold), "--reports", str(tmp_path)])
    assert result.exit_code == EXIT_BAD_INPUT
    assert "nope.txt" in result.stderr


# --- the real pipeline, end to end -------------------------------------------------------------


@pytest.mark.slow
def test_extract_seeds_with_builtin_gazetteer(runner: CliRunner) -> None:
    result = runner.invoke(app, ["extract", str(ROOT / "seeds"), "--all-mentions"])
    assert result.exit_code == EXIT_OK, result.stderr
    collection = json.loads(result.stdout)
    documents = {f["properties"]["document"] for f in collection["features"]}
    assert "2022-11-11-kherson.md" in documents and "2023-01-25-soledar" in documents
    for feature in collection["features"]:
        props = feature["properties"]
        assert props["surface"] in props["sentence"]
        assert feature["geometry"]["coordinates"] == [props["lon"], props["lat"]]
    pairs = {(f["properties"]["geonameid"], f["properties"]["status"]) for f in collection["features"]}
    # plain sentences of the sample reports about towns the built-in gazetteer holds
    for pair in [(703656, "liberated"), (707292, "liberated"), (693379, "liberated"), (713174, "attacked")]:
        assert pair in pairs
    # a village the built-in gazetteer lacks is named on stderr, with the hint to use the full dump
    assert "Robotyne" in result.stderr and "--gazetteer UA.txt" in result.stderr
    assert "Robotyne" in {r["surface"] for r in collection["unresolved"]}


@pytest.mark.shared
@pytest.mark.slow
def test_evaluate_shared_seeds(runner: CliRunner, shared: Path, ua_dump: Path, ua_gazetteer) -> None:
    # ua_gazetteer has built the dump's index in this session's cache, which the command then reads
    result = runner.invoke(
        app,
        ["evaluate", str(shared / "eval" / "seeds.gold.json"), "--reports", str(shared / "seeds"),
         "--gazetteer", str(ua_dump)],
        env={"COLUMNS": "200"},
    )  # fmt: skip
    assert result.exit_code == EXIT_OK, result.stderr
    assert "overall" in result.stdout and "000_04460ab1e8db44c5.txt" in result.stdout


def test_stdin_bytes_are_decoded(mini_dump: Path) -> None:
    from mapper.cli.extract import run_extraction

    stdin = io.TextIOWrapper(io.BytesIO("Izium was shelled.\r\n".encode()), encoding="utf-8")
    old = sys.stdin
    sys.stdin = stdin
    try:
        run = run_extraction(["-"], None, quiet=True)
    finally:
        sys.stdin = old
    assert run.read.reports[0].text == "Izium was shelled.\n"
    assert run.exit_code == EXIT_OK


def test_evaluate_finds_reports_by_file_name_or_json_id(runner: CliRunner, mini_dump: Path) -> None:
    # the project's sample gold names .md/.html files and the ids of JSON-lines objects
    result = runner.invoke(app, ["evaluate", str(ROOT / "seeds" / "seeds.gold.json")], env={"COLUMNS": "200"})
    assert result.exit_code == EXIT_OK, result.output
    for document in ("2022-09-01-zaporizhzhia-plant.html", "2022-11-11-kherson.md", "2023-01-25-soledar",
                     "2023-08-28-robotyne"):  # fmt: skip
        assert document in result.stdout


# --- the format by the file's name, checked before the work ------------------------------------


@pytest.mark.parametrize("name,driver", [("events.geojson", "GeoJSON"), ("events.json", "GeoJSON"),
                                         ("events.csv", "CSV"), ("events.gpkg", "GPKG"), ("events.kml", "LIBKML")])  # fmt: skip
def test_output_format_follows_the_extension(runner: CliRunner, mini_dump: Path, reports: Path, tmp_path: Path,
                                             name: str, driver: str) -> None:  # fmt: skip
    import pyogrio

    out = tmp_path / name
    result = runner.invoke(app, ["extract", str(reports), "-o", str(out)])
    assert result.exit_code == EXIT_OK, result.output
    info = pyogrio.read_info(out, layer="events" if driver in ("GPKG", "LIBKML") else None)
    assert info["driver"] == driver and info["features"] == 2
    if driver == "GPKG":
        assert [layer for layer, _ in pyogrio.list_layers(out)] == ["events", "places", "unresolved", "layer_styles"]


def test_jsonl_by_extension(runner: CliRunner, mini_dump: Path, reports: Path, tmp_path: Path) -> None:
    result = runner.invoke(app, ["extract", str(reports), "-o", str(tmp_path / "e.jsonl")])
    assert result.exit_code == EXIT_OK, result.output
    records = [json.loads(line) for line in (tmp_path / "e.jsonl").read_text(encoding="utf-8").splitlines()]
    assert [r["id"] for r in records] == ["a.txt:23-28:attacked", "b.md:0-8:attacked"]


@pytest.mark.parametrize("args,said", [
    (["-o", "events.txt"], ["events.txt", ".geojson, .json, .jsonl, .csv, .gpkg, .kml"]),
    (["-o", "events.shp", "-f", "geojson"], ["events.shp", ".gpkg"]),
    (["-o", "events.geojson", "-f", "csv"], ["--format csv", "events.geojson", "geojson"]),
    (["-f", "gpkg"], ["needs a file", "-o events.gpkg"]),
    (["-f", "kml", "-o", "-"], ["needs a file"]),
])  # fmt: skip
def test_bad_output_is_a_usage_error_before_the_work(
    runner: CliRunner, mini_dump: Path, tmp_path: Path, args: list[str], said: list[str], monkeypatch: pytest.MonkeyPatch
) -> None:
    from mapper.cli import extract

    monkeypatch.chdir(tmp_path)
    monkeypatch.setattr(extract, "run_extraction", lambda *a, **k: pytest.fail("the reports were read"))
    result = runner.invoke(app, ["extract", "report.txt", *args])
    assert result.exit_code == EXIT_BAD_INPUT
    assert all(words in result.stderr for words in said), result.stderr
    assert list(tmp_path.iterdir()) == []


def test_missing_folder_fails_before_the_work(runner: CliRunner, mini_dump: Path, tmp_path: Path,
                                             monkeypatch: pytest.MonkeyPatch) -> None:  # fmt: skip
    from mapper.cli import extract

    monkeypatch.setattr(extract, "run_extraction", lambda *a, **k: pytest.fail("the reports were read"))
    result = runner.invoke(app, ["extract", "r.txt", "--changes", str(tmp_path / "nowhere" / "changes.csv")])
    assert result.exit_code == 1 and "nowhere" in result.stderr


def test_csv_is_the_layout_of_map(runner: CliRunner, mini_dump: Path, reports: Path, tmp_path: Path) -> None:
    result = runner.invoke(app, ["extract", str(reports), "-o", str(tmp_path / "e.csv"), "--bom"])
    assert result.exit_code == EXIT_OK, result.output
    assert "e.csvt" in result.stderr
    raw = (tmp_path / "e.csv").read_bytes()
    assert raw.startswith(b"\xef\xbb\xbfid,document,geonameid,")
    result = runner.invoke(app, ["map", str(reports), "-o", str(tmp_path / "map"), "-f", "csv", "--bom"])
    assert result.exit_code == EXIT_OK, result.output
    # the same columns and cells; the map also lists the name it could not place (Hrakove)
    from_map = (tmp_path / "map" / "events.csv").read_bytes().splitlines()
    assert set(raw.splitlines()) < set(from_map) and len(from_map) == len(raw.splitlines()) + 1
    assert b"Hrakove" in from_map[2]
    assert (tmp_path / "map" / "events.csvt").read_text() == (tmp_path / "e.csvt").read_text()


def test_csv_to_stdout_has_lon_lat_and_no_sidecar(runner: CliRunner, mini_dump: Path, reports: Path) -> None:
    result = runner.invoke(app, ["extract", str(reports), "-f", "csv"])
    assert result.exit_code == EXIT_OK
    rows = list(csv.DictReader(io.StringIO(result.stdout)))
    assert [(r["lon"], r["lat"]) for r in rows] == [("37.26", "49.21"), ("37.62", "49.71")]
