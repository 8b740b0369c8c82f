"""Exceptions raised by mapper.

Every error mapper raises on purpose derives from :class:`MapperError`, and each
subclass also inherits the builtin exception a caller would expect, so code that
catches ``ValueError`` or ``LookupError`` keeps working::

    MapperError
    ├── GazetteerError (LookupError)
    │   └── GazetteerFormatError (ValueError)   a dump or cache that cannot be read
    ├── ReportError (ValueError)                a report that cannot be read
    ├── EvaluationError (ValueError)            a gold file that cannot be read
    └── OutputError (OSError)                   an output that cannot be written

Messages name the bad value and what would have been accepted. A failure no check foresaw (a bug)
is said in one line by :func:`bug_message`.
"""

from __future__ import annotations

__all__ = [
    "MapperError",
    "GazetteerError",
    "GazetteerFormatError",
    "ReportError",
    "EvaluationError",
    "OutputError",
    "bug_message",
]


class MapperError(Exception):
    """Root of every error mapper raises on purpose."""


class GazetteerError(MapperError, LookupError):
    """A gazetteer cannot be found, loaded or queried."""


class GazetteerFormatError(GazetteerError, ValueError):
    """A gazetteer file is not in the GeoNames format (or is damaged).

    Parameters
    ----------
    message
        What is wrong, in words.
    path
        The file, when known.
    line
        The 1-based line number, when known.
    """

    def __init__(self, message: str, *, path: str | None = None, line: int | None = None) -> None:
        self.path = path
        self.line = line
        where = ""
        if path is not None:
            where = f"{path}:{line}: " if line is not None else f"{path}: "
        super().__init__(f"{where}{message}")


class ReportError(MapperError, ValueError):
    """A report cannot be read (binary, not UTF-8, empty, malformed)."""


class EvaluationError(MapperError, ValueError):
    """A gold annotation file cannot be read or does not match its report."""


class OutputError(MapperError, OSError):
    """An output file cannot be written."""


def bug_message(exc: BaseException, limit: int = 200) -> str:
    """What a failure no check foresaw says, for a user's one line: the exception's text, cut at ``limit``."""
    message = str(exc)
    return message if len(message) <= limit else message[:limit] + "..."
