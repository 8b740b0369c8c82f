"""A place's other names: a name the text gives beside another as its other name, in another language or from
before a renaming ("Zalizne (Russian: Zheleznoye)", "Ivanivske, ... known as Krasne until 2016"), or a former name the
gazetteer knows of a place its sentence names ("Pokrovsk: ... clearing Krasnoarmeysk"), is that place."""

from __future__ import annotations

import re
from collections.abc import Sequence

from mapper.model import Candidate, Mention
from mapper.reading.namesakes import Resolution, own_name

__all__ = ["by_other_name_beside", "other_name_same_place"]


def by_other_name_beside(mentions: Sequence[Mention], chosen: list[Resolution | None], pending: dict[int, tuple[Candidate, ...]]) -> None:
    """A name open among namesakes, one of which is a place its sentence names by another name, is that place: "Pokrovsk:
    the ministry says its troops are clearing Krasnoarmeysk" (the city's Soviet name, which villages elsewhere bear too)."""
    placed: dict[int, dict[int, str]] = {}  # by sentence: each place named, by the surface that named it
    for mention, resolution in zip(mentions, chosen, strict=True):
        if resolution is not None and resolution.place is not None and mention.kind == "settlement":
            placed.setdefault(mention.sentence_start, {})[resolution.place.geonameid] = mention.surface
    for i, candidates in list(pending.items()):
        here = placed.get(mentions[i].sentence_start)
        if not here or any(own_name(c.matched, c.place) for c in candidates):
            continue  # (a village that bears the name as its own is meant: "Hrodivka", not Myrnohrad, once so called)
        same = [c for c in candidates if here.get(c.place.geonameid, mentions[i].surface) != mentions[i].surface]
        if len(same) == 1:
            chosen[i] = Resolution(same[0].place, f"other name of {same[0].place.name}", 0.8)
            del pending[i]


def other_name_same_place(mentions: Sequence[Mention], chosen: list[Resolution | None]) -> None:
    """A place's other name given beside it is that place: "Zalizne (Russian: Zheleznoye)", "Ivanivske, a village ...
    that was known as Krasne until 2016" (the name before it, in its sentence, wherever the other name alone would
    point)."""
    for i in range(1, len(mentions)):
        mention, resolution = mentions[i], chosen[i]
        if mention.kind != "settlement" or resolution is None or _UNIT_WORD.search(mention.surface):
            continue  # (not a community or district named beside a village: "Katerynivka (Oleksandrivka hromada)")
        base = mention.sentence_start
        before = mention.sentence[: mention.start - base]
        owner = None
        if (aside := _OTHER_NAME_ASIDE.fullmatch(mention.sentence, mentions[i - 1].end - base, mention.start - base)) and (
            aside.group("said") or _ASIDE_CLOSES.match(mention.sentence, mention.end - base)
        ):  # ("Kalynove (Russian: Kalinovo)", "Ugledar (Vuhledar)"; not "the Vremivka direction (Velyka Novosilka area)")
            owner = i - 1
        elif (_FORMER_NAME_BEFORE.search(before) and _UNTIL_AFTER.match(mention.sentence, mention.end - mention.sentence_start)) or (
            _CALLS_BEFORE.search(before)
        ):  # (or the name a side calls it by: "Hrodivka: the ministry says its troops took the village, which it calls Grodovka")
            owner = next((k for k in range(i - 1, -1, -1) if mentions[k].sentence_start == mention.sentence_start
                          and mentions[k].kind == "settlement" and not (_REFERENCE_BEFORE.search(
                              mention.sentence, 0, mentions[k].start - mention.sentence_start)
                              and not _COMMA_RELATIVE.match(mention.sentence, mentions[k].end - mention.sentence_start))), None)
            # (not a reference point on the way: "Ivanivske, a village 6 km east of Chasiv Yar that was known as ...";
            # but one the clause is set off after: "'Nikolayevka' east of Myrnohrad, which it calls Dimitrov")
        if owner is None or mentions[owner].sentence_start != mention.sentence_start or mentions[owner].kind != "settlement":
            continue
        named = chosen[owner]
        if named is None or named.place is None or named.place == resolution.place:
            continue
        if resolution.place is not None and resolution.confidence > named.confidence and any(
            c.place == resolution.place for c in mentions[owner].candidates
        ):  # the other name the surer: "Kalynove (Russian: Kalinovo)", where only the Russian name was placed by its clues
            chosen[owner] = Resolution(resolution.place, f"other name of {resolution.place.name}", resolution.confidence)
        else:
            chosen[i] = Resolution(named.place, f"other name of {named.place.name}", named.confidence)


_OTHER_NAME_ASIDE = re.compile(
    r"\s*\(\s*(?P<said>(?:in\s+)?(?:russian|ukrainian)|also|formerly|previously|(?:until|before|till)\s+\d{4})?:?\s*", re.IGNORECASE
)
"""What opens an aside that gives the name before it in another spelling or language, or before a renaming: "(Russian: ",
"(also ", "(until 2016 "."""
_FORMER_NAME_BEFORE = re.compile(r"\b(?:was|were|had\s+been)\s+(?:known|called|named)\s+(?:as\s+)?$", re.IGNORECASE)
_ASIDE_CLOSES = re.compile(r"\s*\)")
_UNIT_WORD = re.compile(r"\b(?:hromada|community|district|raion|region|oblast|municipality)\b", re.IGNORECASE)
_REFERENCE_BEFORE = re.compile(r"\b(?:(?:north|south|east|west)[\w-]*\s+of|near|from|to|towards?)\s+$", re.IGNORECASE)
_CALLS_BEFORE = re.compile(
    r"\b(?:which|that|what)\s+(?:it|they|the\s+ministry|moscow|russia|russians|the\s+russians)\s+(?:calls?|called|names?|named)\s+$",
    re.IGNORECASE,
)
_COMMA_RELATIVE = re.compile(r"\s*,\s*(?:which|that)\b", re.IGNORECASE)
_UNTIL_AFTER = re.compile(r"\s+until\b", re.IGNORECASE)
"""A former name and the year it was dropped: "... that was known as Krasne until 2016"."""
