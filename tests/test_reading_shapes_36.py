"""A thirty-sixth table of sentence shapes, with the full GeoNames dump: what the thirty-fourth session's reading of
``tests/data/genres_98`` and ``encyclopaedia_99`` (blind through the thirty-third) showed missing, each written in
our own words about real events:

- a bulletin whose title is dated with its own day ("Ministry of Defence briefing, 3 June 2024") is news, though its
  text opens on an earlier date: its undated sentences tell of the report's day, not of the first year it writes;
- "Ukrainian troops retook Kupiansk in September 2022, and Svatove has been their next goal": a name after ", and"
  with a copula of its own is the subject of a new clause, no object of the verb before;
- "Moscow's largest gain since its troops took Mariupol": "its" is the state named nearest before it (not a place
  after a preposition: "its activity around Kyiv").

From the new development sets ``captions_49``, ``genres_102`` and ``encyclopaedia_104``: open-source mapping posts ("the
enemy hoisted a flag", "should be considered lost", "assault groups active near", "infantry in central X", "regained
ground in the west of the town"), a government before a denial in the present tense, "one year ago today", a date in a
relative aside that does not set the year of the news after it, years before 1950 read as dates (a Second World War
event is no status), a fall told beside an occupation, "A and its suburb B", a passive event placed at another
town than a caption's label; "claimed X in the second half of the month", "listed A and B among its gains", "held A
until September, when a counteroffensive pushed them back", a raion labelling a line, "troops push near X", "as the
fighting draws closer"; a label after a bullet or an emoji; "A and B, where ... since Ukrainian troops liberated both
towns"; "took A and B, which they still hold" (no answer to a claim); "taking X was not part of the plan" (a plan); "AFU"
in a caption (a Russian source's words); and "A and B, villages on the road from C to D" (the road's first town places them, and
"villages" tells no city).
"""

from __future__ import annotations

import datetime as dt

import pytest
from _readings import check_reading, table

from mapper.model import Report
from mapper.pipeline import extract

SHAPES = [
    ("Ukrainian troops retook Kupiansk in September 2022, and Svatove has been their next goal ever since.",
     {"Kupiansk": "liberated", "Svatove": "-"}),
    ("Ukrainian troops retook Kupiansk, and Svatove was the next town on the road east.", {"Svatove": "-"}),
    ("The fall of Avdiivka was Moscow's largest gain since its troops took Mariupol in May 2022.",
     {"Avdiivka": "occupied", "Mariupol": "occupied"}),
    ("Kyiv's biggest success of the year came when its forces retook Kherson.", {"Kherson": "liberated", "Kyiv": "-"}),
    (("After Russia announced that it would reduce its activity around Kyiv and Chernihiv, its forces left Bucha within "
      "days."), {"Bucha": "liberated", "Kyiv": "-"}),
]


