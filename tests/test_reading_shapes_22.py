"""A twenty-second table of sentence shapes, with the full GeoNames dump: what the twentieth session's development
sets (``tests/data/genres_40``, blind through the nineteenth, and the sets written this session) showed missing, each
written in our own words about real events.

- a capital that confirms, admits or orders is its government, and so the side that acts ("Kyiv has confirmed
  withdrawing from A and B": A and B were lost); a capital pressed, urged or told by another government names no
  place of the fighting;
- "taking them to X": X is where people were taken, not a place taken;
- a sentence set in occupied ground ("In the temporarily occupied territories, drones struck a depot near A"): A is
  held, and struck;
- "attacked X, and its small Ukrainian garrison withdrew": X was lost by its holders (its defenders are Ukraine's);
- a side named after "against the" or "from the" is the side fought, not the actor ("the ATO, as Kyiv called its
  operation against the separatists, had regained X");
- "A, B and the positions around C came under fire": C with them, as "near C" is;
- islands as the press names them ("Karantynnyi Island" for GeoNames' "Ostriv Karantynnyi"), held and raided as villages
  are; a caption's label "X, opposite Y:";
- "raid Russian positions near X" (the verb; not an air raid's alert), "engaged Russian units near X", "tried to land
  near X", "tried to cross the shallows near X": fighting at X;
- ", and" before a name with a verb of its own opens a clause, not a longer list: "Russian forces held A in April, and
  B was shelled daily" (A is not shelled, B not held); "still held the spit, and X, across the strait, remained under
  fire"; not "A, a settlement south of the town, and B were shelled" (one subject), nor "attacks near A, and near B,
  intensified";
- "the Sevastopol-based fleet" names no place; "grain ships leaving Odesa" withdraw no army; "reached the Dnipro within a
  day" is the river; "remained under daily artillery and drone fire";
- "no Russian troops remained in X": X is free; "drove into the city and Ukrainian soldiers engaged them in the
  streets": fought over, not taken; a cue after "rather than" or "instead of" reports nothing;
- places abroad: a section headed by a region abroad ("## Kursk Oblast") names villages there, whatever Ukrainian
  namesakes their Russian names have ("Pogrebki", "Podol"); a list of Russian-spelt names each beside the next, the
  last beside a town abroad ("near Malaya Loknya, Kazachya Loknya and Cherkasskaya Konopelka before moving on
  Korenevo"), lies abroad;
- a Western narrative that quotes the Russian ministry's wording ('its units had "improved their tactical position"')
  or names Ukraine's Eastern Group of Forces is not a Russian statement: "retaken" there is Ukraine's;
- "important for the liberation of X" is a goal; "drone teams covering the approaches to X" attack nothing; "howitzers
  firing from the coast near X" stood at X; "A, upriver, and B were freed" is one list; "and B, to the south,
  followed" takes the status before it;
- claims in Russian sources: "Yug group liberates X" (a group of forces named by its Russian name acts), "X and Y
  liberated, Gerasimov tells Putin" (a Russian speaker named after a headline), "their troops had raised a flag in X"
  after Russian war bloggers claimed it, "continued to claim control of X until the end of the month"; "the enemy was
  knocked out of X" (the passive: the enemy lost X); "Russian forces are pressing X", "clearing the northern blocks of
  X"; "the capture of X would soon follow" is yet to come; "the part of the region that Kyiv still controls" is held
  by Kyiv; "In Russian-held X, ... a drone had hit a minibus": the fronted place was struck; "Azov" is a unit;
- "retook A together with B": one list; a region at the end of a long aside ("X, a hamlet west of Y and one of six
  villages of that name in Donetsk Oblast, came under attack") only locates;
- "officials say nothing in the town was hit" answers a claimed strike; "saying nothing in X was hit" strikes nothing;
  "the two sides pulled their troops back from the line at X" is a disengagement; "an agreement reached in the Minsk
  talks" reaches no place; "Russian columns leaving X head east" withdraw from X;
- a morning digest ("... the night and the past day", "... morning of 2 March") tells of the evening and afternoon
  before its own date: "In the evening a drone struck X" is of the day before; a digest of "the past day" is not;
- a year in "X (known as Y until 2016)" says when a name changed, not when the sentence's event happened;
- an article whose title names its year ("Battle of Debaltseve (2015)") tells of that year where a month comes without
  one, even after a background in the year before; a section's heading that names a month ("## January offensive") is
  read in its own section, after the background's year is left behind.
"""

from __future__ import annotations

from datetime import date

import pytest
from _readings import check_reading, table

from mapper.model import Report
from mapper.pipeline import extract

