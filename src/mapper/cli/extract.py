"""``mapper extract`` and ``mapper evaluate``: events out of reports, and their scores.

``extract`` is a stream: the reports are read as they are needed, extracted batch by batch (on
``--jobs`` processes) and each event is written as it comes, in GeoJSON, JSON lines or CSV, so
that a corpus of any size runs in the memory of a few batches (GeoPackage and KML collect the
events first). The run itself (reading, the gazetteer, the workers, the progress bar, what was
skipped or not resolved) is :mod:`mapper.cli._run`'s, shared with ``map`` and ``site``.
"""

from __future__ import annotations

from collections.abc import Iterator
from enum import Enum
from pathlib import Path
from typing import TYPE_CHECKING, Annotated, Optional

import typer

from mapper.cli import app
from mapper.cli._common import (
    EXIT_BAD_INPUT,
    EXIT_FAILED,
    GazetteerOption,
    JobsOption,
    MaxReportSizeOption,
    QuietOption,
    VerboseOption,
    data_to_stdout,
    errors_as_exit,
    fail,
    report_bytes,
    setup_logging,
)
from mapper.cli._run import ChangeEvidence, ExtractionRun, extraction, run_extraction, without_text

if TYPE_CHECKING:
    from mapper.model import Event

__all__ = ["ExtractionRun", "BomOption", "run_extraction", "output_format", "check_folder", "extract_command",
           "evaluate_command"]  # fmt: skip


class OutputFormat(str, Enum):
    geojson = "geojson"
    jsonl = "jsonl"
    csv = "csv"
    gpkg = "gpkg"
    kml = "kml"


BomOption = Annotated[
    bool, typer.Option("--bom", help="Start CSV files with a UTF-8 byte order mark, by which Excel reads them as UTF-8.")
]


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
                     "extension: .geojson or .json (GeoJSON), .jsonl, .csv (with a .csvt beside it), .gpkg, .kml. "
                     "GeoJSON, JSON lines and CSV are written as the events come; GeoPackage and KML collect "
                     "them first (memory grows with the events)."),
    ] = None,
    changes: Annotated[
        Path | None,
        typer.Option("--changes", metavar="FILE", help="Also write the changes of status over time as CSV to FILE: "
                     "place, status before, status after, date (the event's), evidence."),
    ] = None,
    bom: BomOption = False,
    jobs: JobsOption = None,
    dask: Annotated[
        Optional[str],
        typer.Option("--dask", metavar="ADDRESS", help="Extract on the Dask cluster whose scheduler is at ADDRESS "
                     "(tcp://host:8786), the same events in the same order; its workers read the reports and the "
                     "gazetteer at the same paths. Needs pip install 'mapper[dask]'."),
    ] = None,
    max_report_size: MaxReportSizeOption = None,
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

    Reports are read as they are needed and events written as they come (GeoJSON, JSON lines,
    CSV): memory holds a few batches of reports, not the corpus; GeoPackage and KML collect the
    events first. --jobs N extracts on N processes (default: one per core) with the same output.
    A report larger than --max-report-size is skipped, and named.
    """
    from mapper.publishing.export import write_events

    setup_logging(quiet, verbose)
    if output is not None and str(output) == "-":
        output = None
    fmt = output_format(output, asked_format)
    for path, what in ((output, "the events"), (changes, "the changes")):
        if path is not None:
            check_folder(path, what)
    evidence = ChangeEvidence() if changes is not None else None
    tally = _Tally()
    with extraction(reports, gazetteer, jobs=jobs, max_report_bytes=report_bytes(max_report_size), quiet=quiet,
                    dask=dask) as run:  # fmt: skip
        events = without_text(run.events)
        if evidence is not None:
            events = evidence.watch(events)
        kept = tally.count(e for e in events if all_mentions or e.status is not None)
        if output is None:
            with data_to_stdout() as stdout, errors_as_exit():
                written = write_events(kept, stdout, fmt, bom=bom)
        else:
            with errors_as_exit():
                written = write_events(kept, output, fmt, bom=bom)
    if evidence is not None:
        _write_changes(evidence, changes, quiet)  # type: ignore[arg-type]  # not None with evidence
    if not quiet and output is not None:
        files = ", ".join(str(path) for path in written)
        typer.echo(f"mapper: {tally.events} events, {len(tally.places)} places, written to {files}", err=True)
    raise typer.Exit(run.exit_code)


class _Tally:
    """How many events were written, and of how many places: counted as they go by."""

    def __init__(self) -> None:
        self.events = 0
        self.places: set[int] = set()

    def count(self, events: Iterator[Event]) -> Iterator[Event]:
        for event in events:
            self.events += 1
            if event.place is not None:
                self.places.add(event.place.geonameid)
            yield event


def _write_changes(evidence: ChangeEvidence, path: Path, quiet: bool) -> None:
    """Write the change table (:func:`mapper.timeline.status_changes`) of the events ``evidence`` kept
    as CSV to ``path``."""
    from mapper.publishing.changes import write_changes
    from mapper.timeline import status_changes

    found = status_changes(evidence.events())
    with errors_as_exit():
        write_changes(path, found)
    if not quiet:
        left = f" ({evidence.undated} events without a date left out)" if evidence.undated else ""
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
