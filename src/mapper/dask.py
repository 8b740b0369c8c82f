"""Reports to events on a Dask cluster; and the per-partition function that Spark can run too.

Install with ``pip install 'mapper[dask]'``. ``import mapper`` never imports Dask, and this module
imports it only when a function that needs it is called::

    import mapper.dask
    from distributed import Client

    client = Client("tcp://scheduler:8786")          # or distributed.LocalCluster()
    events = mapper.dask.extract(["crawl/2024-01.jsonl", "crawl/2024-02.jsonl", "wires/"],
                                 gazetteer="/data/UA.txt")
    events.groupby("status").size().compute()         # a Dask DataFrame of events_frame's columns
    mapper.dask.to_geoparquet(events, "events/")      # events/part.00000.parquet, ...

The work is split into partitions (:func:`report_partitions`): each JSON-lines file is one, and
the other report files (those :func:`mapper.read_reports` reads from the folders) are grouped
``files_per_partition`` at a time. A partition is read on its worker, and its reports are
extracted by :func:`mapper.pipeline.extract_reports` as in one process, in batches of 64 that are
context for each other: a batch never spans two partitions, so with the default grouping of 64
files of one report each the partitions are the batches of a run in one process, and the events
are the same. Each worker loads the gazetteer once (:func:`worker_gazetteer`) from its index cache.
The gazetteer path and the reports' paths are opened by the workers: on a cluster of several
machines they must name the same files there.

:func:`extract_partition` is the unit of work on its own, without Dask: it takes a partition's
reports (or JSON lines, or mappings such as Spark rows) and yields the records of their events,
so Spark's ``rdd.mapPartitions`` runs it as it is (see the README, "Large corpora").
"""

from __future__ import annotations

import dataclasses
import json
import logging
import os
import re
import threading
from collections.abc import Iterable, Iterator, Mapping
from dataclasses import dataclass
from itertools import islice
from pathlib import Path
from typing import TYPE_CHECKING, Any

from mapper.model import Event, Report
from mapper.pipeline import BATCH

if TYPE_CHECKING:
    import dask.bag
    import dask.dataframe
    import geopandas

    from mapper.gazetteer import Gazetteer
    from mapper.reports import Skipped

__all__ = [
    "INSTALL",
    "ReportFiles",
    "extract",
    "extract_partition",
    "report_partitions",
    "stream_events",
    "to_geoparquet",
    "worker_gazetteer",
]  # fmt: skip

log = logging.getLogger(__name__)

INSTALL = "pip install 'mapper[dask]'"
"""How to install what this module needs."""

GazetteerPath = str | os.PathLike[str] | None
"""A GeoNames dump the workers can open; ``None``: each worker's default (:func:`mapper.load_gazetteer`)."""

ReportItem = Report | str | Mapping[str, Any]
"""One report of a partition: a :class:`~mapper.model.Report`, a JSON line, or a mapping (a JSON
object, a Spark ``Row``) with ``text`` and optionally ``id``, ``title``, ``date``, ``source``, ``url``."""


def _require_dask() -> Any:
    """``dask.dataframe``, ready for frames with a geometry column; a clear ImportError without the extra."""
    try:
        import dask.dataframe
        from dask.dataframe.extensions import make_array_nonempty
    except ImportError as exc:
        raise ImportError(f"mapper.dask needs Dask, which is not installed: {INSTALL} ({exc})") from exc
    from geopandas.array import GeometryDtype

    # Dask makes a two-row sample of each column to learn what an operation returns; it knows
    # no sample of a geometry column without dask-geopandas, which mapper needs for nothing else.
    try:
        make_array_nonempty.dispatch(GeometryDtype)  # dask-geopandas, where installed, has one
    except TypeError:
        make_array_nonempty.register(GeometryDtype, _two_points)
    return dask.dataframe


def _two_points(dtype: Any) -> Any:
    """Dask's sample of a geometry column: two points."""
    import shapely
    from geopandas.array import from_shapely

    return from_shapely([shapely.Point(0, 0), shapely.Point(0, 0)])


_gazetteers: dict[str | None, Gazetteer] = {}
_gazetteers_lock = threading.Lock()


def worker_gazetteer(path: GazetteerPath = None) -> Gazetteer:
    """The gazetteer of ``path``, loaded once per process (a Dask worker, a Spark executor) and kept.

    Kept by path for the life of the process: a dump changed on disk meanwhile is not reloaded.
    """
    key = os.fspath(path) if path is not None else None
    with _gazetteers_lock:  # one load, even when a worker runs several threads
        if key not in _gazetteers:
            from mapper.gazetteer import load_gazetteer

            _gazetteers[key] = load_gazetteer(key)
        return _gazetteers[key]


