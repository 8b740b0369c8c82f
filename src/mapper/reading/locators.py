"""The words that locate a place, as compiled patterns: where a place stands relative to others.
Reference points and bearings ("towards X", "east of X", "near X", "in the X direction"), which
take no status from a cue; the places a reference or region only locates ("villages around X",
"the governor of X"); appositions that locate the name before them ("X, on the road to Y,"); the
joins of lists that go on past a region, a date or a compass area; and the gaps of a caption's
label. :mod:`mapper.reading.scope`, :mod:`mapper.reading.lists`, :mod:`mapper.reading.status` and
:mod:`mapper.reading.clauses` read with them; the other grammar words around cues are in
:mod:`mapper.reading.grammar`.
"""

from __future__ import annotations

import re

from mapper.reading import _patterns
from mapper.reading._patterns import FLAGS, _guarded
from mapper.reading._scan import by_first_letter

__all__ = [
    "APPOSITION_GAP",
    "APPOSITION_LIST_JOIN",
    "APPOSITION_SKIP",
    "BEARING_END",
    "BEARING_OF",
    "BESIDE_A_THING_IN",
    "BETWEEN",
    "COMPASS_JOIN",
    "COMPASS_OF",
    "DATED_GAP_JOIN",
    "DATE_LIST_JOIN",
    "DIRECTION_FROM_BEFORE",
    "DIRECTION_OF",
    "FIRING_FROM_BEFORE",
    "HELD_STATE",
    "IN_ASIDE_BEFORE",
    "IN_END",
    "LAST_LEG",
    "LEFT_SERIES_LEG_END",
    "LIST_GOES_ON",
    "LIST_JOIN",
    "LOCATED_NEAR_GAP",
    "LOCATOR_GAP",
    "MONTH",
    "MOST_OF_THEM",
    "NEAR_APPOSITION",
    "NEAR_END",
    "NEAR_WORD",
    "NOTE_BEFORE",
    "NOUN_AFTER",
    "NOUN_ITEM_BEARING_GAP",
    "NOUN_LIST_JOIN",
    "PLACES_AROUND_BEFORE",
    "PLACES_OF_BEFORE",
    "REFERENCE",
    "REFERENCE_APPOSITION",
    "REFERENCE_APPOSITION_END",
    "REFERENCE_BEFORE",
    "REGION_BEFORE_NEAR",
    "ROUTE",
    "ROUTE_TO_END",
    "SAME_NAME_IN_BEFORE",
    "SERIES_LEG_END",
    "SERIES_PREPOSITION",
    "SERIES_START",
    "TITLE_OF_BEFORE",
    "WAYPOINT_BEFORE",
]


