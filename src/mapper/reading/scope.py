"""The scope of a cue: the list of names it governs.

A cue governs the list after it ("Ukrainian forces retook Kupiansk and Izium"), within its reach
and its clause, unless a reference point stands between ("towards X", "east of X"), past places
named on the way of a located attack ("attacked northeast of Kupiansk near A and B"); or the
list before it, as a passive, a participle, a relative clause or an apposition ("Izium,
occupied in April"; "Sviatohirsk, which Russian forces captured"; "Melitopol, the occupied
city").
"""

from __future__ import annotations

from collections.abc import Sequence
from itertools import pairwise

from mapper.reading import grammar, locators, sides
from mapper.reading.cuefinder import Cue, is_participle, words
from mapper.reading.lists import group_tail, in_parentheses, strip_parentheses

__all__ = ["event_with_object", "forward_cue", "after_apposition", "backward_cues"]


def event_with_object(sentence: str, spans: Sequence[tuple[int, int]], cue: Cue) -> bool:
    """Whether a nominal event names its own object right after it ("the strike on X")."""
    return any(a >= cue.end and grammar.EVENT_OBJECT.fullmatch(sentence, cue.end, a) for a, _ in spans)

def forward_cue(
    sentence: str,
    spans: Sequence[tuple[int, int]],
    groups: Sequence[int],
    cues: list[Cue],
    head: int,
    kinds: Sequence[str] = (),
) -> Cue | None:
    start = spans[head][0]
    before = [
        c
        for c in cues
        if c.end <= start
        and (
            c.grammar != "back"
            or (c.family == "att" and grammar.INCLUDING.match(sentence, c.end, start))
            or bool(grammar.EVENT_OBJECT.fullmatch(sentence, c.end, start))  # "after the strikes on X"
            # a headline that is a nominal event, and where it was: "Missile strike next to a school in X"
            or (c.family == "att" and not sentence[: c.start].strip(" *_\"'“‘") and bool(locators.IN_END.search(sentence, c.end, start)))
        )
    ]
    if not before:
        return None
    cue = _restated_object(sentence, before, start) or before[-1]
    if cue.family in ("lib", "gain", "loss") and grammar.POSITIONS.match(sentence, cue.end, start):
        if cue.family == "loss":
            return None  # "withdrew from their positions near X": neither an attack on X nor X changing hands
        # "recaptured positions near X": fighting near X, not X changing hands
        cue = cue._replace(family="att", grammar="near", reach=cue.reach + 6)
    elif cue.family in ("lib", "gain", "loss") and grammar.GROUND_AROUND.match(sentence[cue.end : start]):
        return None  # "capturing 95 km2 of territory around X": ground near X changed hands, not X
    elif cue.family in ("lib", "gain", "loss") and grammar.OUTSKIRTS.fullmatch(sentence, cue.end, start):
        cue = cue._replace(family="att")  # "drove them back from the outskirts of X": fought at X, not taken
    if (
        cue.passive
        and (cue.family not in ("loss", "flag") or cue.text.lower() == "left")
        and not grammar.INCLUDING.match(sentence, cue.end, start)
        and not (  # "troops were attacked near X": X is where
            cue.family == "att" and words(sentence[cue.end : start]) <= 6 and locators.NEAR_END.search(sentence, cue.end, start)
        )
    ):
        return None  # "X was captured": governs its subject, not what follows ("towns were shelled, such as X" does)
    gap = sentence[cue.end : start].translate(_NO_DOUBLE_QUOTES)  # 'only "clashes near" X': a quoted cue
    if (beside := locators.BESIDE_A_THING_IN.search(gap)) is not None:
        gap = gap[: beside.start()] + " in "  # "the flag outside the city council in X": in X, where the council stands
    if "," in gap and sides.NEW_SUBJECT.search(gap):
        return None  # "To slow the advance, Ukrainian forces opened a dam near X": another clause's place
    if grammar.COUNTED_PLACES_END.search(gap):
        return None  # "hit 20 settlements in the Kherson region, including A": the region locates them
    if cue.grammar == "both" and not grammar.INCLUDING.match(gap):
        return None
    # (a name that is no place, a river, does not stand between a change of hands and its place: "withdraw
    # across the Dnipro from Kherson"; it does before an attack: "reached the Oskil near Kupiansk")
    between = [
        (a, b) for k, (a, b) in enumerate(spans)
        if cue.end <= a and b <= start and (cue.family == "att" or k >= len(kinds) or kinds[k] != "other")
    ]  # fmt: skip
    if between and "(" in gap:  # "near A (Luhansk Oblast), 12 km east of B, and near C": the oblast only locates A
        between = [(a, b) for a, b in between if sentence.count("(", cue.end, a) <= sentence.count(")", cue.end, a)]
    if between and _lists_on(sentence, cue, between, gap, start):
        return cue
    leg = locators.LAST_LEG.search(gap) if between and cue.family == "att" else None
    if leg is not None and leg.group("leg").lower().startswith("in ") and (head >= len(kinds) or kinds[head] != "settlement"):
        leg = None  # "attacked near A and in the Kharkiv region": the region locates the attack
    if leg is not None and words(gap) <= 40 and not grammar.BARRIER.search(gap):
        gap, between = leg.group("leg"), []  # "advanced 200 m toward A and B, and 100 m near C": C's own leg
    elif between and cue.family == "att" and (series := _series_leg(gap)) is not None:
        gap, between = series, []  # "air strikes on A and B in Donetsk Oblast, on C and D": the series goes on
    near = locators.NEAR_END.search(gap) if cue.family == "att" else None
    most = locators.MOST_OF_THEM.search(gap) if near is not None and cue.grammar != "near" else None
    if most is not None and words(gap) <= 24 and not grammar.BARRIER.search(gap):
        # "repelled 40 attacks along the front in 24 hours, most of them near X"
        gap = gap[most.start() :]
        near = locators.NEAR_END.search(gap)
    reach = cue.reach + 4 if near is not None else cue.reach  # "struck units of the enemy's 3rd brigade near X"
    if near is None and cue.family == "att" and locators.IN_END.search(gap):
        reach = cue.reach + 6  # "struck a training institute and a nearby hospital in X": where it struck
    included = grammar.INCLUDING_WITHIN.search(gap) if "," in gap else None
    if included is not None and words(gap[: included.start()]) <= reach + 4 and _lists_its_object(gap, included.start()):
        # "Russia holds about a fifth of Ukraine, including Crimea and parts of Donetsk Oblast"
        gap = gap[included.start() :]
    counted = gap
    named_last = grammar.KIND_NAMED_LAST.search(gap) if words(gap) <= 30 else None
    if named_last is not None:
        counted = gap[named_last.start() :]  # "captured the mine and gelatin plant on the city's outskirts, and the town of X"
    if near is not None and between:
        # "attacked northeast of Kupiansk near A and B and southeast of it near C", "from the north
        # near A and from the south near B": places named on the way locate or parallel the attack,
        # and neither they nor their bearings count against the cue's reach
        if locators.NEAR_APPOSITION.fullmatch(sentence, between[-1][1], start):
            return None  # "destroyed a depot at Maiske, near Dzhankoi,": the place after "near" locates Maiske
        pieces = [sentence[cue.end : between[0][0]]]
        pieces += [sentence[b:a] for (_, b), (a, _) in pairwise(between)]
        if not all(locators.WAYPOINT_BEFORE.search(piece) for piece in pieces):
            return None  # "shelling of Pavlivka near Vuhledar": the place after "near" locates the object
        pieces.append(sentence[between[-1][1] : start])
        counted = " ".join(
            locators.DIRECTION_OF.sub(" ", locators.COMPASS_OF.sub(" ", locators.NEAR_WORD.sub(" ", piece))) for piece in pieces
        )
        if grammar.BARRIER.search(counted) or locators.REFERENCE.search(counted) or locators.BETWEEN.search(counted):
            return None
    if words(_without_adverbs(strip_parentheses(counted))) > reach and not grammar.COLON_END.search(gap):
        return None
    if cue.grammar == "near" and near is None and cue.text.lower().startswith(("advanc", "made")):
        near = grammar.ADVANCE_IN.search(gap)  # "advanced in western X"
    if cue.grammar == "near" and near is None:
        return None  # "advanced near X" is an attack; "advanced towards X" or "advanced 2 km" is not
    if near is not None and between:
        gap = " "  # the places on the way, cleaned above, stand for the gap
        between = []
    elif near is not None:
        # "repelled attacks near X": near is where the fighting was; "advanced west of the town near X"
        gap = locators.COMPASS_OF.sub(" ", gap[: near.start()])
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
    if cue.text.lower().startswith(("reach", "approaches", "crossed")) and not sides.MILITARY.search(sentence, 0, cue.start):
        return None  # "the delegation reached Kyiv", "refugees crossed the border": only an army's fights
    if cue.text.lower().endswith(" of") and grammar.MODAL_AFTER.match(
        sentence, spans[group_tail(groups, head)][1]
    ):
        return None  # "the fall of Pokrovsk would open the road": a hypothetical event
    if cue.family == "loss" and grammar.DESTINATION.search(gap):
        return None  # "retreated to Lyman": a destination
    if cue.family in (
        "lib",
        "gain",
        "att",
        "occ",
        "fall",
    ) and grammar.FROM_BEFORE.search(gap):
        return None  # "advanced north from Donetsk Oblast": an origin
    return cue

