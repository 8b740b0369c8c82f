"""A twenty-ninth table of sentence shapes, with the full GeoNames dump: what the twenty-seventh session's development
sets (``tests/data/encyclopaedia_79`` and ``genres_72``, blind through the twenty-sixth) showed missing, each written
in our own words about real events.

- a side's offensive is the subject of its own relative clause, even after a preposition ("was followed by a Ukrainian
  counteroffensive that retook A and B"); after "despite" it is no subject at all;
- a relative clause right after an event's place that tells when the event was announced dates the event ("the fall
  of Bakhmut, which the Wagner leader announced on 20 May 2023, was followed by ...");
- a loss, fall, capture or seizure whose verb is "would", "could" or "might" is supposed, not told ("the capture of X would
  open the way", "the loss of A together with that of B would leave C exposed");
- "several towns of northern X Oblast, among them A and B": the oblast only locates the towns;
- an aside in parentheses after the first of two targets is that name's own ("fighting for A (Russian: A') and for B");
- from the new development sets (``genres_84``, ``genres_85``, ``captions_40``, ``encyclopaedia_84``): an oblast named
  as where people go ("families who remain in X to evacuate to safer areas of Y Oblast") does not place X; "take people
  out of X" is an evacuation; "Russian channels wrote that their troops had raised a flag" is a Russian flag; "Kyiv neither
  confirms nor denies it" leaves the claim standing; a timeline's "free A, B and C" liberates them; "keep squeezing the
  enemy out of X" is fighting there, as any liberation still going on; raiders who "came ashore near A and B, fought a
  Russian unit, raised the flag and left" attacked A and B and lost nothing (nor is "Mayak" the month of May); a landing
  on a spit is an assault on it; "today" under a channel's dated post is that post's day;
- a place's other name beside it is that place ("Zalizne (Russian: Zheleznoye)"; "Ivanivske, a village east of Chasiv Yar
  that was known as Krasne until 2016"), and a former name's year is no date of what the clause goes on to ("..., grew
  heavier from December 2023");
- from ``encyclopaedia_84`` and ``genres_72``: "the villages of A, B and C, just inside Donetsk Oblast, came under
  shelling" (the oblast an aside); "Dovhenke, reduced to ruins, was occupied" (the participle's phrase an aside); "which
  Ukrainian forces encircled and retook" (both verbs the relative's, the change what it reports, which ends the state a
  "Russian garrison of X" told); "took in A, B and C" (a raion included them), but "took in late May" took; "troops slip
  into X" (an assault); "Pokrovsk: ... clearing Krasnoarmeysk" (the city's former name, beside it); in a batch, a village
  that bears its name as its own is meant, not a city once so called (Hrodivka, Myrnohrad);
- in news, "in July of that year" is of the year the text last wrote, even in passing (2014, in a feature of 2025); under
  a label abroad, a Ukrainian town's name in any spelling stays Ukrainian ("Romania: ... across the Danube from Izmail");
- from ``encyclopaedia_77``: "X, where Russian forces had taken the flanking villages" took no X; a claim answered by
  "its ruins were still being cleared of infiltrators" by the defenders is fighting there;
- "the town" after a preposition is no subject ("the spoil tips near the town centre changed hands": not the town
  before), but "most of it" is ("most of it was held by Russian forces");
"""

from __future__ import annotations

from datetime import date

import pytest
from _readings import check_reading, places_of, table

from mapper.model import Report
from mapper.pipeline import extract, extract_reports

SIDES_AND_CLAUSES = [
    (("The fall of Bakhmut, which the Wagner leader announced in May 2023, was followed by a Ukrainian counteroffensive on "
      "the city's flanks that retook Klishchiivka and Andriivka."), {"Klishchiivka": "liberated", "Andriivka": "liberated"}),
    ("Russian forces advanced despite the Ukrainian offensive and captured Klishchiivka.", {"Klishchiivka": "occupied"}),
    (("Analysts noted that the loss of Toretsk together with that of Chasiv Yar would leave Kostiantynivka exposed from the "
      "east."), {"Toretsk": "-", "Chasiv Yar": "-", "Kostiantynivka": "-"}),
    ("Analysts wrote that the capture of Huliaipole would open the way towards Orikhiv.", {"Huliaipole": "-", "Orikhiv": "-"}),
    (("In April 2014 armed separatists took control of several towns of northern Donetsk Oblast, among them Kostiantynivka "
      "and Druzhkivka."), {"Donetsk Oblast": "-", "Kostiantynivka": "occupied", "Druzhkivka": "occupied"}),
]

