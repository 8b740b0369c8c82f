"""The grammar words around cues, as compiled patterns: clause barriers, modality and goals,
modifiers, the shapes of relative clauses, what a cue's scope reaches and stops at.
:mod:`mapper.reading.scope`, :mod:`mapper.reading.lists`, :mod:`mapper.reading.modality` and
:mod:`mapper.reading.status` read with them; the words that stand for a place named before are in
:mod:`mapper.reading.pronouns`, the words that locate a place (reference points,
bearings, appositions, list joins) are in :mod:`mapper.reading.locators`, the words of the sides,
their actors and speakers in :mod:`mapper.reading.sides`, the part of a place a change reaches (positions, outskirts,
buildings) in :mod:`mapper.reading.parts`, and the cues themselves are data
(:mod:`mapper.reading.cues`, ``lexicon/cues.toml``).
"""

from __future__ import annotations

import re

from mapper.reading._patterns import DATELINE, FLAGS, _guarded
from mapper.reading._scan import by_first_letter

__all__ = [
    "AFTER_LEFT_OBJECT", "AFTER_RELATIVE", "APPOSITIVE", "AT_WORK_START", "AUXILIARY",
    "BACKGROUND_BEFORE", "BARRIER", "BY", "CLAUSE_CLOSES", "CLAUSE_JOINED", "COLON_END", "COMPOUND_AREA",
    "CONDITION", "COUNTED_PLACES", "COUNTED_PLACES_END", "DESTINATION", "ENTRY", "EVENT_NAME", "EVENT_OBJECT",
    "FIGHTING_GOES_ON", "FORCES_IN", "FOUGHT_OVER", "FROM_BEFORE", "FRONTED", "FRONTED_END", "FRONTED_EVENT",
    "GAP_ADVERB", "GOAL_LABEL", "HOLDERS_IN_BEFORE", "INCLUDING", "INCLUDING_LATER",
    "INCLUDING_WITHIN", "IN_BEFORE", "IN_GAP", "IRREGULAR_PARTICIPLES", "KIND_OF_GAP", "LEFT_IN_STATE",
    "LINE_BEFORE_REFERENCE", "LY_ADVERB", "MODAL_AFTER", "MODIFIER", "NOUN_IN", "NO_BEFORE",
    "OBJECT_GAP_WORD", "PARENTHESES", "PARENTHETICAL", "PARTICIPLE_AND",
    "PARTICIPLE_GAP", "PASSIVE_BEFORE", "PLACE_BODY", "PLURAL_VERB", "POSSESSIVE_TITLE", "RAION_OF",
    "RELATIVE", "RELATIVE_END", "RELATIVE_SUBJECT", "RELATIVE_WORD", "RESTATED_LIST", "SECOND_TARGET",
    "STATE_ADJECTIVE_END", "SUCH_AS_END", "TERRITORY", "THING_AFTER", "TIME_PREPOSITION", "TOWN_AFTER", "UNOPPOSED"
]


# What \s matches in a str pattern: the characters for which str.isspace() holds (test_status
# checks the list).


