"""The scope of a cue: the list of names it governs.

A cue governs the list after it ("Ukrainian forces retook Kupiansk and Izium"), within its reach
and its clause, unless a reference point stands between ("towards X", "east of X"), past places
named on the way of a located attack ("attacked northeast of Kupiansk near A and B"); or the
list before it, as a passive, a participle, a relative clause or an apposition ("Izium,
occupied in April"; "Sviatohirsk, which Russian forces captured"; "Melitopol, the occupied
city"). This module reads the list after a cue (the cue before it that governs it:
:mod:`mapper.reading.governors`); :mod:`mapper.reading.backward` the list before it.
"""

from __future__ import annotations

import re
from collections.abc import Sequence
from itertools import pairwise

from mapper.reading import grammar, locators, parts, sides
from mapper.reading.cuefinder import Cue, words
from mapper.reading.governors import governing_cue, predicate_of_a_place
from mapper.reading.legs import lists_its_object, lists_on, series_leg
from mapper.reading.lists import (
    CLAUSE_JOIN,
    OWN_PREDICATE,
    group_tail,
    strip_parentheses,
)

__all__ = ["event_with_object", "forward_cue"]


def event_with_object(sentence: str, spans: Sequence[tuple[int, int]], cue: Cue) -> bool:
    """Whether a nominal event names its own object right after it ("the strike on X"); a predicate whose subject
    is a place ("Myrnohrad came under attack in Donetsk Oblast") names where it happened, no object."""
    if predicate_of_a_place(sentence, spans, cue):
        return False
    return any(a >= cue.end and grammar.EVENT_OBJECT.fullmatch(sentence, cue.end, a) for a, _ in spans)


def _a_region(spans: Sequence[tuple[int, int]], kinds: Sequence[str], span: tuple[int, int]) -> bool:
    k = spans.index(span)
    return k < len(kinds) and kinds[k] in ("region", "raion")


