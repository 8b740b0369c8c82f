"""Choosing among namesakes: which of a name's candidate places the report means.

Evidence is weighed in this order:

1. **only candidate**: the name stands for one place.
2. **admin named nearby**: an oblast or raion named in the same sentence
   ("Bilohirka in the Kherson region", "A, B and C in Kharkiv Oblast",
   "seven villages in Svatove Raion: ...") keeps the candidates inside it.
3. **near other places**: a report's places lie together (a list of villages,
   a front line). Unambiguous places anchor; each remaining name takes the
   candidate closest to an anchor (anchors of the same sentence count double),
   and then anchors the rest in turn.
4. **kind and size**: a regional centre over a village, a town over a hamlet;
   oblasts the report names count in a candidate's favour.

Where nothing decides, the largest candidate is kept with a low confidence and
``resolution="undecided"``; the mention keeps all its candidates.
"""

from __future__ import annotations

import math
import re
from collections.abc import Iterable, Mapping, Sequence
from dataclasses import dataclass
from functools import lru_cache

from mapper.gazetteer.names import fold
from mapper.model import Candidate, Mention, Place
from mapper.reading.analysis import SentenceAnalysis, analyse_mentions
from mapper.reading.bearings import PositionHint, fits
from mapper.reading.cues import LOCATOR_GAP

__all__ = ["Resolution", "resolve", "resolve_from_batch", "FIRM", "WEAK_CHOICES"]

_NEAR_KM = 60.0
"""A candidate this close to an anchor is taken as near the other places."""


@dataclass(frozen=True, slots=True)
class Resolution:
    """The place chosen for one mention, how, and how sure (0–1)."""

    place: Place | None
    how: str
    confidence: float


