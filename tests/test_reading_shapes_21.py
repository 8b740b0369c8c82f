"""A twenty-first table of sentence shapes, with the full GeoNames dump: what the nineteenth session's development
sets (``tests/data/encyclopaedia_42`` and ``genres_39``, blind through the eighteenth; ``encyclopaedia_45``, ``_47``
and ``_48``, written this session; and the older sets) showed missing, each written in our own words about real
events.

- a list whose last item is no name but an area a bearing places ("A, B and the ground south of X were in separatist
  hands"): the list takes the verb after it, X stays a reference point;
- "return to Ukrainian government control";
- an object that counts places by their kind may run long before "among them" ("held most of the towns in the north
  of the oblast, among them A, B and C");
- "had taken over the town halls of A and B";
- a cue word owned by what it happened to is a noun ("its recapture was announced in Kyiv"): the place after it is
  where it was told, not what was retaken;
- "gunmen", "armed men" and "armed groups" seizing town halls in 2014 are the pro-Russian side, whichever side the
  rest of the report follows; "X fell to the advancing columns" goes to the side the sentence before had advance;
- a withdrawal's series: "withdrew from A, just as / at the same time as from B and C";
- a claim answered by "but the town stayed under Ukrainian control"; not so "but Lysychansk, further south, stayed
  in Ukrainian hands", the clause of another place;
- "X was fought over ..., and DPR forces said they had taken it": the fighting and the claim, each in its clause; "after
  the fall of X" opening a sentence is the narrator's, not the claim a later denial answers;
- "X, in occupied / DPR-controlled territory": where the place lies, held;
- "a claim officers conceded rather than denied" is no denial;
- "X, whose defenders laid down their arms": the place goes to who besieged it;
- a "where" clause after "A, east of X," is A's, and one in a sentence a place opens ("In the X area, ... hit A,
  where ...") is A's too, not the frame's;
- "after the Russian withdrawal from X" frees X (the caption's "X after the Russian withdrawal" stays); "shelled A
  from the high ground near X": X is where the guns stood; "raids against Russian positions near X"; "A and B were
  reported free of Russian troops"; "had dug in at A and B" holds them; "the breakthrough near X" is fighting there;
- "X, the raion centre": the namesake that seats a raion;
- "X itself, the main objective of the advance, was hit": a goal said of the place in an apposition leaves the verb
  after it a fact; "secured X" is a capture; "the Dnipro bridges" are the river's; "two civilians were killed in X"
  is a strike there, "killed in a car crash near X" none;
- captions: "claim X taken, 20 February 2024" (a headline's participle before a trailing date), "after a drone hit a
  house in the X district" (the weapon's verb has an object of its own); an oblast as a label ("Sumy Oblast: shelling
  ... hits houses in X") only locates the village its caption names;
- "invaded Ukraine": the country a verb's object, no actor; "Antonov Airport" is named after a person, no place; an
  "including" list after ", and most towns of the area" is a new subject's, not the cue's; a relative after "villages
  west of X" is the villages'; "Its forces took X": the side the sentence before named; "pulled back from the areas
  around X": ground around X, not X; "shelled residential areas of the city" struck the city named before; a list goes
  on past a renaming ("took A, since renamed B, and the village of C"); "the retreating columns passed through X" left
  nothing;
- a date in a clause in the pluperfect ("units that had taken X in early May shelled A") is the earlier event's, not
  the sentence's, unless the sentence counts from it ("... on 24 February took X within two days"); a day in the
  month the text last dated keeps that month's year, even past the report's own date, and so does a day a few days
  past it (an article revised on 10 November that tells of "11 November"); a date in an apposition that tells with a
  participle what happened to the name before it ("A and B, the villages lost in September 2023") is that event's.
"""

from __future__ import annotations

from datetime import date

import pytest
from _readings import check_reading, places_of, table

from mapper.model import Report
from mapper.pipeline import extract

WAR_OF_2014 = [
    ("In February 2015 Vuhlehirsk, Olkhovatka and the ground south of Debaltseve were in separatist hands.",
     {"Vuhlehirsk": "occupied", "Olkhovatka": "occupied", "Debaltseve": "-"}),
    ("After the July offensive, Mykolaivka, Siversk and Lysychansk return to Ukrainian government control.",
     {"Mykolaivka": "liberated", "Siversk": "liberated", "Lysychansk": "liberated"}),
    (("By late April gunmen held most of the towns in the north of the oblast, among them Sloviansk, Kramatorsk and "
      "Druzhkivka."), {"Sloviansk": "occupied", "Kramatorsk": "occupied", "Druzhkivka": "occupied"}),
    ("In April 2014 armed men had taken over the town halls of Yenakiieve and Makiivka.",
     {"Yenakiieve": "occupied", "Makiivka": "occupied"}),
    (("Ukrainian forces retook Marinka in July 2014, and Ukrainian troops entered Ilovaisk in August. In late August "
      "Russian units crossed the border near Amvrosiivka. Komsomolske, a town south of Starobesheve, fell to the "
      "advancing columns a few days later."), {"Komsomolske": "occupied"}),
    (("Ukrainian troops retook Mykolaivka on 5 July 2014 and entered Siversk on 23 July. In April armed groups had "
      "seized the police station in Yenakiieve."), {"Mykolaivka": "liberated", "Yenakiieve": "occupied"}),
]

