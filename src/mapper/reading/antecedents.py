"""The names a word that refers back stands for in its own sentence: the last list of settlements before it in its
clause ("advanced to A, B and C and recaptured them"), not a list named as a reference point ("shelled from X"), nor a
name only locating the one before it ("residents of X, near Y, ... the town's substation": X); "the town" passes over a
name the sentence called a village, and "both" may count the two ends of a span ("a line running from A to B, and
Russian troops held both villages"). Read by :mod:`mapper.reading.referring` for the words of
:mod:`mapper.reading.pronouns`.
"""

from __future__ import annotations

import re
from collections.abc import Sequence

from mapper._types import MentionKind
from mapper.reading import captionwords, grammar, locators, pronouns
from mapper.reading.cuefinder import Cue
from mapper.reading.lists import in_parentheses

__all__ = ["antecedents"]


_BEARING_FROM = re.compile(r"\b(?:north|south|east|west)[\w-]*\s+from\s+$", re.IGNORECASE)
"""A bearing measured from the name after it: "advanced six kilometres west from X"."""


def antecedents(
    sentence: str,
    spans: Sequence[tuple[int, int]],
    kinds: Sequence[MentionKind],
    groups: list[int],
    cue: Cue,
    *,
    plural: bool,
    across_clauses: bool = False,
    departures: Sequence[Cue] = (),
    noun: str = "",
    until: int | None = None,
) -> list[int]:
    """The names an anaphoric object after ``cue`` stands for: the last list of settlements before it in
    its clause, not a reference point; "them" needs a list of two or more. A name after "from" is a
    reference point ("shelled from X") unless one of ``departures`` (the sentence's withdrawal cues)
    leaves it ("a withdrawal from X, ... confirming that the city was liberated"). The anaphor's ``noun``
    ("the town") passes over a name the sentence called otherwise ("held the village of X ... and shelled the town");
    the names looked at end at ``until`` (where the anaphor stands: "X, and the city and neighbouring Y were hit": X)."""
    until = cue.start if until is None else until
    definite = noun.strip()
    if _DEFINITE.fullmatch(definite) and (first_use := _noun_used(sentence, definite, until)) is not None:
        until = first_use  # "cut the roads that connected the settlement with Pokrovsk ... had taken the settlement":
        # a noun repeated stands for what it stood for at its first use, named before that
    heads = {g: spans[g][0] for g in set(groups)}  # a list named as a reference point ("between A and B") is one
    left = {c.end for c in departures if c.family == "loss"}
    candidates = [
        k for k, (a, b) in enumerate(spans)
        if b <= until and kinds[k] == "settlement"
        and not _reference(sentence, heads[groups[k]], left)
        # (nor a name only locating the one before it: "residents of X, near Y, ... the town's substation": X;
        # "Pavlivka near Vuhledar: marines storm the village": Pavlivka)
        and not (k > 0 and kinds[k - 1] != "other" and (locators.NEAR_APPOSITION.fullmatch(sentence, spans[k - 1][1], a)
                                                       or captionwords.LABEL_BEARING_GAP.fullmatch(sentence, spans[k - 1][1], a))
                 # (unless the name before is itself a bearing's reference: "south-west of X, near A and B, ... there": A, B)
                 and not locators.BEARING_END.search(sentence, max(0, spans[k - 1][0] - 30), spans[k - 1][0]))
        # (but a river locates nothing: "pushed to the Oskil near X, and claimed to have captured the village": X)
        and not _called_otherwise(sentence, a, noun)
        and not (k > 0 and in_parentheses(sentence, (a, b)))  # "Ugledar (Vuhledar): ... left the town": Ugledar
    ]  # fmt: skip
    if not candidates and any(word in noun.lower() for word in ("town", "city", "village", "settlement")):
        # "attacks north of Vuhledar since seizing the town": the town a bearing was measured from, where no other is
        # (or measured "from" it: "advanced six kilometres west from X since they captured the city")
        candidates = [k for k, (a, b) in enumerate(spans) if b <= until and kinds[k] == "settlement"
                      and (locators.BEARING_END.search(sentence, max(0, a - 30), a) or _BEARING_FROM.search(sentence, max(0, a - 30), a))][-1:]
    barrier = grammar.CONDITION if across_clauses else pronouns.ANAPHOR_BARRIER
    if not across_clauses and (noun.strip().lower() == "it" or _DEFINITE.fullmatch(definite)) and len({groups[k] for k in candidates}) == 1:
        # "heavy fighting in X, while Russian sources claimed to have cleared it", "entered X, but Ukrainian forces
        # retook it", "... the liberation of X, though Russian sources claimed that they had retaken the village": the one
        # place the sentence has named, across a contrast
        barrier = _CONTRAST_PASSED
    if plural and definite.lower().startswith("both") and (
        not candidates or sum(groups[k] == groups[candidates[-1]] for k in candidates) < 2
    ):
        # "a line running from A to B, and Russian troops held both villages": the two ends of a line or a span are
        # the two the anaphor counts, though named as reference points
        pair = [k for k, (_, b) in enumerate(spans) if b <= until and kinds[k] == "settlement"][-2:]
        if len(pair) == 2 and _PAIR_JOINT.fullmatch(sentence, spans[pair[0]][1], spans[pair[1]][0]):
            candidates, groups = pair, [*groups]
            groups[pair[1]] = groups[pair[0]]
    if not candidates:
        return []
    # (an aside on the name closed before the anaphor is no barrier: "X, which had 31,000 inhabitants, had been
    # fortified since 2014, when Ukrainian forces retook it")
    between = sentence[spans[candidates[-1]][1] : until]
    if (aside := grammar.RELATIVE_ASIDE.match(between)) is not None:
        between = between[aside.end() :]
    elif plural and (own := _OWN_RELATIVE.match(between)) is not None:
        between = between[own.end() :]  # (nor a relative clause on the names that holds the anaphor: "A and B, where
        # shelling has destroyed most houses since Ukrainian troops liberated both towns")
    if plural:  # "attacked A and B; the ministry claimed both villages in April": the clause before named them
        between = between.replace(";", ",")
        if noun.strip().lower() == "them" and _PLURAL_OBJECT.search(between):
            return []  # "near A and B the enemy throws its last reserves into counterattacks and loses them": the reserves
    if barrier.search(between):
        return []
    last = candidates[-1]
    members = [k for k in candidates if groups[k] == groups[last]]
    if len(members) > 1 and _DEFINITE.fullmatch(definite):
        return []  # "seized A and B on the coast road and closed the approaches to the city": one city, not the two
    return members if len(members) > 1 or not plural else []


