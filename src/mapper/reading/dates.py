"""When each event happened: the dates a report's text gives, read sentence by sentence.

A report is read once, in text order (its time expressions found by
:mod:`mapper.reading._timeexpr`, each read as a date by :mod:`mapper.reading._calendar`),
keeping a *running date*: the date the text last gave, with its precision (where it starts,
what moves it: :mod:`mapper.reading._runningdate`). Each event is then dated by

1. **its own sentence**, when that gives a date (``date_source="sentence"``). Of several, a
   date in a relative clause (", which Russian forces captured in June 2022") or a state's
   start in an apposition (", on the front line since 2022,") dates that clause only, unless
   the place or its cue is in it; of the others, the date in the place's own part of the
   sentence (parts meet at ``;``, "and", "but", "while", "although", "though", "however"), else in its
   cue's part, else the date nearest the place (:mod:`mapper.reading._datechoice`);
2. else **the context** (``"context"``): in a narrative, the running date;
3. else **the report's date** (``"report"``): the fallback, and the date of a sentence without
   one in a news report (below). An event of an undated report whose text gives no date has
   no date.

What an expression means:

- A date is the first day of its period, at the precision the text gives: ``in early
  September`` and ``in November and December`` are months, ``in 2014`` and ``in the summer of
  2022`` years. A two-day range or a night (``on 13 and 14 March``, ``the night of 25 to 26
  February``, ``overnight on October 29 to 30``) is dated by its last day, the day a daily
  report files it under; a span that starts a state (``from 27 February to 10 September``,
  ``since 1 March``), and a range in a heading (``First phase (6–12 September 2022)``), by its
  first.
- A day and month without a year take the running date's year, or the year next to it where
  that puts them within two months of it across the new year (``On 3 January`` after ``On 20
  December 2022`` is 2023); before the text gives a date, the first year it writes (in a
  narrative) or the report's date's; never after the report's date.
- Relative phrases (the lexicon's ``[[relative]]`` rows) count from the running date (``the
  next day``, ``two days later``, ``that same day``, ``by the end of the month``), within a
  sentence from the date before them (``recaptured Andriivka on 15 September 2023 and
  Klishchiivka two days later``), or in news from the report's date (``yesterday``,
  ``overnight``, ``last weekend``: its Sunday; ``earlier this week``: known to the month). A
  vague count ("a few days later") leaves the date it counts from, known only to the month.
- A year that says when a place was renamed ("Krasnodon (since 2016 officially Sorokyne)", "was renamed
  Kalmiuske in 2016") is no date of the text's events (:mod:`mapper.reading._timeexpr` does not read it).
- A weekday is, in news, the latest such day on or before the report's date; in a narrative,
  the first such day on or after the running date.

**News and narrative.** A report that names a weekday, or whose first date (or two of its first
three) lies within a week of its own date or is a word such as "yesterday", is *news*
(:mod:`mapper.reading._news`): it
tells of its own day, so a sentence without a date is dated by the report (or by the weekday before it that its
title or first sentence names: "... on Monday" in a Tuesday's report tells of Monday; or, under a dated heading, a live
blog's "## 10 November, 18:40", by the heading), and a date given in
passing ("Ukrainian forces recaptured Kherson in November 2022") dates its own sentence only; in a
report that opens on its own date (a dated heading or dateline), a date more than three months before
it is told in passing and does not move the running date, so "on November 26" after "liberated Lyman
on October 1, 2022" is still of the report's year.
Any other report is a *narrative* (an encyclopaedia article, a history): a sentence without a
date takes the running date. Each dated sentence moves it to the latest date the sentence gives, unless that only
looks back less precisely ("... areas Russia had controlled since 2014" after "On 11 September
2022"); each dated heading to its first date (known to the month when the heading names a
period). Before the text gives a date, and again where its body starts after a dated lead (at
its first section heading: the lead summarises, the body starts over), the running date is the
year its title names ("Battle of Debaltseve (2015)"), else the first year the text writes; so it is again at the next heading after a section that looked back before
that year ("## Background": "In 2014 pro-Russian militants held Sloviansk ...").
"""

from __future__ import annotations

import bisect
import datetime as dt
import re
from collections.abc import Sequence
from typing import TYPE_CHECKING, NamedTuple

from mapper._types import DatePrecision, DateSource
from mapper.reading._calendar import Clock, Dated, title_year
from mapper.reading._datechoice import (
    SentenceParts,
    choose,
    in_own_clause,
    prewar_across_a_semicolon,
    sentence_parts,
)
from mapper.reading._datewords import date_lexicon
from mapper.reading._news import (
    a_morning_digest,
    in_passing,
    is_news,
    news_day,
    opens_on_its_date,
    titled_on_its_date,
)
from mapper.reading._runningdate import (
    aside_date,
    end_of_lead,
    first_year,
    heading_date,
    looks_back,
    moves,
    next_year,
    written_year,
)
from mapper.reading._timeexpr import TimeExpression, find_expressions

