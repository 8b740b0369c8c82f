"""Data out for GIS: events and places as GeoPackage, CSV and KML through GDAL.

GeoJSON is written by :mod:`mapper.publishing.features`; this module turns the same
records (:func:`~mapper.publishing.features.event_record`,
:func:`~mapper.publishing.features.place_record`) into GeoDataFrames and writes them with
geopandas/pyogrio, so every format carries the same rows, columns and types.
Each file is written next to its destination and moved into place, so an
interrupted run leaves the previous file whole.
"""

from __future__ import annotations

import logging
import os
import tempfile
from collections.abc import Iterable, Sequence
from pathlib import Path
from typing import TYPE_CHECKING, Any

from mapper.errors import OutputError
from mapper.model import Event
from mapper.publishing.features import (
    EVENT_FIELDS,
    PLACE_FIELDS,
    PlaceSummary,
    event_record,
    place_record,
    summarise_places,
)

if TYPE_CHECKING:
    import geopandas

__all__ = ["EXPORT_FORMATS", "events_frame", "places_frame", "write_frame", "export_events"]

log = logging.getLogger(__name__)

EXPORT_FORMATS: dict[str, tuple[str, str, dict[str, Any]]] = {
    "gpkg": ("GPKG", ".gpkg", {}),
    "csv": ("CSV", ".csv", {"layer_options": {"GEOMETRY": "AS_XY"}}),
    "kml": ("KML", ".kml", {}),
}
"""Format name → (GDAL driver, file suffix, extra options of ``GeoDataFrame.to_file``)."""

_INTEGER_FIELDS = {"geonameid", "sentence_start", "start", "end", "candidates", "events", "reports"}
_FLOAT_FIELDS = {"lat", "lon", "confidence"}
_BOOL_FIELDS = {"tie"}


def _frame(records: list[dict[str, Any]], fields: Sequence[str]) -> geopandas.GeoDataFrame:
    """A GeoDataFrame with one point per record and one stable dtype per field."""
    import geopandas
    import pandas

    columns: dict[str, Any] = {}
    for name in fields:
        values = [record[name] for record in records]
        if name in _INTEGER_FIELDS:
            columns[name] = pandas.array(values, dtype="Int64")
        elif name in _FLOAT_FIELDS:
            columns[name] = pandas.array(values, dtype="Float64").astype("float64")
        elif name in _BOOL_FIELDS:
            columns[name] = pandas.array(values, dtype="boolean")
        else:
            columns[name] = pandas.array(values, dtype=object)
    geometry = geopandas.points_from_xy(
        [record["lon"] for record in records], [record["lat"] for record in records], crs="EPSG:4326"
    )
    return geopandas.GeoDataFrame(columns, geometry=geometry, crs="EPSG:4326")


def events_frame(events: Iterable[Event]) -> geopandas.GeoDataFrame:
    """One row per resolved event, with the columns of ``EVENT_FIELDS`` and a point geometry.

    Events whose name could not be resolved have no position and are left out
    (``events.geojson`` lists them in its ``unresolved`` member).
    """
    records = [event_record(event) for event in events if event.place is not None]
    return _frame(records, EVENT_FIELDS)


def places_frame(summaries: Iterable[PlaceSummary]) -> geopandas.GeoDataFrame:
    """One row per place (:func:`~mapper.publishing.features.summarise_places`), columns of ``PLACE_FIELDS``."""
    return _frame([place_record(summary) for summary in summaries], PLACE_FIELDS)


def write_frame(frame: geopandas.GeoDataFrame, path: str | Path, fmt: str, layer: str) -> Path:
    """Write ``frame`` to ``path`` in format ``fmt`` (a key of ``EXPORT_FORMATS``), atomically.

    Raises
    ------
    ValueError
        If ``fmt`` is not a known format.
    OutputError
        If GDAL cannot write the file; an old file at ``path`` stays whole.
    """
    if fmt not in EXPORT_FORMATS:
        raise ValueError(f"export format {fmt!r} is not one of {', '.join(EXPORT_FORMATS)}")
    driver, suffix, options = EXPORT_FORMATS[fmt]
    target = Path(path)
    folder = target.parent if str(target.parent) else Path(".")
    with tempfile.TemporaryDirectory(dir=folder, prefix=f".{target.name}.") as scratch:
        temporary = Path(scratch) / f"{layer}{suffix}"
        if fmt == "kml":
            # GDAL's KML driver knows 32-bit integers only: it would write 64-bit ones as text.
            frame = frame.astype(
                {name: "int32" for name in frame.columns if str(frame[name].dtype) == "Int64" and frame[name].notna().all()}
            )
        try:
            frame.to_file(temporary, driver=driver, layer=layer, engine="pyogrio", **options)
            os.replace(temporary, target)
        except OSError as exc:
            raise OutputError(f"cannot write '{target}': {exc.strerror or exc}") from exc
        except Exception as exc:  # GDAL's own errors (pyogrio.errors.DataSourceError, ...)
            raise OutputError(f"cannot write '{target}' as {driver}: {exc}") from exc
    return target


def export_events(events: Sequence[Event], folder: str | Path, formats: Iterable[str]) -> list[Path]:
    """Write ``events.<fmt>`` and ``places.<fmt>`` into ``folder`` for each format.

    Parameters
    ----------
    events
        The events of a run.
    folder
        An existing folder.
    formats
        Keys of ``EXPORT_FORMATS`` (``"gpkg"``, ``"csv"``, ``"kml"``).

    Returns
    -------
    list of Path
        The files written.

    Raises
    ------
    ValueError
        If a format is not a key of ``EXPORT_FORMATS``.
    OutputError
        If a file cannot be written.
    """
    formats = list(dict.fromkeys(formats))
    unknown = [fmt for fmt in formats if fmt not in EXPORT_FORMATS]
    if unknown:
        raise ValueError(f"export format {unknown[0]!r} is not one of {', '.join(EXPORT_FORMATS)}")
    if not formats:
        return []
    written: list[Path] = []
    frames = {
        "events": events_frame(events),
        "places": places_frame(summarise_places(events)),
    }
    for fmt in formats:
        for layer, frame in frames.items():
            path = Path(folder) / f"{layer}{EXPORT_FORMATS[fmt][1]}"
            written.append(write_frame(frame, path, fmt, layer))
            log.debug("wrote %s (%d rows)", path, len(frame))
    return written
