"""Namesakes decided by the General Staff's direction that heads their paragraph: "In the Northern Slobozhanskyi and
Kursk directions, ... Five combat engagements took place near Andriivka and Kindrativka" are the Andriivka and the
Kindrativka of Sumy Oblast, not the pair near Kostiantynivka.

Most directions are named after a town (the "Pokrovsk direction"), and :func:`mapper.reading.namesakes.direction_town`
reads those. A few are named after a historical land or a river, no place a gazetteer holds; the oblasts they run
through are a fact of the General Staff's daily reports (2022-2025), kept in :data:`DIRECTIONS`.
"""

from __future__ import annotations

import re
from bisect import bisect_right
from collections.abc import Sequence

from mapper.model import Candidate, Mention
from mapper.reading.namesakes import Resolution, match_confidence

__all__ = ["DIRECTIONS", "by_direction_named"]

DIRECTIONS: dict[str, frozenset[str]] = {
    "northern slobozhanskyi": frozenset({"21"}),  # the Sumy Oblast border (2025)
    "kursk": frozenset({"21"}),  # the Sumy Oblast border facing Kursk Oblast (2024-2025)
    "southern slobozhanskyi": frozenset({"07"}),  # north and north-east of Kharkiv: Vovchansk, Lyptsi (2025)
    "slobozhanskyi": frozenset({"21", "07"}),  # Sumy and Kharkiv oblasts (2022-2024)
    "siverskyi": frozenset({"02", "21"}),  # Chernihiv and Sumy oblasts on the borders with Russia and Belarus
    "volynskyi": frozenset({"24", "19"}),  # Volyn and Rivne oblasts on the border with Belarus
    "polissia": frozenset({"27", "13"}),  # Zhytomyr and Kyiv oblasts on the border with Belarus
}
"""GeoNames admin1 codes of the oblasts each direction named after no town runs through."""

_DIRECTION = re.compile(
    r"(" + "|".join(sorted((re.escape(n).replace(r"\ ", r"\s+") for n in DIRECTIONS), key=len, reverse=True)) + r")"
    r"(?:\s+and\s+([A-Z][\w-]+(?:\s+[A-Z][\w-]+)?))?\s+directions?",
    re.IGNORECASE,
)
_PARAGRAPH_BREAK = re.compile(r"\n\s*\n")
_ANY_DIRECTION = re.compile(r"\b(?:[A-Z][\w-]+\s+){1,2}(?:and\s+(?:[A-Z][\w-]+\s+){1,2})?directions?$")
"""Any direction a report names, ending where the search ends ("the Pokrovsk direction", "the Northern Slobozhanskyi
and Kursk directions")."""
_DIRECTION_WORD = re.compile(r"\bdirections?\b")
_WINDOW = 80
"""How far before the word "direction" its name may start ("the Northern Slobozhanskyi and Kursk directions")."""


def by_direction_named(
    mentions: Sequence[Mention], chosen: list[Resolution | None], pending: dict[int, tuple[Candidate, ...]], text: str
) -> None:
    """Keep, of each pending name, the namesakes inside the oblasts of the direction named last before it in its
    paragraph of ``text`` (the report's); where one is left, it is the place."""
    if not pending or "irection" not in text:
        return
    named = []  # each direction the text names, where it starts (found from the word "direction", rare in a text)
    for word in _DIRECTION_WORD.finditer(text):
        window = max(0, word.start() - _WINDOW)
        if (found := _ANY_DIRECTION.search(text, window, word.end())) is not None:
            named.append((found.start(), _oblasts(found.group())))
    if not any(oblasts for _, (oblasts, _) in named):
        return
    starts = [start for start, _ in named]
    breaks = [m.start() for m in _PARAGRAPH_BREAK.finditer(text)]
    for i in list(pending):
        at = mentions[i].start
        k = bisect_right(starts, at) - 1
        b = bisect_right(breaks, at) - 1
        if k < 0 or (b >= 0 and breaks[b] > starts[k]):
            continue  # (a direction reaches to its paragraph's end; one named after a town ends the reach of the one before)
        oblasts, name = named[k][1]
        inside = tuple(c for c in pending[i] if c.place.admin1_code in oblasts)
        if not inside or len(inside) == len(pending[i]):
            continue
        if len({c.place.geonameid for c in inside}) == 1:
            chosen[i] = Resolution(inside[0].place, f"direction named ({name})", 0.9 * match_confidence(inside[0]))
            del pending[i]
        else:
            pending[i] = inside


def _oblasts(direction: str) -> tuple[frozenset[str], str]:
    """The oblasts of a direction the text names, if it is one of :data:`DIRECTIONS` (none for a town's)."""
    known = _DIRECTION.fullmatch(direction)
    if known is None:
        return frozenset(), ""  # (the "Pokrovsk direction": a town's, read elsewhere)
    names = [" ".join(g.lower().split()) for g in known.groups() if g]
    return frozenset().union(*(DIRECTIONS[n] for n in names if n in DIRECTIONS)), names[0]
