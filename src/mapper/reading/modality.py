"""Whether a cue reports an event at all: a modal, a goal, a negation or a denial in its clause
("would attack", "aims to capture", "failed to take", "Kyiv denied that X had fallen") reports
nothing, while an occupation named as a standing state ("the occupied cities") holds whatever
the goal around it."""

from __future__ import annotations

import re
from functools import lru_cache

from mapper.reading import grammar, sides
from mapper.reading._patterns import FLAGS, _guarded
from mapper.reading._scan import by_first_letter
from mapper.reading.cuefinder import Cue, is_participle

__all__ = [
    "ANNOUNCED",
    "FACTUAL_TO",
    "MODAL",
    "STATE_ADJECTIVE_BEFORE",
    "TO_INFINITIVE",
    "attempted_assault",
    "is_modal",
    "names_a_denial",
    "standing_state",
    "supposed_event",
]

# A modal, a goal, an attempt or a negation, at most 40 characters before the cue in its clause.
MODAL = _guarded(
    "acdefghilmnoprstuw",
    r"\b(?:"
    + by_first_letter(
        r"would|will|could|might|(?-i:may)(?!\s+\d)|should|shall|must|can|cannot|not(?!\s+(?:stop|cease|let\s+up))|n't|never|no\s+longer|failed\s+to"
        r"|fail\s+to|unable\s+to|refused\s+to|aims?\s+to|aimed\s+to|plans?\s+(?:to|for)|planned\s+to|planning\s+to"
        r"|intends?\s+to|intended\s+(?:to|for)|meant\s+(?:to|for)|earmarked\s+for|intent|attempt\w*\s+to|tr(?:y|ies|ied|ying)\s+to|seek\w*\s+to|sought\s+to"
        r"|wants?\s+to|call(?:s|ed|ing)?\s+for|expect(?:s|ed|ing)?\s+(?:[\w-]+\s+){1,3}?to\s+be|avoid(?:ing)?\s+being|threat\w*\s+to|threat\s+of|threatened\s+with|expected\s+to|likely\s+to|in\s+order\s+to|goals?"
        r"|prospect\s+of|hopes?\s+to|hoping\s+to|set\s+to|ready\s+to|prepar(?:e|es|ed|ing)\s+(?:to|for|an?|the|its|their)|without|if|whether"
        r"|about\s+to|imminent|impending|steps?\s+towards?|prelude\s+to|on\s+the\s+verge\s+of|close\s+to\s+(?:\w+ing\b|full|complete|total)|set\s+(?:their|its|his|her|our)\s+sights\s+on"
        r"|intentions?\s+of|aim\s+of|(?:task|mission)s?\s+of|aimed\s+at|focus(?:ed|es|ing)?\s+on|concentrat(?:ed|es|ing)\s+on|objectives?|efforts?\s+to(?!\s+(?:the|its|their|a|an)\b)|effort\s+at|deadlines?\s+(?:for|to)"
        r"|(?:setting|set|sets)\s+(?:the\s+)?conditions\s+for|possible|made\s+no|rather\s+than|instead\s+of"
        r"|short\s+of"  # "stopped short of reaching X": never reached
        r"|risk(?:s|ed|ing)?\s+(?:being|getting|losing)|at\s+risk\s+of"  # "troops risk being encircled": not yet
        r"|(?:speak|speaks|spoke|spoken|speaking|talk|talks|talked|talking)\s+(?:of|about)"  # "spoke of taking X": words
        r"|(?:important|crucial|vital|key|essential|necessary|needed|critical)\s+(?:for|to)|nothing"
        r"|no\s+(?:[\w-]+\s+)?(?:attempts?|attacks?|assaults?|advances?|shelling|strikes?)|neither\s+(?:side|army)|no\s+side"
        r"|before\s+any"  # "would have to take A before any assault on X": supposed
        r"|ahead\s+of|in\s+anticipation\s+of|for\s+fear\s+of"  # "evacuated ahead of the Russian advance": not yet come
    )
    + r")\b[^.;]{0,40}$",
)
TO_INFINITIVE = re.compile(r"\bto\s+(?:\w+ly\s+)?$", FLAGS)
FACTUAL_TO = re.compile(
    r"\b(?:forced|ordered|orders|allowed|allows|permitted|permits|authori[sz]ed|authori[sz]es|managed|continu(?:e|es|ed|ing)|began|started|helped|employ(?:s|ed|ing)?|went\s+on)\s+(?:[\w-]+\s+){0,3}to\s+$"
    r"|\bus(?:e|es|ed|ing)\s+(?:[\w-]+\s+){0,3}(?:as\s+(?:an?|the|their|its)\s+(?:[\w-]+\s+)?[\w-]+\s+)?to\s+$",  # "used X as a springboard to"
    FLAGS,
)
ANNOUNCED = re.compile(r"\b(?:announce\w*|announcement\s+of|plans?\s+for|talk\s+of)\b[^.;]{0,30}$", FLAGS)
# The word before an adjective, not a verb: "the occupied cities", "of occupied Crimea", "still Russian-held".
STATE_ADJECTIVE_BEFORE = re.compile(
    r"(?:^|\b(?:the|a|an|of|in|from|into|other|all|many|several|two|three|temporarily|now|still|currently"
    r"|illegally|formerly|partially|partly|remaining)\s+)$",
    FLAGS,
)


