"""A name a report repeats means one place: the mentions it decided weakly follow the namesake the text placed
best, unless the text sets one apart ("not the Vodiane near Vuhledar", "another Bilohorivka"), the sentence before
just placed another, or each stands beside its own sentence's places. A step of :mod:`mapper.reading.resolve`."""

from __future__ import annotations

import re
from collections.abc import Sequence

from mapper.model import Mention, Place
from mapper.reading.geography import km_apart
from mapper.reading.namesakes import Resolution

__all__ = ["same_name_same_place"]


_WEAK = ("near other places", "kind and size", "undecided")


def same_name_same_place(
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


def _beside_its_sentence(others: list[Resolution | None], place: Place, other: Place) -> bool:
    """Whether ``place`` lies beside one of the places its sentence's ``others`` name, and ``other`` beside none."""
    around = [r.place for r in others if r is not None and r.place is not None]
    nearest = min((km_apart(place, p) for p in around), default=float("inf"))
    apart = min((km_apart(other, p) for p in around), default=float("inf"))
    return (nearest <= _BESIDE_KM and apart > _APART_KM) or (nearest <= _BESIDE_FAR_KM and apart > max(_APART_KM, _FAR_APART_TIMES * nearest))


_ANOTHER_BEFORE = re.compile(r"\b(?:another|the\s+other|a\s+second|a\s+different|a\s+separate)\s+$", re.IGNORECASE)


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
