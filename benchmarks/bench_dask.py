"""Throughput of mapper.dask on a two-worker LocalCluster against the pipeline in one process (issue 12's figure).

Run by hand, with the full GeoNames dump for Ukraine and the dask extra::

    .venv/bin/python benchmarks/bench_dask.py [--gazetteer ../shared/gazetteer/UA.txt] [--mb 4] [--files 16]

A corpus of ``--mb`` megabytes of report text is built at run time as ``--files`` JSON-lines files
in a temporary folder (one partition each), from the report texts of ``--reports`` (by default
../shared/seeds and ../shared/eval/dev: the long articles cut into reports of a few paragraphs),
else from the sentences below; nothing is copied into the repository. Three runs over it:

- **one process**: :func:`mapper.read_reports` and :func:`mapper.pipeline.extract_reports` on one
  core, file after file (the batches of the Dask partitions);
- **--jobs 2**: :func:`mapper.parallel.extract_parallel` with two worker processes, what
  ``mapper extract --jobs 2`` runs, its pool started (and the gazetteer loaded in each worker)
  within the timed run, as the command does;
- **Dask, events back**: :func:`mapper.dask.stream_events`, what ``mapper extract --dask`` runs:
  every event pickled back to this process, a partition at a time;
- **Dask, GeoParquet**: :func:`mapper.dask.extract` then :func:`mapper.dask.to_geoparquet`: each
  worker writes its partitions' file, nothing comes back.

The cluster is started, and each worker loads the gazetteer and builds its automaton on a small
warm-up corpus, before the timed runs (start-up is reported apart); each figure is the best of two runs. MB/s is of report text
(UTF-8 bytes) by wall time, and by the CPU time of every process that does the work
(this one, and the workers for Dask): a LocalCluster of two workers on a two-core machine can at best
double the one-core figure.
"""

from __future__ import annotations

import argparse
import datetime as dt
import json
import os
import sys
import tempfile
import time
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]
RUNS = 2
"""Each figure is the best of this many runs (the first may still meet a lazy load the warm-up missed)."""
REPORT_CHARS = 3_000
"""About how long a report of the corpus is: a wire story."""

OWN_SENTENCES = [
    "Ukrainian forces retook Izium and Balakliia after a rapid advance.",
    "Russian artillery shelled Kupiansk and the villages north of it overnight.",
    "Kherson was liberated on Friday, officials said.",
    "Russian troops still occupied Bakhmut's eastern outskirts.",
    "Fighting continued near Lyman, 12 km south of Kreminna.",
    "Drone strikes hit Zaporizhzhia and Nikopol on Sunday.",
]  # the benchmark's own sentences, used where no report texts are found


def _pieces(folders: list[Path]) -> list[str]:
    """Report texts of about ``REPORT_CHARS``: short reports as they are, long articles cut at paragraphs."""
    from mapper.reports import read_reports

    pieces: list[str] = []
    for folder in folders:
        if not folder.is_dir():
            continue
        for report in read_reports([folder]).reports:
            piece = ""
            for paragraph in report.text.split("\n\n"):
                piece = f"{piece}\n\n{paragraph}" if piece else paragraph
                if len(piece) >= REPORT_CHARS:
                    pieces.append(piece)
                    piece = ""
            if piece.strip():
                pieces.append(piece)
    return pieces or [" ".join(OWN_SENTENCES)]


def _write_corpus(folder: Path, pieces: list[str], size: int, files: int) -> int:
    """``files`` JSON-lines files of ``size`` bytes of report text in all; the bytes written."""
    per_file = size // files
    written = 0
    number = 0
    for index in range(files):
        in_file = 0
        with open(folder / f"part-{index:03d}.jsonl", "w", encoding="utf-8") as handle:
            while in_file < per_file:
                text = pieces[number % len(pieces)]
                day = dt.date(2022, 3, 1) + dt.timedelta(days=number % 300)
                handle.write(json.dumps({"id": f"r{number}", "date": day.isoformat(), "text": text}) + "\n")
                in_file += len(text.encode("utf-8"))
                number += 1
        written += in_file
    return written


def _one_process(files: list[Path], gazetteer: object) -> tuple[int, float]:
    """Extract the files' events in this process; (events, CPU seconds)."""
    from mapper.pipeline import extract_reports
    from mapper.reports import read_reports

    cpu = time.process_time()
    count = sum(sum(1 for _ in extract_reports(read_reports([file]).reports, gazetteer)) for file in files)
    return count, time.process_time() - cpu


def _warm_up(gazetteer: str) -> None:
    """Load the gazetteer, build its automaton and import the GeoParquet writer's libraries (in each worker)."""
    import mapper.dask
    from mapper.publishing.parquet import events_schema

    list(mapper.dask.extract_partition([{"text": " ".join(OWN_SENTENCES)}], gazetteer))
    events_schema()


def _jobs(files: list[Path], gazetteer: object, jobs: int) -> tuple[int, float]:
    """``mapper extract --jobs N``'s extraction (:func:`mapper.parallel.extract_parallel`), its pool
    started in the run as the command starts it; (events, CPU seconds of this process and its workers)."""
    from mapper.parallel import extract_parallel
    from mapper.reports import iter_reports

    cpu = _cpu_with_children()
    count = sum(1 for _ in extract_parallel(iter_reports(files), gazetteer, jobs=jobs))
    return count, _cpu_with_children() - cpu


