"""Reports in: files, folders and stdin become :class:`~mapper.model.Report` objects.

Formats, chosen by file extension:

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
device given as a report is refused, not waited on. Front matter is read
without aliases (a few hundred bytes of them can stand for gigabytes) and
without YAML's timestamps (a date stays the text written, read as every date
is); its fields, as a JSON object's, are used only when they are text or
numbers. Inside a folder, hidden files, ``*.gold.json`` annotation
files, the folder's own ``README``/``LICENSE``/``CHANGELOG`` and files of
other extensions are passed over (a file named explicitly is always read).
"""

from __future__ import annotations

import datetime as dt
import functools
import json
import logging
import os
import re
import stat
import sys
from collections.abc import Iterable, Iterator
from dataclasses import dataclass, field
from pathlib import Path
from typing import IO, Any

from mapper.errors import ReportError
from mapper.model import Report
from mapper.reports._datelines import report_date

__all__ = ["Skipped", "ReadResult", "read_reports", "read_report", "report_from_text", "REPORT_SUFFIXES"]

logger = logging.getLogger(__name__)

REPORT_SUFFIXES = frozenset({".txt", ".md", ".markdown", ".html", ".htm", ".json", ".jsonl"})
"""Extensions read from inside a folder."""

_META_KEYS = {
    "title": ("title", "subject", "headline"),
    "date": ("date", "pubDate", "published", "datePublished"),
    "source": ("source", "publisher", "author"),
    "url": ("url", "link"),
}
_FRONT_MATTER = re.compile(r"\A---[ \t]*\n(.*?\n)?(?:---|\.\.\.)[ \t]*(?:\n|\Z)", re.DOTALL)
_HEADING = re.compile(r"^#[ \t]+(.+?)[ \t#]*$", re.MULTILINE)
_NEWLINES = re.compile(r"\r\n?")
_EMPHASIS = re.compile(r"[*_`]+(?=\S)|(?<=\S)[*_`]+")
"""Markdown emphasis and code marks around words of a heading ("The *first* heading")."""
_NOT_REPORTS = frozenset({"readme", "license", "licence", "changelog"})  # a folder's own documentation
_DIGITS = re.compile(r"\d+")
_SPECIAL_FILES = {stat.S_IFIFO: "FIFO (named pipe)", stat.S_IFCHR: "character device", stat.S_IFBLK: "block device",
                  stat.S_IFSOCK: "socket", stat.S_IFDIR: "folder"}  # fmt: skip
_SCALARS = (str, int, float, dt.date)
"""The values a report's field may have (a front matter's date may be a ``date``)."""


@dataclass(frozen=True, slots=True)
class Skipped:
    """A report that could not be read: where (``path``, 1-based ``line``) and why."""

    path: str
    line: int | None
    reason: str

    def __str__(self) -> str:
        where = f"{self.path}:{self.line}" if self.line is not None else self.path
        return f"{where}: {self.reason}"


@dataclass(frozen=True, slots=True)
class ReadResult:
    """The reports read, in order, and what was skipped."""

    reports: list[Report] = field(default_factory=list)
    skipped: list[Skipped] = field(default_factory=list)


def _normalise(text: str) -> str:
    return _NEWLINES.sub("\n", text)


class _Unreadable(Exception):
    """Why a file (or one line of it) cannot be read; becomes a Skipped or a ReportError."""

    def __init__(self, reason: str, line: int | None = None) -> None:
        super().__init__(reason)
        self.reason = reason
        self.line = line


def _unexpected(exc: Exception, where: str) -> str:
    """Why a report was skipped after a failure no check foresaw (a bug: its traceback goes to the debug log)."""
    logger.debug("reading %s failed unexpectedly", where, exc_info=exc)
    message = str(exc)
    message = message if len(message) <= 200 else message[:200] + "..."
    return f"unreadable: unexpected {type(exc).__name__} ({message}); this is a bug in mapper, please report it"


def _decode(data: bytes) -> str:
    """UTF-8 text of ``data`` with newlines normalised, or :class:`_Unreadable` saying why not."""
    if data.startswith((b"\xff\xfe", b"\xfe\xff")):
        raise _Unreadable("UTF-16 text, not UTF-8 (a UTF-16 byte-order mark at offset 0); save it as UTF-8")
    nul = data.find(b"\x00", 0, 8192)
    if nul >= 0:
        raise _Unreadable(f"a binary file, not text (NUL byte at offset {nul})")
    try:
        text = data.decode("utf-8-sig")
    except UnicodeDecodeError as exc:
        raise _Unreadable(
            f"not UTF-8 text (byte 0x{data[exc.start]:02x} at offset {exc.start}); save it as UTF-8"
        ) from None
    return _normalise(text)


