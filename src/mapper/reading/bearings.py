"""Where a sentence says a place lies: "12 km south of Kreminna", "northwest of Lyman near A and B".

War reports locate small places by a bigger one: a bearing, a distance or both,
after the name ("Bilohorivka (12 km south of Kreminna)", "Dibrova, 5 km
southwest of Kreminna") or before a list of names ("northwest of Lyman near
Yampolivka and Torske"), or only a word ("Pryvilne near Huliaipole"). :func:`position_hints` reads these once per sentence;
:mod:`mapper.reading.resolve` keeps the namesake that lies where the hint says.
"""

from __future__ import annotations

import math
import re
from collections.abc import Sequence
from typing import NamedTuple

from mapper.reading.communities import COMMUNITY_RADIUS_KM
from mapper.reading.locators import HELD_STATE, NOTE_BEFORE

__all__ = ["BEARINGS", "TOPIC", "PositionHint", "compass_bearing", "degrees_off", "fits", "fronted_bearing", "opposes", "position_hints"]

BEARINGS: dict[str, float] = {
    "north": 0.0, "northeast": 45.0, "east": 90.0, "southeast": 135.0,
    "south": 180.0, "southwest": 225.0, "west": 270.0, "northwest": 315.0,
}  # fmt: skip
"""Compass words and their bearings in degrees clockwise from north."""

_DIRECTION = r"(?P<dir>(?:north|south)?-?(?:east|west)|north|south)(?:ern|ward|wards)?"
_DISTANCE = r"(?:(?:about|around|some|roughly|approximately|nearly|almost|over|up\s+to|less\s+than|under)\s+)?" \
            r"(?P<km>\d+(?:[.,]\d+)?)(?:\s*(?:-|–|to)\s*\d+(?:[.,]\d+)?)?\s*(?:-|\s)?" \
            r"(?:km|kilometers|kilometres|kilometer|kilometre)\b"  # fmt: skip  # "10 to 12 km": the nearer
