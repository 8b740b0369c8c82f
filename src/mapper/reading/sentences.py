"""Sentence splitting with character offsets into the report text.

A report is cut into sentences so that each mention's status is read from its
own sentence, and each event can point at its evidence. The splitter is a
single linear pass of precompiled regular expressions:

* headings (``# ...``, a short line without final punctuation followed by a
  blank line), list items (``* ``, ``- ``, ``1. ``) and paragraphs (blank lines)
  are always boundaries;
* a line break inside a paragraph is a boundary when the next line starts a new
  thought (a capital letter after terminal punctuation), not when a hard-wrapped
  sentence continues;
* ``.``, ``!`` and ``?`` end a sentence when followed by space and a capital
  letter, digit or quote, except after abbreviations ("Gen.", "St.", "km."),
  initials ("A. Smith", "U.S.") and inside decimals ("1.5");
* a run of white space as long as :data:`_LAYOUT_GAP` (columns, padding) is layout, not the space
  between two words, and a boundary too;
* Markdown images (``![alt](url)``) are markup, not prose: they are returned
  with ``kind="markup"`` so that later stages can ignore them; so is an article's back matter
  (what follows a "See also", "References" or "External links" heading, up to the next heading
  of its level), which lists other texts and reports nothing; a lettered explanatory note there
  ("[a] Not to be confused with ...") is prose.
"""

from __future__ import annotations

import re
from dataclasses import dataclass
from typing import Literal

__all__ = ["Sentence", "SentenceKind", "split_sentences", "coordinated_groups"]

SentenceKind = Literal["prose", "heading", "item", "markup"]

# Words that take a full stop without ending the sentence (lower-cased, without the dot).
_ABBREVIATIONS = frozenset(
    """
    gen lt col maj capt cpt sgt cpl pvt adm brig cmdr lieut st mt ft mr mrs ms dr prof rev hon
    gov sen rep pres jr sr inc ltd co corp bros dept est govt univ approx ca cf vs etc al
    km sq sqkm mi no nos vol fig op pp jan feb mar apr jun jul aug sep sept oct nov dec
    e.g i.e u.s u.k u.n a.m p.m
    """.split()
)

_HEADING = re.compile(r"#{1,6}\s")
_ITEM = re.compile(r"(?:[*+\-\u2022]|\d{1,3}[.)])\s+")
_IMAGE = re.compile(r"!\[[^\]\n]*\]\([^)\n]*\)?")
# The first characters of a heading, an image or a list item; digits (str.isdecimal, as \d) too.
_MARKER_STARTS = frozenset("#!*+-\u2022")
# What may start the next sentence (after an opening quote, bracket or Markdown emphasis).
_NEXT = r"\s+[\"'\u201c\u2018(\[*_]*[A-Z0-9\u0400-\u042f\u0490\u0404\u0406\u0407]"
# A candidate end of sentence: terminal punctuation and closing quotes/brackets/emphasis before the start of
# another sentence. (The class is written once before its repetition rather than with "+": the regex
# engine then skips ahead to it by a fast search, which a leading "+" hides; 2x faster.)
# An encyclopaedia's citation marks after the full stop ("... took Toshkivka.[9][10] On 22 June ..."): the
# sentence ends after them.
_CITATIONS = r"(?:\[(?:\d{1,3}|[a-z][a-z ]{0,30})\])*"
_END = re.compile(r"[.!?\u2026][.!?\u2026]*[\"'\u201d\u2019)\]*_]*" + _CITATIONS + "(?=" + _NEXT + ")")
# The word before a dot, read backwards from the dot in the reversed text (at most 40 characters).
_WORD_BEFORE_REVERSED = re.compile(r"[\w.]{1,40}")
# Two sentences glued without a space ("units.Russia"): lower-case letter, dot, capital, lower-case.
# The pattern starts at the dot (the letter before it is a look-behind) so that the scan can skip
# to the punctuation; `_split_block` drops a match that overlaps the one before, as a scan from the
# letter would.
_GLUED = re.compile(r"[.!?](?<=[a-z\u0430-\u044f][.!?])[A-Z\u0410-\u042f][a-z\u0430-\u044f]")
# The same two patterns for a block whose only terminal punctuation is the full stop (most blocks):
# they find the same matches there, and starting with a literal dot lets the regex engine skip
# ahead by a fast search instead of testing a character class at every position (~10x faster).
_DOT_END = re.compile(r"\.\.*[\"'\u201d\u2019)\]*_]*" + _CITATIONS + "(?=" + _NEXT + ")")
_DOT_GLUED = re.compile(r"\.(?<=[a-z\u0430-\u044f]\.)[A-Z\u0410-\u042f][a-z\u0430-\u044f]")
# White space that sets text apart rather than separating two words: table columns, padding. The
# grammar of the later stages reads one space (or a few) between words; a run of hundreds would
# cost each of its patterns time that grows with a power of the run's length.
_LAYOUT_GAP = re.compile(r"\s{16,}")


