"""The scope of a cue over the list before it: a passive, a participle, a relative clause or an
apposition ("Izium, occupied in April"; "Sviatohirsk, which Russian forces captured"; "Melitopol,
the occupied city"); the list after a cue is :mod:`mapper.reading.scope`'s.
"""

from __future__ import annotations

import re
from collections.abc import Sequence

from mapper.reading import captionwords, grammar, locators, sides
from mapper.reading.cuefinder import Cue, is_participle, words
from mapper.reading.lists import in_parentheses
from mapper.reading.scope import event_with_object
from mapper.reading.secondverbs import (
    coordinated_participle,
    second_predicate,
    second_relative,
)

__all__ = ["backward_cues"]


def _only_auxiliaries(gap: str, cue: Cue) -> bool:
    """Whether the gap before a passive cue is its auxiliaries alone ("X was also reported captured")."""
    if not cue.passive:
        return False
    auxiliaries = grammar.PASSIVE_BEFORE.search(gap)
    return auxiliaries is not None and not gap[: auxiliaries.start()].strip()


_AND = re.compile(r"\s+and\s+")
_MOVED = ("moved", "regrouped", "redeployed", "relocated", "transferred")
"""Troops moved away, in a ministry's words: a withdrawal only of the troops that held the places."""
_MORE_PLACES = re.compile(
    r"\s*,?\s+and\s+(?:(?:several|many|some|a\s+few|a\s+dozen|dozens\s+of|two|three|four|five|six|\d+)\s+"
    r"(?:other\s+|more\s+|nearby\s+|smaller\s+)?|the\s+(?:other|remaining|nearby|neighbouring)\s+)"
    r"(?:villages|settlements|hamlets|towns|localities|suburbs)"
    r"(?:\s+(?:to\s+the\s+)?(?:north|south|east|west)[\w-]*\s+of\s+(?:the\s+)?[A-Z][\w'’-]*(?:\s+[A-Z][\w'’-]*)?"
    r"|\s+on\s+the\s+(?:right|left|north|south|east|west)[\w-]*\s+bank)?(?=\s)"
)
"""Places a list counts after its names: " and several villages east of the Oskil", " and the other suburbs on the right
bank"."""
_EXAMPLES_OF_A_SUBJECT = re.compile(
    r"\bthe\s+(?:[\w-]+\s+){0,2}?(?:villages|towns|cities|settlements|places|localities|communities)\b[^;:.,]{0,60},"
    r"\s*(?:among\s+them|including|such\s+as)\s+(?:[^;:.,]*?(?:,\s*|\s+and\s+))*$",
    re.IGNORECASE,
)
"""A sentence's subject, places counted by their kind, and the examples its apposition names, up to the list's last."""
_EXAMPLE_CLOSED = re.compile(r"[^;:,()]{0,60},\s*(?:(?:had|has|have|was|were|also|then|later|still|soon|all|both|\w+ly)\s+)*")
"""The rest of the examples' apposition, closed by its comma, and the auxiliaries of the verb after it."""
_LIST_JOINT = re.compile(r"\s*(?:,|,?\s+(?:and|or))\s+", re.IGNORECASE)
_APPOSITION_OPENS = re.compile(r"\w,\s+(?:the|a|an|two|three|four|five|six|both|several)\s+(?:[\w-]+\s+){0,3}$", re.IGNORECASE)
"""An apposition opening before a noun: "Lyman, the rail junction ...", whose relative clause is the name's before it."""
_COUNTED = r"(?:two|three|four|five|six|several|both)\s+(?:[\w-]+\s+)?(?:villages|towns|settlements|hamlets)\b"
_COUNTED_APPOSITION = re.compile(
    rf"\s*,\s*(?:{_COUNTED}|(?:the\s+)?(?:[\w-]+\s+)?(?:villages|towns|settlements|hamlets)\b)[^,;()]{{0,120}}?"
    r"(?P<comma>,|(?=\s(?:that|which)\b))\s*",
    re.IGNORECASE,
)
"""An apposition that counts or names the list before it ("A, B and C, three villages along the valley,"; "A and B,
villages south of X that ..."): a relative clause after it is the list's, not that of a name inside it."""
_COUNTED_OPENS = re.compile(rf"\w,\s+{_COUNTED}[^,;()]*$", re.IGNORECASE)
"""The same apposition, open before a reference point inside it ("three villages 10-15 km south of X")."""
_FORCES_AT_BEFORE = re.compile(
    r"\b(?:units?|troops|forces|defenders|soldiers|brigades?|garrisons?|positions)\s+(?:near|in|at|around|outside)\s+$", re.IGNORECASE
)
"""A side's troops placed at the names that follow: what they fight off, they fight off there."""
_FENDING_OFF = ("repel", "repuls", "thwart", "beat off", "beat back", "fought off", "fought back", "held off", "withst", "defend")
"""What troops do against an attack where they stand."""
_BARE_GAP = re.compile(r"\s+(?:(?:also|again|successfully|have|had)\s+)*")