def resolve(mentions: Sequence[Mention], analyses: Mapping[int, SentenceAnalysis] | None = None) -> list[Resolution]:
    """Choose a place for each of a report's mentions.

    Parameters
    ----------
    mentions
        All the mentions of one report, in text order (closeness to the others
        is what decides many namesakes).
    analyses
        Each sentence's analysis by its start offset (:func:`mapper.reading.analysis.analyse_mentions`): its
        lists and position hints. Made here when not given.

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
            candidates = _distinct(mention.candidates)
            if not candidates:
                known = (candidates, Resolution(None, "unresolved", 0.0))
            elif len(candidates) == 1:
                only = candidates[0]
                known = (candidates, Resolution(only.place, f"only candidate ({only.how})", _match_confidence(only)))
            else:
                known = (candidates, None)
            seen[id(mention.candidates)] = known
        candidates, resolution = known
        if resolution is None:
            pending[i] = candidates
        else:
            chosen[i] = resolution
    _direction_town(mentions, chosen, pending)
    if analyses is None:
        analyses = analyse_mentions(mentions)
    sentences = _Sentences(mentions, analyses)
    hints = _position_hints(sentences)
    _by_position(mentions, hints, chosen, pending)
    _by_admin_named_nearby(mentions, sentences, chosen, pending)
    _by_position(mentions, hints, chosen, pending)
    _major_city(chosen, pending)
    anchors = _Anchors()
    _by_closeness(mentions, sentences, chosen, pending, anchors, range(len(mentions)))
    undecided = list(pending)
    _dominant_town(chosen, pending)
    named_admin1 = {
        r.place.admin1_code for r, m in zip(chosen, mentions, strict=True) if r and r.place and m.kind == "region"
    }
    # A name whose largest namesake is of a higher kind (a raion centre among villages) takes it,
    # and anchors a second round for the names that are villages only.
    for i, candidates in list(pending.items()):
        ranked = _largest_first(candidates, named_admin1)
        if len(ranked) == 1 or _size_rank(ranked[0], named_admin1)[:3] > _size_rank(ranked[1], named_admin1)[:3]:
            chosen[i] = Resolution(ranked[0].place, "kind and size", 0.5 * _match_confidence(ranked[0]))
            del pending[i]
    _by_closeness(mentions, sentences, chosen, pending, anchors, [i for i in undecided if i not in pending])
    for i, candidates in pending.items():
        ranked = _largest_first(candidates, named_admin1)
        top, second = ranked[0], ranked[1:2]
        if not second or _size_rank(top, named_admin1) > _size_rank(second[0], named_admin1):
            chosen[i] = Resolution(top.place, "kind and size", 0.5 * _match_confidence(top))
        else:
            chosen[i] = Resolution(top.place, "undecided", 0.2)
    _keep_inside_cluster(mentions, chosen)
    _same_name_same_place(mentions, chosen)
    _reject_far_loose_matches(mentions, chosen)
    _reject_misplaced_loose_matches(mentions, hints, chosen)
    return [r if r is not None else Resolution(None, "unresolved", 0.0) for r in chosen]


_DIRECTION_AFTER = re.compile(
    r"(?:\s*[-\u2013]\s*[\w'’-]+)?\s+(?:direction|axis|sector|tactical\s+area|operational\s+area)\b", re.IGNORECASE
)


def _direction_town(
    mentions: Sequence[Mention], chosen: list[Resolution | None], pending: dict[int, tuple[Candidate, ...]]
) -> None:
    """A direction, axis or tactical area is named after a town ("the Lyman direction"): the town, not a
    hamlet of the same name, when one namesake dwarfs the others."""
    for i, candidates in list(pending.items()):
        mention = mentions[i]
        if not _DIRECTION_AFTER.match(mention.sentence, mention.end - mention.sentence_start):
            continue
        ranked = sorted(candidates, key=lambda c: -c.place.population)
        top, second = ranked[0].place.population, ranked[1].place.population
        if top >= _TOWN_POPULATION and top >= 3 * second:
            chosen[i] = Resolution(ranked[0].place, "town a direction is named after", 0.8 * _match_confidence(ranked[0]))
            del pending[i]


_BATCH_KM = 20.0
"""A namesake this close to a place another report of the batch names is the one meant."""
FIRM = ("only candidate (exact", "only candidate (folded", "admin named nearby", "position given", "major city",
        "town a direction", "near other places")
"""How a mention is resolved when the text itself decided its place: such places are context for others."""
WEAK_CHOICES = ("undecided",)
"""How a mention is resolved when nothing in its report told its namesakes apart."""


def resolve_from_batch(
    mentions: Sequence[Mention],
    resolutions: Sequence[Resolution],
    batch: Sequence[tuple[Mention, Resolution]],
) -> list[Resolution]:
    """The resolutions of one report, its undecided names placed by what the batch's other reports say.

    A one-line caption ("Shelling of Pavlivka") cannot tell 30 Pavlivkas apart; another report of the
    batch may place the same name ("Shelling of Pavlivka near Vuhledar"), or name places near one of
    them (captions from one front). ``batch`` holds the other reports' mentions whose place their own
    text decided. A name its own report left undecided, or to the rank of villages, takes the namesake
    the batch placed by that name, else the one clearly nearest the batch's places.
    """
    if not batch:
        return list(resolutions)
    by_name = {frozenset(c.place.geonameid for c in m.candidates): r.place for m, r in batch if len(m.candidates) > 1}
    anchors = _Anchors()
    for _, resolution in batch:
        anchors.add(-1, resolution.place)  # type: ignore[arg-type]
    out = list(resolutions)
    for i, resolution in enumerate(resolutions):
        if resolution.how not in WEAK_CHOICES and not (
            resolution.how == "kind and size" and resolution.place is not None
            and resolution.place.population < _TOWN_POPULATION
        ):  # a village chosen among villages for its rank is a guess; a town is what readers mean
            continue
        candidates = _distinct(mentions[i].candidates)
        if len(candidates) < 2:
            continue
        named = by_name.get(frozenset(c.place.geonameid for c in mentions[i].candidates))
        if named is not None:
            out[i] = Resolution(named, "same name in another report of the batch", 0.6)
            continue
        score, runner_up, best = _nearest_namesake(candidates, anchors, -2, [], None, {})
        if score <= _BATCH_KM and runner_up > score + 10.0:
            km = score + _size_bonus(best.place)
            out[i] = Resolution(best.place, f"near places of other reports ({km:.0f} km)", 0.5 * _match_confidence(best))
    return out


class _Sentences:
    """Where each mention sits in its sentence's analysis."""

    def __init__(self, mentions: Sequence[Mention], analyses: Mapping[int, SentenceAnalysis]) -> None:
        self.analyses = analyses
        self.first: dict[int, int] = {}  # by sentence start: the index of its first mention
        for i, mention in enumerate(mentions):
            self.first.setdefault(mention.sentence_start, i)
        self.mentions = mentions

    def of(self, i: int) -> tuple[SentenceAnalysis, int]:
        """The analysis of mention ``i``'s sentence, and the mention's index in it."""
        start = self.mentions[i].sentence_start
        return self.analyses[start], i - self.first[start]


def _position_hints(sentences: _Sentences) -> dict[int, tuple[int, PositionHint]]:
    """For each mention a sentence places by another ("X (12 km south of Y)"), that other mention
    (an index into the report's mentions) and the hint."""
    hints: dict[int, tuple[int, PositionHint]] = {}
    for start, analysis in sentences.analyses.items():
        first = sentences.first[start]
        for k, hint in enumerate(analysis.hints):
            if hint is not None:
                hints[first + k] = (first + hint.anchor, hint)
    return hints


