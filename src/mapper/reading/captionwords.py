"""The words of captions, labels and headlines, as compiled patterns: a label that names a place and its state before
the event ("Occupied Melitopol: explosions near the station", "Esman hromada: drone drops"), a headline's participle
with its auxiliary dropped ("Primary school in Kharkiv shelled"), the words between a label's place and the places
that locate it ("Malynivka, east of Huliaipole:", "Hlyboke, Kharkiv Oblast:"); read by :mod:`mapper.reading.clauses`,
:mod:`mapper.reading.labels`, :mod:`mapper.reading.status` and the cue readers. The grammar of full sentences is in
:mod:`mapper.reading.grammar`.
"""

from __future__ import annotations

import re

from mapper.reading._patterns import FLAGS
from mapper.reading.locators import HELD_STATE

__all__ = [
    "HEADLINE_END", "HEADLINE_GAP", "HEADLINE_START", "LABEL_BEARING_GAP", "LABEL_END", "LABEL_LOCATOR_GAP", "LABEL_STATE",
    "LABEL_UNIT_AFTER", "LABEL_WEAPONS",
]

# What may end a headline after its participle: "Primary school in Chuhuiv shelled overnight", "... hit by a drone".
HEADLINE_END = re.compile(
    r"\s*(?:(?:again|overnight|today|yesterday|at\s+night|on\s+\w+day|by\s+(?:a\s+|an\s+)?[\w-]+(?:\s+[\w-]+)?"
    r"|(?:in|during)\s+(?:an?\s+|the\s+)?(?:[\w-]+\s+){0,3}?(?:attacks?|strikes?|shelling|bombing|raids?)"
    r"|,\s*\d{1,2}\s+(?:jan|feb|mar|apr|may|jun|jul|aug|sep|oct|nov|dec)[a-z]*(?:\s+\d{4})?"  # ", 7 November 2025"
    r"|from\s+(?:russia|russian\s+territory|the\s+russian\s+side|across\s+the\s+border)"  # "shelled from Russia"
    r"|over\s+the\s+(?:past|last)\s+(?:day|24\s+hours|night|week)"  # "... over the past day"
    r"|,\s*(?:[\w'’-]+\s+){1,3}(?:says|say|said|claims?|reports?))\s*){0,2}[.!]?(?:\[\w{1,4}\])*\s*$",  # ", mayor says"; "taken.[16]"
    FLAGS,
)
# A headline drops the auxiliary: "Irpin retaken, mayor says", "Whole of Kyiv Oblast freed", "X fully occupied".
HEADLINE_START = re.compile(
    r"(?:[^:;.!?]{1,40}:\s*)?"  # after a label: "17 September 2023: Klishchiivka liberated"
    r"\s*(?:(?:the\s+)?(?:whole|all|most|rest|much)\s+of\s+(?:the\s+)?)?$",
    FLAGS,
)
# Between a headline's place and its participle: "Klishchiivka fully liberated".
HEADLINE_GAP = re.compile(
    r"\s*[\"'“‘]?(?:(?:fully|now|finally|officially|completely|largely|partly|partially|entirely|reportedly|again|also)\s+)?", FLAGS
)  # (in quotation marks too: "X 'fully liberated' by units of the South group")
# The state a label may give its place: "Occupied Melitopol: ...", "Frontline Kupiansk: ...".
LABEL_STATE = re.compile(
    r"\s*[*_\"'“‘]*\s*(?:(?:russian-|russia-|enemy-)?occupied|(?:russian|russia|enemy)-(?:held|controlled)|liberated|frontline|front-line)\s+", FLAGS
)
# The word for the unit a label names after its town: "Esman hromada: drone drops" (see also mapper.reading.communities).
LABEL_UNIT_AFTER = re.compile(
    r"\s+(?:hromada|community|municipality|district|port|seaport|area|outskirts|suburbs?|city\s+cent(?:re|er))\b", FLAGS
)  # (or a part of the place: "Odesa port: missile hits a ship")
# A label's end: a colon or a dash, an aside in parentheses before it ("Kupiansk (Kharkiv Oblast): ...").
LABEL_END = re.compile(r"[*_]*\s*(?:\([^()]{0,40}\)\s*)?(?::|\s[—–-])\s+", FLAGS)
# What a label's line may name instead of a verb: the weapons that struck ("Esman hromada: drone drops (4
# explosions)", "Bilopillia hromada: a guided aerial bomb and FPV drones").
LABEL_WEAPONS = re.compile(
    r"\b(?:(?:guided\s+)?(?:aerial\s+)?bombs?|KABs?|(?:FPV\s+|kamikaze\s+|attack\s+)?drones?|drone\s+drops|UAVs?|missiles?"
    r"|rockets?|shells|shelling|mortars?|artillery|MLRS|Grads?|explosions?)\b"
    r"(?!\s+(?:footage|videos?|images?|photos?|pictures?|recordings?|feeds?)\b)",  # ("releases drone footage": no strike)
    FLAGS,
)
# A caption's label: its places, the oblast that locates them, then a colon or dash ("Hlyboke, Kharkiv Oblast: ...").
LABEL_LOCATOR_GAP = re.compile(r"(?:,|\s*\()\s*(?:(?:russian-)?occupied\s+)?", FLAGS)  # "Dzhankoi, occupied Crimea:", "X (Donetsk Oblast):"
LABEL_BEARING_GAP = re.compile(
    r",?\s*(?:on\s+the\s+(?:[\w-]+\s+)?(?:reservoir|river|coast|bank|shore|border)\s+)?"  # ("A, on the reservoir west of B:")
    r"(?:(?:about\s+)?\d+\s*km\s+)?(?:(?:just|directly|right)\s+)?"
    r"(?:(?:north|south|east|west)(?:-?(?:east|west))?(?:ern)?\s+of|near|outside|close\s+to|next\s+to|opposite|across\s+from"
    r"|between"  # "Novoselivka, between Orikhiv and Huliaipole:"
    r"|across\s+the\s+(?:river|reservoir|dnipro|bay|estuary|lake)\s+from"  # "Kozatske, across the river from Nova Kakhovka:"
    r"|on\s+the\s+(?:[a-z-]+\s+)?(?:edge|outskirts|approaches)\s+(?:of|to)"
    r"|on\s+the\s+(?:[\w-]+\s+){0,2}?(?:road|highway)\s+(?:into|to|from|towards?))\s+"  # ("Kyselivka, on the highway into
    # Kherson:")
    rf"{HELD_STATE}?",  # "Myrne, north of Russian-held Melitopol:", "Karantynnyi Island, opposite Kherson:"
    FLAGS,
)
