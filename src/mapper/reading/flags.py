"""Whose flag a raised or hoisted flag is: a Russian one over a place is an occupation, a Ukrainian one a liberation;
a protest with flags, or a flag at a town's edge, takes no town. A step of :mod:`mapper.reading.cuereading`."""

from __future__ import annotations

import re

from mapper._types import Status
from mapper.reading import sides as side_words
from mapper.reading.actors import last_side
from mapper.reading.cuefinder import Cue
from mapper.reading.takers import Sides
from mapper.reading.voice import russian_claim

__all__ = ["flag_status"]


def flag_status(sentence: str, cue: Cue, sides: Sides) -> Status | None:
    """The status a flag cue reports of its place: occupied for a Russian flag, liberated for a Ukrainian one, ``None``
    where it reports none."""
    if _PROTEST_BEFORE.search(sentence, max(0, cue.start - 40), cue.start):
        return None  # "residents rally with Ukrainian flags on the square": a protest, no army's flag over the town
    if _AT_THE_EDGE.match(sentence, cue.end):
        return None  # "raised a flag near the city's northern entrance": a flag on the way in, no town held
    # whose flag: "Russian forces raising a flag in X", "Russian flag over X" is an occupation
    russian = any(  # (Wagner's too; not the side driven out before: "drove Russian forces out of X and raised the flag")
        not _EXPELLED_END.search(sentence, max(0, m.start() - 30), m.start())
        for m in side_words.RUSSIAN_WORD.finditer(sentence, max(0, cue.start - 40), cue.end)
    )
    if (own := _ITS_TROOPS.search(sentence, max(0, cue.start - 40), cue.start)) is not None:
        # "Russian defence ministry video said to show its troops raising a flag in X": whose troops; "Russian war
        # bloggers claimed that their troops had raised a flag": the claimants'
        named = last_side(sentence[: own.start()])
        russian = named == "russian" if named is not None else russian_claim(
            sentence, cue.start, cue.end, sides.voice, sides.antecedent
        )
    elif not russian and "enemy" in sentence and side_words.ENEMY_SUBJECT.search(sentence, max(0, cue.start - 30), cue.start):
        russian = sides.voice != "russian"  # "the enemy hoisted a flag in X": the other side of the report's voice
    elif not russian and side_words.UA_RE.search(sentence, max(0, cue.start - 60), cue.end) is None:
        # "Russian military bloggers claimed that assault groups had reached X and raised a flag": a Russian claim
        # names no side for its own troops
        russian = russian_claim(sentence, cue.start, cue.end, sides.voice, sides.antecedent)
    return "occupied" if russian else "liberated"


_AT_THE_EDGE = re.compile(
    r"\s+(?:near|at|by|on)\s+(?:the\s+)?(?:(?:town|city|village)['’]s\s+)?(?:[\w-]+\s+)?(?:entrance|entry|outskirts|edge|approaches|sign)\b",
    re.IGNORECASE,
)
"""A flag raised at a town's entrance, edge or sign: on the way in, not over the town."""

_PROTEST_BEFORE = re.compile(
    r"\b(?:rall(?:y|ies|ied|ying)|protest(?:s|ed|ing)?|demonstrat(?:e|es|ed|ing)|march(?:es|ed|ing)?)\s+(?:with\s+)?(?:[\w-]+\s+){0,2}$",
    re.IGNORECASE,
)
"""People rallying, protesting or marching with the flags that follow."""

_ITS_TROOPS = re.compile(
    r"\b(?:its|their)\s+(?:own\s+)?(?:troops|forces|soldiers|units|servicemen)\b|\b(?:showed|show|shows|showing)\s+(?:them|themselves)\b",
    re.IGNORECASE,
)
"""Troops named by whose they are, the side named before ("the Russian ministry ... its troops", "Russian-backed
fighters posted video they said showed them raising a flag")."""

_EXPELLED_END = re.compile(r"\b(?:driven|drove|drive|drives|pushed|forced|kicked|ousted|expelled|routed)\s+(?:the\s+)?$", re.IGNORECASE)
"""What a side named as the object of its expulsion follows."""
