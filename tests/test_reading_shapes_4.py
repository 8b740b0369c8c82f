"""A fourth table of sentence shapes, with the full GeoNames dump: what fresh captions showed
missing, each written again in our own words with other places.

The same table and the same reading as ``test_reading_shapes.py`` (statuses per the annotators'
conventions in ``shared/eval/README.md``; "-" for none):

- a place named as the modifier of an attack ("the Hroza missile strike", "the Kremenchuk drone
  attack"), but not of a unit ("the Pokrovsk strike group") and not where the attack has an object
  of its own ("a drone attack on an energy facility near X" reads forward);
- an oblast that locates a village across a phrase of position ("in X, near the Russian border in
  Y Oblast");
- lists that go on past an apposition of their member ("took A, on the road to B, and C"; "A and B,
  north of the town, and C, on its western side, were taken"), the apposition's names only reference
  points;
- places freed "among the villages freed this week"; breakthroughs of defences near a place, advances
  through places, attacks "thwarted near" a place, fighting near "the frontline villages of" A and B:
  attacked; columns and assault groups as an army; a place after ", near" locates the one before it;
- "close to" a place is where, not a goal ("close to the border"; "close to capturing X" is one);
- flags "over the ruins of", "on the building in", "with the national flag in" a place, "in front of the
  X town council building" (a town's own building is in the town; its council is no place);
- a name shared by a town and a river, after "the right bank of the" or "cross the": the river;
  a drone that "exploded over" a place; "the liberation of A, just west of B, and of C";
- a list that goes on past a relative time ("took A early last month and B, further west, at the end of
  November"); "struck the centre of the northern city" for the city named before;
- "the Oskil at X": a bare river name after "the"; "the head of the occupied parts of X" is a title;
- ", both held by Russian forces" after two places; a quoted name in a list ('"A" and B'); "residents of
  A and B told": the residents speak, not B; "struck an institute and a hospital in X": where it struck;
- a facility named after its town ("took over the Kherson Zoo"): its change of hands is not the town's,
  a strike on it is one on the town, a flag over it is the town's;
- "the mayor of X said that the town had been liberated": the town a title named is still the town;
- "held by the enemy", "the enemy captured X": the other side of the report's voice (Russian in a
  Ukrainian summary);
- names in Markdown emphasis ("**Vovchansk**", "*A*, _B_ and **C**");
- airfields GeoNames names as written ("the Saky air base": the field, not the town); a field named otherwise
  ("Hostomel airport") is told by its town;
- facilities the press names by their own names ("the Dnipro hydroelectric power station", "the
  Kakhovka dam": the dam, not the power station beside it).
"""

from __future__ import annotations

import pytest
from _readings import check_reading, table

from mapper.pipeline import extract

ATTRIBUTIVE = [
    ("Mourners gathered a year after the Hroza missile strike.", {"Hroza": "attacked"}),
    ("The Kremenchuk drone attack left two people dead.", {"Kremenchuk": "attacked"}),
    ("The Pokrovsk strike group kept up its assaults.", {"Pokrovsk": "-"}),
    ("A drone attack on an energy facility near Odesa caused a fire.", {"Odesa": "attacked"}),
]

LOCATORS = [
    ("Damaged houses in Seredyna-Buda, near the Russian border in Sumy Oblast, after shelling",
     {"Seredyna-Buda": "attacked", "Sumy Oblast": "-"}),
    ("A burnt-out shop in Velykyi Burluk, close to the border in Kharkiv Oblast, after a drone strike",
     {"Velykyi Burluk": "attacked", "Kharkiv Oblast": "-"}),
]

APPOSITION_LISTS = [
    ("By March Russian forces had taken Vodiane, on the road to Donetsk airport, and Nevelske, a village west of "
     "Donetsk.", {"Vodiane": "occupied", "Nevelske": "occupied", "Donetsk": "-"}),
    ("Russian troops pressed on from Pokrovsk; Myroliubivka and Lysivka, north of the town, and Sukhyi Yar, "
     "on its western side, were taken by Russian units by the end of the year.",
     {"Lysivka": "occupied", "Sukhyi Yar": "occupied", "Pokrovsk": "-"}),
    ("Russian forces took Pisky, a village near Avdiivka, and shelled Krasnohorivka.",
     {"Pisky": "occupied", "Avdiivka": "-", "Krasnohorivka": "attacked"}),
]

