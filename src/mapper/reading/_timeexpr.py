"""Time expressions in a report's text: where they are and what their words say.

This is the syntax of dates; :mod:`mapper.reading._calendar` gives them their meaning. The words
are data (``lexicon/dates.toml``, compiled by :mod:`mapper.reading._datewords`). Kinds:

``numeric``   ``2022-09-10``, ``10.09.2022``
``day``       ``10 September 2022``, ``on 13 and 14 March``, ``September 16, 2022``,
              ``the night of February 25 to 26``, ``Jan 15``
``month``     ``in September 2022``, ``in early September``, ``by the end of March``,
              ``February last year``, ``in November and December``
``year``      ``in 2014``, ``mid-2023``, ``in the summer of 2022``
``season``    ``in mid-summer``, ``last summer``
``weekday``   ``on Saturday``
``relative``  the phrases of the lexicon's ``[[relative]]`` table: ``the next day``,
              ``two days later``, ``yesterday``, ``by the end of the month``

Python's regex engine is fast only where a pattern begins with literal words, which it skips to by
a fast search; tried position by position, a grammar of dates would cost more than the rest of
the pipeline. So the text is read in steps, the cheapest first:

1. one search for month and weekday names and years, the core of most expressions, each read on
   with an anchored pattern ("September" → "September 16, 2022"), back to a day before it ("13
   and 14 March"), and back over the words before it that say how it dates ("in", "by the end
   of", "the summer of");
2. ``str.find`` for the words every relative phrase contains ("day", "week", "later", ...), in
   the sentences that name a place only; at each, the phrases of the lexicon are tried where one
   can begin: at the few date words just before it, and at a word only with the phrases that can
   begin with that word.
"""

from __future__ import annotations

import bisect
import re
from collections.abc import Collection, Sequence
from typing import TYPE_CHECKING, Literal, NamedTuple

from mapper.reading._datewords import (
    DAY,
    NUMBER,
    WEEKDAY_RELATIONS,
    DateLexicon,
    date_lexicon,
    phrases_for,
)

if TYPE_CHECKING:
    from mapper.reading.sentences import Sentence

__all__ = ["CAMPAIGN_AFTER", "ExpressionKind", "TimeExpression", "find_expressions"]

ExpressionKind = Literal["numeric", "day", "month", "year", "season", "weekday", "relative"]

_WINDOW = 48
"""How many characters before a core or a keyword the words that belong to its expression are looked for in."""
_WORDS_BACK = 6
"""How many words before its keyword a relative phrase may begin ("in the first two days of")."""
_RELATIVE_KEYWORDS = ("day", "week", "month", "year", "night", "morning", "evening", "afternoon", "ours later", "start of",
                      "summer", "winter")  # fmt: skip
"""Words that the relative phrases and seasons contain ("ours later" for "hours later", "Hours later").
Each is looked for in the whole text, so the list is short: "last spring" alone is not read."""


class TimeExpression(NamedTuple):
    """A time expression of a report: its offsets in the text, its kind and the words of its parts.

    ``parts`` holds the words of each part found (``day``, ``day2``, ``month``, ``month2``, ``year``,
    ``lead``, ``part``, ``season``, ``weekday``, ``count``, ``unit``, ...); ``row`` is the index of
    the ``[[relative]]`` row of a relative phrase.
    """

    start: int
    end: int
    kind: ExpressionKind
    parts: dict[str, str]
    row: int | None = None


