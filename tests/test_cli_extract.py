"""Tests for ``mapper extract`` and ``mapper evaluate``.

Most tests run the commands over a small stand-in pipeline (a fake
``mapper.extract`` module and gazetteer), so that they check what the
commands themselves do: formats, stdin, exit codes, what goes to stderr. The
last ones run the real pipeline end to end and are skipped until it exists.
"""

from __future__ import annotations

import csv
import io
import json
import re
import sys
import types
from collections.abc import Iterable, Iterator
from pathlib import Path

import pytest
from typer.testing import CliRunner

from mapper.cli import app
from mapper.cli._common import EXIT_BAD_INPUT, EXIT_OK, EXIT_SKIPPED
from mapper.features import EVENT_FIELDS
from mapper.model import Candidate, Event, Mention, Place, Report

ROOT = Path(__file__).resolve().parents[1]
PLACES = {
    "Izium": Place(707292, "Izyum", 49.21038, 37.25699, "P", "PPLA2", admin1="Kharkiv Oblast"),
    "Kupiansk": Place(703656, "Kupyansk", 49.71055, 37.61518, "P", "PPLA2", admin1="Kharkiv Oblast"),
}
UNKNOWN = ("Hrakove", "Verbivka")


def _fake_extract(report: Report) -> Iterator[Event]:
    """Stand-in pipeline: known names get a place, 'shelled' gives 'attacked'."""
    for name in (*PLACES, *UNKNOWN):
        for match in re.finditer(name, report.text):
            start = report.text.rfind(".", 0, match.start()) + 1
            end = report.text.find(".", match.end()) + 1 or len(report.text)
            sentence = report.text[start:end]
            place = PLACES.get(name)
            candidates = (Candidate(place, name, "exact"),) if place else ()
            mention = Mention(report.id, name, match.start(), match.end(), sentence, start, candidates=candidates)
            status = "attacked" if "shelled" in sentence else None
            yield Event(report, mention, place, status, "shelled" if status else None, 0.9, "only candidate")


class FakeGazetteer:
    def __init__(self, source: str) -> None:
        self.source = source


@pytest.fixture
def fake_pipeline(monkeypatch: pytest.MonkeyPatch) -> list[str]:
    """Install the stand-in pipeline; returns the list of gazetteer paths it was asked for."""
    asked: list[str] = []

    def extract_reports(reports: Iterable[Report], gazetteer: object, *, all_mentions: bool = False):
        assert all_mentions, "the commands need every mention to list unresolved names"
        for report in reports:
            yield from _fake_extract(report)

    def load_gazetteer(path: object = None) -> FakeGazetteer:
        asked.append(str(path))
        return FakeGazetteer("built-in (test)" if path is None else str(path))

    module = types.ModuleType("mapper.extract")
    module.extract_reports = extract_reports  # type: ignore[attr-defined]
    module.extract = lambda report, gazetteer=None, *, all_mentions=False: list(_fake_extract(report))  # type: ignore[attr-defined]
    monkeypatch.setitem(sys.modules, "mapper.extract", module)
    monkeypatch.setattr("mapper.gazetteer.load_gazetteer", load_gazetteer)
    return asked


@pytest.fixture
def runner() -> CliRunner:
    return CliRunner()


@pytest.fixture
def reports(tmp_path: Path) -> Path:
    folder = tmp_path / "reports"
    folder.mkdir()
    (folder / "a.txt").write_text("Russian forces shelled Izium. Troops passed Hrakove.", encoding="utf-8")
    (folder / "b.md").write_text("---\ntitle: B\ndate: 2022-09-10\n---\nKupiansk was shelled.\n", encoding="utf-8")
    return folder


def test_geojson_to_stdout(runner: CliRunner, fake_pipeline: list[str], reports: Path) -> None:
    result = runner.invoke(app, ["extract", str(reports)])
    assert result.exit_code == EXIT_OK, result.output
    collection = json.loads(result.stdout)
    assert collection["type"] == "FeatureCollection"
    features = collection["features"]
    assert [f["properties"]["document"] for f in features] == ["a.txt", "b.md"]
    assert all(f["properties"]["status"] == "attacked" for f in features)
    assert features[1]["properties"]["date"] == "2022-09-10"
    assert features[0]["geometry"]["coordinates"] == [37.25699, 49.21038]
    assert "Hrakove" in result.stderr and "could not be resolved" in result.stderr
    assert "--gazetteer" in result.stderr  # the built-in gazetteer: a hint to use the full dump


def test_all_mentions_adds_status_less_events(runner: CliRunner, fake_pipeline: list[str], reports: Path) -> None:
    result = runner.invoke(app, ["extract", str(reports), "--all-mentions", "--format", "jsonl"])
    assert result.exit_code == EXIT_OK
    records = [json.loads(line) for line in result.stdout.splitlines()]
    assert [r["surface"] for r in records] == ["Izium", "Hrakove", "Kupiansk"]
    hrakove = records[1]
    assert hrakove["status"] is None and hrakove["geonameid"] is None
    assert list(hrakove) == list(EVENT_FIELDS)


def test_csv_to_file(runner: CliRunner, fake_pipeline: list[str], reports: Path, tmp_path: Path) -> None:
    out = tmp_path / "events.csv"
    result = runner.invoke(app, ["extract", str(reports), "-f", "csv", "-o", str(out)])
    assert result.exit_code == EXIT_OK
    assert result.stdout == ""
    with open(out, encoding="utf-8", newline="") as handle:
        rows = list(csv.DictReader(handle))
    assert [r["name"] for r in rows] == ["Izyum", "Kupyansk"]
    assert "2 events" in result.stderr


