"""A thirty-third table of sentence shapes, with the full GeoNames dump: what the thirty-first session's development
sets (``tests/data/genres_90`` and ``encyclopaedia_88``, blind through the thirtieth) showed missing, each written in our
own words about real events. Namesakes, mostly:

- an encyclopaedia's hatnote, "For the village in Kharkiv Oblast, see Lyman (Kharkiv Oblast).", names the namesake the
  article is not about: its mentions do not pull the article's own mentions to that one;
- "Not to be confused with the fighting at X, north of Y": the note's X is the one by Y, the article's X is not;
- "X, the X by Y, not the one in Z Oblast": every mention of the name before the note is set apart from Z's;
- "X, a village ..., not to be confused with the city of the same name north of Y": the city lies 60 km north;
- "Orlivka (west of Avdiivka)": of two namesakes on that bearing, the one beside the town, not the one 29 km out;
- a report that places two namesakes: a later bare mention is the one the sentence before it placed;
- a misspelling found by its context ("near Staromaiorske and Uroshaine") names the place wherever the report
  repeats it ("Uroshaine was retaken").

And statuses: "while X itself remained occupied.[6]" (a footnote marker after a state); "regained full control of X";
"claimed an advance on the edge of X" (an advance, not the village, was claimed); "X, whose outskirts Russian units had
held, was free of them by April" (the outskirts were held; X was left).

From ``genres_94`` and ``encyclopaedia_94`` (new development sets): "X: bombs fall on the town as units pull back from
Y" (the withdrawal is from Y, not the label's X); "explosions were recorded near X"; "assault groups pushed back from
the outskirts of X"; "clear Russian positions on the edge of X"; "the A and B communities" (A is no river there);
"enveloped X"; "a Ukrainian spokesman said X had fallen" (no side before "fallen" took it); "seized X, leaving the
town's garrison ..." (no withdrawal); a list in "of Sumy region" beside "Tetkino of Kursk region" stays in Ukraine;
hatnotes that name the oblast before the name; "Andriivka in Donetsk Oblast, south of Bakhmut". From ``genres_95``:
"returned A, B and C to Ukrainian control"; "still holding out near A and B"; "X and its twin town of Y"; "the ministry
also said it had taken X" (the ministry the sentence before named). From ``captions_45`` and ``encyclopaedia_96``:
"fires on Russian positions near X"; "reaching the border of X Oblast" (no target); "struck the Russian-held airfield at
X" (held, and struck); a range's first end takes the year of its second ("26 February – 11 November 2022"). Lists
interrupted by asides ("A on the city’s eastern edge, B to the west, C and D upriver"; "A on the northern edge of the
town and B to the south-west"); "units in the pocket south of the town, around A and B, withdrew"; "with Russian troops
on the outskirts of A and B"; "..., though Russian sources claimed that they had retaken the village" (the one place
the sentence named, across the contrast). From ``genres_96`` and ``encyclopaedia_97``: "mortar fire was recorded near A
and B"; "seized a bridgehead on the left bank around X" (fought over, not taken); "A, B and the other suburbs on the
right bank were cleared"; "the Chernihiv and Sumy frontier" (the two oblasts).
"""

from __future__ import annotations

from datetime import date

import pytest
from _readings import check_reading, table

from mapper.model import Report
from mapper.pipeline import extract


def _places(ua_gazetteer, text: str, surface: str, day: date = date(2024, 3, 10)) -> list[int]:
    report = Report(id="r", text=text, date=day)
    return [e.place.geonameid for e in extract(report, ua_gazetteer, all_mentions=True)
            if e.mention.surface == surface and e.place is not None]


def test_a_hatnote_names_the_namesake_the_article_is_not_about(ua_gazetteer) -> None:
    text = ("# Battle of Lyman (2022)\n\nFor the village in Kharkiv Oblast, see Lyman (Kharkiv Oblast).\n\n"
            "The battle of Lyman was fought in September 2022. Ukrainian forces encircled Lyman from the north and "
            "the south and retook the town on 1 October 2022.")
    placed = _places(ua_gazetteer, text, "Lyman", date(2024, 5, 1))
    assert placed.count(704204) == len(placed) - 1, placed  # (704204: the town in Donetsk Oblast; the hatnote's is not)


