"""A report's text as HTML for its page, each place named in it marked, and the page's title.

Report text is untrusted. A Markdown report (``.md``, ``.markdown``) is rendered
by markdown-it-py with raw HTML off: a ``<script>`` in it is shown as text,
link targets pass markdown-it's check (no ``javascript:``), images are not
loaded. Any other report (plain text, JSON, the text the reader took out of an
HTML page) is shown as it is, escaped, its line breaks kept.

Mentions carry character offsets into ``Report.text``; rendering Markdown moves
every character, so the marks go into the source before it is parsed: around
each mention a pair of private-use characters (the opening one carrying the
mark's number), which markdown-it treats as letters. After parsing, each text
node is cut at them and the marks become elements. A mark that spans two text
nodes (``Kharkiv **Oblast**``) is closed and opened again around the markup
between, so elements always nest; inside a report's own link a mark is a
``<span>`` (a link in a link is not HTML); in code, link targets and titles
the markers are dropped.
"""

from __future__ import annotations

import functools
import html
import re
from collections.abc import Sequence
from dataclasses import dataclass
from pathlib import Path
from typing import TYPE_CHECKING

from mapper.model import Report

if TYPE_CHECKING:
    from markdown_it import MarkdownIt
    from markdown_it.token import Token

__all__ = ["Mark", "is_markdown", "text_html", "page_title"]

MARKDOWN_SUFFIXES = (".md", ".markdown")

_OPEN, _NUMBER_END, _CLOSE = "\ue000", "\ue001", "\ue002"
_DIGIT_ZERO = 0xE010  # a mark's number is written with the private-use digits U+E010..U+E019
_DIGITS = str.maketrans({chr(_DIGIT_ZERO + d): str(d) for d in range(10)})
_RESERVED = re.compile("[\ue000-\ue019]")  # the report's own characters in that range are shown as U+FFFD
_MARKER = re.compile(f"{_OPEN}([\ue010-\ue019]+){_NUMBER_END}|{_CLOSE}")
_ENCODED_MARKER = re.compile(r"%EE%80%(?:8[0-2]|9[0-9])", re.IGNORECASE)  # in a link target, percent-encoded
_LINK_REL = "nofollow noopener noreferrer"
_HEADING_LINE = re.compile(r"^ {0,3}[#=-]", re.MULTILINE)


@dataclass(frozen=True, slots=True)
class Mark:
    """A span of the report's text to mark: ``start``/``end`` offsets into ``Report.text``.

    ``classes`` and ``title`` become the element's attributes (escaped here); an ``href``
    (with its ``target``, the name of the frame it opens in) makes it a link.
    """

    start: int
    end: int
    classes: str
    title: str
    href: str | None = None
    target: str | None = None

    def open_tag(self, in_link: bool = False) -> str:
        """The element's start tag: a link, or a ``<span>`` (no ``href``, or inside a report's own link)."""
        attributes = f'class="{html.escape(self.classes)}" title="{html.escape(self.title)}"'
        if self.href is None or in_link:
            return f"<span {attributes}>"
        target = f' target="{html.escape(self.target)}"' if self.target else ""
        return f'<a href="{html.escape(self.href)}"{target} {attributes}>'

    def close_tag(self, in_link: bool = False) -> str:
        """The element's end tag."""
        return "</span>" if self.href is None or in_link else "</a>"


def is_markdown(report: Report) -> bool:
    """Whether the report was written in Markdown (by the extension of its file, else of its id)."""
    return Path(report.path or report.id).suffix.lower() in MARKDOWN_SUFFIXES


def _usable(marks: Sequence[Mark], length: int) -> list[Mark]:
    """The marks in text order that index into a text of ``length``, none overlapping an earlier one."""
    kept: list[Mark] = []
    cursor = 0
    for mark in sorted(marks, key=lambda m: (m.start, -m.end)):
        if mark.start < cursor or not 0 <= mark.start < mark.end <= length:
            continue
        kept.append(mark)
        cursor = mark.end
    return kept


def text_html(report: Report, marks: Sequence[Mark]) -> str:
    """The report's text as HTML, each mark an element around its span.

    Parameters
    ----------
    report
        The report; Markdown when :func:`is_markdown`, else plain text.
    marks
        The spans to mark; one overlapping an earlier one, or outside the text, is left out.

    Returns
    -------
    str
        A ``<div class="mapper-text">`` (``mapper-text mapper-markdown`` for Markdown), every
        character of the report escaped or rendered by markdown-it with raw HTML off.
    """
    usable = _usable(marks, len(report.text))
    if not is_markdown(report):
        return f'<div class="mapper-text">{_plain_html(report.text, usable)}</div>'
    return f'<div class="mapper-text mapper-markdown">{_markdown_html(report.text, usable)}</div>'


