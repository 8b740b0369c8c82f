"""Lists that share what a list before them was told, their verb or event noun left out: "A and B were freed on
11 June and C the next day", "took A around 20 June, and then B and C", "as was C", "and B and C followed", "A was retaken together with B", "the fall
of X, together with that of Y", "and the next day it added B and C". A step of :mod:`mapper.reading.status`, for a list
its own cues told nothing.
"""

from __future__ import annotations

import re
from collections.abc import Sequence
from dataclasses import replace

from mapper.reading import grammar
from mapper.reading._patterns import FLAGS
from mapper.reading.cuefinder import Cue
from mapper.reading.cuereading import StatusReading, _reading
from mapper.reading.modality import supposed_event
from mapper.reading.takers import Sides

__all__ = ["shared_by_elision"]


def shared_by_elision(
    sentence: str,
    spans: Sequence[tuple[int, int]],
    cues: list[Cue],
    readings: list[list[StatusReading]],
    head: int,
    tail: int,
    sides: Sides,
    found: list[StatusReading],
) -> list[StatusReading]:
    """What the list from ``head`` to ``tail`` is told, given what its own cues told it (``found``): the reading of the
    list before it where the sentence leaves the verb out, else ``found``."""
    if " as " in sentence and _AS_WAS_BEFORE.search(sentence, max(0, spans[head][0] - 30), spans[head][0]):
        # "A and B were taken after heavy fighting, as was C": C shares what the list before it was told
        found = _earlier(readings, head) or found
    elif not found and head > 0 and " with " in sentence and _ALONG_WITH_BEFORE.search(
        sentence, max(0, spans[head][0] - 40), spans[head][0]
    ) and any(cue.passive and spans[head - 1][1] <= cue.start < spans[head][0] for cue in cues):
        # "A was recaptured by Ukrainian forces together with B and C": the passive's subject and its companions
        found = _earlier(readings, head)
    elif not found and "followed" in sentence and _FOLLOWED.match(sentence, spans[tail][1]):
        # "Balakliia was liberated on 8 September, and Kupiansk and Izium followed"
        found = _earlier(readings, head)
    elif not found and head > 0 and _GAPPED_BEFORE.search(sentence, max(0, spans[head][0] - 11), spans[head][0]) and (
        _GAPPED_AFTER.match(sentence, spans[tail][1])
        or _THEN_BEFORE.search(sentence, max(0, spans[head][0] - 12), spans[head][0])
        and _CLAUSE_OR_PARTICIPLE_AFTER.match(sentence, spans[tail][1])
    ):
        # "A and B were freed on 11 June and C and D the next day"; "took A around 20 June, and then B and C,
        # closing the pocket"
        found = _earlier(readings, head)
    elif not found and head > 0 and _GAPPED_TIME_BEFORE.search(sentence, max(0, spans[head][0] - 40), spans[head][0]) and (
        grammar.CLAUSE_CLOSES.match(sentence, spans[tail][1])
    ):
        found = _earlier(readings, head)  # "they recaptured A, across the boundary, and later in the month B"
    elif not found and head > 0 and _GAPPED_PLACE_BEFORE.search(sentence, max(0, spans[head][0] - 40), spans[head][0]) and (
        grammar.CLAUSE_CLOSES.match(sentence, spans[tail][1])
    ):
        found = _earlier(readings, head)  # "A, B and C were shelled, and to the west, D and E."
    elif not found and " of " in sentence and (elided := _ELIDED_OF.search(sentence, max(0, spans[head][0] - 110), spans[head][0])):
        # "The fall of the town, together with that of A to the south-west and of B": the event noun before, elided
        nominal = [cue for cue in cues if cue.end <= elided.start()
                   and (cue.text.rstrip().lower().endswith(" of") or sentence.startswith(" of ", cue.end))]
        found = _reading(sentence, nominal[-1], sides) if nominal and not supposed_event(
            sentence, nominal[-1], spans[head][0], spans[tail][1]
        ) else []  # (nor where the elided event is supposed: "the loss of A together with that of B would leave C exposed")
    elif not found and head > 0 and _INTERVAL_BEFORE.search(sentence, max(0, spans[head][0] - 30), spans[head][0]) and (
        grammar.CLAUSE_CLOSES.match(sentence, spans[tail][1])
    ):
        found = _earlier(readings, head)  # "recaptured Lysychansk on 24 July 2014, two days after Sievierodonetsk"
    elif not found and "added" in sentence and _ADDED_BEFORE.search(sentence, max(0, spans[head][0] - 40), spans[head][0]):
        # "announced the capture of A and B, and the next day it added C and D": the announcement goes on
        found = _earlier(readings, head)
    return found


