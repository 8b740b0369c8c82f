"""Scoring mapper's events against gold annotations.

Two things are scored (see ``shared/eval/README.md``):

**(place, status) pairs**, per document and over all documents. A pair the
gold requires and no event gives is a *miss*; a pair an event gives that the
gold neither requires nor accepts is a *false alarm*; a pair the gold only
accepts (asserted by low-confidence mentions alone) is neither. A gold place
without a GeoNames id (a facility) stands for every predicted place within
its ``max_km``. Precision, recall and F1 are computed from these counts.

**Geocoding** of the high-confidence gold mentions (per-mention gold only):
each is matched to at most one predicted mention, which must be in the same
sentence (the sentences agree after markup, case and white space are set
aside, or one contains the other, or they share 80% of the shorter one's
words) and have the same surface text (or, failing that, one surface
containing the other); exact surfaces are paired first, then by order in the
text. A matched mention counts as the same place (same geonameid), within
10 km, or within 161 km (100 miles) of the gold position.

**Event dates** of the high-confidence gold mentions that carry a date
(per-mention gold only): each such mention matched as for geocoding, and found
with one of its statuses, is *scored*; it is *right* when the date of an event
that gives it one of those statuses, cut to the gold's precision (``2022-09``
compares year and month), equals the gold date. Mentions whose date the
annotator marked ``low`` are counted apart (``unsure_scored``/``unsure_right``).

For the seeds gold, an ``expect`` place also counts as *found* when an event
gives it one of the statuses listed for it, and a ``must_not`` place as *hit*
when any event gives it a status.
"""

from __future__ import annotations

import os
import re
from collections.abc import Callable, Iterable, Sequence
from dataclasses import dataclass, replace
from pathlib import Path
from typing import TYPE_CHECKING, Literal

from mapper._gold import GoldDocument, GoldMention, GoldPlace, load_gold
from mapper._types import Status
from mapper.errors import EvaluationError
from mapper.model import Event, Place, Report

if TYPE_CHECKING:
    from mapper.gazetteer import Gazetteer

__all__ = [
    "Finding", "Geocoding", "DateScore", "DocumentScore", "Evaluation", "Band", "RELIABILITY_BANDS", "score_document",
    "evaluate", "load_gold",
]

NEAR_KM = 10.0
FAR_KM = 161.0


@dataclass(frozen=True, slots=True)
class Finding:
    """A missed pair, a false alarm, or a mention geocoded to the wrong place."""

    document: str
    kind: Literal["miss", "false alarm", "geocoding", "date"]
    name: str
    geonameid: int | None
    status: Status | None
    sentence: str | None
    note: str | None = None

    def __str__(self) -> str:
        place = f"{self.name} ({self.geonameid})" if self.geonameid is not None else self.name
        status = f" {self.status}" if self.status else ""
        note = f" [{self.note}]" if self.note else ""
        sentence = " ".join((self.sentence or "").split())
        return f"{self.document}: {self.kind}: {place}{status}{note}" + (f": {sentence}" if sentence else "")


@dataclass(frozen=True, slots=True)
class Geocoding:
    """How many high-confidence gold mentions were found, and placed how well."""

    gold: int = 0
    found: int = 0
    same: int = 0
    within_10km: int = 0
    within_161km: int = 0

    def __add__(self, other: Geocoding) -> Geocoding:
        return Geocoding(*(a + b for a, b in zip(_fields(self), _fields(other), strict=True)))

    def share(self, count: int) -> float:
        """``count`` as a share of the gold mentions (1.0 when there are none)."""
        return count / self.gold if self.gold else 1.0


@dataclass(frozen=True, slots=True)
class DateScore:
    """How many dated high-confidence gold mentions were found with one of their statuses (``scored``),
    and how many of those were dated right at the gold's precision (``right``); the ``unsure_``
    counts are the same for the mentions whose gold date is of low confidence."""

    scored: int = 0
    right: int = 0
    unsure_scored: int = 0
    unsure_right: int = 0

    def __add__(self, other: DateScore) -> DateScore:
        return DateScore(self.scored + other.scored, self.right + other.right,
                         self.unsure_scored + other.unsure_scored, self.unsure_right + other.unsure_right)  # fmt: skip

    @property
    def share(self) -> float:
        """Share of the scored events dated right (1.0 when none is scored)."""
        return _ratio(self.right, self.scored)

    @property
    def unsure_share(self) -> float:
        """The same share for the gold dates of low confidence."""
        return _ratio(self.unsure_right, self.unsure_scored)


