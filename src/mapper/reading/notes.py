"""Namesakes a text tells apart itself: "retook Husarivka, which should not be confused with the
Husarivka near Barvinkove", "Vodiane (not the Vodiane near Vuhledar)", "this Opytne is not the Opytne
near Avdiivka"; and a place the text names twice, under two names ("Pokrovsk, which Russian officials
call Krasnoarmeysk"): the place both names can stand for.

The note names the other namesake by a place near it. The note's own mention of the name is that
other namesake (the one nearest the place it names); every other mention of the name in the report
is not: its namesake near that place is set aside.
"""

from __future__ import annotations

import re
from collections.abc import Sequence

from mapper.model import Candidate, Mention, Place
from mapper.reading import locators
from mapper.reading.bearings import compass_bearing, degrees_off
from mapper.reading.geography import km_apart
from mapper.reading.namesakes import Resolution, largest_first, within

__all__ = ["by_alias_note", "by_disambiguation_note", "by_same_name_note"]


# Between the other namesake's name and the place that locates it: "near", "in", "outside", "north of".
_LOCATED_BY = re.compile(
    r"(?:\s*,\s*(?:the|a)\s+(?:[\w-]+\s+)?(?:city|town|village|settlement)|\s*,)?"  # "Makiivka, the city east of Donetsk"
    r"\s+(?:near|outside|close\s+to|in|by|(?:north|south|east|west)(?:-?(?:east|west))?\s+of)\s+(?:the\s+)?"
    r"(?:(?:city|town|village)\s+of\s+)?$"  # ("near the town of Synelnykove")
    r"|\s*[,(]\s*$",  # a hatnote's title: "see Kreminna, Khmelnytskyi Oblast", "see Trostianets (Vinnytsia Oblast)"
    re.IGNORECASE,
)
_BY_SIZE = ("town a direction is named after",)
"""How a name is decided by the size of its namesakes alone, before the note is read ("the Stepnohirsk-Kamianske
sector": the city of Kamianske): a note setting that namesake apart outweighs it."""
_BESIDE_KM = 30.0
"""How far from the place a note names the other namesake may lie."""
_NOTE_WINDOW = 80
"""How far before a name its note may start ("For the village in Dnipropetrovsk Oblast, see ")."""


