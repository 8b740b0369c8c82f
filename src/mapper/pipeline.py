"""The pipeline: from a report to events ("this place, this status, says this sentence").

>>> import mapper
>>> events = mapper.extract("Ukrainian forces retook Kupiansk.")   # doctest: +SKIP
>>> [(e.place.name, e.status, e.cue) for e in events]               # doctest: +SKIP
[('Kupyansk', 'liberated', 'retook')]

Each report is split into sentences (:mod:`mapper.reading.sentences`) and its place
mentions found (:mod:`mapper.reading.mentions`); each sentence with a mention is analysed
once (:mod:`mapper.reading.analysis`: its lists, position hints and series), and both
later stages read that analysis: each mention is resolved to one of its namesakes
(:mod:`mapper.reading.resolve`) and given the statuses its own sentence reports
(:mod:`mapper.reading.status`), and each reading, dated, becomes an event (:mod:`mapper.reading.events`).
Reports are read in batches, each the context of the others
for the names its own text cannot place, as its title is (:mod:`mapper.reading.batch`).
Everything is linear in the report's length; the gazetteer's automaton is built once and cached.

A sentence is held to :data:`MAX_SENTENCE_CHARS`: a longer one (a line without a sentence
break, a table flattened into text) is cut into pieces at white space, with a warning that names
the report and the offset, so that no stage sees a sentence of megabytes (each mention carries its
sentence). The sentence splitter cuts long runs without a full stop itself; a line longer than the
bound is said in a warning all the same (naming the report and the line's offset), since what is
read there as sentences was not written as such. :mod:`mapper.parallel` runs the batches on all
cores.
"""

from __future__ import annotations

import gc
import logging
from collections.abc import Iterable, Iterator
from typing import TYPE_CHECKING, NamedTuple

from mapper.errors import bug_message
from mapper.model import Event, Mention, Report
from mapper.reading.actors import Side, antecedent_side, prevailing_side
from mapper.reading.analysis import SentenceAnalysis, analyse_mentions
from mapper.reading.anaphora import with_anaphors
from mapper.reading.batch import (
    FIRM,
    TITLE_DECIDES,
    NameIndex,
    name_index,
    resolve_from_batch,
    title_decided,
)
from mapper.reading.dates import ReportDates, read_dates
from mapper.reading.enumerations import (
    enumerated_readings,
    introduced_readings,
    introductions,
)
from mapper.reading.events import report_events
from mapper.reading.mentions import find_mentions
from mapper.reading.recalled import with_recalled_dates
from mapper.reading.resolve import Resolution, resolve
from mapper.reading.sentences import Sentence, split_sentences
from mapper.reading.status import read_statuses
from mapper.reading.titles import title_places
from mapper.reading.voice import report_voice

if TYPE_CHECKING:
    from mapper.gazetteer import Gazetteer

__all__ = ["BATCH", "MAX_SENTENCE_CHARS", "extract", "extract_reports"]

log = logging.getLogger(__name__)


def extract(
    report_or_text: Report | str, gazetteer: Gazetteer | None = None, *, all_mentions: bool = False
) -> list[Event]:
    """The events one report gives: each place with a status, its evidence and cue.

    Parameters
    ----------
    report_or_text
        A :class:`~mapper.model.Report`, or plain text (its id is ``"<text>"``).
    gazetteer
        Where names are looked up; ``None`` loads the default
        (:func:`mapper.gazetteer.load_gazetteer`).
    all_mentions
        Also return mentions without a status (``status=None``), unresolved
        names included, and names of places outside Ukraine (``place=None``,
        ``resolution`` starting with ``"foreign"``).

    Returns
    -------
    list of Event
        In text order. A mention to which its sentence gives two statuses
        yields two events; a mention of a place outside Ukraine has none.

    Raises
    ------
    GazetteerError
        When the default gazetteer cannot be loaded.
    """
    if gazetteer is None:
        from mapper.gazetteer import load_gazetteer

        gazetteer = load_gazetteer()
    report = _as_report(report_or_text)
    return list(_batch_events([_read(report, gazetteer)], all_mentions=all_mentions))


BATCH = 64
"""Reports read together, each the context of the others for names its own text cannot place."""


