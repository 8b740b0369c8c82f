"""The part of a place a change of control or an advance reaches: positions, ground or buildings near or inside it, its
outskirts, a minor share of it (fought at or in, not taken), or its inside ("advanced in western X": an attack on it).
Read by :mod:`mapper.reading.scope`, :mod:`mapper.reading.labels` and :mod:`mapper.reading.status`.
"""

from __future__ import annotations

import re

from mapper.reading._patterns import FLAGS

__all__ = ["ADVANCE_IN", "BUILDINGS", "GROUND_AROUND", "MINOR_PART", "OUTSKIRTS", "OUTSKIRTS_BEFORE", "POSITIONS"]

# "advanced in western X": an advance inside a place is an attack on it (no capture said).
ADVANCE_IN = re.compile(
    r"\bin\s+(?:the\s+)?(?:(?:north|south|east|west|central|centre|center)\w*\s+(?:(?:part|parts|outskirts)\s+of\s+)?)?"
    r"(?:the\s+)?$"
    r"|\bthrough\s+$",  # ("advancing along the northern shore through A and B": fought through them)
    FLAGS,
)
# The positions a capture verb takes near a place: fighting there, not the place changing hands
# ("recaptured positions near X", "regained positions they had lost near X").
POSITIONS = re.compile(
    r"\s*(?:(?:some|several|lost|former|its|their|the|some\s+of\s+the|\w+)\s+){0,2}(?:positions?|trenches|trench\s+lines?|forest\s+belts?|tree\s*lines?|woodlands?|strong\s*points?|strongholds?|footholds?|bridgeheads?)\b"
    r"|\s*(?:a|the|one)\s+(?:group|line|network|series)\s+of\s+(?:\w+\s+)?(?:positions|trenches)\b",  # "a group of trenches near X"
    FLAGS,
)
# Ground won or lost around a place, not the place: "capturing 95 km2 of territory around X".
GROUND_AROUND = re.compile(
    r"^\s*(?:[\w,.-]+\s+){0,3}?(?:(?:\d[\d,.]*|one|two|three|four|five|six|seven|eight|nine|ten|several|a\s+few)\s*"
    r"(?:sq\.?\s*km|sqkm|km2|km²|square\s+\w+)|territory|ground|land|areas?)\b"
    r"[^.;]{0,30}?\b(?:around|near|outside|(?:north|south|east|west)\w*\s+of|(?P<inside>inside|in\s+(?:central|(?:the\s+)?"
    r"(?:(?:north|south|east|west)\w*\s+(?:part\s+)?of|cent(?:re|er)\s+of))))\s+(?:the\s+(?:city|town|village)\s+of\s+)?$",
    FLAGS,
)  # (ground inside a town changing hands is fighting in it: "regained ground in the west of X")
# Where a change of control stops short of the place: "drove them back from the outskirts of X".
# A list member named by its edge: "recaptured A and the outskirts of B" (fought at B, not taken).
OUTSKIRTS_BEFORE = re.compile(
    r"\b(?:outskirts|edges?|approaches)\s+(?:of|to)\s+(?:the\s+(?:city|town|village)\s+of\s+)?$"
    r"|\b(?:an?|one|two|several|some)\s+(?:[\w-]+\s+)?(?:districts?|neighbou?rhoods?|microdistricts?|quarters?)\s+of\s+$",  # ("pulled
    FLAGS,  # back from an eastern district of X": a part of X changed hands, X was fought over)
)
OUTSKIRTS = re.compile(r"\s*(?:from\s+)?(?:the\s+)?(?:(?:(?:north|south)(?:-?(?:east|west))?ern|eastern|western)\s+)?(?:outskirts|edges?|approaches)\s+(?:of|to)\s+(?:the\s+(?:city|town|village)\s+of\s+)?", FLAGS)
# A small share of a town changing hands: "cleared about a fifth of X", "(a small) part of X" (fighting in X; the
# dev gold reads "parts of X" as the change itself).
MINOR_PART = re.compile(
    r"\s*(?:(?:about|roughly|nearly|almost|some|only|at\s+least)\s+)?(?:an?\s+|the\s+)?"
    r"(?:fifth|third|quarter|tenth|small\s+(?:part|portion|section)s?|part|portion|\d+\s*(?:%|per\s*cent|percent))\s+of\s+"
    r"(?:the\s+(?:city|town|village)\s+of\s+)?",
    FLAGS,
)
BUILDINGS = re.compile(
    r"\s*(?:(?:most|much|parts?|the\s+rest|all)\s+of\s+)?(?:the\s+(?:last\s+)?)?(?:several|some|a\s+few|a\s+dozen|dozens\s+of"
    r"|\d+|two|three|four|five|six|seven|eight|nine|ten|more)\s+(?:more\s+)?(?:[\w-]+\s+)?(?:buildings|blocks|houses|streets|high-rises|workshops)\b"
    r"|\s*(?:(?:most|much|parts?|the\s+rest|all)\s+of\s+)?the\s+(?!(?:nuclear|power|hydro))(?:[\w-]+\s+){0,2}?(?:plant|factory|works|mine)\b",
    FLAGS,
)
"""Buildings or a works that changed hands inside a town: "cleared several buildings of the aggregate plant", "drove
them out of most of the plant in X" (the town fought in, not taken; not a power plant, which the annotators read as held)."""
