"""How the GIS files look: one symbol per status, for QGIS (``layer_styles``) and for KML.

The symbols are the map's (``assets/mapper.css``): liberated a blue circle, occupied a
vermilion square, attacked an orange diamond, a mention without a status a grey circle. The
colours are Okabe and Ito's (darkened where white text must stand on them), which colour-blind
readers tell apart, and the shapes say the status again without colour.

A GeoPackage carries its styles in QGIS's ``layer_styles`` table: one row per layer, a QML
document (a categorized renderer on ``status``, which QGIS applies when it opens the layer) and
an SLD document (the same rules, for other tools). :func:`write_layer_styles` adds the table to
a GeoPackage GDAL has written and registers it in ``gpkg_contents`` as an attribute table, as
QGIS does, or QGIS would not find it. :func:`style_kml` gives a KML file written by GDAL a
``<Style>`` per status and each placemark the ``<styleUrl>`` of its own.
"""

from __future__ import annotations

import contextlib
import datetime as dt
import sqlite3
import xml.etree.ElementTree as ET
from collections.abc import Mapping
from dataclasses import dataclass
from pathlib import Path
from xml.sax.saxutils import escape, quoteattr

__all__ = ["StatusSymbol", "STATUS_SYMBOLS", "qml", "sld", "write_layer_styles", "style_kml"]


@dataclass(frozen=True, slots=True)
class StatusSymbol:
    """How one status is drawn: ``status`` (``None``: no status), its legend ``label``, its
    ``colour`` (``#RRGGBB``) and ``shape`` (a QGIS simple-marker name)."""

    status: str | None
    label: str
    colour: str
    shape: str

    @property
    def key(self) -> str:
        """The status, or ``"none"``: a name for the style."""
        return self.status or "none"


STATUS_SYMBOLS: tuple[StatusSymbol, ...] = (
    StatusSymbol("liberated", "Liberated", "#0072B2", "circle"),
    StatusSymbol("occupied", "Occupied (held by Russian forces)", "#B84E00", "square"),
    StatusSymbol("attacked", "Attacked", "#E69F00", "diamond"),
    StatusSymbol(None, "Mentioned, no status", "#6B6B6B", "circle"),
)
"""The symbols of the map's legend, in its order; the colours are those of ``mapper.css``."""

MARKER_SIZE_MM = 3.0

_LAYER_STYLES_TABLE = """
CREATE TABLE layer_styles (
    id INTEGER PRIMARY KEY AUTOINCREMENT,
    f_table_catalog TEXT(256), f_table_schema TEXT(256), f_table_name TEXT(256),
    f_geometry_column TEXT(256), styleName TEXT(30), styleQML TEXT, styleSLD TEXT,
    useAsDefault BOOLEAN, description TEXT, owner TEXT(30), ui TEXT(30),
    update_time DATETIME DEFAULT (strftime('%Y-%m-%dT%H:%M:%fZ', 'now'))
)"""
"""QGIS's own layout of the table (the names QGIS and GDAL look the styles up by)."""


def _rgba(colour: str) -> str:
    """``#0072B2`` as QGIS writes a colour: ``0,114,178,255``."""
    red, green, blue = (int(colour[i : i + 2], 16) for i in (1, 3, 5))
    return f"{red},{green},{blue},255"


def _marker(index: int, symbol: StatusSymbol) -> str:
    """One QGIS marker symbol: its properties both as QGIS 3.26+ writes them (``Option``) and as
    earlier versions read them (``prop``)."""
    properties = {
        "name": symbol.shape,
        "color": _rgba(symbol.colour),
        "outline_color": "255,255,255,255",
        "outline_style": "solid",
        "outline_width": "0.4",
        "outline_width_unit": "MM",
        "size": str(MARKER_SIZE_MM),
        "size_unit": "MM",
    }
    options = "".join(f'<Option name="{k}" type="QString" value="{v}"/>' for k, v in properties.items())
    props = "".join(f'<prop k="{k}" v="{v}"/>' for k, v in properties.items())
    return (
        f'<symbol type="marker" name="{index}" alpha="1" clip_to_extent="1" force_rhr="0">'
        f'<layer class="SimpleMarker" enabled="1" locked="0" pass="0">'
        f'<Option type="Map">{options}</Option>{props}</layer></symbol>'
    )


