"""All cores: the pipeline's batches extracted by a pool of worker processes, in input order.

The unit of work is one batch of reports, the batch :func:`mapper.pipeline.extract_reports` reads
together (each report the context of the others for the names its own text cannot place). A
batch is cut from the input exactly as ``extract_reports`` cuts it, is extracted whole by one
worker, and the batches' events are yielded in input order, so the events are the same, and in
the same order, whatever the number of workers: ``--jobs 2`` writes the file ``--jobs 1`` writes,
byte for byte.

>>> from mapper.parallel import extract_parallel
>>> events = extract_parallel(mapper.iter_reports(["reports/"]), gazetteer, jobs=4)  # doctest: +SKIP

Each worker loads the gazetteer once, when it starts, from the index file the parent's gazetteer
was loaded from (:class:`GazetteerRef`; :func:`worker_gazetteer` keeps it for the worker's life),
and ignores Ctrl-C: the parent stops the pool (its workers are ended, the batches under way
dropped) and the interruption goes on to the caller, whose output is not written. A worker's log
records are handed to the parent's handlers, so that its warnings read as the parent's do.

Only a few batches are under way at a time (:data:`BATCHES_PER_WORKER` per worker), and the
reports are taken from their iterator as the work needs them, so a run holds a few batches of
reports and events, never the corpus: the reports are read, extracted and written as a stream.

The same pieces serve any engine that runs a function per partition of the input (Dask's
``map_partitions``, Spark's ``mapPartitions``): :func:`extract_partition` extracts one partition
of reports with the gazetteer of a :class:`GazetteerRef`, loaded once per worker process.
"""

from __future__ import annotations

import contextlib
import functools
import logging
import logging.handlers
import multiprocessing
import os
import signal
from collections import deque
from collections.abc import Callable, Iterable, Iterator
from dataclasses import dataclass
from itertools import chain, islice
from pathlib import Path
from typing import TYPE_CHECKING, Any

from mapper.pipeline import BATCH, extract_reports

if TYPE_CHECKING:
    from concurrent.futures import Future, ProcessPoolExecutor

    from mapper.gazetteer import Gazetteer
    from mapper.model import Event, Report

__all__ = ["BATCHES_PER_WORKER", "GazetteerRef", "batches", "default_jobs", "extract_parallel", "extract_partition",
           "worker_gazetteer"]  # fmt: skip

BATCHES_PER_WORKER = 2
"""Batches under way per worker: one being extracted, one waiting, so that no worker idles."""

log = logging.getLogger(__name__)


@dataclass(frozen=True, slots=True)
class GazetteerRef:
    """How a worker process finds the gazetteer of the parent: its index file, else its source.

    Small and picklable, unlike a gazetteer: ``cache`` is the index file the parent's gazetteer was
    loaded from or written to (a worker reads it in a fraction of a second); without one (no
    usable cache folder) the worker builds the index again from ``source``, the dump (or the
    built-in data).
    """

    cache: str | None
    source: str

    @classmethod
    def of(cls, gazetteer: Gazetteer) -> GazetteerRef:
        """The reference by which a worker loads the same gazetteer as ``gazetteer``."""
        return cls(str(gazetteer.cache) if gazetteer.cache is not None else None, gazetteer.source)


@functools.lru_cache(maxsize=1)
def worker_gazetteer(ref: GazetteerRef) -> Gazetteer:
    """The gazetteer ``ref`` names, loaded once per process (the later calls return it).

    Raises
    ------
    GazetteerError
        When neither the index file nor the source can be read.
    """
    from mapper.gazetteer import Gazetteer, load_gazetteer
    from mapper.gazetteer._cache import read_index

    if ref.cache is not None:
        index = read_index(Path(ref.cache))
        if index is not None:
            index["source"] = ref.source
            return Gazetteer(index, cache=Path(ref.cache))
    if ref.source.startswith("built-in"):
        from mapper.gazetteer.builtin import builtin_index

        index, cached = builtin_index()
        return Gazetteer(index, cache=cached)
    return load_gazetteer(ref.source)


