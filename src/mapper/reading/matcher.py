"""The gazetteer's names, matched: the automaton and the cached look-ups behind :mod:`mapper.reading.mentions`.

The first step of finding mentions. :class:`_Matcher` holds one Aho-Corasick automaton for a
gazetteer, built once from all its name keys (less those too short or too common as English
words) and the forms of places in Russia and Belarus that :mod:`mapper.reading.foreign` curates,
and caches what each name could be: exact candidates, fuzzy ones (rapidfuzz, among the keys that
share the name's first two letters), a region form preferred, and the kind of place they are.
:mod:`mapper.reading.mentions` keeps one matcher per gazetteer, scans the report with its
automaton and asks it about each name it keeps; it passes the matcher on to
:mod:`mapper.reading.mention_rules`, and to :mod:`mapper.reading.context` and
:mod:`mapper.reading.foreign` as their ``CandidateSource``.
"""

from __future__ import annotations

import re
from collections.abc import Iterable
from functools import lru_cache
from typing import TYPE_CHECKING

from mapper.gazetteer._index import may_be_named
from mapper.gazetteer._tables import facilities
from mapper.gazetteer.names import fold
from mapper.model import Candidate, Place
from mapper.reading.airfields import airfields
from mapper.reading.communities import all_communities, communities

if TYPE_CHECKING:
    from mapper.gazetteer import Gazetteer

__all__ = ["FUZZY_CUTOFF"]

FUZZY_CUTOFF = 85.0
"""Lowest rapidfuzz ratio (0-100) for a name the gazetteer does not hold in any spelling."""

# Folded keys too common as English words (or too short) to trust without context.
_COMMON = frozenset(
    """
    may march june july august april art bank border centre center city church college column crimean
    day dear division east eastern field forest front general grand green hall heart home hope island
    lake liberty little long lower main mark may new north northern ocean park peace pioneer progress
    railway red river rock rose sea south southern spring star state station summer sun sunny upper valley
    victory west western white winter glory friendship unity union october november president star lenin
    armenia azerbaijan russia ukraine georgia america moscow europe london paris berlin prague cambridge
    guardian oryx forbes post times reuters telegram facebook himars grad
    bred grade never vile vole maria natalia sofia
    """.split()
)
_MIN_KEY = 4

_WORD_CHAR = re.compile(r"\w")


