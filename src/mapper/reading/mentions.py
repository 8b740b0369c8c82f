"""Finding the places a report names.

Every gazetteer name is found in one pass: the report is folded
(:func:`mapper.gazetteer.names.fold_with_map`) and one Aho-Corasick automaton, built
once per gazetteer from all its name keys (:mod:`mapper.reading.matcher`), runs over it. Matches must sit on
word boundaries, the longest wins ("Nova Kakhovka", not "Kakhovka"), and the
report must write the name as a proper noun (a capital letter). Then the words
around each name decide what it names:

* "the Kharkiv region", "Kharkiv Oblast", "the regions of Luhansk and Donetsk",
  "Kharkiv and Donetsk Oblasts", "Kharkiv regional council": the oblast;
* "Svatove Raion", "Kupiansk district": the raion (when the gazetteer has it);
* "the Zaporizhzhia nuclear power plant", "nuclear power plant Zaporizhia": the
  plant (a curated facility), not the city;
* "Kyiv said", "Moscow's goals": a government, kept as a mention of kind
  ``"other"`` that takes no status; a name right after a first name
  ("Natalia Popova") is a person, and is dropped.

Before any of that, a name of a place in Russia or Belarus (:mod:`mapper.reading.foreign`,
whose forms the automaton holds too) becomes a mention of kind ``"foreign"``
without candidates: it is never put on a Ukrainian namesake.

Capitalised words in place-like contexts ("in X", "near X", "the village of X",
the members of a list after them) that the automaton did not find are looked up
(transliteration, phonetic key, fuzzy) and become mentions with candidates, or
unresolved mentions (no candidates): never dropped silently, unless each word of the name
is an English dictionary word ("in Congress", "near Naval Infantry positions").
"""

from __future__ import annotations

import logging
import re
from typing import TYPE_CHECKING

from mapper.gazetteer._index import DIVISION_CODES
from mapper.gazetteer.names import fold, fold_with_map
from mapper.model import Candidate, Mention, Report
from mapper.reading._english import only_english_words
from mapper.reading._scan import by_first_letter
from mapper.reading.context import (
    REGION_AFTER,
    SPECIAL_AFTER,
    UNIT_AFTER,
    Context,
    in_context,
    is_person,
    is_vessel,
    is_water,
)
from mapper.reading.foreign import foreign_keys, read_foreign
from mapper.reading.matcher import _COMMON, FUZZY_CUTOFF, _kind_of, _Matcher
from mapper.reading.mention_rules import (
    DISTRICTS_AFTER,
    abroad_after,
    abroad_where,
    district_list_spans,
    english_opening,
    names_divisions,
    singular_head,
)
from mapper.reading.sentences import Sentence, coordinated_groups, split_sentences

if TYPE_CHECKING:
    from mapper.gazetteer import Gazetteer

__all__ = ["find_mentions", "PLACE_CODES", "FUZZY_CUTOFF"]

log = logging.getLogger(__name__)

PLACE_CODES = DIVISION_CODES
"""Feature codes of class A that count as places (oblasts and raions)."""

_CAPITALISED_NEXT = re.compile(r"\s*[A-Z]\w+")
_POSSESSIVE = re.compile(r"['’](?<=\w['’])s\b")  # the look-behind second: the scan skips to quotes
_HYPHENS = frozenset("-\u2010\u2011")
_HYPHENATED = re.compile(r"[-\u2010\u2011]([A-Z][\w’']+)")
_LIST_NEXT = re.compile(r"(?:\s*,\s*(?:and\s+|or\s+)?|\s+(?:and|or)\s+)(?P<name>[A-Z][\w’'-]+(?:\s+[A-Z][\w’'-]+)?)")
# The lookahead for the first letters lets the scan skip ahead, where the \b alone stops it
# (test_status checks that it admits every alternative's first letter).
_PLACE_CONTEXT = re.compile(
    r"(?=[acefhilnorstv])\b(?:"
    + by_first_letter(
        r"in|near|at|from|outside|towards?|of\s+the\s+(?:village|town|city|settlement)s?\s+of"
        r"|villages?\s+of|towns?\s+of|citys?\s+of|settlements?\s+of|hamlets?\s+of"
        r"|liberated|recaptured|retook|captured|entered|shelled|included|including"
    )
    + r")\s+(?P<name>[A-Z][\w’'-]+(?:\s+[A-Z][\w’'-]+)?)",
)
_NOT_PLACE_WORDS = frozenset(
    """
    The A An This That These Those It Its His Her Their Our We They He She I January February March April May
    June July August September October November December Monday Tuesday Wednesday Thursday Friday Saturday
    Sunday Ukraine Russia Russian Ukrainian Europe Moscow Belarus Poland Kremlin President General Lieutenant
    Colonel Major Minister Ministry Army Forces Armed Defence Defense State Western Eastern Southern Northern
    March Donbas Donbass Crimea Washington London Brussels Berlin Paris Telegram Facebook Twitter Oskil
    """.split()
)


