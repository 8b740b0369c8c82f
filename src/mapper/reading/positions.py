"""Namesakes decided by what the sentence says of position: "Bilohorivka (12 km south of
Kreminna)", "northwest of Lyman near A and B" (hints read by :mod:`mapper.reading.bearings`)."""

from __future__ import annotations

import math
from collections.abc import Iterable, Sequence

from mapper.model import Candidate, Mention, Place
from mapper.reading.analysis import SentenceIndex
from mapper.reading.bearings import (
    FRONTED_KM,
    TOPIC,
    PositionHint,
    degrees_off,
    fits,
    fronted_bearing,
    opposes,
)
from mapper.reading.geography import km_apart
from mapper.reading.namesakes import (
    LOOSE,
    Resolution,
    distinct,
    likely_anchors,
    match_confidence,
)

__all__ = ["by_position", "position_hints", "position_once_anchored", "reject_misplaced_loose_matches"]


def position_hints(sentences: SentenceIndex, wanted: Iterable[int]) -> dict[int, tuple[int, PositionHint]]:
    """For each mention a sentence places by another ("X (12 km south of Y)"), that other mention
    (an index into the report's mentions) and the hint; read only in the sentences of the ``wanted``
    mentions (those a hint could decide or reject)."""
    hints: dict[int, tuple[int, PositionHint]] = {}
    for start in {sentences.mentions[i].sentence_start for i in wanted}:
        analysis = sentences.analyses[start]
        first = sentences.first[start]
        for k, hint in enumerate(analysis.hints):
            if hint is not None and hint.anchor == TOPIC:
                if (topic := _topic_before(sentences.mentions, first)) is not None:
                    hints[first + k] = (topic, hint)
            elif hint is not None:
                hints[first + k] = (first + hint.anchor, hint)
                if sentences.mentions[first + k].kind in ("region", "raion"):
                    # "near A, B and C in Dnipropetrovsk Oblast, north of Huliaipole": the bearing places the list
                    # the oblast locates, not the oblast
                    for m in _list_before(analysis.groups, k):
                        hints.setdefault(first + m, (first + hint.anchor, hint))
        bearing = fronted_bearing(analysis.text)
        topic = _topic_before(sentences.mentions, first) if bearing is not None else None
        if topic is not None:  # "North-west of the city, the brigade recaptured X": X lies that way from the town
            for k in range(len(analysis.spans)):
                if first + k not in hints and sentences.mentions[first + k].kind == "settlement":
                    hints[first + k] = (topic, PositionHint(topic, bearing, None, FRONTED_KM))
    return hints


def _list_before(groups: Sequence[int], k: int) -> list[int]:
    """The members of the list right before the name at ``k`` of a sentence (by its analysis's groups)."""
    if k == 0:
        return []
    return [m for m in range(k) if groups[m] == groups[k - 1]]


def _topic_before(mentions: Sequence[Mention], first: int) -> int | None:
    """The last mention, before mention ``first``, of the settlement named most often before it: the town a
    narrative is about, which "the city" of a fronted bearing stands for (``None`` when no name recurs)."""
    counts: dict[int | str, int] = {}
    last: dict[int | str, int] = {}
    for i in range(first):
        candidates = mentions[i].candidates
        if mentions[i].kind == "settlement" and candidates:
            # a name with one place counts with its other spellings ("Izium", "Izyum"); others by their spelling
            key = candidates[0].place.geonameid if len(candidates) == 1 else mentions[i].surface
            counts[key] = counts.get(key, 0) + 1
            last[key] = i
    if not counts:
        return None
    key = max(counts, key=lambda k: (counts[k], last[k]))
    return last[key] if counts[key] > 1 else None