def test_not_to_be_confused_with_the_fighting_at_a_namesake(ua_gazetteer) -> None:
    text = ("Not to be confused with the fighting at Orlivka, west of Avdiivka, in 2024.\n\n"
            "Orlivka is a village in Luhansk Oblast. Russian troops shelled Orlivka through the summer of 2022.")
    placed = _places(ua_gazetteer, text, "Orlivka", date(2025, 1, 10))
    assert placed[0] == 698375 and 698375 not in placed[1:], placed  # (698375: the village west of Avdiivka)


def test_not_the_one_in_an_oblast_sets_every_mention_before_it_apart(ua_gazetteer) -> None:
    text = ("Fighting goes on near Urozhaine, the Urozhaine by Staromaiorske, not the one in Zaporizhzhia Oblast. "
            "Urozhaine in Zaporizhzhia Oblast lies far behind the front.")
    placed = _places(ua_gazetteer, text, "Urozhaine", date(2023, 8, 10))
    assert placed[:2] == [9114393, 9114393], placed  # (9114393: the village by Staromaiorske, Donetsk Oblast)


def test_a_note_with_a_bearing_places_the_other_namesake_along_it(ua_gazetteer) -> None:
    text = ("Russian shells also fell on Kostiantynivka, a village south-west of Marinka, which is not to be confused "
            "with the city of the same name north of Donetsk.")
    placed = _places(ua_gazetteer, text, "Marinka", date(2022, 8, 10))
    assert placed == [701845], placed  # (701845: Marinka west of Donetsk; the note is Kostiantynivka's)


def test_a_bare_bearing_takes_the_namesake_beside_the_town(ua_gazetteer) -> None:
    text = ("Russian forces attacked near Orlivka (west of Avdiivka) on 9 March. "
            "In Kharkiv Oblast, Russian forces attacked near Orlivka on the Oskil.")
    events = [e for e in extract(Report(id="r", text=text, date=date(2024, 3, 10)), ua_gazetteer, all_mentions=True)
              if e.mention.surface == "Orlivka"]
    assert events[0].place is not None and events[0].place.geonameid == 698375, events[0].resolution
    assert events[0].resolution.startswith("position given"), events[0].resolution


def test_a_bare_mention_is_the_namesake_the_sentence_before_placed(ua_gazetteer) -> None:
    text = ("Russian forces attacked near Bilohorivka in Luhansk Oblast on 11 June. "
            "Bilohorivka has been in Ukrainian hands since September 2022. "
            "Elsewhere, milbloggers claimed an advance near Bilohorivka in Donetsk Oblast and near Bilohorivka (north-east "
            "of Soledar).")
    placed = _places(ua_gazetteer, text, "Bilohorivka", date(2025, 6, 12))
    assert placed[:2] == [712588, 712588], placed  # (712588: the village in Luhansk Oblast)


def test_a_spelling_found_by_its_context_is_found_where_the_report_repeats_it(ua_gazetteer) -> None:
    text = ("Ukrainian marines fought near Staromaiorske and Uroshaine through early August 2023. "
            "Uroshaine was retaken on 16 August, the General Staff said.")
    events = [e for e in extract(Report(id="r", text=text, date=date(2023, 8, 20)), ua_gazetteer, all_mentions=True)
              if e.mention.surface == "Uroshaine"]
    assert [e.place.geonameid for e in events if e.place] == [9114393, 9114393], events
    assert events[1].status == "liberated", events[1]


STATES_AND_CLAIMS = [
    ("In 2014 the army retook Sloviansk and Kramatorsk, while Donetsk itself remained occupied.[4]",
     {"Sloviansk": "liberated", "Kramatorsk": "liberated", "Donetsk": "occupied"}),
    ("In the third week of May 2022 the governor said that Ukrainian troops had regained full control of Ruska Lozova.",
     {"Ruska Lozova": "liberated"}),
    ("Robotyne: Russian bloggers claimed an advance on the southern edge of the village; not confirmed.",
     {"Robotyne": "attacked"}),
    ("In February Wagner claimed Krasna Hora and a string of villages north of Bakhmut.", {"Krasna Hora": "occupied"}),
    ("Chernihiv, whose outskirts Russian units had held since late February, was free of them by early April.",
     {"Chernihiv": "liberated"}),
]


