"""How ``mapper evaluate`` prints an :class:`~mapper.evaluate.Evaluation`: a table, then every finding."""

from __future__ import annotations

from typing import TYPE_CHECKING

if TYPE_CHECKING:
    from mapper.evaluate import DocumentScore, Evaluation, Finding, Geocoding

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


def _seeds_cell(score: DocumentScore) -> str:
    if not score.expected and not score.must_not:
        return ""
    return f"{score.expected_found}/{score.expected} found, {score.must_not_hit}/{score.must_not} must-not hit"


def print_evaluation(evaluation: Evaluation, gazetteer_source: str) -> None:
    """Print the scores table and the findings on stdout (plain text when stdout is not a terminal)."""
    from rich.console import Console
    from rich.table import Table

    console = Console(highlight=False, soft_wrap=True)
    table = Table(title=f"mapper evaluate (gazetteer: {gazetteer_source})", title_justify="left")
    for header in ("document", "TP", "FP", "FN", "precision", "recall", "F1"):
        table.add_column(header, justify="left" if header == "document" else "right")
    for header in ("mentions found", "same place", "≤10 km", "≤161 km"):
        table.add_column(header, justify="right")
    table.add_column("seeds")
    for score in evaluation.documents:
        table.add_row(
            score.document, str(score.true_positives), str(score.false_positives), str(score.false_negatives),
            _pct(score.precision), _pct(score.recall), _pct(score.f1),
            *_geocoding_cells(score.geocoding), _seeds_cell(score),
        )  # fmt: skip
    table.add_section()
    table.add_row(
        "overall", str(evaluation.true_positives), str(evaluation.false_positives),
        str(evaluation.false_negatives), _pct(evaluation.precision), _pct(evaluation.recall),
        _pct(evaluation.f1), *_geocoding_cells(evaluation.geocoding), "",
        style="bold",
    )  # fmt: skip
    console.print(table)
    geocoding_errors = [f for d in evaluation.documents for f in d.geocoding_errors]
    for title, findings in (
        ("misses", evaluation.misses),
        ("false alarms", evaluation.false_alarms),
        ("geocoding errors", geocoding_errors),
    ):
        _print_findings(console, title, findings)


def _print_findings(console: object, title: str, findings: list[Finding]) -> None:
    from rich.markup import escape

    console.print(f"\n[bold]{title}: {len(findings)}[/bold]")  # type: ignore[attr-defined]
    for finding in findings:
        console.print(escape(str(finding)))  # type: ignore[attr-defined]