def forward_cue(
    sentence: str,
    spans: Sequence[tuple[int, int]],
    groups: Sequence[int],
    cues: list[Cue],
    head: int,
    kinds: Sequence[str] = (),
) -> Cue | None:
    start = spans[head][0]
    cue = governing_cue(sentence, spans, cues, start)
    if cue is None:
        return None
    if cue.family == "loss" and cue.text.lower().endswith("ing") and _ARMY_AFTER.match(sentence, cue.end):
        return None  # "the retreating fighters passed through X": an army's adjective, not a place left
    if cue.grammar != "back" and grammar.RELATIVE_OBJECT_END.search(sentence, max(0, cue.start - 50), cue.start):
        return None  # "Berdiansk, which they had captured in February, cut the highway to X": "which" is its object
    if (cue.family in ("lib", "gain", "fall", "occ") and _POSSESSED.search(sentence, max(0, cue.start - 40), cue.start)
            and not cue.text.lower().endswith(" of") and not sentence.startswith(" of ", cue.end)):
        return None  # "its recapture was celebrated in Kyiv": a noun whose object is the owner, not where it was told
    if (head < len(kinds) and kinds[head] == "region" and _OFFENSIVE.match(cue.text)
            and _TIME_FRAME.search(sentence, max(0, cue.start - 50), cue.start)):
        return None  # "held it until the Ukrainian counteroffensive in Kharkiv Oblast": the campaign dates the events
    if cue.family in ("lib", "gain", "loss") and parts.POSITIONS.match(sentence, cue.end, start):
        if cue.family == "loss" and not _POSITIONS_IN.search(sentence, cue.end, start):
            return None  # "withdrew from their positions near X": neither an attack on X nor X changing hands
        if cue.family == "loss":
            return cue  # "no longer hold positions in X", "withdrew from their positions in X": X is left
        # "recaptured positions near X": fighting near X, not X changing hands
        cue = cue._replace(family="att", grammar="near", reach=cue.reach + 6)
    elif cue.family in ("lib", "gain", "loss") and (ground := parts.GROUND_AROUND.match(sentence[cue.end : start])):
        if ground.group("inside") and not any(cue.end <= a and b <= start for a, b in spans):
            return cue._replace(family="att")  # "regained ground in the west of X": fought in X, not taken
        elif cue.family == "loss" or not ground.group().rstrip().endswith("near"):
            return None  # "capturing 95 km2 of territory around X": ground around X changed hands, not X
        else:  # "took back three square kilometres near X": ground beside X changed hands, not X; fighting near X
            cue = cue._replace(family="att", grammar="near", reach=cue.reach + 8)
    elif cue.family in ("lib", "gain", "loss") and parts.OUTSKIRTS.fullmatch(sentence, cue.end, start):
        cue = cue._replace(family="att")  # "drove them back from the outskirts of X": fought at X, not taken
    elif (cue.family in ("lib", "gain", "loss") and head < len(kinds) and kinds[head] == "settlement"
          and parts.MINOR_PART.fullmatch(sentence, cue.end, start)):
        cue = cue._replace(family="att")  # "cleared about a fifth of X": fought in X, not taken (an oblast's part: its extent)
    elif (cue.family in ("lib", "gain", "loss") and (part := parts.BUILDINGS.match(sentence, cue.end, start)) is not None
          and _PART_IN.fullmatch(sentence, part.end(), start)):
        cue = cue._replace(family="att")  # "drove them out of most of the plant in X": fought in X, not taken
    if (
        cue.passive
        and (cue.family not in ("loss", "flag") or cue.text.lower() == "left")
        and not grammar.INCLUDING.match(sentence, cue.end, start)
        and not grammar.INCLUDING_LATER.match(sentence, cue.end, start)
        and not (  # "troops were attacked near X", "two men were killed by a drone in X": X is where
            cue.family == "att" and words(sentence[cue.end : start]) <= 6
            and (locators.NEAR_END.search(sentence, cue.end, start) or locators.IN_END.search(sentence, cue.end, start)
                 or cue.text.lower().endswith((" in", " near", " at")))  # ("two people were killed in X")
        )
    ):
        return None  # "X was captured": governs its subject, not what follows ("towns were shelled, such as X" does)
    gap = sentence[cue.end : start].translate(_NO_DOUBLE_QUOTES)  # 'only "clashes near" X': a quoted cue
    if (beside := locators.BESIDE_A_THING_IN.search(gap)) is not None:
        gap = gap[: beside.start()] + " in "  # "the flag outside the city council in X": in X, where the council stands
    if cue.family == "att" and _DISPLAYED.search(gap):
        return None  # "the destroyed Russian vehicles were displayed in Kyiv": where the wrecks were shown, no attack
    if "," in gap and sides.NEW_SUBJECT.search(gap):
        return None  # "To slow the advance, Ukrainian forces opened a dam near X": another clause's place
    if ", " in gap and CLAUSE_JOIN.search(gap) and OWN_PREDICATE.match(sentence, spans[group_tail(groups, head)][1]):
        return None  # "held A in April, and B was shelled daily": B is the subject of a clause of its own
    if grammar.COUNTED_PLACES_END.search(gap):
        return None  # "hit 20 settlements in the Kherson region, including A": the region locates them
    if cue.grammar != "back" and _NEGATED.search(gap):
        return None  # "the counterattacks did not reach X", "troops never entered X"
    if cue.grammar == "both" and not grammar.INCLUDING.match(gap):
        return None
    # (a name that is no place, a river, does not stand between a change of hands and its place: "withdraw
    # across the Dnipro from Kherson", nor between a crossing and where it is tried: "tried to cross the Zherebets
    # near Terny"; it does before another attack: "reached the Oskil near Kupiansk")
    between = [
        (a, b) for k, (a, b) in enumerate(spans)
        if cue.end <= a and b <= start
        and (k >= len(kinds) or kinds[k] != "other" or cue.family == "att" and not _CROSSING.search(cue.text))
    ]  # fmt: skip
    if cue.family == "att" and between and _FIRED_FROM.search(gap) and not _FROM_AN_AREA.search(gap):
        return None  # "struck A and B with drones from positions near X": where the guns stood (not "tried to
        # dislodge our units from their positions near X", which names no target before)
    if between and "(" in gap:  # "near A (Luhansk Oblast), 12 km east of B, and near C": the oblast only locates A
        between = [(a, b) for a, b in between if sentence.count("(", cue.end, a) <= sentence.count(")", cue.end, a)]
    if locators.ROUTE_TO_END.search(gap):
        return None  # "struck a minibus on the road to Kramatorsk": where the road leads, no target (nor a second
        # target: "armour gathering in A and on the road from X")
    if between and lists_on(sentence, cue, between, gap, start):
        return cue
    if cue.family == "att" and not between and _INCLUDING_NEAR_END.search(gap) and words(gap) <= _INCLUDING_NEAR_WORDS and not (
        grammar.BARRIER.search(_TARGETS_WHERE.sub(" ", gap))
    ):
        return cue  # "struck depots, workshops and deployment points in 152 areas, including near A and B": where it struck
    leg = locators.LAST_LEG.search(gap) if between and cue.family == "att" else None
    if leg is not None and leg.group("leg").lower().startswith("in ") and (head >= len(kinds) or kinds[head] != "settlement"):
        leg = None  # "attacked near A and in the Kharkiv region": the region locates the attack
    if leg is not None and words(gap) <= 40 and not grammar.BARRIER.search(gap):
        gap, between = leg.group("leg"), []  # "advanced 200 m toward A and B, and 100 m near C": C's own leg
    elif between and (series := series_leg(gap, cue)) is not None and (cue.family == "att" or series.rstrip().endswith((" of", " from"))):
        # "air strikes on A and B in Donetsk Oblast, on C and D", "the capture of A on 24 April, of B": the series goes on
        gap, between = series, []
    near = locators.NEAR_END.search(gap) if cue.family == "att" else None
    if near is not None and _LAUNCHED_FROM.search(gap):
        return None  # "examined the craters and traced the rockets to launch sites near X": where they were fired from
    most = locators.MOST_OF_THEM.search(gap) if near is not None and cue.grammar != "near" else None
    if most is not None and words(gap) <= 24 and not grammar.BARRIER.search(gap):
        # "repelled 40 attacks along the front in 24 hours, most of them near X"
        gap = gap[most.start() :]
        near = locators.NEAR_END.search(gap)
    reach = cue.reach + _NEAR_EXTRA if near is not None else cue.reach  # "struck units of the enemy's 3rd brigade near X"
    if near is not None and near.group().lower().startswith("in the area"):
        reach += _AREAS_EXTRA  # "defeat was inflicted on manpower of three brigades of the AFU in the areas of A and B"
    if near is None and cue.family == "att" and locators.IN_END.search(gap):
        reach = cue.reach + 6  # "struck a training institute and a nearby hospital in X": where it struck
    included = grammar.INCLUDING_WITHIN.search(gap) if "," in gap else None
    # (an object that counts places by their kind may run longer: "held most of the towns of the eastern border
    # districts, among them A and B")
    room = reach + (10 if included is not None and grammar.PLACES_BY_KIND.search(gap, 0, included.start()) else 4)
    if included is not None and words(gap[: included.start()]) <= room and lists_its_object(gap, included.start()):
        # "Russia holds about a fifth of Ukraine, including Crimea and parts of Donetsk Oblast"
        gap = gap[included.start() :]
        if near is not None:
            near = locators.NEAR_END.search(gap)  # (found again in what is left of the gap)
    counted = gap
    if included is not None and gap.startswith(included.group()):
        counted = gap[len(included.group()) :]  # (", among them": no distance from the object it restates)
    named_last = grammar.KIND_NAMED_LAST.search(gap) if words(gap) <= 30 else None
    if named_last is not None:
        counted = gap[named_last.start() :]  # "captured the mine and gelatin plant on the city's outskirts, and the town of X"
    if between and cue.family == "att" and grammar.FACILITY_LOCATED_AFTER.fullmatch(sentence, between[-1][1], start):
        return cue  # "landed at the Antonov airfield near Hostomel": a facility a name calls, where it stands
    if near is not None and between:
        # "attacked northeast of Kupiansk near A and B and southeast of it near C", "from the north
        # near A and from the south near B": places named on the way locate or parallel the attack,
        # and neither they nor their bearings count against the cue's reach
        if locators.NEAR_APPOSITION.fullmatch(sentence, between[-1][1], start) and not (
            locators.BEARING_END.search(sentence, cue.end, between[-1][0]) or _a_region(spans, kinds, between[-1])
        ):
            # "destroyed a depot at Maiske, near Dzhankoi,": the place after "near" locates Maiske (but
            # "attacked north of Sumy, near A and B": Sumy, a bearing's reference point, is no object, nor does a
            # village locate an oblast: "fighting continues in Sumy Oblast, near A and B" is near A and B)
            return None
        pieces = [sentence[cue.end : between[0][0]]]
        pieces += [sentence[b:a] for (_, b), (a, _) in pairwise(between)]
        if not all(locators.WAYPOINT_BEFORE.search(piece) for piece in pieces):
            return None  # "shelling of Pavlivka near Vuhledar": the place after "near" locates the object
        pieces.append(sentence[between[-1][1] : start])
        if cue.family == "att" and _FROM_FIRST.match(pieces[0]):
            return None  # "fired from a field south of A, near B": the places on the way locate where it was fired from
        if _FIRED_FROM.search(pieces[-1]):
            return None  # "struck Mykolaiv from positions around A and B": where the guns stood
        if _NEXT_PREDICATE.match(pieces[-1]):
            return None  # "shelled A and B and continued to fortify positions around X": the next verb's place
        counted = " ".join(
            locators.DIRECTION_OF.sub(" ", locators.COMPASS_OF.sub(" ", locators.NEAR_WORD.sub(" ", piece))) for piece in pieces
        )
        if grammar.BARRIER.search(counted) or locators.REFERENCE.search(counted) or locators.BETWEEN.search(counted):
            return None
    if cue.family == "att" and " of " in counted:
        counted = _PART_OF.sub(" ", counted)  # "smoke rises over the industrial zone of X": the part it struck is X's
    if words(_without_adverbs(strip_parentheses(_NAMED_BY_KIND.sub(" ", counted)))) > reach and not grammar.COLON_END.search(gap):
        return None
    if cue.grammar == "near" and near is None and cue.text.lower().startswith(("advanc", "made")):
        near = parts.ADVANCE_IN.search(gap)  # "advanced in western X"
    if cue.grammar == "near" and near is None:
        return None  # "advanced near X" is an attack; "advanced towards X" or "advanced 2 km" is not
    if near is not None and between:
        gap = " "  # the places on the way, cleaned above, stand for the gap
        between = []
    elif near is not None:
        # "repelled attacks near X": near is where the fighting was; "advanced west of the town near X"
        gap = locators.ROUTE.sub(" ", locators.COMPASS_OF.sub(" ", gap[: near.start()]))
    if gap.endswith("nearby ") and cue.grammar != "near":
        gap = gap[: -len("nearby ")] + " "  # "shelled nearby Mezhova": an adjective of the name, no reference point
    if cue.family == "att" and "outside" in gap:
        gap = _FACILITY_OUTSIDE.sub(" ", gap)  # "missiles hit the airfield outside X": struck where the airfield stands
    if cue.family == "att" and (route := locators.ROUTE.search(gap)) is not None and _AGAINST.fullmatch(gap, route.end()):
        gap = gap[: route.start()] + " "  # "attacked along the northern shore against X": the way the attack went
    if grammar.BARRIER.search(gap) or locators.REFERENCE.search(gap) or locators.BETWEEN.search(gap):
        return None
    if between and not grammar.COLON_END.search(gap):
        # another place stands between cue and list: it is the cue's object, unless it only
        # locates ("seven villages in Svatove Raion: A, B"), or, for an attack, this name
        # locates it ("struck the Azovstal plant in Mariupol").
        if not (cue.family == "att" and grammar.IN_GAP.fullmatch(sentence, between[-1][1], start)):
            return None
    if cue.text.lower() in ("left", "leaving", "leaves") and (
        not grammar.AFTER_LEFT_OBJECT.match(sentence, spans[group_tail(groups, head)][1])
        or not sides.MILITARY.search(sentence, 0, cue.start)  # "evacuation train leaves X": no army
    ):
        return None  # "left X without power", "left X under Russian control": not a withdrawal
    if cue.text.lower().startswith("claim") and cue.family == "gain" and not grammar.AFTER_LEFT_OBJECT.match(
        sentence, spans[group_tail(groups, head)][1]
    ):
        return None  # "Wagner claimed Krasna Hora", not "Moscow claimed Kyiv was behind the attack"
    if cue.text.lower().startswith(("reach", "approaches", "crossed", "moved on")) and (
        not sides.MILITARY.search(sentence, 0, cue.start) and not _THEY_ADVANCED.search(sentence, 0, cue.start)
        and not (cue.text.lower().startswith("reach") and _FIRE.search(sentence, 0, cue.start))
        or sides.CIVILIANS_BEFORE.search(sentence, max(0, cue.start - 50), cue.start)
    ):
        return None  # "the delegation reached Kyiv", "refugees crossed the border", "reporters who reached Bucha", "the family
        # moved on to Odesa": only an army's fights (or its fire's)
    if cue.family == "occ" and _DETERMINER_BEFORE.search(sentence, max(0, cue.start - 8), cue.start) and _PAST_THE_NOUN.search(gap) and not (
        _OF_END.search(gap)  # ("the Russian-occupied towns and villages of A and B")
    ):
        return None  # "the occupied south and the land corridor to Crimea": the adjective's noun is occupied, not what follows
    if cue.text.lower().startswith("land") and not _LANDING_FORCE.search(sentence, max(0, cue.start - 80), cue.end) and not (
        _LANDING_KIND.search(sentence, max(0, cue.start - 20), cue.start)
    ):
        return None  # "the minister's plane landed in Lviv": only troops landing assault a place ("boats landed troops near X")
    if cue.text.lower().endswith(" of") and grammar.MODAL_AFTER.match(sentence, spans[group_tail(groups, head)][1]):
        return None  # "the fall of Pokrovsk would open the road": a hypothetical event
    if sides.EVENT_NOUN.fullmatch(cue.text) and _FUTURE_EVENT_AFTER.match(sentence, spans[group_tail(groups, head)][1]):
        return None  # "said that the capture of Dimitrov would soon follow": not yet
    if cue.family == "loss" and (grammar.DESTINATION.search(gap) or cue.text.lower().endswith("back") and gap.strip().lower() in ("on", "upon")):
        return None  # "retreated to Lyman", "fell back on Donetsk": a destination
    if cue.family in (
        "lib",
        "gain",
        "att",
        "occ",
        "fall",
    ) and grammar.FROM_BEFORE.search(gap):
        return None  # "advanced north from Donetsk Oblast": an origin
    return cue