# After a name: "(12 km south of Kreminna)", ", 5 km southwest of", ", just north of", ", about 20 km from",
# ", both 10 to 12 km southeast of".
_HELD = HELD_STATE + "?"
"""The anchor's state as the hint names it, if it does: "south-west of Russian-occupied Melitopol"."""
_HELD_END = re.compile(_HELD + "$", re.IGNORECASE)
_KIND = r"(?:village|town|city|settlement|hamlet)"
# (and a caption's "X: the village north-east of Y", a predicate's "X, which troops took in May, lies north-east of Y", and
# a bearing right after the name: "Dibrova south of Kreminna")
_AFTER = re.compile(
    rf"(?:\s*(?:[(,]|:(?=\s*(?:an?|the)\s+(?:[\w-]+\s+)?{_KIND}))\s*"
    r"|\s+(?:(?:that|which)\s+[^,;.()]{1,40}?\s+|,\s*(?:that|which)\s+[^,;.()]{1,40}?,\s*)?(?P<predicate>lies|lay|sits|stands|is|was)\s+"
    r"|(?P<bare>\s+))"  # (and right after the name: "fighting near Dibrova south of Kreminna")
    rf"(?:(?:both|all|each)\s+)?(?:(?:an?|the|two|three|four)\s+(?:[\w-]+\s+)?{_KIND}s?\s+"
    r"(?:of\s+(?:[\w-]+\s+){1,4}?(?:people|inhabitants|residents)\s+)?)?"  # ("a village of a few hundred people")
    rf"(?:(?:located|situated|lying)\s+)?(?:on\s+the\s+(?:[\w-]+\s+){{0,2}}?(?:coast|bank|shore|road|highway)\s+)?"
    rf"(?:{_DISTANCE}\s*)?"
    rf"(?:(?P<just>just|directly|immediately)\s+|(?:further|farther|slightly)\s+)?(?:{_DIRECTION}\s+of|(?P<off>from))\s+"
    rf"(?:the\s+(?:city|town|village)\s+of\s+)?{_HELD}$",
    re.IGNORECASE,
)
# Before a list: "northwest of Lyman near", "south of Bakhmut in the direction of", "east of Kupiansk at", "west of
# Donetsk City near".
_BEFORE_LIST = re.compile(r"^\s*(?:city\s+)?(?:,\s*)?(?:near|at|in\s+the\s+vicinity\s+of|around|in|on)\s+$", re.IGNORECASE)
# "(several villages) north-east of Y over the past week, including A and B": a list the bearing's area includes
_INCLUDING_LIST = re.compile(r"^[^.;,()]{0,40},\s*(?:including|among\s+them|such\s+as)\s+(?:in\s+|near\s+)?$", re.IGNORECASE)
_INCLUDED_KM = 60.0
"""How far from its anchor a place an area's bearing includes may lie ("villages north-east of Kharkiv, including
X"): an area, not the nearest town."""
# Before a list, measured from the place named before: "attacked around Avdiivka and north of the town near".
_ANAPHORIC_AFTER = re.compile(
    rf"\s*[(,]\s*(?:{_DISTANCE}\s*)?(?:(?:just|directly|immediately|further|farther|slightly)\s+)?(?:{_DIRECTION})\s+of\s+"
    r"(?:the|this|that)\s+(?:town|city|village|settlement)\b",
    re.IGNORECASE,
)
_ANAPHORIC_LEADING = re.compile(
    rf"(?:{_DISTANCE}\s*)?(?:(?:just|directly|immediately|further|farther|slightly)\s+)?(?:{_DIRECTION})\s+of\s+"
    r"(?:the|this|that)\s+(?:town|city|village|settlement)\s*,?\s*(?:near|at|in\s+the\s+vicinity\s+of|around)\s+$",
    re.IGNORECASE,
)
_LEADING = re.compile(
    rf"(?:{_DISTANCE}\s*)?(?:(?:just|directly|immediately|further|farther|slightly)\s+)?(?:{_DIRECTION})\s+of\s+(?:the\s+\w+\s+of\s+)?{_HELD}$",
    re.IGNORECASE,
)
_SET_APART_END = re.compile(r"\b(?:the|of|another|other|second|third|a|not)\s+$", re.IGNORECASE)
"""Before a name that a bearing right after it places only where no note sets a namesake apart ("the X north of Y")."""
_REGION_WORDS = ("oblast", "region", "raion", "district", "province")
_ANOTHER_END = re.compile(r"\b(?:another|other|second)\s+$", re.IGNORECASE)
_LIST_GAP = re.compile(r"\s*(?:\([^)]*\)\s*)?(?:,\s*)?(?:(?:and|or)\s+)?", re.IGNORECASE)
_WINDOW = 60
_NEAR_KM = 15.0
_BEARING_KM = 35.0  # "Petrivka, west of Kupiansk": a bearing right after a name reaches farther than "near"
_JUST_KM = 10.0  # "just east of Y": beside it
_HINT_WORDS = ("north", "south", "east", "west", "km", "kilomet")
"""A hint has one of these within 30 characters before the place it measures from."""


TOPIC = -1
"""The anchor of a hint measured from "the city" of a list ("A and B, north-east of the city"): the town the text is
about (see :func:`mapper.reading.positions.position_hints`), not a name of the sentence."""


class PositionHint(NamedTuple):
    """The place a mention is said to lie by: another mention, a bearing and a distance (either may be None)."""

    anchor: int
    bearing: float | None
    km: float | None
    reach: float = _NEAR_KM  # how far from the anchor a hint without a distance expects the place


def compass_bearing(word: str | None) -> float | None:
    """The bearing in degrees a compass word gives ("north", "north-west", "Southeast"), if any."""
    if not word:
        return None
    return BEARINGS.get(word.lower().replace("-", ""))


def _km(text: str | None) -> float | None:
    return float(text.replace(",", ".")) if text else None


