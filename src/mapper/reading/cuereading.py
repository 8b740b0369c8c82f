"""What one cue reports of the places it governs: a status, how sure, and whether control changed.

A step inside reading statuses: :mod:`mapper.reading.status` decides which mentions each cue
found by :mod:`mapper.reading.cuefinder` governs; this module reads what the cue says of them.
The cue's family gives the status: an attack, a standing occupation, a flag raised, or a change
of control whose direction depends on who acts (:mod:`mapper.reading.actors`: the clause's
subject, a "by ..." phrase, a Russian claim; else :mod:`mapper.reading.takers`: the report's
prevailing side, whose "our" it is, who takes a place that falls). A cue under a modal or a goal
reports nothing. :func:`cue_readings` serves a place named in another sentence
(:mod:`mapper.reading.enumerations`).
"""

from __future__ import annotations

import re
from dataclasses import dataclass

from mapper._types import Status
from mapper.reading import grammar
from mapper.reading import sides as side_words
from mapper.reading.actors import Side, actor_of, last_side, side_from, speakers_troops
from mapper.reading.cuefinder import Cue
from mapper.reading.flags import flag_status
from mapper.reading.modality import attempted_assault, is_modal, standing_state
from mapper.reading.takers import (
    SIDE_RETREATING,
    Sides,
    conceded_by,
    holder_named_before,
    loser_unsaid,
    our_side,
    singular_holder,
    taker,
)
from mapper.reading.voice import russian_claim

__all__ = ["StatusReading", "cue_readings"]


@dataclass(frozen=True, slots=True)
class StatusReading:
    """One status a sentence gives one mention: the status, its cue and a confidence (0–1)."""

    status: Status
    cue: str
    confidence: float
    change: bool = False  # a change of control ("retook", "fell"), not a standing state ("Russian-held")


def cue_readings(
    sentence: str, cue: Cue, *, prior: Side | None = None, voice: Side | None = None, antecedent: Side | None = None
) -> list[StatusReading]:
    """What ``cue`` in ``sentence`` reports of its object, whatever that object is (a place named in
    another sentence: see :mod:`mapper.reading.enumerations`)."""
    return _reading(sentence, cue, Sides(prior, voice, antecedent))


_CLAIMED_AS_ITS_OWN = re.compile(
    r"[^.;:]{0,40}?\bas\s+(?:its|their|russia['’]s)\s+own\b|[^.;:]{0,40}?\bas\s+(?:part\s+of\s+)?(?:russia|the\s+russian\s+federation)\b",
    re.IGNORECASE,
)
_WAY_THERE = re.compile(r"\b(?:is|are|be)\s+$", re.IGNORECASE)


