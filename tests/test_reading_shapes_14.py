"""A fourteenth table of sentence shapes, with the full GeoNames dump: what the twelfth session's development sets
(``tests/data/encyclopaedia_21`` and ``genres_18``, kept blind through the eleventh session, and the first-read
sets ``encyclopaedia_27``, ``_28`` and ``_30``, ``genres_25``, ``_26`` and ``_28``, ``captions_22`` to ``_24``)
showed missing, each written in our own words about real events.

- an offensive "on" or "against" a place ("the Russian offensive on Toretsk turned the town into a ruin"): the
  place was attacked, as "an assault on X" is; not one named as the background of the sentence ("as the Russian
  offensive against Kharkiv stalled, ...");
- an oblast after "the village in" or "the city in" locates the place the noun stands for ("the fighting for the
  village in Luhansk Oblast"): no status of its own;
- a claim that a later clause calls "fiction" or "nonsense", or that is "a statement Kyiv rejected", claims "that
  were dismissed", "but ... footage refuting the claim": answered, no change;
- a past verb after a goal's gerund ("focused on holding its lines and shelled A") is the subject's own, out
  of the goal's reach; "the enemy" is the subject of every verb of its sentence ("conducted assaults near A, and
  established control over B"); a list with a verb of its own after it ("hit A and B and dug trenches around C")
  ends before it; "no strikes recorded" reports none;
- a part of a town after a list ("A and the south-eastern outskirts of B", "the industrial zone of X") is where an
  attack struck; a small share of a town taken ("cleared about a third of X") is fighting in it; a plant named
  after its town taken ("the Avdiivka coke plant") was fought for in the town;
- "cluster munitions fell on X", "X became a frequent target for drones": attacked; "took the regional capital" is
  the town named before;
- "X was handed over" (as "X fell"); things "left" in a caption without an army are no withdrawal; a capture in
  an "after"-clause of an event to come ("are expected to push on A after taking B") is to come too; "the bridge to
  X" is where it leads;
- a forced entry ("pushed into X", "broke into X") by either side is an assault, not a capture; "In X a drone damaged
  a school" fronts X without a comma; forces that "improved their positions near X" (a Russian briefing's words)
  fought there;
- captions: "Damage after a drone strike on a grain terminal in X" (a word of what the strike left before the
  nominal event); a caption's closing ", X Oblast" only locates, whatever cue comes before it; "X after Russian
  troops withdraw" (a caption's present tense);
- "in particular" opens the examples of a list as "including" does; a Russian statement is told by "grouping of
  forces" and "inflicted fire damage" too (its "liberated" a Russian capture);
- a name spelt the Russian way right after a place abroad in its paragraph ("Ukrainian units held Sudzha. Russian
  sources reported counterattacks near Makhnovka.") lies abroad too;
- "X between A and B was shelled": A and B only locate X; ", and each time the brigade denied it" answers the claim;
- a capture told in the passive with no actor ("X, the town on the dam, was captured on 24 February, and Russian
  troops occupied ...") in a story of Ukrainian gains is the Russian side's when the sentence names it;
- "shelled X from positions around A and B": where the guns stood; "expected the town to be occupied": a
  prospect; "the Mykolaiv Oblast village of X" and a note's "the town of the same name in X Oblast": the oblast only
  says whose the village is, or where the other namesake lies (which the name is then not);
- captions: "KAB on X", "Cruise missile on X" (a weapon on a place at a caption's head); holding on "under daily
  glide-bomb strikes"; a group that "tried to cross the border near X" attacked there; "X: a fire ... in the
  occupied city": the label's town is held; where a bus "leaves for" is a destination, not "the city" shelled;
- a denial after a semicolon answers the claim of the place named after the semicolon, not the places before it;
  "do not correspond to reality" (a Russian statement's denial); "attempts to recover lost positions near X";
  a list goes on past ", with its airfield," ("A, with its airfield, and B"); Ukraine's neighbours ("drones fell
  in Romania") are abroad, not villages that GeoNames gives the name as another; "X, lying on the road from A to
  B, was shelled": A and B only locate X;
- namesakes: a village that seats its community under a name ("Hrodivka") is meant by it over a town that bears
  it only as another name in GeoNames (Myrnohrad);
- namesakes: the oblast a name is placed in ("Serhiivka in Odesa Oblast") holds against a report whose other
  places lie together elsewhere, and so does a bearing ("near Chornobaivka, north-west of Kherson"); the one namesake
  inside the oblast named is meant even where GeoNames marks it abandoned ("Lozove in Kherson Oblast");
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
    ("As the Russian offensive against Kharkiv stalled in May 2022, Ukrainian units retook Tsyrkuny.",
     {"Kharkiv": "-", "Tsyrkuny": "liberated"}),
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
    (("On 1 April the Russian ministry declared that Marinka was fully under its control, a statement the Ukrainian "
      "army rejected."), {"Marinka": "-"}),
    ("Russian reports that Robotyne had been recaptured were dismissed by the Ukrainian brigade holding it.",
     {"Robotyne": "-"}),
    (("Russian bloggers claimed that their troops had taken Krynky, but a marine brigade posted a video from the village "
      "refuting the claim."), {"Krynky": "-"}),
    ("Moscow said its forces had taken Krynky, a claim the Ukrainian navy called 'nonsense'.", {"Krynky": "-"}),
]

SCOPES = [
    (("On the southern axis the enemy focused on holding its lines and shelled the areas of Posad-Pokrovske and "
      "Blahodatne."), {"Posad-Pokrovske": "attacked", "Blahodatne": "attacked"}),
    ("The enemy conducted assaults in the areas of Vrubivka and Mykolaivka, and established control over Toshkivka.",
     {"Vrubivka": "attacked", "Toshkivka": "occupied"}),
    ("Chuhuiv: air raid alerts overnight, no strikes recorded.", {"Chuhuiv": "-"}),
]

PARTS = [
    ("Russian guns shelled Kostiantynivka and the south-eastern outskirts of Druzhkivka.",
     {"Kostiantynivka": "attacked", "Druzhkivka": "attacked"}),
    ("Smoke billows over the industrial zone of Avdiivka.", {"Avdiivka": "attacked"}),
    ("The governor said Ukrainian units had cleared roughly a third of Vovchansk by the end of May.",
     {"Vovchansk": "attacked"}),
    ("Moscow said its troops had taken the Avdiivka coke plant, where fighting had gone on for weeks.",
     {"Avdiivka": "attacked"}),
]

TARGETS = [
    ("Cluster munitions fell on Kivsharivka overnight.", {"Kivsharivka": "attacked"}),
    ("Occupied Melitopol became a frequent target for Ukrainian drones.", {"Melitopol": "attacked"}),
    ("Russian forces broke into Kherson and took the regional capital within two days.", {"Kherson": "occupied"}),
]

HANDS = [
    ("Kupiansk was handed over to the Russian army without resistance in late February 2022.", {"Kupiansk": "occupied"}),
    ("Sloviansk: suitcases left on the platform after shelling near the station", {"Sloviansk": "attacked"}),
    ("Russian troops are expected to push on Kostiantynivka after taking Toretsk.", {"Toretsk": "-"}),
    ("Russian artillery destroyed the bridge to Sviatohirsk.", {"Sviatohirsk": "-"}),
]

ENTRIES = [
    ("Ukrainian paratroopers pushed into Robotyne in late August.", {"Robotyne": "attacked"}),
    ("In Bohodukhiv a guided bomb damaged a kindergarten.", {"Bohodukhiv": "attacked"}),
    ("The Russian ministry said its units had improved their positions near Ivanivske.", {"Ivanivske": "attacked"}),
]

HEADLINES = [
    ("Damage after a drone strike on a grain terminal in Reni, Odesa Oblast", {"Reni": "attacked", "Odesa Oblast": "-"}),
    ("Fires and damage after a missile attack on a depot in Pavlohrad", {"Pavlohrad": "attacked"}),
    ("Ukrainian soldiers in Kupiansk after Russian troops withdraw, Kharkiv Oblast",
     {"Kupiansk": "liberated", "Kharkiv Oblast": "-"}),
]

VOICES = [
    ("Russian drones struck frontline villages of Kharkiv Oblast, in particular Kozacha Lopan and Zolochiv.",
     {"Kozacha Lopan": "attacked", "Zolochiv": "attacked"}),
    (("Units of the Centre grouping of forces inflicted fire damage on the enemy and liberated the settlement of "
      "Novoselivka Persha."), {"Novoselivka Persha": "occupied"}),
]

BETWEEN = [
    ("The village of Sukha Balka between Toretsk and Pivnichne was shelled throughout the autumn.",
     {"Sukha Balka": "attacked", "Toretsk": "-", "Pivnichne": "-"}),
    ("Russian bloggers said several times that Bilohorivka had fallen, and each time the Ukrainian brigade denied it.",
     {"Bilohorivka": "-"}),
]

ORIGINS = [
    ("Russian guns shelled Kherson from positions around Oleshky and Hola Prystan.",
     {"Kherson": "attacked", "Oleshky": "-", "Hola Prystan": "-"}),
    ("Few in Henichesk expected the town to be occupied within hours.", {"Henichesk": "-"}),
    ("By the end of March Kinburn and the Mykolaiv Oblast village of Pokrovka were held by Russian troops.",
     {"Mykolaiv Oblast": "-", "Pokrovka": "occupied"}),
    (("Vasylivka, a village near Snihurivka not to be confused with the town of the same name in Zaporizhzhia Oblast, "
      "was shelled."), {"Zaporizhzhia Oblast": "-"}),
]

WEAPONS = [
    ("KAB on Velyka Pysarivka, Sumy Oblast", {"Velyka Pysarivka": "attacked", "Sumy Oblast": "-"}),
    ("Cruise missile on Lviv overnight", {"Lviv": "attacked"}),
    ("Melitopol: a fire at a depot in the occupied city after explosions overnight",
     {"Melitopol": "occupied"}),
    ("Sumy: a bus with evacuees leaves for Poltava as Russian shelling of the city goes on",
     {"Sumy": "attacked", "Poltava": "-"}),
    ("Ukrainian infantry hold on in Vovchansk under daily glide-bomb strikes", {"Vovchansk": "attacked"}),
    ("A Russian sabotage group tried to cross the border near Khotin and was driven back", {"Khotin": "attacked"}),
]

ANSWERS = [
    (("Ukrainian artillery struck Russian positions near Nova Kakhovka; occupation officials said a strike on Oleshky "
      "had hit a school, which Kyiv denied."), {"Nova Kakhovka": "attacked"}),
    ("The statements of the Kyiv regime about the capture of Rabotino do not correspond to reality.", {"Rabotino": "-"}),
    ("The enemy made two attempts to recover lost positions near Urozhaine.", {"Urozhaine": "attacked"}),
    ("The villages of Kyselivka, with its chicken farm, and Posad-Pokrovske were back under Ukrainian control.",
     {"Kyselivka": "liberated", "Posad-Pokrovske": "liberated"}),
    ("Novodanylivka, lying on the road from Orikhiv to Tokmak, was shelled every night.",
     {"Novodanylivka": "attacked", "Orikhiv": "-", "Tokmak": "-"}),
]

GROUPS = {"offensives": OFFENSIVES, "locators": LOCATORS, "denials": DENIALS, "scopes": SCOPES, "parts": PARTS,
          "targets": TARGETS, "hands": HANDS, "entries": ENTRIES,
          "headlines": HEADLINES, "voices": VOICES,
          "between": BETWEEN, "origins": ORIGINS, "weapons": WEAPONS,
          "answers": ANSWERS}


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


def test_the_oblast_a_name_is_placed_in_holds_against_the_reports_cluster(ua_gazetteer) -> None:
    text = ("Russian forces shelled Bilohorivka, Siversk and Lysychansk. A missile struck a holiday camp in Serhiivka in "
            "Odesa Oblast overnight.")
    places = {e.mention.surface: e.place for e in extract(text, ua_gazetteer, all_mentions=True) if e.place}
    assert places["Serhiivka"].admin1_code == "17"  # Odesa Oblast (not the Serhiivka of Luhansk Oblast near the others)


def test_a_list_ends_before_a_verb_of_its_own(ua_gazetteer) -> None:
    text = "Russian artillery hit Bakhmut and Soledar and reinforced positions around Russian-held Popasna."
    statuses = {e.status for e in extract(text, ua_gazetteer) if e.mention.surface == "Popasna"}
    assert statuses == {"occupied"}


def test_an_abandoned_namesake_is_the_one_inside_the_oblast_named(ua_gazetteer) -> None:
    text = "Ukrainian troops retook Lozove in Kherson Oblast in the summer of 2022."
    places = {e.mention.surface: e.place.geonameid for e in extract(text, ua_gazetteer, all_mentions=True) if e.place}
    assert places["Lozove"] == 689537  # PPLQ in GeoNames, the only Lozove of Kherson Oblast


def test_a_bearing_holds_against_the_reports_cluster(ua_gazetteer) -> None:
    text = ("Russian forces shelled Lyman, Siversk, Soledar, Bakhmut, Kramatorsk, Sloviansk, Druzhkivka, Hirske and "
            "Lysychansk. Ukrainian artillery struck a depot near Chornobaivka, north-west of Kherson.")
    places = {e.mention.surface: e.place.geonameid for e in extract(text, ua_gazetteer, all_mentions=True) if e.place}
    assert places["Chornobaivka"] == 710715  # Kherson Oblast, not the Chornobaivka of Izium Raion


def test_a_russian_spelt_name_after_a_place_abroad_lies_abroad(ua_gazetteer) -> None:
    text = "Ukrainian units held Sudzha. Russian sources reported counterattacks near Makhnovka."
    events = {e.mention.surface: e for e in extract(text, ua_gazetteer, all_mentions=True)}
    assert events["Makhnovka"].place is None and events["Makhnovka"].resolution.startswith("foreign")


def test_a_village_seat_bearing_the_name_beats_a_towns_other_name(ua_gazetteer) -> None:
    text = "Russian troops reached the outskirts of Hrodivka in August."
    places = {e.mention.surface: e.place.geonameid for e in extract(text, ua_gazetteer, all_mentions=True) if e.place}
    assert places["Hrodivka"] == 708047  # not Myrnohrad (710035), which GeoNames also calls "Hrodivka"


def test_a_passive_capture_in_a_story_of_ukrainian_gains_is_russian_when_the_sentence_names_them(ua_gazetteer) -> None:
    text = ("Ukrainian forces liberated Vysokopillia, Novovoznesenske and Bilohirka in September 2022, and retook "
            "Davydiv Brid.\n\nNova Kakhovka, the town on the dam, was captured on 24 February, and Russian troops "
            "occupied the villages around it within days.")
    assert {e.status for e in extract(text, ua_gazetteer) if e.mention.surface == "Nova Kakhovka"} == {"occupied"}


def test_a_note_sets_apart_the_namesake_of_the_same_name_in_an_oblast(ua_gazetteer) -> None:
    text = ("Vasylivka, a village near Snihurivka not to be confused with the town of the same name in Zaporizhzhia "
            "Oblast, was shelled.")
    places = {e.mention.surface: e.place for e in extract(text, ua_gazetteer, all_mentions=True) if e.place}
    assert places["Vasylivka"].admin1_code != "26"  # not the Vasylivka of Zaporizhzhia Oblast


def test_a_neighbouring_country_is_abroad(ua_gazetteer) -> None:
    events = {e.mention.surface: e for e in extract("Several drones fell in Romania overnight.", ua_gazetteer, all_mentions=True)}
    assert events["Romania"].place is None and events["Romania"].resolution == "foreign: Romania (RO)"
