"""Place names as the press writes them: folding, Latin forms, a phonetic key.

Folding (:func:`fold`) is the one canonical form every name and every report
is compared in:

- case is folded (lower case), Latin diacritics are stripped (NFKD, combining
  marks dropped; ł ø ı đ ħ and friends mapped by hand);
- apostrophes and quotation marks are dropped (``' ’ ʼ ‘ ` ´ ′ ″ ʹ " “ ” „``):
  ``Kup'yans'k`` and ``Kup”yans’k`` both fold to ``kupyansk``. A possessive
  ``Kharkiv's`` therefore folds to ``kharkivs``: a mention finder should let
  a trailing ``s`` follow a name;
- hyphens and dashes become a space (``Kupiansk-Vuzlovyi`` =
  ``Kupiansk Vuzlovyi``), every run of white space becomes one space, and the
  ends are stripped; dots and other punctuation are kept (they end sentences);
- Cyrillic stays Cyrillic, lower-cased; only ``ё`` becomes ``е`` (Russian
  writes it both ways). ``й`` and ``ї`` are kept: they are letters, not accents.

Every character folds to at most one character, so :func:`fold_with_offsets`
can map a match in folded text back to the report.
"""

from __future__ import annotations

import re
import sys
import unicodedata
from bisect import bisect_right
from dataclasses import dataclass
from functools import lru_cache

from mapper.gazetteer.translit import (
    ala_lc_uk,
    bgn_pcgn_ru,
    bgn_pcgn_uk,
    is_cyrillic,
    kmu2010,
    looks_russian,
    looks_ukrainian,
    press_ru,
    press_uk,
    wikipedia_uk,
)

__all__ = ["fold", "fold_with_offsets", "fold_with_map", "FoldMap", "phonetic_key", "latin_forms"]

_DROPPED = "'’ʼ‘`´′″ʹʺ\"“”„‟‛\u00ad\u200b\u200c\u200d\ufeff"
_DASHES = "-‐‑‒–—―−_"
_BY_HAND = {
    "ł": "l", "Ł": "l", "ø": "o", "Ø": "o", "ı": "i", "đ": "d", "Đ": "d", "ħ": "h",
    "Ħ": "h", "ŀ": "l", "Ŀ": "l", "ŧ": "t", "Ŧ": "t", "ə": "e", "Ə": "e", "ё": "е",
    "Ё": "е", "ß": "ß", "ẞ": "ß", "ʻ": "", "ʿ": "", "ʾ": "", "\x00": "",
}  # fmt: skip
_SENTINEL = "\x00"
_TABLE_END = 0x3040  # Latin, Greek, Cyrillic, punctuation, up to CJK punctuation


def _fold_char(ch: str) -> str:
    """The folded form of one character: '' (dropped) or one character."""
    if ch in _BY_HAND:
        return _BY_HAND[ch]
    if ch in _DROPPED:
        return ""
    if ch in _DASHES or ch.isspace():
        return " "
    if unicodedata.combining(ch):
        return ""
    low = ch.lower()
    if len(low) != 1:
        low = ch
    if "\u0400" <= low <= "\u04ff":
        return low  # Cyrillic keeps й ї (NFKD would split them)
    base = "".join(c for c in unicodedata.normalize("NFKD", low) if not unicodedata.combining(c))
    if len(base) == 1:
        return base.lower() if len(base.lower()) == 1 else base
    return low


def _tables() -> tuple[dict[int, str | None], dict[int, str]]:
    dropping: dict[int, str | None] = {}
    marking: dict[int, str] = {}
    for code in range(_TABLE_END):
        ch = chr(code)
        folded = _fold_char(ch)
        if folded == ch:
            continue
        dropping[code] = folded or None
        marking[code] = folded or _SENTINEL
    return dropping, marking


_DROP_TABLE, _MARK_TABLE = _tables()
# After lower-casing, the characters that still fold to something else: what
# is not a printable ASCII character folding to itself, nor a plain lower-case
# Cyrillic letter. Only runs of these go through the (slow, per-character)
# translate table.
_UNCHANGED = "".join(chr(c) for c in range(_TABLE_END) if c not in _MARK_TABLE and chr(c).lower() == chr(c))
_NEEDS_TABLE = re.compile(
    "[^" + "".join(re.escape(ch) for ch in _UNCHANGED if ch.isascii() or "\u0430" <= ch <= "\u045f") + "]+"
)


