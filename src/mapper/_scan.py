"""Finding a pattern's matches fast.

Python's regex engine scans a long alternation ("retook|recaptured|liberated|...")
position by position, trying every alternative at each. Two remedies:

* an Aho-Corasick automaton (pyahocorasick, in C) finds every occurrence of a
  set of words in one pass; a pattern whose every match starts at a word beginning
  with one of those words is tried at their occurrences only, with the same
  matches as :meth:`re.Pattern.finditer` (:func:`matches_at_words`);
* an alternation written with its alternatives grouped by first letter lets the
  engine try one group at a position (:func:`by_first_letter`).
"""

from __future__ import annotations

import re
from collections.abc import Iterator
from functools import lru_cache
from typing import Any

__all__ = ["alternatives", "by_first_letter", "matches_at_words", "word_automaton"]


@lru_cache(maxsize=8)
def word_automaton(starts: tuple[str, ...]) -> Any:
    """An Aho-Corasick automaton of ``starts`` (lower-case words or word beginnings)."""
    import ahocorasick

    automaton = ahocorasick.Automaton(ahocorasick.STORE_LENGTH)
    for start in starts:
        automaton.add_word(start)
    automaton.make_automaton()
    return automaton


def matches_at_words(pattern: re.Pattern[str], starts: tuple[str, ...], lowered: str) -> Iterator[re.Match[str]]:
    """The matches of ``pattern.finditer(lowered)``, for a pattern whose every match starts at a
    word that begins with one of ``starts``.

    ``lowered`` is lower-case text; ``starts`` must hold every beginning a match can have (the
    tests check each lexicon's), else matches are lost.
    """
    found = sorted(
        [
            start
            for end, length in word_automaton(starts).iter(lowered)
            if (start := end - length + 1) == 0 or not (lowered[start - 1].isalnum() or lowered[start - 1] == "_")
        ]  # at a word's beginning
    )
    last_end = 0
    match_at = pattern.match
    for start in found:
        if start < last_end:
            continue  # inside the match before: finditer does not overlap matches
        match = match_at(lowered, start)
        if match is not None:
            last_end = match.end()
            yield match


def alternatives(alternation: str) -> list[str]:
    """The top-level alternatives of a regex source ("a|b(?:c|d)|[|]" -> a, b(?:c|d), [|])."""
    parts: list[str] = []
    depth, start, in_class, i = 0, 0, False, 0
    while i < len(alternation):
        char = alternation[i]
        if char == "\\":
            i += 2
            continue
        if in_class:
            in_class = char != "]"
        elif char == "[":
            in_class = True
        elif char in "()":
            depth += 1 if char == "(" else -1
        elif char == "|" and depth == 0:
            parts.append(alternation[start:i])
            start = i + 1
        i += 1
    parts.append(alternation[start:])
    return parts


def by_first_letter(alternation: str) -> str:
    """``alternation`` ("would|will|could") with its alternatives grouped by their first letter
    ("w(?:ould|ill)|could"), so that the regex engine tries one group at a position, not every
    alternative (Python's engine does not do this itself). The same matches where only whether a
    pattern matches counts, or where at most one alternative can match at a position."""
    groups: dict[str, list[str]] = {}
    for alternative in alternatives(alternation):
        first = alternative[:1]
        plain = first.isalpha() and first.islower() and alternative[1:2] not in ("?", "*", "+", "{")
        groups.setdefault(first if plain else alternative, []).append(alternative[1:] if plain else "")
    return "|".join(
        key if rests == [""] and len(key) > 1 else key + (f"(?:{'|'.join(rests)})" if len(rests) > 1 else rests[0])
        for key, rests in groups.items()
    )
