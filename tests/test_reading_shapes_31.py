"""A thirty-first table of sentence shapes, with the full GeoNames dump: what the twenty-ninth session's development
sets (``tests/data/genres_83`` and ``encyclopaedia_83``, blind through the twenty-eighth) showed missing, each written
in our own words about real events.

- a feature that tells a day and month before it writes any year ("the first explosions came on February 24") tells of
  its own year, though it looks back to 2014 later;
- "This is how A and B were lost" names no loser: the side whose words the report gives lost them (a Russian statement's
  loss is Russia's);
- "struck 30 areas where Ukrainian units were concentrated, including near A and B": the clause describes the targets;
- "X, a town south of Y controlled by Russian troops": the participle after the reference point tells of the town, X;
- "the city" after a list of two villages is neither of them ("took A and B and closed the approaches to the city");
- "residents continued to leave X" is no army leaving;
- a caption's "the whole city is under its control" after a clause of its own tells of the label's city;
- a strike on a facility outside a town struck the town ("missiles hit the airfield outside X");
- a caption that calls its label "the village" means a village, not the city of the name; "the village, which it calls
  X" is the label's place by the Russian name;
- from ``genres_89`` and ``encyclopaedia_83``/``_87``: "held X until Ukrainian troops drove them out"; a caption's
  places left by troops that "pulled back to positions near Y"; "denies that X has fallen and says fighting goes on in
  the village"; a gapped clause past an aside ("and Kupiansk, further east on the Oskil, two days later"); "on the road
  south to Y" only locates; "rejected each announcement" denies; "attacked along the northern shore against X"; "A, B
  and C, three villages west of Y, which the ministry reported captured" (the list's clause); "X (Russian: Y), whose
  school the defenders held, was claimed"; "west of Donetsk City near X" places X; "the first days of the war" date an
  event to the invasion's start;
- from ``encyclopaedia_89``, ``captions_42`` and ``genres_91``: "since the start of the offensive" is a time, no attack;
  "advanced near the village itself"; the ministry's present tense ("weapons destroy a depot in X"); "X 'fully
  liberated'" in quotation marks; "calls Russian claims that the city has fallen untrue"; "the dam is blown apart" is a
  passive, no attack on the places after it; "drove back into X"; "X, upriver opposite Y,"; "were dropped on X";
  "drove them out of X"; a goal's apposition that tells its state ("the next goal was X, a town in Y Oblast still held
  by Russian troops"); "units of the Southern Military District" are Russian; "The enemy has pulled back ... and
  continues to hold X"; "X was likewise left by the retreating forces" (not "forces in X were left understrength").
"""

from __future__ import annotations

from datetime import date

import pytest
from _readings import check_reading, table

from mapper.model import Report
from mapper.pipeline import extract

LOSSES_AND_TARGETS = [
    ("This is how Lysychansk and Sievierodonetsk were lost in the summer of 2022.",
     {"Lysychansk": "occupied", "Sievierodonetsk": "occupied"}),
    (("During the night, army aviation struck 30 areas where Ukrainian units were concentrated, including near Kurakhove "
      "and Hirnyk."), {"Kurakhove": "attacked", "Hirnyk": "attacked"}),
    ("Evacuees were driven to Vasylivka, a town south of Zaporizhzhia controlled by Russian troops since March.",
     {"Vasylivka": "occupied", "Zaporizhzhia": "-"}),
    ("Residents continued to leave Kupiansk by bus as the shelling grew heavier.", {"Kupiansk": "-"}),
    ("Lysychansk: Russia says the last defenders have left and the whole city is under its control",
     {"Lysychansk": "occupied"}),
    ("Missiles struck the airfield outside Starokostiantyniv overnight, the regional governor said.",
     {"Starokostiantyniv": "attacked"}),
    ("Ukrainian forces drove Russian units back from positions outside Orikhiv.", {"Orikhiv": "-"}),
]

