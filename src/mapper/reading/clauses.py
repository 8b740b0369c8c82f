"""What a sentence's other clauses say of its names, beyond the cue that governs them: a caption's label
("Kupiansk: shelling hits the hospital"), the withdrawal of those who held a list ("the units that had held A
and B withdrew", "the defenders of A and B were ordered to withdraw"), a later cue that tells of "the town"
named before, and a later clause that denies a claim or says the fighting goes on, for every place told
of before it or, when it names one ("the village had never been lost"), for the last.

Pure functions of the sentence, its spans and its cues, read by :mod:`mapper.reading.status`.
"""

from __future__ import annotations

import re
from collections.abc import Callable, Sequence

from mapper._types import MentionKind
from mapper.reading import captionwords, grammar, locators, pronouns
from mapper.reading import sides as side_words
from mapper.reading.analysis import denial_after
from mapper.reading.cuefinder import Cue, words
from mapper.reading.cuereading import StatusReading

__all__ = ["answer_claims", "defenders_withdrawn", "holders_driven_out", "label_end", "left_by_holders", "tells_of", "told_mentions", "town_told_after"]


_ROUTE_TO = re.compile(r"\s+(?:to|and)\s+", re.IGNORECASE)


def label_end(
    sentence: str, spans: Sequence[tuple[int, int]], kinds: Sequence[MentionKind], head: int, tail: int
) -> int | None:
    """Where a caption's or headline's label ends, when the sentence opens with one: the places it
    names, with the oblast that locates them or the word for their community, then a colon or a dash
    ("Kupiansk: shelling hits the hospital", "Hlyboke, Kharkiv Oblast: infantry enter the village",
    "Esman hromada: drone drops"). The event after it happened there."""
    dated = _DATE_LABEL.match(sentence, 0, spans[head][0])  # "4 April 2025: Zmiivka: drone attack on a car"
    start = dated.end() if dated is not None else 0
    if any(c.isalnum() for c in sentence[start : spans[head][0]]) and not captionwords.LABEL_STATE.fullmatch(
        sentence, start, spans[head][0]
    ) and not (  # (a bullet or an emoji may open a label: "🔻 Kharkiv: ...")
        _LABEL_PART.fullmatch(sentence, start, spans[head][0])
    ):
        return None  # (a label may say the place's state or part: "Occupied Melitopol: explosions", "Outskirts of X: a tank fires")
    end = spans[tail][1]
    following = tail + 1
    route = False  # (after "on the road from B": " to C" names the road's other end)
    while following < len(spans) and (
        (bearing := captionwords.LABEL_BEARING_GAP.fullmatch(sentence, end, spans[following][0]))
        or route and _ROUTE_TO.fullmatch(sentence, end, spans[following][0])
    ):
        end = spans[following][1]  # "Malynivka, east of Huliaipole:", "A, on the road to B north of C:", "A, on the road
        following += 1  # from B to C:", "A, between B and C:"
        route = bearing is not None and ("from" in bearing.group().lower() or "between" in bearing.group().lower())
    if following < len(spans) and kinds[following] in ("region", "raion") and (
        captionwords.LABEL_LOCATOR_GAP.fullmatch(sentence, end, spans[following][0])
        or following > tail + 1 and _IN_GAP.fullmatch(sentence, end, spans[following][0])
    ):
        end = spans[following][1]  # "Hlyboke, Kharkiv Oblast:", "Myrne, near Stanislav in Kherson Oblast:"
        if sentence.startswith(")", end):
            end += 1  # "Mykolaivka (Donetsk Oblast), 11 September 2025:"
    if (unit := captionwords.LABEL_UNIT_AFTER.match(sentence, end)) is not None:
        end = unit.end()  # "Krasnopillia hromada: mortar attacks": the community of the town
    elif (aside := _LABEL_ASIDE.match(sentence, end)) is not None:
        end = aside.end()  # "Kozacha Lopan, close to the border: residents greet ...": where it lies, in words
    elif following > tail + 1 and (side := _FROM_A_SIDE.match(sentence, end)) is not None:
        end = side.end()  # "Kyselivka, on the highway into Kherson from the north-west:"
    label = captionwords.LABEL_END.match(sentence, end)
    return label.end() if label is not None else None


