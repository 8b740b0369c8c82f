"""The GIS files as QGIS and GDAL see them: one GeoPackage of three layers with its styles, KML
styled by status, CSV with its .csvt, and feature ids that are the same in every format and run."""

from __future__ import annotations

import contextlib
import csv
import dataclasses
import json
import re
import sqlite3
import xml.etree.ElementTree as ET
from importlib.resources import files
from pathlib import Path

import pyogrio
import pytest
from _mapfactory import IZIUM, SEPTEMBER, event, sample_events

from mapper.publishing.export import FORMATS_BY_SUFFIX, format_of, write_events
from mapper.publishing.features import EVENT_FIELDS, event_id, events_geojson, places_geojson, summarise_places
from mapper.publishing.styles import STATUS_SYMBOLS, qml, sld
from mapper.publishing.tables import UNRESOLVED_FIELDS

KML = "{http://www.opengis.net/kml/2.2}"
RESOLVED, PLACES, UNRESOLVED = 8, 5, 1


@pytest.fixture(scope="module")
def gpkg(tmp_path_factory: pytest.TempPathFactory) -> Path:
    path = tmp_path_factory.mktemp("gpkg") / "events.gpkg"
    assert write_events(sample_events(), path) == [path]
    return path


def _styles(path: Path) -> list[tuple]:
    with contextlib.closing(sqlite3.connect(path)) as db:
        return db.execute(
            "SELECT f_table_catalog, f_table_schema, f_table_name, f_geometry_column, styleName, styleQML, "
            "styleSLD, useAsDefault, update_time FROM layer_styles ORDER BY id"
        ).fetchall()


def test_geopackage_has_three_layers_and_the_styles_table(gpkg: Path) -> None:
    layers = {name: kind for name, kind in pyogrio.list_layers(gpkg)}
    assert layers == {"events": "Point", "places": "Point", "unresolved": None, "layer_styles": None}
    counts = {name: pyogrio.read_info(gpkg, layer=name)["features"] for name in layers}
    assert counts == {"events": RESOLVED, "places": PLACES, "unresolved": UNRESOLVED, "layer_styles": 2}


def test_unresolved_layer_is_a_table_of_names(gpkg: Path) -> None:
    info = pyogrio.read_info(gpkg, layer="unresolved")
    assert info["geometry_type"] is None and list(info["fields"]) == list(UNRESOLVED_FIELDS)
    types = dict(zip(info["fields"], info["ogr_types"], strict=True))
    assert (types["event_date"], types["date"], types["start"]) == ("OFTDate", "OFTDate", "OFTInteger64")
    frame = pyogrio.read_dataframe(gpkg, layer="unresolved", read_geometry=False)
    assert frame["surface"].tolist() == ["Hlybokyi Yar"] and frame["document"].tolist() == ["september.txt"]


def test_layer_styles_are_qgis_default_styles_by_status(gpkg: Path) -> None:
    rows = _styles(gpkg)
    assert [(row[2], row[3], row[7]) for row in rows] == [("events", "geom", 1), ("places", "geom", 1)]
    assert all(row[0] == row[1] == "" for row in rows)  # catalog and schema: empty in a GeoPackage
    assert re.fullmatch(r"\d{4}-\d\d-\d\dT\d\d:\d\d:\d\d\.\d{3}Z", rows[0][8])
    geometry_column = pyogrio.read_info(gpkg, layer="events")["geometry_name"]
    assert rows[0][3] == geometry_column
    with contextlib.closing(sqlite3.connect(gpkg)) as db:
        kind = db.execute("SELECT data_type FROM gpkg_contents WHERE table_name = 'layer_styles'").fetchone()
    assert kind == ("attributes",)  # registered, or QGIS would not find the styles


def _categories(document: str) -> dict[str, str]:
    """Category value → the colour of its symbol, read from a QML document."""
    root = ET.fromstring(document.split("\n", 1)[1])
    renderer = root.find("renderer-v2")
    assert renderer is not None and renderer.get("type") == "categorizedSymbol" and renderer.get("attr") == "status"
    colours = {}
    for symbol in renderer.iter("symbol"):
        (option,) = [o for o in symbol.iter("Option") if o.get("name") == "color"]
        colours[symbol.get("name")] = option.get("value")
    return {c.get("value"): colours[c.get("symbol")] for c in renderer.iter("category")}


