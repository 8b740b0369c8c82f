"""Namesakes decided by what the text calls a place: "the town of Borova", "Borova, a town that Ukrainian forces
retook" (a town, not the hamlet of its name), "Rivne, a hamlet of a few hundred people" (not the city), "Vasylivka, the raion centre" (the raion's seat), and where in its
oblast it lies: "Lozova, a rail junction in the south of the region" (the city in the oblast's south, not the villages
of its name by the front); "Krasnopillia, near the Russian border" (the town in an oblast on that border).

A newsroom calls a place a town or a city when it is one: in the annotated reports, 202 of 205 places so called are
a community's seat or larger, or have a thousand people. "Village" says little (a village may seat a community), so
only the larger words count. A part of the oblast is measured from the point GeoNames gives the oblast.
"""

from __future__ import annotations

import re
from collections.abc import Callable, Sequence

from mapper.model import Candidate, Mention, Place
from mapper.reading.analysis import SentenceIndex
from mapper.reading.bearings import BEARINGS, degrees_off
from mapper.reading.geography import km_apart
from mapper.reading.namesakes import Resolution, match_confidence

__all__ = ["by_description", "may_be_a_village"]

_TOWN_BEFORE = re.compile(r"\b(?:towns?|cities|city)\s+of\s+(?:the\s+)?$", re.IGNORECASE)
_TOWN_AFTER = re.compile(
    r",\s+(?:a|the)\s+(?:(?!(?:village|hamlet|settlement|near|in|of|on|by|and|that|which)\b)[\w-]+\s+){0,3}?(?:town|city)\b",
    re.IGNORECASE,
)
_PART_AFTER = re.compile(
    r"(?:,\s+(?:a|an|the)\s+(?:[\w-]+\s+){0,4}?)?,?\s*in\s+the\s+"
    r"(?P<dir>(?:north|south)-?(?:east|west)|north|south|east|west)(?:ern\s+part)?\s+of\s+(?:the\s+)?"
    r"(?P<named>[A-Z][\w’'-]+\s+)?(?:region|oblast|province)\b",
    re.IGNORECASE,
)
# "the village of X", "X, a village ...", "A and B, two villages ...": not a city of the name
_VILLAGE_BEFORE = re.compile(r"\b(?:village|hamlet)s?\s+of\s+$", re.IGNORECASE)  # (not "the villages of the X area")
_VILLAGE_AFTER = re.compile(
    r",\s+(?:a|an|the|two|three|four|both|several)\s+(?:(?!(?:town|city|near|in|of|on|by|and|that|which)\b)[\w-]+\s+){0,2}?"
    r"(?:villages?|hamlets?)\b|,\s+(?:small\s+|frontline\s+|front-line\s+)?(?:villages|hamlets)\b",
    re.IGNORECASE,
)
_VILLAGE_PEOPLE = 20_000
"""No place called a village is an oblast's centre or holds this many people."""
_SEAT_BEFORE = re.compile(r"\b(?:raion|district)\s+(?:centres?|centers?|seats?)\s+of\s+$", re.IGNORECASE)
_SEAT_AFTER = re.compile(
    r",\s+(?:a|the|its)\s+(?:(?:former|old|local)\s+)?(?:raion|district)\s+(?:centre|center|seat|capital)\b", re.IGNORECASE
)
_SEAT_KINDS = frozenset({"PPLC", "PPLA", "PPLA2"})
"""What a raion's centre is in GeoNames: the seat of a raion (PPLA2), or a city that seats its oblast as well."""
_BORDER_BEFORE = re.compile(r"\b(?:the\s+)?border\s+(?:towns?|villages?|cit(?:y|ies)|settlements?)\s+of\s+$", re.IGNORECASE)
_BORDER_AFTER = re.compile(
    r",\s+(?:(?:a|the)\s+(?:[\w-]+\s+){0,2}?(?:town|village|city|settlement)\s+)?(?:right\s+|just\s+)?"
    r"(?:near|on|by|at|along|close\s+to|next\s+to)\s+the\s+(?P<russian>russian\s+|state\s+)?border\b",
    re.IGNORECASE,
)
_BY_RUSSIA = frozenset({"02", "05", "07", "14", "21"})
"""The oblasts on the border with Russia (GeoNames admin1 codes): Chernihiv, Donetsk, Kharkiv, Luhansk, Sumy."""
_BY_BELARUS = frozenset({"02", "13", "19", "24", "27"})
"""The oblasts on the border with Belarus: Chernihiv, Kyiv, Rivne, Volyn, Zhytomyr."""
_TOWN_KINDS = frozenset({"PPLC", "PPLA", "PPLA2", "PPLA3"})
_TOWN_PEOPLE = 1000
_PART_DEGREES = 67.5
_PART_KM = 25.0
"""How far from its oblast's point a place in a part of the oblast lies at least."""