_STREET_WORDS = frozenset("Street Avenue Square Boulevard Lane Prospekt Prospect Embankment Highway".split())
"""The last word of the name of a street or square: a place inside a town, not a town."""


_MATCHERS: dict[int, _Matcher] = {}


def _matcher(gazetteer: Gazetteer) -> _Matcher:
    matcher = _MATCHERS.get(id(gazetteer))
    if matcher is None or matcher.gazetteer is not gazetteer:
        if len(_MATCHERS) >= 4:
            _MATCHERS.clear()
        matcher = _MATCHERS[id(gazetteer)] = _Matcher(gazetteer, foreign_keys())
    return matcher


def find_mentions(report: Report, gazetteer: Gazetteer, sentences: list[Sentence] | None = None) -> list[Mention]:
    """Every place mention in ``report``, in text order.

    Parameters
    ----------
    report
        The report to read.
    gazetteer
        Where names are looked up.
    sentences
        The report's sentences, if already split (:func:`mapper.reading.sentences.split_sentences`).

    Returns
    -------
    list of Mention
        Each with its sentence and every candidate place; ``kind`` says whether
        it names a settlement, a region, a raion, a facility, a place outside
        Ukraine (``"foreign"``, without candidates), or (``"other"``) a
        government standing for its country. Other mentions without candidates
        are place-like names the gazetteer lacks.
    """
    text = report.text
    if sentences is None:
        sentences = split_sentences(text)
    matcher = _matcher(gazetteer)
    spans: list[tuple[int, int]] = []
    for chunk_start, chunk_end in _chunks(sentences):
        spans.extend(_automaton_spans(text, matcher, chunk_start, chunk_end))
    by_sentence: list[tuple[Sentence, list[tuple[int, int]]]] = []
    learned: set[str] = set()  # names the gazetteer lacks as written, found by their context
    index = 0
    for sentence in sentences:
        while index < len(spans) and spans[index][0] < sentence.start:
            index += 1
        inside = []
        while index < len(spans) and spans[index][1] <= sentence.end:
            inside.append(spans[index])
            index += 1
        if sentence.kind == "markup":
            continue
        contextual = _contextual_spans(text, sentence, inside, matcher)
        learned.update(text[a:b] for a, b in contextual)
        inside.extend(contextual)
        by_sentence.append((sentence, inside))
    # A spelling found by its context in one sentence names the place wherever the report writes it
    # ("seized Verkhnokamianske" where an earlier "near Verkhnokamianske" found the name).
    known_names = [name for name in sorted(learned, key=len, reverse=True) if matcher.lookup(name)]
    repeated = re.compile(r"\b(?:" + "|".join(map(re.escape, known_names)) + r")\b(?![\w’'-])") if known_names else None
    # Names the report writes as places inside a sentence ("fighting near Pisky"): not English words at the head of one
    placed = {text[a:b] for sentence, inside in by_sentence for a, b in inside
              if a > sentence.start and _PLACE_PREPOSITION.search(text, max(sentence.start, a - 10), a)}
    mentions: list[Mention] = []
    for sentence, inside in by_sentence:
        if repeated is not None:
            inside.extend(_repeated_spans(sentence, inside, repeated))
        if names_divisions(sentence.text):
            inside = district_list_spans(text, sentence, inside, matcher)
        if inside:
            inside.sort()
            mentions.extend(_sentence_mentions(report, sentence, inside, matcher, placed))
    return abroad_after(text, mentions, sentences) if any(m.kind == "foreign" for m in mentions) else mentions


def _repeated_spans(sentence: Sentence, known: list[tuple[int, int]], repeated: re.Pattern[str]) -> list[tuple[int, int]]:
    """The spans of the report's learned names in ``sentence`` that no found name overlaps."""
    found = []
    for match in repeated.finditer(sentence.text):
        start, end = sentence.start + match.start(), sentence.start + match.end()
        if not any(a < end and start < b for a, b in known):
            found.append((start, end))
    return found


_CHUNK = 1 << 16


def _chunks(sentences: list[Sentence]) -> list[tuple[int, int]]:
    """Runs of whole sentences of about 64 KB: a name never spans two sentences, and folding
    chunk by chunk keeps the offset tables small whatever the report's size."""
    chunks: list[tuple[int, int]] = []
    start = end = None
    for sentence in sentences:
        if start is None:
            start = sentence.start
        elif sentence.end - start > _CHUNK:
            chunks.append((start, end))  # type: ignore[arg-type]
            start = sentence.start
        end = sentence.end
    if start is not None:
        chunks.append((start, end))  # type: ignore[arg-type]
    return chunks


