"""A twenty-first table of sentence shapes, with the full GeoNames dump: what the nineteenth session's development
sets (``tests/data/encyclopaedia_42`` and ``genres_39``, blind through the eighteenth, and the older sets) showed
missing, each written in our own words about real events.

- a list whose last item is no name but an area a bearing places ("A, B and the ground south of X were in separatist
  hands"): the list takes the verb after it, X stays a reference point;
- "return to Ukrainian government control";
- an object that counts places by their kind may run long before "among them" ("held most of the towns in the north
  of the oblast, among them A, B and C");
- "had taken over the town halls of A and B";
- a cue word owned by what it happened to is a noun ("its recapture was announced in Kyiv"): the place after it is
  where it was told, not what was retaken;
- "gunmen", "armed men" and "armed groups" seizing town halls in 2014 are the pro-Russian side, whichever side the
  rest of the report follows.
"""

from __future__ import annotations

import pytest
from _readings import check_reading, table

WAR_OF_2014 = [
    ("In February 2015 Vuhlehirsk, Olkhovatka and the ground south of Debaltseve were in separatist hands.",
     {"Vuhlehirsk": "occupied", "Olkhovatka": "occupied", "Debaltseve": "-"}),
    ("After the July offensive, Mykolaivka, Siversk and Lysychansk return to Ukrainian government control.",
     {"Mykolaivka": "liberated", "Siversk": "liberated", "Lysychansk": "liberated"}),
    (("By late April gunmen held most of the towns in the north of the oblast, among them Sloviansk, Kramatorsk and "
      "Druzhkivka."), {"Sloviansk": "occupied", "Kramatorsk": "occupied", "Druzhkivka": "occupied"}),
    ("In April 2014 armed men had taken over the town halls of Yenakiieve and Makiivka.",
     {"Yenakiieve": "occupied", "Makiivka": "occupied"}),
    (("Ukrainian troops retook Mykolaivka on 5 July 2014 and entered Siversk on 23 July. In April armed groups had "
      "seized the police station in Yenakiieve."), {"Mykolaivka": "liberated", "Yenakiieve": "occupied"}),
]

NOUNS = [
    ("Izium was retaken on 10 September 2022, and its recapture was announced in Kyiv the next day.",
     {"Izium": "liberated", "Kyiv": "-"}),
]

GROUPS = {"war_of_2014": WAR_OF_2014, "nouns": NOUNS}


@pytest.mark.parametrize("sentence,expected", table(GROUPS))
def test_sentence_reading(ua_gazetteer, sentence: str, expected: dict[str, str]) -> None:
    check_reading(ua_gazetteer, sentence, expected)