def _meta(values: dict[str, Any], name: str, text: str) -> dict[str, Any]:
    """Report fields from a front-matter or JSON mapping; without a date, the dateline's (see ``_datelines``)."""
    meta: dict[str, Any] = {}
    for key, aliases in _META_KEYS.items():
        alias, value = next(((a, values[a]) for a in aliases if values.get(a) not in (None, "")), (key, None))
        if value is not None and not isinstance(value, _SCALARS):
            # never str() it: a structure can be far larger written out than read in
            logger.warning("report '%s': its %s is a %s, not text; it is ignored", name, alias, type(value).__name__)
            value = None
        if value is not None and key != "date":
            value = str(value).strip() or None
        meta[key] = value
    meta["date"] = report_date(meta["date"], text, name)
    return meta


def report_from_text(text: str, id: str = "<text>", **meta: Any) -> Report:
    """A :class:`Report` from a string, e.g. in a notebook.

    Parameters
    ----------
    text
        The report's text; ``\\r\\n`` and ``\\r`` become ``\\n``.
    id
        The report's id.
    **meta
        ``title``, ``date`` (a ``datetime.date`` or a string such as
        ``"2022-09-12"`` or ``"12 September 2022"``), ``source``, ``url``, ``path``.

    Raises
    ------
    ReportError
        When the text is empty or white space only.
    """
    if not text.strip():
        raise ReportError(f"report '{id}' is empty")
    path = meta.pop("path", None)
    unknown = set(meta) - set(_META_KEYS)
    if unknown:
        raise TypeError(f"report_from_text() got unexpected fields {sorted(unknown)}; use {sorted(_META_KEYS)}")
    text = _normalise(text)
    return Report(id=id, text=text, path=path, **_meta(meta, id, text))


@functools.cache
def _front_matter_loader() -> type:
    """YAML's safe loader without aliases and without timestamps (see the module docstring)."""
    import yaml

    class FrontMatterLoader(yaml.SafeLoader):
        def compose_node(self, parent: Any, index: Any) -> Any:
            if self.check_event(yaml.AliasEvent):
                event = self.peek_event()
                raise yaml.composer.ComposerError(
                    None, None, f"an alias (*{event.anchor}) is not accepted: write the value out", event.start_mark
                )
            return super().compose_node(parent, index)

        def construct_object(self, node: Any, deep: bool = False) -> Any:
            try:
                return super().construct_object(node, deep)
            except (ValueError, OverflowError) as exc:  # "!!int 0x_", "!!timestamp 2022-02-30"
                value = f" {node.value[:40]!r}" if isinstance(node.value, str) else ""
                raise yaml.constructor.ConstructorError(
                    None, None, f"cannot read{value} as {node.tag.rsplit(':', 1)[-1]} ({exc})", node.start_mark
                ) from None

    resolvers = yaml.SafeLoader.yaml_implicit_resolvers
    FrontMatterLoader.yaml_implicit_resolvers = {
        first: [(tag, pattern) for tag, pattern in found if tag != "tag:yaml.org,2002:timestamp"]
        for first, found in resolvers.items()
    }
    return FrontMatterLoader


def _front_matter(source: str) -> Any:
    """What a front matter holds; :class:`_Unreadable`, with the file's line where known, when it is not YAML."""
    import yaml

    try:
        return yaml.load(source, Loader=_front_matter_loader())  # noqa: S506 (a safe loader)
    except yaml.MarkedYAMLError as exc:
        mark = exc.problem_mark or exc.context_mark
        line = mark.line + 2 if mark is not None else None  # the front matter starts on line 2
        raise _Unreadable(f"malformed YAML front matter ({exc.problem or exc.context})", line) from None
    except yaml.YAMLError as exc:
        raise _Unreadable(f"malformed YAML front matter ({exc})") from None
    except RecursionError:
        raise _Unreadable("malformed YAML front matter (nested too deeply to read)") from None


def _markdown(text: str, name: str) -> tuple[str, dict[str, Any]]:
    match = _FRONT_MATTER.match(text)
    values: dict[str, Any] = {}
    if match:
        loaded = _front_matter(match.group(1) or "")
        if isinstance(loaded, dict):
            values = {str(k): v for k, v in loaded.items()}
        elif loaded is not None:
            logger.warning("report '%s': front matter is not a mapping of fields; it is ignored", name)
        text = text[match.end() :]
    if not any(values.get(key) for key in _META_KEYS["title"]):
        heading = _HEADING.search(text)
        if heading:
            values["title"] = _EMPHASIS.sub("", heading.group(1)).strip()
    return text, values


