"""Who acts in a report: the sides, the actor of a cue, the side that prevails, the side a "they" stands for.

:mod:`mapper.reading.status` reads a capture verb's status from its actor ("Russian forces
captured X": occupied; "Ukrainian forces captured X": liberated). The actor is found
in the cue's clause; failing that, the side that prevails in the report decides
(:func:`prevailing_side`). Whose words a report gives, and so whether its "liberated" is a
Russian claim of a Russian capture, is :mod:`mapper.reading.voice`'s.
"""

from __future__ import annotations

import re
from collections.abc import Iterable
from typing import Literal

from mapper.reading import grammar, sides
from mapper.reading._scan import matches_at_words

__all__ = ["THEY_CHARS", "Side", "actor_of", "antecedent_side", "last_side", "prevailing_side", "side_from", "speakers_troops"]

Side = Literal["ukrainian", "russian"]


def prevailing_side(text: str) -> Side | None:
    """The side that most often captures, retakes or advances in ``text``, if either does.

    Used for capture verbs whose actor a sentence leaves unsaid.
    """
    counts = {"ukrainian": 0, "russian": 0}
    lowered = text.lower()
    if len(lowered) == len(text):
        matches = matches_at_words(sides.PREVAILING, sides.SIDE_STARTS, lowered)
    else:  # lower-casing changed the length: the slow, exact way
        matches = sides.PREVAILING_ANY_CASE.finditer(text)
    for match in matches:
        counts[_side_of(match.group("who"))] += 1
    if counts["ukrainian"] == counts["russian"]:
        return None
    return "ukrainian" if counts["ukrainian"] > counts["russian"] else "russian"


def _side_of(word: str) -> Side:
    return "ukrainian" if sides.UA_RE.match(word) else "russian"


def actor_of(
    sentence: str, start: int, end: int, *, family: str, passive: bool, antecedent: Side | None = None
) -> tuple[Side | None, bool]:
    """The side doing what the cue at ``start:end`` of ``sentence`` says, and whether the
    sentence names it in the cue's clause (a "by ..." phrase, "fell to ...", the subject).

    A "they" subject is the side named last before it ("Russian forces took Kurakhove, and they
    have kept pressing"), or ``antecedent``, the side the sentences before named last ("Russian
    forces blew up the bridge as they left. They still hold Nova Kakhovka").
    """
    by = sides.BY_ACTOR.match(sentence, end)
    if by is None and family == "fall":
        by = sides.TO_ACTOR.match(sentence, end)  # "fell to Russian forces"
    if by is not None:
        found = sides.ACTOR.search(by.group("actor") + " forces")
        if found is not None:
            return side_from(found), True
        if antecedent is not None and _UNSIDED_AGENT.match(by.group("actor")):
            return antecedent, True  # "X fell to the advancing columns": the side the sentence before had advance
    if passive or family == "fall":
        return None, False  # (a place falls: no side before it is its subject, "a Ukrainian spokesman said X had fallen")
    claimer = sides.CLAIMER_BEFORE.search(sentence, max(0, start - 50), start) if "claim" in sentence else None
    if claimer is not None:  # "Russian claims to have taken X": who claims it did it
        return _side_of(claimer.group("side")), True
    if (own := _SPEAKER_S_OWN_FORCES.search(sentence, max(0, start - 120), start)) is not None:
        return _side_of(own.group("side")), True  # "Russian-installed officials said their troops had pulled back from X"
    if (state := _state_s_own_forces(sentence, start)) is not None:
        return state, True  # "Moscow's biggest gain since its forces took X"
    adjective = sides.SIDE_ADJECTIVE_BEFORE.search(sentence, max(0, start - 20), start)
    if adjective is not None and (sides.EVENT_NOUN.fullmatch(sentence, start, end) or sides.FORCE_FIRST.match(sentence, start)):
        # "the Ukrainian withdrawal from X", "the Russian capture of X", "Russian troops back in X"
        return _side_of(adjective.group("side")), True
    # The nearest actor before the cue: its subject if in the same clause (no clause barrier
    # between them), else a weaker guess.
    lowered = sentence.lower()
    if len(lowered) == len(sentence):
        actors = list(matches_at_words(sides.ACTOR_LOWER, sides.ACTOR_STARTS, lowered, start))
    else:  # lower-casing changed the length: the slow, exact way
        actors = list(sides.ACTOR.finditer(sentence, 0, start))
    last = _last_acting(actors, sentence)
    if last is not None and _PARTICIPLE_CLAUSE.search(sentence, max(0, start - 8), start) and sentence[start:end].split()[0].endswith("ing"):
        # "Ukrainian forces drove Russian troops out of the region, retaking X": the participle's actor is the main
        # clause's subject, not the side it acted on
        last = _subject_of(sentence, last.end()) or last
    they = None
    if "hey" in sentence:  # most sentences have no "they": no scan
        for they in sides.THEY.finditer(sentence, last.end() if last is not None else 0, start):
            pass
    if they is not None and grammar.BARRIER.search(sentence, they.end(), start) is None:
        if last is not None:
            last = _outside_relative(actors, last, sentence, they.start())
        side = side_from(last) if last is not None else _main_subject_after(sentence, end) or antecedent
        if side is not None:
            return side, True
    if family != "loss" and (operation := _operation_subject(sentence, last.end() if last is not None else 0, start)):
        return _side_of(operation.group("side")), True
    if last is None:
        if antecedent is not None and _POSSESSIVE_FORCE.search(sentence, max(0, start - 40), start):
            return antecedent, True  # "The ministry also said its forces had captured X": the ministry's side
        if antecedent is not None and (_UNSIDED_SUBJECT.match(sentence) or _POSSESSIVE_FORCE_OPENS.match(sentence)):
            return antecedent, True  # "A second group advanced along the coast and took Novoazovsk"; "Its forces ..."
        return None, False
    if family == "gain" and sides.RUSSIAN_SPEAKER.search(sentence, last.end(), end) is not None:
        # "Ukrainian troops were still present ..., and Russian sources claimed the capture of X": the claim
        # after the side named last is a Russian one, of a Russian capture
        return "russian", False
    return side_from(last), grammar.BARRIER.search(sentence, last.start(), start) is None


