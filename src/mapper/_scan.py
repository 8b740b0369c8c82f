"""Finding a pattern's matches fast: where its matches can start, then the pattern there only.

Python's regex engine scans a long alternation ("retook|recaptured|liberated|...")
position by position; an Aho-Corasick automaton (pyahocorasick, in C) finds every
occurrence of a set of words in one pass. A pattern whose every match starts at
a word beginning with one of those words is tried at their occurrences only, with
the same matches as :meth:`re.Pattern.finditer`.
"""

from __future__ import annotations

import re
from collections.abc import Iterator
from functools import lru_cache
from typing import Any

__all__ = ["matches_at_words", "word_automaton"]


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