def _json_report(obj: Any, report_id: str, path: str, where: str) -> Report:
    if not isinstance(obj, dict):
        raise _Unreadable(f"expected a JSON object with 'text', got {type(obj).__name__}")
    text = obj.get("text")
    if not isinstance(text, str):
        fields = ", ".join(map(str, obj)) or "none"
        raise _Unreadable(f"the object has no 'text' string (its fields: {fields})")
    if not text.strip():
        raise _Unreadable("'text' is empty")
    if obj.get("id") not in (None, "") and isinstance(obj["id"], _SCALARS):
        report_id = str(obj["id"])
    text = _normalise(text)
    return Report(id=report_id, text=text, path=path, **_meta(obj, where, text))


def _read_bytes(path: Path) -> bytes:
    """The bytes of a regular file; a FIFO, socket or device is refused rather than waited on."""
    try:
        # opened without blocking, so that a FIFO with no writer cannot hold the run up
        fd = os.open(path, os.O_RDONLY | getattr(os, "O_NONBLOCK", 0) | getattr(os, "O_BINARY", 0))
    except OSError as exc:
        raise _Unreadable(f"unreadable: {exc.strerror or exc}") from None
    with open(fd, "rb") as stream:
        mode = os.fstat(fd).st_mode
        if not stat.S_ISREG(mode):
            kind = _SPECIAL_FILES.get(stat.S_IFMT(mode), "special file")
            raise _Unreadable(f"a {kind}, not a regular file: give a file, or '-' to read stdin")
        try:
            return stream.read()
        except OSError as exc:
            raise _Unreadable(f"unreadable: {exc.strerror or exc}") from None


def _read_file(path: Path, report_id: str) -> tuple[list[Report], list[Skipped]]:
    """Every report of one file; raises :class:`_Unreadable` when the whole file is unreadable."""
    text = _decode(_read_bytes(path))
    suffix = path.suffix.lower()
    if suffix in (".json", ".jsonl"):
        return _read_json(text, path, report_id, lines=suffix == ".jsonl")
    meta: dict[str, Any] = {}
    if suffix in (".md", ".markdown"):
        text, meta = _markdown(text, str(path))
    elif suffix in (".html", ".htm"):
        from mapper.reports._htmltext import html_article

        article = html_article(text)
        text = article.text
        meta = {"title": article.title, "date": article.date, "source": article.source, "url": article.url}
    if not text.strip():
        raise _Unreadable("empty: no text to read")
    return [Report(id=report_id, text=text, path=str(path), **_meta(meta, str(path), text))], []


def _json(text: str, what: str) -> Any:
    """The value of a JSON text; :class:`_Unreadable` (with the line in ``text``) when it cannot be read."""
    try:
        return json.loads(text)
    except json.JSONDecodeError as exc:
        raise _Unreadable(f"malformed {what} ({exc.msg}; column {exc.colno})", exc.lineno) from None
    except RecursionError:
        raise _Unreadable(f"unreadable {what} (arrays or objects nested too deeply)") from None
    except ValueError as exc:  # a number longer than int() takes (4,300 digits); json gives no position
        found = max(_DIGITS.finditer(text), key=lambda number: len(number.group()), default=None)
        if found is None:
            raise _Unreadable(f"unreadable {what} ({exc})") from None
        line = text.count("\n", 0, found.start()) + 1
        column = found.start() - text.rfind("\n", 0, found.start())
        raise _Unreadable(f"unreadable {what} (a number of {len(found.group())} digits; column {column})", line) from None


def _read_json(text: str, path: Path, report_id: str, *, lines: bool) -> tuple[list[Report], list[Skipped]]:
    items: list[tuple[int | None, str, Any]] = []  # (line, id unless the object has one, object)
    skipped: list[Skipped] = []
    if lines:
        for number, line in enumerate(text.split("\n"), start=1):
            if not line.strip():
                continue
            try:
                items.append((number, f"{report_id}:{number}", _json(line, "JSON line")))
            except _Unreadable as exc:
                skipped.append(Skipped(str(path), number, exc.reason))
    else:
        loaded = _json(text, "JSON")
        if isinstance(loaded, list):
            items = [(None, f"{report_id}#{i}", obj) for i, obj in enumerate(loaded, start=1)]
        else:
            items = [(None, report_id, loaded)]
    reports: list[Report] = []
    for line, item_id, obj in items:
        where = f"{path}:{line}" if line is not None else f"{path} ({item_id})"
        try:
            reports.append(_json_report(obj, item_id, str(path), where))
        except Exception as exc:  # one object's failure, the unforeseen too, skips that object alone
            reason = exc.reason if isinstance(exc, _Unreadable) else _unexpected(exc, where)
            reason = reason if line is not None or len(items) == 1 else f"object {item_id}: {reason}"
            skipped.append(Skipped(str(path), line, reason))
    if not reports and not skipped:
        raise _Unreadable("empty: no JSON object in it")
    return reports, skipped


