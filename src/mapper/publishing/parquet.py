"""Events as GeoParquet: the table analysts load into DuckDB, BigQuery, Spark or geopandas.

One row per resolved event with the columns of the event table
(:func:`~mapper.publishing.tables.events_frame`: ``EVENT_FIELDS`` and a point ``geometry``), as
the GeoPackage's ``events`` layer has them: names the gazetteer lacks have no position and are
left out (the GeoPackage keeps them in its ``unresolved`` layer, GeoJSON in its ``unresolved``
member). The columns keep their types: ``Integer`` fields are ``int64`` (null when unknown),
``Real`` ``double``, ``String`` ``string``, and ``event_date`` and ``date`` are Parquet ``DATE``
columns, so that ``WHERE event_date >= DATE '2022-09-01'`` works as written in SQL engines
(geopandas reads them as :class:`datetime.date` values; pass
``to_pandas_kwargs={"date_as_object": False}`` to get ``datetime64`` columns as
:func:`~mapper.publishing.tables.events_frame` has them). The geometry is WKB, in EPSG:4326
(longitude, latitude), described by GeoParquet's ``geo`` metadata (version 1.1.0).

Events are written in row groups of ``ROW_GROUP`` as they come, so memory is bounded by a row
group, not by the run; the file is written beside its destination and moved into place, so an
interrupted run leaves the previous file whole.
"""

from __future__ import annotations

import functools
import json
import os
from collections.abc import Iterable, Iterator
from contextlib import contextmanager
from itertools import islice
from pathlib import Path
from typing import TYPE_CHECKING, Any

from mapper._io import atomic_write
from mapper.model import Event
from mapper.publishing.tables import EVENT_TYPES, events_frame

if TYPE_CHECKING:
    import geopandas
    import pyarrow
    import pyarrow.parquet

__all__ = [
    "GEOPARQUET_VERSION",
    "ROW_GROUP",
    "events_schema",
    "write_geoparquet",
    "write_geoparquet_frame",
    "write_parquet_events",
]  # fmt: skip

GEOPARQUET_VERSION = "1.1.0"
"""The version of the GeoParquet specification the ``geo`` metadata follows."""

ROW_GROUP = 10_000
"""Events per Parquet row group: written, and freed, together."""

_ARROW_TYPES = {"Integer": "int64", "Real": "float64", "Boolean": "bool_", "Date": "date32", "String": "string"}
"""Each type of :data:`~mapper.publishing.tables.EVENT_TYPES` → the pyarrow type constructor that holds it."""


@functools.cache
def events_schema() -> pyarrow.Schema:
    """The Arrow schema of the events table: the typed columns, a WKB ``geometry``, GeoParquet's metadata.

    Every file gets this schema whatever its events, so a column that is null in every row
    (``url`` of reports without one) is still ``string``, and files written apart (the parts
    of a partitioned dataset) read as one table.
    """
    import pyarrow

    fields = [pyarrow.field(name, getattr(pyarrow, _ARROW_TYPES[kind])()) for name, kind in EVENT_TYPES.items()]
    schema = pyarrow.schema([*fields, pyarrow.field("geometry", pyarrow.binary())])
    # pandas' metadata records the nullable integers as Int64, so that geopandas reads them back as such
    empty = _arrow_ready(events_frame([])).astype({name: "string" for name, kind in EVENT_TYPES.items() if kind == "String"})
    pandas_metadata = pyarrow.Schema.from_pandas(empty, preserve_index=False).metadata
    return schema.with_metadata({**pandas_metadata, b"geo": json.dumps(_geo_metadata()).encode()})


def _geo_metadata() -> dict[str, Any]:
    """GeoParquet's ``geo`` member: one WKB point column in EPSG:4326 (no bbox: events come as a stream)."""
    import pyproj

    column = {"encoding": "WKB", "geometry_types": ["Point"], "crs": pyproj.CRS.from_epsg(4326).to_json_dict()}
    return {"version": GEOPARQUET_VERSION, "primary_column": "geometry", "columns": {"geometry": column}}


def _arrow_ready(frame: geopandas.GeoDataFrame) -> Any:
    """``frame`` as a plain DataFrame Arrow converts as it is: the geometry as WKB bytes."""
    import pandas

    data = pandas.DataFrame(frame.drop(columns=frame.geometry.name))
    data["geometry"] = frame.geometry.to_wkb().to_numpy()
    return data


def _table(frame: geopandas.GeoDataFrame) -> pyarrow.Table:
    """The Arrow table of an events frame, in :func:`events_schema` (dates become ``DATE``)."""
    import pyarrow

    schema = events_schema()
    return pyarrow.Table.from_pandas(_arrow_ready(frame), schema=schema, preserve_index=False).replace_schema_metadata(
        schema.metadata
    )


@contextmanager
def _parquet_writer(path: str | os.PathLike[str]) -> Iterator[pyarrow.parquet.ParquetWriter]:
    """A Parquet writer on a temporary file that replaces ``path`` when the block ends without error."""
    import pyarrow.parquet

    with atomic_write(path, "wb") as handle, pyarrow.parquet.ParquetWriter(handle, events_schema()) as writer:
        yield writer


def _chunks(events: Iterable[Event], size: int) -> Iterator[list[Event]]:
    items = iter(events)
    while chunk := list(islice(items, size)):
        yield chunk


def write_geoparquet(events: Iterable[Event], path: str | os.PathLike[str], *, row_group: int = ROW_GROUP) -> Path:
    """Write events as one GeoParquet file, atomically, a row group at a time.

    Parameters
    ----------
    events
        Events, e.g. from :func:`mapper.extract_reports`; read once, as they come. Those
        without a place (names the gazetteer lacks) are left out, as in the GeoPackage's
        ``events`` layer.
    path
        The file to write (``events.parquet``); its folder must exist.
    row_group
        Events per row group: how many are held in memory at once.

    Returns
    -------
    Path
        The file written: ``path``, now holding every row group.

    Raises
    ------
    OutputError
        If the file cannot be written; an old file at ``path`` stays whole.

    Examples
    --------
    >>> write_geoparquet(mapper.extract_reports(reports, gaz), "events.parquet")  # doctest: +SKIP
    >>> geopandas.read_parquet("events.parquet").crs.to_epsg()  # doctest: +SKIP
    4326
    """
    located = (event for event in events if event.place is not None)
    with _parquet_writer(path) as writer:
        for chunk in _chunks(located, row_group):
            writer.write_table(_table(events_frame(chunk)))
    return Path(path)


def write_geoparquet_frame(frame: geopandas.GeoDataFrame, path: str | os.PathLike[str]) -> Path:
    """Write a frame of events (the columns of :func:`~mapper.publishing.tables.events_frame`) as
    GeoParquet, atomically: one part of a partitioned dataset (:func:`mapper.dask.to_geoparquet`).

    Raises
    ------
    OutputError
        If the file cannot be written; an old file at ``path`` stays whole.
    """
    with _parquet_writer(path) as writer:
        writer.write_table(_table(frame))
    return Path(path)


def write_parquet_events(events: Iterable[Event], target: str | os.PathLike[str], bom: bool = False) -> list[Path]:
    """:func:`write_geoparquet` as a writer of :data:`mapper.publishing.export.WRITERS`: the files
    written (``bom`` is CSV's, and ignored)."""
    return [write_geoparquet(events, target)]
