"""Data out for GIS: events and places as GeoPackage, CSV and KML through GDAL.

GeoJSON is written by :mod:`mapper.publishing.features`; this module turns the same
records (:func:`~mapper.publishing.features.event_record`,
:func:`~mapper.publishing.features.place_record`) into GeoDataFrames and writes them with
pyogrio, so every format carries the same rows, columns and types.
Each file is written next to its destination and moved into place, so an
interrupted run leaves the previous file whole.

Dates are real dates where the format has them: the GeoPackage's ``event_date``,
``date``, ``first_date`` and ``last_date`` are ``Date`` fields (null when unknown),
so QGIS's temporal controller can animate the layer as written. CSV carries them as
ISO 8601 text (``YYYY-MM-DD``). In KML each event has a ``<TimeStamp>`` whose
``<when>`` is its ``event_date`` at its precision (``YYYY``, ``YYYY-MM`` or
``YYYY-MM-DD``), for Google Earth's time slider; there the mention's offsets are
called ``mention_start`` and ``mention_end``, since GDAL's LIBKML driver reads a
field named ``end`` as the end of a ``<TimeSpan>``.
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
    import numpy
    import pandas

__all__ = ["EXPORT_FORMATS", "events_frame", "places_frame", "write_frame", "export_events"]

log = logging.getLogger(__name__)

EXPORT_FORMATS: dict[str, tuple[str, str, dict[str, Any]]] = {
    "gpkg": ("GPKG", ".gpkg", {}),
    "csv": ("CSV", ".csv", {"layer_options": {"GEOMETRY": "AS_XY"}}),
    "kml": ("LIBKML", ".kml", {}),
}
"""Format name → (GDAL driver, file suffix, extra options of :func:`pyogrio.raw.write`)."""

_INTEGER_FIELDS = {"geonameid", "sentence_start", "start", "end", "candidates", "events", "reports"}
_FLOAT_FIELDS = {"lat", "lon", "confidence"}
_BOOL_FIELDS = {"tie"}
_DATE_FIELDS = {"event_date", "date", "first_date", "last_date"}

_KML_RENAMED = {"start": "mention_start", "end": "mention_end"}
"""Fields renamed in KML, where LIBKML reserves ``begin``, ``end`` and ``timestamp``."""

_WHEN_LENGTHS = {"day": 10, "month": 7, "year": 4}
"""``date_precision`` → how much of an ISO date a KML ``<when>`` keeps (a date, gYearMonth or gYear)."""


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
        elif name in _DATE_FIELDS:
            columns[name] = pandas.to_datetime(pandas.Series(values, dtype=object), format="%Y-%m-%d").to_numpy()
        else:
            columns[name] = pandas.array(values, dtype=object)
    geometry = geopandas.points_from_xy(
        [record["lon"] for record in records], [record["lat"] for record in records], crs="EPSG:4326"
    )
    return geopandas.GeoDataFrame(columns, geometry=geometry, crs="EPSG:4326")


def events_frame(events: Iterable[Event]) -> geopandas.GeoDataFrame:
    """One row per resolved event, with the columns of ``EVENT_FIELDS`` and a point geometry.

    ``event_date`` and ``date`` are ``datetime64`` columns (``NaT`` when unknown).

    Events whose name could not be resolved have no position and are left out
    (``events.geojson`` lists them in its ``unresolved`` member).
    """
    records = [event_record(event) for event in events if event.place is not None]
    return _frame(records, EVENT_FIELDS)


def places_frame(summaries: Iterable[PlaceSummary]) -> geopandas.GeoDataFrame:
    """One row per place (:func:`~mapper.publishing.features.summarise_places`), columns of ``PLACE_FIELDS``."""
    return _frame([place_record(summary) for summary in summaries], PLACE_FIELDS)


def _iso_text(column: pandas.Series) -> pandas.Series:
    """A date column as ISO 8601 text (``YYYY-MM-DD``), ``None`` where the date is unknown."""
    text = column.dt.strftime("%Y-%m-%d").astype(object)
    return text.where(column.notna(), None)


def _kml_frame(frame: geopandas.GeoDataFrame) -> geopandas.GeoDataFrame:
    """``frame`` (its dates ISO text) as LIBKML writes it: a ``timestamp`` per dated event, no ``end``."""
    import pandas

    frame = frame.rename(columns=_KML_RENAMED)
    if "event_date" in frame.columns:
        when = [
            date[: _WHEN_LENGTHS[precision]] if date and precision in _WHEN_LENGTHS else None
            for date, precision in zip(frame["event_date"], frame["date_precision"], strict=True)
        ]
        frame["timestamp"] = pandas.array(when, dtype=object)
    # GDAL's KML drivers know 32-bit integers only: they would write 64-bit ones as text.
    return frame.astype(
        {name: "int32" for name in frame.columns if str(frame[name].dtype) == "Int64" and frame[name].notna().all()}
    )


def _field(column: pandas.Series) -> tuple[numpy.ndarray, numpy.ndarray | None]:
    """One column as pyogrio's raw writer takes it: values, and where they are null."""
    import numpy

    if column.dtype.kind == "M":  # a day count gives GDAL a Date field, not a DateTime one
        values = column.to_numpy().astype("datetime64[D]")
        return values, numpy.isnat(values)
    if str(column.dtype) in ("Int64", "boolean"):
        fill = 0 if str(column.dtype) == "Int64" else False
        return column.to_numpy(dtype=column.dtype.numpy_dtype, na_value=fill), column.isna().to_numpy()
    return column.to_numpy(), None


def _write_layer(frame: geopandas.GeoDataFrame, path: Path, driver: str, layer: str, options: dict[str, Any]) -> None:
    """Write ``frame`` with pyogrio's raw writer, which (unlike ``to_file``) can make ``Date`` fields."""
    from pyogrio.raw import write

    fields = [name for name in frame.columns if name != frame.geometry.name]
    columns = [_field(frame[name]) for name in fields]
    write(
        path,
        geometry=frame.geometry.to_wkb().to_numpy(),
        field_data=[values for values, _ in columns],
        field_mask=[mask for _, mask in columns],
        fields=fields,
        geometry_type="Point",
        crs=frame.crs.to_wkt(),
        driver=driver,
        layer=layer,
        **options,
    )


def write_frame(frame: geopandas.GeoDataFrame, path: str | Path, fmt: str, layer: str) -> Path:
    """Write ``frame`` to ``path`` in format ``fmt`` (a key of ``EXPORT_FORMATS``), atomically.

    Date columns become ``Date`` fields in a GeoPackage and ISO 8601 text in CSV and
    KML; a KML placemark gets a ``<TimeStamp>`` from ``event_date`` at its
    ``date_precision``, and ``start``/``end`` become ``mention_start``/``mention_end``.

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
    if fmt != "gpkg":
        dates = [name for name in frame.columns if frame[name].dtype.kind == "M"]
        frame = frame.assign(**{name: _iso_text(frame[name]) for name in dates})
    if fmt == "kml":
        frame = _kml_frame(frame)
    with tempfile.TemporaryDirectory(dir=folder, prefix=f".{target.name}.") as scratch:
        temporary = Path(scratch) / f"{layer}{suffix}"
        try:
            _write_layer(frame, temporary, driver, layer, options)
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
