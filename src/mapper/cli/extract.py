"""``mapper extract`` and ``mapper evaluate``: events out of reports, and their scores.

:func:`run_extraction` (read the reports, load the gazetteer, run the
pipeline with a progress bar, name on stderr what could not be read or
resolved) is shared with the other commands that start from reports.
"""

from __future__ import annotations

import sys
from collections.abc import Iterator, Sequence
from dataclasses import dataclass
from enum import Enum
from pathlib import Path
from typing import TYPE_CHECKING, Annotated, Optional

import typer

from mapper.cli import app
from mapper.cli._common import (
    EXIT_BAD_INPUT,
    EXIT_OK,
    EXIT_SKIPPED,
    EXIT_FAILED,
    GazetteerOption,
    QuietOption,
    VerboseOption,
    data_to_stdout,
    errors_as_exit,
    fail,
    setup_logging,
)

if TYPE_CHECKING:
    from mapper.gazetteer import Gazetteer
    from mapper.model import Event, Report
    from mapper.reports import ReadResult

__all__ = ["ExtractionRun", "BomOption", "run_extraction", "output_format", "check_folder", "extract_command",
           "evaluate_command"]  # fmt: skip

PROGRESS_MIN_REPORTS = 5
"""Fewer reports than this get no progress bar."""

UNRESOLVED_LISTED = 30
"""How many unresolved names are listed on stderr (all are counted; names of places outside
Ukraine are not unresolved)."""


class OutputFormat(str, Enum):
    geojson = "geojson"
    jsonl = "jsonl"
    csv = "csv"
    gpkg = "gpkg"
    kml = "kml"


BomOption = Annotated[
    bool, typer.Option("--bom", help="Start CSV files with a UTF-8 byte order mark, by which Excel reads them as UTF-8.")
]


@dataclass(frozen=True, slots=True)
class ExtractionRun:
    """What :func:`run_extraction` read and found: every event, with or without a status."""

    read: ReadResult
    gazetteer: Gazetteer
    events: list[Event]

    @property
    def exit_code(self) -> int:
        """``EXIT_SKIPPED`` when a report was skipped, else ``EXIT_OK``."""
        return EXIT_SKIPPED if self.read.skipped else EXIT_OK


def _show_progress(quiet: bool, count: int) -> bool:
    return not quiet and count >= PROGRESS_MIN_REPORTS and sys.stderr.isatty()


def _with_progress(reports: Sequence[Report], quiet: bool) -> Iterator[Report]:
    """Yield the reports, advancing a progress bar on stderr as each is taken."""
    if not _show_progress(quiet, len(reports)):
        yield from reports
        return
    from rich.console import Console
    from rich.progress import (
        BarColumn,
        MofNCompleteColumn,
        Progress,
        TextColumn,
        TimeRemainingColumn,
    )

    columns = (TextColumn("reading reports"), BarColumn(), MofNCompleteColumn(), TimeRemainingColumn())
    with Progress(*columns, console=Console(stderr=True), transient=True) as progress:
        task = progress.add_task("reports", total=len(reports))
        for report in reports:
            yield report
            progress.advance(task)


def _say_unresolved(events: list[Event], gazetteer: Gazetteer) -> None:
    names: dict[str, int] = {}
    for event in events:
        if event.place is None and event.mention.kind != "foreign":
            names[event.mention.surface] = names.get(event.mention.surface, 0) + 1
    if not names:
        return
    shown = ", ".join(sorted(names, key=str.casefold)[:UNRESOLVED_LISTED])
    more = f" and {len(names) - UNRESOLVED_LISTED} more" if len(names) > UNRESOLVED_LISTED else ""
    typer.echo(f"mapper: {len(names)} names could not be resolved: {shown}{more}", err=True)
    if gazetteer.source.startswith("built-in"):
        typer.echo(
            "mapper: hint: the built-in gazetteer lacks most villages; for them use the "
            "full GeoNames dump: --gazetteer UA.txt, or once 'mapper gazetteer import UA.txt' "
            "(https://download.geonames.org/export/dump/UA.zip)",
            err=True,
        )