def _by_position(
    mentions: Sequence[Mention],
    hints: dict[int, tuple[int, PositionHint]],
    chosen: list[Resolution | None],
    pending: dict[int, tuple[Candidate, ...]],
) -> None:
    """Names the sentence places by another ("Bilohorivka (12 km south of Kreminna)", "northwest of
    Lyman near A and B") take the namesake that lies there, once that other place is decided."""
    for i, (a, hint) in hints.items():
        if i not in pending:
            continue
        anchor = chosen[a]
        if anchor is not None and anchor.place is None:
            continue
        # each (namesake, anchor namesake) pair: how far the namesake lies from where the hint puts it
        anchors = [anchor.place] if anchor is not None else _likely_anchors(pending.get(a, ()))
        misses = sorted(
            (fits(hint, c.place.latitude, c.place.longitude, p.latitude, p.longitude), n, m)
            for n, c in enumerate(pending[i]) for m, p in enumerate(anchors)
        )  # fmt: skip
        if not misses:
            continue
        best = misses[0]
        rival = min((miss for miss, n, _ in misses if n != best[1]), default=math.inf)
        if best[0] > 10.0 or rival <= best[0] + 20.0:
            continue
        found = pending.pop(i)[best[1]]
        chosen[i] = Resolution(found.place, f"position given ({mentions[a].surface})", 0.9 * _match_confidence(found))
        if anchor is None and a in pending:
            anchor_rival = min((miss for miss, _, m in misses if m != best[2]), default=math.inf)
            if anchor_rival > best[0] + 20.0:
                located = pending.pop(a)[best[2]]
                chosen[a] = Resolution(located.place, f"position given ({mentions[i].surface})",
                                       0.9 * _match_confidence(located))


def _reject_misplaced_loose_matches(
    mentions: Sequence[Mention], hints: dict[int, tuple[int, PositionHint]], chosen: list[Resolution | None]
) -> None:
    """A name matched only loosely (by sound or edit distance) is dropped when the sentence says where
    it lies and the match lies elsewhere: "Shepilov (7 km south of Kreminna)" is not a Shepilovka 100 km
    away, whatever the spelling suggests."""
    for i, (a, hint) in hints.items():
        here, anchor = chosen[i], chosen[a]
        if here is None or here.place is None or anchor is None or anchor.place is None:
            continue
        if not all(c.how in _LOOSE for c in mentions[i].candidates):
            continue
        p, q = here.place, anchor.place
        if fits(hint, p.latitude, p.longitude, q.latitude, q.longitude) > 20.0:
            chosen[i] = Resolution(None, "unresolved: no match lies where the text places it", 0.0)


def _likely_anchors(candidates: tuple[Candidate, ...]) -> list[Place]:
    """The namesakes a position hint may be measured from: a town that dwarfs its namesakes (places
    are located by the towns readers know), else every one."""
    ranked = sorted((c.place for c in candidates), key=lambda p: -p.population)
    if len(ranked) > 1 and ranked[0].population >= _TOWN_POPULATION and ranked[0].population >= 10 * ranked[1].population:
        return ranked[:1]
    return ranked


def _largest_first(candidates: tuple[Candidate, ...], named_admin1: set[str]) -> list[Candidate]:
    """The candidates by kind and size, largest first: only those whose own name this is, if any
    (see :func:`_own_names_first`)."""
    return sorted(_own_names_first(candidates), key=lambda c: _size_rank(c, named_admin1), reverse=True)


_LOOSE = ("transliterated", "russian", "phonetic", "fuzzy")
_FAR_KM = 60.0