def _operation_subject(sentence: str, after: int, start: int) -> re.Match[str] | None:
    """A side's offensive named after the last actor and before the cue at ``start``, in the cue's clause and no
    preposition's object: the clause's subject ("the Ukrainian summer counteroffensive south of Velyka Novosilka retook
    A"). An offensive gains ground; it loses none (a loss is read from the side that withdrew)."""
    if "ffensive" not in sentence:
        return None
    operation = None
    for operation in sides.OPERATION.finditer(sentence, after, start):
        pass
    if operation is None:
        return None
    relative = _RELATIVE_SUBJECT.search(sentence, operation.end(), start)
    if grammar.BARRIER.search(sentence, operation.end(), relative.start() if relative else start) is not None:
        return None
    if relative is None and _OPERATION_GOVERNED.search(sentence, max(0, operation.start() - 16), operation.start()):
        return None  # "under pressure from Ukrainian counter-offensives", "of the Russian offensive in the east"
    return operation  # (also the subject of its own relative: "was followed by a Ukrainian counteroffensive that retook A")


_RELATIVE_SUBJECT = re.compile(r"\b(?:that|which)\s+(?:\w+\s+){0,2}$", re.IGNORECASE)
"""A relative pronoun that opens the cue's clause: the noun before it is the relative's subject."""


_OPERATION_GOVERNED = re.compile(
    r"\b(?:from|during|against|amid|despite|after|before|since|by|of|in|to|into|with|for|on)\s+(?:the\s+|a\s+|its\s+)?$", re.IGNORECASE
)


def _main_subject_after(sentence: str, end: int) -> Side | None:
    """The side that is the subject of the main clause after a fronted one the cue is in ("after advancing from X,
    which they had taken in January, Russian units crossed ..."): who "they" are, before the text before says."""
    found = sides.ACTOR.search(sentence, end)
    if found is None or not _AFTER_FRONTED.search(sentence, max(0, found.start() - 6), found.start()):
        return None
    return side_from(found)


_AFTER_FRONTED = re.compile(r",\s*(?:the\s+)?$")


# A side named as what a noun is of, no subject: "during a change of Ukrainian units, and took it", "the rotation
# of a Ukrainian brigade"; but units
# of an army are that army ("units of the Russian 20th Army took X").
_GENITIVE_BEFORE = re.compile(
    r"\b(?!(?:units?|brigades?|soldiers|troops|elements|fighters|members|servicemen|forces|battalions?|companies|company"
    r"|groups?|regiments?|divisions?|detachments?|marines|paratroopers|sources)\s)[a-z]+\s+of\s+(?:(?:the|an?)\s+)?$",
    re.IGNORECASE,
)


