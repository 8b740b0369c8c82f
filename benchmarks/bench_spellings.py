"""How many press spellings of Ukraine's settlements the gazetteer finds directly (issue 8's figure).

Run from the project root, with the full GeoNames dump and two transliteration packages that
are not dependencies of mapper (they are the independent judges here)::

    .venv/bin/pip install translitua iuliia
    .venv/bin/python benchmarks/bench_spellings.py [path/to/UA.txt] [--failures N]

For every populated place of the dump, spellings are made the way the press makes them, by
transliteration systems mapper does not use (the ``translitua`` and ``iuliia`` packages):

- from its Ukrainian name (the Cyrillic alternate name GeoNames gives it): KMU 2010, BGN/PCGN
  1965, the British standard, and ALA-LC without its diacritics; with the apostrophes and primes
  dropped as most newsrooms drop them ("Kup'yans'k" -> "Kupyansk");
- from each of its Russian names, where GeoNames has one (a Cyrillic alternate name without the
  letters only Ukrainian has: "Зелёный Гай", "Артёмовск"): Wikipedia's system, BGN/PCGN, Yandex
  Maps, the Moscow metro's, the passport system (ICAO Doc 9303) and ALA-LC without diacritics.

Each spelling is looked up as mapper looks a name up (:meth:`Gazetteer.lookup`), and counted as
found *directly* when the place is among the candidates of a tier above the phonetic key
(exact, folded, transliterated, curated or Russian), *phonetically*, *fuzzily* (only when nothing
else matched), or not at all. The figure the issue asks for is the share found directly (bar
95%). GeoNames is the only source of names: no report text is used.
"""

from __future__ import annotations

import argparse
import os
import random
import re
import sys
import time
import unicodedata
from collections import Counter, defaultdict
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]
DIRECT = {"exact", "folded", "transliterated", "curated", "russian"}
UKRAINIAN_ONLY = re.compile("[іїєґІЇЄҐ]")
RUSSIAN_ONLY = re.compile("[ыэёъЫЭЁЪ]")
CYRILLIC = re.compile("[А-яЁёІіЇїЄєҐґ]")
BAR = 0.95


def _plain(text: str) -> str:
    """Diacritics, ties and primes dropped, as a newsroom's style sheet drops them."""
    text = unicodedata.normalize("NFKD", text)
    text = "".join(c for c in text if not unicodedata.combining(c))
    return re.sub("[’'ʹʺ”\"·]", "", text)


def _systems():
    try:
        import iuliia
        import translitua
    except ImportError:
        sys.exit("this benchmark needs translitua and iuliia: .venv/bin/pip install translitua iuliia")
    ukrainian = {
        "uk KMU 2010": translitua.UkrainianKMU,
        "uk BGN/PCGN": translitua.UkrainianBGN,
        "uk British": translitua.UkrainianBritish,
        "uk ALA-LC": translitua.UkrainianALALC,
    }
    russian = {
        "ru Wikipedia": iuliia.WIKIPEDIA,
        "ru BGN/PCGN": iuliia.BGN_PCGN,
        "ru Yandex Maps": iuliia.YANDEX_MAPS,
        "ru Moscow metro": iuliia.MOSMETRO,
        "ru ICAO 9303": iuliia.ICAO_DOC_9303,
        "ru ALA-LC": iuliia.ALA_LC,
    }
    uk = {name: (lambda text, table=table: translitua.translit(text, table)) for name, table in ukrainian.items()}
    ru = {name: schema.translate for name, schema in russian.items()}
    return uk, ru


def _settlements(dump: Path):
    """(geonameid, name, Ukrainian name, Russian names) of every populated place of the dump."""
    with dump.open(encoding="utf-8") as rows:
        for row in rows:
            fields = row.rstrip("\n").split("\t")
            if len(fields) < 15 or fields[6] != "P":
                continue
            cyrillic = [n for n in fields[3].split(",") if CYRILLIC.search(n)]
            ukrainian = [n for n in cyrillic if not RUSSIAN_ONLY.search(n)]
            uk = next((n for n in ukrainian if UKRAINIAN_ONLY.search(n)), ukrainian[0] if ukrainian else None)
            russian = [n for n in cyrillic if n != uk and not UKRAINIAN_ONLY.search(n)]
            yield int(fields[0]), fields[1], uk, russian


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    default = Path(os.environ.get("MAPPER_SHARED", ROOT.parent / "shared")) / "gazetteer" / "UA.txt"
    parser.add_argument("dump", nargs="?", type=Path, default=default)
    parser.add_argument("--failures", type=int, default=8, help="show this many missed spellings per system")
    args = parser.parse_args()
    uk_systems, ru_systems = _systems()

    from mapper.gazetteer import load_gazetteer

    gazetteer = load_gazetteer(args.dump)
    tally: dict[str, Counter] = defaultdict(Counter)
    missed: dict[str, list[str]] = defaultdict(list)
    started = time.perf_counter()
    lookups = 0
    for geonameid, name, uk, russian in _settlements(args.dump):
        spellings: dict[str, str] = {}
        for system, convert in uk_systems.items():
            if uk is not None:
                spellings.setdefault(_plain(convert(uk)), system)
        for ru in russian:
            for system, convert in ru_systems.items():
                spellings.setdefault(_plain(convert(ru)), system)
        for spelling, system in spellings.items():
            if CYRILLIC.search(spelling):
                continue  # a letter the system leaves untransliterated (iuliia's BGN/PCGN keeps "ё")
            lookups += 1
            found = _how_found(gazetteer, spelling, geonameid)
            tally[system][found] += 1
            tally["all"][found] += 1
            if found != "directly":
                missed[system].append(f"{spelling} ({name}, {geonameid}): {found}")
    seconds = time.perf_counter() - started

    print(f"gazetteer: {gazetteer.source}; {lookups:,} spellings looked up in {seconds:.1f} s")
    print(f"{'system':<18} {'spellings':>9} {'directly':>9} {'phonetic':>9} {'fuzzy':>7} {'not found':>9}")
    for system in [*uk_systems, *ru_systems, "all"]:
        counts = tally[system]
        total = sum(counts.values()) or 1
        print(f"{system:<18} {total:>9,} " + " ".join(
            f"{counts[k] / total:>{w}.1%}" for k, w in (("directly", 9), ("phonetic", 9), ("fuzzy", 7), ("not found", 9))))
    share = tally["all"]["directly"] / max(1, sum(tally["all"].values()))
    print(f"found directly: {share:.1%} (bar {BAR:.0%})")
    rng = random.Random(0)
    for system, rows in missed.items():
        print(f"\n{system}: {len(rows)} not found directly, e.g.")
        for row in rng.sample(rows, min(args.failures, len(rows))):
            print(f"  {row}")


def _how_found(gazetteer, spelling: str, geonameid: int) -> str:
    for candidate in gazetteer.lookup(spelling, fuzzy=False):
        if candidate.place.geonameid == geonameid:
            return "directly" if candidate.how in DIRECT else "phonetic"
    if any(c.place.geonameid == geonameid for c in gazetteer.lookup(spelling, fuzzy=True)):
        return "fuzzy"
    return "not found"


if __name__ == "__main__":
    main()
