"""Sentence-wide rules of the mention finder (:mod:`mapper.reading.mentions`), each reading a whole
sentence rather than the words around one name:

* names that share one plural head are each "<name> district" ("the Saltivskyi and Kyivskyi
  districts");
* the places of a clause about a region abroad lie abroad ("in Russia's Kursk Oblast, where Russian
  troops attacked near Sverdlikovo and Makhnovka").
"""

from __future__ import annotations

import dataclasses
import re
from typing import TYPE_CHECKING

from mapper.model import Mention
from mapper.reading.foreign import foreign_place

if TYPE_CHECKING:
    from mapper.reading.mentions import _Matcher
    from mapper.reading.sentences import Sentence

__all__ = ["DISTRICTS_AFTER", "abroad_where", "district_list_spans"]


# Names sharing one plural head: "the Shevchenkivskyi, Solomianskyi and Dniprovskyi districts".
_DISTRICT_LIST = re.compile(
    r"(?P<names>[A-Z][\w’'-]+(?:\s*,\s*[A-Z][\w’'-]+)*\s*,?\s+and\s+[A-Z][\w’'-]+)\s+districts\b"
)
_DISTRICT_NAME = re.compile(r"[A-Z][\w’'-]+")
# After a name of such a list: the rest of it and the plural head.
DISTRICTS_AFTER = re.compile(r"(?:\s*,\s*[A-Z][\w’'-]+)*\s*,?\s+(?:and\s+[A-Z][\w’'-]+\s+)?districts\b")


def district_list_spans(
    text: str, sentence: Sentence, spans: list[tuple[int, int]], matcher: _Matcher
) -> list[tuple[int, int]]:
    """``spans``, each name of a list of city districts ("the Saltivskyi and Kyivskyi districts") in
    place of what the automaton made of it, where the gazetteer knows "<name> district"."""
    out = list(spans)
    for found in _DISTRICT_LIST.finditer(sentence.text):
        for name in _DISTRICT_NAME.finditer(found.group("names")):
            if name.group() == "and" or not matcher.classified(f"{name.group()} district")[0]:
                continue
            start = sentence.start + found.start("names") + name.start()
            end = start + len(name.group())
            out = [(a, b) for a, b in out if b <= start or a >= end] + [(start, end)]
    return sorted(out)


_WHERE_AFTER = re.compile(r"\s*,\s*where\b")


def abroad_where(text: str, mentions: list[Mention]) -> list[Mention]:
    """The places of a clause about a region abroad ("in Russia's Kursk Oblast, where Russian troops
    attacked near Sverdlikovo and Makhnovka") lie abroad too, up to the clause's end or a place the
    gazetteer holds as an oblast or raion of Ukraine."""
    out: list[Mention] = []
    abroad_until = -1
    for mention in mentions:
        if mention.kind == "foreign":
            place = foreign_place(mention.surface)
            if place is not None and place.kind != "city" and _WHERE_AFTER.match(text, mention.end):
                clause_end = text.find(";", mention.end, mention.sentence_start + len(mention.sentence))
                abroad_until = clause_end if clause_end >= 0 else mention.sentence_start + len(mention.sentence)
        elif mention.kind in ("region", "raion"):
            abroad_until = -1
        elif mention.kind == "settlement" and mention.start < abroad_until:
            mention = dataclasses.replace(mention, kind="foreign", candidates=())
        out.append(mention)
    return out
