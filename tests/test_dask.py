"""mapper.dask: the same events on a Dask cluster as in one process; Spark's unit of work; Dask optional.

The cluster tests run a ``distributed.LocalCluster`` of two worker processes over the shared dev
articles, once per module; the others use Dask's threads in this process, or none.
"""

from __future__ import annotations

import json
import subprocess
import sys
from pathlib import Path

import pandas
import pytest

from mapper.dask import (
    INSTALL,
    ReportFiles,
    extract,
    extract_partition,
    report_partitions,
    stream_events,
)
from mapper.gazetteer import Gazetteer
from mapper.model import Event
from mapper.pipeline import extract_reports
from mapper.publishing.features import event_record
from mapper.publishing.tables import events_frame
from mapper.reports import read_reports, report_from_text

# A LocalCluster stopping may warn of a socket or event loop it left unclosed (distributed 2026.8
# warns of none here; other versions have); on the cluster tests only, which stop it.
CLUSTER_TEARDOWN = "ignore:unclosed:ResourceWarning"

TEXTS = {
    "a.txt": "Ukrainian forces retook Izium on 10 September 2022. Russian artillery shelled Kupiansk.",
    "kharkiv/b.md": "---\ntitle: B\ndate: 2022-09-12\n---\nKupiansk was liberated. Officials visited Hrakove.\n",
    "kharkiv/c.txt": "Russian forces shelled Izium again.",
}
LINES = [
    {"text": "Ukrainian forces liberated Kupiansk.", "date": "2022-09-10"},
    {"id": "own-id", "text": "Izium was shelled overnight.", "title": "Night"},
]


def _records(events: list[Event]) -> list[dict]:
    return [event_record(event) for event in events]


def _rows(frame: pandas.DataFrame) -> list[dict]:
    """A frame's rows as plain values (NA as None, dates as text), whatever the dtypes Dask chose."""
    plain = pandas.DataFrame(frame.drop(columns="geometry")).astype(object)
    return json.loads(plain.where(plain.notna(), None).to_json(orient="records", date_format="iso"))


@pytest.fixture
def mini_dump(data_dir: Path) -> Path:
    return data_dir / "gazetteer" / "mini.txt"


@pytest.fixture
def folder(tmp_path: Path) -> Path:
    """Report files in a folder and a subfolder, and a JSON-lines file."""
    root = tmp_path / "reports"
    for name, text in TEXTS.items():
        (root / name).parent.mkdir(parents=True, exist_ok=True)
        (root / name).write_text(text, encoding="utf-8")
    lines = "\n".join(json.dumps(line) for line in LINES) + "\n"
    (root / "kharkiv" / "wire.jsonl").write_text(lines, encoding="utf-8")
    return root


def test_import_mapper_does_not_import_dask() -> None:
    code = "import sys, mapper, mapper.dask; mapper.events_frame; print(sorted({'dask', 'distributed'} & set(sys.modules)))"
    found = subprocess.run([sys.executable, "-c", code], capture_output=True, text=True, check=True)
    assert found.stdout.strip() == "[]"


def test_without_dask_a_clear_error(monkeypatch: pytest.MonkeyPatch, folder: Path) -> None:
    for module in ("dask", "dask.dataframe", "dask.dataframe.extensions"):
        monkeypatch.setitem(sys.modules, module, None)  # what an install without the extra has
    with pytest.raises(ImportError, match=r"pip install 'mapper\[dask\]'"):
        extract([folder])
    assert INSTALL == "pip install 'mapper[dask]'"


def test_without_dask_the_partition_function_still_runs(monkeypatch: pytest.MonkeyPatch, mini_dump: Path) -> None:
    monkeypatch.setitem(sys.modules, "dask", None)
    records = list(extract_partition([json.dumps(line) for line in LINES], mini_dump))
    assert [(r["name"], r["status"]) for r in records] == [("Kupiansk", "liberated"), ("Izium", "attacked")]


def test_partitions_keep_the_readers_order_and_ids(folder: Path) -> None:
    partitions = report_partitions([folder], files_per_partition=2)
    assert partitions == [
        ReportFiles(((str(folder / "a.txt"), "a.txt"), (str(folder / "kharkiv/b.md"), "kharkiv/b.md"))),
        ReportFiles(((str(folder / "kharkiv/c.txt"), "kharkiv/c.txt"),)),
        ReportFiles(((str(folder / "kharkiv/wire.jsonl"), "kharkiv/wire.jsonl"),)),  # a JSON-lines file: its own
    ]


