"""Namesakes decided by the report's geography: a report's places lie together (a list of
villages, a front line), so a name takes the namesake nearest the places already decided, in rounds,
the clearest first; names of one list pull towards the namesakes that lie together."""

from __future__ import annotations

import math
from collections.abc import Iterable, Sequence

from mapper.model import Candidate, Mention, Place
from mapper.reading.analysis import SentenceIndex
from mapper.reading.geography import Anchors, km_apart, off_centre_penalty, size_bonus
from mapper.reading.namesakes import GONE, Resolution, names_a_direction, own_name

__all__ = ["alternates_of", "by_closeness", "cities_among_villages", "nearest_namesake"]


_NO_SENTENCE = -1
"""The sentence key of an anchor that belongs to no sentence's list."""


_NEAR_KM = 60.0
"""A candidate this close to an anchor is taken as near the other places."""


def by_closeness(
    mentions: Sequence[Mention],
    sentences: SentenceIndex,
    chosen: list[Resolution | None],
    pending: dict[int, tuple[Candidate, ...]],
    anchors: Anchors,
    decided_since: Iterable[int],
    unsized: dict[int, int] | None = None,
) -> None:
    """Resolve pending names by closeness to the places already chosen: ``anchors`` holds
    those of an earlier call, and the mentions ``decided_since`` add theirs. The city of a name in
    ``unsized`` (by mention, the city's geonameid: see :func:`cities_among_villages`) earns nothing by its size."""
    for i in decided_since:
        r = chosen[i]
        if r is not None and r.place is not None and mentions[i].kind == "settlement":
            # a direction's town ("in the Pokrovsk direction, ... near A and B") is context for the
            # report, not a place of its sentence's list: the list lies tens of km from it
            anchors.add(_NO_SENTENCE if names_a_direction(mentions[i]) else mentions[i].sentence_start, r.place)
    mates = _list_mates(mentions, sentences, pending)
    listed = {i: _list_size(sentences, i) > 1 for i in pending}
    alternates: dict[int, frozenset[int]] = {}
    by_tuple: dict[int, frozenset[int]] = {}  # a name's mentions share one tuple of candidates: read it once
    for i, candidates in pending.items():
        if id(candidates) not in by_tuple:
            by_tuple[id(candidates)] = alternates_of(candidates)
        alternates[i] = by_tuple[id(candidates)]
        if unsized and i in unsized:
            alternates[i] = alternates[i] | {unsized[i]}  # (its size counts for nothing, as an alternate name's)
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
            others = _mates_namesakes(mates, i, pending, unsized)
            if others or anchors.in_sentence(sentence):
                best = nearest_namesake(
                    candidates, anchors, sentence, others, centre, off_centre, alternates[i], listed[i],
                    paired=_list_size(sentences, i) == 2 and i in mates,
                )
            else:
                best = alone.get(id(candidates))
                if best is None:
                    best = alone[id(candidates)] = nearest_namesake(
                        candidates, anchors, sentence, others, centre, off_centre, alternates[i]
                    )
            score, runner_up, candidate = best
            if score <= _NEAR_KM:
                margin = runner_up - score
                decided.append((score - margin, margin, i, candidate, max(0.0, score + size_bonus(candidate.place))))
        if not decided:
            return
        round_mates, mates = mates, {}  # list mates count in the first round only: then their choices anchor
        anchored: set[int] = set()  # the sentences given an anchor in this round
        for _, margin, i, candidate, km in sorted(decided, key=lambda d: d[0]):
            sentence = mentions[i].sentence_start
            if sentence in anchored and margin < _CLEAR_KM:
                # a close call is weighed again with the places its own sentence has just been given
                # (its list mates decided since are among them, no longer namesakes to pair with)
                others = _mates_namesakes(round_mates, i, pending, unsized)
                score, _, candidate = nearest_namesake(
                    pending[i], anchors, sentence, others, centre, off_centre, alternates[i], listed[i],
                    _decided_neighbours(mentions, sentences, chosen, i),
                )
                km = max(0.0, score + size_bonus(candidate.place))
            anchored.add(sentence)
            confidence = 0.8 if km <= 10 else 0.7 if km <= 25 else 0.6
            chosen[i] = Resolution(candidate.place, f"near other places ({km:.0f} km)", confidence)
            anchors.add(mentions[i].sentence_start, candidate.place)
            del pending[i]


