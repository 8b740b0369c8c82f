"""A nineteenth table of sentence shapes, with the full GeoNames dump: what the seventeenth session's development sets
(``tests/data/encyclopaedia_38`` and ``genres_37``, blind through the sixteenth, and the older sets) showed missing,
each written in our own words about real events.

- a caption's date before its label may end in a dash ("14 May 2025 - Kostiantynivka: glide bomb damages a
  supermarket"), and its label may locate the place in parentheses before the date ("Bilozerske (Donetsk Oblast),
  2 June 2025: drones hit ..."): the event after the label is the place's;
- "contested" before a name ("Russian-held A, contested B and C", "the contested village of X") is fighting there,
  and a past participle right before a name is that name's adjective, not a participle phrase of the name before it
  ("A, contested B": A is not contested; "Dzhankoi, occupied Crimea": Dzhankoi is not said to be occupied).
"""

from __future__ import annotations

import pytest
from _readings import check_reading, places_of, table

from mapper.pipeline import extract

CAPTIONS = [
    ("14 May 2025 - Kostiantynivka: glide bomb damages a supermarket", {"Kostiantynivka": "attacked"}),
    ("Bilozerske (Donetsk Oblast), 2 June 2025: drones hit the water pumping station again", {"Bilozerske": "attacked"}),
    ("Map, 20 September 2025: Russian-held Kreminna and Dibrova, contested Torske and Serebrianka",
     {"Kreminna": "occupied", "Dibrova": "occupied", "Torske": "attacked", "Serebrianka": "attacked"}),
    ("By the winter of 2024 the contested village of Bilohorivka had been without power for two years.",
     {"Bilohorivka": "attacked"}),
]

GROUPS = {"captions": CAPTIONS}


@pytest.mark.parametrize("sentence,expected", table(GROUPS))
def test_sentence_reading(ua_gazetteer, sentence: str, expected: dict[str, str]) -> None:
    check_reading(ua_gazetteer, sentence, expected)


@pytest.mark.parametrize("sentence,name,status,not_status", [
    ("Map, 20 September 2025: Russian-held Kreminna and Dibrova, contested Torske and Serebrianka", "Kreminna", "occupied",
     "attacked"),
    ("Dzhankoi, occupied Crimea: smoke rises over the rail yard after a drone strike, 12 March 2025", "Dzhankoi", "attacked",
     "occupied"),
])
def test_a_participle_before_a_name_is_that_names_adjective(ua_gazetteer, sentence: str, name: str, status: str,
                                                             not_status: str) -> None:
    told = {e.status for e in extract(sentence, ua_gazetteer, all_mentions=True) if e.mention.surface == name}
    assert status in told and not_status not in told


def test_a_community_named_after_a_village_places_it(ua_gazetteer) -> None:
    text = "Sloviansk: a missile hit a warehouse on 4 May 2025. Katerynivka (Oleksandrivka hromada): a drone hit a car."
    places = places_of(ua_gazetteer, text)
    assert places["Katerynivka"] == [688229]  # 16 km from the hromada's point; not the Katerynivka of Luhansk Oblast
    assert places["Oleksandrivka hromada"][0] in (13539552, 713584)  # the hromada, or the old raion 3 km from it
