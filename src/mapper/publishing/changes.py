"""The change table out: one row per change of a place's status, as CSV.

The rows are the :class:`~mapper.timeline.StatusChange` objects of
:func:`mapper.timeline.status_changes`, flattened like the event records of
:mod:`mapper.publishing.features`: a missing value is ``null`` (an empty CSV cell), dates are
ISO 8601 strings, and each row carries its evidence (the sentence, its report and cue).
"""

from __future__ import annotations

import datetime as dt
from collections.abc import Iterable
from typing import Any

from mapper.publishing.features import Target, write_csv
from mapper.timeline import StatusChange

__all__ = ["CHANGE_FIELDS", "change_record", "write_changes"]

CHANGE_FIELDS: tuple[str, ...] = (
    "date", "date_precision", "geonameid", "name", "admin1", "lat", "lon", "status_before", "status_after",
    "tie", "statuses", "document", "sentence", "cue", "date_source", "title", "report_date", "url",
)  # fmt: skip
"""The fields of :func:`change_record`, in column order."""


def _iso(date: dt.date | None) -> str | None:
    return date.isoformat() if date is not None else None


def change_record(change: StatusChange) -> dict[str, Any]:
    """Flatten one change into a dict with the fields of ``CHANGE_FIELDS``.

    ``date`` is the day the status changed (the first day of its period, known to
    ``date_precision``); ``status_before`` is ``None`` for the first status reported;
    ``tie`` is true when that date gives the place more than one status (``statuses``, comma
    separated); ``document``, ``sentence``, ``cue`` and ``date_source`` are the evidence, and
    ``title``, ``report_date`` and ``url`` its report's.
    """
    place, event = change.place, change.event
    report = event.report
    return {
        "date": _iso(change.date),
        "date_precision": change.precision,
        "geonameid": int(place.geonameid),
        "name": place.name,
        "admin1": place.admin1 or None,
        "lat": round(float(place.latitude), 6),
        "lon": round(float(place.longitude), 6),
        "status_before": change.before,
        "status_after": change.after,
        "tie": change.tied,
        "statuses": ",".join(change.statuses),
        "document": report.id,
        "sentence": event.mention.sentence,
        "cue": event.cue or None,
        "date_source": event.date_source,
        "title": report.title or None,
        "report_date": _iso(report.date),
        "url": report.url or None,
    }


def write_changes(target: Target, changes: Iterable[StatusChange]) -> None:
    """Write the change table as CSV with a header row, atomically when ``target`` is a path.

    Raises
    ------
    OutputError
        When the file cannot be written; the old file, if any, stays whole.
    """
    write_csv(target, (change_record(change) for change in changes), CHANGE_FIELDS)
