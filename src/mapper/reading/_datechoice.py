"""Which of a sentence's dates dates an event told in it (:mod:`mapper.reading.dates` asks).

A sentence that gives several dates, or one in a clause of its own, is cut into parts once
(:func:`sentence_parts`), and :func:`choose` picks for each mention the date of the part that
tells its event:

- a date in a relative clause (", which Russian forces captured in June 2022"), or in a clause in
  the pluperfect ("forces that had taken Lyman in late May shelled X"), dates that clause only, unless
  the place or its cue is in it; the start of a state told in an apposition
  (", on the front line since 2022," / "Kurakhove, occupied since December 2024: drones hit ...")
  dates a state (an occupation) only, not the strike or the fighting the sentence reports;
- of the others, the date in the place's own part of the sentence (parts meet at ``;``, "and",
  "but", "while", "although", "though", "however"), else in its cue's part, else the date nearest the place.
"""

from __future__ import annotations

import itertools
import re
from collections.abc import Sequence
from typing import TYPE_CHECKING, NamedTuple

from mapper.reading import pronouns
from mapper.reading._calendar import _RANK, period_end
from mapper.reading.locators import MONTH

if TYPE_CHECKING:
    from mapper.model import Mention
    from mapper.reading._calendar import Dated
    from mapper.reading.sentences import Sentence

__all__ = ["SentenceParts", "choose", "in_own_clause", "prewar_across_a_semicolon", "sentence_parts"]

_WAR_YEAR = 2014