def _lower(text: str) -> str:
    # str.lower() keeps one character per character, but for "İ" (U+0130).
    return (text.replace("İ", "i") if "İ" in text else text).lower()


def fold(text: str) -> str:
    """Fold ``text`` for matching (see the module docstring).

    Examples
    --------
    >>> fold("Kup’yans’k"), fold("Kupiansk-Vuzlovyi"), fold("Zaporiżżia"), fold("ХАРКІВ")
    ('kupyansk', 'kupiansk vuzlovyi', 'zaporizzia', 'харків')
    """
    return " ".join(_lower(text).translate(_DROP_TABLE).split())


# The characters of news text that most often need the table, replaced first (str.replace is
# much faster than a regex substitution calling back per run).
_FREQUENT_MARKS = tuple((ch, _MARK_TABLE[ord(ch)]) for ch in "\n-_\"'’”“—–")
_MARK_CHUNK = 2048


def _mark(text: str) -> str:
    """Fold ``text`` one character for one, with dropped characters as NUL."""
    lowered = _lower(text)
    for ch, mark in _FREQUENT_MARKS:
        if ch in lowered:
            lowered = lowered.replace(ch, mark)
    # str.translate is fast on ASCII text only, and a regex scan for the characters that need
    # the table is slow on any: ASCII stretches (most of news text, once the marks above are
    # replaced) are translated, the others scanned.
    if lowered.isascii():
        return lowered.translate(_MARK_TABLE)
    chunks = (lowered[i : i + _MARK_CHUNK] for i in range(0, len(lowered), _MARK_CHUNK))
    return "".join(
        chunk.translate(_MARK_TABLE) if chunk.isascii() else _NEEDS_TABLE.sub(_translated, chunk) for chunk in chunks
    )


def _translated(match: re.Match[str]) -> str:
    return match.group().translate(_MARK_TABLE)


def fold_with_offsets(text: str) -> tuple[str, list[int]]:
    """Fold a whole report text and keep where each folded character came from.

    Parameters
    ----------
    text
        Any text, for example a report of many paragraphs.

    Returns
    -------
    tuple of (str, list of int)
        The folded text (``fold(text)`` for a single-line name) and, for each
        of its characters, the index in ``text`` of the character it came from.
        A match ``folded[i:j]`` spans ``text[offsets[i]:offsets[j - 1] + 1]``.

    Examples
    --------
    >>> folded, offsets = fold_with_offsets("Near  Kup'yansk.")
    >>> folded, folded.index("kupyansk"), offsets[folded.index("kupyansk")]
    ('near kupyansk.', 5, 6)
    """
    folded, where = fold_with_map(text)
    offsets: list[int] = []
    bounds = [*where.starts[1:], len(folded)]
    for start, stop, shift in zip(where.starts, bounds, where.shifts, strict=True):
        offsets.extend(range(start + shift, stop + shift))
    return folded, offsets


@dataclass(frozen=True, slots=True)
class FoldMap:
    """Where the characters of a folded text came from, kept as runs.

    Folded characters ``starts[k]`` up to ``starts[k + 1]`` come from the
    source characters ``shifts[k]`` further on: most texts fold in a few
    thousand runs, so the map stays small however long the text.
    """

    starts: list[int]
    shifts: list[int]

    def source(self, index: int) -> int:
        """The index in the source text of folded character ``index``."""
        return index + self.shifts[bisect_right(self.starts, index) - 1]


# Runs of white space and dropped characters (NUL once marked) that fold to one
# space or to nothing: two or more of them, or a lone dropped character.
_GAPS = re.compile("\x00[ \x00]*|  [ \x00]*| \x00[ \x00]*")


def fold_with_map(text: str) -> tuple[str, FoldMap]:
    """Fold ``text`` as :func:`fold_with_offsets` does, with the offsets as a :class:`FoldMap`.

    The faster form for long texts: the map is built per run of unchanged
    characters, not per character.

    Examples
    --------
    >>> folded, where = fold_with_map("Near  Kup'yansk.")
    >>> folded, where.source(folded.index("kupyansk")), where.source(len(folded) - 1)
    ('near kupyansk.', 6, 15)
    """
    marked = _mark(text)
    # Leading and trailing white space and dropped characters fold to nothing.
    lead = len(marked) - len(marked.lstrip(" \x00"))
    stop = len(marked.rstrip(" \x00"))
    parts: list[str] = []
    starts, shifts = [0], [lead]
    size = 0  # length of the folded text so far
    pos = lead
    for gap in _GAPS.finditer(marked, lead, stop):
        start, end = gap.span()
        parts.append(marked[pos:start])
        size += start - pos
        space = marked.find(" ", start, end)
        if space >= 0:  # a run of white space (and dropped characters) becomes one space
            parts.append(" ")
            _add_run(starts, shifts, size, space - size)
            size += 1
        _add_run(starts, shifts, size, end - size)
        pos = end
    parts.append(marked[pos:stop])
    return "".join(parts), FoldMap(starts, shifts)


