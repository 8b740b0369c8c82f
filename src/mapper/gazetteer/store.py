"""The local gazetteer: which places could this name be?

>>> gaz = load_gazetteer()                       # doctest: +SKIP
>>> [c.place.geonameid for c in gaz.lookup("Kupyansk")]   # doctest: +SKIP
[703656]

:func:`load_gazetteer` finds a gazetteer (an explicit path, ``$MAPPER_GAZETTEER``,
the dump imported with ``mapper gazetteer import``, else the built-in one),
builds its index once per file content and caches it (:mod:`mapper.gazetteer._cache`).
:meth:`Gazetteer.lookup` returns every candidate, strictest match first:
folded name → transliterated form → curated form → Russian-language form → phonetic key, and fuzzy
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

from mapper._types import MatchKind
from mapper.errors import GazetteerError, GazetteerFormatError, OutputError
from mapper.gazetteer._cache import (
    cache_path,
    file_digest,
    read_index,
    read_settings,
    write_index,
    write_settings,
)
from mapper.gazetteer._index import parse_row
from mapper.gazetteer.names import fold, phonetic_key
from mapper.model import Candidate, Place

__all__ = ["Gazetteer", "load_gazetteer", "import_gazetteer", "index_dump"]

log = logging.getLogger(__name__)

FUZZY_CUTOFF = 83.0
"""Lowest rapidfuzz score (0-100) a fuzzy candidate needs."""

FUZZY_MIN_LENGTH = 4
"""Shorter names are never matched fuzzily (one letter off is another word)."""

_MEMO_SIZE = 200_000
"""Lookups remembered per gazetteer (a report names the same places again and again)."""

_KINDS: tuple[tuple[str, MatchKind], ...] = (
    ("folded", "folded"), ("translit", "transliterated"), ("curated", "curated"), ("russian", "russian"),
)  # fmt: skip
_GENERATED = ("translit", "curated", "russian")  # the tables of forms GeoNames does not list


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

    __slots__ = ("source", "cache", "load_seconds", "_ids", "_rows", "_places", "_index", "_row_of", "_choices",
                 "_memo")  # fmt: skip

    def __init__(self, index: dict[str, Any], *, cache: Path | None = None, load_seconds: float = 0.0) -> None:
        self.source: str = index["source"]
        self.cache = cache
        self.load_seconds = load_seconds
        self._index = index
        self._ids: list[int] = index["ids"]
        self._rows: list[str] = index["rows"].split("\n")
        self._places: dict[int, Place] = {}
        self._row_of: dict[int, int] = dict(zip(self._ids, range(len(self._ids))))
        self._choices: list[str] | None = None
        self._memo: dict[tuple[str, bool], tuple[Candidate, ...]] = {}

    def __len__(self) -> int:
        return len(self._ids)

    def __repr__(self) -> str:
        return f"<Gazetteer {self.source!r}: {len(self)} places>"

    def _place(self, geonameid: int) -> Place:
        place = self._places.get(geonameid)
        if place is None:
            place = self._places[geonameid] = parse_row(self._rows[self._row_of[geonameid]])
        return place

    def places(self) -> Iterable[Place]:
        """Every place, most important first (populated places, then by population)."""
        return (self._place(geonameid) for geonameid in self._ids)

    def get(self, geonameid: int) -> Place:
        """The place with this GeoNames id.

        Raises
        ------
        GazetteerError
            If the gazetteer has no such place.
        """
        try:
            return self._place(int(geonameid))
        except (KeyError, ValueError, TypeError):
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
            ``curated`` (a region, raion or facility form), ``russian`` (a
            Russian-language form derived from its Ukrainian name, or a press
            spelling of its Russian name: "Sergeevka", "Mirnoe"), ``phonetic``, and
            only if none of those: ``fuzzy`` with its score. ``exact`` and
            ``folded`` are one tier. Within a tier, living populated places
            come first, then divisions, then other features; then the larger
            population, counted double where the name is the place's own
            (its GeoNames name or the KMU 2010 form of its Ukrainian name)
            rather than one of its alternate names: "Sloviansk" is Sloviansk
            before Nikopol (once called so), "Gorlovka" is Horlivka before a
            hamlet of that name.
        """
        hit = self._memo.get((name, fuzzy))
        if hit is None:
            if len(self._memo) >= _MEMO_SIZE:
                self._memo.clear()
            hit = self._memo[(name, fuzzy)] = self._lookup(name, fuzzy)
        return list(hit[:limit] if limit is not None else hit)

    def _lookup(self, name: str, fuzzy: bool) -> tuple[Candidate, ...]:
        key = fold(name)
        if not key:
            return ()
        out: list[Candidate] = []
        seen: set[int] = set()
        index = self._index
        for table, how in _KINDS:
            rows = index[table].get(key)
            if rows is None:
                continue
            for gid in (rows,) if type(rows) is int else rows:
                if gid in seen:
                    continue
                seen.add(gid)
                place = self._place(gid)
                exact = how == "folded" and (name == place.name or name == place.name_uk)
                out.append(Candidate(place, key, "exact" if exact else how))
        sound = phonetic_key(key)
        rows = index["phonetic"].get(sound, ())
        for gid in (rows,) if type(rows) is int else rows:
            if gid not in seen:
                seen.add(gid)
                out.append(Candidate(self._place(gid), sound, "phonetic"))
        if not out and fuzzy and len(key) >= FUZZY_MIN_LENGTH:
            out = self._fuzzy(key)
        return tuple(out)

    def _fuzzy(self, key: str) -> list[Candidate]:
        from rapidfuzz import fuzz, process

        if self._choices is None:
            self._choices = sorted(self.name_keys())
        found = process.extract(key, self._choices, scorer=fuzz.ratio, score_cutoff=FUZZY_CUTOFF, limit=20)
        out: list[Candidate] = []
        seen: set[int] = set()
        for matched, score, _ in found:
            for gid in self.ids_for_key(matched):
                if gid not in seen:
                    seen.add(gid)
                    out.append(Candidate(self._place(gid), matched, "fuzzy", float(score)))
        # Best score first; among equal scores, populated places, then the larger.
        out.sort(key=lambda c: (-c.score, c.place.feature_class != "P", -c.place.population))
        return out

    def name_keys(self, *, places_only: bool = False) -> Iterable[str]:
        """Every folded name form in the index (GeoNames, transliterated, curated, Russian); with
        ``places_only``, less the one-word names of nothing a report names as a place (a
        country, a river, a hotel: see :func:`mapper.gazetteer._index.may_be_named`)."""
        index = self._index
        keys = {*index["folded"], *index["translit"], *index["curated"], *index["russian"]}
        return keys.difference(index.get("unnamed", ())) if places_only else keys

    def ids_for_key(self, folded: str) -> tuple[int, ...]:
        """The geonameids a folded name form stands for (no phonetic or fuzzy matching)."""
        index = self._index
        found = index["folded"].get(folded, ())
        others = [ids for ids in (index[table].get(folded) for table in _GENERATED) if ids is not None]
        if not others:
            return (found,) if type(found) is int else found
        merged = [found, *others]
        return tuple(dict.fromkeys(gid for ids in merged for gid in ((ids,) if type(ids) is int else ids)))

    def region(self, admin1_code: str) -> Place | None:
        """The first-order division (ADM1) with this admin1 code, if any."""
        row = self._index["admin1"].get(admin1_code)
        return self._place(self._ids[row]) if row is not None else None

    def regions(self) -> list[Place]:
        """Every first-order division, in admin1-code order."""
        admin1 = self._index["admin1"]
        return [self._place(self._ids[admin1[code]]) for code in sorted(admin1)]

    def raion(self, admin1_code: str, admin2_code: str) -> Place | None:
        """The second-order division (ADM2) with these codes, if any."""
        row = self._index["admin2"].get(f"{admin1_code}.{admin2_code}")
        return self._place(self._ids[row]) if row is not None else None