def nearest_namesake(
    candidates: tuple[Candidate, ...],
    anchors: Anchors,
    sentence: int,
    others: list[Place],
    centre: tuple[float, float] | None,
    off_centre: dict[int, float],
    alternates: frozenset[int] = frozenset(),
    listed: bool = True,
    neighbours: Sequence[Place] = (),
    paired: bool = False,
) -> tuple[float, float, Candidate]:
    """The candidate nearest the anchors (or its list mates' namesakes), its score, and the
    runner-up's score: the first two of the candidates sorted by (score, geonameid). The places of
    ``alternates`` bear the name only as an alternate: their size earns them nothing. A name ``paired``
    with one other in its list lies beside the other's namesake it pairs with, whatever else its sentence
    names ("hold Uspenivka and Novoivanivka ... the road between Huliaipole and Zaporizhzhia City")."""
    top = candidates[0]
    top_score = top_id = runner_up = math.inf
    borrowed = _borrowed(candidates, alternates) if alternates else frozenset()
    # (the oblast its sentence's places share counts for a name of a list, not for one named alone:
    # "shelled Sievierodonetsk and Rubizhne after the liberation of Lyman" is the town in Donetsk Oblast)
    sentence_oblast = anchors.sentence_oblast(sentence) if listed else None
    # A list's own places outweigh a report's others: "in the areas of Nadiia, Terny and Torske" is
    # the Nadiia beside Terny, though another Nadiia lies next to a town named three paragraphs on.
    beside = [
        anchors.near_in_sentence(c.place, sentence, _BESIDE_KM, _BESIDE_CITY_KM)
        or (paired and c.place.geonameid not in alternates and any(km_apart(c.place, o) <= _PAIR_KM for o in others))
        for c in candidates
    ] if anchors.in_sentence(sentence) else []
    away_penalty = _AWAY_KM if any(beside) and not all(beside) else 0.0
    for k, c in enumerate(candidates):
        place = c.place
        geonameid = place.geonameid
        score = anchors.closeness(place, sentence)
        if neighbours:  # the names right before and after it in its list, decided: its neighbours on the ground
            # (its size counts for little here: a district seat is no likelier than a hamlet 30 km nearer its neighbours)
            score = min(score, _NEIGHBOUR_WEIGHT * min(km_apart(place, n) for n in neighbours)
                        - min(size_bonus(place), _NEIGHBOUR_SIZE_KM))
        if others:
            score = min(score, _mate_closeness(place, others))
        if geonameid in alternates:
            # "Hrodivka" is the village, not Myrnohrad, which once bore the name; "Pokrovka" the village so
            # called, not Ivanivka 20 km off, a few km nearer the text's other places, which GeoNames also calls so
            score += size_bonus(place) + (_BORROWED_KM if geonameid in borrowed else 0.0)
        if away_penalty and not beside[k]:
            score += away_penalty
        if place.feature_code in GONE:
            score += _GONE_KM
        if place.admin1_code == sentence_oblast:
            score -= _SAME_OBLAST_KM  # "Orikhiv, Huliaipole, Stepnohirsk and Malynivka": one oblast's places
        penalty = off_centre.get(geonameid)
        if penalty is None:
            penalty = off_centre[geonameid] = off_centre_penalty(place, centre)
        if penalty and not anchors.near_in_sentence(place, sentence, _SENTENCE_KM):
            # off the report's centre counts, unless its own sentence names a place right beside it
            # (a General Staff summary runs along the whole front)
            score += penalty
        if score < top_score or (score == top_score and geonameid < top_id):
            top, top_score, top_id, runner_up = c, score, geonameid, top_score
        elif score < runner_up:
            runner_up = score
    return top_score, runner_up, top


_CLEAR_KM = 10.0
"""A namesake ahead of the next by less than this waits for its sentence's other places to be decided."""


_BESIDE_KM = 40.0
_AWAY_KM = 30.0
"""What a namesake far from every place of its sentence loses against one beside them."""
_PAIR_KM = 15.0
_BESIDE_CITY_KM = 60.0
"""A city's villages lie wider around it: "the checkpoint at Vasylivka on the way to Zaporizhzhia" may be the
district seat 45 km out as well as the hamlet at 34."""


_GONE_KM = 25.0
"""What being abandoned (GeoNames PPLQ, PPLH) costs a namesake: it is meant only where it lies that much nearer the
report's places than every living one."""


