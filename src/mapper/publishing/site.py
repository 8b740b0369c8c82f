"""Static pages to publish: an index, one page per report, an embed snippet.

``index.html`` holds the map of every event and a sortable table of places and
their statuses; ``report-<name>.html`` holds one report's map and its text with
each place highlighted, a click on it flies the map there and opens its popup;
``embed.html`` is an iframe snippet for slides and articles. Every link is
relative and the scripts sit in ``assets/`` beside the pages, so the folder
works from ``file://`` and from any static host as it is.

Report text is untrusted: every piece of it is HTML-escaped here, and the map
builds its popups with text nodes.
"""

from __future__ import annotations

import html
import logging
import re
from collections.abc import Sequence
from pathlib import Path
from typing import TYPE_CHECKING

from mapper._io import atomic_write
from mapper.errors import OutputError
from mapper.model import Event, Place, Report
from mapper.publishing._markup import macro_element_base, markup_element
from mapper.publishing.assets import copy_assets
from mapper.publishing.features import summarise_places
from mapper.publishing.mapmaker import build_map, web_url

if TYPE_CHECKING:
    from mapper.publishing.regions import Outlines

__all__ = ["write_site", "embed_snippet", "report_page_name", "EMBED_SIZE"]

log = logging.getLogger(__name__)

EMBED_SIZE = (800, 500)
"""Width and height in pixels of the iframe of ``embed.html``."""

NO_STATUS = "no status"


def report_page_name(report_id: str, taken: set[str]) -> str:
    """A file name for a report's page, unique within ``taken`` (which it joins)."""
    stem = re.sub(r"[^A-Za-z0-9]+", "-", report_id).strip("-").lower()[:80] or "report"
    name, n = f"report-{stem}.html", 1
    while name in taken:
        n += 1
        name = f"report-{stem}-{n}.html"
    taken.add(name)
    return name


def _render_page(
    events: Sequence[Event], title: str, top: str, bottom: str, outlines: Outlines | None, tiles: bool,
    labels: Sequence[Place],
) -> str:
    """A page: ``top``, the map of ``events``, ``bottom`` (both HTML built here, escaped)."""
    from branca.element import Figure
    from jinja2 import Template

    class PageBody(macro_element_base()):  # type: ignore[misc]  # the page's content below the map (a child renders after its map)
        _template = Template("{% macro html(this, kwargs) %}{{ this.body }}{% endmacro %}")

        def __init__(self, body: str) -> None:
            super().__init__()
            self._name = "PageBody"
            self.body = body

    figure = Figure(title=html.escape(title))
    figure.html.add_child(markup_element(f'<main class="mapper-page">{top}'))
    fmap = build_map(events, title=None, outlines=outlines, assets="local", figure=figure,
                     scroll_after_click=True, tiles=tiles, labels=labels)
    fmap.add_child(PageBody(f"{bottom}</main>"))
    return figure.render()


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


def _marked_text(report: Report, events: Sequence[Event], indexes: dict[int, int]) -> str:
    """The report's text, escaped, each mention a link to its event on the map."""
    pieces: list[str] = []
    cursor = 0
    for event in sorted(events, key=lambda e: (e.mention.start, -e.mention.end)):
        start, end = event.mention.start, event.mention.end
        if start < cursor or not 0 <= start < end <= len(report.text):
            continue  # overlaps the previous mention, or does not index into this text
        pieces.append(html.escape(report.text[cursor:start]))
        name = html.escape(report.text[start:end])
        index = indexes.get(id(event))
        if event.mention.kind == "foreign":
            pieces.append(f'<span class="mapper-foreign-name" title="outside Ukraine">{name}</span>')
        elif index is None:
            pieces.append(f'<span class="mapper-unresolved-name" title="not in the gazetteer">{name}</span>')
        else:
            status = event.status or "none"
            label = html.escape(f"{event.place.name if event.place else ''}: {event.status or NO_STATUS}")
            pieces.append(
                f'<a href="#" class="mapper-place mapper-place-{status}" data-mapper-event="{index}" '
                f'title="{label}">{name}</a>'
            )
        cursor = end
    pieces.append(html.escape(report.text[cursor:]))
    return f'<div class="mapper-text">{"".join(pieces)}</div>'


def _map_indexes(events: Sequence[Event]) -> dict[int, int]:
    """Each resolved event's index among the map's events (unresolved ones are not markers)."""
    indexes: dict[int, int] = {}
    for event in events:
        if event.place is not None:
            indexes[id(event)] = len(indexes)
    return indexes