def _earlier(readings: list[list[StatusReading]], head: int) -> list[StatusReading]:
    """What the nearest name before ``head`` was told, at a little less confidence (for a list that shares it)."""
    earlier = next((r for r in reversed(readings[:head]) if r), [])
    return [replace(r, confidence=0.8 * r.confidence) for r in earlier]


# An elliptical clause after a list's event: "A and B were taken after heavy fighting, as was C".
_AS_WAS_BEFORE = re.compile(r",\s*as\s+(?:was|were|is|are|do|does|did|had|has|have|happened\s+to)\s+(?:the\s+(?:[\w-]+\s+)?(?:city|town|village)\s+of\s+)?$", FLAGS)

# The companions of a passive's subject, after its verb: "A was retaken by Ukrainian forces together with B".
_ALONG_WITH_BEFORE = re.compile(r"\b(?:together|along)\s+with\s+(?:the\s+(?:[\w-]+\s+)?(?:villages?|towns?|settlements?)\s+of\s+)?$", FLAGS)

# A list whose verb is gapped, known by the time that follows it: "A was freed on 11 June and B the next day".
_GAPPED_BEFORE = re.compile(r"(?:\band|,)\s+(?:then\s+)?$", FLAGS)
_GAPPED_AFTER = re.compile(
    r"(?:,\s+(?:(?:just\s+|some\s+)?(?:[\w.]+\s+km\s+)?(?:north|south|east|west)[\w-]*\s+of\s+[^,;.]{1,40}"
    r"|(?:a|an|the)\s+[^,;.]{1,60}|(?:further|farther)\s+(?:north|south|east|west)[\w-]*(?:\s+[^,;.]{1,40})?"
    r"|(?:on|at|near|by|along|in)\s+(?:its|the|their)\s+[^,;.]{1,40}),)?"
    # ("C, north of B, soon after", "C, a district centre between A and B, soon after", "C, further east in D Oblast, on 1 October",
    # "C, on its northern edge, earlier this month")
    r"\s+(?:(?:on|in|by)\s+(?:the\s+(?:end|start|beginning|middle)\s+of\s+)?(?:the\s+)?(?:\d{1,2}\s+)?(?:(?:early|mid|late)[\s-])?[a-z]+(?:\s+\d{1,2})?(?:,?\s+\d{4})?"
    r"|the\s+(?:next|following)\s+(?:day|week|month)|(?:a|one|two|three|four|five|\d+)\s+(?:days?|weeks?|months?)\s+later"
    r"|(?:earlier|later)\s+(?:this|that|the\s+same)\s+(?:day|week|month|year)"
    r"|(?:soon|shortly|not\s+long)\s+(?:after(?:wards)?|afterwards|later|thereafter))"
    r"(?=\s*(?:[,.;\[]|$)|\s+(?:and|while|but|whereas)\b)",
    FLAGS,
)

