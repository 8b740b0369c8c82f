"""GeoPackage and KML, written through GDAL (pyogrio's raw writer) from the tables of
:mod:`mapper.publishing.tables`.

- **GeoPackage**: one file with three layers, ``events`` and ``places`` (points) and
  ``unresolved`` (a table without geometry); ``event_date``, ``date``, ``first_date`` and
  ``last_date`` are ``Date`` fields (null when unknown), so that QGIS's temporal controller
  animates the layers as written; a ``layer_styles`` table holds a style per status for
  ``events`` and ``places``, so that QGIS opens them coloured as the map
  (:mod:`mapper.publishing.styles`), added with sqlite3 before the file is moved into place.
- **KML**: one ``<Placemark>`` per row whose ``id`` is the feature's id, a ``<Style>`` per
  status and a ``<styleUrl>`` to it in each placemark, and a ``<TimeStamp>`` whose ``<when>`` is
  the ``event_date`` at its precision (``YYYY``, ``YYYY-MM`` or ``YYYY-MM-DD``), for Google
  Earth's time slider. There the mention's offsets are ``mention_start`` and ``mention_end``,
  since GDAL's LIBKML driver reads a field named ``end`` as the end of a ``<TimeSpan>``.

Each file is written by GDAL in a scratch folder beside its destination and moved into place,
so an interrupted run leaves the previous file whole (a FIFO or device is written as a stream,
a symbolic link followed: :func:`mapper._io.output_target`).
"""

from __future__ import annotations

import logging
import os
import shutil
import tempfile
from collections.abc import Iterator, Sequence
from contextlib import contextmanager
from pathlib import Path
from typing import TYPE_CHECKING

from mapper._io import atomic_write, output_target, remove_stale_temporaries, temporary_prefix
from mapper.errors import OutputError
from mapper.model import Event
from mapper.publishing.features import summarise_places
from mapper.publishing.styles import style_kml, write_layer_styles
from mapper.publishing.tables import events_frame, places_frame, unresolved_frame

if TYPE_CHECKING:
    import geopandas
    import numpy
    import pandas

__all__ = ["write_geopackage", "write_kml"]

log = logging.getLogger(__name__)

_KML_RENAMED = {"start": "mention_start", "end": "mention_end"}
"""Fields renamed in KML, where LIBKML reserves ``begin``, ``end`` and ``timestamp``."""

_DATASET_OPTIONS = {"GPKG": {"VERSION": "1.2"}}
"""GeoPackage 1.2, which every GDAL since 2.2 reads without a warning (GDAL 3.6 and the QGIS
built on it warn that 1.4, the newer GDALs' default, "may only be partially supported")."""

_SUFFIXES = {"GPKG": ".gpkg", "LIBKML": ".kml"}
"""The extension GDAL expects of each driver's files."""

_WHEN_LENGTHS = {"day": 10, "month": 7, "year": 4}
"""``date_precision`` → how much of an ISO date a KML ``<when>`` keeps (a date, gYearMonth or gYear)."""


def _iso_text(column: pandas.Series) -> pandas.Series:
    """A date column as ISO 8601 text (``YYYY-MM-DD``), ``None`` where the date is unknown."""
    text = column.dt.strftime("%Y-%m-%d").astype(object)
    return text.where(column.notna(), None)


def _kml_frame(frame: geopandas.GeoDataFrame) -> geopandas.GeoDataFrame:
    """``frame`` as LIBKML writes it: dates as ISO text, a ``timestamp`` per dated event, no ``end``,
    the ``id`` as text (LIBKML makes a text ``id`` the placemark's own, and drops a number)."""
    import pandas

    dates = [name for name in frame.columns if frame[name].dtype.kind == "M"]
    frame = frame.assign(**{name: _iso_text(frame[name]) for name in dates}).rename(columns=_KML_RENAMED)
    frame["id"] = pandas.array([str(value) for value in frame["id"]], dtype=object)
    if "date_precision" in frame.columns:
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