def _reading(
    sentence: str,
    cue: Cue,
    sides: Sides,
    *,
    confidence: float | None = None,
) -> list[StatusReading]:
    if cue.family == "none":
        return []
    if is_modal(sentence, cue) and not standing_state(sentence, cue):
        if attempted_assault(sentence, cue):
            return [StatusReading("attacked", cue.text, 0.6)]  # "Russian infantry try to push into the village": assaulted
        return []
    if grammar.GOAL_LABEL.match(sentence):
        return []  # "Russian main effort: seizing the rest of Donetsk Oblast"; "Had Mykolaiv fallen, ..."
    if cue.text[:5].lower() == "claim" and _CLAIMED_AS_ITS_OWN.match(sentence, cue.end):
        return []  # "the parts of Donetsk Oblast that Moscow claims as its own": an annexation, no capture
    if cue.text[:5].lower() == "reach" and _WAY_THERE.search(sentence, max(0, cue.start - 8), cue.start):
        return []  # "Vylkove is reached from Izmail by a single road": the way there, no army's arrival
    family = cue.family
    if cue.text.lower() == "left" and grammar.LEFT_IN_STATE.match(sentence, cue.end):
        return []  # "was left largely in ruins": what the fighting left, not a withdrawal
    if (family == "gain" or cue.text[:5].lower() == "reach") and side_words.CIVILIANS_BEFORE.search(
        sentence, max(0, cue.start - 50), cue.start
    ):  # ("UN inspectors reach the plant": no army arrives)
        return []  # "volunteers who drove into X", "protesters seized the administration building in X": no army took X
    if family == "lib" and _PEOPLE_FREED.match(sentence, cue.end) and cue.text.lower().startswith(("freed", "liberated", "released")):
        return []  # "Freed Ukrainian soldiers stepped off buses in the X region": people set free, no place
    if family == "loss" and _WATER_BEFORE.search(sentence, max(0, cue.start - 40), cue.start):
        return []  # "the water had retreated hundreds of metres from X": the flood, no army
    if family == "att" and _DRAWS_CLOSER.match(sentence, cue.end):
        return []  # "officials order children out of the town as fighting draws closer": not there yet
    if cue.text.lower() == "defending" and _UNIT_BEFORE.search(sentence, max(0, cue.start - 30), cue.start):
        return []  # "stretch the forces defending X", "the brigade defending X said": which unit, no attack reported
    if family == "lib" and (
        cue.text.lower().startswith("clearing") or _ONGOING_BEFORE.search(sentence, max(0, cue.start - 40), cue.start)
    ):
        family = "att"  # "Ukrainian forces continue to clear Russian infiltration groups from X", "keep squeezing the enemy
        # out of X": fighting there, not yet retaken
    unopposed = family == "gain" and grammar.UNOPPOSED.match(sentence, cue.end) is not None
    if family == "gain" and cue.text.lower().startswith(_ENTRIES) and not unopposed and grammar.FIGHTING_GOES_ON.search(sentence, cue.end):
        family = "att"  # "entered X and are fighting in the town's centre": fought over, not taken
    status: Status | None
    base = 0.85
    if family in ("att",):
        status, base = "attacked", 0.8
    elif family == "occ":
        status, base = "occupied", 0.85
    elif family == "flag":
        flag = flag_status(sentence, cue, sides)
        if flag is None:
            return []
        status, base = flag, 0.8
    else:
        actor, explicit = actor_of(
            sentence, cue.start, cue.end, family=cue.family, passive=cue.passive, antecedent=sides.antecedent
        )
        if "enemy" in sentence and (not cue.passive or family == "loss") and (side_words.ENEMY_SUBJECT.search(
            sentence, max(0, cue.start - 30), cue.start
        ) or (_ENEMY_OPENS.match(sentence) and _AND_ITS_VERB.search(sentence, max(0, cue.start - 30), cue.start))):
            # (and "the enemy was driven out of X": it lost X; "The enemy has withdrawn ... and continues to hold X")
            # "Ukrainian troops walk past burned armour as the enemy pulls back": the enemy does it, not the side before
            actor, explicit = ("ukrainian" if sides.voice == "russian" else "russian"), True
        elif ("our " in (lowered := sentence.lower()) or "we " in lowered) and (
            our := side_words.OUR_SUBJECT.search(sentence, max(0, cue.start - 40), cue.start)
        ):
            # "Hirske and Zolote: our defenders withdrew": the side whose words the report gives (defenders: Ukraine's;
            # in no voice the report names, a Ukrainian command's, as our_side reads it: "Today our soldiers entered X")
            if (our.group("force") or "").lower() == "defenders":
                actor, explicit = "ukrainian", True
            elif sides.voice is not None:
                actor, explicit = sides.voice, True
            elif actor is None:  # (in no voice, a Ukrainian command's, unless a claim's speaker is Russian: Gerasimov's)
                actor = our_side(sentence, cue, sides)
            elif side_words.ACTOR.search(sentence, 0, our.start()):
                # ("our" is the subject nearer the cue than a side named before it: "Our gunners hit Russian infantry
                # near A, north of B, the city our brigade helped free")
                actor, explicit = our_side(sentence, cue, sides), True
        elif actor is None and "enemy" in sentence and side_words.ENEMY_ACTOR.search(
            sentence, 0, min(len(sentence), cue.end + 30)
        ):
            # "held by the enemy", "the enemy captured X", "the enemy carried out assaults near A, and took B" (no
            # other side named before the cue): the other side of the report's voice
            actor, explicit = ("ukrainian" if sides.voice == "russian" else "russian"), True
        if family == "lib":
            if side_words.UKRAINIANS_DRIVEN_OUT.search(cue.text) or _OF_UKRAINIANS_AFTER.match(sentence, cue.end):
                actor = "russian"  # "pushed Ukrainian troops out of X", "X is cleared of AFU units": the Ukrainians lost it
            elif "ukrainian" in cue.text.lower() or _OF_RUSSIANS.search(cue.text) or _TO_UKRAINIAN_CONTROL.match(sentence, cue.end):
                actor = "ukrainian"  # "returned to Ukrainian control", "free of Russian troops", "returned A and B to
                # Ukrainian control" name the side themselves
                if "enemy" in cue.text.lower() and sides.voice == "russian":
                    actor = "russian"  # "our units drove the enemy out of X" in a Russian voice: the enemy is Ukraine's
            elif not explicit:
                # an actor in another clause does not liberate; a Russian claim does
                actor = "russian" if russian_claim(sentence, cue.start, cue.end, sides.voice, sides.antecedent) else None
            status = "occupied" if actor == "russian" else "liberated"
        elif family == "held":
            if _DEFENDERS_BEFORE.search(sentence, max(0, cue.start - 40), cue.start):
                actor = "ukrainian"  # "Irpin, whose defenders held a line along the river": the town's defenders
            if cue.text.lower() == "ours" or " our " in cue.text.lower() or "group" in cue.text.lower():
                actor = sides.voice  # "X is fully ours", "in our hands", "the group's units": the side whose words the report gives
            elif cue.text.lower() == "theirs":
                actor = last_side(sentence[: cue.start]) or sides.antecedent  # "... and by morning X was theirs"
            elif " its " in cue.text.lower():  # "the ministry said ... the defenders had surrendered and X was under its control"
                actor = singular_holder(sentence, cue.start) or actor
            status = "occupied" if actor == "russian" else None
        elif family == "loss":
            if side_words.CIVILIANS_BEFORE.search(sentence, max(0, cue.start - 50), cue.start) or side_words.CIVILIANS_AFTER.match(
                sentence, cue.end
            ):
                return []  # "thousands of residents fled X", "a fleeing civilian in X": people fleeing, no army withdrawing
            if _BOTH_SIDES_BEFORE.search(sentence, max(0, cue.start - 40), cue.start):
                return []  # "the two sides pulled their troops back from the line at X": a disengagement, no one lost X
            if cue.passive:  # "Ukrainian forces had been driven out of X": the subject lost it
                subject = None
                for subject in side_words.ACTOR.finditer(sentence, max(0, cue.start - 80), cue.start):
                    pass
                if subject is not None and not _CLAUSE_STOP.search(sentence, subject.end(), cue.start):
                    actor = side_from(subject)  # (not a side of the clause before a colon: "Russian groups overran
                    # the posts: Kuteinykove was abandoned")
                elif actor is None and (holder := holder_named_before(sentence, cue.start)) is not None:
                    actor = holder  # "X, the anchor of the Ukrainian line, was abandoned": its holder left it
                elif actor is None and (speaker := speakers_troops(sentence, cue.start)) is not None:
                    actor = speaker  # "Ukraine's General Staff says the troops have been moved to other positions"
                elif actor is None and (retreat := SIDE_RETREATING.search(sentence)) is not None:
                    # "Ukrainian units fell back ..., while A and B were given up": lost by the side that fell back
                    actor, base = side_from(retreat), 0.6
            if (owner := side_words.FORCE_OF.match(sentence, cue.end)) is not None:
                # "the withdrawal of our units from X" ("our": the report's voice, a Ukrainian report's by default)
                ours = our_side(sentence, cue, sides)
                named = owner.group("side").lower()
                if named == "our":
                    actor = ours
                elif named == "enemy":
                    actor = "russian" if ours == "ukrainian" else "ukrainian"
                else:
                    actor = "russian" if named == "russian" else "ukrainian"
                explicit = True
            if cue.text.lower().startswith("no "):  # "no Russian troops remained in X": the side the cue names is gone
                actor, explicit = ("ukrainian" if side_words.UA_RE.search(cue.text) else "russian"), True
            if actor is None and _AVOIDING_ENCIRCLEMENT.match(sentence, cue.end):
                actor = "ukrainian"  # "troops pull out of X to avoid encirclement, command says": the defenders' words
            if actor is None and sides.prior == "russian":
                actor = "ukrainian"  # "the withdrawal from X" in a report of Russian gains
            # (a loss is owned by its possessor, "Ukraine's loss of X", "the Russian loss of X", not by the subject of
            # another verb: "Russian units had crossed the border, and analysts compared the loss of X with ...")
            unowned_loss = cue.text.lower().startswith("loss") and (not explicit or _in_another_clause(sentence, cue.start))
            if unowned_loss:
                # "the loss of X", whose loss the sentence does not say: lost to whoever took it, as a place falls
                actor = "ukrainian" if taker(sentence, cue, sides, falls=True) == "russian" else "russian"
            if actor is None or unowned_loss:
                base = 0.6
            status = "occupied" if actor == "ukrainian" else "liberated"
        elif family == "fall" or (not explicit and cue.text.lower().startswith(("seiz", "overr"))):
            # "the fall of X", "X was seized": the war's attacker, unless the sentence names another
            side = actor if explicit else "russian" if cue.text.lower().endswith("handed over") else (
                conceded_by(sentence, cue) or loser_unsaid(cue, sides) or taker(sentence, cue, sides)
            )  # (a town handed over without a fight is handed to the invader, whatever the report's prevailing side)
            if not explicit:
                base = 0.6
            status = "liberated" if side == "ukrainian" else "occupied"
        else:  # gain
            if (compared := _GAIN_SINCE.search(sentence, max(0, cue.start - 80), cue.start)) is not None:
                # "the largest Russian territorial gain since the capture of X": a capture by the side of the record
                actor, explicit = ("ukrainian" if compared.group("side").lower().startswith("ukrain") else "russian"), True
            elif not explicit and russian_claim(sentence, cue.start, cue.end, sides.voice, sides.antecedent):
                actor = "russian"  # "Moscow announced that X had been captured"
            elif not explicit and (fronted := grammar.FRONTED_EVENT.match(sentence)) is not None:
                # "Following the capture of X, Russian forces turned ...": the main clause's subject took it
                found = side_words.ACTOR.search(sentence, fronted.end())
                if found is not None:
                    actor, explicit = side_from(found), True
            side = actor or sides.prior
            if actor is None and _passive_capture(sentence, cue):
                # "Kherson was captured on 2 March": taken as a place falls, though the report tells of Ukrainian gains,
                # when the sentence names the Russian side
                side = taker(sentence, cue, sides, falls=True)
            if (
                side is None and cue.text.lower() in _NOMINAL_CAPTURES and sentence[cue.end : cue.end + 4] == " of "
                and not _MODAL_VERB.search(sentence, cue.end, cue.end + 80)  # "the capture of X could cut ...": not yet
            ):
                side = taker(sentence, cue, sides)  # "the largest gain since the capture of X": taken, as a place falls
            elif side is None and _passive_capture(sentence, cue):
                side = taker(sentence, cue, sides)  # "A and B were taken by early March": by the war's attacker, as a place falls
            status = None if side is None else ("liberated" if side == "ukrainian" else "occupied")
            if not explicit:
                base = 0.6
            if status == "occupied" and grammar.ENTRY.match(cue.text) and not unopposed:
                # Russian troops entering a place have assaulted it; that they hold it, the sentence does not say
                status, base = "attacked", 0.7
        if status is None:
            return []
    # a change told as background ("a town that Ukrainian forces recaptured in 2022", "since Ukrainian troops
    # retook it") does not make the sentence's attack part of a change of control
    # (but one the same actor goes on to, "broke through at X, which they seized in early May", is the sentence's)
    change = family in _CHANGES and (
        not grammar.BACKGROUND_BEFORE.search(sentence, max(0, cue.start - 80), cue.start)
        or bool(grammar.CONTINUED_BEFORE.search(sentence, max(0, cue.start - 50), cue.start))
    )
    return [StatusReading(status, cue.text, confidence if confidence is not None else base, change)]