_THEN_BEFORE = re.compile(r",\s*and\s+then\s+$", FLAGS)
"""A gapped verb's "and then" before later objects: "took A around 20 June, and then B and C"."""
_CLAUSE_OR_PARTICIPLE_AFTER = re.compile(r"(?:\s*\[\d+\])*\s*(?:[.;]|$|,\s*[a-z]+ing\b)", FLAGS)
"""Where the gapped objects end: the clause's end, or a participle's clause ("..., closing the pocket")."""
_MONTHS = r"(?:january|february|march|april|may|june|july|august|september|october|november|december)"
# A gapped verb's time before the name, the name closing the clause: "... recaptured A, and later in the month B."
_GAPPED_TIME_BEFORE = re.compile(
    r"\band\s+(?:then\s+)?(?:(?:later|soon|shortly|finally|eventually)\s+)?"
    r"(?:(?:(?:in|on|by|at|during|over)\s+)?(?:the\s+)?(?:same\s+|following\s+|next\s+|(?:end|start|middle)\s+of\s+the\s+)?"
    r"(?:day|week|weekend|month|year|morning|evening|night|spring|summer|autumn|winter)"
    r"|(?:that|this)\s+(?:day|week|month)|(?:a|one|two|three|four|five|\d+)\s+(?:days?|weeks?|months?)\s+later"
    rf"|(?:in|on|by)\s+(?:(?:early|mid|late)[\s-]+)?(?:\d{{1,2}}\s+)?{_MONTHS}(?:\s+\d{{1,2}})?)"
    r"(?:\s*,?\s+of(?:\s+the\s+(?:settlement|village|town|city)\s+of)?)?\s*,?\s+$",  # ("took control of A, and in July of B")
    FLAGS,
)

# A gapped verb's place before the names, the names closing the clause: "A and B were shelled, and to the west, C and D."
_GAPPED_PLACE_BEFORE = re.compile(
    r",?\s+and\s+(?:then\s+|also\s+)?(?:to\s+the\s+(?:north|south|east|west)[\w-]*|(?:further|farther)\s+(?:north|south|east|west)[\w-]*"
    r"|in\s+the\s+(?:north|south|east|west)[\w-]*|nearby)\s*,\s*$",
    FLAGS,
)

# An event noun elided before a name: "The fall of the town, together with that of A ... and of B".
_ELIDED_OF = re.compile(
    r"\b(?:together\s+with|along\s+with|as\s+well\s+as|and|followed\s+by|then)\s+(?:by\s+)?(?:that|those)\s+of\s+"
    r"(?:$|[^;]{1,80}?(?:,\s*|\s+)and\s+(?:also\s+)?of\s+$)"
    # "the liberation of A in May 2023 and of the settlements of B and C in 2024": the same event noun, elided
    r"|\band\s+(?:also\s+)?of\s+(?:the\s+(?:settlements?|villages?|towns?|cit(?:y|ies))\s+of\s+)?$",
    FLAGS,
)  # (not "compared the fall of A with that of B": a comparison tells of no event)

# A time between two events of one verb, the second named by its place alone: "retook A, two days after B".
_INTERVAL_BEFORE = re.compile(
    r",?\s*(?:(?:a|one|two|three|four|five|six|seven|eight|nine|ten|\d+)\s+(?:days?|weeks?|months?)|shortly|soon|just)"
    r"\s+(?:after|before)\s+$",
    FLAGS,
)
# Who adds names to a list just announced: "announced the capture of A, and the next day it added B and C".
_ADDED_BEFORE = re.compile(
    r"\b(?:it|they|he|she|the\s+(?:ministry|army|command|military))\s+(?:also\s+)?added\s+"
    r"(?:the\s+(?:villages?|towns?|settlements?)\s+of\s+)?$",
    FLAGS,
)
# "A was retaken, and B and C followed": the list takes the status of the one before it.
_FOLLOWED = re.compile(
    r"(?:\s*,\s*(?:[\w-]+\s+){0,5}?[\w-]+\s*,)?\s+(?:\w+ly\s+|soon\s+)?followed\b(?!\s+(?:by|the|a|an|his|her|their|its)\b)", FLAGS
)  # (after an aside: "and Borova, to the south, followed")