_IN_GAP = re.compile(r"\s+in\s+(?:the\s+)?")
_FROM_A_SIDE = re.compile(r"\s+from\s+the\s+(?:north|south|east|west)[\w-]*(?=\s*:)", re.IGNORECASE)
_LABEL_PART = re.compile(
    r"\s*(?:the\s+)?(?:outskirts|edge|streets|centre|center)\s+of\s+"
    r"|\s*(?:footage|video|photos?|pictures?|images?)\s+from\s+(?:near\s+|outside\s+)?",  # "Footage from near X: ..."
    re.IGNORECASE,
)
"""A label's part of its place: "Outskirts of Huliaipole: a tank fires at Ukrainian positions" (the event is the place's)."""
_DATE_LABEL = re.compile(
    rf"\s*(?:(?:(?:\d{{1,2}}\s+{locators.MONTH}|{locators.MONTH}\s+\d{{1,2}})(?:,?\s+\d{{4}})?|\d{{4}}-\d{{2}}-\d{{2}})(?:\s*:|\s+[—–-])"
    r"|[012]?\d[:.][0-5]\d(?:\s*[—–-])?)\s*"
)
"""A caption's date before its label: "4 April 2025: Zmiivka, east of Beryslav: drone attack on a car", "3 March 2025 -
Druzhkivka: ..."; or a live blog's time: "08:50 Irpin: a mortar round lands among families"."""

_LABEL_ASIDE = re.compile(
    r",\s*(?:(?:[a-z-]+|Russian|Ukrainian|Belarusian)\s+){1,5}[a-z-]+(?=\s*:)|,\s*(?:russian-)?(?:occupied|held|controlled|liberated|retaken)"
    r"(?:\s+by\s+(?:the\s+)?(?i:russian|ukrainian)\s+(?:forces|troops|army))?\s+(?:since|in|on)\s+[\w\s-]{1,25}?(?=\s*:)"
    rf"|,\s*(?:\d{{1,2}}\s+{locators.MONTH}|{locators.MONTH}\s+\d{{1,2}})(?:,?\s+\d{{4}})?(?=\s*:)"
)
"""A label's aside in lower-case words (or a side's adjective), no name in it: ", close to the border", ", near the
Russian border", ", a frontline town"; or the place's state since a date: ", occupied since December 2024", ", held
by Russian forces since March"; or the day of the event: "Kharkiv, 31 May 2024: a missile hits ..."."""


def left_by_holders(
    sentence: str, spans: Sequence[tuple[int, int]], cues: list[Cue], held: Cue, tail: int
) -> Cue | None:
    """The withdrawal of those who held a list, told in a relative clause: "the Russian units that had held
    A, B and C withdrew" (the cue "withdrew", whose object the list is), else None."""
    if held.family not in ("held", "occ") or not grammar.RELATIVE_END.search(sentence, max(0, held.start - 20), held.start):
        return None
    return _withdrawal_after(sentence, cues, spans[tail][1], 2)


def holders_driven_out(
    sentence: str, spans: Sequence[tuple[int, int]], held: Cue, tail: int, *, occupied: bool = False
) -> StatusReading | None:
    """The end of a hold told after it, when another side drove the holders out: "they briefly held X before Ukrainian
    troops drove them out in late July" (X liberated; Russian troops driving the holders out took it); "X, which
    Russian troops held for a month until Ukrainian forces drove them out" (the hold told after the name). A Russian
    hold (``occupied``) may end with an event that ends it: "stayed under Russian control until the breakthrough"."""
    if held.family not in ("held", "occ", "gain"):
        return None
    after = max(spans[tail][1], held.end)
    driven = _DROVE_THEM_OUT.match(sentence, after)
    if driven is None:
        ended = _HOLD_ENDED_BY.match(sentence, after) if occupied and held.family in ("held", "occ") else None
        return StatusReading("liberated", ended.group("event") or ended.group("left"), 0.6, True) if ended is not None else None
    russian = side_words.UA_RE.match(driven.group("side")) is None
    return StatusReading("occupied" if russian else "liberated", driven.group("verb"), 0.7, True)