def supposed_event(sentence: str, cue: Cue, start: int, end: int) -> bool:
    """Whether a nominal event is the subject of a modal verb, after the places from ``start`` to ``end`` or before
    them: supposed, not told ("A Russian push into A or B to the south-west would threaten the positions around C"); so is
    a taking named as a goal ("taking all of the Donetsk region is a priority for Moscow")."""
    if _CAPTURE_GERUND.match(cue.text) and _GOAL_AFTER.match(sentence, end):
        return True
    return bool(_EVENT_NOUN.match(cue.text)) and bool(
        _MODAL_AFTER.match(sentence, end) or _MODAL_VERB.search(sentence, cue.end, start) or _MODAL_SOON_AFTER.match(sentence, end)
        or _LIKELY_AFTER.match(sentence, end)
    )


_PURPOSE_BEFORE = re.compile(
    r"\b(?:for|to\s+(?:support|enable|prepare|allow|facilitate))\s+(?:an?\s+|the\s+)?"
    r"(?:new|fresh|renewed|future|planned|possible|expected|coming|major|larger|spring|summer|later|subsequent|eventual)\s+$",
    FLAGS,
)
"""What an event noun is meant for, not told as done: "sent east for a new offensive in X", "to support later attacks on
X"."""
_OPERATION_NOUN = re.compile(r"(?:push|advance|assault|attack|offensive|counter-?offensive|operation)(?:s|es)?\b", FLAGS)
_GOAL_BEFORE_COLON = re.compile(
    r"\b(?:task|tasks|goal|goals|aim|aims|objective|objectives|plan|plans|mission|priority|priorities)\b[^.;:]{0,40}$", FLAGS
)
"""A goal named before a colon: what the colon introduces is the goal ("The task for the winter is obvious: ...")."""
_CAPTURE_GERUND = re.compile(r"(?:taking|capturing|seizing|retaking|recapturing|liberating)\b", FLAGS)
_GOAL_AFTER = re.compile(
    r"\s+(?:is|was|remains|remained|would\s+be|will\s+be)\s+(?:(?:a|the|its|their|his|[\w-]+['’]s)\s+)?"
    r"(?:top\s+|main\s+|key\s+|first\s+|chief\s+)?(?:priority|goal|aim|objective|task)\b",
    FLAGS,
)


_EVENT_NOUN = re.compile(
    r"(?:push|advance|assault|attack|offensive|breakthrough|entry|loss|fall|capture|seizure|strikes?)(?:\s+(?:on|into|of|from|to|towards?))?$",
    FLAGS,
)
_LIKELY_AFTER = re.compile(
    r"[^,;.()]{0,40}?\s(?:are|is)\s+(?:(?:highly|very|most|also)\s+)?(?:likely|expected|probable|possible)\b(?!\s+(?:to\s+)?(?:have|had)\b)", FLAGS
)
"""A list's event said to be likely, at the end of its clause: "further strikes on A, B and the Danube ports are likely"."""
_MODAL_VERB = re.compile(r"\s(?:would|could|might)\s", FLAGS)
_MODAL_SOON_AFTER = re.compile(r"(?:(?!\b(?:which|who|that(?!\s+of\b)|and|but)\b)[^,;.()]){0,40}?\s(?:would|could|might)\s", FLAGS)
"""The modal verb of the event a few words on, in its clause ("the loss of A together with that of B would leave C
exposed")."""
_MODAL_AFTER = re.compile(
    r"(?:\s*,?\s*(?:to\s+the\s+[\w-]+|(?:north|south|east|west)[\w-]*\s+of\s+[\w-]+|\([^()]*\)))*,?\s+(?:would|could|might)\b",
    FLAGS,
)


