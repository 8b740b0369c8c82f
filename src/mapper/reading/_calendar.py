"""One time expression read as a date, against what the text has said so far.

:mod:`mapper.reading._timeexpr` finds the expressions and their words; this module gives each
its date and precision (see :mod:`mapper.reading.dates` for the rules), given a :class:`Clock`:
the report's date, whether the report is news, the date the text last gave and the first year
it writes.
"""

from __future__ import annotations

import datetime as dt
import re
from dataclasses import dataclass
from typing import NamedTuple

from mapper._types import DatePrecision
from mapper.reading._datewords import DateLexicon, date_lexicon
from mapper.reading._timeexpr import TimeExpression

__all__ = ["Clock", "Dated", "period_end", "title_year"]

_RANK: dict[str, int] = {"day": 0, "month": 1, "year": 2}
_UNIT_PRECISION: dict[str, DatePrecision] = {"day": "day", "week": "day", "weekend": "day", "month": "month",
                                             "year": "year"}  # fmt: skip
_COARSER: dict[str, DatePrecision] = {"day": "month", "month": "year", "year": "year"}
_ACROSS_NEW_YEAR_DAYS = 61
"""A date without a year this close to the text's date across the new year is in the year next to its."""
_INTO_NEXT_YEAR_DAYS = 95
"""How far past the last date a narrative gave a month without a year may lie in the next year: a season ("On 10
October 2023 ... In January" is January 2024)."""


class Dated(NamedTuple):
    """A time expression read as a date: its offsets in the report's text, the first day of its
    period and its precision."""

    start: int
    end: int
    date: dt.date
    precision: DatePrecision

    def coarser(self, precision: DatePrecision) -> Dated:
        """The same date known only to ``precision`` (when that is coarser)."""
        if _RANK[precision] <= _RANK[self.precision]:
            return self
        return _dated(self.start, self.end, self.date, precision)


def _dated(start: int, end: int, date: dt.date, precision: DatePrecision) -> Dated:
    if precision == "day":
        return Dated(start, end, date, precision)
    if precision == "year":
        date = date.replace(month=1, day=1)
    elif precision == "month":
        date = date.replace(day=1)
    return Dated(start, end, date, precision)


def _coarsest(*precisions: DatePrecision) -> DatePrecision:
    return max(precisions, key=_RANK.__getitem__)


def period_end(dated: Dated) -> dt.date:
    """The last day of the period ``dated`` names (its day, month or year)."""
    if dated.precision == "year":
        return dated.date.replace(month=12, day=31)
    if dated.precision == "month":
        following = dated.date.replace(day=28) + dt.timedelta(days=4)
        return following - dt.timedelta(days=following.day)
    return dated.date