_BOUNDARY = re.compile(
    r";|,?\s+(?:and|but|while|whereas|although|though)\s+|,\s+however,?\s+|[.!?](?:\[\d+\])*\s+(?=[A-Z])"
    r"|\s+\|\s+|(?<=\d{4}):\s+"
    r"|,\s+(?:(?:shortly|soon|just|only|days|weeks|months|a\s+(?:day|week|month))\s+)?(?:after|before)\s+"
)
"""Where a sentence's parts (its clauses and the items they join) meet, a clause of time after a comma too ("retook A in
early July, shortly after the separatists abandoned B on 5 July"); also a full stop the
sentence splitter passed over ("...from Popasna.[2] On 11 May, ..."), and a caption's dateline ("1 August 2025 | X was
cleared in late July", "X, 6 June 2025: ..."), which dates only what tells no time of its own."""
_TIME_CLAUSE = re.compile(r"\b(?:after|before)\s")
_FRONTED = re.compile(r"\W*(?:\S+\s+){0,3}\S+")
"""A few words opening the sentence, before a comma: a time or place in front of a clause ("In July, after Ukrainian
forces had retaken X, they fought ..."), not a part of its own."""
_RELATIVE_OPENING = (
    r"(?:,\s+(?:(?:from|in|of|to|at|by|after|during)\s+)?(?:which|where|when|who|whom|whose)\b"
    r"|,\s+(?:the|a)\s+(?:[\w-]+\s+)?(?:town|city|village|settlement)\s+(?:that\s+|which\s+)?"
    r"(?=(?i:they|we|our|russian|ukrainian|russia|ukraine|kyiv|moscow)\b))"
)  # (a noun's clause without a pronoun too: "near A, north of X, the city our brigade helped free in September 2022")
_LISTED_NAME = r"(?!(?:Russian|Ukrainian)\b)[A-Z][\w'’-]*(?:\s+[A-Z][\w'’-]*)?"
_RELATIVE_CLAUSE = re.compile(_RELATIVE_OPENING + rf"[^,;]*(?:,\s+(?:and\s+)?{_LISTED_NAME}(?:\s+and\s+{_LISTED_NAME})?\b)*")
"""A relative clause: ", which Russian forces captured in June 2022", ", which retook Balakliia,
Kupiansk and Izium"."""
_DATE_TAIL = rf"(?:(?:early|late|mid)[\s-]+)?(?:{MONTH}(?:\s+\d{{4}})?|\d{{1,2}}\s+{MONTH}(?:\s+\d{{4}})?|\d{{4}})\b"
"""A date a clause closes on: "late May", "24 February 2022", "2014"."""
_EARLIER_CLAUSE = re.compile(
    r"\b(?:that|which|who|they|it|he|she|we)\s+had\s+(?:not\s+|already\s+|long\s+)?(?:been\s+)?[a-z]+\b[^,;.]{0,60}?"
    rf"\b(?:in|on|since|by|until|from)\s+{_DATE_TAIL}"
)
"""A clause in the pluperfect, up to the date it gives: "Russian forces that had taken Lyman in late May shelled X",
"the parts of the city they had held since late May": the date is the earlier event's, not the sentence's."""
_PARTICIPLE_APPOSITION = re.compile(
    r",\s+(?:(?:the|a|an)\s+(?:[\w-]+\s+){0,2}?)?(?:[a-z]+(?:ed|en)|lost|held|won|fought|seized|taken)\s+(?:[\w-]+\s+){0,3}?"
    rf"(?:in|on|by)\s+{_DATE_TAIL}"
)  # (not "since": the start of a state, read apart)
"""An apposition that tells with a participle what happened to the name before it, and when: "Izium, occupied in early
April,"; "Klishchiivka and Andriivka, the villages lost in September 2023": its date is that event's."""
_AGO = r"(?:a|one|two|three|four|five|six|\d+)\s+(?:days?|weeks?|months?|years?)\s+ago\b|last\s+(?:week|month|year)\b|yesterday\b"
"""A time counted back from the report's: "a week ago", "last month"."""
_FORCES_THAT = re.compile(
    r"\b(?i:units|troops|forces|soldiers|brigades?|groups)\s+(?:that|which|who)\s[^,;]*?(?=\s+(?:are|is|were|was|have|has|now)\s)"
)
"""A restrictive clause on the troops a sentence's verb waits for, up to that verb: "Units that liberated X earlier this
month are now storming Y" (the clause's time is its own)."""
_NOUN_APPOSITION = re.compile(
    r",\s+(?:a|an|the)\s+(?:[\w-]+\s+){0,3}?(?:town|city|village|settlement|capital|port|hub)\b"
    r"(?![^,;()]*\b(?:taken|captured|seized|held|occupied|liberated|retaken|recaptured)\b)"  # (not a participle's: "the
    # only regional capital taken by Russian forces in the 2022 invasion, fell on 2 March": the date is the sentence's)
    rf"(?:[^,;()]|(?<=\d),(?=\d{{3}})){{0,90}}?\b(?:{_DATE_TAIL}|{_AGO})[^,;()]{{0,30}}(?:,|$)"
)
"""An apposition that says what the name before it is, with a date of its own: "Marinka, a town of about 9,000 people
before 2014, was fought over ...", "captured Kherson, the only regional capital they took after the February invasion, in
the first days of March": the date is the description's."""
_GERUND_ASIDE = re.compile(
    r",\s+(?:having\s+)?(?!(?:during|according|beginning|starting|including|morning|evening)\b)[a-z]+ing\b[^,;()]*"
    rf"\b{_DATE_TAIL}[^,;()]*,"
)
"""A participle's aside between the subject and its verb, with a date of its own: "Russian forces, advancing from the
south through the last months of 2024, captured X in January 2025": the aside's date is its own (not "during",
"starting": times)."""
_COMPARED_SINCE = re.compile(
    r"\b(?:deadliest|largest|biggest|heaviest|worst|fiercest|strongest|longest|first|most\s+[a-z]+)\b[^.;,]{0,60}?\s"
    rf"(?P<since>since\s+(?:the\s+)?(?:[\w'’-]+\s+){{0,5}}?(?:(?:in|on|of)\s+)?{_DATE_TAIL}(?:\s*,?\s*when\b[^;]*)?)",
    # (the earlier event's clause, if told; or its noun: "since the capture of Bakhmut in May 2023", "since the Minsk
    # ceasefire of February 2015")
    re.IGNORECASE,
)
"""A record the event sets against an earlier one: "the deadliest attack on Dnipro since January 2023, when ...": the
date is the earlier event's, not this one's."""
_COMPARISON_ASIDE = re.compile(r"\((?:compare|cf\.|as\s+(?:in|at|with)|like|unlike|see)\b[^()]*\)", re.IGNORECASE)
"""An aside that compares with another event: "(compare the failed attacks on the town in early 2023)": its date is that
event's."""
_COUNTED_FROM = re.compile(
    r"\b(?:within|afterwards|later|(?:the\s+)?(?:next|following)\s+(?:day|days|week|morning|evening))\b", re.IGNORECASE
)
"""A time the main clause counts from the earlier event's date ("forces that had crossed on 24 February took X within
two days"): that date is the sentence's too."""
_RELATIVE_WORD = re.compile(_RELATIVE_OPENING)
"""What opens a relative clause."""
_ATTRIBUTION = re.compile(
    r",\s+(?:[\w'’-]+\s+){1,7}?(?:said|says|reported|reports|announced|announces|stated|added|told\s+[\w\s]{1,30}?)"
    r"\s+(?:late\s+|early\s+)?on\s+[^,;]*[.!?]?\s*$"
)
"""A closing attribution dated apart: ", the regional military administration reported on Tuesday morning."."""
_STATE_START = re.compile(r"since\b", re.IGNORECASE)
"""What a date that starts a state opens with ("since 2022")."""
_APPOSITION_END = re.compile(r"[,;:()]")
"""Where an apposition ends, after the date in it."""