def _cpu_with_children() -> float:
    """CPU seconds of this process and of its children that have ended."""
    times = os.times()
    return times.user + times.system + times.children_user + times.children_system


def _on_cluster(client, run) -> tuple[int, float]:
    """``run()`` on the cluster; (what it counts, CPU seconds of this process and of the workers)."""

    def cpu() -> float:
        return time.process_time() + sum(client.run(time.process_time).values())

    started = cpu()
    count = run()
    return count, cpu() - started


def _to_geoparquet(corpus: Path, gazetteer: str, folder: Path) -> int:
    """Extract on the cluster, each worker writing its partitions' GeoParquet; the rows written."""
    import pyarrow.parquet

    import mapper.dask

    parts = mapper.dask.to_geoparquet(mapper.dask.extract([corpus], gazetteer), folder)
    return sum(pyarrow.parquet.ParquetFile(part).metadata.num_rows for part in parts)


def _timed(what: str, size: int, run) -> float:
    """Run ``run`` (which returns what it counts and the CPU seconds it took) ``RUNS`` times; print
    the best wall and CPU seconds and MB/s by each; return the best wall seconds."""
    walls, cpus = [], []
    for _ in range(RUNS):
        started = time.perf_counter()
        count, cpu = run()
        walls.append(time.perf_counter() - started)
        cpus.append(cpu)
    print(f"{what:<30} {min(walls):7.2f} s {size / 1e6 / min(walls):7.3f} MB/s   CPU {min(cpus):7.2f} s "
          f"{size / 1e6 / min(cpus):7.3f} MB/s   {count:>8,} events", flush=True)  # fmt: skip
    return min(walls)


def _dask_runs(corpus: Path, size: int, gazetteer: str, parquet: Path) -> tuple[float, float]:
    """Start a two-worker LocalCluster, warm it up, and time both Dask runs; their best wall seconds."""
    from distributed import Client, LocalCluster

    import mapper.dask

    started = time.perf_counter()
    cluster = LocalCluster(n_workers=2, threads_per_worker=1, processes=True, dashboard_address=None)
    with cluster, Client(cluster) as client:
        client.run(_warm_up, gazetteer)  # on every worker
        print(f"{'Dask start and warm-up':<30} {time.perf_counter() - started:7.2f} s")
        address = client.scheduler.address
        back = _timed("Dask, 2 workers, events back", size, lambda: _on_cluster(client, lambda: sum(
            1 for _ in mapper.dask.stream_events([corpus], address, gazetteer))))  # fmt: skip
        written = _timed("Dask, 2 workers, GeoParquet", size, lambda: _on_cluster(
            client, lambda: _to_geoparquet(corpus, gazetteer, parquet)))  # fmt: skip
    return back, written


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--gazetteer", default=str(ROOT.parent / "shared" / "gazetteer" / "UA.txt"))
    parser.add_argument("--reports", action="append", type=Path)
    parser.add_argument("--mb", type=float, default=4.0, help="megabytes of report text")
    parser.add_argument("--files", type=int, default=16, help="JSON-lines files (Dask partitions)")
    args = parser.parse_args()

    import mapper
    import mapper.dask

    if not Path(args.gazetteer).is_file():
        sys.exit(f"no gazetteer at {args.gazetteer}: pass --gazetteer UA.txt")
    folders = args.reports or [ROOT.parent / "shared" / "seeds", ROOT.parent / "shared" / "eval" / "dev"]
    pieces = _pieces(folders)
    gazetteer = mapper.load_gazetteer(args.gazetteer)  # builds the index cache the workers then read
    with tempfile.TemporaryDirectory() as scratch:
        corpus = Path(scratch, "corpus")
        corpus.mkdir()
        size = _write_corpus(corpus, pieces, int(args.mb * 1e6), args.files)
        files = sorted(corpus.iterdir())
        print(f"corpus: {size / 1e6:.2f} MB of report text, {len(files)} JSON-lines files, "
              f"{len(pieces)} distinct reports; {os.cpu_count()} cores; best of {RUNS} runs")  # fmt: skip

        _warm_up(args.gazetteer)  # the automaton built, as on the workers
        cores = os.sched_getaffinity(0) if hasattr(os, "sched_setaffinity") else None
        if cores:
            os.sched_setaffinity(0, {min(cores)})  # one core, as mapper extract uses today
        alone = _timed("one process, one core", size, lambda: _one_process(files, gazetteer))
        if cores:
            os.sched_setaffinity(0, cores)

        _timed("--jobs 2 (mapper.parallel)", size, lambda: _jobs(files, gazetteer, 2))

        back, written = _dask_runs(corpus, size, args.gazetteer, Path(scratch, "parquet"))
        print(f"load average {os.getloadavg()[0]:.1f} (other work on the machine slows the wall times)")
        print(f"speed-up over one core: {alone / back:.2f}x (events back), {alone / written:.2f}x (GeoParquet)")


if __name__ == "__main__":
    main()