def attempted_assault(sentence: str, cue: Cue) -> bool:
    """Whether the cue is an assault into a place that its clause says was tried, right before it ("Russian infantry try
    to push into the village", "tried to storm X"): the place was the target of a ground assault, whatever came of it.
    Not a goal's reach ("attempted to reach the city"), nor a failure ("failed to take X")."""
    return (
        cue.family in ("gain", "att")
        and cue.text.lower().startswith(_ASSAULTS)
        and _TRIED_BEFORE.search(sentence, max(0, cue.start - 90), cue.start) is not None
    )


_UNCONFIRMED_BEFORE = re.compile(
    r"\b(?:no|without)\s+(?:[\w-]+\s+)?confirmation\s+(?:yet\s+|so\s+far\s+)?that\s+[^.;,]*$", FLAGS
)
"""A clause the speaker has seen nothing of, right before its cue: "we see no confirmation yet that the city has been
abandoned" (but a claim someone "cannot confirm" is still reported: "cannot confirm claims that Russian forces
abandoned X" is read as the claim, as the annotators do)."""
_TRIED_BEFORE = re.compile(
    r"\b(?:(?:try|tries|tried)\s+to|(?:made|make|makes|making)\s+(?:\w+\s+)?attempts?\s+to)\s+"
    r"(?:[^.;,]{1,60}?\s+and\s+(?:then\s+)?to\s+)?(?:\w+ly\s+)?(?:(?:conduct|carry\s+out|launch|mount)\s+)?$",
    FLAGS,
)
"""A verb of trying right before the cue, or before the first of two ("tried to advance towards X and to attack near Y"),
or "made attempts to conduct offensive operations in the areas of X" in a ministry's words
(not "spent a year trying to take X", nor "its attempt to take X": a goal the annotators leave without a status)."""
_ASSAULTS = ("push", "storm", "enter", "break", "broke", "assault", "attack", "infiltrat", "penetrat", "force", "widen", "expand",
             "offensive", "conduct")
"""Cues of an assault into a place, not of its capture or of getting near it ("tried to reach X", "tried to take X")."""


def standing_state(sentence: str, cue: Cue) -> bool:
    """An occupation named as a state, not an event: "the return of occupied cities such as X" is a
    goal, but the cities are occupied now whatever the goal."""
    return (
        cue.family == "occ"
        and cue.text.lower().endswith(("occupied", "held", "controlled"))
        and bool(STATE_ADJECTIVE_BEFORE.search(sentence, max(0, cue.start - 30), cue.start))
    )

