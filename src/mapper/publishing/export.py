"""Files out, by name: events as GeoJSON, JSON lines, CSV, GeoPackage or KML.

The format of a file follows its extension (:func:`format_of`): ``.geojson`` and ``.json``
GeoJSON, ``.jsonl`` JSON lines, ``.csv`` CSV (with its ``.csvt``), ``.gpkg`` GeoPackage, ``.kml``
KML. :func:`write_events` writes one file (``mapper extract -o``), :func:`export_events` the
files beside a map (``mapper map --format``). Every format carries the same records, with the
same columns and types (:mod:`mapper.publishing.tables`); GeoJSON and JSON lines are written by
:mod:`mapper.publishing.features`, CSV by :mod:`mapper.publishing.tables`, GeoPackage and KML by
:mod:`mapper.publishing.gdal`. Every file is written beside its destination and moved into
place, so an interrupted run leaves the previous file whole.

GeoJSON, JSON lines and CSV are written as the events come (``WRITERS``: a format that
``streams``), so that writing a run's events holds one event at a time, whatever their number: a
GeoJSON collection is written feature by feature (the names not resolved and those of places
outside Ukraine, which follow the features, wait in a temporary file that stays in memory while
small), never as one string. GeoPackage and KML are written by GDAL from a table of all the
events, which are collected first. A format is one entry of ``FORMATS_BY_SUFFIX`` and one of
``WRITERS``.
"""

from __future__ import annotations

import contextlib
import json
import os
import shutil
import tempfile
from collections.abc import Callable, Iterable
from dataclasses import dataclass
from pathlib import Path
from typing import IO

from mapper._io import atomic_write
from mapper.model import Event
from mapper.publishing.features import (
    Target,
    event_record,
    events_geojson,
    summarise_places,
    write_jsonl,
)
from mapper.publishing.gdal import write_geopackage, write_kml
from mapper.publishing.parquet import write_parquet_events
from mapper.publishing.tables import (
    EVENT_TYPES,
    PLACE_TYPES,
    events_frame,
    place_rows,
    places_frame,
    write_table,
)

__all__ = [
    "EXPORT_FORMATS",
    "FILE_ONLY",
    "FORMATS_BY_SUFFIX",
    "WRITERS",
    "Writer",
    "events_frame",
    "export_events",
    "format_of",
    "places_frame",
    "write_events",
]  # fmt: skip

FORMATS_BY_SUFFIX: dict[str, str] = {
    ".geojson": "geojson", ".json": "geojson", ".jsonl": "jsonl", ".csv": "csv", ".gpkg": "gpkg", ".kml": "kml",
    ".parquet": "parquet",
}  # fmt: skip
"""A file's extension → the format it is written in."""

SPOOLED_BYTES = 16 * 2**20
"""What of a GeoJSON collection's ``unresolved`` and ``foreign`` members is held in memory before
it goes to a temporary file."""


@dataclass(frozen=True, slots=True)
class Writer:
    """How one format is written.

    ``write(events, target, bom)`` writes the events to ``target`` (a path, or an open text stream
    when ``to_stream``) and returns the files written; ``streams`` says that it takes the events
    one at a time as they come (else it collects them: hand it a list).
    """

    write: Callable[[Iterable[Event], Target, bool], list[Path]]
    streams: bool
    to_stream: bool


def _written(target: Target) -> list[Path]:
    return [] if hasattr(target, "write") else [Path(target)]  # type: ignore[arg-type]


def _write_geojson(events: Iterable[Event], target: Target, bom: bool = False) -> list[Path]:
    """A GeoJSON FeatureCollection of ``events`` (:func:`events_geojson`), written feature by feature:
    the same text as ``json.dumps`` of the whole collection, without ever holding it."""
    with _text_target(target) as stream, \
            tempfile.SpooledTemporaryFile(SPOOLED_BYTES, "w+", encoding="utf-8") as unresolved, \
            tempfile.SpooledTemporaryFile(SPOOLED_BYTES, "w+", encoding="utf-8") as foreign:  # fmt: skip
        stream.write('{"type": "FeatureCollection", "features": [')
        written = {"features": 0, "unresolved": 0, "foreign": 0}
        outputs = {"features": stream, "unresolved": unresolved, "foreign": foreign}
        for event in events:
            for member, items in events_geojson((event,)).items():
                if member != "type" and items:
                    out = outputs[member]
                    out.write(", " if written[member] else "")
                    out.write(json.dumps(items[0], ensure_ascii=False, allow_nan=False))
                    written[member] += 1
        for member, spool in (("unresolved", unresolved), ("foreign", foreign)):
            stream.write(f'], "{member}": [')
            spool.seek(0)
            shutil.copyfileobj(spool, stream)
        stream.write("]}\n")
    return _written(target)


def _text_target(target: Target) -> contextlib.AbstractContextManager[IO[str]]:
    """``target`` itself when it is an open stream, else the file opened by :func:`atomic_write`."""
    if hasattr(target, "write"):
        return contextlib.nullcontext(target)  # type: ignore[arg-type]
    return atomic_write(target, "w", encoding="utf-8")  # type: ignore[arg-type]


def _write_jsonl(events: Iterable[Event], target: Target, bom: bool = False) -> list[Path]:
    write_jsonl(target, (event_record(event) for event in events))
    return _written(target)


