"""A cluster's partitions: report files and lines in, events (or their records) out.

A partition is a list of reports (:class:`~mapper.model.Report` values, JSON lines, mappings such
as JSON objects or Spark ``Row`` values) or a :class:`ReportFiles`, a group of report files that
:func:`report_partitions` splits from files and folders in the order :func:`mapper.read_reports`
reads them. Its reports are extracted by :func:`mapper.parallel.extract_partition`, the unit of
work of ``--jobs`` too: :func:`mapper.pipeline.extract_reports` in batches of 64 that are context
for each other, with the gazetteer loaded once per process (:func:`mapper.parallel.worker_gazetteer`).
Nothing here needs Dask: :func:`extract_partition` is what Spark's ``mapPartitions`` runs, and
:mod:`mapper.dask` runs the same on Dask's workers.
"""

from __future__ import annotations

import dataclasses
import functools
import json
import logging
import os
from collections.abc import Iterable, Iterator, Mapping
from dataclasses import dataclass
from pathlib import Path
from typing import TYPE_CHECKING, Any

from mapper.model import Event, Report
from mapper.parallel import GazetteerRef
from mapper.pipeline import BATCH

if TYPE_CHECKING:
    from mapper.reports import Skipped

__all__ = [
    "GazetteerPath",
    "PartitionRun",
    "ReportFiles",
    "ReportItem",
    "extract_partition",
    "gazetteer_ref",
    "partition_events",
    "partition_run",
    "report_partitions",
]  # fmt: skip

log = logging.getLogger(__name__)

GazetteerPath = str | os.PathLike[str] | GazetteerRef | None
"""A GeoNames dump the workers can open, or a :class:`~mapper.parallel.GazetteerRef`; ``None``:
the default gazetteer of the process that names it (:func:`mapper.load_gazetteer`)."""

ReportItem = Report | str | Mapping[str, Any]
"""One report of a partition: a :class:`~mapper.model.Report`, a JSON line, or a mapping (a JSON
object, a Spark ``Row``) with ``text`` and optionally ``id``, ``title``, ``date``, ``source``, ``url``."""


def gazetteer_ref(gazetteer: GazetteerPath) -> GazetteerRef:
    """How a worker loads ``gazetteer`` (once per process, :func:`mapper.parallel.worker_gazetteer`).

    A dump is named by its path (the worker indexes it through its own cache); ``None`` by the
    index file and source of this process's default gazetteer, loaded here once.
    """
    if isinstance(gazetteer, GazetteerRef):
        return gazetteer
    if gazetteer is None:
        return _default_ref()
    return GazetteerRef(None, os.fspath(gazetteer))


@functools.cache
def _default_ref() -> GazetteerRef:
    from mapper.gazetteer import load_gazetteer

    return GazetteerRef.of(load_gazetteer())


@dataclass(frozen=True, slots=True)
class ReportFiles:
    """A partition of report files, each with the id its reports take (``kharkiv/a.txt`` in a folder)."""

    files: tuple[tuple[str, str], ...]


@dataclass(frozen=True, slots=True)
class PartitionRun:
    """What one partition gave: its events in order, and what could not be read."""

    events: list[Event]
    skipped: list[Skipped]


def report_partitions(
    paths: Iterable[str | os.PathLike[str]], *, files_per_partition: int = BATCH
) -> list[ReportFiles]:
    """Split report files and folders into partitions, in the order :func:`mapper.read_reports` reads them.

    Each JSON-lines file is a partition of its own; the other files are grouped
    ``files_per_partition`` at a time. Only the folders are listed here; no file is opened.

    Raises
    ------
    ValueError
        For ``"-"``: the workers that read the files cannot read this process's stdin.
    """
    # the reader's own listing (private to it for now): the same files, in the same order, with the same ids
    from mapper.reports.files import _files

    partitions: list[ReportFiles] = []
    group: list[tuple[str, str]] = []
    for given in paths:
        if str(given) == "-":
            raise ValueError("reports on stdin ('-') cannot be read by workers: give files or folders")
        for file, report_id in _files(Path(given)):
            if file.suffix.lower() == ".jsonl":  # after the files before it, so that the order stays the reader's
                partitions += [ReportFiles(tuple(group))] if group else []
                partitions.append(ReportFiles(((str(file), report_id),)))
                group = []
                continue
            group.append((str(file), report_id))
            if len(group) == files_per_partition:
                partitions.append(ReportFiles(tuple(group)))
                group = []
    if group:
        partitions.append(ReportFiles(tuple(group)))
    return partitions