FRONT_LINE = [
    ("Zelensky listed Novovoskresenske, Mala Seidemynukha and Kostyrka among the villages freed this week.",
     {"Novovoskresenske": "liberated", "Mala Seidemynukha": "liberated", "Kostyrka": "liberated"}),
    ("Ukrainian armoured units broke through the Russian lines near Mylove.", {"Mylove": "attacked"}),
    ("Russian assault groups pushed on, advancing through Vovche and Solone.", {"Vovche": "attacked", "Solone": "attacked"}),
    ("Attempts by Ukrainian groups to cross the river were thwarted near Krynky.", {"Krynky": "attacked"}),
    ("Fighting went on near the frontline villages of Terny and Torske.", {"Terny": "attacked", "Torske": "attacked"}),
    # a Russian entry without a capture is a ground assault (the annotators: occupied is held, captured, taken)
    ("Russian columns entered Borodianka on 27 February.", {"Borodianka": "attacked"}),
    ("Russian forces entered Kupiansk without a fight on 27 February.", {"Kupiansk": "occupied"}),
    ("Drones destroyed a fuel depot at Oktiabrske, near Dzhankoi, overnight.", {"Oktiabrske": "attacked", "Dzhankoi": "-"}),
]

RIVERS_AND_BLASTS = [
    ("The enemy keeps shelling the right bank of the Dnipro, including Beryslav.", {"Dnipro": "-", "Beryslav": "attacked"}),
    ("Russian units tried twice to cross the Irpin near Moshchun.", {"Irpin": "-"}),
    ("A drone exploded over the port of Izmail.", {"Izmail": "attacked"}),
    ("The liberation of Novodarivka, just west of Levadne, and of Rivnopil was announced on Monday.",
     {"Novodarivka": "liberated", "Rivnopil": "liberated", "Levadne": "-"}),
]

MARKUP = [
    ("Ukrainian forces liberated **Vovchansk** on Saturday.", {"Vovchansk": "liberated"}),
    ("Russian shelling hit *Kupiansk*, _Borova_ and **Izium**.", {"Kupiansk": "attacked", "Borova": "attacked",
                                                                 "Izium": "attacked"}),
]

LISTS_AND_ANAPHORA = [
    ("Russian forces took Vuhledar early last month and Prechystivka, further west, at the end of November.",
     {"Vuhledar": "occupied", "Prechystivka": "occupied"}),
    ("Rescuers in Chernihiv searched the rubble, a day after a missile struck the centre of the northern city.",
     {"Chernihiv": "attacked"}),
]

RIVERS_AND_TITLES = [
    ("In October Russian forces reached the Oskil at Kruhliakivka.", {"Oskil": "-"}),
    ("Yevhen Balitsky, the Russian-installed head of the occupied parts of Zaporizhzhia Oblast, spoke on television.",
     {"Zaporizhzhia Oblast": "-"}),
]

QUOTES_AND_SPEAKERS = [
    ('Moscow accused Ukrainian forces of shelling "Kakhovka" and Hola Prystan overnight.',
     {"Kakhovka": "attacked", "Hola Prystan": "attacked"}),
    ("Residents of Russian-occupied Melitopol and Berdiansk told reporters about new checkpoints.",
     {"Melitopol": "occupied", "Berdiansk": "occupied"}),
    ("Missiles struck a military academy and a hospital in Poltava.", {"Poltava": "attacked"}),
]

TITLES_AND_ANAPHORA = [
    ("On 30 March the mayor of Bucha said that the town had been fully liberated.", {"Bucha": "liberated"}),
    ("The mayor of Bucha denied that the town had fallen.", {"Bucha": "-"}),
]