def _series_leg(gap: str) -> str | None:
    """The last leg of a series of located lists that each open with the preposition of the first ("on A and B
    in Donetsk Oblast, on C": "on"), else None."""
    last = locators.SERIES_LEG_END.search(gap)
    if last is None or words(gap) > 40 or grammar.BARRIER.search(gap):
        return None
    first = locators.SERIES_START.match(gap)
    if first is None or first.group("prep").lower() != last.group("prep").lower():
        return None
    return gap[last.start() :]


def _lists_on(sentence: str, cue: Cue, between: list[tuple[int, int]], gap: str, start: int) -> bool:
    """Whether a cue reaches past the places named between it and a list: examples after "such as"
    ("kept shelling X and villages along the river such as A and B"), an attack's second target
    ("struck the bridge near X and the road across the dam at Y", "attacked near X and in the Y
    region"), or the counted places a name locates ("retreated from two villages near X, A and B")."""
    if ("such" in gap or "includ" in gap or "among" in gap) and cue.family in ("att", "lib", "gain", "loss", "occ", "held"):
        return (
            grammar.SUCH_AS_END.search(gap) is not None
            and words(gap) <= cue.reach + 10
            and not grammar.BARRIER.search(gap)
        )
    if len(between) != 1:
        return False
    (first_start, first_end), = between
    if cue.family == "att" and grammar.SECOND_TARGET.fullmatch(sentence, first_end, start):
        first = sentence[cue.end : first_start]
        return (
            words(gap) <= cue.reach + 8
            and not grammar.BARRIER.search(gap)
            and (locators.NEAR_END.search(first) is not None or grammar.IN_GAP.fullmatch(first) is not None
                 or words(first) <= 1)
        )  # fmt: skip
    return bool(
        grammar.RESTATED_LIST.fullmatch(sentence, first_end, start)
        and grammar.COUNTED_PLACES.fullmatch(sentence, cue.end, first_start)
    )

