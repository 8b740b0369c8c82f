"""Reading the status of each mention from its own sentence.

A *cue* is a word or phrase that reports a change or state of control
("retook", "withdrew from", "Russian-held", "shelled"). Each cue found in a
sentence governs some of the sentence's mentions:

* a verb or noun cue governs the coordinated list of mentions that follows it in
  the same clause ("Ukrainian forces retook Kupiansk and Izium"; "the recapture
  of seven villages: A, B and C"), unless a reference-point word stands between
  ("east of X", "towards X", "in the direction of X", "between X and Y");
* a passive or relative cue governs the list before it ("Izium, occupied in
  April"; "Sviatohirsk, which Russian forces captured"; "Kharkiv, where the
  Russian military bombarded ...");
* an adjective cue governs the name right after it ("Russian-occupied X", "the
  liberated city of X"), or before it in an apposition ("Melitopol, the occupied city");
* an attack located "near" a place is an attack on it, past the places named on
  the way ("repelled attacks northeast of Kupiansk near A and B"), and a list goes
  on after "including"/"such as", past the oblast locating its first part ("A in
  the Sumy oblast and B in the Kharkiv oblast"), past dates ("A in May, B in June")
  and as "B and C followed".

Verbs of capture ("captured", "took", "entered") read as *liberated* or
*occupied* depending on the actor, found as the clause's subject or in a
"by ..." phrase, else the report's prevailing actor (:mod:`mapper.reading.actors`); verbs
of withdrawal read the other way ("Russian forces withdrew from X": liberated), and
a Russian claim ("Moscow said X was liberated", a Russian MoD statement) reads
"liberated" as a Russian capture. A cue under a modal,
a goal, a negation or a question ("would attack", "aims to capture", "failed to
take", "prospect of seizing") reports nothing. Regions named only to locate a
settlement ("Sosnove in Donetsk Oblast") and names used as modifiers ("the
Kharkiv front", "Luhansk Oblast Governor") get no status.

Which mentions a cue governs is decided here; what the cue reports of them (status, actor,
confidence) is read in :mod:`mapper.reading.cuereading`.
"""

from __future__ import annotations

import re
from collections.abc import Sequence
from dataclasses import replace

from mapper._types import MentionKind
from mapper.reading import captionwords, grammar, locators, parts
from mapper.reading.actors import Side
from mapper.reading.analysis import SentenceAnalysis, analyse, denial_after
from mapper.reading.backward import backward_cues
from mapper.reading.clauses import (
    answer_claims,
    defenders_withdrawn,
    holders_driven_out,
    label_end,
    left_by_holders,
    town_told_after,
)
from mapper.reading.cuefinder import Cue, find_cues, words
from mapper.reading.cuereading import (
    StatusReading,
    _reading,
    cue_readings,
)
from mapper.reading.ellipsis import shared_by_elision
from mapper.reading.heldplaces import event_before_state
from mapper.reading.labels import (
    fronted,
    held_in_frame,
    only_states,
    regions_after_a_label,
    state_of_a_label,
)
from mapper.reading.lists import (
    city_of_district,
    group_members,
    in_parentheses,
    is_locator,
    is_modifier,
    join_lists,
    locates_the_name_before,
    region_aside,
    some_places_of,
    split_clauses,
    split_counted_locator,
    split_fronted_region,
    split_label_from_speaker,
)
from mapper.reading.modality import supposed_event
from mapper.reading.referring import referred
from mapper.reading.scope import forward_cue
from mapper.reading.secondverbs import after_apposition
from mapper.reading.surest import one_per_status
from mapper.reading.takers import Sides

__all__ = ["StatusReading", "cue_readings", "read_statuses"]


