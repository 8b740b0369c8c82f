"""Distances and the places a report has placed: what closeness between namesakes is measured with.

:class:`Anchors` holds the places already chosen, indexed by one-degree cells so that the nearest
one is a local search; :func:`off_centre_penalty` penalises a namesake far from the report's middle;
:func:`size_bonus` lets a town beat a hamlet a few km nearer.
"""

from __future__ import annotations

import math
from functools import lru_cache

from mapper.model import Place

__all__ = ["Anchors", "km_between", "km_apart", "km_to", "size_bonus", "off_centre_penalty"]


_OFF_CENTRE_KM = 150.0


def off_centre_penalty(place: Place, centre: tuple[float, float] | None) -> float:
    """A penalty for lying far (beyond 150 km) from the middle of the report's places: a namesake
    near one stray anchor does not beat one near the report's cluster on a few km."""
    if centre is None:
        return 0.0
    if abs(centre[0] - place.latitude) < 0.95 and abs(centre[1] - place.longitude) < 1.3:
        return 0.0  # within ~148 km at Ukraine's latitudes: no need for the distance
    km = km_between(place.latitude, place.longitude, centre[0], centre[1])
    return min(40.0, max(0.0, km - _OFF_CENTRE_KM) * 0.1)


class Anchors:
    """Resolved places, indexed by one-degree cells so that "the nearest anchor" is a local search."""

    def __init__(self, previous: dict[int, int] | None = None) -> None:
        # for each sentence (by start offset), the sentence naming places before it: its anchors are
        # the context the sentence continues (a paragraph on one front)
        self.previous = previous or {}
        self._cells: dict[tuple[int, int], dict[int, Place]] = {}
        self._by_sentence: dict[int, dict[int, Place]] = {}
        self._known: set[int] = set()
        self._nearest: dict[int, float] = {}
        self._nearest_by_cell: dict[tuple[int, int], set[int]] = {}  # the places of `_nearest`, by cell

    def __bool__(self) -> bool:
        return bool(self._cells)

    def __len__(self) -> int:
        """How many distinct places anchor."""
        return len(self._known)

    def add(self, sentence: int, place: Place) -> None:
        if place.geonameid not in self._known:
            self._known.add(place.geonameid)
            cell = _cell(place)
            if self._nearest_by_cell:
                # Distances to the nearest anchor may shrink for the places of the cells around.
                for near in _around(cell):
                    for geonameid in self._nearest_by_cell.pop(near, ()):
                        del self._nearest[geonameid]
            self._cells.setdefault(cell, {})[place.geonameid] = place
        self._by_sentence.setdefault(sentence, {})[place.geonameid] = place

    def in_sentence(self, sentence: int) -> bool:
        """Whether an anchor lies in the sentence starting at offset ``sentence``."""
        return sentence in self._by_sentence

    def sentence_oblast(self, sentence: int) -> str | None:
        """The oblast of every anchor of the sentence at ``sentence``, when they share one."""
        same_sentence = self._by_sentence.get(sentence)
        if not same_sentence:
            return None
        oblasts = {a.admin1_code for a in same_sentence.values()}
        return oblasts.pop() if len(oblasts) == 1 else None

    def near_in_sentence(self, place: Place, sentence: int, km: float, city_km: float | None = None) -> bool:
        """Whether an anchor of the sentence at ``sentence`` lies within ``km`` of ``place`` (within
        ``city_km``, when given, for an anchor that is a city of 100,000 or an oblast's centre)."""
        same_sentence = self._by_sentence.get(sentence)
        return bool(same_sentence) and any(
            a.geonameid != place.geonameid
            and km_between(a.latitude, a.longitude, place.latitude, place.longitude)
            <= (city_km if city_km is not None and size_bonus(a) >= _CITY_BONUS else km)
            for a in same_sentence.values()  # type: ignore[union-attr]
        )

    def centre(self) -> tuple[float, float] | None:
        """The median position of the anchors (``None`` for fewer than three)."""
        places = [p for cell in self._cells.values() for p in cell.values()]
        if len(places) < 3:
            return None
        latitudes = sorted(p.latitude for p in places)
        longitudes = sorted(p.longitude for p in places)
        return latitudes[len(places) // 2], longitudes[len(places) // 2]

    def closeness(self, place: Place, sentence: int) -> float:
        """Distance in km to the nearest other anchor (halved for one of the same sentence, and a
        quarter off for one of the sentence before; 1000 if none within reach), less a bonus for the
        place's size."""
        # km_apart inlined (the same arithmetic, so the same floats): this runs for every namesake in
        # every round
        geonameid, latitude, longitude = place.geonameid, place.latitude, place.longitude
        cos, hypot = math.cos, math.hypot
        best = 1000.0
        for weight, key in ((0.5, sentence), (_PREVIOUS_WEIGHT, self.previous.get(sentence))):
            near = self._by_sentence.get(key) if key is not None else None
            if not near:
                continue
            for anchor in near.values():
                if anchor.geonameid != geonameid:
                    x = (anchor.longitude - longitude) * _RADIANS * cos((latitude + anchor.latitude) / 2 * _RADIANS)
                    km = weight * (6371.0 * hypot(x, (anchor.latitude - latitude) * _RADIANS))
                    if km < best:
                        best = km
        nearest = self._nearest.get(geonameid)
        if nearest is None:
            nearest = 1000.0
            home = _cell(place)
            cells = self._cells
            for cell in _around(home):
                near = cells.get(cell)
                if not near:
                    continue
                for anchor in near.values():
                    if anchor.geonameid != geonameid:
                        x = (anchor.longitude - longitude) * _RADIANS * cos((latitude + anchor.latitude) / 2 * _RADIANS)
                        km = 6371.0 * hypot(x, (anchor.latitude - latitude) * _RADIANS)
                        if km < nearest:
                            nearest = km
            self._nearest[geonameid] = nearest
            self._nearest_by_cell.setdefault(home, set()).add(geonameid)
        return min(best, nearest) - size_bonus(place)


_PREVIOUS_WEIGHT = 0.75
"""What the km to an anchor of the sentence before count for: the context a sentence continues."""


def _cell(place: Place) -> tuple[int, int]:
    return (math.floor(place.latitude), math.floor(place.longitude))


@lru_cache(maxsize=4096)  # a few hundred cells cover Ukraine; each nearest-anchor search asks for them
def _around(cell: tuple[int, int]) -> tuple[tuple[int, int], ...]:
    """The cell and its eight neighbours."""
    row, col = cell
    return tuple((row + dr, col + dc) for dr, dc in _NEIGHBOURS)


_NEIGHBOURS = tuple((dr, dc) for dr in (-1, 0, 1) for dc in (-1, 0, 1))


_CITY_BONUS = 40.0


def size_bonus(place: Place) -> float:
    if place.feature_code == "PPLX":
        return 0.0  # a section of a city: its population is the city's, not a town's own
    if place.feature_code in ("PPLC", "PPLA") or place.population >= 100_000:
        return _CITY_BONUS
    if place.population >= 50_000:
        return 25.0
    if place.feature_code == "PPLA2" or place.population >= 10_000:
        return 15.0
    if place.feature_code == "PPLA3" or place.population >= 5_000:
        return 5.0
    return 0.0


def km_between(lat1: float, lon1: float, lat2: float, lon2: float) -> float:
    """Distance in km; the equirectangular approximation, within 1% at the distances that
    matter here (under a few hundred km)."""
    x = (lon2 - lon1) * _RADIANS * math.cos((lat1 + lat2) / 2 * _RADIANS)
    y = (lat2 - lat1) * _RADIANS
    return 6371.0 * math.hypot(x, y)


def km_apart(a: Place, b: Place) -> float:
    """Distance in km between two places (see :func:`km_between`)."""
    return km_between(a.latitude, a.longitude, b.latitude, b.longitude)


def km_to(place: Place, point: tuple[float, float]) -> float:
    """Distance in km from a place to a (latitude, longitude) point."""
    return km_between(place.latitude, place.longitude, point[0], point[1])


_RADIANS = math.pi / 180.0
"""Degrees to radians: ``x * _RADIANS`` is exactly :func:`math.radians` (CPython multiplies by the same constant)."""