# An event told as still to come, after its place: "the capture of X would soon follow".
_FUTURE_EVENT_AFTER = re.compile(
    r"\s+(?:would|will|could|might|should)\s+(?:soon\s+|shortly\s+|also\s+|then\s+)?(?:follow|come|happen|take\s+place|be\s+next)\b",
    re.IGNORECASE,
)
_DETERMINER_BEFORE = re.compile(r"\b(?:the|an?|its|their)\s+$", re.IGNORECASE)
"""A determiner before a state's word, which makes it an adjective: "the occupied south"."""
_OF_END = re.compile(r"\bof\s+(?:the\s+)?$", re.IGNORECASE)
_PAST_THE_NOUN = re.compile(r"\b(?:and|or|to|towards|with|from)\b", re.IGNORECASE)
"""A word that leaves the adjective's noun phrase: what comes after is not what the adjective says is occupied."""
_LANDING_FORCE = re.compile(
    r"\b(?:troops|forces|marines|paratroopers|units|soldiers|infantry|commandos|special\s+forces|assault\s+groups?"
    r"|(?:raiding|landing|boat|assault|sabotage|reconnaissance|recon)\s+(?:part(?:y|ies)|groups?|teams?)|helicopters)\b",
    re.IGNORECASE,
)
"""Who lands to assault a place: "marines landed near Krynky" (not a plane, a delegation or a missile)."""
_THEY_ADVANCED = re.compile(
    r"\bthey\s+(?:had\s+|have\s+)?(?:\w+ly\s+)?(?:advanc|attack|push|press|storm|assault|broke\s+through|moved\s+(?:on|west|east|north|south))",
    re.IGNORECASE,
)
"""An army told by its advance alone ("Through the spring they advanced along the railway, taking A and reaching B"): who
reaches a place after it is that army, not a delegation."""