def extract_partition(reports: Iterable[Report], ref: GazetteerRef, *, all_mentions: bool = False,
                      batch: int = BATCH) -> list[Event]:  # fmt: skip
    """The events of one partition of reports, with the gazetteer of ``ref`` (loaded once per process).

    What a pool's worker runs for each batch, and what an engine that maps a function over
    partitions can run for each of its own: :func:`mapper.pipeline.extract_reports` over the
    partition, in batches of ``batch`` from its start.
    """
    return list(extract_reports(reports, worker_gazetteer(ref), all_mentions=all_mentions, batch=batch))


def default_jobs() -> int:
    """The number of cores this process may run on."""
    try:
        return len(os.sched_getaffinity(0))
    except (AttributeError, OSError):  # not Linux
        return os.cpu_count() or 1


def batches(reports: Iterable[Report], size: int = BATCH) -> Iterator[list[Report]]:
    """The reports in lists of ``size`` (the last may be shorter), taken from ``reports`` as asked."""
    if size < 1:
        raise ValueError(f"a batch holds at least one report, not {size}")
    taken = iter(reports)
    while chunk := list(islice(taken, size)):
        yield chunk


def extract_parallel(
    reports: Iterable[Report],
    gazetteer: Gazetteer,
    *,
    jobs: int | None = None,
    all_mentions: bool = False,
    batch: int = BATCH,
    done: Callable[[list[Report]], Any] | None = None,
) -> Iterator[Event]:
    """The events of many reports, in their order, extracted by ``jobs`` processes.

    Parameters
    ----------
    reports
        Taken as the work needs them (a generator reading files keeps the run a stream).
    gazetteer
        The parent's gazetteer; each worker loads the same from its index file (:class:`GazetteerRef`).
    jobs
        Worker processes; ``None``: one per core (:func:`default_jobs`). With 1, or with reports
        for one batch only, the work is done in this process, as by ``extract_reports``.
    all_mentions, batch
        As for :func:`mapper.pipeline.extract_reports`.
    done
        Called with each batch of reports once its events have all been yielded (a progress bar).

    Yields
    ------
    Event
        Those ``extract_reports(reports, gazetteer, ...)`` yields, in the same order.

    Raises
    ------
    concurrent.futures.process.BrokenProcessPool
        When a worker died (killed, out of memory); an exception raised in a worker is raised here.
    """
    jobs = default_jobs() if jobs is None else jobs
    chunks = batches(reports, batch)
    first = next(chunks, None)
    second = next(chunks, None) if first is not None else None
    if jobs <= 1 or second is None:
        for chunk in chain((c for c in (first, second) if c is not None), chunks):
            yield from extract_reports(chunk, gazetteer, all_mentions=all_mentions, batch=batch)
            if done is not None:
                done(chunk)
        return
    with _WorkerPool(jobs, GazetteerRef.of(gazetteer)) as pool:
        pending: deque[tuple[list[Report], Future[list[Event]]]] = deque()
        for chunk in chain((first, second), chunks):
            pending.append((chunk, pool.submit(chunk, all_mentions, batch)))
            if len(pending) >= jobs * BATCHES_PER_WORKER:
                yield from _finished(*pending.popleft(), done)
        while pending:
            yield from _finished(*pending.popleft(), done)


def _finished(chunk: list[Report], future: Future[list[Event]], done: Callable[[list[Report]], Any] | None) -> Iterator[Event]:
    yield from future.result()
    if done is not None:
        done(chunk)


