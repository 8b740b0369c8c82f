"""Communities named by their town: "Esman hromada: drone drops", "in the Krasnopillia hromada".

Ukraine's oblast administrations report shelling by territorial community (hromada), each named
after the town or village that is its centre. GeoNames holds the communities as divisions of
their own (class A, code ``ADM3``) under an adjective of the town's name ("Bilopilska
Terytorialna Hromada" for Bilopillia, "Velykopysarivska" for Velyka Pysarivka). So a name
followed by "hromada" stands for the community nearest a place of that name, within
:data:`COMMUNITY_RADIUS_KM`, whose name begins as the place's does; where there is none, for
the place itself.
"""

from __future__ import annotations

import re
from typing import TYPE_CHECKING

from mapper.gazetteer.names import fold
from mapper.model import Candidate, Place
from mapper.reading.geography import km_apart

if TYPE_CHECKING:
    from mapper.gazetteer import Gazetteer

__all__ = ["COMMUNITY_AFTER", "COMMUNITY_RADIUS_KM", "all_communities", "communities"]

COMMUNITY_AFTER = re.compile(
    r"\s+(?:(?:territorial|urban|rural|settlement|city|village)\s+)?(?:hromada|community)\b(?!\s+(?:of|in)\b)", re.IGNORECASE
)
COMMUNITY_RADIUS_KM = 25.0
"""How far from its centre a community's point may lie (GeoNames puts it near the middle of its land)."""

_SHARED_LETTERS = 5
"""How many first letters (folded, without spaces and hyphens) a community's name shares with its centre's:
"velykopysarivska" and "velyka pysarivka" share "velyk" (compared with o and e read as i: see _ALTERNATING)."""


def all_communities(gazetteer: Gazetteer) -> tuple[tuple[str, Place], ...]:
    """Every territorial community of the gazetteer with its name's letters (a pass over all its places:
    the caller keeps the result)."""
    return tuple((_letters(p.name), p) for p in gazetteer.places() if p.feature_code == "ADM3")


def communities(known: tuple[tuple[str, Place], ...], places: tuple[Candidate, ...]) -> tuple[Candidate, ...]:
    """The communities a name stands for when "hromada" follows it: for each of ``places`` (the
    towns and villages of that name), the nearest of ``known`` (:func:`all_communities`) within
    :data:`COMMUNITY_RADIUS_KM` whose name begins as the place's does."""
    found: dict[int, Candidate] = {}
    for candidate in places:
        place = candidate.place
        stem = _letters(place.name)[:_SHARED_LETTERS]
        if len(stem) < 3:
            continue
        near = [
            (km, community) for letters, community in known
            if letters.startswith(stem) and (km := km_apart(place, community)) <= COMMUNITY_RADIUS_KM
        ]  # fmt: skip
        if near:
            community = min(near, key=lambda pair: (pair[0], pair[1].geonameid))[1]
            found.setdefault(community.geonameid, Candidate(community, candidate.matched, candidate.how))
    return tuple(found.values())


_ALTERNATING = str.maketrans("oe", "ii")
"""The vowels a Ukrainian stem turns to i before the adjective's ending: Mezhova, "Mezhivska"; Myrove, "Myrivska"."""


def _letters(name: str) -> str:
    return fold(name).replace(" ", "").replace("-", "").translate(_ALTERNATING)
