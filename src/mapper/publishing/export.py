"""Files out, by name: events as GeoJSON, JSON lines, CSV, GeoPackage or KML.

The format of a file follows its extension (:func:`format_of`): ``.geojson`` and ``.json``
GeoJSON, ``.jsonl`` JSON lines, ``.csv`` CSV, ``.gpkg`` GeoPackage, ``.kml`` KML. Every format
carries the same records (:func:`~mapper.publishing.features.event_record`,
:func:`~mapper.publishing.features.place_record`) with the same columns and types, and every
file is written beside its destination and moved into place, so an interrupted run leaves
the previous file whole.

- **CSV**: one layout wherever it is written (``mapper extract``, ``mapper map --format csv``):
  the record's fields, the position in ``lon`` and ``lat``, dates as ISO 8601 text, ``None``
  as an empty cell. A ``.csvt`` file beside it gives GDAL and QGIS each column's type
  (``"String"``, ``"Integer"``, ``"Real"``, ``"Date"``, ``"Integer(Boolean)"``; ``lon`` and
  ``lat`` as ``"CoordX"``/``"CoordY"``, so that GDAL reads the rows as points). ``bom`` starts
  it with a UTF-8 byte order mark, for Excel.
- **GeoPackage**: one file with three layers, ``events`` and ``places`` (points) and
  ``unresolved`` (the names the gazetteer lacks: a table without geometry); ``event_date``,
  ``date``, ``first_date`` and ``last_date`` are ``Date`` fields (null when unknown), so that
  QGIS's temporal controller animates the layers as written; a ``layer_styles`` table holds a
  style per status for ``events`` and ``places``, so that QGIS opens them coloured as the map
  (:mod:`mapper.publishing.styles`).
- **KML**: one ``<Placemark>`` per row whose ``id`` is the feature's id, a ``<Style>`` per
  status and a ``<styleUrl>`` to it in each placemark, and a ``<TimeStamp>`` whose ``<when>`` is
  the ``event_date`` at its precision (``YYYY``, ``YYYY-MM`` or ``YYYY-MM-DD``), for Google
  Earth's time slider. There the mention's offsets are ``mention_start`` and ``mention_end``,
  since GDAL's LIBKML driver reads a field named ``end`` as the end of a ``<TimeSpan>``.

In the GIS files (CSV, GeoPackage, KML) a place's tie (its latest date gives it more than one
status) is said by three boolean fields, ``tie_liberated``, ``tie_attacked`` and
``tie_occupied``: true for each status of the tie, all false without one.
"""

from __future__ import annotations

import logging
import os
import tempfile
from collections.abc import Iterable, Iterator, Mapping, Sequence
from contextlib import contextmanager
from pathlib import Path
from typing import TYPE_CHECKING, Any

from mapper._io import atomic_write
from mapper._types import STATUSES
from mapper.errors import OutputError
from mapper.model import Event
from mapper.publishing.features import (
    EVENT_FIELDS,
    PLACE_FIELDS,
    PlaceSummary,
    Target,
    event_record,
    events_geojson,
    place_record,
    summarise_places,
    write_csv,
    write_geojson,
    write_jsonl,
)
from mapper.publishing.styles import style_kml, write_layer_styles

if TYPE_CHECKING:
    import geopandas
    import numpy
    import pandas

__all__ = [
    "FORMATS_BY_SUFFIX", "EXPORT_FORMATS", "GIS_PLACE_FIELDS", "UNRESOLVED_FIELDS", "format_of", "events_frame",
    "places_frame", "unresolved_frame", "write_events", "write_table", "write_geopackage", "write_kml",
    "export_events",
]  # fmt: skip

log = logging.getLogger(__name__)

FORMATS_BY_SUFFIX: dict[str, str] = {
    ".geojson": "geojson", ".json": "geojson", ".jsonl": "jsonl", ".csv": "csv", ".gpkg": "gpkg", ".kml": "kml",
}  # fmt: skip
"""A file's extension → the format it is written in."""

FILE_ONLY = frozenset({"gpkg", "kml"})
"""Formats GDAL writes: a file, never a stream (a GeoPackage is a database)."""

EXPORT_FORMATS: tuple[str, ...] = ("gpkg", "csv", "kml")
"""The formats :func:`export_events` writes beside a map."""

TIE_FIELDS: tuple[str, ...] = tuple(f"tie_{status}" for status in STATUSES)

