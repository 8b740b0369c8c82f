"""Events out: flat records, GeoJSON feature collections, per-place summaries, files.

This is the edge where mapper's value objects become formats. Every record
has the same fields with the same types whatever the event, so a GIS user's
columns stay stable: integers stay integers, a missing value is ``null``
(never ``""`` or ``NaN``), dates are ISO 8601 strings.

GeoJSON follows RFC 7946: positions are ``[lon, lat]`` rounded to 6 decimals
(about 10 cm), there is no ``crs`` member. Events whose name could not be
resolved have no position, so they are not features; they are listed in the
collection's ``"unresolved"`` member (a foreign member, which GeoJSON readers
ignore) so that nothing is lost. Names of places outside Ukraine have no
position either, and are listed apart, in the ``"foreign"`` member.
"""

from __future__ import annotations

import csv
import datetime as dt
import json
import os
from collections.abc import Iterable, Mapping, Sequence
from dataclasses import dataclass
from typing import IO, Any

from mapper._io import atomic_write
from mapper._types import Status
from mapper.model import Event, Place

__all__ = [
    "EVENT_FIELDS",
    "PLACE_FIELDS",
    "PlaceSummary",
    "event_id",
    "event_record",
    "events_geojson",
    "summarise_places",
    "place_record",
    "places_geojson",
    "write_geojson",
    "write_jsonl",
    "write_csv",
]

COORDINATE_DECIMALS = 6

EVENT_FIELDS: tuple[str, ...] = (
    "id", "document", "geonameid", "name", "name_display", "name_uk", "admin1", "admin2", "lat", "lon",
    "status", "extent", "sentence", "sentence_start", "start", "end", "surface", "cue",
    "confidence", "candidates", "resolution", "event_date", "date_precision", "date_source",
    "title", "date", "source", "url",
)  # fmt: skip
"""The fields of :func:`event_record`, in column order."""

PLACE_FIELDS: tuple[str, ...] = (
    "id", "geonameid", "name", "name_display", "name_uk", "admin1", "admin2", "lat", "lon", "status", "tie",
    "latest_statuses", "events", "reports", "first_date", "last_date",
    "document", "sentence", "event_date", "date_precision", "title", "date", "source", "url",
)  # fmt: skip
"""The fields of :func:`place_record`, in column order."""


def _iso(date: dt.date | None) -> str | None:
    return date.isoformat() if date is not None else None


def _place_fields(place: Place | None) -> dict[str, Any]:
    if place is None:
        return dict.fromkeys(("geonameid", "name", "name_display", "name_uk", "admin1", "admin2", "lat", "lon"))
    return {
        "geonameid": int(place.geonameid),
        "name": place.name,
        "name_display": place.name_display,
        "name_uk": place.name_uk or None,
        "admin1": place.admin1 or None,
        "admin2": place.admin2 or None,
        "lat": round(float(place.latitude), COORDINATE_DECIMALS),
        "lon": round(float(place.longitude), COORDINATE_DECIMALS),
    }


def event_id(event: Event) -> str:
    """The event's feature id, stable across runs over the same reports.

    ``<document>:<start>-<end>:<status>``: the report, the mention's offsets in its text
    and the status (left out, with its colon, for a mention without one), so that the
    id of an event says where to find its evidence, and one mention read with two
    statuses gives two ids.

    Examples
    --------
    >>> event_id(event)  # doctest: +SKIP
    'september.txt:24-29:liberated'
    """
    mention = event.mention
    where = f"{event.report.id}:{mention.start}-{mention.end}"
    return f"{where}:{event.status}" if event.status else where


