"""Bytes in, within bounds: a report's file, its lines, stdin, never more than a limit at a time.

A report is held whole in memory while it is read and extracted, and extraction needs some
times its size again, so one report larger than a limit is not read: it is skipped with a message
that names it and says how to go on (split it, or raise the limit). The limit is
:data:`MAX_REPORT_BYTES` unless ``$MAPPER_MAX_REPORT_SIZE`` (megabytes) or the commands'
``--max-report-size`` say otherwise. A JSON-lines file is no report: its lines are, so it is read a
line at a time, however large, and each line is held to the limit. Only regular files are read: a
FIFO or a device given as a report is refused, not waited on.
"""

from __future__ import annotations

import os
import stat
from collections.abc import Iterator
from pathlib import Path
from typing import IO, Any

__all__ = ["MAX_REPORT_BYTES", "Unreadable", "max_report_bytes", "read_limited", "read_regular", "regular_lines",
           "too_large"]  # fmt: skip

MAX_REPORT_BYTES = 50 * 1_000_000
"""The largest report read by default (50 MB): extracting one takes about 15 times its size, so that
the largest report read stays within 1 GB (a 50 MB report of one line: 831 MB, ``bench_memory.py``)."""

ENV_MAX_REPORT_SIZE = "MAPPER_MAX_REPORT_SIZE"
"""The environment variable that sets the limit, in megabytes."""

_SPECIAL_FILES = {stat.S_IFIFO: "FIFO (named pipe)", stat.S_IFCHR: "character device", stat.S_IFBLK: "block device",
                  stat.S_IFSOCK: "socket", stat.S_IFDIR: "folder"}  # fmt: skip
_SKIP_CHUNK = 1 << 20
"""How much of an over-long line is read at a time while it is passed over."""


class Unreadable(Exception):
    """Why a file (or one line of it) cannot be read; becomes a ``Skipped`` or a ``ReportError``."""

    def __init__(self, reason: str, line: int | None = None) -> None:
        super().__init__(reason)
        self.reason = reason
        self.line = line


def max_report_bytes(megabytes: float | None = None) -> int:
    """The limit of one report in bytes: ``megabytes`` if given, else ``$MAPPER_MAX_REPORT_SIZE``, else
    :data:`MAX_REPORT_BYTES`.

    Raises
    ------
    ValueError
        When the value given or found in the environment is not a positive number of megabytes.
    """
    given: Any = megabytes if megabytes is not None else os.environ.get(ENV_MAX_REPORT_SIZE)
    if given is None or given == "":
        return MAX_REPORT_BYTES
    try:
        value = float(given)
    except ValueError:
        value = float("nan")
    if not value > 0 or value == float("inf"):
        source = f"${ENV_MAX_REPORT_SIZE}" if megabytes is None else "the report size limit"
        raise ValueError(f"{source} is {given!r}: give a positive number of megabytes, e.g. 50")
    return int(value * 1_000_000)


def too_large(size: int | None, limit: int, what: str = "report") -> Unreadable:
    """The reason a report (or a line) of ``size`` bytes (``None``: unknown, more than ``limit``) is not read."""
    amount = f"{size / 1e6:.4g} MB, " if size is not None else ""
    return Unreadable(f"too large: {amount}over the limit of {limit / 1e6:.4g} MB for one {what} "
                      f"(--max-report-size, ${ENV_MAX_REPORT_SIZE}); split it into smaller reports (e.g. JSON lines, "
                      "one report a line) or raise the limit")  # fmt: skip


def _open_regular(path: Path) -> IO[bytes]:
    """A regular file opened for reading; a FIFO, socket or device is refused rather than waited on."""
    try:
        # opened without blocking, so that a FIFO with no writer cannot hold the run up
        fd = os.open(path, os.O_RDONLY | getattr(os, "O_NONBLOCK", 0) | getattr(os, "O_BINARY", 0))
    except OSError as exc:
        raise Unreadable(f"unreadable: {exc.strerror or exc}") from None
    stream = open(fd, "rb")
    mode = os.fstat(fd).st_mode
    if not stat.S_ISREG(mode):
        stream.close()
        kind = _SPECIAL_FILES.get(stat.S_IFMT(mode), "special file")
        raise Unreadable(f"a {kind}, not a regular file: give a file, or '-' to read stdin")
    return stream


def read_regular(path: Path, limit: int) -> bytes:
    """The bytes of a regular file of at most ``limit`` bytes; :class:`Unreadable` saying why not."""
    with _open_regular(path) as stream:
        size = os.fstat(stream.fileno()).st_size
        if size > limit:
            raise too_large(size, limit)
        try:
            return read_limited(stream, limit)
        except OSError as exc:
            raise Unreadable(f"unreadable: {exc.strerror or exc}") from None


def read_limited(stream: IO[Any], limit: int) -> Any:
    """All of ``stream`` (bytes or text), or :class:`Unreadable` when it holds more than ``limit``."""
    data = stream.read(limit + 1)
    if len(data) > limit:
        raise too_large(None, limit)
    return data


def regular_lines(path: Path, limit: int) -> Iterator[tuple[int, bytes | None]]:
    """``(number, line)`` for each line of a regular file, 1-based, read one at a time.

    A line of more than ``limit`` bytes is passed over without being held: its number comes with
    ``None``. Raises :class:`Unreadable` when the file cannot be opened or read.
    """
    with _open_regular(path) as stream:
        number = 0
        try:
            while line := stream.readline(limit + 1):
                number += 1
                if len(line) > limit and not line.endswith(b"\n"):
                    while line and not line.endswith(b"\n"):
                        line = stream.readline(_SKIP_CHUNK)
                    yield number, None
                    continue
                yield number, line
        except OSError as exc:
            raise Unreadable(f"unreadable: {exc.strerror or exc}", number + 1) from None
