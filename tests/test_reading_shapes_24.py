"""A twenty-fourth table of sentence shapes and batches, with the full GeoNames dump: what the twenty-second
session's development sets (``tests/data/genres_44`` and ``encyclopaedia_56``, blind through the twenty-first) showed
missing, each written in our own words about real events.

- a batch of captions from one front filed over months: a caption whose own week names nothing near its namesakes is
  placed by the whole batch's places ("Maliivka: ... flag raised", months after captions from around Komar);
- a name its caption lists with a name the batch placed lies beside it ("assaults near Sosnivka and Vorone
  repelled": the Sosnivka by that Vorone, not the town of 10,000 in Lviv Oblast);
- a name the batch's front holds two of, neither clearly nearer, is one of them, not a larger village of the name far
  from every place the batch names; a town listed with a village the batch placed lies beside it ("Assaults near
  Kamianske and Stepove": the village of Kamianske, not the city on the Dnipro);
- "The villages north of X, among them A and the hamlets along the road, were held": the subject's examples take its
  verb; "became part of the Russian rear": held;
- "attacked 14 times on the X front, near A and B": A and B (the front only names the way);
- "launched assault after assault ... against A and B ... and against C"; "began to infiltrate the settlement" (the
  one just named); "..., while Ukrainian commanders said the town was still contested" answers a claim with fighting
  (but "... only Novenke was contested" speaks of another place);
- an oblast's capital named after, or in a list with, other oblasts ("in Zhytomyr and Dnipropetrovsk regions and in the
  southern city of Zaporizhzhia") is the capital, not a hamlet of its name inside them;
- "occupied parts of Sumy Oblast, among them the town of X": X too;
- a Russian channel's own words ("our guys", "khokhly", "Dzerzhinsk", "Krasnoarmeysk") make "liberated" a Russian
  capture; ", which is a lie" answers a claim; "does not mean that Russia holds X" asserts nothing; a cue in quotation
  marks takes its anaphoric object ('"liberated" the village'); "claimed the villages of A and B further south": a
  claim of A and B, where they lie said after them;
- "attacked since the morning near X": a time, no new clause; "X: air-raid alert as drones approach the city": nothing
  struck yet;
- "Guided bomb on X" struck X; "...; Ukrainian forces deny it" answers the claim before it;
- "the town of X" is no section of a city (a Kramatorsk quarter listed under the name Chornobyl);
- families or residents "ordered to leave" a place take nothing from anyone;
- an oblast named as where some of its villages lie ("retook two villages in Dnipropetrovsk region") is not what was
  retaken; a raion's communities hit are the raion hit (as the annotated digests have it);
- "the brigade defending X" says which unit, not that X was attacked ("X was defended for months" does); "attacking
  from the village" is where the attack starts;
- "one channel claimed X fell, while another claimed Ukrainian units still hold the village": no status;
- a goal inside an apposition's relative clause ("In X, a city that Russian forces have tried to reach, a drone
  attack damaged a school") is the apposition's, closed at its comma;
- "X, whose districts the fall of Y had exposed, was abandoned": the main verb is X's, not Y's; "that town" refers
  back as "the town" does; "the Zarya chemical plant in Rubizhne" is no village called Zarya;
- "A and B, two towns north of X, which were shelled": the plural verb is the list's, not X's;
- a change of control a narrative names again by a noun ("the fall of X" in a later paragraph) is dated as the
  text dated it where it told it;
- "took A around 20 June, according to officials, and then B": B was taken too; "ceasefire violations along the line
  near X", "turned their guns on X", "turned against the positions around X": X came under fire;
- an oblast named in another phrase of the sentence ("the push into Dnipropetrovsk Oblast to stretch the troops
  defending Pokrovsk and Kostiantynivka") does not place a city listed with one outside it.
"""

from __future__ import annotations

from datetime import date

import pytest
from _readings import check_reading, table