def index_dump(path: str | os.PathLike[str]) -> tuple[dict[str, Any], Path | None]:
    """Index a GeoNames dump, through the content-keyed cache.

    Returns
    -------
    tuple of (dict, Path or None)
        The index and its cache file; ``None`` when it could not be cached (a read-only or
        missing cache folder: the index is used from memory, with one warning).

    Raises
    ------
    GazetteerFormatError
        If the dump cannot be read (nothing is cached then).
    """
    from mapper.gazetteer._index import build_index
    from mapper.gazetteer._tables import tables_digest
    from mapper.gazetteer.geonames import read_dump

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
        if not write_index(cached, index):
            cached = None
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
    try:
        write_settings({"gazetteer": index["source"], "index": str(cached) if cached else None})
    except OSError as exc:
        raise OutputError(f"cannot save the settings that make '{path}' the default gazetteer: "
                          f"{exc.strerror or exc}") from exc  # fmt: skip
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
        dump, recorded = settings.get("gazetteer"), settings.get("index")
        if dump and Path(dump).is_file():
            # Through the content-keyed cache: a changed dump or newer curated
            # tables get a fresh index; an unchanged one loads from the cache.
            index, cached = index_dump(dump)
            return Gazetteer(index, cache=cached, load_seconds=time.perf_counter() - started)
        index = read_index(Path(recorded)) if recorded else None
        if index is not None:
            index["source"] = dump or index["source"]
            return Gazetteer(index, cache=Path(recorded), load_seconds=time.perf_counter() - started)
        if dump:
            log.warning("the imported gazetteer %s and its index are gone; using the built-in one", dump)
        from mapper.gazetteer.builtin import builtin_index

        index, cached = builtin_index()
        return Gazetteer(index, cache=cached, load_seconds=time.perf_counter() - started)
    index, cached = index_dump(source)
    return Gazetteer(index, cache=cached, load_seconds=time.perf_counter() - started)
