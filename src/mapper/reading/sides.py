"""The words of the sides, as compiled patterns: the sides' names and their forces, the actor of a
cue ("Russian forces captured X", "held by the enemy", "the Ukrainian withdrawal"), who speaks and
what a speaker claims or denies ("Moscow's claim to have captured X", "Kyiv denied that X had
fallen"), the house style of a Russian official statement, and civilians, who are no side.
:mod:`mapper.reading.actors`, :mod:`mapper.reading.voice` (the house style) and :mod:`mapper.reading.status`
read with them, as do :mod:`mapper.reading.modality` (denials), :mod:`mapper.reading.scope` (armies, speech) and
:mod:`mapper.reading.cuefinder` ("Ukrainian-held"); the other grammar words around cues are in
:mod:`mapper.reading.grammar`.
"""

from __future__ import annotations

import re

FLAGS = re.IGNORECASE

__all__ = [
    "ACTOR",
    "ACTOR_LOWER",
    "ACTOR_STARTS",
    "BY_ACTOR",
    "CIVILIANS_AFTER",
    "CIVILIANS_BEFORE",
    "CLAIMER_BEFORE",
    "CONTRADICTED",
    "DEFINITE_SPEAKER",
    "DENIAL_BEFORE",
    "DENIAL_WORDS",
    "DENIED_CLAIM_OF",
    "DENY_VERB",
    "ENEMY_ACTOR",
    "ENEMY_SUBJECT",
    "EVENT_NOUN",
    "FORCE",
    "FORCE_FIRST",
    "MILITARY",
    "NEW_SUBJECT",
    "OPERATION",
    "OUR_SUBJECT",
    "PREVAILING",
    "PREVAILING_ANY_CASE",
    "PREVAILING_SOURCE",
    "QUOTE_OPENS",
    "QUOTE_OPENS_BEFORE",
    "QUOTE_SAID_BY",
    "RU",
    "RUSSIAN_SPEAKER",
    "RUSSIAN_SPEAKER_AFTER",
    "RUSSIAN_SPELLINGS",
    "RUSSIAN_WORD",
    "SIDE_ADJECTIVE_BEFORE",
    "SIDE_STARTS",
    "SPEECH",
    "THEY",
    "TOLD_AGAIN",
    "TO_ACTOR",
    "UA",
    "UA_RE",
    "UKRAINIANS_DRIVEN_OUT",
    "UKRAINIAN_PREFIX",
    "UKRAINIAN_SPEAKER",
    "UNTRUE",
    "VOICE_MARKERS",
    "said_after_quote",
]


# The sides and their forces.
_UA_WORDS = r"ukrain(?:e|ian|ians)|kyiv|zsu|uaf|afu|ato|government"  # (ATO: the "anti-terrorist operation" of 2014-2018;
# "government forces": Kyiv's, in the reports of 2014-2015)
_UA_GROUPS = r"khortytsi?a|tavriy?i?a"
"""The names of Ukraine's groups of forces, before "group": "the Khortytsia group command", "the Tavriia group"."""
UA = rf"{_UA_WORDS}|(?:{_UA_GROUPS})(?=\s+(?:operational(?:-strategic)?\s+)?group)"
_GROUPS_OF_FORCES = r"(?:centre|center|tsentr|vostok|zapad|yug|sever|dnepr)"
"""The names of Russia's groups of forces, before "group": "Centre group units", "a Vostok group flag"."""
RU = (
    r"russia|russian|russians|russian-backed|russian-led|moscow-backed|moscow|kremlin|pro-russian|separatists?|wagner|dpr|lpr|chechen|rosgvardiy?a"
    r"|(?<!ukrainian\s)self-defen[cs]e"  # (the "self-defence units" of Crimea and the Donbas in 2014: pro-Russian)
    rf"|{_GROUPS_OF_FORCES}(?=\s+group)"
    r"|(?:western|southern|central|eastern|leningrad)(?=\s+military\s+district)"  # ("units of the Western Military District")
    r"|allied(?=\s+(?:forces|troops|units))"  # (the Russian ministry's "allied forces": its own and the proxies')
)
# The words a side's name starts with (every alternative of UA and RU begins with one): where
# PREVAILING may match, found by an Aho-Corasick pass (mapper.reading._scan).
SIDE_STARTS = ("ukrain", "kyiv", "zsu", "uaf", "afu", "ato", "government", "khortyts", "tavri", "russia", "moscow", "kremlin", "pro-russian", "separatist",
               "wagner", "dpr", "lpr", "chechen", "centre", "center", "tsentr", "vostok", "zapad", "yug", "sever",
               "dnepr", "dnr", "lnr", "rebel", "insurgent", "militant", "militia", "gunmen", "self-defen", "rosgvard", "allied",
               "western", "southern", "central", "eastern", "leningrad")  # fmt: skip
