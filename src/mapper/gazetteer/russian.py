"""Russian-language forms of Ukrainian place names, and the Latin spellings the press makes of them.

War reports often name a Ukrainian village in the Latin spelling of its Russian-language
name ("Sergeevka" for Serhiivka, "Mirnoe" for Myrne, "Zelyonyy Gay" for Zelenyi Hai), which
GeoNames lists for some places and not for others. This module derives those forms from the
Ukrainian name, in two steps, each driven by a table of the package data ``mapper.tables``
(the repository's ``gazetteer/``):

1. ``uk_ru.csv``: the regular correspondences between Ukrainian and Russian spelling
   (і → о/е/и, ї → и/е, є → е, и → и/ы, -івка → -овка/-евка, -ське → -ское,
   -не → -ное, -ий → -ый/-ой/-ий, a feminine adjective -а → -ая, and a few name
   stems: Микола- → Никола-, Олекса- → Алекса-, зелен- → зелён-). :func:`russian_forms` gives the Russian
   Cyrillic forms of a Ukrainian name, the likeliest first.
2. ``ru_latin.csv``: the Latin spellings of a Russian name, BGN/PCGN 1947 first and the
   press variants after it (-yy/-y/-iy, -oye/-oe, ye/e/ie, ë/yo). :func:`press_spellings`
   gives them folded, ready to be index keys.

A third table, ``ru_uk.csv``, runs the first the other way (:func:`ukrainian_forms`): the Ukrainian
forms of a place GeoNames names in Russian only (most of Crimea's villages).

A table row rewrites a ``pattern`` of letters into one of its ``replacements`` (the most
usual first), where what precedes it (``after``) and where it stands in the word (``at``)
allow. At each letter the longest matching pattern applies (a more specific position or
context wins between patterns of one length); a letter no pattern matches stays as it is
(Ukrainian and Russian share most letters; for Latin, BGN/PCGN 1947 romanises it). Every
combination of replacements is a form; forms are ranked by how many less usual
replacements they take, and only the first few are kept (:data:`RUSSIAN_LIMIT`,
:data:`LATIN_LIMIT`), so that a name with many ambiguous letters does not flood the index.

>>> russian_forms("Сергіївка")[:2]
('сергеевка', 'сергиевка')
>>> sorted(press_spellings("сергеевка"))
['sergeevka', 'sergeyevka']
"""

from __future__ import annotations

import csv
import heapq
import io
import re
from collections.abc import Iterable
from dataclasses import dataclass
from functools import lru_cache
from importlib.resources import files
from itertools import product
from typing import NamedTuple

from mapper.errors import GazetteerFormatError
from mapper.gazetteer.names import fold
from mapper.gazetteer.translit import bgn_pcgn_ru

__all__ = ["Correspondence", "correspondences", "russian_forms", "press_spellings", "russian_latin_forms",
           "ukrainian_forms", "RUSSIAN_LIMIT", "LATIN_LIMIT", "TABLES"]  # fmt: skip

RUSSIAN_LIMIT = 4
"""Russian forms kept per Ukrainian name, the likeliest first."""
LATIN_LIMIT = 8
"""Latin spellings kept per Russian form, BGN/PCGN first."""
TABLES = ("uk_ru.csv", "ru_latin.csv", "ru_uk.csv")
"""The correspondence tables, in the package data ``mapper.tables``."""

_AFTER = ("", "vowel", "consonant", "velar", "sign")
_BEFORE = ("", "open", "closed")
_AT = ("any", "start", "end", "before-word")
_SPECIFIC = {"": 0, "vowel": 1, "consonant": 1, "velar": 2, "sign": 2}
_VOWELS = frozenset("аеєиіїоуюяыэё")
_SIGNS = frozenset("ьъ'")
_VELARS = frozenset("кгґхжчшщ")
_APOSTROPHES = str.maketrans({ch: "'" for ch in "’ʼ`′‘ʹ"})


@dataclass(frozen=True, slots=True)
class Correspondence:
    """One row of a correspondence table: where ``pattern`` may stand, and what it becomes.

    ``after`` is what must precede it: ``""`` (anything, or nothing), ``vowel``,
    ``consonant``, ``velar`` (к г ґ х ж ч ш щ) or ``sign`` (ь ъ or an apostrophe);
    ``before`` what must follow it: ``""`` (anything), ``open`` (a consonant and a
    vowel: the pattern ends an open syllable) or ``closed`` (a consonant, then a
    consonant, a sign or the end of the word); ``at`` is where in a word it must stand: ``any``, ``start``, ``end``, or
    ``before-word`` (at the end of a word that another word of the name follows).
    ``replacements`` are what it becomes, the most usual first (``""`` drops it).
    """

    pattern: str
    after: str
    before: str
    at: str
    replacements: tuple[str, ...]
    example: str
    source: str

    def applies(self, word: str, start: int, last_word: bool) -> bool:
        """Whether the row applies to ``word`` at ``start`` (``word`` holds the pattern there)."""
        end = start + len(self.pattern)
        at = self.at
        if at == "start" and start or at in ("end", "before-word") and end != len(word):
            return False
        if at == "before-word" and last_word:
            return False
        return _follows(self.after, word[start - 1] if start else "") and _precedes(self.before, word[end : end + 2])