def test_qml_colours_each_status_as_the_map_does(gpkg: Path) -> None:
    assert _categories(_styles(gpkg)[0][5]) == {
        "liberated": "0,114,178,255", "occupied": "184,78,0,255", "attacked": "230,159,0,255", "": "107,107,107,255",
    }  # fmt: skip
    css = files("mapper").joinpath("assets/mapper.css").read_text(encoding="utf-8")
    for symbol in STATUS_SYMBOLS:  # the same colours as the map's markers
        found = re.search(rf"\.mapper-{symbol.key} \{{ background: (#[0-9A-Fa-f]{{6}})", css)
        assert found and found.group(1).upper() == symbol.colour.upper(), symbol.key


def test_sld_has_a_rule_per_status() -> None:
    root = ET.fromstring(sld("events"))
    se = "{http://www.opengis.net/se}"
    assert [rule.findtext(f"{se}Name") for rule in root.iter(f"{se}Rule")] == ["liberated", "occupied", "attacked", "none"]
    assert "PropertyIsNull" in sld("events") and qml().startswith("<!DOCTYPE qgis")


@pytest.mark.parametrize("layer,fields", [("events", ("event_date", "date")),
                                          ("places", ("first_date", "last_date", "event_date", "date"))])  # fmt: skip
def test_geopackage_dates_stay_date_fields(gpkg: Path, layer: str, fields: tuple[str, ...]) -> None:
    info = pyogrio.read_info(gpkg, layer=layer)
    types = dict(zip(info["fields"], info["ogr_types"], strict=True))
    assert {name: types[name] for name in fields} == dict.fromkeys(fields, "OFTDate")


def test_ties_are_three_boolean_fields(tmp_path: Path) -> None:
    # Izium liberated and attacked in the same report, on its date: a tie
    events = [event(SEPTEMBER, "Izium", IZIUM, "liberated"), event(SEPTEMBER, "Izium", IZIUM, "attacked")]
    events[1] = dataclasses.replace(events[1], mention=dataclasses.replace(events[1].mention, start=100, end=105))
    write_events(events, tmp_path / "tie.gpkg")
    info = pyogrio.read_info(tmp_path / "tie.gpkg", layer="places")
    types = dict(zip(info["fields"], info["ogr_subtypes"], strict=True))
    assert {types[name] for name in ("tie", "tie_liberated", "tie_attacked", "tie_occupied")} == {"OFSTBoolean"}
    assert "latest_statuses" not in types
    row = pyogrio.read_dataframe(tmp_path / "tie.gpkg", layer="places").iloc[0]
    assert (row["tie"], row["tie_liberated"], row["tie_attacked"], row["tie_occupied"]) == (True, True, True, False)
    assert row["status"] == "attacked"


def test_kml_has_a_style_per_status_and_each_placemark_its_own(tmp_path: Path) -> None:
    events = sample_events()
    write_events(events, tmp_path / "events.kml")
    root = ET.parse(tmp_path / "events.kml").getroot()
    styles = {style.get("id"): style.findtext(f"{KML}IconStyle/{KML}color") for style in root.iter(f"{KML}Style")}
    assert styles == {"status-liberated": "ffb27200", "status-occupied": "ff004eb8", "status-attacked": "ff009fe6",
                      "status-none": "ff6b6b6b"}  # fmt: skip
    placemarks = list(root.iter(f"{KML}Placemark"))
    resolved = [e for e in events if e.place is not None]
    assert [mark.findtext(f"{KML}styleUrl") for mark in placemarks] == [f"#status-{e.status or 'none'}" for e in resolved]
    assert [mark.get("id") for mark in placemarks] == [event_id(e) for e in resolved]
    frame = pyogrio.read_dataframe(tmp_path / "events.kml")  # GDAL still reads it, ids and all
    assert frame["id"].tolist() == [event_id(e) for e in resolved] and len(frame) == RESOLVED


def test_csv_has_lon_lat_a_csvt_and_reads_as_points(tmp_path: Path) -> None:
    path = tmp_path / "events.csv"
    assert write_events(sample_events(), path) == [path, tmp_path / "events.csvt"]
    with path.open(encoding="utf-8", newline="") as handle:
        assert next(csv.reader(handle)) == list(EVENT_FIELDS)
    csvt = next(csv.reader((tmp_path / "events.csvt").read_text(encoding="utf-8").splitlines()))
    types = dict(zip(EVENT_FIELDS, csvt, strict=True))
    assert (types["id"], types["geonameid"], types["confidence"], types["event_date"]) == (
        "String", "Integer", "Real", "Date")  # fmt: skip
    assert (types["lon"], types["lat"]) == ("CoordX", "CoordY")
    info = pyogrio.read_info(path)
    assert info["geometry_type"] == "Point" and info["features"] == RESOLVED + UNRESOLVED
    ogr = dict(zip(info["fields"], info["ogr_types"], strict=True))
    assert (ogr["geonameid"], ogr["date"], ogr["confidence"]) == ("OFTInteger", "OFTDate", "OFTReal")