def by_position(
    mentions: Sequence[Mention],
    hints: dict[int, tuple[int, PositionHint]],
    chosen: list[Resolution | None],
    pending: dict[int, tuple[Candidate, ...]],
    located: dict[int, frozenset[int]] | None = None,
) -> None:
    """Names the sentence places by another ("Bilohorivka (12 km south of Kreminna)", "northwest of
    Lyman near A and B") take the namesake that lies there, once that other place is decided. Where two
    or more namesakes lie there, the others are set aside, and ``located`` receives the ids of those left."""
    for i, (a, hint) in hints.items():
        if i not in pending or _same_name(mentions[i], mentions[a]):
            continue  # ("the villages south and east of the city of Kostiantynivka" after "the Kostiantynivka approaches")
        anchor = chosen[a]
        if anchor is not None and anchor.place is None:
            continue
        # each (namesake, anchor namesake) pair: how far the namesake lies from where the hint puts it
        anchors = [anchor.place] if anchor is not None else likely_anchors(pending.get(a, ()))
        if len(anchors) == 1 and anchors[0].population >= _CITY_POPULATION and (
            outside := tuple(c for c in pending[i] if not _quarter_of(c.place, anchors[0]))
        ):
            pending[i] = outside  # "Lukianivka, east of Kyiv" lies outside Kyiv: not the city's own quarter, however near
        misses = sorted(
            (fits(hint, c.place.latitude, c.place.longitude, p.latitude, p.longitude), n, m,
             opposes(hint, c.place.latitude, c.place.longitude, p.latitude, p.longitude))
            for n, c in enumerate(pending[i]) for m, p in enumerate(anchors)
            if not _quarter_of(c.place, p) and c.place.geonameid != p.geonameid  # (no place lies north-west of itself:
        )  # fmt: skip                                                              # "Grishino, north-west of Krasnoarmeysk")
        if not misses:
            continue
        best = misses[0]
        rival = min((miss for miss, n, _, opposed in misses if n != best[1] and not opposed), default=math.inf)
        margin = _PRECISE_MARGIN_KM if hint.km and hint.bearing is not None else _MARGIN_KM
        if best[0] > _FITS_KM:
            continue
        if rival <= best[0] + margin:
            fitting = {n for miss, n, _, opposed in misses if miss <= best[0] + margin and not opposed} | {best[1]}
            placed = _much_nearer(hint, pending[i], anchors, fitting)
            if placed is None:
                placed = _on_the_bearing(hint, pending[i], anchors, fitting, {n for miss, n, _, _ in misses if miss <= best[0]})
            if placed is not None:
                found = pending.pop(i)[placed]
                chosen[i] = Resolution(found.place, f"position given ({mentions[a].surface})", 0.85 * match_confidence(found))
                continue
            if located is not None and len(fitting) < len(pending[i]):
                pending[i] = tuple(c for n, c in enumerate(pending[i]) if n in fitting)
                located[i] = frozenset(c.place.geonameid for c in pending[i])
            continue
        found = pending.pop(i)[best[1]]
        chosen[i] = Resolution(found.place, f"position given ({mentions[a].surface})", 0.9 * match_confidence(found))
        if anchor is None and a in pending:
            anchor_rival = min((miss for miss, _, m, _ in misses if m != best[2]), default=math.inf)
            if anchor_rival > best[0] + 20.0:
                place = anchors[best[2]]  # (the likely anchors are some of its candidates, in another order)
                placed = next(c for c in pending.pop(a) if c.place.geonameid == place.geonameid)
                chosen[a] = Resolution(placed.place, f"position given ({mentions[i].surface})", 0.9 * match_confidence(placed))


_ON_BEARING_DEGREES = 30.0
_OFF_BEARING_DEGREES = 55.0


def _on_the_bearing(
    hint: PositionHint, candidates: Sequence[Candidate], anchors: Sequence[Place], fitting: set[int], best: set[int]
) -> int | None:
    """Of namesakes that all fit a hint's reach, the one the bearing points at where the others lie well off it:
    "Danylivka, north of Huliaipole" is the village 24 km due north, not the one 23 km west-north-west. It must be
    among the ``best`` fits: a bearing alone does not reach past the hint's distance. ``None`` with no bearing,
    more than one anchor or no such namesake."""
    if hint.bearing is None or len(anchors) != 1:
        return None
    anchor = anchors[0]
    off = {n: degrees_off(hint.bearing, candidates[n].place.latitude, candidates[n].place.longitude,
                          anchor.latitude, anchor.longitude) for n in fitting}  # fmt: skip
    on = [n for n, degrees in off.items() if degrees <= _ON_BEARING_DEGREES]
    if len(on) == 1 and on[0] in best and all(degrees > _OFF_BEARING_DEGREES for n, degrees in off.items() if n != on[0]):
        return on[0]
    return None