def _follows(after: str, previous: str) -> bool:
    if not after:
        return True
    if not previous:
        return False
    if after == "vowel":
        return previous in _VOWELS
    if after == "sign":
        return previous in _SIGNS
    if after == "velar":
        return previous in _VELARS
    return previous not in _VOWELS and previous not in _SIGNS and previous != "й"  # consonant


def _precedes(before: str, following: str) -> bool:
    if not before:
        return True
    if not following or following[0] in _VOWELS or following[0] in _SIGNS or following[0] == "й":
        return False
    syllable_ends = len(following) == 1 or following[1] not in _VOWELS
    return syllable_ends if before == "closed" else not syllable_ends


@lru_cache(maxsize=len(TABLES))
def correspondences(name: str) -> tuple[Correspondence, ...]:
    """The rows of a correspondence table (``"uk_ru.csv"``, ``"ru_latin.csv"`` or ``"ru_uk.csv"``).

    Raises
    ------
    GazetteerFormatError
        If a row lacks a column, or names an ``after`` or ``at`` that is not one of those above.
    """
    text = files("mapper.tables").joinpath(name).read_text(encoding="utf-8")
    rows = []
    for line, row in enumerate(csv.DictReader(io.StringIO(text)), start=2):
        try:
            pattern, after, before, at = row["pattern"].translate(_APOSTROPHES), row["after"], row["before"], row["at"]
            replacements = tuple(r.strip() for r in row["replacements"].split(";"))
            rows.append(Correspondence(pattern, after, before, at, replacements, row["example"], row["source"]))
        except (KeyError, AttributeError) as exc:
            raise GazetteerFormatError(f"bad row, missing column {exc}", path=name, line=line) from exc
        if not pattern or after not in _AFTER or before not in _BEFORE or at not in _AT:
            raise GazetteerFormatError(
                f"bad row: pattern {pattern!r}, after {after!r} (expected one of {list(_AFTER)}), before {before!r} "
                f"(expected one of {list(_BEFORE)}), at {at!r} (expected one of {list(_AT)})", path=name, line=line)
    return tuple(rows)


class _Table(NamedTuple):
    """A table ready to apply: its rows by the first letter of their pattern (the ones to try
    first first: the longest pattern, then the more specific position, then the more specific
    context), and a pattern that finds where any row may start."""

    rows: dict[str, tuple[Correspondence, ...]]
    starts: re.Pattern[str]


@lru_cache(maxsize=len(TABLES))
def _table(name: str) -> _Table:
    rows = sorted(correspondences(name),
                  key=lambda r: (-len(r.pattern), -_AT.index(r.at), -_SPECIFIC[r.after], r.before == ""))  # fmt: skip
    by_letter: dict[str, list[Correspondence]] = {}
    for row in rows:
        by_letter.setdefault(row.pattern[0], []).append(row)
    starts = re.compile("[" + re.escape("".join(by_letter)) + "]")
    return _Table({letter: tuple(group) for letter, group in by_letter.items()}, starts)


def _choices(name: str, table: str, default: dict[int, str] | None = None) -> list[tuple[str, ...]]:
    """The name as a list of choices: each a tuple of the forms one stretch of letters can take
    (a stretch no row rewrites is one choice of one form, through ``default`` if given)."""
    rows, starts = _table(table)
    words = name.split(" ")
    out: list[tuple[str, ...]] = []
    for n, word in enumerate(words):
        if n:
            out.append((" ",))
        last = n == len(words) - 1
        done = 0
        for found in starts.finditer(word):
            i = found.start()
            if i < done:
                continue
            row = next((r for r in rows[word[i]] if word.startswith(r.pattern, i) and r.applies(word, i, last)), None)
            if row is not None:
                if done < i:
                    out.append((word[done:i].translate(default) if default else word[done:i],))
                out.append(row.replacements)
                done = i + len(row.pattern)
        if done < len(word):
            out.append((word[done:].translate(default) if default else word[done:],))
    return out


