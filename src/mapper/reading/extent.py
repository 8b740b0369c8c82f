"""How much of a region an event concerns: the whole oblast, or part of it.

A map that tints Donetsk Oblast "liberated" from "Ukrainian forces liberated settlements of
Donetsk Oblast" misinforms: the sentence speaks of some villages, not of the oblast. So each
event on a region (an oblast, Crimea) says its ``extent`` (see :class:`mapper.model.Event`):

- ``"part"`` when the words before the region's name take a part of it ("settlements of",
  "10% of", "much of", "almost the whole of", "the occupied part of", "western Zaporizhzhia
  Oblast"), when it is where something happened rather than what changed hands ("a T-90 was
  captured in Kharkiv Oblast", "counteroffensive in the Kharkiv region"), when the words after
  it narrow it ("all of Kharkiv Oblast west of the Oskil River"), and for every attack (an
  attack hits places in a region, never the whole of it);
- ``"whole"`` otherwise: "the whole of the Luhansk region had been captured", "the Russian
  military left Chernihiv Oblast", "occupied Crimea".

The words are those of a noun phrase in English news and histories; a sentence that says
"whole" in so many words is whole unless it also says "almost".
"""

from __future__ import annotations

import re

from mapper._types import Extent, Status
from mapper.model import Mention

__all__ = ["region_extent"]

_BEFORE_WORDS = 7
"""How many words before the name a part may be named in ("settlements in the Chernihiv, Sumy and
Kharkiv oblasts" reaches back over a list)."""

_PART = re.compile(
    r"\b(?:parts?|areas?|territor(?:y|ies)|settlements?|villages?|towns?|cities|localit(?:y|ies)|"
    r"swathes?|pockets?|portions?|sections?|half|thirds?|quarters?|much|most|some|many|several|"
    r"percent|per\s+cent|kilomet(?:re|er)s?|km|miles|border|frontier|bridgeheads?|"
    r"(?:north|south|east|west)(?:ern)?|north-?(?:east|west)(?:ern)?|south-?(?:east|west)(?:ern)?|central)\b"
    r"|%",
    re.IGNORECASE,
)
"""Words that take a part of what follows: "settlements of", "much of", "western"."""

_ALL = re.compile(r"\b(?:whole|entire|entirety|all)\b", re.IGNORECASE)
_NOT_QUITE = re.compile(r"\b(?:almost|nearly|virtually|practically|most|much)\b", re.IGNORECASE)

_WHERE = re.compile(r"\b(?:in|within|across|inside|near|around|at|throughout)(?:\s+the)?\s*$", re.IGNORECASE)
"""A preposition of place just before the name: the region is where it happened."""

_NARROWED = re.compile(
    r"^\s*,?\s*(?:(?:north|south|east|west)(?:-?(?:east|west))?\s+of|except|apart\s+from|but\s+for|bar|"
    r"along|on\s+the\s+(?:left|right|east|west|north|south)\s+bank|areas?|parts?|settlements|villages|"
    r"towns|border\s+areas?)\b",
    re.IGNORECASE,
)
"""Words just after the name that narrow it to a part: "west of the Oskil River", "the Kharkiv
areas liberated"."""

_PARTLY = re.compile(r"\b(?:partly|partially|largely|mostly|in\s+part)\b", re.IGNORECASE)
"""Adverbs of the clause that make a change of hands partial: "had been partly held by"."""

def _words_before(mention: Mention) -> str:
    """The sentence's last few words before the mention, back to a clause boundary."""
    before = mention.sentence[: mention.start - mention.sentence_start]
    cut = max((m.end() for m in re.finditer(r"[;:!?]", before)), default=0)
    words = before[cut:].split()
    return " ".join(words[-_BEFORE_WORDS:])


def _first_words(text: str) -> str:
    return " ".join(text.split()[:_BEFORE_WORDS])


def region_extent(mention: Mention, status: Status | None) -> Extent | None:
    """``"whole"`` or ``"part"`` for an event on a region, by the words around its name.

    Parameters
    ----------
    mention
        A mention of a region (the caller knows its place is one).
    status
        The status the sentence gives it; ``None`` gives ``None``.

    Examples
    --------
    >>> from mapper.model import Mention
    >>> def mention(sentence, name):
    ...     start = sentence.index(name)
    ...     return Mention("r", name, start, start + len(name), sentence, 0, kind="region")
    >>> region_extent(mention("Russian forces left Chernihiv Oblast.", "Chernihiv Oblast"), "liberated")
    'whole'
    >>> region_extent(mention("Ukraine freed settlements of Donetsk Oblast.", "Donetsk Oblast"), "liberated")
    'part'
    """
    if status is None:
        return None
    if status == "attacked":
        return "part"
    before = _words_before(mention)
    after = mention.sentence[mention.end - mention.sentence_start :]
    if _NARROWED.match(after) or _WHERE.search(before) or _PARTLY.search(before + " " + _first_words(after)):
        return "part"
    if _ALL.search(before):
        return "part" if _NOT_QUITE.search(before) else "whole"
    return "part" if _PART.search(before) else "whole"
