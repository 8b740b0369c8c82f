"""A twenty-sixth table of sentence shapes, with the full GeoNames dump: what the twenty-fourth session's development
sets (``tests/data/encyclopaedia_67`` and ``genres_54``, blind through the twenty-third) and its new sets showed
missing, each written in our own words about real events.

- a place "given up" in the passive, with no side in its clause, is lost by the side the sentence has falling back
  ("Ukrainian units fell back to a new line, while A and B were given up"): not by the report's winners;
- a "they" after a relative clause is the subject the relative was about, not a side named inside it ("Russian units
  took A, which left the Ukrainian garrison without a road, and a week later they captured B"); ", which left the
  troops still holding the high ground" answers no claim (the holding has an object of its own);
- "claims that X had been taken were contradicted by ...", "a claim that X had been captured was disputed by ...":
  denied; "spoke of taking X", "talk about capturing X": words, not events;
- "artillery duels near A and B", "exchanges of fire near X": fighting there; "X left without heating and water after
  a missile strike", "X port: drones hit grain silos": struck; "cleared tree lines south of A, near B": fighting near
  B, nothing taken;
- a later clause's subject stands for the place of the clause before ("..., and by the end of March the town was again
  under Ukrainian control"; "... of Kramatorsk, and in the autumn the city and neighbouring Druzhkivka were hit");
- an oblast closing one part of a series ("west towards A and B, in Donetsk Oblast; and north-east towards C") locates
  that part, not the names after the semicolon;
- an encyclopaedia's hatnote ("For the village in Khmelnytskyi Oblast, see Kreminna, Khmelnytskyi Oblast") names the
  other namesake, and the article's own mentions are not it; "German troops occupied X in October 1941" is another
  war's; "(Novhorodske from 1951 to 2021)" dates a name, not an event; "families who had fled from X" are no army;
- "A Russian push into A or B would threaten C": supposed; "calls the Russian claim of capture false": denied; a
  Russian statement's quoted answer ("both liberated in the summer, remained in Ukrainian hands") is Ukraine's word;
  "has been under Ukrainian control since late August" is a liberation, "since 2014" background; "In Kyiv, the
  deputy minister said that ...": where the words were said;
- the encyclopaedia register of encyclopaedia_74: "the largest Russian territorial gain since the capture of X" (the
  record's side took X); "captures A, then B and C by the end of May" (the verb gapped after "then"); "the capture of
  several strongpoints near X" (fighting there); "X, which had 20,000 inhabitants, ..., when Ukrainian forces retook
  it" (the aside is no barrier); "the largest attack on the city since 2014, with infantry assaulting A and B" (the
  record's year dates only itself); "the withdrawal of our units from X" (whose units: a General Staff's own);
  "retaken seven settlements over the past week: A, B and C" ("past" a time, not a route);
- a direction is named after a town near the front the report tells of: the largest namesake 100 km or more from
  every place the report has placed gives way to one among them ("the Kamenskoye direction" beside Rabotino);
- town articles (encyclopaedia_75): "Dibrova (formerly Chervona Dibrova)" is one village, whichever other village bears the
  old name now; an infobox's "Hromada:" field is no village of that name; "south of A, and B remained in Russian hands"
  (B the subject of its own clause, not a second reference point); "After Russia annexed Crimea in March 2014, Kherson
  Oblast became ..." (the annexation is an occupation; the list does not go on past the date to a subject with its own
  verb);
- a digest's raion label ("Izium district: a drone hit a car near Borova") only locates the villages of its line, as an
  oblast's does: a raion tinted for a car hit in one of its villages would misinform;
- encyclopaedia_77's dense register: "seized by separatists in the spring of 2014 and retaken by Ukrainian forces in
  late July" (a second participle, however long the first's phrase); "Horlivka, the nearest large Russian-held city"
  (held, whatever adjectives come first); "Krymske (not to be confused with its namesake in Luhansk Oblast)" (the
  note's oblast is the other's); "In the area of X, units repelled two counterattacks" (the frame's place); "shifted
  their effort to the flanks: they attacked A and B" (an effort "to" a place is no goal of the verbs after it); "struck
  targets on its northern outskirts" (the place before); "turned on X", "had moved on to A and B": assaults;
- wire copy (genres_68): "drove Russian troops off Snake Island" (a recapture); "entered X ..., when its mayor agreed to
  let them in without a fight" (taken unopposed, however long the phrase between); "islands below Kherson" (a
  reference point); "left X at the start of October" (a withdrawal); "taking all of the Donetsk region is a priority"
  (a goal); "the approaches to X were lost" (fighting at X, not X lost); "assaults near the logistics hub of X";
  "In X itself our artillery is working over enemy positions" (a fronted place, "itself" and no comma); "fighting
  reached the northern outskirts of X"; "the breakthrough near X" (not "a breakthrough to X", a goal);
- the Russian voice and its answers (captions_34, genres_70): "..., denies Russian capture claim" (a denial whose subject
  the caption leaves out); "defeat was inflicted on formations of the AFU in the areas of A and B" (the ministry's
  passive); "troops pull out of X to avoid encirclement, command says" (Ukraine's command words its withdrawals so;
  "Rosgvardia units" name their side).
"""