def after_apposition(
    sentence: str, spans: Sequence[tuple[int, int]], cues: list[Cue], tail: int, forward: Cue | None
) -> list[tuple[Cue, bool]]:
    """The main verb after an apposition that holds a cue of its own: "X, a town recaptured in
    2022, is under attack again" (the apposition's cue is read by :func:`backward_cues`)."""
    end = spans[tail][1]
    if "," not in sentence[end : end + 2]:
        return []
    apposition = locators.APPOSITION_SKIP.match(sentence, end)
    if apposition is None or not any(end <= c.start < apposition.end() for c in cues):
        return []
    cue = next((c for c in cues if c.start >= apposition.end() and c is not forward), None)
    if (
        cue is not None
        and cue.family in ("fall", "occ", "lib", "gain", "att")
        and (cue.grammar in ("back", "both") or cue.passive)
        and words(sentence[apposition.end() : cue.start]) <= 3
        and not any(end <= a < cue.start for a, _ in spans[tail + 1 :])
    ):
        return [(cue, False)]
    return []

def _restated_object(sentence: str, before: list[Cue], start: int) -> Cue | None:
    """The cue whose object the names after "among them" or "including" restate, when a clause with a
    cue of its own comes between: "have taken ten settlements since the assault began, among them A"."""
    last = before[-1]
    if len(before) < 2 or not grammar.SUCH_AS_END.search(sentence, last.end, start):
        return None
    cue = before[-2]
    between = sentence[cue.end : last.start]
    kind, barrier = grammar.PLACES_BY_KIND.search(between), grammar.BARRIER.search(between)
    return cue if kind is not None and barrier is not None and kind.start() < barrier.start() else None


