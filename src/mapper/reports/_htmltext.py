"""The article text of an HTML page, with its title, date, source and URL.

Built on the standard library's :mod:`html.parser`, so it needs nothing to be
installed. What is kept is what a reader sees of the article: scripts, styles,
navigation, headers, footers, asides and forms are dropped; when the page has
``<article>`` elements, only their text is kept. Block elements become
paragraph breaks (``"\\n\\n"``), ``<br>`` a line break, and runs of white
space inside a paragraph one space (``<pre>`` keeps its own).

The page is read as browsers read it where the standard library's parser
differs: a ``<head>`` ends where the body's content begins, whether or not
``</head>`` is written (HTML5 lets it be left out), and ``<![...`` is a bogus
comment up to the next ``>`` (the stdlib parser fails on ``<![Image ...]>``).
"""

from __future__ import annotations

import json
import logging
import re
from dataclasses import dataclass, field
from html.parser import HTMLParser

__all__ = ["HtmlArticle", "html_article"]

logger = logging.getLogger(__name__)

_DROPPED = frozenset(
    "script style nav header footer aside form noscript template svg iframe button select "
    "textarea object canvas dialog menu head title".split()
)
_FURNITURE = re.compile(
    r"(?:^|[-_\s])(?:related|read-?more|more-?stories|recommended|most-?read|newsletter|cookie|promo|advert|breadcrumbs?)"
    r"(?:$|[-_\s])",
    re.IGNORECASE,
)
"""Class or id words of a page's furniture inside its article: the related stories, the newsletter box, the cookie
banner. Their headlines name places the article does not tell of (an embedded post is the article's: it stays)."""


def _furniture(values: dict[str, str]) -> bool:
    return bool(_FURNITURE.search(values.get("class", "")) or _FURNITURE.search(values.get("id", "")))


_HEAD_CONTENT = frozenset("title meta link base style script noscript template".split())
"""What a ``<head>`` holds; any other element starts the body, and so ends a head left open."""
_BLOCKS = frozenset(
    "p div h1 h2 h3 h4 h5 h6 li ul ol dl dt dd tr table thead tbody blockquote pre section "
    "article main figure figcaption address hr caption details summary".split()
)
_VOID = frozenset("area base br col embed hr img input link meta source track wbr".split())
_SPACE = re.compile(r"\s+")
_BREAKS = re.compile(r" *\n[ \n]*")
# white space inside <pre> is kept: it is hidden behind private-use characters while the rest is tidied
_PRE_HIDE = str.maketrans({" ": "\ue000", "\n": "\ue001", "\t": "\ue002"})
_PRE_SHOW = str.maketrans({"\ue000": " ", "\ue001": "\n", "\ue002": "\t"})


@dataclass(slots=True)
class HtmlArticle:
    """What :func:`html_article` found in a page."""

    text: str
    title: str | None = None
    date: str | None = None
    source: str | None = None
    url: str | None = None


@dataclass(slots=True)
class _Parts:
    chunks: list[str] = field(default_factory=list)
    meta: dict[str, str] = field(default_factory=dict)
    title: list[str] = field(default_factory=list)
    first_time: str | None = None
    json_ld: list[str] = field(default_factory=list)  # the text of each <script type="application/ld+json">


class _ArticleParser(HTMLParser):
    def __init__(self) -> None:
        super().__init__(convert_charrefs=True)
        self.dropped: list[str] = []  # open dropped elements, innermost last
        self.pre = 0
        self.in_title = False
        self.in_json_ld = False
        self.article_depth = 0
        self.page = _Parts()
        self.article = _Parts()
        self.seen_article = False

    def _out(self) -> list[list[str]]:
        outs = [self.page.chunks]
        if self.article_depth:
            outs.append(self.article.chunks)
        return outs

    def _emit(self, text: str) -> None:
        for chunks in self._out():
            chunks.append(text)

    def parse_marked_section(self, i: int, report: int = 1) -> int:
        """Skip ``<![...`` up to the next ``>``, as a browser does outside SVG and MathML; -1 until it comes."""
        end = self.rawdata.find(">", i + 3)
        return -1 if end < 0 else end + 1

    def _end_open_head(self) -> None:
        """Close a ``<head>`` still open (its ``</head>`` left out) when the body's content begins."""
        if self.dropped and self.dropped[-1] == "head":
            self.dropped.pop()

    def handle_starttag(self, tag: str, attrs: list[tuple[str, str | None]]) -> None:
        values = {name: value or "" for name, value in attrs}
        if tag not in _HEAD_CONTENT:
            self._end_open_head()
        if tag == "title":
            self.in_title = True
        elif tag == "meta":
            key = values.get("property") or values.get("name") or values.get("itemprop")
            if key and "content" in values:
                self.page.meta.setdefault(key.lower(), values["content"].strip())
        elif tag == "link" and "canonical" in values.get("rel", "").lower().split():
            self.page.meta.setdefault("canonical", values.get("href", "").strip())
        elif tag == "time" and self.page.first_time is None and values.get("datetime"):
            self.page.first_time = values["datetime"].strip()
        elif tag == "script" and values.get("type", "").strip().lower() == "application/ld+json":
            self.in_json_ld = True
            self.page.json_ld.append("")
        if tag != "meta" and values.get("itemprop", "").lower() == "datepublished":
            # <time itemprop="datePublished" datetime="..."> or another element with a content attribute
            published = values.get("datetime") or values.get("content")
            if published:
                self.page.meta.setdefault("datepublished", published.strip())
        if self.dropped:
            if tag not in _VOID:
                self.dropped.append(tag)  # (nested as the page nests it: the dropped element ends at its own end tag)
            return
        if tag not in _VOID and (tag in _DROPPED or _furniture(values)):
            self.dropped.append(tag)
            return
        if tag == "article":
            self.article_depth += 1
            self.seen_article = True
        if tag == "pre":
            self.pre += 1
        if tag == "br":
            self._emit("\n")
        elif tag in _BLOCKS:
            self._emit("\n\n")

    def handle_endtag(self, tag: str) -> None:
        if tag == "title":
            self.in_title = False
        if tag == "script":
            self.in_json_ld = False
        if self.dropped:
            if tag in self.dropped:
                while self.dropped.pop() != tag:
                    pass
            return
        if tag in _BLOCKS:
            self._emit("\n\n")
        if tag == "pre" and self.pre:
            self.pre -= 1
        if tag == "article" and self.article_depth:
            self.article_depth -= 1

    def handle_data(self, data: str) -> None:
        if self.in_title:
            self.page.title.append(data)
        if self.in_json_ld:
            self.page.json_ld[-1] += data
        if data.strip():  # text outside the head's elements starts the body
            self._end_open_head()
        if self.dropped:
            return
        self._emit(data.translate(_PRE_HIDE) if self.pre else _SPACE.sub(" ", data))


