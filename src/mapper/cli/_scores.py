"""How ``mapper evaluate`` prints an :class:`~mapper.evaluate.Evaluation`: a table, then every finding."""

from __future__ import annotations

from typing import TYPE_CHECKING

if TYPE_CHECKING:
    from mapper.evaluate import DateScore, DocumentScore, Evaluation, Finding, Geocoding

__all__ = ["print_evaluation"]


def _pct(value: float) -> str:
    return f"{value:.3f}"


def _geocoding_cells(geocoding: Geocoding | None) -> list[str]:
    if geocoding is None or not geocoding.gold:
        return ["", "", "", ""]
    return [
        f"{geocoding.found}/{geocoding.gold}",
        _pct(geocoding.share(geocoding.same)),
        _pct(geocoding.share(geocoding.within_10km)),
        _pct(geocoding.share(geocoding.within_161km)),
    ]


def _date_cells(dates: DateScore | None) -> list[str]:
    if dates is None or not dates.scored:
        return ["", ""]
    return [f"{dates.right}/{dates.scored}", _pct(dates.share)]


def _seeds_cell(score: DocumentScore) -> str:
    if score.geocoding is not None:  # per-mention gold: no expect / must_not lists
        return ""
    return f"{score.expected_found}/{score.expected}, {score.must_not_hit}/{score.must_not}"


def print_evaluation(evaluation: Evaluation, gazetteer_source: str) -> None:
    """Print the scores table and the findings on stdout (plain text when stdout is not a terminal)."""
    from rich.console import Console
    from rich.table import Table

    console = Console(highlight=False, soft_wrap=True)
    if not console.is_terminal:  # a file or a pipe: keep each row on one line
        console = Console(highlight=False, soft_wrap=True, width=200)
    table = Table(
        title=f"(place, status) pairs and geocoding; gazetteer: {gazetteer_source}",
        title_justify="left",
        caption="geocoding: high-confidence gold mentions found, and the share placed at the same "
        "place / within 10 km / within 161 km; dates: the dated high-confidence gold mentions found with "
        "one of their statuses (gold date of high confidence) dated right at the gold's precision, and "
        "the share; seeds: expected places found, must-not places given a status",
        caption_justify="left",
    )
    table.add_column("document", no_wrap=True)
    for header in ("TP", "FP", "FN", "precision", "recall", "F1", "found", "same", "≤10 km", "≤161 km", "dates",
                   "dated"):  # fmt: skip
        table.add_column(header, justify="right", no_wrap=True)
    table.add_column("seeds", no_wrap=True)
    for score in evaluation.documents:
        table.add_row(
            score.document, str(score.true_positives), str(score.false_positives), str(score.false_negatives),
            _pct(score.precision), _pct(score.recall), _pct(score.f1),
            *_geocoding_cells(score.geocoding), *_date_cells(score.dates), _seeds_cell(score),
        )  # fmt: skip
    table.add_section()
    table.add_row(
        "overall", str(evaluation.true_positives), str(evaluation.false_positives),
        str(evaluation.false_negatives), _pct(evaluation.precision), _pct(evaluation.recall),
        _pct(evaluation.f1), *_geocoding_cells(evaluation.geocoding), *_date_cells(evaluation.dates), "",
        style="bold",
    )  # fmt: skip
    console.print(table)
    dates = evaluation.dates
    if dates is not None and dates.unsure_scored:
        console.print(f"dates the annotators were unsure of: {dates.unsure_right}/{dates.unsure_scored} right "
                      f"({_pct(dates.unsure_share)})")  # fmt: skip
    _print_reliability(console, evaluation)
    geocoding_errors = [f for d in evaluation.documents for f in d.geocoding_errors]
    date_errors = [f for d in evaluation.documents for f in d.date_errors]
    for title, findings in (
        ("misses", evaluation.misses),
        ("false alarms", evaluation.false_alarms),
        ("geocoding errors", geocoding_errors),
        ("date errors", date_errors),
    ):
        _print_findings(console, title, findings)


def _print_reliability(console: object, evaluation: Evaluation) -> None:
    from rich.table import Table

    table = Table(title="reliability: the (place, status) pairs given, by confidence", title_justify="left")
    for header in ("confidence", "pairs", "right", "share right"):
        table.add_column(header, justify="right", no_wrap=True)
    for band in evaluation.reliability():
        closing = "]" if band.high >= 1.0 else ")"
        share = _pct(band.share) if band.given else ""
        table.add_row(f"[{band.low:.1f}, {band.high:.1f}{closing}", str(band.given), str(band.right), share)
    console.print(table)  # type: ignore[attr-defined]


def _print_findings(console: object, title: str, findings: list[Finding]) -> None:
    from rich.markup import escape

    console.print(f"\n[bold]{title}: {len(findings)}[/bold]")  # type: ignore[attr-defined]
    for finding in findings:
        console.print(escape(str(finding)))  # type: ignore[attr-defined]
