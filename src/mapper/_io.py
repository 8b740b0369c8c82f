"""Writing files safely: an interrupted run leaves the previous files whole, and the next run
clears what it left.

:func:`atomic_write` writes into a temporary file in the destination's own
folder (so that the final rename never crosses a file system), flushes and
fsyncs it, then moves it over the destination with :func:`os.replace`, which
is atomic on POSIX and Windows. On any error the temporary file is removed
and the old file, if there was one, is left as it was. A destination that is
a symbolic link is followed (the file it points to is replaced, the link
stays); a FIFO, device or socket is written in place as a stream, never
renamed over.

:func:`file_set` writes a set of files that belong together (a map page and
its GeoJSON) into a staging folder beside them, then moves them into place one
after the other, after a journal naming them is written. A run killed before
the journal leaves the old set whole; one killed while moving them leaves a
journal, by which the next run completes the move: a reader never finds
files of two runs once a run has started or ended.

Temporary names say who made them: ``.NAME.mapper-PID-RANDOM.tmp`` (files,
GDAL's scratch folders and staging folders alike), PID being the writer's
process id. :func:`remove_stale_temporaries` removes those whose writer is
gone (or older than a day, when a PID may have been reused), and nothing
else; it runs once per folder and process, before the first write into it.
"""

from __future__ import annotations

import contextlib
import errno
import json
import logging
import os
import re
import shutil
import stat
import tempfile
import time
from collections.abc import Iterator
from pathlib import Path
from typing import IO, Any

from mapper.errors import OutputError

__all__ = ["atomic_write", "file_set", "output_target", "remove_stale_temporaries", "temporary_prefix"]

log = logging.getLogger(__name__)

STALE_SECONDS = 24 * 3600
"""A temporary this old is stale even if a process of its writer's id runs (ids are reused)."""

LEGACY_SECONDS = 3600
"""Temporaries of earlier mapper versions (``.NAME.RANDOM.tmp``, no id) are removed after an hour,
and only beside the file ``NAME`` they were to replace."""

JOURNAL = ".mapper-set.json"
"""The file in a staging folder naming the files to move into place: written once all are staged."""

_TEMPORARY = re.compile(r"\.(?P<name>.*)\.mapper-(?P<pid>\d+)-[a-z0-9_]+\.tmp")
_LEGACY = re.compile(r"\.(?P<name>.+)\.[a-z0-9_]{8}\.tmp")

_swept: set[str] = set()
"""Folders already cleared of stale temporaries by this process."""


def temporary_prefix(target: Path) -> str:
    """The start of a temporary's name for ``target``: ``.NAME.mapper-PID-`` (end it with ``.tmp``)."""
    return f".{target.name}.mapper-{os.getpid()}-"


def _writer_gone(pid: int) -> bool:
    """Whether no running process has this id."""
    if pid == os.getpid():
        return False
    if os.name == "nt":
        return _windows_process_gone(pid)  # os.kill(pid, 0) would end the process there, not probe it
    try:
        os.kill(pid, 0)
    except ProcessLookupError:
        return True
    except OSError:
        return False  # it runs, as another user
    return False


def _windows_process_gone(pid: int) -> bool:
    """Whether no running Windows process has this id (unknown, or exited)."""
    import ctypes

    kernel32 = ctypes.windll.kernel32  # type: ignore[attr-defined]
    handle = kernel32.OpenProcess(0x1000, False, pid)  # PROCESS_QUERY_LIMITED_INFORMATION
    if not handle:
        return kernel32.GetLastError() == 87  # ERROR_INVALID_PARAMETER: no such process; else denied
    try:
        code = ctypes.c_ulong()
        return bool(kernel32.GetExitCodeProcess(handle, ctypes.byref(code))) and code.value != 259  # STILL_ACTIVE
    finally:
        kernel32.CloseHandle(handle)


def _is_stale(entry: os.DirEntry[str], folder: Path) -> bool:
    try:
        age = time.time() - entry.stat(follow_symlinks=False).st_mtime
    except OSError:
        return False
    ours = _TEMPORARY.fullmatch(entry.name)
    if ours:
        return age > STALE_SECONDS or _writer_gone(int(ours["pid"]))
    legacy = _LEGACY.fullmatch(entry.name)
    return bool(legacy) and entry.is_file(follow_symlinks=False) and age > LEGACY_SECONDS \
        and (folder / legacy["name"]).is_file()  # fmt: skip