FORCE = (
    r"(?:forces|troops|army|military|soldiers|units|fighters|partisans|brigades?|defenders|attackers|marines|infantry"
    r"|paratroopers|servicemen|detachments|groups?\s+of\s+forces|minister|officials|authorities|defen[cs]e\s+forces|armed\s+forces|national\s+guard|guard|ministry|mod|general\s+staff"
    r"|command|commanders?|columns?|garrisons?|sources|assault\s+groups?|tank\s+units|armou?red\s+units|military\s+districts?"
    r"|militants|rebels|insurgents|militia|militiamen|gunmen|battalions?|regiments?|groups?)"
)
# Who can withdraw or leave a place: an army, a side, the enemy (not a train or a family).
MILITARY = re.compile(
    rf"\b(?:{FORCE}|{UA}|{RU}|enemy|occupiers|invaders|tanks?|thrusts?|spearheads?|(?:counter-?)?offensives?|assaults?)\b", FLAGS
)  # ("a tank thrust reached the outskirts of X")
ACTOR = re.compile(
    rf"(?<![\w-])(?:(?P<side>{UA}|{RU})\)?(?:['’]s)?\s+(?:(?!(?:{UA}|{RU})\b)[\w-]+\s+){{0,3}}?{FORCE}\b"  # ("(LPR) forces")
    rf"|armed\s+forces\s+of\s+(?P<of>ukraine|russia)\b"
    rf"|(?<!\bfrom\s)(?<!\binto\s)(?<!\bto\s)(?<!\bof\s)(?<!\bwith\s)(?<!\bagainst\s)(?<!\bfor\s)(?<!\bin\s)"
    rf"(?<!\binvaded\s)(?<!\binvade\s)(?<!\binvades\s)(?<!\binvading\s)(?<!\bentered\s)(?<!\bacross\s)"  # ("invaded Ukraine")
    rf"(?<!\bagainst\sthe\s)(?<!\bfrom\sthe\s)"  # ("its campaign against the separatists": the side fought, not the actor)
    rf"(?P<bare>ukraine|russia|ukrainians|russians|separatists|occupiers|invaders|wagner|dpr|lpr|dnr|lnr"
    r"|rebels|insurgents|militants|militia|militiamen|gunmen|armed\s+(?:men|groups)|(?:donetsk|luhansk|lugansk)\s+people['’]s\s+republic"
    r"|(?:kyiv|moscow)(?=\s+(?:has\s+|had\s+|have\s+)?(?:later\s+|still\s+|[a-z]+ly\s+)?(?:(?:confirmed|admitted|acknowledged|ordered"
    r"|announced|withdrew|pulled)\b|$)))(?![\w-]))",  # (or right before the cue a search ends at: "that Kyiv still controls")
    # (the pro-Russian armed groups of 2014-2015 and their "republics"; a capital that confirms or orders: its
    # government, "Kyiv has confirmed withdrawing from X")
    FLAGS,
)
# The enemy as the actor of a change of control, in the cue's clause: "held by the enemy", "the enemy
# captured"; whose enemy, the report's voice says (a Ukrainian summary's enemy is Russian).
ENEMY_ACTOR = re.compile(r"\bby\s+the\s+enemy\b|\bthe\s+enemy\s+(?:has\s+|had\s+)?(?:\w+ed|took|seized|holds|held)\b", FLAGS)
# "the enemy" as the subject right before a cue: "as the enemy pulls back towards the border".
ENEMY_SUBJECT = re.compile(
    r"\bthe\s+enemy\s+(?:has\s+|had\s+|is\s+|was\s+)?(?:[a-z]+ly\s+|still\s+)?(?:continu(?:es|ed)\s+to\s+|keeps\s+|kept\s+)?$", FLAGS
)  # ("the enemy continues to hold X": still the enemy's doing)
# "Our" forces, or "we", as the subject right before a cue: the report's own side ("our defenders withdrew", "we pulled
# out of X"); defenders are Ukraine's in this war, whoever's words the report gives.
FORCE_OF = re.compile(
    r"\s+of\s+(?:the\s+)?(?P<side>our|ukrainian|russian|enemy)\s+(?:[\w-]+\s+)?"
    r"(?:defenders|troops|forces|soldiers|units|fighters|servicemen|garrison|brigades?)\b",
    FLAGS,
)
"""Whose a nominal withdrawal is, told after it: "the withdrawal of our units from X"."""
OUR_SUBJECT = re.compile(
    r"(?:\bour\s+(?:[\w-]+\s+)?(?P<force>defenders|troops|forces|soldiers|units|fighters|servicemen|warriors|brigade"
    r"|battalion|regiment)|(?<![\w-])we)\s+(?:have\s+|had\s+|has\s+)?(?:[a-z]+ly\s+)?(?:helped\s+(?:to\s+)?|managed\s+to\s+)?$",
    # ("we pulled out of X", "the city our brigade helped free")
    FLAGS,
)
# A new clause with a subject of its own after a comma: "To slow the advance, Ukrainian forces opened a dam near
# X" (the advance is not near X).
NEW_SUBJECT = re.compile(rf",\s*(?:and\s+|but\s+)?(?:the\s+)?(?:{UA}|{RU})(?:['’]s)?\s+(?:[\w-]+\s+){{0,2}}?{FORCE}\s+[a-z]+", FLAGS)
OPERATION = re.compile(
    rf"(?<![\w-])(?P<side>{UA}|{RU})(?:['’]s)?\s+(?:[\w-]+\s+){{0,2}}?(?:counter-?)?offensives?\b",
    FLAGS,
)
"""A side's offensive, which acts for the side where it is a clause's subject: "the Ukrainian summer counteroffensive
south of X retook A"."""
ACTOR_LOWER = re.compile(ACTOR.pattern)  # the same, for lower-cased text (faster than IGNORECASE)
ACTOR_STARTS = (*SIDE_STARTS, "armed", "occupiers", "invaders", "donetsk", "luhansk", "lugansk")  # the words ACTOR's matches begin with (test_status checks it)
THEY = re.compile(r"\bthey\b", FLAGS)  # a subject that is a side named before it
UA_RE = re.compile(rf"{_UA_WORDS}|{_UA_GROUPS}", FLAGS)  # (a side word a match gave: a group's name stands alone)
PREVAILING_SOURCE = (
    rf"\b(?P<who>{UA}|{RU})(?:['’]s)?\s+(?:(?!(?:{UA}|{RU})\b)[\w-]+\s+){{0,2}}?{FORCE}\s+(?:have\s+|had\s+|has\s+)?"
    r"(?:\w+ly\s+)?(?:captured|took|retook|recaptured|liberated|seized|entered|advanced|pushed|launched|attacked)\b"
)
PREVAILING = re.compile(PREVAILING_SOURCE)
PREVAILING_ANY_CASE = re.compile(PREVAILING_SOURCE, FLAGS)