def _add_months(date: dt.date, months: int) -> dt.date:
    index = date.year * 12 + date.month - 1 + months
    return dt.date(index // 12, index % 12 + 1, 1)


def _calendar_date(year: int, month: int, day: int) -> dt.date | None:
    try:
        return dt.date(year, month, day)
    except ValueError:  # 31 April, 29 February of a common year
        return None


_YEAR_END = ("the end of", "end of")
"""The part of a year that is its last month ("at the end of 2025"); "late 2024" stays the year (a season or more)."""


@dataclass(slots=True)
class Clock:
    """What an expression is read against (the report's date, whether the report is news, the date
    the text last gave, the first year it writes)."""

    report: dt.date | None
    news: bool = False
    anchor: Dated | None = None
    year_hint: int | None = None
    titled: bool = False  # the report's title writes a year ("Battle of X (2022)"): its narrative keeps to it
    morning: bool = False  # the report is a morning digest: its "in the evening" is of the day before
    section_day: dt.date | None = None  # in news, the day the heading over the sentence names ("## 20 October 2025")
    last_said: Dated | None = None  # the last date the sentences before gave, in passing or not

    def read(self, expression: TimeExpression, text: str, *, heading: bool = False,
             following: Dated | None = None) -> Dated | None:  # fmt: skip
        """``expression`` as a date, or ``None`` when it is none ("May" alone is a verb, "2022" alone a
        number) or when nothing it counts from is known ("the next day" before any date).

        ``heading``: the expression is in a heading (a range there starts a period); ``following``:
        the date of the expression after it in its sentence, if any (for "three weeks after ... on
        July 27")."""
        lexicon, parts = date_lexicon(), expression.parts
        span = (expression.start, expression.end)
        if expression.kind == "day":  # the most common first
            return self._day(span, parts, lexicon, heading=heading)
        if expression.kind == "numeric":
            return self._numeric(span, parts)
        if expression.kind == "month":
            return self._month(span, parts, lexicon)
        if expression.kind in ("year", "season"):
            return self._year(span, parts, lexicon, heading=heading)
        if expression.kind == "weekday":
            return self._weekday(span, parts, lexicon)
        return self._relative(span, parts, lexicon, expression.row or 0, following)

    def _numeric(self, span: tuple[int, int], parts: dict[str, str]) -> Dated | None:
        from mapper.reports._dates import read_date

        found = read_date(parts.get("iso") or parts.get("dotted")).date
        return _dated(*span, found, "day") if found is not None else None

    def _day(self, span: tuple[int, int], parts: dict[str, str], lexicon: DateLexicon, *,
             heading: bool) -> Dated | None:  # fmt: skip
        month, day, last = _month_number(parts["month"], lexicon), _number(parts["day"]), parts.get("day2")
        if last is not None and not heading and parts.get("lead") not in lexicon.span_starts:
            # a range or a night is dated by its last day (in the second month if it names one)
            day = _number(last)
            month = _month_number(parts["month2"], lexicon) if "month2" in parts else month
        year = int(parts["year"]) if "year" in parts else self._year_of(month, day)
        if year is None:
            return None
        found = dt.date(year, month, day) if day <= 28 else _calendar_date(year, month, day)
        return Dated(*span, found, "day") if found is not None else None

    def _month(self, span: tuple[int, int], parts: dict[str, str], lexicon: DateLexicon) -> Dated | None:
        month = _month_number(parts["month"], lexicon)
        if parts["month"] == "May" and not (parts.keys() & {"lead", "part", "year", "relyear", "month2"}):
            return None  # "may", the verb, at the head of a sentence
        if "year" in parts:
            # "from November to late September 2022": the span began in the year before
            year: int | None = int(parts["year"]) - ("month2" in parts and month > _month_number(parts["month2"], lexicon))
        elif "relyear" in parts:
            year = self._relative_year(parts["relyear"])
        else:
            year = self._year_of(month, 1)
        return _dated(*span, dt.date(year, month, 1), "month") if year is not None else None

    def _year(self, span: tuple[int, int], parts: dict[str, str], lexicon: DateLexicon, *,
              heading: bool = False) -> Dated | None:  # fmt: skip
        if not heading and not parts.keys() & {"lead", "part", "season", "rel"}:
            return None  # a bare number ("the 2022 counteroffensive", "2000 troops"); "## 2023" is a year
        if "year" in parts and "season" not in parts:
            if parts.get("part", "").lower() in _YEAR_END:
                return _dated(*span, dt.date(int(parts["year"]), 12, 1), "month")  # "by the end of 2025": its December
            return _dated(*span, dt.date(int(parts["year"]), 1, 1), "year")
        # a season is dated by its first month ("through the summer": June), known to the year only
        first_month = lexicon.seasons[parts["season"].lower()]
        if "year" in parts:
            return Dated(*span, dt.date(int(parts["year"]), first_month, 1), "year")
        if parts.get("rel", "").lower() == "last" and self.report is not None:
            # last summer: the summer before the report's, or this year's if it is over
            year = self.report.year - (first_month >= self.report.month)
        elif "rel" in parts and self.report is not None:
            year = self.report.year
        elif "lead" in parts or "part" in parts:
            base = self._base()
            if base is None:
                return None
            year = base.date.year
        else:
            return None  # "the summer offensive"
        return Dated(*span, dt.date(year, first_month, 1), "year")

    def _weekday(self, span: tuple[int, int], parts: dict[str, str], lexicon: DateLexicon) -> Dated | None:
        if parts.get("rel") == "next":
            return None  # a day to come
        weekday = lexicon.weekdays[parts["weekday"]]
        if self.news and self.report is not None:
            return _dated(*span, self.report - dt.timedelta(days=(self.report.weekday() - weekday) % 7), "day")
        if self.anchor is None or self.anchor.precision != "day":
            return None
        return _dated(*span, self.anchor.date + dt.timedelta(days=(weekday - self.anchor.date.weekday()) % 7), "day")

    def _relative(self, span: tuple[int, int], parts: dict[str, str], lexicon: DateLexicon, row_index: int,
                  following: Dated | None) -> Dated | None:  # fmt: skip
        row = lexicon.relative[row_index]
        if row.anchor == "invasion":
            base: Dated | None = Dated(0, 0, lexicon.invasion, "day")
        elif row.anchor == "report" and self.news:
            # ("today" under a dated post of a blog's or channel's, "## 20 October 2025": that post's day)
            base = Dated(0, 0, self.section_day, "day") if self.section_day is not None else self._report_day()
            if row.evening and self.morning and base is not None:
                base = base._replace(date=base.date - dt.timedelta(days=1))  # "in the evening", posted the next morning
        else:
            base = following if row.after and following is not None else self._base()
        if base is None:
            return None
        unit = row.unit if row.unit != "{unit}" else parts["unit"].lower().removesuffix("s")
        count, vague = 1, False
        if "count" in parts:
            word = " ".join(parts["count"].lower().split())
            count = int(word) if word.isdigit() else lexicon.numbers[word]
            vague = word in lexicon.vague_numbers
        shift = count if row.shift == "count" else -count if row.shift == "-count" else int(row.shift)
        if row.after and base is following:
            shift = -shift  # "three weeks after [they liberated X on] July 27": forward from that date
        precision = row.precision if row.exact else _coarsest(row.precision, _UNIT_PRECISION[unit])  # type: ignore[arg-type]
        if vague:
            shift, precision = 0, _coarsest(precision, _COARSER[_UNIT_PRECISION[unit]])
        if _RANK[base.precision] > _RANK[_UNIT_PRECISION[unit]]:
            return _dated(*span, base.date, base.precision)  # "the next day" of a month: that month
        date = base.date
        if unit == "weekend":
            date -= dt.timedelta(days=(date.weekday() - 6) % 7)  # its Sunday, on or before the anchor
        elif unit in ("day", "week"):
            date += dt.timedelta(days=shift * (7 if unit == "week" else 1))
        elif unit == "month":
            date = _add_months(date, shift)
        elif row.exact:
            date = date.replace(year=date.year + shift, day=min(date.day, 28))  # (its month: the anniversary's)
        else:
            date = date.replace(year=date.year + shift, month=1, day=1)
        return _dated(*span, date, _coarsest(precision, base.precision))

    def _relative_year(self, word: str) -> int | None:
        word = " ".join(word.lower().split())
        if word in ("last", "this", "next"):
            if self.report is None:
                return None
            return self.report.year + {"last": -1, "this": 0, "next": 1}[word]
        # (in news, "that year" is the year the text last wrote, though a date in passing moves no running date:
        # "militants took over X in the spring of 2014. Ukrainian forces retook X in July of that year")
        base = self.last_said if self.news and self.last_said is not None else self._base()
        if base is None:
            return None
        return base.date.year + {"the following": 1, "the previous": -1}.get(word, 0)

    def _report_day(self) -> Dated | None:
        return Dated(0, 0, self.report, "day") if self.report is not None else None

    def _base(self) -> Dated | None:
        """What a relative phrase counts from: the date the text last gave, else the report's."""
        return self.anchor if self.anchor is not None else self._report_day()

    def _goes_on_into_next_year(self, month: int, day: int, base: dt.date) -> bool:
        """Whether a narrative that last gave an autumn day ("On 10 October 2023") goes on into the winter after it ("In
        January"): the month falls within a season after that day in the next year, which the report has reached, and
        no year in the title holds the narrative to the first one."""
        if self.news or self.titled or month >= base.month or self.anchor is None or self.anchor.precision not in ("day", "month"):
            return False
        later = dt.date(base.year + 1, month, min(day, 28))
        return (later - base).days <= _INTO_NEXT_YEAR_DAYS and (self.report is None or later <= self.report)

    def _year_of(self, month: int, day: int) -> int | None:
        """The year of a day and month written without one: that of the date the text last gave (else
        the first year the text writes, else the report's date), or the year next to it when that
        puts the date within two months of it across the new year ("On 3 January" after "On 20
        December 2022" is 2023); never after the report's date, unless the date the text last gave, in the same
        month, is already past it."""
        anchor = self.anchor
        if anchor is not None and anchor.precision == "year":
            year = anchor.date.year
        elif anchor is None and not self.news and self.year_hint is not None:
            year = self.year_hint
        else:
            base = anchor.date if anchor is not None else self.report
            if base is None:
                return None
            year = base.year
            if abs(month - base.month) > 9:  # December and January, November and February: across the new year?
                other = year + 1 if month < base.month else year - 1
                if abs((dt.date(other, month, min(day, 28)) - base).days) <= _ACROSS_NEW_YEAR_DAYS:
                    year = other
            elif self._goes_on_into_next_year(month, day, base):
                year += 1
        if (self.report is not None
                and (_calendar_date(year, month, day) or dt.date(year, month, 28)) > self.report + _LATE
                and not (anchor is not None and anchor.date > self.report and anchor.date.month == month)):
            year -= 1  # (unless the text itself has gone past its own date in that month: "in September 2022 ... on 10 September")
        return year


_LATE = dt.timedelta(days=7)
"""How far past a report's own date a day it names may fall and still be of that year: a text dated a day or two early
(an article revised on 10 November that tells of "11 November") does not mean the year before."""


def _number(word: str) -> int:
    return int(word.rstrip("stndrh"))


def _month_number(word: str, lexicon: DateLexicon) -> int:
    return lexicon.months[word.rstrip(".")]


_TITLE_YEAR = re.compile(r"^(?P<lead>(?:19|20)\d\d)\s+[A-Za-z]|\((?P<tail>(?:19|20)\d\d)(?:\s*[-–—]\s*(?:19|20)?\d\d)?\)\s*$")
"""The year an article's title gives the time it tells of: "Battle of Debaltseve (2015)", "Battle of X (2022–2023)",
"2022 Kharkiv counteroffensive" (not a news title's date, "... morning of 23 September 2024")."""


def title_year(title: str | None) -> int | None:
    """The year a report's title names (the first, of a span "2022–2023"): the time a narrative tells of, which
    its text may open before ("Part of the 2014–2015 phase", a background in 2014)."""
    found = _TITLE_YEAR.search(title.strip()) if title else None
    return int(found.group("lead") or found.group("tail")) if found is not None else None