def _plain_html(text: str, marks: Sequence[Mark]) -> str:
    pieces: list[str] = []
    cursor = 0
    for mark in marks:
        pieces += [html.escape(text[cursor : mark.start]), mark.open_tag(),
                   html.escape(text[mark.start : mark.end]), mark.close_tag()]  # fmt: skip
        cursor = mark.end
    pieces.append(html.escape(text[cursor:]))
    return "".join(pieces)


@functools.cache
def _parser() -> MarkdownIt:
    """CommonMark with tables and strikethrough; no raw HTML, no images, no typographic changes."""
    from markdown_it import MarkdownIt

    parser = MarkdownIt("commonmark", {"html": False, "linkify": False, "typographer": False})
    return parser.enable(["table", "strikethrough"]).disable("image")


def _with_markers(text: str, marks: Sequence[Mark]) -> str:
    """``text`` with each mark's markers around its span (the marks in text order, not overlapping)."""
    text = _RESERVED.sub("\ufffd", text)
    pieces: list[str] = []
    cursor = 0
    for number, mark in enumerate(marks):
        digits = "".join(chr(_DIGIT_ZERO + int(d)) for d in str(number))
        pieces += [text[cursor : mark.start], _OPEN, digits, _NUMBER_END, text[mark.start : mark.end], _CLOSE]
        cursor = mark.end
    pieces.append(text[cursor:])
    return "".join(pieces)


def _without_markers(text: str) -> str:
    return _ENCODED_MARKER.sub("", _MARKER.sub("", text))


def _markdown_html(text: str, marks: Sequence[Mark]) -> str:
    parser = _parser()
    tokens = parser.parse(_with_markers(text, marks))
    for token in tokens:
        _clean(token)
        if token.type == "inline" and token.children:
            token.children = _marked_children(token.children, marks)
    return parser.renderer.render(tokens, parser.options, {})


def _clean(token: Token) -> None:
    """Drop the markers where no element can go: code, link targets and titles; links get a ``rel``."""
    if token.type in ("code_inline", "code_block", "fence"):
        token.content = _without_markers(token.content)
    for name, value in list(token.attrs.items()):
        token.attrs[name] = _without_markers(str(value))
    if token.type == "link_open":
        token.attrs["rel"] = _LINK_REL


def _html_token(content: str) -> Token:
    from markdown_it.token import Token

    return Token("html_inline", "", 0, content=content)


def _text_token(content: str) -> Token:
    from markdown_it.token import Token

    return Token("text", "", 0, content=content)


def _marked_children(children: list[Token], marks: Sequence[Mark]) -> list[Token]:
    """The inline tokens with each text token cut at the markers and the marks' tags put in."""
    result: list[Token] = []
    in_link = 0
    current: Mark | None = None  # the mark open at the end of the last text token
    for child in children:
        _clean(child)
        in_link += {"link_open": 1, "link_close": -1}.get(child.type, 0)
        if child.type != "text":
            result.append(child)
            continue
        if current is not None:
            result.append(_html_token(current.open_tag(in_link > 0)))
        cursor = 0
        for found in _MARKER.finditer(child.content):
            if found.start() > cursor:
                result.append(_text_token(child.content[cursor : found.start()]))
            cursor = found.end()
            if found.group(1) is not None:
                current = marks[int(found.group(1).translate(_DIGITS))]
                result.append(_html_token(current.open_tag(in_link > 0)))
            elif current is not None:
                result.append(_html_token(current.close_tag(in_link > 0)))
                current = None
        if cursor < len(child.content):
            result.append(_text_token(child.content[cursor:]))
        if current is not None:  # the mark goes on past this text: close it here, open it again in the next
            result.append(_html_token(current.close_tag(in_link > 0)))
    return result


def _inline_text(tokens: Sequence[Token]) -> str:
    """The words of inline tokens, their markup dropped."""
    return "".join(t.content for t in tokens if t.type in ("text", "code_inline", "softbreak")).strip()


def first_heading(text: str) -> str | None:
    """The words of the first Markdown heading of ``text`` (any level), or ``None``."""
    if not _HEADING_LINE.search(text):
        return None  # no line starts as a heading or a heading's underline: nothing to parse
    tokens = _parser().parse(text)
    for opening, inline in zip(tokens, tokens[1:]):
        if opening.type == "heading_open" and inline.children is not None and _inline_text(inline.children):
            return _inline_text(inline.children)
    return None


def page_title(report: Report) -> str:
    """The title of a report's page.

    The title the reader found (the front matter's ``title``, else its ``subject``, else a
    Markdown report's first ``#`` heading; an HTML page's, a JSON object's), else the first
    Markdown heading of any level, else the file name (the report's id when it has no file).
    """
    if report.title and is_markdown(report):  # perhaps the reader's first '# ' heading, as written
        return _inline_text(_parser().parseInline(report.title)[0].children or []) or report.title
    if report.title:
        return report.title
    heading = first_heading(report.text) if is_markdown(report) else None
    if heading:
        return heading
    return Path(report.path).name if report.path else report.id