def _reject_far_loose_matches(mentions: Sequence[Mention], chosen: list[Resolution | None]) -> None:
    """A name matched only loosely (another spelling) to a place outside every oblast the report
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
            settlements.append((i, resolution.place, how in _LOOSE))
            if how not in _LOOSE:
                exact_places[resolution.place.geonameid] = resolution.place
    if not named_admin1 and not exact_places:
        return
    exact = _Anchors()
    for place in exact_places.values():
        exact.add(-1, place)
    for i, place, loose in settlements:
        mention = mentions[i]
        if place.admin1_code in named_admin1 or not (loose or _is_city_district(mention, place)):
            continue
        if exact.closeness(place, -2) + _size_bonus(place) <= _FAR_KM:
            continue
        what = "closest spelling" if loose else "a city district of that name"
        chosen[i] = Resolution(None, f"unresolved: {what} is {place.name} ({place.geonameid}), "
                                     f"far from the report's other places", 0.0)  # fmt: skip


_DISTRICT_AFTER = re.compile(r"\s+(?:and\s+[A-Z][\w’'-]+\s+)?(?:districts?|raions?|rayons?)\b", re.IGNORECASE)


_SUBURB_AFTER = re.compile(
    r",\s+(?:a|an|the)\s+(?:[\w-]+\s+){0,2}?(?:suburb|district|neighbou?rhood|microdistrict|quarter)\b", re.IGNORECASE
)


def _is_city_district(mention: Mention, place: Place) -> bool:
    """A part of a city ("Kyivskyi district", "the Saltivskyi and Kyivskyi districts",
    "Pyatykhatky, the northern suburb")."""
    offset = mention.end - mention.sentence_start
    if _SUBURB_AFTER.match(mention.sentence, offset):
        return True
    if place.feature_code not in ("PPLX", "ADM3", "ADM4"):
        return False
    if mention.surface.lower().endswith(("district", "districts", "raion", "rayon")):
        return True
    return bool(_DISTRICT_AFTER.match(mention.sentence, offset))


def _how(mention: Mention, place: Place) -> str:
    return next((c.how for c in mention.candidates if c.place.geonameid == place.geonameid), "")


_WEAK = ("near other places", "kind and size", "undecided")


@lru_cache(maxsize=65536)
def _folded(name: str) -> str:
    return fold(name)


def _same_name_same_place(mentions: Sequence[Mention], chosen: list[Resolution | None]) -> None:
    """A name a report repeats means one place: weakly decided mentions follow the best-supported choice."""
    # One name in any spelling: the mentions whose candidates are the same places ("Bilohorivka",
    # "Bilokhorivka")
    by_name: dict[frozenset[int], list[int]] = {}
    keys: dict[int, frozenset[int]] = {}  # by candidate tuple: a name's mentions share it
    for i, mention in enumerate(mentions):
        if mention.kind == "settlement" and len(mention.candidates) > 1:
            key = keys.get(id(mention.candidates))
            if key is None:
                key = keys[id(mention.candidates)] = frozenset(c.place.geonameid for c in mention.candidates)
            by_name.setdefault(key, []).append(i)
    for indices in by_name.values():
        # What the text says of where the place lies (its oblast, a bearing from a town) outweighs
        # any number of guesses from closeness or size.
        strong: dict[int, float] = {}
        weak: dict[int, float] = {}
        places: dict[int, Place] = {}
        for i in indices:
            resolution = chosen[i]
            if resolution is None or resolution.place is None:
                continue
            votes = weak if resolution.how.startswith(_WEAK) else strong
            votes[resolution.place.geonameid] = votes.get(resolution.place.geonameid, 0.0) + resolution.confidence
            places[resolution.place.geonameid] = resolution.place
        if len(places) < 2:
            continue
        votes = strong or weak
        best = max(votes, key=lambda g: votes[g])
        for i in indices:
            resolution = chosen[i]
            if resolution is None or resolution.place is None or resolution.place.geonameid == best:
                continue
            outvoted = resolution.how.startswith("admin") and votes[best] >= 3 * votes.get(resolution.place.geonameid, 0.0)
            if (resolution.how.startswith(_WEAK) or outvoted) and any(
                c.place.geonameid == best for c in mentions[i].candidates
            ):  # a weak guess, or an oblast named once against three times as much evidence elsewhere
                chosen[i] = Resolution(places[best], "same name elsewhere in the report", 0.6)


_GONE = frozenset({"PPLQ", "PPLH"})
"""GeoNames codes of abandoned and historical places: never meant while a living namesake exists. (Not
PPLW, destroyed places: GeoNames marks so the villages the war destroyed, which reports name.)"""
_SAME_PLACE_KM = 3.0
"""Two namesakes of one oblast this close are one village that GeoNames holds twice."""


def _distinct(candidates: tuple[Candidate, ...]) -> tuple[Candidate, ...]:
    """The candidates that are different places: one per geonameid, one per village GeoNames
    holds twice (the more populous row stands for both), none that is gone while a living one
    shares the name, none that bears a town's own name only as an alternate one."""
    seen: set[int] = set()
    out: list[Candidate] = []
    for candidate in candidates:
        if candidate.place.geonameid not in seen:
            seen.add(candidate.place.geonameid)
            out.append(candidate)
    if len(out) < 2:
        return tuple(out)
    living = [c for c in out if c.place.feature_code not in _GONE]
    if living and len(living) < len(out):
        out = living
    kept: list[Candidate] = []
    kept_in: dict[tuple[str, str], list[Place]] = {}  # by oblast and feature class: only those can be twins
    for candidate in sorted(out, key=lambda c: -c.place.population):
        place = candidate.place
        near = kept_in.setdefault((place.admin1_code, place.feature_class), [])
        if not any(_km_between(k.latitude, k.longitude, place.latitude, place.longitude) < _SAME_PLACE_KM for k in near):
            near.append(place)
            kept.append(candidate)
    # A village that bears a town's name only as an alternate one ("Volnovakha" among Vodiane's
    # names) is not what a report means by the town's name.
    towns = [c.place.population for c in kept if c.place.population >= _TOWN_POPULATION and _own_name(c.matched, c.place)]
    if towns:
        kept = [c for c in kept if _own_name(c.matched, c.place) or 10 * c.place.population > max(towns)]
    ids = {c.place.geonameid for c in kept}
    return tuple(c for c in out if c.place.geonameid in ids)  # in their first order


def _match_confidence(candidate: Candidate) -> float:
    if candidate.how == "fuzzy":
        return round(candidate.score / 100 * 0.7, 2)
    return 0.8 if candidate.how == "phonetic" else 1.0


