"""GIS files: GeoJSON, GeoPackage, CSV and KML read back through GDAL with the same rows and types."""

from __future__ import annotations

import csv
import dataclasses
import datetime as dt
import json
import xml.etree.ElementTree as ET
from pathlib import Path

import geopandas
import pyogrio
import pytest
from _mapfactory import sample_events

from mapper.errors import OutputError
from mapper.model import Event
from mapper.publishing.export import events_frame, export_events, places_frame
from mapper.publishing.gdal import write_geopackage, write_kml
from mapper.publishing.tables import GIS_PLACE_FIELDS
from mapper.publishing.features import (
    EVENT_FIELDS,
    PLACE_FIELDS,
    events_geojson,
    places_geojson,
    summarise_places,
    write_geojson,
)

RESOLVED = 8  # sample_events() has nine events, one of them an unresolved name
PLACES = 5
KML = "{http://www.opengis.net/kml/2.2}"

# (event_date, date_precision, date_source) of the first three sample events; the others are undated
DATED = [
    (dt.date(2022, 9, 10), "day", "sentence"),
    (dt.date(2022, 9, 1), "month", "context"),
    (dt.date(2022, 1, 1), "year", "report"),
]
EVENT_DATES = ["2022-09-10", "2022-09-01", "2022-01-01", None, None, None, None, None]
WHENS = ["2022-09-10", "2022-09", "2022", None, None, None, None, None]


def dated_events() -> list[Event]:
    """sample_events() with a day, a month and a year date on its first three events."""
    events = sample_events()
    for index, (date, precision, source) in enumerate(DATED):
        events[index] = dataclasses.replace(
            events[index], event_date=date, date_precision=precision, date_source=source
        )
    return events


@pytest.fixture(scope="module")
def written(tmp_path_factory: pytest.TempPathFactory) -> Path:
    folder = tmp_path_factory.mktemp("export")
    events = dated_events()
    write_geojson(folder / "events.geojson", events_geojson(events))
    write_geojson(folder / "places.geojson", places_geojson(summarise_places(events)))
    export_events(events, folder, ["gpkg", "csv", "kml"])
    return folder


def _kinds(frame: geopandas.GeoDataFrame) -> dict[str, str]:
    """Each column's kind: i(nteger), f(loat), b(ool), O (text or all-null)."""
    return {name: frame[name].dtype.kind if frame[name].dtype.kind in "ifb" else "O" for name in frame.columns}


def test_geojson_is_rfc7946(written: Path) -> None:
    collection = json.loads((written / "events.geojson").read_text(encoding="utf-8"))
    assert "crs" not in collection
    lon, lat = collection["features"][0]["geometry"]["coordinates"]
    assert (round(lon, 5), round(lat, 5)) == (37.25648, 49.21021)
    assert len(collection["unresolved"]) == 1


@pytest.mark.parametrize("layer,rows,fields", [("events", RESOLVED, EVENT_FIELDS), ("places", PLACES, GIS_PLACE_FIELDS)])
def test_geojson_and_geopackage_read_back_alike(written: Path, layer: str, rows: int, fields: tuple) -> None:
    from_geojson = geopandas.read_file(written / f"{layer}.geojson", engine="pyogrio")
    from_gpkg = geopandas.read_file(written / "events.gpkg", layer=layer, engine="pyogrio")
    assert len(from_geojson) == len(from_gpkg) == rows
    assert list(from_gpkg.columns) == [*fields, "geometry"]
    # the GIS files say a tie by three booleans, GeoJSON by the list of tied statuses
    ties = {"tie_liberated", "tie_attacked", "tie_occupied"}
    assert set(from_geojson.columns) - {"latest_statuses"} == set(from_gpkg.columns) - ties
    geojson_kinds, gpkg_kinds = _kinds(from_geojson), _kinds(from_gpkg)
    # a column that is null in every row (admin2 here) has no type to agree on
    for name in set(fields) - ties:
        if from_gpkg[name].notna().any():
            assert geojson_kinds[name] == gpkg_kinds[name], name
    assert from_gpkg.crs.to_epsg() == 4326
    assert from_gpkg["geonameid"].tolist() == from_geojson["geonameid"].tolist()
    assert from_gpkg.geometry.x.round(6).tolist() == from_geojson.geometry.x.round(6).tolist()


def test_integer_and_float_columns_keep_their_types(written: Path) -> None:
    events = geopandas.read_file(written / "events.gpkg", layer="events")
    for name in ("geonameid", "start", "end", "candidates"):
        assert events[name].dtype.kind == "i", name
    for name in ("lat", "lon", "confidence"):
        assert events[name].dtype.kind == "f", name
    places = geopandas.read_file(written / "events.gpkg", layer="places")
    assert places["tie"].dtype.kind == "b"
    assert places.set_index("name").loc["Izium", "events"] == 3


def test_csv_has_coordinates_and_every_field(written: Path) -> None:
    header = (written / "events.csv").read_text(encoding="utf-8").splitlines()[0].split(",")
    assert header == list(EVENT_FIELDS)  # lon and lat among them, as in 'mapper extract -o x.csv'
    frame = geopandas.read_file(written / "events.csv")
    assert len(frame) == RESOLVED + 1  # and the unresolved name, without a position
    assert frame.geometry.notna().sum() == RESOLVED


def test_kml_holds_one_placemark_per_row(written: Path) -> None:
    text = (written / "places.kml").read_text(encoding="utf-8")
    assert text.count("<Placemark") == PLACES
    fields = {f.get("name"): f.get("type") for f in ET.parse(written / "places.kml").getroot().iter(f"{KML}SimpleField")}
    assert fields["events"] == "int"
    frame = geopandas.read_file(written / "events.kml")
    assert len(frame) == RESOLVED
    assert "Kupiansk" in set(frame["name"] if "name" in frame else frame["Name"])


