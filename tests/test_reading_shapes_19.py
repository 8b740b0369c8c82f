"""A nineteenth table of sentence shapes, with the full GeoNames dump: what the seventeenth session's development sets
(``tests/data/encyclopaedia_38`` and ``genres_37``, blind through the sixteenth, and the older sets) showed missing,
each written in our own words about real events.

- a caption's date before its label may end in a dash ("14 May 2025 - Kostiantynivka: glide bomb damages a
  supermarket"), and its label may locate the place in parentheses before the date ("Bilozerske (Donetsk Oblast),
  2 June 2025: drones hit ..."): the event after the label is the place's;
- a flag "back over" a place is raised there again; a label may name a part of its place ("Outskirts of Kupiansk, 3
  October 2025: Russian drones hit a bus": the event is the town's); "the Vostok group" (one of Russia's groups of
  forces) names no place;
- "contested" before a name ("Russian-held A, contested B and C", "the contested village of X") is fighting there,
  and a past participle right before a name is that name's adjective, not a participle phrase of the name before it
  ("A, contested B": A is not contested; "Dzhankoi, occupied Crimea": Dzhankoi is not said to be occupied).
"""

from __future__ import annotations

import pytest
from _readings import check_reading, places_of, table

from mapper.pipeline import extract

CAPTIONS = [
    ("Ukrainian flag back over Kozacha Lopan, 11 September 2022", {"Kozacha Lopan": "liberated"}),
    ("Outskirts of Kupiansk, 3 October 2025: Russian drones hit a bus", {"Kupiansk": "attacked"}),
    ("14 May 2025 - Kostiantynivka: glide bomb damages a supermarket", {"Kostiantynivka": "attacked"}),
    ("Bilozerske (Donetsk Oblast), 2 June 2025: drones hit the water pumping station again", {"Bilozerske": "attacked"}),
    ("Map, 20 September 2025: Russian-held Kreminna and Dibrova, contested Torske and Serebrianka",
     {"Kreminna": "occupied", "Dibrova": "occupied", "Torske": "attacked", "Serebrianka": "attacked"}),
    ("By the winter of 2024 the contested village of Bilohorivka had been without power for two years.",
     {"Bilohorivka": "attacked"}),
]

WAR_OF_2014 = [
    ("By late 2014 Grad rocket fire regularly reached Pisky and Opytne.", {"Pisky": "attacked", "Opytne": "attacked"}),
    ("In July 2014 the separatist units fell back on Donetsk.", {"Donetsk": "-"}),
    ("In January 2015 Ukrainian guns hit a separatist column in Spartak and on the road from Yasynuvata.",
     {"Spartak": "attacked", "Yasynuvata": "-"}),
    ("In late January 2015 militants captured Vuhlehirsk.", {"Vuhlehirsk": "occupied"}),
    ("In late August 2014 the LPR took Lutuhyne.", {"Lutuhyne": "occupied"}),
    ("Ukrainian troops drove the rebels out of Siversk on 7 July 2014.", {"Siversk": "liberated"}),
    ("ATO forces abandoned Lutuhyne in late August 2014.", {"Lutuhyne": "occupied"}),
    ("Government forces entered Druzhkivka on 6 July 2014 without a fight.", {"Druzhkivka": "liberated"}),
    ("The self-proclaimed Donetsk People's Republic took control of Horlivka in April 2014.", {"Horlivka": "occupied"}),
]

LISTS = [
    (("Russian troops have advanced steadily since taking Avdiivka in February 2024 and the hilltop town of Vuhledar in "
      "October."), {"Avdiivka": "occupied", "Vuhledar": "occupied"}),
    ("Russian troops took Marinka and the mining town of Krasnohorivka in 2024.",
     {"Marinka": "occupied", "Krasnohorivka": "occupied"}),
    ("Ukrainian forces recaptured Bilohorivka, the only village of Luhansk Oblast held in 2023, in September 2022.",
     {"Bilohorivka": "liberated", "Luhansk Oblast": "-"}),
    ("In September 2022 Ukrainian troops retook Hrakove and Verbivka (Russian: Verbovka), on the main road east, and Volokhiv Yar.",
     {"Hrakove": "liberated", "Verbivka": "liberated", "Volokhiv Yar": "liberated"}),
]