def _forces_at(sentence: str, start: int) -> bool:
    """Whether a side's troops stand at the list that begins at ``start`` ("Ukrainian units near A and B")."""
    return bool(_FORCES_AT_BEFORE.search(sentence, max(0, start - 40), start))


def _list_head(sentence: str, spans: Sequence[tuple[int, int]], tail: int) -> int:
    """The first name of the list that ends with the name at ``tail`` ("A, B and C")."""
    head = tail
    while head > 0 and _LIST_JOINT.fullmatch(sentence, spans[head - 1][1], spans[head][0]):
        head -= 1
    return head


_IN_RELATIVE = re.compile(r",\s*(?:whose|which|who)\b[^,;()]*$", re.IGNORECASE)
"""A relative clause open before a name, set off by a comma after its antecedent."""
_STANDS_IN = re.compile(r",\s*(?:which|that|who)\s+(?:stands|stood|lies|lay|sits|sat|is|was|are|were)\b", re.IGNORECASE)
"""A relative clause that says where its antecedent is: an attack on the antecedent is one at the place it names."""


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
    if not referenced and tail + 1 < len(spans) and (
        located := locators.LOCATED_NEAR_GAP.fullmatch(sentence, end, spans[tail + 1][0])
    ):
        # "Andriivka near Bakhmut cleared of Russian troops": the place after "near" only locates the list
        tail += 1
        if "between" in located.group().lower() and tail + 1 < len(spans) and _AND.fullmatch(sentence, spans[tail][1], spans[tail + 1][0]):
            tail += 1  # "Zhuravka between Novohrodivka and Selydove was shelled"
        end = spans[tail][1]
    elif not referenced and tail + 1 < len(spans) and locators.NOUN_ITEM_BEARING_GAP.fullmatch(sentence, end, spans[tail + 1][0]):
        tail += 1  # "A, B and the border strip east of X were retaken": X only places the list's last item
        end = spans[tail][1]
    if sentence.startswith(" itself", end):
        end += len(" itself")  # "Mala Tokmachka itself, on the front line since 2022, was shelled"
    elif sentence.startswith(")", end) and tail > 0 and sentence.rfind("(", 0, spans[tail][0]) > spans[tail - 1][1]:
        end += 1  # "X (Russian: Y), whose plant the defenders held, was claimed": past the other name's aside
    elif sentence.startswith((" (", "("), end) and (aside := grammar.PARENTHETICAL.match(sentence, end)) is not None:
        end = aside.end()  # "X (Russian: Y), whose ...": the same, from the name before the aside
    after = [c for c in cues if c.start >= end and c is not forward and c.grammar != "near"]
    if not after:
        return []
    cue = after[0]
    if cue.family == "att" and cue.text.lower().startswith(_FENDING_OFF) and _BARE_GAP.fullmatch(sentence, end, cue.start) and (
        _forces_at(sentence, spans[_list_head(sentence, spans, tail)][0])
    ):  # "Ukrainian units near A and B repelled Russian attempts to advance": they fought there (but "Russian troops in
        return [(cue, False)]  # X turned their guns on Y": X is where the attackers stood)
    if "," in sentence[end : cue.start] and (relative := _IN_RELATIVE.search(
        sentence, max(0, spans[tail][0] - 100), spans[tail][0]
    )) and (cue.family != "att" or not _STANDS_IN.match(relative.group())):
        # "Lysychansk, whose approaches the fall of Popasna had exposed, was abandoned": the antecedent changed hands,
        return []  # not a name inside the clause (but "the plant, which stands outside X, was hit" struck it at X)
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
        if grammar.AFTER_RELATIVE.fullmatch(sentence, end, later.start) and (
            later.family in ("fall", "occ", "lib", "gain", "att") or (later.family == "loss" and (later.passive or later.grammar == "back"))
        ):  # (and "X, whose ..., was abandoned", "..., was free of them": its holders left it)
            extra = [(later, False)] if later.grammar == "back" or later.passive else []
            return backward_cues(
                sentence, spans, [cue], tail, forward, referenced=referenced, headline=headline, kinds=kinds, of_a_line=of_a_line
            ) + extra
    if cue.family == "loss" and cue.grammar == "back" and cue.text.lower().startswith(_MOVED) and not grammar.HOLDERS_IN_BEFORE.search(
        sentence, max(0, spans[0][0] - 120), spans[0][0]
    ):
        return []  # "equipment from X was moved": only the troops that held the places leave them when they are moved
    gap = sentence[end : cue.start]
    if (more := _MORE_PLACES.match(gap)) is not None and (cue.grammar in ("back", "both") or cue.passive):
        end, gap = end + more.end(), gap[more.end() :]  # "Borova and several villages east of the Oskil return to
        # Ukrainian control": the list goes on with places it counts, and its verb is the list's
    if (cue.grammar == "back" or cue.passive) and cue.family in ("fall", "occ", "lib", "gain", "att", "held") and (
        _EXAMPLE_CLOSED.fullmatch(gap) and _EXAMPLES_OF_A_SUBJECT.search(sentence, max(0, spans[tail][0] - 150), spans[tail][0])
    ):  # "The villages to the north, among them Boromlia and the settlements along the railway, were also held": the
        return [(cue, False)]  # subject's examples take its verb
    if cue.family in ("gain", "lib", "fall", "occ") and _WHOSE.fullmatch(gap):
        return [(cue, False)]  # "attacked A and B, whose capture Moscow claimed in May": the event is the names'
    if gap.startswith((" (", "(")) and (aside := grammar.PARENTHETICAL.match(gap)) is not None:
        end += aside.end()  # "Hlukhiv (Glukhov in Russian), where border guards fought": past the name's aside
        gap = gap[aside.end() :]
    # ("X, a village north of the town that should not be confused with Y, was attacked": an apposition that
    # closes before the cue is skipped below, whatever relative clause it holds)
    closed = locators.APPOSITION_SKIP.match(gap)
    counted = _COUNTED_APPOSITION.match(gap) if tail > 0 and _LIST_JOINT.fullmatch(sentence, spans[tail - 1][1], spans[tail][0]) else None
    if counted is not None and grammar.RELATIVE.match(gap[counted.start("comma") :]):
        # "towards A, B and C, three villages south of X, which the ministry reported taken": the clause is the list's
        end, gap = end + counted.start("comma"), gap[counted.start("comma") :]
        closed = None
    elif closed is not None and not grammar.RELATIVE.match(gap) and grammar.RELATIVE.match(gap[closed.end() :]):
        if _KIND_APPOSITION.match(gap, closed.end() - 2) and any(
            end <= a and not sentence[b : end + closed.end()].strip(" ,") for a, b in spans[tail + 1 :]
        ):  # "near A and B, east of Lyman, the town Ukrainian forces liberated": the aside ends on a name, whose kind
            return []  # the apposition after it names (not "X, a town that adjoins Y on the north, which fell": X's)
        end, gap = end + closed.end(), gap[closed.end() :]  # "X, on the left bank, which remains occupied": past the aside
        closed = None
    relative = None if closed is not None and not grammar.RELATIVE.match(gap[closed.end() :]) else grammar.RELATIVE.match(gap)
    # "X, which the Russians had left": the relative pronoun is the verb's object, the name before it
    object_relative = (
        relative is not None
        and not relative.group().lower().endswith(("where", "who"))  # "X, where milbloggers claimed gains": not X
        and grammar.RELATIVE_SUBJECT.match(gap, relative.end()) is not None
    )
    left_by = cue.text.lower() == "left" and grammar.BY.match(sentence, cue.end) is not None
    if cue.family == "loss" and cue.grammar != "back" and not object_relative and not (
        cue.passive and (cue.text.lower().startswith(_LEFT_BEHIND) or left_by)
    ) and not (left_by and grammar.PARTICIPLE_GAP.fullmatch(gap)):
        # (but "X, left by its garrison in January, ...": a participle's passive, set off after the name)
        if not cue.passive and _held_by_who_left(sentence, spans, tail, gap):
            return [(cue, False)]  # "the Ukrainian units in Hirske and Zolote withdrew": what they held, they left
        return []  # withdrawal is always "from X", never "X withdrew" ("X was abandoned" is: X was left)
    if of_a_line and relative is not None and relative.group().lower().endswith("where"):
        return []  # "a line west of X and Y, where both sides attacked": the clause is about the line, not X
    if referenced and relative is not None and any(end <= a < end + relative.end() for a, _ in spans[tail + 1 :]):
        return []  # "south of Bakhmut near Klishchiivka, which Ukrainian forces liberated": the nearer name's clause
    if referenced and relative is not None and grammar.PLURAL_VERB.match(gap, relative.end()) and not (
        tail > 0 and _LIST_JOINT.fullmatch(sentence, spans[tail - 1][1], spans[tail][0])
    ):
        return []  # "A and B, two towns north of Lysychansk, which were shelled": a plural verb, not the one name's
    if referenced and relative is not None and tail > 0 and _AND.fullmatch(sentence, spans[tail - 1][1], spans[tail][0]) and (
        _BETWEEN_END.search(sentence, max(0, spans[tail - 1][0] - 12), spans[tail - 1][0])
    ):
        return []  # "a town between Balakliia and Kupiansk, which troops reached on Thursday": the town's clause
    if referenced and relative is not None and _COUNTED_OPENS.search(sentence, max(0, spans[tail][0] - 140), spans[tail][0]):
        return []  # "A, B and C, three villages 10-15 km south of X, which the ministry reported taken": the list's clause
    if referenced and relative is not None and (
        noun := _NOUN_BEFORE_BEARING.search(sentence, max(0, spans[tail][0] - 60), spans[tail][0])
    ) and (not gap.lstrip().startswith(",") or _APPOSITION_OPENS.search(sentence, max(0, noun.start() - 40), noun.start())):
        # "re-entered villages north of Konotop that had been held by Russian forces": the villages were held; "Lyman,
        # the rail junction north of X, which Russian forces took": the apposition's head was (but set off by a comma
        return []  # after no apposition, the clause is the name's: "hold positions north of X, which Ukrainian forces cleared")
    if relative is not None and cue.family in ("held", "occ") and _WHOSE_SURROUNDINGS.match(gap):
        return []  # "Konotop, whose approaches Russian units had held since February": the approaches were held
    if relative is not None and not gap.lstrip().startswith(",") and _KIND_IN_BEFORE.search(sentence, max(0, spans[tail][0] - 40), spans[tail][0]):
        return []  # "the list of towns in western Donetsk Oblast that Russian forces have seized": the towns were seized
    if referenced and relative is not None and tail > 0 and _BEARING_APPOSITION.match(sentence, spans[tail - 1][1], spans[tail][0]) and (
        not _KIND_APPOSITION.match(gap)
    ):  # "drones hit A, west of Kupiansk, where a pipeline was damaged": the clause is A's, the apposition's head (but
        return []  # "A, north of Kupiansk, the city our brigade helped free": the noun is the apposition of the name before it)
    if relative is not None and cue.grammar in ("fwd", "near") and any(
        a >= cue.end and words(sentence[cue.end : a]) <= min(cue.reach, 2) and "," not in sentence[cue.end : a]
        for a, _ in spans[tail + 1 :]
    ):
        return []  # "into Donetsk Oblast, where Russian troops took Sviatohirsk": the clause has its own object
    if relative is not None and relative.group().lower().endswith("where") and cue.family in ("gain", "lib", "loss", "occ") and (
        _NOUN_OBJECT.match(sentence, cue.end)
    ):
        return []  # "Bakhmut, where Russian forces had also taken the flanking villages first": the villages were taken
    apposition = None if relative else locators.APPOSITION_SKIP.match(gap)
    if apposition is not None:
        # "Enerhodar, home of the nuclear plant, was seized": the verb governs the subject
        end += apposition.end()
        gap = gap[apposition.end() :]
        if (again := locators.APPOSITION_SKIP.match(", " + gap)) is not None and again.end() > 2:
            end += again.end() - 2  # and past a second: "X, a coastal village of Kherson Oblast, east of Y, was shelled"
            gap = gap[again.end() - 2 :]
    participle = (
        (grammar.PARTICIPLE_GAP.fullmatch(gap) or (headline and captionwords.HEADLINE_GAP.fullmatch(gap)))
        and cue.family in ("occ", "lib", "gain", "held", "att")
        and is_participle(cue.text)  # "X, occupied in April"; not "X, inflicting losses"
        and not any(a >= cue.end and not sentence[cue.end : a].strip() for a, _ in spans[tail + 1 :])
    )  # (nor "A, contested B": an adjective of the name right after it)
    if cue.grammar == "back" or cue.grammar == "both":
        ok = words(grammar.GAP_ADVERB.sub(" ", gap) if " " in gap.strip() else gap) <= max(cue.reach, 1) and not grammar.BARRIER.search(gap) or bool(relative)
    elif cue.passive or participle or grammar.BY.match(sentence, cue.end):
        # ("Lyman, a rail junction in Donetsk Oblast still held by Russian troops": the oblast only places the noun)
        ok = (words(_OBLAST_PLACING.sub(" ", gap)) <= 6 and not grammar.BARRIER.search(gap)) or bool(relative) or (
            cue.passive and second_predicate(sentence, spans[_list_head(sentence, spans, tail)][0], gap)
        )  # ("X stayed in Ukrainian hands but was shelled": X is the subject of both predicates)
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
    if not relative and sides.SPEECH.search(gap) and not _only_auxiliaries(gap, cue) and not _REPORTED_AS.fullmatch(gap):
        return []  # "officials in Nova Kakhovka said the dam was damaged": where the speaker is
    if relative and grammar.BARRIER.search(grammar.TIME_PREPOSITION.sub(" ", gap[relative.end() :])):
        return []  # (the relative clause may say when: "which had resisted since the autumn")
    if not relative and any(
        end <= a and b <= cue.start and not in_parentheses(sentence, (a, b)) and (k >= len(kinds) or kinds[k] != "other")
        and not (_NOUN_BEARING.fullmatch(sentence, end, a) and _PARTICIPLE_GAP.fullmatch(sentence, b, cue.start))
        and not (k < len(kinds) and kinds[k] == "region" and _placed_in_oblast(sentence, end, b))
        # ("Lyman, a rail junction in Donetsk Oblast still held by ...": the oblast only places the noun)
        for k, (a, b) in enumerate(spans[tail + 1 :], start=tail + 1)
    ):
        # another name stands between, unless it only locates in parentheses ("A (Kharkiv oblast) came under
        # fire") or is no place ("A on the right bank of the Dnipro came under fire": the river)
        return []
    # (a relative after an apposition of the last name is that name's, unless its verb is plural: "A and B, north
    # of the city, which were shelled")
    appositive = bool(relative) and bool(grammar.APPOSITIVE.match(gap)) and not grammar.PLURAL_VERB.match(gap, relative.end()) and not (
        grammar.PLACES_BY_KIND.search(gap, 0, relative.end())  # "A and B, the cities that Russian bombs hit": the whole list
    )
    if appositive and tail > 0 and relative.group().lower().endswith("where") and _BARE_BEARING.match(gap):
        appositive = False  # "A and B, north of Huliaipole, where troops are fighting off attacks": a bearing with no
        # noun places the list, and "where" is the list's
    if object_relative and cue.passive:
        cue = cue._replace(passive=False)  # "which Russian troops held": they held it
    if object_relative and len(after) > 1 and after[1].family in ("lib", "gain", "occ", "fall", "att") and (
        _SECOND_VERB_GAP.fullmatch(sentence, cue.end, after[1].start)
    ):  # "which Ukrainian forces encircled and retook on 1 October": the relative's object is both verbs'
        second = (after[1]._replace(passive=False), appositive)
        # (a change of hands is what the sentence reports of the place, not the fighting on the way: the attack dropped)
        return [second] if cue.family == "att" and after[1].family != "att" else [(cue, appositive), second]
    second = second_relative(sentence, cue, after[1:]) if object_relative else None
    return [(cue, appositive), *coordinated_participle(sentence, cue, after[1:]), *([(second, appositive)] if second else [])]