GOVERNMENTS = [
    ("In February 2024 Kyiv confirmed withdrawing from Avdiivka and Lastochkyne.",
     {"Avdiivka": "occupied", "Lastochkyne": "occupied"}),
    ("Russian guns shelled Kherson again as the United States pressed Kyiv to negotiate.",
     {"Kherson": "attacked", "Kyiv": "-"}),
    ("Volunteers evacuated families from Kupiansk in August 2024, taking them to Kharkiv.",
     {"Kupiansk": "-", "Kharkiv": "-"}),
]

FRAMES = [
    ("In the temporarily occupied territories, Ukrainian drones struck an oil depot near Berdiansk.",
     {"Berdiansk": "occupied"}),
    ("In the temporarily occupied territories, Ukrainian drones struck an oil depot near Berdiansk.",
     {"Berdiansk": "attacked"}),
]

WAR_OF_2014 = [
    ("Russian-backed forces shelled Novoazovsk in late August 2014, and its small Ukrainian garrison withdrew.",
     {"Novoazovsk": "occupied"}),
    ("Wagner units stormed Popasna through the spring of 2022, and in May its defenders pulled back.",
     {"Popasna": "occupied"}),
    (("By late July 2014 the ATO, as Kyiv called its operation against the separatists, had regained Lysychansk and "
      "Sievierodonetsk."), {"Lysychansk": "liberated", "Sievierodonetsk": "liberated"}),
    ("In late August 2014 Kuteinykove, Ilovaisk and the positions near Mnohopillia came under fire.",
     {"Kuteinykove": "attacked", "Ilovaisk": "attacked", "Mnohopillia": "attacked"}),
]

ASSAULTS = [
    ("In the summer of 2023 Ukrainian marines landed on Velykyi Potomkin Island and raided Russian positions near Korsunka.",
     {"Velykyi Potomkin Island": "attacked", "Korsunka": "attacked"}),
    ("Karantynnyi Island, opposite Kherson: Ukrainian troops repel a Russian landing", {"Karantynnyi Island": "attacked"}),
    ("Korsunka: Ukrainian special forces raid Russian positions near the village", {"Korsunka": "attacked"}),
    ("An air raid alert sounded in Zaporizhzhia overnight.", {"Zaporizhzhia": "-"}),
    ("In March 2022 Ukrainian troops engaged Russian units near Trostianets and Boromlia.",
     {"Trostianets": "attacked", "Boromlia": "attacked"}),
    ("Russian milbloggers said a Ukrainian group tried to land near Hola Prystan in October 2023.",
     {"Hola Prystan": "attacked"}),
    ("In the autumn of 2025 small Russian groups tried to cross the shallows near Prymorske.", {"Prymorske": "attacked"}),
]

OTHERS = [
    ("Guided bombs hit Chuhuiv on Tuesday, and Kupiansk remained under daily artillery and drone fire.",
     {"Chuhuiv": "attacked", "Kupiansk": "attacked"}),
    ("The sinking of the Sevastopol-based flagship in April 2022 was a blow to the Russian fleet.", {"Sevastopol": "-"}),
    ("From August 2023 grain ships leaving Odesa and Chornomorsk used a corridor along the coast.",
     {"Odesa": "-", "Chornomorsk": "-"}),
]

WITHDRAWALS = [
    ("By 4 April 2022, officials said, no Russian troops remained in Kyiv Oblast and Sumy Oblast.",
     {"Kyiv Oblast": "liberated", "Sumy Oblast": "liberated"}),
    (("On 24 February 2022 Russian armoured vehicles drove into Okhtyrka, and territorial defence volunteers engaged "
      "them in the streets."), {"Okhtyrka": "attacked"}),
]

ASIDES = [
    ("Beryslav, upriver, and Chornobaivka, on the city's northern edge, were freed in November 2022.",
     {"Beryslav": "liberated", "Chornobaivka": "liberated"}),
    ("Dvorichna was retaken in September 2022, and Borova, to the south, followed in early October.",
     {"Dvorichna": "liberated", "Borova": "liberated"}),
    ("Through 2023 the spit was a base for drone teams covering the approaches to Ochakiv and Mykolaiv.",
     {"Ochakiv": "-", "Mykolaiv": "-"}),
    ("In June 2022 howitzers firing from the coast near Vylkove hit the Russian garrison on Snake Island.",
     {"Vylkove": "-", "Snake Island": "attacked"}),
    ("Holding Bilohorivka was important for the liberation of Kreminna, Ukrainian officers said in 2023.",
     {"Kreminna": "-"}),
]