@pytest.mark.parametrize("sentence,expected", table({"states_and_claims": STATES_AND_CLAIMS}))
def test_sentence_shapes(ua_gazetteer, sentence: str, expected: dict[str, str]) -> None:
    check_reading(ua_gazetteer, sentence, expected)


FROM_GENRES_94_AND_ENCYCLOPAEDIA_94 = [
    ("Vovchansk: guided bombs fall on the town as Russian units pull back from Tykhe", {"Vovchansk": "attacked",
                                                                                      "Tykhe": "liberated"}),
    ("In the Krasnopillia community, 9 explosions were recorded near the village of Myropillia.", {"Myropillia": "attacked"}),
    ("Vovchansk: Russian assault groups pushed back from the northern outskirts of the town", {"Vovchansk": "attacked"}),
    ("Krynky: marines clear Russian positions on the eastern edge of the village", {"Krynky": "attacked"}),
    ("Russian artillery shelled the Bilopillia and Krasnopillia communities overnight.",
     {"Bilopillia": "attacked", "Krasnopillia": "attacked"}),
    ("By the end of 2024 Russian units had enveloped Kurakhove from the north and the south.", {"Kurakhove": "attacked"}),
    (("The September counteroffensive, launched after Russian units had dug in along the Oskil, returned Balakliia, "
      "Shevchenkove and Kupiansk to Ukrainian control."),
     {"Balakliia": "liberated", "Shevchenkove": "liberated", "Kupiansk": "liberated"}),
    ("The brigade said Russian infantry still holding out near Robotyne and Verbove had been cut off.",
     {"Robotyne": "attacked", "Verbove": "attacked"}),
    ("For months Russian troops shelled Kramatorsk and its twin city of Sloviansk.",
     {"Kramatorsk": "attacked", "Sloviansk": "attacked"}),
    ("A Ukrainian tank crew fires on Russian positions near Robotyne, south of Orikhiv", {"Robotyne": "attacked",
                                                                                        "Orikhiv": "-"}),
    ("In the summer of 2025 Russian units took Novoserhiivka, reaching the border of Dnipropetrovsk Oblast.",
     {"Novoserhiivka": "occupied", "Dnipropetrovsk Oblast": "-"}),
    ("Ukrainian missiles struck the Russian-held air base at Saky in August 2022.", {"Saky": "attacked"}),
    (("Stepnohirsk on the reservoir’s northern shore, Prymorske to the west, Plavni and Kamianske downriver have been "
      "shelled almost every day since the spring."), {"Stepnohirsk": "attacked", "Prymorske": "attacked", "Plavni": "attacked",
                                            "Kamianske": "attacked"}),
    ("Ukrainian troops in the salient west of the town, around Krasnohorivka and Heorhiivka, pulled out in early September.",
     {"Krasnohorivka": "occupied", "Heorhiivka": "occupied"}),
    ("Russian units attacked Klishchiivka on the southern edge of the town and Ivanivske to the west.",
     {"Klishchiivka": "attacked", "Ivanivske": "attacked"}),
    ("By late summer, with Russian troops on the outskirts of Novohrodivka and Hrodivka, the evacuation was ordered.",
     {"Novohrodivka": "attacked", "Hrodivka": "attacked"}),
    (("Kyiv announced the liberation of Robotyne at the end of August, though Russian sources claimed weeks later "
      "that they had retaken the village."), {"Robotyne": "occupied"}),
    ("Mortar fire was also recorded near Hremiach and Hai, close to the border.", {"Hremiach": "attacked", "Hai": "attacked"}),
    ("In August 2023 Ukrainian marines seized a bridgehead on the left bank around Krynky.", {"Krynky": "attacked"}),
    ("Around 13 September Ukrainian forces crossed the Oskil near Kupiansk and established a bridgehead.", {"Kupiansk": "-"}),
    ("Bucha, Irpin and the other towns north-west of the capital were cleared by the end of March.",
     {"Bucha": "liberated", "Irpin": "liberated"}),
    ("A Ukrainian brigade spokesman said that Krasnohorivka had fallen after weeks of assaults.",
     {"Krasnohorivka": "occupied"}),
    ("Russian troops took Ocheretyne in April 2024, leaving the town's defenders short of supplies.",
     {"Ocheretyne": "occupied"}),
]


