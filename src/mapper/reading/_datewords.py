"""The date lexicon: the words of ``lexicon/dates.toml`` and the patterns built from them.

Read on first use and cached (:func:`date_lexicon`). :mod:`mapper.reading._timeexpr` finds the
expressions with these patterns, :mod:`mapper.reading._calendar` reads their words as dates.
"""

from __future__ import annotations

import datetime as dt
import re
from collections.abc import Collection
from dataclasses import dataclass
from functools import lru_cache
from importlib.resources import files
from typing import Any, Literal

import tomllib

__all__ = ["DAY", "NUMBER", "WEEKDAY_RELATIONS", "DateLexicon", "RelativeRow", "date_lexicon", "phrases_for"]

NUMBER = "#"
"""The first word of :attr:`DateLexicon.starters` that stands for any number written in digits."""
DAY = r"(?:[12]\d|3[01]|0?[1-9])(?:st|nd|rd|th)?(?!\d)"
_YEAR = r"(?:19|20)\d\d(?!\d)"
_JOINER = r"\s*(?:-|–|—|and|to|or|until)\s*"
WEEKDAY_RELATIONS = frozenset(["last", "this", "next"])
"""Words before a weekday that say which: "last Monday"; "next Monday" is to come."""


@dataclass(frozen=True, slots=True)
class RelativeRow:
    """One row of the lexicon's ``[[relative]]`` table (see ``lexicon/dates.toml``)."""

    pattern: str
    anchor: Literal["text", "report", "invasion"]
    shift: int | str
    unit: str
    precision: str
    example: str
    after: bool = False
    evening: bool = False  # a time of day a morning report has not reached: the day before it
    exact: bool = False  # an anniversary's count is exact: "one year since" keeps the month, as "a year ago" does not


@dataclass(frozen=True, slots=True)
class DateLexicon:
    """The date words of ``lexicon/dates.toml``, and the patterns built from them."""

    months: dict[str, int]
    """Month names and abbreviations → month number."""
    full_months: frozenset[str]
    """The months' names in full (an abbreviation is a month only beside a day)."""
    weekdays: dict[str, int]
    """Weekday names → ``date.weekday()`` number (Monday 0)."""
    seasons: dict[str, int]
    """Season names → the number of their first month."""
    numbers: dict[str, int]
    vague_numbers: dict[str, int]
    leads: frozenset[str]
    parts: frozenset[str]
    span_starts: frozenset[str]
    invasion: dt.date
    relative: tuple[RelativeRow, ...]
    cores: re.Pattern[str]
    """Month and weekday names and years: what most expressions are built around."""
    after_month: re.Pattern[str]
    """What may follow a month's name: a day or a range of days, a second month, a year."""
    phrases: dict[str, re.Pattern[str]]
    """Each relative row (``relative0``, ...) and the bare season, with named groups for its parts."""
    starters: dict[str, frozenset[str]]
    """First word (lower-case; ``"#"`` for digits) → the phrases that can begin with it."""
    phrase_words: frozenset[str]
    """Every word (lower-case; ``"#"`` for digits) that can be part of a phrase."""
    modifier_words: frozenset[str]
    """Every word (lower-case) of the words before a core: leads, parts, seasons, "of", "the"."""


def _alternation(words: Collection[str]) -> str:
    """Words as a regex alternation, the longer first (so that "Sept" is tried before "Sep"), grouped
    by first letter (so that the engine tries one group at a position, not every word)."""
    from mapper.reading._scan import by_first_letter

    ordered = sorted(words, key=len, reverse=True)
    return by_first_letter("|".join(re.escape(word).replace(r"\ ", r"\s+") for word in ordered))


