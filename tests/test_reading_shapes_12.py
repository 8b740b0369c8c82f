"""A twelfth table of sentence shapes, with the full GeoNames dump: what the tenth session's first-read sets
(``tests/data/encyclopaedia_17``, ``encyclopaedia_19``, ``genres_17``) showed missing, each written in our own
words about real events.

- a claim answered by the defenders' still controlling the place ("..., but Ukrainian commanders said their
  troops still control the village"; "..., which Ukrainian forces still control"), by a denial of "both claims",
  or made "falsely" ("falsely claimed to have seized the town"): no status from the claim;
- a claim called premature or baseless; a denial of "a claim" answers the claim right before it, not a capture
  told before that claim ("took A in October, while the ministry claimed B, a claim ... called false");
- "the fighting reached A and B": attacked;
- infiltrators named without where they went ("Label: infiltration groups reported in the village", "troops clear
  infiltrators from the northern districts"): the label's place was attacked;
- "the town" after a new clause with a subject of its own (", and commentators compared the fighting for the
  town"): not a place named before the clause;
- a fire or damage "following a drone attack" (a caption): the place was attacked, as "after" says;
- checkpoints or an administration set up in a place by Russian troops: occupied (by Ukrainian police: nothing);
- "they" in a clause fronted before the main one, with no side named before it ("after pushing out of A, which they
  had taken in May, Russian units ..."): the main clause's subject, whatever the text before named last;
- troops landing near or at a place (not a plane): attacked; a facility a name calls, located by the next name
  ("the Antonov airfield near Hostomel"): the event is the next name's, none the first's;
- a strike on something "on the road to X": X is where the road leads, no target;
- a sea named after a town ("the Sea of Azov", "the Azov Sea"): no place;
- a passive capture that names no side in a report that does not say whose gains it tells of ("A and B were
  taken in early March"): taken by the war's attacker, as a place falls; a relative clause whose object is the
  name before it ("Berdiansk, which they had captured in February, cut the highway to X"): nothing after it;
- a change the sentence's actor goes on to in a relative clause ("broke through at X, which they seized a week
  later"): the sentence reports X's change of hands, and so no attack on it (background, "a town that Ukrainian
  forces recaptured in 2022", still leaves the sentence's attack);
- a sentence that opens on a bearing from the town the text is about ("West of the city, ...", "To the south,
  ..."): its names lie that way from the town named most often before it;
- a bearing after the oblast that locates a list ("near A and B in Dnipropetrovsk Oblast, north of Huliaipole"):
  it places the list, and its anchor is the town that lies there (Huliaipole in Zaporizhzhia Oblast, not a
  Huliaipole inside the oblast named);
- an oblast after "the village of X" locates that village only, not the city listed before it ("Zaporizhzhia
  and the village of Mezhova in Dnipropetrovsk Oblast": the regional capital, not a village of its name there).
"""

from __future__ import annotations

import pytest
from _readings import check_reading, table

from mapper.pipeline import extract

CONTRADICTED = [
    (("Russian war correspondents claimed that Russian troops took Yampil, but Ukrainian commanders said their "
      "troops still control the village."), {"Yampil": "-"}),
    (("Russian bloggers claimed that Russian units hold Kurylivka, which the Ukrainian brigade there says it still "
      "controls."), {"Kurylivka": "-"}),
    (("The Russian ministry said its forces had captured Stepnohirsk and Plavni, but Ukrainian officials denied "
      "both claims."), {"Stepnohirsk": "-", "Plavni": "-"}),
    ("Fighting went on in Kupiansk a week after Moscow falsely claimed to have seized the town.",
     {"Kupiansk": "attacked"}),
    ("Moscow claimed Krasnohorivka in early September, a claim Ukrainian commanders called premature.",
     {"Krasnohorivka": "-"}),
    (("Russian troops took Hirnyk in October, while the ministry claimed Kurakhove in November, a claim the "
      "Ukrainian General Staff called false."), {"Hirnyk": "occupied", "Kurakhove": "-"}),
]

FIGHTING = [
    ("By the first days of March the fighting reached Hostomel and Bucha.", {"Hostomel": "attacked", "Bucha": "attacked"}),
]

INFILTRATORS = [
    ("Rodynske: Russian infiltration groups reported in the village overnight", {"Rodynske": "attacked"}),
    ("Pokrovsk: Ukrainian soldiers clear Russian infiltrators from the southern districts", {"Pokrovsk": "attacked"}),
]

CAPTIONS = [
    ("Fire at a warehouse in Lutsk following a drone attack", {"Lutsk": "attacked"}),
]

CHECKPOINTS = [
    ("In early March 2022 Russian soldiers set up checkpoints in Trostianets and searched the houses.",
     {"Trostianets": "occupied"}),
    ("Ukrainian police set up checkpoints in Kharkiv on the roads out of the city.", {"Kharkiv": "-"}),
]

