"""A second verb of the object a cue after a list governs: a participle joined by "and" ("X was encircled in late
September and recaptured on 1 October") and a second relative clause on the same name ("Mykolaiv, which Russian forces
failed to take and which missiles struck almost nightly"); a passive that is the second predicate of a name that opens
its clause ("X stayed in Ukrainian hands but was shelled almost daily"). A step of :mod:`mapper.reading.backward`."""

from __future__ import annotations

import re

from mapper.reading import grammar
from mapper.reading.cuefinder import Cue, is_participle, words

__all__ = ["coordinated_participle", "second_predicate", "second_relative"]


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


_FIRST_PREDICATE = re.compile(
    r"(?:\s+itself)?\s+(?:stayed|stays|remained|remains|held|holds|lay|lies|sat|sits|stood|stands|was|is|had|has|[a-z]+ed)"
    r"(?:\s+[\w'’-]+){0,5}?\s+(?:but|and|yet)\s+(?:(?:also|then|later|still|again|soon)\s+)?"
    r"(?:was|were|is|are|has\s+been|have\s+been|had\s+been)\s+(?:(?:\w+ly|also|again|then|later|repeatedly)\s+){0,2}",
    re.IGNORECASE,
)
"""A subject's first predicate (a verb, up to five words) and the auxiliary of a second, passive one."""
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


def second_predicate(sentence: str, head_start: int, gap: str) -> bool:
    """Whether ``gap``, between a list that opens its clause (at ``head_start``) and a passive cue, is a first
    predicate of the same subject joined to the passive's auxiliary: "X stayed in Ukrainian hands but was shelled",
    "X lies on the river and has been shelled daily". Not "troops took X on Monday but were shelled": X is no subject
    there, nor in "... near X with tanks but were shelled", where a preposition follows it."""
    first = _FIRST_PREDICATE.fullmatch(gap)
    if first is None or "," in gap:
        return False
    before = sentence[:head_start]
    opening = before.rstrip().endswith((",", ";", ":")) or not before.strip()
    return opening and words(before) <= 8
