"""Peak memory of ``mapper extract`` on large and hostile inputs (issue 11 part 3).

Run by hand (not by pytest), with the full GeoNames dump for Ukraine::

    .venv/bin/python benchmarks/bench_memory.py                       # 10, 25 and 50 MB of reports, the 50 MB lines
    .venv/bin/python benchmarks/bench_memory.py --sizes 200 --lines 0  # the 200 MB corpus alone (long: ~10 minutes)

Three kinds of input, built at run time from sentences written for the benchmarks
(``benchmarks/_corpus.py``; nothing is copied from ``../shared``) into a temporary folder:

- a JSON-lines corpus of reports of about 4 KB, at each size of ``--sizes`` (MB): the memory
  must stay flat as the corpus grows, since the reports are read, extracted and written as a
  stream (the targets: 200 MB in at most 1 GB);
- one report of ``--lines`` MB that is one line (its sentences end with full stops);
- one report of ``--lines`` MB that is one line without a sentence break (commas only).

Each runs as ``mapper extract INPUT -o OUT.jsonl --jobs N`` in a process of its own; the table
gives wall seconds, MB/s of input, events written, the peak resident memory of the largest
process and the peak of all the run's processes together (see ``benchmarks/_measure.py``), and
whether it is within the target of 1 GB.
"""

from __future__ import annotations

import argparse
import sys
import tempfile
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent))

from _corpus import write_jsonl, write_one_line, write_without_breaks  # noqa: E402
from _measure import run_measured  # noqa: E402

ROOT = Path(__file__).resolve().parents[1]
TARGET_MB = 1024


def _case(name: str, path: Path, out: Path, gazetteer: str, jobs: int, extra: list[str]) -> None:
    mapper = str(Path(sys.executable).parent / "mapper")
    measured = run_measured([mapper, "extract", str(path), "-o", str(out), "-g", gazetteer, "--jobs", str(jobs), "-q",
                             *extra])  # fmt: skip
    megabytes = path.stat().st_size / 1e6
    events = sum(1 for _ in out.open(encoding="utf-8")) if out.exists() else 0
    within = "yes" if measured.tree_peak_mb <= TARGET_MB else "NO"
    print(f"{name:<28} {megabytes:>7.1f} {measured.seconds:>8.1f} {megabytes / measured.seconds:>6.2f} {events:>9,} "
          f"{measured.max_rss_mb:>9.0f} {measured.tree_peak_mb:>9.0f} {within:>6} {measured.returncode:>4}",
          flush=True)  # fmt: skip
    if measured.returncode not in (0, 3):
        print(measured.stderr[-2000:], file=sys.stderr)
    out.unlink(missing_ok=True)


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--gazetteer", default=str(ROOT.parent / "shared" / "gazetteer" / "UA.txt"))
    parser.add_argument("--sizes", type=float, nargs="*", default=[10, 25, 50], help="JSON-lines corpora, MB")
    parser.add_argument("--lines", type=float, default=50, help="the one-line reports, MB (0: none)")
    parser.add_argument("--jobs", type=int, default=1)
    parser.add_argument("--max-report-size", default=None, help="passed on to mapper (MB)")
    args = parser.parse_args()
    extra = ["--max-report-size", args.max_report_size] if args.max_report_size else []

    print(f"mapper extract --jobs {args.jobs}; target: peak memory of all processes <= {TARGET_MB} MB")
    print(f"{'input':<28} {'MB':>7} {'seconds':>8} {'MB/s':>6} {'events':>9} {'max RSS':>9} {'all RSS':>9} "
          f"{'<=1GB':>6} {'exit':>4}")  # fmt: skip
    with tempfile.TemporaryDirectory(prefix="mapper-bench-memory-") as scratch:
        folder = Path(scratch)
        for size in args.sizes:
            corpus = write_jsonl(folder / f"corpus-{size:g}.jsonl", int(size * 1e6))
            _case(f"JSON lines, {size:g} MB", corpus, folder / "out.jsonl", args.gazetteer, args.jobs, extra)
            corpus.unlink()
        if args.lines:
            size = int(args.lines * 1e6)
            for name, write in (("one line", write_one_line), ("one line, no sentence break", write_without_breaks)):
                path = write(folder / "line.txt", size)
                _case(name, path, folder / "out.jsonl", args.gazetteer, args.jobs, extra)
                path.unlink()


if __name__ == "__main__":
    main()
