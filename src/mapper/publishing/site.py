"""Static pages to publish: an index, a page per report with events, the map alone, the data.

``index.html`` holds the map of every event, a "get the data" block, the
iframe snippet to copy, a sortable table of places and their statuses, and the
list of reports. ``embed.html`` is the map alone, the width of its frame at a
fixed aspect ratio, for slides; ``embed.html#event-N`` opens it on event N.
``report-<name>.html`` holds one report's text (Markdown rendered, see
:mod:`mapper.publishing._reporttext`) below that one map in a frame, opened on
the report's first place; each place in the text is a link that shows it in
the frame. A report without an event gets no page: the index lists it on one
line. ``events.geojson``, ``places.geojson``, ``events.csv`` and ``events.gpkg``
hold the data.

What pages share is written once, never copied into each: the scripts and
styles in ``assets/`` (Leaflet, mapper.js, mapper.css and the site's own
``site.css`` and ``site.js``), and the map, drawn by folium twice (index and
embed), not once per report: a report's page is a small page of text made
without folium, so a site of thousands of one-line reports is written in
seconds. Every link is relative, so the folder works from ``file://`` and from
any static host as it is. Every file is replaced atomically.

``.mapper-site.json`` records the report pages the site wrote, with the sha256 of
each: a rerun removes the pages of reports that are gone, and only those, and only
as mapper wrote them (a page changed since, or any other file, stays).

Report text is untrusted: every piece of it is HTML-escaped (or rendered by
markdown-it with raw HTML off), and the map builds its popups with text nodes.
"""

from __future__ import annotations

import dataclasses
import functools
import hashlib
import html
import json
import logging
import re
from collections.abc import Callable, Sequence
from pathlib import Path
from typing import TYPE_CHECKING

from mapper._io import atomic_write
from mapper.errors import OutputError
from mapper.model import Event, Place, Report
from mapper.publishing import site_pages as parts
from mapper.publishing._markup import macro_element_base, markup_element
from mapper.publishing._reporttext import page_title
from mapper.publishing.assets import copy_assets
from mapper.publishing.features import PlaceSummary, summarise_places
from mapper.publishing.mapmaker import build_map
from mapper.publishing.site_pages import EMBED_RATIO, embed_snippet

if TYPE_CHECKING:
    from mapper.publishing.regions import Outlines

__all__ = ["write_site", "embed_snippet", "report_page_name", "EMBED_RATIO", "Progress", "MANIFEST"]

log = logging.getLogger(__name__)

Progress = Callable[[int, int], None]
"""Called as ``progress(done, total)`` after each page is written."""

MANIFEST = ".mapper-site.json"
"""The site's record of the report pages it wrote: ``{"pages": {name: sha256}}``."""


def report_page_name(report_id: str, taken: set[str]) -> str:
    """A file name for a report's page, unique within ``taken`` (which it joins)."""
    stem = re.sub(r"[^A-Za-z0-9]+", "-", report_id).strip("-").lower()[:80] or "report"
    name, n = f"report-{stem}.html", 1
    while name in taken:
        n += 1
        name = f"report-{stem}-{n}.html"
    taken.add(name)
    return name


@functools.cache
def _page_body_class() -> type:
    """The element that writes the index's content below its map (a child renders after its map).

    Made on first use, so that importing mapper does not import branca.
    """
    from jinja2 import Template

    class PageBody(macro_element_base()):  # type: ignore[misc]
        _template = Template("{% macro html(this, kwargs) %}{{ this.body }}{% endmacro %}")

        def __init__(self, body: str) -> None:
            super().__init__()
            self._name = "PageBody"
            self.body = body

    return PageBody


@dataclasses.dataclass(frozen=True, slots=True)
class _MapOptions:
    """How the site's maps are drawn (see :func:`write_site`)."""

    outlines: Outlines | None
    tiles: bool | str
    labels: Sequence[Place]


_HEAD = '<link rel="stylesheet" href="assets/site.css"><script src="assets/site.js"></script>'
_EMBED_STYLE = (
    "<style>.folium-map {{ width: 100% !important; height: auto !important; aspect-ratio: {w} / {h}; "
    "max-height: 100vh; }}</style>"
)


def _index_page(events: Sequence[Event], title: str, top: str, bottom: str, options: _MapOptions) -> str:
    """The index: ``top``, the map of ``events``, ``bottom`` (both HTML made by site_pages, escaped)."""
    from branca.element import Figure

    figure = Figure(title=html.escape(title))
    figure.header.add_child(markup_element(_HEAD), name="mapper_site")
    figure.html.add_child(markup_element(f'<main class="mapper-page">{top}'))
    fmap = build_map(events, title=None, outlines=options.outlines, assets="local", figure=figure,
                     scroll_after_click=True, tiles=options.tiles, labels=options.labels)  # fmt: skip
    fmap.add_child(_page_body_class()(f"{bottom}</main>"))
    return figure.render()


def _embed_page(events: Sequence[Event], title: str, options: _MapOptions) -> str:
    """The map alone: the width of its frame, at :data:`EMBED_RATIO`, no page around it."""
    from branca.element import Figure

    figure = Figure(title=html.escape(title))
    width, height = EMBED_RATIO
    figure.header.add_child(markup_element(_HEAD + _EMBED_STYLE.format(w=width, h=height)), name="mapper_site")
    fmap = build_map(events, title=title, outlines=options.outlines, assets="local", figure=figure,
                     scroll_after_click=True, tiles=options.tiles, labels=options.labels)  # fmt: skip
    return fmap.get_root().render()