@dataclass(frozen=True, slots=True)
class Sentence:
    """One sentence of a report.

    ``text`` is ``report_text[start:end]`` with surrounding whitespace (and a
    heading's or list item's marker) left out.
    """

    start: int
    end: int
    text: str
    kind: SentenceKind = "prose"


def split_sentences(text: str) -> list[Sentence]:
    """Cut ``text`` into sentences, each with its offsets into ``text``.

    Parameters
    ----------
    text
        The whole text of a report.

    Returns
    -------
    list of Sentence
        In text order; empty for blank text. ``text[s.start:s.end] == s.text``.

    Examples
    --------
    >>> [s.text for s in split_sentences("Gen. Syrskyi spoke. Izium was freed.")]
    ['Gen. Syrskyi spoke.', 'Izium was freed.']
    """
    sentences: list[Sentence] = []
    back_matter = 0  # the level of the back-matter heading the blocks are under, 0 outside
    notes = False  # whether that heading is "Notes": explanatory notes, prose unless one cites a source
    for start, end, kind in _blocks(text):
        if kind == "heading" or kind == "prose" and end - start < 40:
            level = _heading_level(text, start) if kind == "heading" else 7
            if _BACK_MATTER.fullmatch(text, start, end):
                if not back_matter or level <= back_matter:  # (not "### Notes" under "## References")
                    notes = _NOTES.fullmatch(text, start, end) is not None
                back_matter = max(back_matter, level)
                kind = "markup"
            elif kind == "heading" and level <= back_matter:
                back_matter = 0
        if back_matter and not _EXPLANATORY_NOTE.match(text, start, end) and (
            not notes or _CITATION.match(text, start, end)
        ):
            kind = "markup"  # "See also", "References": other articles' titles, no report of events
        if kind in ("heading", "markup"):
            _append(sentences, text, start, end, kind)
        else:
            _split_block(sentences, text, start, end, kind)
    return sentences


# Headings of an article's back matter: what follows them lists other texts, and reports nothing.
_BACK_MATTER = re.compile(
    r"[*_]*(?:see\s+also|references|notes|footnotes|citations|sources|bibliography|further\s+reading|external\s+links"
    r"|related\s+(?:articles|stories|coverage|reading))[*_]*\s*:?\s*",
    re.IGNORECASE,
)


# The back-matter headings of explanatory notes ("The Osykove of this article is not ..."), which are prose
# about the article's places; a numbered citation among them ("1. "Title", Courier, 2015.") is not.
_NOTES = re.compile(r"[*_]*(?:explanatory\s+)?(?:notes|footnotes)[*_]*\s*:?\s*", re.IGNORECASE)
_CITATION = re.compile(
    r"\s*\^?\s*(?:[\"'\u201c\u2018\u00ab*_]|[^\n]*?(?:https?://|www\.|\b(?:retrieved|archived|isbn|doi)\b))",
    re.IGNORECASE,
)


# A lettered explanatory note ("[a] Rubizhne near Dobropillia is not the city of Rubizhne ...", "b. ^ Not to be
# confused with ..."): prose about the article's places, under "Notes" like the numbered citations around it.
_EXPLANATORY_NOTE = re.compile(r"(?:\[[a-z]\]|[a-z]\.\s*\^?|\^\s*[a-z]\b)\s*[A-Z\[]")


def _heading_level(text: str, start: int) -> int:
    """The level of the Markdown heading whose text starts at ``start``: its number of ``#``."""
    return text.count("#", text.rfind("\n", 0, start) + 1, start)


