"""The static site's pages and page parts, as HTML strings: every piece of report text escaped here.

:mod:`mapper.publishing.site` puts the index's parts around its map: the table
of places, the list of reports, the "get the data" block and the iframe snippet
to copy. A report's page is made here whole, without folium: its heading,
source line, the site's one map (``embed.html``) in a frame, and its text, in
which each place is a link that shows it in that frame (``embed.html#event-N``,
read by :data:`SITE_JS`).
"""

from __future__ import annotations

import html
from collections.abc import Sequence
from pathlib import Path

from mapper.model import Event, Report
from mapper.publishing._reporttext import Mark, text_html
from mapper.publishing.features import PlaceSummary
from mapper.publishing.mapdata import web_url
from mapper.publishing.styles import STATUS_SYMBOLS

__all__ = ["SITE_CSS", "SITE_JS", "EMBED_RATIO", "NO_STATUS", "MAP_FRAME", "map_indexes", "event_link",
           "report_page", "places_table", "reports_list", "data_block", "embed_block", "embed_snippet"]  # fmt: skip

NO_STATUS = "no status"
EMBED_RATIO = (16, 10)
"""Width to height of the embedded map (``embed.html`` and the iframe snippet)."""

_UNDERLINE = {"liberated": "solid", "occupied": "dashed", "attacked": "dotted", "none": "solid"}
"""The underline of a place in a report's text, by status: its style says the status again, without colour."""


def _underlines() -> str:
    """The CSS of the places' underlines, in the map's colours (:data:`STATUS_SYMBOLS`)."""
    rules = []
    for symbol in STATUS_SYMBOLS:
        selector = "span.mapper-place" if symbol.status is None else f"span.mapper-place-{symbol.status}"
        rules.append(f".mapper-text {selector} {{ border-bottom: 3px {_UNDERLINE[symbol.key]} {symbol.colour}; }}")
    rules.insert(0, rules.pop())  # the rule for any place first: a status's rule overrides it
    return "\n".join(rules) + "\n"


SITE_CSS = (
    ".mapper-text.mapper-markdown { white-space: normal; }\n"
    + _underlines()
    + """\
.mapper-text table { border-collapse: collapse; }
.mapper-text th, .mapper-text td { border: 1px solid #ddd; padding: 2px 6px; }
.mapper-data li, .mapper-quiet li { margin: 2px 0; }
.mapper-embed textarea { width: 100%; font: 13px/1.4 monospace; box-sizing: border-box; }
.mapper-table-wrap { overflow-x: auto; }
"""
)
"""The site's own styles (``assets/site.css``), beside mapper.css."""

SITE_JS = """\
/* mapper site: show the event the address names (#event-N) on the page's map, when it is drawn. */
(function () {
  "use strict";
  function show() {
    var found = /^#event-(\\d+)$/.exec(window.location.hash), tries = 0;
    if (!found) { return; }
    (function whenDrawn() {
      var map = window.mapper && window.mapper.maps[0];
      if (map && map.ready) { window.mapper.focus(Number(found[1])); }
      else if (tries++ < 400) { window.setTimeout(whenDrawn, 50); }
    }());
  }
  window.addEventListener("hashchange", show);
  window.addEventListener("load", show);
}());
"""
"""The site's own script (``assets/site.js``), on index.html and embed.html."""

MAP_FRAME = "mapper-map"
"""The name of the frame that shows the map on a report's page (the target of its place links)."""


def map_indexes(events: Sequence[Event]) -> dict[int, int]:
    """Each resolved event's index among its map's events (keyed by ``id(event)``): the map
    draws the events with a place, in order; unresolved names and places abroad are not markers
    (as :func:`mapper.publishing.mapdata.map_payload` counts them)."""
    indexes: dict[int, int] = {}
    for event in events:
        if event.place is not None and event.mention.kind != "foreign":
            indexes[id(event)] = len(indexes)
    return indexes


