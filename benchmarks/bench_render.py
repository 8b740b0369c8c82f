"""How fast and how big the map page is, and how it behaves in headless Chromium.

    python benchmarks/bench_render.py [--events 10000] [--large 100000] [--no-browser]

Random events (random places in Ukraine, 100 dated reports, every status) are
made at run time. Prints, for ``--events`` and ``--large`` events: the time to
build and write map.html (folium already imported; the import time is printed
once), its size, then in headless Chromium the time from navigation to every
marker drawn, and for the large map the time of a sequence of pans and zooms
(each awaited to ``moveend``). Needs ``chromium`` and ``chromedriver`` for the
browser figures.
"""

from __future__ import annotations

import argparse
import shutil
import statistics
import sys
import tempfile
import time
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]
sys.path.insert(0, str(ROOT / "tests"))

PAN_AND_ZOOM = """
var done = arguments[arguments.length - 1], map = window.mapper.maps[0].map, steps = [
  function () { map.panBy([300, 0], {animate: false}); },
  function () { map.panBy([0, 300], {animate: false}); },
  function () { map.zoomIn(1, {animate: false}); },
  function () { map.panBy([-400, -200], {animate: false}); },
  function () { map.zoomIn(2, {animate: false}); },
  function () { map.zoomOut(3, {animate: false}); }
], i = 0, started = performance.now(), times = [];
function next() {
  if (i === steps.length) { done(times); return; }
  var t = performance.now();
  map.once("moveend", function () {
    requestAnimationFrame(function () { times.push(performance.now() - t); i += 1; next(); });
  });
  steps[i]();
}
next();
"""


def _write(count: int, folder: Path, gazetteer) -> tuple[Path, float]:
    """Write the map as ``mapper map`` does without --boundaries: approximate outlines, oblast and town names."""
    from _mapfactory import random_events

    from mapper.publishing.labels import base_labels
    from mapper.publishing.mapmaker import write_map
    from mapper.publishing.outlines import derive_outlines

    events = random_events(count)
    started = time.perf_counter()
    path = write_map(events, folder / f"map-{count}.html", title=f"{count} events", assets="inline",
                     outlines=derive_outlines(gazetteer), labels=base_labels(gazetteer))
    return path, time.perf_counter() - started


def _driver():
    from selenium import webdriver
    from selenium.webdriver.chrome.service import Service

    options = webdriver.ChromeOptions()
    options.binary_location = shutil.which("chromium") or "chromium"
    for flag in ("--headless=new", "--no-sandbox", "--disable-gpu", "--disable-quic", "--no-first-run",
                 "--disable-background-networking", "--disable-component-update", "--disable-sync",
                 "--window-size=1280,900", f"--user-data-dir={tempfile.mkdtemp(prefix='mapper-bench-')}"):
        options.add_argument(flag)
    driver = webdriver.Chrome(options=options, service=Service(shutil.which("chromedriver") or "chromedriver"))
    driver.set_script_timeout(120)
    driver.set_page_load_timeout(120)
    return driver


def _open(driver, path: Path) -> float:
    started = time.perf_counter()
    driver.get(path.resolve().as_uri())
    while not driver.execute_script("return !!(window.mapper && window.mapper.maps.length && window.mapper.maps[0].ready)"):
        time.sleep(0.01)
    return time.perf_counter() - started


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    parser.add_argument("--events", type=int, default=10_000)
    parser.add_argument("--large", type=int, default=100_000)
    parser.add_argument("--repeat", type=int, default=3)
    parser.add_argument("--no-browser", action="store_true")
    args = parser.parse_args()

    started = time.perf_counter()
    import folium  # noqa: F401

    print(f"import folium: {time.perf_counter() - started:.2f} s (once per process)")
    from mapper.gazetteer import load_gazetteer
    from mapper.publishing.outlines import build_outline_features

    gazetteer = load_gazetteer()
    started = time.perf_counter()
    build_outline_features(gazetteer)
    print(f"approximate outlines of the built-in gazetteer built in {time.perf_counter() - started:.2f} s "
          "(cached after the first map)")
    folder = Path(tempfile.mkdtemp(prefix="mapper-bench-"))
    pages = {}
    for count in (args.events, args.large):
        runs = [_write(count, folder, gazetteer) for _ in range(args.repeat)]
        path = runs[0][0]
        seconds = statistics.median(seconds for _, seconds in runs)
        pages[count] = path
        print(f"{count:>7} events: map.html written in {seconds:.2f} s (median of {args.repeat}), "
              f"{path.stat().st_size / 1e6:.2f} MB")
    if args.no_browser:
        return
    driver = _driver()
    try:
        for count, path in pages.items():
            opened = [_open(driver, path) for _ in range(args.repeat)]
            drawn = driver.execute_script("return window.mapper.maps[0].drawn")
            print(f"{count:>7} events: drawn by headless Chromium in {statistics.median(opened):.2f} s "
                  f"(median of {args.repeat}, navigation to every marker in its cluster; {drawn} markers)")
        moves = driver.execute_async_script(PAN_AND_ZOOM)
        icons = driver.execute_script("return document.querySelectorAll('.leaflet-marker-icon').length")
        print(f"{args.large:>7} events: pans and zooms took {', '.join(f'{m:.0f}' for m in moves)} ms "
              f"each (max {max(moves):.0f} ms); {icons} icons in the DOM after them")
    finally:
        driver.quit()


if __name__ == "__main__":
    main()