def find_expressions(
    text: str, sentences: Sequence[Sentence], relative_in: Collection[int]
) -> dict[int, list[TimeExpression]]:
    """The time expressions of each sentence of ``text``, in text order, by sentence index.

    Every sentence is read for expressions with a month or weekday name or a year; relative
    phrases ("the next day", "yesterday") and seasons only in the sentences whose indexes are in
    ``relative_in`` (those that name a place). An expression lies within one sentence; markup
    is not read.
    """
    lexicon = date_lexicon()
    starts = [sentence.start for sentence in sentences]
    found: dict[int, list[TimeExpression]] = {}
    covered = -1  # the end of the last expression found: a core inside it is not read again
    bisect_right = bisect.bisect_right
    for core in lexicon.cores.finditer(text):
        at = core.start()
        if at < covered:
            continue
        index = bisect_right(starts, at) - 1
        sentence = sentences[index]
        if index < 0 or sentence.kind == "markup":
            continue
        expression = _around_core(text, core, sentence, lexicon)
        if expression is not None:
            found.setdefault(index, []).append(expression)
            covered = expression.end
    for at, index in _relative_keywords(text, starts, relative_in):
        own = found.get(index, [])
        if any(e.start <= at < e.end for e in own):
            continue
        expression = _phrase_at(text, at, sentences[index], lexicon)
        # a phrase that overlaps a date, or that a date right after it makes precise ("overnight on
        # October 29"), is not read apart
        if expression is not None and not any(e.start <= expression.end + 1 and expression.start < e.end for e in own):
            found.setdefault(index, []).append(expression)
    for expressions in found.values():
        if len(expressions) > 1:
            expressions.sort(key=lambda e: e.start)
            _share_a_range_year(text, expressions, lexicon)
    return found


_RANGE_JOIN = re.compile(r"\s*(?:[–—-]|to|until|till|through)\s*", re.IGNORECASE)
"""Between the two ends of a range of dates: "26 February – 11 November 2022"."""
_RANGE_LEADS = frozenset({"to", "until", "till", "through"})
"""The words that open a range's second end when the expression holds them ("from 14 December to 20 March 2023")."""


def _share_a_range_year(text: str, expressions: list[TimeExpression], lexicon: DateLexicon) -> None:
    """Give the first end of a range ("26 February – 11 November 2022") the year its second end names: the
    year before it when its month comes later in the year ("14 December – 20 March 2023")."""
    for k in range(len(expressions) - 1):
        first, second = expressions[k], expressions[k + 1]
        if (first.kind not in ("day", "month") or "year" in first.parts or "year" not in second.parts
                or "month" not in first.parts or "month" not in second.parts
                or not (_RANGE_JOIN.fullmatch(text, first.end, second.start)
                        or second.parts.get("lead", "").lower() in _RANGE_LEADS and not text[first.end : second.start].strip())):
            continue
        year = int(second.parts["year"])
        months = lexicon.months
        before = months.get(first.parts["month"].capitalize(), 0) > months.get(second.parts["month"].capitalize(), 13)
        expressions[k] = first._replace(parts={**first.parts, "year": str(year - 1 if before else year)})


def _relative_keywords(text: str, starts: list[int], relative_in: Collection[int]) -> list[tuple[int, int]]:
    """Where the relative keywords are in the sentences of ``relative_in``, with their sentences' indexes."""
    hits = []
    for keyword in _RELATIVE_KEYWORDS:
        at = text.find(keyword)
        while at >= 0:
            index = bisect.bisect_right(starts, at) - 1
            if index in relative_in:
                hits.append((at, index))
            at = text.find(keyword, at + 1)
    hits.sort()
    return hits