_FIRE = re.compile(r"\b(?:fire|shellfire|shells|shelling|artillery|mortars?|rockets?|missiles?|drones?)\b", re.IGNORECASE)
"""What an army fires, as what reaches a place: "mortar fire reached A and B"."""

_LANDING_KIND = re.compile(r"\b(?:ukrainian|russian|enemy|amphibious|airborne|naval|helicopter|boat)\s+$", re.IGNORECASE)
"""A landing named by whose or what kind it is: "reported a Ukrainian landing near Kozachi Laheri"."""



_PART_IN = re.compile(
    r"(?:(?!\band\s+(?:of|the\s+(?:town|city|village))\b)[^,;]){0,50}?\b(?:in|at|of)\s+(?:(?:the\s+)?(?:city|town|village)\s+of\s+)?",
    re.IGNORECASE,
)
"""Between buildings or a works and the town they stand in: "most of the plant in X", "46 buildings in the northern and
western parts of X" (not "the seizure of the plant and of X": X is taken too)."""

_ARMY_AFTER = re.compile(rf"\s+(?:[\w-]+\s+)?{sides.FORCE}\b", re.IGNORECASE)
"""An army right after a withdrawal word, which is then the army's adjective ("the retreating fighters")."""
_POSSESSED = re.compile(r"\b(?:its|their|the\s+(?:city|town|village|settlement)['’]s)\s+$", re.IGNORECASE)
"""A cue word owned by what it happened to, so a noun ("its recapture", "the town's capture"), not a verb."""
_CROSSING = re.compile(r"\bcross", re.IGNORECASE)
_NO_DOUBLE_QUOTES = str.maketrans({'"': " ", "\u201c": " ", "\u201d": " ", "\u00ab": " ", "\u00bb": " "})