_WORD_OPENERS = "([/«*#"
"""Characters after which a word starts as after a space."""


def _spaced(folded: str) -> str:
    """``folded`` with each of :data:`_WORD_OPENERS` a space, and a space before and after. (One ``replace``
    per character: on a text with any non-ASCII letter, ``str.translate`` goes character by character,
    some twenty times slower over a long report.)"""
    for opener in _WORD_OPENERS:
        if opener in folded:
            folded = folded.replace(opener, " ")
    return f" {folded} "


def _automaton_spans(text: str, matcher: _Matcher, chunk_start: int = 0, chunk_end: int | None = None
                     ) -> list[tuple[int, int]]:  # fmt: skip
    """Gazetteer names in ``text[chunk_start:chunk_end]``, as offsets into ``text``."""
    chunk = text[chunk_start:chunk_end]
    # A possessive "'s" becomes punctuation (same length) so that "Lyman's" folds to "lyman"
    # and "Odesa's port" does not read as the name "Odesa Port".
    masked = _POSSESSIVE.sub(",,", chunk) if "s" in chunk else chunk
    folded, where = fold_with_map(masked)
    # The automaton's keys start with a space, so matches start at a word (after a space, or an
    # opening bracket, slash or Markdown emphasis made one, same length: "**Izium**"); a match
    # must also end at one. A trailing space too, so that every match has a character after it.
    spaced = _spaced(folded)
    found = [
        (end - length + 1, -end)  # in `folded`, which lacks the leading space
        # an automaton of no word (a gazetteer that yields none) cannot be scanned: it finds nothing
        for end, length in (matcher.automaton.iter(spaced) if len(matcher.automaton) else ())
        if not spaced[end + 1].isalnum()  # else the start of a longer word
    ]
    found.sort()  # by start, the longest first
    spans: list[tuple[int, int]] = []
    last_end = -1
    for start, end in found:  # positions in `folded`: `spaced` has one leading space
        end = -end
        if start < last_end:
            continue
        source_start, source_end = where.source(start), where.source(end - 1) + 1
        if not chunk[source_start].isupper() or "\n" in chunk[source_start:source_end]:
            continue
        spans.append((chunk_start + source_start, chunk_start + source_end))
        last_end = end
    return spans


def _contextual_spans(
    text: str, sentence: Sentence, known: list[tuple[int, int]], matcher: _Matcher
) -> list[tuple[int, int]]:
    """Capitalised names in place-like contexts that the automaton did not find."""
    extra: list[tuple[int, int]] = []
    names: list[re.Match[str]] = []
    for match in _PLACE_CONTEXT.finditer(sentence.text):
        names.append(match)
        position = match.end()
        while (following := _LIST_NEXT.match(sentence.text, position)) is not None:
            names.append(following)
            position = following.end()
    for match in names:
        start = sentence.start + match.start("name")
        end = sentence.start + match.end("name")
        words = match.group("name").split()
        if words[-1].endswith(("'s", "’s")):
            words[-1] = words[-1][:-2]
            end -= 2
        overlapping = [(a, b) for a, b in known if a < end and start < b]
        if any(a < end and start < b for a, b in extra):
            continue
        replaced = None
        if overlapping:
            # "Nyznya Zhuravka" where only "Zhuravka" was found: the longer name, if the
            # gazetteer knows it in some spelling.
            a, b = overlapping[0]
            if len(overlapping) > 1 or not (start < a and b == end):
                continue
            longer = [c for c in matcher.lookup(text[start:end]) if c.score >= 90]
            if not longer:
                continue
            replaced = (a, b)
        elif any(a < end and start < b for a, b in known):
            continue
        if words[-1] in _STREET_WORDS:
            continue  # "near Chornovola Street": a street of the town, not a place of its own
        while words and (words[-1] in _NOT_PLACE_WORDS or words[-1].isupper()):
            words.pop()
            end = start + len(" ".join(words))
        if not words or words[0] in _NOT_PLACE_WORDS or words[0].isupper() or fold(words[0]) in _COMMON:
            continue
        head = words[0].partition("-")[0]
        if "-" in words[0] and (head in _NOT_PLACE_WORDS or head.isupper()):
            continue  # "in Russian-held territory", "Ukrainian-controlled", "DPR-held": a side's word, no place
        if REGION_AFTER.match(text, end) or _CAPITALISED_NEXT.match(text, end):
            continue
        if replaced is not None:
            if end != replaced[1]:
                continue
            known.remove(replaced)
        extra.append((start, end))
    return extra