def _temporal(start: str | None, end: str | None) -> str:
    """QGIS's temporal properties: features shown from the date of ``start`` (to that of ``end``),
    accumulating: each day shows every event up to it, as the map's slider does."""
    if start is None:
        return ""
    mode = 2 if end else 1  # from the start and end fields, or an instant from one field
    return (f'<temporal enabled="1" mode="{mode}" startField={quoteattr(start)} endField={quoteattr(end or "")} '
            'durationField="" durationUnit="d" fixedDuration="0" accumulate="1" startExpression="" '
            'endExpression="" limitMode="0"/>')  # fmt: skip


def qml(field: str = "status", *, start: str | None = None, end: str | None = None) -> str:
    """A QGIS style (QML) drawing points by ``field``, one category per status, and, with
    ``start``, shown in time by QGIS's temporal controller from the date field ``start`` (an
    instant) or from ``start`` to ``end``.

    The category of no status has the empty value, which QGIS gives every other value,
    ``NULL`` included.

    Returns
    -------
    str
        The QML document.
    """
    categories = "".join(
        f'<category render="true" symbol="{index}" value={quoteattr(symbol.status or "")} '
        f'label={quoteattr(symbol.label)} type="string"/>'
        for index, symbol in enumerate(STATUS_SYMBOLS)
    )
    symbols = "".join(_marker(index, symbol) for index, symbol in enumerate(STATUS_SYMBOLS))
    return (
        "<!DOCTYPE qgis PUBLIC 'http://mrcc.com/qgis.dtd' 'SYSTEM'>\n"
        f'<qgis version="3.28.0" styleCategories="Symbology{"|Temporal" if start else ""}">'
        f'<renderer-v2 type="categorizedSymbol" attr={quoteattr(field)} symbollevels="0" '
        'enableorderby="0" forceraster="0">'
        f"<categories>{categories}</categories><symbols>{symbols}</symbols></renderer-v2>"
        f"{_temporal(start, end)}<layerGeometryType>0</layerGeometryType></qgis>\n"
    )


def _sld_rule(symbol: StatusSymbol, field: str) -> str:
    prop = f"<ogc:PropertyName>{escape(field)}</ogc:PropertyName>"
    if symbol.status is None:
        test = f"<ogc:PropertyIsNull>{prop}</ogc:PropertyIsNull>"
    else:
        test = f"<ogc:PropertyIsEqualTo>{prop}<ogc:Literal>{symbol.status}</ogc:Literal></ogc:PropertyIsEqualTo>"
    # SLD has no diamond: a square turned by 45 degrees
    shape, rotation = ("square", "<se:Rotation>45</se:Rotation>") if symbol.shape == "diamond" else (symbol.shape, "")
    return (
        f"<se:Rule><se:Name>{symbol.key}</se:Name>"
        f"<se:Description><se:Title>{escape(symbol.label)}</se:Title></se:Description>"
        f"<ogc:Filter>{test}</ogc:Filter>"
        f"<se:PointSymbolizer><se:Graphic><se:Mark><se:WellKnownName>{shape}</se:WellKnownName>"
        f'<se:Fill><se:SvgParameter name="fill">{symbol.colour}</se:SvgParameter></se:Fill>'
        '<se:Stroke><se:SvgParameter name="stroke">#FFFFFF</se:SvgParameter></se:Stroke>'
        f"</se:Mark><se:Size>11</se:Size>{rotation}</se:Graphic></se:PointSymbolizer></se:Rule>"
    )


def sld(layer: str, field: str = "status") -> str:
    """The same style as :func:`qml`, as an OGC Styled Layer Descriptor (SLD 1.1) for ``layer``."""
    rules = "".join(_sld_rule(symbol, field) for symbol in STATUS_SYMBOLS)
    return (
        '<?xml version="1.0" encoding="UTF-8"?>\n'
        '<StyledLayerDescriptor version="1.1.0" xmlns="http://www.opengis.net/sld" '
        'xmlns:ogc="http://www.opengis.net/ogc" xmlns:se="http://www.opengis.net/se">'
        f"<NamedLayer><se:Name>{escape(layer)}</se:Name><UserStyle><se:Name>{escape(layer)}</se:Name>"
        f"<se:FeatureTypeStyle>{rules}</se:FeatureTypeStyle></UserStyle></NamedLayer>"
        "</StyledLayerDescriptor>\n"
    )


def _now() -> str:
    """The time as GeoPackage wants it in ``last_change``: ISO 8601, UTC, milliseconds, ``Z``."""
    return dt.datetime.now(dt.timezone.utc).strftime("%Y-%m-%dT%H:%M:%S.%f")[:-3] + "Z"


TEMPORAL_FIELDS = {"events": "event_date"}
"""The date field by which QGIS's temporal controller shows each layer (events by the day they happened)."""


