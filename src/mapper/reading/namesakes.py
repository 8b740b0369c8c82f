"""Namesakes and how they rank: which candidates are different places, and which one a report
means when its text does not say (a city over a village, a living place over an abandoned one,
the town a direction is named after, a place's own name over a name it bore once)."""

from __future__ import annotations

import math
import re
from collections.abc import Container, Iterable, Sequence
from dataclasses import dataclass
from functools import lru_cache

from mapper.gazetteer.names import fold
from mapper.model import Candidate, Mention, Place
from mapper.reading.geography import km_between

__all__ = ["GONE", "Resolution", "LOOSE", "distinct", "one_each", "match_confidence", "TOWN_POPULATION", "size_rank", "own_name", "largest_first", "likely_anchors", "major_city", "dominant_town", "direction_town", "names_a_direction", "within"]


@dataclass(frozen=True, slots=True)
class Resolution:
    """The place chosen for one mention, how, and how sure (0–1); where the choice went by size,
    ``open`` holds the namesakes the text left open (its oblast, say), for wider context to weigh
    (empty: all of the name's namesakes)."""

    place: Place | None
    how: str
    confidence: float
    open: frozenset[int] = frozenset()


_DIRECTION_AFTER = re.compile(
    r"(?:\s*[-\u2013]\s*[\w'’-]+)?\s+(?:directions?|axis|axes|sectors?|tactical\s+areas?|operational\s+areas?)\b", re.IGNORECASE
)


def names_a_direction(mention: Mention) -> bool:
    """Whether the mention names a direction, axis or area after its town ("the Lyman direction")."""
    return _DIRECTION_AFTER.match(mention.sentence, mention.end - mention.sentence_start) is not None


def direction_town(
    mentions: Sequence[Mention], chosen: list[Resolution | None], pending: dict[int, tuple[Candidate, ...]]
) -> None:
    """A direction, axis or tactical area is named after a town ("the Lyman direction"): the town, not a
    hamlet of the same name, when one namesake dwarfs the others: a town, or a community's seat (the
    General Staff's "Novopavlivka direction": a village of 3,400, its hromada's seat). A city that bore the name once
    is not it (GeoNames lists "Oleksandrivka" among Donetsk's names)."""
    for i, candidates in list(pending.items()):
        mention = mentions[i]
        if not names_a_direction(mention):
            continue
        # (a city's district is no town, nor is a place whose name only sounds like it)
        settlements = [c for c in candidates if c.place.feature_code != "PPLX" and _strict_match(c)]
        own = [c for c in settlements if own_name(c.matched, c.place)]
        # a town that bore the name once is the direction's ("Krasny Liman direction": Lyman) unless a town bears it now
        # ("the Oleksandrivka direction" is no former name of Donetsk's)
        ranked = sorted(own if any(_town_sized(c.place) for c in own) else settlements, key=lambda c: -c.place.population)
        if len(ranked) < 2:
            continue
        top, second = ranked[0].place, ranked[1].place
        if _town_sized(top) and top.population >= 3 * second.population and not _far_from_its_front(
            top, settlements, _known_places(mentions, chosen, mention.sentence_start)
        ):
            chosen[i] = Resolution(top, "town a direction is named after", 0.8 * match_confidence(ranked[0]))
            del pending[i]


def _known_places(mentions: Sequence[Mention], chosen: Sequence[Resolution | None], sentence_start: int) -> list[Place]:
    """The settlements already placed (each the only one of its name) in a sentence, else in the whole report."""
    known = [(m.sentence_start, r.place) for m, r in zip(mentions, chosen, strict=True)
             if r is not None and r.place is not None and m.kind == "settlement"]
    return [p for start, p in known if start == sentence_start] or [p for _, p in known]


def _far_from_its_front(top: Place, candidates: Sequence[Candidate], known: Sequence[Place]) -> bool:
    """Whether the largest namesake lies far from the places the report names while another lies among them: the
    Russian ministry's "Kamenskoye direction" beside Rabotino is the village in Zaporizhzhia Oblast, not the city of
    Kamianske on the Dnipro 160 km away."""
    if not known:
        return False
    def apart(place: Place) -> float:
        return min(km_between(place.latitude, place.longitude, k.latitude, k.longitude) for k in known)
    far = apart(top)
    near = max(_FRONT_NEAR_KM, far / 3)  # (among them: a third as far at most)
    return far >= _FRONT_FAR_KM and any(apart(c.place) <= near for c in candidates if c.place != top)


