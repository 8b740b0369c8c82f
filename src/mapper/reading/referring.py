"""What a cue tells of the places a word stands for, inside one sentence: a subject that refers back ("...; it was
freed in September", "and the town fell a month later"), a possessive ("its capture", "its garrison withdrew"), an
object ("recaptured them", "shelling damaged a station there"), the two places "both" sums up. A step of
:mod:`mapper.reading.status`, after each list has read its own cues; the words are :mod:`mapper.reading.pronouns`', the
names they stand for :func:`mapper.reading.antecedents.antecedents`'.
"""

from __future__ import annotations

import re
from collections.abc import Sequence

from mapper._types import MentionKind
from mapper.reading import grammar, pronouns
from mapper.reading import sides as side_words
from mapper.reading.antecedents import antecedents
from mapper.reading.cuefinder import Cue
from mapper.reading.cuereading import StatusReading, _reading
from mapper.reading.takers import Sides

__all__ = ["referred"]


def referred(
    sentence: str,
    spans: Sequence[tuple[int, int]],
    kinds: Sequence[MentionKind],
    groups: list[int],
    cues: list[Cue],
    sides: Sides,
    readings: list[list[StatusReading]],
) -> dict[int, list[StatusReading]]:
    """Add to ``readings`` what each cue tells of the names an object word stands for ("recaptured them"); return what
    the cues tell of the names a subject or a possessive stands for, by mention (read after the sentence's other
    readings: a name only modifying a noun takes them only as a title's town)."""
    told_as_subject: dict[int, list[StatusReading]] = {}
    for cue in cues:
        if "both" in sentence and grammar.BOTH_BEFORE.search(sentence, max(0, cue.start - 25), cue.start):
            # "... to a hospital in A and 211 others to B, both held by Russian forces": the two places before
            for k in [k for k, (_, b) in enumerate(spans) if b <= cue.start and kinds[k] == "settlement"][-2:]:
                if not any(r.cue == cue.text for r in readings[k]):  # also beside an attack ("both Russian-held, were hit")
                    readings[k].extend(_reading(sentence, cue, sides, confidence=0.7))
        if (cue.grammar in ("back", "both") or cue.passive) and (
            subject := pronouns.SUBJECT_ANAPHOR.search(sentence, max(0, cue.start - 60), cue.start)
        ) and not _GOVERNED.search(sentence, max(0, subject.start() - 12), subject.start()) and not (
            cue.family == "loss" and subject.group().lower().startswith("and") and _acting_side_before(sentence, subject.start())
        ):
            # (not a preposition's object: "the spoil tips near the town centre changed hands"; nor, after a bare "and",
            # where a side acts: "raiders say they came ashore near A, fought a Russian unit and left": they left)
            # "...; it was freed in September", "and the town fell a month later": the name before is the subject
            for k in antecedents(sentence, spans, kinds, groups, cue, plural=False, across_clauses=True, departures=cues,
                                 noun=subject.group(), until=subject.start() if subject.group("with") else None):
                # the town a title named is still the town ("the mayor of Irpin declared the town liberated")
                told_as_subject.setdefault(k, []).extend(_reading(sentence, cue, sides, confidence=0.7))
        holders = pronouns.POSSESSED_HOLDERS.search(sentence, max(0, cue.start - 50), cue.start) if cue.family == "loss" else None
        owner = pronouns.POSSESSIVE_ANAPHOR.search(sentence, max(0, cue.start - 25), cue.start) if cue.family in ("lib", "gain", "fall") else None
        # ("the town's liberation": the noun says whose; a liberation's side is in its word, a capture's is not)
        named = pronouns.KIND_POSSESSIVE.search(sentence, max(0, cue.start - 25), cue.start) if cue.family == "lib" else None
        if holders is not None or ((owner or named) and side_words.EVENT_NOUN.fullmatch(sentence, cue.start, cue.end)):
            # "broke into X in April, and the Ministry claimed its capture in May": "its" is the place before; so in
            # "attacked X, and its small Ukrainian garrison withdrew", lost by its holders (defenders: Ukraine's)
            possessed = _reading(sentence, cue, sides, confidence=0.7) if holders is None else [
                StatusReading("liberated" if side_words.RUSSIAN_WORD.search(holders.group()) else "occupied", cue.text, 0.7, True)
            ]
            for k in antecedents(sentence, spans, kinds, groups, cue, plural=False, across_clauses=True):
                if readings[k] or named is not None:  # a place the sentence already tells of, not one named on the way ("the road to X")
                    told_as_subject.setdefault(k, []).extend(possessed)
        # (from the cue's last word: a cue may end with the space before its object, "claimed ")
        anaphor = pronouns.ANAPHOR_OBJECT.match(sentence, cue.start + len(cue.text.rstrip())) if cue.grammar != "back" else None
        if anaphor is not None and anaphor.group("it") is not None and cue.family not in ("lib", "gain", "loss", "fall") and not (
            cue.family == "held" and cue.text.lower() == "used"
        ):
            anaphor = None  # "it" is a place only as the object of a change of control ("recaptured it"), or of a base ("used it as a base")
        elif anaphor is not None and cue.family == "loss" and (
            grammar.LEFT_IN_STATE.match(sentence, anaphor.end()) or sentence.startswith(("'s", "’s"), anaphor.end())
        ):  # "destroyed the town's power plant, leaving it without heating", "seized X, leaving the town's garrison cut
            anaphor = None  # off": no withdrawal
        elif anaphor is not None and cue.family == "att" and anaphor.group().lstrip().lower().startswith("from "):
            anaphor = None  # "seized X and are now attacking from the village": where the attack starts, not its target
        if anaphor is None and cue.family == "att" and cue.grammar != "back" and (" there" in sentence or " its " in sentence):
            anaphor = pronouns.THERE_AFTER.match(sentence, cue.end)  # "shelling damaged a pumping station there"
            if anaphor is not None and any(cue.end <= a < anaphor.end() for a, _ in spans):
                anaphor = None  # (a place of its own before "there")
        told = cue
        if anaphor is not None and cue.family != "att" and (anaphor.groupdict().get("part") or anaphor.groupdict().get("positions")):
            # "shelled residential areas of the city" struck the city; "retook districts of the town" is fighting in
            # it, not the town taken; "held parts of the town" no hold of all of it
            if cue.family in ("lib", "gain", "loss", "fall"):
                told = cue._replace(family="att")
            else:
                anaphor = None
        if anaphor is not None:
            # "advanced to A, B and C and recaptured them", "as Russian troops assault the town": the
            # names before, in the same clause, not named as a reference point
            plural = anaphor.groupdict().get("plural") is not None
            for k in antecedents(sentence, spans, kinds, groups, cue, plural=plural, departures=cues, noun=anaphor.group()):
                readings[k].extend(_reading(sentence, told, sides, confidence=0.7))  # "reached X and captured it"
    return told_as_subject


_GOVERNED = re.compile(r"\b(?:near|in|at|to|from|by|outside|around|towards?|into|beyond|behind)\s+$", re.IGNORECASE)
"""A preposition right before an anaphor: "the town" is its object, not the subject of the verb after."""
_ACTING_SIDE = re.compile(rf"{side_words.ACTOR.pattern}|\bthey\b", re.IGNORECASE)
"""A side that may be the subject of a verb joined by "and"."""
_AUXILIARY = re.compile(r"\b(?:was|were|been|being|is|are)\b", re.IGNORECASE)


def _acting_side_before(sentence: str, end: int) -> bool:
    """Whether a side named before ``end`` acts in the active voice up to it ("they came ashore near A, fought a
    Russian unit and ..."), not as the agent of a passive ("A was shelled by Russian forces and ...")."""
    return _ACTING_SIDE.search(sentence, 0, end) is not None and _AUXILIARY.search(sentence, 0, end) is None