from mapper.model import Report
from mapper.pipeline import extract_reports


def _placed(gazetteer, reports: list[Report]) -> dict[tuple[str, str], int | None]:
    return {(e.mention.report_id, e.mention.surface): e.place and e.place.geonameid
            for e in extract_reports(reports, gazetteer, all_mentions=True)}  # fmt: skip


def test_a_caption_is_placed_by_the_whole_batch_when_its_week_names_nothing_near(ua_gazetteer) -> None:
    reports = [
        Report(id="a", text="Heavy fighting near Komar", date=date(2025, 7, 1)),
        Report(id="b", text="Drone strike on a car in Kupiansk", date=date(2025, 10, 10)),
        Report(id="c", text="Maliivka: Russian channels post video of a flag raised in the village centre",
               date=date(2025, 10, 12)),
    ]
    # the Maliivka by Komar on the Dnipropetrovsk border, not the larger one in Mykolaiv Oblast
    assert _placed(ua_gazetteer, reports)[("c", "Maliivka")] == 687336


def test_a_name_lies_beside_the_name_its_caption_lists_it_with(ua_gazetteer) -> None:
    reports = [
        Report(id="a", text="Guided bombs hit Sichneve overnight", date=date(2025, 9, 2)),
        Report(id="b", text="Drone strike on a house in Komar", date=date(2025, 9, 25)),
        Report(id="c", text="Russian assaults near Sosnivka and Vorone repelled", date=date(2025, 10, 20)),
    ]
    placed = _placed(ua_gazetteer, reports)
    assert placed[("c", "Vorone")] == 689002
    assert placed[("c", "Sosnivka")] == 693095  # beside that Vorone, not the town of 10,838 in Lviv Oblast


def test_the_town_of_a_name_is_no_section_of_a_city(ua_gazetteer) -> None:
    reports = [
        Report(id="a", text="Missile strike on Kramatorsk", date=date(2022, 4, 8)),
        Report(id="b", text="Russian troops seize the town of Chornobyl", date=date(2022, 2, 24)),
    ]
    # GeoNames lists a quarter of Kramatorsk (PPLX, the city's population) under the name as well
    assert _placed(ua_gazetteer, reports)[("b", "Chornobyl")] == 710403


CIVILIANS = [
    ("Families with children were ordered to leave Kupiansk and the villages around it in August 2025.",
     {"Kupiansk": "-"}),
    ("Residents were urged to leave Pokrovsk in the summer of 2024.", {"Pokrovsk": "-"}),
    ("Ukrainian troops were ordered to leave Avdiivka on 17 February 2024.", {"Avdiivka": "occupied"}),
]

SOME_OF_A_REGION = [
    ("Ukrainian troops retook two villages in Dnipropetrovsk Oblast in August 2025.", {"Dnipropetrovsk Oblast": "-"}),
    ("The enemy shelled settlements of Sumy Oblast 40 times on Tuesday.", {"Sumy Oblast": "-"}),
    ("Drones hit villages across the Nikopol district overnight on 3 February 2025.", {"Nikopol district": "attacked"}),
]


@pytest.mark.parametrize("sentence,expected", table({"civilians": CIVILIANS, "some_of_a_region": SOME_OF_A_REGION}))
def test_civilians_and_regions(ua_gazetteer, sentence: str, expected: dict[str, str]) -> None:
    check_reading(ua_gazetteer, sentence, expected)


UNITS_AND_ORIGINS = [
    ("Analysts said the loss of Prohres exposed the flank of the brigades defending Novohrodivka in July 2024.",
     {"Novohrodivka": "-"}),
    ("The Russian command wanted the push to stretch the Ukrainian forces defending Pokrovsk in the summer of 2025.",
     {"Pokrovsk": "-"}),
    ("Kupiansk was defended for months against Russian assaults in 2025.", {"Kupiansk": "attacked"}),
    ("Russian units, which had taken Komar in June 2025, were by July attacking from the village towards the west.",
     {"Komar": "occupied"}),
]