def by_disambiguation_note(
    mentions: Sequence[Mention], chosen: list[Resolution | None], pending: dict[int, tuple[Candidate, ...]]
) -> None:
    """Decide the mentions of a name that a note in the text tells apart from its namesake near another place."""
    for k, other in enumerate(mentions):
        offset = other.start - other.sentence_start
        note = locators.NOTE_BEFORE.search(other.sentence, max(0, offset - _NOTE_WINDOW), offset)
        at = None if note is None else _where_noted(mentions, k, other.sentence_start + note.start())
        if at is None:
            continue
        decided = chosen[at]
        if decided is not None and decided.place is not None:
            anchor = decided.place
        elif at in pending:  # a town named to locate a village is the largest of its name
            anchor = largest_first(pending[at], set())[0].place
        else:
            continue
        if anchor.is_region:  # "the town of Lyman in Donetsk Oblast": the largest of the name in the oblast
            inside = largest_first(tuple(c for c in other.candidates if c.place.admin1_code == anchor.admin1_code), set())
            if not inside:
                continue
            nearest = inside[0]
            # unless the note goes on to place it by a town: "Andriivka in Donetsk Oblast, south of Bakhmut"
            town = _town_after(mentions, chosen, pending, at)
            if town is not None and (by_town := [c for c in inside if km_apart(c.place, town) <= _BESIDE_KM]):
                nearest = min(by_town, key=lambda c: km_apart(c.place, town))
        else:  # (beside the town, or along the bearing the note gives: "the city of Kostiantynivka north of Horlivka")
            gap = mentions[at].sentence[other.end - other.sentence_start : mentions[at].start - mentions[at].sentence_start]
            bearing = compass_bearing(found.group(1)) if (found := _BEARING_OF.search(gap)) else None
            near = [c for c in other.candidates if km_apart(c.place, anchor) <= _BESIDE_KM] or [
                c for c in other.candidates if bearing is not None and _lies_as_noted(c.place, anchor, bearing)]
            closest = min((km_apart(c.place, anchor) for c in near), default=0.0)
            if bearing is not None and (along := [c for c in near if _lies_as_noted(c.place, anchor, bearing)
                                                  and km_apart(c.place, anchor) <= max(2 * closest, closest + 10)]):
                near = along  # ("the town of Krasnohorivka west of Donetsk": not the namesake as near it to the north;
                # but a bearing said loosely does not outweigh a namesake three times nearer)
            if not near:
                continue
            nearest = min(near, key=lambda c: km_apart(c.place, anchor))
        by = "in" if anchor.is_region else "near"
        chosen[k] = Resolution(nearest.place, f"named apart ({by} {anchor.name})", 0.9)
        pending.pop(k, None)
        for i, mention in enumerate(mentions):
            if i == k or mention.surface != other.surface:
                continue
            if i not in pending:
                decided = chosen[i]
                if not (  # decided for the namesake set apart by the oblast the note itself names, or by size alone
                    decided is not None and decided.place is not None and decided.place.geonameid == nearest.place.geonameid
                    and (decided.how.startswith(_BY_SIZE)
                         or mention.sentence_start == other.sentence_start and decided.how.startswith("admin named nearby"))
                ):
                    continue
                pending[i] = mention.candidates
            rest = tuple(c for c in pending[i] if c.place.geonameid != nearest.place.geonameid)
            if len(rest) == 1:
                chosen[i] = Resolution(rest[0].place, f"named apart (not the one {by} {anchor.name})", 0.8)
                del pending[i]
            elif rest:
                pending[i] = rest


def _where_noted(mentions: Sequence[Mention], k: int, note_start: int) -> int | None:
    """The mention that places the namesake a note before mention ``k`` (starting at ``note_start``) sets apart: the one
    right after the name ("confused with Husarivka near Barvinkove", "see Huliaipole (Dnipropetrovsk Oblast)"), else a
    division the note names before it ("For the city in Dnipropetrovsk Oblast, see Kamianske"); ``None`` without."""
    other = mentions[k]
    if k + 1 < len(mentions) and (where := mentions[k + 1]).sentence_start == other.sentence_start and _LOCATED_BY.fullmatch(
        other.sentence, other.end - other.sentence_start, where.start - where.sentence_start
    ):
        return k + 1
    last = k  # the series a note names, then one place for all: "with the city of A or the town of B, both in X Oblast"
    while last + 1 < len(mentions) and _same_sentence_gap(mentions, last, _NOTE_SERIES) is not None:
        last += 1
    if last + 1 < len(mentions) and _same_sentence_gap(mentions, last, _BOTH_IN) is not None:
        return last + 1
    if k > 0 and (before := mentions[k - 1]).sentence_start == other.sentence_start and before.start >= note_start and (
        before.kind in ("region", "raion")
    ):
        return k - 1
    return None


def _same_sentence_gap(mentions: Sequence[Mention], k: int, pattern: re.Pattern[str]) -> re.Match[str] | None:
    """``pattern`` matched on the whole gap between mention ``k`` and the next, when both stand in one sentence."""
    first, second = mentions[k], mentions[k + 1]
    if second.sentence_start != first.sentence_start:
        return None
    return pattern.fullmatch(first.sentence, first.end - first.sentence_start, second.start - second.sentence_start)


_NOTE_SERIES = re.compile(r"\s*,?\s+(?:or|nor|and)\s+(?:with\s+)?(?:the\s+)?(?:(?:city|town|village|settlement)\s+of\s+)?", re.IGNORECASE)
_BOTH_IN = re.compile(r"\s*,\s*(?:both|all)\s+(?:in|near)\s+(?:the\s+)?", re.IGNORECASE)

