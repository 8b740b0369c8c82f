"""A thirtieth table of sentence shapes, with the full GeoNames dump: what the twenty-eighth session's development sets
(``tests/data/genres_79`` and ``encyclopaedia_82``, blind through the twenty-seventh) showed missing, each written in our
own words about real events.

- a relative clause set off by a comma after a name the sentence uses as a reference point is the name's, even after a
  plural noun ("hold positions north of X, which Ukrainian forces cleared in May"), unless the noun phrase is itself an
  apposition of a name before ("Lyman, the rail junction north of Sloviansk, which Russian forces took");
- "the enemy continues to hold X" is the enemy holding X;
- a side's troops placed at a list that fight something off fought there ("units near A and B repelled attempts to
  advance");
- the targets a strike lists after "including" may be located by "near" ("struck 26 targets of the Ukrainian forces,
  including a fuel depot near X");
- a caption's "X: the village north-east of Y" places X by its bearing from Y;
- from ``genres_87`` (the Kherson right bank, 2022): "our soldiers entered X" in no named voice is a Ukrainian command's;
  "by the next morning X was theirs" is held by the side named last; "under the protection of Russian units" is the
  Russian ministry's word for its control; "tried to advance towards X and to attack near Y" tried the second too;
  "shells from the opposite bank fell on X"; "X, on the left bank, which remains occupied" (the relative past the aside);
  "Around X, fighting went on"; "a line from A to B, and Russian troops held both villages"; "no confirmation yet that
  the city has been abandoned" reports no withdrawal; "Russian troops moved in" took the place; "walked into X";
- from ``genres_86``, ``encyclopaedia_85`` and ``captions_41``: "drove Russian-backed fighters out of X"; "both held by
  Russian-led forces"; a raion right after a place only locates it ("Hrodivka, Pokrovsk Raion: street fighting"), nor is a
  raion a town or a village ("a village of Pokrovsk Raion"); "a village just east of Y" lies beside Y; a city among villages of a list whose other names are decided
  ("near Horikhove, Muravka and Zaporizhzhia") is the village; a caption's dateline dates only what tells no time of its
  own ("1 August 2025 | X was cleared in late July"); "on the third anniversary of the day Russian troops were driven
  out" is three years back; "until October 2024, when Russian troops took control of it" is October 2024; an aside in
  parentheses does not put a name farther from its date;
- from ``encyclopaedia_82`` and the captions: "they pushed out of the Spirne area" moved out from it (an active verb, no
  withdrawal); a river locates no village for an anaphor ("pushed to the Oskil near X, and Russian sources claimed to
  have captured the village"); "Russian war bloggers say their troops have taken the village; Ukraine's command reports
  fighting in it" (a Russian speaker's "say", and the fighting told after a semicolon beside the claim); "Russian
  bloggers claim the village"; "another X" is not the report's X; "the town of Holubivka (until 2016 Kirovsk)" is the
  place the former name names; "advanced south into X, and on through A and B",
  "moved south along the bank through X" (but a column moving through a town it holds attacks nothing);
- a report that repeats a name may mean two namesakes when one sentence names it beside its own neighbours ("near
  Rubizhne, Sievierodonetsk and Popasna" is the Luhansk Rubizhne, though the report's other Rubizhne is Kharkiv's),
  unless the sentence goes on to set a namesake apart ("This Zhuravka has nothing to do with the Zhuravka near X");
"""

from __future__ import annotations

from datetime import date

import pytest
from _readings import check_reading, table

from mapper.model import Report
from mapper.pipeline import extract

CLAUSES_AND_SIDES = [
    ("Russian forces still hold positions north of Tsyrkuny, which Ukrainian forces cleared in early May 2022.",
     {"Tsyrkuny": "liberated"}),
    ("Kyiv's next target was Lyman, the rail junction north of Sloviansk, which Russian forces took in late May 2022.",
     {"Lyman": "occupied", "Sloviansk": "-"}),
    ("The enemy continues to hold Vovchansk and is bringing more artillery into the area.", {"Vovchansk": "occupied"}),
    ("Ukrainian units near Prudianka and Tsyrkuny repelled Russian attempts to advance, the General Staff said.",
     {"Prudianka": "attacked", "Tsyrkuny": "attacked"}),
    (("Russian aviation struck 26 military targets of the Ukrainian armed forces, including a fuel depot near Chuguev, the "
      "ministry said."), {"Chuguev": "attacked"}),
]