def position_hints(sentence: str, spans: Sequence[tuple[int, int]]) -> list[PositionHint | None]:
    """For each mention at ``spans``, the position the sentence gives it relative to another mention.

    Examples
    --------
    >>> s = "Russian forces attacked Bilohorivka (12 km south of Kreminna)."
    >>> position_hints(s, [(24, 35), (52, 60)])
    [PositionHint(anchor=1, bearing=180.0, km=12.0, reach=35.0), None]
    """
    hints: list[PositionHint | None] = [None] * len(spans)
    if len(spans) < 2:
        return hints
    if " of th" in sentence:
        _anaphoric_hints(sentence, spans, hints)
    if "near " in sentence:
        _near_hints(sentence, spans, hints)
    if "hromada" in sentence or "ommunity" in sentence:  # (community or Community)
        _community_hints(sentence, spans, hints)
    if " road " in sentence or " highway " in sentence:
        _road_hints(sentence, spans, hints)
    if hints[0] is None and sentence.startswith(":", spans[0][1]):
        _label_hints(sentence, spans, hints)
    for j in range(len(spans)):
        anchor_start = spans[j][0]
        lead = _HELD_END.sub("", sentence[max(0, anchor_start - 30) : anchor_start])
        if not lead.rstrip().lower().endswith(("of", "from")):
            continue  # every hint ends "... of" or "... from" right before the place it measures from (or its state)
        before = sentence[max(0, anchor_start - 30) : anchor_start].lower()
        if not any(word in before for word in _HINT_WORDS):
            continue  # ... with a bearing or a distance just before
        window = sentence[max(0, anchor_start - _WINDOW) : anchor_start]
        # "X (12 km south of Y)": the name right before the hint is the one it places
        after = _AFTER.search(window)
        i = j - 1
        if (
            after is not None
            and i >= 0
            and spans[i][1] == max(0, anchor_start - _WINDOW) + after.start()
            and (after.group("off") is None or after.group("km") is not None)  # "from Y" needs a distance
            and not (after.group("predicate") and _ANOTHER_END.search(sentence, max(0, spans[i][0] - 12), spans[i][0]))
            and not (after.group("bare") and (_SET_APART_END.search(sentence, max(0, spans[i][0] - 30), spans[i][0])
                                              or sentence[spans[i][0] : spans[i][1]].lower().endswith(_REGION_WORDS)))
        ):  # (not "another Zelene lies south-east of Y", "the hamlet of X north-west of Y": a namesake set apart from the
            # text's, which notes read; nor "in Donetsk Oblast some 15 km south-east of Y": the oblast lies nowhere by Y)
            reach = _JUST_KM if after.group("just") else _BEARING_KM  # ("Mykolaivka, a village just east of Y": beside it)
            hints[i] = PositionHint(j, compass_bearing(after.group("dir")), _km(after.group("km")), reach)
            continue
        # "northwest of Y near A, B and C": every name of the list after Y
        leading = _LEADING.search(window)
        if leading is None or (i >= 0 and spans[i][1] > anchor_start - len(window) + leading.start()):
            continue
        k = j + 1
        gap = sentence[spans[j][1] : spans[k][0]] if k < len(spans) else ""
        included = k < len(spans) and _INCLUDING_LIST.match(gap) is not None and not window[: leading.start()].endswith("the ")
        # (not "villages in the south-east of X Oblast, including A": a part of the oblast, not a bearing from a town)
        if k >= len(spans) or not (_BEFORE_LIST.match(gap) or included):
            continue
        hint = PositionHint(j, compass_bearing(leading.group("dir")), _km(leading.group("km")), _INCLUDED_KM if included else _NEAR_KM)
        while k < len(spans):
            hints[k] = hint
            if k + 1 >= len(spans) or not _LIST_GAP.fullmatch(sentence, spans[k][1], spans[k + 1][0]):
                break
            k += 1
    return hints


_FRONTED = re.compile(
    r"\s*(?=to\s+the\s|\S+\s+of\s+(?:the|this)\s+(?:city|town)\b)"  # "To the south," or "South of the city,"
    rf"(?:to\s+the\s+)?{_DIRECTION}(?:\s+of\s+(?:the|this)\s+(?:city|town))?\s*,",
    re.IGNORECASE,
)
FRONTED_KM = 40.0
"""How far from the town a narrative is about a place its fronted bearing places may lie ("North-west of the city,
the brigade recaptured X")."""


def fronted_bearing(sentence: str) -> float | None:
    """The bearing a sentence opens on from the town the text is about ("North-west of the city, ...", "To the
    south, ..."), which places the sentence's names; ``None`` when it opens otherwise."""
    fronted = _FRONTED.match(sentence)
    return compass_bearing(fronted.group("dir")) if fronted is not None else None


