"""The interactive map: events → one HTML page (folium frame, mapper.js layer).

folium draws the frame: the page and the Leaflet map (and its tiles, when asked).
The events do not become one folium object each (10,000 folium markers take
seconds and megabytes); they go into ONE compact JSON blob that ``mapper.js``
turns into clustered markers, one layer per status, the legend, popups built
from the data with text nodes (report text is untrusted), a time slider,
region outlines and a panel of the names that could not be resolved.

The blob (see :func:`map_payload`) is columnar and deduplicated: places,
reports and sentences are stored once, each event is six integers.

The page draws with the network off: Leaflet and its plugins are inside it by
default (``assets="inline"``), and online tiles are offered only when asked
(``tiles="OpenStreetMap"``); the base layer is the oblast outlines.

On the page: one marker per event, shaped and coloured by status (markers of
different statuses at one place are nudged a few pixels apart), each reachable
with the keyboard and named "place — status"; an oblast is its outline when
outlines are given (official ones from a boundaries file, or approximate ones
derived from the gazetteer's places: the map says which), filled only when its
latest event speaks of the whole oblast (``Event.extent``), else dashed, with a
badge at its centre; without outlines it is a ring symbol. Places are named as
the press writes them now (``Place.name_display``). One legend, which is also
the switch of the status layers, counts what the time slider shows. The time
slider (shown when the events span more than one day) runs by day from the
first event date to the last, and its last position shows every event; a day
shows, for each place, its events with a status of the latest event date on or
before that day (several when that date gives several statuses: a tie is shown,
not hidden), as :func:`mapper.status_as_of` does; a window keeps only the
events of the last 30 days. An event's date is its own (``Event.event_date``,
the first day of its period); an event without one falls back to its report's
date, and an event with neither appears only in the "all events" position.
Popups give the date to its precision ("September 2022", not a false day) and
say where it comes from; a play button steps through the event dates.
"""

from __future__ import annotations

import html
import json
import logging
import re
from collections.abc import Iterable, Sequence
from pathlib import Path
from typing import TYPE_CHECKING, Any

from mapper._io import atomic_write
from mapper._types import STATUSES
from mapper.model import Event, Place, Report
from mapper.publishing._markup import macro_element_base, markup_element
from mapper.publishing.assets import AssetMode, head_html

if TYPE_CHECKING:
    import folium
    from branca.element import Figure

    from mapper.publishing.regions import Outlines

__all__ = ["map_payload", "build_map", "map_html", "write_map", "web_url", "highlight_span", "DEFAULT_TITLE", "TILES"]

log = logging.getLogger(__name__)

_NO_OUTLINE, _REGION_SYMBOL = -1, -2
LOW_CONFIDENCE = 0.5
"""Events below this confidence are drawn faded and their popups say the reading is uncertain."""
UNDECIDED = "undecided"
"""The resolution of a mention whose namesakes nothing told apart (see mapper.reading.resolve)."""
DEFAULT_TITLE = "mapper: reported territorial change"
"""The page's ``<title>`` when no title is given."""
TILES = {"OpenStreetMap": "OpenStreetMap"}
"""Online tile layers a map may offer when asked (each with its provider's attribution, from folium)."""


def web_url(url: str | None) -> str | None:
    """``url`` when it is an http(s) URL, else ``None``: only those become links."""
    if url and url.strip().lower().startswith(("http://", "https://")):
        return url.strip()
    return None


def highlight_span(event: Event) -> tuple[int, int]:
    """Where the place's name lies in the event's sentence, as ``(start, end)``.

    The mention's offsets are into the report text; the sentence starts at
    ``sentence_start``. Where they disagree with the sentence (a hand-made
    event), the surface text is searched for instead; ``(-1, -1)`` when absent.
    """
    mention = event.mention
    start = mention.start - mention.sentence_start
    end = mention.end - mention.sentence_start
    if 0 <= start < end <= len(mention.sentence) and mention.sentence[start:end] == mention.surface:
        return start, end
    found = mention.sentence.find(mention.surface) if mention.surface else -1
    return (found, found + len(mention.surface)) if found >= 0 else (-1, -1)


