"""The value objects that flow through mapper's pipeline.

Text → :class:`Report` → :class:`Mention` (with :class:`Candidate` places) →
:class:`Event`. Every stage takes the previous stage's objects and returns its
own; all of them are frozen and slotted. Formats (GeoJSON, HTML, tables) are
built only at the edge, in the exporters.
"""

from __future__ import annotations

import datetime as dt
from dataclasses import dataclass, field

from mapper._types import DatePrecision, DateSource, Extent, MatchKind, MentionKind, Status

__all__ = ["Report", "Place", "Candidate", "Mention", "Event"]


@dataclass(frozen=True, slots=True)
class Report:
    """One news report: its text and what is known about it.

    ``id`` is the file name (or the ``id`` of a JSON object); offsets of
    mentions and events index into ``text``.
    """

    id: str
    text: str
    title: str | None = None
    date: dt.date | None = None
    source: str | None = None
    url: str | None = None
    path: str | None = None


@dataclass(frozen=True, slots=True)
class Place:
    """One gazetteer entry (a GeoNames feature)."""

    geonameid: int
    name: str
    latitude: float
    longitude: float
    feature_class: str
    feature_code: str
    country_code: str = "UA"
    admin1_code: str = ""
    admin1: str | None = None
    admin2_code: str = ""
    admin2: str | None = None
    population: int = 0
    name_uk: str | None = None

    @property
    def is_region(self) -> bool:
        """True for a first-order division (oblast, republic, city with special status)."""
        return self.feature_code == "ADM1"

    def __repr__(self) -> str:
        where = f", {self.admin1}" if self.admin1 else ""
        return f"Place({self.geonameid}, {self.name!r}, {self.feature_code}{where})"

    @property
    def __geo_interface__(self) -> dict:
        """The place as a GeoJSON Point (shapely.geometry.shape and geopandas read it)."""
        return {"type": "Point", "coordinates": (self.longitude, self.latitude)}

    @property
    def name_display(self) -> str:
        """The name as the press writes it now: the Ukrainian name in KMU 2010, the national
        romanisation (Kupiansk, Izium, Balakliia), where GeoNames' ``name`` keeps an older
        spelling of it (Kupyansk, Izyum, Balakliya). Only towns and villages: divisions
        ("Kharkiv Oblast"), facilities and features keep ``name``, as does a place whose
        Ukrainian name is missing or another name (see :func:`~mapper.gazetteer.translit.display_name`)."""
        if self.feature_class != "P" or self.country_code != "UA":
            return self.name
        from mapper.gazetteer.translit import display_name  # the gazetteer package imports this module

        return display_name(self.name, self.name_uk)

    @property
    def is_raion(self) -> bool:
        """True for a second-order division (raion), but not a district of Kyiv, the city (GeoNames
        holds the city as a region and its districts as its raions). A raion abolished in the reform of 2020 (GeoNames
        ADM2H: "Yasynuvata Raion") is a raion too: reports of 2014-2020 name them."""
        return self.feature_code in ("ADM2", "ADM2H") and self.admin1_code != _KYIV_CITY


_KYIV_CITY = "12"
"""GeoNames' admin1 code of the city of Kyiv."""


@dataclass(frozen=True, slots=True)
class Candidate:
    """A place that a name could stand for, and how the name matched it.

    ``score`` is 100 for every match but ``fuzzy``, where it is rapidfuzz's
    similarity (0–100).
    """

    place: Place
    matched: str
    how: MatchKind
    score: float = 100.0


@dataclass(frozen=True, slots=True)
class Mention:
    """A span of a report that names a place, with every place it could be.

    ``start``/``end`` index into the report's text; ``sentence_start`` is the
    offset of ``sentence`` in the same text. ``candidates`` is empty for a
    place-like name that the gazetteer lacks (an unresolved mention).
    """

    report_id: str
    surface: str
    start: int
    end: int
    sentence: str
    sentence_start: int
    kind: MentionKind = "settlement"
    candidates: tuple[Candidate, ...] = ()

    def __repr__(self) -> str:
        return (f"Mention({self.surface!r}, {self.report_id!r}:{self.start}-{self.end}, {self.kind}, "
                f"{len(self.candidates)} candidates)")  # fmt: skip


@dataclass(frozen=True, slots=True)
class Event:
    """What one sentence of one report says of one place.

    ``place`` is the chosen candidate, or ``None`` when the name could not be
    resolved; ``resolution`` says how the choice was made (for example
    ``"only candidate"``, ``"admin1 named nearby"``, ``"near other places"``,
    ``"undecided"``; ``"foreign: Kursk Oblast (RU)"`` for a place outside Ukraine, which
    has no place and no status). ``status`` is ``None`` for a mention without one, and
    ``cue`` is the word or phrase of the sentence that decided the status.

    ``event_date`` is when the event happened, as the text tells it: the first day of its
    period (of a season: of its first month), known to ``date_precision`` (``"day"``,
    ``"month"`` or ``"year"``), and
    ``date_source`` says where it comes from: the event's own sentence (``"sentence"``:
    "on 10 September", "the next day"), the text before it (``"context"``: the date it
    last gave, a heading) or, failing both, the report's own date (``"report"``). All
    three are ``None`` when neither the text nor the report gives a date
    (see :mod:`mapper.reading.dates`). The report's date stays in ``report.date``.

    ``extent`` says, for a region (an oblast), whether the sentence speaks of the whole of it
    (``"whole"``: "Kherson Oblast was liberated") or of part (``"part"``: "liberated
    settlements of Donetsk Oblast", "10% of Mykolaiv Oblast"); a map tints only the first.
    ``None`` for a settlement and for a mention without a status.
    """

    report: Report = field(repr=False)
    mention: Mention
    place: Place | None
    status: Status | None
    cue: str | None = None
    confidence: float = 0.0
    resolution: str = ""
    event_date: dt.date | None = None
    date_precision: DatePrecision | None = None
    date_source: DateSource | None = None
    extent: Extent | None = None

    def __repr__(self) -> str:
        place = self.place.name if self.place is not None else f"{self.mention.surface!r} (not found)"
        when = f", {self.event_date.isoformat()} ({self.date_precision})" if self.event_date else ""
        return (f"Event({place}: {self.status or 'no status'}{when}, confidence {self.confidence:g}, "
                f"{self.report.id!r}:{self.mention.start})")  # fmt: skip

    @property
    def __geo_interface__(self) -> dict:
        """The event as a GeoJSON Feature with the fields of :func:`mapper.event_record` (no
        geometry for a name not found): ``geopandas.GeoDataFrame.from_features(events)`` reads a
        list of events as it is."""
        from mapper.publishing.features import event_record  # an edge format, built on demand

        geometry = self.place.__geo_interface__ if self.place is not None else None
        return {"type": "Feature", "geometry": geometry, "properties": event_record(self)}

    @property
    def document(self) -> str:
        """The id of the report the event comes from."""
        return self.report.id

    @property
    def sentence(self) -> str:
        """The evidence: the sentence that reports the status."""
        return self.mention.sentence
