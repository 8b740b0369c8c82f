"""An eighth table of sentence shapes, with the full GeoNames dump: what a session's own sentences and two
first-read sets (``tests/data/encyclopaedia_6``, ``tests/data/genres_8``) showed missing, each written in
our own words about real events.

- the name a subject anaphor ("the village was liberated") stands for may follow a withdrawal cue's "from":
  "a withdrawal from X" is where the withdrawal was, not a reference point;
- a date inside a relative clause dates that clause only, also when it is the sentence's one date: "a
  counterattack near X, where Ukrainian troops had gained ground two days earlier" is dated by the text
  around it;
- an apposition opened by "another" ("X, another village north of Y, also came under attack");
- "among them A and B" after places counted by their kind, past a clause between ("captured a dozen villages
  since the offensive began, among them A and B");
- the last leg of an attack "in" a settlement ("fighting north of X near A and in B");
- a thing beside which a strike landed, in a place ("struck near a playground in X", "near an ammunition depot
  in occupied X"), and an attack near a place named with its standing state ("positions near occupied X");
- an oblast administration's post by community: "X hromada: artillery shelling" is an attack on the territorial
  community (GeoNames ADM3) named after X.
"""

from __future__ import annotations

import datetime as dt

import pytest
from _readings import check_reading, table

from mapper.pipeline import extract

APPOSITIONS = [
    ("Velyka Pysarivka, another border town west of Sumy, also came under fire, the regional governor said.",
     {"Velyka Pysarivka": "attacked", "Sumy": "-"}),
]

LISTS = [
    (("Moscow says its troops have taken some ten settlements since the assault began, among them Pobieda and "
      "Novomykhailivka."), {"Pobieda": "occupied", "Novomykhailivka": "occupied"}),
]

LEGS = [
    ("Clashes went on west of Donetsk near Krasnohorivka and in Heorhiivka on Thursday.",
     {"Donetsk": "-", "Krasnohorivka": "attacked", "Heorhiivka": "attacked"}),
]

BESIDE = [
    ("A guided bomb struck near a supermarket in Kostiantynivka on Friday afternoon.", {"Kostiantynivka": "attacked"}),
    ("Ukrainian drones hit Russian positions near occupied Tokmak overnight.", {"Tokmak": "attacked"}),
    ("Blasts were reported near a fuel depot in Russian-held Berdiansk.", {"Berdiansk": "attacked"}),
]

COMMUNITIES = [
    ("Khotin hromada: mortar attacks (3 explosions).", {"Khotin hromada": "attacked"}),
    ("Myropillia hromada: artillery shelling and an FPV drone (9 explosions).", {"Myropillia hromada": "attacked"}),
]

GROUPS = {"appositions": APPOSITIONS, "lists": LISTS, "legs": LEGS, "beside": BESIDE, "communities": COMMUNITIES}


@pytest.mark.parametrize("sentence,expected", table(GROUPS))
def test_sentence_reading(ua_gazetteer, sentence: str, expected: dict[str, str]) -> None:
    check_reading(ua_gazetteer, sentence, expected)


def _statuses(events, surface: str) -> list[str | None]:
    return [e.status for e in events if e.mention.surface == surface]


def test_the_village_a_withdrawal_left_is_what_the_anaphor_stands_for(ua_gazetteer) -> None:
    text = ("On 4 June Russian sources said Ukrainian troops had advanced near Robotyne, and on 6 June they "
            "announced a withdrawal from Verbove, the Ukrainians later confirming that the village was liberated.")
    events = list(extract(text, ua_gazetteer, all_mentions=True))
    assert "liberated" not in _statuses(events, "Robotyne")
    assert "liberated" in _statuses(events, "Verbove")


def test_a_date_in_a_relative_clause_dates_that_clause_only(ua_gazetteer) -> None:
    text = ("On 12 June 2023 Ukrainian brigades pushed south of Velyka Novosilka. Russian forces counterattacked "
            "near Makarivka, where Ukrainian troops had gained ground two days earlier.")
    (event,) = [e for e in extract(text, ua_gazetteer) if e.mention.surface == "Makarivka"]
    assert event.status == "attacked"
    assert event.event_date == dt.date(2023, 6, 12)


def test_a_community_named_by_its_town_is_the_territorial_hromada(ua_gazetteer) -> None:
    (event,) = extract("Velyka Pysarivka hromada: artillery shelling (3 explosions).", ua_gazetteer)
    assert event.place is not None and event.place.feature_code == "ADM3"
    assert event.place.name.startswith("Velykopysarivska")