CLAIMS_AND_CLAUSES = [
    (("One Russian channel claimed on 10 July 2025 that Russian troops had taken Maliivka, while another claimed that "
      "Ukrainian units still hold the village."), {"Maliivka": "-"}),
    (("In Kramatorsk, a city that Russian forces have tried to bring within range of their drones, a drone attack "
      "damaged a school on 5 June 2025."), {"Kramatorsk": "attacked"}),
    ("Sievierodonetsk, whose eastern districts the fall of Rubizhne had exposed, was abandoned by Ukrainian troops on 24 June 2022.",
     {"Sievierodonetsk": "occupied", "Rubizhne": "occupied"}),
    ("Ukrainian troops left Svitlodarsk in late May 2022, and Russian forces entered that town within days.",
     {"Svitlodarsk": "occupied"}),
    ("In April 2022 shelling hit the Zarya chemical plant in Rubizhne.", {"Zarya": "-", "Rubizhne": "attacked"}),
    (("Russian guns turned on Novodruzhesk and Pryvillia, two towns north of Lysychansk, which were shelled almost "
      "daily in June 2022."), {"Novodruzhesk": "attacked", "Pryvillia": "attacked", "Lysychansk": "-"}),
]

FIRE_AND_LISTS = [
    ("Russian forces took Toshkivka around 20 June 2022, according to Ukrainian officials, and then Ustynivka.",
     {"Toshkivka": "occupied", "Ustynivka": "occupied"}),
    ("Monitors recorded more ceasefire violations along the line near Zolote in February 2022.", {"Zolote": "attacked"}),
    ("Russian troops in Rubizhne turned their guns on Novodruzhesk in May 2022.",
     {"Rubizhne": "-", "Novodruzhesk": "attacked"}),
    ("In June 2022 Russian commanders turned against the Ukrainian positions around Hirske.", {"Hirske": "attacked"}),
]


@pytest.mark.parametrize("sentence,expected", table({"units_and_origins": UNITS_AND_ORIGINS,
                                                     "claims_and_clauses": CLAIMS_AND_CLAUSES,
                                                     "fire_and_lists": FIRE_AND_LISTS}))
def test_units_origins_claims_and_clauses(ua_gazetteer, sentence: str, expected: dict[str, str]) -> None:
    check_reading(ua_gazetteer, sentence, expected)


def test_an_oblast_named_for_another_phrase_does_not_place_a_city_listed_with_one_outside_it(ua_gazetteer) -> None:
    from _readings import places_of

    text = "Russia likely uses the push into Dnipropetrovsk Oblast to stretch the troops defending Pokrovsk and Kostiantynivka."
    assert places_of(ua_gazetteer, text)["Kostiantynivka"] == [705104]  # the city by Pokrovsk, not a hamlet of the name


def test_a_fall_named_again_is_dated_as_the_text_told_it(ua_gazetteer) -> None:
    from mapper.pipeline import extract

    text = ("On 7 May 2022 Russian troops captured Popasna after two months of shelling.\n\n"
            "In early July 2022 Ukrainian forces left Lysychansk. The fall of Popasna had opened the road to the city "
            "from the south.")
    dated = [(e.mention.surface, e.cue, e.event_date.isoformat()) for e in extract(Report(id="r", text=text), ua_gazetteer)
             if e.mention.surface == "Popasna"]
    # the fall told on 7 May, named again in July's paragraph: still the fall of 7 May
    assert dated == [("Popasna", "captured", "2022-05-07"), ("Popasna", "fall of", "2022-05-07")]
    text = "In early July 2022 Ukrainian forces left Lysychansk. Russian troops then entered Popasna."
    assert [e.event_date.isoformat() for e in extract(Report(id="r", text=text), ua_gazetteer)
            if e.mention.surface == "Popasna"] == ["2022-07-01"]  # (a capture told here is dated here)