def _fields(geocoding: Geocoding) -> tuple[int, ...]:
    return (geocoding.gold, geocoding.found, geocoding.same, geocoding.within_10km, geocoding.within_161km)


def _ratio(numerator: int, denominator: int) -> float:
    return numerator / denominator if denominator else 1.0


class _Counts:
    """Precision, recall and F1 from pair counts (a mixin of the score classes)."""

    __slots__ = ()
    true_positives: int
    false_positives: int
    false_negatives: int

    @property
    def precision(self) -> float:
        """Share of the pairs given that are right (1.0 when none is given)."""
        return _ratio(self.true_positives, self.true_positives + self.false_positives)

    @property
    def recall(self) -> float:
        """Share of the required pairs that are given (1.0 when none is required)."""
        return _ratio(self.true_positives, self.true_positives + self.false_negatives)

    @property
    def f1(self) -> float:
        """Harmonic mean of precision and recall."""
        p, r = self.precision, self.recall
        return 2 * p * r / (p + r) if p + r else 0.0


@dataclass(frozen=True, slots=True)
class DocumentScore(_Counts):
    """The scores of one gold document. ``geocoding`` is ``None`` for seeds gold."""

    document: str
    true_positives: int
    false_positives: int
    false_negatives: int
    optional_found: int
    misses: tuple[Finding, ...]
    false_alarms: tuple[Finding, ...]
    geocoding: Geocoding | None = None
    geocoding_errors: tuple[Finding, ...] = ()
    expected: int = 0
    expected_found: int = 0
    must_not: int = 0
    must_not_hit: int = 0
    judged: tuple[tuple[float, bool], ...] = ()
    """Each (place, status) pair given, as (its confidence, whether it is right); optional pairs are left out."""
    dates: DateScore | None = None
    date_errors: tuple[Finding, ...] = ()


RELIABILITY_BANDS = (0.0, 0.2, 0.4, 0.6, 0.8, 0.9, 1.0)
"""The confidence bands of :meth:`Evaluation.reliability`: [0, 0.2), ..., [0.9, 1.0]."""


@dataclass(frozen=True, slots=True)
class Band:
    """The pairs given with a confidence in ``[low, high)`` (the last band includes 1.0), and how many are right."""

    low: float
    high: float
    given: int
    right: int

    @property
    def share(self) -> float:
        """Share of the band's pairs that are right (1.0 when it is empty)."""
        return _ratio(self.right, self.given)


@dataclass(frozen=True, slots=True)
class Evaluation(_Counts):
    """The scores of every document, and their totals (pairs counted over all documents)."""

    documents: tuple[DocumentScore, ...]

    @property
    def true_positives(self) -> int:  # type: ignore[override]
        return sum(d.true_positives for d in self.documents)

    @property
    def false_positives(self) -> int:  # type: ignore[override]
        return sum(d.false_positives for d in self.documents)

    @property
    def false_negatives(self) -> int:  # type: ignore[override]
        return sum(d.false_negatives for d in self.documents)

    @property
    def geocoding(self) -> Geocoding | None:
        """Geocoding totals over the per-mention documents (``None`` if there is none)."""
        scores = [d.geocoding for d in self.documents if d.geocoding is not None]
        return sum(scores, Geocoding()) if scores else None

    @property
    def dates(self) -> DateScore | None:
        """Event-date totals over the per-mention documents (``None`` if there is none)."""
        scores = [d.dates for d in self.documents if d.dates is not None]
        return sum(scores, DateScore()) if scores else None

    @property
    def misses(self) -> list[Finding]:
        return [f for d in self.documents for f in d.misses]

    def reliability(self, bands: Sequence[float] = RELIABILITY_BANDS) -> list[Band]:
        """How often a pair given with each confidence is right: a confidence that means something
        has the share right rise with the band."""
        judged = [pair for d in self.documents for pair in d.judged]
        out = []
        for low, high in zip(bands, bands[1:]):
            last = high >= bands[-1]
            inside = [right for confidence, right in judged if low <= confidence and (confidence < high or last)]
            out.append(Band(low, high, len(inside), sum(inside)))
        return out

    @property
    def false_alarms(self) -> list[Finding]:
        return [f for d in self.documents for f in d.false_alarms]


