"""Namesakes decided by the General Staff's direction that heads their paragraph: "In the Northern Slobozhanskyi and
Kursk directions, ... Five combat engagements took place near Andriivka and Kindrativka" are the Andriivka and the
Kindrativka of Sumy Oblast, not the pair near Kostiantynivka.

Most directions are named after a town (the "Pokrovsk direction"), and :func:`mapper.reading.namesakes.direction_town`
reads those. A few are named after a historical land or a river, no place a gazetteer holds; the oblasts they run
through are a fact of the General Staff's daily reports (2022-2025), kept in :data:`DIRECTIONS`.
"""

from __future__ import annotations

import re
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
_ANY_DIRECTION = re.compile(r"\b(?:[A-Z][\w-]+\s+){1,2}(?:and\s+(?:[A-Z][\w-]+\s+){1,2})?directions?\b")
"""Any direction a report names ("the Pokrovsk direction", "the Northern Slobozhanskyi and Kursk directions")."""


def by_direction_named(
    mentions: Sequence[Mention], chosen: list[Resolution | None], pending: dict[int, tuple[Candidate, ...]], text: str
) -> None:
    """Keep, of each pending name, the namesakes inside the oblasts of the direction named last before it in its
    paragraph of ``text`` (the report's); where one is left, it is the place."""
    if not pending or "irection" not in text:
        return
    for i in list(pending):
        named = _direction_before(text, mentions[i].start)
        if named is None:
            continue
        oblasts, name = named
        inside = tuple(c for c in pending[i] if c.place.admin1_code in oblasts)
        if not inside or len(inside) == len(pending[i]):
            continue
        if len({c.place.geonameid for c in inside}) == 1:
            chosen[i] = Resolution(inside[0].place, f"direction named ({name})", 0.9 * match_confidence(inside[0]))
            del pending[i]
        else:
            pending[i] = inside


def _direction_before(text: str, position: int) -> tuple[frozenset[str], str] | None:
    """The oblasts of the direction named last before ``position`` in its paragraph, if it is one of
    :data:`DIRECTIONS` (a direction named after a town ends the reach of the one before)."""
    blank = text.rfind("\n\n", 0, position)
    paragraph = 0 if blank < 0 else blank + 2
    last = None
    for last in _ANY_DIRECTION.finditer(text, paragraph, position):
        pass
    if last is None:
        return None
    known = _DIRECTION.fullmatch(last.group())
    if known is None:
        return None  # (the "Pokrovsk direction": a town's, read elsewhere)
    names = [" ".join(g.lower().split()) for g in known.groups() if g]
    oblasts = frozenset().union(*(DIRECTIONS[n] for n in names if n in DIRECTIONS))
    return (oblasts, names[0]) if oblasts else None
