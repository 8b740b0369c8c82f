"""Sentence-wide rules of the mention finder (:mod:`mapper.reading.mentions`), each reading a whole
sentence rather than the words around one name:

* names that share one plural head are each "<name> district" ("the Saltivskyi and Kyivskyi
  districts");
* the places of a clause about a region abroad lie abroad ("in Russia's Kursk Oblast, where Russian
  troops attacked near Sverdlikovo and Makhnovka"), and so do names spelt the Russian way right beside
  a place abroad ("in Kursk Oblast near Sudzha and Plekhovo", "near Lyubimovka and Novoivanovka in
  Russia's Kursk region"): a Ukrainian village of that name in another spelling is not meant; so do the names of a
  section a heading abroad opens ("## Kursk Oblast"), unless written as Ukraine writes them;
* a single word that opens its sentence as an English word is no hamlet it happens to spell ("Police said ...").
"""

from __future__ import annotations

import bisect
import dataclasses
import re
from collections.abc import Sequence
from functools import lru_cache
from typing import TYPE_CHECKING

from mapper.gazetteer.names import fold, latin_forms
from mapper.gazetteer.translit import kmu2010
from mapper.model import Candidate, Mention
from mapper.reading._english import only_english_words
from mapper.reading.foreign import foreign_place

if TYPE_CHECKING:
    from mapper.reading.mentions import _Matcher
    from mapper.reading.sentences import Sentence

__all__ = [
    "DISTRICTS_AFTER", "abroad_after", "abroad_where", "district_list_spans", "english_opening", "names_divisions",
    "singular_head",
]


# Names sharing one plural head: "the Shevchenkivskyi, Solomianskyi and Dniprovskyi districts".
_DISTRICT_LIST = re.compile(
    r"(?P<names>[A-Z][\w’'-]+(?:\s*,\s*[A-Z][\w’'-]+)*\s*,?\s+and\s+[A-Z][\w’'-]+)\s+(?P<head>districts|raions|rayons)\b"
)  # (or raions: "the Bucha, Vyshhorod and Brovary raions")
_DISTRICT_NAME = re.compile(r"[A-Z][\w’'-]+")
# After a name of such a list: the rest of it and the plural head.
DISTRICTS_AFTER = re.compile(r"(?:\s*,\s*[A-Z][\w’'-]+)*\s*,?\s+(?:and\s+[A-Z][\w’'-]+\s+)?(?P<head>districts|raions|rayons)\b")
_PLURAL_HEADS = ("districts", "raions", "rayons")


def names_divisions(text: str) -> bool:
    """Whether ``text`` has a plural head a list of districts or raions may share (a cheap test before the patterns)."""
    return any(head in text for head in _PLURAL_HEADS)


def singular_head(plural: str) -> str:
    """The word a name of such a list takes alone: "district" for "districts", "raion" for "raions" or "rayons"."""
    return "district" if plural == "districts" else "raion"


def district_list_spans(
    text: str, sentence: Sentence, spans: list[tuple[int, int]], matcher: _Matcher
) -> list[tuple[int, int]]:
    """``spans``, each name of a list of city districts ("the Saltivskyi and Kyivskyi districts") or raions ("the Bucha
    and Brovary raions") in place of what the automaton made of it, where the gazetteer knows "<name> district" (or
    "<name> raion")."""
    out = list(spans)
    for found in _DISTRICT_LIST.finditer(sentence.text):
        head = singular_head(found.group("head"))
        for name in _DISTRICT_NAME.finditer(found.group("names")):
            if name.group() == "and" or not matcher.classified(f"{name.group()} {head}")[0]:
                continue
            start = sentence.start + found.start("names") + name.start()
            end = start + len(name.group())
            out = [(a, b) for a, b in out if b <= start or a >= end] + [(start, end)]
    return sorted(out)


_WHERE_AFTER = re.compile(r"\s*(?:,\s*where\b|:\s)")
"""What makes a region abroad the frame of what follows: a clause about it ("in Kursk Oblast, where ..."), or a caption's
label ("Kursk region: AFU tanks attack positions near A and B from Sumy region")."""