_NOUN_OBJECT = re.compile(
    r"\s+(?:the|a|an|its|their|several|many|some|most|all|two|three|four|five|\d+)\s+(?!(?:town|city|village|settlement)\b)"
    r"(?:[\w-]+\s+){0,2}?(?:villages|towns|settlements|positions|heights|suburbs|outskirts|districts|approaches|flanks?|road|roads)\b",
    re.IGNORECASE,
)
"""A change's own object, places named by a noun: what a "where" clause says was taken near its place."""
_SECOND_VERB_GAP = re.compile(r"\s+(?:and|but)\s+(?:then\s+|later\s+|finally\s+|eventually\s+)?", re.IGNORECASE)
"""Between two verbs of one object: "which Ukrainian forces encircled and retook"."""


def _held_by_who_left(sentence: str, spans: Sequence[tuple[int, int]], tail: int, gap: str) -> bool:
    """Whether the list ending at name ``tail`` is where the troops named before it stood ("the Russian garrison in
    Lyman"), the withdrawal verb right after it (a few words: "withdrew", "began to pull out"; not "Russian forces in
    Kharkiv were left understrength": a passive is no withdrawal of theirs)."""
    start = spans[tail][0]
    return (
        words(gap) <= 3
        and not grammar.BARRIER.search(gap)
        and bool(grammar.HOLDERS_IN_BEFORE.search(sentence, max(0, start - 120), start))
    )