DESTINATION = re.compile(
    r"\b(?:to|into|across|over|behind|beyond)\s+(?:the\s+)?(?:[\w-]+\s+)?$"
    r"|\b(?:to|into|onto)\s+(?:an?|the)\s+(?:[\w-]+\s+){0,2}?(?:line|positions?|defen[cs]es)\s+(?:running\s+|that\s+ran\s+)?"
    r"(?:through|along|between|from)\s+(?:the\s+)?$",  # "pulled back to a second line running through A, B and C"
    FLAGS,
)
FROM_BEFORE = re.compile(
    r"\bfrom\s+(?!the\s+(?:north|south|east|west)\w*\s+$)(?!(?:their|our|its|the)\s+positions\b)(?:[\w-]+\s+){0,3}$"
    r"(?<!\bon\s)(?<!\bat\s)(?<!\bagainst\s)",  # "fired from Russian territory on X": X is the target
    FLAGS,
)
# What follows "since", "after", "before" or "until" as prepositions of time ("since the autumn of 2023",
# "until March", "since then"), not as a clause's conjunctions.
_TIME_AHEAD = (
    r"(?:the\s+)?(?:\d|early|late|mid|spring|summer|autumn|fall|winter|start|end|beginning"
    r"|jan|feb|mar|apr|may|jun|jul|aug|sep|oct|nov|dec|then|days|weeks|months|years"
    r"|morning|afternoon|evening|night|dawn|midnight|noon|daybreak|weekend|(?:mon|tues|wednes|thurs|fri|satur|sun)day)\w*"
)
# Where a clause ends: a cue before it does not reach a mention after it ("fighting has continued since then
# on the outskirts of X" goes on).
BARRIER = re.compile(
    r";|\.[\"”’]?\[\d+\]|\s[\u2014\u2013]\s|\b(?:"
    + by_first_letter(r"but|while|whereas|although|though|however|because|unless|when|whether|if|which|who|where|that")
    + r")\b|\b(?:after|before|since|until)\b(?!\s+" + _TIME_AHEAD + r")|,\s*and\s+(?=[a-z]+(?:ed|ing)\b)"
    r"|,\s*or\s+(?:with|from|to)\s"  # ("not to be confused with A, a town shelled in 2023, or with B": B's own phrase)
    # (", and my parents are in X": a clause with a subject and a verb of its own)
    r"|,\s*and\s+(?=(?:the|an?|my|our|his|her|their|its|your)\s+(?:[\w'’-]+\s+){0,3}?"
    r"(?:is|are|was|were|has|have|had|remains?|remained|stays?|stayed|lives?|lived)\b)",
    FLAGS,
)
TIME_PREPOSITION = re.compile(r"\b(?:since|after|before|until)\s+(?=" + _TIME_AHEAD + ")", FLAGS)
RAION_OF = re.compile(r"\s*(?:,|of|in)\s*(?:the\s+)?", FLAGS)  # between a raion and its oblast
DISTRICT_OF = re.compile(  # between a city district and its city ("the Kuibyshevskyi district of occupied Donetsk")
    r"\s+of\s+(?:the\s+city\s+of\s+)?(?:(?:the\s+)?(?:temporarily\s+)?(?:russian-)?occupied\s+)?", FLAGS
)
# A line or an area named by a reference point: "a line west of X", "positions north of X".
LINE_BEFORE_REFERENCE = re.compile(
    r"\b(?:line|lines|front|positions?|areas?|defen[cs]es|sector|belt|zone)\s+(?:[\w-]+\s+){0,3}?"
    r"(?:(?:north|south|east|west)[\w-]*\s+of|near|outside|around|between)\s+(?:the\s+)?$",
    FLAGS,
)
PARENTHETICAL = re.compile(r"\s*\([^()]{0,60}\)")
RELATIVE = re.compile(
    r"^\s*,?\s*(?:(?:a|an|the|two|three|four|five|both|[\w-]+['’]s)\s[^;,()]{0,80}?\s*"
    r"|(?<=,\s)(?:[\w-]+\s+){0,2}?(?:cities|towns|villages|settlements)\s+"  # ("A and B, Ukrainian-held cities that ...")
    r"|(?:(?:to\s+the\s+|further\s+|farther\s+)?(?:north|south|east|west)[\w-]*|near|outside"
    r"|in\s+the\s+(?:north|south|east|west|centre|center)[\w-]*\s+of"  # ("Lyman, in the north of Donetsk Oblast, which")
    r"|on\s+the\s+(?:[\w-]+\s+)?(?:bank|shore|coast|side|edge))"  # ("near Krynky on the left bank, where")
    r"\s?[^;,()]{0,40}?"
    r"|(?:about\s+|some\s+)?(?:\d+|[a-z]+(?:-[a-z]+)?)\s*(?:km|kilomet(?:er|re)s|miles)\s[^;,()]{0,40}?)?,?\s*"  # "X, about 3 km to the south, which"
    # "A, B and C, most of which lay in ruins": a part of the list the clause tells of, as the list
    r"(?:(?:most|all|some|many|several|each|both|none|one|two|three|four|five)\s+of\s+(?=which|whom))?"
    r"(?:(?:from|out\s+of)\s+(?=which\b))?"  # "Kherson, from which Russian troops withdrew": the place left
    # (not the "that" of a speech: "In Kyiv, the minister said that X was retaken")
    r"(?<!\bsaid\s)(?<!\bsays\s)(?<!\btold\s)(?<!\bclaimed\s)(?<!\breported\s)(?<!\bannounced\s)(?<!\badded\s)"
    r"(?:which(?!\s+(?:began|begins|started|starts|ended|ends|lasted|lasts)\b)|that|where|who|whom|whose(?:\s+[\w-]+){1,2}"
    # (not an event's: "the battle for X, on the edge of Y, which began with assaults in March")
    # a relative with no pronoun after an apposition's noun: "Bilohorivka, a Luhansk Oblast village they recaptured",
    # "Kupiansk, the city our brigade helped free"
    r"|(?:(?<=\bvillage\s)|(?<=\btown\s)|(?<=\bcity\s)|(?<=\bsettlement\s)|(?<=\bhamlet\s))(?=(?:they|it|we|russian|ukrainian|our|enemy|russia|ukraine|kyiv|moscow)\b))\b",
    FLAGS,
)
# The subject of a relative clause whose object is the name before it: "X, which the Russians had left",
# "X, whose centre it entered".
RELATIVE_SUBJECT = re.compile(
    r"\s*(?:the\s+|their\s+|its\s+|our\s+)?(?:it|they|he|she|we|(?:russian|ukrainian|enemy|wagner)\w*(?:\s+[\w-]+){0,2}?|russians|ukrainians|"
    r"(?:troops|forces|units|soldiers|army|marines|paratroopers|brigades?|defenders|attackers|infantry|separatists|occupiers)"
    r"|russia|ukraine|moscow|kyiv)\b",  # ("which Russia took on 17 February")
    FLAGS,
)
# A relative clause whose object is the name before it, ending at its verb: "Berdiansk, which they had captured"
# (the verb's object is "which": no name after it is).
RELATIVE_OBJECT_END = re.compile(
    r",\s*which\s+(?:the\s+|their\s+|its\s+)?(?:it|they|(?:russian|ukrainian|enemy)\w*(?:\s+[\w-]+){0,2}?|russians|ukrainians)"
    r"\s+(?:had\s+|have\s+|has\s+)?(?:\w+ly\s+)?$",
    FLAGS,
)
PASSIVE_BEFORE = _guarded(
    "abgirsw",
    r"\b(?:"
    + by_first_letter(r"was|were|is|are|be|been|being|got|get|gets|remain|remains|remained|stay|stays|stayed")
    + r")\s+(?:(?:\w+ly|also|then|later|finally|eventually|again|first|soon|now|still|not|never|likewise)\s+){0,2}"
    r"(?:(?:reported|said|claimed|confirmed|believed)\s+(?:to\s+have\s+been\s+)?)?"  # "was also reported captured"
    r"(?:(?:announced|declared|proclaimed|described|reported)\s+(?:as\s+)?)?"  # 'was announced as "fully liberated"'
    r"(?:among\s+(?:those|the\s+\w+)\s+)?[\"“‘']?(?:(?:fully|completely|entirely|totally)\s+)?$",
)