NOUNS = [
    ("Izium was retaken on 10 September 2022, and its recapture was announced in Kyiv the next day.",
     {"Izium": "liberated", "Kyiv": "-"}),
]

SERIES = [
    ("By 2 April 2022 Russian troops had withdrawn from Hostomel, just as from Bucha and Irpin.",
     {"Hostomel": "liberated", "Bucha": "liberated", "Irpin": "liberated"}),
]

CLAIMS = [
    ("Moscow claimed that Okhtyrka had been taken, but the town stayed under Ukrainian control.", {"Okhtyrka": "-"}),
    (("On 17 February 2024, after the fall of Avdiivka, Russian officials claimed that Ukrainian troops were fleeing the "
      "whole front, a claim Kyiv rejected."), {"Avdiivka": "occupied"}),
    (("Russian guns shelled Rubizhne and Kreminna in April 2022, but Lysychansk, further south, stayed in Ukrainian "
      "hands until July."), {"Rubizhne": "attacked", "Kreminna": "attacked", "Lysychansk": "-"}),
    (("Russian officials said in February 2015 that separatists had taken Vuhlehirsk, a claim Ukrainian officers "
      "conceded rather than denied."), {"Vuhlehirsk": "occupied"}),
    ("Pisky, near Donetsk airport, was fought over for years, and DPR forces said in August 2022 that they had taken it.",
     {"Pisky": "attacked"}),
]

WHERE_CLAUSES = [
    ("In August 2023 Russian drones hit Kivsharivka, east of Kupiansk, where a school was damaged.",
     {"Kivsharivka": "attacked", "Kupiansk": "-"}),
    ("In the Kramatorsk area, a missile hit Druzhkivka on 3 October 2024, where a market was destroyed.",
     {"Druzhkivka": "attacked", "Kramatorsk": "-"}),
]

SURRENDER = [
    ("Russian troops besieged the Azovstal plant in Mariupol, whose defenders laid down their arms on 20 May 2022.",
     {"Mariupol": "occupied"}),
]

HELD_GROUND = [
    ("In 2023 the Russian command moved its depots to Tokmak, in occupied territory.", {"Tokmak": "occupied"}),
    ("Captured defenders of Mariupol were held near Olenivka, in DPR-controlled territory, in 2022.",
     {"Olenivka": "occupied"}),
]

NAMED_EVENTS = [
    ("After the Russian withdrawal from Izium in September 2022, investigators found mass graves in the forest.",
     {"Izium": "liberated"}),
    ("In 2022 Russian artillery shelled Orikhiv from the high ground near Tokmak.", {"Orikhiv": "attacked", "Tokmak": "-"}),
    ("By 11 November 2022 Snihurivka and Kyselivka were reported free of Russian troops.",
     {"Snihurivka": "liberated", "Kyselivka": "liberated"}),
    ("In May 2022 Russian troops had dug in at Ternova and Lyptsi, north of Kharkiv.",
     {"Ternova": "occupied", "Lyptsi": "occupied", "Kharkiv": "-"}),
    ("After the Ukrainian breakthrough near Robotyne in August 2023, the Russian line bent south.", {"Robotyne": "attacked"}),
    ("Marines carried out raids against Russian positions near Krynky in autumn 2023.", {"Krynky": "attacked"}),
]

FACTS_BESIDE_GOALS = [
    ("Throughout 2023 Kherson itself, the main objective of the 2022 counteroffensive, was shelled almost daily.",
     {"Kherson": "attacked"}),
    ("Russian forces secured Lysychansk on 3 July 2022.", {"Lysychansk": "occupied"}),
    ("In July 2022 Ukrainian rockets struck the Dnipro bridges again.", {"Dnipro": "-"}),
    ("Two civilians were killed in Nikopol on 5 May 2024.", {"Nikopol": "attacked"}),
    ("An occupation official was killed in a car crash near Nova Kakhovka in 2022.", {"Nova Kakhovka": "-"}),
]

CAPTIONS = [
    ("Russian channels claim Krynky taken, 20 February 2024", {"Krynky": "occupied"}),
    ("Sumy Oblast: shelling from across the border hits houses in Velyka Pysarivka",
     {"Sumy Oblast": "-", "Velyka Pysarivka": "attacked"}),
    ("Kharkiv, 30 August 2025: neighbours clear glass after a drone hit a house in the Saltivskyi district",
     {"Kharkiv": "attacked", "Saltivskyi district": "attacked"}),
]