def _km(place: Place, lat: float | None, lon: float | None) -> float:
    from geopy.distance import great_circle

    if lat is None or lon is None:
        return float("inf")
    return float(great_circle((place.latitude, place.longitude), (lat, lon)).km)


def _stands_for(gold: GoldPlace, place: Place) -> bool:
    if gold.geonameid is not None:
        return place.geonameid == gold.geonameid
    return gold.max_km is not None and _km(place, gold.lat, gold.lon) <= gold.max_km


def _pairs(events: Iterable[Event]) -> dict[tuple[int, Status], Event]:
    """Each (place, status) pair given, with its most confident event."""
    pairs: dict[tuple[int, Status], Event] = {}
    for event in events:
        if event.place is not None and event.status is not None:
            key = (event.place.geonameid, event.status)
            if key not in pairs or event.confidence > pairs[key].confidence:
                pairs[key] = event
    return pairs


def score_document(gold: GoldDocument, events: Sequence[Event]) -> DocumentScore:
    """Score the events of one report against its gold annotation.

    A pure function: it needs no gazetteer and no pipeline, only events (which
    may include status-less mentions, used for geocoding).

    Parameters
    ----------
    gold
        One document of :func:`load_gold`.
    events
        The events extracted from that document's report.

    Returns
    -------
    DocumentScore
    """
    pairs = _pairs(events)
    wanted = [g for g in gold.places if not g.forbidden]
    misses: list[Finding] = []
    true_positives = 0
    for place in wanted:
        for status in sorted(place.required):
            if any(s == status and _stands_for(place, e.place) for (_, s), e in pairs.items()):  # type: ignore[arg-type]
                true_positives += 1
            else:
                sentence = (place.evidence or {}).get(status)
                misses.append(Finding(gold.document, "miss", place.name, place.geonameid, status, sentence,
                                      None if sentence else place.note))  # fmt: skip
    false_alarms: list[Finding] = []
    judged: list[tuple[float, bool]] = []
    optional_found = 0
    for (_, status), event in pairs.items():
        assert event.place is not None
        golds = [g for g in gold.places if _stands_for(g, event.place)]
        if any(status in g.required for g in golds if not g.forbidden):
            judged.append((event.confidence, True))
            continue
        if any(status in g.optional for g in golds if not g.forbidden):
            optional_found += 1
            continue
        judged.append((event.confidence, False))
        forbidden = next((g for g in golds if g.forbidden), None)
        note = f"must not: {forbidden.note or forbidden.name}" if forbidden else None
        false_alarms.append(Finding(gold.document, "false alarm", event.place.name, event.place.geonameid,
                                    status, event.sentence, note or (f"cue: {event.cue}" if event.cue else None)))  # fmt: skip
    expected = [g for g in wanted if g.required]
    forbidden = [g for g in gold.places if g.forbidden]
    geocoding, geocoding_errors = _score_geocoding(gold, events) if gold.mentions else (None, [])
    dates, date_errors = _score_dates(gold, events) if gold.mentions else (None, [])
    return DocumentScore(
        document=gold.document,
        true_positives=true_positives,
        false_positives=len(false_alarms),
        false_negatives=len(misses),
        optional_found=optional_found,
        misses=tuple(misses),
        false_alarms=tuple(false_alarms),
        geocoding=geocoding,
        geocoding_errors=tuple(geocoding_errors),
        expected=len(expected),
        expected_found=sum(
            any(_stands_for(g, e.place) and s in g.required for (_, s), e in pairs.items())  # type: ignore[arg-type]
            for g in expected
        ),
        must_not=len(forbidden),
        must_not_hit=sum(any(_stands_for(g, e.place) for e in pairs.values()) for g in forbidden),  # type: ignore[arg-type]
        judged=tuple(judged),
        dates=dates,
        date_errors=tuple(date_errors),
    )