# Reference points: the mention locates something else and takes no status.
REFERENCE = _guarded(
    "abcdefhklmnopstuvw",
    r"\b(?:"
    + by_first_letter(
        r"(?:north|south|east|west)(?:-?(?:east|west))?(?:ern|ward|wards)?\s+(?:of|from|to)"
        r"|near|nears|neared|nearing|nearby(?!\s+(?:villages?|towns?|city|cities|settlements?|hamlets?)\b)|close\s+to|closer\s+to|outside"
        r"|toward|towards|direction|directions|axis|away\s+from"
        r"|far\s+from|across\s+from|opposite|beyond|behind|past(?!\s+(?:(?:few|two|three|four|five|six|seven|\d+)\s+)?(?:days?|weeks?|months?|years?|nights?|hours?))|along|via|below|(?:down|up)stream\s+(?:of|from)|km\s+from|km\s+of|miles\s+from"
        r"|kilomet(?:er|re)s\s+from|(?:border|frontier)\s+with|off\s+(?:the\s+)?coast\s+of|waters\s+off"
        r"|came\s+out\s+of|comes\s+out\s+of|coming\s+out\s+of"
        r"|bound\s+for|en\s+route\s+to|heading\s+(?:for|to)|headed\s+(?:for|to)"  # ("hit a bus bound for X": where it went)
        r"|linking|connecting|links|connects"  # ("struck the bridge linking A with B": the link's ends)
    )
    + r")\b",
)
BETWEEN = re.compile(r"\bbetween\s+(?:the\s+)?(?:[\w-]+\s+)?$", FLAGS)
# Between a place and the region or kind that locates it: "X (Y), a village in the Z region".
LOCATOR_GAP = re.compile(
    r"\s*(?:\([^)]*\)\s*)?,?\s*(?:(?:an?|the|(?:near|close\s+to|along|by|on)\s+the)\s+[^,;()]{0,60}?\s+)?"
    r"(?:located\s+|situated\s+|lying\s+)?"
    r"(?:in|of)?\s*(?:the\s+)?(?:[a-z]+\s+)?",
    FLAGS,
)
HELD_STATE = r"(?:(?:(?:temporarily|illegally|still|now|currently|partially|partly)\s+)?(?:russian-|ukrainian-)?(?:occupied|held|controlled)\s+)"
"""A standing state said of the place as it is named: "near occupied X", "in Russian-held X", "near the temporarily
occupied X"."""
# Attacks located near a place, bearings and directions, and the names that only locate.
# An attack reported "near" a place is an attack on it ("repelled attacks near X"): the
# one reference word that does not stop an attack cue, when it comes last.
_NEAR = r"(?:near|close\s+to|around|at|in\s+the\s+(?:areas?|vicinity)\s+of|on\s+the\s+outskirts\s+of)"
_COMPASS_OF = r"(?:north|south|east|west)(?:-?(?:east|west))?(?:ern|ward|wards)?\s+of"
_PART_OF = r"(?:central|downtown|northern|southern|eastern|western)\s+"
"""A part of the place said as it is named: "in central X"."""
NEAR_END = re.compile(
    rf"\b{_NEAR}\s+(?:the\s+)?(?:(?:[a-z-]+\s+)?(?:villages?|towns?|city|settlements?|hubs?|strongholds?)\s+of\s+)?{HELD_STATE}?$", FLAGS
)  # ("near the logistics hub of X")
# The last leg of an advance or attack in several places, each with its own preposition: "advanced 200 m toward
# A and B in the north, and 100 to 700 m near C" (C is where it advanced; A and B are where it was heading);
# "fighting north of X near A and in B" (a leg "in" a place: a settlement, not a region that locates them all).
LAST_LEG = re.compile(rf",?\s*(?:and|as\s+well\s+as)\s+(?:(?!and\b)[\w\u2013-]+\s+){{0,8}}?(?P<leg>(?:{_NEAR}|in)\s+(?:the\s+)?(?:(?:nearby|neighbou?ring|adjacent)\s+)?(?:(?:[a-z-]+\s+)?(?:villages?|towns?|city|settlements?|suburbs?)\s+of\s+)?)$", FLAGS)
# A series of located lists, each opening with the preposition of the first: "air strikes on A and B in Donetsk
# Oblast, on C and D, and on E in Zaporizhzhia Oblast"; "attacks near A, near B and C".
SERIES_PREPOSITION = r"(?:on|against|near|around|at|in\s+the\s+areas?\s+of|of|through)"
SERIES_START = re.compile(rf"\s*(?:[\w-]+\s+){{0,3}}?(?P<prep>{SERIES_PREPOSITION})\s", FLAGS)
# (", and of C", " and of C": "the capture of A on 24 April, of B on 26 April and of C")
SERIES_LEG_END = re.compile(
    rf"(?:,\s*(?:and\s+|as\s+well\s+as\s+)?(?:(?:from|in)\s+the\s+(?:north|south|east|west)(?:-?(?:east|west))?(?:ern)?\s+)?|\s+and\s+(?=(?:of|on|against)\s))"
    rf"(?P<prep>{SERIES_PREPOSITION})\s+(?:the\s+)?(?:(?:[a-z-]+\s+)?(?:villages?|towns?|city|settlements?|areas?)\s+of\s+)?$",
    FLAGS,
)  # (", and from the north through C": a leg may say where it came from)
LEFT_SERIES_LEG_END = re.compile(
    r",\s*(?:and\s+|as\s+well\s+as\s+|at\s+the\s+same\s+time\s+as\s+|just\s+as\s+)?(?:[\w-]+\s+){0,2}?from\s+(?:the\s+)?$", FLAGS
)
"""The last leg of a withdrawal's series: "withdrew from A on 25 March, and from B", "..., at the same time as from B"."""
# "40 attacks ..., most of them near X": the attacks, located.
MOST_OF_THEM = re.compile(
    r",\s*(?:most|many|some|several|half|all|the\s+majority|two|three|four|five)\s+of\s+(?:them|which)\s+"
    rf"(?={_NEAR}\s)",
    FLAGS,
)
# Words that only locate an attack, dropped when an attack reaches past named places.
NEAR_WORD = re.compile(rf"\b{_NEAR}\b", FLAGS)
# The way an attack went, before where it was: "attacked along the railway and the main road near X". Not
# a reference point: no place is named in it, and the "near X" after it says where.
ROUTE = re.compile(
    r"\b(?:along|across|down|up|on|over)\s+(?:the\s+)?(?:[\w-]+\s+){0,3}?(?:railway|railroad|rail\s+line|road|roads"
    r"|highway|motorway|route|river|riverbank|banks?|shores?|coast|canal|reservoir|forests?|woods|tree\s*lines?|ridge|heights|hills|fields"
    r"|(?:front[\s-]|contact\s+|demarcation\s+)?line)"
    r"(?:\s+lines?)?\b",
    FLAGS,
)
COMPASS_OF = re.compile(rf"\b{_COMPASS_OF}\b", FLAGS)
BEARING_END = re.compile(rf"\b{_COMPASS_OF}\s+(?:the\s+)?$", FLAGS)
"""A bearing's "<compass> of" right before a name: "north of", "15 km southeast of the"."""
# What a place named on the way of a located attack follows: a bearing or direction ("northeast of
# X near A"), or a parallel location ("near X and from the south near A").
IN_END = re.compile(
    r"\bin\s+(?:the\s+)?(?:(?:city|town|village|centre|center|heart|outskirts|suburbs)\s+of\s+(?:the\s+(?:city|town)\s+of\s+)?"
    rf"|{_PART_OF})?$",
    FLAGS,
)
"""The end of an attack's object that says where: "struck a hospital in X"."""
# What opens a note that tells namesakes apart, right before the other namesake's name: "should not be
# confused with the", "(not the", "not the village of", and the next of a series of them ("... confused with
# Yampolivka, further north, or with the") (that namesake is named only to set it apart).
# Where guns fired from, told in the attackers' words: "howitzers firing from the coast near X, hit the island".
FIRING_FROM_BEFORE = re.compile(
    r"\b(?:firing|fired|shooting|launched|launching)\s+from\s+(?:the\s+|their\s+|its\s+)?(?:[\w-]+\s+){0,2}?"
    r"(?:near|at|around|outside|by)\s+(?:the\s+(?:town|city|village)\s+of\s+)?$",
    FLAGS,
)
# Where an attack came from, in a bulletin's words: "counterattacks from the direction of the settlement of X were
# repelled" (X is the attackers' ground, not their target).
DIRECTION_FROM_BEFORE = re.compile(
    r"\bfrom\s+the\s+directions?\s+of\s+(?:the\s+(?:settlements?|villages?|towns?|cit(?:y|ies))\s+of\s+)?$", FLAGS
)
NOTE_BEFORE = re.compile(
    r"(?:\b(?:not\s+(?:to\s+)?(?:be\s+)?confused\s+with(?:\s+the)?|(?:not|rather\s+than|unlike|unrelated\s+to|distinct\s+from)\s+the)"
    r"|,\s+(?:or|nor)\s+with\s+the"
    r"|\bconfused\s+with\s+[^.;]{1,60}?\s(?:or|nor)\s+(?:with\s+)?the"  # "... with the city of A or the town of B"
    r"|\bfor\s+(?:the|other)\s+[^.;]{0,60}?,\s+see"  # a hatnote: "For the village in Khmelnytskyi Oblast, see"
    r"|^\W*for\s+the\s+(?:[\w-]+\s+)?(?:village|town|city|settlement|hamlet)\s+of)\s+"  # "For the village of X near Y, see"
    r"(?:(?:much\s+|far\s+)?(?:small|large|larger|smaller|big|bigger|other|namesake)\s+)?(?:(?:village|town|city|settlement)\s+(?:of\s+)?)?"
    r"(?:(?:fighting|battles?|siege|capture|liberation|defen[cs]e)\s+(?:at|of|for|in|near)\s+)?$",  # "the fighting at X"
    FLAGS,
)
# Where a note puts the namesake it sets apart without naming it again: "Vasylivka, not to be confused with the
# district centre of the same name in Zaporizhzhia Oblast" (the oblast is the other namesake's).
SAME_NAME_IN_BEFORE = re.compile(
    r"(?:\bof\s+the\s+same\s+name|\b(?:its|a|the)\s+namesakes?|\bnot\s+the\s+(?:city|town|village)\s+of\s+that\s+name"
    r"|\bnot\s+the\s+one"  # "Bilohorivka, the one by Soledar, not the one in Luhansk region"
    r"|\bshares?\s+(?:its|a|the)\s+name\s+with\s+(?:the|a|another)\s+(?:village|town|city|settlement))"  # "X, a village
    # that shares its name with the village north of Y"
    r"\s+(?:in|near|outside|(?P<bearing>(?:north|south|east|west)(?:-?(?:east|west))?)\s+of)\s+(?:the\s+)?$",
    FLAGS,
)  # ("Krymske (not to be confused with its namesake in Luhansk Oblast)", "X (a village, not the city of that name
# north-west of Toretsk)")
# Where a thing stands in the place: "outside the city council in X", "next to a school in X", "near an
# ammunition depot in occupied X" (X is where, the words before "in" locate the thing within it).
BESIDE_A_THING_IN = re.compile(
    r"\b(?:outside|next\s+to|beside|behind|opposite|in\s+front\s+of|near|close\s+to)\s+(?:the|a|an|its)\s+(?:[\w-]+\s+){1,3}?"
    rf"in\s+(?:the\s+)?(?:{HELD_STATE}|{_PART_OF})?$",
    FLAGS,
)
DATELINE = re.compile(_patterns.DATELINE)
"""A wire story's dateline, "KYIV, Aug 28 (Reuters) - ...": where it was filed, not what happened there."""
NEAR_APPOSITION = re.compile(r"\s*,\s*(?:just\s+|right\s+)?(?:near|outside|opposite|close\s+to|not\s+far\s+from)\s+(?:the\s+)?", FLAGS)
"""", near X": an apposition locating the name before it."""
WAYPOINT_BEFORE = re.compile(
    rf"(?:\b{_COMPASS_OF}|\b(?:banks?|shores?|islands?)\s+of|\btowards?|\bdirection\s+of|\bin\s+the|\bon\s+the|\bin(?:\s+(?:the\s+)?(?:north|south|east|west|central)\w*)?|\balong\s+the|\bfrom|\b(?:border|frontline|front-line)\s+areas?\s+of|{_NEAR}|\bof\s+the\s+(?:[\w-]+\s+)?(?:city|town|village)\s+of)\s+(?:the\s+)?$"
    r"|^\s*(?:,\s*)?(?:and|or)?\s*$|^\s*[-\u2013]\s*$",  # the next name of a list of them, or of a compound
    FLAGS,
)
# A region whose places are listed after it: "the right-bank settlements of Kherson oblast, including A";
# or that locates the place a definite noun stands for: "the fighting for the village in Luhansk Oblast".
PLACES_OF_BEFORE = re.compile(
    r"\b(?:(?:settlements?|villages|towns|cities|communities|hromadas|localities|(?:border|frontline|front-line)\s+areas)\s+of"
    r"|(?:villages|towns|settlements|hamlets|localities)\s+in"
    r"|\bthe\s+(?:[\w-]+\s+)?(?:village|town|city|settlement|hamlet)\s+in)\s+(?:the\s+)?"
    r"(?:(?:neighbou?ring|(?:north|south)?-?(?:east|west)?ern|central)\s+)?$",
    FLAGS,
)
# A region set off as an aside: ", in Dnipropetrovsk Oblast," (see status._aside).
IN_ASIDE_BEFORE = re.compile(
    r",\s*(?:also\s+)?(?:(?:just\s+)?(?:across|over)\s+the\s+(?:border|boundary|river)\s+|(?:an?|the)\s+(?:[^,;]|(?<=\d),(?=\d{3})){1,80}?\s)?(?:(?:just\s+)?(?:inside|within)|in)\s+(?:the\s+)?"
    r"(?:(?:north|south|east|west|centre|center)[\w-]*\s+(?:part\s+)?of\s+(?:the\s+)?)?$", FLAGS
)  # (", in Donetsk Oblast,", ", just inside Donetsk Oblast,", ", also in Donetsk Oblast,", ", in the north of Donetsk Oblast,", ", across the border in Donetsk Oblast,", ", a town of 15,000 people in X Oblast,")
# A place right after a list that only locates it: "Andriivka near Bakhmut", "Pisky west of Donetsk".
LOCATED_NEAR_GAP = re.compile(
    r"\s+(?:near|outside|between|(?:north|south|east|west)(?:-?(?:east|west))?\s+of)\s+(?:the\s+(?:city|town)\s+of\s+)?", FLAGS
)
NOUN_ITEM_BEARING_GAP = re.compile(
    rf",?\s+and\s+the\s+(?:(?:[a-z-]+\s+){{1,3}}?{_COMPASS_OF}\s+(?:the\s+(?:city|town)\s+of\s+)?"
    r"|(?:[a-z-]+\s+)?(?:positions|defen[cs]es|trenches|checkpoints)\s+(?:around|near|outside|at)\s+)",
    FLAGS,
)
"""A list's last item that is no name but an area placed by a bearing from one: "A, B and the border strip east of
X were back in separatist hands" (X only places the strip); or positions at one: "A, B and the positions around X
were shelled" (X was shelled, as "near X" is)."""
# Villages named by the town they surround: the town only locates them ("shelling in villages around X").
PLACES_AROUND_BEFORE = re.compile(
    r"\b(?:settlements|villages|towns|communities|hromadas|localities|hamlets)\s+"
    r"(?:around|near|outside|surrounding|close\s+to)\s+(?:the\s+(?:city|town)\s+of\s+)?$"
    r"|\b(?:an?|one)\s+(?:[\w-]+\s+)?(?:village|town|settlement|hamlet)\s+(?:of|in)\s+the\s+$",  # "X, a village of the Y community"
    FLAGS,
)
# A region that locates the list after it: "fighting in western Zaporizhia Oblast near A and B".
REGION_BEFORE_NEAR = re.compile(rf"\s*,?\s*{_NEAR}\s+(?:the\s+)?$", FLAGS)
# The pieces of "in the X direction near A": the direction locates the attack, as a bearing does.
DIRECTION_OF = re.compile(
    r"\bin\s+the\s*$|\balong\s+the\s*$|\bfrom\s+the\s*$|^\s*(?:direction|axis|sector|front|line|area|tactical\s+area)\b|\b(?:towards?|in\s+the\s+direction\s+of)\s*$", FLAGS
)
# A name in a title names an office, not a place where something happened: "the governor of the Odesa region".
TITLE_OF_BEFORE = re.compile(
    r"\b(?:governor|mayor|head|chief|administration|council|authorities|prosecutors?|police|ombudsman)\s+of\s+(?:the\s+)?"
    r"(?:(?:russian-|ukrainian-)?(?:occupied|controlled|held)\s+(?:parts?|areas?)\s+of\s+(?:the\s+)?)?$",  # "head of the occupied parts of X"
    FLAGS,
)
# A name right after a reference word takes no status from a cue after it ("attacks towards X were repelled").
_ROAD = r"(?:road|highway|route|railway|motorway|bridge)"
# Where a road leads or comes from, after a strike on something on it: "struck a minibus on the road to Kramatorsk",
# "armour gathering on the road from Yasynuvata".
ROUTE_TO_END = re.compile(
    rf"\b(?:{_ROAD}s?|buses|trains|flights|convoys|ferries)\s+(?:(?:leading|running|that\s+lead|that\s+run|bound)\s+)?"
    r"(?:(?:north|south|east|west)\w*\s+)?"
    r"(?:across\s+(?:the\s+)?(?:[\w-]+\s+){1,3}?)?"
    r"(?:to|towards?|from|into|out\s+of)\s+(?:the\s+)?$",
    FLAGS,
)  # (and "the bridges across the Siverskyi Donets to Lysychansk", "buses to X are suspended": where they run)
REFERENCE_BEFORE = _guarded(
    "abcdefhilmnorstuw",
    r"\b(?:"
    + by_first_letter(
        rf"towards?|direction\s+of|side\s+of|{_COMPASS_OF}|outside|beyond|between|from|opposite|home\s+(?:of|to)|adjacent\s+to|next\s+to"
        r"|came\s+out\s+of|comes\s+out\s+of|coming\s+out\s+of"  # ("the attack came out of the A-B mining area": its start)
        rf"|{_ROAD}\s+(?:(?:north|south|east|west)\w*\s+)?(?:to|from|towards?)|{_ROAD}\s+from\s+(?:[\w'’-]+\s+){{1,3}}?to"
        # ("the road from A to B", "the highway south to B")
        r"|leaves\s+for|leave\s+for|left\s+for|leaving\s+for|bound\s+for|heading\s+(?:for|to)|headed\s+(?:for|to)"  # a destination
        r"|departs\s+for|departed\s+for|evacuated\s+to"
        r"|(?:linking|connecting|links|connects)(?:\s+(?:[\w'’-]+\s+){1,3}?(?:with|to|and))?"  # a link's ends: "the span linking Russia with X"
        # a comparison set off after the subject: "X, unlike A or B, has been struck" (not a fronted "Unlike A, B was
        # shelled", whose comma would join A to B)
        r"|(?<=,\s)(?:unlike|in\s+contrast\s+to|compared\s+(?:with|to))"
        r"|(?:launch|launching|firing)\s+(?:sites?|positions?|pads?|areas?)\s+(?:near|in|at|outside|around)"  # fire's origin
        # a measure from a place: "villages within 15 km of X", "lies 25 km from the border of the X region"
        r"|within\s+(?:about\s+|some\s+)?\d+\s*(?:km|kilomet\w+|miles)\s+of|from\s+the\s+(?:border|boundary)\s+(?:of|with)"
    )
    + r")\s+(?:(?:either|nearby|neighbou?ring)\s+){0,2}(?:the\s+)?(?:(?:city|town|village)\s+of\s+)?"
    r"(?:(?:city|town|village)\s+(?:near|by|outside)\s+)?"  # ("45 km west of the village near X": X places the reference)
    r"(?:(?:russian|ukrainian)-?(?:occupied|held|controlled)\s+)?$",  # ("across the reservoir from Russian-held X")
)