# The actor of a cue.
BY_ACTOR = re.compile(r"\s*(?:\w+\s+){0,3}?by\s+(?:the\s+)?(?P<actor>[\w’'-]+(?:\s+[\w’'-]+){0,2})", FLAGS)
TO_ACTOR = re.compile(r"\s*to\s+(?:the\s+)?(?P<actor>[\w’'-]+(?:\s+[\w’'-]+){0,2})", FLAGS)
# A side's adjective right before an event noun names who did it ("the Ukrainian withdrawal from X").
SIDE_ADJECTIVE_BEFORE = re.compile(r"(?<![\w-])(?P<side>ukrainian|russian|pro-russian|separatist)\s+(?:full\s+|partial\s+|complete\s+)?$", FLAGS)
EVENT_NOUN = re.compile(
    r"(?:withdrawal|retreat|pullout|pull-out|capture|recapture|seizure|takeover|liberation|occupation|advance|entry)"
    r"(?:\s+(?:of|from|into|to))?",
    FLAGS,
)
FORCE_FIRST = re.compile(r"(?:troops|soldiers|forces|units)\b", FLAGS)  # a cue that opens with its army
# A drive-out cue whose object is Ukrainian: an occupation, not a liberation.
UKRAINIANS_DRIVEN_OUT = re.compile(r"\bukrainians\b|\bukrainian\s+(?:forces|troops|army|units|defenders|soldiers|garrison)\b", FLAGS)
# A side's name glued before a holding cue: "Ukrainian-held" towns are no occupation.
UKRAINIAN_PREFIX = re.compile(r"ukrain(?:e|ian)-$", FLAGS)


