"""The cues of a sentence: where each cue word or phrase of the lexicon lies, its family and grammar.

A cue is found by the start-word scan (:mod:`mapper.reading._scan`) and the lexicon's pattern
(:mod:`mapper.reading.cues`); a word inside a place name is no cue ("Vyzvolene"), and a cue read
back whose words run over a name governs that name only ("after the Hroza missile strike"). A participle
after "was/were" (or ending a caption: "Primary school in Chuhuiv shelled") makes a passive,
which governs its subject rather than what follows.
"""

from __future__ import annotations

import re
from collections.abc import Iterator, Sequence
from functools import lru_cache
from typing import NamedTuple

from mapper.reading import captionwords, grammar, sides
from mapper.reading import cues as lexicon
from mapper.reading._scan import matches_at_words

__all__ = ["Cue", "find_cues", "is_participle", "words"]


class Cue(NamedTuple):  # a tuple: several are made per sentence, and tuples are made fastest
    start: int
    end: int
    text: str
    family: str
    grammar: str
    reach: int
    passive: bool

def _cue_matches(sentence: str) -> Iterator[re.Match[str]]:
    """Every cue in ``sentence``, as :func:`re.finditer` of the cue pattern would find them."""
    lowered = sentence.lower()
    if len(lowered) != len(sentence):  # lower-casing changed the length: the slow, exact way
        return lexicon.CUE_RE_ANY_CASE.finditer(sentence)
    return matches_at_words(lexicon.cue_pattern_at, lexicon.CUE_STARTS, lowered)

def find_cues(sentence: str, spans: Sequence[tuple[int, int]]) -> list[Cue]:
    cues = []
    for match in _cue_matches(sentence):
        start, end = match.span()
        if sentence[end : end + 1] == "-" and sentence[end + 1 : end + 2].isalpha() and " " not in match.group():
            continue  # a word that is the first part of a compound ("the left-bank towns"), not the word alone
        for a, b in spans:
            if a <= start < b:
                break  # a word inside a place name ("Vyzvolene" is not a cue)
        else:
            cue = _cue(sentence, match, start, end)
            inner = [b for a, b in spans if start < a and b < end]
            cues.append(_attributive(sentence, cue, inner[-1]) if inner and cue.grammar == "back" else cue)
    return cues


def _attributive(sentence: str, cue: Cue, name_end: int) -> Cue:
    """A cue read back from its end whose words run over a place name: "after the Hroza missile
    strike" reports a strike on Hroza, the name right before the cue's last words, not on the
    place before "after"."""
    start = name_end + len(sentence[name_end : cue.end]) - len(sentence[name_end : cue.end].lstrip())
    return cue._replace(start=start, text=sentence[start : cue.end], reach=0)

def _cue(sentence: str, match: re.Match[str], start: int, end: int) -> Cue:
    family, governs, _, reach = lexicon.CUES[int(match.lastgroup[1:])]  # type: ignore[index]  # group c<row>
    if family == "held" and sentence[start - 1 : start] == "-":
        if sides.UKRAINIAN_PREFIX.search(sentence, max(0, start - 10), start):
            family = "none"  # "Ukrainian-held": no occupation, and no other cue reaches past it
    participle = is_participle(match.group())
    passive = participle and (
        bool(grammar.PASSIVE_BEFORE.search(sentence, max(0, start - 40), start))
        or bool(_DECLARED_BEFORE.search(sentence, max(0, start - 60), start))  # "declared it captured"
        or (  # "Primary school in Chuhuiv shelled": a caption, no auxiliary anywhere
            bool(captionwords.HEADLINE_END.match(sentence, end)) and not grammar.AUXILIARY.search(sentence, 0, start)
        )
    )
    return Cue(start, end, sentence[start:end], family, governs, reach, passive)

_DECLARED_BEFORE = re.compile(
    r"\b(?:declar|pronounc|proclaim|deem|consider|report|announc|describ|list)(?:ed|es|e|ing|s)?\s+(?:it|them|the\s+(?:town|city|village|settlement)"
    r"|[A-Z][\w'’-]+(?:\s+[A-Z][\w'’-]+)?)\s+(?:as\s+)?(?:fully\s+|completely\s+|officially\s+)?$"
)
"""A place declared to be in a state ("declared Marinka captured", "declared it liberated"): the participle after it is
said of the place, as a passive is."""


@lru_cache(maxsize=4096)  # a handful of cue words recur in every report
def is_participle(cue: str) -> bool:
    """Whether a cue starts with a past participle (so that "was/were" before it makes a passive)."""
    first = cue.split()[0].lower()
    return first.endswith(("ed", "en")) or first in grammar.IRREGULAR_PARTICIPLES

def words(text: str) -> int:
    return len(grammar.OBJECT_GAP_WORD.findall(text))