@lru_cache(maxsize=1)
def date_lexicon() -> DateLexicon:
    """The date lexicon, read from ``lexicon/dates.toml`` and compiled on first use."""
    table = tomllib.loads(files("mapper").joinpath("lexicon/dates.toml").read_text(encoding="utf-8"))
    full = {name: number for number, name in enumerate(table["months"], 1)}
    abbreviations = table["month_abbreviations"]
    weekdays = {name: number for number, name in enumerate(table["weekdays"])}
    numbers = table["numbers"] | table["vague_numbers"]
    relative = tuple(RelativeRow(**row) for row in table["relative"])

    month = rf"(?:{_alternation(full)}|(?:{_alternation(abbreviations)})\b\.?)"
    parts = rf"(?i:{_alternation(table['parts'])})"
    relative_year = r"(?i:last|this|next|that|the\s+same|the\s+following|the\s+previous)"
    after_month = (
        rf"\.?(?:\s+(?P<day>{DAY})(?:{_JOINER}(?:(?P<month2>{month})\s+)?(?P<day2>{DAY}))?(?:,?\s+(?P<year>{_YEAR}))?"
        rf"|{_JOINER}(?:{parts}(?:\s+|-))?(?P<span_month>{_alternation(full)})(?:,?\s+(?:of\s+)?(?P<span_year>{_YEAR}))?"
        rf"|,?\s+(?:of\s+)?(?P<month_year>{_YEAR})|\s+(?:of\s+)?(?P<relyear>{relative_year})\s+(?i:year))?"
    )
    count = rf"(?P<count>\d{{1,2}}|(?i:{_alternation(numbers)}))"
    unit = r"(?P<unit>(?i:day|week|month|year)s?)"
    phrases = {
        f"relative{n}": "(?i:" + row.pattern.replace("{count}", count).replace("{unit}", unit) + r")\b"
        for n, row in enumerate(relative)
    }
    leads = rf"(?:(?P<lead>(?i:{_alternation(table['leads'])}))\s+)?"
    seasons = _alternation(set(table["seasons"]) - {"fall"})  # "the fall of Izium" is no season
    phrases["season"] = (rf"{leads}(?:(?i:the)\s+)?(?:(?P<rel>(?i:last|this))\s+)?(?:(?P<part>{parts})(?:\s+|-))?"
                         rf"(?P<season>(?i:{seasons}))\b")  # fmt: skip
    return DateLexicon(
        months=full | abbreviations, full_months=frozenset(full), weekdays=weekdays, seasons=table["seasons"], numbers=numbers,
        vague_numbers=table["vague_numbers"], leads=frozenset(table["leads"]), parts=frozenset(table["parts"]),
        span_starts=frozenset(table["span_starts"]), invasion=table["invasion"], relative=relative,
        # literal words first, so that the engine skips to them by a fast search
        cores=re.compile("|".join([*full, *abbreviations, *weekdays, "1[89]\\d\\d", "20[0-4]\\d"])),
        after_month=re.compile(after_month),
        phrases={name: re.compile(source) for name, source in phrases.items()},
        starters=_starters(table, phrases), phrase_words=_phrase_words(table, relative),
        modifier_words=frozenset(word.lower() for phrase in [*table["leads"], *table["parts"], *table["seasons"],
                                 *WEEKDAY_RELATIONS, "the", "of"] for word in phrase.split()),
    )  # fmt: skip


def _phrase_words(table: dict[str, Any], relative: tuple[RelativeRow, ...]) -> frozenset[str]:
    """The words of the lexicon's phrases and patterns, lower-case, and ``"#"`` for a number."""
    phrases = [*table["seasons"], *table["numbers"], *table["vague_numbers"], *table["leads"], *table["parts"]]
    words = {word.lower() for phrase in phrases for word in phrase.split()}
    words |= {word for row in relative for word in re.findall(r"(?<![\\?])\b[a-z]{2,}\b", row.pattern)}
    return frozenset(words | {"a", "toward", NUMBER, "day", "days", "week", "weeks", "month", "months", "year", "years"})


def _starters(table: dict[str, Any], phrases: dict[str, str]) -> dict[str, frozenset[str]]:
    """For each word a phrase can begin with, the phrases that can begin with it."""
    from mapper.reading._scan import literal_prefixes

    def first_words(words: Collection[str]) -> set[str]:
        return {word.split()[0].lower() for word in words}

    first = {name: {prefix.split(" ")[0].lower() or NUMBER for prefix in literal_prefixes(_unnamed(source))}
             for name, source in phrases.items() if name != "season"}  # fmt: skip
    first["season"] = first_words(table["leads"]) | first_words(table["parts"]) | set(table["seasons"]) | {
        "the", "last", "this"}  # fmt: skip
    by_word: dict[str, set[str]] = {}
    for name, words in first.items():
        for word in words:
            by_word.setdefault(word, set()).add(name)
    return {word: frozenset(names) for word, names in by_word.items()}


def _unnamed(source: str) -> str:
    return re.sub(r"\(\?P<\w+>", "(?:", source)


@lru_cache(maxsize=256)
def phrases_for(names: frozenset[str]) -> re.Pattern[str]:
    """The phrases ``names`` in one pattern, in the lexicon's order (the first that matches wins),
    each a named group, so that ``match.lastgroup`` says which matched."""
    phrases = date_lexicon().phrases
    return re.compile("|".join(f"(?P<{name}>{_unnamed(p.pattern)})" for name, p in phrases.items() if name in names))