class _Tables:
    """Deduplicating tables: each place, report and sentence is stored once."""

    def __init__(self) -> None:
        self.places: dict[int, int] = {}
        self.reports: dict[int, int] = {}
        self.sentences: dict[str, int] = {}
        self.cues: dict[str, int] = {}
        self.place_rows: list[list[Any]] = []
        self.report_rows: list[list[Any]] = []

    def place(self, place: Place, outlines: Outlines | None) -> int:
        index = self.places.get(place.geonameid)
        if index is None:
            outline = _NO_OUTLINE
            if place.is_region:
                found = outlines.index_of(place) if outlines is not None else None
                outline = found if found is not None else _REGION_SYMBOL
            index = self.places[place.geonameid] = len(self.place_rows)
            display = place.name_display
            self.place_rows.append(
                [place.geonameid, display, place.name_uk, place.admin1,
                 round(place.latitude, 5), round(place.longitude, 5), outline,
                 place.name if place.name != display else None]
            )  # fmt: skip
        return index

    def report(self, report: Report) -> int:
        index = self.reports.get(id(report))
        if index is None:
            index = self.reports[id(report)] = len(self.report_rows)
            date = report.date.isoformat() if report.date else None
            self.report_rows.append([report.id, report.title, date, report.source, web_url(report.url)])
        return index

    def sentence(self, text: str) -> int:
        return self.sentences.setdefault(text, len(self.sentences))

    def cue(self, text: str | None) -> int:
        return self.cues.setdefault(text, len(self.cues)) if text else -1


def map_payload(
    events: Iterable[Event], outlines: Outlines | None = None, labels: Iterable[Place] = ()
) -> dict[str, Any]:
    """The JSON blob ``mapper.js`` draws, built from events.

    Returns
    -------
    dict
        ``statuses``: the status names (an event's status is an index into it,
        -1 for none); ``places``: ``[geonameid, name, name_uk, admin1, lat, lon,
        outline, geonames_name]`` (name: ``Place.name_display``, as the press writes it
        now; outline: index into ``outlines``, -1 for a settlement, -2 for a region
        without outline; geonames_name: GeoNames' own name where it differs, else
        null); ``reports``: ``[id, title, date, source,
        url]``; ``sentences``; ``cues``; ``events``: ``[place, status, report,
        sentence, highlight_start, highlight_end, cue, uncertain, confidence, date,
        precision, date_source, extent]`` (cue: index into ``cues`` or -1; uncertain: how many
        places the name could be when the resolver could not decide, else 0; confidence:
        the event's, in hundredths; below ``LOW_CONFIDENCE`` the map shows the event as
        uncertain; date, precision, date_source: when the event happened, see :func:`_when`;
        extent: ``Event.extent``, "whole" or "part", absent when unknown: only "whole" fills an oblast);
        ``unresolved``: ``[surface, report, sentence, highlight_start, highlight_end]``;
        ``dates``: the sorted distinct event dates (the slider runs by day from the first
        to the last); ``outlines``, ``outlines_attribution`` and
        ``outlines_approximate`` (derived from places, not borders); ``country``: the
        outline of them all (a GeoJSON geometry: the national border and coast);
        ``neighbours``: the countries around, to tell the sea from the land beyond the
        border (a FeatureCollection, see :func:`mapper.publishing.outlines.neighbour_features`);
        ``labels``: ``[name, lat, lon, zoom, town]`` of the places named on the offline base
        layer (zoom: the level from which the name shows, see
        :func:`mapper.publishing.labels.label_zoom`; town: 1 for a town, drawn beside a
        dot, 0 for a division), in the order they win where they collide.
    """
    tables = _Tables()
    status_index = {status: i for i, status in enumerate(STATUSES)}
    rows: list[list[Any]] = []
    unresolved: list[list[Any]] = []
    for event in events:
        if event.mention.kind == "foreign":
            continue  # outside Ukraine: neither a marker nor a name the gazetteer lacks
        start, end = highlight_span(event)
        report = tables.report(event.report)
        sentence = tables.sentence(event.mention.sentence)
        if event.place is None:
            unresolved.append([event.mention.surface, report, sentence, start, end])
            continue
        status = status_index[event.status] if event.status is not None else -1
        uncertain = len(event.mention.candidates) if event.resolution == UNDECIDED else 0
        row = [tables.place(event.place, outlines), status, report, sentence, start, end,
               tables.cue(event.cue), uncertain, round(event.confidence * 100), *_when(event)]  # fmt: skip
        if event.extent is not None:  # mostly unknown: a row is left one shorter, not padded with null
            row.append(event.extent)
        rows.append(row)
    return {
        "statuses": list(STATUSES),
        "places": tables.place_rows,
        "reports": tables.report_rows,
        "sentences": list(tables.sentences),
        "cues": list(tables.cues),
        "events": rows,
        "unresolved": unresolved,
        "dates": sorted({row[9] for row in rows if row[9]}),
        "outlines": outlines.collection if outlines is not None else None,
        "outlines_attribution": outlines.attribution if outlines is not None else None,
        "outlines_approximate": outlines.approximate if outlines is not None else False,
        "country": outlines.country if outlines is not None else None,
        "neighbours": _neighbours() if outlines is not None else None,
        "labels": _label_rows(labels, outlines),
    }


def _neighbours() -> dict[str, Any] | None:
    """The countries around Ukraine, for the offline base layer (``None`` when they cannot be read)."""
    from mapper.publishing.outlines import neighbour_features

    features = neighbour_features()
    return {"type": "FeatureCollection", "features": list(features)} if features else None