# Who speaks, claims and denies.
# A verb of speech between a name and a cue: the name is where the speaker is ("officials in X said ...").
SPEECH = re.compile(r"\b(?:said|says|saying|told|reported|announced|claimed|stated|added|wrote|replied|insisted|confirmed|denied|responded|warned)\b", FLAGS)
# Who speaks: a Russian official or "Moscow" saying a place was "liberated" reports a Russian capture.
_RUSSIAN_OFFICIALS = r"putin|shoigu|gerasimov|peskov|konashenkov|kadyrov|pushilin"
"""The Russian officials reports quote by name, as speakers of a claim before it or after it."""
_SHOWN = r"(?:post|publish|share|release)(?:s|es|ed|d|ing)?\s+(?:a\s+|the\s+)?(?:videos?|footage|photos?|images?|pictures?)"
"""A source that posts footage says what it shows: "Russian Telegram channels post video of a flag raised over X"."""
RUSSIAN_SPEAKER = re.compile(
    r"\b(?:russian|russia['’]s|moscow|the\s+kremlin|kremlin|russian-installed|russian-appointed|pro-russian|separatists?"
    rf"|wagner|prigozhin|{_RUSSIAN_OFFICIALS}|dpr|lpr)\b"
    rf"[^.;:]{{0,60}}?\b(?:said|says|say|told|wrote|writes|claim\w*|announc\w*|report\w*|stat\w*|declar\w*|insist\w*|{_SHOWN})\b",
    FLAGS,
)
# A Russian speaker named after the claim, in a headline's attribution: "X liberated, Gerasimov tells Putin".
RUSSIAN_SPEAKER_AFTER = re.compile(
    rf",\s*(?:(?:russia['’]s|russian)\s+)?(?:{_RUSSIAN_OFFICIALS}|belousov|kremlin|the\s+kremlin"
    r"|moscow|russian\s+(?:defen[cs]e\s+)?ministry|russian\s+mod)\b[^.;,]{0,30}?\b(?:says|said|tells|told|claims|claimed|reports|announces)\b",
    FLAGS,
)
# A Ukrainian speaker after a Russian one speaks for the cue: "Russian sources announced a withdrawal from X,
# the Ukrainians later confirming that the city was liberated".
UKRAINIAN_SPEAKER = re.compile(
    r"\b(?:ukrainian|ukrainians|ukraine['’]s|kyiv|zelensky\w*|syrskyi|zaluzhnyi|maliar)\b"
    rf"[^.;:]{{0,60}}?\b(?:said|says|told|wrote|writes|claim\w*|announc\w*|report\w*|stat\w*|declar\w*|insist\w*|confirm\w*|{_SHOWN})\b",
    FLAGS,
)
# The house style of a Russian official statement (the Russian Defence Ministry's daily reports):
# each marker in the capitalisations it is written in.
_RUSSIAN_NAMES = ("Artemovsk", "Artyomovsk", "Avdeyevka", "Ugledar", "Krasny Liman", "Kharkov", "Zaporozhye", "Nikolaev")
"""Russian names the Defence Ministry's reports use: each alone a marker."""
VOICE_MARKERS: tuple[tuple[str, ...], ...] = (
    ("Kiev regime", "Kiev Regime", "Kyiv regime", "Kyiv Regime"),
    ("special military operation", "Special Military Operation"),
    # (Russia's groups by name: Ukraine too has groups of forces, "Ukraine's Eastern Group of Forces", "Khortytsia group")
    ("Southern group of forces", "Southern Group of Forces", "Western group of forces", "Western Group of Forces",
     "Central group of forces", "Central Group of Forces", "Northern group of forces", "Northern Group of Forces",
     "Dnepr group of forces", "Dnepr Group of Forces", "grouping of forces", "Grouping of Forces", "grouping of troops",
     "Centre group", "Center group", "Vostok group", "Zapad group", "Yug group", "Sever group", "Dnepr group"),
    ("inflicted fire damage", "improved the tactical situation", "improved their tactical position",
     "Fire damage was inflicted", "fire damage was inflicted", "manpower and equipment"),
    ("armed formations of Ukraine", "Armed Formations of Ukraine"),
    ("Ukrainian nationalists", "neo-Nazi", "neo-nazi", "Neo-Nazi"),
    _RUSSIAN_NAMES,
    ("Lugansk People's Republic", "Lugansk People’s Republic"),
    ("our fighters", "Our fighters", "our stormtroopers", "Our stormtroopers", "our assault troops", "Our assault troops",
     "our guys", "Our guys", "our lads", "Our lads"),
    ("khokhly", "Khokhly", "khokhol", "Khokhol"),  # (a Russian slur for Ukrainians: a Russian channel's own word)
)
RUSSIAN_SPELLINGS = (
    "Krasnoarmeysk", "Dimitrov", "Gulyaipole", "Dnepropetrovsk", "Dobropolye", "Gorlovka", "Orekhov", "Konstantinovka",
    "Kupyansk-Uzlovoy", "Dzerzhinsk", "Maryinka", "Volchansk", "Seversk", "Lisichansk", *_RUSSIAN_NAMES,
)
"""The Russian names of towns Ukraine renamed, and Russian spellings the Western press does not use: two of them in
one text (not one quoted name) are one more marker of a Russian statement."""
# Who claims a capture names its actor: "Russian claims to have taken X", "Moscow's claim to have captured X".
CLAIMER_BEFORE = re.compile(
    r"(?<![\w-])(?P<side>ukrainian|russian|russia|ukraine|moscow|kyiv)(?:['’]s)?\s+(?:[\w-]+\s+){0,2}?claims?\s+to\s+(?:have\s+)?$",
    FLAGS,
)
# A quotation opening a word or two before a cue: 'was announced as "completely liberated"'.
QUOTE_OPENS = re.compile(r"[\"“‘']\s*(?:[\w-]+\s+){0,2}$")
# A quotation and who is said after it to have spoken it: '"..., the town has been liberated," the ministry said'.
QUOTE_OPENS_BEFORE = re.compile(r"(?:^|\s)[\"“]")
QUOTE_SAID_BY = re.compile(
    r"[\"”]\s*,?\s*(?P<speaker>(?:[\w’'-]+\s+){1,5}?)(?:said|says|told|added|wrote|stated|claimed|announced)\b", FLAGS
)
"""Who is said to have spoken the quotation a closing quote ends (matched at the quote): '" the ministry said'."""
_CLOSING_QUOTE = re.compile(r"[\"”]")