from __future__ import annotations

from datetime import date

import pytest
from _readings import check_reading, places_of, table

from mapper.model import Report
from mapper.pipeline import extract

NAMESAKES = [
    # (text, name, geonameid)
    (("After Popasna, the assault groups pushed west towards Bakhmutske and Soledar, in Donetsk Oblast; and north-east "
      "towards Orikhove and Zolote."), "Orikhove", 698416),  # the Luhansk village beside Zolote, not Donetsk's
    ("Among the villages near the town is Dibrova (formerly Chervona Dibrova), on the Donets.", "Chervona Dibrova", 710592),
    (("To the north they attacked Krymske (not to be confused with its namesake in Luhansk Oblast) and Dyliivka, on the "
      "road to Kostiantynivka."), "Krymske", 9114079),  # the Donetsk village, not the namesake the note sets apart
    (("Units of the group repelled attacks near Rabotino. In the Kamenskoye direction, an attempt by a sabotage group to "
      "advance near Pyatikhatki was thwarted."), "Kamenskoye", 706967),  # the village by the front, not the city 160 km off
]


@pytest.mark.parametrize("text,name,geonameid", NAMESAKES, ids=[row[1] for row in NAMESAKES])
def test_namesakes(ua_gazetteer, text: str, name: str, geonameid: int) -> None:
    assert set(places_of(ua_gazetteer, text)[name]) == {geonameid}


SIDES = [
    ("Ukrainian units fell back to a new line west of the river, while Sieverne and Stepove were given up.",
     {"Sieverne": "occupied", "Stepove": "occupied"}),
    (("Russian units took Novobakhmutivka in April, which left the Ukrainian garrison without a road, and a week later "
      "they captured Keramik."), {"Novobakhmutivka": "occupied", "Keramik": "occupied"}),
    ("Russian forces took Umanske in May, which left Ukrainian units still holding the high ground to the west.",
     {"Umanske": "occupied"}),
]

WORDS_AND_DENIALS = [
    ("Claims on Russian channels that Vuhledar had been taken were contradicted by the brigade the same day.",
     {"Vuhledar": "-"}),
    ("A Russian claim that Novokalynove had been captured was disputed by the Ukrainian command.", {"Novokalynove": "-"}),
    ("Russian officials spoke of taking Kharkiv within days.", {"Kharkiv": "-"}),
    ("Politicians in Moscow still talk about capturing Zaporizhzhia.", {"Zaporizhzhia": "-"}),
]

FIGHTING = [
    ("Artillery duels near Bila Hora and Kurdiumivka on Tuesday", {"Bila Hora": "attacked", "Kurdiumivka": "attacked"}),
    ("Exchanges of fire near Klishchiivka went on all night.", {"Klishchiivka": "attacked"}),
    ("Kramatorsk left without heating and water after a missile strike", {"Kramatorsk": "attacked"}),
    ("Izmail port: drones hit grain silos overnight", {"Izmail": "attacked"}),
    ("Russian assault groups cleared tree lines south of Chasiv Yar, near Kalynivka, the ministry said.",
     {"Kalynivka": "attacked", "Chasiv Yar": "-"}),
]

LATER_CLAUSES = [
    (("Russian troops entered Trostianets in late February, and by the end of March the town was again under "
      "Ukrainian control."), {"Trostianets": "liberated"}),
    ("The front came within 20 km of Kramatorsk, and in the autumn the city and neighbouring Druzhkivka were hit.",
     {"Kramatorsk": "attacked", "Druzhkivka": "attacked"}),
]