def event_record(event: Event) -> dict[str, Any]:
    """Flatten one event into a dict of JSON-ready values, with the fields of ``EVENT_FIELDS``.

    Parameters
    ----------
    event
        An event from :func:`mapper.pipeline.extract`.

    Returns
    -------
    dict
        ``id`` (:func:`event_id`), ``document`` (the report id), the place (``geonameid``, ``name``,
        ``name_display`` (the name as the press writes it now, see
        :attr:`mapper.model.Place.name_display`), ``name_uk``, ``admin1``,
        ``admin2``, ``lat``, ``lon``; all ``None`` when the name was not
        resolved), ``status`` (``None`` for a mention without one), ``extent``
        (for a region: ``whole`` or ``part``), the evidence (``sentence``,
        ``sentence_start``; ``start``/``end``
        are the mention's offsets in the report text, ``surface`` its text),
        ``cue``, ``confidence``, ``candidates`` (how many places the name could
        stand for), ``resolution``, when the event happened (``event_date``, ISO,
        the first day of its period; ``date_precision``: ``day``, ``month`` or
        ``year``; ``date_source``: ``sentence``, ``context`` or ``report``) and
        the report's ``title``, ``date`` (ISO), ``source`` and ``url``.
    """
    mention, report = event.mention, event.report
    record: dict[str, Any] = {"id": event_id(event), "document": report.id, **_place_fields(event.place)}
    record.update(
        status=event.status,
        extent=event.extent,
        sentence=mention.sentence,
        sentence_start=int(mention.sentence_start),
        start=int(mention.start),
        end=int(mention.end),
        surface=mention.surface,
        cue=event.cue or None,
        confidence=round(float(event.confidence), 3),
        candidates=len(mention.candidates),
        resolution=event.resolution or None,
        event_date=_iso(event.event_date),
        date_precision=event.date_precision,
        date_source=event.date_source,
        title=report.title or None,
        date=_iso(report.date),
        source=report.source or None,
        url=report.url or None,
    )
    return {name: record[name] for name in EVENT_FIELDS}


def _point(record: Mapping[str, Any]) -> dict[str, Any]:
    return {"type": "Point", "coordinates": [record["lon"], record["lat"]]}


def _feature(record: dict[str, Any]) -> dict[str, Any]:
    """A Point feature whose ``id`` is the record's: GDAL reads it as the feature's id and field."""
    return {"type": "Feature", "id": record["id"], "geometry": _point(record), "properties": record}


def _collection(features: list[dict[str, Any]], **members: Any) -> dict[str, Any]:
    return {"type": "FeatureCollection", "features": features, **members}


def events_geojson(events: Iterable[Event]) -> dict[str, Any]:
    """An RFC 7946 FeatureCollection with one Point feature per resolved event.

    Returns
    -------
    dict
        ``features`` holds the resolved events (properties: ``event_record``; each
        feature's ``id`` is the record's, :func:`event_id`);
        ``unresolved`` (a foreign member) holds the records of the events whose
        place is ``None``, in the same shape but without a geometry, and
        ``foreign`` those of the names of places outside Ukraine.
    """
    features: list[dict[str, Any]] = []
    unresolved: list[dict[str, Any]] = []
    foreign: list[dict[str, Any]] = []
    for event in events:
        record = event_record(event)
        if event.mention.kind == "foreign":
            foreign.append(record)
        elif event.place is None:
            unresolved.append(record)
        else:
            features.append(_feature(record))
    return _collection(features, unresolved=unresolved, foreign=foreign)


@dataclass(frozen=True, slots=True)
class PlaceSummary:
    """What the events say of one place, across every report.

    ``status`` is the place's current status: that of its latest event with a
    status, by the date of the event (``Event.event_date``: the day it
    happened, else its report's date; an undated event counts as older than
    any dated one), as :func:`mapper.status_as_of` reads it on the last day;
    among events of that same date, the one read last (reports in input order,
    events in text order) gives ``status``, and ``latest_statuses`` lists
    every distinct status of that date so that a tie is said, not hidden.
    ``status`` is ``None`` when no event of the place has one. ``first_date``
    and ``last_date`` are the dates of its first and last events.
    """

    place: Place
    status: Status | None
    latest_statuses: tuple[Status, ...]
    events: int
    reports: int
    first_date: dt.date | None
    last_date: dt.date | None
    latest: Event

    @property
    def tie(self) -> bool:
        """True when the latest date gives the place more than one status."""
        return len(self.latest_statuses) > 1


def _day(event: Event) -> dt.date | None:
    """The day of an event: the one its text gives, else its report's."""
    return event.event_date or event.report.date


def _date_key(event: Event) -> tuple[bool, dt.date]:
    day = _day(event)
    return (day is not None, day or dt.date.min)


def summarise_places(events: Iterable[Event]) -> list[PlaceSummary]:
    """One :class:`PlaceSummary` per resolved place, in order of first appearance.

    Events without a place (unresolved names) are left out.
    """
    by_place: dict[int, list[Event]] = {}
    for event in events:
        if event.place is not None:
            by_place.setdefault(event.place.geonameid, []).append(event)
    return [_summarise(group) for group in by_place.values()]