def test_stdin_and_a_missing_scheduler_are_said_at_once(folder: Path, mini_dump: Path) -> None:
    import dask
    import distributed  # noqa: F401  # its settings loaded first, so that the block below restores them

    with pytest.raises(ValueError, match="stdin"):
        stream_events(["-"], None, mini_dump)
    with dask.config.set({"distributed.comm.timeouts.connect": "1s"}), pytest.raises(OSError):
        stream_events([folder], "tcp://127.0.0.1:9", mini_dump)  # before the first event is asked for


def test_without_a_client_the_events_of_one_process(folder: Path, mini_dump: Path) -> None:
    from mapper.gazetteer import load_gazetteer

    # each report here is placed by its own text, so the batches (two partitions here, one in
    # one process) do not matter; the reports keep the ids they have when the folder is read whole
    skipped: list = []
    events = list(stream_events([folder], None, mini_dump, all_mentions=True, skipped=skipped))  # no client: here
    in_process = list(extract_reports(read_reports([folder]).reports, load_gazetteer(mini_dump), all_mentions=True))
    assert _records(events) == _records(in_process)
    assert {e.report.id for e in events} >= {"kharkiv/b.md", "kharkiv/wire.jsonl:1", "own-id"}
    assert skipped == []


@pytest.mark.parametrize(
    "items",
    [
        pytest.param([json.dumps(line) for line in LINES], id="JSON lines"),
        pytest.param(LINES, id="mappings"),
        pytest.param([report_from_text(line["text"], id=line.get("id", f"<partition>:{n}"), date=line.get("date"),
                                       title=line.get("title")) for n, line in enumerate(LINES, start=1)], id="reports"),
    ],
)  # fmt: skip
def test_partition_records_are_the_frames_rows(items: list, mini_dump: Path) -> None:
    from mapper.gazetteer import load_gazetteer

    records = list(extract_partition(items, mini_dump))
    reports = [report_from_text(LINES[0]["text"], id="<partition>:1", date="2022-09-10"),
               report_from_text(LINES[1]["text"], id="own-id", title="Night")]  # fmt: skip
    expected = events_frame(extract_reports(reports, load_gazetteer(mini_dump)))
    assert [r["id"] for r in records] == expected["id"].tolist() == ["<partition>:1:27-35:liberated", "own-id:0-5:attacked"]
    assert records[0]["date"] == "2022-09-10" and records[1]["title"] == "Night"


def test_a_bad_line_is_skipped_with_a_warning(mini_dump: Path, caplog: pytest.LogCaptureFixture) -> None:
    lines = ["{not json", json.dumps({"title": "no text"}), json.dumps(LINES[0]), json.dumps({"text": "  "})]
    records = list(extract_partition(lines, mini_dump))
    assert [r["name"] for r in records] == ["Kupiansk"]
    skipped = [r.getMessage() for r in caplog.records if r.levelname == "WARNING"]
    assert [message.split(":")[1] for message in skipped] == ["1", "2", "4"]


def test_a_bag_is_partitioned_as_given(mini_dump: Path) -> None:
    import dask.bag

    bag = dask.bag.from_sequence(LINES, npartitions=2)
    frame = extract(bag, mini_dump)
    assert frame.npartitions == 2
    assert frame.compute(scheduler="threads")["id"].tolist() == ["<partition>:1:27-35:liberated", "own-id:0-5:attacked"]


def test_geoparquet_parts_replace_an_earlier_runs(tmp_path: Path, mini_dump: Path) -> None:
    import dask.bag
    import geopandas

    from mapper.dask import to_geoparquet

    folder = tmp_path / "events"
    folder.mkdir()
    (folder / "part.00007.parquet").write_bytes(b"an earlier, longer run's")
    (folder / "notes.txt").write_text("not mapper's", encoding="utf-8")
    frame = extract(dask.bag.from_sequence(LINES, npartitions=2), mini_dump)
    parts = to_geoparquet(frame, folder)  # Dask's threads, in this process
    assert sorted(path.name for path in folder.iterdir()) == ["notes.txt", "part.00000.parquet", "part.00001.parquet"]
    assert geopandas.read_parquet(parts[1])["id"].tolist() == ["own-id:0-5:attacked"]


# The cluster: two worker processes, each loading the full dump's index from the session's cache.


