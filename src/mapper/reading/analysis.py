"""One analysis per sentence, computed once and read by every later stage.

After the mention finder has found a sentence's place names, :func:`analyse`
reads the sentence's structure around them once, into a frozen
:class:`SentenceAnalysis`; the resolver (:mod:`mapper.reading.resolve`) and the status
reader (:mod:`mapper.reading.status`) read it instead of scanning the text again:

* **coordinated lists** ("A, B and C"): which names form one list
  (:func:`mapper.reading.sentences.coordinated_groups`);
* **position hints** ("X (12 km south of Y)", "northwest of Y near A and B"):
  where the sentence says a name lies (:mod:`mapper.reading.bearings`);
* **series**: the later parts of a located series ("Russian forces attacked
  near Lyman itself; northwest of Lyman near Yampolivka and Torske; and north
  of Lyman near Zarichne"), each continuing the attack of the part before it,
  its names after "near" taking the attack and the town it is measured from
  staying a reference point; and semicolon lists of lists ("...: A (Kharkiv
  oblast); B and C (Luhansk oblast)"), each part continuing the list before it.

:func:`denial_after` reads a claim denied after it ("Russia said its forces
had taken Khromove, a claim Kyiv denied": a claim refuted in its own sentence
reports nothing, the annotators' convention).
"""

from __future__ import annotations

import re
from collections.abc import Mapping, Sequence
from itertools import pairwise

from mapper._types import MentionKind
from mapper.model import Mention
from mapper.reading.bearings import PositionHint, position_hints
from mapper.reading.sentences import coordinated_groups
from mapper.reading.sides import TOLD_AGAIN, UNTRUE

__all__ = ["SentenceAnalysis", "SentenceIndex", "analyse", "analyse_mentions", "series_parts", "denial_after", "SERIES_OPENER"]


class SentenceAnalysis:
    """What a sentence says about the place names in it, read once, when a stage first asks.

    ``spans`` are the names' (start, end) offsets in ``text``, in text order; every other field has
    one entry per name, or refers to names by their index. Each field is computed on first use
    and kept: a sentence whose names are all unambiguous and that has no cue (most sentences) is
    never read further. The value never changes once made, like a frozen dataclass.
    """

    __slots__ = ("text", "spans", "kinds", "_groups", "_hints", "_series")

    def __init__(self, text: str, spans: tuple[tuple[int, int], ...], kinds: tuple[MentionKind, ...]) -> None:
        self.text, self.spans, self.kinds = text, spans, kinds
        self._groups: tuple[int, ...] | None = None
        self._hints: tuple[PositionHint | None, ...] | None = None
        self._series: tuple[tuple[int, tuple[int, ...], bool], ...] | None = None

    @property
    def groups(self) -> tuple[int, ...]:
        """For each name, the index of its coordinated list's first name."""
        if self._groups is None:
            self._groups = tuple(coordinated_groups(self.text, self.spans)) if len(self.spans) > 1 else (0,) * len(self.spans)
        return self._groups

    @property
    def hints(self) -> tuple[PositionHint | None, ...]:
        """For each name, where the sentence says it lies relative to another name (or None)."""
        if self._hints is None:
            self._hints = tuple(position_hints(self.text, self.spans))
        return self._hints

    @property
    def series(self) -> tuple[tuple[int, tuple[int, ...], bool], ...]:
        """The later parts of its series: (last name before the part, the names it continues with, bare list?)."""
        if self._series is None:
            parts = series_parts(self.text, self.spans) if len(self.spans) > 1 else []
            self._series = tuple((last, tuple(names), bare) for last, names, bare in parts)
        return self._series

    def __repr__(self) -> str:
        return f"SentenceAnalysis({self.text!r}, spans={self.spans!r}, kinds={self.kinds!r})"


def analyse(
    text: str, spans: Sequence[tuple[int, int]], kinds: Sequence[MentionKind] | None = None
) -> SentenceAnalysis:
    """The analysis of a sentence whose place names lie at ``spans`` (settlements unless ``kinds`` says).

    Examples
    --------
    >>> a = analyse("Ukraine retook Kupiansk, Izium and Lyman near Bakhmut.", [(15, 23), (25, 30), (35, 40), (46, 53)])
    >>> a.groups
    (0, 0, 0, 3)
    """
    spans = tuple(spans)
    return SentenceAnalysis(text, spans, tuple(kinds) if kinds is not None else ("settlement",) * len(spans))