def remove_stale_temporaries(folder: str | os.PathLike[str]) -> list[Path]:
    """Remove from ``folder`` what interrupted writes of mapper left there.

    Only names of mapper's own making count: ``.NAME.mapper-PID-RANDOM.tmp`` whose writer
    process is gone or that is older than :data:`STALE_SECONDS`, and an earlier version's
    ``.NAME.RANDOM.tmp`` older than :data:`LEGACY_SECONDS` beside a file ``NAME``. A staging
    folder with a journal is first moved into place (the run that made it was killed while
    doing so). Each folder is swept once per process.

    Returns
    -------
    list of Path
        What was removed (nothing if the folder cannot be listed).
    """
    folder = Path(folder)
    key = os.path.abspath(folder)
    if key in _swept:
        return []
    _swept.add(key)
    try:
        entries = [entry for entry in os.scandir(folder) if entry.name.startswith(".") and entry.name.endswith(".tmp")]
    except OSError:
        return []
    removed: list[Path] = []
    for entry in entries:
        if not _is_stale(entry, folder):
            continue
        path = Path(entry.path)
        try:
            if entry.is_dir(follow_symlinks=False):
                if (path / JOURNAL).is_file():
                    _move_set(path, folder)
                shutil.rmtree(path)
            else:
                path.unlink()
        except (OSError, ValueError) as exc:
            log.warning("cannot remove '%s', left by an interrupted run: %s", path, exc)
            continue
        removed.append(path)
    if removed:
        log.info("removed %d temporary files left in %s by an interrupted run", len(removed), folder)
    return removed


def output_target(path: str | os.PathLike[str]) -> tuple[Path, bool]:
    """Where a write to ``path`` goes, and whether as a stream.

    A symbolic link is followed to the file it names (which may not exist yet); a FIFO,
    character or block device or socket is written as a stream, in place.

    Raises
    ------
    OutputError
        When ``path`` is a folder, or its links cannot be followed (a loop).
    """
    path = Path(path)
    target = Path(os.path.realpath(path)) if path.is_symlink() else path
    try:
        mode = target.stat().st_mode
    except FileNotFoundError:
        return target, False
    except OSError as exc:
        raise OutputError(f"cannot write '{path}': {exc.strerror or exc}") from exc
    if stat.S_ISDIR(mode):
        raise OutputError(f"cannot write '{path}': it is a folder, give a file name")
    return target, not stat.S_ISREG(mode)


def _final_mode(path: Path) -> int:
    """The permission bits the new file should carry: the old file's, else the umask's."""
    try:
        return stat.S_IMODE(path.stat().st_mode)
    except FileNotFoundError:
        umask = os.umask(0)
        os.umask(umask)
        return 0o666 & ~umask