def _lists_its_object(gap: str, included: int) -> bool:
    """Whether the names after "including" (at ``included`` in the gap) are the cue's own object: no
    clause comes between, or the object, places counted by their kind, comes before the clause
    ("captured a dozen villages since the offensive began, among them A and B")."""
    barrier = grammar.BARRIER.search(gap)
    return barrier is None or (barrier.start() < included and grammar.PLACES_BY_KIND.search(gap, 0, barrier.start()) is not None)


def _only_auxiliaries(gap: str, cue: Cue) -> bool:
    """Whether the gap before a passive cue is its auxiliaries alone ("X was also reported captured")."""
    if not cue.passive:
        return False
    auxiliaries = grammar.PASSIVE_BEFORE.search(gap)
    return auxiliaries is not None and not gap[: auxiliaries.start()].strip()


_NO_DOUBLE_QUOTES = str.maketrans({'"': " ", "\u201c": " ", "\u201d": " ", "\u00ab": " ", "\u00bb": " "})


def _without_adverbs(gap: str) -> str:
    """The gap without its adverbs ("fighting has highly likely continued since then on the outskirts of X")."""
    return grammar.GAP_ADVERB.sub(" ", grammar.LY_ADVERB.sub(" ", gap))


def backward_cues(
    sentence: str,
    spans: Sequence[tuple[int, int]],
    cues: list[Cue],
    tail: int,
    forward: Cue | None,
    *,
    referenced: bool = False,
    headline: bool = False,
    kinds: Sequence[str] = (),
    of_a_line: bool = False,
) -> list[tuple[Cue, bool]]:
    """The cue after a list that governs it, and whether it governs the last member only.

    A list named as a reference point ("attacks towards X were repelled") takes a cue only
    from a relative clause about it ("south of X, which Ukrainian forces liberated"). A list
    that opens a ``headline`` takes the participle right after it, the auxiliary dropped
    ("Irpin retaken, mayor says"). A reference point of a line or an area (``of_a_line``: "a line
    west of X, where both sides attacked") leaves a "where" clause to the line.
    """
    end = spans[tail][1]
    if not referenced and tail + 1 < len(spans) and locators.LOCATED_NEAR_GAP.fullmatch(sentence, end, spans[tail + 1][0]):
        # "Andriivka near Bakhmut cleared of Russian troops": the place after "near" only locates the list
        tail += 1
        end = spans[tail][1]
    after = [c for c in cues if c.start >= end and c is not forward and c.grammar != "near"]
    if not after:
        return []
    cue = after[0]
    if cue.grammar == "back" and event_with_object(sentence, spans, cue):
        return []  # "Kharkiv was quiet after the strikes on Izium": the strikes were Izium's
    if (
        cue.family in ("fall", "occ", "lib", "gain", "att")
        and (cue.grammar == "back" or cue.passive)
        and words(sentence[end : cue.start]) > max(cue.reach, 1)
        and grammar.AFTER_RELATIVE.fullmatch(sentence, end, cue.start)
    ):
        # "Chasiv Yar, which lies west of X, sits on a hill and had withstood attacks"
        return [(cue, False)]
    for later in after[1:]:
        # "Avdiivka, which had been under attack since October, fell to Russian troops":
        # the main verb after the relative clause governs the subject as well.
        if grammar.AFTER_RELATIVE.fullmatch(sentence, end, later.start) and later.family in (
            "fall",
            "occ",
            "lib",
            "gain",
            "att",
        ):
            extra = [(later, False)] if later.grammar == "back" or later.passive else []
            return backward_cues(
                sentence, spans, [cue], tail, forward, referenced=referenced, headline=headline, kinds=kinds, of_a_line=of_a_line
            ) + extra
    gap = sentence[end : cue.start]
    if gap.startswith((" (", "(")) and (aside := grammar.PARENTHETICAL.match(gap)) is not None:
        end += aside.end()  # "Hlukhiv (Glukhov in Russian), where border guards fought": past the name's aside
        gap = gap[aside.end() :]
    relative = grammar.RELATIVE.match(gap)
    # "X, which the Russians had left": the relative pronoun is the verb's object, the name before it
    object_relative = (
        relative is not None
        and not relative.group().lower().endswith(("where", "who"))  # "X, where milbloggers claimed gains": not X
        and grammar.RELATIVE_SUBJECT.match(gap, relative.end()) is not None
    )
    if cue.family == "loss" and cue.grammar != "back" and not object_relative and not (
        cue.passive and cue.text.lower().startswith(_LEFT_BEHIND)
    ):
        return []  # withdrawal is always "from X", never "X withdrew" ("X was abandoned" is: X was left)
    if of_a_line and relative is not None and relative.group().lower().endswith("where"):
        return []  # "a line west of X and Y, where both sides attacked": the clause is about the line, not X
    if referenced and relative is not None and any(end <= a < end + relative.end() for a, _ in spans[tail + 1 :]):
        return []  # "south of Bakhmut near Klishchiivka, which Ukrainian forces liberated": the nearer name's clause
    if relative is not None and cue.grammar in ("fwd", "near") and any(
        a >= cue.end and words(sentence[cue.end : a]) <= min(cue.reach, 2) and "," not in sentence[cue.end : a]
        for a, _ in spans[tail + 1 :]
    ):
        return []  # "into Donetsk Oblast, where Russian troops took Sviatohirsk": the clause has its own object
    apposition = None if relative else locators.APPOSITION_SKIP.match(gap)
    if apposition is not None:
        # "Enerhodar, home of the nuclear plant, was seized": the verb governs the subject
        end += apposition.end()
        gap = gap[apposition.end() :]
    participle = (
        (grammar.PARTICIPLE_GAP.fullmatch(gap) or (headline and grammar.HEADLINE_GAP.fullmatch(gap)))
        and cue.family in ("occ", "lib", "gain", "held", "att")
        and is_participle(cue.text)  # "X, occupied in April"; not "X, inflicting losses"
    )
    if cue.grammar == "back" or cue.grammar == "both":
        ok = words(grammar.GAP_ADVERB.sub(" ", gap) if " " in gap.strip() else gap) <= max(cue.reach, 1) and not grammar.BARRIER.search(gap) or bool(relative)
    elif cue.passive or participle or grammar.BY.match(sentence, cue.end):
        ok = (words(gap) <= 6 and not grammar.BARRIER.search(gap)) or bool(relative)
    elif relative:
        # a cue that takes only the name right after it ("claimed X") has its own object, unless the
        # pronoun is its object ("which Russian troops held")
        ok = cue.reach > 0 or object_relative
    elif cue.family == "occ" and locators.APPOSITION_GAP.fullmatch(gap) and locators.NOUN_AFTER.match(sentence, cue.end):
        return [(cue, False)]  # "Melitopol, the occupied city"; "toward Kreminna, a Russian-held town"
    else:
        ok = False
    if not ok or words(gap) > 16 or ";" in gap or (referenced and not relative):
        return []
    if not relative and sides.SPEECH.search(gap) and not _only_auxiliaries(gap, cue):
        return []  # "officials in Nova Kakhovka said the dam was damaged": where the speaker is
    if relative and grammar.BARRIER.search(grammar.TIME_PREPOSITION.sub(" ", gap[relative.end() :])):
        return []  # (the relative clause may say when: "which had resisted since the autumn")
    if not relative and any(
        end <= a and b <= cue.start and not in_parentheses(sentence, (a, b)) and (k >= len(kinds) or kinds[k] != "other")
        for k, (a, b) in enumerate(spans[tail + 1 :], start=tail + 1)
    ):
        # another name stands between, unless it only locates in parentheses ("A (Kharkiv oblast) came under
        # fire") or is no place ("A on the right bank of the Dnipro came under fire": the river)
        return []
    # (a relative after an apposition of the last name is that name's, unless its verb is plural: "A and B, north
    # of the city, which were shelled")
    appositive = bool(relative) and bool(grammar.APPOSITIVE.match(gap)) and not grammar.PLURAL_VERB.match(gap, relative.end())
    if object_relative and cue.passive:
        cue = cue._replace(passive=False)  # "which Russian troops held": they held it
    return [(cue, appositive), *_coordinated_participle(sentence, cue, after[1:])]


_LEFT_BEHIND = ("abandon", "given up")
"""Withdrawal verbs whose object is the place left: "X was abandoned by its garrison"."""


def _coordinated_participle(sentence: str, cue: Cue, later: list[Cue]) -> list[tuple[Cue, bool]]:
    """A second participle joined to a passive cue by "and": "X was encircled in late September and
    recaptured on 1 October" (the subject is the object of both)."""
    if not cue.passive or not later:
        return []
    second = later[0]
    gap = sentence[cue.end : second.start]
    if (
        second.family in ("lib", "gain", "occ", "fall", "att")
        and is_participle(second.text)
        and grammar.PARTICIPLE_AND.fullmatch(gap)
    ):
        return [(second._replace(passive=True), False)]
    return []