def extract_reports(
    reports: Iterable[Report], gazetteer: Gazetteer, *, all_mentions: bool = False, batch: int = BATCH
) -> Iterator[Event]:
    """The events of many reports, in their order (see :func:`extract`).

    Reports are read in batches of ``batch``: a name that its own report cannot place (a one-line
    caption, "Shelling of Pavlivka") takes the namesake nearest the places the batch's other reports
    name (``resolution`` says so). The batches follow the input order, so the output does not depend
    on how the work is split.

    A report whose reading fails where no check foresaw it (a bug in mapper) does not stop the run:
    it is left out, whole, with an error on the ``mapper.pipeline`` log that names it and carries
    its id as ``left_out`` (the command line counts it as skipped), and the other reports are read.
    """
    pending: list[_Read] = []
    for report in reports:
        pending.append(_read_or_leave_out(report, gazetteer))
        if len(pending) >= batch:
            yield from _batch_events(pending, all_mentions=all_mentions, guarded=True)
            pending = []
    if pending:
        yield from _batch_events(pending, all_mentions=all_mentions, guarded=True)


def _read_or_leave_out(report: Report, gazetteer: Gazetteer) -> _Read:
    try:
        return _read(report, gazetteer)
    except Exception as exc:  # a bug: the run goes on with the other reports
        _left_out(report, "reading it", exc)
        return _Read(report, [], [], [])


def _left_out(report: Report, stage: str, exc: Exception) -> None:
    log.debug("%s: %s failed unexpectedly", report.id, stage, exc_info=exc)
    log.error("%s: left out: unexpected %s while %s (%s); this is a bug in mapper, please report it",
              report.id, type(exc).__name__, stage, bug_message(exc), extra={"left_out": report.id})  # fmt: skip


def _as_report(report_or_text: Report | str) -> Report:
    if isinstance(report_or_text, Report):
        return report_or_text
    from mapper.reports import report_from_text

    return report_from_text(report_or_text)


class _Read(NamedTuple):
    """One report read: its mentions, where each is, what its sentence says of it, and when."""

    report: Report
    mentions: list[Mention]
    resolutions: list[Resolution]
    readings: list[tuple]
    dates: ReportDates | None = None
    title: tuple = ()  # the places its title names: context for the names its text leaves open


def _read(report: Report, gazetteer: Gazetteer) -> _Read:
    # The stages build tens of thousands of small objects per MB and no reference cycles: the
    # cyclic collector would only re-scan them (2-10% of the time on long reports). It is paused
    # while they run, and resumed as it was.
    collecting = gc.isenabled()
    gc.disable()
    try:
        sentences = _bounded(split_sentences(report.text), report)
        mentions = find_mentions(report, gazetteer, sentences)
        if not mentions:
            return _Read(report, [], [], [])
        analyses = analyse_mentions(mentions)  # one analysis per sentence, read by both stages below
        resolutions = resolve(mentions, analyses, gazetteer.region, report.text)
        anaphoric, resolutions = with_anaphors(mentions, resolutions, sentences, report.text)  # "... The town fell."
        if anaphoric is not mentions:
            mentions, analyses = anaphoric, analyse_mentions(anaphoric)
        previous = {b.start: a.text for a, b in zip(sentences, sentences[1:], strict=False)}
        readings = _statuses(report.text, analyses, prevailing_side(report.text), report_voice(report.text), previous,
                             introductions(sentences))
        dates = read_dates(report, sentences, mentions)
        title = title_places(report, gazetteer) if report.title and any(map(_open, resolutions)) else ()
    finally:
        if collecting:
            gc.enable()
    return _Read(report, mentions, resolutions, readings, dates, title)


def _open(resolution: Resolution) -> bool:
    """Whether a name's own report left its namesake open: what its title and batch may decide."""
    return resolution.how in TITLE_DECIDES


MAX_SENTENCE_CHARS = 100_000
"""The longest sentence read as one: a longer one is cut into pieces of at most this many characters."""

_CUT_LOOKBACK = 1_000
"""How far back from the bound a cut looks for white space (else it cuts between two characters)."""