_HOLD_ENDED_BY = re.compile(
    r"[^.;]{0,40}?\buntil\s+the\s+(?:[\w-]+\s+){0,2}?"
    r"(?P<event>(?:ukrainian\s+)?(?:counter-?offensive|breakthrough|liberation)|(?:russian\s+)?(?:withdrawal|retreat|pull-?out))\b"
    r"|[^.;]{0,50}?\bbefore\s+(?P<left>withdrawing|pulling\s+(?:out|back)|retreating|leaving\s+(?=[,.;]|$|at\b|in\b|on\b))",
    re.IGNORECASE,
)
"""What ends a Russian hold told before it: "stayed under Russian control until the breakthrough", "held until the
November withdrawal", "had held X for most of March before withdrawing" (not a date: "occupied until November 2022"
tells the state alone, as the annotators read it)."""
_DROVE_THEM_OUT = re.compile(
    rf"[^.;]{{0,40}}?\b(?:before|until|till|when|but|and|then)\s+(?:the\s+|an?\s+)?(?P<side>{side_words.UA}|{side_words.RU})\s+"
    rf"(?:[\w-]+\s+){{0,2}}?(?:{side_words.FORCE}|counter-?offensive|offensive)\s+(?:(?:finally|eventually|soon|quickly)\s+)?"
    r"(?P<verb>(?:drove|pushed|forced|threw|kicked|chased)\s+them\s+(?:out|back))\b",  # ("..., when a Ukrainian
    # counteroffensive pushed them back to the border")
    re.IGNORECASE,
)


def defenders_withdrawn(sentence: str, spans: Sequence[tuple[int, int]], cues: list[Cue], head: int, tail: int) -> tuple[Cue, bool] | None:
    """The withdrawal of a list's defenders or garrison ("the defenders of Hirske and Zolote were ordered to
    withdraw", "the Russian garrison of Snihurivka pulled out"): the cue, and whether they were Russian (a
    garrison told by no side is the one holding a place the invader attacks: Ukrainian)."""
    holders = _HOLDERS_OF.search(sentence, max(0, spans[head][0] - 50), spans[head][0])
    if holders is None:
        return None
    later = _withdrawal_after(sentence, cues, spans[tail][1], _HOLDERS_GAP)
    if later is None:
        return None
    return later, holders.group("side") is not None and holders.group("side").lower().startswith("russia")


def _withdrawal_after(sentence: str, cues: list[Cue], end: int, most_words: int) -> Cue | None:
    """The sentence's next cue after ``end``, when it is a withdrawal at most ``most_words`` words on."""
    later = next((c for c in cues if c.start >= end), None)
    if later is None or later.family != "loss" or words(sentence[end : later.start]) > most_words:
        return None
    return later


_HOLDERS_OF = re.compile(
    r"\b(?:the\s+)?(?:(?P<side>russian|ukrainian)\s+)?(?:defenders|garrisons?)\s+(?:of|in)\s+"
    r"(?:the\s+(?:town|city|village|villages|towns)\s+of\s+)?$",
    re.IGNORECASE,
)
_HOLDERS_GAP = 4
"""The most words between the list and the withdrawal of its defenders ("were ordered to")."""


_A_CLAIM = re.compile(r"\b(?:an?|the|their|its)\s+(?:[\w-]+\s+){0,2}?claims?\b", re.IGNORECASE)
"""A claim named as a noun, whose places a denial after it answers."""


_ANSWER_VERB = re.compile(r"\b(?:deni|deny|reject|refut|dismiss|disput|contradict)", re.IGNORECASE)


