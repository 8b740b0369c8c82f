"""``--jobs N`` (issue 12 part 1): the pipeline's batches extracted by a pool of processes give the
events of one process, byte for byte and in the same order; Ctrl-C stops the pool and leaves no file."""

from __future__ import annotations

import json
import os
import shutil
import signal
import subprocess
import sys
import time
from pathlib import Path

import pytest
from typer.testing import CliRunner

from mapper.cli import app
from mapper.cli._common import EXIT_OK
from mapper.parallel import GazetteerRef, batches, default_jobs, extract_parallel, worker_gazetteer
from mapper.pipeline import extract_reports
from mapper.publishing.features import event_record
from mapper.reports import read_reports, report_from_text

ROOT = Path(__file__).resolve().parents[1]
runner = CliRunner()


def _lines(events) -> list[str]:
    return [json.dumps(event_record(event), ensure_ascii=False) for event in events]


@pytest.mark.parametrize("count,size,expected", [(0, 3, []), (2, 3, [2]), (7, 3, [3, 3, 1]), (6, 2, [2, 2, 2])])
def test_batches_cut_the_reports_in_order(count: int, size: int, expected: list[int]) -> None:
    reports = [report_from_text(f"Report {n}.", f"r{n}") for n in range(count)]
    cut = list(batches(iter(reports), size))
    assert [len(chunk) for chunk in cut] == expected
    assert [report for chunk in cut for report in chunk] == reports


def test_a_batch_holds_a_report() -> None:
    with pytest.raises(ValueError, match="at least one report"):
        next(batches([], 0))


def test_default_jobs_is_the_cores_this_process_may_use() -> None:
    assert 1 <= default_jobs() <= (os.cpu_count() or 1)


def test_one_batch_is_extracted_in_process(builtin_gazetteer, monkeypatch: pytest.MonkeyPatch) -> None:
    from mapper import parallel

    monkeypatch.setattr(parallel, "_WorkerPool", lambda *a: pytest.fail("a pool was started for one batch"))
    reports = [report_from_text("Russian forces shelled Izium.", "a"), report_from_text("Lyman was liberated.", "b")]
    done: list[list[str]] = []
    events = list(extract_parallel(reports, builtin_gazetteer, jobs=4, done=lambda b: done.append([r.id for r in b])))
    assert _lines(events) == _lines(extract_reports(reports, builtin_gazetteer))
    assert done == [["a", "b"]]


def test_a_worker_loads_the_gazetteer_of_the_parent(builtin_gazetteer) -> None:
    ref = GazetteerRef.of(builtin_gazetteer)
    assert ref.cache is not None
    worker_gazetteer.cache_clear()
    try:
        loaded = worker_gazetteer(ref)
        assert len(loaded) == len(builtin_gazetteer) and loaded.source == builtin_gazetteer.source
        assert worker_gazetteer(ref) is loaded  # once per process
        assert len(worker_gazetteer(GazetteerRef(None, builtin_gazetteer.source))) == len(builtin_gazetteer)
    finally:
        worker_gazetteer.cache_clear()


@pytest.mark.shared
def test_two_workers_give_the_events_of_one_process(shared: Path, ua_gazetteer) -> None:
    reports = read_reports([shared / "eval" / "dev", shared / "seeds", ROOT / "seeds"]).reports
    done: list[list[str]] = []
    parallel = list(extract_parallel(reports, ua_gazetteer, jobs=2, all_mentions=True, batch=4,
                                     done=lambda b: done.append([r.id for r in b])))  # fmt: skip
    alone = list(extract_reports(reports, ua_gazetteer, all_mentions=True, batch=4))
    assert len(alone) > 400
    assert _lines(parallel) == _lines(alone)
    assert [report_id for chunk in done for report_id in chunk] == [report.id for report in reports]
    assert all(len(chunk) == 4 for chunk in done[:-1])


def _copies(shared: Path, folder: Path, times: int) -> Path:
    """The dev articles and both sets of seeds, ``times`` over in subfolders: more than one batch."""
    for n in range(times):
        for source in (shared / "eval" / "dev", shared / "seeds", ROOT / "seeds"):
            shutil.copytree(source, folder / f"copy{n}" / source.name, dirs_exist_ok=True)
    return folder


@pytest.mark.shared
@pytest.mark.slow
@pytest.mark.parametrize("name", ["events.geojson", "events.jsonl", "events.csv"])
def test_jobs_2_writes_the_file_of_jobs_1(shared: Path, ua_dump: Path, ua_gazetteer, tmp_path: Path, name: str) -> None:
    reports = _copies(shared, tmp_path / "reports", 4)
    assert len(read_reports([reports]).reports) > 64
    written = {}
    for jobs in ("1", "2"):
        out = tmp_path / jobs / name
        out.parent.mkdir()
        result = runner.invoke(app, ["extract", str(reports), "-g", str(ua_dump), "--all-mentions", "--jobs", jobs,
                                     "-o", str(out), "--changes", str(out.parent / "changes.csv")])  # fmt: skip
        assert result.exit_code == EXIT_OK, result.output
        said = result.stderr.replace(str(out.parent), "OUT")
        written[jobs] = (out.read_bytes(), (out.parent / "changes.csv").read_bytes(), said)
    assert written["1"] == written["2"]
    assert written["1"][0].count(b"liberated") > 100


