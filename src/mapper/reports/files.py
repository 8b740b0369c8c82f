"""Reports in: files, folders and stdin become :class:`~mapper.model.Report` objects.

Formats, chosen by file extension (each read by :mod:`mapper.reports._formats`):

- ``.txt`` (and any other extension, when the file is named explicitly): the
  text as it is.
- ``.md``/``.markdown``: optional YAML front matter between ``---`` lines;
  the report text is what follows it. ``title`` (else ``subject`` or ``headline``, else the first ``# `` heading),
  ``date`` (also ``pubDate``, ``published``, ``datePublished``), ``source``
  (also ``publisher``, then ``author``) and ``url`` (also ``link``).
- ``.html``/``.htm``: the article text (see :mod:`mapper.reports._htmltext`).
- ``.json``: one object or a list of objects; ``.jsonl``: one object per
  line. Each object has ``text`` and optionally ``id``, ``title``, ``date``,
  ``source``, ``url``.

The ``date`` is read in the forms :func:`~mapper.reports._dates.read_date`
accepts; a report without one takes the date of its dateline
(``KYIV, Sept. 10, 2022 (AP) —``). A date that cannot be read, or that reads
two ways (``09/10/2022``), is a warning and the report is kept without a date.

Text is decoded as UTF-8 (a BOM is dropped) and newlines become ``\\n``;
nothing else is changed, so offsets index into ``Report.text``. A report that
cannot be read is skipped with a warning that names it (with the line where
there is one) and says why; the others are read. That holds for every failure
while reading a report, the unforeseen too: an error that is not one of the
known kinds is skipped as "unexpected", with its traceback at debug level
(``-vv``), so that it can be reported. Only regular files are read: a FIFO or a
device given as a report is refused, not waited on. A report larger than a limit (50 MB by
default; see :mod:`mapper.reports._input`) is skipped with a message that names it; a JSON-lines
file is read a line at a time, so a corpus of any size is read in the memory of its largest
line. :func:`iter_reports` yields the reports one by one as they are read (a pipeline that
extracts them as they come holds one batch, not the corpus); :func:`read_reports` collects them. Front matter is read
without aliases (a few hundred bytes of them can stand for gigabytes) and
without YAML's timestamps (a date stays the text written, read as every date
is); its fields, as a JSON object's, are used only when they are text or
numbers. Inside a folder, hidden files, ``*.gold.json`` annotation
files, the folder's own ``README``/``LICENSE``/``CHANGELOG`` and files of
other extensions are passed over (a file named explicitly is always read).
"""

from __future__ import annotations

import logging
import os
from collections.abc import Iterable, Iterator
from dataclasses import dataclass, field
from pathlib import Path
from typing import IO, Any

from mapper.errors import ReportError
from mapper.model import Report
from mapper.reports._formats import (
    Skipped,
    _file_items,
    _read_stdin,
    _unexpected,
    report_from_text,
)
from mapper.reports._input import Unreadable as _Unreadable
from mapper.reports._input import max_report_bytes

__all__ = ["Skipped", "ReadResult", "iter_reports", "read_reports", "read_report", "report_from_text",
           "REPORT_SUFFIXES"]  # fmt: skip

logger = logging.getLogger(__name__)

REPORT_SUFFIXES = frozenset({".txt", ".md", ".markdown", ".html", ".htm", ".json", ".jsonl"})
"""Extensions read from inside a folder."""

_NOT_REPORTS = frozenset({"readme", "license", "licence", "changelog"})  # a folder's own documentation


@dataclass(frozen=True, slots=True)
class ReadResult:
    """The reports read, in order, and what was skipped."""

    reports: list[Report] = field(default_factory=list)
    skipped: list[Skipped] = field(default_factory=list)


def read_report(path: str | os.PathLike[str]) -> Report:
    """Read the one report of a file.

    Raises
    ------
    ReportError
        When the file cannot be read (missing, binary, not UTF-8, empty, larger than the
        limit, malformed JSON, no ``text``) or holds more than one report.
    """
    file = Path(path)
    items = list(_file_items(file, file.name, _default_limit()))
    for item in items:
        if isinstance(item, Skipped):
            raise ReportError(f"report '{item.path}{f':{item.line}' if item.line else ''}' is {item.reason}")
    if len(items) != 1:
        raise ReportError(f"'{file}' holds {len(items)} reports; read it with read_reports()")
    return items[0]  # type: ignore[return-value]  # not a Skipped: those raised above


