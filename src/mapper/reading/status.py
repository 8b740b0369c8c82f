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
"""

from __future__ import annotations

import re
from collections.abc import Iterator, Sequence
from dataclasses import dataclass
from functools import lru_cache
from itertools import pairwise
from typing import NamedTuple

from mapper.reading import cues as lexicon
from mapper.reading._scan import matches_at_words
from mapper.reading.analysis import SentenceAnalysis, analyse, denial_after
from mapper._types import MentionKind, Status
from mapper.reading.actors import Side, actor_of, russian_claim

__all__ = ["StatusReading", "read_statuses"]


@dataclass(frozen=True, slots=True)
class StatusReading:
    """One status a sentence gives one mention: the status, its cue and a confidence (0–1)."""

    status: Status
    cue: str
    confidence: float


@dataclass(frozen=True, slots=True)
class _Sides:
    """What the report as a whole says of the sides: who prevails, whose voice it is."""

    prior: Side | None
    voice: Side | None


def _group_tail(groups: Sequence[int], head: int) -> int:
    return max(i for i, g in enumerate(groups) if g == groups[head])


class _Cue(NamedTuple):  # a tuple: several are made per sentence, and tuples are made fastest
    start: int
    end: int
    text: str
    family: str
    grammar: str
    reach: int
    passive: bool


def read_statuses(
    sentence: str,
    spans: Sequence[tuple[int, int]],
    kinds: Sequence[MentionKind] | None = None,
    *,
    prior: Side | None = None,
    voice: Side | None = None,
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
        The side whose official wording the report uses (see :func:`mapper.reading.actors.report_voice`):
        in a Russian statement, "liberated" reports a Russian capture.
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
    cues = _find_cues(sentence, spans)
    if not cues:
        return [() for _ in range(count)]
    if sentence.rstrip(" \"'”’").endswith("?"):
        return [() for _ in range(count)]  # a question reports nothing
    if analysis is None:
        analysis = analyse(sentence, spans, kinds)
    raw_groups = analysis.groups
    groups = _join_lists(sentence, spans, kinds, list(raw_groups))
    if "villages" in sentence or "towns" in sentence or "settlements" in sentence:
        _split_counted_locator(sentence, spans, groups)
    sides = _Sides(prior, voice)
    excluded: dict[int, bool] = {}

    def takes_no_status(i: int) -> bool:
        # a name used as a modifier, inside parentheses, or only locating the name before it
        if i not in excluded:
            excluded[i] = (
                _is_modifier(sentence, spans, groups, i)
                or _in_parentheses(sentence, spans[i])
                or _is_locator(sentence, spans, kinds, i, cues)
            )
        return excluded[i]

    for members in _group_members(groups):
        head, tail = members[0], members[-1]
        found: list[StatusReading] = []
        forward = _forward_cue(sentence, spans, raw_groups, cues, head)
        if forward is not None:
            found.extend(_reading(sentence, forward, sides))
        referenced = bool(lexicon.REFERENCE_BEFORE.search(sentence, max(0, spans[head][0] - 40), spans[head][0]))
        # "X, on the road to Y, remains in Russian hands": the verb after the apposition is X's
        locating = _locates_the_name_before(sentence, spans, head, tail)
        backward = [] if locating else _backward_cues(sentence, spans, cues, tail, forward, referenced=referenced)
        if not locating and not referenced:
            backward += _after_apposition(sentence, spans, cues, tail, forward)
        for cue, tail_only in backward:
            if tail_only and len(members) > 1:
                readings[tail].extend(_reading(sentence, cue, sides))
            else:
                found.extend(_reading(sentence, cue, sides))
        if not found and lexicon.FRONTED.match(sentence[: spans[head][0]]):
            found.extend(_fronted(sentence, spans, kinds, cues, tail, sides))
        if found:
            for i in members:
                readings[i].extend(found)
        elif "followed" in sentence and lexicon.FOLLOWED.match(sentence, spans[tail][1]):
            # "Balakliia was liberated on 8 September, and Kupiansk and Izium followed"
            earlier = [readings[j] for j in range(head) if readings[j]]
            if earlier:
                for i in members:
                    readings[i].extend(StatusReading(r.status, r.cue, 0.8 * r.confidence) for r in earlier[-1])
    for last, located, bare in analysis.series:
        # "attacked near X itself; northwest of X near A and B": the later parts continue the attack;
        # "...: A (Kharkiv oblast); B and C (Luhansk oblast)": a bare list continues the list before it
        wanted = ("attacked", "liberated", "occupied") if bare else ("attacked",)
        carried = next((a for j in range(last, -1, -1) if (a := [r for r in readings[j] if r.status in wanted])), [])
        for i in located:
            if not readings[i]:
                readings[i].extend(StatusReading(r.status, r.cue, 0.9 * r.confidence) for r in carried)
    for cue in cues:
        anaphor = lexicon.ANAPHOR_OBJECT.match(sentence, cue.end) if cue.grammar != "back" else None
        if anaphor is not None:
            # "advanced to A, B and C and recaptured them", "as Russian troops assault the town": the
            # names before, in the same clause, not named as a reference point
            for k in _antecedents(sentence, spans, kinds, groups, cue, plural=anaphor.group("plural") is not None):
                if not readings[k]:
                    readings[k].extend(_reading(sentence, cue, sides, confidence=0.7))
    if any(readings) and ("deni" in sentence or "reject" in sentence or "refut" in sentence or "disput" in sentence
                          or "dismiss" in sentence or "false" in sentence or "untrue" in sentence):
        for i in range(count):
            if readings[i] and denial_after(sentence, spans[i][1]):
                readings[i] = []  # "..., a claim Kyiv denied"
    for i in range(count):
        if readings[i] and takes_no_status(i):
            readings[i] = []
        elif not readings[i] and kinds[i] in ("region", "raion") and not takes_no_status(i):
            readings[i].extend(_territory(sentence, spans, cues, i, sides))
    return [_dedupe(r) for r in readings]


def _antecedents(
    sentence: str,
    spans: Sequence[tuple[int, int]],
    kinds: Sequence[MentionKind],
    groups: list[int],
    cue: _Cue,
    *,
    plural: bool,
) -> list[int]:
    """The names an anaphoric object after ``cue`` stands for: the last list of settlements before it in
    its clause, not a reference point; "them" needs a list of two or more."""
    candidates = [
        k for k, (a, b) in enumerate(spans)
        if b <= cue.start and kinds[k] == "settlement"
        and not lexicon.REFERENCE_BEFORE.search(sentence, max(0, a - 40), a)
    ]  # fmt: skip
    if not candidates or lexicon.BARRIER.search(sentence, spans[candidates[-1]][1], cue.start):
        return []
    last = candidates[-1]
    members = [k for k in candidates if groups[k] == groups[last]]
    return members if len(members) > 1 or not plural else []


def _locates_the_name_before(sentence: str, spans: Sequence[tuple[int, int]], head: int, tail: int) -> bool:
    """Whether the list ``head``..``tail`` stands in an apposition locating the name before it
    ("Marinka, a town south-west of Donetsk that had been reduced to ruins")."""
    return (
        head > 0
        and bool(lexicon.REFERENCE_APPOSITION.fullmatch(sentence, spans[head - 1][1], spans[head][0]))
        and bool(lexicon.REFERENCE_APPOSITION_END.match(sentence, spans[tail][1]))
    )


def _split_counted_locator(sentence: str, spans: Sequence[tuple[int, int]], groups: list[int]) -> None:
    """ "two villages near Pokrovsk, Sokil and Novoselivka": Pokrovsk locates the list after it, not
    one of its members."""
    for h in range(len(spans) - 2):
        if groups[h] != h or groups[h + 1] != h:
            continue
        if not lexicon.COUNTED_PLACES_END.search(sentence, max(0, spans[h][0] - 60), spans[h][0]):
            continue
        if not lexicon.RESTATED_LIST.fullmatch(sentence, spans[h][1], spans[h + 1][0]):
            continue
        for k in range(h + 1, len(spans)):
            if groups[k] == h:
                groups[k] = h + 1


def _join_lists(
    sentence: str,
    spans: Sequence[tuple[int, int]],
    kinds: Sequence[MentionKind],
    groups: list[int],
) -> list[int]:
    """Lists that go on past a region locating their first part, or past a compass area.

    "A and B in the Sumy oblast and C in the Kharkiv oblast": A, B and C form one list.
    """
    joined = list(groups)
    for j in range(1, len(spans)):
        if joined[j] != j:
            continue  # not the head of a list
        previous = j - 1
        if kinds[previous] in ("region", "raion") and previous >= 1 and kinds[previous - 1] not in ("region", "raion"):
            located = previous - 1
            if not (
                lexicon.LIST_JOIN.fullmatch(sentence, spans[previous][1], spans[j][0])
                and lexicon.LOCATOR_GAP.fullmatch(sentence, spans[located][1], spans[previous][0])
            ):
                continue
        elif (
            lexicon.COMPASS_JOIN.fullmatch(sentence, spans[previous][1], spans[j][0])
            or lexicon.NOUN_LIST_JOIN.fullmatch(sentence, spans[previous][1], spans[j][0])
            or lexicon.DATE_LIST_JOIN.fullmatch(sentence, spans[previous][1], spans[j][0])
        ):
            located = previous
        else:
            continue
        for k in range(j, len(spans)):
            if joined[k] == j:
                joined[k] = joined[located]
    return joined


def _cue_matches(sentence: str) -> Iterator[re.Match[str]]:
    """Every cue in ``sentence``, as :func:`re.finditer` of the cue pattern would find them."""
    lowered = sentence.lower()
    if len(lowered) != len(sentence):  # lower-casing changed the length: the slow, exact way
        return lexicon.CUE_RE_ANY_CASE.finditer(sentence)
    return matches_at_words(lexicon.cue_pattern_at, lexicon.CUE_STARTS, lowered)


def _find_cues(sentence: str, spans: Sequence[tuple[int, int]]) -> list[_Cue]:
    cues = []
    for match in _cue_matches(sentence):
        start, end = match.span()
        for a, b in spans:
            if a <= start < b:
                break  # a word inside a place name ("Vyzvolene" is not a cue)
        else:
            cues.append(_cue(sentence, match, start, end))
    return cues


def _cue(sentence: str, match: re.Match[str], start: int, end: int) -> _Cue:
    family, grammar, _, reach = lexicon.CUES[int(match.lastgroup[1:])]  # type: ignore[index]  # group c<row>
    if family == "held" and sentence[start - 1 : start] == "-":
        if lexicon.UKRAINIAN_PREFIX.search(sentence, max(0, start - 10), start):
            family = "none"  # "Ukrainian-held": no occupation, and no other cue reaches past it
    participle = _is_participle(match.group())
    passive = participle and (
        bool(lexicon.PASSIVE_BEFORE.search(sentence, max(0, start - 40), start))
        or (  # "Primary school in Chuhuiv shelled": a caption, no auxiliary anywhere
            bool(lexicon.HEADLINE_END.match(sentence, end)) and not lexicon.AUXILIARY.search(sentence, 0, start)
        )
    )
    return _Cue(start, end, sentence[start:end], family, grammar, reach, passive)




@lru_cache(maxsize=4096)  # a handful of cue words recur in every report
def _is_participle(cue: str) -> bool:
    """Whether a cue starts with a past participle (so that "was/were" before it makes a passive)."""
    first = cue.split()[0].lower()
    return first.endswith(("ed", "en")) or first in lexicon.IRREGULAR_PARTICIPLES


def _group_members(groups: list[int]) -> list[list[int]]:
    members: dict[int, list[int]] = {}
    for i, g in enumerate(groups):
        members.setdefault(g, []).append(i)
    return list(members.values())


def _words(text: str) -> int:
    return len(lexicon.OBJECT_GAP_WORD.findall(text))


def _event_with_object(sentence: str, spans: Sequence[tuple[int, int]], cue: _Cue) -> bool:
    """Whether a nominal event names its own object right after it ("the strike on X")."""
    return any(a >= cue.end and lexicon.EVENT_OBJECT.fullmatch(sentence, cue.end, a) for a, _ in spans)


def _forward_cue(
    sentence: str, spans: Sequence[tuple[int, int]], groups: Sequence[int], cues: list[_Cue], head: int
) -> _Cue | None:
    start = spans[head][0]
    before = [
        c
        for c in cues
        if c.end <= start
        and (
            c.grammar != "back"
            or (c.family == "att" and lexicon.INCLUDING.match(sentence, c.end, start))
            or bool(lexicon.EVENT_OBJECT.fullmatch(sentence, c.end, start))  # "after the strikes on X"
        )
    ]
    if not before:
        return None
    cue = before[-1]
    if (
        cue.passive
        and (cue.family not in ("loss", "flag") or cue.text.lower() == "left")
        and not lexicon.INCLUDING.match(sentence, cue.end, start)
        and not (  # "troops were attacked near X": X is where
            cue.family == "att" and _words(sentence[cue.end : start]) <= 6 and lexicon.NEAR_END.search(sentence, cue.end, start)
        )
    ):
        return None  # "X was captured": governs its subject, not what follows ("towns were shelled, such as X" does)
    gap = sentence[cue.end : start]
    if cue.grammar == "both" and not lexicon.INCLUDING.match(gap):
        return None
    between = [(a, b) for a, b in spans if cue.end <= a and b <= start]
    if between and _lists_on(sentence, cue, between, gap, start):
        return cue
    near = lexicon.NEAR_END.search(gap) if cue.family == "att" else None
    most = lexicon.MOST_OF_THEM.search(gap) if near is not None and cue.grammar != "near" else None
    if most is not None and _words(gap) <= 24 and not lexicon.BARRIER.search(gap):
        # "repelled 40 attacks along the front in 24 hours, most of them near X"
        gap = gap[most.start() :]
        near = lexicon.NEAR_END.search(gap)
    reach = cue.reach + 4 if near is not None else cue.reach  # "struck units of the enemy's 3rd brigade near X"
    included = lexicon.INCLUDING_WITHIN.search(gap) if "," in gap else None
    if included is not None and _words(gap[: included.start()]) <= reach + 4 and not lexicon.BARRIER.search(gap):
        # "Russia holds about a fifth of Ukraine, including Crimea and parts of Donetsk Oblast"
        gap = gap[included.start() :]
    if _words(_strip_parentheses(gap)) > reach and not lexicon.COLON_END.search(gap):
        return None
    if cue.grammar == "near" and near is None and cue.text.lower().startswith(("advanc", "made")):
        near = lexicon.ADVANCE_IN.search(gap)  # "advanced in western X"
    if cue.grammar == "near" and near is None:
        return None  # "advanced near X" is an attack; "advanced towards X" or "advanced 2 km" is not
    if near is not None and between:
        # "attacked northeast of Kupiansk near A and B and southeast of it near C", "from the north
        # near A and from the south near B": places named on the way locate or parallel the attack
        pieces = [sentence[cue.end : between[0][0]]]
        pieces += [sentence[b:a] for (_, b), (a, _) in pairwise(between)]
        if not all(lexicon.WAYPOINT_BEFORE.search(piece) for piece in pieces):
            return None  # "shelling of Pavlivka near Vuhledar": the place after "near" locates the object
        pieces.append(sentence[between[-1][1] : start])
        gap = " ".join(
            lexicon.DIRECTION_OF.sub(" ", lexicon.COMPASS_OF.sub(" ", lexicon.NEAR_WORD.sub(" ", piece))) for piece in pieces
        )
        between = []
    elif near is not None:
        # "repelled attacks near X": near is where the fighting was; "advanced west of the town near X"
        gap = lexicon.COMPASS_OF.sub(" ", gap[: near.start()])
    if lexicon.BARRIER.search(gap) or lexicon.REFERENCE.search(gap) or lexicon.BETWEEN.search(gap):
        return None
    if between and not lexicon.COLON_END.search(gap):
        # another place stands between cue and list: it is the cue's object, unless it only
        # locates ("seven villages in Svatove Raion: A, B"), or, for an attack, this name
        # locates it ("struck the Azovstal plant in Mariupol").
        if not (cue.family == "att" and lexicon.IN_GAP.fullmatch(sentence, between[-1][1], start)):
            return None
    if cue.text.lower() in ("left", "leaving", "leaves") and (
        not lexicon.AFTER_LEFT_OBJECT.match(sentence, spans[_group_tail(groups, head)][1])
        or not lexicon.MILITARY.search(sentence, 0, cue.start)  # "evacuation train leaves X": no army
    ):
        return None  # "left X without power", "left X under Russian control": not a withdrawal
    if cue.text.lower().endswith(" of") and lexicon.MODAL_AFTER.match(
        sentence, spans[_group_tail(groups, head)][1]
    ):
        return None  # "the fall of Pokrovsk would open the road": a hypothetical event
    if cue.family == "loss" and lexicon.DESTINATION.search(gap):
        return None  # "retreated to Lyman": a destination
    if cue.family in (
        "lib",
        "gain",
        "att",
        "occ",
        "fall",
    ) and lexicon.FROM_BEFORE.search(gap):
        return None  # "advanced north from Donetsk Oblast": an origin
    return cue


def _lists_on(sentence: str, cue: _Cue, between: list[tuple[int, int]], gap: str, start: int) -> bool:
    """Whether a cue reaches past the places named between it and a list: examples after "such as"
    ("kept shelling X and villages along the river such as A and B"), an attack's second target
    ("struck the bridge near X and the road across the dam at Y", "attacked near X and in the Y
    region"), or the counted places a name locates ("retreated from two villages near X, A and B")."""
    if ("such" in gap or "includ" in gap or "among" in gap) and cue.family in ("att", "lib", "gain", "occ", "held"):
        return (
            lexicon.SUCH_AS_END.search(gap) is not None
            and _words(gap) <= cue.reach + 10
            and not lexicon.BARRIER.search(gap)
        )
    if len(between) != 1:
        return False
    (first_start, first_end), = between
    if cue.family == "att" and lexicon.SECOND_TARGET.fullmatch(sentence, first_end, start):
        first = sentence[cue.end : first_start]
        return (
            _words(gap) <= cue.reach + 8
            and not lexicon.BARRIER.search(gap)
            and (lexicon.NEAR_END.search(first) is not None or lexicon.IN_GAP.fullmatch(first) is not None
                 or _words(first) <= 1)
        )  # fmt: skip
    return bool(
        lexicon.RESTATED_LIST.fullmatch(sentence, first_end, start)
        and lexicon.COUNTED_PLACES.fullmatch(sentence, cue.end, first_start)
    )


def _after_apposition(
    sentence: str, spans: Sequence[tuple[int, int]], cues: list[_Cue], tail: int, forward: _Cue | None
) -> list[tuple[_Cue, bool]]:
    """The main verb after an apposition that holds a cue of its own: "X, a town recaptured in
    2022, is under attack again" (the apposition's cue is read by :func:`_backward_cues`)."""
    end = spans[tail][1]
    if "," not in sentence[end : end + 2]:
        return []
    apposition = lexicon.APPOSITION_SKIP.match(sentence, end)
    if apposition is None or not any(end <= c.start < apposition.end() for c in cues):
        return []
    cue = next((c for c in cues if c.start >= apposition.end() and c is not forward), None)
    if (
        cue is not None
        and cue.family in ("fall", "occ", "lib", "gain", "att")
        and (cue.grammar in ("back", "both") or cue.passive)
        and _words(sentence[apposition.end() : cue.start]) <= 3
        and not any(end <= a < cue.start for a, _ in spans[tail + 1 :])
    ):
        return [(cue, False)]
    return []


def _backward_cues(
    sentence: str,
    spans: Sequence[tuple[int, int]],
    cues: list[_Cue],
    tail: int,
    forward: _Cue | None,
    *,
    referenced: bool = False,
) -> list[tuple[_Cue, bool]]:
    """The cue after a list that governs it, and whether it governs the last member only.

    A list named as a reference point ("attacks towards X were repelled") takes a cue only
    from a relative clause about it ("south of X, which Ukrainian forces liberated").
    """
    end = spans[tail][1]
    after = [c for c in cues if c.start >= end and c is not forward and c.grammar != "near"]
    if not after:
        return []
    cue = after[0]
    if cue.grammar == "back" and _event_with_object(sentence, spans, cue):
        return []  # "Kharkiv was quiet after the strikes on Izium": the strikes were Izium's
    if (
        cue.family in ("fall", "occ", "lib", "gain", "att")
        and (cue.grammar == "back" or cue.passive)
        and _words(sentence[end : cue.start]) > max(cue.reach, 1)
        and lexicon.AFTER_RELATIVE.fullmatch(sentence, end, cue.start)
    ):
        # "Chasiv Yar, which lies west of X, sits on a hill and had withstood attacks"
        return [(cue, False)]
    for later in after[1:]:
        # "Avdiivka, which had been under attack since October, fell to Russian troops":
        # the main verb after the relative clause governs the subject as well.
        if lexicon.AFTER_RELATIVE.fullmatch(sentence, end, later.start) and later.family in (
            "fall",
            "occ",
            "lib",
            "gain",
            "att",
        ):
            extra = [(later, False)] if later.grammar == "back" or later.passive else []
            return _backward_cues(sentence, spans, [cue], tail, forward, referenced=referenced) + extra
    if cue.family == "loss" and cue.grammar != "back":
        return []  # withdrawal is always "from X", never "X withdrew"
    gap = sentence[end : cue.start]
    relative = lexicon.RELATIVE.match(gap)
    apposition = None if relative else lexicon.APPOSITION_SKIP.match(gap)
    if apposition is not None:
        # "Enerhodar, home of the nuclear plant, was seized": the verb governs the subject
        end += apposition.end()
        gap = gap[apposition.end() :]
    participle = (
        lexicon.PARTICIPLE_GAP.fullmatch(gap)
        and cue.family in ("occ", "lib", "gain", "held", "att")
        and _is_participle(cue.text)  # "X, occupied in April"; not "X, inflicting losses"
    )
    if cue.grammar == "back" or cue.grammar == "both":
        ok = _words(lexicon.GAP_ADVERB.sub(" ", gap) if " " in gap.strip() else gap) <= max(cue.reach, 1) and not lexicon.BARRIER.search(gap) or bool(relative)
    elif cue.passive or participle or lexicon.BY.match(sentence, cue.end):
        ok = (_words(gap) <= 6 and not lexicon.BARRIER.search(gap)) or bool(relative)
    elif relative:
        ok = True
    elif cue.family == "occ" and lexicon.APPOSITION_GAP.fullmatch(gap) and lexicon.NOUN_AFTER.match(sentence, cue.end):
        return [(cue, False)]  # "Melitopol, the occupied city"; "toward Kreminna, a Russian-held town"
    else:
        ok = False
    if not ok or _words(gap) > 16 or ";" in gap or (referenced and not relative):
        return []
    if not relative and lexicon.SPEECH.search(gap):
        return []  # "officials in Nova Kakhovka said the dam was damaged": where the speaker is
    if relative and lexicon.BARRIER.search(gap[relative.end() :]):
        return []
    if any(end <= a and b <= cue.start for a, b in spans[tail + 1 :]) and not relative:
        return []
    appositive = bool(relative) and bool(lexicon.APPOSITIVE.match(gap))
    return [(cue, appositive)]


def _fronted(
    sentence: str,
    spans: Sequence[tuple[int, int]],
    kinds: Sequence[MentionKind],
    cues: list[_Cue],
    tail: int,
    sides: _Sides,
) -> list[StatusReading]:
    """ "In Izium, ... soldiers hoisted the flag": the main clause's cue applies to the fronted place."""
    end = spans[tail][1]
    if not lexicon.FRONTED_END.match(sentence, end):
        return []
    found: list[StatusReading] = []
    for cue in cues:
        if cue.start < end or cue.family not in ("att", "flag", "lib"):
            continue
        if any(a >= cue.end and _words(sentence[cue.end : a]) <= cue.reach and kinds[k] != "raion"
               for k, (a, _) in enumerate(spans)):  # fmt: skip
            continue  # the cue has an object of its own (a district is inside the fronted city)
        found.extend(_reading(sentence, cue, sides, confidence=0.6))
    return found


def _territory(
    sentence: str,
    spans: Sequence[tuple[int, int]],
    cues: list[_Cue],
    i: int,
    sides: _Sides,
) -> list[StatusReading]:
    """ "forces in the Kherson region ... liberated 500 sq km": the region where ground was won."""
    start, end = spans[i]
    for cue in cues:
        if cue.family not in ("lib", "gain", "loss"):
            continue
        if not lexicon.TERRITORY.match(sentence[cue.end :]):
            continue
        between = sentence[min(end, cue.end) : max(start, cue.start)]
        if _words(between) > 14 or ";" in between or lexicon.REFERENCE.search(between):
            continue
        if cue.start > end and not lexicon.FORCES_IN.search(sentence, 0, start):
            continue
        if cue.end < start and not lexicon.IN_BEFORE.search(sentence, 0, start):
            continue
        return _reading(sentence, cue, sides, confidence=0.6)
    return []


def _reading(
    sentence: str,
    cue: _Cue,
    sides: _Sides,
    *,
    confidence: float | None = None,
) -> list[StatusReading]:
    if cue.family == "none" or (_is_modal(sentence, cue) and not _standing_state(sentence, cue)):
        return []
    family = cue.family
    status: Status | None
    base = 0.85
    if family in ("att",):
        status, base = "attacked", 0.8
    elif family == "occ":
        status, base = "occupied", 0.85
    elif family == "flag":
        status, base = "liberated", 0.8
    else:
        actor, explicit = actor_of(sentence, cue.start, cue.end, family=cue.family, passive=cue.passive)
        if family == "lib":
            if "ukrainian" in cue.text.lower():
                actor = "ukrainian"  # "returned to Ukrainian control" names the side itself
            elif not explicit:
                # an actor in another clause does not liberate; a Russian claim does
                actor = "russian" if russian_claim(sentence, cue.start, cue.end, sides.voice) else None
            status = "occupied" if actor == "russian" else "liberated"
        elif family == "held":
            status = "occupied" if actor == "russian" else None
        elif family == "loss":
            if lexicon.CIVILIANS_BEFORE.search(sentence, max(0, cue.start - 50), cue.start):
                return []  # "thousands of residents fled X": people fleeing, no army withdrawing
            if actor is None and sides.prior == "russian":
                actor = "ukrainian"  # "the withdrawal from X" in a report of Russian gains
            status = "occupied" if actor == "ukrainian" else "liberated"
        elif family == "fall" or (not explicit and cue.text.lower().startswith(("seiz", "overr"))):
            # "the fall of X", "X was seized": the war's attacker, unless the sentence names another
            side = actor if explicit else "russian"
            if not explicit:
                base = 0.6
            status = "liberated" if side == "ukrainian" else "occupied"
        else:  # gain
            if not explicit and russian_claim(sentence, cue.start, cue.end, sides.voice):
                actor = "russian"  # "Moscow announced that X had been captured"
            side = actor or sides.prior
            status = None if side is None else ("liberated" if side == "ukrainian" else "occupied")
            if not explicit:
                base = 0.6
        if status is None:
            return []
    return [StatusReading(status, cue.text, confidence if confidence is not None else base)]


def _standing_state(sentence: str, cue: _Cue) -> bool:
    """An occupation named as a state, not an event: "the return of occupied cities such as X" is a
    goal, but the cities are occupied now whatever the goal."""
    return (
        cue.family == "occ"
        and cue.text.lower().endswith(("occupied", "held", "controlled"))
        and bool(lexicon.STATE_ADJECTIVE_BEFORE.search(sentence, max(0, cue.start - 30), cue.start))
    )


def _is_modal(sentence: str, cue: _Cue) -> bool:
    # The modal, goal or negation must stand in the cue's clause, at most a few words before it.
    clause_start = max(0, cue.start - 90)
    window = sentence[clause_start : cue.start]
    # Each test below that reads the clause's window matches only if it matches in the wider
    # window too (the clause is its end, cut after a barrier, where no word starts); a cue with
    # none of them in reach, and no word of denial in its sentence (most cues), needs no clause.
    if not (
        lexicon.MODAL.search(window)
        or ("to" in window and lexicon.TO_INFINITIVE.search(window))
        or (cue.family == "att" and lexicon.ANNOUNCED.search(window))
        or _names_a_denial(sentence)
    ):
        return False
    for barrier in lexicon.BARRIER.finditer(sentence, clause_start, cue.start):
        clause_start = barrier.end()
    window = sentence[clause_start : cue.start]
    if lexicon.MODAL.search(window):
        return True
    if lexicon.DENIAL_BEFORE.search(sentence, max(0, clause_start - 60), clause_start):
        return True  # "Kyiv denied that Kupiansk had fallen"
    if "to" in window and lexicon.TO_INFINITIVE.search(window) and not lexicon.FACTUAL_TO.search(window):
        return True
    if cue.family == "att" and lexicon.ANNOUNCED.search(window):
        return True
    return False


@lru_cache(maxsize=64)
def _names_a_denial(sentence: str) -> bool:
    """Whether ``sentence`` holds a word that DENIAL_BEFORE's matches start with, in any case."""
    if not sentence.isascii() and any(c in sentence for c in "\u0130\u0131\u017f\u212a"):
        return True  # a letter that a case-blind regex takes for i, s or k: no shortcut
    lowered = sentence.lower()
    return any(word in lowered for word in lexicon.DENIAL_WORDS)


def _is_modifier(sentence: str, spans: Sequence[tuple[int, int]], groups: list[int], i: int) -> bool:
    members = [j for j, g in enumerate(groups) if g == groups[i]]
    tail_end = spans[members[-1]][1]
    following = sentence[tail_end : tail_end + 40]
    modifier = (
        lexicon.MODIFIER.match(following.lstrip(" ")) if not following.startswith(("-", "–")) else None
    ) or lexicon.MODIFIER.match(following)
    if modifier is not None:
        if i == members[-1] or len(members) < 2:
            return True
        # "A and B in the Siversk direction": a singular modifier takes its own name only, unless the
        # names are one compound ("the Svatove-Kreminna line"); "the Kupiansk and Lyman directions" takes both
        joint = sentence[spans[members[-2]][1] : spans[members[-1]][0]]
        if "-" in joint or "–" in joint or modifier.group().rstrip().endswith("s"):
            return True
    # "Kharkiv TEC-5" stays a place; a capitalised word that is no place ("Kharkiv Tractor Plant") too.
    before = sentence[max(0, spans[i][0] - 12) : spans[i][0]]
    return bool(lexicon.EVENT_NAME.search(before))


def _is_locator(
    sentence: str,
    spans: Sequence[tuple[int, int]],
    kinds: Sequence[MentionKind],
    i: int,
    cues: Sequence[_Cue] = (),
) -> bool:
    """A region or raion named to say where the settlement before it lies ("Sosnove in Donetsk Oblast"),
    with no cue between them ("Kherson, the enemy is pressing from the occupied Crimea" locates nothing)."""
    if kinds[i] not in ("region", "raion") or i == 0:
        return False
    gap_start, gap_end = spans[i - 1][1], spans[i][0]
    before = sentence[gap_start:gap_end]
    if kinds[i - 1] in ("region", "raion") or any(
        gap_start <= c.start and c.end <= gap_end and not lexicon.NOUN_IN.fullmatch(sentence, c.end, gap_end)
        for c in cues
    ):  # a cue between them, unless it only describes what the region locates ("a Russian-held town in")
        return False
    return bool(lexicon.LOCATOR_GAP.fullmatch(before)) and _words(before) <= 12


def _in_parentheses(sentence: str, span: tuple[int, int]) -> bool:
    before = sentence[: span[0]]
    return before.count("(") > before.count(")")


def _strip_parentheses(text: str) -> str:
    return lexicon.PARENTHESES.sub(" ", text) if "(" in text else text


def _dedupe(readings: list[StatusReading]) -> tuple[StatusReading, ...]:
    best: dict[str, StatusReading] = {}
    for reading in readings:
        if reading.status not in best or reading.confidence > best[reading.status].confidence:
            best[reading.status] = reading
    return tuple(best.values())