WORDS_AND_ANAPHORS = [
    ("Today our soldiers entered Snihurivka; the state flag was raised over the town council.", {"Snihurivka": "liberated"}),
    ("Russian columns crossed the Antonivskyi Bridge on 1 March, and by the next morning Kherson was theirs.",
     {"Kherson": "occupied"}),
    ("From March until November, Kherson and Beryslav were under the protection of Russian units, the ministry said.",
     {"Kherson": "occupied", "Beryslav": "occupied"}),
    ("Ukrainian units tried to advance towards Snihurivka and to attack near Pravdyne, the ministry said.",
     {"Snihurivka": "-", "Pravdyne": "attacked"}),
    ("Through January, shells from the opposite bank fell on Beryslav almost every day.", {"Beryslav": "attacked"}),
    ("Her brother stayed in Hola Prystan, on the left bank, which remains occupied.", {"Hola Prystan": "occupied"}),
    ("Around Davydiv Brid, on the Inhulets, fighting went on through September.", {"Davydiv Brid": "attacked"}),
    ("The front settled on a line from Dudchany to Mylove, and Russian troops held both villages through October.",
     {"Dudchany": "occupied", "Mylove": "occupied"}),
    ("The enemy says its troops will leave Kherson, but we see no confirmation yet that the city has been abandoned.",
     {"Kherson": "-"}),
    ("In Vysokopillia, Russian troops moved in during March and dug positions between the houses.",
     {"Vysokopillia": "occupied"}),
    ("Ukrainian soldiers walked into Vysokopillia in early September.", {"Vysokopillia": "liberated"}),
]


LOCATORS_AND_SIDES = [
    (("Older residents recall the summer of 2014, when Ukrainian troops drove Russian-backed fighters out of Sloviansk and "
      "Kramatorsk in early July."), {"Sloviansk": "liberated", "Kramatorsk": "liberated"}),
    ("The Novotroitske crossing faced Olenivka and Dokuchaievsk, both held by Russian-led forces from 2014.",
     {"Olenivka": "occupied", "Dokuchaievsk": "occupied"}),
    ("Hrodivka, Pokrovsk Raion: street fighting as Russian troops move in from the south",
     {"Hrodivka": "attacked", "Pokrovsk Raion": "-"}),
    ("Shelling also damaged houses in Borova, in Izium raion, overnight.", {"Borova": "attacked", "Izium raion": "-"}),
]


CLAIMS_AND_VERBS = [
    ("In the east they pushed out of the Spirne area, the ministry said.", {"Spirne": "-"}),
    ("Russian troops were pushed out of Spirne in the spring.", {"Spirne": "liberated"}),
    (("By November their units had pushed to the Oskil near Kruhliakivka, and Russian sources claimed to have captured the "
      "village later that month."), {"Kruhliakivka": "occupied"}),
    (("Kindrativka, 6 June 2025: Russian war bloggers say their troops have taken the village; Ukraine's northern command "
      "reports fighting in it."), {"Kindrativka": "occupied"}),
    (("Kindrativka, 6 June 2025: Russian war bloggers say their troops have taken the village; Ukraine's northern command "
      "reports fighting in it."), {"Kindrativka": "attacked"}),
    ("Zvirove, south-west of Pokrovsk: Russian military bloggers claim the village, which they call Zverevo",
     {"Zvirove": "occupied"}),
    ("Bakhmut: Ukrainian command rejects Moscow's claim and says fighting goes on in the city", {"Bakhmut": "attacked"}),
    ("A Russian grouping advanced south into Hirnyk, a mining town, and on through Kurakhivka and Zoriane.",
     {"Hirnyk": "attacked", "Kurakhivka": "attacked", "Zoriane": "attacked"}),
    ("From the bridgehead the Russian forces moved south along the western bank through Zapadne.", {"Zapadne": "attacked"}),
    ("In November Russian troops pushed south from Selydove along the Vovcha through Novoselydivka toward Kurakhove.",
     {"Novoselydivka": "attacked", "Selydove": "-", "Kurakhove": "-"}),
    ("A column moving through Snihurivka, which was occupied in the first week of March, reached Novyi Buh.",
     {"Snihurivka": "occupied"}),
]


@pytest.mark.parametrize("sentence,expected", table({"clauses_and_sides": CLAUSES_AND_SIDES, "words_and_anaphors": WORDS_AND_ANAPHORS,
                                                     "locators_and_sides": LOCATORS_AND_SIDES, "claims_and_verbs": CLAIMS_AND_VERBS}))
def test_sentence_shapes(ua_gazetteer, sentence: str, expected: dict[str, str]) -> None:
    check_reading(ua_gazetteer, sentence, expected)


def _placed(gazetteer, text: str, name: str) -> list[int]:
    """The place each mention of ``name`` was resolved to, whatever its status."""
    report = Report(id="r", text=text, date=date(2025, 6, 1))
    return [e.place.geonameid for e in extract(report, gazetteer, all_mentions=True) if e.mention.surface == name and e.place]


