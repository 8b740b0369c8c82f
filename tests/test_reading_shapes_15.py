"""A fifteenth table of sentence shapes, with the full GeoNames dump: what the thirteenth session's development sets
(``tests/data/encyclopaedia_25`` and ``genres_23``, kept blind through the twelfth session, and the first-read
sets ``encyclopaedia_31``, ``genres_29`` and ``captions_25``) showed missing, each written in our own words about
real events.

- communities: "Myrove hromada" is the community GeoNames calls "Myrivska": a Ukrainian stem turns its o or e to i
  before the adjective's ending (Mezhova, Mezhivska), so the two names are compared with those vowels alike;
"""

from __future__ import annotations

import pytest
from _readings import check_reading, table

from mapper.pipeline import extract

GROUPS: dict[str, list[tuple[str, dict[str, str]]]] = {}


@pytest.mark.parametrize("sentence,expected", table(GROUPS))
def test_sentence_reading(ua_gazetteer, sentence: str, expected: dict[str, str]) -> None:
    check_reading(ua_gazetteer, sentence, expected)


@pytest.mark.parametrize(
    "text,community",
    [
        ("Myrove hromada: a drone damaged a private house.", 13539815),  # Myrivska Terytorialna Hromada
        ("Mezhova hromada: guided bombs fell on a farm.", 13539835),  # Mezhivska Terytorialna Hromada
        ("Marhanets hromada: two houses were damaged.", 13539814),  # Marhanetska: no vowel changes
    ],
)
def test_a_community_is_found_across_the_vowel_its_adjective_changes(ua_gazetteer, text: str, community: int) -> None:
    places = [e.place.geonameid for e in extract(text, ua_gazetteer, all_mentions=True) if e.place]
    assert places == [community]
