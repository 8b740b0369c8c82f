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
are the same. Each worker loads the gazetteer once (:func:`mapper.parallel.worker_gazetteer`), as
the workers of ``--jobs`` do.
The gazetteer path and the reports' paths are opened by the workers: on a cluster of several
machines they must name the same files there.

:func:`extract_partition` is the unit of work on its own, without Dask (:mod:`mapper._partition`):
it takes a partition's reports (or JSON lines, or mappings such as Spark rows) and yields the
records of their events, so Spark's ``rdd.mapPartitions`` runs it as it is (see the README,
"Large corpora").
"""

from __future__ import annotations

import logging
import os
import re
from collections.abc import Iterable, Iterator
from itertools import islice
from pathlib import Path
from typing import TYPE_CHECKING, Any

from mapper._partition import (
    GazetteerPath,
    PartitionRun,
    ReportFiles,
    ReportItem,
    extract_partition,
    gazetteer_ref,
    partition_events,
    partition_run,
    report_partitions,
)
from mapper.pipeline import BATCH

if TYPE_CHECKING:
    import dask.bag
    import dask.dataframe
    import geopandas

    from mapper.model import Event
    from mapper.reports import Skipped

__all__ = [
    "INSTALL",
    "ReportFiles",
    "extract",
    "extract_partition",
    "report_partitions",
    "stream_events",
    "to_geoparquet",
]  # fmt: skip

log = logging.getLogger(__name__)

INSTALL = "pip install 'mapper[dask]'"
"""How to install what this module needs."""


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


def _partition_frame(
    partition: ReportFiles | Iterable[ReportItem], gazetteer: GazetteerPath, all_mentions: bool
) -> geopandas.GeoDataFrame:
    """One partition of :func:`extract`'s frame: :func:`mapper.events_frame` of its events (a Dask task)."""
    from mapper.publishing.tables import events_frame

    return events_frame(partition_events(partition, gazetteer, all_mentions, []))


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
        A GeoNames dump the workers can open; ``None``: this process's default gazetteer, which
        the workers load from its index file (on this machine) or its source.
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
    ValueError
        When a path is ``"-"``: workers cannot read this process's stdin.
    """
    dataframe = _require_dask()
    from mapper.publishing.tables import events_frame

    meta = events_frame([])
    if hasattr(paths_or_bag, "to_delayed"):  # a dask.bag.Bag
        import dask

        parts = [
            dask.delayed(_partition_frame)(part, gazetteer_ref(gazetteer), all_mentions)
            for part in paths_or_bag.to_delayed()
        ]
        return dataframe.from_delayed(parts, meta=meta, verify_meta=False)
    partitions = report_partitions(_path_list(paths_or_bag), files_per_partition=files_per_partition)
    return dataframe.from_map(
        _partition_frame, partitions, args=(gazetteer_ref(gazetteer), all_mentions), meta=meta, enforce_metadata=False
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
    ValueError
        When a path is ``"-"``: workers cannot read this process's stdin.

    Examples
    --------
    >>> events = list(stream_events(["wires/"], "tcp://scheduler:8786", "UA.txt"))  # doctest: +SKIP
    >>> mapper.export_events(events, "out/", ["gpkg"])  # doctest: +SKIP
    """
    _require_dask()  # at once, as the client below and the partitions: not at the first event
    partitions = report_partitions(_path_list(paths), files_per_partition=files_per_partition)
    client = _client(address)
    work = (gazetteer_ref(gazetteer), all_mentions, max_report_bytes)
    return _events_of(_partition_runs(partitions, work, client, owned=address is not None), skipped)


def _client(address: str | None) -> Any:
    """A client of the scheduler at ``address``; with none, the client already made, else ``None``."""
    from distributed import Client, get_client

    if address is not None:
        return Client(address, set_as_default=False)
    try:
        return get_client()
    except ValueError:  # no client: this process does the work
        return None


def _events_of(runs: Iterator[PartitionRun], skipped: list[Skipped] | None) -> Iterator[Event]:
    for run in runs:
        for item in run.skipped:
            log.warning("skipped %s", item)
        if skipped is not None:
            skipped += run.skipped
        yield from run.events


def _partition_runs(partitions: list[ReportFiles], work: tuple, client: Any, *, owned: bool) -> Iterator[PartitionRun]:
    """Each partition's events and skipped reports, in order: from ``client``'s workers, kept two
    partitions a thread ahead, or in this process when there is no client. ``owned``: close it at the end."""
    if client is None:
        yield from (partition_run(part, *work) for part in partitions)
        return
    waiting = iter(partitions)
    pending: list[Any] = []
    try:
        ahead = 2 * max(1, sum(client.nthreads().values()))
        pending += [client.submit(partition_run, part, *work, pure=False) for part in islice(waiting, ahead)]
        while pending:
            run = pending.pop(0).result()
            pending += [client.submit(partition_run, part, *work, pure=False) for part in islice(waiting, 1)]
            yield run
    finally:  # also when the reader stops early: nothing is left computing for a reader gone
        client.cancel(pending)
        if owned:
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