def _anaphoric_hints(sentence: str, spans: Sequence[tuple[int, int]], hints: list[PositionHint | None]) -> None:
    """ "attacks around Avdiivka and north of the town near A and B": the list lies by the place named
    before the bearing; so does a name the bearing follows ("attacks on Avdiivka; fighting near A, north-east
    of the town")."""
    for k in range(1, len(spans)):
        after = _ANAPHORIC_AFTER.match(sentence, spans[k][1])
        if after is not None and hints[k] is None:
            first = k
            while first > 0 and _LIST_GAP.fullmatch(sentence, spans[first - 1][1], spans[first][0]):
                first -= 1
            if first == k:
                hints[k] = PositionHint(k - 1, compass_bearing(after.group("dir")), _km(after.group("km")), _BEARING_KM)
            else:  # "the villages of A and B, north-east of the city": not A, a list mate, but the town named before
                # the list ("withdrew from X ... through A and B, west of the city") or else the town of the text
                anchor = first - 1 if first > 0 else TOPIC
                for m in range(first, k + 1):
                    hints[m] = PositionHint(anchor, compass_bearing(after.group("dir")), _km(after.group("km")), _BEARING_KM)
        window_start = max(spans[k - 1][1], spans[k][0] - _WINDOW)
        leading = _ANAPHORIC_LEADING.search(sentence, window_start, spans[k][0])
        if leading is None:
            continue
        hint = PositionHint(k - 1, compass_bearing(leading.group("dir")), _km(leading.group("km")))
        while k < len(spans):
            hints[k] = hint
            if k + 1 >= len(spans) or not _LIST_GAP.fullmatch(sentence, spans[k][1], spans[k + 1][0]):
                break
            k += 1


_NEAR_GAP = re.compile(
    r",?\s+(?:(?:just|right|close)\s+)?(?:near|outside|next\s+to|close\s+to)\s+(?:the\s+(?:city|town|village)\s+of\s+)?",
    re.IGNORECASE,
)


def _near_hints(sentence: str, spans: Sequence[tuple[int, int]], hints: list[PositionHint | None]) -> None:
    """ "the village of Pryvilne near Huliaipole", "in Vorozhba, near Bilopillia,": a name placed by the one right
    after it, with no bearing
    (a hint a bearing or distance gives, read before, stands). Not a name that is itself a bearing's anchor
    ("west of Kreminna near Terny": Terny lies by Kreminna) or a namesake set apart ("the Andriivka near
    Bakhmut", "not to be confused with the town of Mykolaivka near Sloviansk": another place of the name)."""
    for i in range(len(spans) - 1):
        if hints[i] is None and _NEAR_GAP.fullmatch(sentence, spans[i][1], spans[i + 1][0]):
            before = sentence[max(0, spans[i][0] - _WINDOW) : spans[i][0]]
            if _LEADING.search(before) is None and NOTE_BEFORE.search(before) is None and not before.lower().endswith("the "):
                hints[i] = PositionHint(i + 1, None, None)


_KIND_BEARING_END = re.compile(
    rf"\b(?:the|this|that)\s+(?:[\w-]+\s+){{0,2}}?{_KIND}\s+(?:{_DISTANCE}\s*)?(?:(?:just|directly|further|farther)\s+)?"
    rf"{_DIRECTION}\s+of\s+{_HELD}$",
    re.IGNORECASE,
)


def _label_hints(sentence: str, spans: Sequence[tuple[int, int]], hints: list[PositionHint | None]) -> None:
    """ "Oleksandrivka: people in the coastal village west of Kherson welcome ...": a caption's label placed by the
    bearing its text gives "the village" from another name."""
    for j in range(1, len(spans)):
        if (bearing := _KIND_BEARING_END.search(sentence, spans[0][1], spans[j][0])) is not None:
            hints[0] = PositionHint(j, compass_bearing(bearing.group("dir")), _km(bearing.group("km")), _BEARING_KM)
            return


_ROAD_GAP = re.compile(
    r",\s+(?:(?:a|an|the|two|three|both|several)\s+)?(?:[\w-]+\s+)?(?:villages?|towns?|settlements?|hamlets?)\s+on\s+the\s+"
    r"(?:[\w-]+\s+)?(?:road|highway)\s+(?:from|to|between)\s+",
    re.IGNORECASE,
)
_ROAD_KM = 40.0
"""How far from a town a place on the road to it is looked for: the first stretch of the road."""