_NEAR_EXTRA = 12
_AREAS_EXTRA = 8
"""How much farther "in the area(s) of" (the Russian ministry's frame for where its strikes and battles were) lets an
attack reach past the units it names."""
"""How many more words an attack located "near" a place may have between cue and place: the units it struck
("hit formations of the 14th Mechanised Brigade and the 3rd Assault Brigade of the AFU near X")."""
_OFFENSIVE = re.compile(r"(?:counter-?)?offensives?\b", re.IGNORECASE)
_TIME_FRAME = re.compile(r"\b(?:during|until|till|after|before|since|following)\s+the\s+(?:[\w-]+\s+){0,3}$", re.IGNORECASE)
"""A campaign in an oblast named as the time of what a sentence tells (the annotators: 5 of 6 no status)."""
_DISPLAYED = re.compile(
    r"\b(?:were|was|are|is|been)\s+(?:later\s+|then\s+|publicly\s+|also\s+)?(?:displayed|exhibited|shown|put\s+on\s+(?:display|show))\b",
    re.IGNORECASE,
)
"""Wrecks or trophies shown in a place ("were later shown at an exhibition in central Kyiv"): where they were shown,
not where they were struck."""
_NEGATED = re.compile(r"\b(?:not|never|n't|failed\s+to|no\s+longer)\b", re.IGNORECASE)
"""A negation between a cue and its object: what the cue names did not reach it."""
_NAMED_BY_KIND = re.compile(
    r"\b(?:the\s+)?(?:[a-z-]+\s+){0,2}?(?:cities|city|towns?|villages?|settlements?|ports?|hamlets?|communities|localities)\s+of\s+$",
    re.IGNORECASE,
)
"""The kind a list is named by, right before it ("took the mining towns of A and B"): part of the names, no
word between the cue and its object."""