def _open_kwargs(mode: str, encoding: str | None, newline: str | None) -> dict[str, Any]:
    return {} if mode == "wb" else {"encoding": encoding, "newline": newline}


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
        The file to write. Its folder must exist. A symbolic link is followed; a FIFO,
        device or socket is written to directly, as a stream (:func:`output_target`).
    mode
        ``"w"`` for text or ``"wb"`` for bytes.
    encoding, newline
        As for :func:`open`, text mode only.

    Yields
    ------
    IO
        The open temporary file (the special file itself, for a stream).

    Raises
    ------
    OutputError
        When the temporary file cannot be created, written or moved over the destination
        (a full disk, a folder in the way). An exception raised inside the block propagates
        unchanged; either way the temporary file is removed and ``path`` keeps its old content.

    Examples
    --------
    >>> with atomic_write("events.geojson") as f:  # doctest: +SKIP
    ...     f.write("{}")
    """
    if mode not in ("w", "wb"):
        raise ValueError(f"atomic_write mode must be 'w' or 'wb', not {mode!r}")
    target, stream = output_target(path)
    if stream:
        with _stream_errors(path):
            with open(target, mode, **_open_kwargs(mode, encoding, newline)) as handle:
                yield handle
        return
    folder = target.parent
    remove_stale_temporaries(folder)
    try:
        fd, tmp_name = tempfile.mkstemp(dir=folder, prefix=temporary_prefix(target), suffix=".tmp")
    except OSError as exc:
        raise OutputError(f"cannot write '{path}': {exc.strerror or exc}") from exc
    tmp = Path(tmp_name)
    try:
        with os.fdopen(fd, mode, **_open_kwargs(mode, encoding, newline)) as handle:
            yield handle
            handle.flush()
            os.fsync(handle.fileno())
        os.chmod(tmp, _final_mode(target))
        os.replace(tmp, target)
    except BaseException as exc:
        with contextlib.suppress(FileNotFoundError):
            tmp.unlink()
        if isinstance(exc, OSError) and not isinstance(exc, OutputError):
            raise OutputError(f"cannot write '{path}': {exc.strerror or exc}") from exc
        raise
    _fsync_folder(folder)


@contextlib.contextmanager
def _stream_errors(path: str | os.PathLike[str]) -> Iterator[None]:
    """Turn an ``OSError`` of writing to a special file (``/dev/full``: no space) into an ``OutputError``."""
    try:
        yield
    except OutputError:
        raise
    except OSError as exc:
        raise OutputError(f"cannot write '{path}': {exc.strerror or exc}") from exc


def _fsync_folder(folder: Path) -> None:
    """Make the rename itself durable where the platform allows it."""
    try:
        fd = os.open(folder, os.O_RDONLY)
    except OSError:
        return
    try:
        os.fsync(fd)
    except OSError:
        pass  # some file systems (and Windows) cannot fsync a folder; the rename already happened
    finally:
        os.close(fd)


def _move_into_place(staged: Path, destination: Path) -> None:
    """Move one staged file over ``destination``: renamed, or copied into a special file or
    across file systems (where a symbolic link led)."""
    target, stream = output_target(destination)
    if not stream:
        try:
            os.replace(staged, target)
            return
        except OSError as exc:
            if exc.errno != errno.EXDEV:
                raise
    with open(staged, "rb") as source, atomic_write(target, "wb") as out:
        shutil.copyfileobj(source, out)
    staged.unlink()


def _move_set(staging: Path, folder: Path) -> list[Path]:
    """Move the files named in ``staging``'s journal into ``folder``; returns their new paths."""
    names = json.loads((staging / JOURNAL).read_text(encoding="utf-8"))["names"]
    moved = []
    for name in names:
        if Path(name).name != name:
            raise ValueError(f"journal '{staging / JOURNAL}' names '{name}', which is not a file name")
        staged = staging / name
        if staged.exists():  # a run killed halfway moved the others already
            _move_into_place(staged, folder / name)
        moved.append(folder / name)
    _fsync_folder(folder)
    return moved


@contextlib.contextmanager
def file_set(folder: str | os.PathLike[str], name: str = "set") -> Iterator[Path]:
    """A staging folder whose files replace their namesakes in ``folder`` together when the block
    ends without error.

    Write the files of the set into the folder yielded; then a journal naming them is written
    and each is moved over its namesake in ``folder`` (a symbolic link there is followed, a
    special file written as a stream). Other files in ``folder`` are never touched. If the
    block fails, the staging folder is removed and ``folder`` is as it was; if a move fails, the
    staging folder and its journal stay, and the next run completes the move
    (:func:`remove_stale_temporaries`).

    Parameters
    ----------
    folder
        An existing folder.
    name
        Names the staging folder (``.NAME.mapper-PID-RANDOM.tmp``), e.g. after the set's page.

    Raises
    ------
    OutputError
        When the staging folder cannot be made or a file cannot be moved into place.

    Examples
    --------
    >>> with file_set("output", "map.html") as staging:  # doctest: +SKIP
    ...     write_map(events, staging / "map.html")
    ...     write_geojson(staging / "events.geojson", collection)
    """
    folder = Path(folder)
    remove_stale_temporaries(folder)
    try:
        staging = Path(tempfile.mkdtemp(dir=folder, prefix=temporary_prefix(Path(name)), suffix=".tmp"))
    except OSError as exc:
        raise OutputError(f"cannot write into '{folder}': {exc.strerror or exc}") from exc
    try:
        yield staging
        names = sorted(entry.name for entry in os.scandir(staging) if not entry.name.startswith("."))
        with atomic_write(staging / JOURNAL) as journal:
            json.dump({"names": names}, journal)
    except BaseException:
        shutil.rmtree(staging, ignore_errors=True)
        raise
    try:
        _move_set(staging, folder)
    except OSError as exc:
        raise OutputError(f"cannot move the files of '{staging}' into '{folder}' ({exc.strerror or exc}); "
                          f"the next run of mapper completes the move") from exc  # fmt: skip
    shutil.rmtree(staging, ignore_errors=True)