def _much_nearer(hint: PositionHint, candidates: Sequence[Candidate], anchors: Sequence[Place], fitting: set[int]) -> int | None:
    """Of namesakes that all fit a hint without a distance, the one far nearer its anchor than any other: a
    writer places a village by a town beside it ("Bilohorivka (northeast of Soledar)" is the village 8 km off,
    not the one 29 km off on the same bearing). ``None`` with a distance, more than one anchor or no such one."""
    if hint.km is not None or hint.reach > _NEARER_REACH_KM or len(anchors) != 1 or len(fitting) < 2:
        return None  # (not "villages north-east of Kharkiv, including A and B": a wide area)
    anchor = anchors[0]
    by_distance = sorted((km_apart(candidates[n].place, anchor), n) for n in fitting)
    (nearest, n), (next_nearest, _) = by_distance[0], by_distance[1]
    if next_nearest >= _NEARER_TIMES * nearest and next_nearest - nearest >= _NEARER_BY_KM:
        return n
    return None


_NEARER_REACH_KM = 35.0
_NEARER_TIMES = 2.5
_NEARER_BY_KM = 15.0
"""How much nearer its anchor than the next one a namesake must lie for a bare bearing to choose it."""


def position_once_anchored(
    mentions: Sequence[Mention], hints: dict[int, tuple[int, PositionHint]], chosen: list[Resolution | None]
) -> None:
    """Names a hint could not place while its anchor was open ("southwest of Kostiantynivka near Sofiivka", where
    Kostiantynivka has 25 namesakes), placed again once the anchor is decided: the hint outweighs the report's
    cluster or a namesake's size, which decided them meanwhile."""
    again = {
        i: distinct(mentions[i].candidates)
        for i, (a, _) in hints.items()
        if (r := chosen[i]) is not None and r.how.startswith(_GUESSES) and (anchor := chosen[a]) is not None
        and anchor.place is not None and (not anchor.how.startswith(_BY_SIZE) or anchor.place.population >= _ANCHOR_BY_SIZE)
    }  # fmt: skip
    if again:
        by_position(mentions, {i: hints[i] for i in again}, chosen, again)


_BY_SIZE = ("kind and size", "dominant town", "undecided")
"""How a name is decided by its namesakes' size alone: no anchor for a hint, unless a city (:data:`_ANCHOR_BY_SIZE`)."""
_ANCHOR_BY_SIZE = 20_000
"""People enough for the largest of a name's namesakes to anchor a hint though only its size chose it: "south-west of
Kostiantynivka" is of the city of 67,000, not of a village of that name."""
_GUESSES = ("near other places", *_BY_SIZE)
"""How a name is decided when the text says nothing of it (an anchor decided by closeness is trusted)."""
_FITS_KM = 20.0
"""How far from where a hint puts it the best namesake may lie and still be the one meant (a list "southwest of X
near A and B" may lie 25 km out)."""
_MARGIN_KM = 20.0
"""How much worse than the best namesake the next must fit a hint for the hint to decide."""
_PRECISE_MARGIN_KM = 10.0
"""The same, for a hint that gives both a distance and a bearing ("about 20 km south of X")."""
_QUARTER_KM = 15.0
"""A section of a populated place (GeoNames PPLX) this close to a town is a quarter of it."""


_CITY_POPULATION = 100_000
"""A town this large has quarters of its own that GeoNames lists (PPLX): a place said to lie beside it is not one."""


def _same_name(mention: Mention, other: Mention) -> bool:
    """Whether two mentions name the same namesakes: one cannot place the other."""
    return {c.place.geonameid for c in mention.candidates} == {c.place.geonameid for c in other.candidates}


def _quarter_of(place: Place, anchor: Place) -> bool:
    """Whether ``place`` is a quarter of the town a hint measures from: "Zelene, north-east of Kharkiv" is not
    Kharkiv's own Zelene, 8 km from its centre, whatever the bearing."""
    return place.feature_code == "PPLX" and km_apart(place, anchor) < _QUARTER_KM


def reject_misplaced_loose_matches(
    mentions: Sequence[Mention], hints: dict[int, tuple[int, PositionHint]], chosen: list[Resolution | None]
) -> None:
    """A name matched only loosely (by sound or edit distance) is dropped when the sentence says where
    it lies and the match lies elsewhere: "Shepilov (7 km south of Kreminna)" is not a Shepilovka 100 km
    away, whatever the spelling suggests."""
    for i, (a, hint) in hints.items():
        here, anchor = chosen[i], chosen[a]
        if here is None or here.place is None or anchor is None or anchor.place is None:
            continue
        if not all(c.how in LOOSE for c in mentions[i].candidates):
            continue
        p, q = here.place, anchor.place
        if fits(hint, p.latitude, p.longitude, q.latitude, q.longitude) > 20.0:
            chosen[i] = Resolution(None, "unresolved: no match lies where the text places it", 0.0)