def test_bom_is_asked_for_and_gdal_skips_it(tmp_path: Path) -> None:
    write_events(sample_events(), tmp_path / "plain.csv")
    write_events(sample_events(), tmp_path / "excel.csv", bom=True)
    assert not (tmp_path / "plain.csv").read_bytes().startswith(b"\xef\xbb\xbf")
    assert (tmp_path / "excel.csv").read_bytes().startswith(b"\xef\xbb\xbfid,document,")
    assert list(pyogrio.read_info(tmp_path / "excel.csv")["fields"])[0] == "id"


def test_ids_are_stable_and_the_same_in_every_format(tmp_path: Path, gpkg: Path) -> None:
    events = sample_events()
    ids = [event_id(e) for e in events if e.place is not None]
    assert ids[0] == "september.txt:24-29:liberated"
    assert len(set(ids)) == len(ids)
    assert [event_id(e) for e in sample_events() if e.place is not None] == ids  # a second run: the same ids
    collection = events_geojson(events)
    assert [feature["id"] for feature in collection["features"]] == ids
    assert pyogrio.read_dataframe(gpkg, layer="events")["id"].tolist() == ids
    write_events(events, tmp_path / "events.geojson")
    assert pyogrio.read_dataframe(tmp_path / "events.geojson")["id"].tolist() == ids
    places = places_geojson(summarise_places(events))
    assert [feature["id"] for feature in places["features"]] == [f["properties"]["geonameid"] for f in places["features"]]
    assert pyogrio.read_dataframe(gpkg, layer="places")["id"].tolist() == [f["id"] for f in places["features"]]


def test_mention_without_status_has_an_id_without_one() -> None:
    no_status = sample_events()[-1]
    assert no_status.status is None and event_id(no_status) == "hostile.txt:69-74"


@pytest.mark.parametrize("name,fmt", [("e.geojson", "geojson"), ("e.JSON", "geojson"), ("e.jsonl", "jsonl"),
                                      ("e.csv", "csv"), ("e.gpkg", "gpkg"), ("e.kml", "kml")])  # fmt: skip
def test_format_follows_the_extension(tmp_path: Path, name: str, fmt: str) -> None:
    assert format_of(name) == fmt
    path = tmp_path / name
    write_events(sample_events(), path)
    if fmt == "jsonl":
        assert json.loads(path.read_text(encoding="utf-8").splitlines()[0])["id"] == "september.txt:24-29:liberated"
    else:
        assert pyogrio.read_info(path, layer=0)["driver"] == {"geojson": "GeoJSON", "csv": "CSV", "gpkg": "GPKG",
                                                     "kml": "LIBKML"}[fmt]  # fmt: skip


@pytest.mark.parametrize("name", ["events.txt", "events.shp", "events", "events.gpkg.tmp"])
def test_other_extensions_are_refused_naming_those_accepted(tmp_path: Path, name: str) -> None:
    with pytest.raises(ValueError, match=re.escape(name)) as error:
        write_events(sample_events(), tmp_path / name)
    assert all(suffix in str(error.value) for suffix in FORMATS_BY_SUFFIX)
    assert list(tmp_path.iterdir()) == []


def test_geopackage_is_version_1_2_for_older_gdal(gpkg: Path) -> None:
    with contextlib.closing(sqlite3.connect(gpkg)) as db:
        assert db.execute("PRAGMA user_version").fetchone() == (10200,)
        assert db.execute("PRAGMA application_id").fetchone() == (0x47504B47,)  # 'GPKG'
        assert db.execute("PRAGMA integrity_check").fetchone() == ("ok",)


_QGIS_CHECK = """
import json, sys
from qgis.core import QgsApplication, QgsVectorLayer
app = QgsApplication([], False)
app.initQgis()
found = {}
for name in ("events", "places"):
    layer = QgsVectorLayer(f"{sys.argv[1]}|layername={name}", name, "ogr")
    renderer = layer.renderer()
    found[name] = [renderer.type(), renderer.classAttribute(),
                   {c.value(): c.symbol().color().name() for c in renderer.categories()}]
print(json.dumps(found))
"""