def _by_admin_named_nearby(
    mentions: Sequence[Mention], sentences: _Sentences, chosen: list[Resolution | None], pending: dict[int, tuple[Candidate, ...]]
) -> None:
    divisions: dict[int, list[int]] = {}  # by sentence: the oblasts and raions it names
    for j, mention in enumerate(mentions):
        if mention.kind in ("region", "raion"):
            divisions.setdefault(mention.sentence_start, []).append(j)
    insides: dict[tuple[int, int], tuple[Candidate, ...]] = {}  # by (candidate tuple, division)
    for i in list(pending):
        same_sentence = divisions.get(mentions[i].sentence_start)
        if not same_sentence or not any(j != i and chosen[j] is not None and chosen[j].place is not None for j in same_sentence):  # type: ignore[union-attr]
            continue
        # The division locating the name's own list ("A and B in the Sumy oblast"), else the
        # nearest one named before it ("villages in Svatove Raion: A, B"), else the sentence's only one.
        following = [j for j in same_sentence if j > i]
        locating = following[:1] if following and _locates(mentions, sentences, i, following[0]) else []
        preceding = [j for j in same_sentence if j < i][-1:]
        ordered = [chosen[j].place for j in locating + preceding if chosen[j] and chosen[j].place]  # type: ignore[union-attr]
        for division in ordered:
            key = (id(pending[i]), division.geonameid)
            inside = insides.get(key)  # type: ignore[assignment]
            if inside is None:
                inside = insides[key] = tuple(c for c in pending[i] if _within(c.place, division))
            if inside:
                break
        else:
            continue
        if len(inside) == 1:
            chosen[i] = Resolution(inside[0].place, f"admin named nearby ({division.name})", 0.9)
            del pending[i]
        else:
            pending[i] = inside


def _locates(mentions: Sequence[Mention], sentences: _Sentences, i: int, j: int) -> bool:
    """Whether the division ``j`` locates name ``i``: the next name after it ("Bilohirka, which
    lies in the Kherson region"), or the list ``i`` belongs to ("A and B in the Sumy oblast")."""
    sentence = mentions[i].sentence
    base = mentions[i].sentence_start
    if j == i + 1:
        return len(sentence[mentions[i].end - base : mentions[j].start - base].split()) <= 12
    analysis, k = sentences.of(i)
    if analysis.groups[k + (j - 1 - i)] != analysis.groups[k]:
        return False
    spans = analysis.spans[k : k + (j - i)]
    gap_end = mentions[j].start - base
    if sentence[spans[-1][1] : gap_end].strip() == "(":
        return True  # "A, B and C (Luhansk oblast)"
    return bool(LOCATOR_GAP.fullmatch(sentence, spans[-1][1], gap_end))


def _major_city(chosen: list[Resolution | None], pending: dict[int, tuple[Candidate, ...]]) -> None:
    """A city of national importance (the capital, an oblast centre) named exactly
    wins over its namesakes unless an oblast named with it chose otherwise: "Kyiv" is the capital
    even in a report about villages near a hamlet called Kyiv."""
    majors: dict[int, list[Candidate]] = {}  # by candidate tuple: a name's mentions share it
    for i, candidates in list(pending.items()):
        major = majors.get(id(candidates))
        if major is None:
            major = majors[id(candidates)] = [
                c
                for c in candidates
                if c.how not in _LOOSE and c.place.feature_code in ("PPLC", "PPLA") and _own_name(c.matched, c.place)
            ]
        if len(major) == 1:
            chosen[i] = Resolution(major[0].place, "major city", 0.85 * _match_confidence(major[0]))
            del pending[i]


_TOWN_POPULATION = 5_000
_LOOSENESS = {"transliterated": 1, "russian": 1, "phonetic": 2, "fuzzy": 3}


def _dominant_town(chosen: list[Resolution | None], pending: dict[int, tuple[Candidate, ...]]) -> None:
    """A town among hamlets of the same name (ten times the next one's population, matched as
    closely) is the one a report names: "near Lyman" is the town, not a hamlet called Lyman."""
    for i, candidates in list(pending.items()):
        ranked = sorted(candidates, key=lambda c: c.place.population, reverse=True)
        top, rest = ranked[0], ranked[1:]
        if top.place.population < _TOWN_POPULATION or top.place.population < 10 * rest[0].place.population:
            continue
        if _LOOSENESS.get(top.how, 0) > min(_LOOSENESS.get(c.how, 0) for c in rest):
            continue
        if len(_own_names_first(candidates)) < len(candidates) and not _own_name(top.matched, top.place):
            continue  # a town's former name that villages still bear ("Oleksandrivka" for Donetsk)
        chosen[i] = Resolution(top.place, "dominant town", 0.7 * _match_confidence(top))
        del pending[i]


def _within(place: Place, division: Place) -> bool:
    if division.is_region:
        return place.admin1_code == division.admin1_code and not place.is_region
    if division.is_raion:
        return place.admin1_code == division.admin1_code and place.admin2_code == division.admin2_code
    return False


