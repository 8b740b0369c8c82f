"""The gazetteer's figures (issue 2): import, load, lookups per second, start-up, self-consistency.

Run from the project root::

    .venv/bin/python benchmarks/bench_gazetteer.py [path/to/UA.txt]

It uses a fresh temporary cache and config directory, so the import is timed
from scratch. Not part of the test suite.
"""

from __future__ import annotations

import os
import statistics
import subprocess
import sys
import tempfile
import time
from collections import Counter
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]



def timed(fn, *args, **kwargs):
    started = time.perf_counter()
    value = fn(*args, **kwargs)
    return value, time.perf_counter() - started


def main() -> None:
    dump = Path(sys.argv[1]) if len(sys.argv) > 1 else Path(os.environ.get("MAPPER_SHARED", ROOT.parent / "shared")) / "gazetteer" / "UA.txt"
    home = Path(tempfile.mkdtemp(prefix="mapper-bench-"))
    os.environ["MAPPER_CACHE_DIR"] = str(home / "cache")
    os.environ["MAPPER_CONFIG_DIR"] = str(home / "config")

    from mapper.gazetteer import import_gazetteer, load_gazetteer
    from mapper.gazetteer.names import fold, fold_with_offsets, phonetic_key

    gaz, seconds = timed(import_gazetteer, dump)
    print(f"import {dump.name}: {seconds:.2f} s ({len(gaz)} features; limit 10 s)")
    cache_size = gaz.cache.stat().st_size if gaz.cache else 0
    print(f"index cache: {gaz.cache} ({cache_size / 1e6:.1f} MB)")

    loads, cpu = [], []
    for _ in range(5):
        started = time.process_time()
        gaz, seconds = timed(load_gazetteer)
        cpu.append(time.process_time() - started)
        loads.append(seconds)
    print(f"load the built index: median {statistics.median(loads):.3f} s wall, best {min(loads):.3f} s; "
          f"median {statistics.median(cpu):.3f} s CPU (limit 0.3 s)")

    populated = [p for p in gaz.places() if p.feature_class == "P"]
    names = [p.name for p in populated]
    _, seconds = timed(lambda: [gaz.ids_for_key(fold(n)) for n in names])
    print(f"exact-name lookups (fold + ids_for_key): {len(names) / seconds:,.0f} per second over {len(names)} "
          "names (limit >= 200,000)")
    gaz = load_gazetteer()  # a fresh one: no place parsed, nothing memoised
    _, seconds = timed(lambda: [gaz.lookup(n, fuzzy=False) for n in names])
    print(f"lookup() with every candidate (all match kinds), fresh gazetteer: {len(names) / seconds:,.0f} per second")
    _, seconds = timed(lambda: [gaz.lookup(n, fuzzy=False) for n in names])
    print(f"  the same names again (memoised): {len(names) / seconds:,.0f} per second")

    failures = []
    for place in populated:
        if place.geonameid not in {c.place.geonameid for c in gaz.lookup(place.name, fuzzy=False)}:
            failures.append(place)
    share = 1 - len(failures) / len(populated)
    print(f"self-consistency: {len(populated) - len(failures)}/{len(populated)} populated places find themselves by name "
          f"({share:.4%}; limit >= 99.9%)")
    for place in failures:
        print(f"  failure: {place.geonameid} {place.name!r} {place.feature_code} {place.admin1}")

    # How strict is the phonetic key? Distinct folded names of populated places per key.
    by_key: dict[str, set[str]] = {}
    for name in {fold(n) for n in names}:
        by_key.setdefault(phonetic_key(name), set()).add(name)
    shared = {k: v for k, v in by_key.items() if len(v) > 1}
    distinct = sum(len(v) for v in by_key.values())
    in_shared = sum(len(v) for v in shared.values())
    print(f"phonetic key: {distinct} distinct folded names of populated places -> {len(by_key)} keys; "
          f"{in_shared} names ({in_shared / distinct:.1%}) share a key with another name, in {len(shared)} keys")
    # Spelling variants of one name share a key on purpose; a collision is two
    # different Ukrainian names (name_uk) under one key.
    uk_by_key: dict[str, set[str]] = {}
    for place in populated:
        if place.name_uk:
            uk_by_key.setdefault(phonetic_key(place.name), set()).add(fold(place.name_uk))
    clashes = {k: v for k, v in uk_by_key.items() if len(v) > 1}
    print(f"  different Ukrainian names under one key: {len(clashes)} keys of {len(uk_by_key)} "
          f"({sum(len(v) for v in clashes.values())} Ukrainian names)")
    for key, group in sorted(clashes.items(), key=lambda kv: -len(kv[1]))[:6]:
        print(f"  e.g. {key!r}: {sorted(group)}")
    sizes = Counter(len(v) for v in shared.values())
    print(f"  names per shared key: {dict(sorted(sizes.items()))}")
    for key, group in sorted(shared.items(), key=lambda kv: -len(kv[1]))[:8]:
        print(f"  e.g. {sorted(group)}")

    articles = sorted((dump.parent.parent / "eval" / "dev").glob("*.md")) or [ROOT / "README.md"]
    sample = "\n\n".join(path.read_text(encoding="utf-8") for path in articles)
    text = (sample * (10_000_000 // len(sample) + 1))[:10_000_000]  # 10 MB of press text
    seconds = min(timed(fold_with_offsets, text)[1] for _ in range(3))
    cpu = []
    for _ in range(3):
        started = time.process_time()
        fold_with_offsets(text)
        cpu.append(time.process_time() - started)
    print(f"fold_with_offsets: {len(text) / seconds / 1e6:.1f} MB of text per second wall, "
          f"{len(text) / min(cpu) / 1e6:.1f} MB/s CPU ({len(text) / 1e6:.1f} MB of press text; want >= 10)")

    env = {**os.environ}
    runs = []
    for _ in range(5):
        started = time.perf_counter()
        subprocess.run([sys.executable, "-m", "mapper", "--help"], check=True, capture_output=True, env=env)
        runs.append(time.perf_counter() - started)
    print(f"mapper --help: median {statistics.median(runs):.3f} s wall (limit 0.5 s)")

    from mapper.gazetteer.builtin import builtin_index

    (_, cached), seconds = timed(builtin_index)
    print(f"built-in gazetteer: built in {seconds:.2f} s; ", end="")
    _, seconds = timed(builtin_index)
    print(f"loaded from cache in {seconds:.3f} s")


if __name__ == "__main__":
    main()