_PARTICIPLE_CLAUSE = re.compile(r",\s*(?:and\s+|then\s+|thereby\s+)?$", re.IGNORECASE)
"""What opens a participle clause right before its verb: ", retaking X", ", and capturing X"."""
_SUBJECT_OPENING = re.compile(
    r"(?:^|[,;]\s*(?:(?:and|but|while|then)\s+)?|\band\s+"
    r"|^(?:in|on|by|during|from|since|throughout)\s+(?:the\s+)?(?:(?:early|late|mid-?)\s*)?(?:\d{1,2}\s+)?(?:of\s+)?"
    r"(?:january|february|march|april|may|june|july|august|september|october|november|december|spring|summer|autumn"
    r"|winter|\d{4})(?:\s+\d{1,2})?(?:,?\s+\d{4})?\s+)(?:the\s+)?$",
    re.IGNORECASE,
)
"""What may stand before a clause's subject: nothing, a comma or "and" that opens the clause, or a fronted time ("In
September 2022 Ukrainian forces ...")."""


def _subject_of(sentence: str, end: int) -> re.Match[str] | None:
    """The last side named up to offset ``end`` where a clause's subject stands ("Ukrainian forces drove Russian
    troops out, retaking X": Ukrainian forces; "the garrison withdrew, and the Russian command pushed west, taking X":
    the Russian command)."""
    subject = None
    for side in sides.ACTOR.finditer(sentence, 0, end):
        if _SUBJECT_OPENING.search(sentence[: side.start()]):
            subject = side
    return subject


def _last_acting(found: Iterable[re.Match[str]], text: str) -> re.Match[str] | None:
    """The last of the sides ``found`` in ``text`` that may act: not one named as what a noun is of ("during
    a change of Ukrainian units", "the positions of Ukrainian troops")."""
    for side in reversed(list(found)):
        if not _GENITIVE_BEFORE.search(text, max(0, side.start() - 30), side.start()) and not _in_closed_aside(text, side.start()):
            return side
    return None


def _outside_relative(found: list[re.Match[str]], last: re.Match[str], text: str, they: int) -> re.Match[str]:
    """The side a "they" after a closed relative clause stands for: the subject the relative was about, not a side
    named inside it ("Russian units took A, which left the Ukrainian troops without a road, and they captured B")."""
    relative = _RELATIVE_OPENS.search(text, 0, last.start())
    if relative is None or grammar.CLAUSE_JOINED.search(text, last.end(), they) is None:
        return last
    before = [side for side in found if side.end() <= relative.start()]
    return before[-1] if before else last


_RELATIVE_OPENS = re.compile(r",\s*(?:which|who)\b[^,;()]*$", re.IGNORECASE)
"""A relative clause open up to a side named in it: ", which left the Ukrainian troops"."""


def _in_closed_aside(text: str, at: int) -> bool:
    """Whether ``at`` stands inside parentheses closed after it: "Russian forces declared X captured (a claim Ukrainian
    commanders conceded later), took Y": the aside's side does not take Y."""
    opened = text.rfind("(", 0, at)
    return opened >= 0 and text.rfind(")", 0, at) < opened and text.find(")", at) >= 0


def antecedent_side(sentence: str, before: str) -> Side | None:
    """The side a sentence refers back to, told by the text ``before`` it: who "they" are
    (:func:`last_side`, in the last sentence or two), or who "the ministry" is that is said to have spoken a
    quotation ('"...," the ministry said' after "Russia's Defence Ministry said ...") or the sentence itself
    ("The ministry also said its forces had captured X"); ``None`` when it refers to none."""
    if "hey " in sentence or "theirs" in sentence:  # (and whose "theirs" is: "by morning the city was theirs")
        return last_side(before[-THEY_CHARS:])
    if _UNSIDED_SUBJECT.match(sentence) or _FELL_TO_UNSIDED.search(sentence) or _POSSESSIVE_FORCE_OPENS.match(sentence):
        # "A second group took Novoazovsk", "X fell to the advancing columns", "Its forces took X": an army of the side
        # that last acted
        subject = _last_subject(before[-THEY_CHARS:])
        return side_from(subject) if subject is not None else None
    said = sides.said_after_quote(sentence) if '"' in sentence or "”" in sentence else None
    speaker = sides.DEFINITE_SPEAKER.fullmatch(said.group("speaker")) if said is not None else None
    if speaker is None and (opening := sides.DEFINITE_SPEAKER.match(sentence)) is not None and _SAYS.match(
        sentence, opening.end()
    ):
        speaker = opening
    if speaker is None:
        return None
    head = speaker.group("head").lower().split()[-1]
    named = None
    for named in re.finditer(rf"\b{_SIDE_NAME}\s+(?:[\w-]+\s+){{0,2}}?{head}", before, re.IGNORECASE):
        pass
    return _side_of(named.group("side")) if named is not None else None