def _by_closeness(
    mentions: Sequence[Mention],
    sentences: _Sentences,
    chosen: list[Resolution | None],
    pending: dict[int, tuple[Candidate, ...]],
    anchors: _Anchors,
    decided_since: Iterable[int],
) -> None:
    """Resolve pending names by closeness to the places already chosen: ``anchors`` holds
    those of an earlier call, and the mentions ``decided_since`` add theirs."""
    for i in decided_since:
        r = chosen[i]
        if r is not None and r.place is not None and mentions[i].kind == "settlement":
            anchors.add(mentions[i].sentence_start, r.place)
    mates = _list_mates(mentions, sentences, pending)
    # Rounds: each resolves every name with a candidate near an anchor or near a namesake of a
    # name in its own list, most clear-cut first, and the places it resolves anchor the next
    # round. Linear in the report per round.
    while pending and (anchors or mates):
        decided: list[tuple[float, int, Candidate, float]] = []
        centre = anchors.centre()
        off_centre: dict[int, float] = {}  # by geonameid: a name's namesakes recur across mentions
        # A repeated name with no anchor in its sentence and no list mates scores the same each
        # time within a round: its best namesake is found once, by its candidates' tuple.
        alone: dict[int, tuple[float, float, Candidate]] = {}
        for i, candidates in pending.items():
            sentence = mentions[i].sentence_start
            others = [c.place for j in mates.get(i, ()) if j in pending for c in pending[j]] if mates else []
            if others or anchors.in_sentence(sentence):
                best = _nearest_namesake(candidates, anchors, sentence, others, centre, off_centre)
            else:
                best = alone.get(id(candidates))
                if best is None:
                    best = alone[id(candidates)] = _nearest_namesake(
                        candidates, anchors, sentence, others, centre, off_centre
                    )
            score, runner_up, candidate = best
            if score <= _NEAR_KM:
                decided.append((score - (runner_up - score), i, candidate, score + _size_bonus(candidate.place)))
        if not decided:
            return
        mates = {}  # list mates count in the first round only: then their choices anchor
        for _, i, candidate, km in sorted(decided, key=lambda d: d[0]):
            confidence = 0.8 if km <= 10 else 0.7 if km <= 25 else 0.6
            chosen[i] = Resolution(candidate.place, f"near other places ({km:.0f} km)", confidence)
            anchors.add(mentions[i].sentence_start, candidate.place)
            del pending[i]


def _nearest_namesake(
    candidates: tuple[Candidate, ...],
    anchors: _Anchors,
    sentence: int,
    others: list[Place],
    centre: tuple[float, float] | None,
    off_centre: dict[int, float],
) -> tuple[float, float, Candidate]:
    """The candidate nearest the anchors (or its list mates' namesakes), its score, and the
    runner-up's score: the first two of the candidates sorted by (score, geonameid)."""
    top = candidates[0]
    top_score = top_id = runner_up = math.inf
    sentence_oblast = anchors.sentence_oblast(sentence)
    for c in candidates:
        place = c.place
        geonameid = place.geonameid
        score = anchors.closeness(place, sentence)
        if others:
            score = min(score, _mate_closeness(place, others))
        if place.admin1_code == sentence_oblast:
            score -= _SAME_OBLAST_KM  # "Orikhiv, Huliaipole, Stepnohirsk and Malynivka": one oblast's places
        penalty = off_centre.get(geonameid)
        if penalty is None:
            penalty = off_centre[geonameid] = _off_centre(place, centre)
        if penalty and not anchors.near_in_sentence(place, sentence, _SENTENCE_KM):
            # off the report's centre counts, unless its own sentence names a place right beside it
            # (a General Staff summary runs along the whole front)
            score += penalty
        if score < top_score or (score == top_score and geonameid < top_id):
            top, top_score, top_id, runner_up = c, score, geonameid, top_score
        elif score < runner_up:
            runner_up = score
    return top_score, runner_up, top


_SAME_OBLAST_KM = 15.0
"""What lying in the oblast of every other place its sentence names is worth, in km of closeness."""
_SENTENCE_KM = 30.0
"""A namesake this close to a place of its own sentence is where the sentence is, wherever the report's centre."""

_MATE_CANDIDATES = 30
"""Names with more namesakes than this: some pair of them lies close by chance."""


def _list_mates(
    mentions: Sequence[Mention], sentences: _Sentences, pending: dict[int, tuple[Candidate, ...]]
) -> dict[int, list[int]]:
    """For each pending name, the pending names of its own coordinated list and their candidates
    ("near Marinka and Novomykhailivka": the two namesakes that lie together)."""
    by_list: dict[tuple[int, int], list[int]] = {}  # by sentence and list
    for i in pending:
        analysis, k = sentences.of(i)
        by_list.setdefault((mentions[i].sentence_start, analysis.groups[k]), []).append(i)
    mates: dict[int, list[int]] = {}
    for indices in by_list.values():
        for i in indices:
            for j in indices:
                if i != j and max(len(pending[i]), len(pending[j])) <= _MATE_CANDIDATES:
                    mates.setdefault(i, []).append(j)
    return mates


def _mate_closeness(place: Place, others: list[Place]) -> float:
    if not others:
        return 1000.0
    return 0.5 * min(_km(place, other) for other in others) - _size_bonus(place)


_OFF_CENTRE_KM = 150.0