_BEARING_OF = re.compile(r"\b((?:north|south|east|west)(?:-?(?:east|west))?)\s+of\b", re.IGNORECASE)

_TOWN_AFTER = re.compile(
    r"\s*,?\s+(?:near|outside|close\s+to|(?:north|south|east|west)(?:-?(?:east|west))?\s+of)\s+(?:the\s+)?"
    r"(?:(?:city|town|village)\s+of\s+)?",
    re.IGNORECASE,
)


def _town_after(
    mentions: Sequence[Mention], chosen: list[Resolution | None], pending: dict[int, tuple[Candidate, ...]], j: int
) -> Place | None:
    """The town a note names right after the division at mention ``j`` to place the namesake ("in Donetsk Oblast, south
    of Bakhmut"): its decided place, else the largest of its name."""
    if j + 1 >= len(mentions) or mentions[j + 1].sentence_start != mentions[j].sentence_start:
        return None
    where, town = mentions[j], mentions[j + 1]
    if not _TOWN_AFTER.fullmatch(where.sentence, where.end - where.sentence_start, town.start - town.sentence_start):
        return None
    decided = chosen[j + 1]
    if decided is not None and decided.place is not None:
        return decided.place
    return largest_first(pending[j + 1], set())[0].place if pending.get(j + 1) else None


# Between a place's name and another name of it: "Pokrovsk, which Russian officials call Krasnoarmeysk", "Krasnoarmeysk,
# the logistics hub that Ukraine calls Pokrovsk", "Bakhmut, known in Russia as Artemovsk", "Myrnohrad, formerly Dimitrov".
_ALIAS_GAP = re.compile(
    r"\s*[,(]\s*(?:(?:the|a|an)\s+(?:[\w’'-]+\s+){0,3}?)?"
    r"(?:(?:which|that|whom)\s+(?:[\w’'-]+\s+){1,4}?(?:calls?|called|names?|named)|(?:known|called|named|renamed)\s+"
    r"(?:[\w’'-]+\s+){0,4}?(?:as\s+)?|formerly|previously)\s+(?:the\s+)?$",
    re.IGNORECASE,
)


def by_alias_note(
    mentions: Sequence[Mention], chosen: list[Resolution | None], pending: dict[int, tuple[Candidate, ...]]
) -> None:
    """Two names the text gives one place ("Pokrovsk, which Russian officials call Krasnoarmeysk") stand for a
    place both can name: "Krasnoarmeysk" is Pokrovsk there, not the village of Vyshneve that once had the name."""
    for k, first in enumerate(mentions[:-1]):
        second = mentions[k + 1]
        if second.sentence_start != first.sentence_start or not _ALIAS_GAP.fullmatch(
            first.sentence, first.end - first.sentence_start, second.start - second.sentence_start
        ):
            continue
        ids = {c.place.geonameid for c in first.candidates} & {c.place.geonameid for c in second.candidates}
        if not ids:
            # "Kamianka-Dniprovska, which locals simply call Kamianka": the short name is the long one's
            named = chosen[k]
            if named is not None and named.place is not None and _short_for(second.surface, first.surface):
                chosen[k + 1] = Resolution(named.place, f"short for {first.surface}", 0.9)
                pending.pop(k + 1, None)
            continue
        # one place for both: the one either was decided for, else the first name's own (the second is its alias:
        # "Dibrova (formerly Chervona Dibrova)" is the Dibrova, not a village still called Chervona Dibrova)
        decided = next((r.place for r in (chosen[k], chosen[k + 1]) if r is not None and r.place is not None
                        and r.place.geonameid in ids), None)
        place = decided or largest_first(tuple(c for c in first.candidates if c.place.geonameid in ids), set())[0].place
        for i, other in ((k, second), (k + 1, first)):
            if chosen[i] is None or chosen[i].place != place:  # type: ignore[union-attr]
                chosen[i] = Resolution(place, f"named as {other.surface}", 0.9)
                pending.pop(i, None)