def test_a_captions_bearing_from_a_city_places_the_village(ua_gazetteer) -> None:
    placed = _placed(ua_gazetteer, "Ternova: the village north-east of Kharkiv is back under Ukrainian control", "Ternova")
    assert placed == [691637], placed  # (not the Ternova south-east of the city, 11 km from it)


def test_a_sentence_beside_its_own_neighbours_keeps_its_namesake(ua_gazetteer) -> None:
    text = ("Ukrainian troops drove the enemy out of Rubizhne and Ternova, north-east of Kharkiv. In the Sievierodonetsk "
            "direction, the enemy is conducting assault operations near Rubizhne, Sievierodonetsk and Popasna.")
    assert _placed(ua_gazetteer, text, "Rubizhne") == [695273, 695274]


def test_a_sentence_that_sets_a_namesake_apart_follows_the_report(ua_gazetteer) -> None:
    text = ("Russian troops crossed the border and took Zhuravka, north of Sumy, in March 2025. This Zhuravka has nothing "
            "to do with the Zhuravka near Pokrovsk in Donetsk Oblast.")
    placed = _placed(ua_gazetteer, text, "Zhuravka")
    assert placed[:2] == [687008, 687008], placed


def test_a_village_just_east_of_a_town_lies_beside_it(ua_gazetteer) -> None:
    text = ("Russian forces are also attacking Mykolaivka, a village just east of Novohrodivka, and Hrodivka, to the "
            "north-east, which has been shelled for weeks.")
    assert _placed(ua_gazetteer, text, "Mykolaivka") == [700144]  # (4 km east, not the one 6 km north, nor 13 km off)


def test_a_city_in_a_list_of_decided_villages_is_the_village(ua_gazetteer) -> None:
    text = "In the Novopavlivka direction, the enemy attacked 17 times near Horikhove, Muravka and Zaporizhzhia."
    assert _placed(ua_gazetteer, text, "Zaporizhzhia") == [687679]


def test_a_raion_is_no_village(ua_gazetteer) -> None:
    text = ("Russian troops attacked Vuhledar and Pavlivka in November 2022. This Kostiantynivka is a village of Pokrovsk "
            "Raion, not the city of Kostiantynivka near Toretsk.")
    assert _placed(ua_gazetteer, text, "Pokrovsk Raion") == [704417]  # (not the Pokrovsk raion of Dnipropetrovsk Oblast)


def _dates(gazetteer, text: str, on: date) -> dict[str, tuple[str | None, str | None]]:
    report = Report(id="r", text=text, date=on)
    return {e.mention.surface: (e.event_date.isoformat() if e.event_date else None, e.date_precision)
            for e in extract(report, gazetteer) if e.status is not None}


def test_dates_of_datelines_anniversaries_and_when_clauses(ua_gazetteer) -> None:
    dated = _dates(ua_gazetteer, "1 August 2025 | Kindrativka, north of Sumy, was cleared of Russian troops in late July.",
                   date(2025, 8, 1))
    assert dated["Kindrativka"] == ("2025-07-01", "month"), dated
    dated = _dates(ua_gazetteer, ("Trostianets, 26 March 2025: flowers at the station on the third anniversary of the day "
                                  "Russian troops were driven out of Trostianets."), date(2025, 3, 26))
    assert dated["Trostianets"] == ("2022-03-26", "day"), dated
    dated = _dates(ua_gazetteer, ("The battle was fought for Vuhledar from the autumn of 2022 until the beginning of October "
                                  "2024, when Ukrainian forces withdrew and Russian troops took control of the town."),
                   date(2025, 11, 1))
    assert dated["Vuhledar"] == ("2024-10-01", "month"), dated
    dated = _dates(ua_gazetteer, ("Russian units reached the Oskil near Kruhliakivka by the end of 2024, attacked across the "
                                  "river near Dvorichna (Russian: Dvurechnaya), some 15 km upstream, in January 2025."),
                   date(2025, 12, 1))
    assert dated["Dvorichna"] == ("2025-01-01", "month"), dated


def test_a_name_before_a_renaming_in_an_aside_is_the_place(ua_gazetteer) -> None:
    text = ("The hamlet shares its name with the Luhansk Oblast town of Holubivka (until 2016 Kirovsk), which has been under "
            "Russian occupation since 2014.")
    assert _placed(ua_gazetteer, text, "Holubivka") == [705809]  # (the town once called Kirovsk, not the village 30 km off)


def test_another_of_a_name_is_not_the_reports(ua_gazetteer) -> None:
    text = ("In May 2022 Russian forces tried to cross the Siverskyi Donets at Bilohorivka in Luhansk Oblast. Press reports "
            "sometimes confused the village with another Bilohorivka, north-east of Soledar in Donetsk Oblast.")
    assert _placed(ua_gazetteer, text, "Bilohorivka") == [712588, 712589]