CLAIMS_AND_WORDS = [
    ("Russian channels wrote this morning that their troops had raised a flag in Zarichne.", {"Zarichne": "occupied"}),
    ("Summer 2025: Russian channels claim that Yampolivka has fallen, and Kyiv neither confirms nor denies it.",
     {"Yampolivka": "occupied"}),
    ("Russian channels claim that Yampolivka has fallen, and Kyiv denies it.", {"Yampolivka": "-"}),
    ("Autumn 2022: Ukrainian forces push east of Lyman, free Torske, Terny and Yampolivka, and stop short of Kreminna.",
     {"Torske": "liberated", "Terny": "liberated", "Yampolivka": "liberated", "Kreminna": "-"}),
    ("Volunteers free civilians trapped in Mariupol.", {"Mariupol": "-"}),
    ('"Every day we take people out of Kostiantynivka, and every day there are fewer of them left," said a driver.',
     {"Kostiantynivka": "-"}),
    ("Our assault units keep squeezing the enemy out of Torske, house by house.", {"Torske": "attacked"}),
    ("Ukrainian troops squeezed the Russians out of Torske.", {"Torske": "liberated"}),
    (("Russian-installed officials claim to have beaten off a Ukrainian landing on the Kinburn Spit near Pokrovka this week"),
     {"Kinburn Spit": "attacked"}),
]

APPOSITIONS_AND_RELATIVES = [
    (("Further south-east, the villages of Mazanivka, Bohorodychne and Krasnopillia, just inside Donetsk Oblast, came under "
      "sustained shelling in May."), {"Mazanivka": "attacked", "Bohorodychne": "attacked", "Krasnopillia": "attacked",
                                      "Donetsk Oblast": "-"}),
    ("Dovhenke, reduced to ruins, was occupied by Russian troops in the summer.", {"Dovhenke": "occupied"}),
    ("An enlarged Izium Raion that also took in Balakliia, Barvinkove and Borova was formed in 2020.",
     {"Balakliia": "-", "Barvinkove": "-", "Borova": "-"}),
    ("The next target was Lyman, the rail junction north of Sloviansk, which Russian forces took in late May.",
     {"Lyman": "occupied"}),
    ("Russian troops slip into Pokrovsk in small groups, Ukrainian brigade says", {"Pokrovsk": "attacked"}),
    (("Analysts compared the battle with that of Bakhmut, where Russian forces had also taken the flanking villages first."),
     {"Bakhmut": "-"}),
    ("Russian forces pushed on to Bakhmut, where they took the town in May.", {"Bakhmut": "occupied"}),
    ("Russian Defence Ministry claims its troops captured Dachne, the first village it says it has taken in Dnipropetrovsk Oblast",
     {"Dachne": "occupied", "Dnipropetrovsk Oblast": "-"}),
    (('Russian sources claimed Sontsivka in December, but a Ukrainian brigade spokesman said that its ruins were "still being '
      'cleared of infiltrators" by Ukrainian troops.'), {"Sontsivka": "attacked"}),
]

LISTS_AND_ANAPHORS = [
    ("Russian troops spent February and March 2024 fighting for Bohdanivka (Russian: Bogdanovka) and for Kalynivka, north of Chasiv Yar.",
     {"Bohdanivka": "attacked", "Kalynivka": "attacked"}),
    (("By the end of 2024 Russian troops also held Krymske, and a waste heap north of Pivdenne and the spoil tips of the mine "
      "near the town centre changed hands several times."), {"Krymske": "occupied"}),
    (("Heorhiivka changed hands over the summer; by August most of it was held by Russian forces, and the ministry later "
      "announced the capture of the whole village."), {"Heorhiivka": "occupied"}),
]


@pytest.mark.parametrize("sentence,expected", table({"sides_and_clauses": SIDES_AND_CLAUSES, "lists_and_anaphors": LISTS_AND_ANAPHORS,
                                                     "claims_and_words": CLAIMS_AND_WORDS,
                                                     "appositions_and_relatives": APPOSITIONS_AND_RELATIVES}))
def test_sentence_shapes(ua_gazetteer, sentence: str, expected: dict[str, str]) -> None:
    check_reading(ua_gazetteer, sentence, expected)


def _dated(text: str, status: str, gazetteer) -> dict[str, date | None]:
    report = Report(id="r", text=text, date=date(2024, 12, 1))
    return {e.mention.surface: e.event_date for e in extract(report, gazetteer) if e.status == status}


def test_an_announcing_relative_dates_the_event_before_it(ua_gazetteer) -> None:
    dated = _dated(("Russian forces pressed on after the fall of Bakhmut, which the Wagner leader announced on 20 May 2023, "
                    "and Ukrainian troops retook Klishchiivka in mid-September 2023."), "occupied", ua_gazetteer)
    assert dated.get("Bakhmut") == date(2023, 5, 20), dated


