"""How long ``mapper site`` takes on many one-line reports, and how big the site is.

    .venv/bin/python benchmarks/bench_site.py [--reports 2400] [--keep FOLDER]

One-line caption reports ("Shelling of Kupiansk.", "Residents return to
liberated Izium.") are made at run time from real town names of the built-in
gazetteer, each a Markdown file with a front-matter date, statuses varied and
some captions with no status at all (a place named, nothing reported of it), as
a photo desk's captions are. Nothing is copied into the repository: the reports
and the site go to a temporary folder (``--keep`` writes the site there instead).

Prints the time of the whole ``mapper site REPORTS -o SITE -q`` command (a new
process: start-up, gazetteer, extraction and pages), then, in this process, the
time of :func:`mapper.publishing.site.write_site` alone on the events the
extraction gave; the size of the site folder, its number of pages and the
largest page. The targets of issue 10: 2,400 reports in at most 30 s and 20 MB.
"""

from __future__ import annotations

import argparse
import datetime as dt
import random
import subprocess
import sys
import tempfile
import time
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]
TARGET_SECONDS = 30.0
TARGET_MB = 20.0

CAPTIONS = (
    ("attacked", "Shelling of {}."),
    ("attacked", "Aftermath of a missile strike on {}."),
    ("attacked", "Russian drones hit {} overnight."),
    ("liberated", "Residents return to liberated {}."),
    ("liberated", "Ukrainian forces liberated {}."),
    ("occupied", "Russian troops occupied {}."),
    (None, "A market in {}."),
    (None, "Evening in {}."),
    (None, "Volunteers from {} load a van."),
)
"""Caption templates, with the status each means to report (``None``: none)."""


def caption_reports(count: int, folder: Path, seed: int = 0) -> list[Path]:
    """Write ``count`` one-line Markdown reports into ``folder``; return their paths.

    Parameters
    ----------
    count
        How many reports.
    folder
        Where to write them (``caption-0001.md`` ...).
    seed
        For the choice of towns, captions and dates.

    Returns
    -------
    list of Path
        The files written, in order.
    """
    from mapper.gazetteer import load_gazetteer

    rng = random.Random(seed)
    towns = sorted(
        (p for p in load_gazetteer().places() if p.feature_class == "P" and p.population >= 2000),
        key=lambda p: p.geonameid,
    )
    first = dt.date(2022, 2, 24)
    paths = []
    for number in range(1, count + 1):
        town = rng.choice(towns)
        _, template = rng.choice(CAPTIONS)
        date = first + dt.timedelta(days=rng.randrange(400))
        path = folder / f"caption-{number:04d}.md"
        path.write_text(f"---\ndate: {date.isoformat()}\nsource: Photo desk\n---\n"
                        f"{template.format(town.name_display)}\n", encoding="utf-8")
        paths.append(path)
    return paths


def _size(folder: Path) -> tuple[int, int, int]:
    """Total bytes of ``folder``, its number of HTML pages, the size of its largest page."""
    files = [p for p in folder.rglob("*") if p.is_file()]
    pages = [p for p in files if p.suffix == ".html"]
    return sum(p.stat().st_size for p in files), len(pages), max((p.stat().st_size for p in pages), default=0)


def _command(reports: Path, site: Path) -> float:
    started = time.perf_counter()
    mapper = ROOT / ".venv" / "bin" / "mapper"
    command = [str(mapper) if mapper.exists() else "mapper", "site", str(reports), "-o", str(site), "-q"]
    done = subprocess.run(command, capture_output=True, text=True, check=False)
    if done.returncode not in (0, 3):
        sys.exit(f"mapper site failed ({done.returncode}): {done.stderr.strip()}")
    return time.perf_counter() - started


def _write_site_alone(reports: Path, site: Path) -> tuple[float, float, int, int]:
    """Seconds of extraction and of write_site alone, in this process; events shown; reports with one."""
    from mapper.cli._publish import outlines_for, shown
    from mapper.gazetteer import load_gazetteer
    from mapper.pipeline import extract_reports
    from mapper.publishing.site import write_site
    from mapper.reports import read_reports

    gazetteer = load_gazetteer()
    started = time.perf_counter()
    read = read_reports([reports]).reports
    events = shown(list(extract_reports(read, gazetteer, all_mentions=True)), False)
    extracted = time.perf_counter() - started
    outlines = outlines_for(None, gazetteer)
    started = time.perf_counter()
    write_site(events, read, site, outlines=outlines, labels=gazetteer.regions())
    written = time.perf_counter() - started
    return extracted, written, len(events), len({e.report.id for e in events})


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    parser.add_argument("--reports", type=int, default=2400, help="how many one-line reports")
    parser.add_argument("--keep", type=Path, help="write the site here and keep it")
    args = parser.parse_args()
    with tempfile.TemporaryDirectory(prefix="mapper-bench-site-") as temp:
        reports = Path(temp) / "reports"
        reports.mkdir()
        caption_reports(args.reports, reports)
        site = args.keep or Path(temp) / "site"
        seconds = _command(reports, site)
        total, pages, largest = _size(site)
        extracted, written, events, with_events = _write_site_alone(reports, Path(temp) / "site-2")
    megabytes = total / 1e6
    print(f"{args.reports} one-line reports: {with_events} with an event shown ({events} events)")
    print(f"mapper site, whole command:   {seconds:6.1f} s   (target <= {TARGET_SECONDS:.0f} s)"
          f"{'' if seconds <= TARGET_SECONDS else '  OVER'}")
    print(f"  in process: extraction      {extracted:6.1f} s")
    print(f"  in process: write_site      {written:6.1f} s")
    print(f"site size:                    {megabytes:6.1f} MB  (target <= {TARGET_MB:.0f} MB)"
          f"{'' if megabytes <= TARGET_MB else '  OVER'}")
    print(f"pages: {pages}, the largest {largest / 1e3:.0f} kB")


if __name__ == "__main__":
    main()