_SAME_OBLAST_KM = 15.0
"""What lying in the oblast of every other place its sentence names is worth, in km of closeness."""


_BORROWED_KM = 15.0
"""What bearing a name only as an alternate costs a place when one that bears it as its own lies near (within
_NEIGHBOUR_NAME_KM): the name is the neighbour's (a merged village, a council's seat), not a former name of its own."""
_NEIGHBOUR_NAME_KM = 30.0


_SENTENCE_KM = 30.0
"""A namesake this close to a place of its own sentence is where the sentence is, wherever the report's centre."""


_MATE_CANDIDATES = 30
"""Names with more namesakes than this: some pair of them lies close by chance."""


def _borrowed(candidates: tuple[Candidate, ...], alternates: frozenset[int]) -> frozenset[int]:
    """The ``alternates`` that lie near a candidate bearing the name as its own."""
    owners = [c.place for c in candidates if c.place.geonameid not in alternates]
    return frozenset(
        c.place.geonameid for c in candidates
        if c.place.geonameid in alternates and any(km_apart(c.place, o) <= _NEIGHBOUR_NAME_KM for o in owners)
    )


def alternates_of(candidates: tuple[Candidate, ...]) -> frozenset[int]:
    """The places among ``candidates`` that bear the name only as an alternate (a former name), when
    another is known by it as its own."""
    own = [own_name(c.matched, c.place) for c in candidates]
    if all(own) or not any(own):
        return frozenset()
    return frozenset(c.place.geonameid for c, is_own in zip(candidates, own, strict=True) if not is_own)


