"""A thirty-fourth table of sentence shapes, with the full GeoNames dump: what the thirty-second session's development
sets (``tests/data/genres_93`` and ``encyclopaedia_91``, blind through the thirty-first) showed missing, each written in
our own words about real events:

- "A was retaken by Ukrainian troops together with B": the passive's subject and its companions after the verb;
- "DPR-held X", "X, in DPR-held territory": the holder's adjective is no place of its own, and X is held;
- "A, north of the town near B, was shelled": B places the reference point and takes nothing (nor does a distance
  in words, "about ten kilometres north of B", end the apposition);
- "announced the capture of X while Ukrainian units were still fighting in the town": the claim is answered by the
  fighting that goes on (attacked, not occupied);
- "a minibus bound for X": where a vehicle was going is no target;
- "calls the Russian capture claim false", "denies the Russian capture claim": the cue names a claim denied;
- "releases drone footage from X": footage is no strike.

From ``genres_97`` and ``encyclopaedia_98`` (new development sets): "bomb strikes continued against A and B"; "..., but
this is a lie: our units are still fighting in X"; "which covered the approaches to X" (no attack on X); "pushed east
as far as X" (where an advance got: attacked); "X, which Russian troops held until Ukrainian forces drove them out"
(held, then retaken); "shelled A, just north of the city, and the northern outskirts of B". From ``genres_87``: a label
with an apposition ("X, on the highway into Y: retaken"); "a tank thrust reached the outskirts of X"; a Russian hold
ended by an event ("until the breakthrough", "until the Russian withdrawal"; not "until September 2022"). From
``genres_99`` and ``captions_46``: a claim named after a place, of another place, which a denial answers ("assaults on A,
and a Russian claim to have captured B was denied"); "among the communities shelled from Russia over the past day";
"drones break up a column near X"; "...; Kyiv says their assaults there were beaten back" (the claim answered, the
assaults stand); "X, on the edge of Y, which began with assaults" (an event's relative, not Y's).
"""

from __future__ import annotations

import pytest
from _readings import check_reading, table

from mapper.pipeline import extract

SHAPES = [
    ("Storozheve was retaken by Ukrainian troops in June 2023, together with Neskuchne near Velyka Novosilka.",
     {"Storozheve": "liberated", "Neskuchne": "liberated", "Velyka Novosilka": "-"}),
    ("Prisoners of war were held in a colony at DPR-held Olenivka.", {"Olenivka": "occupied"}),
    ("The wounded defenders were bused to Olenivka, in DPR-held territory.", {"Olenivka": "occupied"}),
    ("Krasnohorivka, north of the town near Marinka, was shelled overnight.",
     {"Krasnohorivka": "attacked", "Marinka": "-"}),
    ("Krasnohorivka, about ten kilometres north of Marinka, was shelled overnight.",
     {"Krasnohorivka": "attacked", "Marinka": "-"}),
    ("A drone struck a minibus bound for Kherson on the road out of Bilozerka.", {"Kherson": "-"}),
    ("Vovchansk: the General Staff calls the Russian capture claim false", {"Vovchansk": "-"}),
    ("Huliaipole: Kyiv denies the Russian capture claim", {"Huliaipole": "-"}),
    ("Kupiansk: soldiers release drone footage from the town centre", {"Kupiansk": "-"}),
]

# From genres_97 and encyclopaedia_98 (new development sets).
FROM_GENRES_97 = [
    ("Russian glide bomb strikes continued against Kramatorsk and Sloviansk, north-west of Kostiantynivka.",
     {"Kramatorsk": "attacked", "Sloviansk": "attacked", "Kostiantynivka": "-"}),
    (("The Russian ministry announced the liberation of Kurakhove, but this is a lie: our units are still fighting in "
      "Kurakhove."), {"Kurakhove": "attacked"}),
    ("Russian forces took Krasnohorivka, which covered the approaches to Kurakhove from the north.",
     {"Krasnohorivka": "occupied", "Kurakhove": "-"}),
    ("In March 2022 Russian units pushed east along the Zhytomyr highway as far as Stoianka, where they were stopped.",
     {"Stoianka": "attacked"}),
    ("Drones were tracked as far as the Lviv region.", {"Lviv region": "-"}),
    (("The column passed through Okhtyrka, in Sumy Oblast, which Russian troops besieged for a month until Ukrainian "
      "forces drove them out in late March."), {"Okhtyrka": "attacked"}),
    (("The column passed through Trostianets, in Sumy Oblast, which Russian troops held for a month until Ukrainian "
      "forces drove them out on 26 March 2022."), {"Trostianets": "liberated"}),
    ("Russian artillery shelled Kalynivka, just north of the city, and the northern outskirts of Brovary.",
     {"Brovary": "attacked"}),
]

# From genres_99 and captions_46 (new development sets).
FROM_GENRES_99 = [
    (("Russian forces have kept up their assaults on Stepnohirsk and Plavni, and a Russian claim to have captured "
      "Prymorske was denied by Ukrainian officers."), {"Stepnohirsk": "attacked", "Plavni": "attacked", "Prymorske": "-"}),
    (("On 3 July the Russian minister reported that all of Luhansk Oblast had been taken, a claim Kyiv rejected by "
      "pointing to continued fighting at Bilohorivka."), {"Luhansk Oblast": "-", "Bilohorivka": "attacked"}),
    ("Officials list Yunakivka, Khotin and Myropillia among the border communities shelled from Russia over the past day",
     {"Yunakivka": "attacked", "Khotin": "attacked", "Myropillia": "attacked"}),
    ("Ukrainian drones break up a Russian armoured column near Novoselivka Persha", {"Novoselivka Persha": "attacked"}),
    ("Police broke up a protest in Kyiv.", {"Kyiv": "-"}),
    (("Opytne, south of Avdiivka: Russian troops claim to have taken the village; the General Staff says their assaults "
      "there were beaten back"), {"Opytne": "attacked"}),
    (("The battle was fought for the town of Marinka, on the western edge of Donetsk, which began with Russian and "
      "separatist assaults in March 2022."), {"Donetsk": "-"}),
]