@dataclass(frozen=True, slots=True)
class ReportFiles:
    """A partition of report files, each with the id its reports take (``kharkiv/a.txt`` in a folder)."""

    files: tuple[tuple[str, str], ...]


@dataclass(frozen=True, slots=True)
class _PartitionRun:
    """What one partition gave: its events in order, and what could not be read."""

    events: list[Event]
    skipped: list[Skipped]


def report_partitions(
    paths: Iterable[str | os.PathLike[str]], *, files_per_partition: int = BATCH
) -> list[ReportFiles]:
    """Split report files and folders into partitions, in the order :func:`mapper.read_reports` reads them.

    Each JSON-lines file is a partition of its own; the other files are grouped
    ``files_per_partition`` at a time. Only the folders are listed here; no file is opened.
    """
    from mapper.reports.files import (
        _files,  # the reader's own listing: the same files, the same ids
    )

    partitions: list[ReportFiles] = []
    group: list[tuple[str, str]] = []
    for given in paths:
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


def _partition_events(
    partition: ReportFiles | Iterable[ReportItem],
    gazetteer: GazetteerPath,
    all_mentions: bool,
    skipped: list[Skipped],
    max_report_bytes: int | None = None,
) -> Iterator[Event]:
    """The events of one partition, by :func:`mapper.pipeline.extract_reports`; what cannot be read goes to ``skipped``."""
    from mapper.pipeline import extract_reports

    if isinstance(partition, ReportFiles):
        reports = _read_files(partition, skipped, max_report_bytes)
    else:
        reports = _read_items(partition, skipped)
    return extract_reports(reports, worker_gazetteer(gazetteer), all_mentions=all_mentions)


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
        A GeoNames dump this process can open, loaded once per process (:func:`worker_gazetteer`).
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

    events = _partition_events(reports_or_lines, gazetteer, all_mentions, [])
    return (event_record(event) for event in events if event.place is not None)


def _partition_frame(
    partition: ReportFiles | Iterable[ReportItem], gazetteer: GazetteerPath, all_mentions: bool
) -> geopandas.GeoDataFrame:
    from mapper.publishing.tables import events_frame

    return events_frame(_partition_events(partition, gazetteer, all_mentions, []))


def _events_list(
    partition: ReportFiles, gazetteer: GazetteerPath, all_mentions: bool, max_report_bytes: int | None
) -> _PartitionRun:
    skipped: list[Skipped] = []
    events = list(_partition_events(partition, gazetteer, all_mentions, skipped, max_report_bytes))
    return _PartitionRun(events, skipped)


def _worker_path(gazetteer: GazetteerPath) -> str | None:
    return os.fspath(gazetteer) if gazetteer is not None else None


def extract(
    paths_or_bag: Iterable[str | os.PathLike[str]] | str | os.PathLike[str] | dask.bag.Bag,
    gazetteer: GazetteerPath = None,
    all_mentions: bool = False,
    *,
    files_per_partition: int = BATCH,
) -> dask.dataframe.DataFrame:
    """Events as a Dask DataFrame: one partition's events per partition, computed where Dask runs them.

    Parameters
    ----------
    paths_or_bag
        Report files and folders (split by :func:`report_partitions`), or a ``dask.bag.Bag`` of
        report items (:data:`ReportItem`), each of its partitions one of the frame's.
    gazetteer
        A GeoNames dump the workers can open; ``None``: each worker's default.
    all_mentions
        Also the mentions without a status.
    files_per_partition
        Report files per partition (a JSON-lines file is always one partition).

    Returns
    -------
    dask.dataframe.DataFrame
        Lazy. The columns of :func:`mapper.events_frame` (a point ``geometry`` in EPSG:4326
        included); its partitions, computed, are GeoDataFrames. Names the gazetteer lacks are
        left out, as there. Reports that cannot be read are skipped with a warning in the
        worker's log; :func:`stream_events` hands them out.

    Raises
    ------
    ImportError
        Without Dask: the message says ``pip install 'mapper[dask]'``.
    """
    dataframe = _require_dask()
    from mapper.publishing.tables import events_frame

    meta = events_frame([])
    if hasattr(paths_or_bag, "to_delayed"):  # a dask.bag.Bag
        import dask

        parts = [
            dask.delayed(_partition_frame)(part, _worker_path(gazetteer), all_mentions)
            for part in paths_or_bag.to_delayed()
        ]
        return dataframe.from_delayed(parts, meta=meta, verify_meta=False)
    partitions = report_partitions(_path_list(paths_or_bag), files_per_partition=files_per_partition)
    return dataframe.from_map(
        _partition_frame, partitions, args=(_worker_path(gazetteer), all_mentions), meta=meta, enforce_metadata=False
    )


def _path_list(paths: Iterable[str | os.PathLike[str]] | str | os.PathLike[str]) -> list[str | os.PathLike[str]]:
    return [paths] if isinstance(paths, (str, os.PathLike)) else list(paths)


