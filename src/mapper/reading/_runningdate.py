"""Where a report's running date starts, what moves it and where it starts over (:mod:`mapper.reading.dates` keeps it).

A narrative's running date starts at the first year it writes (:func:`first_year`: "in 2014"; not
"the 2022 counteroffensive", nor "on the front line since 2022"), and starts over where its body
starts after a dated lead (:func:`end_of_lead`: its first section heading) and where a section
that looked back ends (:func:`next_year`: "## Background", "In 2014 pro-Russian militants held
Sloviansk ..."). A dated heading sets it (:func:`heading_date`: "First phase (6–12 September
2022)", the month); a date that only looks back less precisely (:func:`moves`: "areas Russia had
controlled since 2014"), or says when something was said (:func:`aside_date`: "an officer told
the weekly in 2023"), moves nothing.
"""

from __future__ import annotations

import bisect
import re
from collections.abc import Sequence
from typing import TYPE_CHECKING

from mapper.reading._calendar import _RANK, Dated
from mapper.reading._timeexpr import CAMPAIGN_AFTER, TimeExpression

if TYPE_CHECKING:
    from mapper.model import Report
    from mapper.reading.sentences import Sentence

__all__ = ["aside_date", "end_of_lead", "first_year", "heading_date", "looks_back", "moves", "next_year", "written_year"]


def next_year(written: list[tuple[int, int]], index: int) -> int:
    """The first year written out after sentence ``index`` (``written``: (sentence, year) in text order), or
    a year after every other when none is: a section that looked back ends where the text writes a year of
    the time it tells of again, not where it goes on before it ("In April 2024 ..." in a text whose lead
    says the offensive "continued into the winter of 2025", then "In November and December 2024")."""
    at = bisect.bisect_right(written, (index, _MAX_YEAR))
    return written[at][1] if at < len(written) else _MAX_YEAR


_MAX_YEAR = 9999


_SAID_WHEN = re.compile(
    r"[\"”]\s*,?\s*(?:[\w'’-]+\s+){0,6}?(?:told|said|says|wrote|recalled|remembered|added)\b[^.;\"“”]{0,40}$", re.IGNORECASE
)
"""When a quotation was given: '"... never did," an officer told the weekly in 2023'."""


def aside_date(text: str, dated: Dated) -> bool:
    """Whether a date says when something was said ("an officer told the weekly in 2023") or names a campaign by its
    year ("the 2023 counteroffensive"), or starts a state ("held since 2022"), or a relative clause in the past perfect
    looks back with it ("whose capture had been announced in July 2022"): it dates no event of the narrative's."""
    return bool(_SAID_WHEN.search(text, max(0, dated.start - 90), dated.start)) or bool(
        CAMPAIGN_AFTER.match(text, dated.end)
    ) or text.startswith(("since ", "Since "), dated.start) or bool(_SINCE_BEFORE.search(text, max(0, dated.start - 16), dated.start)) or (
        looks_back(text, dated)
    )


def looks_back(text: str, dated: Dated) -> bool:
    """Whether a date is in a relative clause in the past perfect ("X, whose capture had been announced in July 2022,"),
    which looks back from the time the sentence tells of."""
    return bool(_LOOKED_BACK.search(text, max(0, dated.start - 100), dated.start))


_LOOKED_BACK = re.compile(
    r",\s*(?:whose|which|who|that)\b[^,;.()]{0,60}?\bhad\s+(?:(?:first|already|once|earlier)\s+)?[a-z]+(?:ed|en)\b[^,;.()]{0,30}$",
    re.IGNORECASE,
)
"""A relative clause in the past perfect, which looks back from the narrative's time: "X, whose capture Russian media
had first announced in July 2022, was taken in October" (July 2022 is no date of the section's events)."""
_SINCE_BEFORE = re.compile(r"\bsince\s+(?:(?:early|late|mid)[\s-]*)?$", re.IGNORECASE)
"""What opens a date that starts a state: "held since (early) 2022"."""


def moves(latest: Dated, running: Dated | None) -> bool:
    """Whether a sentence whose latest date is ``latest`` moves the running date: it does unless it
    only looks back less precisely ("On 11 September ... areas Russia had controlled since 2014")."""
    return running is None or latest.date >= running.date or _RANK[latest.precision] <= _RANK[running.precision]


def first_year(report: Report, found: Sequence[Sequence[TimeExpression]]) -> int | None:
    """The first year a narrative writes (``found``: each dated sentence's expressions, in text order), which stands
    for the time it tells of until it gives a date; ``None`` when a sentence before it writes a day or month without
    a year and the report has a date of its own: a feature that opens "The first explosions came before dawn on
    February 24" and looks back to 2014 only later tells of its own year, not of that one."""
    for expressions in found:
        if (year := next((year for e in expressions if (year := written_year(e)) is not None), None)) is not None:
            return year
        if report.date is not None and any(e.kind in ("day", "month") and "year" not in e.parts for e in expressions):
            return None
    return None


def written_year(expression: TimeExpression) -> int | None:
    """The year ``expression`` writes out, if it is a date ("in 2014", "10 September 2022"; not the
    number of "the 2022 counteroffensive", nor a state's start, "on the front line since 2022")."""
    parts = expression.parts
    if "year" not in parts or (expression.kind == "year" and not parts.keys() & {"lead", "part", "season"}):
        return None
    if parts.get("lead", "").lower() == "since":
        return None
    return int(parts["year"])


def end_of_lead(text: str, sentences: Sequence[Sentence], dated: list[int]) -> int:
    """Where a narrative's body starts after its lead: its first section heading (a title, ``# ...``,
    is none), when a sentence before it gives a date; -1 when the text has no dated lead."""
    first = next((index for index in dated if sentences[index].kind != "heading"), None)
    heading = next((index for index, sentence in enumerate(sentences)
                    if sentence.kind == "heading" and not _is_title(text, sentence)), None)  # fmt: skip
    return heading if first is not None and heading is not None and first < heading else -1


def _is_title(text: str, heading: Sentence) -> bool:
    return text.startswith("# ", text.rfind("\n", 0, heading.start) + 1)


def heading_date(own: list[Dated], text: str, heading: Sentence) -> Dated:
    """The running date a dated heading sets: its first date, known only to the month when the
    heading names a period ("First phase (6–12 September 2022)", "16 February–present")."""
    first = own[0]
    ranges = ("–", "—", "-", " and ", " to ")  # in "6–12 September", or after it: "16 February–present"
    after = text[first.end : heading.end].lstrip()
    period = len(own) > 1 or any(mark in text[first.start : first.end] for mark in ranges) or after.startswith(ranges)
    return first.coarser("month") if period else first