def test_a_division_people_leave_for_does_not_place_the_town(ua_gazetteer) -> None:
    places = places_of(ua_gazetteer, ("Russian forces shelled the centre of Kostiantynivka on Tuesday. The governor urged families who "
                                      "remain in Kostiantynivka to evacuate to safer areas of Dnipropetrovsk Oblast."))
    assert places.get("Kostiantynivka") == [705104, 705104], places


def test_raiders_who_came_ashore_and_left_took_nothing(ua_gazetteer) -> None:
    report = Report(id="r", text=("Crimea: Ukrainian special forces say they came ashore near Olenivka and Mayak overnight, fought a "
                                  "Russian unit, raised the flag and left"), date=date(2023, 8, 24))
    read = {(e.mention.surface, e.status, e.event_date) for e in extract(report, ua_gazetteer)}
    assert read == {("Olenivka", "attacked", date(2023, 8, 24)), ("Mayak", "attacked", date(2023, 8, 24))}, read


def test_today_under_a_dated_post_is_the_posts_day(ua_gazetteer) -> None:
    text = ("## 18 October 2025\n\nOur units advanced near Torske.\n\n## 20 October 2025\n\n"
            "The enemy hit Kreminna with HIMARS again today.\n\n## 24 October 2025\n\nFighting near Zarichne goes on.")
    report = Report(id="r", text=text, date=date(2025, 10, 24))
    dated = {e.mention.surface: e.event_date for e in extract(report, ua_gazetteer) if e.status == "attacked"}
    assert dated.get("Kreminna") == date(2025, 10, 20), dated


def test_an_other_name_beside_a_place_is_that_place(ua_gazetteer) -> None:
    places = places_of(ua_gazetteer, "Russian troops attacked Zalizne (Russian: Zheleznoye), south-east of Toretsk.")
    assert places.get("Zheleznoye") == places.get("Zalizne") == [713176], places
    text = ("Russian assaults on Ivanivske, a village east of Chasiv Yar that was known as Krasne until 2016, grew heavier "
            "from December 2023.")
    assert places_of(ua_gazetteer, text).get("Krasne") == [704285]
    dated = _dated(text, "attacked", ua_gazetteer)
    assert dated.get("Ivanivske") == date(2023, 12, 1), dated


def test_a_garrison_retaken_in_a_relative_is_only_retaken(ua_gazetteer) -> None:
    text = ("The loss of Izium also exposed the Russian garrison of Lyman, in the north of Donetsk Oblast, which Ukrainian "
            "forces encircled and retook on 1 October 2022.")
    assert {e.status for e in extract(text, ua_gazetteer) if e.mention.surface == "Lyman"} == {"liberated"}


def test_a_former_name_of_a_place_its_sentence_names_is_that_place(ua_gazetteer) -> None:
    places = places_of(ua_gazetteer, "Pokrovsk: the Russian Defence Ministry says its troops are clearing Krasnoarmeysk block by block")
    assert places.get("Krasnoarmeysk") == [704422], places


def test_a_village_is_not_the_city_once_named_after_it(ua_gazetteer) -> None:
    texts = ["Myrnohrad: a guided bomb hits a five-storey block", "Pokrovsk: drones strike cars on the main road",
             "Hrodivka: the Russian Defence Ministry says its troops have taken the village"]
    reports = [Report(id=f"c{i}", text=t, date=date(2024, 9, 12)) for i, t in enumerate(texts)]
    placed = {e.mention.surface: e.place.geonameid for e in extract_reports(reports, ua_gazetteer) if e.place is not None}
    assert placed.get("Hrodivka") == 708047, placed  # the village, not Myrnohrad (which GeoNames also calls so)


def test_that_year_in_news_is_the_year_last_written(ua_gazetteer) -> None:
    text = ("Today Kostiantynivka is shelled every day. Pro-Russian militants took over Kostiantynivka in the spring of 2014. "
            "Ukrainian forces retook Kostiantynivka in July of that year, days after the separatists abandoned Sloviansk.")
    report = Report(id="r", text=text, date=date(2025, 10, 20))
    dated = {e.event_date for e in extract(report, ua_gazetteer) if e.status == "liberated" and e.mention.surface == "Kostiantynivka"}
    assert dated == {date(2014, 7, 1)}, dated


def test_a_town_named_under_a_label_abroad_stays_ukrainian(ua_gazetteer) -> None:
    places = places_of(ua_gazetteer, "Romania: pieces of a drone are found near Plauru, across the Danube from Izmail")
    assert places.get("Izmail") == [707308], places