def _tidy(chunks: list[str]) -> str:
    """Join text chunks; collapse the breaks between paragraphs to one blank line."""
    text = "".join(chunks)
    text = _BREAKS.sub(lambda m: "\n\n" if m.group().count("\n") > 1 else "\n", text)
    lines = [line.strip(" ") for line in text.split("\n")]
    return "\n".join(lines).strip().translate(_PRE_SHOW)


# A numeric character reference of many digits ("&#99999...;", "&#0000...65;"): the parser's int() refuses
# more than 4,300 digits, and no code point needs more than seven (U+10FFFF is 1114111).
_LONG_CHARREF = re.compile(r"&#(?:([xX])([0-9a-fA-F]{9,})|(\d{9,}));?")


def _bounded_charref(match: re.Match[str]) -> str:
    """The reference with its leading zeros dropped, or U+FFFD (as a browser shows it) past U+10FFFF."""
    digits = (match.group(2) or match.group(3)).lstrip("0") or "0"
    base = 16 if match.group(1) else 10
    if len(digits) > 7 or int(digits, base) > 0x10FFFF:
        return "\ufffd"
    return f"&#{match.group(1) or ''}{digits};"


def html_article(html: str) -> HtmlArticle:
    """Extract the article text and metadata of an HTML page.

    Parameters
    ----------
    html
        The page's markup, already decoded.

    Returns
    -------
    HtmlArticle
        ``text`` is the visible article text; ``title`` comes from
        ``og:title`` or ``<title>``; ``date`` (unparsed) from the first
        JSON-LD ``datePublished`` (of an item or an item in its ``@graph``;
        a block that is not valid JSON is passed over), else an
        ``itemprop="datePublished"`` (a meta's ``content``, a time's
        ``datetime``), ``article:published_time`` or another publication-date
        meta, else the first ``<time datetime>``; ``source`` from
        ``og:site_name``; ``url`` from ``<link rel=canonical>`` or ``og:url``.
    """
    parser = _ArticleParser()
    parser.feed(_LONG_CHARREF.sub(_bounded_charref, html) if "&#" in html else html)
    parser.close()
    meta = parser.page.meta
    text = _tidy(parser.article.chunks if parser.seen_article else parser.page.chunks)
    title = meta.get("og:title") or _SPACE.sub(" ", "".join(parser.page.title)).strip() or None
    date = _json_ld_published(parser.page.json_ld) or next(
        (meta[key] for key in ("datepublished", "article:published_time", "date", "pubdate",
                               "dc.date", "og:published_time") if meta.get(key)),
        parser.page.first_time,
    )  # fmt: skip
    return HtmlArticle(
        text=text,
        title=title,
        date=date,
        source=meta.get("og:site_name") or None,
        url=meta.get("canonical") or meta.get("og:url") or None,
    )


def _json_ld_published(blocks: list[str]) -> str | None:
    """The ``datePublished`` of the first JSON-LD item that has one, at the top or in an ``@graph``."""
    for block in blocks:
        try:
            data = json.loads(block)
        except (ValueError, RecursionError) as exc:  # not JSON, a number too long for int(), nested too deep
            logger.debug("a JSON-LD block is not valid JSON (%s); it is passed over", exc)
            continue
        for item in data if isinstance(data, list) else [data]:
            graph = item.get("@graph") if isinstance(item, dict) else None
            for node in [item, *(graph if isinstance(graph, list) else [])]:
                published = node.get("datePublished") if isinstance(node, dict) else None
                if isinstance(published, str) and published.strip():
                    return published.strip()
    return None
