"""Events from what a report's reading found: a mention, its place and each status its sentence gives it.

The last step of reading a report (:mod:`mapper.pipeline`): each mention's resolution (:mod:`mapper.reading.resolve`)
and readings (:mod:`mapper.reading.status`) become :class:`mapper.model.Event` objects, each status dated
(:mod:`mapper.reading.dates`) and given a confidence; what no map should show is left out here: a status its own
sentence dates before the war (another war's), a dam's (no place taken), a foreign place's.
"""

from __future__ import annotations

import logging
from collections.abc import Iterator, Sequence

from mapper.model import Event, Mention, Report
from mapper.reading.cuereading import StatusReading
from mapper.reading.dates import NO_DATE, EventDate, ReportDates
from mapper.reading.extent import region_extent
from mapper.reading.foreign import foreign_place
from mapper.reading.namesakes import Resolution

__all__ = ["report_events"]

log = logging.getLogger(__name__)


def _before_the_war(when: EventDate) -> bool:
    """Whether a status's own sentence dates it to a year before the war began (Russia seized Crimea in 2014)."""
    return when.date is not None and when.source == "sentence" and when.date.year < 2014


_KIND_WEIGHT = {"facility": 0.75}
"""What a reading's confidence keeps for a mention of this kind: a facility's status (a bridge struck, a plant
seized) was right 6 times in 9 at the confidence a town's would have (the development sets, 2026-12-03)."""


_WATERWORKS = frozenset({"DAM", "DAMQ", "PSH"})
"""GeoNames codes of dams and hydroelectric stations: "the Kakhovka dam was destroyed" is named, no status."""


def report_events(
    report: Report,
    mentions: Sequence[Mention],
    resolutions: Sequence[Resolution],
    readings: Sequence[Sequence[StatusReading]],
    dates: ReportDates | None,
    *,
    all_mentions: bool,
) -> Iterator[Event]:
    """One event per status each mention's sentence gives it, dated, with its confidence (its reading's, its
    resolution's and its kind's); with ``all_mentions``, a mention given none is an event with no status."""
    unresolved = 0
    for mention, resolution, found in zip(mentions, resolutions, readings, strict=True):
        how = resolution.how
        if mention.kind == "foreign":
            found, how = (), _foreign_resolution(mention)
        elif resolution.place is None:
            unresolved += 1
        if mention.kind == "other" or (resolution.place is not None and resolution.place.feature_code in _WATERWORKS):
            found = ()  # (a dam destroyed or a hydro plant struck is no place taken or attacked: the dev gold reads so)
        region = resolution.place is not None and resolution.place.is_region
        dated = [(reading, dates.event_date(mention, reading.cue, reading.status) if dates is not None else NO_DATE)
                 for reading in found]
        dated = [(reading, when) for reading, when in dated if not _before_the_war(when)]  # "... occupied X in 1941"
        for reading, when in dated:
            yield Event(
                report=report,
                mention=mention,
                place=resolution.place,
                status=reading.status,
                cue=reading.cue,
                confidence=round(reading.confidence * max(resolution.confidence, 0.3) * _KIND_WEIGHT.get(mention.kind, 1.0), 3),
                resolution=how,
                event_date=when.date,
                date_precision=when.precision,
                date_source=when.source,
                extent=region_extent(mention, reading.status) if region else None,
            )
        if not dated and all_mentions:
            when = dates.event_date(mention) if dates is not None else NO_DATE
            yield Event(
                report=report,
                mention=mention,
                place=resolution.place,
                status=None,
                confidence=round(resolution.confidence, 3),
                resolution=how,
                event_date=when.date,
                date_precision=when.precision,
                date_source=when.source,
            )
    if unresolved:
        log.info("%s: %d place name(s) not in the gazetteer", report.id, unresolved)


def _foreign_resolution(mention: Mention) -> str:
    """``"foreign: Krasnodar Krai (RU)"``: what a foreign mention names, as far as the table knows."""
    place = foreign_place(mention.surface)
    return f"foreign: {place.name} ({place.country_code})" if place is not None else "foreign"
