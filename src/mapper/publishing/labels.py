"""The names on the offline base layer: the oblasts, and the towns by population and zoom.

The oblast centres and the cities over 100,000 are named from the start (zoom 6
shows the whole country), smaller towns from the zoom level their size earns
(:data:`LABEL_ZOOMS`). ``cities500`` lists the districts of the large cities as
towns of their own (Saltivka in Kharkiv, Pravyi Bereh in Mariupol); they are
left out (:func:`_towns`). ``mapper.js`` draws the names below the markers,
where two collide the first in :func:`mapper.publishing.mapdata.map_payload`'s
order wins, and none takes the focus.
"""

from __future__ import annotations

import math
from collections.abc import Iterable
from typing import TYPE_CHECKING

if TYPE_CHECKING:
    from mapper.gazetteer import Gazetteer
    from mapper.model import Place

__all__ = ["LABEL_ZOOMS", "SMALLEST_ZOOM", "base_labels", "label_zoom"]


LABEL_ZOOMS: tuple[tuple[int, int], ...] = ((100_000, 0), (50_000, 7), (20_000, 8), (10_000, 9), (5_000, 10))
"""(population, zoom): a town of at least that many people is named from that zoom level on.

Zoom 6 shows the whole country: the oblast centres and the cities over 100,000 are
named from the start, smaller towns as the reader zooms in.
"""

SMALLEST_ZOOM = 11
"""The zoom level from which a place smaller than every row of :data:`LABEL_ZOOMS` is named."""

_SEATS = frozenset({"PPLC", "PPLA"})  # the capital and the oblast centres (GeoNames feature codes)


def label_zoom(place: Place) -> int:
    """The zoom level from which ``place`` is named on the base layer.

    Divisions, the capital and the oblast centres from the start (0); towns by
    population (:data:`LABEL_ZOOMS`); any other place from :data:`SMALLEST_ZOOM`.
    """
    if place.is_region or place.feature_code in _SEATS:
        return 0
    for population, zoom in LABEL_ZOOMS:
        if place.population >= population:
            return zoom
    return SMALLEST_ZOOM


_NOT_TOWNS = frozenset({"PPLX", "PPLH", "PPLQ"})  # a section of a city, a historical or an abandoned place
_FIRST_IMPORT = 1_000_000
"""GeoNames ids below this come from its first import of Ukraine (its towns); the city
districts of ``cities500`` (Saltivka, Pravyi Bereh, Obolon) were added later, with higher ids."""


def _district_radius(population: int, later: bool) -> float:
    """Kilometres from a city's point within which a town is taken for one of its districts.

    Wider for a later GeoNames entry (``later``), which is mostly a district, than for
    one of the first import, mostly a town of its own (Brovary, 20 km from Kyiv's centre).
    """
    return max(3.0, (6.0 if later else 2.5) * math.sqrt(population / 100_000))


def _seats(places: Iterable[Place]) -> set[int]:
    """The geonameids of the oblast centres: the most populous town of each oblast named as it
    ("Kherson" in Kherson Oblast), for a gazetteer without GeoNames' ``PPLA`` codes (``cities500``)."""
    from mapper.gazetteer._tables import regions

    stems = {region.admin1_code: set(region.stems) for region in regions()}
    best: dict[str, Place] = {}
    for place in places:
        if place.feature_class != "P" or place.population < LABEL_ZOOMS[-1][0]:
            continue  # an oblast centre is a city
        named_as_oblast = {place.name, place.name_display} & stems.get(place.admin1_code, set())
        if named_as_oblast and (place.admin1_code not in best or place.population > best[place.admin1_code].population):
            best[place.admin1_code] = place
    return {place.geonameid for place in best.values()}


def _towns(places: Iterable[Place]) -> list[Place]:
    """The towns worth naming, largest first, without the districts of cities.

    ``cities500`` gives the districts of the large cities as towns of their own (feature
    code ``PPL``, the full dump says ``PPLX``), some with more people than the city itself
    (Pravyi Bereh, 352,000, beside Mariupol, 230,000). A town within
    :func:`_district_radius` of one with more people (where a later entry counts half,
    and an earlier one must have half as many) is taken for a district and not named.
    """
    import dataclasses

    import numpy

    places = list(places)
    seats = _seats(places)
    smallest = LABEL_ZOOMS[-1][0]
    candidates = {place.geonameid: place for place in places
                  if place.feature_class == "P" and place.country_code == "UA" and place.feature_code not in _NOT_TOWNS
                  and (place.population >= smallest or place.feature_code in _SEATS or place.geonameid in seats)}  # fmt: skip
    for geonameid in seats & candidates.keys():  # named from the start, as GeoNames' PPLA are
        if candidates[geonameid].feature_code not in _SEATS:
            candidates[geonameid] = dataclasses.replace(candidates[geonameid], feature_code="PPLA")

    def rank(place: Place) -> float:
        return place.population * (1.0 if place.geonameid < _FIRST_IMPORT or place.feature_code in _SEATS else 0.5)

    ordered = sorted(candidates.values(), key=lambda place: (-rank(place), place.geonameid))
    lat = numpy.radians([place.latitude for place in ordered])
    lon = numpy.radians([place.longitude for place in ordered])
    population = numpy.array([place.population for place in ordered], dtype=float)
    later_radius = numpy.array([_district_radius(place.population, True) for place in ordered])
    early_radius = numpy.array([_district_radius(place.population, False) for place in ordered])
    kept = numpy.zeros(len(ordered), dtype=bool)
    for i, place in enumerate(ordered):
        if place.feature_code not in _SEATS and i:
            later = place.geonameid >= _FIRST_IMPORT
            km = 6371.0 * numpy.hypot((lon[:i] - lon[i]) * math.cos(lat[i]), lat[:i] - lat[i])
            near = km < (later_radius[:i] if later else early_radius[:i])
            if not later:
                near &= population[:i] >= 2 * population[i]
            if bool((near & kept[:i]).any()):
                continue
        kept[i] = True
    return [place for place, keep in zip(ordered, kept) if keep]


def base_labels(gazetteer: Gazetteer) -> list[Place]:
    """The places named on the offline base layer: the divisions, then the towns, largest first.

    Parameters
    ----------
    gazetteer
        A loaded gazetteer; its populated places of Ukraine with at least as many
        people as the last row of :data:`LABEL_ZOOMS`, and the oblast centres, are
        named, but not the districts of cities (see :func:`_towns`).

    Returns
    -------
    list of Place
        For :func:`mapper.publishing.mapmaker.build_map`'s ``labels`` (each named
        from its :func:`label_zoom`).

    Examples
    --------
    >>> write_map(events, "map.html", outlines=derive_outlines(gaz), labels=base_labels(gaz))  # doctest: +SKIP
    """
    return [*gazetteer.regions(), *_towns(gazetteer.places())]
