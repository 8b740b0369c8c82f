"""Namesakes decided by the city a district belongs to: "the Dniprovskyi and Korabelnyi districts" of a report
on Kherson are Kherson's, though Dnipro, Zaporizhzhia and Kamianske have a Dniprovskyi district too.

Ukrainian cities share district names (Tsentralnyi, Dniprovskyi, Shevchenkivskyi, Industrialnyi), and GeoNames
holds each city's as divisions of their own (class A, ``ADM3``) or sections of the city (``PPLX``). A report names
the city first, and its districts after it; so a district's namesake that lies in a city the report has already
placed is the one meant, when only one does.
"""

from __future__ import annotations

import re
from bisect import bisect_left
from collections.abc import Sequence

from mapper.model import Candidate, Mention, Place
from mapper.reading.geography import km_apart
from mapper.reading.namesakes import Resolution, match_confidence

__all__ = ["by_city_named", "names_a_district"]

_IN_CITY_KM = 15.0
"""How far from a city's point one of its districts may lie."""
_CITY_CODES = frozenset({"PPLC", "PPLA", "PPLA2"})
_CITY_POPULATION = 50_000
_DISTRICT_CODES = frozenset({"ADM2", "ADM3", "ADM4", "PPLX"})  # (Kyiv's districts are ADM2)
_DISTRICT_AFTER = re.compile(r"\s+(?:and\s+[A-Z][\w’'-]+\s+)?(?:districts?|raions?|rayons?)\b", re.IGNORECASE)
_DISTRICT_WORDS = ("district", "districts", "raion", "rayon")


def by_city_named(mentions: Sequence[Mention], chosen: list[Resolution | None], pending: dict[int, tuple[Candidate, ...]]) -> None:
    """A city district's name takes the namesake inside the city its sentence names, else the city named last
    before it, where that city is placed and one namesake lies in it ("Kherson ... the Dniprovskyi district")."""
    cities = _Cities([(m.sentence_start, m.start, r.place) for m, r in zip(mentions, chosen, strict=True)
                      if r is not None and r.place is not None and m.kind == "settlement" and _a_city(r.place)])
    if not cities:
        return
    districts = [i for i in pending if names_a_district(mentions[i])]
    listed = set(districts)
    open_cities = {mentions[j].sentence_start for j, candidates in pending.items()
                   if j not in listed and any(_a_city(c.place) for c in candidates)}  # (a sentence whose city is open waits)
    for i in districts:
        city, own = cities.of(mentions[i])
        if city is None or (mentions[i].sentence_start in open_cities and not own):
            continue
        inside = {c.place.geonameid: c for c in pending[i]
                  if c.place.feature_code in _DISTRICT_CODES and km_apart(c.place, city) <= _IN_CITY_KM}
        if len(inside) == 1:
            found = next(iter(inside.values()))
            chosen[i] = Resolution(found.place, f"district of {city.name}", 0.9 * match_confidence(found))
            del pending[i]


class _Cities:
    """The cities a report has placed, in text order (sentence, offset, place), looked up by a district's mention."""

    def __init__(self, cities: list[tuple[int, int, Place]]) -> None:
        self._starts = [start for _, start, _ in cities]
        self._places = [place for _, _, place in cities]
        self._by_sentence: dict[int, Place] = {}
        for sentence, _, place in cities:
            self._by_sentence.setdefault(sentence, place)

    def __bool__(self) -> bool:
        return bool(self._places)

    def of(self, mention: Mention) -> tuple[Place | None, bool]:
        """The city named in the district's own sentence (the first of them), else the last named before it; and
        whether it is the sentence's own."""
        own = self._by_sentence.get(mention.sentence_start)
        if own is not None:
            return own, True
        before = bisect_left(self._starts, mention.start)
        return (self._places[before - 1] if before else None), False


def _a_city(place: Place) -> bool:
    return place.feature_class == "P" and (place.feature_code in _CITY_CODES or place.population >= _CITY_POPULATION)


def names_a_district(mention: Mention) -> bool:
    """Whether a name is said to be a district's: "the Kyivskyi district", "the Saltivskyi and Kyivskyi districts"."""
    if mention.surface.lower().endswith(_DISTRICT_WORDS):
        return True
    return bool(_DISTRICT_AFTER.match(mention.sentence, mention.end - mention.sentence_start))
