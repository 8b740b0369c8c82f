"""Throughput and peak memory of the whole pipeline (read, find, resolve, status).

Run with the full GeoNames dump for Ukraine::

    python benchmarks/bench_extract.py [--gazetteer ../shared/gazetteer/UA.txt] [--reports DIR]

Inputs of 10 KB, 100 KB, 1 MB and 10 MB are built at run time by repeating the
report texts found in ``--reports`` (by default ../shared/seeds and
../shared/eval/dev, else the project's own seeds/); nothing is copied into the
repository. Prints, for each size, the seconds taken, MB/s, events found, and
the CPU time per MB (constant when growth is linear; CPU time is what one
core spends, whatever else the machine runs; the best of three runs up to 1 MB),
then the peak memory
(resident set size) of the process.
"""

from __future__ import annotations

import argparse
import resource
import sys
import time
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]
SIZES = (10_000, 100_000, 1_000_000, 10_000_000)


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


def _report_of_size(corpus: str, size: int):
    from mapper.model import Report

    repeats = size // len(corpus) + 1
    text = "\n\n".join([corpus] * repeats)[:size]
    return Report(id=f"bench-{size}", text=text)


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--gazetteer", default=str(ROOT.parent / "shared" / "gazetteer" / "UA.txt"))
    parser.add_argument("--reports", action="append", type=Path)
    parser.add_argument("--max-size", type=int, default=SIZES[-1])
    args = parser.parse_args()

    from mapper.extract import extract
    from mapper.gazetteer import load_gazetteer

    started = time.perf_counter()
    gazetteer = load_gazetteer(args.gazetteer)
    print(f"gazetteer: {gazetteer.source} ({len(gazetteer)} places), loaded in {time.perf_counter() - started:.2f} s")
    started = time.perf_counter()
    extract("Ukrainian forces retook Izium.", gazetteer)  # builds the automaton once
    print(f"automaton and caches built in {time.perf_counter() - started:.2f} s")

    folders = args.reports or [
        ROOT.parent / "shared" / "seeds",
        ROOT.parent / "shared" / "eval" / "dev",
        ROOT / "seeds",
    ]
    corpus = _corpus(folders)
    print(f"corpus: {len(corpus):,} characters from {', '.join(str(f) for f in folders if f.is_dir())}")
    print(f"{'size':>12} {'wall s':>8} {'cpu s':>8} {'MB/s':>6} {'MB/s cpu':>8} {'cpu s/MB':>8} {'events':>8}")
    for size in SIZES:
        if size > args.max_size:
            break
        report = _report_of_size(corpus, size)
        seconds = cpu = float("inf")
        for _ in range(3 if size <= 1_000_000 else 1):  # the best of three, as timeit does
            started, started_cpu = time.perf_counter(), time.process_time()
            events = extract(report, gazetteer)
            seconds = min(seconds, time.perf_counter() - started)
            cpu = min(cpu, time.process_time() - started_cpu)
        megabytes = len(report.text.encode("utf-8")) / 1e6
        print(
            f"{size:>12,} {seconds:>8.3f} {cpu:>8.3f} {megabytes / seconds:>6.2f} {megabytes / cpu:>8.2f} "
            f"{cpu / megabytes:>8.3f} {len(events):>8,}"
        )
    peak_kb = resource.getrusage(resource.RUSAGE_SELF).ru_maxrss
    print(f"peak memory (max RSS): {peak_kb / 1024:.0f} MB")


if __name__ == "__main__":
    main()