def read_report(path: str | os.PathLike[str]) -> Report:
    """Read the one report of a file.

    Raises
    ------
    ReportError
        When the file cannot be read (missing, binary, not UTF-8, empty,
        malformed JSON, no ``text``) or holds more than one report.
    """
    file = Path(path)
    try:
        reports, skipped = _read_file(file, file.name)
    except _Unreadable as exc:
        where = f"{file}:{exc.line}" if exc.line is not None else str(file)
        raise ReportError(f"report '{where}' is {exc.reason}") from None
    if skipped:
        raise ReportError(f"report {skipped[0]}")
    if len(reports) != 1:
        raise ReportError(f"'{file}' holds {len(reports)} reports; read it with read_reports()")
    return reports[0]


def _files(path: Path) -> Iterator[tuple[Path, str]]:
    """(file, report id) for a path: a file as it is, a folder's report files sorted."""
    if not path.is_dir():
        yield path, path.name
        return
    for file in sorted(path.rglob("*")):
        relative = file.relative_to(path)
        if any(part.startswith(".") for part in relative.parts) or not file.is_file():
            continue
        if (
            file.name.endswith(".gold.json")
            or file.suffix.lower() not in REPORT_SUFFIXES
            or file.stem.lower() in _NOT_REPORTS
        ):
            logger.debug("not a report, passed over: %s", file)
            continue
        yield file, relative.as_posix()


def _read_stdin(stdin: IO[Any] | None) -> Report:
    stream = stdin if stdin is not None else sys.stdin.buffer
    data = stream.read()
    text = _normalise(data.removeprefix("\ufeff")) if isinstance(data, str) else _decode(data)
    if not text.strip():
        raise _Unreadable("empty: no text to read")
    return Report(id="<stdin>", text=text, **_meta({}, "<stdin>", text))


def read_reports(paths: Iterable[str | os.PathLike[str]], *, stdin: IO[Any] | None = None) -> ReadResult:
    """Read reports from files, folders (recursively) and stdin (``"-"``).

    Parameters
    ----------
    paths
        Files, folders, or ``"-"`` for plain text on stdin (id ``<stdin>``).
    stdin
        The stream ``"-"`` reads (text or bytes); ``sys.stdin`` by default.

    Returns
    -------
    ReadResult
        The reports in order, and what was skipped (each also logged as a
        warning that names the file, the line where there is one, and why).

    Examples
    --------
    >>> result = read_reports(["reports/"])  # doctest: +SKIP
    >>> [report.id for report in result.reports]  # doctest: +SKIP
    ['a.txt', 'kharkiv/a.txt', 'kharkiv/b.md']
    """
    result = ReadResult()
    seen: set[str] = set()
    for given in paths:
        if str(given) == "-":
            try:
                result.reports.append(_read_stdin(stdin))
            except _Unreadable as exc:
                _skip(result, Skipped("<stdin>", None, exc.reason))
            except Exception as exc:  # one report's failure, the unforeseen too, never ends the run
                _skip(result, Skipped("<stdin>", None, _unexpected(exc, "<stdin>")))
            continue
        path = Path(given)
        if not path.exists():
            _skip(result, Skipped(str(path), None, "no such file or folder"))
            continue
        for file, report_id in _files(path):
            try:
                reports, skipped = _read_file(file, report_id)
            except _Unreadable as exc:
                reports, skipped = [], [Skipped(str(file), exc.line, exc.reason)]
            except Exception as exc:  # one report's failure, the unforeseen too, never ends the run
                reports, skipped = [], [Skipped(str(file), None, _unexpected(exc, str(file)))]
            for item in skipped:
                _skip(result, item)
            for report in reports:
                if report.id in seen:
                    logger.warning("two reports have the id '%s' (the second from %s)", report.id, file)
                seen.add(report.id)
                result.reports.append(report)
    return result


def _skip(result: ReadResult, skipped: Skipped) -> None:
    logger.warning("skipped %s", skipped)
    result.skipped.append(skipped)