def _blocks(text: str) -> list[tuple[int, int, SentenceKind]]:
    """Paragraphs, headings, list items and image lines, as (start, end, kind)."""
    blocks: list[tuple[int, int, SentenceKind]] = []
    current: list[int] | None = None  # [start, end] of the open paragraph
    current_kind: SentenceKind = "prose"
    next_start = 0
    for line in text.split("\n"):
        line_start, next_start = next_start, next_start + len(line) + 1
        body = line.strip()
        lead = line_start + (len(line) - len(line.lstrip()))
        if not body:
            if current:
                blocks.append((current[0], current[1], current_kind))
            current = None
            continue
        kind: SentenceKind | None = None
        first = body[0]
        if first not in _MARKER_STARTS and not first.isdecimal():
            pass  # a line of prose (most lines): no heading, image or list marker can start it
        elif heading := _HEADING.match(body):
            kind = "heading"
            lead += heading.end()
        elif _IMAGE.fullmatch(body) or (body.startswith("![") and _IMAGE.match(body)):
            kind = "markup"
        elif (item := _ITEM.match(body)) is not None:
            kind = "item"
            lead += item.end()
        line_stop = line_start + len(line)
        if kind is not None:
            if current:
                blocks.append((current[0], current[1], current_kind))
            current = None
            if kind == "item":
                current, current_kind = [lead, line_stop], "item"
            else:
                blocks.append((lead, line_stop, kind))
            continue
        indented = line[:1].isspace()
        if current is not None and (
            _breaks_paragraph(text, current[1], body) or current_kind == "item" and not indented
        ):
            blocks.append((current[0], current[1], current_kind))
            current = None
        if current is None:
            current, current_kind = [lead, line_stop], "prose"
        else:
            current[1] = line_stop
    if current:
        blocks.append((current[0], current[1], current_kind))
    return blocks


def _breaks_paragraph(text: str, previous_end: int, next_line: str) -> bool:
    """Whether a single line break starts a new paragraph rather than wrapping a sentence."""
    previous = text[max(0, previous_end - 3) : previous_end].rstrip()
    if not previous:
        return True
    ends_sentence = previous[-1] in ".!?:\"'\u201d\u2019)"
    starts_upper = next_line[:1].isupper() or next_line[:1].isdigit() or next_line[:1] in '"\u201c'
    return ends_sentence and starts_upper


def _split_block(sentences: list[Sentence], text: str, start: int, end: int, kind: SentenceKind) -> None:
    block = text[start:end]
    reverse = block[::-1]
    if "!" in block or "?" in block or "\u2026" in block:
        ends, glued = _END, _GLUED
    else:
        ends, glued = _DOT_END, _DOT_GLUED
    cuts = [0]
    for match in ends.finditer(block):
        if match.group()[0] == "." and not _is_full_stop(reverse, match.start()):
            continue
        cuts.append(match.end())
    last_end = 0
    for match in glued.finditer(block):
        dot = match.start()
        if dot - 1 < last_end:
            continue  # overlaps the glued pair before
        last_end = match.end()
        if _is_full_stop(reverse, dot):
            cuts.append(dot + 1)
    cuts.extend(gap.start() for gap in _LAYOUT_GAP.finditer(block))
    cuts.append(len(block))
    cuts = _bounded(block, sorted(set(cuts)))
    for a, b in zip(cuts, cuts[1:], strict=False):
        _append(sentences, text, start + a, start + b, kind)


_MAX_SENTENCE = 2000
"""Longer runs without a full stop (tables, lists flattened to one line) are cut at a space,
so that the work per sentence stays bounded and the whole pass linear."""


