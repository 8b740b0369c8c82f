"""The local gazetteer: which places could this name be?

>>> gaz = load_gazetteer()                       # doctest: +SKIP
>>> [c.place.geonameid for c in gaz.lookup("Kupyansk")]   # doctest: +SKIP
[703656]

:func:`load_gazetteer` finds a gazetteer (an explicit path, ``$MAPPER_GAZETTEER``,
the dump imported with ``mapper gazetteer import``, else the built-in one),
builds its index once per file content and caches it (:mod:`mapper._cache`).
:meth:`Gazetteer.lookup` returns every candidate, strictest match first:
folded name → transliterated form → curated form → phonetic key, and fuzzy
matches (with their score) only when nothing else matched.
"""

from __future__ import annotations

import hashlib
import logging
import os
import time
from collections.abc import Iterable
from pathlib import Path
from typing import Any

from mapper._cache import cache_path, file_digest, read_index, read_settings, write_index, write_settings
from mapper._types import MatchKind
from mapper.errors import GazetteerError, GazetteerFormatError
from mapper.model import Candidate, Place
from mapper.names import fold, phonetic_key

__all__ = ["Gazetteer", "load_gazetteer", "import_gazetteer", "index_dump"]

log = logging.getLogger(__name__)

FUZZY_CUTOFF = 85.0
"""Lowest rapidfuzz score (0-100) a fuzzy candidate needs."""

# Populated places first, divisions next; sections of places, historical,
# abandoned and destroyed places after the living ones.
_CLASS_RANK = {"P": 0, "A": 2, "S": 3, "L": 4, "T": 5, "H": 6, "V": 7, "R": 8, "U": 9}
_MINOR_PLACES = frozenset({"PPLX", "PPLH", "PPLQ", "PPLW", "PPLF", "PPLCH", "STLMT"})

_KINDS: tuple[tuple[str, MatchKind], ...] = (
    ("folded", "folded"), ("translit", "transliterated"), ("curated", "curated"),
)  # fmt: skip


class Gazetteer:
    """A searchable set of places, built from a GeoNames dump or the built-in data.

    Use :func:`load_gazetteer` rather than the constructor.

    Attributes
    ----------
    source
        Where the places came from (a path, or ``"built-in ..."``), for
        ``mapper gazetteer info`` and map attribution.
    cache
        The cache file the index was loaded from or written to, if any.
    load_seconds
        How long loading (or building) took.
    """

    __slots__ = ("source", "cache", "load_seconds", "_rows", "_places", "_index", "_by_id", "_choices")

    def __init__(self, index: dict[str, Any], *, cache: Path | None = None, load_seconds: float = 0.0) -> None:
        self.source: str = index["source"]
        self.cache = cache
        self.load_seconds = load_seconds
        self._index = index
        self._rows: list[tuple[Any, ...]] = index["rows"]
        self._places: list[Place | None] = [None] * len(self._rows)
        self._by_id: dict[int, int] | None = None
        self._choices: list[str] | None = None

    def __len__(self) -> int:
        return len(self._rows)

    def __repr__(self) -> str:
        return f"<Gazetteer {self.source!r}: {len(self)} places>"

    def _place(self, row: int) -> Place:
        place = self._places[row]
        if place is None:
            place = self._places[row] = Place(*self._rows[row])
        return place

    def places(self) -> Iterable[Place]:
        """Every place, most important first (populated places, then by population)."""
        return (self._place(i) for i in range(len(self._rows)))

    def get(self, geonameid: int) -> Place:
        """The place with this GeoNames id.

        Raises
        ------
        GazetteerError
            If the gazetteer has no such place.
        """
        if self._by_id is None:
            self._by_id = {row[0]: i for i, row in enumerate(self._rows)}
        try:
            return self._place(self._by_id[int(geonameid)])
        except (KeyError, ValueError):
            raise GazetteerError(f"no place with geonameid {geonameid!r} in {self.source}") from None

    def lookup(self, name: str, *, fuzzy: bool = True, limit: int | None = None) -> list[Candidate]:
        """Every place ``name`` could stand for, strictest match first.

        Parameters
        ----------
        name
            A place name in any spelling (Latin or Cyrillic).
        fuzzy
            Try rapidfuzz when nothing else matched.
        limit
            Return at most this many candidates.

        Returns
        -------
        list of Candidate
            Each place once, with its strictest match: ``exact`` (the GeoNames
            or Ukrainian name as given), ``folded``, ``transliterated``,
            ``curated`` (a region, raion or facility form), ``phonetic``, and
            only if none of those: ``fuzzy`` with its score. ``exact`` and
            ``folded`` are one tier. Within a tier, living populated places
            come first, then divisions, then other features; then the larger
            population, counted double where the name is the place's own
            (its GeoNames name or the KMU 2010 form of its Ukrainian name)
            rather than one of its alternate names: "Sloviansk" is Sloviansk
            before Nikopol (once called so), "Gorlovka" is Horlivka before a
            hamlet of that name.
        """
        key = fold(name)
        if not key:
            return []
        out: list[Candidate] = []
        seen: set[int] = set()
        index = self._index
        primary = index["primary"].get(key, ())
        for table, how in _KINDS:
            rows = [row for row in index[table].get(key, ()) if row not in seen]
            if len(rows) > 1:
                rows.sort(key=lambda row: self._order(row, row in primary))
            for row in rows:
                seen.add(row)
                place = self._place(row)
                exact = how == "folded" and (name == place.name or name == place.name_uk)
                out.append(Candidate(place, key, "exact" if exact else how))
        sound = phonetic_key(key)
        for row in index["phonetic"].get(sound, ()):
            if row not in seen:
                seen.add(row)
                out.append(Candidate(self._place(row), sound, "phonetic"))
        if not out and fuzzy:
            out = self._fuzzy(key, limit)
        return out[:limit] if limit is not None else out

    def _order(self, row: int, primary: bool) -> tuple[int, int, bool, int]:
        """Namesakes' order: kind of feature, then size (doubled for a place's own name)."""
        values = self._rows[row]
        feature_class, feature_code, population = values[4], values[5], values[11]
        rank = _CLASS_RANK.get(feature_class, 9)
        if feature_class == "P" and feature_code in _MINOR_PLACES:
            rank += 1
        return (rank, -population * (2 if primary else 1), not primary, row)

    def _fuzzy(self, key: str, limit: int | None) -> list[Candidate]:
        from rapidfuzz import fuzz, process

        if self._choices is None:
            self._choices = list(self._index["folded"]) + list(self._index["translit"])
        found = process.extract(key, self._choices, scorer=fuzz.ratio, score_cutoff=FUZZY_CUTOFF,
                                limit=max(limit or 10, 10))  # fmt: skip
        out: list[Candidate] = []
        seen: set[int] = set()
        for matched, score, _ in found:
            rows = self._index["folded"].get(matched) or self._index["translit"].get(matched, ())
            for row in rows:
                if row not in seen:
                    seen.add(row)
                    out.append(Candidate(self._place(row), matched, "fuzzy", float(score)))
        return out

    def name_keys(self) -> Iterable[str]:
        """Every folded name form in the index (GeoNames, transliterated, curated)."""
        index = self._index
        return {*index["folded"], *index["translit"], *index["curated"]}

    def ids_for_key(self, folded: str) -> tuple[int, ...]:
        """The geonameids a folded name form stands for (no phonetic or fuzzy matching)."""
        rows: list[int] = []
        for table, _ in _KINDS:
            for row in self._index[table].get(folded, ()):
                if row not in rows:
                    rows.append(row)
        return tuple(self._rows[row][0] for row in rows)

    def region(self, admin1_code: str) -> Place | None:
        """The first-order division (ADM1) with this admin1 code, if any."""
        row = self._index["admin1"].get(admin1_code)
        return self._place(row) if row is not None else None

    def regions(self) -> list[Place]:
        """Every first-order division, in admin1-code order."""
        admin1 = self._index["admin1"]
        return [self._place(admin1[code]) for code in sorted(admin1)]

    def raion(self, admin1_code: str, admin2_code: str) -> Place | None:
        """The second-order division (ADM2) with these codes, if any."""
        row = self._index["admin2"].get(f"{admin1_code}.{admin2_code}")
        return self._place(row) if row is not None else None