RUSSIAN_SOURCES = [
    ("Yug group liberates Chasov Yar, MoD says", {"Chasov Yar": "occupied"}),
    ("Krasnoarmeysk and Volchansk liberated, Gerasimov tells Putin", {"Krasnoarmeysk": "occupied", "Volchansk": "occupied"}),
    ("Ukrainian troops liberated Kupiansk, Zelensky says", {"Kupiansk": "liberated"}),
    ("In August 2025 Russian war bloggers claimed that their troops had raised a flag in Kucheriv Yar.",
     {"Kucheriv Yar": "occupied"}),
    ("Russian sources continued to claim control of Zolotyi Kolodiaz until the end of August 2025.",
     {"Zolotyi Kolodiaz": "occupied"}),
    ("In November 2025 Russian forces were pressing Pokrovsk from the south and clearing the northern blocks of Myrnohrad.",
     {"Pokrovsk": "attacked", "Myrnohrad": "attacked"}),
    ("In December 2025 Russian state media said that the capture of Dimitrov would soon follow.", {"Dimitrov": "-"}),
    ("Capturing Toretsk would bring Russian forces closer to Sloviansk, in the part of the region that Kyiv still controls.",
     {"Sloviansk": "-"}),
    ("In Russian-held Horlivka, the mayor said a Ukrainian drone had hit a minibus on 9 February 2025.",
     {"Horlivka": "attacked"}),
]

LONG_ASIDES = [
    ("In July 2014 Ukrainian forces retook Krasnohorivka together with Marinka.",
     {"Krasnohorivka": "liberated", "Marinka": "liberated"}),
    (("Katerynivka, a hamlet west of Antonivka and one of at least six villages of that name in Donetsk Oblast, came "
      "under attack in October 2024."), {"Katerynivka": "attacked", "Donetsk Oblast": "-"}),
]

DENIED_STRIKES = [
    (("Russia's defence ministry claimed a strike on a training base in Bilhorod-Dnistrovskyi in May 2024; regional "
      "officials said nothing in the town was hit."), {"Bilhorod-Dnistrovskyi": "-"}),
    ("Russian columns leaving Izium head east toward Lyman, 10 September 2022", {"Izium": "liberated", "Lyman": "-"}),
    (("In the autumn of 2019 the two sides pulled their troops back from the line at Zolote under an agreement reached in "
      "the Minsk talks, as they had done at Stanytsia Luhanska."), {"Zolote": "-", "Stanytsia Luhanska": "-"}),
]

# Each name with every status its sentence gives it, no more: a clause of its own keeps its verb to itself.
CLAUSES = [
    ("Russian forces held Kreminna in April 2022, and Rubizhne was shelled daily.",
     {"Kreminna": {"occupied"}, "Rubizhne": {"attacked"}}),
    ("By the end of 2024 Russian forces still held the Kinburn Spit, and Ochakiv, across the strait, remained under fire.",
     {"Kinburn Spit": {"occupied"}, "Ochakiv": {"attacked"}}),
    (("In 2025 Russian troops attacked near Tykhe, while Vilcha, a settlement south of Vovchansk, and Bilyi Kolodiaz were "
      "shelled."), {"Tykhe": {"attacked"}, "Vilcha": {"attacked"}, "Bilyi Kolodiaz": {"attacked"}}),
    ("In May 2022 Russian troops took Kreminna, and Rubizhne and Voevodivka fell weeks later.",
     {"Kreminna": {"occupied"}, "Rubizhne": {"occupied"}, "Voevodivka": {"occupied"}}),
    (("On 24 February 2022 Russian armoured vehicles drove into Okhtyrka, and territorial defence volunteers engaged "
      "them in the streets."), {"Okhtyrka": {"attacked"}}),
    ("In 2023 Russian units tried to encircle Avdiivka through Krasnohorivka rather than storm the town itself.", {}),
]

GROUPS = {"governments": GOVERNMENTS, "frames": FRAMES, "war_of_2014": WAR_OF_2014, "assaults": ASSAULTS, "others": OTHERS,
          "withdrawals": WITHDRAWALS, "asides": ASIDES, "russian_sources": RUSSIAN_SOURCES, "long_asides": LONG_ASIDES,
          "denied_strikes": DENIED_STRIKES}


@pytest.mark.parametrize("sentence,expected", table(GROUPS))
def test_sentence_reading(ua_gazetteer, sentence: str, expected: dict[str, str]) -> None:
    check_reading(ua_gazetteer, sentence, expected)


def test_a_year_a_name_was_used_until_dates_no_event(ua_gazetteer) -> None:
    text = "A Russian missile hit an apartment block in Dnipro (known as Dnipropetrovsk until 2016) on January 14."
    report = Report(id="r", text=text, date=date(2023, 1, 16))
    dated = {e.mention.surface: e.event_date.isoformat() for e in extract(report, ua_gazetteer)}
    assert dated["Dnipro"] == "2023-01-14"