# Appositions.
# An apposition between a subject and its verb ("Enerhodar, home of the nuclear plant, was seized").
_COUNT = r"(?:\d+|a\s+few|a\s+dozen|several|two|three|four|five|six|seven|eight|nine|ten|eleven|twelve|fifteen|twenty|thirty|forty|fifty)"
"""A distance's count, in figures or words ("10 km", "ten kilometres", "a few kilometres")."""
_APPOSITION = (  # ", home of the nuclear plant,", ", north-east of the town,", ", to the south-west,", ", its houses in ruins,"
    r"\s*,\s*(?:(?:lying|situated|located|standing|sitting)\s+)?(?:(?:directly|just|immediately|right|about|some|upriver|downriver"
    r"|upstream|downstream)\s+)?"
    rf"(?:{_COUNT}\s*(?:km|kilomet\w+|miles)\s+)?"  # (", lying on the road from A to B,", ", about ten kilometres north of X,")
    r"(?:home\s+(?:of|to)|adjacent\s+to|next\s+to|close\s+to|not\s+far\s+from|near|outside|inside|within|across|opposite|between"
    r"|(?:on|at|in)\s+(?:the|its|their)|(?:north|south|east|west)[\w-]*(?:\s+(?:and|or)\s+(?:north|south|east|west)[\w-]*)?\s+of"
    r"|to\s+(?:the|its|their)\s+(?:north|south|east|west)"  # (", north and north-east of the town,")
    r"|(?:a|an|the|another|two|three|four|five|six|several|both|its|their|\d+)\s|(?:ukraine|russia|the\s+region|the\s+oblast|the\s+country)['’]s\s"
    r"|(?:[\w-]+-(?:held|controlled|occupied)\s+)?(?:villages|towns|suburbs|settlements|hamlets)\s"  # "A and B, villages east
    # of the town, had been lost", "A and B, Ukrainian-held villages west of X, were shelled"
    r"|(?:further|farther)\s+(?:north|south|east|west)[\w-]*(?=[\s,])"  # "X, further west on the road to Y, was bombed", "X, further south,"
    r"|(?:(?:since|later|now|officially)\s+)?renamed\s|now\s+(?:called|named|known\s+as)\s|formerly\s)"  # "Kirove, since renamed Pivnichne,"
    r"(?:[^,;()]|(?<=\d),(?=\d{3})){0,120},\s*"  # (a number's thousands: "a town of 55,000")
)
APPOSITION_SKIP = re.compile(
    _APPOSITION + r"|\s*,\s*(?:\w+ly\s+)?[a-z]+ed(?:\s+(?:to|by|in|into)\s+[a-z]+){0,1}\s*,\s*"  # "Marinka, largely
    # destroyed, was captured", "Dovhenke, reduced to ruins, was occupied"
    r"|\s*,\s*(?:[a-z]+ed|(?:re)?taken)\s+by\s+(?:ukrainian|russian)\s+(?:[a-z]+\s+){0,4}?(?:troops|forces|units)"
    r"(?:\s+(?:last|this|that|in|on)\s+[\w-]+(?:\s+[\w-]+)?)?\s*,\s*",  # "Makariv, retaken by Ukrainian troops last week,
    # comes under renewed shelling"
    FLAGS,
)
# A list that goes on past an apposition of its member: "took A, on the road to B, and C, the
# western suburb of D"; "A and B, north-east of the town, and C, on its southern side, were taken".
APPOSITION_LIST_JOIN = re.compile(
    _APPOSITION + r"(?:and|or|as\s+well\s+as)\s+(?:(?:of|in|near|from)\s+)?"
    r"(?:the\s+(?:[a-z-]+\s+)?(?:outskirts|edges?|villages?|towns?|settlements?)\s+of\s+)?"  # ("shelled A, just north of the city,
    # and the outskirts of B"; "attacked A, north-west of X, and the villages of B and C")
    r"|\s*,\s*(?:(?:since|later|now|officially)\s+)?renamed\s[^,;()]{1,60},\s*and\s+the\s+(?:village|town|city|settlement)\s+of\s+",
    FLAGS,
)  # ("took Kirove, since renamed Pivnichne, and the village of Shumy")
# A name inside an apposition that only locates the name before it ("X, on the road to Y, remains
# occupied"; "X, a town south-west of Y that had been reduced to ruins"): the text before it ...
REFERENCE_APPOSITION = re.compile(
    r"\s*,\s*(?:(?:a|an|the|another)\s+(?:[\w-]+\s+){0,6}?|(?:villages|towns|suburbs|settlements)\s+"
    r"|(?:further|farther)\s+(?:north|south|east|west)[\w-]*\s+)?(?:(?:directly|just|immediately|right|about|some|upriver|downriver"
    r"|upstream|downstream)\s+)?"
    rf"(?:{_COUNT}\s*(?:km|kilomet\w+|miles)\s+(?:\(\d+\s*\w+\)\s+)?)?"
    r"(?:on\s+the\s+(?:main\s+)?(?:road|way|highway|route)\s+(?:(?:north|south|east|west)[\w-]*\s+)?(?:to|from)"
    r"|on\s+the\s+(?:[a-z-]+\s+)?(?:edge|outskirts)\s+of"
    r"|adjacent\s+to|next\s+to|close\s+to|near|opposite|across\s+(?:the\s+)?(?:[\w-]+\s+){0,3}?from"
    r"|outside|not\s+far\s+from|(?:north|south|east|west)[\w-]*\s+of)\s+(?:the\s+(?:city|town|village)\s+(?:of|near|by|outside)\s+)?"
    r"(?:(?:russian|ukrainian)-?(?:occupied|held|controlled)\s+)?",  # ("X, west of the village near Y,")
    FLAGS,
)
# ... and after it: the apposition closes, or a restrictive clause about the head noun begins.
REFERENCE_APPOSITION_END = re.compile(
    r",(?!\s*(?:which|who|where)\b|\s*the\s+(?:town|city|village)\s+(?:that\s|which\s"
    r"|(?=(?:they|we|our|russian|ukrainian|enemy|russia|ukraine|moscow|kyiv)\b)))"  # (not a clause of its own: ", the town
    # Ukrainian forces liberated")
    r"|\s+(?:that|which)\b|\s*:",  # (":" a label's end)
    FLAGS,
)
# "Melitopol, the occupied city": an adjective cue in an apposition governs the name before it.
APPOSITION_GAP = re.compile(
    r"\s*,\s*(?:the|a|an)\s+(?:(?:now|still|long|partly|fully|temporarily|nearest|closest|largest|biggest|main|last|only"
    r"|small|smaller|large|larger|big|key|major|nearby|neighbouring)\s+){0,3}",  # ("Horlivka, the nearest large Russian-held city")
    FLAGS,
)
NOUN_AFTER = re.compile(
    r"\s+(?:[\w-]+\s+)?(?:city|town|village|port|region|oblast|settlement|capital|centre|center|hub)\b",
    FLAGS,
)