def _bounded(block: str, cuts: list[int]) -> list[int]:
    out = [cuts[0]]
    for cut in cuts[1:]:
        while cut - out[-1] > _MAX_SENTENCE:
            space = block.rfind(" ", out[-1] + _MAX_SENTENCE // 2, out[-1] + _MAX_SENTENCE)
            out.append(space + 1 if space > 0 else out[-1] + _MAX_SENTENCE)
        out.append(cut)
    return out


def _is_full_stop(reverse: str, dot: int) -> bool:
    """Whether the dot at ``block[dot]`` ends a sentence (not an abbreviation or initial);
    ``reverse`` is ``block[::-1]``."""
    word = _WORD_BEFORE_REVERSED.match(reverse, len(reverse) - dot)
    if word is None:
        return True
    token = word.group()[::-1]
    if token.lower().rstrip(".") in _ABBREVIATIONS:
        return False
    # An initial ("A. Smith") or a dotted acronym ("U.S."): one letter before the dot.
    last = token.rsplit(".", 1)[-1]
    if len(last) == 1 and last.isalpha() and last.isupper():
        return False
    return True


def _append(sentences: list[Sentence], text: str, start: int, end: int, kind: SentenceKind) -> None:
    chunk = text[start:end]
    stripped = chunk.strip()
    if not stripped:
        return
    left = start + (len(chunk) - len(chunk.lstrip()))
    sentences.append(Sentence(left, left + len(stripped), stripped, kind))


# What may stand between two members of one coordinated list of names: commas,
# "and", "or", "as well as", a colon, a hyphen ("Kreminna-Svatove"), a
# parenthesis, a possessive ("Kyiv's Podilskyi district"), or "in" before a region that locates the
# member before it.
_LIST_SEPARATOR = re.compile(
    r"[*_\"”’]{0,3}\s*(?:(?:city|itself)\b\s*)?(?:\([^)]*\)\s*)?(?:[,:]\s*)?(?:(?:and|or|as\s+well\s+as|&|plus|together\s+with|along\s+with)\s+(?:then\s+)?(?:(?:of|on)\s+)?"
    r"(?:nearby\s+|neighbou?ring\s+)?)?"  # "Avdiivka and nearby Ocheretyne"
    r"(?:(?:(?:almost|nearly)\s+)?(?:parts?|most|much|all|the\s+whole|the\s+entire|the\s+rest)\s+of\s+)?(?:the\s+(?:other\s+)?)?"
    r"(?:(?:central|(?:north|south)-?(?:east|west)ern|(?:north|south|east|west)ern)\s+)?"  # "A and eastern B": a part
    r"(?:(?:outskirts|suburbs|edges?|approaches)\s+(?:of|to)\s+(?:the\s+)?)?"  # "A in Kharkiv Oblast and the outskirts of B"
    r"(?:(?:(?<=and\sthe\s)[a-z-]+\s+)?(?:city|town|village)\s+of\s+"  # "A and the hilltop town of B"; *A* and "B"
    r"|(?<=and\s)(?:its|their)\s+(?:[a-z-]+\s+)?(?:city|town|village)\s+of\s+)?[*_\"“‘]{0,3}"  # "A and its twin town of B"
    r"|\s*(?:\([^)]*\)\s*)?,?\s+(?:on|along|at|by|with)\s+(?:the|its|their)\s+(?:[\w’'-]+\s+){0,4}?[\w’'-]+(?:\s*,\s*(?:and\s+)?|\s+and\s+)"  # "A on the shore of the reservoir, B", "A, with its airfield, and B"
    r"|\s+(?:to\s+the\s+(?:north|south|east|west)[\w-]*|(?:up|down)(?:river|stream))\s*,\s*(?:and\s+)?"  # "A to the west, B and C"
    r"|\s*,\s*the\s+(?:largest|biggest|smallest|nearest|closest)\s*,\s*(?:and\s+)?"  # "A, the largest, B and C"
    # "A, a town on the coast road 20 km from the city, and the resort villages of B and C"
    r"|\s*,\s*(?:a|an)\s+(?:[\w-]+\s+)?(?:town|village|city|settlement|suburb|port)\b(?:[^,;()]|(?<=\d),(?=\d{3}))"
    r"{0,80},\s*(?:and|as\s+well\s+as)\s+(?:(?:near|in|at|around|on|against)\s+)?"
    r"(?:the\s+)?(?:nearby\s+|neighbou?ring\s+)?(?:(?:[\w-]+\s+)?(?:villages?|towns?|cities|settlements?)\s+of\s+)?"
    r"|\s*,\s*to\s+the\s+(?:north|south|east|west)\w*\s*,\s*(?:and|as\s+well\s+as)\s+(?:on|in|near|at)\s+(?:the\s+)?"
    r"|\s*,\s*(?:upriver|downriver|upstream|downstream|nearby|further\s+(?:north|south|east|west)|to\s+the\s+(?:north|south|east|west))"
    r"\s*,\s*(?:and|as\s+well\s+as)\s+"  # "Beryslav, upriver, and Chornobaivka were freed"
    # "the village of A, northeast of the refinery, and the towns of B and C": an aside locating A
    r"|\s*(?:\([^)]*\)\s*)?,\s*(?:just\s+|some\s+)?(?:\d[\d.,]*\s*(?:km|kilometres|kilometers|miles)\s+)?(?:north|south|east|west)\w*\s+of\s+"
    r"[^,;()]{1,40},\s*(?:and|as\s+well\s+as)\s+(?:the\s+)?(?:(?:[\w-]+\s+)?(?:villages?|towns?|cities|settlements?)\s+of\s+)?"
    r"|\s*\([^)]*\)\s*,?\s*and\s+(?:on|in|near|at|against)\s+(?:the\s+)?"  # "A (Sumy oblast) and on B (Chernihiv oblast)"
    r"|\s*,?\s*as\s+well\s+as\s+(?:against|on|near|at|in)\s+(?:the\s+)?"  # "near A and B, as well as against C"
    # "in the areas of A (Luhansk Oblast), B, C and D" where B is a place the gazetteer lacks: a capitalised
    # member of the list all the same (not a weekday, a month or a side)
    r"|\s*(?:\([^)]*\)\s*)?,\s*(?!(?:monday|tuesday|wednesday|thursday|friday|saturday|sunday|january|february|march|april"
    r"|may|june|july|august|september|october|november|december|ukrain\w*|russia\w*)\b)(?-i:[A-Z][a-z'’]+(?:-[A-Z][a-z'’]+)?)"
    r"\s*(?:,\s*(?:and\s+)?|\s+and\s+)"
    # "taking A and, after weeks of fighting, B", "A and, at the end of October, B": a phrase set off inside the list
    r"|\s*,?\s*and\s*,\s*[^,;()]{1,50},\s*"
    # "took A on the first day of the invasion, 24 February, and B on 1 March": a member's time, then the next member
    r"|\s+(?:on|in|by|during)\s+(?:the\s+)?[^,;()]{0,40}?\b(?:day|days|week|weeks|month|months|year|invasion|\d{1,2}|\d{4}"
    r"|january|february|march|april|may|june|july|august|september|october|november|december|spring|summer|autumn|winter)"
    r"\b(?:\s+of\s+the\s+[a-z]+)?(?:\s*,\s*\d{1,2}\s+[a-z]+(?:\s+\d{4})?)?\s*,?\s*(?:and|as\s+well\s+as)\s+(?:the\s+)?(?:(?:city|town|village)\s+of\s+)?"
    # "retook A and B, and in the summer C and D": a later part of the list, its verb left out
    r"|\s*,?\s*and\s+(?:then\s+|later\s+)?(?:in|by|during|on)\s+(?:the\s+)?(?:early\s+|late\s+|mid-?)?(?:\d{1,2}\s+)?"
    r"(?:spring|summer|autumn|fall|winter|january|february|march|april|may|june|july|august|september|october"
    r"|november|december|\d{4})(?:\s+\d{4})?\s*,?\s+"
    r"|\s*[-\u2013]\s*"
    r"|['’]s\s+"  # "Kherson's Dniprovskyi district": the city and its part
    # "attacked Pokrovsk's southern approaches and Myrnohrad": a part of the first place, then the next
    r"(?:(?:[a-z-]+\s+)?(?:outskirts|approaches|suburbs|edges?|districts)\s*,?\s+(?:and|as\s+well\s+as)\s+(?:the\s+)?"
    r"(?:(?:city|town|village)\s+of\s+)?)?"
    r"|\s*,?\s*(?:located\s+|situated\s+)?in\s+(?:the\s+)?",
    re.IGNORECASE,
)


def coordinated_groups(sentence: str, spans: list[tuple[int, int]] | tuple[tuple[int, int], ...]) -> list[int]:
    """Number the coordinated lists that the names at ``spans`` form.

    Parameters
    ----------
    sentence
        The sentence's text.
    spans
        (start, end) offsets of names in ``sentence``, in text order.

    Returns
    -------
    list of int
        For each span, the index of its list's first member: names joined only
        by commas, "and", "or", "as well as", colons or hyphens share it.

    Examples
    --------
    >>> s = "Ukraine retook Kupiansk, Izium and Lyman near Bakhmut."
    >>> coordinated_groups(s, [(15, 23), (25, 30), (35, 40), (46, 53)])
    [0, 0, 0, 3]
    """
    if len(spans) < 2:
        return [0] * len(spans)
    groups: list[int] = []
    previous = -1  # the last name outside parentheses: one inside does not break a list
    parentheses = "(" in sentence
    for i, (start, _) in enumerate(spans):
        bracketed = parentheses and sentence.count("(", 0, start) > sentence.count(")", 0, start)
        if previous >= 0 and not bracketed and _LIST_SEPARATOR.fullmatch(sentence, spans[previous][1], start):
            groups.append(groups[previous])
        else:
            groups.append(i)
        if not bracketed:
            previous = i
    return groups
