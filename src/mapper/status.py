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
  liberated city of X").

Verbs of capture ("captured", "took", "entered") read as *liberated* or
*occupied* depending on the actor, found as the clause's subject or in a
"by ..." phrase, else the report's prevailing actor; verbs of withdrawal read
the other way ("Russian forces withdrew from X": liberated). A cue under a modal,
a goal, a negation or a question ("would attack", "aims to capture", "failed to
take", "prospect of seizing") reports nothing. Regions named only to locate a
settlement ("Sosnove in Donetsk Oblast") and names used as modifiers ("the
Kharkiv front", "Luhansk Oblast Governor") get no status.
"""

from __future__ import annotations

import re
from collections.abc import Sequence
from dataclasses import dataclass
from typing import Literal

from mapper._types import MentionKind, Status
from mapper.sentences import coordinated_groups

__all__ = ["Side", "StatusReading", "read_statuses", "prevailing_side"]

Side = Literal["ukrainian", "russian"]

_FLAGS = re.IGNORECASE


@dataclass(frozen=True, slots=True)
class StatusReading:
    """One status a sentence gives one mention: the status, its cue and a confidence (0–1)."""

    status: Status
    cue: str
    confidence: float


# ---------------------------------------------------------------------------
# The cue lexicon. Each family says how its cue turns into a status:
#   lib   liberation verbs: liberated, unless the actor is Russian (then occupied)
#   gain  capture verbs: the actor's side gains the place
#   loss  withdrawal verbs: the actor's side loses the place (default actor Russian)
#   fall  "the fall of X", "X fell": the attacker gains it (the report's prevailing side)
#   occ   occupation: occupied
#   held  "held", "controlled": occupied when the holder is Russian
#   att   attacks: attacked
# Each cue's grammar: "fwd" governs what follows, "back" what precedes, "both".
_V = r"(?:ed|es|e|ing|s)?"
_CUES: tuple[tuple[str, str, str, int], ...] = (
    # (family, grammar, pattern, max words between cue and the governed list)
    ("flag", "fwd", r"(?:rais|hoist)(?:ed|es|e|ing)\s+(?:the\s+|a\s+)?(?:[\w’'-]+\s+){0,2}?flags?", 10),
    ("flag", "fwd", r"flags?\s+(?:was\s+|were\s+|has\s+been\s+|had\s+been\s+)?(?:raised|hoisted)", 10),
    ("lib", "back", r"(?:returned|back)\s+(?:to|under|in)\s+ukrainian\s+(?:control|hands)", 6),
    ("lib", "fwd", r"(?:troops|soldiers|forces)\s+at\s+(?:the\s+|an\s+)?entrance(?:\s+sign)?\s+to", 1),
    ("lib", "fwd", r"(?:liberation|recapture|retaking|reclaiming|de-?occupation)\s+of", 8),
    ("lib", "fwd", r"(?:push(?:ed|es)?|drove|driv(?:en|es|e)|forc(?:ed|es)|kick(?:ed|s)?|ous?t(?:ed|s)?)\s+"
     r"(?:the\s+)?(?:russian\s+|ukrainian\s+|enemy\s+)?(?:forces|troops|army|units|russians|ukrainians|invaders|occupiers)"
     r"\s+(?:back\s+)?(?:out\s+of|from)", 6),
    ("lib", "fwd", r"liberat" + _V + r"|retak(?:e|es|en|ing)|retook|recaptur" + _V
     + r"|regain(?:ed|s|ing)?(?:\s+control)?|reclaim(?:ed|s|ing)?|recover(?:ed|s)?|freed|frees|freeing"
     + r"|de-?occupied|cleared", 12),
    ("gain", "fwd", r"(?:tak(?:e|es|en|ing)|took|gain(?:ed|s)?|establish(?:ed|es)?|obtain(?:ed|s)?|seiz(?:ed|e|es)"
     + r"|assum(?:ed|e))\s+(?:full\s+|complete\s+)?control\s+(?:of|over|in)", 8),
    ("gain", "fwd", r"captur(?:ed|es|e|ing)|seiz(?:ed|es|e|ing)|overr(?:a|u)n|returned\s+to|(?:capture|seizure|takeover)\s+of", 12),
    ("gain", "fwd", r"took(?!\s+(?:part|place))|tak(?:e|es|ing)(?!\s+(?:part|place))|taken|enter(?:ed|s|ing)?", 3),
    ("loss", "fwd", r"(?:lost|lose|loses|losing)\s+control\s+(?:of|over)|loss\s+of", 6),
    ("loss", "fwd", r"withdr(?:ew|awn|aw|aws|awing)|withdrawal|retreat(?:ed|s|ing)?|pull(?:ed|s|ing)?\s+(?:out|back)"
     + r"|pullout|pull-out|fled|flee(?:ing|s)?|(?:driven|pushed|forced|kicked)\s+out|expell(?:ed|ing)|expulsion", 8),
    ("loss", "fwd", r"left|leaving|leaves|abandon(?:ed|s|ing)?", 2),
    ("fall", "fwd", r"fall\s+of", 6),
    ("fall", "back", r"fell|fallen|falls|fall", 0),
    ("occ", "fwd", r"(?:then-)?russian-(?:occupied|held|controlled)|russia-(?:occupied|held|controlled)"
     r"|occupation\s+of|occupied|occupy(?:ing)?", 6),
    ("occ", "both", r"under\s+(?:russian|enemy|russian\s+military)\s+(?:control|occupation)|in\s+russian\s+hands", 6),
    ("held", "fwd", r"held(?!\s+off)|controlled", 4),
    ("att", "back", r"(?:came|come|comes|coming)\s+under\s+(?:[\w-]+\s+){0,2}?(?:fire|attack|shelling|shellfire|bombardment)"
     + r"|under\s+(?:[\w-]+\s+)?(?:fire|attack|shelling|shellfire|bombardment|siege)", 8),
    ("att", "fwd", r"(?:launch|began|begin|begun|start|mount|conduct|open)\w*\s+(?:a\s+|an\s+|the\s+|its\s+|their\s+)?"
     + r"(?:[\w-]+\s+){0,2}?(?:counter-?offensives?|offensives?|assaults?|attacks?)", 6),
    ("att", "fwd", r"shell(?:ed|ing|s)?|struck|strik(?:e|es|ing)|strikes\s+(?:on|against)|hit|hits|bomb(?:ed|ing|s)"
     + r"|bombard(?:ed|ing|ment|ments)?|target(?:ed|ing|s)?|attack(?:ed|ing|s)?|assault(?:ed|ing|s)?"
     + r"|storm(?:ed|ing)|pound(?:ed|ing)|fir(?:ed|ing)\s+(?:on|at|upon)|fighting|fought|clash(?:es|ed)"
     + r"|battle\s+(?:in|for)|broke\s+through|advanc(?:ed|ing)\s+into|encircl(?:ed|ing|ement)"
     + r"|surrounded|besieg(?:ed|ing)|siege\s+of|raid(?:ed|s)?\s+on|destroyed|damaged|devastated|razed", 10),
)

_CUE_SOURCE = r"\b(?:" + "|".join(f"(?P<c{i}>{pattern})" for i, (_, _, pattern, _) in enumerate(_CUES)) + r")\b"
# Cues are matched in the lower-cased sentence (much faster than IGNORECASE); the
# case-insensitive twin serves the rare text whose lower-casing changes its length.
_CUE_RE = re.compile(_CUE_SOURCE)
_CUE_RE_ANY_CASE = re.compile(_CUE_SOURCE, _FLAGS)

# Reference points: the mention locates something else and takes no status.
_REFERENCE = re.compile(
    r"\b(?:(?:north|south|east|west)(?:-?(?:east|west))?(?:ern|ward|wards)?\s+(?:of|from|to)"
    r"|near|nearby|close\s+to|closer\s+to|outside|toward|towards|direction|directions|axis|away\s+from"
    r"|far\s+from|across\s+from|opposite|beyond|behind|past|along|via|km\s+from|km\s+of|miles\s+from"
    r"|kilomet(?:er|re)s\s+from|(?:border|frontier)\s+with)\b",
    _FLAGS,
)
_BETWEEN = re.compile(r"\bbetween\s+(?:the\s+)?(?:[\w-]+\s+)?$", _FLAGS)
_DESTINATION = re.compile(r"\b(?:to|into)\s+(?:the\s+)?(?:[\w-]+\s+)?$", _FLAGS)
_FROM_BEFORE = re.compile(r"\bfrom\s+(?:[\w-]+\s+){0,3}$", _FLAGS)
# Where a clause ends: a cue before it does not reach a mention after it.
_BARRIER = re.compile(
    r";|\s[\u2014\u2013]\s|\b(?:but|while|whereas|although|though|however|because|unless|until|when|whether|if"
    r"|which|who|where|that|after|before|since)\b|,\s*and\s+(?=[a-z]+(?:ed|ing)\b)",
    _FLAGS,
)
_RELATIVE = re.compile(r"^\s*,?\s*(?:(?:a|an|the)\s[^;,()]{0,80}?\s*)?,?\s*(?:which|that|where|who)\b", _FLAGS)
_PASSIVE_BEFORE = re.compile(
    r"\b(?:was|were|is|are|be|been|being|got|get|gets)\s+(?:\w+ly\s+){0,2}$", _FLAGS
)
_BY_ACTOR = re.compile(r"\s*(?:\w+\s+){0,3}?by\s+(?:the\s+)?(?P<actor>[\w’'-]+(?:\s+[\w’'-]+){0,2})", _FLAGS)
_MODAL = re.compile(
    r"\b(?:would|will|could|might|may|should|shall|must|can|cannot|not|n't|never|no\s+longer|failed\s+to"
    r"|fail\s+to|unable\s+to|refused\s+to|aims?\s+to|aimed\s+to|plans?\s+(?:to|for)|planned\s+to|planning\s+to"
    r"|intends?\s+to|intended\s+to|intent|attempt\w*\s+to|tr(?:y|ies|ied|ying)\s+to|seek\w*\s+to"
    r"|wants?\s+to|threat\w*\s+to|threat\s+of|expected\s+to|likely\s+to|in\s+order\s+to|goals?|prospect\s+of"
    r"|hopes?\s+to|hoping\s+to|set\s+to|ready\s+to|preparing\s+to|prepare\s+to|without|if|whether)\b"
    r"[^.;]{0,40}$",
    _FLAGS,
)
_TO_INFINITIVE = re.compile(r"\bto\s+(?:\w+ly\s+)?$", _FLAGS)
_FACTUAL_TO = re.compile(r"\b(?:forced|managed|continued|began|started|helped|used|went\s+on)\s+(?:[\w-]+\s+){0,3}to\s+$", _FLAGS)
_ANNOUNCED = re.compile(r"\b(?:announce\w*|announcement\s+of|plans?\s+for|talk\s+of)\b[^.;]{0,30}$", _FLAGS)

_UA = r"ukrain(?:e|ian|ians)|kyiv|zsu|uaf|afu"
_RU = r"russia|russian|russians|moscow|kremlin|pro-russian|separatists?|wagner|dpr|lpr|chechen"
_FORCE = (
    r"(?:forces|troops|army|military|soldiers|units|fighters|partisans|brigades?|defenders|attackers|marines"
    r"|paratroopers|servicemen|defen[cs]e\s+forces|armed\s+forces|national\s+guard|guard|ministry|general\s+staff"
    r"|command|commanders?)"
)
_ACTOR = re.compile(
    rf"(?<![\w-])(?:(?P<side>{_UA}|{_RU})(?:['’]s)?\s+(?:[\w-]+\s+){{0,3}}?{_FORCE}\b"
    rf"|armed\s+forces\s+of\s+(?P<of>ukraine|russia)\b"
    rf"|(?<!\bfrom\s)(?<!\binto\s)(?<!\bto\s)(?<!\bof\s)(?<!\bwith\s)(?<!\bagainst\s)(?<!\bfor\s)"
    rf"(?P<bare>ukraine|russia|ukrainians|russians)(?![\w-]))",
    _FLAGS,
)
_TERRITORY = re.compile(
    r"^\s*(?:[\w,.-]+\s+){0,3}?(?:\d[\d,.]*\s*(?:sq\.?\s*km|sqkm|km2|km²|square\s+\w+)|territory|territories|settlements"
    r"|villages|towns|areas|ground|land)\b",
    _FLAGS,
)
_FRONTED = re.compile(r"^\s*(?:in|at)\s+(?:the\s+(?:cities|towns|villages|city|town|village)\s+of\s+)?$", _FLAGS)
# A name used to modify a noun is not a place of the sentence ("the Kharkiv front").
_MODIFIER = re.compile(
    r"^(?:['’]s\s+)?\s*(?:line|lines|front|axis|direction|sector|offensive|counter-?offensives?|counteroffensive"
    r"|operation|campaign|people['’]s\s+republics?|regional\s+(?:council|administration|governor)"
    r"|city\s+(?:council|hall|administration)|council|administration|authority|authorities|governor|mayor"
    r"|occupation|mass\s+graves?|highway|road|river|rivers|reservoir|bridge|airport|death\s+toll"
    r"|group|grouping|brigade|battalion|regiment|division|militia|settlement\s+hromada|hromada|(?-i:[A-Z]{2,})\b"
    r"|-\s*[A-Z][\w’'-]+\s+(?:highway|road|border|railway))\b",
    _FLAGS,
)
_OBJECT_GAP_WORD = re.compile(r"[\w’'-]+")
_UA_RE = re.compile(_UA, _FLAGS)
_INCLUDING = re.compile(r"\s*,\s*including\b", _FLAGS)
_COLON_END = re.compile(r":\s*$")
_PARTICIPLE_GAP = re.compile(r"\s*,\s*(?:\w+ly\s+)?")
_BY = re.compile(r"\s*by\b", _FLAGS)
_TO_ACTOR = re.compile(r"\s*to\s+(?:the\s+)?(?P<actor>[\w’'-]+(?:\s+[\w’'-]+){0,2})", _FLAGS)
_APPOSITIVE = re.compile(r"\s*,\s*(?:a|an|the)\s", _FLAGS)
_FRONTED_END = re.compile(r"[\s\w-]*,|\s*(?:and\s+the\s+[\w\s]+)?,", _FLAGS)
_FORCES_IN = re.compile(r"\b(?:forces|troops|army|units)\s+in\s+(?:the\s+)?(?:\w+\s+)?$", _FLAGS)
_IN_BEFORE = re.compile(r"\bin\s+(?:the\s+)?(?:\w+\s+)?$", _FLAGS)
_AFTER_RELATIVE = re.compile(r"\s*,\s*(?:which|who|that|where)\b[^,;]*,\s*(?:\w+ly\s+)?(?:(?:was|were|has|have|had)\s+(?:been\s+)?)?", _FLAGS)
_IN_GAP = re.compile(r"\s+(?:[a-z]+\s+){0,2}?in\s+(?:the\s+)?", _FLAGS)
_RELATIVE_WORD = re.compile(r"which|that|where|who", _FLAGS)
_EVENT_NAME = re.compile(r"(?-i:Battle|Siege|Battles)\s+of\s+(?:the\s+)?$", _FLAGS)
_PARENTHESES = re.compile(r"\([^)]*\)")
_LOCATOR_GAP = re.compile(
    r"\s*(?:\([^)]*\)\s*)?,?\s*(?:(?:an?|the)\s+[^,;()]{0,60}?\s+)?(?:located\s+|situated\s+|lying\s+)?"
    r"(?:in|of)?\s*(?:the\s+)?(?:[a-z]+\s+)?",
    _FLAGS,
)
_AFTER_LEFT_OBJECT = re.compile(r"\s*(?:[,.;\"“”]|$|(?:on|by|after|and|in\s+(?:early|late|mid|\d)|as)\b)", _FLAGS)


def _group_tail(sentence: str, spans: Sequence[tuple[int, int]], head: int) -> int:
    groups = coordinated_groups(sentence, spans)
    return max(i for i, g in enumerate(groups) if g == groups[head])


@dataclass(frozen=True, slots=True)
class _Cue:
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
        actor the sentence does not name (see :func:`prevailing_side`).

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
    groups = coordinated_groups(sentence, spans)
    skip = [_is_modifier(sentence, spans, groups, i) or _in_parentheses(sentence, spans[i]) for i in range(count)]
    locator = [_is_locator(sentence, spans, kinds, i) for i in range(count)]
    question = sentence.rstrip(" \"'”’").endswith("?")
    for members in _group_members(groups):
        head, tail = members[0], members[-1]
        found: list[StatusReading] = []
        forward = _forward_cue(sentence, spans, cues, head)
        if forward is not None:
            found.extend(_reading(sentence, forward, prior, direction="fwd"))
        for cue, tail_only in _backward_cues(sentence, spans, cues, tail, forward):
            if tail_only and len(members) > 1:
                readings[tail].extend(_reading(sentence, cue, prior, direction="back"))
            else:
                found.extend(_reading(sentence, cue, prior, direction="back"))
        if not found and _FRONTED.match(sentence[: spans[head][0]]):
            found.extend(_fronted(sentence, spans, cues, tail, prior))
        for i in members:
            if skip[i] or locator[i] or question:
                continue
            readings[i].extend(found)
    for i in range(count):
        if not readings[i] and kinds[i] in ("region", "raion") and not (skip[i] or locator[i] or question):
            readings[i].extend(_territory(sentence, spans, cues, i, prior))
    return [_dedupe(r) for r in readings]


def prevailing_side(text: str) -> Side | None:
    """The side that most often captures, retakes or advances in ``text``, if either does.

    Used for capture verbs whose actor a sentence leaves unsaid.
    """
    counts = {"ukrainian": 0, "russian": 0}
    lowered = text.lower()
    for match in (_PREVAILING if len(lowered) == len(text) else _PREVAILING_ANY_CASE).finditer(lowered):
        counts[_side_of(match.group("who"))] += 1
    if counts["ukrainian"] == counts["russian"]:
        return None
    return "ukrainian" if counts["ukrainian"] > counts["russian"] else "russian"


_PREVAILING_SOURCE = (
    rf"\b(?P<who>{_UA}|{_RU})(?:['’]s)?\s+(?:[\w-]+\s+){{0,2}}?{_FORCE}\s+(?:have\s+|had\s+|has\s+)?"
    r"(?:\w+ly\s+)?(?:captured|took|retook|recaptured|liberated|seized|entered|advanced|pushed|launched|attacked)\b"
)
_PREVAILING = re.compile(_PREVAILING_SOURCE)
_PREVAILING_ANY_CASE = re.compile(_PREVAILING_SOURCE, _FLAGS)


def _side_of(word: str) -> Side:
    return "ukrainian" if _UA_RE.match(word) else "russian"


def _find_cues(sentence: str, spans: Sequence[tuple[int, int]]) -> list[_Cue]:
    cues = []
    lowered = sentence.lower()
    matches = _CUE_RE.finditer(lowered) if len(lowered) == len(sentence) else _CUE_RE_ANY_CASE.finditer(sentence)
    for match in matches:
        if any(a <= match.start() < b for a, b in spans):
            continue  # a word inside a place name ("Vyzvolene" is not a cue)
        family, grammar, _, reach = _CUES[int(match.lastgroup[1:])]  # type: ignore[index]
        passive = _is_participle(match.group()) and bool(_PASSIVE_BEFORE.search(sentence, 0, match.start()))
        text = sentence[match.start() : match.end()]
        cues.append(_Cue(match.start(), match.end(), text, family, grammar, reach, passive))
    return cues


_IRREGULAR_PARTICIPLES = frozenset(
    "struck hit taken held shot fought overrun freed left fled withdrawn retaken seized bombed shelled".split()
)


def _is_participle(cue: str) -> bool:
    """Whether a cue starts with a past participle (so that "was/were" before it makes a passive)."""
    first = cue.split()[0].lower()
    return first.endswith(("ed", "en")) or first in _IRREGULAR_PARTICIPLES


def _group_members(groups: list[int]) -> list[list[int]]:
    members: dict[int, list[int]] = {}
    for i, g in enumerate(groups):
        members.setdefault(g, []).append(i)
    return list(members.values())


def _words(text: str) -> int:
    return len(_OBJECT_GAP_WORD.findall(text))


def _forward_cue(sentence: str, spans: Sequence[tuple[int, int]], cues: list[_Cue], head: int) -> _Cue | None:
    start = spans[head][0]
    before = [c for c in cues if c.end <= start and c.grammar in ("fwd", "both")]
    if not before:
        return None
    cue = before[-1]
    if cue.passive and (cue.family not in ("loss", "flag") or cue.text.lower() == "left"):
        return None  # "X was captured": governs its subject, not what follows
    gap = sentence[cue.end : start]
    if cue.grammar == "both" and not _INCLUDING.match(gap):
        return None
    if _words(_strip_parentheses(gap)) > cue.reach and not _COLON_END.search(gap):
        return None
    if _BARRIER.search(gap) or _REFERENCE.search(gap) or _BETWEEN.search(gap):
        return None
    between = [(a, b) for a, b in spans if cue.end <= a and b <= start]
    if between and not _COLON_END.search(gap):
        # another place stands between cue and list: it is the cue's object, unless it only
        # locates ("seven villages in Svatove Raion: A, B"), or, for an attack, this name
        # locates it ("struck the Azovstal plant in Mariupol").
        if not (cue.family == "att" and _IN_GAP.fullmatch(sentence, between[-1][1], start)):
            return None
    if cue.text.lower() in ("left", "leaving", "leaves") and not _AFTER_LEFT_OBJECT.match(
        sentence, spans[_group_tail(sentence, spans, head)][1]
    ):
        return None  # "left X without power", "left X under Russian control": not a withdrawal
    if cue.family == "loss" and _DESTINATION.search(gap):
        return None  # "retreated to Lyman": a destination
    if cue.family in ("lib", "gain", "att", "occ", "fall") and _FROM_BEFORE.search(gap):
        return None  # "advanced north from Donetsk Oblast": an origin
    return cue


def _backward_cues(
    sentence: str, spans: Sequence[tuple[int, int]], cues: list[_Cue], tail: int, forward: _Cue | None
) -> list[tuple[_Cue, bool]]:
    """The cue after a list that governs it, and whether it governs the last member only."""
    end = spans[tail][1]
    after = [c for c in cues if c.start >= end and c is not forward]
    if not after:
        return []
    cue = after[0]
    for later in after[1:]:
        # "Avdiivka, which had been under attack since October, fell to Russian troops":
        # the main verb after the relative clause governs the subject as well.
        if _AFTER_RELATIVE.fullmatch(sentence, end, later.start) and later.family in ("fall", "occ", "lib", "gain", "att"):
            extra = [(later, False)] if later.grammar == "back" or later.passive else []
            return _backward_cues(sentence, spans, [cue], tail, forward) + extra
    if cue.family == "loss" and cue.grammar != "back":
        return []  # withdrawal is always "from X", never "X withdrew"
    gap = sentence[end : cue.start]
    relative = _RELATIVE.match(gap)
    participle = _PARTICIPLE_GAP.fullmatch(gap) and cue.family in ("occ", "lib", "gain", "held", "att")
    if cue.grammar == "back" or cue.grammar == "both":
        ok = _words(gap) <= max(cue.reach, 1) and not _BARRIER.search(gap) or bool(relative)
    elif cue.passive or participle or _BY.match(sentence, cue.end):
        ok = (_words(gap) <= 6 and not _BARRIER.search(gap)) or bool(relative)
    elif relative:
        ok = True
    else:
        ok = False
    if not ok or _words(gap) > 16 or ";" in gap:
        return []
    if relative and _BARRIER.search(gap[relative.end() :]):
        return []
    if any(end <= a and b <= cue.start for a, b in spans[tail + 1 :]) and not relative:
        return []
    appositive = bool(relative) and bool(_APPOSITIVE.match(gap))
    return [(cue, appositive)]


def _fronted(
    sentence: str, spans: Sequence[tuple[int, int]], cues: list[_Cue], tail: int, prior: Side | None
) -> list[StatusReading]:
    """ "In Izium, ... soldiers hoisted the flag": the main clause's cue applies to the fronted place."""
    end = spans[tail][1]
    if not _FRONTED_END.match(sentence, end):
        return []
    found: list[StatusReading] = []
    for cue in cues:
        if cue.start < end or cue.family not in ("att", "flag", "lib"):
            continue
        if any(a >= cue.end and _words(sentence[cue.end : a]) <= cue.reach for a, _ in spans):
            continue  # the cue has an object of its own
        found.extend(_reading(sentence, cue, prior, direction="back", confidence=0.6))
    return found


def _territory(
    sentence: str, spans: Sequence[tuple[int, int]], cues: list[_Cue], i: int, prior: Side | None
) -> list[StatusReading]:
    """ "forces in the Kherson region ... liberated 500 sq km": the region where ground was won."""
    start, end = spans[i]
    for cue in cues:
        if cue.family not in ("lib", "gain", "loss"):
            continue
        if not _TERRITORY.match(sentence[cue.end :]):
            continue
        between = sentence[min(end, cue.end) : max(start, cue.start)]
        if _words(between) > 14 or ";" in between or _REFERENCE.search(between):
            continue
        if cue.start > end and not _FORCES_IN.search(sentence, 0, start):
            continue
        if cue.end < start and not _IN_BEFORE.search(sentence, 0, start):
            continue
        return _reading(sentence, cue, prior, direction="fwd", confidence=0.6)
    return []


def _reading(
    sentence: str, cue: _Cue, prior: Side | None, *, direction: str, confidence: float | None = None
) -> list[StatusReading]:
    if _is_modal(sentence, cue):
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
        actor, explicit = _actor(sentence, cue, direction)
        if family == "lib":
            status = "occupied" if actor == "russian" else "liberated"
        elif family == "held":
            status = "occupied" if actor == "russian" else None
        elif family == "loss":
            status = "occupied" if actor == "ukrainian" else "liberated"
        else:  # gain, fall
            side = actor or prior
            status = None if side is None else ("liberated" if side == "ukrainian" else "occupied")
            if not explicit:
                base = 0.6
        if status is None:
            return []
    return [StatusReading(status, cue.text, confidence if confidence is not None else base)]


def _is_modal(sentence: str, cue: _Cue) -> bool:
    # The modal, goal or negation must stand in the cue's clause, at most a few words before it.
    clause_start = max(0, cue.start - 90)
    for barrier in _BARRIER.finditer(sentence, clause_start, cue.start):
        clause_start = barrier.end()
    window = sentence[clause_start : cue.start]
    if _MODAL.search(window):
        return True
    if "to" in window and _TO_INFINITIVE.search(window) and not _FACTUAL_TO.search(window):
        return True
    if cue.family == "att" and _ANNOUNCED.search(window):
        return True
    return False


def _actor(sentence: str, cue: _Cue, direction: str) -> tuple[Side | None, bool]:
    """The side doing what the cue says, and whether the sentence names it."""
    by = _BY_ACTOR.match(sentence, cue.end)
    if by is None and cue.family == "fall":
        by = _TO_ACTOR.match(sentence, cue.end)  # "fell to Russian forces"
    if by is not None:
        found = _ACTOR.search(by.group("actor") + " forces")
        if found is not None:
            return _side_from(found), True
    if cue.passive:
        return None, False
    clause_start = 0
    for barrier in _BARRIER.finditer(sentence, 0, cue.start):
        if direction == "back" and _RELATIVE_WORD.match(barrier.group()):
            clause_start = barrier.end()
            continue
        clause_start = barrier.end()
    actors = list(_ACTOR.finditer(sentence, clause_start, cue.start))
    if actors:
        return _side_from(actors[-1]), True
    actors = list(_ACTOR.finditer(sentence, 0, cue.start))
    if actors:
        return _side_from(actors[-1]), False
    return None, False


def _side_from(match: re.Match[str]) -> Side:
    word = match.group("side") or match.group("of") or match.group("bare")
    return _side_of(word)


def _is_modifier(sentence: str, spans: Sequence[tuple[int, int]], groups: list[int], i: int) -> bool:
    members = [j for j, g in enumerate(groups) if g == groups[i]]
    tail_end = spans[members[-1]][1]
    following = sentence[tail_end : tail_end + 40]
    if _MODIFIER.match(following.lstrip(" ")) and not following.startswith(("-", "–")) or _MODIFIER.match(following):
        return True
    # "Kharkiv TEC-5" stays a place; a capitalised word that is no place ("Kharkiv Tractor Plant") too.
    before = sentence[max(0, spans[i][0] - 12) : spans[i][0]]
    return bool(_EVENT_NAME.search(before))


def _is_locator(sentence: str, spans: Sequence[tuple[int, int]], kinds: Sequence[MentionKind], i: int) -> bool:
    """A region or raion named to say where the settlement before it lies ("Sosnove in Donetsk Oblast")."""
    if kinds[i] not in ("region", "raion") or i == 0:
        return False
    before = sentence[spans[i - 1][1] : spans[i][0]]
    if kinds[i - 1] in ("region", "raion"):
        return False
    return bool(_LOCATOR_GAP.fullmatch(before)) and _words(before) <= 12


def _in_parentheses(sentence: str, span: tuple[int, int]) -> bool:
    before = sentence[: span[0]]
    return before.count("(") > before.count(")")


def _strip_parentheses(text: str) -> str:
    return _PARENTHESES.sub(" ", text) if "(" in text else text


def _dedupe(readings: list[StatusReading]) -> tuple[StatusReading, ...]:
    best: dict[str, StatusReading] = {}
    for reading in readings:
        if reading.status not in best or reading.confidence > best[reading.status].confidence:
            best[reading.status] = reading
    return tuple(best.values())
