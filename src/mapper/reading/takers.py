"""Whose a change of control is where its clause names no actor: the report's sides (who prevails, whose voice it
is), whose "our units" are, the side a concession or an unnamed loss points to, who took a place that fell, and the
singular holder an "its" names. Read by :mod:`mapper.reading.cuereading` once the clause's own actor
(:mod:`mapper.reading.actors`) is known, or is not.
"""

from __future__ import annotations

import re
from dataclasses import dataclass

from mapper.reading import sides as side_words
from mapper.reading.actors import Side, side_from
from mapper.reading.cuefinder import Cue
from mapper.reading.voice import caption_in_russian

__all__ = ["SIDE_RETREATING", "Sides", "conceded_by", "holder_named_before", "loser_unsaid", "our_side", "singular_holder", "taker"]


@dataclass(frozen=True, slots=True)
class Sides:
    """What the report as a whole says of the sides: who prevails, whose voice it is."""

    prior: Side | None
    voice: Side | None
    antecedent: Side | None = None


def our_side(sentence: str, cue: Cue, sides: Sides) -> Side:
    """Whose "our units" are: the report's voice, or Russia's where the sentence names a Russian before them ("Russian
    MoD: the withdrawal of our units ..."), else Ukraine's (whose General Staff the press translates most). Not a Russian
    named after "our" or "we" first speaks ("Our gunners hit Russian infantry near A, the city our brigade helped free")."""
    if sides.voice is not None:
        return sides.voice
    first_own = _OWN_WORD.search(sentence)
    if side_words.RUSSIAN_WORD.search(sentence, 0, first_own.start() if first_own else cue.start) or caption_in_russian(sentence):
        return "russian"  # (or a caption in a Russian source's spelling: "our units have left Urozhaynoye")
    return "ukrainian"


_OWN_WORD = re.compile(r"\b(?:our|we)\b", re.IGNORECASE)


def conceded_by(sentence: str, cue: Cue) -> Side | None:
    """Who took a place a side admitted was lost: the other side ("Russian war correspondents admitted that X had been
    lost": taken by Ukrainian troops)."""
    if "lost" not in cue.text.lower():
        return None
    conceded = _CONCEDED.search(sentence, max(0, cue.start - 100), cue.start)
    if conceded is None:
        return None
    speaker = None
    for speaker in _SIDE_WORD.finditer(sentence, max(0, conceded.start() - 60), conceded.start()):
        pass  # (the side named last before the concession: "Russian war correspondents admitted")
    if speaker is None:
        return None
    return "russian" if side_words.UA_RE.match(speaker.group()) else "ukrainian"  # (as actors reads a side word)


_CONCEDED = re.compile(
    r"\b(?:admitted|admits|acknowledged|acknowledges|conceded|concedes)\b(?:\s+that)?[^.;]{0,60}$", re.IGNORECASE
)
"""A concession before a loss: "... admitted that X had been lost"."""
_SIDE_WORD = re.compile(rf"(?<![\w-])(?:{side_words.UA}|{side_words.RU})(?![\w-])", re.IGNORECASE)


def loser_unsaid(cue: Cue, sides: Sides) -> Side | None:
    """Who took a place the sentence says "was lost" naming no loser: lost by the side whose words the report gives
    ("This is how Melitopol, Berdiansk and Mariupol were lost", in a story of Ukrainian gains as much as of Russian
    ones; in a Russian statement, lost by the Russian side)."""
    if not cue.text.lower().endswith("lost"):
        return None
    return "ukrainian" if sides.voice == "russian" else "russian"


def taker(sentence: str, cue: Cue, sides: Sides, *, falls: bool = False) -> Side:
    """Who took a place the sentence says fell, or was seized or lost, naming no one: the side the report
    tells of gaining ground; but a town "falls" to the invader, and in a story of Ukrainian gains a sentence
    that names a Russian side tells of a Russian capture ("After the fall of Avdiivka, Russian units renewed
    their attacks"; not "The fall of Izium was a rout")."""
    if (falls or cue.text.lower().startswith(("fell", "fall"))) and (retreat := SIDE_RETREATING.search(sentence)) is not None:
        # "After the fall of Sloviansk the rebels regrouped in Donetsk": the side that fell back lost it
        return "ukrainian" if side_from(retreat) == "russian" else "russian"
    prior = sides.prior or "russian"
    if prior == "ukrainian" and (falls or cue.text.lower().startswith(("fell", "fall"))):
        named = {side_from(m) for m in side_words.ACTOR.finditer(sentence)}
        # (a fall told beside an occupation is the occupier's: "A was occupied in early March, and B itself fell on 2 March")
        return "russian" if "russian" in named or _OCCUPIED_BESIDE.search(sentence) else "ukrainian"
    return prior


_OCCUPIED_BESIDE = re.compile(r"\b(?:was|were|been)\s+(?:(?:also|soon|quickly|already)\s+)?occupied\b", re.IGNORECASE)
"""An occupation told in the sentence of a fall, of another place or the same."""


SIDE_RETREATING = re.compile(
    rf"{side_words.ACTOR.pattern}(?=\s+(?:had\s+|then\s+|soon\s+)?(?:regrouped|withdrew|retreated|fell\s+back|pulled\s+(?:back|out)|fled)\b)",
    re.IGNORECASE,
)
"""A side named as the subject of a retreat: the loser of a fall the sentence tells of ("... the rebels regrouped")."""


_HOLDER_BEFORE = re.compile(
    r"\b(?P<side>Ukrainian|Russian)(?:-held|-controlled|-occupied|\s+(?:[\w-]+\s+)?"
    r"(?:lines?|stronghold|bastion|fortress|outpost|defen[cs]es|garrison|positions|bridgehead|foothold))\b[^;:()]{0,40}$",
    re.IGNORECASE,
)
"""A holder the subject's apposition or adjective names: "X, the anchor of the Ukrainian line,", "the Russian-held town"."""


def holder_named_before(sentence: str, start: int) -> Side | None:
    """The side a place's own words before ``start`` say holds it ("Vuhledar, the anchor of the Ukrainian line to the east,
    was abandoned": Ukraine's, which lost it), where no actor is the passive's subject."""
    found = _HOLDER_BEFORE.search(sentence, max(0, start - 80), start)
    if found is None:
        return None
    return "ukrainian" if found.group("side").lower() == "ukrainian" else "russian"


def singular_holder(sentence: str, start: int) -> Side | None:
    """The side of the last singular actor before ``start`` ("Russia's defence ministry"), whom "its" names: not
    plural troops named since ("the last Ukrainian defenders")."""
    holder = None
    for found in side_words.ACTOR.finditer(sentence, 0, start):
        if not found.group().lower().endswith(("s", "troops")):
            holder = found
    return side_from(holder) if holder is not None else None
