"""Airfields named as their own features: "the Saky air base", "the Kirovske airfield".

Strikes on air bases are reported by a name and a word for the field ("air base", "airfield",
"airport"). Where GeoNames holds a field under that very name (class S, codes ``AIRP``, ``AIRB``,
``AIRF``: the field "Saky", the field "Kirovske"), the name stands for the field. Where the field
bears another name ("Hostomel Airport", "Gvardiyske" beside the village Hvardiiske), the name is
the town's, and so is the event: annotators and readers place "the fighting at Hostomel airport"
at Hostomel, as they place a dam or a plant at the place it is named after.
"""

from __future__ import annotations

import re
from typing import TYPE_CHECKING

from mapper.model import Candidate

if TYPE_CHECKING:
    from mapper.gazetteer import Gazetteer

__all__ = ["AIRFIELD_AFTER", "airfields"]

AIRFIELD_CODES = frozenset({"AIRP", "AIRB", "AIRF", "AIRH"})

AIRFIELD_AFTER = re.compile(
    r"\s+(?:military\s+)?(?:air\s*base|airbase|air\s*field|airfield|airport|aerodrome)\b", re.IGNORECASE
)


def airfields(gazetteer: Gazetteer, name: str) -> tuple[Candidate, ...]:
    """The airfields GeoNames names ``name`` ("Saky"), for a name an airfield word follows; none when
    the name is only a town's (its field, if any, is told by the town)."""
    return tuple(c for c in gazetteer.lookup(name, fuzzy=False) if c.place.feature_code in AIRFIELD_CODES)