OBJECTS_AND_SUBJECTS = [
    ("On 24 February 2022 Russian troops invaded Ukraine from Belarus, seizing Chornobyl the same day.",
     {"Chornobyl": "occupied"}),
    (("In March 2022 territorial defence units ambushed Russian convoys near Trostianets and Lebedyn, and most towns "
      "of the oblast, including Sumy and Romny, were never taken."),
     {"Trostianets": "attacked", "Sumy": "-", "Romny": "-"}),
    ("Russia shifted its effort to Donbas in April 2022. Its forces took Izium on 1 April, and captured Lyman in late May.",
     {"Izium": "occupied", "Lyman": "occupied"}),
    ("Russian troops pulled back from the areas around Sumy in early April 2022.", {"Sumy": "-"}),
    ("Officials in occupied Horlivka said that Ukrainian artillery shelled residential areas of the city on 3 June 2022.",
     {"Horlivka": "attacked"}),
    ("In July 2014 Ukrainian forces took Dzerzhynsk, since renamed Toretsk, and the village of Shumy.",
     {"Dzerzhynsk": "liberated", "Toretsk": "-", "Shumy": "liberated"}),
    ("The retreating Russian columns passed through Kupiansk in September 2022.", {"Kupiansk": "-"}),
    ("In late March 2022 Ukrainian troops retook villages west of Brovary that had been held by Russian forces for a month.",
     {"Brovary": "-"}),
]

GROUPS = {"war_of_2014": WAR_OF_2014, "nouns": NOUNS, "series": SERIES, "claims": CLAIMS, "held_ground": HELD_GROUND, "surrender": SURRENDER, "where_clauses": WHERE_CLAUSES, "named_events": NAMED_EVENTS, "facts_beside_goals": FACTS_BESIDE_GOALS, "captions": CAPTIONS, "objects_and_subjects": OBJECTS_AND_SUBJECTS}


@pytest.mark.parametrize("sentence,expected", table(GROUPS))
def test_sentence_reading(ua_gazetteer, sentence: str, expected: dict[str, str]) -> None:
    check_reading(ua_gazetteer, sentence, expected)


def test_a_raion_centre_is_the_town_that_seats_a_raion(ua_gazetteer) -> None:
    text = "Russian drones struck Kupiansk and Vasylivka, the raion centre, in 2024."
    assert places_of(ua_gazetteer, text)["Vasylivka"] == [686729]  # the seat in Zaporizhzhia Oblast, not the village by Kupiansk


def test_a_date_in_a_pluperfect_clause_is_the_earlier_events(ua_gazetteer) -> None:
    text = "Russian units that had taken Popasna in early May shelled Komyshuvakha and Vrubivka."
    report = Report(id="r", text=text, date=date(2022, 5, 25))
    dated = {e.mention.surface: e.event_date.isoformat() for e in extract(report, ua_gazetteer)}
    assert dated == {"Popasna": "2022-05-01", "Komyshuvakha": "2022-05-25", "Vrubivka": "2022-05-25"}


def test_a_time_counted_from_the_earlier_event_keeps_its_date(ua_gazetteer) -> None:
    text = "Russian columns that had crossed from Crimea on 24 February took Melitopol within two days."
    report = Report(id="r", text=text, date=date(2022, 6, 1))
    dated = {e.mention.surface: e.event_date.isoformat()[:7] for e in extract(report, ua_gazetteer)}
    assert dated["Melitopol"] == "2022-02"


def test_a_facility_named_after_a_person_names_no_place(ua_gazetteer) -> None:
    text = "On 24 February 2022 Russian paratroopers landed at Antonov Airport near Hostomel."
    assert {e.mention.surface for e in extract(text, ua_gazetteer, all_mentions=True)} == {"Hostomel"}


def test_a_day_in_a_month_the_text_dated_past_its_own_date_keeps_that_year(ua_gazetteer) -> None:
    text = "During the counteroffensive of September 2022, Russian forces withdrew from Izium on 10 September."
    report = Report(id="r", text=text, date=date(2022, 7, 2))  # an article dated before the events it tells
    dated = {e.mention.surface: e.event_date.isoformat() for e in extract(report, ua_gazetteer)}
    assert dated["Izium"] == "2022-09-10"


def test_a_day_just_past_the_reports_own_date_is_of_its_year(ua_gazetteer) -> None:
    report = Report(id="r", text="On 11 November Ukrainian troops entered Kherson.", date=date(2022, 11, 10))
    assert [e.event_date.isoformat() for e in extract(report, ua_gazetteer)] == ["2022-11-11"]


def test_a_date_in_a_participle_apposition_is_that_events(ua_gazetteer) -> None:
    text = ("In early 2025 Russian officials said their troops had retaken Klishchiivka and Andriivka, the villages lost "
            "in September 2023.")
    report = Report(id="r", text=text, date=date(2025, 6, 1))
    dated = {e.mention.surface: e.event_date.isoformat()[:4] for e in extract(report, ua_gazetteer)}
    assert dated == {"Klishchiivka": "2025", "Andriivka": "2025"}