@pytest.mark.parametrize("sentence,expected", table({"from_genres_94": FROM_GENRES_94_AND_ENCYCLOPAEDIA_94}))
def test_more_sentence_shapes(ua_gazetteer, sentence: str, expected: dict[str, str]) -> None:
    check_reading(ua_gazetteer, sentence, expected)


def test_a_list_placed_in_an_oblast_of_ukraine_is_not_abroad(ua_gazetteer) -> None:
    text = ("Strikes were carried out in the areas of Yunakovka and Alekseevka of Sumy region, and of Tetkino of Kursk "
            "region.")
    placed = {e.mention.surface: e.place.admin1_code for e in extract(Report(id="r", text=text, date=date(2025, 6, 14)),
                                                                     ua_gazetteer, all_mentions=True) if e.place}
    assert placed.get("Yunakovka") == "21" and placed.get("Alekseevka") == "21", placed  # (21: Sumy Oblast)


def test_a_hatnote_names_the_oblast_before_the_name(ua_gazetteer) -> None:
    text = ("# Battle of Kamianske (2025)\n\nFor the city in Dnipropetrovsk Oblast, see Kamianske.\n\n"
            "Kamianske is a village on the Kakhovka reservoir south of Zaporizhzhia. Russian troops shelled Kamianske "
            "through the spring of 2025.")
    placed = _places(ua_gazetteer, text, "Kamianske", date(2025, 9, 1))
    assert placed[1] == 709932 and 709932 not in placed[:1] + placed[2:], placed  # (709932: the city; [0] is the title's)


def test_a_note_placing_a_namesake_by_oblast_and_town(ua_gazetteer) -> None:
    text = ("Russian troops retook Andriivka in Sumy Oblast in June 2025. That village should not be confused with "
            "Andriivka in Donetsk Oblast, south of Bakhmut, which Ukrainian forces liberated in September 2023.")
    placed = _places(ua_gazetteer, text, "Andriivka", date(2025, 7, 1))
    assert placed[-1] == 9114136, placed  # (9114136: the village south of Bakhmut)


def test_a_note_places_the_other_namesake_along_its_bearing_past_the_town(ua_gazetteer) -> None:
    text = ("In the autumn of 2024 the fighting reached Kostiantynivka, west of Marinka on the Vuhledar road. "
            "The village is not to be confused with the much larger city of Kostiantynivka north of Horlivka.")
    placed = _places(ua_gazetteer, text, "Kostiantynivka", date(2025, 1, 10))
    assert placed == [705106, 705104], placed  # (705106: the village by Marinka; 705104: the city)


def test_a_ministry_that_said_it_had_taken_a_place_took_it(ua_gazetteer) -> None:
    text = ("Russia's Defence Ministry said on Tuesday its forces had captured Novoselivka Persha. "
            "The ministry also said it had taken Netailove, west of Donetsk.")
    statuses = {e.mention.surface: e.status for e in extract(Report(id="r", text=text, date=date(2024, 3, 20)),
                                                              ua_gazetteer, all_mentions=True)}
    assert statuses["Netailove"] == "occupied", statuses


def test_a_range_gives_its_first_end_the_year_of_its_second(ua_gazetteer) -> None:
    text = ("# Battle of Voznesensk\n\n- Date: 2 March – 18 March 2022\n\n"
            "On 2 March a Russian column entered Voznesensk from the south-east. It was driven out on 3 March.")
    report = Report(id="r", text=text, date=date(2024, 3, 5))  # (an article revised two years on: no news)
    dates = [e.event_date for e in extract(report, ua_gazetteer, all_mentions=True) if e.status]
    assert dates and all(d.year == 2022 for d in dates), dates


def test_a_frontier_named_after_two_cities_is_their_oblasts(ua_gazetteer) -> None:
    text = "Border guards report daily fire on the Chernihiv and Sumy frontier."
    placed = {e.mention.surface: e.place.geonameid for e in extract(Report(id="r", text=text, date=date(2024, 6, 14)),
                                                                    ua_gazetteer, all_mentions=True) if e.place}
    assert placed == {"Chernihiv": 710734, "Sumy": 692196}, placed  # (the oblasts, not the cities 710735 and 692194)