_BETWEEN_END = re.compile(r"\bbetween\s+(?:the\s+)?$", re.IGNORECASE)
"""What a pair of reference points opens on: a relative after the pair is about what lies between them."""
_NOUN_BEFORE_BEARING = re.compile(
    r"\b(?:villages?|towns?|settlements?|hamlets?|positions?|areas?|fields?|forests?|woods?|heights?|hills?|roads?|lines?"
    r"|junctions?|hubs?)(?:\s+in\s+[^,;()]{1,40}?)?"  # ("the rail junction in Donetsk Oblast north of X, which ...")
    r"\s+(?:(?:\d+\s*(?:km|kilometres|kilometers)\s+)?(?:to\s+the\s+)?(?:north|south|east|west)[\w-]*\s+of"
    r"|on\s+the\s+(?:[\w-]+\s+)?(?:road|highway|railway|route)\s+(?:to|from|towards?))\s+(?:the\s+(?:city|town)\s+of\s+)?$",
    re.IGNORECASE,
)
"""A noun placed by a bearing from the name after it, or on the road to it: a relative clause after the name is the
noun's ("Volnovakha, a railway town on the road to Donetsk, which was almost destroyed")."""
_KIND_IN_BEFORE = re.compile(
    r"\b(?:villages|towns|settlements|cities|hamlets)\s+in\s+(?:the\s+)?(?:(?:north|south)?-?(?:east|west)?ern\s+|central\s+)?$",
    re.IGNORECASE,
)
"""Places of a kind located in the name after them: a clause right after the name, with no comma, is theirs."""
_KIND_APPOSITION = re.compile(r"\s*,\s*the\s+(?:town|city|village)\s", re.IGNORECASE)
"""An apposition that names the kind of the place right before it: ", the city our brigade helped free"."""
_BEARING_APPOSITION = re.compile(
    r"\s*,\s*(?:about\s+|some\s+|just\s+)?(?:\d+\s*(?:km|kilometres|kilometers|miles)\s+)?(?:to\s+the\s+)?"
    r"(?:north|south|east|west)[\w-]*\s+of\s+(?:the\s+(?:city|town|village)\s+of\s+)?$",
    re.IGNORECASE,
)
"""A reference point set off after another name ("A, west of Kupiansk, ..."): what follows the apposition is A's."""
_OBLAST_PLACING = re.compile(r"\s+in\s+(?:the\s+)?[A-Z][\w'’-]+\s+(?:Oblast|region|Raion)\b")
"""A noun's oblast: "a rail junction in Donetsk Oblast"."""