class SentenceParts(NamedTuple):
    """Where a sentence's relative clauses and its appositions telling a state's start are, the spans
    of its parts (see :data:`_BOUNDARY`), its text in lower case (where cues are looked for), and where a
    closing attribution stands (", the administration reported on Tuesday morning"), if one does."""

    clauses: list[tuple[int, int]]
    states: list[tuple[int, int]]
    parts: list[tuple[int, int]]
    lowered: str
    attribution: tuple[int, int] | None = None


def in_own_clause(text: str, sentence: Sentence, dated: Dated) -> bool:
    """Whether a sentence's only date may stand in a clause of its own (a relative clause opens before
    it, or it starts a state): then :func:`choose` decides whom it dates."""
    return bool(
        _RELATIVE_WORD.search(text, sentence.start, dated.start)
        or _state_apposition(text, sentence, dated)
        or any(m.start() < dated.start < m.end() and not _COUNTED_FROM.search(text, m.end(), sentence.end)
               for m in _EARLIER_CLAUSE.finditer(text, sentence.start, sentence.end))
        or any(m.start("since") <= dated.start < m.end("since") for m in _COMPARED_SINCE.finditer(text, sentence.start, sentence.end))
        or any(m.start() <= dated.start < m.end() for pattern in (_COMPARISON_ASIDE, _FORCES_THAT, _NOUN_APPOSITION)
               for m in pattern.finditer(text, sentence.start, sentence.end))
    )


def sentence_parts(own: Sequence[Dated], text: str, sentence: Sentence) -> SentenceParts:
    lo, hi = sentence.start, sentence.end
    clauses = [(m.start(), m.end()) for m in _RELATIVE_CLAUSE.finditer(text, lo, hi)]
    clauses += [(m.start(), m.end()) for m in _EARLIER_CLAUSE.finditer(text, lo, hi)
                if not any(a <= m.start() < b for a, b in clauses) and not _COUNTED_FROM.search(text, m.end(), hi)]
    # (not the verb a relative clause's subject waits for: "attacks on X, which stands on high ground, intensified in April")
    clauses += [(m.start(), m.end()) for m in _PARTICIPLE_APPOSITION.finditer(text, lo, hi)
                if not any(a <= m.start() <= b for a, b in clauses)]
    for aside in (_FORCES_THAT, _NOUN_APPOSITION, _GERUND_ASIDE):
        clauses += [(m.start(), m.end()) for m in aside.finditer(text, lo, hi) if not any(a <= m.start() < b for a, b in clauses)]
    clauses += [(m.start("since"), m.end("since")) for m in _COMPARED_SINCE.finditer(text, lo, hi)
                if not any(a <= m.start("since") < b for a, b in clauses)]
    clauses += [(m.start(), m.end()) for m in _COMPARISON_ASIDE.finditer(text, lo, hi)
                if not any(a <= m.start() < b for a, b in clauses)]
    clauses.sort()
    states = [span for dated in own if (span := _state_apposition(text, sentence, dated)) is not None]
    cuts = [lo] + [
        m.start() for m in _BOUNDARY.finditer(text, lo, hi)
        if not _inside(own, m.start()) and not (_TIME_CLAUSE.search(m.group()) and _FRONTED.fullmatch(text, lo, m.start()))
    ] + [hi]  # fmt: skip
    said = _ATTRIBUTION.search(text, lo, hi)
    attribution = (said.start(), hi) if said is not None else None
    return SentenceParts(clauses, states, list(itertools.pairwise(cuts)), text[lo:hi].lower(), attribution)