def abroad_where(text: str, mentions: list[Mention]) -> list[Mention]:
    """The places of a clause about a region abroad ("in Russia's Kursk Oblast, where Russian troops
    attacked near Sverdlikovo and Makhnovka", "Kursk region: ... near A and B") lie abroad too, up to the clause's end or a place the
    gazetteer holds as an oblast or raion of Ukraine; and a name spelt the Russian way within a clause's
    :data:`_BESIDE_CHARS` of a place abroad lies abroad ("in Kursk Oblast near Sudzha and Plekhovo")."""
    # (a capital abroad stands for its government, far from any village: "Moscow announced the capture of Konstantinovka")
    abroad_at = [(m.start, m.end) for m in mentions if m.kind == "foreign" and not _a_capital(m)]
    beside = [m.kind == "settlement" and _spelt_the_russian_way(m) for m in mentions]
    divisions = [m.start for m in mentions if m.kind in ("region", "raion")]
    grew = True
    while grew:  # (a list abroad: "near Malaya Loknya, Kazachya Loknya and Korenevo", each beside the next)
        grew = False
        for k, mention in enumerate(mentions):
            if beside[k] and (mention.start, mention.end) not in abroad_at and _beside_abroad(text, mention, abroad_at, divisions):
                abroad_at.append((mention.start, mention.end))
                grew = True
    out: list[Mention] = []
    abroad_until, labelled = -1, False
    for k, mention in enumerate(mentions):
        if beside[k] and (mention.start, mention.end) in abroad_at:
            mention = dataclasses.replace(mention, kind="foreign", candidates=())
        if mention.kind == "foreign":
            place = foreign_place(mention.surface)
            if place is not None and place.kind != "city" and (frame := _WHERE_AFTER.match(text, mention.end)) is not None:
                clause_end = text.find(";", mention.end, mention.sentence_start + len(mention.sentence))
                abroad_until = clause_end if clause_end >= 0 else mention.sentence_start + len(mention.sentence)
                labelled = ":" in frame.group()
        elif mention.kind in ("region", "raion"):
            abroad_until = -1
        elif mention.kind == "settlement" and mention.start < abroad_until and not (
            labelled and (_own_name_of_one(mention) or _a_town(mention))
        ):
            # (under a label abroad, a name a Ukrainian village bears as its own stays Ukrainian: "Kursk region: troops
            # retreat from Sudzha toward Yunakivka"; one it bears only as another name is the village abroad; a town's name
            # in any spelling is the town's: "Romania: drone pieces found across the Danube from Izmail")
            mention = dataclasses.replace(mention, kind="foreign", candidates=())
        out.append(mention)
    return out


def _a_town(mention: Mention) -> bool:
    """Whether a place the mention may be is a town of some size (its name, however spelt, is hardly a village's
    abroad)."""
    return any(c.place.population >= _TOWN_POPULATION for c in mention.candidates)


_TOWN_POPULATION = 10_000


def _own_name_of_one(mention: Mention) -> bool:
    """Whether a place the mention may be bears its surface as its own name (in its English or Ukrainian spelling)."""
    surface = fold(mention.surface)
    return any(surface in (fold(c.place.name), fold(c.place.name_uk or "")) for c in mention.candidates)


# Endings Russian spelling gives the names Ukrainian spells -ivka, -ove, -ske, -yi, -ky ("Martynovka", "Plekhovo",
# "Glushkovo", "Bolshoye Soldatskoye", "Velikiy Burluk", "Melovoy", "Pogrebki"); the few Ukrainian names that end so in their own
# spelling ("Nova Kakhovka") are kept by _named_so_in_ukraine.
_RUSSIAN_SPELLING = re.compile(r"(?:[oe]vka|[oe]vo|[oe]ye|skoe|aya|[iy]y|oy|ki)\b", re.IGNORECASE)


def _a_capital(mention: Mention) -> bool:
    """Whether a foreign mention names a capital (a federal city, a city of special status: Moscow, Minsk)."""
    place = foreign_place(mention.surface)
    return place is not None and place.kind == "city" and place.division in ("federal city", "city with special status")


def _spelt_the_russian_way(mention: Mention) -> bool:
    """Whether the name as written ends the way Russian spells names and is no candidate's Ukrainian name."""
    return bool(_RUSSIAN_SPELLING.search(mention.surface)) and not _named_so_in_ukraine(mention)


def _named_so_in_ukraine(mention: Mention) -> bool:
    """Whether the name as written is a candidate's Ukrainian name in Latin letters: "Nova Kakhovka" ends as
    Russian names do, and is how Ukrainian spells the town (not so "Martynovka", Ukrainian Martynivka)."""
    written = fold(mention.surface)
    # (a place GeoNames gives no Ukrainian name often bears a Russian-spelt one: it says nothing here)
    return any(c.place.name_uk and written in _ukrainian_forms(c.place.name_uk) for c in mention.candidates)