_FIELD_WORDS = frozenset({"hromada", "raion", "oblast", "district", "region", "community", "municipality", "settlement"})
"""Words an infobox names its fields by, some of them also a village's name (Hromada, Zhytomyr Oblast)."""
_LINE_OPENS = re.compile(r"(?:^|\n)[ \t]*(?:[-*+][ \t]+)?(?:\*\*)?$")


def _sentence_mentions(
    report: Report, sentence: Sentence, spans: list[tuple[int, int]], matcher: _Matcher, placed: set[str]
) -> list[Mention]:
    text = report.text
    local = [(a - sentence.start, b - sentence.start) for a, b in spans]
    groups = coordinated_groups(sentence.text, local)
    group_tail: dict[int, int] = {}
    group_head: dict[int, int] = {}
    for i, g in enumerate(groups):
        group_tail[g] = i
        group_head.setdefault(g, i)
    out = []
    foreign_end = 0
    for i, (start, end) in enumerate(spans):
        if start < foreign_end:
            continue  # "Donu" of "Kalach-na-Donu"
        if start > 1 and text[start - 1] in _HYPHENS and text[start - 2].isalpha() and not (out and out[-1].end == start - 1):
            continue  # "Saur-Mogila": the end of a compound whose first word names no place is no name of its own
        surface = text[start:end]
        if surface.endswith(("'s", "’s")):
            surface, end = surface[:-2], end - 2
        candidates, kind = matcher.classified(surface)
        listed = DISTRICTS_AFTER.match(text, end) if names_divisions(sentence.text) else None
        listed_district = listed is not None
        if listed is not None and (district := matcher.classified(f"{surface} {singular_head(listed.group('head'))}"))[0]:
            candidates, kind = district  # "the Saltivskyi and Kyivskyi districts": each is "<name> district"
        else:
            listed_district = False
        hyphenated = _HYPHENATED.match(text, end)
        compound: tuple[Candidate, ...] = ()
        if hyphenated is not None:
            # "Pisky-Radkivskyi": the whole compound, when the gazetteer knows it in any spelling.
            compound = tuple(c for c in matcher.lookup(text[start : hyphenated.end()]) if c.score >= 90)
            if compound:
                surface, end, candidates, kind = (
                    text[start : hyphenated.end()],
                    hyphenated.end(),
                    compound,
                    _kind_of(compound),
                )
        after = text[end : end + 60]
        before = text[max(sentence.start, start - 40) : start]
        special = SPECIAL_AFTER.match(after) is not None  # most names are followed by nothing telling
        # "Belgorod-Dnestrovsky" is the compound, "Belgorod" alone the Russian city
        if not compound and (abroad := read_foreign(text, start, end, before, special, matcher)) is not None:
            surface, end, candidates, kind = text[start : abroad.end], abroad.end, (), "foreign"
            foreign_end = end
            after = text[end : end + 60]
            special = SPECIAL_AFTER.match(after) is not None
        if (
            special
            and UNIT_AFTER.match(text, end, end + 60)  # (in the text: "the Vostok group" is read with its name)
            or is_person(before, surface, candidates, after, special)
            or is_vessel(before)
            or is_water(before, after)
        ):
            log.debug("%s: %r at %d names a person, a unit, a ship or a sea, not a place", report.id, surface, start)
            continue
        if surface.casefold() in _FIELD_WORDS and after.startswith(":") and _LINE_OPENS.search(text, max(0, start - 6), start):
            continue  # an infobox's field ("- Hromada: Vuhledar urban hromada"), not the village of Hromada
        if surface not in placed and english_opening(text, sentence.start, start, surface, candidates, after):
            log.debug("%s: %r at %d opens the sentence as an English word", report.id, surface, start)
            continue
        if kind == "settlement" and not listed_district:
            tail, head = group_tail[groups[i]], group_head[groups[i]]
            context = Context(text, sentence.start, start, end, before, after, special, spans[tail][1], spans[head][0])
            surface, end, candidates, kind = in_context(context, surface, candidates, matcher)
        if not candidates and kind != "foreign":
            candidates = matcher.lookup(surface)
            if not candidates and only_english_words(surface):
                log.debug("%s: %r at %d is English words, not a place the gazetteer lacks", report.id, surface, start)
                continue
            kind = _kind_of(candidates) if candidates else "settlement"
        out.append(Mention(report.id, surface, start, end, sentence.text, sentence.start, kind, candidates))
    return abroad_where(text, out) if any(m.kind == "foreign" for m in out) else out


_PLACE_PREPOSITION = re.compile(r"\b(?:in|near|at|of|from|to|towards?|around|outside)\s+$")
"""What a place's name follows inside a sentence ("near Pisky"): a name so written is a place where it opens one."""