def _source_line(report: Report) -> str:
    parts = []
    if report.date:
        parts.append(html.escape(report.date.isoformat()))
    source = report.source or report.url
    if source:
        url = web_url(report.url)
        text = html.escape(source)
        parts.append(f'<a href="{html.escape(url)}" rel="noopener noreferrer">{text}</a>' if url else text)
    return f'<p class="mapper-meta">{" · ".join(parts)}</p>' if parts else ""


def event_link(index: int) -> str:
    """The address that shows the map's event ``index``: the map alone, its fragment naming the event."""
    return f"embed.html#event-{index}"


def _mark(event: Event, index: int | None) -> Mark:
    start, end = event.mention.start, event.mention.end
    if event.mention.kind == "foreign":
        return Mark(start, end, "mapper-foreign-name", "outside Ukraine")
    if index is None:
        return Mark(start, end, "mapper-unresolved-name", "not in the gazetteer")
    status = event.status or "none"
    name = event.place.name_display if event.place else ""
    return Mark(start, end, f"mapper-place mapper-place-{status}", f"{name}: {event.status or NO_STATUS}",
                event_link(index), MAP_FRAME)  # fmt: skip


_PAGE = """<!DOCTYPE html>
<html lang="en">
<head>
<meta charset="utf-8">
<meta name="viewport" content="width=device-width, initial-scale=1">
<title>{title}</title>
<link rel="stylesheet" href="assets/mapper.css">
<link rel="stylesheet" href="assets/site.css">
</head>
<body>
<main class="mapper-page">
{body}
</main>
</body>
</html>
"""


def report_page(report: Report, title: str, events: Sequence[Event], indexes: dict[int, int]) -> str:
    """A report's page: the way back, its title, date and source, the map, its text with each place marked.

    Parameters
    ----------
    report
        The report.
    title
        Its page title (:func:`mapper.publishing._reporttext.page_title`).
    events
        Its events.
    indexes
        Each event's index on the site's map, by ``id(event)`` (:func:`map_indexes` of every event).

    Returns
    -------
    str
        The whole page. The map opens on the report's first place; a click on a place shows it there.
    """
    own = [indexes[id(e)] for e in events if id(e) in indexes]
    frame = embed_snippet(title, src=event_link(own[0]) if own else "embed.html", name=MAP_FRAME, lazy=False)
    marks = [_mark(event, indexes.get(id(event))) for event in events]
    body = (f'<p><a href="index.html">← All reports</a></p><h1>{html.escape(title)}</h1>{_source_line(report)}'
            f"{frame}<h2>Text</h2>{text_html(report, marks)}")  # fmt: skip
    return _PAGE.format(title=html.escape(title), body=body)


def places_table(summaries: Sequence[PlaceSummary], events: Sequence[Event], pages: dict[str, str],
                 titles: dict[str, str]) -> str:  # fmt: skip
    """The index's sortable table: one row per place, its latest status and the report that gave it
    (linked to its page; ``titles`` by report id)."""
    indexes = map_indexes(events)
    rows = []
    for summary in summaries:
        place, latest = summary.place, summary.latest
        status = " / ".join(summary.latest_statuses) if summary.tie else summary.status or NO_STATUS
        page = pages.get(latest.report.id)
        report = html.escape(titles.get(latest.report.id) or latest.report.title or latest.report.id)
        report_cell = f'<a href="{html.escape(page)}">{report}</a>' if page else report
        last = summary.last_date.isoformat() if summary.last_date else ""
        rows.append(
            "<tr>"
            f'<td><a href="#" data-mapper-event="{indexes[id(latest)]}">{html.escape(place.name_display)}</a></td>'
            f"<td>{html.escape(place.name_uk or '')}</td>"
            f"<td>{html.escape(place.admin1 or '')}</td>"
            f'<td class="mapper-status-{summary.status or "none"}">{html.escape(status)}</td>'
            f"<td>{summary.events}</td><td>{summary.reports}</td>"
            f'<td class="mapper-nowrap">{last}</td><td>{report_cell}</td>'
            "</tr>"
        )
    head = "".join(
        f'<th scope="col">{name}</th>'
        for name in ("Place", "Ukrainian", "Oblast", "Status", "Events", "Reports", "Last report", "Latest")
    )
    return (
        '<div class="mapper-table-wrap"><table class="mapper-table"><caption>Places and their latest reported '
        f"status (click a column to sort)</caption><thead><tr>{head}</tr></thead><tbody>{''.join(rows)}</tbody>"
        "</table></div>"
    )