BOTH_BEFORE = re.compile(r",\s*both\s+(?:now\s+|still\s+|then\s+|already\s+)?$", FLAGS)
"""", both held by ...": a cue for the two places named before it."""
TERRITORY = re.compile(
    r"^\s*(?:[\w,.-]+\s+){0,3}?(?:\d[\d,.]*\s*(?:sq\.?\s*km|sqkm|km2|km²|square\s+\w+)|territory|territories|settlements"
    r"|villages|towns|areas|ground|land)\b",
    FLAGS,
)
_TIMESTAMP = rf"^(?:{DATELINE})?\s*(?:[*_]*\d{{1,2}}[:.]\d{{2}}[*_]*\s+)?"  # a wire's dateline; a liveblog entry's time, "**08:40**"
_AT_WORK_IN = r"(?:rescuers|firefighters|residents|emergency\s+workers)\s+in"
_LEAD = r"(?:(?:further|farther|elsewhere|meanwhile)(?:\s+(?:north|south|east|west)\w*)?\s*,\s*)?"
"""An adverb that moves the narrative on before a fronted place: "Further west, rescuers in X ..."."""
# People at work in a place, opening the sentence: "Rescuers in X are searching the rubble ..." (no comma after X).
AT_WORK_START = re.compile(_TIMESTAMP + _LEAD + _AT_WORK_IN + r"\s", FLAGS)
FRONTED = re.compile(
    _TIMESTAMP + _LEAD + rf"(?:in|at|near|around|{_AT_WORK_IN})\s+(?:nearby\s+|neighbou?ring\s+)?"
    r"(?:the\s+(?:[\w-]+\s+){0,2}?(?:(?:cities|towns|villages|city|town|village|settlements?|port|areas?|vicinity)\s+of"
    r"|capital|port|port\s+city|(?:regional|oblast)\s+cent(?:re|er))\s+|the\s+(?:surrounding\s+|nearby\s+|neighbou?ring\s+|wider\s+)?)?"
    r"(?:(?:temporarily\s+)?(?:russian-|separatist-|dpr-|lpr-)?(?:held|occupied|controlled)\s+)?$",  # "In the regional capital X, ...", "In Russian-held X, ..."
    FLAGS,
)
# A name used to modify a noun is not a place of the sentence ("the Kharkiv front").
# A facility named after its town ("the Mykolaiv Zoo", "the Azovstal Works", "the Lisichansk oil refinery"): what
# happens to it happens in the town; a change of hands is the facility's, fighting in the town.
FACILITY_NAMED_AFTER = re.compile(
    r"\s+(?:(?-i:Zoo|Airport|Plant|Works|Factory|Stadium|Refinery|University|Theatre|Theater|Cathedral|Hospital"
    r"|Museum|Port|Seaport|Station|Depot|Shipyard|Combine)"
    r"|(?i:oil|chemical|coke|coking|steel|tractor|glass|metallurgical)\s+(?i:refinery|plant|works|factory|combine))\b"
)
TOWN_AFTER = re.compile(
    r"\s+(?:(?:port|border|coastal|front-?line|industrial|mining|riverside|river|steppe|southern|northern|eastern|western)\s+)?"
    r"(?:towns?|city|cities|villages?|settlements?)\b(?!\s+of\b)",
    FLAGS,
)  # "the Russian-held town", "the occupied port city" (no name)
# A town's own office building is in the town: "the flag over the Kupiansk city council building".
LOCAL_BUILDING = re.compile(r"\s*(?:city|town|village)\s+(?:council|hall|administration)\s+(?:building|premises)\b", FLAGS)
# (a community named as a label is a place: "Esman hromada: drone drops")
MODIFIER = re.compile(
    r"^(?:['’]s\s+)?\s*(?:city\s+)?(?:line|lines|front|fronts|axis|axes|directions?|sectors?|offensive|counter-?offensives?|counteroffensive"
    r"|operation|campaign|people['’]s\s+republics?|(?:[a-z-]+ern\s+)?flanks?"  # ("the village on Bakhmut's southern flank")
    r"|(?:(?:regional|oblast|city|district|military|civil(?:ian)?|civil-military|state)\s+){0,3}(?:council|hall|administration|authority|authorities|officials?|governor|mayor|prosecutors?|police)"
    r"|occupation|mass\s+graves?|highway|road|river|rivers|delta|estuary|reservoir|bridge|airport|death\s+toll|borders?"
    r"|(?:operational(?:-strategic|-tactical)?\s+)?(?:group|grouping)|brigade|battalion|regiment|division|militia|columns?|(?:settlement\s+)?hromada(?!\s*:)|(?-i:[A-Z]{2,})\b"
    r"|forces|troops|army|militants|fighters|garrison"
    r"|(?:armou?red\s+)?(?:cars?|vehicles?|personnel\s+carriers?)|pickups?|trucks?|howitzers?|tanks?|launchers?|rifles?"  # ("a Kozak armoured car")
    r"|-\s*[A-Z][\w’'-]+\s+(?:highway|road|border|railway)|-(?:based|born|built|made|registered|bound))\b",  # ("the Sevastopol-based fleet")
    FLAGS,
)
OBJECT_GAP_WORD = re.compile(r"[\w’'-]+")
# The noun a region locates after an adjective cue: "a Russian-held town in the Luhansk region".
NOUN_IN = re.compile(
    r"\s+(?:[\w-]+\s+){0,2}?(?:city|town|village|port|settlement|hub|centre|center)\s+(?:in|of)\s+(?:the\s+)?", FLAGS
)
# The last member of a list of objects named by its kind: "captured the mine and gelatin plant on the city's
# outskirts, and the northwestern town of X" (the members before it are no places: they do not count).
KIND_NAMED_LAST = re.compile(
    r",\s*(?:and|as\s+well\s+as)\s+the\s+(?:[\w-]+\s+)?(?:towns?|villages?|cit(?:y|ies)|settlements?)\s+of\s+$", FLAGS
)
# The end of a relative clause's opening: "the units that had held X", "troops who occupied X".
RELATIVE_END = re.compile(r"\b(?:that|which|who)\s+(?:had\s+|have\s+|has\s+)?(?:long\s+|still\s+)?$", FLAGS)
# Between two participles of one passive subject: "X was encircled in late September and recaptured on 1 October".
PARTICIPLE_AND = re.compile(r"[^;,.]{0,60}?\s(?:and|but)\s+(?:then\s+|later\s+|finally\s+|eventually\s+)?", FLAGS)
# What may stand between a holding adjective and its place: "Russian-occupied Luhansk", "the occupied city of X".
KIND_OF_GAP = re.compile(
    r"\s*(?:(?:city|town|village|port|settlement|cities|towns|villages|ports|settlements)\s+of\s+"
    r"|(?:cities|towns|villages|settlements)\s*:\s*"  # ("attacks in the occupied towns: A, B and C")
    r"|(?:airfield|airport|air\s+base|base|depot|plant|station|port|bridge|headquarters)\s+(?:at|in|near|outside)\s+)?",
    FLAGS,
)  # ("the Russian-occupied city of X", "the Russian-held airfield at X")
# Verbs of entering a place ("entered", "pushed into", "broke into"): by Russian troops, an assault (but troops that
# "moved in" settled there).
ENTRY = re.compile(r"(?:enter|push|broke(?!\s+through)|break(?!\s+through)|burst|(?:marched|moved|rolled)(?!\s+in\b)|swept)", FLAGS)
# What goes on after an entry: the place is fought over, not taken ("entered X and are fighting in the centre").
FIGHTING_GOES_ON = re.compile(
    r"\b(?:fighting|fights?|battles?|clashes|combat)\b[^.;]{0,30}\b(?:in|for|inside|continu\w*|goes\s+on|ongoing|to\s+(?:hold|keep|clear))\b"
    r"|\b(?:are|were|is)\s+(?:still\s+)?fighting\b|\b(?:engaged|fought|ambushed)\s+them\b"  # ("... engaged them in the streets")
    # "had entered X and been destroyed there", "entered X but were pushed out": an entry that did not hold
    r"|\b(?:and|but)\s+(?:had\s+)?(?:been|were|was)\s+(?:(?:quickly|soon|later|then|all)\s+)?"
    r"(?:destroyed|wiped\s+out|annihilated|killed|repelled|pushed\s+(?:out|back)|driven\s+(?:out|back)|forced\s+(?:out|back)|thrown\s+back)\b"
    # "claimed that Ukrainian troops had entered X, but no footage confirmed it": an entry claimed, not shown to hold
    r"|\bbut\s+no\s+(?:footage|evidence|video|photos?|images?)\b[^.;]{0,40}?\b(?:confirmed|corroborated|supported|showed|shown)\b",
    FLAGS,
)
# A section label or an inverted conditional that frames the whole sentence as a goal or a hypothesis.
GOAL_LABEL = re.compile(
    r"^\s*(?:[\w-]+\s+){0,4}?(?:main\s+effort|effort|objectives?|goals?|aims?)\s*:"
    r"|^\s*(?:had|were|should)\s+(?:[\w'’-]+\s+){1,4}?(?:fallen|been|taken|captured|seized|held)\b",
    FLAGS,
)
# A fronted nominal event whose actor is the main clause's subject: "Following the capture of X, Russian forces ...".
FRONTED_EVENT = re.compile(
    r"^\s*(?:following|after|since|with)\s+(?:the\s+(?:capture|seizure|fall|takeover)\s+of|(?:capturing|taking|seizing))\s+[^,;]{1,60},",
    FLAGS,
)  # ("After capturing Rubizhne in May, Russian forces approached ...": the main clause's subject took it)
# A claim answered by fighting that goes on: the place was fought over, not taken.
FOUGHT_OVER = re.compile(
    r"(?:\bbut\b|;|,?\s*\b(?:while|whereas)\b)[^.;]{0,120}\b(?:fighting\s+(?:(?:(?:for|in|around)\s+(?:the\s+)?(?:village|town|city|it)|there)\s+)?(?:continued|continues|was\s+continuing|is\s+continuing|went\s+on|goes\s+on|is\s+going\s+on|is\s+ongoing|was\s+ongoing)"
    r"|(?:still|were|was|are|is)\s+(?:still\s+)?(?:being\s+)?(?:fought\s+over|contested)|still\s+fighting"
    r"|still\s+clearing\s+(?:the\s+(?:village|town|city)|it)"  # ("...; Kyiv says its troops are still clearing the town")
    r"|still\s+being\s+cleared\s+of\s+(?:russian\s+)?(?:infiltrators|infiltration\s+groups|saboteurs))\b",  # (the defenders
    # still there: 'its ruins were "still being cleared of infiltrators"')
    FLAGS,
)
# A change of control told as background: in a relative clause, a "since" phrase, an apposition (", a town
# recaptured in 2022,").
BACKGROUND_BEFORE = re.compile(  # (not the "that" of a speech: "milbloggers claimed that Russian troops seized X")
    r"(?<!\bsaid\s)(?<!\bsays\s)(?<!\bclaimed\s)(?<!\bclaim\s)(?<!\bclaims\s)(?<!\breported\s)(?<!\bannounced\s)"
    r"\b(?:that|which|who|since)\b[^,;:]*$|,\s*(?:a|an)\s+(?:[\w-]+\s+){0,3}$",
    FLAGS,
)
# A relative clause in which the sentence's actor goes on to the change: "broke through at X, which they seized in
# early May", "which they claimed to have captured" (not "which they had held since 2022", "that Ukrainian forces recaptured in 2022": background).
CONTINUED_BEFORE = re.compile(
    r",\s*which\s+(?:they|it)\s+(?:\w+ly\s+)?(?:(?:claimed|said|reported)\s+to\s+have\s+(?:\w+ly\s+)?)?$", FLAGS
)  # ("which they claimed to have fully captured by the next day")
# What "left" leaves a place in, when it is no withdrawal: "was left largely in ruins".
LEFT_IN_STATE = re.compile(
    r"\s+(?:and\s+[^,;.]{1,40}?\s+)?(?:\w+ly\s+)?(?:in\s+(?:ruins|rubble|flames)|without|destroyed|devastated|uninhabitable)\b", FLAGS
)  # ("leaving the city and much of the east without electricity")
# Entered without a fight: handed over, not assaulted ("Russian forces entered Kupiansk without a fight").
UNOPPOSED = re.compile(
    r"[^.;]{0,140}?\b(?:without\s+(?:a\s+fight|(?:any\s+|much\s+)?resistance|firing\s+a\s+shot|a\s+shot\s+fired)|unopposed"
    r"|(?:meeting|encountering|having\s+met)\s+(?:little|no|only\s+light)\s+resistance|after\s+a\s+(?:brief|short)\s+(?:fight|battle|skirmish))\b",
    FLAGS,
)  # ("entered X on 3 March after meeting little resistance", "after a brief fight at the bridge": took it)
# A condition between a name and the clause about it: "if", "unless", "whether".
CONDITION = re.compile(r"\b(?:if|unless|whether)\b", FLAGS)
# What follows a hyphenated pair of names that makes them an area: "the Bilohorivka-Spirne area".
COMPOUND_AREA = re.compile(r"\s*(?:tactical\s+|operational\s+)?(?:area|line|axis|direction|sector|front)\b", FLAGS)
# A nominal event's own object: "the strikes on X", "the shelling of X".
# The object of an event: "the strike on X", "after missiles hit X".
EVENT_OBJECT = re.compile(
    r"\s+(?:(?:on|against|of|at|in)\s+)?(?:the\s+)?(?:(?:city|town|village)\s+of\s+"
    r"|(?:an?\s+|the\s+)?(?:[\w-]+\s+){0,2}?(?:areas?|districts?|parts?|neighbou?rhoods?|suburbs?|outskirts|centre|center|heart)\s+of\s+(?:the\s+)?"
    r"|(?<=\son\s)(?:the\s+)?(?:[\w-]+\s+){1,2}?in\s+(?:the\s+)?)?",  # ("the strike on the railway station in X")
    FLAGS,
)  # ("the strike on a residential area of X", "after a missile strike on the centre of X")
AUXILIARY = re.compile(r"\b(?:was|were|is|are|has|have|had|been|be|being)\b", FLAGS)
# An adverb ("highly likely", "reportedly", "again"): it does not take a cue further from its object.
LY_ADVERB = re.compile(r"\b[a-z]{2,}ly\b|\bagain\b", FLAGS)
# Adverbs between a subject and its verb that do not lengthen the gap ("Kreminna had also fallen").
GAP_ADVERB = re.compile(r"\b(?:also|too|finally|eventually|already|quickly|soon|then|now|still|again|likewise|itself)\b", FLAGS)
_INCLUDING_WORDS = r"including|such\s+as|among\s+them|notably|in\s+particular"
INCLUDING = re.compile(rf"\s*(?:,\s*(?:{_INCLUDING_WORDS})\b|(?:\s+(?:included|include|includes))?\s*:)", FLAGS)
# ... after a few words that end the cue's clause: "came under fire over the past day, including A and B"
INCLUDING_LATER = re.compile(rf"(?:\s+[\w'’-]+){{1,5}}?\s*,\s*(?:{_INCLUDING_WORDS})\b", FLAGS)
STATE_ADJECTIVE_END = re.compile(
    r"(?:\w-|\b(?:the|of|in|into|to|from|near|around|at|temporarily)\s+)(?:occupied|held|controlled)\s+$", FLAGS
)
"""A state's adjective right before a name ("to Russian-held X", "near the temporarily occupied X"), not a verb ("forces
occupied X", "troops still controlled X")."""
CLAUSE_CLOSES = re.compile(r"(?:\s*\[\d+\])*\s*(?:[.;]|$)")
"""Where a clause ends after a name (a citation's brackets before its stop)."""
COLON_END = re.compile(r":\s*$")
# What a withdrawal verb leaves when it is no withdrawal: a thing ("leaves a crater"), not a place ("leave the village").
THING_AFTER = re.compile(
    r"\s+(?:behind\s+)?(?:a|an|the|its|their|his|her|no|nothing|only|dozens|hundreds|thousands|parts?|much|most|many|\d+)\s+"
    r"(?!(?:village|town|city|settlement|area|positions?|region|island|spit)\b)",
    FLAGS,
)
# "retreated from two villages near X, A and B": the list restates the counted places located by X.
_COUNTED = (
    r"\b(?:two|three|four|five|six|seven|eight|nine|ten|several|a\s+few|\d+)\s+"
    r"(?:[\w-]+\s+)?(?:villages|towns|settlements|hamlets|localities)\s+(?:near|around|outside|in|of|north\w*\s+of"
    r"|south\w*\s+of|east\s+of|west\s+of)\s+(?:the\s+)?(?:(?:north|south)?-?(?:east|west)?ern\s+)?"
)  # ("several towns of northern Donetsk Oblast, among them A")
NO_BEFORE = re.compile(r"\bno\s+(?:[\w-]+\s+)?$", FLAGS)
"""A cue that is the noun "no" denies: "no strikes recorded", "no new attacks", a label's "no missile strikes"."""
PLACES_BY_KIND = re.compile(r"\b(?:villages|towns|cities|settlements|hamlets|localities)\b", FLAGS)
COUNTED_PLACES = re.compile(r"\s*(?:from\s+|of\s+)?(?:the\s+)?" + _COUNTED, FLAGS)
COUNTED_PLACES_END = re.compile(_COUNTED + "$", FLAGS)
RESTATED_LIST = re.compile(r"\s*(?:\([^)]*\))?\s*[,:]\s*(?:namely\s+)?", FLAGS)
# "kept shelling X and villages along the river such as A and B": examples of the cue's object.
SUCH_AS_END = re.compile(
    rf"\b(?:{_INCLUDING_WORDS})\s+(?:(?:near|in|around|at)\s+)?(?:the\s+)?(?:(?:[\w-]+\s+)?(?:towns?|cit(?:y|ies)|villages?|settlements?)\s+of\s+)?$",
    FLAGS,
)  # ("..., among them the town of X", "..., including near X")
# "struck the bridge near X and the road across the dam at Y", "attacked near X and in the Y region":
# a second target of the attack, located at Y.
_RELATIVE_ASIDE = r",\s*(?:(?:most|much|part|parts|all|some)\s+of\s+)?(?:which|where|whose)\b[^,;]{0,60}(?=,)"
RELATIVE_ASIDE = re.compile(_RELATIVE_ASIDE, FLAGS)
"""A relative clause set off by commas after a name: ", most of which lies in ruins," (an aside on it)."""
SECOND_TARGET = re.compile(
    r"\s*,?\s+and\s+(?:also\s+)?(?:(?:(?:the|a|an)\s+)?[^,;]{0,50}?\s)?(?:at|in|near|on|against|for)\s+(?:the\s+)?(?:(?!(?:north|south|east|west)(?:-?(?:east|west))?\b|directions?\b|axis\b)[a-z]+\s+){0,2}(?:of\s+)?"
    # (after an aside on the first, the second leg opens at once: ", most of which lies in ruins, and near X")
    rf"|{_RELATIVE_ASIDE},\s+and\s+(?:also\s+)?(?:at|in|near|on|against)\s+(?:the\s+)?(?:[a-z]+\s+(?:of\s+)?)?",
    FLAGS,
)
INCLUDING_WITHIN = re.compile(
    rf",\s*(?:{_INCLUDING_WORDS}|particularly|mainly|mostly|specifically)\s+(?:the\s+)?",
    FLAGS,
)
PARTICIPLE_GAP = re.compile(
    r"\s*,\s*(?:(?:a|an|the)\s+(?:[\w-]+\s+){0,2}?(?:city|town|village|settlement|port|hub|stronghold|centre|center)\s+)?"
    r"(?:\w+ly\s+)?"
)  # "X, occupied in April"; "X, a city liberated in September"
BY = re.compile(r"\s*by\b", FLAGS)
POSSESSIVE_TITLE = re.compile(
    r"['’]s\s+(?:(?:city|town|village|regional|military)\s+)?(?:mayor|governor|head|administration|council|authorities|officials)\b",
    FLAGS,
)
CLAUSE_JOINED = re.compile(r",\s*(?:and|but|while)\s|;")  # where a clause joined to the one before starts
PLURAL_VERB = re.compile(r"\s+(?:(?:also|all|both|later|then)\s+)?(?:were|are)\b", FLAGS)
APPOSITIVE = re.compile(r"\s*,\s*(?:a|an|the|to\s+the\s+(?:north|south|east|west)[\w-]*,|(?:north|south|east|west)[\w-]*\s+of|near)\s", FLAGS)
FRONTED_END = re.compile(
    r"(?:\s*\([^()]*\))?(?:[\s\w'’-]*,|\s*(?:and\s+the\s+[\w\s]+)?,)"  # ("of the Lugansk People's Republic,")
    r"|(?=(?:\s+itself)?\s+(?:a|an|the|two|three|four|five|several|russian|ukrainian|our|enemy)\s)",  # "In Zolochiv a drone damaged a school"
    FLAGS,
)
FORCES_IN = re.compile(r"\b(?:forces|troops|army|units)\s+in\s+(?:the\s+)?(?:\w+\s+)?$", FLAGS)
IN_BEFORE = re.compile(r"\bin\s+(?:the\s+)?(?:\w+\s+)?$", FLAGS)
AFTER_RELATIVE = re.compile(
    r"\s*,\s*(?:(?:a|an|the)\s[^;,()]{0,80}?\s)?(?:which|who|whose|that|where)\b[^,;]*,\s*"  # "X, a town ... which ...,"
    r"(?:[^,;.]{0,80}?\s+and\s+)?"  # "X, which ..., lies on a hill and"
    r"(?:\w+ly\s+)?(?:(?:was|were|has|have|had)\s+(?:been\s+)?(?:likewise\s+|also\s+)?)?",
    FLAGS,
)
IN_GAP = re.compile(r"\s+(?:[a-z]+\s+){0,2}?(?:in|near|outside)\s+(?:the\s+)?", FLAGS)
# A facility named after one place and located by another: "the Antonov airfield near Hostomel" (Hostomel's).
FACILITY_LOCATED_AFTER = re.compile(
    r"\s+(?:(?:chemical|nitrogen|steel|coke|tractor|power|thermal|nuclear|oil|fuel|ammunition|railway|road)\s+)?(?:air\s*base|airbase|air\s*field|airfield|airport|aerodrome|plant|factory|works|refinery|depot|bridge|dam)\s+(?:near|outside|in|at)\s+$",
    FLAGS,
)
RELATIVE_WORD = re.compile(r"which|that|where|who", FLAGS)
EVENT_NAME = re.compile(r"(?-i:Battle|Siege|Battles)\s+of\s+(?:the\s+)?$", FLAGS)
PARENTHESES = re.compile(r"\([^)]*\)")
PLACE_BODY = r"(?:of|council|hall|authorities|administration|mayor|head|officials|residents|people)\b"
"""What follows "the town" when it names a body of the town or a name's kind ("the town council", "the town of X"),
not the place."""
AFTER_LEFT_OBJECT = re.compile(
    r"\s*(?:\([^()]{0,60}\)|\))?\s*(?:[,.;\"“”]|$|(?:itself|on|by|after|before|for|and|as|within|during|until|till|since|overnight|later|soon|shortly|quickly|entirely"
    r"|completely|altogether|at\s+(?:the\s+(?:end|start|beginning|turn)|last|dawn|night)|the\s+(?:next|following|same|previous)"
    r"|head(?:s|ed|ing)?|mov(?:e|es|ed|ing)|towards?"  # ("Russian columns leaving Izium head east toward Lyman")
    r"|(?:in\s+order\s+)?to"  # ("left A and B to avoid being encircled", "left the town to the Russians")
    r"|without\s+(?:a\s+|any\s+)?(?:fight|battle|resistance|shot)"  # (not "left X without power")
    r"|(?:further|farther)\s+(?:north|south|east|west)\w*|(?:to|in)\s+the\s+(?:north|south|east|west)\w*"  # (where it lies:
    r"|(?:north|south|east|west)(?:-?(?:east|west))?\s+of"  # "claimed A and B further south")
    r"|in\s+(?:early|late|mid|\d|(?:jan|feb|mar|apr|may|jun|jul|aug|sep|oct|nov|dec)\w*|the\s+(?:spring|summer|autumn|fall|winter))"
    r"|in\s+recent\s+(?:days|weeks|months)|(?:in|over)\s+the\s+(?:past|last)\s"  # ("has claimed A and B in recent months")
    r"|in\s+(?:the|that|this)\s+(?:same\s+|following\s+|next\s+|previous\s+|first\s+|last\s+)?(?:week|month|day|morning|afternoon|evening|night)s?"
    r"|in\s+the\s+(?:first|second|third|last|final)\s+(?:half|week|weeks|days|part)\s+of"  # ("in the second half of the month")
    r"|(?:a\s+few|a|two|three|four|five|several|some)\s+(?:days?|weeks?|months?)\s+(?:earlier|before|later|ago))\b)",
    FLAGS,
)