def _when(event: Event) -> tuple[str | None, str | None, str | None]:
    """The event's date for the page: ``(ISO date, precision, source)``.

    The event's own date when it has one; else its report's date, as a day, with the
    source ``"report"``; else ``(None, None, None)`` (shown only with every event).
    """
    if event.event_date is not None:
        return event.event_date.isoformat(), event.date_precision or "day", event.date_source
    if event.report.date is not None:
        return event.report.date.isoformat(), "day", "report"
    return None, None, None


def _label_rows(labels: Iterable[Place], outlines: Outlines | None) -> list[list[Any]]:
    """``[name, lat, lon, zoom, town]`` of each label: those shown earliest first, then the largest.

    Where two labels collide the first wins: the divisions (largest first), then the
    towns named from the start (most populous first), then those named from each
    deeper zoom level. An oblast is named in mapper's curated English form
    ("Luhansk Oblast", not the dump's "Luhanska Oblast") and, when it has an outline,
    placed at the centre of the largest circle inside it, so that the name lies inside;
    a town as the press writes it (``Place.name_display``), beside a dot at its place.
    """
    from mapper.gazetteer._tables import regions
    from mapper.publishing.labels import label_zoom

    curated = {region.admin1_code: region.name for region in regions()}
    rows: list[tuple[tuple[int, int, float, int], list[Any]]] = []
    seen: set[int] = set()
    for place in labels:
        if place.geonameid in seen:
            continue
        seen.add(place.geonameid)
        region = place.is_region
        name = curated.get(place.admin1_code, place.name) if region and place.country_code == "UA" else place.name_display
        lat, lon, area = place.latitude, place.longitude, 0.0
        index = outlines.index_of(place) if outlines is not None and region else None
        if index is not None:
            import shapely

            geometry = shapely.geometry.shape(outlines.collection["features"][index]["geometry"])
            largest = max(shapely.get_parts(geometry), key=lambda part: part.area)
            centre = shapely.get_point(shapely.maximum_inscribed_circle(largest, 0.01), 0)
            lon, lat, area = centre.x, centre.y, largest.area
        zoom = label_zoom(place)
        rows.append(((zoom, 0 if region else 1, -area, -place.population),
                     [name, round(lat, 4 if region else 3), round(lon, 4 if region else 3), zoom, 0 if region else 1]))  # fmt: skip
    return [row for _, row in sorted(rows, key=lambda item: item[0])]


def _json_for_script(value: Any) -> str:
    """JSON that cannot end its ``<script>`` element or open a comment."""
    text = json.dumps(value, ensure_ascii=False, separators=(",", ":"), allow_nan=False)
    return text.replace("<", "\\u003c").replace(">", "\\u003e").replace("&", "\\u0026")


def _event_layer(payload: dict[str, Any], title: str | None, assets: AssetMode, asset_prefix: str,
                 tiles: Sequence[Any], scroll_after_click: bool) -> Any:
    """The folium element that carries the blob, the assets and the call into mapper.js."""
    # Defined here, not at module level, so that importing mapper.publishing.mapmaker does not import branca.
    from branca.element import Figure
    from jinja2 import Template

    class EventLayer(macro_element_base()):  # type: ignore[misc]  # its macro's output is not compiled again
        _template = Template(
            """
            {% macro script(this, kwargs) %}
            var {{ this.get_name() }} = mapper.draw({{ this._parent.get_name() }}, {{ this.data_id|tojson }}, {
                tiles: { {%- for layer in this.tiles %}{{ layer.layer_name|tojson }}: {{ layer.get_name() }},
                {%- endfor %} },
                title: {{ this.title|tojson }},
                scrollAfterClick: {{ this.scroll_after_click|tojson }}
            });
            {% endmacro %}
            """
        )

        def __init__(self) -> None:
            super().__init__()
            self._name = "MapperEvents"
            self.data_id = f"mapper-data-{self.get_name()}"
            self.tiles = list(tiles)
            self.title = title  # drawn with textContent; tojson escapes it for the script
            self.scroll_after_click = scroll_after_click

        def render(self, **kwargs: Any) -> None:
            figure = self.get_root()
            assert isinstance(figure, Figure)
            figure.header.add_child(markup_element(head_html(assets, asset_prefix)), name="mapper_assets")
            blob = f'<script type="application/json" id="{self.data_id}">{_json_for_script(payload)}</script>'
            figure.header.add_child(markup_element(blob), name=self.data_id)
            super().render(**kwargs)

    return EventLayer()


_PAGE = """<!DOCTYPE html>
<html lang="en">
<head>
{% if this.title %}<title>{{this.title}}</title>{% endif %}
    {{this.header.render(**kwargs)}}
</head>
<body>
    {{this.html.render(**kwargs)}}
</body>
<script>
    {{this.script.render(**kwargs)}}
</script>
</html>
"""
"""branca's page, with a language (for screen readers and axe)."""