CLAUSES_AND_ANSWERS = [
    ("In 2014 separatists held Sloviansk until Ukrainian troops drove them out in early July.",
     {"Sloviansk": "liberated"}),
    ("Berdychi and Orlivka: Ukrainian troops have pulled back to positions near Ocheretyne",
     {"Berdychi": "occupied", "Orlivka": "occupied", "Ocheretyne": "-"}),
    ("Kyiv denies Russian claims that Robotyne has fallen and says fighting goes on in the village",
     {"Robotyne": "attacked"}),
    ("Balakliia was retaken on 8 September, and Kupiansk, further east on the Oskil, two days later.",
     {"Balakliia": "liberated", "Kupiansk": "liberated"}),
    ("Pavlivka, on the road south to Vuhledar, was shelled for months and reduced to ruins.",
     {"Pavlivka": "attacked", "Vuhledar": "-"}),
    (("Russian bloggers announced the capture of Robotyne several times in August, but the Ukrainian command rejected "
      "each announcement."), {"Robotyne": "-"}),
    ("Past the dam, Russian infantry attacked along the northern shore against Kurakhove.", {"Kurakhove": "attacked"}),
    (("Russian units advanced towards Vodiane, Pervomaiske and Nevelske, three villages west of Donetsk, which the "
      "Russian ministry reported captured in 2024."),
     {"Vodiane": "occupied", "Pervomaiske": "occupied", "Nevelske": "occupied", "Donetsk": "-"}),
    ("Heorhiivka (Russian: Georgiyevka), whose school the defenders held until June, was claimed in the autumn of 2024.",
     {"Heorhiivka": "occupied"}),
]


VOICES_AND_VERBS = [
    (("Oleksandr Syrskyi listed six villages retaken since the start of the offensive: Neskuchne and Makarivka in "
      "Donetsk Oblast, and Lobkove and Piatykhatky in Zaporizhzhia Oblast."),
     {"Neskuchne": "liberated", "Makarivka": "liberated", "Lobkove": "liberated", "Piatykhatky": "liberated"}),
    (("Officials said the marines had crossed the ditch west of Staromaiorske and advanced near the village itself, but it "
      "stayed in Russian hands."), {"Staromaiorske": "attacked"}),
    ("Russian MoD: high-precision weapons destroy a fuel depot in Kramatorsk", {"Kramatorsk": "attacked"}),
    ("Russian MoD: Krasnogorovka 'fully liberated' by units of the Centre group", {"Krasnogorovka": "occupied"}),
    ("A year after Ukrainian troops drove back into Balakliia, the town held a quiet ceremony.", {"Balakliia": "liberated"}),
    ("Beryslav, upriver opposite Nova Kakhovka, was freed in the same days.",
     {"Beryslav": "liberated", "Nova Kakhovka": "-"}),
    ("On the worst days in February, dozens of them were dropped on Avdiivka and on the villages of Sieverne and Tonenke.",
     {"Avdiivka": "attacked", "Sieverne": "attacked", "Tonenke": "attacked"}),
    ("In the summer of 2014 Ukrainian forces drove them out of Sloviansk and Kramatorsk.",
     {"Sloviansk": "liberated", "Kramatorsk": "liberated"}),
    ("The brigade's next goal was Svatove, a town in Luhansk Oblast still held by Russian troops.",
     {"Svatove": "occupied", "Luhansk Oblast": "-"}),
    ("Units of the Southern Military District continue to hold Nova Kakhovka and the left bank of the Dnieper.",
     {"Nova Kakhovka": "occupied"}),
    ("The enemy has pulled most of its units back across the river and continues to hold Hola Prystan and Oleshky.",
     {"Hola Prystan": "occupied", "Oleshky": "occupied"}),
    ("Trostianets, which had been cut off for weeks, was likewise left by the retreating forces.",
     {"Trostianets": "liberated"}),
    ("Sieverne was left by Ukrainian troops at the end of February.", {"Sieverne": "occupied"}),
    ("Russian forces in Izium were left understrength before the counteroffensive.", {"Izium": "-"}),
]


@pytest.mark.parametrize("sentence,expected", table({"losses_and_targets": LOSSES_AND_TARGETS,
                                                     "clauses_and_answers": CLAUSES_AND_ANSWERS,
                                                     "voices_and_verbs": VOICES_AND_VERBS}))
def test_sentence_shapes(ua_gazetteer, sentence: str, expected: dict[str, str]) -> None:
    check_reading(ua_gazetteer, sentence, expected)


def _statuses(gazetteer, text: str) -> dict[str, set[str]]:
    read: dict[str, set[str]] = {}
    for event in extract(text, gazetteer, all_mentions=True):
        read.setdefault(event.mention.surface, set()).add(event.status or "-")
    return read


def test_the_city_after_two_villages_is_neither(ua_gazetteer) -> None:
    read = _statuses(ua_gazetteer, ("Russian forces that captured Pisky and Vodiane in the summer of 2022 then shelled the approaches "
                                    "to the city."))
    assert read["Pisky"] == {"occupied"} and read["Vodiane"] == {"occupied"}, read


