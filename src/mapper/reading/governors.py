"""Which of the cues before a list governs it: one that looks forward ("retook A and B"), or one that looks back but
names an object after it ("after the strikes on X", "after a glide bomb hit a warehouse in X", a headline's "Missile
strike next to a school in X"); not a state's adjective on a name before ("struck troops near the occupied X and a
depot near Y" struck Y); past a clause with a cue of its own, the cue whose object "among them" restates ("have taken
ten settlements since the assault began, among them A"); past a damage word, the cue whose object it describes
("captured the destroyed village of X"). Read by :func:`mapper.reading.scope.forward_cue`; :func:`predicate_of_a_place`
("Myrnohrad came under attack in Donetsk Oblast": no object after it) also by
:func:`mapper.reading.scope.event_with_object`.
"""

from __future__ import annotations

import re
from collections.abc import Sequence

from mapper.reading import grammar, locators
from mapper.reading.cuefinder import Cue, words

__all__ = ["governing_cue", "predicate_of_a_place"]


def governing_cue(sentence: str, spans: Sequence[tuple[int, int]], cues: list[Cue], start: int) -> Cue | None:
    """The cue before the list that starts at ``start`` that governs it, if one does (see the module's description)."""
    before = [
        c
        for c in cues
        if c.end <= start
        and (
            c.grammar != "back"
            or (c.family == "att" and (grammar.INCLUDING.match(sentence, c.end, start)
                                       or grammar.INCLUDING_LATER.match(sentence, c.end, start)))
            or (bool(grammar.EVENT_OBJECT.fullmatch(sentence, c.end, start))  # "after the strikes on X"
                and not predicate_of_a_place(sentence, spans, c))
            or (c.family == "att" and c.text.lower().endswith(_STRUCK) and words(sentence[c.end : start]) <= 6
                and bool(locators.IN_END.search(sentence, c.end, start)))  # "after a glide bomb hit a warehouse in X"
            # a headline that is a nominal event, and where it was: "Missile strike next to a school in X", "Damage
            # after a drone strike on a residential building in X" (a word or two of what it left may come first)
            or (c.family == "att" and _HEADLINE_HEAD.fullmatch(sentence, 0, c.start) is not None
                and spans[0][0] > c.start and bool(locators.IN_END.search(sentence, c.end, start)))
        )
    ]
    # (a state's adjective on a name before tells of that name only: "struck troops near the occupied X and a depot
    # near Y" struck Y)
    before = [c for c in before if not (c.family in ("occ", "held") and any(
        c.end < a < start and not sentence[c.end : a].strip() and grammar.STATE_ADJECTIVE_END.search(sentence, 0, a)
        and " and " in sentence[b:start] for a, b in spans))]
    if not before:
        return None
    return _restated_object(sentence, before, start) or _owner_of_attribute(sentence, spans, before) or before[-1]


_PREDICATE = re.compile(r"(?:came|come|comes|coming)\s+under\b", re.IGNORECASE)
_SUBJECT_GAP = re.compile(r"\s*(?:,[^,;]{1,60})?,?\s*(?:itself\s+)?(?:(?:also|again|then|once\s+more)\s+)?", re.IGNORECASE)


def predicate_of_a_place(sentence: str, spans: Sequence[tuple[int, int]], cue: Cue) -> bool:
    """Whether ``cue`` is a predicate ("came under fire") whose subject is the name right before it ("Myrnohrad,
    formerly Dimitrov, came under attack"), not a thing ("a bus came under fire in X": X is where)."""
    if not _PREDICATE.match(cue.text):
        return False
    before = [b for _, b in spans if b <= cue.start]
    return bool(before) and bool(_SUBJECT_GAP.fullmatch(sentence, before[-1], cue.start))


def _restated_object(sentence: str, before: list[Cue], start: int) -> Cue | None:
    """The cue whose object the names after "among them" or "including" restate, when a clause with a
    cue of its own comes between: "have taken ten settlements since the assault began, among them A"."""
    last = before[-1]
    if len(before) < 2 or not grammar.SUCH_AS_END.search(sentence, last.end, start):
        return None
    cue = before[-2]
    between = sentence[cue.end : last.start]
    kind, barrier = grammar.PLACES_BY_KIND.search(between), grammar.BARRIER.search(between)
    return cue if kind is not None and barrier is not None and kind.start() < barrier.start() else None


def _owner_of_attribute(sentence: str, spans: Sequence[tuple[int, int]], before: list[Cue]) -> Cue | None:
    """The cue whose object a damage word only describes: "raising a Russian flag over a ruined building
    in X", "captured the destroyed village of X" tell of the flag and the capture, not of an attack."""
    last = before[-1]
    if len(before) < 2 or last.family != "att" or not _ATTRIBUTE.fullmatch(last.text):
        return None
    owner = before[-2]
    if owner.family == "att" or owner.grammar == "back":
        return None
    between = sentence[owner.end : last.start]
    if between.strip() and not _DETERMINED.search(between) or words(between) > _ATTRIBUTE_GAP:
        return None
    if any(owner.end <= a < last.start for a, _ in spans):
        return None  # "captured A and destroyed B": a verb of its own
    return owner._replace(reach=owner.reach + words(last.text))  # its reach passes over the damage word


_ATTRIBUTE = re.compile(r"(?:ruined|damaged|destroyed|devastated|shattered|gutted|burned-out|burnt-out|bombed-out)", re.IGNORECASE)
"""A damage word that may describe a thing rather than tell of an attack."""
_DETERMINED = re.compile(r"\b(?:a|an|the|its|their|his|her|over|above|atop|on|in|into)\s+$", re.IGNORECASE)
_ATTRIBUTE_GAP = 3
"""The most words between a cue and the damage word describing its object ("over the remains of a")."""


_STRUCK = (" hit", " hits", " struck", " strikes", " into", " destroyed", " damaged", " wrecked")
"""How a cue that tells of the weapon before the place it struck ends ("after missiles hit"): a verb with an object."""
_HEADLINE_HEAD = re.compile(r"[\s*_\"'“‘]*(?:[A-Z][a-z]+(?:\s+(?:and|or)\s+[a-z]+)?\s+)?")
"""What may open a headline before its nominal event: nothing, or what the event left ("Damage", "Fires and
damage")."""