def _write_layer(frame: pandas.DataFrame, path: Path, driver: str, layer: str) -> None:
    """Write ``frame`` with pyogrio's raw writer, which (unlike ``to_file``) can make ``Date`` fields.

    A frame without geometry becomes a table (GeoPackage's attribute table).
    """
    import geopandas
    from pyogrio.raw import write

    spatial = isinstance(frame, geopandas.GeoDataFrame)
    fields = [name for name in frame.columns if not spatial or name != frame.geometry.name]
    columns = [_field(frame[name]) for name in fields]
    write(
        path,
        geometry=frame.geometry.to_wkb().to_numpy() if spatial else None,
        field_data=[values for values, _ in columns],
        field_mask=[mask for _, mask in columns],
        fields=fields,
        geometry_type="Point" if spatial else None,
        crs=frame.crs.to_wkt() if spatial else None,
        driver=driver,
        layer=layer,
        dataset_options=_DATASET_OPTIONS.get(driver),
    )


@contextmanager
def _replacing(target: Path, driver: str) -> Iterator[Path]:
    """A path beside ``target`` for GDAL to write; moved over ``target`` when the block ends without
    error, else removed (the old ``target`` stays whole).

    Raises
    ------
    OutputError
        When the file cannot be written or moved into place.
    """
    destination, stream = output_target(target)
    folder = destination.parent
    remove_stale_temporaries(folder)
    try:
        scratch = tempfile.TemporaryDirectory(dir=folder, prefix=temporary_prefix(destination), suffix=".tmp")
    except OSError as exc:
        raise OutputError(f"cannot write '{target}': {exc.strerror or exc}") from exc
    with scratch as name:
        temporary = Path(name) / target.with_suffix(_SUFFIXES[driver]).name  # GDAL warns of another extension
        try:
            yield temporary
            if stream:  # a FIFO or device: GDAL writes a file, which is then copied into it
                with open(temporary, "rb") as source, atomic_write(destination, "wb") as out:
                    shutil.copyfileobj(source, out)
                return
            with open(temporary, "rb+") as handle:
                os.fsync(handle.fileno())
            os.replace(temporary, destination)
        except OutputError:
            raise
        except OSError as exc:
            raise OutputError(f"cannot write '{target}': {exc.strerror or exc}") from exc
        except Exception as exc:  # GDAL's own errors (pyogrio.errors.DataSourceError, ...), sqlite3's
            raise OutputError(f"cannot write '{target}' as {driver}: {exc}") from exc


def write_geopackage(events: Sequence[Event], path: str | Path) -> Path:
    """Write one GeoPackage with the layers ``events``, ``places`` and ``unresolved``, atomically.

    ``events`` and ``places`` (:func:`~mapper.publishing.tables.events_frame`,
    :func:`~mapper.publishing.tables.places_frame`) are points drawn by status in QGIS (a
    default style in ``layer_styles``); ``unresolved``
    (:func:`~mapper.publishing.tables.unresolved_frame`) is a table without geometry. Dates are
    ``Date`` fields.

    Returns
    -------
    Path
        ``path``.

    Raises
    ------
    OutputError
        If the file cannot be written; an old file at ``path`` stays whole.
    """
    target = Path(path)
    layers = {
        "events": events_frame(events),
        "places": places_frame(summarise_places(events)),
        "unresolved": unresolved_frame(events),
    }
    with _replacing(target, "GPKG") as temporary:
        for layer, frame in layers.items():
            _write_layer(frame, temporary, "GPKG", layer)
            log.debug("wrote layer %s of %s (%d rows)", layer, target, len(frame))
        write_layer_styles(temporary, {"events": "geom", "places": "geom"})
    return target


def write_kml(frame: geopandas.GeoDataFrame, path: str | Path, layer: str) -> Path:
    """Write the points of ``frame`` (:func:`~mapper.publishing.tables.events_frame`,
    :func:`~mapper.publishing.tables.places_frame`) as KML, atomically.

    Each placemark's ``id`` is the row's ``id``; it carries a ``<styleUrl>`` to the ``<Style>`` of
    its status and, for an event, a ``<TimeStamp>`` from ``event_date`` at its ``date_precision``;
    ``start``/``end`` become ``mention_start``/``mention_end``.

    Raises
    ------
    OutputError
        If GDAL cannot write the file; an old file at ``path`` stays whole.
    """
    target = Path(path)
    with _replacing(target, "LIBKML") as temporary:
        _write_layer(_kml_frame(frame), temporary, "LIBKML", layer)
        style_kml(temporary)
    return target