def is_modal(sentence: str, cue: Cue) -> bool:
    if (verdict := _FALSE_VERDICT.search(sentence)) is not None and cue.start < verdict.start() and _FACT_CHECKED.match(sentence):
        return True  # "Claim that Russian troops captured Irpin on 9 March: false": a fact check's verdict denies it
    # The modal, goal or negation must stand in the cue's clause, at most a few words before it.
    if grammar.NO_BEFORE.search(sentence, max(0, cue.start - 24), cue.start) and not cue.text.lower().startswith("longer"):
        return True  # "air raid alerts, no strikes recorded" (not "no longer hold X": a change, its own cue)
    if "confirm" in sentence and _UNCONFIRMED_BEFORE.search(sentence, max(0, cue.start - 70), cue.start):
        return True  # "we see no confirmation yet that the city has been abandoned": not told to have happened
    if cue.text[:1].islower() and _GERUND_CUE.match(cue.text) and (
        _GOAL_GERUNDS.search(sentence, max(0, cue.start - 160), cue.start)
        or _MEANS_OF_A_GOAL.search(sentence, max(0, cue.start - 140), cue.start)
    ):
        return True  # "focused on taking X, on ending the blockade of Y and taking control of Z": each gerund is a goal;
        # so is the means of one: "aim to cut the logistics on the east bank by seizing A and B"
    if cue.text[:1].islower() and _GERUND_CUE.match(cue.text) and _PLAN_AFTER.match(sentence, cue.end):
        return True  # "Putin said that taking Kharkiv was not part of the plan": the gerund is the plan's (or not)
    if _PURPOSE_BEFORE.search(sentence, max(0, cue.start - 30), cue.start) and _OPERATION_NOUN.match(cue.text):
        return True  # "before being sent east for a new offensive in the Luhansk region": an offensive to come
    if ":" in sentence and (colon := sentence.rfind(":", 0, cue.start)) >= 0 and _GOAL_BEFORE_COLON.search(
        sentence, max(0, colon - 60), colon
    ):
        return True  # "The task for the winter is obvious: push the enemy back and take X": what follows is the goal
    clause_start = max(0, cue.start - 90)
    window = sentence[clause_start : cue.start]
    if "before" in window and _STOPPED_BEFORE.search(window):
        return True  # "the counteroffensive stalled before reaching Tokmak": never reached
    # Each test below that reads the clause's window matches only if it matches in the wider
    # window too (the clause is its end, cut after a barrier, where no word starts); a cue with
    # none of them in reach, and no word of denial in its sentence (most cues), needs no clause.
    if not (
        MODAL.search(window)
        or ("to" in window and TO_INFINITIVE.search(window))
        or (cue.family == "att" and ANNOUNCED.search(window))
        or names_a_denial(sentence)
        or _CLAIM_NOUN_AFTER.match(sentence, cue.end)
    ):
        return False
    opener, opened_at = "", 0
    for barrier in grammar.BARRIER.finditer(sentence, clause_start, cue.start):
        clause_start, opener, opened_at = barrier.end(), barrier.group().lower(), barrier.start()
    if opener in ("if", "unless", "whether"):
        return True  # "... if they seize Robotyne": the clause is a condition
    if opener in ("after", "before") and not sentence[clause_start : cue.start].strip() and _FUTURE.search(
        sentence, max(0, opened_at - 60), opened_at
    ):
        return True  # "will likely turn on X after taking Y": the taking is as much to come as the turn
    if opener == "before" and _ANY_BEFORE.fullmatch(sentence, clause_start, cue.start):
        return True  # "would have to take A before any assault on X": an assault only supposed
    window = sentence[clause_start : cue.start]
    joined = _AND_BEFORE.search(window)
    if joined is not None and cue.text.split()[0].lower().endswith("ed") and _COMPLEMENT.search(window, 0, joined.start()):
        # "focused on holding positions and shelled X": a past verb after a gerund's or an infinitive's object
        # goes with the verb before them, out of the goal's reach
        clause_start += joined.end()
        window = sentence[clause_start : cue.start]
    if (joined := _JOINED_SUBJECT.search(window)) is not None:
        window = window[joined.start() :]  # "..., which left the garrison without a road, and a week later they took X"
    if cue.family in ("held", "occ") and (state := _STATE_APPOSITION.search(window)) is not None:
        window = window[state.start("apposition") :]  # "their next aim was Lyman, a rail junction still held by Russian
        # troops": the apposition tells the goal's state, a fact
    if (apposition := _GOAL_APPOSITION.search(window)) is not None:
        window = window[apposition.end("closed") :]  # "X itself, the main objective of the advance, was hit": a fact
    elif opener in ("that", "which", "who", "where") and "," in window and _APPOSITION_HEAD.search(sentence, max(0, opened_at - 60), opened_at):
        window = window[window.index(",") + 1 :]  # "In X, a city that Russian forces are trying to reach, a drone attack
        # killed ...": the goal is the apposition's, closed at its comma; the clause after it reports a fact
    if (modal := MODAL.search(window)) is not None and not (
        modal.group().lower().startswith("not") and _UNTIL_AFTER.match(sentence, cue.end)
    ):  # (but "X was not retaken until the Russian withdrawal in November": retaken then)
        return True
    denied_clause = sides.DENIAL_BEFORE.search(sentence, max(0, clause_start - 60), clause_start)
    if denied_clause is not None and sentence[clause_start : cue.start].lstrip().startswith(","):
        denied_clause = None  # "rejected that, saying its troops still held X": "that" was the claim, not a clause
    denial = denied_clause or sides.DENIAL_BEFORE.search(sentence, max(0, cue.start - 60), cue.start)
    if denial is not None and not _SAYS_IN_TURN.search(sentence, denial.end(), cue.start):
        return True  # "Kyiv denied that Kupiansk had fallen", "Ukraine denies the town has fallen" (not "... and says
        # fighting goes on in the village": what the denier asserts)
    if sides.DENIED_CLAIM_OF.search(window):
        return True  # "the General Staff denies Russian claims of capturing Bakhmut"
    if (claim := _CLAIM_NOUN_AFTER.match(sentence, cue.end)) is not None and (
        _DENIES_THE.search(window) or _CALLS_THE.search(window) and _UNTRUE_AFTER.match(sentence, claim.end())
    ):
        return True  # "denies the Russian capture claim", "calls the Russian capture claim false": the cue names the claim
    if (
        "to" in window
        and TO_INFINITIVE.search(window)
        and not (FACTUAL_TO.search(window) and (cue.family == "loss" or not _ORDERED_TO.search(window)))
        and not _ADJECTIVE_CUE.search(cue.text)  # "moved to Russian-held X": a preposition, no infinitive
        and not (cue.family in ("occ", "held") and is_participle(cue.text))  # "the entrance to occupied X": likewise
    ):
        return True
    if cue.family == "att" and ANNOUNCED.search(window):
        return True
    return False