if TYPE_CHECKING:
    from mapper.model import Mention, Report
    from mapper.reading.sentences import Sentence

__all__ = ["NO_DATE", "EventDate", "ReportDates", "read_dates"]


class EventDate(NamedTuple):
    """An event's date (the first day of its period), its precision and where it comes from."""

    date: dt.date | None
    precision: DatePrecision | None
    source: DateSource | None


NO_DATE = EventDate(None, None, None)


def read_dates(report: Report, sentences: Sequence[Sentence], mentions: Sequence[Mention]) -> ReportDates:
    """Read the dates of ``report``'s text, sentence by sentence, to date the events of ``mentions``.

    ``sentences`` are the report's sentences (:func:`~mapper.reading.sentences.split_sentences`),
    in text order. Relative phrases ("the next day") are read only in the sentences that name a
    place, and in the report's opening sentences (where "since the beginning of the day" makes it news):
    elsewhere they would only move the running date.

    Examples
    --------
    >>> from mapper.model import Mention
    >>> from mapper.reading.sentences import split_sentences
    >>> from mapper.reports import report_from_text
    >>> report = report_from_text("On 10 September 2022, Ukrainian forces retook Izium. The next day they entered Lyman.")
    >>> sentences = split_sentences(report.text)
    >>> lyman = Mention(report.id, "Lyman", 79, 84, sentences[1].text, sentences[1].start)
    >>> read_dates(report, sentences, [lyman]).event_date(lyman, "entered")
    EventDate(date=datetime.date(2022, 9, 11), precision='day', source='sentence')
    """
    starts = {sentence.start: index for index, sentence in enumerate(sentences)}
    named = {starts[m.sentence_start] for m in mentions if m.sentence_start in starts}
    # (and the opening sentences, whose "since the beginning of the day" or "yesterday" says a report is news)
    named.update(range(min(_OPENING, len(sentences))))
    return ReportDates(report, sentences, find_expressions(report.text, sentences, named))


def _sentence_of(headed: tuple[int, EventDate]) -> int:
    return headed[0]


_OPENING = 4
"""How many of a report's first sentences have their relative phrases read, place or no place: what makes it news."""