def _places_table(events: Sequence[Event], pages: dict[str, str]) -> str:
    indexes = _map_indexes(events)
    rows = []
    for summary in summarise_places(events):
        place, latest = summary.place, summary.latest
        status = " / ".join(summary.latest_statuses) if summary.tie else summary.status or NO_STATUS
        page = pages.get(latest.report.id)
        report = html.escape(latest.report.title or latest.report.id)
        report_cell = f'<a href="{html.escape(page)}">{report}</a>' if page else report
        last = summary.last_date.isoformat() if summary.last_date else ""
        rows.append(
            "<tr>"
            f'<td><a href="#" data-mapper-event="{indexes[id(latest)]}">{html.escape(place.name)}</a></td>'
            f"<td>{html.escape(place.name_uk or '')}</td>"
            f"<td>{html.escape(place.admin1 or '')}</td>"
            f'<td class="mapper-status-{summary.status or "none"}">{html.escape(status)}</td>'
            f"<td>{summary.events}</td><td>{summary.reports}</td>"
            f'<td class="mapper-nowrap">{last}</td><td>{report_cell}</td>'
            "</tr>"
        )
    head = "".join(
        f"<th scope=\"col\">{name}</th>"
        for name in ("Place", "Ukrainian", "Oblast", "Status", "Events", "Reports", "Last report", "Latest")
    )
    return (
        '<table class="mapper-table"><caption>Places and their latest reported status '
        "(click a column to sort)</caption>"
        f"<thead><tr>{head}</tr></thead><tbody>{''.join(rows)}</tbody></table>"
    )


def _write(path: Path, text: str) -> Path:
    with atomic_write(path, "w", encoding="utf-8") as handle:
        handle.write(text)
    return path


def write_site(
    events: Sequence[Event],
    reports: Sequence[Report],
    folder: str | Path,
    *,
    title: str = "Reported territorial change",
    outlines: Outlines | None = None,
    tiles: bool = True,
    labels: Sequence[Place] = (),
) -> list[Path]:
    """Write the static site into ``folder`` (created if needed).

    Parameters
    ----------
    events
        Every event of the run.
    reports
        The reports read (each gets a page, even one without events).
    folder
        Where to write ``index.html``, ``report-*.html``, ``embed.html`` and ``assets/``.
    title
        The site's title.
    outlines
        Oblast outlines for the maps (:func:`mapper.publishing.regions.load_outlines`).
    tiles
        Offer OpenStreetMap tiles; without them the maps need no network at all.
    labels
        Places to name on the offline base layer, e.g. ``gazetteer.regions()``.

    Returns
    -------
    list of Path
        The pages written (assets not included).

    Raises
    ------
    OutputError
        If the folder or a page cannot be written.
    """
    folder = Path(folder)
    try:
        folder.mkdir(parents=True, exist_ok=True)
    except OSError as exc:
        raise OutputError(f"cannot create the site folder '{folder}': {exc.strerror or exc}") from exc
    copy_assets(folder / "assets")
    taken: set[str] = {"index.html", "embed.html"}
    pages = {report.id: report_page_name(report.id, taken) for report in reports}
    by_report: dict[str, list[Event]] = {report.id: [] for report in reports}
    for event in events:
        by_report.setdefault(event.report.id, []).append(event)
    written: list[Path] = []
    links = "".join(
        f'<li><a href="{html.escape(pages[r.id])}">{html.escape(r.title or r.id)}</a>'
        f" ({len(by_report[r.id])} mentions)</li>"
        for r in reports
    )
    top = f"<h1>{html.escape(title)}</h1>"
    bottom = f"{_places_table(events, pages)}<h2>Reports</h2><ul>{links}</ul>"
    written.append(_write(folder / "index.html", _render_page(events, title, top, bottom, outlines, tiles, labels)))
    for report in reports:
        own = by_report[report.id]
        heading = html.escape(report.title or report.id)
        top = f'<p><a href="index.html">← All reports</a></p><h1>{heading}</h1>{_source_line(report)}'
        bottom = f"<h2>Text</h2>{_marked_text(report, own, _map_indexes(own))}"
        page = _render_page(own, report.title or report.id, top, bottom, outlines, tiles, labels)
        written.append(_write(folder / pages[report.id], page))
    written.append(_write(folder / "embed.html", embed_snippet(title)))
    log.debug("site of %d reports written to %s", len(reports), folder)
    return written


def embed_snippet(title: str, src: str = "index.html", size: tuple[int, int] = EMBED_SIZE) -> str:
    """An iframe of fixed size for slides and articles; the map zooms on scroll only after a click."""
    width, height = size
    return (
        "<!-- Paste into a page beside index.html (or change src to the site's address). "
        "The map zooms with the mouse wheel only after a click, so the page keeps scrolling. -->\n"
        f'<iframe src="{html.escape(src)}" title="{html.escape(title)}" width="{width}" height="{height}" '
        'loading="lazy" style="border:0;max-width:100%" referrerpolicy="no-referrer"></iframe>\n'
    )