# From captions_49, genres_102 and encyclopaedia_104 (new development sets).
FROM_NEW_SETS = [
    ("Confirmed: the enemy hoisted a flag over the school in Vodiane; the village should be considered lost.",
     {"Vodiane": "occupied"}),
    ("Map update: Umanske should be considered lost; Russian assaults near Novoselydivka.",
     {"Umanske": "occupied", "Novoselydivka": "attacked"}),
    ("Moscow says Vovchansk is fully captured; Kyiv denies it and says its troops are still clearing the town.",
     {"Vovchansk": "attacked", "Kyiv": "-"}),
    ("Pokrovsk direction: Russian assault groups active near Udachne and Kotlyne.",
     {"Udachne": "attacked", "Kotlyne": "attacked", "Pokrovsk": "-"}),
    ("Geolocated footage shows Russian infantry in central Pokrovsk near the railway station.", {"Pokrovsk": "attacked"}),
    ("Ukrainian forces regained ground in the west of Toretsk.", {"Toretsk": "attacked"}),
    ("Toretsk: a Ukrainian counterattack regained ground around the mine in the north of the town.",
     {"Toretsk": "attacked"}),
    ("Russian artillery shelled Nikopol and its suburb Pokrovske almost daily.",
     {"Nikopol": "attacked", "Pokrovske": "attacked"}),
    ("Kupiansk: rescuers clear rubble a day after houses in Kivsharivka were damaged.",
     {"Kupiansk": "-", "Kivsharivka": "attacked"}),
    ("The left-bank towns, among them Oleshky, were retaken by the Red Army in 1943.", {"Oleshky": "-"}),
    ("The counteroffensive that began near Balakliia on 6 September reached Kupiansk four days later.",
     {"Balakliia": "attacked", "Kupiansk": "attacked"}),
    ("Beryslav: a guided bomb destroys a shop near the market; another falls on nearby Tiahynka",
     {"Beryslav": "attacked", "Tiahynka": "attacked"}),
    ("Ukrainian drones struck depots in Svatove and in Russian-held Kreminna, the governor said.",
     {"Svatove": "attacked", "Kreminna": "attacked"}),
    ("Russian bloggers claimed Kurakhove in the second half of the month.", {"Kurakhove": "occupied"}),
    ("Russian bloggers claimed Dachenske (Dachnoe), further west, in the first days of May.", {"Dachenske": "occupied"}),
    ("The Russian ministry listed Kotlyne and Udachne among its gains.", {"Kotlyne": "occupied", "Udachne": "occupied"}),
    (("Russian troops held Kupiansk and Shevchenkove until September 2022, when a Ukrainian counteroffensive pushed them "
      "back across the Oskil."), {"Kupiansk": "liberated", "Shevchenkove": "liberated"}),
    ("Chuhuiv raion: Pechenihy came under artillery fire; no one was hurt.",
     {"Chuhuiv raion": "-", "Pechenihy": "attacked"}),
    ("Vovchansk: families leave the border villages as Russian troops push near Vovchanski Khutory",
     {"Vovchanski Khutory": "attacked"}),
    ("Kupiansk: officials order all children out of the town as the fighting draws closer", {"Kupiansk": "-"}),
    ("🔻 Sumy: in the evening a drone hit a five-storey block in the Kovpakivskyi district.", {"Sumy": "attacked"}),
    (("Payments also cover Izium and Balakliia, where shelling had destroyed most of the housing before Ukrainian troops "
      "liberated both towns in September 2022."), {"Izium": "liberated", "Balakliia": "liberated"}),
    ("Russian troops crossed the border and took several villages, among them Novenke and Zhuravka, which they still hold.",
     {"Novenke": "occupied", "Zhuravka": "occupied"}),
    ('Putin said in May that taking Kharkiv was not part of the plan "for now".', {"Kharkiv": "-"}),
    ("Uspenovka: the Defence Ministry reports the village liberated after AFU units fell back", {"Uspenovka": "occupied"}),
    ("Vovchanski Khutory: drone footage shows Russian infantry moving through the village",
     {"Vovchanski Khutory": "attacked"}),
]


@pytest.mark.parametrize("sentence,expected", table({"shapes": SHAPES, "from_new_sets": FROM_NEW_SETS}))
def test_sentence_shapes(ua_gazetteer, sentence: str, expected: dict[str, str]) -> None:
    check_reading(ua_gazetteer, sentence, expected)



def test_a_bulletin_titled_with_its_own_day_dates_its_sentences_by_it(ua_gazetteer) -> None:
    text = ("Ukrainian units, which seized the village in September 2022, still hold it, the ministry says.\n\n"
            "Russian artillery shelled Kupiansk and Kivsharivka.")
    for title, expected in (("Ministry of Defence briefing, 3 June 2024", dt.date(2024, 6, 3)),
                            ("Ministry of Defence briefings", dt.date(2022, 9, 1))):
        report = Report(id="t", text=text, date=dt.date(2024, 6, 3), title=title)
        dated = {e.event_date for e in extract(report, ua_gazetteer) if e.status}
        assert dated == {expected}, (title, dated)


def test_a_fall_told_beside_an_occupation_is_the_occupier_s(ua_gazetteer) -> None:
    text = ("In November 2022 Ukrainian forces liberated Snihurivka and retook Kherson.\n\n"
            "Hola Prystan was occupied at the beginning of March 2022, and Kherson itself fell on 2 March 2022.")
    read = [(e.mention.surface, e.status) for e in extract(text, ua_gazetteer) if e.mention.surface == "Kherson"]
    assert read == [("Kherson", "liberated"), ("Kherson", "occupied")], read