_AVOIDING_ENCIRCLEMENT = re.compile(
    r"[^.;]{0,60}?\bto\s+(?:(?:avoid|escape|prevent)\s+(?:being\s+)?(?:an?\s+|the\s+)?encircle"
    r"|(?:save|preserve|protect)\s+(?:the\s+)?(?:lives\s+of\s+)?(?:our\s+)?(?:troops|soldiers|personnel|servicemen|defenders|lives))",
    re.IGNORECASE,
)
"""A withdrawal "to avoid encirclement", "to save troops": how Ukraine's command words its own (Russia's calls its
"regrouping")."""


_GAIN_SINCE = re.compile(
    r"\b(?P<side>russian|ukrainian)\s+(?:[\w-]+\s+){0,2}?(?:gains?|advances?|successe?s?|victory|victories|breakthroughs?)"
    r"\s+since\s+(?:the\s+)?$",
    re.IGNORECASE,
)
"""A record set against an earlier capture: "the largest Russian territorial gain since the capture of X"."""



_TO_UKRAINIAN_CONTROL = re.compile(
    r"\s[^.;]{1,160}?\s(?:to|under)\s+ukrainian\s+(?:government\s+|army\s+|military\s+)?control\b", re.IGNORECASE
)
"""Where the places a verb gave back went, after them: "returned A and B to Ukrainian control"."""
_OF_RUSSIANS = re.compile(
    r"\bof\s+(?:the\s+)?(?:russian|enemy)\b|\bof\s+(?:the\s+)?(?:russians|occupiers|invaders)\b"
    r"|^\w+\s+(?:the\s+)?(?:last\s+)?(?:russian(?:-backed|-led)?|moscow-backed|enemy)\s|^\w+\s+(?:the\s+)?(?:russians|occupiers|invaders)\b",
    re.IGNORECASE,
)
"""A liberation word that names who is gone ("free of Russian troops", "pushed Russian troops out of"): the Russians are
not its actor, whoever's claim reports it."""

