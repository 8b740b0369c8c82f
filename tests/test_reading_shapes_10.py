"""A tenth table of sentence shapes, with the full GeoNames dump: what a session's own sentences and its
first-read sets (``tests/data/encyclopaedia_12``, ``tests/data/genres_13``) showed missing, each written in our
own words about real events.

- a direction named after a community's seat among hamlets of its name ("Novopavlivka direction"), even where
  a hamlet lies closer to the other places of the report;
"""

from __future__ import annotations

import pytest
from _readings import check_reading, table

GROUPS: dict[str, list] = {}


@pytest.mark.parametrize("sentence,expected", table(GROUPS))
def test_sentence_reading(ua_gazetteer, sentence: str, expected: dict[str, str]) -> None:
    check_reading(ua_gazetteer, sentence, expected)


def test_a_direction_is_named_after_the_seat_of_a_community_not_a_hamlet_nearer_the_front(ua_gazetteer) -> None:
    from mapper.pipeline import extract

    text = ("Pokrovsk direction: 30 attacks near Udachne, Kotlyne and Zvirove.\n\n"
            "Novopavlivka direction: 19 attacks near Andriivka, Kostiantynopil and Ulakly.")
    [event] = [e for e in extract(text, ua_gazetteer, all_mentions=True) if e.mention.surface == "Novopavlivka"]
    assert event.place is not None and event.place.geonameid == 699373  # Dnipropetrovsk Oblast, its hromada's seat
    assert event.resolution == "town a direction is named after"