def _around_core(text: str, core: re.Match[str], sentence: Sentence, lexicon: DateLexicon) -> TimeExpression | None:
    """The expression around a month or weekday name or a year: what follows and precedes it."""
    word, start, end = core.group(), core.start(), core.end()
    if word[0].isalpha() and (text[start - 1 : start].isalpha() or text[end : end + 1].isalpha()):
        return None  # a month or weekday inside a longer word: "Mayak", "Marchenko", "Junior"
    if word in lexicon.weekdays:
        kind: ExpressionKind = "weekday"
        parts = {"weekday": word}
    elif word in lexicon.months:
        parts = {"month": word}
        after = lexicon.after_month.match(text, end, max(end, sentence.end))  # all of it optional: a match
        if after is not None and after.end() > end:
            end = after.end()
            for key, part in _AFTER_MONTH_PARTS:
                if (value := after[key]) is not None:
                    parts[part] = value
        if "day" in parts or _digit_before(text, start, sentence.start):
            start, before = _day_before(text, start, sentence.start, "day" in parts, lexicon)
            parts.update(before)
        if "day" in parts:
            return TimeExpression(start, end, "day", parts)
        if word not in lexicon.full_months:
            return None  # "Dec", "Mar" are months only beside a day
        kind = "month"
    else:
        if text[start - 1 : start] in _NOT_BEFORE_YEAR or text[end : end + 1].isdigit():
            return None  # part of a longer number: 12,000, 120223
        parts = {"year": word}
        start, end, kind = _numeric(text, start, end, sentence.start, parts)
    if _renaming(text, start, end, sentence):
        return None  # "Chervonopartyzansk (renamed Voznesenivka in 2016)": when a name changed, no event's date
    start, modifiers = _modifiers(text, start, sentence.start, kind, lexicon)
    if kind == "year" and not modifiers and text[start - 1 : start] == "(" and text[end : end + 1] == ")":
        modifiers = {"lead": "("}  # "Novomykhailivka (2024)": a year in an aside of its own is a date
    if kind == "year" and not modifiers and CAMPAIGN_AFTER.match(text, end):
        modifiers = {"lead": "campaign"}  # "Ukraine's 2023 counteroffensive retook X": the campaign's year dates it
    if kind == "year" and not modifiers and sentence.kind != "heading":  # "## 2023" is a section of the year
        return None  # a bare number: "2000 troops", "the 2022 census"
    parts.update(modifiers)
    return TimeExpression(start, end, kind, parts)


CAMPAIGN_AFTER = re.compile(
    r"\s+(?:counter-?offensive|offensive|campaign|invasion|incursion|breakthrough)s?\b", re.IGNORECASE
)
"""A campaign named by its year: "the 2023 counteroffensive"."""


def _renaming(text: str, start: int, end: int, sentence: Sentence) -> bool:
    """Whether the date at ``text[start:end]`` says when a place was renamed ("Komsomolske was renamed Kalmiuske in
    2016", "Krasnodon (since 2016 officially Sorokyne)"): a renaming word before it in its clause, or in the same
    parentheses after it."""
    if _RENAMED_BEFORE.search(text, max(sentence.start, start - _WINDOW), start):
        return True
    opened, closed = text.rfind("(", sentence.start, start), text.rfind(")", sentence.start, start)
    if opened <= closed:
        return False
    close = text.find(")", end, sentence.end)
    return close >= 0 and _RENAMING_WORD.search(text, end, close) is not None


_RENAMING_WORD = re.compile(r"\b(?:renamed|officially|formerly|now\s+called|now\s+named)\b", re.IGNORECASE)
_RENAMED_BEFORE = re.compile(
    r"\b(?:renamed|re-named|known\s+as|was\s+called)\b[^.;,()\n]{0,40}$"  # (not past the clause: "known as Krasne
    # until 2016, grew heavier from December 2023")
    r"|\b(?:called|named|known\s+as)\s+[A-Z][\w'’-]+(?:\s*\([^()]{0,40}\))?\s+until\s+$"  # "called Dzerzhynsk (...) until 2016"
    r"|\(\s*(?-i:[A-Z])[\w'’-]+(?:\s+(?-i:[A-Z])[\w'’-]+)?\s+(?:from|until|till|since|between)\s+(?:\d{4}\s*(?:to|and|until|-|–)\s*)?$",  # "(Novhorodske from 1951 to 2021)"
    re.IGNORECASE,
)


_NOT_BEFORE_YEAR = frozenset("0123456789,")
_AFTER_MONTH_PARTS = (("day", "day"), ("day2", "day2"), ("month2", "month2"), ("year", "year"),
                      ("span_month", "month2"), ("span_year", "year"), ("month_year", "year"), ("relyear", "relyear"))
"""The groups of ``DateLexicon.after_month`` (one name per place in the pattern), each with the part it is."""
_ISO_TAIL = re.compile(r"-([01]\d)-([0-3]\d)(?!\d)")
_DOTTED_HEAD = re.compile(r"(?<![\d.])[0-3]?\d\.[01]?\d\.\Z")


