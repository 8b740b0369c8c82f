"""A place named before its event: fronted ("In Izium, ... soldiers hoisted the flag") or a caption's label
("Kupiansk: shelling hits the hospital", "Esman hromada: drone drops"). The main clause's cue, or the event after
the label, tells of the place, and an oblast named after the label only locates it; a step of
:mod:`mapper.reading.status`.
"""

from __future__ import annotations

import re
from collections.abc import Callable, Sequence

from mapper._types import MentionKind
from mapper.reading import captionwords, grammar, locators, parts, pronouns
from mapper.reading import sides as side_words
from mapper.reading.clauses import label_end
from mapper.reading.cuefinder import Cue, words
from mapper.reading.cuereading import StatusReading, _reading
from mapper.reading.lists import DISTRICT_WORDS, region_of_a_town
from mapper.reading.takers import Sides

__all__ = ["fronted", "held_in_frame", "only_states", "regions_after_a_label", "state_of_a_label"]

_OCCUPIED_FRAME = re.compile(
    r"\s*(?:in|on|across)\s+(?:the\s+)?(?:temporarily\s+)?(?:russian-)?occupied\s+(?:territor(?:y|ies)|areas|parts?\s+of\s+[^,;]{1,40}?)\s*,",
    re.IGNORECASE,
)
"""A sentence set in occupied ground: "In the temporarily occupied territories, drones struck a depot near A"."""

_RITE = re.compile(r"\s*(?:an?\s+|the\s+)?(?:funerals?|burials?|farewells?|memorials?|mourn\w*|wakes?)\b", re.IGNORECASE)
"""A label's event that is a rite for the dead: where they died the caption tells apart, if anywhere."""


_LEFT_FROM = re.compile(r"\bfrom\s+(?:the\s+)?$", re.IGNORECASE)
"""The place a withdrawal is from: the cue's own object, not the label's ("Yunakivka: units pull back from Sudzha")."""