def _claim_of_another(sentence: str, spans: Sequence[tuple[int, int]], told: Sequence[bool], i: int) -> bool:
    """Whether a claim named after mention ``i`` is of a place told after it, which a denial later answers: "kept up
    their assaults on A, and a Russian claim to have captured B was denied" (B's claim, not A)."""
    claim = _A_CLAIM.search(sentence, spans[i][1])
    if claim is None:
        return False
    answer = _ANSWER_VERB.search(sentence, claim.end())
    end = answer.start() if answer is not None else len(sentence)
    return any(told[k] and claim.end() <= a < end for k, (a, _) in enumerate(spans))
    # (not "all of X had been taken, a claim Kyiv rejected by pointing to fighting at Y": the claim is X's)


def tells_of(match: re.Match[str] | None, spans: Sequence[tuple[int, int]], told: Sequence[bool], i: int) -> bool:
    """Whether a later clause (a denial, fighting that goes on) tells of mention ``i``: of every place told of
    before it, unless it names one ("the village had never been lost", "fighting for the town": the last one)."""
    if match is None:
        return False
    text = match.string
    semicolon = text.rfind(";", spans[i][1], match.start())
    if semicolon >= 0 and any(told[k] and semicolon < a < match.start() for k, (a, _) in enumerate(spans)):
        return False  # "struck A and B; officials claimed a strike on C hit a hospital, which Kyiv denied": C's claim
    told_names = {text[a:b] for k, (a, b) in enumerate(spans) if told[k] and b <= match.start()}
    again = {text[a:b] for a, b in spans if match.start() <= a <= match.end() + _OWN_PLACES_CHARS} & told_names
    if again:  # "...; the border guards denied that Basivka had been lost": the places it names again, no others
        return text[spans[i][0] : spans[i][1]] in again
    if any(a >= match.end() and _OWN_OBJECT_GAP.fullmatch(text, match.end(), a) for a, _ in spans):
        return False  # "..., while the command said that it still held (nearby) Olhynka": another place, not the one claimed
    opening = _CLAUSE_OPENING.match(text, match.start())
    if opening is not None and any(a == opening.end() for a, _ in spans):
        return False  # "shelled A and B, but Zolote, on the old line, stayed in Ukrainian hands": another place's own clause
    before = [k for k, (_, end) in enumerate(spans) if end <= match.start() and told[k]]
    if not _ONE_PLACE.search(_CLAIM_DENIED.sub(" ", match.group())):
        if before and _CLAIM_DENIED.search(match.group()):
            # "Kyiv denies it": the claim told last, every place of it ("claim A and B are taken, Kyiv denies it"), not a
            # claim told in a clause before it ("retook A, and in July reported B cleared, which Russia denied")
            joins = [m.end() for m in grammar.CLAUSE_JOINED.finditer(text, spans[before[0]][0], spans[before[-1]][0])]
            return not joins or spans[i][0] >= joins[-1]
        return True
    return bool(before) and before[-1] == i


_CLAIM_DENIED = re.compile(
    r"(?<!\bnor\s)(?<!\bnot\s)(?<!n't\s)\b(?:deny|denies|denied|reject|rejects|rejected|disputes|disputed)\s+it\b", re.IGNORECASE
)  # (not "neither confirms nor denies it", "did not deny it": the claim stands)
_OWN_OBJECT_GAP = re.compile(r"\s*(?:(?:nearby|neighbou?ring|the\s+(?:nearby\s+)?(?:village|town|city)\s+of)\s+)?", re.IGNORECASE)
"""What may stand between a clause that answers a claim and a place of its own ("still hold nearby X")."""
_CLAUSE_OPENING = re.compile(r"but\s+(?:also\s+|meanwhile\s+)?", re.IGNORECASE)
"""The words before a contradicting clause's subject."""
_OWN_PLACES_CHARS = 30
"""How far after a denial's opening words the places it names may stand ("denied that X had been lost");
those inside it count too ("but officials said X remained under Ukrainian control")."""