def _placed_in_oblast(sentence: str, start: int, end: int) -> bool:
    """Whether the text from ``start`` ends at ``end`` with an oblast placing the noun before it ("in Donetsk Oblast")."""
    placed = _OBLAST_PLACING.search(sentence, start, end)
    return placed is not None and placed.end() == end


_NOUN_BEARING = re.compile(
    r",\s+(?:the|a|an)\s+(?:[\w-]+\s+){1,3}?(?:(?:to\s+the\s+)?(?:north|south|east|west)[\w-]*\s+of|near|outside)\s+(?:the\s+)?",
    re.IGNORECASE,
)
"""An apposition of a noun placed by its bearing from a reference point: "X, a settlement south of Y controlled by
Russia's proxies" (the participle right after Y tells of the noun, X)."""
_PARTICIPLE_GAP = re.compile(r"\s*,?\s*")
_BARE_BEARING = re.compile(r"\s*,\s*(?:to\s+the\s+)?(?:north|south|east|west)[\w-]*(?:\s+of)?\s", re.IGNORECASE)
"""An apposition that is a bearing alone, no noun ("A and B, north of X, where ..."): it places every name before it."""
_REPORTED_AS = re.compile(
    r"\s*(?:was|were|is|are|has\s+been|have\s+been|had\s+been)\s+(?:also\s+|later\s+|soon\s+)?(?:reported|said|declared|confirmed)"
    r"(?:\s+to\s+be)?\s*",
    re.IGNORECASE,
)
"""A report told in the passive between a list and its state: "A and B were reported free of Russian troops"."""
_WHOSE = re.compile(r"\s*,\s*whose\s+", re.IGNORECASE)
"""A relative whose noun is the cue: "X, whose capture the ministry claimed", "X, whose liberation ..."."""

_WHOSE_SURROUNDINGS = re.compile(
    r"\s*,\s*whose\s+(?:[\w-]+\s+)?(?:approaches|outskirts|surroundings|environs|suburbs|hinterland)\b", re.IGNORECASE
)
"""A relative that tells of the ground around the name, not of the name: "X, whose approaches they held"."""

_LEFT_BEHIND = ("abandon", "given up")
"""Withdrawal verbs whose object is the place left: "X was abandoned by its garrison" (and "X was left by the retreating
forces", not "forces in X were left understrength")."""