def stream_events(
    paths: Iterable[str | os.PathLike[str]] | str | os.PathLike[str],
    address: str | None = None,
    gazetteer: GazetteerPath = None,
    *,
    all_mentions: bool = False,
    files_per_partition: int = BATCH,
    max_report_bytes: int | None = None,
    skipped: list[Skipped] | None = None,
) -> Iterator[Event]:
    """Every event of the reports, extracted on a Dask cluster and handed out a partition at a time,
    in input order.

    What ``mapper extract --dask ADDRESS`` writes from. The events are those of a run in one
    process over the same partitions, so every writer of :mod:`mapper.publishing` takes them as
    they are. The workers are kept a few partitions ahead of the reader (two per worker thread),
    so memory holds a few partitions' events, not the run's, however slowly they are written;
    closing the generator cancels what is left.

    Parameters
    ----------
    paths
        Report files and folders (split by :func:`report_partitions`).
    address
        The scheduler's address (``tcp://host:8786``); ``None``: the ``distributed.Client``
        already made, else this process, a partition after another.
    gazetteer, all_mentions, files_per_partition
        As for :func:`extract`.
    max_report_bytes
        The largest report read, as for :func:`mapper.reports.iter_reports`.
    skipped
        Each report (or line) that could not be read is appended here, and logged here as a
        warning, as its partition comes back.

    Raises
    ------
    ImportError
        Without Dask: the message says ``pip install 'mapper[dask]'``.
    OSError
        When no scheduler answers at ``address``.

    Examples
    --------
    >>> events = list(stream_events(["wires/"], "tcp://scheduler:8786", "UA.txt"))  # doctest: +SKIP
    >>> mapper.export_events(events, "out/", ["gpkg"])  # doctest: +SKIP
    """
    _require_dask()
    partitions = report_partitions(_path_list(paths), files_per_partition=files_per_partition)
    work = (_worker_path(gazetteer), all_mentions, max_report_bytes)
    for run in _partition_runs(partitions, work, address):
        for item in run.skipped:
            log.warning("skipped %s", item)
        if skipped is not None:
            skipped += run.skipped
        yield from run.events


def _partition_runs(partitions: list[ReportFiles], work: tuple, address: str | None) -> Iterator[_PartitionRun]:
    """Each partition's events and skipped reports, in order, from the cluster at ``address`` (or the
    current client's, or this process)."""
    from distributed import Client, get_client

    if address is None:
        try:
            client = get_client()
        except ValueError:  # no client: this process does the work
            yield from (_events_list(part, *work) for part in partitions)
            return
    else:
        client = Client(address, set_as_default=False)
    waiting = iter(partitions)
    pending: list[Any] = []
    try:
        ahead = 2 * max(1, sum(client.nthreads().values()))
        pending += [client.submit(_events_list, part, *work, pure=False) for part in islice(waiting, ahead)]
        while pending:
            run = pending.pop(0).result()
            pending += [client.submit(_events_list, part, *work, pure=False) for part in islice(waiting, 1)]
            yield run
    finally:  # also when the reader stops early: what is left is not computed for nobody
        client.cancel(pending)
        if address is not None:
            client.close()


_PART = "part.{:05d}.parquet"
_PART_NAME = re.compile(r"part\.\d{5}\.parquet")


def to_geoparquet(frame: dask.dataframe.DataFrame, folder: str | os.PathLike[str]) -> list[Path]:
    """Write a frame of :func:`extract` as partitioned GeoParquet: one file per partition, written by its worker.

    ``folder/part.00000.parquet``, ... (:func:`mapper.publishing.parquet.write_geoparquet_frame`:
    the same schema in every part, so ``geopandas.read_parquet(folder)``, DuckDB's
    ``read_parquet('folder/*.parquet')`` or Spark read them as one table). The folder is made
    if missing; parts of an earlier, longer run that this one did not write are removed.

    Returns
    -------
    list of Path
        The parts written, in partition order.

    Raises
    ------
    ImportError
        Without Dask: the message says ``pip install 'mapper[dask]'``.
    OutputError
        If a part cannot be written.
    """
    _require_dask()
    import dask

    from mapper.publishing.parquet import write_geoparquet_frame

    folder = Path(folder)
    folder.mkdir(parents=True, exist_ok=True)
    parts = [folder / _PART.format(number) for number in range(frame.npartitions)]
    tasks = [dask.delayed(write_geoparquet_frame)(part, path) for part, path in zip(frame.to_delayed(), parts)]
    written = list(dask.compute(*tasks))
    for stale in folder.glob("part.*.parquet"):
        if stale not in parts and _PART_NAME.fullmatch(stale.name):
            stale.unlink()
    return written