_CONTESTED_SUBJECT = re.compile(r",?\s+(?:was|is|were|are|remain(?:s|ed)?)\s+(?:still\s+)?(?:being\s+)?(?:contested|fought\s+over)",
                                re.IGNORECASE)
"""What follows a place of its own that an answering clause says is contested ("... Novenke was contested"; "A and B,
villages east of X, were fought over": the apposition's last name)."""
_ONE_PLACE = re.compile(r"\b(?:the\s+(?:village|town|city|settlement)|it)\b", re.IGNORECASE)
"""What names one place in a clause that answers a claim ("the village was never lost", "it is still held"; not the "it"
of "Kyiv denies it", the claim, of every place claimed: read with _CLAIM_DENIED taken out)."""


def town_told_after(sentence: str, cues: list[Cue], end: int) -> bool:
    """Whether a cue after ``end`` tells of "the town" (or city, village): the place named before."""
    return any(c.start >= end and (a := pronouns.ANAPHOR_OBJECT.match(sentence, c.end)) is not None and a.group("it") is None
               and a.group("plural") is None for c in cues)  # fmt: skip


def _narrators_state(sentence: str, span: tuple[int, int], reading: StatusReading) -> bool:
    """Whether ``reading`` is a standing state the narrator's adjective gives the name ("a corridor to Russian-held X,
    which Kyiv rejected"): the answer is to the claim, not to the narrator's word."""
    before = sentence[: span[0]]
    return reading.status == "occupied" and not reading.change and bool(grammar.STATE_ADJECTIVE_END.search(before))


def told_mentions(claimed: Sequence[Sequence[object]], takes_no_status: Callable[[int], bool]) -> list[bool]:
    """Which mentions a sentence tells something of, for what a later clause answers: not a name only locating
    the one before it, which a later "the town" does not stand for ("X in Donetsk region, but ... the town")."""
    return [bool(r) and not takes_no_status(k) for k, r in enumerate(claimed)]

