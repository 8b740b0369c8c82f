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
  community (GeoNames ADM3) named after X;
- "and the next day it added C and D" after a list of captures announced; "claimed X in the same week";
  "pressed on X", "kept up the pressure on X", "closed the ring around X";
- a "where" clause after a name's parenthetical aside ("X (Y in Russian), where border guards fought");
  a "where" clause after a line named by its reference point is the line's ("a line east of X, where both
  sides attacked"), after a bare reference point the place's ("40 km south of X, where Russian troops have
  fought since May");
- "leaving it without power" after a strike is no withdrawal;
- wrong statuses a public map must not show: "the Ukrainian defenders of X fell back" is no liberation of X
  (their withdrawal: X was lost to the other side); a side named as what a noun is of ("during a change of Ukrainian units,
  and took it") is no subject; a claim of a capture "although the Russian army denied losing the town"; a
  town that only locates a list ("A and B near C were retaken");
- appositions of a bare plural ("A and B, villages east of the town, were shelled") and of a further bearing ("X,
  further west on the road to Y, was bombed"); a relative after an apposition of the last name ("and B, to
  the south-east, which Russian troops held") is that name's alone, unless its verb is plural; "left X a few
  days earlier";
- a claim denied in parentheses ("the capture of X (denied by Ukrainian forces)"); "they" after a sentence
  that names a side only as what a noun is of; a town named by its official's title ("X's mayor said the town
  had been liberated");
- captions: a label's place takes a withdrawal after it ("Bucha and Hostomel: Russian units pull out"), a label
  may say the place's state ("Occupied Melitopol: explosions near the station") or follow a date label
  ("17 September 2023: Klishchiivka liberated"); a district named after the label's city is inside it
  ("Kherson: artillery fire on the Korabel microdistrict"); "a missile blows out", "brings down a section of";
  "tore the top floors off"; where a strike landed "in the centre of X", "in central X"; a withdrawal verb that
  leaves a thing ("an Iskander leaves a crater") is no withdrawal;
- a note that tells namesakes apart by their kind ("not the village of X near Y") or by their oblast ("the
  town of X in Donetsk Oblast").
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

ENCYCLOPAEDIA = [
    (("On 5 May the Russian defence ministry announced the capture of Ocheretyne and Arkhanhelske, and the next day it "
      "added Keramik and Novobakhmutivka."), {"Keramik": "occupied", "Novobakhmutivka": "occupied"}),
    ("Russian milbloggers claimed Umanske in the same week.", {"Umanske": "occupied"}),
    ("Through the winter Russian units pressed on Terny and kept up the pressure on Yampolivka.",
     {"Terny": "attacked", "Yampolivka": "attacked"}),
    ("By early March the Russians had closed the ring around Mariupol.", {"Mariupol": "attacked"}),
    ("The column passed Okhtyrka (Akhtyrka in Russian), where the garrison fought a short action.",
     {"Okhtyrka": "attacked"}),
    ("The front settled on a line east of Kupiansk, where both sides attacked through the winter.",
     {"Kupiansk": "-"}),
    ("The town lies 40 km south of Vovchansk, where Russian troops have fought since May.", {"Vovchansk": "attacked"}),
]

WRONG_STATUSES = [
    ("In early October the Ukrainian defenders of Vuhledar fell back north towards Bohoiavlenka.",
     {"Vuhledar": "occupied", "Bohoiavlenka": "-"}),
    ("Russian troops took Avdiivka in February, and the Ukrainian units from the town fell back west to new lines.",
     {"Avdiivka": "occupied"}),
    ("Kyiv said it had retaken Bilohorivka, although the Russian army denied losing the village.", {"Bilohorivka": "-"}),
    ("Staromaiorske and Urozhaine near Velyka Novosilka were retaken in the summer.",
     {"Urozhaine": "liberated", "Velyka Novosilka": "-"}),
]

APPOSITIONS += [
    ("Tsyrkuny and Prudianka, villages north of the city, were shelled again.",
     {"Tsyrkuny": "attacked", "Prudianka": "attacked"}),
    ("Hostomel, further north on the road to Kyiv, was bombed from the air.", {"Hostomel": "attacked", "Kyiv": "-"}),
    ("The Russian column had left Bucha a few days earlier.", {"Bucha": "liberated"}),
]

WRONG_STATUSES += [
    (("Officials said Ukrainian marines were still holding positions on the left bank, and Russian sources claimed "
      "the capture of Krynky."), {"Krynky": "occupied"}),
    ("Russian milbloggers claimed the capture of Pishchane (denied by Ukrainian forces).", {"Pishchane": "-"}),
]

SPEAKERS = [
    ("Bucha's mayor said on 1 April that the town had been liberated.", {"Bucha": "liberated"}),
]

CAPTIONS = [
    ("Missiles hit a hotel and a shopping centre in the centre of Uman", {"Uman": "attacked"}),
    ("A drone tore the roof off a house in Sumy", {"Sumy": "attacked"}),
    ("A crater beside a bus stop in central Dnipro after the strike", {"Dnipro": "attacked"}),
    ("Kramatorsk: a missile leaves a crater outside the railway station", {"Kramatorsk": "attacked"}),
    ("Irpin and Bucha: Russian units pull out, Ukrainian troops move in", {"Irpin": "liberated", "Bucha": "liberated"}),
    ("Occupied Berdiansk: explosions reported near the port", {"Berdiansk": "attacked"}),
    ("11 November 2022: Kherson liberated, the Ministry of Defence confirms", {"Kherson": "liberated"}),
    ("Mykolaiv: artillery fire on the Korabel district, two wounded", {"Mykolaiv": "attacked"}),
    ("Odesa: a missile blows out the windows of the opera house", {"Odesa": "attacked"}),
    ("Kharkiv: a guided bomb brings down a section of a five-storey block", {"Kharkiv": "attacked"}),
]

GROUPS = {"captions": CAPTIONS, "speakers": SPEAKERS, "wrong statuses": WRONG_STATUSES, "appositions": APPOSITIONS, "lists": LISTS, "legs": LEGS, "beside": BESIDE, "communities": COMMUNITIES,
          "encyclopaedia": ENCYCLOPAEDIA}


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


def test_leaving_a_town_without_power_is_no_withdrawal(ua_gazetteer) -> None:
    events = list(extract("Missiles destroyed the substation of Kupiansk, leaving it without power.", ua_gazetteer))
    assert _statuses(events, "Kupiansk") == ["attacked"]


@pytest.mark.parametrize(
    "sentence,first,second",
    [
        ("Russian guns shelled Vorozhba, by the border, not the village of Vorozhba near Lebedyn.", 688961, 688962),
        (("Russian guns shelled Lyman, a village east of Kharkiv, not to be confused with the town of Lyman in "
          "Donetsk Oblast."), None, 704204),
    ],
)
def test_a_note_tells_namesakes_apart_by_kind_or_oblast(ua_gazetteer, sentence: str, first, second: int) -> None:
    surface = "Vorozhba" if "Vorozhba" in sentence else "Lyman"
    events = [e for e in extract(sentence, ua_gazetteer, all_mentions=True) if e.mention.surface == surface]
    assert events[1].place is not None and events[1].place.geonameid == second
    assert events[0].place is not None and events[0].place.geonameid != second
    if first is not None:
        assert events[0].place.geonameid == first


def test_a_city_and_a_namesake_row_inside_it_are_one_place(ua_gazetteer) -> None:
    from mapper.reading.namesakes import distinct

    # GeoNames holds a second, unpopulated "Kryvyy Rih" row 5 km from the city's point: the city stands for it
    kept = {c.place.geonameid for c in distinct(tuple(ua_gazetteer.lookup("Kryvyi Rih", fuzzy=False)))}
    assert 703845 in kept and 11147681 not in kept
    # but a village that bears a city's name only as an alternate one is another place ("Oleksandrivka" by Donetsk)
    kept = {c.place.geonameid for c in distinct(tuple(ua_gazetteer.lookup("Oleksandrivka", fuzzy=False)))}
    assert 713652 in kept


def test_a_side_named_as_what_a_noun_is_of_is_no_subject(ua_gazetteer) -> None:
    text = ("Russian assault groups pushed west from Avdiivka. In late April they broke into Ocheretyne during a "
            "change of Ukrainian units, and took it within days.")
    statuses = {e.status for e in extract(text, ua_gazetteer) if e.mention.surface == "Ocheretyne"}
    assert "liberated" not in statuses and "occupied" in statuses


def test_a_relative_after_the_last_names_apposition_is_that_names(ua_gazetteer) -> None:
    text = ("Fighting went on around Novoandriivka, a village west of the town, and Mala Tokmachka, to the "
            "south-east, which Russian troops held for a month.")
    events = list(extract(text, ua_gazetteer))
    assert "occupied" not in _statuses(events, "Novoandriivka")
    assert "occupied" in _statuses(events, "Mala Tokmachka")


def test_they_after_a_sentence_naming_a_side_only_as_what_a_noun_is_of(ua_gazetteer) -> None:
    text = ("Russian assault groups pushed west from Avdiivka. In late April they broke into Ocheretyne during a "
            "change of Ukrainian units. Through the summer they took Prohres and Novoselivka Persha.")
    for surface in ("Prohres", "Novoselivka Persha"):
        assert {e.status for e in extract(text, ua_gazetteer) if e.mention.surface == surface} == {"occupied"}


def test_a_note_sets_apart_a_namesake_the_oblast_it_names_had_decided(ua_gazetteer) -> None:
    text = ("Dobropillia, a village north of Huliaipole that should not be confused with the town of Dobropillia in "
            "Donetsk Oblast, was also shelled.")
    events = [e for e in extract(text, ua_gazetteer, all_mentions=True) if e.mention.surface == "Dobropillia"]
    assert events[1].place is not None and events[1].place.geonameid == 709900  # the town in Donetsk Oblast
    assert events[1].status is None  # named only to set it apart
    assert events[0].place is not None and events[0].place.geonameid != 709900


def test_a_missile_that_leaves_a_crater_liberates_nothing(ua_gazetteer) -> None:
    events = list(extract("Pavlohrad: an Iskander leaves a crater beside the railway depot", ua_gazetteer))
    assert _statuses(events, "Pavlohrad") == ["attacked"]