def _add_run(starts: list[int], shifts: list[int], start: int, shift: int) -> None:
    if shifts[-1] == shift:
        return
    if starts[-1] == start:
        shifts[-1] = shift
    else:
        starts.append(start)
        shifts.append(shift)


# Phonetic key: spelling variants of one romanised name meet (Kupyansk =
# Kupiansk, Izyum = Izium, Zaporizhia = Zaporizhzhia, Vysokopillia =
# Visokopiylya, Sukhy = Sukhyi), but vowels and consonants that tell places
# apart are kept, so unrelated places rarely share a key.
_DIGRAPHS = (
    ("shch", "\x01"), ("sch", "\x01"), ("shh", "\x01"), ("zgh", "z\x07"), ("zh", "\x02"),
    ("kh", "\x03"), ("ch", "\x04"), ("sh", "\x05"), ("ts", "\x06"), ("tz", "\x06"),
    ("ph", "f"),
)  # fmt: skip
_LETTERS = str.maketrans({"y": "i", "j": "i", "w": "v", "x": "\x03", "h": "\x07", "q": "k"})
_REPEATS = re.compile(r"(.)\1+")
_KEY_OUT = str.maketrans({"\x01": "W", "\x02": "J", "\x03": "X", "\x04": "C", "\x05": "S", "\x06": "T", "\x07": "H"})


@lru_cache(maxsize=65536)
def phonetic_key(name: str) -> str:
    """A key that spelling variants of one romanised name share.

    Cyrillic names are first romanised by KMU 2010. Digraphs (zh, kh, ch, sh,
    shch, ts) become one symbol, y and j become i, w becomes v, and repeated
    letters collapse; vowels are otherwise kept.

    Examples
    --------
    >>> phonetic_key("Kupyansk") == phonetic_key("Kupiansk")
    True
    >>> phonetic_key("Visokopiylya") == phonetic_key("Vysokopillia")
    True
    >>> phonetic_key("Zaporizhia") == phonetic_key("Zaporizhzhia")
    True
    """
    key = fold(name)
    if is_cyrillic(key):
        key = fold(kmu2010(key))
    for digraph, symbol in _DIGRAPHS:
        if digraph in key:
            key = key.replace(digraph, symbol)
    key = _REPEATS.sub(r"\1", key.translate(_LETTERS))
    return sys.intern(key.translate(_KEY_OUT))


def latin_forms(cyrillic: str) -> set[str]:
    """Folded Latin forms of a Cyrillic name by every system that fits it.

    Ukrainian-looking names (no ы э ё ъ) are romanised by KMU 2010,
    BGN/PCGN (Ukrainian), the press's mix of the two, ALA-LC without diacritics and Wikipedia's ``io`` for ``ьо``; Russian-looking names (no і ї є ґ ʼ) by BGN/PCGN
    (Russian) and the press style. A name that could be either gets all four.

    Examples
    --------
    >>> sorted(latin_forms("Запорожье"))
    ['zaporozhye']
    >>> sorted(latin_forms("Лиман"))
    ['liman', 'lyman']
    """
    if not is_cyrillic(cyrillic):
        return set()
    forms: set[str] = set()
    if looks_ukrainian(cyrillic):
        forms.add(fold(kmu2010(cyrillic)))
        forms.add(fold(bgn_pcgn_uk(cyrillic)))
        forms.add(fold(press_uk(cyrillic)))
        forms.add(fold(ala_lc_uk(cyrillic)))
        if "ьо" in cyrillic.lower():
            forms.add(fold(wikipedia_uk(cyrillic)))
    if looks_russian(cyrillic):
        forms.add(fold(bgn_pcgn_ru(cyrillic)))
        forms.add(fold(press_ru(cyrillic)))
    forms.discard("")
    return {form for form in forms if not is_cyrillic(form)}