NOTES_AND_OTHER_WARS = [
    ("German troops occupied Orikhiv in October 1941, and the Red Army retook the town in the autumn of 1943.",
     {"Orikhiv": "-"}),
    ("The town took in families who had fled from Donetsk Oblast in 2014.", {"Donetsk Oblast": "-"}),
    ("A Russian push into Nevelske or Pervomaiske would threaten the positions around Krasnohorivka, analysts say.",
     {"Nevelske": "-", "Pervomaiske": "-", "Krasnohorivka": "-"}),
    ("Zhuravka: the border guards call the Russian claim of capture false", {"Zhuravka": "-"}),
    ("Robotyne has been under Ukrainian control since late August, the deputy minister said.", {"Robotyne": "liberated"}),
    ("Kramatorsk has been in Ukrainian hands since 2014.", {"Kramatorsk": "-"}),
    ("In Kyiv, the deputy minister said that Robotyne has been under Ukrainian control since late August.",
     {"Kyiv": "-", "Robotyne": "liberated"}),
    (("Units of the Dnepr group of forces repelled attacks near Rabotino and Verbovoye. The Kiev regime lost up to 200 "
      "servicemen near Artemovsk. Kyiv answered that Staromaiorske and Urozhaine, both liberated in the summer, remained "
      "in Ukrainian hands."), {"Staromaiorske": "liberated", "Urozhaine": "liberated"}),
]


def test_a_hatnote_names_the_other_namesake(ua_gazetteer) -> None:
    text = ("For the village in Khmelnytskyi Oblast, see Kreminna, Khmelnytskyi Oblast.\n\n"
            "Kreminna is a small city in the east.")
    placed = places_of(ua_gazetteer, text)["Kreminna"]
    assert placed == [704126, 704138]  # the hatnote's village, then the article's city in Luhansk Oblast


def test_a_renaming_range_dates_no_event(ua_gazetteer) -> None:
    report = Report(id="n", text="Russian forces held Niu-York (Novhorodske from 1951 to 2021) by March 2025.",
                    date=date(2025, 6, 1))
    (event,) = [e for e in extract(report, ua_gazetteer) if e.mention.surface == "Niu-York"]
    assert (event.status, event.event_date) == ("occupied", date(2025, 3, 1))