def _off_centre(place: Place, centre: tuple[float, float] | None) -> float:
    """A penalty for lying far (beyond 150 km) from the middle of the report's places: a namesake
    near one stray anchor does not beat one near the report's cluster on a few km."""
    if centre is None:
        return 0.0
    if abs(centre[0] - place.latitude) < 0.95 and abs(centre[1] - place.longitude) < 1.3:
        return 0.0  # within ~148 km at Ukraine's latitudes: no need for the distance
    km = _km_between(place.latitude, place.longitude, centre[0], centre[1])
    return min(40.0, max(0.0, km - _OFF_CENTRE_KM) * 0.1)


class _Anchors:
    """Resolved places, indexed by one-degree cells so that "the nearest anchor" is a local search."""

    def __init__(self) -> None:
        self._cells: dict[tuple[int, int], dict[int, Place]] = {}
        self._by_sentence: dict[int, dict[int, Place]] = {}
        self._known: set[int] = set()
        self._nearest: dict[int, float] = {}
        self._nearest_by_cell: dict[tuple[int, int], set[int]] = {}  # the places of `_nearest`, by cell

    def __bool__(self) -> bool:
        return bool(self._cells)

    def add(self, sentence: int, place: Place) -> None:
        if place.geonameid not in self._known:
            self._known.add(place.geonameid)
            cell = _cell(place)
            if self._nearest_by_cell:
                # Distances to the nearest anchor may shrink for the places of the cells around.
                for near in _around(cell):
                    for geonameid in self._nearest_by_cell.pop(near, ()):
                        del self._nearest[geonameid]
            self._cells.setdefault(cell, {})[place.geonameid] = place
        self._by_sentence.setdefault(sentence, {})[place.geonameid] = place

    def in_sentence(self, sentence: int) -> bool:
        """Whether an anchor lies in the sentence starting at offset ``sentence``."""
        return sentence in self._by_sentence

    def sentence_oblast(self, sentence: int) -> str | None:
        """The oblast of every anchor of the sentence at ``sentence``, when they share one."""
        same_sentence = self._by_sentence.get(sentence)
        if not same_sentence:
            return None
        oblasts = {a.admin1_code for a in same_sentence.values()}
        return oblasts.pop() if len(oblasts) == 1 else None

    def near_in_sentence(self, place: Place, sentence: int, km: float) -> bool:
        """Whether an anchor of the sentence at ``sentence`` lies within ``km`` of ``place``."""
        same_sentence = self._by_sentence.get(sentence)
        return bool(same_sentence) and any(
            a.geonameid != place.geonameid and _km_between(a.latitude, a.longitude, place.latitude, place.longitude) <= km
            for a in same_sentence.values()  # type: ignore[union-attr]
        )

    def centre(self) -> tuple[float, float] | None:
        """The median position of the anchors (``None`` for fewer than three)."""
        places = [p for cell in self._cells.values() for p in cell.values()]
        if len(places) < 3:
            return None
        latitudes = sorted(p.latitude for p in places)
        longitudes = sorted(p.longitude for p in places)
        return latitudes[len(places) // 2], longitudes[len(places) // 2]

    def closeness(self, place: Place, sentence: int) -> float:
        """Distance in km to the nearest other anchor (halved for one of the same sentence, 1000 if
        none within reach), less a bonus for the place's size."""
        # _km inlined (the same arithmetic, so the same floats): this runs for every namesake in
        # every round
        geonameid, latitude, longitude = place.geonameid, place.latitude, place.longitude
        cos, hypot = math.cos, math.hypot
        best = 1000.0
        same_sentence = self._by_sentence.get(sentence)
        if same_sentence:
            for anchor in same_sentence.values():
                if anchor.geonameid != geonameid:
                    x = (anchor.longitude - longitude) * _RADIANS * cos((latitude + anchor.latitude) / 2 * _RADIANS)
                    km = 0.5 * (6371.0 * hypot(x, (anchor.latitude - latitude) * _RADIANS))
                    if km < best:
                        best = km
        nearest = self._nearest.get(geonameid)
        if nearest is None:
            nearest = 1000.0
            home = _cell(place)
            cells = self._cells
            for cell in _around(home):
                near = cells.get(cell)
                if not near:
                    continue
                for anchor in near.values():
                    if anchor.geonameid != geonameid:
                        x = (anchor.longitude - longitude) * _RADIANS * cos((latitude + anchor.latitude) / 2 * _RADIANS)
                        km = 6371.0 * hypot(x, (anchor.latitude - latitude) * _RADIANS)
                        if km < nearest:
                            nearest = km
            self._nearest[geonameid] = nearest
            self._nearest_by_cell.setdefault(home, set()).add(geonameid)
        return min(best, nearest) - _size_bonus(place)


def _cell(place: Place) -> tuple[int, int]:
    return (math.floor(place.latitude), math.floor(place.longitude))


@lru_cache(maxsize=4096)  # a few hundred cells cover Ukraine; each nearest-anchor search asks for them
def _around(cell: tuple[int, int]) -> tuple[tuple[int, int], ...]:
    """The cell and its eight neighbours."""
    row, col = cell
    return tuple((row + dr, col + dc) for dr, dc in _NEIGHBOURS)


_NEIGHBOURS = tuple((dr, dc) for dr in (-1, 0, 1) for dc in (-1, 0, 1))


def _size_bonus(place: Place) -> float:
    if place.feature_code in ("PPLC", "PPLA") or place.population >= 100_000:
        return 40.0
    if place.feature_code == "PPLA2" or place.population >= 10_000:
        return 15.0
    if place.feature_code == "PPLA3" or place.population >= 5_000:
        return 5.0
    return 0.0


def _size_rank(candidate: Candidate, named_admin1: set[str]) -> tuple[int, int, int, int, int]:
    place = candidate.place
    kind = {"PPLC": 5, "PPLA": 4, "PPLA2": 3, "PPLA3": 2}.get(
        place.feature_code, 1 if place.feature_class == "P" else 0
    )
    if place.feature_class == "P":  # GeoNames codes a city of 67,000 (Kostiantynivka) as a plain PPL
        kind = max(kind, 4 if place.population >= 100_000 else 3 if place.population >= 20_000 else kind)
    strict = 0 if candidate.how in ("phonetic", "fuzzy") else 1
    own = int(_own_name(candidate.matched, place))
    return (strict, int(place.admin1_code in named_admin1), kind, own, place.population)


_OWN_NAME_SIMILARITY = 55.0
"""Spellings of one name ("Kiev"/"Kyiv", "Nikolaev"/"Mykolaiv") score above this; a former or
other name ("Oleksandrivka" for Donetsk) scores far below."""


@lru_cache(maxsize=65536)
def _own_name_key(key: str, name: str, name_uk: str | None) -> bool:
    from rapidfuzz import fuzz

    return any(
        other and fuzz.ratio(key, fold(other)) >= _OWN_NAME_SIMILARITY for other in (name, name_uk)
    )


def _own_name(key: str, place: Place) -> bool:
    """Whether the matched name is the place's own name in some spelling, not an alternate one."""
    return _own_name_key(key, place.name, place.name_uk)


def _own_names_first(candidates: tuple[Candidate, ...]) -> tuple[Candidate, ...]:
    """The candidates whose own name this is, if any is a settlement (not a city quarter): a town
    known by the name only as an alternate (a former name) does not win on size over them."""
    own = tuple(c for c in candidates if _own_name(c.matched, c.place))
    if own and len(own) < len(candidates) and any(c.place.feature_code != "PPLX" for c in own):
        return own
    return candidates


_CLUSTER_KM = 150.0
_STRAY_KM = 300.0
_FIRM = ("only candidate", "admin named nearby", "near other places")


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
    inside = [p for p in places.values() if _km_to(p, centre) <= _CLUSTER_KM]
    if len(inside) < 0.75 * len(places):
        return  # not a local report
    for i, (mention, resolution) in enumerate(zip(mentions, chosen, strict=True)):
        if resolution is None or resolution.place is None or mention.kind != "settlement":
            continue
        if len(mention.candidates) < 2 or resolution.how.startswith(_FIRM):
            continue
        place = resolution.place
        key = next(c.matched for c in mention.candidates if c.place.geonameid == place.geonameid)
        if _own_name(key, place) and _size_bonus(place) >= 40.0:
            continue
        if _km_to(place, centre) <= _CLUSTER_KM or any(
            _km(place, other) <= _STRAY_KM for other in inside if other.geonameid != place.geonameid
        ):
            continue
        near = [c for c in _distinct(mention.candidates) if _km_to(c.place, centre) <= _CLUSTER_KM]
        if not near:
            continue
        best = min(near, key=lambda c: (_km_to(c.place, centre) - _size_bonus(c.place), c.place.geonameid))
        km = _km_to(best.place, centre)
        chosen[i] = Resolution(best.place, f"near other places ({km:.0f} km from the report's centre)", 0.5)


def _km_between(lat1: float, lon1: float, lat2: float, lon2: float) -> float:
    """Distance in km; the equirectangular approximation, within 1% at the distances that
    matter here (under a few hundred km)."""
    x = (lon2 - lon1) * _RADIANS * math.cos((lat1 + lat2) / 2 * _RADIANS)
    y = (lat2 - lat1) * _RADIANS
    return 6371.0 * math.hypot(x, y)


def _km(a: Place, b: Place) -> float:
    """Distance in km between two places (see :func:`_km_between`)."""
    return _km_between(a.latitude, a.longitude, b.latitude, b.longitude)


def _km_to(place: Place, point: tuple[float, float]) -> float:
    """Distance in km from a place to a (latitude, longitude) point."""
    return _km_between(place.latitude, place.longitude, point[0], point[1])


_RADIANS = math.pi / 180.0
"""Degrees to radians: ``x * _RADIANS`` is exactly :func:`math.radians` (CPython multiplies by the same constant)."""