def test_a_name_the_batch_front_holds_two_of_is_one_of_them(ua_gazetteer) -> None:
    reports = [
        Report(id="a", text="Shelling of Stepnohirsk", date=date(2025, 1, 5)),
        Report(id="b", text="Guided bomb hits Marfopil", date=date(2025, 1, 20)),
        Report(id="c", text="Pavlivka: artillery fire on the village", date=date(2025, 3, 1)),
    ]
    # two Pavlivkas lie on this front, neither clearly nearer; not the larger one in Volyn Oblast
    assert _placed(ua_gazetteer, reports)[("c", "Pavlivka")] in (699379, 9114268)


def test_a_town_named_with_a_village_the_batch_placed_lies_beside_it(ua_gazetteer) -> None:
    reports = [
        Report(id="a", text="Drone strike on a car in Stepnohirsk", date=date(2025, 3, 20)),
        Report(id="b", text="Assaults near Kamianske and Stepove; Russian troops attack on motorcycles",
               date=date(2025, 3, 27)),
    ]
    placed = _placed(ua_gazetteer, reports)
    # the village of Kamianske by Stepove on the Zaporizhzhia front, not the city of Kamianske on the Dnipro
    assert placed[("b", "Kamianske")] == 706967


EXAMPLES_OF_A_SUBJECT = [
    (("In March 2022 the villages north of Sumy, among them Stetskivka and the hamlets along the highway, were held by "
      "Russian troops."), {"Stetskivka": "occupied", "Sumy": "-"}),
    ("By the summer of 2022 the villages south of Vuhledar, among them Mykilske, had become part of the Russian rear.",
     {"Mykilske": "occupied", "Vuhledar": "-"}),
]

ASSAULTS_AND_ANSWERS = [
    (("In 2024 Russian units launched assault after assault out of the forests against Torske and Terny in the north "
      "and against Serebrianka in the south."), {"Torske": "attacked", "Terny": "attacked", "Serebrianka": "attacked"}),
    ("In 2025 the line fell back to Zarichne, and Russian assault groups began to infiltrate the settlement.",
     {"Zarichne": "attacked"}),
    ("In December 2025 Russian commanders claimed Siversk, while Ukrainian commanders said the town was still contested.",
     {"Siversk": "attacked"}),
    (("In May 2025 Russian sources said Zhuravka had been captured, while a Ukrainian officer said that only the northern "
      "part of Novenke was contested."), {"Zhuravka": "occupied"}),
]

TIMES_AND_ALERTS = [
    ("On 26 August 2024 Russian forces attacked since the morning near Novohrodivka and Hrodivka.",
     {"Novohrodivka": "attacked", "Hrodivka": "attacked"}),
    ("Kharkiv: air-raid alert as drones approach the city from the north", {"Kharkiv": "-"}),
    ("Bilopillia hromada: drone drops (4 explosions)", {"Bilopillia hromada": "attacked"}),
    ("In March 2022 Russian troops occupied parts of Sumy Oblast, among them the town of Trostianets.",
     {"Trostianets": "occupied"}),
]

CAPTION_WORDS = [
    ("Guided bomb on Orikhiv", {"Orikhiv": "attacked"}),
    ("Russian channels claim capture of Stepove; Ukrainian forces deny it", {"Stepove": "-"}),
    ("On 9 February 2025 Russian troops attacked 14 times on the Kupiansk front, near Dvorichna and Zapadne.",
     {"Kupiansk": "-", "Dvorichna": "attacked", "Zapadne": "attacked"}),
]


@pytest.mark.parametrize("sentence,expected", table({"caption_words": CAPTION_WORDS, "times_and_alerts": TIMES_AND_ALERTS, "assaults_and_answers": ASSAULTS_AND_ANSWERS,
                                                     "examples_of_a_subject": EXAMPLES_OF_A_SUBJECT}))