def _write(path: Path, text: str) -> Path:
    with atomic_write(path, "w", encoding="utf-8") as handle:
        handle.write(text)
    return path


def _digest(path: Path) -> str:
    return hashlib.sha256(path.read_bytes()).hexdigest()


def _remove_orphans(folder: Path, pages: dict[str, str]) -> list[Path]:
    """Remove the report pages the last run recorded in :data:`MANIFEST` that this run did not
    write (their reports are gone), unless changed since; then record ``pages``, name → sha256."""
    record = folder / MANIFEST
    try:
        earlier = json.loads(record.read_text(encoding="utf-8"))["pages"]
        names = [(name, digest) for name, digest in earlier.items() if isinstance(digest, str)]
    except FileNotFoundError:
        names = []
    except (OSError, ValueError, KeyError, TypeError, AttributeError) as exc:
        log.warning("cannot read '%s' (%s): pages of reports no longer in the site are kept", record, exc)
        names = []
    removed: list[Path] = []
    for name, digest in names:
        path = folder / name
        if name in pages or Path(name).name != name or not name.startswith("report-"):
            continue
        try:
            if path.is_symlink() or not path.is_file() or _digest(path) != digest:
                continue  # changed since mapper wrote it, or not there: not mapper's to remove
            path.unlink()
        except OSError as exc:
            log.warning("cannot remove '%s', the page of a report no longer in the site: %s", path, exc)
            continue
        removed.append(path)
    if removed:
        log.info("removed %d pages of reports no longer in the site", len(removed))
    with atomic_write(record) as handle:
        json.dump({"pages": pages}, handle, indent=0, sort_keys=True)
    return removed


def _write_data(events: Sequence[Event], folder: Path, summaries: Sequence[PlaceSummary]) -> list[Path]:
    """events.geojson, places.geojson, and with export's writers events.csv (places.csv) and events.gpkg."""
    from mapper.publishing.export import export_events
    from mapper.publishing.features import events_geojson, places_geojson, write_geojson

    write_geojson(folder / "events.geojson", events_geojson(events))
    write_geojson(folder / "places.geojson", places_geojson(summaries))
    return [folder / "events.geojson", folder / "places.geojson", *export_events(events, folder, ("csv", "gpkg"))]


def write_site(
    events: Sequence[Event],
    reports: Sequence[Report],
    folder: str | Path,
    *,
    title: str = "Reported territorial change",
    outlines: Outlines | None = None,
    tiles: bool | str = False,
    labels: Sequence[Place] = (),
    progress: Progress | None = None,
) -> list[Path]:
    """Write the static site into ``folder`` (created if needed).

    Parameters
    ----------
    events
        Every event to show.
    reports
        The reports read: each with an event gets a page; the index lists the others.
    folder
        Where to write ``index.html``, ``report-*.html``, ``embed.html``, the data
        files and ``assets/``.
    title
        The site's title.
    outlines
        Oblast outlines for the maps (:func:`mapper.publishing.regions.load_outlines`).
    tiles
        An online tile layer to offer (as :func:`mapper.publishing.mapmaker.build_map`
        takes it); without one the pages make no request to any server.
    labels
        Places to name on the offline base layer of the index and embed.html, e.g.
        ``gazetteer.regions()``.
    progress
        Called as ``progress(done, total)`` after each page.

    Returns
    -------
    list of Path
        The pages written (assets and data files not included). The pages of reports an
        earlier run wrote and this one does not are removed (:data:`MANIFEST`).

    Raises
    ------
    OutputError
        If the folder, a page or a data file cannot be written.

    Examples
    --------
    >>> write_site(events, reports, "output/site", outlines=derive_outlines(gazetteer))  # doctest: +SKIP
    """
    folder = Path(folder)
    try:
        folder.mkdir(parents=True, exist_ok=True)
    except OSError as exc:
        raise OutputError(f"cannot create the site folder '{folder}': {exc.strerror or exc}") from exc
    copy_assets(folder / "assets")
    _write(folder / "assets" / "site.css", parts.SITE_CSS)
    _write(folder / "assets" / "site.js", parts.SITE_JS)
    by_report: dict[str, list[Event]] = {}
    for event in events:
        by_report.setdefault(event.report.id, []).append(event)
    taken: set[str] = {"index.html", "embed.html"}
    pages = {r.id: report_page_name(r.id, taken) for r in reports if r.id in by_report}
    titles = {r.id: page_title(r) for r in reports}
    summaries = summarise_places(events)
    _write_data(events, folder, summaries)
    options = _MapOptions(outlines, tiles, labels)
    total = len(pages) + 2

    def written_one(path: Path) -> Path:
        written.append(path)
        if progress is not None:
            progress(len(written), total)
        return path

    written: list[Path] = []
    top = f"<h1>{html.escape(title)}</h1>"
    counts = {report_id: len(own) for report_id, own in by_report.items()}
    bottom = "".join((parts.data_block(folder), parts.embed_block(title), parts.places_table(summaries, events, pages, titles),
                      parts.reports_list(reports, titles, pages, counts)))  # fmt: skip
    written_one(_write(folder / "index.html", _index_page(events, title, top, bottom, options)))
    written_one(_write(folder / "embed.html", _embed_page(events, title, options)))
    indexes = parts.map_indexes(events)
    for report in reports:
        if report.id in pages:
            page = parts.report_page(report, titles[report.id], by_report[report.id], indexes)
            written_one(_write(folder / pages[report.id], page))
    _remove_orphans(folder, {name: _digest(folder / name) for name in pages.values()})
    log.info("site of %d reports written to %s: %d pages", len(reports), folder, len(written))
    return written