def run_extraction(paths: Sequence[str], gazetteer_path: Path | None, *, quiet: bool = False) -> ExtractionRun:
    """Read reports, load the gazetteer and extract every event (status or not).

    Skipped reports are warned about by :mod:`mapper.reports`; names that could
    not be resolved are counted and listed on stderr. Raises ``typer.Exit``
    with ``EXIT_BAD_INPUT`` when no report can be read, and turns a
    :class:`~mapper.errors.MapperError` into a one-line error.
    """
    from mapper.gazetteer import load_gazetteer
    from mapper.pipeline import extract_reports
    from mapper.reports import read_reports

    with errors_as_exit():
        read = read_reports(paths)
        if not read.reports:
            raise fail(f"no readable report among {', '.join(paths)}", EXIT_BAD_INPUT)
        gazetteer = load_gazetteer(gazetteer_path)
        events = list(extract_reports(_with_progress(read.reports, quiet), gazetteer, all_mentions=True))
    if not quiet:
        _say_unresolved(events, gazetteer)
        if read.skipped:
            typer.echo(f"mapper: {len(read.skipped)} reports (or lines) skipped, see above", err=True)
    return ExtractionRun(read, gazetteer, events)


def output_format(output: Path | None, asked: OutputFormat | None) -> str:
    """The format ``extract`` writes in: that of the extension of ``output``, else ``--format``.

    A FIFO or device has no extension to go by: it takes ``--format`` (default GeoJSON) and
    is written as a stream. Called before the reports are read, so that a bad option costs nothing. Raises
    ``typer.Exit`` with ``EXIT_BAD_INPUT`` for an extension that names no format, a
    ``--format`` that contradicts it, or a GeoPackage or KML asked on stdout.
    """
    from mapper.publishing.export import FILE_ONLY, format_of

    if output is None:
        fmt = (asked or OutputFormat.geojson).value
        if fmt in FILE_ONLY:
            raise fail(f"--format {fmt} needs a file: give one with -o (e.g. -o events.{fmt})", EXIT_BAD_INPUT)
        return fmt
    if output.exists() and not output.is_file() and not output.is_dir():  # a FIFO or device: no extension
        return (asked or OutputFormat.geojson).value
    try:
        fmt = format_of(output)
    except ValueError as exc:
        raise fail(str(exc), EXIT_BAD_INPUT) from None
    if asked is not None and asked.value != fmt:
        raise fail(f"--format {asked.value} contradicts the extension of '{output}', which is {fmt}: "
                   f"drop --format, or name the file for its format", EXIT_BAD_INPUT)  # fmt: skip
    return fmt


def check_folder(path: Path, what: str) -> None:
    """Exit with ``EXIT_FAILED`` at once, before any work, when the folder of ``path`` is missing."""
    folder = path.parent
    if not folder.is_dir():
        raise fail(f"cannot write {what} '{path}': its folder '{folder}' does not exist", EXIT_FAILED)


