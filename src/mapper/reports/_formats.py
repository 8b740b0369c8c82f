"""One report file read by its format: text, Markdown, HTML, JSON or JSON lines (see :mod:`mapper.reports.files`).

Each format's text becomes :class:`~mapper.model.Report` values with their fields (title, date,
source, url); a report that cannot be read becomes a :class:`Skipped` that says why, the
unforeseen failure too. :mod:`mapper.reports.files` finds the files and reads them in order through
:func:`_file_items` (and stdin through :func:`_read_stdin`).
"""

from __future__ import annotations

import datetime as dt
import json
import logging
import re
import sys
from collections.abc import Iterator
from dataclasses import dataclass
from pathlib import Path
from typing import IO, Any

from mapper.errors import ReportError, bug_message
from mapper.model import Report
from mapper.reports._datelines import report_date
from mapper.reports._frontmatter import front_matter
from mapper.reports._input import Unreadable as _Unreadable
from mapper.reports._input import read_limited, read_regular, regular_lines, too_large

__all__ = ["Skipped", "report_from_text"]

logger = logging.getLogger(__name__)

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
_DIGITS = re.compile(r"\d+")
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


def _normalise(text: str) -> str:
    return _NEWLINES.sub("\n", text)


def _unexpected(exc: Exception, where: str) -> str:
    """Why a report was skipped after a failure no check foresaw (a bug: its traceback goes to the debug log)."""
    logger.debug("reading %s failed unexpectedly", where, exc_info=exc)
    return f"unreadable: unexpected {type(exc).__name__} ({bug_message(exc)}); this is a bug in mapper, please report it"


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


def _markdown(text: str, name: str) -> tuple[str, dict[str, Any]]:
    match = _FRONT_MATTER.match(text)
    values: dict[str, Any] = {}
    if match:
        loaded = front_matter(match.group(1) or "")
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


def _read_file(path: Path, report_id: str, limit: int) -> tuple[list[Report], list[Skipped]]:
    """Every report of one file; raises :class:`_Unreadable` when the whole file is unreadable."""
    text = _decode(read_regular(path, limit))
    suffix = path.suffix.lower()
    if suffix == ".json":
        return _read_json(text, path, report_id)
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


def _read_json(text: str, path: Path, report_id: str) -> tuple[list[Report], list[Skipped]]:
    loaded = _json(text, "JSON")
    if isinstance(loaded, list):
        items = [(f"{report_id}#{i}", obj) for i, obj in enumerate(loaded, start=1)]
    else:
        items = [(report_id, loaded)]
    reports: list[Report] = []
    skipped: list[Skipped] = []
    for item_id, obj in items:
        where = f"{path} ({item_id})"
        try:
            reports.append(_json_report(obj, item_id, str(path), where))
        except Exception as exc:  # one object's failure, the unforeseen too, skips that object alone
            reason = exc.reason if isinstance(exc, _Unreadable) else _unexpected(exc, where)
            skipped.append(Skipped(str(path), None, reason if len(items) == 1 else f"object {item_id}: {reason}"))
    if not reports and not skipped:
        raise _Unreadable("empty: no JSON object in it")
    return reports, skipped


def _jsonl_items(path: Path, report_id: str, limit: int) -> Iterator[Report | Skipped]:
    """The reports of a JSON-lines file, read a line at a time, and its lines that cannot be read.

    What is said of a line is what :func:`_read_json` says of it; only the checks of the whole
    file's bytes (a UTF-16 or binary file) are made on its first line.
    """
    found = False
    for number, raw in regular_lines(path, limit):
        if raw is None:
            found = True
            yield Skipped(str(path), number, too_large(None, limit, "line").reason)
            continue
        try:
            line = _decode(raw)
        except _Unreadable as exc:
            if number == 1 and not exc.reason.startswith("not UTF-8"):
                raise  # a UTF-16 or binary file: the whole file is unreadable, as when read whole
            found = True
            yield Skipped(str(path), number, exc.reason)
            continue
        if not line.strip():
            continue
        found = True
        where = f"{path}:{number}"
        try:
            yield _json_report(_json(line, "JSON line"), f"{report_id}:{number}", str(path), where)
        except Exception as exc:  # one line's failure, the unforeseen too, skips that line alone
            yield Skipped(str(path), number, exc.reason if isinstance(exc, _Unreadable) else _unexpected(exc, where))
    if not found:
        raise _Unreadable("empty: no JSON object in it")


def _file_items(path: Path, report_id: str, limit: int) -> Iterator[Report | Skipped]:
    """The reports of one file, as they are read, and what of it was skipped."""
    try:
        if path.suffix.lower() == ".jsonl":
            yield from _jsonl_items(path, report_id, limit)
            return
        reports, skipped = _read_file(path, report_id, limit)
    except _Unreadable as exc:
        reports, skipped = [], [Skipped(str(path), exc.line, exc.reason)]
    except Exception as exc:  # one report's failure, the unforeseen too, never ends the run
        reports, skipped = [], [Skipped(str(path), None, _unexpected(exc, str(path)))]
    yield from skipped
    yield from reports


def _read_stdin(stdin: IO[Any] | None, limit: int) -> Report:
    stream = stdin if stdin is not None else sys.stdin.buffer
    data = read_limited(stream, limit)
    text = _normalise(data.removeprefix("\ufeff")) if isinstance(data, str) else _decode(data)
    if not text.strip():
        raise _Unreadable("empty: no text to read")
    return Report(id="<stdin>", text=text, **_meta({}, "<stdin>", text))
