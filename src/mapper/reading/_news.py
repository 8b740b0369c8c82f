"""Whether a report is news, and what that makes of its dates (:mod:`mapper.reading.dates` asks).

A report that names a weekday among its first dates ("on Saturday"), or whose first date (or two of
its first three) counts from its own ("yesterday") or lies within a week of it, is news
(:func:`is_news`): it tells of its own day. One that opens on its own date, a dated heading or
dateline ("Assessment, November 27, 2025", "KYIV, Oct 14 -"), tells a date more than three months
before it in passing ("liberated Lyman on October 1, 2022"); one whose title or first sentence
names a weekday before its date tells of that day ("... fired on six border hromadas on Monday",
filed on Tuesday); one whose title is dated with its own day ("Briefing of the Ministry of Defence, 14 April
2023") is news, whatever dates its text goes on to give; a morning digest ("night and morning of 5 April") tells of the night and the
day before it.
"""

from __future__ import annotations

import datetime as dt
import re
from collections.abc import Sequence
from typing import TYPE_CHECKING

from mapper.reading._calendar import Clock, Dated, period_end
from mapper.reading._datewords import date_lexicon
from mapper.reading._timeexpr import TimeExpression, find_expressions
from mapper.reading.sentences import Sentence

if TYPE_CHECKING:
    from mapper.model import Report

__all__ = [
    "NEWS_DAYS", "PASSING_DAYS", "a_morning_digest", "in_passing", "is_news", "news_day", "opens_on_its_date",
    "titled_on_its_date",
]  # fmt: skip


NEWS_DAYS = 7
"""A report whose first date lies this close to its own date is news."""
PASSING_DAYS = 92
"""In news, a date this long before the report's is told in passing ("Ukrainian forces liberated Lyman on
October 1, 2022"): it dates its own sentence, and the dates after it still read against the report's."""


_MORNING_TITLE = re.compile(r"\bmorning\b|\bthe\s+night\b|\bovernight\b", re.IGNORECASE)
"""A title that says a report tells of the night and the day before it: a morning digest."""


def a_morning_digest(report: Report, sentences: Sequence[Sentence]) -> bool:
    """Whether the report's title, or the heading it opens with ("# Dnipropetrovsk Oblast: night and morning of 5
    April"), says it is a morning digest."""
    if report.title and _MORNING_TITLE.search(report.title):
        return True
    first = sentences[0] if sentences else None
    return first is not None and first.kind == "heading" and bool(_MORNING_TITLE.search(first.text))


def titled_on_its_date(clock: Clock, title: str | None) -> bool:
    """Whether a report's title gives a day within a week of the report's own ("Briefing of the Ministry of Defence,
    14 April 2023", "Assessment, November 27, 2025"): a bulletin of that day, though its text may open on an earlier
    date ("... liberated in April 2022")."""
    if not title or clock.report is None:
        return False
    found = find_expressions(title, [Sentence(0, len(title), title, "heading")], ())
    news, clock.news = clock.news, True
    days = [dated for e in found.get(0, ()) if (dated := clock.read(e, title)) is not None and dated.precision == "day"]
    clock.news = news
    return any(abs((dated.date - clock.report).days) <= NEWS_DAYS for dated in days)


def opens_on_its_date(clock: Clock, expressions: Sequence[TimeExpression], text: str) -> bool:
    """Whether a news report's first date is a date written out within a week of its own (a dated
    heading or dateline: "Assessment, November 27, 2025", "KYIV, Oct 14 -"), not a word such as
    "yesterday" or a weekday, which a narrative may also use."""
    news, clock.news = clock.news, True
    first = next((dated for e in expressions if e.kind not in ("relative", "weekday")
                  and (dated := clock.read(e, text)) is not None), None)  # fmt: skip
    near = first is not None and first.precision == "day" and abs((first.date - clock.report).days) <= NEWS_DAYS  # type: ignore[operator]
    clock.news = news
    return near


def news_day(clock: Clock, expressions: Sequence[TimeExpression], text: str, lead: int) -> dt.date | None:
    """The day a news report tells of, when its first date, in its title or first sentence (before offset ``lead``), is
    a weekday before its own: the report's undated sentences tell of that day ("... fired on six border hromadas 27
    times on Monday", filed on Tuesday); ``None`` when it opens otherwise (a daily report's "over the past day", from
    the morning before, is filed under its own date, as the annotators read it)."""
    if not expressions or expressions[0].kind != "weekday" or expressions[0].start >= lead or clock.report is None:
        return None
    first = clock.read(expressions[0], text)
    if first is None or first.precision != "day":
        return None
    before = (clock.report - first.date).days
    return first.date if 0 < before < NEWS_DAYS else None


def in_passing(latest: Dated, report: dt.date | None) -> bool:
    """Whether a news report's date ``latest`` lies so far before the report's own that it is told in passing."""
    return report is not None and (report - period_end(latest)).days > PASSING_DAYS


def is_news(clock: Clock, expressions: Sequence[TimeExpression], text: str) -> bool:
    """Whether a report whose time expressions are ``expressions`` (in text order) is news: it has a
    date, and names a weekday among its first dates ("on Saturday"), or the first of its dates, or two of its
    first three,
    count from it ("yesterday") or lie within a week of it."""
    if clock.report is None:
        return False
    if any(expression.kind == "weekday" for expression in expressions[:_WEEKDAY_LOOK]):
        return True  # (not a weekday deep in a history: "on Palm Sunday 2025" in an article on 2022)
    clock.news = True  # read as news would be: a missing year from the report's date
    near = []
    for expression in expressions:
        near.append(_near_the_report(clock, expression, text))
        if near[-1] is None:
            near.pop()
        elif near[0] or len(near) == _NEWS_LOOK:
            break
    clock.news = False
    return bool(near) and (near[0] or sum(near) >= 2)


_NEWS_LOOK = 3
"""How many of a report's first dates say whether it is news."""
_WEEKDAY_LOOK = 8
"""How many of a report's first time expressions a weekday must be among to make it news."""


def _near_the_report(clock: Clock, expression: TimeExpression, text: str) -> bool | None:
    """Whether ``expression`` counts from the report's date or lies within a week of it; ``None`` when
    it reads as no date."""
    if expression.kind == "weekday" or (
        expression.kind == "relative" and date_lexicon().relative[expression.row or 0].anchor == "report"
    ):
        return True
    dated = clock.read(expression, text)
    if dated is None or clock.report is None:
        return None
    if dated.precision == "year":
        return False  # a year holds the report's date whatever the text tells of ("the summer of that year")
    week = dt.timedelta(days=NEWS_DAYS)
    return dated.date - week <= clock.report <= period_end(dated) + week