def test_a_title_year_dates_a_month_after_the_background(ua_gazetteer) -> None:
    text = ("The salient was held by Ukraine through the winter.\n\n## Background\n\n"
            "Ukrainian troops retook Debaltseve from the separatists in July 2014.\n\n## January offensive\n\n"
            "In late January separatist units attacked Vuhlehirsk.\n")
    report = Report(id="r", text=text, title="Battle of Debaltseve (2015)")
    dated = {e.mention.surface: e.event_date.isoformat()[:7] for e in extract(report, ua_gazetteer)}
    assert dated == {"Debaltseve": "2014-07", "Vuhlehirsk": "2015-01"}


@pytest.mark.parametrize("sentence,expected", CLAUSES, ids=[f"clause-{i}" for i in range(len(CLAUSES))])
def test_a_clause_keeps_its_verb(ua_gazetteer, sentence: str, expected: dict[str, set[str]]) -> None:
    read: dict[str, set[str]] = {}
    for event in extract(sentence, ua_gazetteer):
        read.setdefault(event.mention.surface, set()).add(event.status)
    assert read == expected


def test_a_section_headed_abroad_names_places_abroad(ua_gazetteer) -> None:
    text = ("## Kursk Oblast\n\nRussian sources claimed on 12 March 2025 that Russian troops had retaken Pogrebki and Podol "
            "north of Sudzha.\n\n## Sumy direction\n\nRussian guided bombs struck Khotin and Yunakivka.\n")
    report = Report(id="r", text=text, date=date(2025, 3, 13))
    assert {e.mention.surface: e.status for e in extract(report, ua_gazetteer)} == {"Khotin": "attacked", "Yunakivka": "attacked"}


def test_a_list_of_russian_names_beside_a_town_abroad_lies_abroad(ua_gazetteer) -> None:
    text = ("In August 2024 Ukrainian troops attacked near Malaya Loknya, Kazachya Loknya and Cherkasskaya Konopelka before "
            "moving on Korenevo.")
    assert [e for e in extract(text, ua_gazetteer) if e.place is not None] == []


def test_a_narrative_quoting_the_russian_ministry_is_not_its_voice(ua_gazetteer) -> None:
    text = ("The spokesman of Ukraine's Eastern Group of Forces said on 3 October 2022 that troops had entered Lyman. The "
            "Lugansk People's Republic militia had held the town since May. Through 2023 the Russian ministry said its "
            'units had "improved their tactical position" near Kreminna. Dibrova was retaken in the same weeks.')
    report = Report(id="r", text=text, date=date(2024, 1, 10))
    assert {e.mention.surface: e.status for e in extract(report, ua_gazetteer) if e.mention.surface == "Dibrova"} == {
        "Dibrova": "liberated"}


def test_the_enemy_knocked_out_in_a_russian_statement_lost_the_place(ua_gazetteer) -> None:
    text = ("Our stormtroopers keep clearing Krasnoarmeysk, and the Kiev regime is losing Dimitrov. The enemy was knocked "
            "out of Ravnopolye earlier this week.")
    report = Report(id="r", text=text, date=date(2025, 11, 22))
    assert {e.mention.surface: e.status for e in extract(report, ua_gazetteer) if e.mention.surface == "Ravnopolye"} == {
        "Ravnopolye": "occupied"}


def test_azov_is_a_unit(ua_gazetteer) -> None:
    text = "In August 2025 the 1st Corps of the National Guard, known as Azov, was moved into the sector near Dobropillia."
    assert "Azov" not in {e.mention.surface for e in extract(text, ua_gazetteer, all_mentions=True)}


@pytest.mark.parametrize("title,day", [("Sumy Oblast: the night and the past day", 1), ("Sumy Oblast: the past day", 2)])
def test_a_morning_digests_evening_is_the_day_before(ua_gazetteer, title: str, day: int) -> None:
    text = "In the evening a drone struck Shostka. In the morning a guided bomb hit Sumy."
    report = Report(id="r", text=text, title=title, date=date(2025, 3, 2))
    dated = {e.mention.surface: e.event_date for e in extract(report, ua_gazetteer)}
    assert dated == {"Shostka": date(2025, 3, day), "Sumy": date(2025, 3, 2)}


def test_the_dnipro_reached_is_the_river(ua_gazetteer) -> None:
    text = "On 24 February 2022 Russian columns from Crimea reached the Dnipro within a day."
    assert {e.mention.surface for e in extract(text, ua_gazetteer)} == set()
