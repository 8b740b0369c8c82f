"""The kinds of GeoNames feature (class and code): which a report names as places, and how
namesakes of different kinds rank (see :mod:`mapper.gazetteer._index`).
"""

from __future__ import annotations

from mapper.gazetteer.geonames import GeoNamesRecord

__all__ = ["DISTRICT_CODES", "DIVISION_CODES", "FACILITY_CODES", "may_be_named"]

DIVISION_CODES = frozenset({"ADM1", "ADM2", "ADM2H"})  # (ADM2H: a raion abolished in 2020, named in older reports)
"""Feature codes of class A that a report names as places (oblasts and raions)."""
DISTRICT_CODES = frozenset({"ADM3", "ADM4"})
"""Feature codes of class A of which a report names the districts of cities ("the Saltivskyi district"
of Kharkiv); they are known only by their district names (not a hromada's)."""
FACILITY_CODES = frozenset({"PS", "PSH", "DAM", "BDG", "PSN", "NPP"})
"""Feature codes of class S that a report names as places (power plants, dams, bridges)."""


def may_be_named(feature_class: str, feature_code: str) -> bool:
    """Whether a report names features of this kind as places: populated places, oblasts and
    raions, facilities (not rivers, mountains, hotels, or countries)."""
    if feature_class == "A":
        return feature_code in DIVISION_CODES or feature_code in DISTRICT_CODES
    return feature_class == "P" or (feature_class == "S" and feature_code in FACILITY_CODES)


# Populated places first, divisions next; sections of places, historical,
# abandoned and destroyed places after the living ones.
_CLASS_RANK = {"P": 0, "A": 2, "S": 3, "L": 4, "T": 5, "H": 6, "V": 7, "R": 8, "U": 9}
_MINOR_PLACES = frozenset({"PPLX", "PPLH", "PPLQ", "PPLW", "PPLF", "PPLCH", "STLMT"})


def _kind_rank(record: GeoNamesRecord) -> int:
    rank = _CLASS_RANK.get(record.feature_class, 10)
    return rank + 1 if record.feature_class == "P" and record.feature_code in _MINOR_PLACES else rank
