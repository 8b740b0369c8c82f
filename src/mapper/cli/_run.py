"""A run from reports to events, as a stream: what ``extract``, ``map`` and ``site`` start from.

:func:`extraction` reads the reports lazily (:func:`mapper.reports.iter_reports`), loads the
gazetteer, and hands out the events as the pipeline's batches give them, in input order, on
``--jobs`` cores (:func:`mapper.parallel.extract_parallel`), with one progress bar. What the
command keeps of them is its choice: ``extract`` writes each and forgets it, keeping small
aggregates only (the unresolved names and their counts here; the evidence of the changes of
status, :class:`ChangeEvidence`); ``map`` and ``site`` keep the events, without their reports'
texts (:func:`without_text`), which a map does not show.
"""

from __future__ import annotations

import dataclasses
import logging
import sys
from collections.abc import Iterator, Sequence
from contextlib import closing, contextmanager
from dataclasses import dataclass, field
from itertools import chain, islice
from pathlib import Path
from typing import TYPE_CHECKING, Any

import typer

from mapper.cli._common import EXIT_BAD_INPUT, EXIT_OK, EXIT_SKIPPED, errors_as_exit, fail

if TYPE_CHECKING:
    from mapper.gazetteer import Gazetteer
    from mapper.model import Event, Report
    from mapper.reports import ReadResult, Skipped

__all__ = ["ChangeEvidence", "Extraction", "ExtractionRun", "UNRESOLVED_LISTED", "extraction", "run_extraction",
           "without_text"]  # fmt: skip

UNRESOLVED_LISTED = 30
"""How many unresolved names are listed on stderr (all are counted; names of places outside
Ukraine are not unresolved)."""


@dataclass(slots=True)
class Extraction:
    """A run under way: the gazetteer, the events still to come, and what has been met so far.

    ``events`` yields every event (with or without a status), once; ``unresolved`` counts the
    names the gazetteer lacks, ``skipped`` lists the reports that could not be read, ``reports``
    holds the reports read when the run keeps them (``site``).
    """

    gazetteer: Gazetteer
    events: Iterator[Event]
    skipped: list[Skipped]
    unresolved: dict[str, int] = field(default_factory=dict)
    reports: list[Report] | None = None

    @property
    def exit_code(self) -> int:
        """``EXIT_SKIPPED`` when a report was skipped, else ``EXIT_OK``."""
        return EXIT_SKIPPED if self.skipped else EXIT_OK


@contextmanager
def extraction(
    paths: Sequence[str],
    gazetteer_path: Path | None,
    *,
    jobs: int | None = None,
    max_report_bytes: int | None = None,
    keep_reports: bool = False,
    quiet: bool = False,
    dask: str | None = None,
) -> Iterator[Extraction]:
    """Read reports lazily, load the gazetteer, and yield the run whose ``events`` stream the events.

    Raises ``typer.Exit`` with ``EXIT_BAD_INPUT`` when no report can be read (before the
    gazetteer is loaded and before anything is written), and turns a
    :class:`~mapper.errors.MapperError` into a one-line error. When the block ends, the workers
    are stopped (at once, if it ends in an error or Ctrl-C), and the names that could not be
    resolved and the count of reports skipped are said on stderr.
    """
    from mapper.gazetteer import load_gazetteer
    from mapper.parallel import extract_parallel
    from mapper.reports import iter_reports

    skipped: list[Skipped] = []
    with errors_as_exit(), _counting_left_out(skipped):
        reports = iter_reports(paths, skipped=skipped, max_report_bytes=max_report_bytes)
        first = next(reports, None)
        if first is None:
            raise fail(f"no readable report among {', '.join(paths)}", EXIT_BAD_INPUT)
        gazetteer = load_gazetteer(gazetteer_path)
        kept: list[Report] | None = [] if keep_reports else None
        read = chain([first], reports) if kept is None else _keeping(chain([first], reports), kept)
        with _progress(quiet) as advance:
            run = Extraction(gazetteer, iter(()), skipped, reports=kept)
            if dask is None:
                events = extract_parallel(read, gazetteer, jobs=jobs, all_mentions=True, done=advance)
            else:  # the workers read every report (here only the first was, to know there is one)
                from mapper.dask import stream_events
                from mapper.parallel import GazetteerRef

                skipped.clear()
                try:  # the workers load this gazetteer, as those of --jobs do: from its index file, else its dump
                    events = stream_events(paths, dask, GazetteerRef.of(gazetteer), all_mentions=True,
                                           max_report_bytes=max_report_bytes, skipped=skipped)  # fmt: skip
                except (ImportError, OSError, ValueError) as exc:  # no Dask, no scheduler there, stdin
                    raise fail(f"--dask {dask}: {exc}", EXIT_BAD_INPUT) from None
            with closing(events):
                run.events = _counting_unresolved(events, run.unresolved)
                yield run
    if not quiet:
        _say_unresolved(run.unresolved, gazetteer)
        if skipped:
            typer.echo(f"mapper: {len(skipped)} reports (or lines) skipped, see above", err=True)


