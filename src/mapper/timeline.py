"""Status over time: each place's status as of a day, and the days its status changed.

Both read the events' own dates (``Event.event_date``, see :mod:`mapper.reading.dates`), not
their reports' dates: an encyclopaedia article of July 2023 that tells of the liberation of Izium
on 10 September 2022 changes Izium's status on 10 September 2022. Events without a date, and
events without a status or a place, are left out.

A place's status as of a day is that of its latest event on or before that day. A date is the
first day of its period, so an event known only to the month ("in early September") counts from
the first of that month. When the latest date gives a place more than one status (two reports
of the same day, or one sentence with two statuses), the tie is said, not hidden: ``statuses``
lists every status of that date in the order the events were read, ``tied`` is true, and
``status`` is the one read last (reports in input order, events in text order).

>>> import mapper
>>> events = mapper.extract("On 10 September 2022, Ukrainian forces retook Izium.")  # doctest: +SKIP
>>> [(s.place.name, s.status) for s in mapper.status_as_of(events, dt.date(2022, 9, 30))]  # doctest: +SKIP
[('Izyum', 'liberated')]
"""

from __future__ import annotations

import datetime as dt
from collections.abc import Iterable
from dataclasses import dataclass

from mapper._types import DatePrecision, Status
from mapper.model import Event, Place

__all__ = ["PlaceStatus", "StatusChange", "status_as_of", "events_as_of", "status_changes"]


@dataclass(frozen=True, slots=True)
class PlaceStatus:
    """A place's status as of a day: that of its latest dated event on or before the day.

    ``date`` and ``precision`` are those of that latest event; ``statuses`` holds every status
    the place was given on that date, in the order read (more than one: ``tied``); ``events``
    the events of that date, the last of which (``latest``) gave ``status``.
    """

    place: Place
    status: Status
    statuses: tuple[Status, ...]
    date: dt.date
    precision: DatePrecision
    events: tuple[Event, ...]

    @property
    def tied(self) -> bool:
        """True when the latest date gives the place more than one status."""
        return len(self.statuses) > 1

    @property
    def latest(self) -> Event:
        """The event that gave ``status``: its sentence is the evidence."""
        return self.events[-1]


@dataclass(frozen=True, slots=True)
class StatusChange:
    """A day on which a place's status changed: from ``before`` (``None`` for the first status
    reported) to ``after``, with the event that says so (``event``: its sentence is the evidence).

    ``statuses`` and ``tied`` say, as in :class:`PlaceStatus`, whether that date gave the place
    more than one status.
    """

    place: Place
    before: Status | None
    after: Status
    date: dt.date
    precision: DatePrecision
    event: Event
    statuses: tuple[Status, ...]

    @property
    def tied(self) -> bool:
        """True when the date of the change gives the place more than one status."""
        return len(self.statuses) > 1


def _by_place_and_date(events: Iterable[Event]) -> dict[int, dict[dt.date, list[Event]]]:
    """The dated events with a place and a status, by place (in order of first appearance) and date
    (in date order), each date's events in the order read."""
    by_place: dict[int, dict[dt.date, list[Event]]] = {}
    for event in events:
        if event.place is None or event.status is None or event.event_date is None:
            continue
        by_place.setdefault(event.place.geonameid, {}).setdefault(event.event_date, []).append(event)
    return {geonameid: dict(sorted(days.items())) for geonameid, days in by_place.items()}


def _statuses(events: list[Event]) -> tuple[Status, ...]:
    return tuple(dict.fromkeys(event.status for event in events if event.status is not None))


def status_as_of(events: Iterable[Event], day: dt.date) -> list[PlaceStatus]:
    """Each place's status as of ``day``: that of its latest event dated on or before it.

    Parameters
    ----------
    events
        Events of any number of reports, in the order read (:func:`mapper.extract_reports`).
    day
        The day asked about (a ``datetime`` counts by its date).

    Returns
    -------
    list of PlaceStatus
        One per place with a dated event on or before ``day``, in order of the places' first
        appearance. Events without a date, place or status are left out.

    Examples
    --------
    >>> [(s.place.name, s.status, s.tied) for s in status_as_of(events, dt.date(2022, 9, 30))]  # doctest: +SKIP
    [('Izyum', 'liberated', False)]
    """
    if isinstance(day, dt.datetime):
        day = day.date()
    out = []
    for days in _by_place_and_date(events).values():
        known = [date for date in days if date <= day]
        if not known:
            continue
        latest = days[known[-1]]
        last = latest[-1]
        out.append(PlaceStatus(last.place, last.status, _statuses(latest), known[-1], last.date_precision or "day",  # type: ignore[arg-type]
                               tuple(latest)))  # fmt: skip
    return out


def events_as_of(events: Iterable[Event], day: dt.date) -> list[Event]:
    """The events dated on or before ``day``, in the order read: what was known as of that day.

    An event counts from the first day of its period (``event_date``), as in
    :func:`status_as_of`; events without a date are left out, since nothing says they had
    happened by ``day``. The places of the events kept, summarised by
    :func:`mapper.publishing.features.summarise_places`, have the statuses :func:`status_as_of`
    gives for ``day``.

    Parameters
    ----------
    events
        Events of any number of reports, with or without a status or a place.
    day
        The day asked about (a ``datetime`` counts by its date).

    Returns
    -------
    list of Event
        The events whose ``event_date`` is ``day`` or earlier.
    """
    if isinstance(day, dt.datetime):
        day = day.date()
    return [event for event in events if event.event_date is not None and event.event_date <= day]


def status_changes(events: Iterable[Event]) -> list[StatusChange]:
    """The days each place's status changed, by event date: the table of change over time.

    A place's status on each date with events is the one read last on that date (as in
    :func:`status_as_of`); a row is written where it differs from the status of the date before
    (the first status reported is a change from ``None``). A date that ties two statuses is
    flagged (``tied``), whichever of them counts.

    Returns
    -------
    list of StatusChange
        In date order (places in order of first appearance within a date).
    """
    changes = []
    for days in _by_place_and_date(events).values():
        before: Status | None = None
        for date, on_date in days.items():
            last = on_date[-1]
            if last.status == before:
                continue
            changes.append(StatusChange(last.place, before, last.status, date, last.date_precision or "day",  # type: ignore[arg-type]
                                        last, _statuses(on_date)))  # fmt: skip
            before = last.status
    changes.sort(key=lambda change: change.date)  # stable: places keep their order within a date
    return changes