_DAYS = re.compile(rf"(?P<day>{DAY})(?:[-–—](?P<day2>{DAY}))?")
_JOINERS = frozenset(["and", "to", "or", "until", "-", "–", "—"])
_OPENING = "([\"'“‘"


def _day_before(text: str, start: int, lowest: int, day_known: bool,
                lexicon: DateLexicon) -> tuple[int, dict[str, str]]:  # fmt: skip
    """The day (or days) and the lead just before a month's name that begins at ``start``, and where
    the expression then begins: "On 13 and 14 March", "(6–12 September", "by the 10th of March";
    only the lead when the day follows the month ("on September 16")."""
    head = text[max(lowest, start - _WINDOW) : start]
    words = head.split()[-5:]
    found: dict[str, str] = {}
    left = len(words)
    if not day_known and left:
        at = left - 1 if left >= 2 and words[-1].lower() == "of" else left  # "the 10th of March"
        day = _DAYS.fullmatch(words[at - 1].lstrip(_OPENING)) if at else None
        if day is not None:
            left, found["day"] = at - 1, day["day"]
            if day["day2"] is not None:
                found["day2"] = day["day2"]
            elif left >= 2 and words[left - 1].lower() in _JOINERS:  # "13 and 14"
                first = _DAYS.fullmatch(words[left - 2].lstrip(_OPENING))
                if first is not None and first["day2"] is None:
                    left, found["day"], found["day2"] = left - 2, first["day"], found["day"]
    if left and (lead := words[left - 1].lower().lstrip(_OPENING)) in lexicon.leads:
        left, found["lead"] = left - 1, lead
    if left == len(words):
        return start, found
    at = len(head)
    for word in reversed(words[left:]):
        at = head.rfind(word, 0, at)
    at += len(words[left]) - len(words[left].lstrip(_OPENING))  # past an opening bracket
    return start - len(head) + at, found


def _digit_before(text: str, start: int, lowest: int) -> bool:
    """Whether a day can stand before a month that begins at ``start``: "10 ", "10th of "."""
    if text[start - 2 : start - 1].isdigit():
        return True
    probe = text[max(lowest, start - 8) : start].rstrip()
    return probe[-1:].isdigit() or probe.endswith(" of")


def _numeric(text: str, start: int, end: int, lowest: int, parts: dict[str, str]) -> tuple[int, int, ExpressionKind]:
    """A year that is the head of an ISO date (``2022-09-10``) or the tail of a dotted one (``10.09.2022``)."""
    if text[end : end + 1] == "-" and (iso := _ISO_TAIL.match(text, end)) is not None:
        parts["iso"] = text[start : iso.end()]
        return start, iso.end(), "numeric"
    if text[start - 1 : start] == "." and (dotted := _DOTTED_HEAD.search(text, max(lowest, start - 6), start)):
        parts["dotted"] = text[dotted.start() : end]
        return dotted.start(), end, "numeric"
    return start, end, "year"