_OF_UKRAINIANS_AFTER = re.compile(
    r"\s+of\s+(?:the\s+)?(?:remaining\s+|last\s+)?(?:afu|apu|ukrainians|ukrainian\s+(?:forces|troops|units|soldiers|formations|militants)"
    r"|nationalists|ukrainian\s+nationalists)\b",
    re.IGNORECASE,
)
"""Who is gone from a place cleared: "cleared of AFU units" (in Russia's words), "cleared of Ukrainian troops"."""
_DEFENDERS_BEFORE = re.compile(
    r"\b(?:whose|its|the\s+(?:town|city|village)['’]s|the)\s+(?:[\w-]+\s+)?defenders\s+(?:had\s+|have\s+|still\s+)?$", re.IGNORECASE
)
"""The defenders of the place named before, holding it: the side it belongs to, not an occupier ("X, whose plant the
defenders held until late summer")."""


_ONGOING_BEFORE = re.compile(
    r"\b(?:continu(?:e|es|ed|ing)\s+to|keep|keeps|kept|(?:is|are|was|were)\s+(?:still\s+)?(?:trying\s+to|working\s+to))\s+(?:\w+ly\s+)?$",
    re.IGNORECASE,
)
"""A clearing still going on: "continue to clear X of infiltrators" tells of fighting in X."""