def choose(own: Sequence[Dated], parts: SentenceParts, sentence: Sentence, mention: Mention, cue: str | None,
           status: str | None = None) -> Dated | None:  # fmt: skip
    """The date of a sentence that dates the mention's event (of ``status``), if one does.

    A date in a relative clause dates that clause only, unless the mention or its cue is in it; a
    state's start in an apposition dates only an occupation (``status="occupied"``): when every
    date is left so, the sentence does not date the event its cue tells of
    (``None``: "a counterattack in the X area, where Ukrainian forces had made gains the previous
    day" is dated by the text around it). Of the others, the date in the mention's own part of
    the sentence, else in its cue's (the cue's occurrence nearest the mention), else the date
    nearest the mention; within a part, the nearest the mention.
    """
    cue_at = _cue_at(parts.lowered, sentence, mention, cue)
    mention_clause = _span_holding(parts.clauses, mention.start)
    cue_clause = _span_holding(parts.clauses, cue_at) if cue_at is not None else None
    told = _announcing_clause(parts.clauses, sentence, mention, status, cue) if cue_at is not None and cue_at < mention.start else None
    if (when := _date_of_when(own, sentence, cue_clause or mention_clause)) is not None:
        return when  # "... until the beginning of October 2024, when Ukrainian forces withdrew": the clause's time
    kept = [d for d in own if _span_holding(parts.clauses, d.start) in {None, mention_clause, cue_clause, told}]
    if status != "occupied":
        kept = [d for d in kept if _span_holding(parts.states, d.start) in (None, _span_holding(parts.states, cue_at or -1))]
    if not kept:
        if cue is not None:
            return None
        kept = list(own)  # (no cue to tell which clause the event is told in)
    if (said := parts.attribution) is not None and not said[0] <= mention.start < said[1]:
        # "On Monday, Russian forces fired on A and B, the administration reported on Tuesday morning": the
        # closing date is the report's, where the sentence dates its events too
        told = [d for d in kept if not said[0] <= d.start < said[1]]
        kept = told or kept
    if mention_clause is not None and not any(mention_clause[0] <= d.start < mention_clause[1] for d in kept):
        # a relative clause without a date of its own is dated by what it tells of, before it ("The September
        # 2022 counteroffensive, which retook Balakliia, Kupiansk and Izium, was launched from positions gained in May")
        kept = [d for d in kept if d.start < mention_clause[0]] or kept
    # (where to look, in turn: each place one or more spans of the sentence)
    places = [[cue_clause]] if cue_clause is not None and cue_clause != mention_clause else []
    own_part = _span_holding(parts.parts, mention.start)
    if places and own_part is not None and _GAPPED_PART.match(sentence.text, own_part[0] - sentence.start):
        # "took A on 27 July and B on 16 August": the verb's second object has its own date, after it in its part
        places.insert(0, [(mention.start, own_part[1])])
    if cue_at is not None and cue_at > mention.start and (
        status != "attacked" and _told_of_by_anaphor(sentence, cue_at, cue) or _told_there(sentence, cue_at, cue)
    ):
        # "entered X in March, but Ukrainian forces retook it in April": the change is the cue's (fighting told so,
        # "reached X in October, and assaults on the village went on through the winter", dates from its start)
        places.append([_span_holding(parts.parts, cue_at)])
    # (the name's part and those ending its list are one place: "capture of A (June 2024), B and C (July 2024)": for B,
    # the date closing its list, not the one before it)
    places.append([own_part, *_list_goes_on(parts.parts, sentence, own_part)])
    places += [[_span_holding(parts.parts, cue_at)]] if cue_at is not None else []
    for place in places:
        inside = [d for d in kept if any(span is not None and span[0] <= d.start < span[1] for span in place)]
        if inside:
            return min(_finest(inside), key=lambda d: (*_apart(sentence, d, mention), _distance(d, mention, sentence), d.start))
    if status == "occupied" and cue is not None:
        # an occupation told after a semicolon is not of a year before the war told before it: "Vuhledar was founded in
        # the 1960s ...; from its blocks one sees the railway that supplies Russian-held Donetsk"
        kept = [d for d in kept if not prewar_across_a_semicolon(sentence, d, mention)]
        if not kept:
            return None
    return min(_finest(kept), key=lambda d: (*_apart(sentence, d, mention), _distance(d, mention, sentence), d.start))


