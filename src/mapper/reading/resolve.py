"""Choosing among namesakes: which of a name's candidate places the report means.

Evidence is weighed in this order:

1. **only candidate**: the name stands for one place.
2. **admin named nearby**: an oblast or raion named in the same sentence
   ("Bilohirka in the Kherson region", "A, B and C in Kharkiv Oblast",
   "seven villages in Svatove Raion: ...") keeps the candidates inside it
   (:mod:`mapper.reading.divisions`).
3. **near other places**: a report's places lie together (a list of villages,
   a front line). Unambiguous places anchor; each remaining name takes the
   candidate closest to an anchor (anchors of the same sentence count double),
   and then anchors the rest in turn. (Before it, what the text calls a place, "the town of X", and the part
   of its oblast it lies in keep the namesakes that fit: :mod:`mapper.reading.described`; a city district
   takes the namesake inside a city the report names: :mod:`mapper.reading.citydistricts`; a former name of a
   place its sentence names is that place, and a name given beside another as its other name follows it:
   :mod:`mapper.reading.othernames`.)
4. **kind and size**: a regional centre over a village, a town over a hamlet;
   oblasts the report names count in a candidate's favour.

Where nothing decides, the largest candidate is kept with a low confidence and
``resolution="undecided"``; the mention keeps all its candidates. A name the report repeats means one place
(:mod:`mapper.reading.samename`).
"""

from __future__ import annotations

import re
from collections.abc import Callable, Mapping, Sequence

from mapper.model import Candidate, Mention, Place
from mapper.reading.analysis import SentenceAnalysis, SentenceIndex, analyse_mentions
from mapper.reading.citydistricts import by_city_named, names_a_district
from mapper.reading.closeness import by_closeness, cities_among_villages
from mapper.reading.described import by_description
from mapper.reading.directions import by_direction_named
from mapper.reading.divisions import (
    by_admin_named_nearby,
    by_boundary_named,
    by_republic_named,
)
from mapper.reading.geography import Anchors, km_apart, km_to, size_bonus
from mapper.reading.namesakes import (
    LOOSE,
    Resolution,
    direction_town,
    distinct,
    dominant_town,
    largest_first,
    major_city,
    match_confidence,
    own_name,
    size_rank,
)
from mapper.reading.notes import (
    by_alias_note,
    by_disambiguation_note,
    by_same_name_note,
)
from mapper.reading.othernames import by_other_name_beside, other_name_same_place
from mapper.reading.positions import (
    by_position,
    position_hints,
    position_once_anchored,
    reject_misplaced_loose_matches,
)
from mapper.reading.samename import same_name_same_place

__all__ = ["Resolution", "resolve"]


