"""A report's title as context for its names: "Kherson region" over the caption "Antonivka: a drone
drops a charge on a bus" says which of the Antonivkas; "Avdiivka front" over "Stepove: assault
repelled" says which Stepove.

The title is read for places only (it reports no event of its own here: a headline that does is
also the text's first line). Its places that their own words decide (an oblast, a town with one
namesake) are context for the names of the report its text leaves undecided, as the places of
the other reports of a batch are (:func:`mapper.reading.batch.resolve_from_batch`).
"""

from __future__ import annotations

from dataclasses import replace
from typing import TYPE_CHECKING

from mapper.model import Mention, Report
from mapper.reading.batch import FIRM
from mapper.reading.mentions import find_mentions
from mapper.reading.resolve import Resolution, resolve
from mapper.reading.sentences import split_sentences

if TYPE_CHECKING:
    from mapper.gazetteer import Gazetteer

__all__ = ["title_places"]

_LONGEST_TITLE = 300
"""A longer "title" is a text of its own (a feed that puts the whole post there): not read as context."""


def title_places(report: Report, gazetteer: Gazetteer) -> tuple[tuple[Mention, Resolution], ...]:
    """The places ``report``'s title names and decides by itself, each with its mention."""
    title = (report.title or "").strip()
    if not title or len(title) > _LONGEST_TITLE:
        return ()
    heading = replace(report, text=title)
    mentions = find_mentions(heading, gazetteer, split_sentences(title))
    if not mentions:
        return ()
    return tuple(
        (mention, resolution)
        for mention, resolution in zip(mentions, resolve(mentions), strict=True)
        if resolution.place is not None and resolution.how.startswith(_DECIDED)
    )


_DECIDED = (*FIRM, "only candidate", "dominant town")
"""How a title's name is decided well enough to be context: by its own words, or as the one town among hamlets
("Avdiivka front")."""