_FIXED_SCALE = re.compile(r",\s*maximum-scale=1\.0,\s*user-scalable=no")


def _page_figure(figure: Figure | None, title: str | None) -> Figure:
    """The page to draw into: ``figure`` or a new one, always with a language and a ``<title>``."""
    from branca.element import Figure
    from jinja2 import Template

    if figure is None:
        figure = Figure()
    if type(figure) is Figure:
        figure._template = Template(_PAGE)
    if not figure.title:
        figure.title = html.escape(title or DEFAULT_TITLE)
    return figure


def _zoomable_map(**options: Any) -> folium.Map:
    """A ``folium.Map`` whose page lets the reader pinch-zoom (folium's says ``user-scalable=no``)."""
    import folium

    class ZoomableMap(folium.Map):  # type: ignore[misc]
        def render(self, **kwargs: Any) -> None:
            super().render(**kwargs)
            header = self.get_root().header
            rendered = header._children[self.get_name()].render()  # folium's own markup: no report text
            header._children[self.get_name()] = markup_element(_FIXED_SCALE.sub("", rendered))

    return ZoomableMap(**options)


def build_map(
    events: Iterable[Event],
    *,
    title: str | None = None,
    outlines: Outlines | None = None,
    assets: AssetMode = "inline",
    asset_prefix: str = "assets/",
    figure: Figure | None = None,
    scroll_after_click: bool = False,
    tiles: bool | str = False,
    labels: Iterable[Place] = (),
) -> folium.Map:
    """A folium map of the events, ready to render.

    Parameters
    ----------
    events
        Events from :func:`mapper.pipeline.extract_reports` (or made by hand).
    title
        Shown at the top of the legend and as the page title (else the page is
        titled :data:`DEFAULT_TITLE`).
    outlines
        Oblast outlines (:func:`mapper.publishing.regions.load_outlines`, or the approximate
        ones of :func:`mapper.publishing.outlines.derive_outlines`); they are the offline
        base layer and oblasts with a status are drawn as theirs. Without them a
        region is drawn as a ring symbol and the offline base layer is a grid.
    assets
        ``"inline"`` (the default: one self-contained page that draws with the
        network off), ``"cdn"`` (Leaflet from a public CDN) or ``"local"`` (scripts
        in ``asset_prefix``); see :mod:`mapper.publishing.assets`.
    figure
        The page to draw into (the static site adds its own content around the map).
    scroll_after_click
        Zoom with the mouse wheel only after a click, so the page scrolls.
    tiles
        An online tile layer to offer as well, by name (one of :data:`TILES`;
        ``True`` is ``"OpenStreetMap"``). Off by default: tiles are requested from
        a server, and the offline base layer of outlines (or a grid) is always there.
    labels
        Places to name on that offline base layer, each from the zoom level its kind and
        size earn: :func:`mapper.publishing.labels.base_labels` gives the oblasts and
        the towns of a gazetteer.

    Returns
    -------
    folium.Map

    Raises
    ------
    ValueError
        If ``tiles`` names a tile layer mapper does not offer.
    """
    import folium

    tile_name = "OpenStreetMap" if tiles is True else tiles or None
    if tile_name is not None and tile_name not in TILES:
        raise ValueError(f"tile layer {tile_name!r} is not one of {', '.join(TILES)}")
    payload = map_payload(events, outlines, labels)
    figure = _page_figure(figure, title)
    fmap = _zoomable_map(location=[48.5, 31.5], zoom_start=6, tiles=None, prefer_canvas=True)
    fmap.default_js = []  # every script comes from mapper.publishing.assets: no jQuery/Bootstrap from CDNs
    fmap.default_css = []
    figure.add_child(fmap)
    tile_layers = []
    if tile_name is not None:
        layer = folium.TileLayer(TILES[tile_name], name=tile_name)
        layer.add_to(fmap)
        tile_layers.append(layer)
    fmap.add_child(_event_layer(payload, title, assets, asset_prefix, tile_layers, scroll_after_click))
    log.debug("map of %d events, %d places", len(payload["events"]), len(payload["places"]))
    return fmap


def map_html(events: Iterable[Event], **options: Any) -> str:
    """The map page as HTML text; ``options`` as for :func:`build_map`."""
    return build_map(events, **options).get_root().render()


def write_map(events: Iterable[Event], path: str | Path, **options: Any) -> Path:
    """Write the map page to ``path`` atomically; ``options`` as for :func:`build_map`.

    Raises
    ------
    OutputError
        When the file cannot be written; an old file stays whole.
    """
    page = map_html(events, **options)
    with atomic_write(path, "w", encoding="utf-8") as handle:
        handle.write(page)
    return Path(path)