_FRONT_FAR_KM = 100.0
"""How far from the places a report names the town a direction is named after may lie: the hub behind the front (the
General Staff's Novopavlivka direction, 60 km behind the fighting near Krasnohorivka), not a city farther off."""
_FRONT_NEAR_KM = 30.0


_SEAT_POPULATION = 1_000
"""A community's seat this large, three times the next namesake, is the one a direction is named after."""


def _town_sized(place: Place) -> bool:
    """Whether a place is large enough to name a direction: a town, or a community's seat of _SEAT_POPULATION."""
    return place.population >= (_SEAT_POPULATION if _is_seat(place) else TOWN_POPULATION)


def _is_seat(place: Place) -> bool:
    return place.feature_code in ("PPLC", "PPLA", "PPLA2", "PPLA3")


def likely_anchors(candidates: tuple[Candidate, ...]) -> list[Place]:
    """The namesakes a position hint may be measured from: those whose own name it is (not Nikopol for
    "Sloviansk", an alternate name), and of them a town that dwarfs the others (places are located by
    the towns readers know), else every one."""
    ranked = sorted((c.place for c in _own_names_first(candidates)), key=lambda p: -p.population)
    if len(ranked) > 1 and ranked[0].population >= TOWN_POPULATION and ranked[0].population >= 10 * ranked[1].population:
        return ranked[:1]
    return ranked


def largest_first(candidates: tuple[Candidate, ...], named_admin1: set[str]) -> list[Candidate]:
    """The candidates by kind and size, largest first: only those whose own name this is, if any
    (see :func:`_own_names_first`)."""
    return sorted(_own_names_first(candidates), key=lambda c: size_rank(c, named_admin1), reverse=True)


LOOSE = ("transliterated", "russian", "phonetic", "fuzzy")


@lru_cache(maxsize=65536)
def _folded(name: str) -> str:
    return fold(name)


GONE = frozenset({"PPLQ", "PPLH"})
"""GeoNames codes of abandoned and historical places: ranked below every living namesake, and meant only where the
text's geography points to them ("retaking Andriivka and Lozove" beside the Inhulets: GeoNames marks that Lozove
abandoned). (Not PPLW, destroyed places: GeoNames marks so the villages the war destroyed, which reports name.)"""


_SAME_PLACE_KM = 3.0
"""Two namesakes of one oblast this close are one village that GeoNames holds twice; a town's twin may lie
further out, within its own extent (:func:`_twin_km`)."""


def _twin_km(place: Place) -> float:
    """How far from a place a namesake of its oblast is the same place: 3 km from a village, about 6 km
    from a town of 10,000, 26 km from a city of 600,000 (Kryvyi Rih runs 60 km along its river)."""
    return _SAME_PLACE_KM + 0.03 * math.sqrt(place.population)


def one_each(candidates: Iterable[Candidate]) -> tuple[Candidate, ...]:
    """The candidates, the first of each place (GeoNames id), in their order."""
    seen: dict[int, Candidate] = {}
    for candidate in candidates:
        seen.setdefault(candidate.place.geonameid, candidate)
    return tuple(seen.values())


def distinct(candidates: tuple[Candidate, ...]) -> tuple[Candidate, ...]:
    """The candidates that are different places: one per geonameid, one per village GeoNames
    holds twice (the more populous row stands for both), none that bears a town's own name only as an
    alternate one."""
    out = list(one_each(candidates))
    if len(out) < 2:
        return tuple(out)
    kept: list[Candidate] = []
    kept_in: dict[tuple[str, str], list[tuple[Place, bool]]] = {}  # by oblast and feature class: only those can be twins
    for candidate in sorted(out, key=lambda c: -c.place.population):
        place = candidate.place
        own = own_name(candidate.matched, place)
        near = kept_in.setdefault((place.admin1_code, place.feature_class), [])
        if not any(
            km_between(k.latitude, k.longitude, place.latitude, place.longitude) < (_twin_km(k) if own and k_own else _SAME_PLACE_KM)
            for k, k_own in near
        ):  # (a town's wider reach holds only namesakes that bear the name as their own, as the town does)
            near.append((place, own))
            kept.append(candidate)
    # A village that bears a town's name only as an alternate one ("Volnovakha" among Vodiane's
    # names) is not what a report means by the town's name.
    towns = [c.place.population for c in kept if c.place.population >= TOWN_POPULATION and own_name(c.matched, c.place)]
    if towns:
        kept = [c for c in kept if own_name(c.matched, c.place) or 10 * c.place.population > max(towns)]
    ids = {c.place.geonameid for c in kept}
    return tuple(c for c in out if c.place.geonameid in ids)  # in their first order


