"""Who acts in a report: the sides, the actor of a cue, the side a report speaks for.

:mod:`mapper.status` reads a capture verb's status from its actor ("Russian forces
captured X": occupied; "Ukrainian forces captured X": liberated). The actor is found
in the cue's clause; failing that, the side that prevails in the report decides
(:func:`prevailing_side`), and a Russian official statement's "liberated" is a
Russian capture (:func:`report_voice`, :func:`russian_claim`).
"""

from __future__ import annotations

import re
from collections.abc import Iterator
from functools import lru_cache
from typing import Literal

from mapper import cues as lexicon

__all__ = ["Side", "actor_of", "prevailing_side", "report_voice", "russian_claim"]

Side = Literal["ukrainian", "russian"]


def prevailing_side(text: str) -> Side | None:
    """The side that most often captures, retakes or advances in ``text``, if either does.

    Used for capture verbs whose actor a sentence leaves unsaid.
    """
    counts = {"ukrainian": 0, "russian": 0}
    lowered = text.lower()
    pattern = lexicon.PREVAILING if len(lowered) == len(text) else lexicon.PREVAILING_ANY_CASE
    for match in _finditer_at_words(pattern, lowered):
        counts[_side_of(match.group("who"))] += 1
    if counts["ukrainian"] == counts["russian"]:
        return None
    return "ukrainian" if counts["ukrainian"] > counts["russian"] else "russian"


_BOUNDARY = re.compile(r"\b")


@lru_cache(maxsize=8)
def _unanchored(pattern: re.Pattern[str]) -> re.Pattern[str] | None:
    """``pattern`` without its leading ``\\b``: a search for it can skip ahead to a possible first
    letter, where the word boundary at every position defeats that (twice as fast on a report)."""
    return re.compile(pattern.pattern[2:], pattern.flags) if pattern.pattern.startswith(r"\b") else None


def _finditer_at_words(pattern: re.Pattern[str], text: str) -> Iterator[re.Match[str]]:
    """The matches of ``pattern.finditer(text)``, for a pattern that starts with ``\\b``, found faster."""
    unanchored = _unanchored(pattern)
    if unanchored is None:
        yield from pattern.finditer(text)
        return
    position = 0
    while (match := unanchored.search(text, position)) is not None:
        start = match.start()
        if _BOUNDARY.match(text, start) is None:
            position = start + 1
            continue
        yield match
        position = match.end() if match.end() > start else start + 1


def report_voice(text: str) -> Side | None:
    """ "russian" when ``text`` reads as a Russian official statement, else None.

    Markers are the wording of the Russian Defence Ministry's reports ("Kiev regime",
    "the Southern Group of Forces", "Artemovsk"); two different ones are needed.

    Examples
    --------
    >>> report_voice("The Kiev regime lost 300 men near Artemovsk.")
    'russian'
    >>> report_voice("Russian forces attacked near Bakhmut.") is None
    True
    """
    found = 0
    for forms in lexicon.VOICE_MARKERS:  # substring tests: far cheaper than a regex over the whole text
        if any(form in text for form in forms):
            found += 1
            if found == 2:
                return "russian"
    return None


def _side_of(word: str) -> Side:
    return "ukrainian" if lexicon.UA_RE.match(word) else "russian"


def actor_of(sentence: str, start: int, end: int, *, family: str, passive: bool) -> tuple[Side | None, bool]:
    """The side doing what the cue at ``start:end`` of ``sentence`` says, and whether the
    sentence names it in the cue's clause (a "by ..." phrase, "fell to ...", the subject)."""
    by = lexicon.BY_ACTOR.match(sentence, end)
    if by is None and family == "fall":
        by = lexicon.TO_ACTOR.match(sentence, end)  # "fell to Russian forces"
    if by is not None:
        found = lexicon.ACTOR.search(by.group("actor") + " forces")
        if found is not None:
            return _side_from(found), True
    if passive:
        return None, False
    clause_start = 0
    for barrier in lexicon.BARRIER.finditer(sentence, 0, start):
        clause_start = barrier.end()
    # The nearest actor before the cue: its subject if in the same clause, else a weaker guess.
    lowered = sentence.lower()
    actor = lexicon.ACTOR_LOWER if len(lowered) == len(sentence) else lexicon.ACTOR
    last = None
    for found in actor.finditer(lowered if actor is lexicon.ACTOR_LOWER else sentence, 0, start):
        last = found
    if last is None:
        return None, False
    return _side_from(last), last.start() >= clause_start


def _side_from(match: re.Match[str]) -> Side:
    word = match.group("side") or match.group("of") or match.group("bare")
    return _side_of(word)


def russian_claim(sentence: str, start: int, end: int, voice: Side | None) -> bool:
    """Whether the cue at ``start:end`` of ``sentence`` reports a Russian claim: the report's
    Russian voice, a Russian speaker before it ("Moscow said X had been liberated") or scare quotes."""
    if voice == "russian":
        return True
    if sentence[start - 1 : start] in ('"', "“", "‘", "'") and sentence[end : end + 1] in (
        '"',
        "”",
        "’",
        "'",
    ):
        return True  # the "liberated" of a Russian claim
    return bool(lexicon.RUSSIAN_SPEAKER.search(sentence, max(0, start - 160), start))