def _road_hints(sentence: str, spans: Sequence[tuple[int, int]], hints: list[PositionHint | None]) -> None:
    """ "Makiivka and Nevske, villages on the road from Kreminna to Svatove": names placed by the first town of the road
    the words after them name (each of a list before them)."""
    for i in range(len(spans) - 1):
        if hints[i] is None and _ROAD_GAP.fullmatch(sentence, spans[i][1], spans[i + 1][0]):
            k = i
            while k >= 0 and hints[k] is None:
                hints[k] = PositionHint(i + 1, None, None, _ROAD_KM)
                if k == 0 or not _LIST_GAP.fullmatch(sentence, spans[k - 1][1], spans[k][0]):
                    break
                k -= 1


def _community_hints(sentence: str, spans: Sequence[tuple[int, int]], hints: list[PositionHint | None]) -> None:
    """ "Katerynivka, Oleksandrivka hromada:", "Zelene (Velykyi Burluk community)", "Hatyshche in the Vovchansk
    hromada": a name placed by the community named right after it, within a community's reach of its point."""
    for i in range(len(spans) - 1):
        a, b = spans[i + 1]
        if hints[i] is None and _COMMUNITY_GAP.fullmatch(sentence, spans[i][1], a) and _COMMUNITY_NAME.search(sentence, a, b):
            hints[i] = PositionHint(i + 1, None, None, COMMUNITY_RADIUS_KM)


_COMMUNITY_GAP = re.compile(r"\s*(?:,|\(|\s(?:in|of)(?:\s+the)?)\s*", re.IGNORECASE)
_COMMUNITY_NAME = re.compile(r"\s(?:hromada|community)$", re.IGNORECASE)


def _offset(lat: float, lon: float, anchor_lat: float, anchor_lon: float) -> tuple[float, float]:
    """The (east, north) offset in km of ``lat``/``lon`` from the anchor (an equirectangular approximation)."""
    return (lon - anchor_lon) * math.cos(math.radians((lat + anchor_lat) / 2)) * 111.2, (lat - anchor_lat) * 111.2


def _off_bearing(bearing: float, x: float, y: float) -> float:
    """How many degrees the direction of the offset (``x``, ``y``) lies off ``bearing``."""
    return abs((math.degrees(math.atan2(x, y)) % 360 - bearing + 180) % 360 - 180)


def degrees_off(bearing: float, lat: float, lon: float, anchor_lat: float, anchor_lon: float) -> float:
    """How many degrees the direction from the anchor to ``lat``/``lon`` lies off ``bearing``."""
    return _off_bearing(bearing, *_offset(lat, lon, anchor_lat, anchor_lon))


_OPPOSED_DEGREES = 100.0
_OPPOSED_KM = 5.0


def opposes(hint: PositionHint, lat: float, lon: float, anchor_lat: float, anchor_lon: float) -> bool:
    """Whether a place at ``lat``/``lon`` lies on the other side of the anchor from where the hint's bearing
    points ("Oleksandrivka, west of Kherson" is not the Oleksandrivka 13 km north-east of it), more than
    5 km away: such a namesake is no rival however near the anchor it lies."""
    if hint.bearing is None:
        return False
    x, y = _offset(lat, lon, anchor_lat, anchor_lon)
    return math.hypot(x, y) > _OPPOSED_KM and _off_bearing(hint.bearing, x, y) > _OPPOSED_DEGREES


def fits(hint: PositionHint, lat: float, lon: float, anchor_lat: float, anchor_lon: float) -> float:
    """How far (in km) a place at ``lat``/``lon`` is from where ``hint`` puts it: 0 when it fits.

    A bearing fits within 60 degrees; a distance within a third of it (and 5 km); with no distance,
    a place is expected within the hint's reach of its anchor: 35 km for a bearing right after its
    name ("Petrivka, west of Kupiansk"), 15 km for a list near it ("northwest of Lyman near A"),
    as reports name the nearest town.
    """
    x, y = _offset(lat, lon, anchor_lat, anchor_lon)
    km = math.hypot(x, y)
    miss = 0.0
    if hint.km is not None:
        miss += max(0.0, abs(km - hint.km) - max(5.0, hint.km / 3))
    elif km > hint.reach:
        miss += (km - hint.reach) * 1.5
    if hint.bearing is not None and km > 2.0:
        off = _off_bearing(hint.bearing, x, y)
        if off > 60:
            miss += km * math.sin(math.radians(min(off - 60, 90)))
    return miss