def match_confidence(candidate: Candidate) -> float:
    if candidate.how == "fuzzy":
        return round(candidate.score / 100 * 0.7, 2)
    return 0.8 if candidate.how == "phonetic" else 1.0


def major_city(
    chosen: list[Resolution | None], pending: dict[int, tuple[Candidate, ...]], among_villages: Container[int] = ()
) -> None:
    """A city of national importance (the capital, an oblast centre) named exactly
    wins over its namesakes unless an oblast named with it chose otherwise: "Kyiv" is the capital
    even in a report about villages near a hamlet called Kyiv; or unless it stands in a list of villages
    far from them all, a village of its name beside them (``among_villages``)."""
    majors: dict[int, list[Candidate]] = {}  # by candidate tuple: a name's mentions share it
    for i, candidates in list(pending.items()):
        if i in among_villages:
            continue
        major = majors.get(id(candidates))
        if major is None:
            major = majors[id(candidates)] = [
                c
                for c in candidates
                if c.how not in LOOSE and c.place.feature_code in ("PPLC", "PPLA") and own_name(c.matched, c.place)
            ]
        if len(major) == 1:
            chosen[i] = Resolution(major[0].place, "major city", 0.85 * match_confidence(major[0]))
            del pending[i]


TOWN_POPULATION = 5_000


_LOOSENESS = {"transliterated": 1, "russian": 1, "phonetic": 2, "fuzzy": 3}


def dominant_town(chosen: list[Resolution | None], pending: dict[int, tuple[Candidate, ...]]) -> None:
    """A town among hamlets of the same name (ten times the next one's population, matched as
    closely) is the one a report names: "near Lyman" is the town, not a hamlet called Lyman."""
    for i, candidates in list(pending.items()):
        ranked = sorted(candidates, key=lambda c: c.place.population, reverse=True)
        top, rest = ranked[0], ranked[1:]
        if top.place.population < TOWN_POPULATION or top.place.population < 10 * rest[0].place.population:
            continue
        if _LOOSENESS.get(top.how, 0) > min(_LOOSENESS.get(c.how, 0) for c in rest):
            continue
        if not own_name(top.matched, top.place) and any(
            own_name(c.matched, c.place) and (c.place.feature_code == "PPLA3" or c.place.population >= _VILLAGE_OF_NOTE)
            for c in rest
        ):
            continue  # a village that seats its community under the name ("Hrodivka") is no hamlet a town's other name hides
        # (villages that bear the name as spelt: not those a Russian form or a sound-alike gives it, "Krasny Liman"
        # for Червоний Лиман)
        bearers = len(_own_names_first(candidates, borne_only=True))
        if bearers < len(candidates) and not own_name(top.matched, top.place) and (
            bearers >= _MANY_BEARERS or top.place.feature_code in ("PPLA", "PPLC")
        ):
            # a city's former name that villages still bear ("Oleksandrivka" for Donetsk); a town renamed
            # in 2016 whose former name one hamlet bears ("Krasny Liman") is still the town
            continue
        # (the namesakes left open, where the text narrowed them: "Yalta, Donetsk Oblast" is one of that oblast's)
        chosen[i] = Resolution(top.place, "dominant town", 0.7 * match_confidence(top), frozenset(c.place.geonameid for c in candidates))
        del pending[i]


_VILLAGE_OF_NOTE = 1_000
"""People enough for a village bearing a name as its own to be meant by it over a town bearing it as another name."""

_NOT_BORNE = ("russian", "phonetic", "fuzzy")
"""How a name is matched that a place does not bear as spelt: a Russian form derived for it, a sound-alike."""
_MANY_BEARERS = 3
"""Villages enough bearing a name as their own for it to be theirs, not a larger town's former name."""


