"""A report's own date: its date field, else the date in its dateline or byline, else in its file name.

A dateline opens a wire story: a place, a date, perhaps the agency in
brackets, then a dash, as in ``KYIV, Ukraine, Sept. 10, 2022 (AP) —`` or
``Kyiv, 10 September 2022 —``. A byline gives the date a page was published:
``By staff reporter · 14 October 2025, 09:40``, ``Published 14.10.2025``.
Only a dateline or byline among the first non-empty lines of the text counts
(a headline may come before it), and only one that gives a full date:
``KYIV, Sept 10 (Reuters) -`` names no year, and a year taken from the text
would be a guess. Last comes an ISO date in the report's name, as a newsroom
names its files (``wire_huliaipole_2025-11-22.md``): the date its owner
filed it under. Where none gives a date, the report has none (said at debug
level). The text itself is never changed.
"""

from __future__ import annotations

import datetime as dt
import logging
import re
from typing import Any

from mapper.reports._dates import DateRead, read_date

__all__ = ["byline_date", "dateline_date", "report_date"]

logger = logging.getLogger(__name__)

_DATELINE_LINES = 3  # a headline and a byline may come before the dateline
# place and date (the head), then "(Agency)" if given, then a dash standing alone
_DATELINE = re.compile(r"(?P<head>[^\W\d_][^()\n]{2,80}?)\s*(?:\([^()\n]{1,40}\)\s*)?(?:—|–|--?)(?:\s|$)")
_PLACE_WORDS = 4  # "KYIV", "Nova Kakhovka", "KRAMATORSK, Ukraine": each part a few capitalised words
_BYLINE = re.compile(r"(?:By|Published|Posted|Updated)\b:?\s*(?P<rest>.{1,200})$")
_BYLINE_PARTS = re.compile(r"\s*[·•|—–]\s*|\s+on\s+")
"""What parts a byline ("By staff reporter · 14 October 2025, 09:40", "Posted on 14.10.2025")."""
_NAME_DATE = re.compile(r"(?<!\d)(\d{4}-\d{2}-\d{2})(?!\d)")


def report_date(field: Any, text: str, name: str) -> dt.date | None:
    """The date of report ``name``: its date ``field`` when it has one, else its dateline's.

    A ``field`` that cannot be read is a warning naming the value and why
    (``ambiguous`` when it could be read as two dates), and the report is kept
    without a date: its dateline does not stand in for a date its writer gave.
    """
    if field is not None:
        read = read_date(field)
        if read.date is None:
            logger.warning("report '%s': %s; the report is kept without a date", name, read.problem)
        return read.date
    found = dateline_date(text)
    if found is not None:
        line, read = found
        if read.date is not None:
            logger.debug("report '%s' is dated %s by its dateline %r", name, read.date, line)
            return read.date
        log = logger.warning if read.ambiguous else logger.debug
        log("report '%s': its dateline %r gives no date (%s)", name, line, read.problem)
    found = byline_date(text)
    if found is not None:
        logger.debug("report '%s' is dated %s by its byline %r", name, found[1], found[0])
        return found[1]
    return _name_date(name)


def byline_date(text: str) -> tuple[str, dt.date] | None:
    """The byline among the first lines of ``text`` and the full date it gives; ``None`` without one.

    >>> byline_date("Guided bombs hit Bilopillia\\nBy staff reporter · 14 October 2025, 09:40\\nRussian aircraft ...")
    ('By staff reporter · 14 October 2025, 09:40', datetime.date(2025, 10, 14))
    """
    lines = [line.strip() for line in text.split("\n") if line.strip()]
    for line in lines[:_DATELINE_LINES]:
        match = _BYLINE.match(line)
        if match is None:
            continue
        for part in _BYLINE_PARTS.split(match["rest"]):
            if any(char.isdigit() for char in part) and (read := read_date(part)).date is not None:
                return line, read.date
    return None


def _name_date(name: str) -> dt.date | None:
    """The ISO date in the report's file name (the last part of ``name``), when it has exactly one."""
    dates = _NAME_DATE.findall(name.replace("\\", "/").rsplit("/", 1)[-1])
    if len(dates) != 1:
        return None
    read = read_date(dates[0])
    if read.date is not None:
        logger.debug("report '%s' is dated %s by its name", name, read.date)
    return read.date


def dateline_date(text: str) -> tuple[str, DateRead] | None:
    """The dateline among the first lines of ``text`` and what its date reads as; ``None`` without one.

    Examples
    --------
    >>> dateline_date("KYIV, Ukraine, Sept. 10, 2022 (AP) — Ukrainian forces...")[1].date
    datetime.date(2022, 9, 10)
    >>> dateline_date("KYIV, Sept 10 (Reuters) - Ukrainian forces...")[1].date is None
    True
    """
    lines = [line.strip() for line in text.split("\n") if line.strip()]
    for line in lines[:_DATELINE_LINES]:
        match = _DATELINE.match(line)
        if not match:
            continue
        parts = [part.strip() for part in match["head"].split(",")]
        # the date is the last part or two ("Sept. 10, 2022"); the parts before it are the place
        for split in range(len(parts) - 1, 0, -1):
            when = ", ".join(parts[split:])
            if all(map(_is_place, parts[:split])) and any(char.isdigit() for char in when):
                return match.group(), read_date(when)
    return None


def _is_place(part: str) -> bool:
    words = part.split()
    return 0 < len(words) <= _PLACE_WORDS and all(word[0].isupper() for word in words)
