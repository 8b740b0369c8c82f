"""A second verb of the object a cue after a list governs: a participle joined by "and" ("X was encircled in late
September and recaptured on 1 October") and a second relative clause on the same name ("Mykolaiv, which Russian forces
failed to take and which missiles struck almost nightly"); a passive that is the second predicate of a name that opens
its clause ("X stayed in Ukrainian hands but was shelled almost daily"); the main verb after an apposition that holds a
cue of its own ("X, a town recaptured in 2022, is under attack again"). Steps of :mod:`mapper.reading.backward` and
:mod:`mapper.reading.status`."""

from __future__ import annotations

import re
from collections.abc import Sequence

from mapper.reading import grammar, locators
from mapper.reading.cuefinder import Cue, is_participle, words

__all__ = ["after_apposition", "coordinated_participle", "second_predicate", "second_relative"]


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
    if "," in gap or _FIRST_PREDICATE.fullmatch(gap) is None:
        return False
    before = sentence[:head_start]
    opening = before.rstrip().endswith((",", ";", ":")) or not before.strip()
    return opening and words(before) <= 8


def after_apposition(
    sentence: str, spans: Sequence[tuple[int, int]], cues: list[Cue], tail: int, forward: Cue | None
) -> list[tuple[Cue, bool]]:
    """The main verb after an apposition that holds a cue of its own: "X, a town recaptured in
    2022, is under attack again" (the apposition's cue is read by :func:`backward_cues`)."""
    end = spans[tail][1]
    if sentence.startswith(" itself", end):
        end += len(" itself")  # "Zaporizhzhia itself, some 50 km to the north-east on the Ukrainian-held bank, was hit"
    if "," not in sentence[end : end + 2]:
        return []
    apposition = locators.APPOSITION_SKIP.match(sentence, end)
    if apposition is None or not any(end <= c.start < apposition.end() for c in cues):
        return []
    cue = next((c for c in cues if c.start >= apposition.end() and c is not forward), None)
    if (
        cue is not None
        and cue.family in ("fall", "occ", "lib", "gain", "att")
        and (cue.grammar in ("back", "both") or cue.passive)
        and words(sentence[apposition.end() : cue.start]) <= 3
        and not any(apposition.end() <= a < cue.start for a, _ in spans[tail + 1 :])
    ):  # (a name inside the apposition only locates: "X, the Russian-held town west of Enerhodar, was hit")
        return [(cue, False)]
    return []