def _best(choices: list[tuple[str, ...]], limit: int) -> list[str]:
    """The ``limit`` combinations that take the fewest less usual replacements, in that order."""
    points = [i for i, options in enumerate(choices) if len(options) > 1]
    fixed = [options[0] for options in choices]
    if not points:
        return ["".join(fixed)]
    sizes = [len(choices[i]) for i in points]
    total = 1
    for size in sizes:
        total *= size
    if total <= 64:  # few enough to rank them all
        ranked = sorted(product(*(range(s) for s in sizes)), key=lambda picks: (sum(picks), picks))[:limit]
    else:  # lazily, by a best-first walk from the usual form
        ranked = []
        start = (0,) * len(sizes)
        heap, seen = [(0, start)], {start}
        while heap and len(ranked) < limit:
            cost, picks = heapq.heappop(heap)
            ranked.append(picks)
            for k in range(len(picks)):
                if picks[k] + 1 < sizes[k]:
                    step = (*picks[:k], picks[k] + 1, *picks[k + 1 :])
                    if step not in seen:
                        seen.add(step)
                        heapq.heappush(heap, (cost + 1, step))
    out = []
    for picks in ranked:
        parts = list(fixed)
        for i, pick in zip(points, picks, strict=True):
            parts[i] = choices[i][pick]
        out.append("".join(parts))
    return out


def _prepared(name: str) -> str:
    return " ".join(name.lower().translate(_APOSTROPHES).replace("-", " ").split())


@lru_cache(maxsize=65536)
def russian_forms(name_uk: str) -> tuple[str, ...]:
    """The Russian-language forms of a Ukrainian name, lower-case, the likeliest first.

    At most :data:`RUSSIAN_LIMIT` forms; hyphens become spaces (as folding does).

    Examples
    --------
    >>> russian_forms("Покровське")
    ('покровское',)
    >>> russian_forms("Зелений Гай")[0]
    'зелёный гай'
    """
    forms = _best(_choices(_prepared(name_uk), "uk_ru.csv"), RUSSIAN_LIMIT)
    return tuple(dict.fromkeys(form for form in forms if form))


@lru_cache(maxsize=65536)
def ukrainian_forms(name_ru: str) -> tuple[str, ...]:
    """The Ukrainian forms of a Russian name, lower-case, the likeliest first: for the places GeoNames
    names in Russian only (most of Crimea's villages: "Оленевка" for Оленівка), whose Ukrainian
    spelling the press writes. The correspondences of ``ru_uk.csv`` run those of ``uk_ru.csv`` the
    other way; at most :data:`RUSSIAN_LIMIT` forms.

    Examples
    --------
    >>> ukrainian_forms("Оленевка")[0], ukrainian_forms("Майское")[0]
    ('оленівка', 'майське')
    >>> "євпаторія" in ukrainian_forms("Евпатория")
    True
    """
    forms = _best(_choices(_prepared(name_ru), "ru_uk.csv"), RUSSIAN_LIMIT)
    return tuple(dict.fromkeys(form for form in forms if form))


@lru_cache(maxsize=1)
def _bgn_letters() -> dict[int, str]:
    """BGN/PCGN 1947 of the letters the table leaves as they are, folded (no apostrophes, ë as e).
    е and ё depend on their neighbours: the table has them, but for the form after a consonant."""
    letters = {ch: fold(bgn_pcgn_ru(ch)) for ch in "абвгджзийклмнопрстуфхцчшщъыьэюя"}
    return str.maketrans({**letters, "е": "e", "ё": "e", "'": ""})


@lru_cache(maxsize=65536)
def press_spellings(russian: str) -> frozenset[str]:
    """The folded Latin spellings of a Russian name: BGN/PCGN 1947 and the press variants.

    At most :data:`LATIN_LIMIT` of them for each word.

    Examples
    --------
    >>> sorted(press_spellings("Мирное"))
    ['mirnoe', 'mirnoye']
    >>> {"zelenyy gay", "zelyonyy gay", "zeleny gai"} <= press_spellings("Зелёный Гай")
    True
    """
    prepared = _prepared(russian)
    # (each word of a longer name varies on its own: "Zelyony Gai" is as usual as "Zelyonyy Gay")
    latin = _best(_choices(prepared, "ru_latin.csv", _bgn_letters()), LATIN_LIMIT * (prepared.count(" ") + 1))
    return frozenset(key.replace("ë", "e") for key in latin if key)


def russian_latin_forms(ukrainian: Iterable[str], russian: Iterable[str] = ()) -> frozenset[str]:
    """Every folded key the Russian-language forms of a place's names give.

    Parameters
    ----------
    ukrainian
        Its Ukrainian names (Cyrillic), present and former: their Russian forms are
        derived (:func:`russian_forms`).
    russian
        Russian names the place is known by already (GeoNames' Russian alternate names).

    Returns
    -------
    frozenset of str
        The derived Russian forms folded (Cyrillic), and the Latin spellings of
        those and of ``russian`` (:func:`press_spellings`).

    Examples
    --------
    >>> sorted(russian_latin_forms(["Мирне"]))[:3]
    ['mirne', 'mirnoe', 'mirnoye']
    """
    derived = [form for name in ukrainian for form in russian_forms(name)]
    keys = {fold(form) for form in derived}
    for form in (*derived, *russian):
        keys.update(press_spellings(form))
    keys.discard("")
    return frozenset(keys)