def _write_csv(events: Iterable[Event], target: Target, bom: bool = False) -> list[Path]:
    return write_table(target, (event_record(event) for event in events), EVENT_TYPES, bom=bom)


def _write_gpkg(events: Iterable[Event], target: Target, bom: bool = False) -> list[Path]:
    return [write_geopackage(list(events), target)]  # type: ignore[arg-type]


def _write_kml(events: Iterable[Event], target: Target, bom: bool = False) -> list[Path]:
    return [write_kml(events_frame(events), target, "events")]  # type: ignore[arg-type]


WRITERS: dict[str, Writer] = {
    "geojson": Writer(_write_geojson, streams=True, to_stream=True),
    "jsonl": Writer(_write_jsonl, streams=True, to_stream=True),
    "csv": Writer(_write_csv, streams=True, to_stream=True),
    "gpkg": Writer(_write_gpkg, streams=False, to_stream=False),
    "kml": Writer(_write_kml, streams=False, to_stream=False),
    "parquet": Writer(write_parquet_events, streams=True, to_stream=False),  # GeoParquet, a row group at a time
}
"""Each format (a value of ``FORMATS_BY_SUFFIX``) → how it is written."""

FILE_ONLY = frozenset(fmt for fmt, writer in WRITERS.items() if not writer.to_stream)
"""Formats GDAL writes: a file, never a stream (a GeoPackage is a database)."""

EXPORT_FORMATS: tuple[str, ...] = ("gpkg", "csv", "kml")
"""The formats :func:`export_events` writes beside a map."""


def format_of(path: str | os.PathLike[str]) -> str:
    """The format a file is written in, by its extension (a key of ``FORMATS_BY_SUFFIX``).

    Raises
    ------
    ValueError
        If the extension is none of them; the message names the path and those accepted.

    Examples
    --------
    >>> format_of("out/events.GPKG")
    'gpkg'
    """
    fmt = FORMATS_BY_SUFFIX.get(Path(path).suffix.lower())
    if fmt is None:
        accepted = ", ".join(FORMATS_BY_SUFFIX)
        raise ValueError(f"cannot tell the format of '{path}' from its extension: use one of {accepted}")
    return fmt


def write_events(events: Iterable[Event], target: Target, fmt: str | None = None, *, bom: bool = False) -> list[Path]:
    """Write events to one file (or stream) in ``fmt``, by default the format of its extension.

    Parameters
    ----------
    events
        The events of a run, in any iterable: GeoJSON, JSON lines and CSV are written as they
        come (a generator is read once, one event at a time); GeoPackage and KML collect them.
    target
        A path, or an open text stream for ``geojson``, ``jsonl`` and ``csv``.
    fmt
        ``geojson``, ``jsonl``, ``csv``, ``gpkg`` or ``kml``; ``None``: :func:`format_of` ``target``.
    bom
        For CSV: start with a UTF-8 byte order mark.

    Returns
    -------
    list of Path
        The files written: the file, and for CSV its ``.csvt``; none for a stream.

    Raises
    ------
    ValueError
        If the format is unknown, or a GeoPackage or KML is asked of a stream.
    OutputError
        If a file cannot be written; an old file stays whole.
    """
    stream = hasattr(target, "write")
    if fmt is None:
        fmt = format_of(target.name if stream else target)  # type: ignore[union-attr,arg-type]
    writer = WRITERS.get(fmt)
    if writer is None:
        raise ValueError(f"format {fmt!r} is not one of {', '.join(WRITERS)}")
    if stream and not writer.to_stream:
        raise ValueError(f"{fmt} is written to a file, not to a stream")
    return writer.write(events, target, bom)


def export_events(
    events: list[Event], folder: str | Path, formats: Iterable[str], *, prefix: str = "", bom: bool = False
) -> list[Path]:
    """Write the events of a map, and their places, into ``folder`` in each format.

    ``gpkg``: ``events.gpkg`` (layers ``events``, ``places``, ``unresolved``); ``csv``:
    ``events.csv`` and ``places.csv``, each with its ``.csvt``; ``kml``: ``events.kml`` and
    ``places.kml``. Each name starts with ``prefix`` (``"kharkiv."``: ``kharkiv.events.gpkg``).

    Parameters
    ----------
    events
        The events of a run.
    folder
        An existing folder.
    formats
        Some of ``EXPORT_FORMATS``.
    prefix
        Put before each file name.
    bom
        Start the CSV files with a UTF-8 byte order mark.

    Returns
    -------
    list of Path
        The files written.

    Raises
    ------
    ValueError
        If a format is not one of ``EXPORT_FORMATS``.
    OutputError
        If a file cannot be written.
    """
    formats = list(dict.fromkeys(formats))
    unknown = [fmt for fmt in formats if fmt not in EXPORT_FORMATS]
    if unknown:
        raise ValueError(f"export format {unknown[0]!r} is not one of {', '.join(EXPORT_FORMATS)}")
    folder = Path(folder)
    written: list[Path] = []
    for fmt in formats:
        events_path = folder / f"{prefix}events.{fmt}"
        written += write_events(events, events_path, fmt, bom=bom)
        if fmt == "csv":
            written += write_table(folder / f"{prefix}places.csv", place_rows(summarise_places(events)), PLACE_TYPES,
                                   bom=bom)  # fmt: skip
        elif fmt == "kml":
            written.append(write_kml(places_frame(summarise_places(events)), folder / f"{prefix}places.kml", "places"))
    return written