_PLAN_AFTER = re.compile(
    r"[^.;,]{0,40}?\b(?:is|was|were|are|remains?|remained)\s+(?:not\s+|never\s+|no\s+longer\s+)?(?:part\s+of|in|among|on|within)\s+"
    r"(?:[\w’'-]+\s+){0,2}?(?:plans?|goals?|aims?|objectives?|agenda|intentions?)\b",
    FLAGS,
)
"""A gerund's object said to be (or not to be) among a side's plans: "taking Kharkiv was not in Moscow's plans"."""
_CLAIM_NOUN_AFTER = re.compile(r"\s+(?:claims?|reports?|announcements?)\b", FLAGS)
"""A claim the cue qualifies, as a noun's modifier: "the Russian capture claim"."""
_DENIES_THE = re.compile(rf"(?<!\bnor\s)(?<!\bnot\s)\b{sides.DENY_VERB}\s+(?:[\w’'-]+\s+){{0,3}}$", FLAGS)
_CALLS_THE = re.compile(r"\b(?:calls?|called|calling)\s+(?:[\w’'-]+\s+){0,3}$", FLAGS)
_UNTRUE_AFTER = re.compile(rf"\s+{sides.UNTRUE}", FLAGS)
"""What a denial calls the claim the cue qualifies ("calls the Russian capture claim false")."""
_ANY_BEFORE = re.compile(r"\s*any\s+(?:[\w-]+\s+)?", FLAGS)
"""What stands between "before" and an event it only supposes: "before any (major) assault on X"."""
_JOINED_SUBJECT = re.compile(
    r",\s*(?:and|but|then)\s+(?:[^,;]*?\s)?(?:they|we|he|she)\s+(?:(?:\w+ly|also|then|soon|later)\s+)*$", FLAGS
)
"""A clause joined by ", and" with a subject of its own right before the cue: what came before it is another clause's."""
_UNTIL_AFTER = re.compile(r"\s+(?:[\w-]+\s+){0,3}?(?:until|till)\b", FLAGS)
"""A cue's "until" after it: the negation before the cue dates the event ("not retaken until November"), no denial."""
_STOPPED_BEFORE = re.compile(
    r"\b(?:stall(?:ed|s)?|stopped|halted|bogged\s+down|ground\s+to\s+a\s+halt)\s+(?:[\w-]+\s+){0,3}?before\s+$", FLAGS
)
"""An advance that stopped before the place the cue names: it never got there."""
_GOAL_APPOSITION = re.compile(
    r",\s+(?:the|a|an|its|their|his)\s+(?:[\w-]+\s+){0,3}?(?:objectives?|goals?|aims?|targets?|prize)\b[^,;]*(?P<closed>,)"
    r"\s*(?:[\w-]+\s+){0,3}$",
    FLAGS,
)
"""An apposition that calls the place before it a goal and closes before the cue: the goal is said of the place,
the cue after it reports what happened to it."""
_APPOSITION_HEAD = re.compile(r",\s+(?:a|an|the)\s+(?:[\w-]+\s+){0,5}?[\w-]+\s+$", FLAGS)
"""The head of an apposition a relative clause qualifies: ", a city that ...", ", the village which ..."."""
_GERUND_CUE = re.compile(r"\w+ing\b")
_MEANS_OF_A_GOAL = re.compile(
    r"\b(?:aim(?:s|ed|ing)?|seek(?:s|ing)?|sought|intend(?:s|ed|ing)?|plan(?:s|ned|ning)?|tr(?:y|ies|ied|ying)|attempt(?:s|ed|ing)?"
    r"|want(?:s|ed)?|hop(?:e|es|ed|ing)|(?:expect(?:s|ed|ing)?|meant|supposed)(?:\s+[\w-]+(?:\s+[\w-]+){0,2}?)?)(?:\s+\w+ly)?\s+to\b[^.;]{0,110}\bby\s+$",
    # ("expected the counteroffensive to cut the land corridor by reaching the coast near X")
    re.IGNORECASE,
)
_GOAL_GERUNDS = re.compile(
    r"\b(?:focus(?:ed|es|ing)?|concentrat(?:ed|es|ing)|aim(?:ed|s|ing)?|bent|intent)\s+(?:primarily\s+|mainly\s+|chiefly\s+)?(?:on|at|upon)"
    r"\s+\w+ing\b[^.;]*$",
    FLAGS,
)
"""A goal's series of gerunds, up to the cue that continues it ("focused on taking ..., primarily on ending ... and
taking control of X")."""
_ORDERED_TO = re.compile(r"\bordered\s+(?:[\w-]+\s+){0,3}to\s+$", FLAGS)
"""An order reports the withdrawal it orders ("ordered its troops to withdraw from X"), but a capture it orders
("ordered its troops to take X by 9 May") is a goal."""
_FUTURE = re.compile(r"\b(?:will|would|might|shall|(?:likely|expected|set|going|plans?|intends?|aims?)\s+to)\b(?!\s+not\b)", FLAGS)
"""What makes a clause's event one to come ("will likely turn on X"), and the "after"-clause of it too."""
_AND_BEFORE = re.compile(r"\s+and\s+$", FLAGS)
_COMPLEMENT = re.compile(r"\b(?:\w+ing|to\s+\w+)\b", FLAGS)
"""A gerund or an infinitive: what a goal ("focused on", "aimed to") governs."""
_ADJECTIVE_CUE = re.compile(r"^\w+-(?:held|occupied|controlled)\b", re.IGNORECASE)
"""A cue that is a side's adjective ("Russian-held"): after "to" it follows a preposition, not an infinitive's "to"."""


