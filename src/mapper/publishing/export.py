"""Files out, by name: events as GeoJSON, JSON lines, CSV, GeoPackage or KML.

The format of a file follows its extension (:func:`format_of`): ``.geojson`` and ``.json``
GeoJSON, ``.jsonl`` JSON lines, ``.csv`` CSV (with its ``.csvt``), ``.gpkg`` GeoPackage, ``.kml``
KML. :func:`write_events` writes one file (``mapper extract -o``), :func:`export_events` the
files beside a map (``mapper map --format``). Every format carries the same records, with the
same columns and types (:mod:`mapper.publishing.tables`); GeoJSON and JSON lines are written by
:mod:`mapper.publishing.features`, CSV by :mod:`mapper.publishing.tables`, GeoPackage and KML by
:mod:`mapper.publishing.gdal`. Every file is written beside its destination and moved into
place, so an interrupted run leaves the previous file whole.
"""

from __future__ import annotations

import os
from collections.abc import Iterable, Sequence
from pathlib import Path

from mapper.model import Event
from mapper.publishing.features import (
    Target,
    event_record,
    events_geojson,
    summarise_places,
    write_geojson,
    write_jsonl,
)
from mapper.publishing.gdal import write_geopackage, write_kml
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
    "events_frame",
    "export_events",
    "format_of",
    "places_frame",
    "write_events",
]  # fmt: skip

FORMATS_BY_SUFFIX: dict[str, str] = {
    ".geojson": "geojson", ".json": "geojson", ".jsonl": "jsonl", ".csv": "csv", ".gpkg": "gpkg", ".kml": "kml",
}  # fmt: skip
"""A file's extension → the format it is written in."""

FILE_ONLY = frozenset({"gpkg", "kml"})
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


def write_events(events: Sequence[Event], target: Target, fmt: str | None = None, *, bom: bool = False) -> list[Path]:
    """Write events to one file (or stream) in ``fmt``, by default the format of its extension.

    Parameters
    ----------
    events
        The events of a run.
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
    if fmt not in FORMATS_BY_SUFFIX.values():
        raise ValueError(f"format {fmt!r} is not one of {', '.join(dict.fromkeys(FORMATS_BY_SUFFIX.values()))}")
    if fmt in FILE_ONLY and stream:
        raise ValueError(f"{fmt} is written to a file, not to a stream")
    if fmt == "gpkg":
        return [write_geopackage(events, target)]  # type: ignore[arg-type]
    if fmt == "kml":
        return [write_kml(events_frame(events), target, "events")]  # type: ignore[arg-type]
    if fmt == "csv":
        return write_table(target, (event_record(event) for event in events), EVENT_TYPES, bom=bom)
    if fmt == "geojson":
        write_geojson(target, events_geojson(events))
    else:
        write_jsonl(target, (event_record(event) for event in events))
    return [] if stream else [Path(target)]  # type: ignore[arg-type]


def export_events(
    events: Sequence[Event], folder: str | Path, formats: Iterable[str], *, prefix: str = "", bom: bool = False
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