def said_after_quote(sentence: str, start: int = 0) -> re.Match[str] | None:
    """The first closing quote at or after ``start`` that a speaker is said after (:data:`QUOTE_SAID_BY`)."""
    for quote in _CLOSING_QUOTE.finditer(sentence, start):
        said = QUOTE_SAID_BY.match(sentence, quote.start())
        if said is not None:
            return said
    return None


RUSSIAN_WORD = re.compile(
    r"\b(?:russian|russia['’]s|moscow|kremlin|konashenkov|shoigu|gerasimov|peskov|belousov|pushilin|wagner|tricolou?rs?"
    rf"|{_GROUPS_OF_FORCES}\s+group)\b", FLAGS
)
# A speaker named by what it is, whom the sentences before name: "the ministry", "its spokesman".
DEFINITE_SPEAKER = re.compile(
    r"(?:the|its|his|their)\s+(?:[\w-]+\s+)?(?P<head>ministry|spokes(?:man|woman|person)|command|statement|general\s+staff)\s*",
    FLAGS,
)
# A place a claim named, told of again as the subject of a perfect or a passive: "(denies) the town has (fallen)".
TOLD_AGAIN = r"(?:the\s+(?:town|city|village|settlement)|it)\s+(?:has|had|have|was|were|is)\s+(?:been\s+)?"
DENY_VERB = r"(?:deni(?:ed|es)|deny(?:ing)?|reject(?:ed|s|ing)?|dismiss(?:ed|es|ing)?|refut(?:ed|es|e|ing)|disput(?:ed|es|e|ing))"
"""A verb that denies a claim, in its forms."""
DENIAL_BEFORE = re.compile(
    r"(?<!\bnor\s)(?<!\bnot\s)(?<!n't\s)"  # "neither confirmed nor denied the claim that ..." reports the claim
    rf"\b{DENY_VERB}\s+"
    r"(?:(?:(?!(?:and|but|said|says)\b)[\w’'-]+\s+){0,5}?(?:claims?\s+)?that\s*"  # ("rejects Gerasimov's claim that ...", "denied on 12 November Russian claims that")
    rf"|{TOLD_AGAIN})$"  # "denies the town has fallen"
    r"|(?<!\bnor\s)(?<!\bnot\s)\b(?:deni(?:ed|es)|deny(?:ing)?)\s+(?:ever\s+)?(?:having\s+)?$"  # "denied losing X"
    r"|\bfalsely\s+(?:claim\w*|report\w*|stat\w*|assert\w*)\s+(?:that\s*|to\s+have\s+)?$"  # "falsely claimed to have seized"
    r"|(?:(?<=\bno )|(?<=\bnot observed )|(?<=\bnot seen )|(?<=\bnot found ))evidence\s+that\s*$"  # "has not observed evidence that"
    r"|(?:(?<=\bdoes\snot\s)|(?<=\bdo\snot\s)|(?<=\bdid\snot\s)|(?<=\bwould\snot\s)|(?<=\bwill\snot\s))"
    r"(?:mean|imply|prove|show)\s+(?:that\s*)?$",  # "does not mean that"
    FLAGS,
)
# A denied claim named as a noun before the cue: "denies Russian claims of capturing X".
DENIED_CLAIM_OF = re.compile(
    rf"\b{DENY_VERB}\s+"
    r"(?:[\w’'-]+\s+){0,3}?(?:claims?|reports?|allegations?)\s+(?:of|about|to\s+have|to)\s+(?:the\s+)?$",
    FLAGS,
)
# The words DENIAL_BEFORE's matches start with (test_status checks it): a sentence without any
# has no denial to look for.
DENIAL_WORDS = ("deni", "deny", "reject", "dismiss", "refut", "disput", "falsely", "evidence", "mean", "imply", "prove",
                "show")