CLAIMS = [
    (("Russian milbloggers claimed on 3 May 2025 that Russian forces had seized Novoekonomichne; a spokesperson for the "
      "Ukrainian mechanised brigade defending the area denied that Russian forces had taken Novoekonomichne."),
     {"Novoekonomichne": "-"}),
    (("On 20 September 2022 Ukrainian officials said their troops had retaken Bilohorivka, but Russian war correspondents "
      "said the village was still under Russian control."), {"Bilohorivka": "occupied"}),
    ("In November 2022 Ukrainian artillery shelled Nova Kakhovka, which remains under Russian control.",
     {"Nova Kakhovka": "attacked"}),
]

HANDED_OVER = [
    ("After Berdiansk had been handed over without resistance on 27 February 2022, Russian columns moved west.",
     {"Berdiansk": "occupied"}),
    (("Ukrainian forces retook Izium and Balakliia in September 2022. Earlier, Kupiansk had been handed over without a "
      "fight on 27 February."), {"Kupiansk": "occupied"}),
]

UNOPPOSED = [
    (("Russian troops entered Melitopol, a city of 150,000 people on the road to Crimea, on 25 February 2022 after "
      "meeting little resistance."), {"Melitopol": "occupied"}),
    ("Russian troops entered Henichesk on 24 February 2022 after a short skirmish at the checkpoint.",
     {"Henichesk": "occupied"}),
]

GAPPING = [
    (("Vovchansk was occupied on 24 February 2022, and Velykyi Burluk, a town east of the Siverskyi Donets near "
      "Kupiansk, soon after."), {"Vovchansk": "occupied", "Velykyi Burluk": "occupied", "Kupiansk": "-"}),
]

LOSSES = [
    ("The Russian units around Trostianets withdrew north on 26 March 2022.", {"Trostianets": "liberated"}),
    ("On 1 October 2022 Russian war correspondents admitted that Lyman had been lost.", {"Lyman": "liberated"}),
    ("In February 2024 Ukrainian officials acknowledged that Avdiivka had been lost.", {"Avdiivka": "occupied"}),
    ("In July 2014 separatist commanders admitted that Mykolaivka had been lost.", {"Mykolaivka": "liberated"}),
]

ANAPHORS = [
    ("In 2025 Ukrainian artillery was dug in around Novopavlivka and Mezhova, further west, which Russian glide bombs struck almost daily.",
     {"Novopavlivka": "attacked", "Mezhova": "attacked"}),
    ("Russian forces kept up their attacks west of Avdiivka after seizing the town in February 2024.",
     {"Avdiivka": "occupied"}),
    ("Relief convoys could not reach Lohvynove, and that village came under heavy fire on 9 February 2015.",
     {"Lohvynove": "attacked"}),
]

GROUPS = {"anaphors": ANAPHORS, "losses": LOSSES, "gapping": GAPPING, "unopposed": UNOPPOSED, "handed_over": HANDED_OVER, "captions": CAPTIONS, "war_of_2014": WAR_OF_2014, "lists": LISTS, "claims": CLAIMS}


@pytest.mark.parametrize("sentence,expected", table(GROUPS))
def test_sentence_reading(ua_gazetteer, sentence: str, expected: dict[str, str]) -> None:
    check_reading(ua_gazetteer, sentence, expected)