@contextmanager
def _counting_left_out(skipped: list[Skipped]) -> Iterator[None]:
    """While the block runs, each report the pipeline leaves out after an internal error (its log
    record carries ``left_out``; a worker's records are relayed here) is one more ``skipped``."""
    handler = _LeftOut(skipped)
    pipeline_log = logging.getLogger("mapper.pipeline")
    pipeline_log.addHandler(handler)
    try:
        yield
    finally:
        pipeline_log.removeHandler(handler)


class _LeftOut(logging.Handler):
    def __init__(self, skipped: list[Skipped]) -> None:
        super().__init__(logging.ERROR)
        self.skipped = skipped

    def emit(self, record: logging.LogRecord) -> None:
        report = getattr(record, "left_out", None)
        if report is not None:
            from mapper.reports import Skipped

            self.skipped.append(Skipped(str(report), None, record.getMessage().removeprefix(f"{report}: ")))


def _keeping(reports: Iterator[Report], kept: list[Report]) -> Iterator[Report]:
    for report in reports:
        kept.append(report)
        yield report


def _counting_unresolved(events: Iterator[Event], names: dict[str, int]) -> Iterator[Event]:
    for event in events:
        if event.place is None and event.mention.kind != "foreign":
            names[event.mention.surface] = names.get(event.mention.surface, 0) + 1
        yield event


@contextmanager
def _progress(quiet: bool) -> Iterator[Any]:
    """A ``done(batch)`` that advances one bar on stderr by the batch's reports; nothing when quiet or
    not on a terminal. The total is not known before the end: the reports are read as they go."""
    if quiet or not sys.stderr.isatty():
        yield None
        return
    from rich.console import Console
    from rich.progress import BarColumn, Progress, TextColumn, TimeElapsedColumn

    columns = (TextColumn("extracting"), BarColumn(), TextColumn("{task.completed} reports"), TimeElapsedColumn())
    with Progress(*columns, console=Console(stderr=True), transient=True) as bar:
        task = bar.add_task("reports", total=None)
        yield lambda batch: bar.advance(task, len(batch))


def _say_unresolved(names: dict[str, int], gazetteer: Gazetteer) -> None:
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


def without_text(events: Iterator[Event]) -> Iterator[Event]:
    """The events, each with its report's text left out (an empty string): what a map or a table of
    events keeps of a report is its id, title, date, source and url; the evidence is the sentence."""
    report = light = None
    for event in events:
        if event.report is not report:
            report, light = event.report, dataclasses.replace(event.report, text="")
        yield dataclasses.replace(event, report=light)


class ChangeEvidence:
    """The events :func:`mapper.timeline.status_changes` needs of a stream, and no more.

    A change is read from each place's events of each date: the statuses of that date in the order
    first read, and the event read last. So for each place and date the first event of each
    status and the last event are kept (without their reports' texts), in the order read: the
    changes of the kept events are those of all events.
    """

    def __init__(self) -> None:
        self._kept: dict[tuple[int, Any], list[Event]] = {}
        self.undated = 0
        """Events with a place and a status but no date: no change can be dated by them."""

    def watch(self, events: Iterator[Event]) -> Iterator[Event]:
        """Yield ``events`` as they are, keeping what the changes need of them (pass events
        :func:`without_text`, or their reports' texts are kept too)."""
        for event in events:
            if event.place is not None and event.status is not None:
                if event.event_date is None:
                    self.undated += 1
                else:
                    self._add(event)
            yield event

    def _add(self, event: Event) -> None:
        kept = self._kept.setdefault((event.place.geonameid, event.event_date), [])  # type: ignore[union-attr]
        if len(kept) > 1 and any(other.status == kept[-1].status for other in kept[:-1]):
            kept.pop()  # kept only as the last read, which it is no longer
        kept.append(event)

    def events(self) -> list[Event]:
        """The events kept, in the order read within each place and date."""
        return [event for kept in self._kept.values() for event in kept]


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


SHOWN_AT_A_TIME = 1024
"""Events sorted into shown or not at a time: those not shown are never all held."""


def run_extraction(
    paths: Sequence[str],
    gazetteer_path: Path | None,
    *,
    quiet: bool = False,
    jobs: int | None = 1,
    max_report_bytes: int | None = None,
    keep_reports: bool = True,
    shown: bool | None = None,
) -> ExtractionRun:
    """The events of the reports, collected (see :func:`extraction`), and the reports when ``keep_reports``.

    ``shown`` ``None``: every event, with its report's text. ``True`` or ``False``: only the
    events a map shows with ``--all-mentions`` or without (:func:`mapper.cli._publish.shown`),
    without their reports' texts, sorted out as they come: the others are never all held.
    """
    from mapper.cli._publish import shown as shown_on_map
    from mapper.reports import ReadResult

    with extraction(paths, gazetteer_path, jobs=jobs, max_report_bytes=max_report_bytes, keep_reports=keep_reports,
                    quiet=quiet) as run:  # fmt: skip
        if shown is None:
            events = list(run.events)
        else:
            events, stream = [], without_text(run.events)
            while chunk := list(islice(stream, SHOWN_AT_A_TIME)):
                events += shown_on_map(chunk, shown)
    return ExtractionRun(ReadResult(run.reports or [], run.skipped), run.gazetteer, events)