_SIDE_NAME = r"(?P<side>russia['’]s|russian|moscow['’]s|ukraine['’]s|ukrainian|kyiv['’]s)"
_SAYS = re.compile(r"(?:(?:also|further|later|then)\s+)?(?:said|says|claimed|claims|reported|reports|announced|stated)\b",
                   re.IGNORECASE)
THEY_CHARS = 300
"""How far back a "they" looks for the side it stands for: a sentence or two (a speaker, further)."""
_POSSESSIVE_FORCE = re.compile(
    r"\b(?:(?:its|their)\s+(?:own\s+)?(?:forces|troops|units|soldiers)"
    r"|(?:said|says|claimed|claims|announced|reported|added)\s+(?:that\s+)?(?:it|they))\s+(?:\w+\s+){0,2}$",
    re.IGNORECASE,
)
"""The speaker's own forces as a cue's subject: "the ministry said its forces had captured X", "the ministry also said it
had taken X"."""


_SPEAKER_S_TROOPS = re.compile(
    _SIDE_NAME + r"\s+(?:[\w-]+\s+){0,3}?(?:said|says|reported|reports|announced|stated|confirmed|confirms)\b[^;:]*?"
    r"\bthe\s+(?:troops|units|forces|soldiers|defenders|garrison)\s+(?:\w+\s+){0,3}$",
    re.IGNORECASE,
)
"""A side's command speaking of "the troops" it then tells of: "Ukraine's General Staff says ... the troops have been"."""


def speakers_troops(sentence: str, start: int) -> Side | None:
    """The side whose command speaks of "the troops" a passive cue at ``start`` tells of ("Ukraine's General Staff says
    positions in the village are destroyed and the troops have been moved to other positions": Ukraine's troops)."""
    found = _SPEAKER_S_TROOPS.search(sentence, max(0, start - 160), start)
    return _side_of(found.group("side")) if found is not None else None


_SPEAKER_S_OWN_FORCES = re.compile(
    _SIDE_NAME + r"(?:-(?:installed|backed|appointed|led))?\s+(?:[\w-]+\s+){0,3}?"
    r"(?:said|says|claimed|claims|announced|reported|added|stated)\s+(?:that\s+)?(?:its|their)\s+(?:own\s+)?"
    r"(?:forces|troops|units|soldiers)\s+(?:\w+\s+){0,2}$",
    re.IGNORECASE,
)
"""A speaker of a side, and its own forces the cue's subject: "Russian-installed officials said their troops had ..."."""


_ITS_FORCES_BEFORE = re.compile(r"\bits\s+(?:own\s+)?(?:forces|troops|army)\s+(?:\w+\s+){0,2}$", re.IGNORECASE)
"""A state's own forces the cue's subject: "since its forces took X"."""
_STATE = re.compile(
    r"\b(?P<side>russia|moscow|ukraine|kyiv)['’]s\b|(?<!\bin\s)(?<!\bto\s)(?<!\bof\s)(?<!\bat\s)(?<!\bon\s)(?<!near\s)"
    r"(?<!from\s)(?<!into\s)(?<!around\s)(?<!towards\s)(?<!across\s)\b(?P<named>russia|moscow|ukraine|kyiv)\b",
    re.IGNORECASE,
)
"""A state, or its capital, named as itself: its possessive ("on Moscow's claim"), or a name no preposition's place
("its activity around Kyiv")."""


_SIDE_WORD = re.compile(r"\b(?:russian|ukrainian)\b", re.IGNORECASE)
"""A side named by its adjective, nearer "its" than the state: the side "its" stands for."""


