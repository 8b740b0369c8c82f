"""``mapper extract --jobs N`` against ``--jobs 1`` (issue 12 part 1): speed-up, identical output, memory.

Run by hand (not by pytest), with the full GeoNames dump for Ukraine::

    .venv/bin/python benchmarks/bench_jobs.py                   # 20 MB, --jobs 1 and 2; then 100 MB with --jobs 2
    .venv/bin/python benchmarks/bench_jobs.py --size 5 --large 0  # a quick look

A JSON-lines corpus of ``--size`` MB of reports (sentences written for the benchmarks,
``benchmarks/_corpus.py``) is extracted with each ``--jobs`` of ``--jobs-list`` into JSON lines;
the table gives wall and CPU seconds, MB/s, the speed-up over the first, the peak memory of the
largest process and of all the run's processes together, and whether the output is byte for
byte that of the first (it must be). Then a corpus of ``--large`` MB is extracted with the last
``--jobs`` for its peak memory (the target: at most 1 GB for a corpus of any size). The load
average is printed first: on a machine busy with other work the speed-up is less than the cores'.
"""

from __future__ import annotations

import argparse
import hashlib
import os
import sys
import tempfile
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent))

from _corpus import write_jsonl  # noqa: E402
from _measure import run_measured  # noqa: E402

ROOT = Path(__file__).resolve().parents[1]
TARGET_SPEEDUP = 1.8
TARGET_MB = 1024


def _extract(corpus: Path, out: Path, gazetteer: str, jobs: int):
    mapper = str(Path(sys.executable).parent / "mapper")
    return run_measured([mapper, "extract", str(corpus), "-o", str(out), "-g", gazetteer, "--jobs", str(jobs), "-q"])


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--gazetteer", default=str(ROOT.parent / "shared" / "gazetteer" / "UA.txt"))
    parser.add_argument("--size", type=float, default=20, help="MB of JSON lines for the speed-up")
    parser.add_argument("--jobs-list", type=int, nargs="+", default=[1, 2])
    parser.add_argument("--large", type=float, default=100, help="MB of JSON lines for peak memory (0: none)")
    args = parser.parse_args()

    print(f"load average {os.getloadavg()[0]:.2f} on {os.cpu_count()} cores")
    print(f"{'corpus':<18} {'jobs':>4} {'seconds':>8} {'cpu s':>8} {'MB/s':>6} {'speed-up':>8} {'max RSS':>8} "
          f"{'all RSS':>8} {'same output':>11}")  # fmt: skip
    with tempfile.TemporaryDirectory(prefix="mapper-bench-jobs-") as scratch:
        folder = Path(scratch)
        corpus = write_jsonl(folder / "corpus.jsonl", int(args.size * 1e6))
        megabytes = corpus.stat().st_size / 1e6
        first_seconds, first_digest = None, None
        for jobs in args.jobs_list:
            out = folder / f"events-{jobs}.jsonl"
            measured = _extract(corpus, out, args.gazetteer, jobs)
            digest = hashlib.sha256(out.read_bytes()).hexdigest() if out.exists() else None
            first_seconds = first_seconds or measured.seconds
            first_digest = first_digest or digest
            print(f"{f'{megabytes:.1f} MB':<18} {jobs:>4} {measured.seconds:>8.1f} {measured.cpu_seconds:>8.1f} "
                  f"{megabytes / measured.seconds:>6.2f} {first_seconds / measured.seconds:>8.2f} "
                  f"{measured.max_rss_mb:>8.0f} {measured.tree_peak_mb:>8.0f} {str(digest == first_digest):>11}",
                  flush=True)  # fmt: skip
        print(f"target: >= {TARGET_SPEEDUP}x with 2 jobs on 2 cores")
        corpus.unlink()
        if args.large:
            corpus = write_jsonl(folder / "large.jsonl", int(args.large * 1e6))
            jobs = args.jobs_list[-1]
            measured = _extract(corpus, folder / "large-events.jsonl", args.gazetteer, jobs)
            megabytes = corpus.stat().st_size / 1e6
            print(f"{f'{megabytes:.1f} MB':<18} {jobs:>4} {measured.seconds:>8.1f} {measured.cpu_seconds:>8.1f} "
                  f"{megabytes / measured.seconds:>6.2f} {'':>8} {measured.max_rss_mb:>8.0f} "
                  f"{measured.tree_peak_mb:>8.0f}  (target: all RSS <= {TARGET_MB} MB)")  # fmt: skip


if __name__ == "__main__":
    main()
