"""Publication dates as the press writes them, read into :class:`datetime.date`.

Dates written in numbers are read here, where an order that could be read two
ways can be seen and reported. Dates written with month or weekday names, in
English, Ukrainian or Russian, are read by dateparser, which is imported only
when such a date is first met (its import and first parse are slow).
"""

from __future__ import annotations

import datetime as dt
import functools
import re
from typing import TYPE_CHECKING, Any, NamedTuple

if TYPE_CHECKING:
    from dateparser.date import DateDataParser

__all__ = ["DateRead", "parse_date", "read_date"]

_TIME = r"(?:[T\s,]+\d.*)?"  # a time of day may follow the date; it is not read
_YEAR_FIRST = re.compile(r"(\d{4})([-/.])(\d{1,2})\2(\d{1,2})" + _TIME)
_YEAR_LAST = re.compile(r"(\d{1,2})([-/.])(\d{1,2})\2(\d{4})" + _TIME)
_MONTH_NAMES = ("January", "February", "March", "April", "May", "June", "July", "August", "September",
                "October", "November", "December")  # fmt: skip
_ACCEPTED = "a full date, e.g. 2022-09-10, 10.09.2022, 10 September 2022, September 10, 2022 or 10 вересня 2022"
_LONGEST = 100
"""Characters a date may have: "Saturday, 10 September 2022, 08:30:00 +0300" has 43; a longer value is
not read (dateparser's time grows with the length)."""
_LANGUAGES = ["en", "uk", "ru"]
_SETTINGS = {
    "DATE_ORDER": "DMY",
    "PREFER_LOCALE_DATE_ORDER": False,
    "REQUIRE_PARTS": ["day", "month", "year"],  # "10 September" is not a publication date
    # absolute dates only: no "yesterday", "2 days ago", bare timestamps or run-together digits
    "PARSERS": ["absolute-time"],
    # TIMEZONE stays "local", under which a zone written in the value is kept, not converted:
    # "23:30 -0500" stays on the day it was written
    "RETURN_AS_TIMEZONE_AWARE": False,
}


class DateRead(NamedTuple):
    """What :func:`read_date` made of a value.

    ``date`` is the date read, or ``None``; ``problem`` then says why (it is
    ``None`` when there was no value at all); ``ambiguous`` is true when the
    value could be read as two different dates.
    """

    date: dt.date | None
    problem: str | None = None
    ambiguous: bool = False


def read_date(value: Any) -> DateRead:
    """Read a publication date, or say why it cannot be read.

    Accepts a ``date``/``datetime`` and these strings:

    - ISO 8601 dates and datetimes, with or without a zone (``2022-09-10``,
      ``2022-09-10T23:30:00+03:00``), and year first with ``/`` or ``.``
      (``2022/09/10``);
    - day first with dots, the European convention: ``10.09.2022`` is always
      10 September;
    - numbers with ``/`` or ``-`` when only one order makes a date:
      ``25/09/2022`` is 25 September, ``09/25/2022`` too. When both orders do
      (``09/10/2022``: 9 October or 10 September?), nothing is guessed: the
      date is ``None``, ``ambiguous`` is true and ``problem`` names both;
    - month names in English (``10 September 2022``, ``September 10, 2022``,
      ``Sept. 10, 2022``, ``12th Sep 2022``), Ukrainian (``10 вересня 2022``,
      any case of the month's name) and Russian (``10 сентября 2022``), with
      or without a weekday before them; RFC 2822
      (``Sat, 10 Sep 2022 08:30:00 +0300``).

    A date needs its day, month and year; relative dates ("yesterday",
    "2 days ago") are not read. A timestamp keeps the calendar day written in
    it (no time-zone conversion), and a time after a numeric date is passed
    over. A value that is not a string, a number or a date, or that is longer
    than 100 characters, is not read (``problem`` says so).

    Examples
    --------
    >>> read_date("10 вересня 2022").date
    datetime.date(2022, 9, 10)
    >>> read_date("09/10/2022").ambiguous
    True
    """
    if value is None:
        return DateRead(None)
    if isinstance(value, dt.datetime):
        return DateRead(value.date())
    if isinstance(value, dt.date):
        return DateRead(value)
    if not isinstance(value, (str, int, float)):
        return DateRead(None, f"cannot read a {type(value).__name__} as a date: use {_ACCEPTED}")
    text = str(value).strip()
    if len(text) > _LONGEST:
        return DateRead(None, f"cannot read {len(text)} characters ({text[:20]!r}...) as a date: use {_ACCEPTED}")
    match = _YEAR_FIRST.fullmatch(text)
    if match:
        year, _, month, day = match.groups()
        return _calendar_date(text, int(year), int(month), int(day))
    match = _YEAR_LAST.fullmatch(text)
    if match:
        return _day_and_month(text, *match.groups())
    if not any(char.isalpha() for char in text):
        return DateRead(None, f"cannot read the date {text!r}: use {_ACCEPTED}")
    try:
        found = _dateparser().get_date_data(text).date_obj
    except (ValueError, OverflowError) as exc:  # a number too large for a day, a month or a year
        return DateRead(None, f"the date {text!r} is not a calendar date ({exc})")
    if found is None:
        return DateRead(None, f"cannot read the date {text!r}: use {_ACCEPTED}")
    return DateRead(found.date())


def parse_date(value: Any) -> dt.date | None:
    """The date :func:`read_date` reads, or ``None`` when it reads none.

    Examples
    --------
    >>> parse_date("September 12, 2022")
    datetime.date(2022, 9, 12)
    >>> parse_date("yesterday") is None
    True
    """
    return read_date(value).date


def _day_and_month(text: str, first: str, separator: str, second: str, year: str) -> DateRead:
    """The date of ``first``/``second``/``year``, day first with dots, else in the one order that fits."""
    day, month = int(first), int(second)
    if separator != "." and day <= 12 and month <= 12 and day != month:
        problem = (
            f"the date {text!r} is ambiguous: {day} {_MONTH_NAMES[month - 1]} or {month} {_MONTH_NAMES[day - 1]}"
            f" {year} (day or month first?); write {year}-{month:02}-{day:02} or {year}-{day:02}-{month:02}"
        )
        return DateRead(None, problem, ambiguous=True)
    if separator != "." and month > 12:
        day, month = month, day
    return _calendar_date(text, int(year), month, day)


def _calendar_date(text: str, year: int, month: int, day: int) -> DateRead:
    try:
        return DateRead(dt.date(year, month, day))
    except ValueError as exc:
        return DateRead(None, f"the date {text!r} is not a calendar date ({exc})")


@functools.cache
def _dateparser() -> DateDataParser:
    """One parser for English, Ukrainian and Russian dates, built when first needed."""
    # slow to import: only for dates written with names
    from dateparser.date import DateDataParser

    return DateDataParser(languages=_LANGUAGES, settings=_SETTINGS)
