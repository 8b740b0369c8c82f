"""The interactive map's data: events → the one JSON blob ``mapper.js`` draws (see :mod:`mapper.publishing.mapmaker`).

The blob (see :func:`map_payload`) is columnar and deduplicated: places, reports and sentences
are stored once and each event is a row that points into them; the oblast outlines, the
country's border, its neighbours and the names of the offline base layer go with them.
"""

from __future__ import annotations

from collections.abc import Iterable
from typing import TYPE_CHECKING, Any

from mapper._types import STATUSES
from mapper.model import Event, Place, Report

if TYPE_CHECKING:
    from mapper.publishing.regions import Outlines

__all__ = ["highlight_span", "map_payload", "web_url"]

_NO_OUTLINE, _REGION_SYMBOL = -1, -2
LOW_CONFIDENCE = 0.5
"""Events below this confidence are drawn faded and their popups say the reading is uncertain."""
UNDECIDED = "undecided"
"""The resolution of a mention whose namesakes nothing told apart (see mapper.reading.resolve)."""


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
