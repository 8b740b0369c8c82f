"""Atomic file writes: an interrupted run leaves the previous file whole.

:func:`atomic_write` writes into a temporary file in the destination's own
folder (so that the final rename never crosses a file system), flushes and
fsyncs it, then moves it over the destination with :func:`os.replace`, which
is atomic on POSIX and Windows. On any error the temporary file is removed
and the old file, if there was one, is left as it was.
"""

from __future__ import annotations

import contextlib
import os
import stat
import tempfile
from collections.abc import Iterator
from pathlib import Path
from typing import IO, Any

from mapper.errors import OutputError

__all__ = ["atomic_write"]


def _final_mode(path: Path) -> int:
    """The permission bits the new file should carry: the old file's, else the umask's."""
    try:
        return stat.S_IMODE(path.stat().st_mode)
    except FileNotFoundError:
        umask = os.umask(0)
        os.umask(umask)
        return 0o666 & ~umask


@contextlib.contextmanager
def atomic_write(
    path: str | os.PathLike[str],
    mode: str = "w",
    *,
    encoding: str | None = "utf-8",
    newline: str | None = None,
) -> Iterator[IO[Any]]:
    """Open a temporary file that replaces ``path`` when the block ends without error.

    Parameters
    ----------
    path
        The file to write. Its folder must exist.
    mode
        ``"w"`` for text or ``"wb"`` for bytes.
    encoding, newline
        As for :func:`open`, text mode only.

    Yields
    ------
    IO
        The open temporary file.

    Raises
    ------
    OutputError
        When the temporary file cannot be created or the destination replaced.
        An exception raised inside the block propagates unchanged; either way
        the temporary file is removed and ``path`` keeps its old content.

    Examples
    --------
    >>> with atomic_write("events.geojson") as f:  # doctest: +SKIP
    ...     f.write("{}")
    """
    if mode not in ("w", "wb"):
        raise ValueError(f"atomic_write mode must be 'w' or 'wb', not {mode!r}")
    target = Path(path)
    binary = mode == "wb"
    try:
        fd, tmp_name = tempfile.mkstemp(dir=target.parent or ".", prefix=f".{target.name}.", suffix=".tmp")
    except OSError as exc:
        raise OutputError(f"cannot write '{target}': {exc.strerror or exc}") from exc
    tmp = Path(tmp_name)
    try:
        with (
            os.fdopen(fd, mode)
            if binary
            else os.fdopen(fd, mode, encoding=encoding, newline=newline)
        ) as handle:
            yield handle
            handle.flush()
            os.fsync(handle.fileno())
        os.chmod(tmp, _final_mode(target))
        os.replace(tmp, target)
    except BaseException as exc:
        with contextlib.suppress(FileNotFoundError):
            tmp.unlink()
        if isinstance(exc, OSError) and not isinstance(exc, OutputError):
            raise OutputError(f"cannot write '{target}': {exc.strerror or exc}") from exc
        raise
    _fsync_folder(target.parent)


def _fsync_folder(folder: Path) -> None:
    """Make the rename itself durable where the platform allows it."""
    try:
        fd = os.open(folder or ".", os.O_RDONLY)
    except OSError:
        return
    try:
        os.fsync(fd)
    except OSError:
        pass  # some file systems (and Windows) cannot fsync a folder; the rename already happened
    finally:
        os.close(fd)
