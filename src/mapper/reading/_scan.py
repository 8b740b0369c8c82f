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
from collections.abc import Callable, Iterator
from functools import lru_cache
from typing import Any

__all__ = ["alternatives", "by_first_letter", "literal_prefixes", "matches_at_words", "word_automaton"]


@lru_cache(maxsize=8)
def word_automaton(starts: tuple[str, ...]) -> Any:
    """An Aho-Corasick automaton of ``starts`` (lower-case words or word beginnings); each word's
    value is its length and the word."""
    import ahocorasick

    automaton = ahocorasick.Automaton(ahocorasick.STORE_ANY)
    for start in starts:
        automaton.add_word(start, (len(start), start))
    automaton.make_automaton()
    return automaton


def matches_at_words(
    pattern: re.Pattern[str] | Callable[[str], re.Pattern[str]],
    starts: tuple[str, ...],
    lowered: str,
    end: int | None = None,
) -> Iterator[re.Match[str]]:
    """The matches of ``pattern.finditer(lowered, 0, end)``, for a pattern whose every match starts
    at a word that begins with one of ``starts``.

    ``lowered`` is lower-case text; ``starts`` must hold every beginning a match can have (the
    tests check each lexicon's), else matches are lost. ``pattern`` may also be a function that
    gives, for each of ``starts``, the pattern to try where it occurs: one that matches there as
    the whole pattern would, with fewer alternatives to try.
    """
    if end is None:
        end = len(lowered)
    found = sorted(
        [
            (start, word)
            for last, (length, word) in word_automaton(starts).iter(lowered, 0, end)
            if (start := last - length + 1) == 0 or not (lowered[start - 1].isalnum() or lowered[start - 1] == "_")
        ]  # at a word's beginning
    )
    pattern_at = pattern if callable(pattern) else lambda _word: pattern
    last_end = 0
    for start, word in found:
        if start < last_end:
            continue  # inside the match before: finditer does not overlap matches
        match = pattern_at(word).match(lowered, start, end)
        if match is not None:
            last_end = match.end()
            yield match


def literal_prefixes(source: str, flags: int = 0) -> set[str]:
    r"""The literal text each match of the regex ``source`` begins with, as far as it is fixed (up
    to 24 characters; ``\s`` read as one space): ``""`` where a match may begin with anything.

    Examples
    --------
    >>> sorted(literal_prefixes(r"ous?t(?:ed|s)?|fell"))
    ['fell', 'oust', 'ousted', 'ousts', 'out', 'outed', 'outs']
    >>> sorted(literal_prefixes(r"in\s+russian|\w+ly"))
    ['', 'in ']
    """
    import re._parser as parser  # the standard library's own reading of the pattern

    def walk(items: list[Any], acc: str) -> set[str]:
        if not items or len(acc) >= 24:
            return {acc}
        (op, value), rest = items[0], list(items[1:])
        if op is parser.LITERAL:
            return walk(rest, acc + chr(value))
        if op in (parser.AT, parser.ASSERT, parser.ASSERT_NOT):
            return walk(rest, acc)  # zero-width: \b, look-ahead, look-behind
        if op is parser.IN and value == [(parser.CATEGORY, parser.CATEGORY_SPACE)]:
            return walk(rest, acc + " ")
        if op is parser.SUBPATTERN:
            return walk(list(value[-1]) + rest, acc)
        if op is parser.BRANCH:
            return set().union(*(walk(list(branch) + rest, acc) for branch in value[1]))
        if op in (parser.MAX_REPEAT, parser.MIN_REPEAT):
            low, high, item = value
            once = walk(list(item) + (rest if high == 1 else []), acc)
            return once | walk(rest, acc) if low == 0 else once
        return {acc}

    return walk(list(parser.parse(source, flags)), "")


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
