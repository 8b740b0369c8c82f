"""Places a sentence names as the members of what the sentence before reported of several.

"Ukrainian forces liberated several villages south of Izium. Among them were Kamianka and
Kapytolivka." The second sentence has no cue of its own: its names are the villages the first one
liberated, and take what the first one reported of them. The same holds for "They included A and B",
"These were A and B", "Among these: A, B"; and "The next day the ministry announced five more: A, B
and C" after a sentence whose cue governs a list of names ("claimed the capture of D, E and F"). And a list's items
after the line that introduces them: "The following settlements came under enemy fire:" then "- A hromada: A, B;"
"- C, D." (:func:`introductions`, :func:`introduced_readings`).
"""

from __future__ import annotations

import re
from collections.abc import Sequence

from mapper._types import MentionKind
from mapper.reading.actors import Side
from mapper.reading.cuefinder import find_cues, words
from mapper.reading.sentences import Sentence
from mapper.reading.status import StatusReading, cue_readings

__all__ = ["enumerated_readings", "introduced_readings", "introductions"]

# What opens a sentence that lists the members of a group named before ("Among them were A and B").
_OPENER = re.compile(
    r"^\W*(?:among\s+(?:them|these|those|the\s+(?:villages|towns|settlements)(?:\s+\w+){0,2})\s*(?:were|was|:|,)?"
    r"|(?:they|these|those)\s+(?:included|include|were)(?:\s+the\s+(?:villages|towns|settlements)\s+of)?"
    r"|the\s+(?:villages|towns|settlements)\s+(?:included|were)(?:\s+(?:those\s+)?of)?)\s*$",
    re.IGNORECASE,
)
# "On 12 May the ministry announced five more: A, B and C": more of what the sentence before reported of its list.
_MORE = re.compile(
    r"\b(?:\d+|two|three|four|five|six|seven|eight|nine|ten|several|a\s+few)\s+more"
    r"(?:\s+(?:villages|towns|settlements|localities|places))?\s*(?::|[\u2014\u2013-])\s*$",
    re.IGNORECASE,
)
_NAME_AHEAD = re.compile(r"\s*(?:of\s+)?(?:the\s+)?(?:(?:villages?|towns?|settlements?)\s+of\s+)?[A-Z]")
# A group of places: "several villages", "five more settlements", "the towns along the river".
_PLACES = re.compile(r"\b(?:villages|towns|settlements|localities|communities|hamlets|places)\b", re.IGNORECASE)
_CONFIDENCE = 0.9
"""The share of a reading's confidence its members keep: the link across sentences is an inference."""


def enumerated_readings(
    previous: str,
    sentence: str,
    spans: Sequence[tuple[int, int]],
    kinds: Sequence[MentionKind],
    groups: Sequence[int],
    *,
    prior: Side | None = None,
    voice: Side | None = None,
) -> list[list[StatusReading]] | None:
    """For a sentence that opens by naming the members of a group of places the sentence before told
    of ("Among them were A and B"), the readings of each name: what that sentence reported of the group
    for the settlements of the list it opens with (``groups`` numbers the sentence's lists), none for the
    others. ``None`` when the sentence opens otherwise, or the one before reports nothing of a group."""
    if not spans:
        return None
    if _MORE.search(sentence, 0, spans[0][0]):
        found = _of_the_named_list(previous, prior, voice)
    elif _OPENER.match(sentence, 0, spans[0][0]):
        found = _of_the_group(previous, prior, voice)
    else:
        return None
    if not found:
        return None
    members = [StatusReading(r.status, r.cue, _CONFIDENCE * r.confidence, r.change) for r in found]
    return [list(members) if kind == "settlement" and group == groups[0] else [] for kind, group in zip(kinds, groups, strict=True)]


def introductions(sentences: Sequence[Sentence]) -> dict[int, str]:
    """The items of each list that follows a line ending with a colon, by their start: that line's text ("The following
    settlements came under enemy fire:", then "- A, B;" and "- C.")."""
    introduced: dict[int, str] = {}
    intro: str | None = None
    for sentence in sentences:
        if sentence.kind == "item":
            if intro is not None:
                introduced[sentence.start] = intro
        else:
            intro = sentence.text if sentence.text.rstrip().endswith(":") else None
    return introduced


def introduced_readings(
    intro: str,
    sentence: str,
    spans: Sequence[tuple[int, int]],
    kinds: Sequence[MentionKind],
    *,
    prior: Side | None = None,
    voice: Side | None = None,
) -> list[list[StatusReading]] | None:
    """For a list item with no status of its own, after a line that reports of a group of places ("The following
    settlements came under enemy fire:"), what that line reported, for each of its settlements and communities
    ("- Bilozerka hromada: Bilozerka, Kizomys"); ``None`` when the line reports nothing of a group, or the item tells
    something of its own ("- Sloviansk hromada: no shelling was recorded")."""
    if find_cues(sentence, spans):
        return None
    found = _of_the_group(intro, prior, voice)
    if not found:
        return None
    members = [StatusReading(r.status, r.cue, _CONFIDENCE * r.confidence, r.change) for r in found]
    return [list(members) if kind in ("settlement", "raion") else [] for kind in kinds]


def _of_the_named_list(previous: str, prior: Side | None, voice: Side | None) -> list[StatusReading]:
    """What the sentence before reported of the names a cue of it governs ("claimed the capture of A, B and C")."""
    for cue in find_cues(previous, ()):
        if cue.grammar != "back" and not cue.passive and _NAME_AHEAD.match(previous, cue.end):
            return cue_readings(previous, cue, prior=prior, voice=voice)
    return []


def _of_the_group(previous: str, prior: Side | None, voice: Side | None) -> list[StatusReading]:
    """What the sentence before reported of a group of places ("liberated several villages")."""
    found: list[StatusReading] = []
    for cue in find_cues(previous, ()):
        group = _PLACES.search(previous, cue.end)
        governs = (
            group is not None
            and cue.grammar != "back"
            and not cue.passive
            and words(previous[cue.end : group.start()]) <= max(cue.reach, 3)
        )
        before = _PLACES.search(previous, max(0, cue.start - 60), cue.start)
        governs = governs or (before is not None and (cue.grammar == "back" or cue.passive))
        if governs:
            found = cue_readings(previous, cue, prior=prior, voice=voice)
    return found