def fronted(
    sentence: str,
    spans: Sequence[tuple[int, int]],
    kinds: Sequence[MentionKind],
    cues: list[Cue],
    tail: int,
    sides: Sides,
    after: int | None = None,
    changes: bool = False,
) -> list[StatusReading]:
    """ "In Izium, ... soldiers hoisted the flag": the main clause's cue applies to the fronted place;
    so does the event a label introduces (``after``: where the label ends, "Kupiansk: shelling hits
    the hospital"); a capture or a withdrawal only where asked for (``changes``: the main clause told of an
    attack on the place, then of its change of hands)."""
    end = spans[tail][1]
    if after is not None and _RITE.match(sentence, after):
        return []  # "Zolochiv: funeral of volunteers killed when a drone hit their car near Vovchansk": mourned here
    if after is not None:
        end = after
    elif not grammar.FRONTED_END.match(sentence, end) and not grammar.AT_WORK_START.match(sentence):
        return []  # ("Rescuers in X are searching the rubble of a building hit by a missile": no comma needed)
    if (after is not None and all(kinds[k] in ("region", "raion") for k, (a, _) in enumerate(spans) if a < after)
            and any(a >= after and kinds[k] == "settlement" for k, (a, _) in enumerate(spans))):
        return []  # "Mykolaiv Oblast: shelling ... hits houses in Kutsurub": the oblast only locates the village
    found: list[StatusReading] = []
    for cue in cues:
        if cue.start < end or not (cue.family in ("att", "flag", "lib") or (cue.family in ("gain", "loss") and (after is not None or changes))
                                   or (after is not None and cue.text.lower().startswith("occupation "))  # "X: occupation officials ..."
                                   or (after is not None and cue.family == "occ" and grammar.TOWN_AFTER.match(sentence, cue.end))):
            continue  # ("X: shelling damages houses in the Russian-held town": the label's town, held)
        if after is None and cue.family in ("gain", "loss") and not (
            _BARE_CHANGE_END.match(sentence, cue.end) and side_words.MILITARY.search(sentence, max(0, cue.start - 40), cue.start)
        ):
            continue  # (asked for changes: an army's verb with no object, "..., and Ukrainian forces withdrew on 24 June")
        if cue.text.lower().startswith("claim") and any(0 <= other.start - cue.end <= 1 for other in cues):
            continue  # "X: Russian MoD claims gains near the village": what is claimed is the next cue's
        if _IN_RELATIVE.search(sentence, end, cue.start):
            continue  # "In the X area, drones hit A, where a pipeline was damaged": the clause is A's, not the frame's
        if cue.passive and cue.grammar != "back" and any(
            kinds[k] == "settlement" and end <= a < cue.start and not _a_district(sentence, spans[k])
            and ";" not in sentence[a : cue.start]
            and sentence[a:b].split()[0] != sentence[spans[tail][0] : spans[tail][1]].split()[0]
            for k, (a, b) in enumerate(spans)
        ):  # (not the label's own town: "Illinivka hromada: 2 people wounded in Illinivka")
            continue  # "Kupiansk: rescuers clear rubble a day after houses in Kivsharivka were damaged": Kivsharivka's
        if (speech := side_words.SPEECH.search(sentence, end, cue.start)) is not None and any(
            kinds[k] == "settlement" and speech.end() <= a < cue.start for k, (a, _) in enumerate(spans)
        ):
            continue  # "In Kyiv, the minister said that Robotyne was retaken": where the words were said
        if cue.family == "loss" and (grammar.THING_AFTER.match(sentence, cue.end) or (
                cue.text.lower().startswith("le") and not side_words.MILITARY.search(sentence, end, cue.start))):
            continue  # "Pavlohrad: an Iskander leaves a crater", "X: bags left outside the station": no army withdrawing
        objects = [k for k, (a, _) in enumerate(spans) if a >= cue.end and words(_KIND_OF_END.sub("", sentence[cue.end : a])) <= cue.reach
                   and not _NEXT_CLAUSE.search(sentence, cue.end, a)]  # (not ", and in Y our artillery ...": Y's clause)
        if objects and pronouns.ANAPHOR_OBJECT.match(sentence, cue.end):
            objects = []  # "X: drones pound the village three days after Kyiv announced ...": its object is the label's place
        elif objects and cue.family == "loss" and _WITHDRAWN_TO.search(sentence, cue.end, spans[objects[0]][0]):
            objects = []  # "A and B: troops have pulled back to a line near C": where they went, not what they left
        if kinds[tail] != "raion" and not (objects and _a_district(sentence, spans[objects[0]])) and any(
            kinds[k] not in ("raion", "other")
            and (not locators.REFERENCE_BEFORE.search(sentence, max(0, spans[k][0] - 40), spans[k][0])  # "pull out ... west of X"
                 or cue.family == "loss" and _LEFT_FROM.search(sentence, max(0, spans[k][0] - 12), spans[k][0]))  # "pull back from X"
            and not _APPROACHES_TO.search(sentence, max(0, spans[k][0] - 30), spans[k][0])  # "A: fighting on the approaches to X"
            and not _a_district(sentence, spans[k])
            and not grammar.MODIFIER.match(sentence[spans[k][1] : spans[k][1] + 40].lstrip(" "))  # ("a Kozak armoured car")
            and not region_of_a_town(sentence, spans[k])  # ("in the northern Kherson Oblast town": the label's town)
            for k in objects
        ):
            # the cue has an object of its own (a district is inside the fronted city, and the city is struck where its
            # district is, whatever villages the list goes on to: "In Kherson, shelling of the Dniprovskyi district and
            # of nearby A"; a raion's village is in it)
            continue
        if pronouns.ANAPHOR_OBJECT.match(sentence, cue.end) and any(
            kinds[k] == "settlement" and end <= a < cue.start for k, (a, _) in enumerate(spans)
        ):
            continue  # "In Kharkiv, ... a burial site at Izium after Ukrainian forces retook the town": the town named nearer
        if cue.family in ("gain", "lib") and (parts.POSITIONS.match(sentence, cue.end) or _GROUND.match(sentence, cue.end) or (
            (part := parts.BUILDINGS.match(sentence, cue.end)) is not None and not _AND_THE_TOWN.match(sentence, part.end())
        )):  # ("X: brigade clears most of the plant": fought in X; not "troops seize the plant and the town")
            cue = cue._replace(family="att")  # "X: Russian troops take positions on the outskirts": fought at, not taken
            # ("X: a counterattack regained ground in the west of the town": the same)
        elif after is not None and not sentence[after : cue.start].strip() and cue.text.lower().rstrip().endswith(_PARTICIPLE_ENDS):
            cue = cue._replace(passive=True)  # "A and B: taken in a tank thrust": the label's places were taken
        found.extend(_reading(sentence, cue, sides, confidence=0.6 if after is None else 0.7))
    if (not found and after is not None and not _ALERT.search(sentence, after)
            and (weapons := captionwords.LABEL_WEAPONS.search(sentence, after)) is not None
            and not grammar.NO_BEFORE.search(sentence, max(0, weapons.start() - 24), weapons.start())):  # ("no missile strikes")
        # "Esman hromada: drone drops (4 explosions)": the label's place was struck, though no verb says so
        found.append(StatusReading("attacked", weapons.group(), 0.6))
    return found