# List joins.
# Lists that go on past a region locating their first part ("A and B in the Sumy oblast and C in
# ...") or a compass area ("in Lviv and Ternopil in the west, and in Dnipro").
LIST_JOIN = re.compile(
    r"\s*(?:oblasts?|regions?|provinces?|raions?|districts?)?\s*,?\s*(?:and|or|as\s+well\s+as)\s+(?:(?:in|near)\s+)?"
    r"(?:the\s+(?:towns?|villages?|cities|city|settlements?)\s+of\s+)?",
    FLAGS,
)
NOUN_LIST_JOIN = re.compile(
    r"\s+(?:city\s+|itself\s+)?,?\s*(?:and|or|as\s+well\s+as)\s+(?:the\s+)?(?:(?![\w-]+-(?:held|occupied|controlled)\b)[\w-]+\s+)?"
    # ("A and the northeastern outskirts of B", "hit the port of A and the Danube ports of B and C"; not "the separatist-held
    # villages of B": the adjective is theirs)
    r"(?:towns?|villages?|cities|city|settlements?|areas?|outskirts|vicinity|environs|ports?|harbou?rs?)\s+of\s+"
    r"|\s*,?\s*(?:and|or|as\s+well\s+as)\s+(?:its|their)\s+(?:[\w-]+\s+)?(?:suburbs?|satellite\s+towns?|neighbou?r)\s+(?:of\s+)?",
    FLAGS,
)  # ("shelled Kherson and its suburb Antonivka", "assaulted Toretsk and its eastern suburbs of A and B")
MONTH = r"(?:January|February|March|April|May|June|July|August|September|October|November|December)"
# "captured Marinka in December 2023, Avdiivka in February 2024 and ...": a list with dates.
DATE_LIST_JOIN = re.compile(
    rf"\s+(?:(?:in|on|by|around|about|at)\s+(?:early\s+|late\s+|mid-)?(?:the\s+(?:end|start|beginning|middle)\s+of\s+)?"
    rf"(?:\d{{1,2}}\s+)?{MONTH}(?:\s+\d{{1,2}})?(?:,?\s+\d{{4}})?"
    r"|(?:(?:in\s+)?(?:early|late|mid-?)\s+)?(?:last|this|that|the\s+previous|the\s+following)\s+(?:week|month|year|spring|summer|autumn|winter))"
    r"(?:\s*,\s*according\s+to\s+[^,;]{1,60})?"  # (past whose word it is: "around 20 June, according to officials,")
    r"\s*(?:,\s*(?:and\s+)?|\s+and\s+)(?:then\s+|later\s+)?(?:(?:from|in|near)\s+)?"
    r"(?:(?<=and\s)the\s+(?:[a-z-]+\s+)?(?:city|town|village)\s+of\s+)?",  # (after "and": not an apposition)
)  # "withdrew from A on 26 February and from B", "took A around 20 June and then B", "took A early last month and B",
# "took A in February and the hilltop town of B in October"
DATED_GAP_JOIN = re.compile(
    rf"\s*,\s*and\s+(?:then\s+|later\s+)?(?:in|on|by)\s+(?:early\s+|late\s+|mid-)?(?:\d{{1,2}}\s+)?{MONTH}(?:\s+\d{{1,2}})?"
    rf"(?:\s+(?:and|to)\s+(?:early\s+|late\s+|mid-)?(?:\d{{1,2}}\s+)?{MONTH}(?:\s+\d{{1,2}})?)?(?:,?\s+\d{{4}})?\s*,?\s*",
)  # "capture Popasna, and in May and June A, B and C": the verb gapped, its date said before the list
_COMPASS_AREA = r"(?:in|to)\s+the\s+(?:north|south|east|west|centre|center)[\w-]*"
COMPASS_JOIN = re.compile(
    rf"\s+{_COMPASS_AREA}(?:\s+of\s+the\s+(?:country|city|town))?\s*,?\s*"
    rf"(?:and|as\s+well\s+as)\s*,?\s*(?:(?:in|near)\s+|{_COMPASS_AREA}\s*,?\s*)"
    r"|\s+to\s+its\s+(?:north|south|east|west)[\w-]*\s*,\s*(?:and\s+)?",
    FLAGS,
)  # "A in the north and in B"; "A and B to the north and, to the east, C and D"; "B to its west, and C"
# A member placed by a bearing from a town, before the list goes on: "took A to the north of X, B ..." (X only locates A).
BEARING_OF = re.compile(r"\s+(?:to\s+the\s+)?(?:north|south|east|west)[\w-]*\s+of\s+(?:the\s+(?:city|town|village)\s+of\s+)?", FLAGS)
LIST_GOES_ON = re.compile(r"\s*,\s*(?:and\s+)?", FLAGS)