class ReportDates:
    """The dates one report's text gives: each sentence's own, and the running date through it.

    Made by :func:`read_dates`; :meth:`event_date` dates one event. ``news`` says whether the
    report was read as news (see the module's description).
    """

    __slots__ = ("_changed", "_context", "_fallback", "_headed", "_own", "_parts", "_report", "_running", "_said",
                 "_sentences", "_starts", "news")  # fmt: skip

    def __init__(self, report: Report, sentences: Sequence[Sentence], found: dict[int, list[TimeExpression]]) -> None:
        self._report = report
        self._sentences = sentences
        self._starts = [sentence.start for sentence in sentences]
        # each sentence's dates, and the same as they are said of its events (made here, while the
        # pipeline's garbage collector is paused, not once per event)
        self._own: dict[int, tuple[Dated, ...]] = {}
        self._said: dict[int, tuple[EventDate, ...]] = {}
        self._parts: dict[int, SentenceParts] = {}  # of the sentences with several dates, read when first needed
        self._fallback = EventDate(report.date, "day", "report") if report.date is not None else NO_DATE
        order = sorted(found)
        titled = title_year(report.title)
        hint = titled or first_year(report, [found[index] for index in order])
        clock = Clock(report.date, year_hint=hint, titled=titled is not None, morning=a_morning_digest(report, sentences))
        expressions = [e for index in order for e in found[index]]
        # (a title that names another year than the report's tells of that year: "Battle of X (2022)", written in 2024)
        self.news = (titled is None or report.date is None or titled == report.date.year) and (
            is_news(clock, expressions, report.text) or titled_on_its_date(clock, report.title)
            or (report.date is not None and len(sentences) == 1)  # a caption tells of its own day ("Our gunners hit X,
        )  # north of Y, the city our brigade helped free in September 2022": of the caption's day, not of 2022)
        clock.news = self.news
        dated_news = self.news and opens_on_its_date(clock, expressions, report.text)
        if self.news:  # "Russians fired on six hromadas on Monday" (a Tuesday's report): its sentences tell of Monday
            lead = next((sentence.end for sentence in sentences if sentence.kind != "heading"), 0)  # title, first sentence
            if (day := news_day(clock, expressions, report.text, lead)) is not None:
                self._fallback = EventDate(day, "day", "report")
        # In a narrative, the first year the text writes stands for the time it tells of until it gives
        # a date, and again where its body starts over after the lead (at its first heading).
        start = Dated(0, 0, dt.date(hint, 1, 1), "year") if hint is not None and not self.news else None
        self._headed: list[tuple[int, EventDate]] = []  # in news, each dated heading and its date, in text order
        self._changed: list[int] = [-1]  # the sentences that move the running date, in text order
        self._running: list[Dated | None] = [start]  # the running date after each of them
        running, lead_end = start, end_of_lead(report.text, sentences, order) if not self.news else -1
        # A section that looked back before the time the text tells of ("## Background": "In 2014 ...")
        # does not carry that year into the next one: at its end the running date is the first year again.
        sections = [i for i, sentence in enumerate(sentences) if sentence.kind == "heading"] if start is not None else []
        written = [(index, year) for index in order for e in found[index] if (year := written_year(e)) is not None] if sections else []
        passed = 0  # the sections headed before the sentence being read
        for index in order:
            if index > lead_end >= 0 and self._changed[-1] < lead_end:
                running = start
                self._changed.append(lead_end)
                self._running.append(running)
            while passed < len(sections) and sections[passed] <= index:  # (a heading itself is read in its section)
                section = sections[passed]
                passed += 1
                if (
                    running is not None and start is not None and running.date.year < start.date.year
                    and section > self._changed[-1] and next_year(written, section) >= start.date.year
                ):
                    running = start
                    self._changed.append(section)
                    self._running.append(running)
            heading = sentences[index].kind == "heading"
            expressions = found[index]
            if len(expressions) == 1:  # most sentences
                clock.anchor = running
                dated = clock.read(expressions[0], report.text, heading=heading)
                own = [dated] if dated is not None else []
            else:
                own = self._read_sentence(clock, running, expressions, heading)
            if not own:
                continue
            clock.last_said = own[-1]
            self._own[index] = tuple(own)
            self._said[index] = tuple(EventDate(dated.date, dated.precision, "sentence") for dated in own)
            # (a date a quotation was given on, "an officer told the weekly in 2023", and a campaign's year, "the 2023
            # counteroffensive", date what they tell, not the narrative that goes on after them)
            movers = [d for d in own if not aside_date(report.text, d)] or ([] if not heading else own)
            if not movers:
                continue
            latest = movers[0] if len(movers) == 1 else max(movers, key=_date_of)
            if heading:
                running = heading_date(own, report.text, sentences[index])
                if self.news and any(e.kind != "relative" for e in expressions):
                    # a live blog's entry, "## 10 November, 18:40": the date of what it tells (not a headline's
                    # anniversary, "# Kherson marks two years since the Russian retreat")
                    self._headed.append((index, EventDate(running.date, running.precision, "context")))
                    clock.section_day = running.date if running.precision == "day" else None
            elif moves(latest, running) and not (dated_news and in_passing(latest, report.date)):
                running = latest
            else:
                continue
            self._changed.append(index)
            self._running.append(running)
        self._context = [EventDate(r.date, r.precision, "context") if r is not None and not self.news else None
                         for r in self._running]  # fmt: skip

    def _paragraph_date(self, index: int) -> EventDate | None:
        """In news, the day before the report's that a sentence before sentence ``index`` in its paragraph gave ("the
        enemy struck Nikopol yesterday"), when it is the last date they gave."""
        text, sentences = self._report.text, self._sentences
        for k in range(index - 1, max(-1, index - 1 - _CARRIED_SENTENCES), -1):
            if "\n\n" in text[sentences[k].end : sentences[k + 1].start] or sentences[k].kind == "heading":
                return None
            if k in self._said:
                last, expression = self._said[k][-1], self._own[k][-1]
                if not _DAY_BEFORE.fullmatch(text, expression.start, expression.end):
                    return None  # (only "yesterday" sets a scene: "footage published on 13 March" dates its own)
                return EventDate(last.date, last.precision, "context")
        return None

    def _read_sentence(self, clock: Clock, running: Dated | None, expressions: list[TimeExpression],
                       heading: bool) -> list[Dated]:  # fmt: skip
        """The dates of one sentence's expressions, each read against the date before it."""
        clock.anchor = running
        own = []
        for k, expression in enumerate(expressions):
            following = None
            if expression.kind == "relative" and k + 1 < len(expressions) and expressions[k + 1].kind != "relative":
                if date_lexicon().relative[expression.row or 0].after:
                    following = clock.read(expressions[k + 1], self._report.text)
                elif _RESTATED.fullmatch(self._report.text, expression.end, expressions[k + 1].start):
                    continue  # "hit by a drone overnight, 2 March 2024": the date after it says which night
            if following is None and k + 1 < len(expressions) and _year_from_the_end(self._report.text, expression, expressions[k + 1]):
                # "between 28 February and 4 March 2022": a range's first end takes the year written at its last
                clock.anchor = clock.read(expressions[k + 1], self._report.text) or clock.anchor
            dated = clock.read(expression, self._report.text, heading=heading, following=following)
            if dated is not None:
                own.append(dated)
                if not (clock.news and k + 1 < len(expressions)
                        and _in_a_relative_aside(self._report.text, expression, expressions[k + 1])) and not (
                    k + 1 < len(expressions) and expressions[k + 1].kind != "relative" and looks_back(self._report.text, dated)
                    and "," in self._report.text[expression.end : expressions[k + 1].start]
                ):  # ("X, whose capture had been announced in July 2022, fell in October": not October 2022; but "which
                    # had taken A in early September, captured B later that month" counts from September)
                    clock.anchor = dated  # a relative phrase counts from the date before it (in news, not from one in an
                    # aside: "Russian forces, which withdrew from X in November 2022, shelled A on January 20": the report's year)
        return own

    def event_date(self, mention: Mention, cue: str | None = None, status: str | None = None) -> EventDate:
        """The date of what ``cue`` (the words of the sentence that gave ``status``, if any) reports
        of ``mention``: its sentence's date nearest the cue, else the context's, else the report's."""
        index = bisect.bisect_right(self._starts, mention.sentence_start) - 1
        own = self._own.get(index)
        if own:
            sentence = self._sentences[index]
            if len(own) == 1 and not in_own_clause(self._report.text, sentence, own[0]) and not (
                status == "occupied" and cue is not None and prewar_across_a_semicolon(sentence, own[0], mention)
            ):
                return self._said[index][0]  # most dated sentences: one date, in no clause of its own
            if index not in self._parts:
                self._parts[index] = sentence_parts(own, self._report.text, sentence)
            chosen = choose(own, self._parts[index], sentence, mention, cue, status)
            if chosen is not None:
                return self._said[index][own.index(chosen)]
        if self.news and (carried := self._paragraph_date(index)) is not None:
            return carried  # "the enemy struck Nikopol yesterday. Marhanets came under fire.": yesterday, too
        if self._headed:  # news under a dated heading: the heading's date
            under = bisect.bisect_right(self._headed, index, key=_sentence_of) - 1
            if under >= 0:
                return self._headed[under][1]
        if self._report.date is not None and _NOW.search(self._sentences[index].text):
            return self._fallback  # "They are fighting in A now": the report's own time, not the narrative's
        context = self._context[bisect.bisect_left(self._changed, index) - 1]
        return context if context is not None else self._fallback