def answer_claims(
    sentence: str,
    spans: Sequence[tuple[int, int]],
    readings: list[list[StatusReading]],
    takes_no_status: Callable[[int], bool],
) -> None:
    """Take back, in ``readings``, the changes of hands a later clause answers: a denial ("..., a claim Kyiv
    denied"), a contradiction ("..., but officials said it was still held"), fighting said to go on ("...; the
    governor replied that it was still being fought over": attacked)."""
    count = len(spans)
    claimed = [tuple(r) for r in readings]
    told: list[bool] = []  # (read when a later clause may answer: see told_mentions)
    if any(claimed) and any(word in sentence for word in _ANSWER_WORDS):
        told = told_mentions(claimed, takes_no_status)
        for i in range(count):
            contradiction = side_words.CONTRADICTED.search(sentence, spans[i][1]) if readings[i] else None
            if readings[i] and _BACKGROUND_EVENT.match(sentence, 0, spans[i][0]):
                continue  # "On 3 July, after the fall of X, the minister claimed ..., a claim Kyiv rejected": the fall is told
            if readings[i] and (denial_after(sentence, spans[i][1]) or tells_of(contradiction, spans, told, i)) and not (
                _claim_of_another(sentence, spans, told, i)
            ):
                # "..., a claim Kyiv denied"; "..., but officials said it was still held": the claimed change of
                # hands is answered; the fighting the sentence tells of stands ("fought over since last summer")
                # (an attack told in a clause of its own before a semicolon stands too: "X was attacked throughout
                # 2024; on 10 September Moscow claimed its capture, which Kyiv denied")
                own_clause = sentence.find(";", spans[i][1])
                answer = _REJECTION.search(sentence, spans[i][1])
                readings[i] = [r for r in readings[i] if r.status == "attacked" and (
                    r.cue.lower().startswith(_FIGHT_WORDS) or 0 <= sentence.find(r.cue, spans[i][1]) < own_clause
                    or (answer is not None and sentence.find(r.cue, answer.end()) >= 0)
                ) or _narrators_state(sentence, spans[i], r)]  # (fighting told in the answer stands: "Moscow says X
                # has fallen; commanders reject the claim and say they are clearing infiltrators from its streets")
                if contradiction is not None and _NOTHING_HIT.search(contradiction.group()):
                    readings[i] = []  # "X: Russian MoD claims a strike on a depot; officials say nothing was hit"
                elif contradiction is not None and (held := _HELD_BY_RUSSIA.search(contradiction.group())) is not None:
                    # "..., but separatist officials said the village was still in separatist hands": held, not retaken
                    readings[i].append(StatusReading("occupied", held.group(), 0.6))
    if any(claimed) and ("fight" in sentence or "fought" in sentence or "contested" in sentence or "clear" in sentence):
        told = told or told_mentions(claimed, takes_no_status)
        for i in range(count):
            if any(r.status != "attacked" for r in claimed[i]) and (
                tells_of(fought := grammar.FOUGHT_OVER.search(sentence, spans[i][1]), spans, told, i)
                and not any(fought.end() <= a <= fought.end() + _OWN_PLACES_CHARS for a, _ in spans)  # type: ignore[union-attr]
                # (nor "..., while an officer said only the northern part of Novenke was contested": another place's)
                and not any((not told[k] or sentence[a:b] != sentence[spans[i][0] : spans[i][1]])
                            and _CONTESTED_SUBJECT.fullmatch(sentence, b, fought.end())  # type: ignore[union-attr]
                            for k, (a, b) in enumerate(spans))
                # (nor "Russian units that had taken A moved west; B was fought over": B's, another name's)
            ):
                # "Moscow claimed the capture of X; the governor replied that it was still being fought over"
                # (and "...; Kyiv said its troops were still fighting there and called the claim false"), not
                # "X retaken; fighting continues for A and B": that fighting has places of its own
                readings[i] = [StatusReading("attacked", "fought over", 0.6)]


_BACKGROUND_EVENT = re.compile(
    r"(?:[^,;]{0,40},\s*)?(?:after|following|since|with)\s+the\s+(?:fall|capture|loss|liberation|recapture|seizure)\s+of\s+$",
    re.IGNORECASE,
)
"""An event a sentence opens on as its time, in the narrator's voice, before the claim a denial later answers."""
_ANSWER_WORDS = ("deni", "deny", "reject", "refut", "disput", "contradict", "dismiss", "false", "untrue", "still", "fake", "never", "remain", "stay",
                 "staged", "propaganda", "not true",
                 " back", "premature", "baseless", "groundless", "unfounded", "fabricated", "fiction", "nonsense", " lie", "correspond",
                 "continue", " not ", "no footage", "no evidence", "no video", "no photo", "no image", "nothing")
"""Words one of which a later clause that answers a claim has ("..., a claim Kyiv denied"): where none is, no
clause is looked for."""

_REJECTION = re.compile(r"\b(?:reject|deni|deny|refut|dismiss|disput)", re.IGNORECASE)
"""Where the answer to a claim begins: what it tells after this is the answering side's."""

_NOTHING_HIT = re.compile(r"\bnothing\b", re.IGNORECASE)
"""A contradiction that denies the strike itself ("officials say nothing was hit"): no attack stands."""
_HELD_BY_RUSSIA = re.compile(r"\b(?:in|under)\s+(?:russian|separatist|enemy)\s+(?:hands|control)\b", re.IGNORECASE)
"""A contradiction that says who still holds the place, the Russian side: it is held ("still in separatist hands")."""

_OWN_PLACES_CHARS = 20
"""How close after "fighting continues" a name must come to be where the fighting is ("... for A and B")."""

_FIGHT_WORDS = ("fought", "fight", "clash", "battl", "combat", "assault")
"""What an attack told as fighting starts with: no claim of a capture, and so no denial, takes it back."""
