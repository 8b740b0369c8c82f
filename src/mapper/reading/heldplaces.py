"""What happened in a place a state adjective names the holder of: "missiles hit a plant in Russian-occupied
Luhansk", "explosions rocked the occupied city of X" (the adjective says who holds it, the verb before it what happened
there). A step of :mod:`mapper.reading.status`."""

from __future__ import annotations

import re
from collections.abc import Sequence

from mapper._types import MentionKind
from mapper.reading.cuefinder import Cue
from mapper.reading.scope import forward_cue

__all__ = ["event_before_state"]

_WORD_END = re.compile(r"[\w-]*$")
"""The word a cue ends (the whole of "Russian-occupied" for the cue "occupied")."""
_LIST_BEFORE_STATE = re.compile(r"\s*(?:,\s*(?:and\s+)?|\s+and\s+)(?:(?:in|near|on)\s+)?(?:the\s+)?$", re.IGNORECASE)
"""A list's joint before a state's adjective: "struck A and (in) Russian-held X"."""


def event_before_state(
    sentence: str,
    spans: Sequence[tuple[int, int]],
    groups: Sequence[int],
    cues: list[Cue],
    state: Cue,
    head: int,
    kinds: Sequence[MentionKind],
) -> Cue | None:
    """The cue before a place's state adjective that tells what happened there ("missiles hit a plant in
    Russian-occupied Luhansk"): read past the adjective, or, for a settlement, as if the adjective were the name's
    first word ("wrecked a car in occupied X" is in X), though not across another name ("shelled A and fortified
    positions around occupied X" is not in X), unless that name is the list's before it ("struck rear areas in A and
    in Russian-held X": what A's verb tells)."""
    others = [c for c in cues if c is not state]
    event = forward_cue(sentence, spans, groups, others, head, kinds)
    verb = next((c for c in reversed(others) if c.end <= state.start), None)
    if event is not None or verb is None or kinds[head] != "settlement":
        return event
    word = _WORD_END.search(sentence, 0, state.start).start()  # type: ignore[union-attr]
    if head > 0 and spans[head - 1][1] > verb.start:  # another name stands between the verb and the adjective
        if _LIST_BEFORE_STATE.fullmatch(sentence, spans[head - 1][1], word):
            return forward_cue(sentence, spans, groups, others, groups[head - 1], kinds)
        return None
    as_named = [*spans[:head], (word, spans[head][1]), *spans[head + 1 :]]
    return forward_cue(sentence, as_named, groups, others, head, kinds)