def resolve(
    mentions: Sequence[Mention],
    analyses: Mapping[int, SentenceAnalysis] | None = None,
    region_of: Callable[[str], Place | None] | None = None,
    text: str | None = None,
) -> list[Resolution]:
    """Choose a place for each of a report's mentions.

    Parameters
    ----------
    mentions
        All the mentions of one report, in text order (closeness to the others
        is what decides many namesakes).
    analyses
        Each sentence's analysis by its start offset (:func:`mapper.reading.analysis.analyse_mentions`): its
        lists and position hints. Made here when not given.
    text
        The report's text, where a paragraph's direction ("In the Northern Slobozhanskyi direction") places the names
        after it (:mod:`mapper.reading.directions`); without it, that is not read.
    region_of
        The oblast (ADM1) of an admin1 code (:meth:`mapper.gazetteer.Gazetteer.region`), for the part of its
        oblast a text says a place lies in ("in the south of the region"); without it, that is not read.

    Returns
    -------
    list of Resolution
        One per mention; ``place`` is ``None`` for a mention without candidates.

    Examples
    --------
    A village named with its oblast takes the namesake inside it; one named among
    villages of one area takes the namesake nearest them.
    """
    chosen: list[Resolution | None] = [None] * len(mentions)
    pending: dict[int, tuple[Candidate, ...]] = {}
    # Candidate tuples are shared between a name's mentions: each is looked at once, and the
    # mentions of a name with one candidate (or none) share one (immutable) Resolution.
    seen: dict[int, tuple[tuple[Candidate, ...], Resolution | None]] = {}
    for i, mention in enumerate(mentions):
        known = seen.get(id(mention.candidates))
        if known is None:
            candidates = distinct(mention.candidates)
            if not candidates:
                known = (candidates, Resolution(None, "unresolved", 0.0))
            elif len(candidates) == 1:
                only = candidates[0]
                known = (candidates, Resolution(only.place, f"only candidate ({only.how})", match_confidence(only)))
            else:
                known = (candidates, None)
            seen[id(mention.candidates)] = known
        candidates, resolution = known
        if resolution is None:
            pending[i] = candidates
        else:
            chosen[i] = resolution
    by_alias_note(mentions, chosen, pending)
    direction_town(mentions, chosen, pending)
    if analyses is None:
        analyses = analyse_mentions(mentions)
    sentences = SentenceIndex(mentions, analyses)
    # hints matter where a name is still open, or matched only loosely (a hint may reject it)
    loose = [i for i, m in enumerate(mentions) if m.candidates and all(c.how in LOOSE for c in m.candidates)]
    hints = position_hints(sentences, [*pending, *loose])
    # (located: the namesakes where the text places a name, by a hint or by the oblast named right by it, where
    # several are there; a repeated name's other mentions do not carry it out of them: "Rubizhne (Kharkiv Oblast)"
    # beside "the city of Rubizhne in Luhansk Oblast")
    located: dict[int, frozenset[int]] = {}
    by_position(mentions, hints, chosen, pending, located)
    by_description(mentions, sentences, chosen, pending, region_of)
    if text is not None:
        by_direction_named(mentions, chosen, pending, text)
    by_admin_named_nearby(mentions, sentences, chosen, pending, located, placed=hints.keys())
    by_boundary_named(mentions, chosen, pending)
    by_republic_named(mentions, chosen, pending)
    by_disambiguation_note(mentions, chosen, pending)
    by_same_name_note(mentions, chosen, pending, located)
    by_position(mentions, hints, chosen, pending, located)
    by_other_name_beside(mentions, chosen, pending)
    among_villages = cities_among_villages(mentions, sentences, pending)
    major_city(chosen, pending, among_villages)
    by_city_named(mentions, chosen, pending)
    starts = sorted({m.sentence_start for m in mentions})
    anchors = Anchors(previous=dict(zip(starts[1:], starts, strict=False)))
    by_closeness(mentions, sentences, chosen, pending, anchors, range(len(mentions)), among_villages)
    undecided = list(pending)
    dominant_town(chosen, pending)
    named_admin1 = {
        r.place.admin1_code for r, m in zip(chosen, mentions, strict=True) if r and r.place and m.kind == "region"
        and not _DESTINATION_BEFORE.search(m.sentence, max(0, m.start - m.sentence_start - 40), m.start - m.sentence_start)
    }  # (not an oblast people go to: "urged families to evacuate to safer areas of Dnipropetrovsk Oblast")
    # A name whose largest namesake is of a higher kind (a raion centre among villages) takes it,
    # and anchors a second round for the names that are villages only.
    for i, candidates in list(pending.items()):
        ranked = largest_first(candidates, named_admin1)
        if len(ranked) == 1 or size_rank(ranked[0], named_admin1)[:3] > size_rank(ranked[1], named_admin1)[:3]:
            chosen[i] = Resolution(ranked[0].place, "kind and size", 0.5 * match_confidence(ranked[0]), _ids(candidates))
            del pending[i]
    by_closeness(mentions, sentences, chosen, pending, anchors, [i for i in undecided if i not in pending])
    for i, candidates in pending.items():
        ranked = largest_first(candidates, named_admin1)
        top, second = ranked[0], ranked[1:2]
        if not second or size_rank(top, named_admin1) > size_rank(second[0], named_admin1):
            chosen[i] = Resolution(top.place, "kind and size", 0.5 * match_confidence(top), _ids(candidates))
        else:
            chosen[i] = Resolution(top.place, "undecided", 0.2, _ids(candidates))
    position_once_anchored(mentions, hints, chosen)
    _keep_inside_cluster(mentions, chosen)
    same_name_same_place(mentions, chosen, located)
    other_name_same_place(mentions, chosen)
    _reject_far_loose_matches(mentions, chosen)
    reject_misplaced_loose_matches(mentions, hints, chosen)
    return [r if r is not None else Resolution(None, "unresolved", 0.0) for r in chosen]


def _ids(candidates: tuple[Candidate, ...]) -> frozenset[int]:
    return frozenset(c.place.geonameid for c in candidates)


_FAR_KM = 60.0
_GUESSED = ("phonetic", "fuzzy")
"""Matches by sound or edit distance: guesses, dropped far from the report's places. A systematic spelling (a
transliteration, a Russian form) of the name is no guess: "Kupyansk-Vuzlovyi" is the town wherever the report."""