def _modifiers(text: str, start: int, lowest: int, kind: ExpressionKind,
               lexicon: DateLexicon) -> tuple[int, dict[str, str]]:  # fmt: skip
    """The words just before an expression's core that belong to it, from the nearest: a season and
    "of" before a year ("the summer of 2022"), a relation before a weekday ("last Monday"), a part
    ("the end of", "early", "mid-"), "the", a lead ("in", "by", "on"); and where the expression
    then begins."""
    if kind == "numeric":
        return start, {}
    head = text[max(lowest, start - _WINDOW) : start]
    words = head.split()[-7:]
    lowered = [word.lower().rstrip("-").lstrip(_OPENING) for word in words]
    if not lowered or lowered[-1] not in lexicon.modifier_words:
        return start, {}  # no word of a date before it: "... Bucha. September 2022"
    if lowered[-1] in lexicon.leads and (len(lowered) == 1 or lowered[-2] not in lexicon.modifier_words):
        at = head.rfind(words[-1])
        return start - len(head) + at + len(words[-1]) - len(words[-1].lstrip(_OPENING)), {"lead": lowered[-1]}
    found: dict[str, str] = {}
    left = len(lowered)
    steps = (("season", lexicon.seasons.keys(), 2), ("rel", WEEKDAY_RELATIONS, 1), ("part", lexicon.parts, 6),
             ("the", {"the"}, 1), ("lead", lexicon.leads, 2))  # fmt: skip
    for name, phrases, longest in steps:
        if (name == "season" and kind != "year") or (name == "rel" and kind != "weekday"):
            continue
        for size in range(min(longest, left), 0, -1):
            phrase = " ".join(lowered[left - size : left])
            if name == "season" and phrase.endswith(" of"):
                phrase = phrase[:-3]
            if phrase in phrases:
                found[name] = phrase
                left -= size
                break
    found.pop("the", None)
    if left == len(words):
        return start, {}
    at = len(head)
    for word in reversed(words[left:]):
        at = head.rfind(word, 0, at)
    at += len(words[left]) - len(words[left].lstrip(_OPENING))  # past an opening bracket
    return start - len(head) + at, found


def _word_before(text: str, end: int, lowest: int) -> tuple[int, str] | None:
    """Where the word before ``end`` begins (past the space or dash before ``end``), and the word,
    lower-case; ``None`` at the sentence's beginning."""
    stop = end - 1 if end > lowest and text[end - 1] in " -" else end
    word = text[max(lowest, stop - _LONGEST_WORD) : stop].rpartition(" ")[2].rpartition("\n")[2]
    begin = stop - len(word)
    while begin < stop and not text[begin].isalnum():
        begin += 1  # past an opening bracket or quote: "(the next day)"
    if begin >= stop:
        return None
    return begin, text[begin:stop].lower().rstrip("-,;:")


_LONGEST_WORD = 24
"""How far back the word before a date is looked for (a longer word is no date word anyway)."""


def _phrase_at(text: str, at: int, sentence: Sentence, lexicon: DateLexicon) -> TimeExpression | None:
    """The relative phrase (or season) that holds the keyword at ``at``, tried at the earliest of the
    date words just before it ("in", "the", "following" before "days"), then at each later one and
    at the keyword's own word; at each word, only the phrases that can begin with it."""
    for start, names in _phrase_starts(text, at, sentence.start, lexicon):
        match = phrases_for(names).match(text, start, sentence.end)
        if match is None or match.end() <= at:
            continue
        name = match.lastgroup or ""
        parts = lexicon.phrases[name].fullmatch(text, match.start(), match.end())
        if parts is None:  # the phrase's own pattern reads the same words; never expected
            continue
        values = {key: value for key, value in parts.groupdict().items() if value is not None}
        if name == "season":
            return TimeExpression(match.start(), match.end(), "season", values)
        return TimeExpression(match.start(), match.end(), "relative", values, int(name.removeprefix("relative")))
    return None


def _phrase_starts(text: str, at: int, lowest: int, lexicon: DateLexicon) -> list[tuple[int, frozenset[str]]]:
    """Where a phrase holding the keyword at ``at`` can begin, the earliest first, with the phrases
    that can begin there: the keyword's own word, and those of the unbroken run of date words before
    it, at most ``_WORDS_BACK``."""
    start = at
    while start > lowest and text[start - 1].isalnum():
        start -= 1  # the keyword inside a word: "later", "today"
    word = _WORD.match(text, start)
    key = word.group().lower() if word is not None else ""
    if key not in lexicon.phrase_words:
        return []  # "water", "holiday", "yearly"
    names = lexicon.starters.get(key)
    starts = [(start, names)] if names is not None else []
    for _ in range(_WORDS_BACK):
        before = _word_before(text, start, lowest)
        if before is None:
            break
        start, key = before[0], NUMBER if before[1][:1].isdigit() else before[1]
        if key not in lexicon.phrase_words:
            break
        if (names := lexicon.starters.get(key)) is not None:
            starts.append((start, names))
    return starts[::-1]


_WORD = re.compile(r"\w+")
