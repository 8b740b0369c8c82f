"""Publication dates as the press writes them, read into :class:`datetime.date`."""

from __future__ import annotations

import datetime as dt
import email.utils
import re
from typing import Any

__all__ = ["parse_date"]

_MONTHS = {
    name: number
    for number, names in enumerate(
        [("january", "jan"), ("february", "feb"), ("march", "mar"), ("april", "apr"), ("may",),
         ("june", "jun"), ("july", "jul"), ("august", "aug"), ("september", "sep", "sept"),
         ("october", "oct"), ("november", "nov"), ("december", "dec")],
        start=1,
    )
    for name in names
}  # fmt: skip
_ISO = re.compile(r"(\d{4})-(\d{2})-(\d{2})(?:$|[T ]\d)")
_DAY_MONTH_YEAR = re.compile(r"(\d{1,2})(?:st|nd|rd|th)?\s+([a-z]+)\.?,?\s+(\d{4})")
_MONTH_DAY_YEAR = re.compile(r"([a-z]+)\.?\s+(\d{1,2})(?:st|nd|rd|th)?,?\s+(\d{4})")
_WEEKDAY = re.compile(r"^[a-z]+day,?\s+")


def parse_date(value: Any) -> dt.date | None:
    """Read a publication date; ``None`` when it cannot be read.

    Accepts a ``date``/``datetime``, ISO 8601 (``2022-09-12``,
    ``2022-09-12T08:30:00Z``), the common press forms ``12 September 2022``,
    ``September 12, 2022``, ``Sept. 12, 2022`` (with or without a weekday),
    and RFC 2822 (``Mon, 12 Sep 2022 08:30:00 GMT``). A timestamp keeps the
    calendar day written in it (no time-zone conversion).

    Examples
    --------
    >>> parse_date("September 12, 2022")
    datetime.date(2022, 9, 12)
    >>> parse_date("soon") is None
    True
    """
    if value is None:
        return None
    if isinstance(value, dt.datetime):
        return value.date()
    if isinstance(value, dt.date):
        return value
    text = str(value).strip()
    match = _ISO.match(text)
    if match:
        return _date(*map(int, match.groups()))
    lowered = _WEEKDAY.sub("", text.lower())
    match = _DAY_MONTH_YEAR.fullmatch(lowered) or _DAY_MONTH_YEAR.match(lowered)
    if match and match.group(2) in _MONTHS:
        return _date(int(match.group(3)), _MONTHS[match.group(2)], int(match.group(1)))
    match = _MONTH_DAY_YEAR.match(lowered)
    if match and match.group(1) in _MONTHS:
        return _date(int(match.group(3)), _MONTHS[match.group(1)], int(match.group(2)))
    try:
        return email.utils.parsedate_to_datetime(text).date()
    except (TypeError, ValueError, IndexError):
        return None


def _date(year: int, month: int, day: int) -> dt.date | None:
    try:
        return dt.date(year, month, day)
    except ValueError:
        return None