def within(place: Place, division: Place) -> bool:
    if division.is_region:
        return place.admin1_code == division.admin1_code and not place.is_region
    if division.feature_code == "ADM2H":  # (an abolished raion: settlements carry the codes of the raions of 2020)
        return place.admin1_code == division.admin1_code and km_between(
            place.latitude, place.longitude, division.latitude, division.longitude
        ) <= _OLD_RAION_KM
    if division.is_raion:
        return place.admin1_code == division.admin1_code and place.admin2_code == division.admin2_code
    return False


_OLD_RAION_KM = 30.0
"""How far from its GeoNames point a place of a raion abolished in 2020 may lie (they were some 40-60 km across)."""


def size_rank(candidate: Candidate, named_admin1: set[str]) -> tuple[int, int, int, int, int, int]:
    place = candidate.place
    kind = {"PPLC": 5, "PPLA": 4, "PPLA2": 3, "PPLA3": 2}.get(
        place.feature_code, 1 if place.feature_class == "P" and place.feature_code not in GONE else 0
    )
    # GeoNames codes a city of 67,000 (Kostiantynivka) as a plain PPL, and a town of 9,900 (Pokrovske, Dnipropetrovsk
    # Oblast) ranks below a village of 2,800 its namesake that seats a community (PPLA3): size says more
    if place.feature_code == "PPLX":  # a section of a city: its population is the city's, not its own
        return (_strict_match(candidate), int(place.admin1_code in named_admin1), 0, 0, 0, 0)
    if place.feature_class == "P":
        kind = max(kind, 4 if place.population >= 100_000 else 3 if place.population >= 20_000 else 2 if place.population >= TOWN_POPULATION else kind)
    strict = _strict_match(candidate)
    own = int(own_name(candidate.matched, place))
    front = int(place.admin1_code in HOSTILITIES_ADMIN1)  # (of two namesakes of one kind, a war report's is the front's)
    return (strict, int(place.admin1_code in named_admin1), kind, front, own, place.population)


def _strict_match(candidate: Candidate) -> int:
    """1 for a name matched in one of its spellings, 0 for one matched by sound or fuzzily."""
    return 0 if candidate.how in ("phonetic", "fuzzy") else 1


HOSTILITIES_ADMIN1 = frozenset({"02", "04", "05", "07", "08", "11", "13", "14", "16", "17", "20", "21", "26"})
"""The GeoNames admin1 codes of the oblasts with territory where hostilities were conducted or which Russia occupied
since 2014 (Chernihiv, Dnipropetrovsk, Donetsk, Kharkiv, Kherson, Crimea, Kyiv Oblast, Luhansk, Mykolaiv, Odesa (Snake
Island), Sevastopol, Sumy, Zaporizhzhia): the oblasts of the list of such territories kept by Ukraine's Ministry for
the Reintegration of the Temporarily Occupied Territories (order No. 309 of 22 December 2022, as amended). Of two
namesakes of one kind, a war report names the one there."""


_OWN_NAME_SIMILARITY = 55.0
"""Spellings of one name ("Kiev"/"Kyiv", "Nikolaev"/"Mykolaiv") score above this; a former or
other name ("Oleksandrivka" for Donetsk) scores far below."""


@lru_cache(maxsize=65536)
def _own_name_key(key: str, name: str, name_uk: str | None) -> bool:
    from rapidfuzz import fuzz

    return any(
        other and fuzz.ratio(key, fold(other)) >= _OWN_NAME_SIMILARITY for other in (name, name_uk)
    )


def own_name(key: str, place: Place) -> bool:
    """Whether the matched name is the place's own name in some spelling, not an alternate one."""
    return _own_name_key(key, place.name, place.name_uk)


def _own_names_first(candidates: tuple[Candidate, ...], *, borne_only: bool = False) -> tuple[Candidate, ...]:
    """The candidates whose own name this is, if any is a settlement (not a city quarter): a town
    known by the name only as an alternate (a former name) does not win on size over them. With ``borne_only``,
    only those that bear it as spelt, not in a Russian form or by sound."""
    own = tuple(c for c in candidates if own_name(c.matched, c.place) and not (borne_only and c.how in _NOT_BORNE))
    if own and len(own) < len(candidates) and any(c.place.feature_code != "PPLX" for c in own):
        return own
    return candidates