def _placed(gazetteer, text: str, name: str) -> list[int]:
    report = Report(id="r", text=text, date=date(2025, 6, 1))
    return [e.place.geonameid for e in extract(report, gazetteer, all_mentions=True) if e.mention.surface == name and e.place]


def test_a_caption_that_calls_its_label_a_village_means_a_village(ua_gazetteer) -> None:
    placed = _placed(ua_gazetteer, "Kamianske: shelling damages the school in the village, the regional governor says",
                     "Kamianske")
    assert placed and placed[0] != 709932, placed  # (not the city of Kamianske on the Dnipro)


def test_the_name_a_side_calls_a_place_by_is_that_place(ua_gazetteer) -> None:
    text = "Novohrodivka: the Russian Defence Ministry says its troops have taken the town, which it calls Novogrodovka"
    assert _placed(ua_gazetteer, text, "Novogrodovka") == _placed(ua_gazetteer, text, "Novohrodivka")


def test_a_feature_opening_with_a_day_and_month_tells_of_its_own_year(ua_gazetteer) -> None:
    text = ("The first missiles hit Kharkiv before dawn on February 24, and by evening Russian columns stood at its "
            "northern edge.\n\nIt was not the city's first war: in the spring of 2014 separatists seized the regional "
            "administration building for a few days.")
    report = Report(id="r", text=text, date=date(2022, 11, 30))
    dated = {e.mention.surface: e.event_date for e in extract(report, ua_gazetteer) if e.status == "attacked"}
    assert dated.get("Kharkiv") == date(2022, 2, 24), dated


def test_a_bearing_from_donetsk_city_places_the_namesake(ua_gazetteer) -> None:
    text = ("Russian milbloggers claimed that Russian forces captured Krasnohorivka, north of Avdiivka. Russian forces also "
            "attacked west of Donetsk City near Krasnohorivka and Heorhiivka.")
    assert _placed(ua_gazetteer, text, "Krasnohorivka")[1] == 704393  # (the town west of Donetsk, not the village by Avdiivka)


def test_the_first_days_of_the_war_date_a_capture(ua_gazetteer) -> None:
    text = "The land corridor to Crimea runs through Melitopol, which Russian forces seized in the first days of the war."
    report = Report(id="r", text=text, date=date(2022, 5, 17))
    dated = {e.mention.surface: (e.event_date, e.date_precision) for e in extract(report, ua_gazetteer) if e.status}
    assert dated["Melitopol"] == (date(2022, 2, 1), "month"), dated


def test_a_narrative_goes_on_from_the_autumn_into_the_winter(ua_gazetteer) -> None:
    text = ("On 12 October 2023 Russian forces began a new assault on Avdiivka from three directions.\n\n"
            "In January Russian infantry entered the southern outskirts of Avdiivka through a drainage pipe.")
    report = Report(id="r", text=text, date=date(2024, 7, 1))
    dated = [(e.event_date, e.date_precision) for e in extract(report, ua_gazetteer) if e.status]
    assert dated[-1] == (date(2024, 1, 1), "month"), dated


@pytest.mark.parametrize("sentence,expected", [
    ("Ivanopillia and Pleshchiivka: heavy fighting on the southern approaches to Kostiantynivka",
     {"Ivanopillia": "attacked", "Pleshchiivka": "attacked", "Kostiantynivka": "-"}),
    ("Zolota Balka and Khreshchenivka: taken in a Russian tank thrust in March 2022", {"Zolota Balka": "occupied"}),
])
def test_what_a_caption_tells_of_its_label(ua_gazetteer, sentence: str, expected: dict[str, str]) -> None:
    check_reading(ua_gazetteer, sentence, expected)


def test_a_denial_after_the_fighting_and_a_passive_blast(ua_gazetteer) -> None:
    read = _statuses(ua_gazetteer, ("Kyiv says fighting goes on in the northern part of Vovchansk and calls Russian claims "
                                    "that the town has fallen untrue"))
    assert read["Vovchansk"] == {"attacked"}, read
    read = _statuses(ua_gazetteer, "Kakhovka, Kherson Oblast: the bridge is blown apart and the water rises towards Russian-held Oleshky")
    assert read["Kakhovka"] == {"attacked"} and read["Oleshky"] == {"occupied"}, read