# A claim contradicted later in its sentence: "..., but Ukrainian officials said the village was still under
# Ukrainian control"; "Russian claims of the capture of X were false"; "...; Kyiv calls the claim false".
_REMAINED_UKRAINIAN = (
    r"(?:remain(?:s|ed)?|stay(?:s|ed)?)\s+(?:firmly\s+)?(?:under\s+ukrainian\s+(?:government\s+)?(?:control|administration)"
    r"|in\s+ukrainian\s+hands)"
)
REMAINED_UKRAINIAN = re.compile(rf"\b{_REMAINED_UKRAINIAN}\b", FLAGS)
"""A place said to have stayed Ukraine's: "A and B ... remained in Ukrainian hands"."""
_STILL_HELD = (
    r"(?:still|continue\s+to|continues\s+to)\s+(?:under\s+ukrainian\s+control|held|holds?|holding|controls?|controlling"
    r"|operat(?:e|es|ing)\s+(?:in|inside|within)"
    r"|in\s+ukrainian\s+hands)"
    rf"|{_REMAINED_UKRAINIAN}"
    r"|(?:had|have|has)\s+not\s+(?:left|abandoned|given\s+up|withdrawn\s+from)"
    r"|never\s+(?:left|leaves)\s+(?:ukrainian|russian|separatist)\s+(?:hands|control)"
)
"""The place claimed still held by its defenders: "Ukrainian forces still control the village", "... continue to operate
in the town", "... said their troops had not left the village"."""
_STILL_HELD_BY_RUSSIA = r"(?:still|remained|remains)\s+(?:firmly\s+)?(?:in|under)\s+(?:russian|separatist|enemy)\s+(?:hands|control)"
"""A claimed recapture answered: "..., but separatist officials said the village was still in separatist hands"."""
UNTRUE = r"[\"“'‘]?(?:false|untrue|fake|premature|baseless|groundless|unfounded|fabricated|fictitious|fiction|nonsense|a\s+lie|lies|a\s+fabrication|staged|(?:staged\s+)?propaganda)\b"
"""What a claim is called when it is denied: "a claim Ukrainian officers called premature", "called the claim 'fiction'"."""
_THE_CLAIM = r"(?:it|this|that|them|the\s+(?:claims?|announcements?|statements?|reports?)|these\s+claims|those\s+claims|both(?:\s+claims)?)"
"""What a denial names: "denied it", "denied both claims"."""
_NO_OBJECT = r"(?!\s+(?:the|a|an|their|its|our|his|some|most|part|parts|positions|ground|lines?)\b)"
"""After "which ... still hold": no object of its own ("which left the troops still holding the ground" is no answer)."""
CONTRADICTED = re.compile(
    rf"\bbut\b[^.;]{{0,80}}\b(?:{_STILL_HELD}|{_STILL_HELD_BY_RUSSIA}"
    rf"|(?:deni(?:ed|es)|denying|dismiss(?:ed|ing)|reject(?:ed|ing)|refut(?:ed|ing))\s+{_THE_CLAIM})\b"
    r"|\b(?:were|was|have\s+been|has\s+been)\s+(?:\w+ly\s+)?(?:dismissed|rejected|denied|refuted|disputed|contradicted)\b"  # "claims that X fell were dismissed"
    rf"|,\s*which\b(?![^.;]{{0,60}}\b(?:russian|separatist|enemy|occupying|they)\b)[^.;]{{0,80}}\b(?:{_STILL_HELD})\b{_NO_OBJECT}"
    # (", which this assessment assesses Ukrainian forces still control"; not ", which Russian troops still hold")
    rf"|;\s*[^.;]{{0,100}}(?<!\bnor\s)(?<!\bor\s)(?<!\bnot\s)\b(?:deni(?:ed|es)|dismissed|rejected|refuted)\s+{_THE_CLAIM}\b"  # (a long subject: "a spokesperson for a brigade ...")
    # "...; Ukrainian command says its troops still hold the town": an answer after a semicolon, without "but"
    # (the place itself, not "still held positions in the south-western districts")
    # (or after "while": "one milblogger claimed X was seized, while another claimed Ukrainian forces still hold the village")
    rf"|(?:;|,\s*(?:while|whereas))\s*[^.;]{{0,80}}\b(?:says?|said|insists?|insisted|maintains?|maintained|claims?|claimed)\b"
    rf"[^.;]{{0,40}}\b(?:{_STILL_HELD})"
    r"\s+(?:(?:(?:their|its)\s+)?(?:positions|ground)\s+(?:in|inside)\s+)?(?:the\s+(?:town|city|village|settlement)|it)\b"
    # ("... were still holding positions in the village")
    r"|(?:;|,\s*(?:while|whereas))\s*[^.;]{0,80}\b(?:says?|said|insists?|insisted|maintains?|maintained)\b"
    rf"[^.;]{{0,40}}\b(?:{_STILL_HELD})\s+(?:their|its)\s+positions\s+there\b"  # ("... still hold their positions there")
    rf"|,\s*(?:[\w'’-]+\s+){{1,6}}(?<!\bnor\s)(?<!\bor\s)(?<!\bnot\s)(?:deni(?:ed|es)|dismissed|rejected|refuted)\s+{_THE_CLAIM}\b"  # ", and each time ... denied it"
    # (not ", and Kyiv neither confirms nor denies it")
    r"|,\s*which\s+(?:[\w'’-]+\s+){1,10}(?<!\bnor\s)(?<!\bor\s)(?<!\bnot\s)(?:deni(?:ed|es)|rejected|disputed|refuted)\s*(?:[.;]|,\s*(?:saying|adding|stating))"  # ", which the Ukrainian command denied."
    rf"|,\s*which\s+(?:[\w'’-]+\s+){{1,6}}(?:calls?|called|calling)\s+{UNTRUE}"  # ", which officials called staged propaganda"
    r"|,\s*an?\s+(?:charge|claim|accusation|allegation|version)\s+(?:that\s+|which\s+)?(?:[\w'’-]+\s+){1,5}?(?<!\bnor\s)(?<!\bor\s)(?<!\bnot\s)(?<!\bthan\s)"
    r"(?:deni(?:ed|es)|dismissed|rejected|refuted)\b"  # (", a charge Ukrainian officials rejected as fabricated"; not
    # "a claim Ukrainian officials neither confirmed nor denied", "a claim the separatists welcomed rather than denied")
    rf"|(?:,\s*which|\bbut\s+(?:this|that|it))\s+(?:is|was)\s+(?:simply\s+|plainly\s+|of\s+course\s+)?{UNTRUE}"  # ", which is a
    # lie", "..., but this is a lie"
    r"|[;,]\s*(?:[\w'’-]+\s+){0,3}(?<!\bnor\s)(?<!\bor\s)(?<!\bnot\s)(?:deny|deni(?:ed|es)|disputes?|disputed|rejects?|rejected)"  # "...; Kyiv denies",
    r"(?:\s+(?:it|this|that|(?:the\s+)?(?:[\w-]+\s+){0,2}claims?))?\s*[.!]?\s*$"  # "...; Ukrainian forces deny it", "..., denies Russian capture claim"
    r"|\b(?:but|although|though|while)\b[^.;]{0,60}\bdeni(?:ed|es)\s+(?:(?:ever\s+)?(?:losing|having\s+lost)|the\s+loss\s+of)\b"
    r"|\b(?:were|was|are|is)\s+(?:also\s+|equally\s+|likewise\s+|completely\s+|entirely\s+)?(?:false|untrue|fake|fabricated|not\s+true)\b"
    r"|\b(?:do|does|did)\s+not\s+correspond\s+to\s+(?:the\s+)?(?:reality|facts?|truth)\b"  # a Russian statement's denial
    # "...; the Ukrainian command said the village remained under its control": the answer of the side that holds it
    r"|;\s*[^.;]{0,60}\b(?:ukrainian|ukraine['’]s|kyiv)\b[^.;]{0,60}\b(?:said|says|say|insisted|insists|insist|reported)\s+(?:that\s+)?"
    r"(?:the\s+(?:village|town|city|settlement)|it)\s+(?:remained|remains|stayed|was\s+still|is\s+still)\s+"
    r"(?:under\s+(?:its|their|ukrainian)\s+control|in\s+(?:its|their|ukrainian)\s+hands)\b"  # ("...; the southern forces say the
    # village remains in Ukrainian hands")
    rf"|\b(?:calls?|called|calling)\s+(?:it|this|that|(?:the|[\w'’-]+['’]s)\s+(?:[\w'’-]+\s+)?(?:claims?|reports?|statements?|announcements?|photos?|videos?|footage|images?|pictures?)"
    rf"(?:\s+(?:of|that|about)\s+[^.;,]{{1,50}}?)?)\s+{UNTRUE}"  # ("calls the Russian claim of the city's capture false",
    # "calls the Russian claim that the village has fallen false")
    r"|(?:\b(?:but|while|whereas)\b|;)[^.;]{0,100}\b(?:the\s+(?:attackers|assault|attack|enemy)|(?:the\s+)?(?:russian|ukrainian)\s+(?:forces|troops|units)|they"
    r"|(?:their|its|the)\s+(?:assaults?|attacks?)(?:\s+there)?)"  # ("...; Kyiv says their assaults there were beaten back")
    r"\s+(?:had\s+been|have\s+been|were|was)\s+(?:pushed|driven|thrown|beaten)\s+back\b"
    r"|\b(?:insisted|maintained|said|replied|stressed)\s+(?:that\s+)?(?:the\s+(?:village|town|city|settlement)|it)\s+(?:had|has)\s+never\s+been\s+(?:lost|taken|captured|occupied)\b"
    r"|\b(?:say|says|said|saying|insist\w*)\s+(?:that\s+)?nothing\s+(?:in\s+(?:the\s+)?[\w'’-]+\s+)?(?:was|had\s+been|has\s+been)\s+(?:hit|struck|damaged)\b",
    FLAGS,
)


