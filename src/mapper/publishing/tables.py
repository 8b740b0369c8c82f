"""The GIS tables: events, places and unresolved names as typed columns, and CSV with its ``.csvt``.

Every GIS format carries the same records (:func:`~mapper.publishing.features.event_record`,
:func:`~mapper.publishing.features.place_record`) with the same columns and types: integers stay
integers, a missing value is null, dates are dates. Three tables:

- ``events``: one row per resolved event, the fields of ``EVENT_FIELDS`` (its ``id`` is
  :func:`~mapper.publishing.features.event_id`), a point each;
- ``places``: one row per place, the fields of ``GIS_PLACE_FIELDS`` (``id`` is the geonameid), a
  point each. A place's tie (its latest date gives it more than one status) is said by
  ``tie`` and three boolean fields, ``tie_liberated``, ``tie_attacked`` and ``tie_occupied``:
  true for each status of the tie, all false without one (GIS formats have no list type;
  GeoJSON keeps the list, ``latest_statuses``);
- ``unresolved``: one row per name the gazetteer lacks, the fields of ``UNRESOLVED_FIELDS``, no
  geometry.

CSV has one layout wherever it is written (``mapper extract -o x.csv``, ``mapper map --format
csv``): the record's fields, the position in ``lon`` and ``lat``, dates as ISO 8601 text, an
empty cell for null. A ``.csvt`` file beside it gives GDAL and QGIS each column's type
(``"String"``, ``"Integer"``, ``"Real"``, ``"Date"``, ``"Integer(Boolean)"``; ``lon`` and ``lat``
as ``"CoordX"``/``"CoordY"``, so that GDAL reads the rows as points).
"""

from __future__ import annotations

from collections.abc import Iterable, Mapping, Sequence
from pathlib import Path
from typing import TYPE_CHECKING, Any

from mapper._io import atomic_write
from mapper._types import STATUSES
from mapper.model import Event
from mapper.publishing.features import (
    EVENT_FIELDS,
    PLACE_FIELDS,
    PlaceSummary,
    Target,
    event_record,
    place_record,
    write_csv,
)

if TYPE_CHECKING:
    import geopandas
    import pandas

__all__ = [
    "EVENT_TYPES",
    "GIS_PLACE_FIELDS",
    "PLACE_TYPES",
    "TIE_FIELDS",
    "UNRESOLVED_FIELDS",
    "UNRESOLVED_TYPES",
    "events_frame",
    "place_rows",
    "places_frame",
    "unresolved_events",
    "unresolved_frame",
    "write_table",
]  # fmt: skip

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


def _types(fields: Sequence[str], **special: str) -> dict[str, str]:
    """Field → type, in column order; ``special`` types some fields otherwise."""
    return {name: special.get(name) or _TYPES.get(name, "String") for name in fields}


EVENT_TYPES = _types(EVENT_FIELDS)
"""The type of each field of an event (``Integer``, ``Real``, ``Boolean``, ``Date``, ``String``)."""
PLACE_TYPES = _types(GIS_PLACE_FIELDS, id="Integer")
"""The type of each field of a place: its ``id`` is its geonameid."""
UNRESOLVED_TYPES = _types(UNRESOLVED_FIELDS)
"""The type of each field of an unresolved name."""


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


def place_rows(summaries: Iterable[PlaceSummary]) -> list[dict[str, Any]]:
    """The records of ``GIS_PLACE_FIELDS``: :func:`place_record` with the tie as booleans."""
    rows = []
    for summary in summaries:
        record = place_record(summary)
        tied = summary.latest_statuses if summary.tie else ()
        record.update({f"tie_{status}": status in tied for status in STATUSES})
        rows.append({name: record[name] for name in GIS_PLACE_FIELDS})
    return rows


def unresolved_events(events: Iterable[Event]) -> list[Event]:
    """The events of names the gazetteer lacks (not those of places outside Ukraine)."""
    return [event for event in events if event.place is None and event.mention.kind != "foreign"]


def events_frame(events: Iterable[Event]) -> geopandas.GeoDataFrame:
    """One row per resolved event, with the columns of ``EVENT_FIELDS`` and a point geometry.

    ``event_date`` and ``date`` are ``datetime64`` columns (``NaT`` when unknown).

    Events whose name could not be resolved have no position and are left out
    (:func:`unresolved_frame` holds them).
    """
    records = [event_record(event) for event in events if event.place is not None]
    return _frame(records, EVENT_TYPES)


def places_frame(summaries: Iterable[PlaceSummary]) -> geopandas.GeoDataFrame:
    """One row per place (:func:`~mapper.publishing.features.summarise_places`), columns of
    ``GIS_PLACE_FIELDS`` (``id`` is the geonameid)."""
    return _frame(place_rows(summaries), PLACE_TYPES)


def unresolved_frame(events: Iterable[Event]) -> pandas.DataFrame:
    """One row per name the gazetteer lacks, with the columns of ``UNRESOLVED_FIELDS`` and no geometry."""
    import pandas

    records = [event_record(event) for event in unresolved_events(events)]
    return pandas.DataFrame(_frame(records, UNRESOLVED_TYPES, points=False))


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


