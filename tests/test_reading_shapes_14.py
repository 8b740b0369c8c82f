"""A fourteenth table of sentence shapes, with the full GeoNames dump: what the twelfth session's development sets
(``tests/data/encyclopaedia_21``, kept blind through the eleventh session, and the first-read sets
``encyclopaedia_27``, ``genres_25`` and ``captions_22``) showed missing, each written in our own words about real
events.

- an offensive "on" or "against" a place ("the Russian offensive on Toretsk turned the town into a ruin"):
  the place was attacked, as "an assault on X" is;
- an oblast after "the village in" or "the city in" locates the place the noun stands for ("the fighting for the
  village in Luhansk Oblast"): no status of its own;
- a claim that a later clause calls "fiction" or "nonsense" is answered: no change of control;
- dates: "in the second half of the month" is the month the text last named; a season is dated by its first month
  ("through the summer": June, known to the year); a date after the last name of a list ("struck A, B and C almost
  every day in July") dates the whole list, not only the name its part of the sentence holds.
"""

from __future__ import annotations

import datetime as dt

import pytest
from _readings import check_reading, table

from mapper.pipeline import extract
from mapper.reports import report_from_text

OFFENSIVES = [
    ("From the south-east, the Russian offensive on Toretsk, begun in June 2024, turned the mining town into a ruin.",
     {"Toretsk": "attacked"}),
    ("Wagner's offensive against Soledar began in the first days of January 2023.", {"Soledar": "attacked"}),
    ("Dovhenke lay on the wider Russian offensive on the Izium axis toward Sloviansk.", {"Izium": "-", "Sloviansk": "-"}),
]

LOCATORS = [
    ("For the 2014 fighting for the town in Donetsk Oblast, see the battle of Debaltseve.", {"Donetsk Oblast": "-"}),
    ("The battle was fought for control of the industrial city in Luhansk Oblast.", {"Luhansk Oblast": "-"}),
    ("Russian artillery shelled a village in Sumy Oblast overnight.", {"Sumy Oblast": "attacked"}),
]

DENIALS = [
    (("Russian bloggers claimed on 3 May that their troops had cleared Bilohorivka; the Ukrainian brigade there "
      "called the claim \"fiction\"."), {"Bilohorivka": "-"}),
    ("Moscow said its forces had taken Krynky, a claim the Ukrainian navy called 'nonsense'.", {"Krynky": "-"}),
]

GROUPS = {"offensives": OFFENSIVES, "locators": LOCATORS, "denials": DENIALS}


@pytest.mark.parametrize("sentence,expected", table(GROUPS))
def test_sentence_reading(ua_gazetteer, sentence: str, expected: dict[str, str]) -> None:
    check_reading(ua_gazetteer, sentence, expected)


def _dates(text: str, gazetteer) -> dict[str, tuple[dt.date | None, str | None]]:
    report = report_from_text(text, "narrative")
    return {e.mention.surface: (e.event_date, e.date_precision) for e in extract(report, gazetteer) if e.status}


def test_the_second_half_of_the_month_is_the_month_last_named(ua_gazetteer) -> None:
    text = ("On 10 September 2022 Ukrainian troops reached the Oskil.\n\n"
            "They crossed the Siverskyi Donets and took Yarova and Shandryholove in the second half of the month, "
            "while a unit raised in the first days of the invasion cleared villages along the river.")
    dates = _dates(text, ua_gazetteer)
    assert dates["Yarova"][0] == dates["Shandryholove"][0] == dt.date(2022, 9, 1)


def test_a_season_is_dated_by_its_first_month(ua_gazetteer) -> None:
    text = ("In May 2025 glide bombs hit Siversk.\n\n"
            "Russian troops attacked near Serebrianka through the summer.")
    assert _dates(text, ua_gazetteer)["Serebrianka"] == (dt.date(2025, 6, 1), "year")


def test_a_date_after_a_list_dates_every_name_of_it(ua_gazetteer) -> None:
    text = ("In May 2025 Russian troops attacked near Hryhorivka through the spring, "
            "while drones struck Siversk, Zvanivka and Fedorivka almost every day in July.")
    dates = _dates(text, ua_gazetteer)
    assert dates["Siversk"][0] == dates["Zvanivka"][0] == dates["Fedorivka"][0] == dt.date(2025, 7, 1)


def test_a_comma_before_and_ends_the_list_a_date_reaches(ua_gazetteer) -> None:
    text = "In February 2024 the defenders gave up Sieverne and Stepove, and Russia claimed Orlivka in March."
    dates = _dates(text, ua_gazetteer)
    assert dates["Stepove"][0] == dt.date(2024, 2, 1) and dates["Orlivka"][0] == dt.date(2024, 3, 1)