_COMPASS = r"(?:north|south|east|west|north-?east|north-?west|south-?east|south-?west)(?:ern|ward|wards)?"
_LOCATED_NEAR = r"(?:near|around|at|in\s+the\s+(?:area|areas|vicinity|direction)\s+of|on\s+the\s+outskirts\s+of)"
SERIES_OPENER = re.compile(
    rf"\s*(?:and\s+|as\s+well\s+as\s+|also\s+)?(?:(?:about\s+|some\s+)?(?:\d+\s*km\s+)?{_COMPASS}\s+of\s+"
    rf"(?:[^\s,;()]+\s+){{1,3}}?(?:\([^)]*\)\s+)?)?(?P<near>{_LOCATED_NEAR})\s+",
    re.IGNORECASE,
)
"""What opens a later part of a located series: an optional bearing from a town, then "near"."""
# (";", or a comma or "and" before a bearing: "assaults on Vuhledar itself and southeast of Vuhledar near A")
_SEPARATOR = re.compile(
    r";|(?:,|\s+and\b)(?=\s*(?:and\s+|as\s+well\s+as\s+)?(?:about\s+|some\s+)?(?:\d+\s*km\s+)?" + _COMPASS + r"\s+of\s)",
    re.IGNORECASE,
)

_APPOSITION_CLOSES = re.compile(r"\s*,\s*(?:\w+ly\s+)?(?:was|were|is|are|has|had|have)\b", re.IGNORECASE)
"""The verb after an apposition, its subject the name before it."""

_DENIAL_AFTER = re.compile(
    r"(?:,\s*|\s+)(?:a\s+claim|claims?|a\s+report|reports?|an\s+assertion|a\s+statement|an\s+announcement|which|something)"
    r"\s+(?:that\s+)?(?:[\w'’-]+\s+){0,10}?(?<!\brather\sthan\s)(?<!\binstead\sof\s)(?<!\bnor\s)(?<!\bor\s)(?<!\bnot\s)"
    # ("welcomed rather than denied", "which officials neither confirmed nor denied", "did not confirm or deny")
    rf"(?:deni(?:ed|es)|deny|reject(?:ed|s)?|refut(?:ed|es|e)|dismiss(?:ed|es)?|disput(?:ed|es|e)|calls?\s+{UNTRUE}"
    rf"|called\s+{UNTRUE})\b"
    r"|(?<!\bnot\s)(?<!n't\s)(?<!\bnor\s)"  # ("did not deny the claim", "neither confirmed nor denied it" report it)
    r"\b(?:deni(?:ed|es)|deny|reject(?:ed|s)?|refut(?:ed|es)|dismiss(?:ed|es)|disput(?:ed|es))\s+"
    r"(?:the|this|that|these|those|such|each|every|all)\s+(?:\w+\s+)?(?:claims?|reports?|announcements?|statements?)\b"
    # "...; Ukraine denies the town has fallen": the place claimed, told of again
    r"|\b(?:deni(?:ed|es)|deny|reject(?:ed|s)?|dismiss(?:ed|es)|disput(?:ed|es))\s+(?:that\s+)?"
    rf"{TOLD_AGAIN}(?:fallen|captured|taken|lost|seized|occupied)\b"
    # "...; Ukrainian commanders deny it and say ...": the claim before, answered by a pronoun
    r"|(?<!\bnot\s)(?<!n't\s)(?<!\bnor\s)\b(?:deni(?:ed|es)|deny|reject(?:ed|s)?|dismiss(?:ed|es)|disput(?:ed|es))\s+(?P<pronoun>it|this)"
    r"(?=\s*(?:[,;.]|and\b|$))"
    # "... and calls Russian claims that the city has fallen untrue"
    rf"|\bcall(?:s|ed|ing)?\s+(?:the\s+)?(?:[\w'’-]+\s+){{0,2}}?(?:claims?|reports?)\s+(?:that\s+)?[^.;]{{0,80}}?\s{UNTRUE}",
    re.IGNORECASE,
)
# A denial in parentheses right after the claimed name: "the capture of X (denied by Ukrainian forces)".
_DENIED_ASIDE = re.compile(
    r"\s*\(\s*(?:(?:which|a\s+claim)\s+)?(?:was\s+|were\s+)?(?:deni(?:ed|es)|rejected|refuted|disputed|dismissed)\b",
    re.IGNORECASE,
)


def analyse_mentions(mentions: Sequence[Mention]) -> dict[int, SentenceAnalysis]:
    """The analysis of each sentence of a report's mentions (in text order), by the sentence's start offset."""
    analyses: dict[int, SentenceAnalysis] = {}
    first = 0
    while first < len(mentions):
        start = mentions[first].sentence_start
        last = first
        while last + 1 < len(mentions) and mentions[last + 1].sentence_start == start:
            last += 1
        members = mentions[first : last + 1]
        analyses[start] = analyse(
            members[0].sentence, [(m.start - start, m.end - start) for m in members], [m.kind for m in members]
        )
        first = last + 1
    return analyses