def _reject_far_loose_matches(mentions: Sequence[Mention], chosen: list[Resolution | None]) -> None:
    """A name matched only by a guess (by sound or edit distance) to a place outside every oblast the report
    names, and far from every place it names exactly, is more likely a place the gazetteer lacks;
    so is a city district ("the Kyivskyi district") placed in another city far from the report."""
    named_admin1: set[str] = set()
    exact_places: dict[int, Place] = {}
    settlements: list[tuple[int, Place, bool]] = []  # (index, place, matched loosely)
    hows: dict[tuple[int, int], str] = {}  # by (candidate tuple, place): a name's mentions share them
    for i, (mention, resolution) in enumerate(zip(mentions, chosen, strict=True)):
        if resolution is None or resolution.place is None:
            continue
        if mention.kind == "region":
            named_admin1.add(resolution.place.admin1_code)
        elif mention.kind == "settlement":
            key = (id(mention.candidates), resolution.place.geonameid)
            how = hows.get(key)
            if how is None:
                how = hows[key] = _how(mention, resolution.place)
            settlements.append((i, resolution.place, how in _GUESSED))
            if how not in LOOSE:
                exact_places[resolution.place.geonameid] = resolution.place
    if not named_admin1 and not exact_places:
        return
    exact = Anchors()
    for place in exact_places.values():
        exact.add(-1, place)
    for i, place, loose in settlements:
        mention = mentions[i]
        if place.admin1_code in named_admin1 or not (loose or _is_city_district(mention, place)):
            continue
        if exact.closeness(place, -2) + size_bonus(place) <= _FAR_KM:
            continue
        what = "closest spelling" if loose else "a city district of that name"
        chosen[i] = Resolution(None, f"unresolved: {what} is {place.name} ({place.geonameid}), "
                                     f"far from the report's other places", 0.0)  # fmt: skip


_SUBURB_AFTER = re.compile(
    r",\s+(?:a|an|the)\s+(?:[\w-]+\s+){0,2}?(?:suburb|district|neighbou?rhood|microdistrict|quarter)\b", re.IGNORECASE
)


def _is_city_district(mention: Mention, place: Place) -> bool:
    """A part of a city ("Kyivskyi district", "the Saltivskyi and Kyivskyi districts",
    "Pyatykhatky, the northern suburb")."""
    offset = mention.end - mention.sentence_start
    if _SUBURB_AFTER.match(mention.sentence, offset):
        return True
    return place.feature_code in ("PPLX", "ADM3", "ADM4") and names_a_district(mention)


def _how(mention: Mention, place: Place) -> str:
    return next((c.how for c in mention.candidates if c.place.geonameid == place.geonameid), "")


_DESTINATION_BEFORE = re.compile(
    r"\b(?:to|into|towards?)\s+(?:(?:the|safer|safe|other|western|central|calmer|areas?|parts?|regions?|of)\s+){0,4}$",
    re.IGNORECASE,
)
"""Where an oblast is named as a destination, not as where the report's places lie."""
_CLUSTER_KM = 150.0
"""How far from a local report's centre its places lie."""
_STRAY_KM = 300.0
"""How far from every other place of a local report a place decided on size alone may lie."""
_FIRM = ("only candidate", "admin named nearby", "near other places", "named apart", "position given", "short for")


def _keep_inside_cluster(mentions: Sequence[Mention], chosen: list[Resolution | None]) -> None:
    """A report whose places lie together (a local report) does not silently name a place hundreds of
    km from all of them when a namesake lies among them: a name decided on size alone, or by an
    alternate name, moves to the namesake inside the report's cluster. Cities of national importance
    named by their own name (a strike on Kyiv in a report from the front) stay."""
    places: dict[int, Place] = {}
    for mention, resolution in zip(mentions, chosen, strict=True):
        if resolution is not None and resolution.place is not None and mention.kind == "settlement":
            places[resolution.place.geonameid] = resolution.place
    if len(places) < 3:
        return
    latitudes = sorted(p.latitude for p in places.values())
    longitudes = sorted(p.longitude for p in places.values())
    centre = (latitudes[len(latitudes) // 2], longitudes[len(longitudes) // 2])
    inside = [p for p in places.values() if km_to(p, centre) <= _CLUSTER_KM]
    if len(inside) < 0.75 * len(places):
        return  # not a local report
    for i, (mention, resolution) in enumerate(zip(mentions, chosen, strict=True)):
        if resolution is None or resolution.place is None or mention.kind != "settlement":
            continue
        if len(mention.candidates) < 2 or resolution.how.startswith(_FIRM):
            continue
        place = resolution.place
        key = next((c.matched for c in mention.candidates if c.place.geonameid == place.geonameid), None)
        if key is None:
            continue  # a place the text gave the name as an alias ("Kamianka-Dniprovska, which locals call Kamianka")
        if own_name(key, place) and size_bonus(place) >= 40.0:
            continue
        if km_to(place, centre) <= _CLUSTER_KM or any(
            km_apart(place, other) <= _STRAY_KM for other in inside if other.geonameid != place.geonameid
        ):
            continue
        # (among the namesakes the text left open: "Serhiivka in Odesa Oblast" stays in the oblast)
        near = [c for c in distinct(mention.candidates) if km_to(c.place, centre) <= _CLUSTER_KM
                and (not resolution.open or c.place.geonameid in resolution.open)]
        if not near:
            continue
        best = min(near, key=lambda c: (km_to(c.place, centre) - size_bonus(c.place), c.place.geonameid))
        km = km_to(best.place, centre)
        chosen[i] = Resolution(best.place, f"near other places ({km:.0f} km from the report's centre)", 0.5)