GIS_PLACE_FIELDS: tuple[str, ...] = tuple(
    name for field in PLACE_FIELDS for name in (TIE_FIELDS if field == "latest_statuses" else (field,))
)
"""The fields of a place in the GIS files: ``PLACE_FIELDS`` with the tie as three booleans."""

UNRESOLVED_FIELDS: tuple[str, ...] = (
    "id", "document", "surface", "status", "sentence", "sentence_start", "start", "end", "cue", "confidence",
    "event_date", "date_precision", "date_source", "title", "date", "source", "url",
)  # fmt: skip
"""The fields of a name the gazetteer lacks (the ``unresolved`` layer): no place, no position."""

_TYPES: dict[str, str] = {
    **dict.fromkeys(("geonameid", "sentence_start", "start", "end", "candidates", "events", "reports"), "Integer"),
    **dict.fromkeys(("lat", "lon", "confidence"), "Real"),
    **dict.fromkeys(("tie", *TIE_FIELDS), "Boolean"),
    **dict.fromkeys(("event_date", "date", "first_date", "last_date"), "Date"),
}  # fmt: skip
"""Each field's type (any other: ``String``). A place's ``id`` is its geonameid, an Integer."""

_CSVT = {"Boolean": "Integer(Boolean)", "lon": "CoordX", "lat": "CoordY"}
"""Types and fields whose name in a ``.csvt`` file is another."""

_KML_RENAMED = {"start": "mention_start", "end": "mention_end"}
"""Fields renamed in KML, where LIBKML reserves ``begin``, ``end`` and ``timestamp``."""

_WHEN_LENGTHS = {"day": 10, "month": 7, "year": 4}
"""``date_precision`` → how much of an ISO date a KML ``<when>`` keeps (a date, gYearMonth or gYear)."""


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


def _types(fields: Sequence[str], place_ids: bool = False) -> dict[str, str]:
    types = {name: _TYPES.get(name, "String") for name in fields}
    if place_ids:
        types["id"] = "Integer"
    return types


def _frame(records: list[dict[str, Any]], types: Mapping[str, str], points: bool = True) -> geopandas.GeoDataFrame:
    """A GeoDataFrame with one stable dtype per field, and a point per record when ``points``."""
    import geopandas
    import pandas

    columns: dict[str, Any] = {}
    for name, kind in types.items():
        values = [record[name] for record in records]
        if kind == "Integer":
            columns[name] = pandas.array(values, dtype="Int64")
        elif kind == "Real":
            columns[name] = pandas.array(values, dtype="Float64").astype("float64")
        elif kind == "Boolean":
            columns[name] = pandas.array(values, dtype="boolean")
        elif kind == "Date":
            columns[name] = pandas.to_datetime(pandas.Series(values, dtype=object), format="%Y-%m-%d").to_numpy()
        else:
            columns[name] = pandas.array(values, dtype=object)
    if not points:
        return geopandas.GeoDataFrame(columns)
    geometry = geopandas.points_from_xy(
        [record["lon"] for record in records], [record["lat"] for record in records], crs="EPSG:4326"
    )
    return geopandas.GeoDataFrame(columns, geometry=geometry, crs="EPSG:4326")


def _place_rows(summaries: Iterable[PlaceSummary]) -> list[dict[str, Any]]:
    """The records of ``GIS_PLACE_FIELDS``: :func:`place_record` with the tie as booleans."""
    rows = []
    for summary in summaries:
        record = place_record(summary)
        tied = summary.latest_statuses if summary.tie else ()
        record.update({f"tie_{status}": status in tied for status in STATUSES})
        rows.append({name: record[name] for name in GIS_PLACE_FIELDS})
    return rows


def _unresolved(events: Iterable[Event]) -> list[Event]:
    return [event for event in events if event.place is None and event.mention.kind != "foreign"]


def events_frame(events: Iterable[Event]) -> geopandas.GeoDataFrame:
    """One row per resolved event, with the columns of ``EVENT_FIELDS`` and a point geometry.

    ``event_date`` and ``date`` are ``datetime64`` columns (``NaT`` when unknown).

    Events whose name could not be resolved have no position and are left out
    (:func:`unresolved_frame` holds them).
    """
    records = [event_record(event) for event in events if event.place is not None]
    return _frame(records, _types(EVENT_FIELDS))


def places_frame(summaries: Iterable[PlaceSummary]) -> geopandas.GeoDataFrame:
    """One row per place (:func:`~mapper.publishing.features.summarise_places`), columns of
    ``GIS_PLACE_FIELDS`` (``id`` is the geonameid)."""
    return _frame(_place_rows(summaries), _types(GIS_PLACE_FIELDS, place_ids=True))