def test_frames_leave_unresolved_names_out() -> None:
    events = sample_events()
    assert len(events_frame(events)) == RESOLVED
    assert len(places_frame(summarise_places(events))) == PLACES


def test_unknown_format_is_refused(tmp_path: Path) -> None:
    with pytest.raises(ValueError, match="'shp' is not one of gpkg, csv, kml"):
        export_events(sample_events(), tmp_path, ["gpkg", "shp"])
    assert list(tmp_path.iterdir()) == []


@pytest.mark.parametrize("fmt", ["gpkg", "kml"])
def test_failed_write_leaves_the_old_file(tmp_path: Path, monkeypatch: pytest.MonkeyPatch, fmt: str) -> None:
    target = tmp_path / f"events.{fmt}"
    target.write_text("old", encoding="utf-8")
    events = sample_events()
    calls = []

    def fail(*args, **kwargs):
        calls.append(kwargs["layer"])
        if len(calls) > 1 or fmt == "kml":  # GeoPackage: after its first layer is written
            raise RuntimeError("disk full")
        real_write(*args, **kwargs)

    real_write = pyogrio.raw.write
    monkeypatch.setattr(pyogrio.raw, "write", fail)
    with pytest.raises(OutputError, match="events.*disk full"):
        write_geopackage(events, target) if fmt == "gpkg" else write_kml(events_frame(events), target, "events")
    assert target.read_text(encoding="utf-8") == "old"
    assert [p.name for p in tmp_path.iterdir()] == [target.name]


def _ogr_types(path: Path, layer: str | None = None) -> dict[str, str]:
    info = pyogrio.read_info(path, layer=layer)
    return dict(zip(info["fields"], info["ogr_types"], strict=True))


@pytest.mark.parametrize(
    "layer,fields", [("events", ("event_date", "date")), ("places", ("first_date", "last_date", "date"))]
)
def test_geopackage_dates_are_date_fields(written: Path, layer: str, fields: tuple[str, ...]) -> None:
    types = _ogr_types(written / "events.gpkg", layer)
    assert {name: types[name] for name in fields} == dict.fromkeys(fields, "OFTDate")
    assert types["date_precision" if layer == "events" else "status"] == "OFTString"


def test_geopackage_dates_read_back_with_nulls(written: Path) -> None:
    frame = pyogrio.read_dataframe(written / "events.gpkg", layer="events", datetime_as_string=True)
    assert [value if isinstance(value, str) else None for value in frame["event_date"]] == EVENT_DATES
    assert frame["date"].tolist()[:2] == ["2022-09-10", "2022-09-10"]
    assert frame["date_precision"].tolist()[:3] == ["day", "month", "year"]


def test_events_frame_has_datetime_columns() -> None:
    frame = events_frame(dated_events())
    assert frame["event_date"].dtype.kind == frame["date"].dtype.kind == "M"
    assert frame["event_date"].isna().tolist() == [date is None for date in EVENT_DATES]


def test_csv_dates_are_iso_text(written: Path) -> None:
    with (written / "events.csv").open(encoding="utf-8", newline="") as handle:
        rows = [row for row in csv.DictReader(handle) if row["lon"]]
    assert [row["event_date"] or None for row in rows] == EVENT_DATES
    assert {row["date"] for row in rows} == {"2022-09-10", "2022-11-11", "2022-09-12"}
    with (written / "places.csv").open(encoding="utf-8", newline="") as handle:
        places = {row["name"]: row for row in csv.DictReader(handle)}
    assert (places["Izium"]["first_date"], places["Izium"]["last_date"]) == ("2022-09-10", "2022-11-11")


def test_geojson_event_dates_are_iso_text(written: Path) -> None:
    collection = json.loads((written / "events.geojson").read_text(encoding="utf-8"))
    assert [feature["properties"]["event_date"] for feature in collection["features"]] == EVENT_DATES


def test_kml_placemarks_carry_timestamps_at_their_precision(written: Path) -> None:
    root = ET.parse(written / "events.kml").getroot()
    placemarks = list(root.iter(f"{KML}Placemark"))
    assert [mark.findtext(f"{KML}TimeStamp/{KML}when") for mark in placemarks] == WHENS
    assert not any(mark.find(f"{KML}TimeSpan") is not None for mark in placemarks)
    schema_fields = {field.get("name") for field in root.iter(f"{KML}SimpleField")}
    assert {"mention_start", "mention_end", "event_date"} <= schema_fields
    assert not schema_fields & {"begin", "end", "timestamp"}  # LIBKML's reserved names


def test_kml_reads_back_through_gdal_with_times(written: Path) -> None:
    info = pyogrio.read_info(written / "events.kml")
    assert info["driver"] == "LIBKML"
    types = _ogr_types(written / "events.kml")
    assert (types["timestamp"], types["mention_end"]) == ("OFTDateTime", "OFTInteger")
    frame = pyogrio.read_dataframe(written / "events.kml", datetime_as_string=True)
    # GDAL reads a gYearMonth as its first day; it leaves a bare year unread (Google Earth reads it)
    assert [str(value)[:10] for value in frame["timestamp"][:2]] == ["2022-09-10", "2022-09-01"]
    assert frame["timestamp"][3:].isna().all()
    assert frame["event_date"].tolist()[:3] == EVENT_DATES[:3]
    from_gpkg = geopandas.read_file(written / "events.gpkg", layer="events")
    assert frame["mention_end"].tolist() == from_gpkg["end"].tolist()
