"""Airfields named by the town they serve: "the Saky air base", "the airfield at Hvardiiske".

Strikes on air bases are reported by the town's name and a word for the field ("air base",
"airfield", "airport"). GeoNames holds the fields as features of their own (class S, codes
``AIRP``, ``AIRB``, ``AIRF``), often under another spelling than the town (the field "Gvardiyske"
by the village Hvardiiske), and a town's name alone never stands for its field. So a name
followed by such a word stands for the field of that name, else for the field nearest a place of
that name, within :data:`AIRFIELD_RADIUS_KM`.
"""

from __future__ import annotations

import re
from typing import TYPE_CHECKING

from mapper.model import Candidate, Place
from mapper.reading.geography import km_between

if TYPE_CHECKING:
    from mapper.gazetteer import Gazetteer

__all__ = ["AIRFIELD_AFTER", "AIRFIELD_RADIUS_KM", "airfields", "all_airfields"]

AIRFIELD_CODES = frozenset({"AIRP", "AIRB", "AIRF", "AIRH"})
AIRFIELD_RADIUS_KM = 15.0
"""How far from the town it is named by an airfield may lie (Saky's field is 5 km from Saki)."""

AIRFIELD_AFTER = re.compile(
    r"\s+(?:military\s+)?(?:air\s*base|airbase|air\s*field|airfield|airport|aerodrome)\b", re.IGNORECASE
)


def all_airfields(gazetteer: Gazetteer) -> tuple[Place, ...]:
    """Every airfield of the gazetteer (a pass over all its places: the caller keeps the result)."""
    return tuple(p for p in gazetteer.places() if p.feature_code in AIRFIELD_CODES)


def airfields(
    gazetteer: Gazetteer, fields: tuple[Place, ...], name: str, places: tuple[Candidate, ...]
) -> tuple[Candidate, ...]:
    """The airfields ``name`` stands for when an airfield word follows it.

    Parameters
    ----------
    gazetteer
        The gazetteer the name was looked up in.
    fields
        Its airfields (:func:`all_airfields`).
    name
        The name as written ("Saky").
    places
        The places of that name the mention finder found (towns and villages).

    Returns
    -------
    tuple of Candidate
        The fields named ``name``; else the field nearest one of ``places``, if one lies within
        :data:`AIRFIELD_RADIUS_KM`; else nothing.
    """
    named = tuple(c for c in gazetteer.lookup(name, fuzzy=False) if c.place.feature_code in AIRFIELD_CODES)
    if named:
        return named
    best: tuple[float, Candidate] | None = None
    for field in fields:
        for candidate in places:
            km = km_between(candidate.place.latitude, candidate.place.longitude, field.latitude, field.longitude)
            if km <= AIRFIELD_RADIUS_KM and (best is None or km < best[0]):
                best = (km, Candidate(field, candidate.matched, candidate.how, candidate.score))
    return (best[1],) if best is not None else ()