def series_parts(sentence: str, spans: Sequence[tuple[int, int]]) -> list[tuple[int, list[int], bool]]:
    """The later parts of the sentence's series, each with the names it continues the list with.

    Two kinds of part continue the part before them: a located part ("; northwest of X near A and
    B"), whose names after "near" take the attack before it; and, after a semicolon, a bare list of
    names with their oblasts ("...: A (Kharkiv oblast); B and C (Luhansk oblast)", "; B and C in Luhansk
    oblast"), whose names take
    whatever the list before it took.

    Returns
    -------
    list of (int, list of int, bool)
        For each such part: the index of the last name before it, the indices of the names it
        continues the list with, and whether it is a bare list (else a located part).

    Examples
    --------
    >>> s = "Russian forces attacked near Lyman itself; northwest of Lyman near Torske; and near Zarichne."
    >>> series_parts(s, [(29, 34), (56, 61), (67, 73), (84, 92)])
    [(0, [2], False), (2, [3], False)]
    """
    parts: list[tuple[int, list[int], bool]] = []
    if ";" not in sentence:
        lowered = sentence.lower()
        if not any(word in lowered for word in ("north", "south", "east", "west")):
            return parts  # no semicolon, no ", northwest of X near ..." or "and northwest of X near ...": no series
    for separator in _SEPARATOR.finditer(sentence):
        before = [i for i, (start, _) in enumerate(spans) if start < separator.start()]
        if not before:
            continue
        part_end = _part_end(sentence, separator.end())
        opener = SERIES_OPENER.match(sentence, separator.end())
        if opener is not None:
            located_from = opener.end("near")
            located = [i for i, (start, end) in enumerate(spans) if located_from <= start and end <= part_end]
            # (the list after "near", not a name the part goes on to locate it by: "near A, which lies north of B")
            located = [i for n, i in enumerate(located)
                       if all(_LIST_GAP.fullmatch(sentence, spans[j - 1][1], spans[j][0]) for j in located[1 : n + 1])]
            if located and not _APPOSITION_CLOSES.match(sentence, spans[located[-1]][1]):
                parts.append((before[-1], located, False))
            # (not an apposition the verb after it closes: "A, north of the town near B, was shelled" locates A)
        elif sentence[separator.start()] == ";":
            inside = [
                i for i, (start, end) in enumerate(spans)
                if separator.end() <= start and end <= part_end
                and sentence.count("(", separator.end(), start) <= sentence.count(")", separator.end(), start)
            ]  # fmt: skip
            if inside and (
                _bare_list(sentence, [spans[i] for i in inside], separator.end(), part_end)
                or _gapped_part(sentence, [spans[i] for i in inside], separator.end(), part_end)
            ):
                parts.append((before[-1], inside, True))
    return parts


def _bare_list(sentence: str, spans: Sequence[tuple[int, int]], start: int, end: int) -> bool:
    """Whether ``sentence[start:end]`` holds nothing but the names at ``spans``, joined as a list
    (their oblasts in parentheses allowed)."""
    gaps = [sentence[start : spans[0][0]]]
    gaps += [sentence[a_end:b_start] for (_, a_end), (b_start, _) in zip(spans, spans[1:])]
    gaps.append(sentence[spans[-1][1] : end])
    return all(_LIST_GAP.fullmatch(gap) for gap in gaps)


def _gapped_part(sentence: str, spans: Sequence[tuple[int, int]], start: int, end: int) -> bool:
    """Whether ``sentence[start:end]`` is a list of the names at ``spans`` whose verb is gapped, known by the time
    that follows it, after an apposition perhaps ("shelling hardly stopped: A on most days; B and C, west along the
    shore, on 7 and 8 March; D through the middle of the month")."""
    gaps = [sentence[start : spans[0][0]]] + [sentence[a_end:b_start] for (_, a_end), (b_start, _) in pairwise(spans)]
    if not all(_LIST_GAP.fullmatch(gap) for gap in gaps):
        return False
    tail = _GAPPED_TAIL.fullmatch(sentence, spans[-1][1], end)
    return tail is not None and bool(_TIME_WORD.search(tail.group("when"))) and not _VERB_LIKE.search(tail.group())