def _summarise(group: list[Event]) -> PlaceSummary:
    with_status = [event for event in group if event.status is not None]
    dates = sorted(day for day in map(_day, group) if day is not None)
    latest = group[-1]
    latest_statuses: tuple[Status, ...] = ()
    status: Status | None = None
    if with_status:
        newest = max(_date_key(event) for event in with_status)
        on_newest = [event for event in with_status if _date_key(event) == newest]
        latest = on_newest[-1]
        status = latest.status
        latest_statuses = tuple(dict.fromkeys(event.status for event in on_newest if event.status))
    return PlaceSummary(
        place=group[0].place,  # type: ignore[arg-type]  # grouped by place, never None
        status=status,
        latest_statuses=latest_statuses,
        events=len(group),
        reports=len({event.report.id for event in group}),
        first_date=dates[0] if dates else None,
        last_date=dates[-1] if dates else None,
        latest=latest,
    )


def place_record(summary: PlaceSummary) -> dict[str, Any]:
    """Flatten a :class:`PlaceSummary` into a dict with the fields of ``PLACE_FIELDS``.

    ``id`` is the place's ``geonameid``: one feature per place, the same in every run.

    ``latest_statuses`` is a comma-separated string (GIS formats have no list
    type); ``document``, ``sentence``, ``event_date``, ``date_precision``,
    ``title``, ``date``, ``source`` and ``url`` describe the event that gave
    ``status``.
    """
    latest, report = summary.latest, summary.latest.report
    record: dict[str, Any] = {"id": int(summary.place.geonameid), **_place_fields(summary.place)}
    record.update(
        status=summary.status,
        tie=summary.tie,
        latest_statuses=",".join(summary.latest_statuses) or None,
        events=summary.events,
        reports=summary.reports,
        first_date=_iso(summary.first_date),
        last_date=_iso(summary.last_date),
        document=report.id,
        sentence=latest.mention.sentence,
        event_date=_iso(latest.event_date),
        date_precision=latest.date_precision,
        title=report.title or None,
        date=_iso(report.date),
        source=report.source or None,
        url=report.url or None,
    )
    return {name: record[name] for name in PLACE_FIELDS}


def places_geojson(summaries: Iterable[PlaceSummary]) -> dict[str, Any]:
    """An RFC 7946 FeatureCollection with one Point feature per place summary, its ``id`` the
    place's geonameid."""
    return _collection([_feature(place_record(summary)) for summary in summaries])


Target = str | os.PathLike[str] | IO[str]


def _write_text(target: Target, write: Any, *, newline: str | None = None) -> None:
    """Call ``write(stream)`` on an open text stream, or atomically on a file path."""
    if hasattr(target, "write"):
        write(target)
        return
    with atomic_write(target, "w", encoding="utf-8", newline=newline) as handle:  # type: ignore[arg-type]
        write(handle)


def write_geojson(target: Target, collection: Mapping[str, Any]) -> None:
    """Write a GeoJSON object as UTF-8 JSON, atomically when ``target`` is a path.

    Raises
    ------
    OutputError
        When the file cannot be written; the old file, if any, stays whole.
    """

    def write(stream: IO[str]) -> None:
        # one C-encoded string is several times faster than json.dump's many small writes
        stream.write(json.dumps(collection, ensure_ascii=False, allow_nan=False))
        stream.write("\n")

    _write_text(target, write)


def write_jsonl(target: Target, records: Iterable[Mapping[str, Any]]) -> None:
    """Write one JSON object per line, atomically when ``target`` is a path."""

    def write(stream: IO[str]) -> None:
        for record in records:
            stream.write(json.dumps(record, ensure_ascii=False, allow_nan=False))
            stream.write("\n")

    _write_text(target, write)


def write_csv(
    target: Target, records: Iterable[Mapping[str, Any]], fields: Sequence[str] = EVENT_FIELDS, *, bom: bool = False
) -> None:
    """Write records as CSV with a header row, atomically when ``target`` is a path.

    ``None`` becomes an empty cell and booleans ``true``/``false``. ``bom`` starts the text
    with a UTF-8 byte order mark, by which Excel knows the file is UTF-8 (GDAL skips it).
    """

    def cell(value: Any) -> Any:
        if value is None:
            return ""
        if isinstance(value, bool):
            return "true" if value else "false"
        return value

    def write(stream: IO[str]) -> None:
        if bom:
            stream.write("\ufeff")
        writer = csv.DictWriter(stream, fieldnames=list(fields), extrasaction="ignore", lineterminator="\n")
        writer.writeheader()
        for record in records:
            writer.writerow({name: cell(record.get(name)) for name in fields})

    _write_text(target, write, newline="")
