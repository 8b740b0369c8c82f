"""How far a cue reaches past the places named between it and the list it governs: the last leg of a series of
located lists ("struck A and B in Donetsk Oblast, and C"; "withdrew from A in early April, at the same time as from B"),
examples after "such as" or "including" ("kept shelling X and villages along the river such as A and B"), an attack's
second target ("struck the bridge near X and the road across the dam at Y"), the counted places a name locates
("retreated from two villages near X, A and B"). Read by :func:`mapper.reading.scope.forward_cue`.
"""

from __future__ import annotations

import re

from mapper.reading import grammar, locators
from mapper.reading.cuefinder import Cue, words

__all__ = ["lists_its_object", "lists_on", "series_leg"]


def series_leg(gap: str, cue: Cue) -> str | None:
    """The last leg of a series of located lists that each open with the preposition of the first ("on A and B
    in Donetsk Oblast, on C": "on"; "the liberation of A on 17 September and of B": "of"; "pushed through A, and
    from the north through B": "through"), else None."""
    if cue.family == "loss" and _FROM_FIRST_LEG.match(gap) and words(gap) <= 40 and not grammar.BARRIER.search(gap):
        # "withdrew from A in early April, at the same time as from B": each leg a place left
        return ", from " if locators.LEFT_SERIES_LEG_END.search(gap) else None
    last = locators.SERIES_LEG_END.search(gap)
    if last is None or words(gap) > 40 or grammar.BARRIER.search(gap):
        return None
    if cue.text.lower().endswith((" of", " through", " on", " against")):
        # "the capture of A ..., of B", "pushed through A ..., through B", "sent columns against A ... and against B"
        opening = cue.text.lower().rsplit(None, 1)[-1]
    else:
        first = locators.SERIES_START.match(gap)
        opening = first.group("prep").lower() if first is not None else ""
    return f", {last.group('prep')} " if opening == last.group("prep").lower() else None  # (its bearing no word of the gap)


def lists_on(sentence: str, cue: Cue, between: list[tuple[int, int]], gap: str, start: int) -> bool:
    """Whether a cue reaches past the places named between it and a list: examples after "such as"
    ("kept shelling X and villages along the river such as A and B"), an attack's second target
    ("struck the bridge near X and the road across the dam at Y", "attacked near X and in the Y
    region"), or the counted places a name locates ("retreated from two villages near X, A and B")."""
    if ("such" in gap or "includ" in gap or "among" in gap or "particular" in gap or "notably" in gap) and cue.family in ("att", "lib", "gain", "loss", "occ", "held"):
        return (
            grammar.SUCH_AS_END.search(gap) is not None
            and words(gap) <= cue.reach + 10
            and not grammar.BARRIER.search(gap)
            and not (between and _NEW_CLAUSE_OBJECT.search(gap))
        )  # (not "ambushed convoys near A and B, and most towns of the area, including C, were bypassed": a new subject)
    if len(between) != 1:
        return False
    (first_start, first_end), = between
    if (aside := _ASIDE.match(sentence, first_end)) is not None:
        first_end = aside.end()  # "fighting for A (Russian: A') and for B": the aside is the first name's own
    if cue.family == "att" and grammar.SECOND_TARGET.fullmatch(sentence, first_end, start):
        first = sentence[cue.end : first_start]
        gap = grammar.RELATIVE_ASIDE.sub("", gap) if "," in gap else gap  # (an aside on the first is no part of a leg)
        return (
            (words(gap) <= cue.reach + 8 or words(first) <= cue.reach + 8 and words(gap) - words(first) <= 10)
            and not grammar.BARRIER.search(gap)
            and (locators.NEAR_END.search(first) is not None or grammar.IN_GAP.fullmatch(first) is not None
                 or locators.IN_END.search(first) is not None or _IN_A_PART_END.search(first) is not None
                 or locators.BEARING_END.search(first) is not None  # ("fought for the airport north of X and for Y")
                 or words(first) <= 1)
        )  # fmt: skip
    return bool(
        grammar.RESTATED_LIST.fullmatch(sentence, first_end, start)
        and grammar.COUNTED_PLACES.fullmatch(sentence, cue.end, first_start)
    )

_ASIDE = re.compile(r"\s*\([^()]*\)")
"""A closed aside in parentheses right after a name: its other name, its oblast."""
_NEW_CLAUSE_OBJECT = re.compile(
    r",\s+and\s+(?:(?:most|many|several|all|some|other|the\s+other)\b|(?!(?:Ukrainian|Russian)\b)(?-i:[A-Z]))", re.IGNORECASE
)
"""A clause joined after the cue's own places, opening on a new subject ("..., and most towns of the area", "...,
and Danube ports such as A and B have kept working"): its "including" list is that subject's."""
_IN_A_PART_END = re.compile(
    r"\bin\s+the\s+(?:[a-z-]+\s+){0,4}?(?:quarters?|parts?|districts?|outskirts|areas?|centre|center)\s+of\s+$", re.IGNORECASE
)
"""A first leg in a part of its place: "in the southern and central quarters of X and in the eastern part of Y"."""


def lists_its_object(gap: str, included: int) -> bool:
    """Whether the names after "including" (at ``included`` in the gap) are the cue's own object: no
    clause comes between, or the object, places counted by their kind, comes before the clause
    ("captured a dozen villages since the offensive began, among them A and B")."""
    barrier = grammar.BARRIER.search(gap)
    return barrier is None or (barrier.start() < included and grammar.PLACES_BY_KIND.search(gap, 0, barrier.start()) is not None)


_FROM_FIRST_LEG = re.compile(r"\s*(?:[\w-]+\s+){0,2}?from\s", re.IGNORECASE)
"""A withdrawal's first leg: "withdrew (completely) from A"."""
