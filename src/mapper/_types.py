"""Type aliases shared across mapper's modules."""

from __future__ import annotations

from typing import Literal, TypeAlias

__all__ = ["LatLon", "Status", "STATUSES", "MatchKind", "MentionKind", "DatePrecision", "DateSource", "Extent"]

LatLon: TypeAlias = tuple[float, float]
"""A WGS84 position as (latitude, longitude) in decimal degrees."""

Status: TypeAlias = Literal["liberated", "attacked", "occupied"]
"""What a sentence reports of a place; ``None`` stands for "no status"."""

STATUSES: tuple[Status, ...] = ("liberated", "attacked", "occupied")

MatchKind: TypeAlias = Literal["exact", "folded", "transliterated", "curated", "russian", "phonetic", "fuzzy"]
"""How a name matched a gazetteer entry, from the strictest to the loosest."""

MentionKind: TypeAlias = Literal["settlement", "region", "raion", "facility", "foreign", "other"]
"""What a mention names: a populated place, an oblast, a raion, a facility, a place outside
Ukraine (no candidates, no status), something else (a government: no status)."""

DatePrecision: TypeAlias = Literal["day", "month", "year"]
"""How precisely a date is known: an event dated ``2022-09-01`` with ``"month"`` precision happened
in September 2022 (a date is always the first day of its period)."""

DateSource: TypeAlias = Literal["sentence", "context", "report"]
"""Where an event's date comes from: its own sentence, the text before it (the date the text last
gave, or a heading), or the report's own date."""

Extent: TypeAlias = Literal["whole", "part"]
"""How much of a region an event concerns: its sentence speaks of the whole oblast ("Kherson
Oblast was liberated") or of part of it ("settlements of Donetsk Oblast", "10% of Mykolaiv
Oblast")."""