def _official_spelling(mention: Mention) -> bool:
    """Whether the name as written is a candidate's Ukrainian name in its official Latin spelling (KMU 2010): "Khotin",
    not "Pogrebki" (GeoNames' name of a Pohrebky, and a village of Kursk Oblast)."""
    written = fold(mention.surface)
    return any(c.place.name_uk and written == fold(kmu2010(c.place.name_uk)) for c in mention.candidates)


def _headings_abroad(headings: list[Sentence], mentions: list[Mention]) -> set[int]:
    """The starts of the headings that are the name of a region abroad, and little else ("## Kursk Oblast", "Belgorod
    Oblast border area"; not a headline that names Moscow): each foreign mention looked up among the headings once."""
    starts = [heading.start for heading in headings]
    found: set[int] = set()
    for mention in mentions:
        if mention.kind != "foreign":
            continue
        at = bisect.bisect_right(starts, mention.start) - 1
        if at < 0 or mention.start >= headings[at].end or len(headings[at].text.split()) > 4:
            continue
        if (place := foreign_place(mention.surface)) is not None and place.kind == "region":
            found.add(headings[at].start)
    return found


@lru_cache(maxsize=4096)
def _ukrainian_forms(cyrillic: str) -> frozenset[str]:
    return frozenset(fold(form) for form in latin_forms(cyrillic))


_BESIDE_CHARS = 60
"""How close to a place abroad a name in Russian spelling lies to be taken as abroad too."""


def _beside_abroad(text: str, mention: Mention, abroad_at: list[tuple[int, int]], divisions: list[int]) -> bool:
    """Whether a place abroad is named within :data:`_BESIDE_CHARS` of ``mention``, in its clause, with no oblast or
    raion of Ukraine (named at ``divisions``) between them ("in the areas of Yunakovka and Alekseevka of Sumy region,
    and of Tetkino of Kursk region": the Sumy region's)."""
    for start, end in abroad_at:
        gap = (end, mention.start) if end <= mention.start else (mention.end, start)
        if 0 <= gap[1] - gap[0] <= _BESIDE_CHARS and ";" not in text[gap[0] : gap[1]] and not any(
            gap[0] <= at < gap[1] for at in divisions
        ):
            return True
    return False


def abroad_after(text: str, mentions: list[Mention], sentences: Sequence[Sentence] = ()) -> list[Mention]:
    """A name spelt the Russian way whose paragraph named a place abroad last, before it, lies abroad too:
    "... attacked near Korenevo and Glushkovo. Russian sources claimed counterattacks near Martynovka and
    Malaya Loknya" (Martynovka is a Kursk village, not a Martynivka of Ukraine); so does any name not written as
    Ukraine writes it in a section a heading abroad opens ("## Kursk Oblast": "... claimed the seizure of Podol")."""
    headings = [s for s in sentences if s.kind == "heading"]
    abroad_headings = _headings_abroad(headings, mentions)
    out: list[Mention] = []
    section = -1
    for mention in mentions:
        while section + 1 < len(headings) and headings[section + 1].start <= mention.start:
            section += 1
        # (the place named last, a capital apart: it stands for its government, "Moscow claimed ...")
        previous = next((m for m in reversed(out) if not (m.kind == "foreign" and _a_capital(m))), None)
        if mention.kind == "settlement" and (
            (previous is not None and previous.kind == "foreign"
             and "\n\n" not in text[previous.end : mention.start]
             and _spelt_the_russian_way(mention))
            or (section >= 0 and headings[section].start in abroad_headings and not _official_spelling(mention))
        ):
            mention = dataclasses.replace(mention, kind="foreign", candidates=())
        out.append(mention)
    return out


_OPENING_TOWN = 10_000
"""A place this large keeps its name at the head of a sentence, though the name is an English word ("Bar")."""


def english_opening(text: str, sentence_start: int, start: int, surface: str, candidates: tuple[Candidate, ...],
                     after: str) -> bool:  # fmt: skip
    """Whether ``surface`` opens its sentence as an English word, capitalised only for being first, not as the
    name of a hamlet it happens to spell: "Police said ..." (Polytsi), "Baby food factory shelled" (Baby). Only a
    single word, followed by a lower-case one, with no namesake the size of a town."""
    if " " in surface or text[sentence_start:start].strip(" *_\"'“‘(") or not _LOWER_WORD_AFTER.match(after):
        return False
    return only_english_words(surface) and not any(c.place.population >= _OPENING_TOWN for c in candidates)


_LOWER_WORD_AFTER = re.compile(r"\s+[a-z]")