@app.command("extract")
def extract_command(
    reports: Annotated[list[str], typer.Argument(metavar="REPORT", help="Report files or folders; '-' reads text from stdin.")],
    gazetteer: GazetteerOption = None,
    all_mentions: Annotated[
        bool, typer.Option("--all-mentions", help="Also output mentions without a status (status null).")
    ] = False,
    asked_format: Annotated[
        Optional[OutputFormat],
        typer.Option("--format", "-f", case_sensitive=False, show_default=False,
                     help="Format of stdout (default geojson). With -o the extension of the file says it; "
                          "--format may repeat it, not contradict it."),
    ] = None,
    output: Annotated[
        Optional[Path],
        typer.Option("--output", "-o", help="Write here (atomically) instead of stdout, in the format of its "
                     "extension: .geojson or .json (GeoJSON), .jsonl, .csv (with a .csvt beside it), .gpkg, .kml."),
    ] = None,
    changes: Annotated[
        Path | None,
        typer.Option("--changes", metavar="FILE", help="Also write the changes of status over time as CSV to FILE: "
                     "place, status before, status after, date (the event's), evidence."),
    ] = None,
    bom: BomOption = False,
    quiet: QuietOption = False,
    verbose: VerboseOption = 0,
) -> None:
    """Find the places each report names and the status it reports for each: one event per line or feature.

    Each event has a stable id ("<document>:<start>-<end>:<status>"), and carries document,
    geonameid, name, admin1, lat, lon, status, sentence, start, end (offsets into the report text),
    cue, confidence, candidates, event_date (when the event happened, ISO; date_precision day,
    month or year; date_source sentence, context or report), date (the report's), source and url.

    The format follows the extension of -o: GeoJSON (RFC 7946; names that could not be resolved in
    the collection's "unresolved" member, names of places outside Ukraine, with --all-mentions, in
    its "foreign" member), JSON lines, CSV (lon/lat columns, ISO dates, a .csvt of column types
    beside it), GeoPackage (layers events, places and unresolved, Date fields, a style per status
    for QGIS) or KML (a style per status, a TimeStamp per event). --changes also writes the table
    of change over time (mapper.timeline). Exit code 2 for a bad option, before any report is
    read; 3 when some report was skipped (each is named on stderr).
    """
    from mapper.publishing.export import write_events

    setup_logging(quiet, verbose)
    if output is not None and str(output) == "-":
        output = None
    fmt = output_format(output, asked_format)
    for path, what in ((output, "the events"), (changes, "the changes")):
        if path is not None:
            check_folder(path, what)
    run = run_extraction(reports, gazetteer, quiet=quiet)
    events = [e for e in run.events if all_mentions or e.status is not None]
    if output is None:
        with data_to_stdout() as stdout, errors_as_exit():
            written = write_events(events, stdout, fmt, bom=bom)
    else:
        with errors_as_exit():
            written = write_events(events, output, fmt, bom=bom)
    if changes is not None:
        _write_changes(run.events, changes, quiet)
    if not quiet and output is not None:
        places = len({e.place.geonameid for e in events if e.place is not None})
        files = ", ".join(str(path) for path in written)
        typer.echo(f"mapper: {len(events)} events, {places} places, written to {files}", err=True)
    raise typer.Exit(run.exit_code)


def _write_changes(events: list[Event], path: Path, quiet: bool) -> None:
    """Write the change table of ``events`` (:func:`mapper.timeline.status_changes`) as CSV to ``path``."""
    from mapper.publishing.changes import write_changes
    from mapper.timeline import status_changes

    found = status_changes(events)
    with errors_as_exit():
        write_changes(path, found)
    if not quiet:
        undated = sum(1 for e in events if e.status is not None and e.place is not None and e.event_date is None)
        left = f" ({undated} events without a date left out)" if undated else ""
        typer.echo(f"mapper: {len(found)} changes of status written to {path}{left}", err=True)


@app.command("evaluate")
def evaluate_command(
    gold: Annotated[list[Path], typer.Argument(metavar="GOLD.json", help="Gold files: seeds.gold.json, or per-mention *.gold.json.")],
    reports_dir: Annotated[
        Optional[Path],
        typer.Option("--reports", "-r", help="Folder of the reports the gold files name (default: beside each gold file)."),
    ] = None,
    gazetteer: GazetteerOption = None,
    quiet: QuietOption = False,
    verbose: VerboseOption = 0,
) -> None:
    """Score extraction against gold annotations: (place, status) precision, recall and F1 per document
    and overall, geocoding of the high-confidence mentions, then every miss and false alarm, one per line."""
    from mapper.evaluate import evaluate
    from mapper.gazetteer import load_gazetteer

    setup_logging(quiet, verbose)
    with errors_as_exit():
        gaz = load_gazetteer(gazetteer)
        evaluation = evaluate(gold, reports_dir, gaz)
    from mapper.cli._scores import print_evaluation

    print_evaluation(evaluation, gaz.source)
