"""A twenty-third table of sentence shapes, with the full GeoNames dump: what the twenty-first session's development
sets (``tests/data/encyclopaedia_46`` and ``genres_41``, blind through the twentieth, and the sets written this
session) showed missing, each written in our own words about real events.

- a list goes on past a member the gazetteer lacks ("near Serebrianka, Verkhnokamianske, Vyimka and Ivano-Darivka":
  GeoNames has no Verkhnokamianske, and the names after it are the list's all the same), and past a region in
  parentheses before it;
- an apposition that says where a place lies ("X, at the mouth of the estuary, was shelled"; "X, in the south of the
  oblast, came under fire") stands between a subject and its verb; a place named in a long apposition only to locate
  its head ("A, a village south of the highway near B, was shelled") takes no status;
- "X was declared free" by an official: X returned to Ukrainian control.
"""

from __future__ import annotations

import pytest
from _readings import check_reading, table

LISTS = [
    ("On 21 March 2025 the enemy attacked seven times near Serebrianka, Verkhnokamianske, Vyimka and Ivano-Darivka.",
     {"Serebrianka": "attacked", "Vyimka": "attacked", "Ivano-Darivka": "attacked"}),
    ("Our units repelled assaults near Bilohorivka (Luhansk Oblast), Verkhnokamianske and Vyimka on Tuesday.",
     {"Bilohorivka": "attacked", "Vyimka": "attacked"}),
    ("Drones hit Sumy overnight, Artiukhov said, and Okhtyrka was quiet.", {"Sumy": "attacked", "Okhtyrka": "-"}),
    ("Russian troops shelled Nikopol on Monday, and Marhanets on Tuesday.", {"Nikopol": "attacked"}),
]

APPOSITIONS = [
    ("Ochakiv, at the mouth of the Dnipro-Buh estuary, was shelled again and again in 2022.", {"Ochakiv": "attacked"}),
    ("Kupiansk, on the left bank of the Oskil, came under heavy fire in the autumn of 2024.", {"Kupiansk": "attacked"}),
    ("Stepnohirsk, in the south of the oblast, was hit by guided bombs through 2025.", {"Stepnohirsk": "attacked"}),
    ("Lypivka, a village north of the main highway near Makariv, was shelled in March 2022.",
     {"Lypivka": "attacked", "Makariv": "-"}),
]

DECLARATIONS = [
    ("Kherson was declared free by the regional governor on 11 November 2022.", {"Kherson": "liberated"}),
    ("By the end of March 2022 Trostianets had been declared fully free, and the troops moved on.",
     {"Trostianets": "liberated"}),
]

GROUPS = {"lists": LISTS, "appositions": APPOSITIONS, "declarations": DECLARATIONS}


@pytest.mark.parametrize("sentence,expected", table(GROUPS))
def test_sentence_reading(ua_gazetteer, sentence: str, expected: dict[str, str]) -> None:
    check_reading(ua_gazetteer, sentence, expected)