_NOW = re.compile(
    r"(?<!\bby\s)(?<!\buntil\s)(?<!\btill\s)(?<!\bfrom\s)(?<!\bhad\s)(?<!\bwas\s)(?<!\bwere\s)"
    r"\b(?:now|currently|these\s+days)\b(?!\s+(?:called|known|named|renamed|part\s+of)\b|-)",
    re.IGNORECASE,
)
"""A sentence that tells of the time it is written in: "they attack us there every day now"."""
_CARRIED_SENTENCES = 4
"""How many sentences back in its paragraph a news sentence without a date looks for "yesterday"."""
_DAY_BEFORE = re.compile(r"yesterday|(?:on\s+)?the\s+(?:previous|preceding)\s+day|the\s+day\s+before", re.IGNORECASE)
_RELATIVE_ASIDE_OPENS = re.compile(r",\s*(?:which|who|whose)\b[^,;()]*$", re.IGNORECASE)
"""A relative clause set off by a comma, open before a date in it."""


def _in_a_relative_aside(text: str, expression: TimeExpression, following: TimeExpression) -> bool:
    """Whether ``expression`` lies in a relative clause set off by commas that closes before ``following``."""
    return bool(_RELATIVE_ASIDE_OPENS.search(text, max(0, expression.start - 100), expression.start)) and (
        "," in text[expression.end : following.start]
    )


_RESTATED = re.compile(r"\s*,?\s*(?:on\s+|of\s+)?")
"""What stands between a relative phrase and the date that restates it ("overnight, 2 March 2024", "yesterday on 2 March")."""


def _date_of(dated: Dated) -> dt.date:
    return dated.date


def _year_from_the_end(text: str, expression: TimeExpression, after: TimeExpression) -> bool:
    """Whether ``expression``, a day or month written without a year, opens a range whose other end, ``after``,
    writes one: "28 February and 4 March 2022", "from May to July 2023"."""
    return (
        expression.kind in ("day", "month") and "year" not in expression.parts and "year" in after.parts
        and after.kind in ("day", "month") and after.start - expression.end <= 2
    )