_STATE_APPOSITION = re.compile(r"[A-Z][\w'’-]+(?P<apposition>,\s+(?:a|an|the)\s+[^,;]*)$")
"""An apposition of a name, open where a state cue stands: what it says of the name is so, whatever goal named it."""
_SAYS_IN_TURN = re.compile(r"\band\s+(?:says|said|adds|added|reports|reported|insists|insisted)\b", re.IGNORECASE)
"""The denier's own assertion after the denial: "Kyiv denies that X has fallen and says fighting goes on"."""


_FACT_CHECKED = re.compile(r"\W*(?:the\s+)?claims?\s+(?:that\b|:)", FLAGS)
"""A fact check's line opens on the claim it rates."""
_FALSE_VERDICT = re.compile(
    r":\s*(?:false|fake|misleading|mostly\s+false|untrue|not\s+true|no\s+evidence|unproven|unsupported|fabricated)\b", FLAGS
)
"""The verdict that closes a fact check's claim when it is not borne out."""


@lru_cache(maxsize=64)
def names_a_denial(sentence: str) -> bool:
    """Whether ``sentence`` holds a word that DENIAL_BEFORE's matches start with, in any case."""
    if not sentence.isascii() and any(c in sentence for c in "\u0130\u0131\u017f\u212a"):
        return True  # a letter that a case-blind regex takes for i, s or k: no shortcut
    lowered = sentence.lower()
    return any(word in lowered for word in sides.DENIAL_WORDS)