# Civilians, who are no side.
# Civilians as the subject of a withdrawal verb: people fleeing, no army withdrawing (nor their cars, buses, trains).
CIVILIANS_BEFORE = re.compile(
    r"\b(?:residents|civilians|people|families|refugees|villagers|inhabitants|children|cars|buses|trains|ships|vessels|ferries|tankers"
    r"|(?<!armoured\s)(?<!armored\s)(?<!military\s)vehicles|volunteers|journalists|reporters|correspondents|aid\s+workers|medics|evacuees|rescuers|firefighters"
    r"|protesters|demonstrators|activists|crowds|inspectors|monitors|observers|diplomats|delegations?"
    r"|(?:many|thousands\s+of|millions\s+of|hundreds\s+of)\s+(?:ukrainians|russians))\s+"
    r"(?:(?:of|from|in|with)\s+(?:the\s+)?[\w’'-]+\s+(?:[\w’'-]+\s+)?|\w+\s+)?"  # "Residents of Huliaipole leave the town"
    r"(?:(?:who|that)\s+(?:had\s+|have\s+|has\s+)?)?"  # "families who had fled from X"
    r"(?:(?:were\s+|are\s+|have\s+been\s+)?(?:ordered|told|urged|asked|forced|able|continued|continue|continues|began|begin"
    r"|begins|started|start|starts|tried|try|tries|managed)\s+to\s+)?$",  # "Families ... ordered to leave", "continued to leave"
    FLAGS,
)
# Civilians as what a withdrawal verb qualifies or whom it is done by: "one fleeing civilian interviewed in X", "fleeing
# residents", "X was abandoned by its inhabitants".
CIVILIANS_AFTER = re.compile(
    r"\s+(?:by\s+(?:its\s+|their\s+|the\s+|local\s+|most\s+(?:of\s+)?(?:its\s+|their\s+)?)?|[\w-]+\s+)?(?:civilians?|residents?|people|famil(?:y|ies)|refugees?|villagers?|inhabitants?|children|women)\b",
    FLAGS,
)