def _read_files(partition: ReportFiles, skipped: list[Skipped], max_report_bytes: int | None) -> Iterator[Report]:
    """The reports of a partition's files as they are read (a JSON-lines file a line at a time),
    with the ids they have when their folder is read whole."""
    from mapper.reports import iter_reports

    for file, report_id in partition.files:
        name = Path(file).name
        for report in iter_reports([file], skipped=skipped, max_report_bytes=max_report_bytes):
            yield _renamed(report, name, report_id)


def _renamed(report: Report, name: str, report_id: str) -> Report:
    """``report`` with the id it takes inside its folder: ``a.jsonl:3`` read alone is ``kharkiv/a.jsonl:3``."""
    if name == report_id or not (report.id == name or report.id.startswith((f"{name}:", f"{name}#"))):
        return report  # read as given, or an id of its own (a JSON object's "id")
    return dataclasses.replace(report, id=report_id + report.id[len(name) :])


def _as_report(item: ReportItem, number: int) -> Report:
    """A report from one item of a partition; its id, when it has none, is ``<partition>:N``."""
    if isinstance(item, Report):
        return item
    from mapper.reports import report_from_text

    fields = json.loads(item) if isinstance(item, str) else item
    fields = fields.asDict() if hasattr(fields, "asDict") else dict(fields)  # a Spark Row
    text = fields.get("text")
    if not isinstance(text, str):
        raise TypeError(f"expected an object with a 'text' string, got the fields {sorted(fields)}")
    meta = {key: fields[key] for key in ("title", "date", "source", "url") if fields.get(key) is not None}
    return report_from_text(text, id=str(fields.get("id") or f"<partition>:{number}"), **meta)


def _read_items(items: Iterable[ReportItem], skipped: list[Skipped]) -> Iterator[Report]:
    """The reports of a partition's items; one that cannot be read is skipped, with a warning, as a file is."""
    from mapper.reports import Skipped

    for number, item in enumerate(items, start=1):
        try:
            yield _as_report(item, number)
        except (ValueError, TypeError, RecursionError) as exc:  # malformed JSON, no text, empty text (ReportError)
            skipped.append(Skipped("<partition>", number, str(exc) or type(exc).__name__))
            log.warning("skipped %s", skipped[-1])


def partition_events(
    partition: ReportFiles | Iterable[ReportItem],
    gazetteer: GazetteerPath,
    all_mentions: bool,
    skipped: list[Skipped],
    max_report_bytes: int | None = None,
) -> list[Event]:
    """The events of one partition, by :func:`mapper.parallel.extract_partition`.

    What cannot be read is appended to ``skipped`` (and logged) as it is met; ``max_report_bytes``
    is the largest report read from a file (:func:`mapper.reports.iter_reports`).
    """
    from mapper.parallel import extract_partition as extract_reports_partition

    if isinstance(partition, ReportFiles):
        reports = _read_files(partition, skipped, max_report_bytes)
    else:
        reports = _read_items(partition, skipped)
    return extract_reports_partition(reports, gazetteer_ref(gazetteer), all_mentions=all_mentions)


def extract_partition(
    reports_or_lines: ReportFiles | Iterable[ReportItem], gazetteer: GazetteerPath = None, *, all_mentions: bool = False
) -> Iterator[dict[str, Any]]:
    """The records of the events of one partition: the unit of work of Dask, and of Spark's ``mapPartitions``.

    Parameters
    ----------
    reports_or_lines
        A partition's reports: :class:`~mapper.model.Report` values, JSON lines, mappings or Spark
        ``Row`` values with ``text`` (and ``id``, ``title``, ``date``, ``source``, ``url``), or
        a :class:`ReportFiles`. Read in batches of 64 that are context for each other. A report
        without an ``id`` is called ``<partition>:N``: give ids where partitions are many.
    gazetteer
        A GeoNames dump this process can open, loaded once per process; ``None``: its default.
    all_mentions
        Also the mentions without a status.

    Yields
    ------
    dict
        :func:`~mapper.publishing.features.event_record` of each event that has a place (the rows
        of :func:`mapper.events_frame`), in input order: JSON-ready values, dates as ISO text.

    Examples
    --------
    >>> lines = spark.read.text("reports/*.jsonl").rdd.map(lambda row: row.value)  # doctest: +SKIP
    >>> records = lines.mapPartitions(lambda part: extract_partition(part, "/data/UA.txt"))  # doctest: +SKIP
    """
    from mapper.publishing.features import event_record

    events = partition_events(reports_or_lines, gazetteer, all_mentions, [])
    return (event_record(event) for event in events if event.place is not None)


def partition_run(
    partition: ReportFiles, gazetteer: GazetteerPath, all_mentions: bool, max_report_bytes: int | None
) -> PartitionRun:
    """The events of one partition, collected, and what could not be read: a Dask task's result."""
    skipped: list[Skipped] = []
    events = partition_events(partition, gazetteer, all_mentions, skipped, max_report_bytes)
    return PartitionRun(events, skipped)
