"""The interactive map: events → one HTML page (folium frame, mapper.js layer).

folium draws the frame: the page and the Leaflet map (and its tiles, when asked).
The events do not become one folium object each (10,000 folium markers take
seconds and megabytes); they go into ONE compact JSON blob that ``mapper.js``
turns into clustered markers, one layer per status, the legend, popups built
from the data with text nodes (report text is untrusted), a time slider,
region outlines and a panel of the names that could not be resolved.

The blob (see :func:`~mapper.publishing.mapdata.map_payload`) is columnar and deduplicated: places,
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
from mapper.model import Event, Place
from mapper.publishing._markup import macro_element_base, markup_element
from mapper.publishing.assets import AssetMode, head_html
from mapper.publishing.mapdata import highlight_span, map_payload, web_url

if TYPE_CHECKING:
    import folium
    from branca.element import Figure

    from mapper.publishing.regions import Outlines

__all__ = ["map_payload", "build_map", "map_html", "write_map", "web_url", "highlight_span", "DEFAULT_TITLE", "TILES"]

log = logging.getLogger(__name__)

DEFAULT_TITLE = "mapper: reported territorial change"
"""The page's ``<title>`` when no title is given."""
TILES = {"OpenStreetMap": "OpenStreetMap"}
"""Online tile layers a map may offer when asked (each with its provider's attribution, from folium)."""


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