# Those who held a list of places, named right before it: "the Ukrainian units in A and B (withdrew)", "the
# Russian garrison in X (retreated)": a withdrawal verb after the list is theirs, and the list is what they left.
HOLDERS_IN_BEFORE = re.compile(
    r"\b(?:units?|troops|forces|garrisons?|soldiers|defenders|brigades?|troops\s+stationed|forces\s+stationed)\s+(?:in|at|around)\s+(?:the\s+)?"
    # ("Ukrainian units in the pocket south of the town, around A and B, withdrew")
    r"(?:(?:pocket|salient|bridgehead|area|sector|cauldron)(?:\s+[a-z-]+){0,5}\s*,?\s*(?:around|near|at|in)\s+(?:the\s+)?)?"
    r"(?:(?:[A-Z][\w’'-]+\s+){0,2}?[A-Z][\w’'-]+(?:\s*,\s*|\s+and\s+|,\s+and\s+))*$"
)
IRREGULAR_PARTICIPLES = frozenset(
    ["struck", "hit", "taken", "held", "shot", "fought", "overrun", "freed", "left", "fled", "withdrawn", "retaken", "seized", "bombed", "shelled", "blown", "torn"]
)


# A modal right after a nominal cue's object ("the capture of X would ...").
MODAL_AFTER = re.compile(
    r"\s*(?:\([^)]*\)\s*)?(?:,[^,;]{0,60},\s*)?(?:would|could|might|will|may|should|must|can)\b", FLAGS
)