def read_statuses(
    sentence: str,
    spans: Sequence[tuple[int, int]],
    kinds: Sequence[MentionKind] | None = None,
    *,
    prior: Side | None = None,
    voice: Side | None = None,
    antecedent: Side | None = None,
    analysis: SentenceAnalysis | None = None,
) -> list[tuple[StatusReading, ...]]:
    """The statuses ``sentence`` gives each of its mentions.

    Parameters
    ----------
    sentence
        The sentence's text.
    spans
        Each mention's (start, end) offsets into ``sentence``, in text order.
    kinds
        Each mention's kind ("settlement", "region", ...); settlements by default.
    prior
        The side that prevails in the report as a whole, for capture verbs whose
        actor the sentence does not name (see :func:`mapper.reading.actors.prevailing_side`).
    voice
        The side whose official wording the report uses (see :func:`mapper.reading.voice.report_voice`):
        in a Russian statement, "liberated" reports a Russian capture.
    antecedent
        The side the text before the sentence names last: who "they" are in "They still hold X"
        (see :func:`mapper.reading.actors.last_side`).
    analysis
        The sentence's analysis (:func:`mapper.reading.analysis.analyse`), when the pipeline has made it;
        else it is made here.

    Returns
    -------
    list of tuple of StatusReading
        One tuple per span, empty where the sentence reports no status.

    Examples
    --------
    >>> s = "Ukrainian forces retook Kupiansk, 40 km east of Kharkiv."
    >>> [[r.status for r in rs] for rs in read_statuses(s, [(24, 32), (48, 55)])]
    [['liberated'], []]
    """
    count = len(spans)
    kinds = list(kinds) if kinds is not None else ["settlement"] * count
    readings: list[list[StatusReading]] = [[] for _ in range(count)]
    if not count:
        return []
    cues = find_cues(sentence, spans)
    if not cues and not (":" in sentence and captionwords.LABEL_WEAPONS.search(sentence)):
        return [() for _ in range(count)]  # (a label may name only the weapons that struck: see labels.fronted)
    if sentence.rstrip(" \"'”’").endswith("?"):
        return [() for _ in range(count)]  # a question reports nothing
    if analysis is None:
        analysis = analyse(sentence, spans, kinds)
    raw_groups = analysis.groups
    groups = join_lists(sentence, spans, kinds, list(raw_groups))
    if ", " in sentence:
        split_clauses(sentence, spans, groups, cues)  # "held A, and B was shelled": B opens a clause of its own
    if "villages" in sentence or "towns" in sentence or "settlements" in sentence:
        split_counted_locator(sentence, spans, groups)
    if (", " in sentence or ": " in sentence) and ("region" in kinds or "raion" in kinds):
        split_fronted_region(sentence, spans, kinds, groups)  # "In Sumy Oblast, A and B came under fire"
    if ":" in sentence and ("foreign" in kinds or "other" in kinds):
        split_label_from_speaker(sentence, spans, kinds, groups)  # "X: Moscow says the town has fallen"
    sides = Sides(prior, voice, antecedent)
    excluded: dict[int, bool] = {}

    def takes_no_status(i: int) -> bool:
        # a name used as a modifier or in a title, inside parentheses, or only locating the name before it
        if i not in excluded:
            excluded[i] = (
                is_modifier(sentence, spans, groups, i)
                or (bool(locators.TITLE_OF_BEFORE.search(sentence, max(0, spans[i][0] - 40), spans[i][0]))
                    and not any(c.start < spans[i][0] <= c.end + 1 for c in cues))  # (not "a flag over the city council of X")
                or bool(locators.PLACES_AROUND_BEFORE.search(sentence, max(0, spans[i][0] - 50), spans[i][0]))
                or (kinds[i] in ("region", "raion") and region_aside(sentence, spans[i]))
                or (i > 0 and kinds[i - 1] == "settlement" and _a_raion(sentence, spans[i], kinds[i])
                    and bool(_PLACE_S_RAION.fullmatch(sentence, spans[i - 1][1], spans[i][0])))  # "Hrodivka, Pokrovsk Raion:"
                or (kinds[i] == "region" and some_places_of(sentence, spans[i]))
                or in_parentheses(sentence, spans[i])
                or is_locator(sentence, spans, kinds, i, cues)
                or bool(locators.NOTE_BEFORE.search(sentence, max(0, spans[i][0] - 45), spans[i][0]))  # "not the X near Y"
                or bool(locators.FIRING_FROM_BEFORE.search(sentence, max(0, spans[i][0] - 50), spans[i][0]))  # guns' place
                or bool(locators.DIRECTION_FROM_BEFORE.search(sentence, max(0, spans[i][0] - 50), spans[i][0]))  # attackers' ground
                or bool(locators.SAME_NAME_IN_BEFORE.search(sentence, max(0, spans[i][0] - 50), spans[i][0]))
                or (i == 0 and bool(locators.DATELINE.match(sentence)) and spans[0][1] <= locators.DATELINE.match(sentence).end())
                or (i + 1 < count and kinds[i] != "facility"
                    and bool(grammar.FACILITY_LOCATED_AFTER.fullmatch(sentence, spans[i][1], spans[i + 1][0])))
            )  # (and not a name a facility is called by, located by the next: "the Antonov airfield near Hostomel", "the
            # Zarya chemical plant in Rubizhne"; a facility the gazetteer holds is itself the place struck)
        return excluded[i]

    for members in group_members(groups):
        head, tail = members[0], members[-1]
        found: list[StatusReading] = []
        forward = forward_cue(sentence, spans, raw_groups, cues, head, kinds)
        if forward is not None and supposed_event(sentence, forward, spans[head][0], spans[tail][1]):
            forward = None  # "A Russian push into A or B would threaten C": no event told
        # "Storozheve and Makarivka near Velyka Novosilka were retaken": the town only locates the names before it
        # (not "south of Bakhmut near Klishchiivka, which ...": there the town is the reference point)
        located_by_previous = (
            head > 0 and kinds[head - 1] == "settlement"
            and bool(locators.LOCATED_NEAR_GAP.fullmatch(sentence, spans[head - 1][1], spans[head][0]))
            and not locators.REFERENCE_BEFORE.search(sentence, max(0, spans[head - 1][0] - 40), spans[head - 1][0])
        )  # fmt: skip
        if located_by_previous and forward is not None and forward.end <= spans[head - 1][0] and not (
            parts.OUTSKIRTS_BEFORE.search(sentence, max(0, spans[head - 1][0] - 40), spans[head - 1][0])
        ):  # ("reached the eastern outskirts of Mariupol near Shyrokyne": the outskirts lie at Shyrokyne)
            forward = None  # "insurgents attacked Semenivka near Sloviansk": the verb's object is Semenivka alone
        if forward is not None:
            found.extend(_reading(sentence, forward, sides))
            if forward.family in ("occ", "held") and grammar.KIND_OF_GAP.fullmatch(sentence, forward.end, spans[head][0]):
                # "missiles hit a plant in Russian-occupied Luhansk", "explosions rocked the Russian-occupied
                # city of X": the adjective says who holds the place, the verb before it what happened there
                event = event_before_state(sentence, spans, raw_groups, cues, forward, head, kinds)
                if event is not None and event.family == "att" and not event.text.lower().startswith(_TRACES):
                    found.extend(_reading(sentence, event, sides))
        if forward is not None and (left := left_by_holders(sentence, spans, cues, forward, tail)) is not None:
            found = _reading(sentence, left, sides)  # "the units that had held A and B withdrew": A and B were left
        elif forward is not None and (driven := holders_driven_out(
            sentence, spans, forward, tail, occupied=any(r.status == "occupied" for r in found)
        )) is not None:
            found.append(driven)  # "they briefly held X before Ukrainian troops drove them out"
        elif (gone := defenders_withdrawn(sentence, spans, cues, head, tail)) is not None:
            # "the defenders of A and B were ordered to withdraw": A and B were left to the other side
            found = [StatusReading("liberated" if gone[1] else "occupied", gone[0].text, 0.7, True)]
        reference = locators.REFERENCE_BEFORE.search(sentence, max(0, spans[head][0] - 40), spans[head][0])
        referenced = reference is not None and not (
            reference.group().startswith("outside") and town_told_after(sentence, cues, spans[tail][1])
        ) and not (reference.group().lower().startswith("from") and _UNDER_FIRE_AFTER.match(sentence, spans[tail][1]))
        # ("tanks burned out outside X after an assault on the town": what lies outside X is X's, the town X; "police
        # evacuate residents from X under fire": X is under fire)
        # "X, on the road to Y, remains in Russian hands": the verb after the apposition is X's
        locating = locates_the_name_before(sentence, spans, head, tail)
        headline = bool(captionwords.HEADLINE_START.fullmatch(sentence, 0, spans[head][0]))
        of_a_line = referenced and bool(grammar.LINE_BEFORE_REFERENCE.search(sentence, max(0, spans[head][0] - 60), spans[head][0]))
        locating = locating or located_by_previous
        backward = [] if locating else backward_cues(
            sentence, spans, cues, tail, forward, referenced=referenced, headline=headline, kinds=kinds, of_a_line=of_a_line
        )
        if not locating and not referenced:
            backward += after_apposition(sentence, spans, cues, tail, forward)
        if forward is not None and forward.family == "occ" and any(cue.family in ("loss", "lib") for cue, _ in backward):
            found = []  # "the Russian garrison in Lyman retreated", "the Russian garrison of Lyman, ..., which Ukrainian
            # forces retook": the change ends the state the garrison told of
        for cue, tail_only in backward:
            if tail_only and len(members) > 1:
                readings[tail].extend(_reading(sentence, cue, sides))
            else:
                found.extend(_reading(sentence, cue, sides))
                if cue.start > spans[tail][1] and (driven := holders_driven_out(
                    sentence, spans, cue, tail, occupied=any(r.status == "occupied" for r in found)
                )) is not None:
                    found.append(driven)  # "X, which Russian troops held until Ukrainian forces drove them out"
        colon = sentence.rfind(": ", 0, spans[head][0])
        clause = max(sentence.rfind(";", 0, spans[head][0]) + 1, colon + 2 if colon >= 0 else 0)
        # (a place may open a clause: "...; in nearby X a car burned", "Bohodukhiv raion: in Zolochiv, a drone hit a farm")
        framed = bool(grammar.FRONTED.match(sentence[clause : spans[head][0]])) and (
            kinds[head] != "region" or not any(kind == "settlement" for kind in kinds[tail + 1 :])
        )
        if framed:
            if not found or only_states(found):
                # (an oblast fronted is the frame of the sentence's places: "In Donetsk Oblast, the assault on X", and the
                # place of what its sentence tells where it names no other: "In the Kyiv region, debris damaged houses"; a
                # raion is struck where its villages are: "In Beryslav raion, guided bombs hit A and B", so the annotators read)
                found.extend(fronted(sentence, spans, kinds, cues, tail, sides))
            if found and all(r.status == "attacked" for r in found) and (
                changes := [r for r in fronted(sentence, spans, kinds, cues, tail, sides, changes=True) if r.change]
            ):
                # "In X, Russian troops fought their way into the city, and Ukrainian forces withdrew": it changed hands (the
                # fighting a relative clause tells stands: "In Irpin, where fighting had gone on for weeks, the mayor said")
                aside = _WHERE_ASIDE.match(sentence, spans[tail][1])
                found = [r for r in found if aside is not None and 0 <= sentence.find(r.cue, spans[tail][1]) < aside.end()] + changes
        elif (not found or state_of_a_label(sentence, forward, spans[head][0]) or only_states(found)) and (
            label_stop := label_end(sentence, spans, kinds, head, tail)
        ) is not None:  # ("Occupied Melitopol: explosions near the station": who holds it, and what happened there)
            found.extend(fronted(sentence, spans, kinds, cues, tail, sides, after=label_stop))
        found = shared_by_elision(sentence, spans, cues, readings, head, tail, sides, found)
        for i in members:
            if kinds[i] != "region" and parts.OUTSKIRTS_BEFORE.search(sentence, max(0, spans[i][0] - 40), spans[i][0]):
                # "recaptured A and the outskirts of B", "the approaches to B were lost": fought at B, not taken (the
                # states told of it stand: "shelled from the occupied outskirts of Donetsk", "A and the western edge of
                # B, which had been held by Russian-backed forces"; an oblast's districts are its raions: "retook several
                # border districts of X Oblast" tells of the oblast's ground)
                readings[i].extend(r if r.status == "attacked" or not r.change
                                   else replace(r, status="attacked", change=False) for r in found)
            else:
                readings[i].extend(found)
    for last, located, bare in analysis.series:
        # "attacked near X itself; northwest of X near A and B": the later parts continue the attack;
        # "...: A (Kharkiv oblast); B and C (Luhansk oblast)": a bare list continues the list before it
        wanted = ("attacked", "liberated", "occupied") if bare else ("attacked",)
        carried = next((a for j in range(last, -1, -1) if (a := [r for r in readings[j] if r.status in wanted])), [])
        for i in located:
            if not readings[i]:
                readings[i].extend(replace(r, confidence=0.9 * r.confidence) for r in carried)
    told_as_subject = referred(sentence, spans, kinds, groups, cues, sides, readings)
    # (a town named by its official's title is still the town: "Irpin's mayor said the town had been liberated";
    # "in the Avdiivka direction and recently advanced" names no place)
    subjects = {k for k in told_as_subject
                if not is_modifier(sentence, spans, groups, k) or grammar.POSSESSIVE_TITLE.match(sentence, spans[k][1])}
    for k in subjects:
        readings[k].extend(told_as_subject[k])
    answer_claims(sentence, spans, readings, takes_no_status)  # a denial, fighting that goes on
    if ":" in sentence and kinds[0] == "settlement" and "region" in kinds:
        regions_after_a_label(sentence, spans, kinds, groups, readings)
    for i in range(count - 1):
        if city_of_district(sentence, spans, kinds, i):  # "debris fell on X district of Kharkiv": on Kharkiv too
            for k, other in ((i + 1, i), (i, i + 1)):
                if not any(r.status == "attacked" for r in readings[k]):  # ("... district of occupied X": held, and struck)
                    readings[k] = readings[k] + [replace(r, confidence=0.9 * r.confidence) for r in readings[other] if r.status == "attacked"]
    for i in range(count):
        if readings[i] and takes_no_status(i) and i not in subjects:
            readings[i] = []
        elif readings[i] and (facility := grammar.FACILITY_NAMED_AFTER.match(sentence, spans[i][1])):
            # "taken over the Mykolaiv Zoo": the zoo changed hands, not the city; a strike on it is one on the city;
            # a works or a refinery taken was fought for in the town (the dev gold reads "entered the Lysychansk Oil
            # Refinery" so)
            fought_for = facility.group().lower().endswith(_WORKS)
            towns = [r.status == "attacked" or r.cue.lower().startswith(_FLAG_WORDS) for r in readings[i]]  # the town's
            readings[i] = [r if town else replace(r, status="attacked", confidence=0.8 * r.confidence, change=False)
                           for r, town in zip(readings[i], towns, strict=True) if town or fought_for]
        elif not readings[i] and kinds[i] in ("region", "raion") and not takes_no_status(i) and not (
            denial_after(sentence, spans[i][1])  # "X says all of Y Oblast is under Russian control; Ukraine denies it"
        ):
            readings[i].extend(_territory(sentence, spans, cues, i, sides))
    held_in_frame(sentence, kinds, readings, takes_no_status)  # "In the temporarily occupied territories, drones hit A"
    for i in range(count):
        if len(readings[i]) > 1 and _UNDER_FIRE_AFTER.match(sentence, spans[i][1]) and any(r.change for r in readings[i]):
            # "they left X under fire": the fire is how they left, the change of hands what the sentence reports
            readings[i] = [r for r in readings[i] if r.change or r.status != "attacked"]
    return [one_per_status(r, sentence) for r in readings]