def index_dump(path: str | os.PathLike[str]) -> tuple[dict[str, Any], Path]:
    """Index a GeoNames dump, through the content-keyed cache.

    Returns
    -------
    tuple of (dict, Path)
        The index and its cache file.

    Raises
    ------
    GazetteerFormatError
        If the dump cannot be read (nothing is cached then).
    """
    from mapper._index import build_index
    from mapper._tables import tables_digest
    from mapper.geonames import read_dump

    path = Path(path)
    if not path.is_file():
        raise GazetteerFormatError("no such gazetteer file (expected a GeoNames .txt or .zip dump)", path=str(path))
    # Keyed by the dump's content and the curated tables' (their forms are indexed too).
    cached = cache_path(hashlib.sha256(f"{file_digest(path)}:{tables_digest()}".encode()).hexdigest())
    source = str(path.resolve())
    index = read_index(cached)
    if index is None:
        log.info("indexing %s into %s", path, cached)
        index = build_index(read_dump(path), source=source)
        write_index(cached, index)
    index["source"] = source  # the same content may sit at another path
    return index, cached


def import_gazetteer(path: str | os.PathLike[str]) -> Gazetteer:
    """Index a dump and make it the default gazetteer (``mapper gazetteer import``).

    Raises
    ------
    GazetteerFormatError
        If the dump cannot be read; the previous default is kept then.
    """
    started = time.perf_counter()
    index, cached = index_dump(path)
    write_settings({"gazetteer": index["source"], "index": str(cached)})
    return Gazetteer(index, cache=cached, load_seconds=time.perf_counter() - started)


def load_gazetteer(source: str | os.PathLike[str] | None = None) -> Gazetteer:
    """Load a gazetteer.

    Parameters
    ----------
    source
        A GeoNames dump (``.txt`` or ``.zip``). ``None`` means
        ``$MAPPER_GAZETTEER``, else the dump imported with
        ``mapper gazetteer import``, else the built-in gazetteer.

    Returns
    -------
    Gazetteer

    Raises
    ------
    GazetteerFormatError
        If the dump cannot be read.
    """
    started = time.perf_counter()
    if source is None:
        source = os.environ.get("MAPPER_GAZETTEER") or None
    if source is None:
        settings = read_settings()
        if settings.get("index"):
            cached = Path(settings["index"])
            index = read_index(cached)
            dump = settings.get("gazetteer")
            if index is None and dump and Path(dump).is_file():
                index, cached = index_dump(dump)
            if index is not None:
                index["source"] = dump or index["source"]
                return Gazetteer(index, cache=cached, load_seconds=time.perf_counter() - started)
            log.warning("the imported gazetteer %s is gone; using the built-in one", settings.get("gazetteer"))
        from mapper.builtin import builtin_index

        index, cached = builtin_index()
        return Gazetteer(index, cache=cached, load_seconds=time.perf_counter() - started)
    index, cached = index_dump(source)
    return Gazetteer(index, cache=cached, load_seconds=time.perf_counter() - started)