_OWN_RELATIVE = re.compile(r"\s*,\s*(?:where|which)\b", re.IGNORECASE)
"""A relative clause opened right after the names, about them."""
_PAIR_JOINT = re.compile(r"\s+(?:to|and)\s+", re.IGNORECASE)
"""What joins the two ends of a span ("from A to B", "between A and B")."""
_CONTRAST_PASSED = re.compile(r";|\b(?:unless|if|whether|which|who|where)\b", re.IGNORECASE)
"""What an "it" does not reach across to the one place a sentence named: a new sentence's clause, a condition, a
relative clause of its own."""


def _noun_used(sentence: str, noun: str, until: int) -> int | None:
    """Where the sentence used ``noun`` ("the settlement") for a place before ``until``, if it did: not in "the town
    council", "the town of X" (a body of the town, a name's kind)."""
    used = re.search(rf"\b{re.escape(noun)}\b(?!\s+(?:{grammar.PLACE_BODY}|centre\b|center\b))", sentence[:until], re.IGNORECASE)
    return used.start() if used is not None else None


_DEFINITE = re.compile(r"the\s+(?:town|city|village|settlement)", re.IGNORECASE)


_PLURAL_OBJECT = re.compile(r"\b(?:its|their|his|our|these|those)\s+(?:[\w-]+\s+){0,2}?[a-z]+s\b", re.IGNORECASE)
"""A plural object a later "them" may stand for rather than the places before it."""


def _called_otherwise(sentence: str, start: int, noun: str) -> bool:
    """Whether the name at ``start`` was called a village where the anaphor's noun says town or city, or the other
    way round ("the village of Komuna ... shelled the town": not Komuna)."""
    called = _KIND_OF.search(sentence, max(0, start - 25), start)
    noun = noun.lower()
    if called is None or not any(word in noun for word in ("town", "city", "village")):
        return False
    return (called.group(1).lower() in ("village", "hamlet")) != ("village" in noun)


_KIND_OF = re.compile(r"\b(village|hamlet|town|city)\s+of\s+$", re.IGNORECASE)


def _reference(sentence: str, head: int, left: set[int]) -> bool:
    """Whether the list whose first name starts at ``head`` is named as a reference point; "from"
    right after a withdrawal cue ending at one of ``left`` is where the withdrawal was."""
    reference = locators.REFERENCE_BEFORE.search(sentence, max(0, head - 40), head)
    if reference is None or reference.group().lower().startswith("within"):
        return False  # (a town measured from is still one a later "the city" may stand for: "came within 20 km of X")
    return not (reference.group().startswith("from") and len(sentence[: reference.start()].rstrip()) in left)
