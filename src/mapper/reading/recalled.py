"""Events a narrative names again by a noun ("the fall of Popasna", "after the loss of Velyka Novosilka"), dated as
the text dated them where it told them.

A narrative tells of a town's fall once, dated ("Russian troops took Popasna on 7 May"), and names it again later
("the fall of Popasna exposed Lysychansk", "after the fall of Volnovakha the front moved west"): the later sentence
gives no date of its own, and the running date it would take (:mod:`mapper.reading.dates`) is that of the later
paragraph, not of the fall. A change of control named by a noun, dated only by its context, takes the date of the
same change of the same place the text dated in a sentence of its own: the last told before it, else the first told
after (a lead names the fall its body tells). Attacks are not recalled: a place is struck again and again.
"""

from __future__ import annotations

import re
from bisect import bisect_left
from collections.abc import Sequence
from dataclasses import replace

from mapper.model import Event

__all__ = ["with_recalled_dates"]

_NAMED_AGAIN = re.compile(
    r"(?:the\s+)?(?:fall|loss|capture|seizure|occupation|liberation|recapture|retaking|surrender|abandonment)\s+of\b",
    re.IGNORECASE,
)
_CHANGES = ("occupied", "liberated")


def _start(event: Event) -> int:
    return event.mention.start


def with_recalled_dates(events: Sequence[Event]) -> list[Event]:
    """``events`` (one report's, in text order) with each change of control named again by a noun and dated only by
    its context dated as the text dated the same change where it told it."""
    told: dict[tuple[int, str], list[Event]] = {}
    for event in events:
        if event.place is not None and event.status in _CHANGES and event.date_source == "sentence":
            told.setdefault((event.place.geonameid, event.status), []).append(event)
    if not told:
        return list(events)
    out = []
    for event in events:
        if (
            event.place is not None and event.status in _CHANGES and event.date_source == "context"
            and event.cue and _NAMED_AGAIN.match(event.cue)
            and (same := told.get((event.place.geonameid, event.status)))
        ):  # fmt: skip
            k = bisect_left(same, event.mention.start, key=_start)  # (the told ones are in text order)
            source = same[k - 1] if k else same[0]
            event = replace(event, event_date=source.event_date, date_precision=source.date_precision)
        out.append(event)
    return out