ANAPHORS = [
    (("Russian guns on the ridge could reach the northern suburbs of Kramatorsk, and analysts likened the fighting "
      "for the town to the battle for Vuhledar."), {"Kramatorsk": "-"}),
]

PASSIVES = [
    ("Posad-Pokrovske and Tokarivka were taken in early March 2022.",
     {"Posad-Pokrovske": "occupied", "Tokarivka": "occupied"}),
    (("Russian units moving up from Melitopol, which they had captured in late February, cut the road to "
      "Zaporizhzhia within days."), {"Melitopol": "occupied", "Zaporizhzhia": "-"}),
]

THEY = [
    (("Ukrainian forces held the line for months. In the summer of 2024, after pushing west out of Avdiivka, which "
      "they had taken in February, Russian units reached Ocheretyne."), {"Avdiivka": "occupied"}),
]

ROUTES = [
    ("A Lancet drone struck an ambulance on the road to Sloviansk.", {"Sloviansk": "-"}),
]

LANDINGS = [
    ("Ukrainian marines landed near Krynky in October 2023.", {"Krynky": "attacked"}),
    ("The minister's plane landed in Lviv on Monday.", {"Lviv": "-"}),
    ("Russian paratroopers landed at the Kulbakino airfield near Mykolaiv.", {"Mykolaiv": "attacked"}),
]

GROUPS = {"routes": ROUTES, "landings": LANDINGS, "they": THEY, "fighting": FIGHTING, "passives": PASSIVES, "captions": CAPTIONS, "contradicted": CONTRADICTED, "infiltrators": INFILTRATORS, "checkpoints": CHECKPOINTS, "anaphors": ANAPHORS}


@pytest.mark.parametrize("sentence,expected", table(GROUPS))
def test_sentence_reading(ua_gazetteer, sentence: str, expected: dict[str, str]) -> None:
    check_reading(ua_gazetteer, sentence, expected)


def test_an_oblast_after_the_village_of_x_locates_that_village_only(ua_gazetteer) -> None:
    text = "Drones attacked Zaporizhzhia and the village of Mezhova in Dnipropetrovsk Oblast overnight."
    places = {e.mention.surface: e.place.geonameid for e in extract(text, ua_gazetteer, all_mentions=True) if e.place}
    assert places["Zaporizhzhia"] == 687700  # the regional capital (PPLA), in Zaporizhzhia Oblast


@pytest.mark.parametrize(
    "sentence,surface,statuses",
    [
        ("In early October 2024 Russian units broke through at Tsukuryne, which they seized a week later.",
         "Tsukuryne", {"occupied"}),
        ("Russian artillery shelled Kherson, a city that Ukrainian forces recaptured in November 2022.",
         "Kherson", {"attacked", "liberated"}),
    ],
)
def test_a_change_the_actor_goes_on_to_is_no_background(ua_gazetteer, sentence: str, surface: str,
                                                         statuses: set[str]) -> None:
    read = {e.status for e in extract(sentence, ua_gazetteer, all_mentions=True) if e.mention.surface == surface}
    assert read == statuses


def test_a_fronted_bearing_places_the_names_of_its_sentence_from_the_town_the_text_is_about(ua_gazetteer) -> None:
    """Of the two villages called Hrabivka within 40 km of Chernihiv, the one 37 km west of it, not the nearer
    one 25 km to the south-east."""
    text = ("Russian troops encircled Chernihiv in March 2022, and artillery shelled Chernihiv every day. West of the "
            "city, Russian columns occupied Hrabivka and cut the road to Kyiv.")
    places = {e.mention.surface: e.place.geonameid for e in extract(text, ua_gazetteer, all_mentions=True) if e.place}
    assert places["Hrabivka"] == 708225


@pytest.mark.parametrize(
    "text", ["Russian warships in the Sea of Azov fired Kalibr missiles.", "Drones struck a tanker on the Azov Sea."]
)
def test_a_sea_named_after_a_town_is_no_place(ua_gazetteer, text: str) -> None:
    assert not [e for e in extract(text, ua_gazetteer, all_mentions=True) if e.mention.surface.startswith("Azov")]


def test_a_bearing_after_the_oblast_of_a_list_places_the_list(ua_gazetteer) -> None:
    text = "Russian units attacked near Radisne and Andriivka in Dnipropetrovsk Oblast, north of Huliaipole, on 20 November."
    places = {e.mention.surface: e.place.geonameid for e in extract(text, ua_gazetteer, all_mentions=True) if e.place}
    assert places["Huliaipole"] == 707898  # the town in Zaporizhzhia Oblast, some 20 km south of the two villages
    assert places["Andriivka"] == 687319