_BARE_CHANGE_END = re.compile(
    r"\s*(?:$|[.;,]|(?:on|in|by|at|during|overnight|after|before|later|finally|eventually|the\s+same|the\s+next)\b)", re.IGNORECASE
)
"""What may follow a change of hands told of a fronted place with no object of its own: a time, or the clause's end."""
_GROUND = re.compile(r"\s*(?:(?:some|more|lost|the|much)\s+)?(?:ground|territory)\b", re.IGNORECASE)
"""Ground as a change's object: gained or regained, it is fought over, the label's place not taken."""
_AND_THE_TOWN = re.compile(r"\s+and\s+(?:of\s+)?(?:the|its)\s+(?:[\w-]+\s+)?(?:town|city|village|settlement)\b", re.IGNORECASE)
"""A works taken together with its town: "troops seize the plant and the town" (the label's town changed hands)."""
_KIND_OF_END = re.compile(r"\s(?:the\s+)?(?:[\w-]+\s+)?(?:village|town|city|settlement)s?\s+of\s+$", re.IGNORECASE)
"""The kind before a cue's object ("left the village of X"): no word between the cue and its object."""
_PARTICIPLE_ENDS = ("ed", "taken", "retaken", "overrun")
_APPROACHES_TO = re.compile(r"\bapproach(?:es)?\s+to\s+(?:the\s+)?$", re.IGNORECASE)
"""A town whose approaches the label's places are: "A and B: heavy fighting on the southern approaches to X"."""
_WITHDRAWN_TO = re.compile(
    r"\b(?:to|towards?)\s+(?:(?:a|the|new|their|its)\s+)?(?:[\w-]+\s+){0,3}?(?:(?:near|around|at|outside|by)\s+)?$", re.IGNORECASE
)
"""Where a withdrawal went: "pulled back to a line near", "withdrew to new positions around"."""
_ALERT = re.compile(r"\b(?:air[- ]raid|alerts?|alarms?|sirens?|approach\w*|heading\s+(?:for|towards?)|warnings?|threat)\b",
                    re.IGNORECASE)
"""What a label's line says of weapons that have not struck: "Kharkiv: air-raid alert as drones approach the city"."""
_NEXT_CLAUSE = re.compile(r";|,\s*(?:and|but|while|whereas)\s", re.IGNORECASE)
"""Where the clause of a label's cue ends: what comes after is no object of the cue ("X: infantry tries to push into the
outskirts; fighting near A")."""
_IN_RELATIVE = re.compile(r",\s*(?:where|which|whose)\b[^,;:]*$", re.IGNORECASE)
"""A relative clause open where a cue stands: the cue is the clause's antecedent's."""


def held_in_frame(
    sentence: str, kinds: Sequence[MentionKind], readings: list[list[StatusReading]], takes_no_status: Callable[[int], bool]
) -> None:
    """A sentence set in occupied ground ("In the temporarily occupied territories, drones struck a depot near A"): each
    settlement it names, that names no state of its own, is held (``readings`` in place)."""
    if (frame := _OCCUPIED_FRAME.match(sentence)) is None:
        return
    for i, kind in enumerate(kinds):
        if kind == "settlement" and not takes_no_status(i) and all(r.status != "occupied" for r in readings[i]):
            readings[i].append(StatusReading("occupied", frame.group().strip(" ,"), 0.7, False))


def _a_district(sentence: str, span: tuple[int, int]) -> bool:
    """Whether the name at ``span`` is a city's district ("the Dniprovskyi district", "Kyivskyi district")."""
    a, b = span
    return sentence[a:b].lower().endswith(DISTRICT_WORDS) or sentence[b : b + 16].lower().lstrip().startswith(DISTRICT_WORDS)


def state_of_a_label(sentence: str, forward: Cue | None, head: int) -> bool:
    """Whether the cue before a label's place only says its state ("Occupied Melitopol: ...")."""
    return forward is not None and forward.family in ("occ", "held") and bool(captionwords.LABEL_STATE.fullmatch(sentence, 0, head))


def only_states(found: list[StatusReading]) -> bool:
    """Whether the readings say only who holds the place ("Kurakhove, occupied since December 2024: ..."):
    a label's event may follow."""
    return all(r.status == "occupied" and not r.change for r in found)


def regions_after_a_label(
    sentence: str,
    spans: Sequence[tuple[int, int]],
    kinds: Sequence[MentionKind],
    groups: Sequence[int],
    readings: list[list[StatusReading]],
) -> None:
    """A caption's label says where its event happened; an oblast named after it only locates ("Dzhankoi: explosions
    at an airfield in occupied Crimea": struck at Dzhankoi, Crimea held). So the visible gold reads it, 14 times of 14."""
    tail = 0
    while tail + 1 < len(spans) and groups[tail + 1] == groups[0]:
        tail += 1
    stop = label_end(sentence, spans, kinds, 0, tail)
    if stop is not None:
        for i, (start, _) in enumerate(spans):
            if kinds[i] == "region" and start >= stop:
                readings[i] = [r for r in readings[i] if r.status != "attacked"]