_GAPPED_TAIL = re.compile(
    r"(?:\s+itself)?(?:\s*,\s*[^,;()]{1,60}?\s*,)?"
    r"\s+(?P<when>(?:on|in|through|throughout|during|over|until|by|from|at|for)\s+[^,;()]{1,40}?)\s*(?:\[\d+\])*[,.]?\s*(?:and\s*)?",
    re.IGNORECASE,
)
_TIME_WORD = re.compile(
    r"\b(?:\d{1,4}|days?|nights?|weeks?|months?|years?|mornings?|evenings?|spring|summer|autumn|winter|january|february"
    r"|march|april|may|june|july|august|september|october|november|december)\b",
    re.IGNORECASE,
)
_VERB_LIKE = re.compile(r"\b(?:is|are|was|were|be|been|has|have|had|remain\w*|stay\w*|became|become)\b|\b\w{3,}ed\b", re.IGNORECASE)


_LIST_GAP = re.compile(
    r"\s*(?:\([^()]{0,40}\)\s*)?(?:,\s*|(?:and|or)\s+|\.\s*)?(?:and\s+)?"
    r"(?:the\s+(?:city|town|village|settlement)\s+of\s+)?"
    r"|\s+in\s+(?:the\s+)?",  # "; D and E in Luhansk oblast;": the oblast locates the part's list
    re.IGNORECASE,
)


def _part_end(sentence: str, start: int) -> int:
    following = _SEPARATOR.search(sentence, start)
    return following.start() if following else len(sentence)


def denial_after(sentence: str, position: int) -> bool:
    """Whether the sentence denies, after ``position``, the claim made before it, in the same part of the
    sentence (a denial after a semicolon answers the claim told there, not an attack told before it).

    >>> denial_after("Russia said it had taken Khromove, a claim Kyiv denied.", 20)
    True
    >>> denial_after("Assaults on Nevske grew; Russian sources claimed Makiivka, which Kyiv dismissed.", 12)
    False
    """
    if _DENIED_ASIDE.match(sentence, position) is not None:
        return True
    if _UNTRUE_NEXT.match(sentence, position) and _CALLED_BEFORE.search(sentence, max(0, position - 120), position):
        return True  # "Kyiv calls the Russian claim that X has fallen false", "MoD calls Kiev's reports of the capture of X false"
    denial = _DENIAL_AFTER.search(sentence, position)
    if denial is None:
        return False
    if denial.group("pronoun") and _ANOTHER_NAME_TOLD.search(sentence, position, denial.start()):
        return False  # "had retaken A, and reported that B had been cleared, although Russian sources denied it": B's
    of_a_claim = denial.group().lstrip(" ,").lower().startswith(_OF_A_CLAIM)
    if of_a_claim and _ANOTHER_CLAIM.search(sentence, position, denial.start()):
        return False  # "taking A in October, while the ministry claimed B in September, a claim officers called premature": B's
    # (one that tells the place again reaches back: "claims the capture of X; Ukraine denies the town has fallen")
    return ";" not in sentence[position : denial.start()] or not of_a_claim


_CALLED_BEFORE = re.compile(
    r"\b(?:calls?|called|calling)\s+(?:the|[\w'’-]+['’]s)\s+(?:[\w'’-]+\s+)?(?:claims?|reports?|announcements?)\b[^.;:]*$", re.IGNORECASE
)
_UNTRUE_NEXT = re.compile(rf"(?:\s+(?:has|had|have|was|were)\s+(?:[\w-]+\s+){{0,2}}?)?\s*{UNTRUE}", re.IGNORECASE)
"""A claim called untrue around the name it is of: "calls the claim that X has fallen false"."""
_ANOTHER_CLAIM = re.compile(r"\b(?:claim(?:ed|s)?|announc(?:ed|es))\s+(?:the\s+capture\s+of\s+)?[A-Z]")
"""A claim of another place between a name and a denial that answers the claim right before it."""


_ANOTHER_NAME_TOLD = re.compile(r"\b(?:that|and)\s+[A-Z]")
"""A clause on another name between a claim and the "it" a denial answers, which is that name's."""
_OF_A_CLAIM = ("a claim", "claim", "a report", "report", "an assertion", "which", "something")
"""How a denial that answers the claim right before it starts ("..., which Kyiv dismissed")."""


class SentenceIndex:
    """Where each mention sits in its sentence's analysis."""

    def __init__(self, mentions: Sequence[Mention], analyses: Mapping[int, SentenceAnalysis]) -> None:
        self.analyses = analyses
        self.first: dict[int, int] = {}  # by sentence start: the index of its first mention
        for i, mention in enumerate(mentions):
            self.first.setdefault(mention.sentence_start, i)
        self.mentions = mentions

    def of(self, i: int) -> tuple[SentenceAnalysis, int]:
        """The analysis of mention ``i``'s sentence, and the mention's index in it."""
        start = self.mentions[i].sentence_start
        return self.analyses[start], i - self.first[start]