def _system_qgis() -> str | None:
    """A Python with QGIS's bindings (Debian's python3-qgis), if this machine has one."""
    import subprocess

    for python in ("/usr/bin/python3",):
        if Path(python).is_file() and subprocess.run([python, "-c", "import qgis.core"], capture_output=True).returncode == 0:
            return python
    return None


def _in_qgis(script: str, gpkg: Path):
    """Run ``script`` on ``gpkg`` in the system's Python with QGIS (offscreen); skip where there is none."""
    import subprocess

    python = _system_qgis()
    if python is None:
        pytest.skip("no QGIS Python bindings on this machine (apt-get install python3-qgis)")
    env = {"QT_QPA_PLATFORM": "offscreen", "HOME": str(gpkg.parent), "PATH": "/usr/bin:/bin"}
    done = subprocess.run([python, "-c", script, str(gpkg)], capture_output=True, text=True, env=env, timeout=120)
    assert done.returncode == 0, done.stderr
    return done


@pytest.mark.slow
def test_qgis_opens_the_layers_coloured_by_status(gpkg: Path) -> None:
    done = _in_qgis(_QGIS_CHECK, gpkg)
    found = json.loads(done.stdout.strip().splitlines()[-1])
    colours = {symbol.status or "": symbol.colour.lower() for symbol in STATUS_SYMBOLS}
    assert found == {layer: ["categorizedSymbol", "status", colours] for layer in ("events", "places")}
    assert "partially supported" not in done.stderr


def test_kml_places_are_placemarks_named_by_geonameid(tmp_path: Path) -> None:
    from mapper.publishing.export import export_events

    events = sample_events()
    export_events(events, tmp_path, ["kml"])
    root = ET.parse(tmp_path / "places.kml").getroot()
    summaries = summarise_places(events)
    assert [mark.get("id") for mark in root.iter(f"{KML}Placemark")] == [str(s.place.geonameid) for s in summaries]
    assert [mark.findtext(f"{KML}styleUrl") for mark in root.iter(f"{KML}Placemark")] == [
        f"#status-{s.status}" for s in summaries
    ]
    fields = {field.get("name"): field.get("type") for field in root.iter(f"{KML}SimpleField")}
    assert {name: fields[name] for name in ("tie", "tie_liberated", "tie_attacked", "tie_occupied")} == dict.fromkeys(
        ("tie", "tie_liberated", "tie_attacked", "tie_occupied"), "bool"
    )


def test_the_events_style_shows_them_in_time_by_their_own_date(gpkg: Path) -> None:
    """The events layer's default style carries QGIS's temporal settings: each event shown from the
    day it happened (event_date), accumulating, as the map's slider does; places have none."""
    with contextlib.closing(sqlite3.connect(gpkg)) as db:
        styles = dict(db.execute("SELECT f_table_name, styleQML FROM layer_styles").fetchall())
    temporal = ET.fromstring(styles["events"].split("\n", 1)[1]).find("temporal")
    assert temporal is not None
    assert {k: temporal.get(k) for k in ("enabled", "mode", "startField", "accumulate")} == {
        "enabled": "1", "mode": "1", "startField": "event_date", "accumulate": "1"}
    assert ET.fromstring(styles["places"].split("\n", 1)[1]).find("temporal") is None


_QGIS_TEMPORAL = """
import json, sqlite3, sys
from qgis.core import QgsApplication, QgsVectorLayer
from qgis.PyQt.QtXml import QDomDocument
app = QgsApplication([], False)
app.initQgis()
layer = QgsVectorLayer(f"{sys.argv[1]}|layername=events", "events", "ogr")
document = QDomDocument()
document.setContent(sqlite3.connect(sys.argv[1]).execute(
    "SELECT styleQML FROM layer_styles WHERE f_table_name = 'events'").fetchone()[0])
layer.importNamedStyle(document)
properties = layer.temporalProperties()
print(json.dumps([properties.isActive(), properties.startField(), properties.accumulateFeatures(),
                  layer.fields().field("event_date").typeName()]))
"""


@pytest.mark.slow
def test_qgis_reads_the_temporal_settings(gpkg: Path) -> None:
    """QGIS (3.22 here) takes the style's temporal settings: the temporal controller shows the
    events by event_date, a Date field. (On opening a layer, QGIS 3.22's OGR provider leaves the
    layer's temporal switch off, with these settings filled in: one click turns it on.)"""
    done = _in_qgis(_QGIS_TEMPORAL, gpkg)
    assert json.loads(done.stdout.strip().splitlines()[-1]) == [True, "event_date", True, "Date"]
