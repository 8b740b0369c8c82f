"""Events a narrative names again by a noun ("the fall of Popasna", "after the loss of Velyka Novosilka"), dated as
the text dated them where it told them.

A narrative tells of a town's fall once, dated ("Russian troops took Popasna on 7 May"), and names it again later
("the fall of Popasna exposed Lysychansk", "after the fall of Volnovakha the front moved west"): the later sentence
gives no date of its own, and the running date it would take (:mod:`mapper.reading.dates`) is that of the later
paragraph, not of the fall. A change of control named by a noun, dated only by its context, takes the date of the
same change of the same place the text dated in a sentence of its own: the last told before it, else the first told
after (a lead names the fall its body tells). Attacks are not recalled: a place is struck again and again.

An anniversary recalls an event too: "flowers at the station on the third anniversary of the day Russian troops were
driven out of Trostianets" tells of a day three years before the one the sentence is dated.
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
    events = [_before_anniversary(event) if "anniversary" in event.mention.sentence else event for event in events]
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


_ANNIVERSARY = re.compile(
    r"\b(?P<n>first|second|third|fourth|fifth|sixth|seventh|eighth|ninth|tenth|\d{1,2}(?:st|nd|rd|th))\s+anniversary\s+of\b",
    re.IGNORECASE,
)
_ORDINALS = {"first": 1, "second": 2, "third": 3, "fourth": 4, "fifth": 5, "sixth": 6, "seventh": 7, "eighth": 8,
             "ninth": 9, "tenth": 10}
_YEAR = re.compile(r"\b(?:19|20)\d\d\b")


def _before_anniversary(event: Event) -> Event:
    """The event told of as what an anniversary marks ("on the third anniversary of the day Russian troops were driven out
    of X"), dated that many years before the anniversary's date; unchanged where the words name their own year."""
    if event.event_date is None or event.status is None:
        return event
    at = event.mention.start - event.mention.sentence_start
    if event.cue and (cue_at := event.mention.sentence.lower().find(event.cue.lower(), at)) > at:
        at = cue_at  # (the event its cue tells, after a label: "Trostianets, 26 March: ... anniversary of ... the town")
    marked = None
    for marked in _ANNIVERSARY.finditer(event.mention.sentence, 0, at):
        pass
    if marked is None or _YEAR.search(event.mention.sentence, marked.end(), at):
        return event
    word = marked.group("n").lower()
    years = _ORDINALS[word] if word in _ORDINALS else int(word[:-2])
    day = event.event_date
    earlier = day.replace(year=day.year - years, day=28) if (day.month, day.day) == (2, 29) else day.replace(year=day.year - years)
    return replace(event, event_date=earlier)