def test_years_ago_today_is_the_anniversary_s_day(ua_gazetteer) -> None:
    report = Report(id="t", text="One year ago today Ukrainian troops raised the flag over Robotyne.", date=dt.date(2024, 8, 28))
    dated = [(e.event_date, e.date_precision) for e in extract(report, ua_gazetteer) if e.status]
    assert dated == [(dt.date(2023, 8, 28), "day")], dated


def test_an_anniversary_marked_on_the_report_s_day_is_the_event_s_day(ua_gazetteer) -> None:
    text = ("# Kherson marks two years since the Russian retreat\n\n"
            "KHERSON, Nov. 11, 2024 - Kherson marks two years since Russian troops withdrew and Ukrainian soldiers "
            "entered the city.\n\nRussian drones struck Antonivka overnight, officials said.")
    report = Report(id="t", text=text, date=dt.date(2024, 11, 11))
    dated = {(e.mention.surface, e.status): e.event_date for e in extract(report, ua_gazetteer) if e.status}
    assert dated[("Kherson", "liberated")] == dt.date(2022, 11, 11), dated
    assert dated[("Antonivka", "attacked")] == dt.date(2024, 11, 11), dated  # (the headline dates no section)


def test_a_date_in_a_relative_aside_does_not_set_the_year_of_the_news_after_it(ua_gazetteer) -> None:
    text = ("Kherson, January 21, 2024. Russian artillery shelled Beryslav on January 21.\n\n"
            "Russian forces, which withdrew from Kherson in November 2022, also shelled Stanislav on January 20.")
    report = Report(id="t", text=text, date=dt.date(2024, 1, 21))
    dated = {e.mention.surface: e.event_date for e in extract(report, ua_gazetteer) if e.status == "attacked"}
    assert dated["Stanislav"] == dt.date(2024, 1, 20), dated


@pytest.mark.parametrize("sentence", [
    "Russian forces attacked near Makiivka and Nevske, villages on the road from Kreminna to Svatove.",
    "Russian forces attacked near Makiivka, a village on the road from Kreminna to Svatove.",
])
def test_villages_on_the_road_from_a_town_lie_by_it(ua_gazetteer, sentence: str) -> None:
    placed = {e.mention.surface: e.place.admin1 for e in extract(sentence, ua_gazetteer, all_mentions=True) if e.place}
    assert placed["Makiivka"] == "Luhansk Oblast", placed  # (not the city by Donetsk, nor a village in the north)


def test_a_title_does_not_move_a_name_out_of_the_oblast_its_text_names(ua_gazetteer) -> None:
    from mapper.pipeline import extract_reports

    caption = Report(id="c", text="Yalta, Donetsk Oblast: fighting on the western edge of the village",
                     date=dt.date(2025, 10, 12), title="Fighting in Yalta")
    placed = {e.mention.surface: e.place.admin1 for e in extract_reports([caption], ua_gazetteer, all_mentions=True) if e.place}
    assert placed["Yalta"] == "Donetsk Oblast", placed  # (not Crimea's city, which the title alone would name)


def test_a_second_namesake_set_apart_with_or_takes_no_status_of_the_first(ua_gazetteer) -> None:
    sentence = ("Not to be confused with Krasnopillia in Sumy Oblast, a border town shelled throughout 2023, or with "
                "Dolyna in Ivano-Frankivsk Oblast.")
    read = {e.status for e in extract(sentence, ua_gazetteer, all_mentions=True) if e.mention.surface == "Dolyna"}
    assert read == {None}, read


def test_a_caption_s_label_is_placed_by_the_bearing_its_line_gives_the_village(ua_gazetteer) -> None:
    caption = "Oleksandrivka: people in the coastal village west of Kherson welcome Ukrainian troops"
    placed = {e.mention.surface: e.place.admin1 for e in extract(caption, ua_gazetteer, all_mentions=True) if e.place}
    assert placed["Oleksandrivka"] == "Kherson Oblast", placed  # (one of the many Oleksandrivkas: the one west of Kherson)