def _list_mates(
    mentions: Sequence[Mention], sentences: SentenceIndex, pending: dict[int, tuple[Candidate, ...]]
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


def cities_among_villages(
    mentions: Sequence[Mention], sentences: SentenceIndex, pending: dict[int, tuple[Candidate, ...]]
) -> dict[int, int]:
    """The names of a list of three or more whose city (an oblast centre) lies far from every namesake of
    its list mates, while a village of the name lies right beside one of them: "attacks near Oleksiivka,
    Zaporizhzhia, Komyshuvakha and Perebudova" names the village of Zaporizhzhia beside Perebudova, not
    the city 120 km away. So too a town (:func:`_towns_among_villages`). Their namesakes are left to closeness,
    where the city's size counts for nothing: by mention, the city's geonameid."""
    out = _towns_among_villages(mentions, sentences, pending)
    if not any(c.place.feature_code in ("PPLC", "PPLA") for candidates in pending.values() for c in candidates):
        return out  # (most reports' open names are no city's: their list mates need not be found twice)
    for i, candidates in pending.items():
        cities = [c.place for c in candidates if c.place.feature_code in ("PPLC", "PPLA")]
        if len(cities) != 1:
            continue
        # its list mates, open or decided ("near Horikhove, Muravka and Zaporizhzhia": Muravka has one place)
        others = [j for j in _own_list_mates(mentions, sentences, i) if mentions[j].candidates]
        if len(others) < 2 or any(c.place.feature_code in ("PPLC", "PPLA") for j in others for c in pending.get(j, mentions[j].candidates)):
            continue  # (a list of cities, "hits in Kyiv, Lviv and Zaporizhzhia", is no list of villages)
        villages = [c.place for c in candidates if c.place is not cities[0]]
        namesakes = [c.place for j in others for c in pending.get(j, mentions[j].candidates)]
        if all(km_apart(cities[0], p) > _CITY_APART_KM for p in namesakes) and any(
            km_apart(v, p) <= _VILLAGE_BESIDE_KM for v in villages for p in namesakes
        ):
            out[i] = cities[0].geonameid
    return out


def _own_list_mates(mentions: Sequence[Mention], sentences: SentenceIndex, i: int) -> list[int]:
    """The settlements of the coordinated list mention ``i`` belongs to, open or decided, but for names of very many
    namesakes."""
    analysis, k = sentences.of(i)
    mates = [i - k + m for m, group in enumerate(analysis.groups) if group == analysis.groups[k] and m != k]
    return [j for j in mates if mentions[j].kind == "settlement" and len(mentions[j].candidates) <= _MATE_CANDIDATES]


def _towns_among_villages(
    mentions: Sequence[Mention], sentences: SentenceIndex, pending: dict[int, tuple[Candidate, ...]]
) -> dict[int, int]:
    """A town of a name (its largest namesake, no oblast centre) in a list of three or more, far from every
    namesake of its list mates, while a village of the name lies right beside a mate that has no namesake:
    "assaults near Vrubivka, Mykolaivka and Pidlisne" is the Mykolaivka 4 km from Vrubivka, not the town of
    14,000 by Sloviansk."""
    out: dict[int, int] = {}
    for i, candidates in pending.items():
        town = max((c.place for c in candidates), key=size_bonus)
        if not size_bonus(town) or town.feature_code in ("PPLC", "PPLA"):
            continue  # (most open names are villages' only: their list mates need not be read)
        mates = _own_list_mates(mentions, sentences, i)
        sure = [mentions[j].candidates[0].place for j in mates if len(mentions[j].candidates) == 1]
        if len(mates) < 2 or not sure:
            continue
        # (a mate of many namesakes lies by the town by chance: "Kostiantynivka", 25 places, near "Sofiivka" of 11,000)
        namesakes = [c.place for j in mates if len(mentions[j].candidates) <= _FEW_NAMESAKES for c in mentions[j].candidates]
        villages = [c.place for c in candidates if c.place is not town]
        if all(km_apart(town, p) > _CITY_APART_KM for p in namesakes) and any(
            km_apart(v, p) <= _BESIDE_A_SURE_MATE_KM for v in villages for p in sure
        ):
            out[i] = town.geonameid
    return out


_BESIDE_A_SURE_MATE_KM = 15.0
"""A village this close to a list mate with no namesake lies with the list (no chance pairing of namesakes: the
closer 10 km is for those)."""
_FEW_NAMESAKES = 5
"""A list mate with this many namesakes or fewer tells where the list lies."""
_CITY_APART_KM = 25.0
_VILLAGE_BESIDE_KM = 10.0


def _decided_neighbours(
    mentions: Sequence[Mention], sentences: SentenceIndex, chosen: list[Resolution | None], i: int
) -> list[Place]:
    """The places decided for the names right before and after name ``i`` in its own list."""
    analysis, k = sentences.of(i)
    group = analysis.groups[k]
    neighbours = []
    for step in (-1, 1):
        if 0 <= k + step < len(analysis.groups) and analysis.groups[k + step] == group:
            resolution = chosen[i + step]
            if resolution is not None and resolution.place is not None:
                neighbours.append(resolution.place)
    return neighbours


_NEIGHBOUR_WEIGHT = 0.25
"""What the km to a list neighbour count for, against 0.5 for another place of the sentence."""
_NEIGHBOUR_SIZE_KM = 5.0
"""The most a namesake's size is worth beside list neighbours (a town's bonus, not a district seat's or a city's)."""


def _mates_namesakes(
    mates: dict[int, list[int]], i: int, pending: dict[int, tuple[Candidate, ...]], unsized: dict[int, int] | None = None
) -> list[Place]:
    """The namesakes of name ``i``'s list mates still open, each once: a list that names one village a
    thousand times ("A and A and ...") must not cost a thousand times its namesakes for each of them. A mate's
    city among villages (``unsized``) is none of them: "near Oleksiivka, Zaporizhzhia, Komyshuvakha" pairs
    Komyshuvakha with the village Zaporizhzhia, not with the city."""
    if not mates:
        return []
    unsized = unsized or {}
    return list({
        c.place.geonameid: c.place for j in mates.get(i, ()) if j in pending for c in pending[j]
        if c.place.geonameid != unsized.get(j)
    }.values())


def _list_size(sentences: SentenceIndex, i: int) -> int:
    """How many names the coordinated list of name ``i`` has (1: none other; 2: a pair, "near A and B")."""
    analysis, k = sentences.of(i)
    return analysis.groups.count(analysis.groups[k])


def _mate_closeness(place: Place, others: list[Place]) -> float:
    """How well ``place`` sits with its list mates' namesakes ``others``: half the km to the one it
    pairs best with, less what size makes each of the two the likelier reading of its name. A pair
    is weighed as a pair: "Krasnogorovka and Novomikhailovka" are the town near Marinka and the
    village beside it, not two hamlets of those names 5 km apart in the north."""
    if not others:
        return 1000.0
    return min(0.5 * km_apart(place, other) - size_bonus(other) for other in others) - size_bonus(place)