_MARKUP = re.compile(r"\]\([^)]*\)|[*_`\[\]#>]")
_QUOTES = str.maketrans({"’": "'", "‘": "'", "“": '"', "”": '"', "\u00a0": " "})


def _normalise(sentence: str) -> str:
    return " ".join(_MARKUP.sub(" ", sentence.translate(_QUOTES)).casefold().split())


def _same_sentence(a: str, b: str) -> bool:
    if a == b or (min(len(a), len(b)) >= 20 and (a in b or b in a)):
        return True
    words_a, words_b = set(a.split()), set(b.split())
    smaller = min(len(words_a), len(words_b))
    return smaller >= 4 and len(words_a & words_b) >= 0.8 * smaller


def _by_sentence(events: Sequence[Event]) -> dict[str, list[Event]]:
    """One event per predicted mention (the first), grouped by normalised sentence in text order."""
    predicted: dict[tuple[int, int], Event] = {}
    for event in events:
        predicted.setdefault((event.mention.start, event.mention.end), event)
    by_sentence: dict[str, list[Event]] = {}
    for event in sorted(predicted.values(), key=lambda e: e.mention.start):
        by_sentence.setdefault(_normalise(event.sentence), []).append(event)
    return by_sentence


def _score_geocoding(gold: GoldDocument, events: Sequence[Event]) -> tuple[Geocoding, list[Finding]]:
    high = [m for m in gold.mentions if m.high and (m.geonameid is not None or m.lat is not None)]
    matches = _match_mentions(high, _by_sentence(events))
    counts = [0, 0, 0, 0]  # found, same, within 10 km, within 161 km
    errors: list[Finding] = []
    for mention in high:
        event = matches.get(id(mention))
        if event is None:
            errors.append(Finding(gold.document, "geocoding", mention.name, mention.geonameid, None,
                                  mention.sentence, f"'{mention.surface}' not found"))  # fmt: skip
            continue
        counts[0] += 1
        place = event.place
        km = _km(place, mention.lat, mention.lon) if place is not None else float("inf")
        same = place is not None and place.geonameid == mention.geonameid
        counts[1] += same
        counts[2] += same or km <= NEAR_KM
        counts[3] += same or km <= FAR_KM
        if not same:
            got = f"{place.name} ({place.geonameid}), {km:.0f} km away" if place else "unresolved"
            errors.append(Finding(gold.document, "geocoding", mention.name, mention.geonameid, None,
                                  mention.sentence, f"'{mention.surface}' placed at {got}"))  # fmt: skip
    return Geocoding(len(high), *counts), errors


def _score_dates(gold: GoldDocument, events: Sequence[Event]) -> tuple[DateScore, list[Finding]]:
    dated = [m for m in gold.mentions if m.high and m.date and m.statuses]
    matches = _match_mentions(dated, _by_sentence(events))
    by_span: dict[tuple[int, int], list[Event]] = {}
    for event in events:
        by_span.setdefault((event.mention.start, event.mention.end), []).append(event)
    counts = [0, 0, 0, 0]  # scored, right; the same for gold dates of low confidence
    errors: list[Finding] = []
    for mention in dated:
        match = matches.get(id(mention))
        if match is None:
            continue
        found = [e for e in by_span[(match.mention.start, match.mention.end)] if e.status in mention.statuses]
        if not found:
            continue
        right = any(_date_at(e, len(mention.date)) == mention.date for e in found)  # type: ignore[arg-type]
        unsure = 0 if mention.date_high else 2
        counts[unsure] += 1
        counts[unsure + 1] += right
        if not right:
            got = ", ".join(dict.fromkeys(_said_date(e) for e in found))
            note = f"gold {mention.date}{'' if mention.date_high else ' (unsure)'}, got {got}"
            errors.append(Finding(gold.document, "date", mention.name, mention.geonameid, found[0].status,
                                  mention.sentence, note))  # fmt: skip
    return DateScore(*counts), errors