TOWN_ARTICLES = [
    ("The front settled a few kilometres south of Orikhiv, and Robotyne remained in Russian hands for a year.",
     {"Orikhiv": "-", "Robotyne": "occupied"}),
    ("After Russia annexed Crimea in March 2014, Kherson Oblast became a border region.",
     {"Crimea": "occupied", "Kherson Oblast": "-"}),
    ("After Russian forces occupied Crimea in March 2014, Bilozerka became a border town.",
     {"Crimea": "occupied", "Bilozerka": "-"}),
    ("- Oblast: Donetsk Oblast\n- Hromada: Vuhledar urban hromada\n- Population: 14,000", {"Vuhledar": "-"}),
    ("Izium district: a drone hit a car near Borova; the driver was injured.", {"Izium district": "-", "Borova": "attacked"}),
    (("Toretsk, a town of mines and coke works, was seized by Russian-backed separatists in the spring of 2014 and "
      "retaken by Ukrainian forces in late July."), {"Toretsk": "liberated"}),
    ("Horlivka, the nearest large Russian-held city across the line, served as a rear base.", {"Horlivka": "occupied"}),
    ("In the area of Belogorovka, units of the group repelled two counterattacks.", {"Belogorovka": "attacked"}),
    ("Russian forces shifted their effort to the flanks: to the north they attacked Krymske and Dyliivka.",
     {"Krymske": "attacked", "Dyliivka": "attacked"}),
    ("Horlivka served as a rear base, and drones struck targets on its northern outskirts in the autumn.",
     {"Horlivka": "attacked"}),
    ("After Sievierodonetsk, Russian forces turned on Lysychansk.", {"Lysychansk": "attacked"}),
    ("By April Russian troops had moved on to Shcherbynivka and Leonidivka.",
     {"Shcherbynivka": "attacked", "Leonidivka": "attacked"}),
    ("Ukrainian forces drove Russian troops off Snake Island at the end of June 2022.", {"Snake Island": "liberated"}),
    (("Russian forces entered Kupiansk in late February 2022, days after the invasion began, when its mayor agreed to let "
      "them in without a fight."), {"Kupiansk": "occupied"}),
    ("Ukrainian boats landed on islands below Kherson.", {"Kherson": "-"}),
    ("Ukrainian forces left Vuhledar at the start of October.", {"Vuhledar": "occupied"}),
    ("Putin has said that taking all of the Donetsk region is a priority for Moscow.", {"Donetsk region": "-"}),
    ("The approaches to Toretsk were lost earlier.", {"Toretsk": "attacked"}),
    ("Russian troops launched 46 assaults near the logistics hub of Pokrovsk over the past day.", {"Pokrovsk": "attacked"}),
    ("In Krasnoarmeysk itself our artillery is working over enemy positions day and night.", {"Krasnoarmeysk": "attacked"}),
    ("Within a week fighting reached the northern outskirts of Vovchansk.", {"Vovchansk": "attacked"}),
    ("The breakthrough near Ocheretyne in April opened the way west.", {"Ocheretyne": "attacked"}),
    ("A breakthrough to Pokrovsk would cut the main road.", {"Pokrovsk": "-"}),
    ("Kupiansk: brigade posts video from the town centre, denies Russian capture claim", {"Kupiansk": "-"}),
    ("Velyka Novosilka: troops pull out of the town to avoid encirclement, command says", {"Velyka Novosilka": "occupied"}),
    ("A milblogger claimed that Rosgvardia units withdrew from Balakliia to avoid encirclement.", {"Balakliia": "liberated"}),
    ("East of Kupyansk, defeat was inflicted on formations of the AFU in the areas of Stepovaya Novoselovka and Peschanoye.",
     {"Stepovaya Novoselovka": "attacked", "Peschanoye": "attacked"}),
]

RECORDS_AND_LISTS = [
    ("Russian troops entered Vuhledar on 1 October 2024, the biggest Russian gain since the capture of Avdiivka.",
     {"Avdiivka": "occupied"}),
    ("Territorial changes: Russia captures Ocheretyne, then Novooleksandrivka and Sokil by the end of May 2024",
     {"Ocheretyne": "occupied", "Novooleksandrivka": "occupied", "Sokil": "occupied"}),
    ("Russian sources claimed the capture of several strongpoints east of Kupiansk, near Petropavlivka.",
     {"Petropavlivka": "attacked", "Kupiansk": "-"}),
    ("Lyman, which had about 20,000 inhabitants, had been quiet since October 2022, when Ukrainian forces retook it.",
     {"Lyman": "liberated"}),
    ("The withdrawal of our units from Avdiivka was completed on 17 February.", {"Avdiivka": "occupied"}),
    ("The withdrawal of Ukrainian units from Vuhledar was completed on 2 October.", {"Vuhledar": "occupied"}),
    ("Ukrainian forces had retaken three settlements over the past week: Blahodatne, Makarivka and Neskuchne.",
     {"Blahodatne": "liberated", "Makarivka": "liberated", "Neskuchne": "liberated"}),
]


@pytest.mark.parametrize("sentence,expected", table({"sides": SIDES, "words_and_denials": WORDS_AND_DENIALS,
                                                     "fighting": FIGHTING, "later_clauses": LATER_CLAUSES,
                                                     "notes_and_other_wars": NOTES_AND_OTHER_WARS,
                                                     "records_and_lists": RECORDS_AND_LISTS, "town_articles": TOWN_ARTICLES}))
def test_sentence_shapes(ua_gazetteer, sentence: str, expected: dict[str, str]) -> None:
    check_reading(ua_gazetteer, sentence, expected)


def test_a_record_since_a_year_does_not_date_the_rest_of_the_sentence(ua_gazetteer) -> None:
    report = Report(id="r", text=("On 10 October 2023 Russian forces launched the largest attack on Avdiivka since 2014, with "
                                  "infantry assaulting Stepove and Berdychi."), date=date(2023, 10, 12))
    dated = {e.mention.surface: e.event_date for e in extract(report, ua_gazetteer) if e.status == "attacked"}
    assert dated.get("Berdychi") == date(2023, 10, 10), dated