def _is_file(path: Path) -> bool:
    """Whether ``path`` is a regular file; one that cannot be looked at (no permission) is read, and
    skipped with the reason, like any other file that cannot be opened."""
    try:
        return path.is_file()
    except OSError:
        return True


def _files(path: Path) -> Iterator[tuple[Path, str]]:
    """(file, report id) for a path: a file as it is, a folder's report files sorted."""
    if not path.is_dir():
        yield path, path.name
        return
    for file in sorted(path.rglob("*")):
        relative = file.relative_to(path)
        if any(part.startswith(".") for part in relative.parts) or not _is_file(file):
            continue
        if (
            file.name.endswith(".gold.json")
            or file.suffix.lower() not in REPORT_SUFFIXES
            or file.stem.lower() in _NOT_REPORTS
        ):
            logger.debug("not a report, passed over: %s", file)
            continue
        yield file, relative.as_posix()


def iter_reports(
    paths: Iterable[str | os.PathLike[str]],
    *,
    stdin: IO[Any] | None = None,
    skipped: list[Skipped] | None = None,
    max_report_bytes: int | None = None,
) -> Iterator[Report]:
    """Yield the reports of files, folders (recursively) and stdin (``"-"``) one at a time, as read.

    Parameters
    ----------
    paths, stdin
        As for :func:`read_reports`.
    skipped
        Each report (or line) that could not be read is appended here as it is met, and
        logged as a warning that names it and says why.
    max_report_bytes
        The largest report read (bytes); a larger one is skipped, saying so. ``None``:
        ``$MAPPER_MAX_REPORT_SIZE`` (megabytes), else 50 MB.

    Yields
    ------
    Report
        In the order :func:`read_reports` returns them. Only the report being read is held
        (a JSON-lines file is read a line at a time).
    """
    limit = max_report_bytes if max_report_bytes is not None else _default_limit()
    skipped = skipped if skipped is not None else []
    seen: set[str] = set()
    if isinstance(paths, (str, os.PathLike)):
        paths = [paths]  # one path, not the characters of one ("/" would be the whole disk)
    for given in paths:
        if str(given) == "-":
            try:
                yield _read_stdin(stdin, limit)
            except _Unreadable as exc:
                _skip(skipped, Skipped("<stdin>", None, exc.reason))
            except Exception as exc:  # one report's failure, the unforeseen too, never ends the run
                _skip(skipped, Skipped("<stdin>", None, _unexpected(exc, "<stdin>")))
            continue
        path = Path(given)
        if not path.exists():
            _skip(skipped, Skipped(str(path), None, "no such file or folder"))
            continue
        for file, report_id in _files(path):
            for item in _file_items(file, report_id, limit):
                if isinstance(item, Skipped):
                    _skip(skipped, item)
                    continue
                if item.id in seen:
                    logger.warning("two reports have the id '%s' (the second from %s)", item.id, file)
                seen.add(item.id)
                yield item


def _default_limit() -> int:
    """The limit from the environment; a value there that is no size is an error of the whole run."""
    try:
        return max_report_bytes()
    except ValueError as exc:
        raise ReportError(str(exc)) from None


def read_reports(
    paths: Iterable[str | os.PathLike[str]], *, stdin: IO[Any] | None = None, max_report_bytes: int | None = None
) -> ReadResult:
    """Read reports from files, folders (recursively) and stdin (``"-"``).

    Parameters
    ----------
    paths
        Files, folders, or ``"-"`` for plain text on stdin (id ``<stdin>``).
    stdin
        The stream ``"-"`` reads (text or bytes); ``sys.stdin`` by default.
    max_report_bytes
        The largest report read, as for :func:`iter_reports`.

    Returns
    -------
    ReadResult
        The reports in order, and what was skipped (each also logged as a
        warning that names the file, the line where there is one, and why).

    Raises
    ------
    ReportError
        When ``$MAPPER_MAX_REPORT_SIZE`` is not a size.

    Examples
    --------
    >>> result = read_reports(["reports/"])  # doctest: +SKIP
    >>> [report.id for report in result.reports]  # doctest: +SKIP
    ['a.txt', 'kharkiv/a.txt', 'kharkiv/b.md']
    """
    result = ReadResult()
    result.reports.extend(iter_reports(paths, stdin=stdin, skipped=result.skipped, max_report_bytes=max_report_bytes))
    return result


def _skip(skipped: list[Skipped], item: Skipped) -> None:
    logger.warning("skipped %s", item)
    skipped.append(item)