_FIRED_FROM = re.compile(
    r"\bfrom\s+(?:their\s+|its\s+|the\s+)?(?:[\w-]+\s+){0,2}?(?:positions?|areas?|territory|launchers|ground|heights?|hills?|fields?)"
    r"(?:\s+(?:(?:north|south|east|west)[\w-]*\s+of|across|beyond)\s+the\s+(?:[\w-]+\s+)?(?:river|reservoir|canal))?"
    r"\s+(?:around|near|in|at)\s+(?:the\s+)?(?:(?:Russian|Ukrainian)-(?:occupied|held|controlled)\s+|occupied\s+)?$",
    re.IGNORECASE,
)
"""Where the guns of an attack stood, after its target: "struck Mykolaiv from positions around X", "shelled Huliaipole
from the high ground near X", "shelled A from positions north of the river near X"."""
_FROM_FIRST = re.compile(r"\s*from\s+(?!(?:the\s+)?(?:north|south|east|west)\w*\b)", re.IGNORECASE)
"""A place of origin opening the way to the list ("fired from a field ..."), not a direction ("attacked from the north")."""
_LAUNCHED_FROM = re.compile(r"\b(?:launch|launching|firing)\s+(?:sites?|positions?|pads?|areas?)\s+(?:around|near|at)\s+(?:the\s+)?$", re.IGNORECASE)
"""Where an attack's weapons were fired from, before the place: "traced the rockets to launch sites near X"."""
_POSITIONS_IN = re.compile(r"\bpositions?\s+in\s+(?:the\s+)?$", re.IGNORECASE)
"""Positions held inside the place named next: a side that left them left the place ("no longer hold positions in X")."""
_FROM_AN_AREA = re.compile(r"\bfrom\s+the\s+(?:[\w-]+\s+){0,2}?areas?\s+(?:around|near|in|at)\s+(?:the\s+)?$", re.IGNORECASE)
"""Where an assault set out from, which may reach the place it names ("attacked toward X from the Ocheretyne area near Y")."""
_NEXT_PREDICATE = re.compile(r"\s+and\s+(?:then\s+|also\s+)?[a-z]+ed\b", re.IGNORECASE)
"""A verb of its own after a list ("... and continued to fortify positions around X")."""
_PART_OF = re.compile(
    r"\b(?:the\s+)?(?:[a-z-]+\s+){0,2}?(?:outskirts|edges?|cent(?:re|er)|industrial\s+(?:zone|area|district)|districts?"
    r"|neighbou?rhoods?|suburbs|streets|quarters?|port|harbou?r|waterfront|embankment)\s+of\s+$",
    re.IGNORECASE,
)
"""The part of a place an attack struck, right before it ("the northeastern outskirts of X", "the industrial zone
of X"): no distance between the attack and the place."""