class _Matcher:
    """The Aho-Corasick automaton over a gazetteer's name keys and the ``foreign`` forms
    (:func:`mapper.reading.foreign.foreign_keys`), with a per-key candidate cache."""

    def __init__(self, gazetteer: Gazetteer, foreign: Iterable[str]) -> None:
        import ahocorasick

        self.gazetteer = gazetteer
        automaton = ahocorasick.Automaton(ahocorasick.STORE_LENGTH)
        for key in gazetteer.name_keys(places_only=True):
            if len(key) >= _MIN_KEY and key not in _COMMON and _WORD_CHAR.match(key):
                automaton.add_word(f" {key}")  # a leading space: matches start at a word
        for key in foreign:  # curated: short ("Ufa") and common ("Moscow") forms too
            automaton.add_word(f" {key}")
        automaton.make_automaton()
        self.automaton = automaton
        self._candidates: dict[str, tuple[Candidate, ...]] = {}
        self._buckets: dict[str, list[str]] | None = None
        self._classified: dict[str, tuple[tuple[Candidate, ...], str]] = {}
        self._communities: tuple[tuple[str, Place], ...] | None = None  # and on the first "hromada"

    def lookup(self, name: str) -> tuple[Candidate, ...]:
        """Places ``name`` could be, fuzzy matching included (cached)."""
        key = "\x00" + name
        found = self._candidates.get(key)
        if found is None:
            found = tuple(c for c in self.gazetteer.lookup(name, fuzzy=False) if _is_place(c))
            if not found:
                found = tuple(c for c in self._fuzzy(fold(name)) if _is_place(c))
            self._candidates[key] = found
        return found

    def _fuzzy(self, key: str) -> list[Candidate]:
        """Fuzzy candidates among the name keys that share the name's first two letters.

        The gazetteer's own fuzzy search scans every key (tens of ms a name); a
        report of many unknown names needs this narrower, faster search.
        """
        from rapidfuzz import fuzz, process

        if not key:
            return []
        if self._buckets is None:
            buckets: dict[str, list[str]] = {}
            for name_key in self.gazetteer.name_keys():
                buckets.setdefault(name_key[:2], []).append(name_key)
            self._buckets = buckets
        found = process.extract(key, self._buckets.get(key[:2], ()), scorer=fuzz.ratio, score_cutoff=FUZZY_CUTOFF,
                                limit=10)  # fmt: skip
        out: list[Candidate] = []
        seen: set[int] = set()
        for matched, score, _ in found:
            for geonameid in self.gazetteer.ids_for_key(matched):
                if geonameid not in seen:
                    seen.add(geonameid)
                    out.append(Candidate(self.gazetteer.get(geonameid), matched, "fuzzy", float(score)))
        return out

    def classified(self, name: str) -> tuple[tuple[Candidate, ...], str]:
        """The candidates of :meth:`candidates`, a region form preferred ("Kharkivshchyna" is the
        oblast, not the village of that name), and what kind of place they are (cached)."""
        found = self._classified.get(name)
        if found is None:
            candidates = self.candidates(name)
            regions = tuple(c for c in candidates if c.how == "curated" and c.place.is_region)
            candidates = regions or candidates
            found = self._classified[name] = (candidates, _kind_of(candidates))
        return found

    def airfields(self, name: str) -> tuple[Candidate, ...]:
        """The airfields ``name`` stands for before "air base", "airfield" (see :mod:`mapper.reading.airfields`)."""
        return airfields(self.gazetteer, name)

    def communities(self, places: tuple[Candidate, ...]) -> tuple[Candidate, ...]:
        """The territorial communities named after ``places`` before "hromada" (see :mod:`mapper.reading.communities`)."""
        if self._communities is None:
            self._communities = all_communities(self.gazetteer)
        return communities(self._communities, places)

    def names_a_river(self, name: str) -> bool:
        """Whether ``name`` is also the name of a stream (GeoNames class H: the Dnipro, the Irpin; or the
        Siverskyi Donets, which the Ukrainian dump does not list: "a town on the Donets")."""
        return fold(name) in _RIVERS_THE_DUMP_LACKS or any(
            c.place.feature_class == "H" for c in self.gazetteer.lookup(name, fuzzy=False)
        )

    def candidates(self, name: str) -> tuple[Candidate, ...]:
        """Places (populated places, oblasts, raions, facilities) ``name`` could be, no fuzzy matching."""
        found = self._candidates.get(name)
        if found is None:
            found = tuple(c for c in self.gazetteer.lookup(name, fuzzy=False) if _is_place(c))
            strict = tuple(c for c in found if c.how != "phonetic")
            if strict and len(strict) < len(found) and all(
                c.place.feature_code == "PPL" and c.place.population < _VILLAGE_POPULATION for c in strict
            ):
                # a community's seat GeoNames misspells ("Velykomikhailivka") is as much the name's as the village
                # that spells it right: the text's geography decides between them
                strict += tuple(c for c in found if c.how == "phonetic" and c.place.feature_code in _SEATS)
            found = strict or found
            if any(c.place.feature_code == "ADM2H" for c in found) and any(c.place.feature_code != "ADM2H" for c in found):
                found = tuple(c for c in found if c.place.feature_code != "ADM2H")  # an abolished raion only where nothing else bears the name
            self._candidates[name] = found
        return found


_SEATS = frozenset({"PPLA", "PPLA2", "PPLA3"})
"""GeoNames codes of the seats of oblasts, raions and communities."""
_VILLAGE_POPULATION = 5_000
"""A place smaller than this that spells a name right is a village: a seat GeoNames misspells is as likely."""
_RIVERS_THE_DUMP_LACKS = frozenset({"donets", "siverskyi donets", "sieverskyi donets", "seversky donets", "severskiy donets"})
"""The Siverskyi Donets (Russian Severskiy Donets), the river of Izium, Sviatohirsk and Lysychansk: GeoNames files it
under Russia, where it rises, and its Ukrainian dump has no stream of the name."""


def _is_place(candidate: Candidate) -> bool:
    place = candidate.place
    # the index's rule, and any facility of the curated table (under any of its names)
    return (
        may_be_named(place.feature_class, place.feature_code)
        or (place.feature_code in _LANDFORMS and candidate.matched.count(" ") > 0)  # "the Kinburn Spit"
        or place.geonameid in _curated_facilities()
        or (place.feature_class == "S" and candidate.how == "curated")
    )


_LANDFORMS = frozenset({"SPIT", "ISL", "ISLS"})
"""GeoNames codes of landforms a report names as places, by a name of two words or more: the Kinburn Spit, Karantynnyi
Island, held and raided as a village is (GeoNames files them as terrain, class T)."""


@lru_cache(maxsize=1)
def _curated_facilities() -> frozenset[int]:
    return frozenset(facility.geonameid for facility in facilities())


def _kind_of(candidates: tuple[Candidate, ...]) -> str:
    if candidates and all(c.place.is_region for c in candidates):
        return "region"
    if candidates and all(c.place.is_raion for c in candidates):
        return "raion"
    if candidates and all(c.place.feature_class == "S" for c in candidates):
        return "facility"
    return "settlement"
