"""Reference across sentences: "Russian units crossed the river near Demydiv. The village was back under Ukrainian
control by early April." A sentence that opens on "The village" (the town, the city) speaks of the one settlement
the sentence before it named; a step of :mod:`mapper.pipeline`, after the names are resolved
and before their statuses are read.

Only where a careful reader has no doubt: the sentence before is in the same paragraph and names one settlement
(one place, however often), of the kind the noun says (no city is "the village"); and "the town" or "the city" only
when that is the settlement the text has named most often so far, the one it tells of (in an article on Mariupol,
"the city" after a sentence about Zaporizhzhia is still Mariupol). The anaphor becomes a mention of that place,
resolved as its antecedent was, and its sentence is read as any other.
"""

from __future__ import annotations

import re
from collections.abc import Sequence
from itertools import pairwise

from mapper.model import Candidate, Mention, Place
from mapper.reading import grammar
from mapper.reading.described import may_be_a_village
from mapper.reading.namesakes import Resolution
from mapper.reading.sentences import Sentence

__all__ = ["with_anaphors"]

_ANAPHOR = re.compile(
    r"The\s+(?P<noun>town|village|city|settlement)(?![\w-])(?:['’]s\b)?"
    rf"(?!\s+{grammar.PLACE_BODY})"
)
"""A sentence's subject that stands for a place named before: "The village was ...", "The town's defenders ..." (not
"The town of X", nor "The city council": a body of the town, not the place). Only as the subject that opens the
sentence: elsewhere "the city" is as often the narrative's city as the last one named."""

_CITY_CODES = frozenset({"PPLC", "PPLA", "PPLA2"})
_CONFIDENCE = 0.8
"""What an anaphor's resolution keeps of its antecedent's confidence."""


def with_anaphors(
    mentions: list[Mention], resolutions: list[Resolution], sentences: Sequence[Sentence], text: str
) -> tuple[list[Mention], list[Resolution]]:
    """The report's mentions and resolutions with the anaphors that refer to a settlement of the sentence before
    added, in text order (the same lists when there are none)."""
    lowered = text.lower()
    if not any(noun in lowered for noun in ("the town", "the village", "the city", "the settlement")):
        return mentions, resolutions
    by_sentence: dict[int, list[int]] = {}
    for i, mention in enumerate(mentions):
        by_sentence.setdefault(mention.sentence_start, []).append(i)
    added: list[tuple[Mention, Resolution]] = []
    topics = _Topics(mentions, resolutions)
    for previous, sentence in pairwise(sentences):
        if sentence.kind == "heading" or previous.kind == "heading" or "\n\n" in text[previous.end : sentence.start]:
            continue
        anaphor = _ANAPHOR.match(sentence.text)
        if anaphor is None:
            continue
        antecedent = _only_settlement(mentions, resolutions, by_sentence.get(previous.start, []))
        noun = anaphor.group("noun").lower()
        place = resolutions[antecedent].place if antecedent is not None else None
        if antecedent is None or place is None or not _fits(noun, place):
            continue
        if noun != "village" and place != topics.before(sentence.start):
            continue  # "the city" of a narrative is the city it tells of, whatever place the sentence before named
        surface = sentence.text[anaphor.start() : anaphor.start() + len("the ") + len(anaphor.group("noun"))]
        start = sentence.start + anaphor.start()
        mention = Mention(mentions[antecedent].report_id, surface, start, start + len(surface), sentence.text,
                          sentence.start, "settlement", (Candidate(place, mentions[antecedent].surface, "folded"),))  # fmt: skip
        how = f"refers to {mentions[antecedent].surface} (the sentence before)"
        added.append((mention, Resolution(place, how, _CONFIDENCE * resolutions[antecedent].confidence)))
    if not added:
        return mentions, resolutions
    merged = sorted([*zip(mentions, resolutions, strict=True), *added], key=lambda pair: pair[0].start)
    return [m for m, _ in merged], [r for _, r in merged]


def _only_settlement(mentions: list[Mention], resolutions: list[Resolution], indices: list[int]) -> int | None:
    """The last mention of the one settlement the mentions at ``indices`` name, if they name exactly one."""
    places = {resolutions[i].place.geonameid: i for i in indices
              if mentions[i].kind == "settlement" and resolutions[i].place is not None}  # fmt: skip
    return next(iter(places.values())) if len(places) == 1 else None


class _Topics:
    """The settlement a report has named most often before a point (the later of two named as often), read once
    through the report as the points move on."""

    def __init__(self, mentions: list[Mention], resolutions: list[Resolution]) -> None:
        self._pairs = list(zip(mentions, resolutions, strict=True))
        self._next = 0
        self._counts: dict[int, int] = {}
        self._places: dict[int, Place] = {}
        self._top: int | None = None

    def before(self, offset: int) -> Place | None:
        """The settlement named most often before ``offset`` (offsets asked in increasing order)."""
        while self._next < len(self._pairs) and self._pairs[self._next][0].start < offset:
            mention, resolution = self._pairs[self._next]
            self._next += 1
            if mention.kind == "settlement" and resolution.place is not None:
                key = resolution.place.geonameid
                self._counts[key] = self._counts.get(key, 0) + 1
                self._places[key] = resolution.place
                if self._top is None or self._counts[key] >= self._counts[self._top]:
                    self._top = key
        return self._places[self._top] if self._top is not None else None


def _fits(noun: str, place: Place) -> bool:
    """Whether a place may be what the noun calls it: no city is a village, no hamlet a city."""
    if place.feature_class != "P":
        return False
    if noun == "village":
        return may_be_a_village(place)
    if noun == "city":
        return place.feature_code in _CITY_CODES or not may_be_a_village(place)
    return True
