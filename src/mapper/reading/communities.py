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

_SHARED_CONSONANTS = 4
"""How many first consonants a community's name shares with its centre's stem (fewer where the stem has fewer):
"Velykopysarivska" and "Velyka Pysariv(ka)" share v-l-k-p, "Novoslobidska" and "Nova Slobod(a)" n-v-s-l,
"Sveska" and "Sves(a)" s-v-s (the vowels of a stem change in the adjective: Mezhova, "Mezhivska")."""


def all_communities(gazetteer: Gazetteer) -> tuple[tuple[str, Place], ...]:
    """Every territorial community of the gazetteer with its name's letters (a pass over all its places:
    the caller keeps the result)."""
    return tuple((_consonants(fold(p.name)), p) for p in gazetteer.places() if p.feature_code == "ADM3")


def communities(known: tuple[tuple[str, Place], ...], places: tuple[Candidate, ...]) -> tuple[Candidate, ...]:
    """The communities a name stands for when "hromada" follows it: for each of ``places`` (the
    towns and villages of that name), the nearest of ``known`` (:func:`all_communities`) within
    :data:`COMMUNITY_RADIUS_KM` whose name begins as the place's does."""
    found: dict[int, Candidate] = {}
    for candidate in places:
        place = candidate.place
        stem = _consonants(_ENDING.sub("", fold(place.name)))[:_SHARED_CONSONANTS]
        if len(stem) < 3:
            continue
        near = [
            (km, community) for letters, community in known
            if letters.startswith(stem) and (km := km_apart(place, community)) <= COMMUNITY_RADIUS_KM
        ]  # fmt: skip
        if near:
            # the community spelled most like the place ("Myropilska", not "Miropilska", for Myropillia), then the nearest
            letters = _letters(place.name)
            community = min(near, key=lambda pair: (-_shared(letters, _letters(pair[1].name)), pair[0], pair[1].geonameid))[1]
            found.setdefault(community.geonameid, Candidate(community, candidate.matched, candidate.how))
    return tuple(found.values())


_ENDING = re.compile(r"(?:k?[aeiouy]+)$")
"""The ending a community's adjective replaces: Yunakiv-ka, Yunakiv-ska; Svesa, Sve-ska; Shalyhyn-e, Shalyhyn-ska."""
_NOT_CONSONANTS = re.compile(r"[^b-df-hj-np-tv-xz]+")


def _consonants(name: str) -> str:
    return _NOT_CONSONANTS.sub("", name)


def _letters(name: str) -> str:
    return fold(name).replace(" ", "").replace("-", "")


def _shared(a: str, b: str) -> int:
    """How many first letters ``a`` and ``b`` share."""
    return next((k for k, (x, y) in enumerate(zip(a, b)) if x != y), min(len(a), len(b)))