def _in_another_clause(sentence: str, at: int) -> bool:
    """Whether the side named last before ``at`` stands in a clause of its own, joined by ", and" or ";": "Russian units
    had crossed the border, and analysts compared the loss of X with ...": not the side that lost X."""
    last = None
    for last in side_words.ACTOR.finditer(sentence, 0, at):
        pass
    return last is not None and grammar.CLAUSE_JOINED.search(sentence, last.end(), at) is not None

_CAPTURED = ("taken", "captured", "claimed")
"""A capture told in the passive ("A and B were taken", "X was claimed in September"): a report that says no more
leaves it to the war's course."""
_ENEMY_OPENS = re.compile(r"\s*the\s+enemy\b", re.IGNORECASE)
_AND_ITS_VERB = re.compile(r"\band\s+(?:(?:still|also)\s+)?(?:continu(?:es|ed)\s+to\s+|keeps\s+|kept\s+)?$", re.IGNORECASE)
"""A second verb of the sentence's subject: "The enemy has withdrawn most of its units ... and continues to hold X"."""


def _passive_capture(sentence: str, cue: Cue) -> bool:
    """Whether the cue tells a capture in the passive naming no one ("A and B were taken"; "X was claimed in September",
    not "an explosion claimed by partisans": the claim of an attack)."""
    text = cue.text.lower()
    return cue.passive and text.startswith(_CAPTURED) and not (text.startswith("claimed") and grammar.BY.match(sentence, cue.end))


