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
``resolution="undecided"``; the mention keeps all its candidates.
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
    _same_name_same_place(mentions, chosen, located)
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
_WEAK = ("near other places", "kind and size", "undecided")


def _same_name_same_place(
    mentions: Sequence[Mention], chosen: list[Resolution | None], located: dict[int, frozenset[int]]
) -> None:
    """A name a report repeats means one place: weakly decided mentions follow the best-supported choice."""
    # One name in any spelling: the mentions whose candidates are the same places ("Bilohorivka",
    # "Bilokhorivka")
    by_name: dict[frozenset[int], list[int]] = {}
    keys: dict[int, frozenset[int]] = {}  # by candidate tuple: a name's mentions share it
    by_sentence: dict[int, list[int]] = {}  # a sentence's settlements, by its start
    for i, mention in enumerate(mentions):
        if mention.kind == "settlement":
            by_sentence.setdefault(mention.sentence_start, []).append(i)
        if mention.kind == "settlement" and len(mention.candidates) > 1:
            key = keys.get(id(mention.candidates))
            if key is None:
                key = keys[id(mention.candidates)] = frozenset(c.place.geonameid for c in mention.candidates)
            by_name.setdefault(key, []).append(i)
    starts = sorted(by_sentence)
    previous = dict(zip(starts[1:], starts, strict=False))
    for indices in by_name.values():
        # What the text says of where the place lies (its oblast, a bearing from a town) outweighs
        # any number of guesses from closeness or size.
        strong: dict[int, float] = {}
        weak: dict[int, float] = {}
        places: dict[int, Place] = {}
        located_at: list[tuple[int, int]] = []  # (mention, place) where the text itself places the name
        for i in indices:
            resolution = chosen[i]
            if resolution is None or resolution.place is None or resolution.how.startswith("named apart"):
                continue  # (a namesake the text tells apart is another place: "not the Vodiane near Vuhledar")
            votes = weak if resolution.how.startswith(_WEAK) else strong
            votes[resolution.place.geonameid] = votes.get(resolution.place.geonameid, 0.0) + resolution.confidence
            places[resolution.place.geonameid] = resolution.place
            if votes is strong:
                located_at.append((i, resolution.place.geonameid))
        if len(places) < 2:
            continue
        votes = strong or weak
        best = max(votes, key=lambda g: votes[g])
        # (a place the text gave the name as an alias is the name's, though not among its namesakes: "Kamianka-Dniprovska,
        # which locals simply call Kamianka")
        aliased = any(chosen[i] is not None and chosen[i].place is not None and chosen[i].place.geonameid == best  # type: ignore[union-attr]
                      and chosen[i].how.startswith("short for") for i in indices)  # type: ignore[union-attr]
        for i in indices:
            resolution = chosen[i]
            target = best
            if len(strong) > 1 and resolution is not None and resolution.how.startswith(_WEAK):
                # a report placing two namesakes: the one the sentence before just placed, if it did
                target = _just_located(mentions, i, located_at, previous) or best
            if resolution is None or resolution.place is None or resolution.place.geonameid == target or resolution.how.startswith("named apart"):
                continue
            if _ANOTHER_BEFORE.search(mentions[i].sentence, 0, mentions[i].start - mentions[i].sentence_start):
                continue  # "confused the village with another Bilohorivka, north-east of Soledar": not the report's one
            outvoted = resolution.how.startswith("admin") and votes[target] >= 3 * votes.get(resolution.place.geonameid, 0.0)
            if resolution.how.startswith("near other places") and not _sets_apart_after(mentions[i]) and _beside_its_sentence(
                [chosen[j] for j in by_sentence[mentions[i].sentence_start] if j != i], resolution.place, places[target]
            ):
                continue  # a report's two lists may name two namesakes, each beside the other places of its sentence
            if (resolution.how.startswith(_WEAK) or outvoted) and (aliased or (target in located[i] if i in located else any(
                c.place.geonameid == target for c in mentions[i].candidates
            ))):  # a weak guess (inside the oblast its sentence names), or an oblast named once against three times as much evidence elsewhere
                chosen[i] = Resolution(places[target], "same name elsewhere in the report", 0.6)


def _just_located(mentions: Sequence[Mention], i: int, located_at: list[tuple[int, int]], previous: dict[int, int]) -> int | None:
    """The place of the mention of the name nearest before mention ``i``, if the text placed it there, in ``i``'s
    sentence or the one before with places (``previous``, by sentence start): "... near Bilohorivka in Luhansk Oblast.
    Bilohorivka has been in Ukrainian hands since ..." is that Bilohorivka, whatever the report says elsewhere."""
    before = [(j, place) for j, place in located_at if j < i]
    if not before:
        return None
    j, place = before[-1]
    here = mentions[i].sentence_start
    return place if mentions[j].sentence_start in (here, previous.get(here)) else None


_CLUSTER_KM = 150.0


_STRAY_KM = 300.0


def _beside_its_sentence(others: list[Resolution | None], place: Place, other: Place) -> bool:
    """Whether ``place`` lies beside one of the places its sentence's ``others`` name, and ``other`` beside none."""
    around = [r.place for r in others if r is not None and r.place is not None]
    nearest = min((km_apart(place, p) for p in around), default=float("inf"))
    apart = min((km_apart(other, p) for p in around), default=float("inf"))
    return (nearest <= _BESIDE_KM and apart > _APART_KM) or (nearest <= _BESIDE_FAR_KM and apart > max(_APART_KM, _FAR_APART_TIMES * nearest))


_ANOTHER_BEFORE = re.compile(r"\b(?:another|a\s+second|a\s+different|a\s+separate)\s+$", re.IGNORECASE)


def _sets_apart_after(mention: Mention) -> bool:
    """Whether the mention's sentence goes on to set a namesake apart, which the sentence's other places then locate:
    "This Zhuravka has nothing to do with the Zhuravka near Pokrovsk" (Pokrovsk is the other Zhuravka's)."""
    return bool(_SETS_APART.search(mention.sentence, mention.end - mention.sentence_start))


_SETS_APART = re.compile(r"\bconfused\s+with\b|\bnothing\s+to\s+do\s+with\b|\bnamesakes?\b|\b(?:same|that)\s+name\b", re.IGNORECASE)
_BESIDE_KM = 10.0
_APART_KM = 30.0
_BESIDE_FAR_KM = 20.0
_FAR_APART_TIMES = 4.0
"""Beside its sentence's places: within 10 km where the other namesake is more than 30 km from them, within 20 km
where it is four times as far ("near Rubizhne, Sievierodonetsk and Popasna": the Rubizhne 11 km from
Sievierodonetsk, not the one 180 km away in Kharkiv Oblast; "liberated Robotyne and fought near Verbove": the Verbove
12 km from Robotyne, not the one 60 km away that the report places later)."""


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