def test_captions_assaults_and_subjects(ua_gazetteer, sentence: str, expected: dict[str, str]) -> None:
    check_reading(ua_gazetteer, sentence, expected)


def test_an_oblast_capital_is_not_moved_onto_a_hamlet_by_oblasts_listed_with_it(ua_gazetteer) -> None:
    from _readings import places_of

    text = ("On 26 August 2024 deaths were also reported in Zhytomyr and Dnipropetrovsk regions and in the southern city "
            "of Zaporizhzhia, where a missile hit an industrial site.")
    assert places_of(ua_gazetteer, text)["Zaporizhzhia"] == [687700]  # the city, not the hamlets of Dnipropetrovsk Oblast
    text = "On 26 August 2024 the strikes killed civilians in Lutsk, Zaporizhzhia City, Zhytomyr Oblast, and Dnipropetrovsk Oblast."
    assert places_of(ua_gazetteer, text)["Zaporizhzhia"] == [687700]


def test_the_feed_guesses_among_namesakes_for_a_caption_only(ua_gazetteer) -> None:
    from mapper.pipeline import extract_reports

    article = ("The village council met on Monday to discuss the season. Farmers in Pavlivka began the harvest early "
               "this year, helped by a dry spring and a warm start to the summer. Prices for grain rose in the spring, "
               "and the cooperative bought two new combines with a regional grant. The school reopened after repairs, "
               "and the bus to the district centre now runs twice a day. Residents said the new road had cut the trip "
               "to market by half, and the council plans to light the main street before the winter.")
    reports = [
        Report(id="a", text="Shelling of Stepnohirsk", date=date(2025, 1, 5)),
        Report(id="b", text="Guided bomb hits Marfopil", date=date(2025, 1, 20)),
        Report(id="c", text=article, date=date(2025, 3, 1)),
    ]
    how = {e.mention.report_id: e.resolution for e in extract_reports(reports, ua_gazetteer, all_mentions=True)
           if e.mention.surface == "Pavlivka"}
    assert "undecided" not in how["c"] or "other reports" not in how["c"]  # a report of its own, not a caption


VOICES_AND_DENIALS = [
    (("Our guys have done it: the khokhly have been thrown out of Dzerzhinsk, and Krasnoarmeysk is next. "
      "Dzerzhinsk is fully liberated."), {"Dzerzhinsk": "occupied"}),
    ("In February 2025 Ukrainian officials said they had retaken Pishchane, which is a lie, a Russian channel wrote.",
     {"Pishchane": "-"}),
    ("A claim about Toretsk on 11 February 2025 does not mean that Russia holds Toretsk.", {"Toretsk": "-"}),
    ("By the spring of 2025 Russian sources claimed the villages of Kolisnykivka and Zahryzove further south.",
     {"Kolisnykivka": "occupied", "Zahryzove": "occupied"}),
    ("In July 2024 Russian forces reached Prohres near Ocheretyne and \"liberated\" the village, the ministry said.",
     {"Prohres": "occupied"}),
]


@pytest.mark.parametrize("sentence,expected", table({"voices_and_denials": VOICES_AND_DENIALS}))
def test_voices_and_denials(ua_gazetteer, sentence: str, expected: dict[str, str]) -> None:
    check_reading(ua_gazetteer, sentence, expected)


def test_a_channel_quoted_in_an_article_lends_it_no_voice() -> None:
    from mapper.reading.voice import report_voice

    article = ('Ukrainian forces counterattacked near Prohres in July 2024, one of which, according to a Russian '
               'milblogger, "pushed our guys back out of the northern houses of Progress", and the Kiev regime, as '
               'another channel put it, "threw in the khokhly of three brigades".')
    assert report_voice(article) is None  # the channels' words are quoted, not the article's own
    assert report_voice("Our guys took Progress. The khokhly ran.") == "russian"