def _bounded(sentences: list[Sentence], report: Report) -> list[Sentence]:
    """The sentences, each longer than :data:`MAX_SENTENCE_CHARS` cut into pieces at white space
    (offsets kept: each piece is a slice of the report's text), with one warning per sentence cut."""
    if len(report.text) > MAX_SENTENCE_CHARS:
        _warn_of_long_lines(report)
    if all(len(sentence.text) <= MAX_SENTENCE_CHARS for sentence in sentences):
        return sentences
    out: list[Sentence] = []
    for sentence in sentences:
        if len(sentence.text) <= MAX_SENTENCE_CHARS:
            out.append(sentence)
            continue
        pieces = _pieces(sentence)
        log.warning("report '%s': a sentence of %d characters at offset %d was cut into %d pieces of at most %d "
                    "(a text without sentence breaks?)", report.id, len(sentence.text), sentence.start, len(pieces),
                    MAX_SENTENCE_CHARS)  # fmt: skip
        out.extend(pieces)
    return out


def _warn_of_long_lines(report: Report) -> None:
    """One warning for the lines of a report longer than :data:`MAX_SENTENCE_CHARS`, naming the first."""
    text, start, long_lines, first = report.text, 0, 0, (0, 0)
    while start < len(text):
        end = text.find("\n", start)
        end = len(text) if end < 0 else end
        if end - start > MAX_SENTENCE_CHARS:
            long_lines += 1
            first = first if long_lines > 1 else (start, end - start)
        start = end + 1
    if long_lines:
        more = f" and {long_lines - 1} more" if long_lines > 1 else ""
        log.warning("report '%s': a line of %d characters at offset %d%s, longer than %d: read in sentences, cut at "
                    "white space where no sentence ends", report.id, first[1], first[0], more,
                    MAX_SENTENCE_CHARS)  # fmt: skip


def _pieces(sentence: Sentence) -> list[Sentence]:
    """``sentence`` cut at the last white space before each bound (or at the bound, when there is none
    near it), the white space around each cut left out."""
    text, pieces, begin = sentence.text, [], 0
    while begin < len(text):
        end = min(begin + MAX_SENTENCE_CHARS, len(text))
        if end < len(text):
            space = max(text.rfind(" ", end - _CUT_LOOKBACK, end), text.rfind("\n", end - _CUT_LOOKBACK, end))
            end = space if space > begin else end
        piece = text[begin:end]
        stripped = piece.strip()
        if stripped:
            first = begin + len(piece) - len(piece.lstrip())
            start = sentence.start + first
            pieces.append(Sentence(start, start + len(stripped), stripped, sentence.kind))
        begin = end
    return pieces


def _batch_events(reads: list[_Read], *, all_mentions: bool, guarded: bool = False) -> Iterator[Event]:
    """The events of a batch's reports; when ``guarded``, a report whose events cannot be made (a bug)
    is left out whole and said (:func:`_left_out`), and the batch's other reports go on."""
    if len(reads) > 1 or any(read.title for read in reads):
        reads = _with_batch_context(reads, guarded=guarded)
    for read in reads:
        if not guarded:
            yield from with_recalled_dates(list(_events(read, all_mentions=all_mentions)))
            continue
        try:
            events = with_recalled_dates(list(_events(read, all_mentions=all_mentions)))
        except Exception as exc:  # a bug: the batch goes on with its other reports
            _left_out(read.report, "dating its events", exc)
            continue
        yield from events


def _with_batch_context(reads: list[_Read], *, guarded: bool = False) -> list[_Read]:
    """Each report's undecided names resolved by its title and by what the other reports of the batch place: near
    the places their own texts decided (of the same days, else of any day), or where a report of the same month placed the name, by
    its text or its title ("Kupiansk direction: ... capture of Kamenka" places a later bare "Kamianka")."""
    firm = [[(m, r) for m, r in zip(read.mentions, read.resolutions, strict=True) if r.place is not None and r.how.startswith(FIRM)]
            for read in reads]  # fmt: skip
    titled = [_titled(read) if read.title and len(reads) > 1 else read for read in reads]
    months: dict[tuple[int, int] | None, list[int]] = {}
    for k, read in enumerate(reads):
        months.setdefault(_month(read), []).append(k)
    names = {month: name_index([(m, r) for k in members for m, r in zip(titled[k].mentions, titled[k].resolutions, strict=True)
                                if r.place is not None and (r.how.startswith(FIRM) or title_decided(r.how))])
             for month, members in months.items()}  # fmt: skip
    return [_placed(read, [pair for j in _same_days(reads, k) for pair in firm[j]], guarded, names[_month(read)],
                    [pair for j in range(len(reads)) if j != k for pair in firm[j]])
            if any(map(_open, read.resolutions)) else read  # (only a report with names left open takes its batch's)
            for k, read in enumerate(reads)]  # fmt: skip