@pytest.mark.parametrize("sentence,name,status,not_status", [
    ("Map, 20 September 2025: Russian-held Kreminna and Dibrova, contested Torske and Serebrianka", "Kreminna", "occupied",
     "attacked"),
    ("Dzhankoi, occupied Crimea: smoke rises over the rail yard after a drone strike, 12 March 2025", "Dzhankoi", "attacked",
     "occupied"),
    (("On 20 September 2022 Ukrainian officials said their troops had retaken Bilohorivka, but Russian war correspondents "
      "said the village was still under Russian control."), "Bilohorivka", "occupied", "liberated"),
    (("By late January 2015 separatist units held the village of Sanzharivka, north of Debaltseve, and shelled the town "
      "from there."), "Sanzharivka", "occupied", "attacked"),
])
def test_what_one_name_is_told_and_not_told(ua_gazetteer, sentence: str, name: str, status: str,
                                                             not_status: str) -> None:
    told = {e.status for e in extract(sentence, ua_gazetteer, all_mentions=True) if e.mention.surface == name}
    assert status in told and not_status not in told


def test_a_community_named_after_a_village_places_it(ua_gazetteer) -> None:
    text = "Sloviansk: a missile hit a warehouse on 4 May 2025. Katerynivka (Oleksandrivka hromada): a drone hit a car."
    places = places_of(ua_gazetteer, text)
    assert places["Katerynivka"] == [688229]  # 16 km from the hromada's point; not the Katerynivka of Luhansk Oblast
    assert places["Oleksandrivka hromada"][0] in (13539552, 713584)  # the hromada, or the old raion 3 km from it


def test_a_bearing_leaving_two_namesakes_sets_the_others_aside(ua_gazetteer) -> None:
    text = ("Russian troops entered Uspenivka, north-east of Huliaipole, in May 2025. Near Uspenivka, south-west of "
            "Pokrovsk, the front was quiet that month.")
    assert places_of(ua_gazetteer, text)["Uspenivka"] == [690619, 9112309]  # Zaporizhzhia Oblast, then Donetsk Oblast


@pytest.mark.parametrize("sentence", [
    "Volunteers of the Aidar battalion held Shchastia in the summer of 2014.",
    "In June 2014 the Azov volunteer battalion helped retake Mariupol.",
])
def test_a_battalion_named_after_a_place_is_no_place(ua_gazetteer, sentence: str) -> None:
    named = {e.mention.surface for e in extract(sentence, ua_gazetteer, all_mentions=True)}
    assert not named & {"Aidar", "Azov"}, named


def test_a_word_no_cue_begins_with_matches_nothing() -> None:
    from mapper.reading.cues import cue_pattern_at

    assert cue_pattern_at("zzz").search("zzz was handed over") is None


@pytest.mark.parametrize("text,name,place", [
    ("Khotin, 8 August 2024: Russian shelling damages houses", "Khotin", 706253),
    ("Zatoka, 27 April 2022: a missile strikes the road bridge again", "Zatoka", 687557),
])
def test_of_namesakes_alike_a_war_reports_is_the_fronts(ua_gazetteer, text: str, name: str, place: int) -> None:
    assert places_of(ua_gazetteer, text)[name] == [place]


def test_a_raion_abolished_in_2020_is_found_and_locates_its_villages(ua_gazetteer) -> None:
    text = "In January 2015 shelling hit Vodiane and Pisky in Yasynuvata Raion."
    placed = {e.mention.surface: e.place.geonameid for e in extract(text, ua_gazetteer, all_mentions=True) if e.place}
    assert placed == {"Vodiane": 9113128, "Pisky": 9113066, "Yasynuvata Raion": 688369}
    current = [e.place.feature_code for e in extract("Russian drones hit Kupiansk raion.", ua_gazetteer) if e.place]
    assert current == ["ADM2"]


def test_a_russian_group_of_forces_is_no_place(ua_gazetteer) -> None:
    named = {e.mention.surface for e in extract("A tank of the Vostok group fires on Ukrainian positions near Velyka Novosilka",
                                                ua_gazetteer, all_mentions=True)}
    assert named == {"Velyka Novosilka"}