def test_stdin(runner: CliRunner, fake_pipeline: list[str]) -> None:
    result = runner.invoke(app, ["extract", "-", "-f", "jsonl"], input="Izium was shelled.\n")
    assert result.exit_code == EXIT_OK
    (record,) = [json.loads(line) for line in result.stdout.splitlines()]
    assert record["document"] == "<stdin>" and record["status"] == "attacked"


def test_gazetteer_option_is_passed(runner: CliRunner, fake_pipeline: list[str], reports: Path, tmp_path: Path) -> None:
    dump = tmp_path / "UA.txt"
    result = runner.invoke(app, ["extract", str(reports), "--gazetteer", str(dump)])
    assert result.exit_code == EXIT_OK
    assert fake_pipeline == [str(dump)]
    assert "Hrakove" in result.stderr and "--gazetteer UA.txt" not in result.stderr  # no hint: not built-in


def test_skipped_report_gives_exit_3(runner: CliRunner, fake_pipeline: list[str], reports: Path) -> None:
    (reports / "bad.txt").write_bytes("Izium caf\xe9".encode("latin-1"))
    result = runner.invoke(app, ["extract", str(reports)])
    assert result.exit_code == EXIT_SKIPPED
    assert "bad.txt" in result.stderr and "not UTF-8" in result.stderr
    assert len(json.loads(result.stdout)["features"]) == 2  # the others went on


def test_quiet_hides_warnings_not_exit_code(runner: CliRunner, fake_pipeline: list[str], reports: Path) -> None:
    (reports / "empty.txt").write_text("", encoding="utf-8")
    result = runner.invoke(app, ["extract", str(reports), "--quiet"])
    assert result.exit_code == EXIT_SKIPPED
    assert result.stderr == ""


def test_no_readable_report_is_bad_input(runner: CliRunner, fake_pipeline: list[str], tmp_path: Path) -> None:
    result = runner.invoke(app, ["extract", str(tmp_path / "missing.txt")])
    assert result.exit_code == EXIT_BAD_INPUT
    assert "no readable report" in result.stderr and "missing.txt" in result.stderr


def test_unwritable_output_keeps_old_file(runner: CliRunner, fake_pipeline: list[str], reports: Path, tmp_path: Path) -> None:
    result = runner.invoke(app, ["extract", str(reports), "-o", str(tmp_path / "nowhere" / "x.geojson")])
    assert result.exit_code == 1
    assert "nowhere" in result.stderr


def test_evaluate_prints_scores_and_findings(runner: CliRunner, fake_pipeline: list[str], data_dir: Path) -> None:
    gold = data_dir / "eval" / "sample.gold.json"
    result = runner.invoke(app, ["evaluate", str(gold)], env={"COLUMNS": "200"})
    assert result.exit_code == EXIT_OK, result.output
    out = result.stdout
    assert "overall" in out and "precision" in out
    # the stand-in finds "Kupiansk ... shelled" only: 1 of 3 required pairs
    assert re.search(r"sample\.md\s*│\s*1\s*│\s*0\s*│\s*2", out), out
    assert "misses: 2" in out and "false alarms: 0" in out
    assert "miss: Izyum (707292) liberated: Ukrainian forces liberated Izium on 10 September." in out


def test_evaluate_missing_report_is_bad_input(runner: CliRunner, fake_pipeline: list[str], tmp_path: Path) -> None:
    gold = tmp_path / "g.gold.json"
    gold.write_text(json.dumps({"reports": [{"document": "nope.txt", "expect": []}]}), encoding="utf-8")
    result = runner.invoke(app, ["evaluate", str(gold), "--reports", str(tmp_path)])
    assert result.exit_code == EXIT_BAD_INPUT
    assert "nope.txt" in result.stderr


# --- the real pipeline, end to end -------------------------------------------------------------


@pytest.fixture(scope="module")
def real_pipeline() -> None:
    try:
        import mapper.extract  # noqa: F401
    except ImportError:
        pytest.skip("the pipeline (mapper.extract) is not there yet")


@pytest.mark.slow
def test_extract_seeds_with_builtin_gazetteer(runner: CliRunner, real_pipeline: None) -> None:
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
def test_evaluate_shared_seeds(runner: CliRunner, real_pipeline: None, shared: Path, ua_dump: Path, ua_gazetteer) -> None:
    # ua_gazetteer has built the dump's index in this session's cache, which the command then reads
    result = runner.invoke(
        app,
        ["evaluate", str(shared / "eval" / "seeds.gold.json"), "--reports", str(shared / "seeds"),
         "--gazetteer", str(ua_dump)],
        env={"COLUMNS": "200"},
    )  # fmt: skip
    assert result.exit_code == EXIT_OK, result.stderr
    assert "overall" in result.stdout and "000_04460ab1e8db44c5.txt" in result.stdout


def test_stdin_bytes_are_decoded(fake_pipeline: list[str]) -> None:
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


def test_evaluate_finds_reports_by_file_name_or_json_id(runner: CliRunner, fake_pipeline: list[str]) -> None:
    # the project's sample gold names .md/.html files and the ids of JSON-lines objects
    result = runner.invoke(app, ["evaluate", str(ROOT / "seeds" / "seeds.gold.json")], env={"COLUMNS": "200"})
    assert result.exit_code == EXIT_OK, result.output
    for document in ("2022-09-01-zaporizhzhia-plant.html", "2022-11-11-kherson.md", "2023-01-25-soledar",
                     "2023-08-28-robotyne"):  # fmt: skip
        assert document in result.stdout