def _date_at(event: Event, length: int) -> str | None:
    """The event's date as ISO text cut to ``length`` characters (4: the year, 7: the month)."""
    return event.event_date.isoformat()[:length] if event.event_date is not None else None


def _said_date(event: Event) -> str:
    if event.event_date is None:
        return "no date"
    return f"{event.event_date.isoformat()} ({event.date_precision}, {event.date_source})"


def _match_mentions(gold: list[GoldMention], by_sentence: dict[str, list[Event]]) -> dict[int, Event]:
    """Pair gold mentions with predicted ones, one to one (keys: ``id()`` of the gold mention)."""
    sentences = list(by_sentence)
    taken: set[int] = set()
    matches: dict[int, Event] = {}
    tests: list[Callable[[str, str], bool]] = [lambda a, b: a == b, lambda a, b: a in b or b in a]
    for surface_matches in tests:
        for mention in gold:
            if id(mention) in matches:
                continue
            wanted = _normalise(mention.sentence)
            surface = mention.surface.casefold()
            for sentence in sentences:
                if not _same_sentence(wanted, sentence):
                    continue
                event = next(
                    (e for e in by_sentence[sentence]
                     if id(e) not in taken and surface_matches(surface, e.mention.surface.casefold())),
                    None,
                )  # fmt: skip
                if event is not None:
                    taken.add(id(event))
                    matches[id(mention)] = event
                    break
    return matches


def _find_report(gold: GoldDocument, reports_dir: Path | None, read: dict[Path, dict[str, Report]]) -> Report:
    """The report a gold document names: a file of that name, else a report with that id
    (an object of a JSON or JSON-lines file), in ``reports_dir`` and then beside the gold file."""
    from mapper.reports import read_report, read_reports

    folders = [reports_dir] if reports_dir is not None else []
    folders.append(Path(gold.path).parent)
    for folder in folders:
        if (folder / gold.document).is_file():
            return replace(read_report(folder / gold.document), id=gold.document)
    for folder in folders:
        if folder not in read:
            read[folder] = {report.id: report for report in read_reports([folder]).reports}
        if gold.document in read[folder]:
            return read[folder][gold.document]
    looked = " nor in ".join(f"'{folder}'" for folder in folders)
    raise EvaluationError(f"{gold.path}: the report '{gold.document}' is neither in {looked}")


def evaluate(
    gold_paths: Iterable[str | os.PathLike[str]],
    reports_dir: str | os.PathLike[str] | None,
    gazetteer: Gazetteer | None = None,
    *,
    on_document: Callable[[str], None] | None = None,
) -> Evaluation:
    """Run the pipeline on the reports of gold files and score what it finds.

    Parameters
    ----------
    gold_paths
        Gold files, in the seeds format or the per-mention format.
    reports_dir
        Where the reports named by the gold files are: a file of the
        document's name, or a report with that id (an object of a JSON or
        JSON-lines file). A report not found there is looked for beside its
        gold file.
    gazetteer
        Passed to :func:`mapper.pipeline.extract` (``None``: the built-in one).
    on_document
        Called with each document's name before it is read (for progress bars).

    Raises
    ------
    EvaluationError
        When a gold file cannot be read or names a report that is not found.
    ReportError
        When a report cannot be read.
    """
    from mapper.pipeline import extract_reports

    if gazetteer is None:
        from mapper.gazetteer import load_gazetteer

        gazetteer = load_gazetteer()
    folder = Path(reports_dir) if reports_dir is not None else None
    read: dict[Path, dict[str, Report]] = {}
    documents: list[tuple[GoldDocument, Report]] = []
    for gold_path in gold_paths:
        for gold in load_gold(gold_path):
            if on_document is not None:
                on_document(gold.document)
            documents.append((gold, _find_report(gold, folder, read)))
    # One run over every report, as `mapper extract` reads a folder: the reports of a batch are each
    # other's context (see mapper.pipeline.extract_reports).
    by_report: dict[int, list[Event]] = {id(report): [] for _, report in documents}
    for event in extract_reports([report for _, report in documents], gazetteer, all_mentions=True):
        by_report[id(event.report)].append(event)
    return Evaluation(tuple(score_document(gold, by_report[id(report)]) for gold, report in documents))