def _ctrl_c_as_in_a_terminal() -> None:
    """The run's SIGINT at its default and not blocked, as a terminal starts a command, whatever the test
    runner left this process's at: an ignored or blocked SIGINT is inherited across exec, and the run would
    never see the Ctrl-C."""
    signal.signal(signal.SIGINT, signal.SIG_DFL)
    signal.pthread_sigmask(signal.SIG_UNBLOCK, {signal.SIGINT})


def _children(pid: int) -> list[int]:
    found = subprocess.run(["ps", "--ppid", str(pid), "-o", "pid="], capture_output=True, text=True, check=False)
    return [int(line) for line in found.stdout.split()]


@pytest.mark.slow
@pytest.mark.skipif(sys.platform == "win32" or shutil.which("ps") is None, reason="signals a process group; uses ps")
def test_ctrl_c_stops_the_workers_and_leaves_no_file(tmp_path: Path) -> None:
    line = "Russian forces shelled Izium and Kupiansk overnight. Ukrainian troops liberated Lyman. " * 20
    with (tmp_path / "many.jsonl").open("w", encoding="utf-8") as out:
        for number in range(3000):
            out.write(json.dumps({"id": f"r{number}", "text": line}) + "\n")
    (tmp_path / "out").mkdir()
    target = tmp_path / "out" / "events.geojson"
    mapper = Path(sys.executable).parent / "mapper"
    run = subprocess.Popen([str(mapper), "extract", str(tmp_path / "many.jsonl"), "-o", str(target), "--jobs", "2"],
                           stderr=subprocess.PIPE, text=True, start_new_session=True, env={**os.environ, "PYTHONFAULTHANDLER": "1"},
                           preexec_fn=_ctrl_c_as_in_a_terminal)  # fmt: skip
    workers: list[int] = []
    deadline = time.monotonic() + 60
    while len(workers) < 2 and time.monotonic() < deadline and run.poll() is None:
        time.sleep(0.5)
        workers = [pid for pid in _children(run.pid) if Path(f"/proc/{pid}/cmdline").read_bytes().count(b"spawn_main")]
    assert len(workers) == 2, "the workers did not start"
    time.sleep(3)  # at work on their batches
    os.killpg(run.pid, signal.SIGINT)  # what Ctrl-C sends: the whole foreground group
    try:
        _, stderr = run.communicate(timeout=60)
    except subprocess.TimeoutExpired:  # what the run was doing, for the failure's message
        signals = [row for row in Path(f"/proc/{run.pid}/status").read_text().splitlines() if row.startswith("Sig")]
        run.send_signal(signal.SIGABRT)  # its faulthandler prints every thread's stack
        _, stderr = run.communicate(timeout=30)
        pytest.fail(f"the run went on 60 s after the Ctrl-C; {signals}\n{stderr}")
    finally:
        if run.poll() is None:
            os.killpg(run.pid, signal.SIGKILL)
            run.communicate()
    assert run.returncode != 0
    assert "Traceback" not in stderr, stderr
    assert list((tmp_path / "out").iterdir()) == []
    time.sleep(0.5)
    assert not [pid for pid in workers if Path(f"/proc/{pid}").exists()], "a worker outlived the run"


@pytest.mark.slow
def test_map_with_two_jobs_draws_the_events_of_one(data_dir: Path, tmp_path: Path) -> None:
    folder = tmp_path / "reports"
    folder.mkdir()
    for number in range(70):  # more than a batch
        (folder / f"r{number:02d}.md").write_text(f"---\ndate: 2022-09-{number % 28 + 1:02d}\n---\nRussian forces shelled "
                                                  "Izium. Kupiansk was liberated.\n", encoding="utf-8")  # fmt: skip
    dump = str(data_dir / "gazetteer" / "mini.txt")
    for jobs in ("1", "2"):
        result = runner.invoke(app, ["map", str(folder), "-o", str(tmp_path / jobs), "-g", dump, "--jobs", jobs, "-q"])
        assert result.exit_code == EXIT_OK, result.output
    for name in ("events.geojson", "places.geojson"):
        assert (tmp_path / "1" / name).read_bytes() == (tmp_path / "2" / name).read_bytes()
    assert len(json.loads((tmp_path / "2" / "events.geojson").read_text(encoding="utf-8"))["features"]) == 140


_MID_WRITE = '''
import multiprocessing
from concurrent.futures import FIRST_COMPLETED, ProcessPoolExecutor, wait

from mapper.parallel import _end_workers


def events(size):
    return b"e" * size


if __name__ == "__main__":
    pool = ProcessPoolExecutor(2, mp_context=multiprocessing.get_context("spawn"))
    futures = [pool.submit(events, 64 * 2**20) for _ in range(12)]
    wait(futures, return_when=FIRST_COMPLETED)  # the next results are on their way through the pipe
    _end_workers(pool)
'''


@pytest.mark.slow
def test_workers_ended_while_sending_their_results_do_not_hang_the_exit(tmp_path: Path) -> None:
    # Ended in the middle of sending a result, a worker leaves half a message in the pool's result pipe;
    # the pool's manager thread waited for the rest, and the interpreter's exit for that thread, forever.
    (tmp_path / "mid_write.py").write_text(_MID_WRITE, encoding="utf-8")
    run = subprocess.run([sys.executable, str(tmp_path / "mid_write.py")], capture_output=True, text=True, timeout=60,
                         check=False)  # fmt: skip
    assert run.returncode == 0, run.stderr
    assert "Traceback" not in run.stderr, run.stderr