_BOTH_SIDES_BEFORE = re.compile(r"\b(?:the\s+two|both|each)\s+sides?\s+(?:\w+\s+){0,2}$", re.IGNORECASE)
"""Both sides as the subject of a withdrawal: a disengagement ("the two sides pulled their troops back")."""
_PEOPLE_FREED = re.compile(
    r"\s+(?:(?:ukrainian|russian|the|our|\d+|more\s+than\s+\d+|captured|wounded|civilian|military)\s+){0,2}"
    r"(?:prisoners|soldiers|servicemen|pows|captives|hostages|civilians|people|defenders|children|marines|fighters)\b",
    re.IGNORECASE,
)
"""People a liberation verb frees: prisoners of war, hostages, "freed Ukrainian soldiers"."""
_UNIT_BEFORE = re.compile(
    r"\b(?:brigades?|units?|forces|troops|garrisons?|soldiers|battalions?|regiments?|companies|marines|paratroopers)\s+$",
    re.IGNORECASE,
)
"""A unit named by the place it holds ("the brigade defending X"): the participle says which unit, not that X was attacked."""
_WATER_BEFORE = re.compile(
    r"\b(?:water|waters|floodwaters?|flood|reservoir|river|sea|level)\s+(?:had\s+|has\s+|have\s+)?(?:[a-z]+ly\s+)?$",
    re.IGNORECASE,
)
"""Water as what withdraws: "the water had retreated from the embankments of X" is no army's retreat."""
_ENTRIES = ("enter", "marched", "moved", "rolled", "swept", "drove", "drives", "driving")
"""The cues of an entry ("entered X", "drove into X"): fighting after it says the place was fought over, not taken."""

_NOMINAL_CAPTURES = ("capture", "seizure", "takeover")
"""A capture told as a noun: whose, a sentence that names no side leaves to the war's course."""

_MODAL_VERB = re.compile(r"\b(?:would|will|could|might|should|(?-i:may)|can|cannot)\b", re.IGNORECASE)
"""A modal after a capture told as a noun: a capture still to come ("the capture of X could cut ...")."""

_CLAUSE_STOP = re.compile(r"[:;]")
_DRAWS_CLOSER = re.compile(
    r"\s+(?:(?:draws?|drew|drawing|edges?|edged|creeps?|crept|moves?|moved|comes?|came|coming|gets?|got|getting)\s+(?:ever\s+)?"
    r"(?:closer|nearer)|(?:approaches|approached|approaching|nears|neared|nearing)\b)",
    re.IGNORECASE,
)
"""Fighting said to approach, which has not reached the place."""
_CHANGES = ("lib", "gain", "loss", "fall", "flag")
"""The cue families that report a change of control."""