@pytest.fixture(scope="module")
def cluster(ua_gazetteer: Gazetteer):
    distributed = pytest.importorskip("distributed")
    with pytest.MonkeyPatch.context() as patch:
        if ua_gazetteer.cache is not None:  # the workers read the index the session built
            patch.setenv("MAPPER_CACHE_DIR", str(ua_gazetteer.cache.parent))
        local = distributed.LocalCluster(n_workers=2, threads_per_worker=1, processes=True, dashboard_address=None)
        with local, distributed.Client(local, set_as_default=False) as client:
            yield client


def _dev(shared: Path) -> Path:
    return shared / "eval" / "dev"


def _in_process(paths: list[str], gazetteer: Gazetteer) -> list[Event]:
    return list(extract_reports(read_reports(paths).reports, gazetteer))


@pytest.mark.shared
@pytest.mark.slow
@pytest.mark.filterwarnings(CLUSTER_TEARDOWN)
def test_cluster_gives_the_events_of_one_process(cluster, shared: Path, ua_dump: Path, ua_gazetteer: Gazetteer) -> None:
    # the default grouping (64 files a partition) makes the partitions the batches of one process
    skipped: list = []
    events = list(stream_events([_dev(shared)], cluster.scheduler.address, ua_dump, skipped=skipped))
    assert len(events) > 300 and skipped == []
    assert _records(events) == _records(_in_process([str(_dev(shared))], ua_gazetteer))
    # nine partitions, the workers kept four ahead: still in input order
    with cluster.as_current():
        again = list(stream_events([_dev(shared)], gazetteer=ua_dump, files_per_partition=1))
    assert [event.report.id for event in again] == [event.report.id for event in events]


@pytest.mark.shared
@pytest.mark.slow
@pytest.mark.filterwarnings(CLUSTER_TEARDOWN)
def test_cluster_frame_is_each_partitions_events_frame(
    cluster, shared: Path, ua_dump: Path, ua_gazetteer: Gazetteer, tmp_path: Path
) -> None:
    from mapper.dask import to_geoparquet

    partitions = report_partitions([_dev(shared)], files_per_partition=3)
    frame = extract([_dev(shared)], ua_dump, files_per_partition=3)
    assert frame.npartitions == len(partitions) == 3
    computed = frame.compute(scheduler=cluster)
    assert computed.crs.to_epsg() == 4326
    # each partition is extracted as one process extracts the same reports alone
    expected = [events_frame(_in_process([file for file, _ in part.files], ua_gazetteer)) for part in partitions]
    assert _rows(computed) == [row for part in expected for row in _rows(part)]

    with cluster.as_current():
        parts = to_geoparquet(frame, tmp_path / "events")
    assert [p.name for p in parts] == ["part.00000.parquet", "part.00001.parquet", "part.00002.parquet"]
    import geopandas

    back = geopandas.read_parquet(tmp_path / "events")
    assert back.crs.to_epsg() == 4326
    assert back["id"].tolist() == computed["id"].tolist()
    assert back.geometry.x.tolist() == computed["lon"].tolist()


def test_cli_dask_at_a_dead_address_is_a_clear_error(folder: Path, mini_dump: Path) -> None:
    from typer.testing import CliRunner

    from mapper.cli import app

    result = CliRunner().invoke(app, ["extract", str(folder), "-g", str(mini_dump), "--dask", "tcp://127.0.0.1:9", "-q"])
    assert result.exit_code == 2, result.output
    assert "--dask tcp://127.0.0.1:9" in result.output


@pytest.mark.shared
@pytest.mark.slow
@pytest.mark.filterwarnings(CLUSTER_TEARDOWN)
def test_cli_dask_writes_what_jobs_1_writes(cluster, shared: Path, ua_dump: Path, tmp_path: Path) -> None:
    from typer.testing import CliRunner

    from mapper.cli import app

    runner = CliRunner()
    here, there = tmp_path / "one.geojson", tmp_path / "dask.geojson"
    common = [str(_dev(shared)), "-g", str(ua_dump), "-q", "--all-mentions"]
    assert runner.invoke(app, ["extract", *common, "--jobs", "1", "-o", str(here)]).exit_code == 0
    result = runner.invoke(app, ["extract", *common, "--dask", cluster.scheduler.address, "-o", str(there)])
    assert result.exit_code == 0, result.output
    assert there.read_bytes() == here.read_bytes()