_INCLUDING_NEAR_END = re.compile(r",\s*(?:including|among\s+them|in\s+particular|notably)\s+(?:near|in|around|at)\s+(?:the\s+)?$", re.IGNORECASE)
_INCLUDING_NEAR_WORDS = 60
"""How long a strike's list of targets may run before ", including near A and B" names where they were."""
_AGAINST = re.compile(r"\s+(?:against|on|at|into)\s+(?:the\s+)?", re.IGNORECASE)
_FACILITY_OUTSIDE = re.compile(
    r"(?<=\s)(?:air\s*fields?|airports?|air\s+bases?|bases?|camps?|plants?|depots?|stations?|ports?|factory|factories|works"
    r"|warehouses?|barracks|substations?|refinery|refineries|terminals?|headquarters)\s+outside\s+(?:the\s+)?$",
    re.IGNORECASE,
)
"""A facility a strike hit, placed outside a town: the town is where it struck, no reference point."""
_TARGETS_WHERE = re.compile(r"\b(?:areas?|places?|positions?|points?|sites?)\s+where\b", re.IGNORECASE)
"""Targets a strike describes by what was there ("struck 48 areas where Ukrainian manpower was concentrated, including
near A and B"): the clause still names them."""


def _without_adverbs(gap: str) -> str:
    """The gap without its adverbs ("fighting has highly likely continued since then on the outskirts of X")."""
    return grammar.GAP_ADVERB.sub(" ", grammar.LY_ADVERB.sub(" ", gap))
