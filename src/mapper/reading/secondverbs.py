"""A second verb of the object a cue after a list governs: a participle joined by "and" ("X was encircled in late
September and recaptured on 1 October") and a second relative clause on the same name ("Mykolaiv, which Russian forces
failed to take and which missiles struck almost nightly"). A step of :mod:`mapper.reading.backward`."""

from __future__ import annotations

import re

from mapper.reading import grammar
from mapper.reading.cuefinder import Cue, is_participle, words

__all__ = ["coordinated_participle", "second_relative"]


def second_relative(sentence: str, cue: Cue, later: list[Cue]) -> Cue | None:
    """The verb of a second relative clause on the same name ("Mykolaiv, which Russian forces failed to take and which
    missiles struck almost nightly"): the name is its object too."""
    if not later:
        return None
    second = later[0]
    joint = _AND_WHICH.search(sentence, cue.end, second.start)
    if joint is None or second.family != "att" or not (
        grammar.RELATIVE_SUBJECT.match(sentence, joint.end()) or _WEAPONS.match(sentence, joint.end())
    ):
        return None
    return second._replace(passive=False) if words(sentence[joint.end() : second.start]) <= 4 else None


_AND_WHICH = re.compile(r"\band\s+which\b", re.IGNORECASE)
_WEAPONS = re.compile(r"\s+(?:[\w-]+\s+)?(?:missiles|drones|shells|rockets|bombs|artillery|aircraft|guns)\b", re.IGNORECASE)


def coordinated_participle(sentence: str, cue: Cue, later: list[Cue]) -> list[tuple[Cue, bool]]:
    """A second participle joined to a passive cue by "and": "X was encircled in late September and
    recaptured on 1 October" (the subject is the object of both)."""
    if not cue.passive or not later:
        return []
    second = later[0]
    gap = sentence[cue.end : second.start]
    if (
        second.family in ("lib", "gain", "occ", "fall", "att")
        and is_participle(second.text)
        and grammar.PARTICIPLE_AND.fullmatch(gap)
    ):
        return [(second._replace(passive=True), False)]
    return []
