"""Reports in: text, Markdown with front matter, HTML pages, JSON and JSON lines, from files, folders or stdin.

:mod:`~mapper.reports.files` reads them into :class:`~mapper.model.Report` values, one at a time
(:func:`iter_reports`) or all (:func:`read_reports`), within the size limits of
:mod:`~mapper.reports._input`; :mod:`~mapper.reports._formats` reads each file by its format;
:mod:`~mapper.reports._frontmatter` reads Markdown's front matter;
:mod:`~mapper.reports._htmltext` keeps a published page's article and drops its menus;
:mod:`~mapper.reports._dates` reads the dates reports carry, and :mod:`~mapper.reports._datelines`
gives each report its own date (its date field, else its dateline).
"""

from mapper.reports.files import (
    REPORT_SUFFIXES,
    ReadResult,
    Skipped,
    iter_reports,
    read_report,
    read_reports,
    report_from_text,
)

__all__ = ["Skipped", "ReadResult", "iter_reports", "read_reports", "read_report", "report_from_text", "REPORT_SUFFIXES"]