def by_description(
    mentions: Sequence[Mention],
    sentences: SentenceIndex,
    chosen: list[Resolution | None],
    pending: dict[int, tuple[Candidate, ...]],
    region_of: Callable[[str], Place | None] | None = None,
) -> None:
    """Keep, of each open name's namesakes, those that are what the text calls the place (a town or a city) and
    lie where it says in their oblast; a name left with one is decided."""
    for i in list(pending):
        mention = mentions[i]
        if mention.kind != "settlement" or all(c.place.feature_code.startswith("ADM") for c in pending[i]):
            continue  # (a raion is no town nor village: "a village of Pokrovsk Raion" calls the village so)
        before, after = _around(sentences, i)
        kept, said = pending[i], []
        called = _called_in_its_label(sentences, i)
        if _TOWN_BEFORE.search(before) or _TOWN_AFTER.match(after) or called in ("town", "city"):
            kept, said = _narrowed(kept, _is_a_town), ["a town"]
        elif _VILLAGE_BEFORE.search(before) or _VILLAGE_AFTER.match(after) or called in ("village", "hamlet"):
            # "Rivne, a hamlet of a few hundred people": not the city of Rivne
            kept, said = _narrowed(kept, may_be_a_village), ["a village"]
        if _SEAT_BEFORE.search(before) or _SEAT_AFTER.match(after):
            # "Vasylivka, the raion centre,": the town that seats a raion, not the villages of its name
            kept, said = _narrowed(kept, lambda place: place.feature_code in _SEAT_KINDS), [*said, "a raion centre"]
        if (border := _BORDER_AFTER.match(after)) is not None or _BORDER_BEFORE.search(before):
            # "Krasnopillia, near the Russian border", "the border village of X": in an oblast on the border
            oblasts = _BY_RUSSIA if border is None or border.group("russian") else _BY_RUSSIA | _BY_BELARUS
            kept, said = _narrowed(kept, lambda place, o=oblasts: place.admin1_code in o), [*said, "by the border"]
        part = _PART_AFTER.match(after) if region_of is not None and " of " in after else None
        if part is not None:
            direction, regions = part.group("dir").lower().replace("-", ""), region_of
            kept = _narrowed(kept, lambda place, b=BEARINGS[direction], r=regions: _lies_in_part(place, b, r))
            if not part.group("named"):  # "the region": the one the report is about
                kept = _in_the_reports_oblast(kept, mentions, chosen)
            said.append(f"in the {direction} of its oblast")
        if kept is pending[i]:
            continue
        if len(kept) == 1:
            chosen[i] = Resolution(kept[0].place, f"position given ({', '.join(said)})", 0.8 * match_confidence(kept[0]))
            del pending[i]
        else:
            pending[i] = kept


def _in_the_reports_oblast(
    candidates: tuple[Candidate, ...], mentions: Sequence[Mention], chosen: list[Resolution | None]
) -> tuple[Candidate, ...]:
    """The candidates in the oblast the report's places decided so far lie in most often (its oblasts named count
    double), where some are."""
    counts: dict[str, int] = {}
    for mention, resolution in zip(mentions, chosen, strict=True):
        if resolution is not None and resolution.place is not None:
            code = resolution.place.admin1_code
            counts[code] = counts.get(code, 0) + (2 if mention.kind == "region" else 1)
    for code in sorted(counts, key=counts.__getitem__, reverse=True):
        inside = tuple(c for c in candidates if c.place.admin1_code == code)
        if inside:
            return inside
    return candidates


_LABEL_ANAPHOR = re.compile(r"\s*:[^.;:]*?\bthe\s+(?P<noun>village|hamlet|town|city)\b(?!\s+(?:of|council|hall|administration)\b)",
                            re.IGNORECASE)
"""A caption's label and what the line after it calls the place: "Kamianske: troops repel an assault on the village"."""


def _called_in_its_label(sentences: SentenceIndex, i: int) -> str | None:
    """What the line calls a place that opens it as its label, where it names no other place before saying so."""
    analysis, k = sentences.of(i)
    if k != 0:
        return None
    called = _LABEL_ANAPHOR.match(analysis.text, analysis.spans[0][1])
    if called is None or (len(analysis.spans) > 1 and analysis.spans[1][0] < called.end()):
        return None
    return called.group("noun").lower()


def _around(sentences: SentenceIndex, i: int) -> tuple[str, str]:
    """The words before the list a mention belongs to, and those right after the mention (after the list, where the
    words that follow the mention only go on with it: "A and B, villages on the road to C")."""
    analysis, k = sentences.of(i)
    groups, text, spans = analysis.groups, analysis.text, analysis.spans
    first = next(m for m in range(k + 1) if groups[m] == groups[k])
    last = k
    while last + 1 < len(spans) and groups[last + 1] == groups[k] and _LIST_GOES_ON.fullmatch(text, spans[last][1], spans[last + 1][0]):
        last += 1
    return text[max(0, spans[first][0] - 40) : spans[first][0]], text[spans[last][1] : spans[last][1] + 90]


_LIST_GOES_ON = re.compile(r"\s*,\s*|\s*,?\s+(?:and|or)\s+", re.IGNORECASE)
"""The joint of a plain list, after whose end the words that describe its members stand."""


def _narrowed(candidates: tuple[Candidate, ...], keep: Callable[[Place], bool]) -> tuple[Candidate, ...]:
    """The candidates ``keep`` accepts, where it accepts some and not all; else all of them."""
    kept = tuple(c for c in candidates if keep(c.place))
    return kept if kept and len(kept) < len(candidates) else candidates


def _is_a_town(place: Place) -> bool:
    """Whether a text may call a place a town: a community's seat or larger, or a place of a thousand people, and
    not a section of a city (PPLX: its population is the city's)."""
    return place.feature_class == "P" and place.feature_code != "PPLX" and (
        place.feature_code in _TOWN_KINDS or place.population >= _TOWN_PEOPLE
    )


def may_be_a_village(place: Place) -> bool:
    """Whether a text may call a place a village: no oblast's centre, nor a place of 20,000 people or more."""
    return place.feature_code not in ("PPLC", "PPLA") and place.population < _VILLAGE_PEOPLE


def _lies_in_part(place: Place, bearing: float, region_of: Callable[[str], Place | None]) -> bool:
    """Whether ``place`` lies that way from its oblast's point (within 67.5 degrees: the compass word's own sector
    and half of each beside it), and well away from it."""
    region = region_of(place.admin1_code)
    if region is None or km_apart(place, region) < _PART_KM:
        return False
    return degrees_off(bearing, place.latitude, place.longitude, region.latitude, region.longitude) <= _PART_DEGREES