def unresolved_frame(events: Iterable[Event]) -> pandas.DataFrame:
    """One row per name the gazetteer lacks, with the columns of ``UNRESOLVED_FIELDS`` and no geometry."""
    import pandas

    records = [event_record(event) for event in _unresolved(events)]
    return pandas.DataFrame(_frame(records, _types(UNRESOLVED_FIELDS), points=False))


def _iso_text(column: pandas.Series) -> pandas.Series:
    """A date column as ISO 8601 text (``YYYY-MM-DD``), ``None`` where the date is unknown."""
    text = column.dt.strftime("%Y-%m-%d").astype(object)
    return text.where(column.notna(), None)


def _kml_frame(frame: geopandas.GeoDataFrame) -> geopandas.GeoDataFrame:
    """``frame`` as LIBKML writes it: dates as ISO text, a ``timestamp`` per dated event, no ``end``."""
    import pandas

    dates = [name for name in frame.columns if frame[name].dtype.kind == "M"]
    frame = frame.assign(**{name: _iso_text(frame[name]) for name in dates}).rename(columns=_KML_RENAMED)
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
    folder = target.parent if str(target.parent) else Path(".")
    try:
        scratch = tempfile.TemporaryDirectory(dir=folder, prefix=f".{target.name}.")
    except OSError as exc:
        raise OutputError(f"cannot write '{target}': {exc.strerror or exc}") from exc
    with scratch as name:
        temporary = Path(name) / target.name
        try:
            yield temporary
            with open(temporary, "rb+") as handle:
                os.fsync(handle.fileno())
            os.replace(temporary, target)
        except OSError as exc:
            raise OutputError(f"cannot write '{target}': {exc.strerror or exc}") from exc
        except Exception as exc:  # GDAL's own errors (pyogrio.errors.DataSourceError, ...), sqlite3's
            raise OutputError(f"cannot write '{target}' as {driver}: {exc}") from exc


def write_geopackage(events: Sequence[Event], path: str | Path) -> Path:
    """Write one GeoPackage with the layers ``events``, ``places`` and ``unresolved``, atomically.

    ``events`` and ``places`` (:func:`events_frame`, :func:`places_frame`) are points drawn by
    status in QGIS (a default style in ``layer_styles``); ``unresolved``
    (:func:`unresolved_frame`) is a table without geometry. Dates are ``Date`` fields.

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
    """Write the points of ``frame`` (:func:`events_frame`, :func:`places_frame`) as KML, atomically.

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


def _csvt(path: Path, types: Mapping[str, str]) -> Path:
    """Write GDAL's column-type file for the CSV file ``path``: ``path`` with the suffix ``.csvt``."""
    sidecar = path.with_suffix(".csvt")
    names = [_CSVT.get(name, _CSVT.get(kind, kind)) for name, kind in types.items()]
    with atomic_write(sidecar, "w", encoding="utf-8", newline="") as handle:
        handle.write(",".join(f'"{name}"' for name in names) + "\n")
    return sidecar


def write_table(
    target: Target, records: Iterable[Mapping[str, Any]], types: Mapping[str, str], *, bom: bool = False
) -> list[Path]:
    """Write records as CSV, with its ``.csvt`` file beside it when ``target`` is a path.

    Parameters
    ----------
    target
        A path (written atomically) or an open text stream.
    records
        Records with (at least) the keys of ``types``.
    types
        Field → type (``Integer``, ``Real``, ``Boolean``, ``Date``, ``String``), in column order.
    bom
        Start the CSV with a UTF-8 byte order mark (for Excel).

    Returns
    -------
    list of Path
        The CSV and ``.csvt`` files written; none for a stream.
    """
    write_csv(target, records, list(types), bom=bom)
    if hasattr(target, "write"):
        return []
    path = Path(target)  # type: ignore[arg-type]
    return [path, _csvt(path, types)]


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
        return write_table(target, (event_record(event) for event in events), _types(EVENT_FIELDS), bom=bom)
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
            written += write_table(folder / f"{prefix}places.csv", _place_rows(summarise_places(events)),
                                   _types(GIS_PLACE_FIELDS, place_ids=True), bom=bom)  # fmt: skip
        elif fmt == "kml":
            written.append(write_kml(places_frame(summarise_places(events)), folder / f"{prefix}places.kml", "places"))
    return written