FACILITIES_NAMED_AFTER_TOWNS = [
    ("Russian troops took over the Kherson Zoo in March.", {"Kherson": "-"}),
    ("Missiles struck the Kremenchuk Refinery overnight.", {"Kremenchuk": "attacked"}),
    ("Ukrainian soldiers raised the flag over the Kherson Port.", {"Kherson": "liberated"}),
]

ENEMY = [
    ("The wounded were taken to a hospital in Novoazovsk and the others to Olenivka, both held by Russian forces.",
     {"Novoazovsk": "occupied", "Olenivka": "occupied"}),
    ("Novoselivka Persha has been held by the enemy since the end of February.", {"Novoselivka Persha": "occupied"}),
    ("The enemy captured Berdychi after days of assaults.", {"Berdychi": "occupied"}),
]

FLAGS = [
    ("A Russian flag raised over the ruins of the city council in Bakhmut", {"Bakhmut": "occupied"}),
    ("Ukrainian marines raise their flag over the ruins of Krynky", {"Krynky": "liberated"}),
    ("A Ukrainian flag on the school building in Vysokopillia", {"Vysokopillia": "liberated"}),
    ("Soldiers pose with the national flag in Snihurivka", {"Snihurivka": "liberated"}),
    ("Soldiers raised the flag in front of the Balakliia town council building.", {"Balakliia": "liberated"}),
    ("The Balakliia town council said two people were hurt.", {"Balakliia": "-"}),
]

MODALITY = [
    ("A burnt-out shop in Velykyi Burluk, close to the border, after a drone strike", {"Velykyi Burluk": "attacked"}),
    ("Russian troops are close to capturing Chasiv Yar.", {"Chasiv Yar": "-"}),
]

FACILITIES = [
    # (named, no status since the fifteenth session: the dev gold gives the Kakhovka dam's destruction none, and the
    # development sets count a dam or a hydro plant struck as a false alarm 12 times to 2 a right one)
    ("Firefighters at the Dnipro hydroelectric power station after a Russian missile strike",
     {"Dnipro hydroelectric power station": "-"}),
]

GROUPS = {"attributive": ATTRIBUTIVE, "locator": LOCATORS, "apposition list": APPOSITION_LISTS, "front line": FRONT_LINE, "flag": FLAGS, "enemy": ENEMY, "facilities named after towns": FACILITIES_NAMED_AFTER_TOWNS, "titles and anaphora": TITLES_AND_ANAPHORA, "quotes and speakers": QUOTES_AND_SPEAKERS, "rivers and titles": RIVERS_AND_TITLES, "lists and anaphora": LISTS_AND_ANAPHORA, "markup": MARKUP, "rivers and blasts": RIVERS_AND_BLASTS, "modality": MODALITY, "facility": FACILITIES}


@pytest.mark.parametrize("sentence,expected", table(GROUPS))
def test_sentence_reading(ua_gazetteer, sentence: str, expected: dict[str, str]) -> None:
    check_reading(ua_gazetteer, sentence, expected)


@pytest.mark.parametrize(
    "sentence,surface,geonameid",
    [
        ("Oleshky flooded after the destruction of the Kakhovka dam.", "Kakhovka dam", 12750665),
        ("Smoke rose over the Dnipro hydroelectric power station.", "Dnipro hydroelectric power station", 7932101),
        ("A strike hit the DniproHES in Zaporizhzhia.", "DniproHES", 7932101),
        ("Explosions shook the Saky air base overnight.", "Saky", 11269908),  # the field, not the town of Saki
        ("Drones hit the Kirovske airfield.", "Kirovske", 11269911),
        ("Fires broke out at the Hvardiiske air base.", "Hvardiiske", 707777),  # the field is "Gvardiyske": the village's name
        ("Russian paratroopers landed at Hostomel airport.", "Hostomel", 708251),  # the town ("Hostomel Airport" is the field's)
    ],
)
def test_facilities_are_placed_on_their_own_features(ua_gazetteer, sentence: str, surface: str, geonameid: int) -> None:
    placed = {e.mention.surface: e.place.geonameid for e in extract(sentence, ua_gazetteer, all_mentions=True) if e.place}
    assert placed.get(surface) == geonameid, placed