def reports_list(reports: Sequence[Report], titles: dict[str, str], pages: dict[str, str],
                 counts: dict[str, int]) -> str:  # fmt: skip
    """The index's list of reports: those with a page linked, the others one line each, not linked."""
    linked = [
        f'<li><a href="{html.escape(pages[r.id])}">{html.escape(titles[r.id])}</a> ({counts[r.id]} mentions)</li>'
        for r in reports
        if r.id in pages
    ]
    quiet = [f"<li>{html.escape(titles[r.id])}</li>" for r in reports if r.id not in pages]
    parts = [f"<h2>Reports</h2><ul>{''.join(linked)}</ul>" if linked else "<h2>Reports</h2>"]
    if quiet:
        parts.append(
            f'<details class="mapper-quiet"><summary>{len(quiet)} report{"s" if len(quiet) != 1 else ""} '
            f"without a place on the map (no page)</summary><ul>{''.join(quiet)}</ul></details>"
        )
    return "".join(parts)


_DATA_FILES = (
    ("events.geojson", "every event (GeoJSON, for QGIS and web maps)"),
    ("places.geojson", "each place with its latest status (GeoJSON)"),
    ("events.csv", "every event (CSV, for spreadsheets)"),
    ("events.gpkg", "events, places and unresolved names (GeoPackage, for QGIS)"),
)


def data_block(folder: Path) -> str:
    """The index's "get the data" block: a link to each data file written into ``folder``."""
    items = "".join(
        f'<li><a href="{name}" download>{name}</a>: {what}</li>' for name, what in _DATA_FILES if (folder / name).exists()
    )
    return f'<section class="mapper-data"><h2>Get the data</h2><ul>{items}</ul></section>' if items else ""


def embed_snippet(title: str, src: str = "embed.html", ratio: tuple[int, int] = EMBED_RATIO, *,
                  name: str | None = None, lazy: bool = True) -> str:  # fmt: skip
    """An iframe of the map that fills the width of its column at a fixed aspect ratio.

    The padding trick (a box of no height whose bottom padding is a share of its width)
    keeps the ratio in every browser and slide tool; the map zooms on scroll only after a
    click. ``name`` names the frame (links may target it); ``lazy`` loads it only near view.
    """
    width, height = ratio
    share = round(100 * height / width, 4)
    named = f' name="{html.escape(name)}"' if name else ""
    loading = ' loading="lazy"' if lazy else ""
    return (
        f'<div style="position:relative;width:100%;height:0;padding-bottom:{share:g}%">'
        f'<iframe src="{html.escape(src)}"{named} title="{html.escape(title)}"{loading} '
        'referrerpolicy="no-referrer" allowfullscreen '
        'style="position:absolute;top:0;left:0;width:100%;height:100%;border:0"></iframe></div>'
    )


def embed_block(title: str) -> str:
    """The index's block that offers the iframe snippet to copy."""
    snippet = embed_snippet(title)
    return (
        '<section class="mapper-embed"><h2>Embed the map</h2>'
        '<p><a href="embed.html">embed.html</a> is the map alone, for slides and articles. Paste this where '
        "it should appear (beside index.html, or with <code>src</code> changed to the site's address):</p>"
        f'<textarea readonly rows="4" aria-label="iframe snippet to copy" '
        f'onfocus="this.select()">{html.escape(snippet)}</textarea></section>'
    )