# From genres_87 (the right bank of Kherson Oblast, 2022).
FROM_GENRES_87 = [
    ("Kyselivka, on the highway into Kherson: retaken on 10 November.", {"Kyselivka": "liberated", "Kherson": "-"}),
    ("In early October a tank thrust reached the outskirts of Dudchany.", {"Dudchany": "attacked"}),
    ("The offensive aims eventually to cut the land corridor by reaching Tokmak.", {"Tokmak": "-"}),
]


@pytest.mark.parametrize(("sentence", "statuses"), [
    ("Snihurivka stayed under Russian control until the breakthrough at the start of November.", {"occupied", "liberated"}),
    ("Kherson remained occupied until the Russian withdrawal in November 2022.", {"occupied", "liberated"}),
    ("Izium was occupied until September 2022.", {"occupied"}),
])
def test_a_hold_ended_by_an_event_and_one_told_to_a_date(ua_gazetteer, sentence: str, statuses: set[str]) -> None:
    place = sentence.split()[0]
    read = {e.status for e in extract(sentence, ua_gazetteer, all_mentions=True) if e.mention.surface == place}
    assert read == statuses, read


@pytest.mark.parametrize("sentence,expected", table({"shapes": SHAPES, "from_genres_97": FROM_GENRES_97, "from_genres_87": FROM_GENRES_87,
                                                         "from_genres_99": FROM_GENRES_99}))
def test_sentence_shapes(ua_gazetteer, sentence: str, expected: dict[str, str]) -> None:
    check_reading(ua_gazetteer, sentence, expected)


def test_a_claim_answered_by_fighting_that_goes_on_is_an_attack_only(ua_gazetteer) -> None:
    sentence = ("The Russian defence ministry announced the capture of Marinka on 25 December 2023 while Ukrainian units "
                "were still fighting in the town.")
    statuses = {e.status for e in extract(sentence, ua_gazetteer, all_mentions=True) if e.mention.surface == "Marinka"}
    assert statuses == {"attacked"}, statuses


def test_a_capture_said_of_another_place_is_not_answered(ua_gazetteer) -> None:
    sentence = "Russian troops captured Chasiv Yar while Ukrainian units were still fighting in Kostiantynivka."
    statuses = {e.mention.surface: e.status for e in extract(sentence, ua_gazetteer, all_mentions=True)}
    assert statuses["Chasiv Yar"] == "occupied", statuses


def test_the_ministry_s_words_reported_by_a_narrative_are_not_its_voice() -> None:
    from mapper.reading.voice import report_voice

    narrative = ("The Russian Ministry of Defence announced the capture of Ugledar on 3 October and credited it to the "
                 "Vostok group. In June 2023 Ukrainian brigades further west liberated Blahodatne.")
    statement = "Units of the Vostok group liberated Ugledar and took more advantageous positions."
    assert report_voice(narrative) is None
    assert report_voice(statement) == "russian"


@pytest.mark.parametrize(("sentence", "expected"), [
    ("In Kyiv Oblast, Russian troops held parts of the Bucha, Vyshhorod and Brovary raions for five weeks.",
     {"Bucha": 12189517, "Vyshhorod": 688721, "Brovary": 711392}),  # (each a raion, not the town)
])
def test_names_sharing_a_plural_raions_are_raions(ua_gazetteer, sentence: str, expected: dict[str, int]) -> None:
    placed = {e.mention.surface: e.place.geonameid for e in extract(sentence, ua_gazetteer, all_mentions=True) if e.place}
    assert {name: placed.get(name) for name in expected} == expected, placed


LATER_SHAPES = [
    # the city of districts listed with a plural head is struck where they are
    ("Drones damaged homes in the Kyivskyi and Saltivskyi districts of Kharkiv.", {"Kharkiv": "attacked"}),
    # an army told by its advance reaches a place ("they"), a delegation does not
    ("Through the spring they advanced along the railway, taking Netailove and reaching Umanske by the early summer.",
     {"Umanske": "attacked"}),
    ("They reached Kyiv on Monday for talks.", {"Kyiv": "-"}),
    # a standing state after a semicolon keeps its status though the part before it is dated before the war
    (("Vuhledar was founded in the 1960s for the miners of two coal mines; from its blocks one can see the railway "
      "that supplies Russian-held Donetsk."), {"Donetsk": "occupied"}),
    # a claim answered by the command that still holds positions in the place
    (("Russian milbloggers said that Synkivka had been taken in June, while the Ukrainian command said that its troops "
      "were still holding positions in the village."), {"Synkivka": "-"}),
    # a hold that ended with the holders' withdrawal
    ("Police said Russian troops had held Motyzhyn, west of Kyiv, for most of March before withdrawing at the end of it.",
     {"Motyzhyn": "liberated", "Kyiv": "-"}),
    # a relative clause after a plural noun in apposition to a list
    ("The town overlooks Druzhkivka and Kramatorsk, cities that Russian missiles hit almost daily.",
     {"Druzhkivka": "attacked", "Kramatorsk": "attacked"}),
]


@pytest.mark.parametrize("sentence,expected", table({"later": LATER_SHAPES}))
def test_later_sentence_shapes(ua_gazetteer, sentence: str, expected: dict[str, str]) -> None:
    check_reading(ua_gazetteer, sentence, expected)