def write_layer_styles(path: str | Path, layers: Mapping[str, str]) -> None:
    """Add QGIS's ``layer_styles`` table to a GeoPackage: the default style of each layer.

    Parameters
    ----------
    path
        A GeoPackage written by GDAL, without a ``layer_styles`` table.
    layers
        Layer name → its geometry column (``geom`` as GDAL writes it); each is drawn by its
        ``status`` field (:func:`qml`, :func:`sld`).

    Raises
    ------
    sqlite3.Error
        When the file is not a GeoPackage or already has the table.
    """
    now = _now()
    rows = [
        ("", "", layer, column, f"{layer} by status", qml(start=TEMPORAL_FIELDS.get(layer)), sld(layer), True,
         f"{layer} drawn by status, as on mapper's map", "mapper", None, now)
        for layer, column in layers.items()
    ]  # fmt: skip
    with contextlib.closing(sqlite3.connect(path)) as db, db:
        db.execute(_LAYER_STYLES_TABLE)
        db.execute(
            "INSERT INTO gpkg_contents (table_name, data_type, identifier, description, last_change) "
            "VALUES ('layer_styles', 'attributes', 'layer_styles', 'QGIS layer styles', ?)",
            (now,),
        )
        db.executemany(
            "INSERT INTO layer_styles (f_table_catalog, f_table_schema, f_table_name, f_geometry_column, "
            "styleName, styleQML, styleSLD, useAsDefault, description, owner, ui, update_time) "
            "VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)",
            rows,
        )


KML_NS = "http://www.opengis.net/kml/2.2"
_K = f"{{{KML_NS}}}"
_ICONS = {
    "circle": "https://maps.google.com/mapfiles/kml/shapes/placemark_circle.png",
    "square": "https://maps.google.com/mapfiles/kml/shapes/placemark_square.png",
    "diamond": "https://maps.google.com/mapfiles/kml/shapes/open-diamond.png",
}
"""Google Earth's white icons of the map's shapes, which a ``<color>`` tints."""

_BEFORE_STYLE_URL = {f"{_K}{tag}" for tag in ("name", "visibility", "open", "address", "phoneNumber", "Snippet",
                                              "description", "LookAt", "Camera", "TimeStamp", "TimeSpan")}  # fmt: skip
"""The elements a placemark holds before its ``<styleUrl>`` (the order of the KML 2.2 schema)."""


def _kml_colour(colour: str) -> str:
    """``#0072B2`` as KML writes a colour: opacity, blue, green, red (``ffb27200``)."""
    return f"ff{colour[5:7]}{colour[3:5]}{colour[1:3]}".lower()


def _kml_style(symbol: StatusSymbol) -> ET.Element:
    style = ET.Element(f"{_K}Style", id=f"status-{symbol.key}")
    icon_style = ET.SubElement(style, f"{_K}IconStyle")
    ET.SubElement(icon_style, f"{_K}color").text = _kml_colour(symbol.colour)
    ET.SubElement(ET.SubElement(icon_style, f"{_K}Icon"), f"{_K}href").text = _ICONS[symbol.shape]
    return style


def style_kml(path: str | Path, field: str = "status") -> None:
    """Give a KML file a ``<Style>`` per status and each placemark the one of its ``field``.

    The styles go into the file's outer ``<Document>`` (ids ``status-liberated``,
    ``status-attacked``, ``status-occupied``, ``status-none``); a placemark whose ``field`` is
    empty takes ``status-none``. The file is rewritten in place: call it on a file not yet in
    its final place.
    """
    namespaces = dict(node for _, node in ET.iterparse(path, events=("start-ns",)))
    for prefix, uri in namespaces.items():
        ET.register_namespace(prefix, uri)
    tree = ET.parse(path)
    document = tree.getroot().find(f"{_K}Document")
    if document is None:
        raise ValueError(f"'{path}' is not a KML document")
    first = next((i for i, child in enumerate(document) if child.tag not in _BEFORE_STYLE_URL), len(document))
    for offset, symbol in enumerate(STATUS_SYMBOLS):
        document.insert(first + offset, _kml_style(symbol))
    for placemark in document.iter(f"{_K}Placemark"):
        status = next((data.text for data in placemark.iter(f"{_K}SimpleData") if data.get("name") == field), None)
        where = next((i for i, child in enumerate(placemark) if child.tag not in _BEFORE_STYLE_URL), len(placemark))
        url = ET.Element(f"{_K}styleUrl")
        url.text = f"#status-{status or 'none'}"
        placemark.insert(where, url)
    ET.indent(tree, space="  ")
    tree.write(path, encoding="UTF-8", xml_declaration=True)