class _WorkerPool:
    """Worker processes, each with the gazetteer loaded, and their log records relayed to this process.

    Workers are started by ``spawn``, on every platform: a fresh interpreter holds no lock or
    thread of the parent, and runs as a ``--jobs 1`` run would.
    """

    def __init__(self, jobs: int, ref: GazetteerRef) -> None:
        self.jobs, self.ref = jobs, ref

    def __enter__(self) -> _WorkerPool:
        from concurrent.futures import ProcessPoolExecutor

        context = multiprocessing.get_context("spawn")
        self._records: Any = context.Queue()
        self._relay = logging.handlers.QueueListener(self._records, _Relay())
        self._relay.start()
        level = logging.getLogger("mapper").getEffectiveLevel()
        self._executor: ProcessPoolExecutor = ProcessPoolExecutor(
            self.jobs, mp_context=context, initializer=_start_worker, initargs=(self.ref, self._records, level)
        )
        return self

    def submit(self, chunk: list[Report], all_mentions: bool, batch: int) -> Future[list[Event]]:
        # A worker is started by a submit: with Ctrl-C held back, which it inherits and keeps held until it
        # ignores it, so that a Ctrl-C while it imports is the parent's alone, not a traceback of its own.
        with _ctrl_c_held():
            return self._executor.submit(extract_partition, chunk, self.ref, all_mentions=all_mentions, batch=batch)

    def __exit__(self, kind: type[BaseException] | None, *_: Any) -> None:
        try:
            if kind is None:
                self._executor.shutdown(wait=True)
            else:  # interrupted, or a batch failed: the work under way is of no use
                _end_workers(self._executor)
        finally:
            self._relay.stop()
            self._records.close()


@contextlib.contextmanager
def _ctrl_c_held() -> Iterator[None]:
    """SIGINT blocked for the block: one that comes meanwhile is delivered at its end, not lost (where
    signals can be blocked: POSIX)."""
    if not hasattr(signal, "pthread_sigmask"):
        yield
        return
    previous = signal.pthread_sigmask(signal.SIG_BLOCK, {signal.SIGINT})
    try:
        yield
    finally:
        signal.pthread_sigmask(signal.SIG_SETMASK, previous)


def _end_workers(executor: ProcessPoolExecutor) -> None:
    """Stop the pool and end its workers now, not after their batch.

    By hand, from the pool's processes and result pipe taken before the shutdown that forgets them.
    A worker ended while it was sending its batch's events leaves half a message in the result pipe,
    which the pool's manager thread would wait for the rest of forever (and the interpreter's exit
    for that thread): closing this process's end of the pipe, the last writer, gives it the end of
    the pipe instead. The manager thread is then waited for, so that it has closed its wake-up pipe
    before the interpreter's exit writes to it (a race that printed "OSError: [Errno 9] Bad file
    descriptor" after a Ctrl-C, once in a CI-like run).
    """
    processes = list((getattr(executor, "_processes", None) or {}).values())
    results = getattr(executor, "_result_queue", None)
    executor.shutdown(wait=False, cancel_futures=True)
    for process in processes:
        process.terminate()
    for process in processes:
        process.join(timeout=5)
    writer = getattr(results, "_writer", None)
    if writer is not None:
        writer.close()
    manager = getattr(executor, "_executor_manager_thread", None)
    if manager is not None:  # let it finish closing its wake-up pipe now: the interpreter's exit wakes every pool's
        manager.join(timeout=5)  # manager through that pipe unlocked (Python 3.11), and could write to it as it closes


class _Relay(logging.Handler):
    """Hands a worker's log record to this process's logger of the same name, and so to its handlers."""

    def emit(self, record: logging.LogRecord) -> None:
        logging.getLogger(record.name).handle(record)


def _start_worker(ref: GazetteerRef, records: Any, level: int) -> None:
    """A worker's start: Ctrl-C left to the parent, log records sent to it, the gazetteer loaded."""
    signal.signal(signal.SIGINT, signal.SIG_IGN)
    if hasattr(signal, "pthread_sigmask"):  # held back while it started (see _WorkerPool.submit)
        signal.pthread_sigmask(signal.SIG_UNBLOCK, {signal.SIGINT})
    root = logging.getLogger()
    root.handlers[:] = [logging.handlers.QueueHandler(records)]
    root.setLevel(logging.WARNING)
    logging.getLogger("mapper").setLevel(level)
    worker_gazetteer(ref)