def _short_for(short: str, name: str) -> bool:
    """Whether ``short`` is the first part of the hyphenated ``name`` ("Kamianka" of "Kamianka-Dniprovska")."""
    head, hyphen, _ = name.partition("-")
    return bool(hyphen) and head.casefold() == short.casefold()


def by_same_name_note(
    mentions: Sequence[Mention], chosen: list[Resolution | None], pending: dict[int, tuple[Candidate, ...]],
    located: dict[int, frozenset[int]] | None = None,
) -> None:
    """A note that sets a namesake apart by where it lies without naming it again ("Vasylivka, not to be confused
    with the district centre of the same name in Zaporizhzhia Oblast"): the name before the note is not the
    namesake there. ``located`` receives, for a name left with several namesakes, the ones it may still be."""
    for j, where in enumerate(mentions):
        offset = where.start - where.sentence_start
        note = locators.SAME_NAME_IN_BEFORE.search(where.sentence, max(0, offset - 50), offset) if j else None
        decided = chosen[j]
        if note is None or decided is None or decided.place is None:
            continue
        bearing = compass_bearing(note.group("bearing"))
        # the name the note is about: the first place of its sentence that has a namesake there ("Vasylivka, a village
        # near Snihurivka not to be confused with the town of the same name in Zaporizhzhia Oblast")
        k = next((m for m in range(j) if mentions[m].sentence_start == where.sentence_start and mentions[m].kind == "settlement"
                  and len(mentions[m].candidates) > 1
                  and any(_lies_as_noted(c.place, decided.place, bearing) for c in mentions[m].candidates)), None)
        if k is None:
            continue
        # (the name's every mention before the note: "near Bilohorivka, the Bilohorivka by Soledar, not the one in ...")
        for i in range(k, j):
            if mentions[i].sentence_start != where.sentence_start or mentions[i].surface != mentions[k].surface:
                continue
            # (the namesakes set apart: all in the oblast the note names; by a town, the nearest that lies where the note
            # says, "the village north of Horlivka")
            lying = [c.place for c in mentions[i].candidates if _lies_as_noted(c.place, decided.place, bearing)]
            if not decided.place.is_region:
                lying = [min(lying, key=lambda place: km_apart(place, decided.place))]
            noted = {place.geonameid for place in lying}
            if i not in pending:
                if chosen[i] is None or chosen[i].place is None or chosen[i].place.geonameid not in noted:  # type: ignore[union-attr]
                    continue
                pending[i] = mentions[i].candidates
            rest = tuple(c for c in pending[i] if c.place.geonameid not in noted)
            if len(rest) == 1:
                chosen[i] = Resolution(rest[0].place, f"named apart (not the one in {decided.place.name})", 0.8)
                del pending[i]
            elif rest:
                pending[i] = rest
                if located is not None:
                    located[i] = frozenset(c.place.geonameid for c in rest)


def _lies_as_noted(place: Place, where: Place, bearing: float | None) -> bool:
    """Whether ``place`` lies in the division ``where`` or, for a settlement, within a note's reach of it: beside
    it, or on the note's bearing from it ("the city of the same name north of Donetsk" lies 60 km north)."""
    if where.is_region or where.is_raion:
        return within(place, where)
    if bearing is not None:
        return km_apart(place, where) <= _BEARING_REACH_KM and degrees_off(
            bearing, place.latitude, place.longitude, where.latitude, where.longitude) <= _BEARING_DEGREES
    return km_apart(place, where) <= _BESIDE_KM


_BEARING_REACH_KM = 80.0
_BEARING_DEGREES = 45.0
"""How far, and how far off its bearing, a namesake a note places by a bearing from a town may lie."""
