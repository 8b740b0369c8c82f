"""A mention's readings, one per status: the surest reading of each, and no attack beside a change of hands its
sentence reports unless the two are told apart. The last step of :mod:`mapper.reading.status`."""

from __future__ import annotations

import re

from mapper.reading import grammar
from mapper.reading.cuereading import StatusReading

__all__ = ["one_per_status"]


def _apart(sentence: str, attack: str, change: str) -> bool:
    """Whether the attack and the change of hands are told in clauses of their own: the attack first, then a clause
    that opens on its own time or subject (after "; " or ", and on/by/in ..."), or the change first and the attack
    after a semicolon or told as renewed ("X, retaken last week, comes under renewed shelling")."""
    if not sentence:
        return False
    lowered = sentence.lower()
    at, to = lowered.find(attack.lower()), lowered.rfind(change.lower())
    if 0 <= to < at and ";" in lowered[to:at]:
        return True  # (the change claimed, then the fighting told in a clause of its own: "bloggers say their troops have
        # taken the village; Ukraine's command reports fighting in it")
    if 0 <= to < at and _AGAIN.search(lowered, to + len(change), at + len(attack) + 12):
        return True  # "X, retaken by Ukrainian troops last week, comes under renewed shelling": the attack came after
    return 0 <= at < to and _OWN_CLAUSE.search(lowered, at + len(attack), to) is not None


_OWN_CLAUSE = re.compile(
    r";|,\s*whose\s|,\s*and\s+(?:by|on|in|at|later|then|after|within|russian|ukrainian|separatist|dpr|lpr)\b"
    # an attack told after the change it counts from: "pound the village three days after Kyiv announced its liberation",
    # "the shelling began within days of the city's liberation", "shelled daily since its capture"
    r"|\b(?:days?|weeks?|months?|years?|hours?)\s+(?:after|since)\b|\bwithin\s+(?:\w+\s+)?(?:days?|weeks?|months?|hours?)\s+of\b"
    r"|\bsince\s+(?:the|its|their)\b"
)
_AGAIN = re.compile(r"\b(?:renewed|again|afresh|once\s+more|still)\b")
"""An attack told after a change of hands as one that came after it ("comes under renewed shelling", "shells are still
landing")."""
_LOST_AGAIN = ("driven out", "pushed out", "forced out", "kicked out")
"""How a cue that tells of troops losing the place they had entered ends (the lexicon's row "were driven out")."""


def one_per_status(readings: list[StatusReading], sentence: str = "") -> tuple[StatusReading, ...]:
    """A mention's readings, the surest of each status; no attack beside a change of hands the sentence reports,
    unless the two are told in clauses of their own ("attacked X through April, and on 27 May Russian sources
    claimed the village": the fighting, then the change)."""
    best: dict[str, StatusReading] = {}
    for reading in readings:
        if reading.status not in best or reading.confidence > best[reading.status].confidence:
            best[reading.status] = reading
    if "attacked" in best and any(
        r.change and not r.cue.lower().endswith(_LOST_AGAIN) and not _apart(sentence, best["attacked"].cue, r.cue)
        for r in readings if r.status != "attacked"
    ):
        # attacked is "without this sentence reporting a change of control" (the annotators' definition); troops that
        # entered a place "but were driven out" fought in it, and it changed hands back: both
        del best["attacked"]
    elif "attacked" in best and "occupied" in best and all(grammar.ENTRY.match(r.cue) for r in readings if r.status == "attacked"):
        del best["attacked"]  # "X was entered by Russian troops, and ... the city was under Russian control": taken
    return tuple(best.values())
