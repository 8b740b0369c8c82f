"""Pairing gold mentions with predicted ones, for the geocoding and date scores of :mod:`mapper.evaluate`.

A gold mention is paired with at most one predicted mention, which must be in the same sentence
(the sentences agree after markup, case and white space are set aside, or one contains the
other, or they share 80% of the shorter one's words) and have the same surface text (or, failing
that, one surface containing the other); exact surfaces are paired first, then by order in the
text. The helpers are :mod:`mapper.evaluate`'s own: nothing here is public.
"""

from __future__ import annotations

import re
from collections.abc import Callable, Sequence

from mapper._gold import GoldMention
from mapper.model import Event

__all__: list[str] = []


_MARKUP = re.compile(r"\]\([^)]*\)|[*_`\[\]#>]")
_QUOTES = str.maketrans({"’": "'", "‘": "'", "“": '"', "”": '"', "\u00a0": " "})


def _normalise(sentence: str) -> str:
    return " ".join(_MARKUP.sub(" ", sentence.translate(_QUOTES)).casefold().split())


def _same_sentence(a: str, b: str) -> bool:
    if a == b or (min(len(a), len(b)) >= 20 and (a in b or b in a)):
        return True
    words_a, words_b = set(a.split()), set(b.split())
    smaller = min(len(words_a), len(words_b))
    return smaller >= 4 and len(words_a & words_b) >= 0.8 * smaller


def _by_sentence(events: Sequence[Event]) -> dict[str, list[Event]]:
    """One event per predicted mention (the first), grouped by normalised sentence in text order."""
    predicted: dict[tuple[int, int], Event] = {}
    for event in events:
        predicted.setdefault((event.mention.start, event.mention.end), event)
    by_sentence: dict[str, list[Event]] = {}
    for event in sorted(predicted.values(), key=lambda e: e.mention.start):
        by_sentence.setdefault(_normalise(event.sentence), []).append(event)
    return by_sentence


def _match_mentions(gold: list[GoldMention], by_sentence: dict[str, list[Event]]) -> dict[int, Event]:
    """Pair gold mentions with predicted ones, one to one (keys: ``id()`` of the gold mention)."""
    sentences = list(by_sentence)
    taken: set[int] = set()
    matches: dict[int, Event] = {}
    tests: list[Callable[[str, str], bool]] = [lambda a, b: a == b, lambda a, b: a in b or b in a]
    for surface_matches in tests:
        for mention in gold:
            if id(mention) in matches:
                continue
            wanted = _normalise(mention.sentence)
            surface = mention.surface.casefold()
            for sentence in sentences:
                if not _same_sentence(wanted, sentence):
                    continue
                event = next(
                    (e for e in by_sentence[sentence]
                     if id(e) not in taken and surface_matches(surface, e.mention.surface.casefold())),
                    None,
                )  # fmt: skip
                if event is not None:
                    taken.add(id(event))
                    matches[id(mention)] = event
                    break
    return matches