_GAPPED_PART = re.compile(r"\s*(?:,\s*)?and\s+[A-Z]")
"""A part of a sentence that is a list's next item with a verb left out ("... and B on 16 August")."""


def prewar_across_a_semicolon(sentence: Sentence, dated: Dated, mention: Mention) -> bool:
    """Whether a date of a year before the war (2014) stands across a semicolon from the mention."""
    return dated.date.year < _WAR_YEAR and ";" in _between(sentence, dated, mention)


def _date_of_when(own: Sequence[Dated], sentence: Sentence, clause: tuple[int, int] | None) -> Dated | None:
    """The date a ", when ..." clause is about, right before it ("in October 2024, when Russian troops took the town"),
    when the clause names no date of its own."""
    if clause is None or not _WHEN.match(sentence.text, clause[0] - sentence.start) or any(clause[0] <= d.start < clause[1] for d in own):
        return None
    return next((d for d in own if not sentence.text[d.end - sentence.start : clause[0] - sentence.start].strip()), None)


_WHEN = re.compile(r",\s+when\b")


def _announcing_clause(
    clauses: list[tuple[int, int]], sentence: Sentence, mention: Mention, status: str | None, cue: str | None
) -> tuple[int, int] | None:
    """The relative clause right after the mention that tells when its event was announced ("the fall of Bakhmut,
    which the Wagner leader announced on 20 May 2023, ..."), or when the state the sentence tells of began ("officials
    in Nova Kakhovka, which Russian troops seized on the first day of the invasion"; not where the cue is a capture of its
    own, "captured Kherson, the only regional capital they took after the February invasion, in March"): its date is the
    event's."""
    clause = next((span for span in clauses if span[0] >= mention.end), None)
    if clause is None or sentence.text[mention.end - sentence.start : clause[0] - sentence.start].strip(" ,"):
        return None
    told = _ANNOUNCED.search(sentence.text, clause[0] - sentence.start, clause[1] - sentence.start) or (
        status == "occupied" and not _SEIZED.match((cue or "").lower())
        and _SEIZED.search(sentence.text, clause[0] - sentence.start, clause[1] - sentence.start)
    )
    return clause if told else None


_ANNOUNCED = re.compile(r"\b(?:announced|confirmed|declared|claimed|acknowledged|admitted)\b")
_SEIZED = re.compile(r"\b(?:seized|captured|took)\b")


def _finest(dates: list[Dated]) -> list[Dated]:
    """``dates`` without those a finer one of them falls within ("earlier this month ... on Aug. 16": the 16th)."""
    return [d for d in dates if not any(
        _RANK[e.precision] < _RANK[d.precision] and d.date <= e.date <= period_end(d) for e in dates
    )] or dates


_LIST_GOES_ON = re.compile(rf"\s+and\s+{_LISTED_NAME}(?=\s*(?:[^\w\s]|$|\s[a-z]))")
"""A part that only goes on with the list of names before it: " and Fedorivka almost every day in July" (not
", and Russia claimed X in March": a comma before "and" joins clauses)."""


def _list_goes_on(spans: list[tuple[int, int]], sentence: Sentence, part: tuple[int, int] | None) -> list[tuple[int, int]]:
    """The parts after ``part`` that end the list of names it ends with ("struck A, B and C in July": the date
    in C's part dates A and B too), up to the first that does not."""
    following: list[tuple[int, int]] = []
    if part is None:
        return following
    for span in spans:  # (the parts are contiguous, in text order)
        if span[0] < part[1]:
            continue
        if not _LIST_GOES_ON.match(sentence.text, span[0] - sentence.start):
            break
        following.append(span)
    return following