def _state_s_own_forces(sentence: str, start: int) -> Side | None:
    """The side of the state whose own forces are the subject of the cue at ``start``, the state named nearest before
    "its" in the clause: "Moscow's biggest gain since its forces took X" (Russia's)."""
    its = _ITS_FORCES_BEFORE.search(sentence, max(0, start - 40), start)
    if its is None:
        return None
    state = None
    for state in _STATE.finditer(sentence, max(0, its.start() - 100), its.start()):
        pass
    if state is None or any(mark in sentence[state.end() : its.start()] for mark in ";:.") or _SIDE_WORD.search(
        sentence, state.end(), its.start()
    ):
        return None  # (nor a side named nearer: "Ukraine did not deny the Russian claim that its troops had seized X")
    return _side_of(state.group("side") or state.group("named"))


_UNSIDED_SUBJECT = re.compile(
    r"\s*(?:a\s+(?:second|third|fourth|further|new)|another|the\s+(?:same|other|second|third)|these|those)\s+(?:[\w-]+\s+)?"
    r"(?:groups?|columns?|units?|detachments?|battalions?|brigades?|forces|troops|formations?)\b",
    re.IGNORECASE,
)
"""A sentence's subject that is an army named by no side: "A second group ...", "Another column ...", "These units ..."."""
_POSSESSIVE_FORCE_OPENS = re.compile(r"\s*(?:its|their)\s+(?:own\s+)?(?:forces|troops|units|soldiers|army)\b", re.IGNORECASE)
"""A sentence that opens on "Its forces ..." : the forces of the side the sentence before named."""
_UNSIDED_AGENT = re.compile(
    r"(?:(?:advancing|attacking|invading|same|other|second|new)\s+)?(?:columns?|troops|forces|units|attackers|groups?)\b",
    re.IGNORECASE,
)
"""An army named by no side after "fell to" or "by": "the advancing columns", "the attackers"."""
_FELL_TO_UNSIDED = re.compile(rf"\b(?:fell|falls|fallen)\s+to\s+the\s+{_UNSIDED_AGENT.pattern}", re.IGNORECASE)
_SENTENCE_STOP = re.compile(r"[.!?][\"”’)]*(?:\[\w{1,3}\])*\s+(?=\S)")
"""Where a sentence ends, its citation marks included ("... the border strip.[5] A second group ...")."""
_PREPOSITION_BEFORE = re.compile(
    r"\b(?:behind|of|from|against|with|at|on|to|towards?|near|by|into|around|among|past|through)\s+(?:the\s+(?:[\w-]+\s+)?)?$",
    re.IGNORECASE,
)


def _last_subject(text: str) -> re.Match[str] | None:
    """The subject of the last sentence of ``text``: the first side it names, not after a preposition ("In late
    August Russian units crossed the border and cut off the Ukrainian battalions at Ilovaisk": the Russians)."""
    start = 0
    for start in (stop.end() for stop in _SENTENCE_STOP.finditer(text.rstrip())):
        pass
    for side in sides.ACTOR.finditer(text, start):
        if not _PREPOSITION_BEFORE.search(text, max(0, side.start() - 30), side.start()):
            return side
    return None


def last_side(text: str) -> Side | None:
    """Who "they" are after ``text``: the subject of its last sentence when that opens with an army
    ("Ukrainian brigades tried to break through the Russian lines ... . They recaptured X" -> "ukrainian"),
    else the side it names last ("... as Russian forces left" -> "russian"), if any."""
    last = _last_acting(sides.ACTOR.finditer(text), text)
    if last is None:
        return None
    body = text.rstrip().rstrip(".!?")
    sentence_start = max(body.rfind(stop) for stop in (". ", "! ", "? ")) + 2  # 1 where none: the window's start
    sentence_start = len(body) - len(body[max(0, sentence_start - 1) :].lstrip()) if sentence_start > 1 else 0
    subject = sides.ACTOR.match(text, sentence_start)
    if subject is not None and subject.group("side") is not None:
        return side_from(subject)
    return side_from(last)



def side_from(match: re.Match[str]) -> Side:
    """The side an ACTOR match names (its side word, "armed forces of ...", or a bare country or people)."""
    word = match.group("side") or match.group("of") or match.group("bare")
    return _side_of(word)
