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
from collections.abc import Callable, Iterable, Sequence
from dataclasses import replace
from pathlib import Path
from typing import TYPE_CHECKING

from mapper._gold import GoldDocument, GoldPlace, load_gold
from mapper._matching import _by_sentence, _match_mentions
from mapper._scores import (
    RELIABILITY_BANDS,
    Band,
    DateScore,
    DocumentScore,
    Evaluation,
    Finding,
    Geocoding,
)
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
