"""The shape of a sentence beyond its cues: located series and claim frames.

:mod:`mapper.status` reads which cue governs which list of names. Two things
a sentence says about *all* its statuses are read here, once per sentence:

* **Located series.** Daily assessments list where an attack happened as a
  series of located lists: "Russian forces attacked near Lyman itself;
  northwest of Lyman near Yampolivka and Torske; and north of Lyman near
  Zarichne". Each later part (after ";" or ", and") opens with a location and
  has no verb of its own: it continues the attack of the part before it. Its
  names after "near"/"at"/"in the area of" take the attack; the town it is
  measured from ("northwest of Lyman") stays a reference point.
* **Denied claims.** "Russia said its forces had taken Khromove, a claim Kyiv
  denied": a claim refuted in its own sentence reports nothing (the
  annotators' convention); "refuted claims that ..." before the cue is
  handled by the cue reading itself.
"""

from __future__ import annotations

import re
from collections.abc import Sequence

__all__ = ["series_parts", "denial_after", "SERIES_OPENER"]

_COMPASS = r"(?:north|south|east|west|north-?east|north-?west|south-?east|south-?west)(?:ern|ward|wards)?"
_LOCATED_NEAR = r"(?:near|around|at|in\s+the\s+(?:area|areas|vicinity|direction)\s+of|on\s+the\s+outskirts\s+of)"
SERIES_OPENER = re.compile(
    rf"\s*(?:and\s+|as\s+well\s+as\s+|also\s+)?(?:(?:about\s+|some\s+)?(?:\d+\s*km\s+)?{_COMPASS}\s+of\s+"
    rf"(?:[^\s,;()]+\s+){{1,3}}?(?:\([^)]*\)\s+)?)?(?P<near>{_LOCATED_NEAR})\s+",
    re.IGNORECASE,
)
"""What opens a later part of a located series: an optional bearing from a town, then "near"."""
_SEPARATOR = re.compile(r";|,(?=\s*(?:and\s+)?(?:about\s+|some\s+)?(?:\d+\s*km\s+)?" + _COMPASS + r"\s+of\s)", re.IGNORECASE)

_DENIAL_AFTER = re.compile(
    r"(?:,\s*|\s+)(?:a\s+claim|claims?|an\s+assertion|which|something)\s+(?:that\s+)?(?:[\w'’-]+\s+){0,5}?"
    r"(?:denied|rejected|refuted|dismissed|disputed|called\s+(?:false|untrue|fake))\b"
    r"|\b(?:denied|rejected|refuted|dismissed|disputed)\s+(?:the|this|that|these|those|such)\s+(?:\w+\s+)?(?:claims?|reports?)\b",
    re.IGNORECASE,
)


def series_parts(sentence: str, spans: Sequence[tuple[int, int]]) -> list[tuple[int, list[int]]]:
    """The later parts of the sentence's located series, each with the names it locates.

    Returns
    -------
    list of (int, list of int)
        For each part that continues the part before it, the index of the last
        name before the part, and the indices of the names after its "near".

    Examples
    --------
    >>> s = "Russian forces attacked near Lyman itself; northwest of Lyman near Torske; and near Zarichne."
    >>> series_parts(s, [(29, 34), (57, 62), (68, 74), (84, 92)])
    [(0, [2]), (2, [3])]
    """
    parts: list[tuple[int, list[int]]] = []
    if ";" not in sentence and "," not in sentence:
        return parts
    for separator in _SEPARATOR.finditer(sentence):
        opener = SERIES_OPENER.match(sentence, separator.end())
        if opener is None:
            continue
        located_from = opener.end("near")
        part_end = _part_end(sentence, separator.end())
        before = [i for i, (start, _) in enumerate(spans) if start < separator.start()]
        located = [i for i, (start, end) in enumerate(spans) if located_from <= start and end <= part_end]
        if before and located:
            parts.append((before[-1], located))
    return parts


def _part_end(sentence: str, start: int) -> int:
    following = _SEPARATOR.search(sentence, start)
    return following.start() if following else len(sentence)


def denial_after(sentence: str, position: int) -> bool:
    """Whether the sentence denies, after ``position``, the claim made before it.

    >>> denial_after("Russia said it had taken Khromove, a claim Kyiv denied.", 20)
    True
    """
    return _DENIAL_AFTER.search(sentence, position) is not None