def _a_raion(sentence: str, span: tuple[int, int], kind: MentionKind) -> bool:
    """Whether the name at ``span`` is a raion's, by its kind or by its last word ("Pokrovsk Raion", "Nikopol district",
    which the gazetteer may know as one name)."""
    return kind == "raion" or sentence[span[0] : span[1]].lower().endswith(_RAION_WORDS)


_RAION_WORDS = (" raion", " rayon", " district")
_PLACE_S_RAION = re.compile(r",\s*(?:in\s+)?(?:the\s+)?")
"""Between a place and its raion, which only says where the place lies ("Borova, in Izium raion, was shelled")."""

_UNDER_FIRE_AFTER = re.compile(r"\s+under\s+(?:[\w-]+\s+){0,2}?fire\b", re.IGNORECASE)
_WORKS = ("refinery", "plant", "works", "factory", "shipyard", "combine", "airport")
"""Facilities an army fights for: one taken was fought for in the town named with it."""

_WHERE_ASIDE = re.compile(r",\s*(?:where|which|whose)\b[^,;]*,")
"""A relative clause right after a fronted place: what it tells is an event of its own."""
_TRACES = ("ruin", "wreck", "rubble", "crater", "remains")
"""Traces of past strikes: beside a standing state ("ruins in Russian-held X") they tell of no event."""


def _territory(
    sentence: str,
    spans: Sequence[tuple[int, int]],
    cues: list[Cue],
    i: int,
    sides: Sides,
) -> list[StatusReading]:
    """ "forces in the Kherson region ... liberated 500 sq km": the region where ground was won."""
    start, end = spans[i]
    for cue in cues:
        if cue.family not in ("lib", "gain", "loss"):
            continue
        if not grammar.TERRITORY.match(sentence[cue.end :]):
            continue
        between = sentence[min(end, cue.end) : max(start, cue.start)]
        if words(between) > 14 or ";" in between or locators.REFERENCE.search(between):
            continue
        if cue.start > end and not grammar.FORCES_IN.search(sentence, 0, start):
            continue
        if cue.end < start and not grammar.IN_BEFORE.search(sentence, 0, start):
            continue
        return _reading(sentence, cue, sides, confidence=0.6)
    return []


_FLAG_WORDS = ("rais", "hoist", "flag")