def _month(read: _Read) -> tuple[int, int] | None:
    day = read.report.date
    return (day.year, day.month) if day is not None else None


def _titled(read: _Read) -> _Read:
    """The report with its open names placed by its title alone, as context for the batch's others (a bug here leaves
    them unplaced: placing the report itself, after, says it)."""
    try:
        return _placed(read, (), guarded=False)
    except Exception:  # noqa: BLE001 - said by the report's own placing (_placed), which fails the same way
        return read


def _placed(read: _Read, others: list[tuple[Mention, Resolution]] | tuple, guarded: bool,
            names: NameIndex | None = None, feed: list[tuple[Mention, Resolution]] | tuple = ()) -> _Read:  # fmt: skip
    """The report with its open names placed by its title, the places ``others`` of its batch lie near (those of the
    same days; else ``feed``, the whole batch's), and the names the batch's reports placed (``names``; by default the
    ``others``')."""
    if not any(map(_open, read.resolutions)):
        return read
    try:
        return read._replace(resolutions=resolve_from_batch(read.mentions, read.resolutions, others, read.title, names, feed,
                                                            caption=len(read.report.text) <= _CAPTION_CHARS))
    except Exception as exc:  # a bug: the report is left out rather than placed half by its batch
        if not guarded:
            raise
        _left_out(read.report, "placing its names by its batch", exc)
        return _Read(read.report, [], [], [])


_CAPTION_CHARS = 400
"""A report this short is a caption: its batch may choose among namesakes for it where the batch's places lie near
several (:func:`mapper.reading.batch.resolve_from_batch`)."""


_BATCH_DAYS = 7
"""Reports of a batch dated this close to each other are taken to tell of the same events."""


def _same_days(reads: list[_Read], k: int) -> list[int]:
    """The other reports of the batch that are context for report ``k``: those dated within a week of
    it (captions of one front, filed over some days) when there are any, else all."""
    others = [j for j in range(len(reads)) if j != k]
    day = reads[k].report.date
    if day is None:
        return others
    near = [j for j in others if (d := reads[j].report.date) is not None and abs((d - day).days) <= _BATCH_DAYS]
    return near or others


def _events(read: _Read, *, all_mentions: bool) -> Iterator[Event]:
    """The events of one report read: see :func:`mapper.reading.events.report_events`."""
    return report_events(read.report, read.mentions, read.resolutions, read.readings, read.dates, all_mentions=all_mentions)


def _statuses(
    text: str,
    analyses: dict[int, SentenceAnalysis],
    prior: Side | None,
    voice: Side | None = None,
    previous: dict[int, str] | None = None,
    introduced: dict[int, str] | None = None,
) -> list[tuple]:
    """Each mention's readings, sentence by sentence; ``previous`` gives the text of the sentence before
    each (by start offset), for a sentence that lists what it told of ("Among them were A and B"), and
    ``introduced`` the line that introduces a list item ("The following settlements came under fire:")."""
    out: list[tuple] = []
    for start, analysis in analyses.items():  # in text order
        # who "they" are, or "the ministry" said to have spoken a quotation: told by the text just before
        antecedent = antecedent_side(analysis.text, text[max(0, start - _ANTECEDENT_CHARS) : start])
        readings = read_statuses(analysis.text, analysis.spans, analysis.kinds, prior=prior, voice=voice,
                                 antecedent=antecedent, analysis=analysis)
        if previous and start in previous and not any(readings):
            members = enumerated_readings(previous[start], analysis.text, analysis.spans, analysis.kinds,
                                          analysis.groups, prior=prior, voice=voice)
            readings = [tuple(r) for r in members] if members is not None else readings
        if introduced and start in introduced and not any(readings):
            items = introduced_readings(introduced[start], analysis.text, analysis.spans, analysis.kinds, prior=prior,
                                        voice=voice)
            readings = [tuple(r) for r in items] if items is not None else readings
        out.extend(readings)
    return out


_ANTECEDENT_CHARS = 3000
"""How far back a sentence looks for the side it refers to: "the ministry" named a few paragraphs before
("they" looks a sentence or two back: :data:`mapper.reading.actors.THEY_CHARS`)."""
