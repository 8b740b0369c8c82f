"""Throughput and peak memory of the whole pipeline (issue 3's figures).

Run with the full GeoNames dump for Ukraine::

    .venv/bin/python benchmarks/bench_extract.py [--gazetteer ../shared/gazetteer/UA.txt] [--reports DIR]

What is timed is the whole pipeline, report text in, events out: the report
file is read (:func:`mapper.reports.read_reports`), split into sentences, its
place names found, resolved, and their statuses read
(:func:`mapper.pipeline.extract_reports`). Loading the gazetteer and building
its automaton happen once, before, and are reported apart.

Inputs of 10 KB, 100 KB, 1 MB and 10 MB are built at run time by repeating the
report texts found in ``--reports`` (by default ../shared/seeds and
../shared/eval/dev, else the project's own seeds/) and written to a temporary
file; nothing is copied into the repository. The pipeline runs in one thread
(``--core N`` also pins the process to core N). For each size the table gives
the best of several runs (sixty at 10 KB down to two at 10 MB, as timeit
does): wall and CPU seconds, MB/s of report text (UTF-8 bytes) by both, CPU
seconds per MB (constant when growth is linear), events found, and the
process's peak resident memory so far. CPU time is what one core spent,
whatever else the machine ran; wall time is what a user waits on a quiet
machine.
"""

from __future__ import annotations

import argparse
import os
import resource
import sys
import tempfile
import time
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]
SIZES = (10_000, 100_000, 1_000_000, 10_000_000)
TARGET_MB_S = 2.0
MEMORY_LIMIT_MB = 500
RUNS = {10_000: 60, 100_000: 12, 1_000_000: 3, 10_000_000: 2}  # best of: small inputs need more runs to beat the noise


def _corpus(folders: list[Path]) -> str:
    from mapper.reports import read_reports

    texts = []
    for folder in folders:
        if folder.is_dir():
            result = read_reports([folder])
            reports = getattr(result, "reports", result)
            texts.extend(report.text for report in reports)
    if not texts:
        sys.exit("no report texts found: pass --reports DIR")
    return "\n\n".join(texts)


def _text_of_size(corpus: str, size: int) -> str:
    repeats = size // len(corpus) + 1
    return "\n\n".join([corpus] * repeats)[:size]


def _peak_rss_mb() -> float:
    return resource.getrusage(resource.RUSAGE_SELF).ru_maxrss / 1024  # kilobytes on Linux


def _run(path: Path, gazetteer) -> int:
    """Read the report at ``path`` and extract its events; the number of events."""
    from mapper.pipeline import extract_reports
    from mapper.reports import read_reports

    result = read_reports([path])
    return sum(1 for _ in extract_reports(getattr(result, "reports", result), gazetteer))


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--gazetteer", default=str(ROOT.parent / "shared" / "gazetteer" / "UA.txt"))
    parser.add_argument("--reports", action="append", type=Path)
    parser.add_argument("--max-size", type=int, default=SIZES[-1])
    parser.add_argument("--core", type=int, default=None, help="pin the process to this core")
    args = parser.parse_args()

    if args.core is not None:
        os.sched_setaffinity(0, {args.core})
        print(f"pinned to core {args.core}")
    print(f"load average {os.getloadavg()[0]:.2f} on {os.cpu_count()} cores")

    from mapper.gazetteer import load_gazetteer
    from mapper.pipeline import extract

    started = time.perf_counter()
    gazetteer = load_gazetteer(args.gazetteer)
    print(f"gazetteer: {gazetteer.source} ({len(gazetteer)} places), loaded in {time.perf_counter() - started:.2f} s")
    started = time.perf_counter()
    extract("Ukrainian forces retook Izium.", gazetteer)  # builds the automaton once
    print(f"automaton and caches built in {time.perf_counter() - started:.2f} s; peak memory {_peak_rss_mb():.0f} MB")

    folders = args.reports or [
        ROOT.parent / "shared" / "seeds",
        ROOT.parent / "shared" / "eval" / "dev",
        ROOT / "seeds",
    ]
    corpus = _corpus(folders)
    print(f"corpus: {len(corpus):,} characters from {', '.join(str(f) for f in folders if f.is_dir())}")
    columns = ("size", "runs", "wall s", "cpu s", "MB/s", "MB/s cpu", "cpu s/MB", "events", "peak MB")
    print(" ".join(f"{name:>{width}}" for name, width in zip(columns, (12, 4, 8, 8, 6, 8, 8, 8, 8), strict=True)))
    rows = []
    with tempfile.TemporaryDirectory(prefix="mapper-bench-") as folder:
        for size in SIZES:
            if size > args.max_size:
                break
            path = Path(folder) / f"bench-{size}.txt"
            path.write_text(_text_of_size(corpus, size), encoding="utf-8")
            megabytes = path.stat().st_size / 1e6
            runs = RUNS.get(size, 1)
            seconds = cpu = float("inf")
            for _ in range(runs):
                started, started_cpu = time.perf_counter(), time.process_time()
                events = _run(path, gazetteer)
                seconds = min(seconds, time.perf_counter() - started)
                cpu = min(cpu, time.process_time() - started_cpu)
            rows.append((megabytes, cpu))
            print(
                f"{size:>12,} {runs:>4} {seconds:>8.3f} {cpu:>8.3f} {megabytes / seconds:>6.2f} "
                f"{megabytes / cpu:>8.2f} {cpu / megabytes:>8.3f} {events:>8,} {_peak_rss_mb():>8.0f}"
            )
    per_mb = [cpu / megabytes for megabytes, cpu in rows]
    print(
        f"linear: cpu s per MB from {min(per_mb):.3f} to {max(per_mb):.3f} across sizes "
        f"(ratio {max(per_mb) / min(per_mb):.2f}); throughput by cpu {1 / max(per_mb):.2f}-{1 / min(per_mb):.2f} MB/s "
        f"(target >= {TARGET_MB_S})"
    )
    print(f"peak memory (max RSS of the process): {_peak_rss_mb():.0f} MB (limit {MEMORY_LIMIT_MB} MB)")


if __name__ == "__main__":
    main()