def _state_apposition(text: str, sentence: Sentence, dated: Dated) -> tuple[int, int] | None:
    """The apposition a date starting a state stands in (", on the front line since 2022,"): from the
    comma before it to the mark after it; ``None`` when the date starts no state or follows no comma
    ("Russian forces have held X since 2022", "have held X, on the east bank, since 2022" date the holding)."""
    if not _STATE_START.match(text, dated.start):
        return None
    comma = text.rfind(",", sentence.start, dated.start)
    if comma < 0 or not text[comma + 1 : dated.start].strip():
        return None  # (", since 2022" after an apposition dates the clause it ends)
    end = _APPOSITION_END.search(text, dated.end, sentence.end)
    return comma, end.start() if end is not None else sentence.end


def _cue_at(lowered: str, sentence: Sentence, mention: Mention, cue: str | None) -> int | None:
    """Where the cue occurs in the sentence (``lowered``: its text in lower case) nearest the mention
    (``None`` when it does not)."""
    if not cue:
        return None
    wanted = cue.lower()
    best, at = None, lowered.find(wanted)
    while at >= 0:
        start = sentence.start + at
        if best is None or abs(start - mention.start) < abs(best - mention.start):
            best = start
        at = lowered.find(wanted, at + 1)
    return best


def _told_of_by_anaphor(sentence: Sentence, cue_at: int, cue: str | None) -> bool:
    """Whether the cue at ``cue_at`` tells of the place named before through an object that stands for it ("retook
    it", "captured the town"): the cue's part of the sentence dates what it tells."""
    end = cue_at - sentence.start + len((cue or "").rstrip())
    return pronouns.ANAPHOR_OBJECT.match(sentence.text, end) is not None


def _told_there(sentence: Sentence, cue_at: int, cue: str | None) -> bool:
    """Whether the cue at ``cue_at`` tells of the place named before as "there" ("in Bucha on 1 March, after Ukrainian
    forces ambushed a column there on 27 February"): the cue's part of the sentence dates what it tells."""
    end = cue_at - sentence.start + len((cue or "").rstrip())
    return " there" in sentence.text and pronouns.THERE_AFTER.match(sentence.text, end) is not None


def _span_holding(spans: list[tuple[int, int]], at: int) -> tuple[int, int] | None:
    return next((span for span in spans if span[0] <= at < span[1]), None)


def _inside(own: Sequence[Dated], at: int) -> bool:
    return any(d.start <= at < d.end for d in own)


def _apart(sentence: Sentence, dated: Dated, mention: Mention) -> tuple[bool, bool, bool]:
    """How far apart a date and the mention stand: whether the date is other than one right after the mention in its
    stretch of the sentence (no comma between), whether a comma or semicolon stands between them, and whether a
    semicolon does. "retook A and B in June 2023, C at the end of July": C's date is the one after it, not the list's
    before it; "On 20 May the ministry said that ..., and with it X, was under Russian control; prisoners had been taken
    since 16 May": X's is the date that opens its clause, not one across the semicolon."""
    between = _between(sentence, dated, mention)
    separated = "," in between or ";" in between
    return dated.start < mention.end or separated, separated, ";" in _unbracketed(between)


def _distance(dated: Dated, mention: Mention, sentence: Sentence) -> int:
    """How many characters lie between a date and the mention (0 if they overlap), an aside in parentheses not counted
    ("near Dvorichna (Russian: Dvurechnaya), some 15 km upstream, in January 2025")."""
    between = _between(sentence, dated, mention)
    return len(_unbracketed(between))


def _between(sentence: Sentence, dated: Dated, mention: Mention) -> str:
    """The sentence's text between a date and the mention ("" where they overlap)."""
    start, end = (dated.end, mention.start) if dated.end <= mention.start else (mention.end, dated.start)
    return sentence.text[max(0, start - sentence.start) : max(0, end - sentence.start)] if start < end else ""


def _unbracketed(text: str) -> str:
    """``text`` without its asides in parentheses."""
    return _PARENTHESES.sub("", text) if "(" in text else text


_PARENTHESES = re.compile(r"\([^()]*\)")
