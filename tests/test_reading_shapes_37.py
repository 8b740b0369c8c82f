"""A thirty-seventh table of sentence shapes, with the full GeoNames dump: what the thirty-fifth session's reading of
``tests/data/genres_101`` and ``encyclopaedia_103`` (blind through the thirty-fourth) and of the new development set
``captions_50`` showed missing, each written in our own words about real events:

- "A and its northern suburbs of B and C", "attacked A, south-east of X, and the villages of B and C": lists that go
  on past a suburb's noun or a bearing's aside (not past a reference point's: "West of X, the villages of A and B, as
  well as the town of C, were shelled" lists A, B and C);
- "A in Bakhmut Raion, and B near Lyman": a name placed by its own bearing is not placed by a raion named earlier
  for other names;
- "tried to cross the Zherebets near Terny": a crossing tried near a place is an assault there, a river between;
- "retook A in early July, shortly after the separatists abandoned B on 5 July": a clause of time after a comma is a
  part of the sentence with its own date (not a fronted "In July, after ...");
- "attacks on X, which stands on high ground, intensified in April": the verb a relative clause's subject waits for
  is no participle's aside;
- "capture of A (June 2024), B and C (July 2024)": the date closing a name's list dates it, not the one before it;
- "near A and B, east of X, the town Ukrainian forces liberated": the noun apposition after a reference point, with
  its own clause, is that point's; "the city our brigade helped free" (our side, no pronoun);
- "after a missile strike on the centre of X"; "took back X"; a caption tells of its own day.
"""

from __future__ import annotations

import datetime as dt

import pytest
from _readings import check_reading, table

from mapper.model import Report
from mapper.pipeline import extract

SHAPES = [
    ("In the summer of 2024 Russian troops stormed Toretsk and its northern suburbs of Pivnichne and Druzhba.",
     {"Toretsk": "attacked", "Pivnichne": "attacked", "Druzhba": "attacked"}),
    ("In May Russian units attacked Novooleksandrivka, south-east of Pokrovsk, and the villages of Sokil and Yevhenivka.",
     {"Novooleksandrivka": "attacked", "Pokrovsk": "-", "Sokil": "attacked", "Yevhenivka": "attacked"}),
    ("West of Marinka, the villages of Novomykhailivka and Heorhiivka, as well as the town of Krasnohorivka, were shelled daily.",
     {"Marinka": "-", "Novomykhailivka": "attacked", "Heorhiivka": "attacked", "Krasnohorivka": "attacked"}),
    ("Russian infantry tried to cross the Zherebets near Terny overnight.", {"Terny": "attacked"}),
    ("Nothing changed near Torske and Zarichne, east of Lyman, the town Ukrainian forces liberated in October 2022.",
     {"Torske": "-", "Zarichne": "-", "Lyman": "liberated"}),
    ("Our gunners struck Russian infantry near Synkivka, north of Kupiansk, the city our brigade helped free in 2022.",
     {"Synkivka": "attacked", "Kupiansk": "liberated"}),
    ("Ukrainian forces took Storozheve, south of Velyka Novosilka, the third village they have retaken this week.",
     {"Storozheve": "liberated", "Velyka Novosilka": "-"}),
    ("Rescuers dig through the rubble after a Russian missile strike on the centre of Izium.", {"Izium": "attacked"}),
    ("In September our company took back the village of Oskil.", {"Oskil": "liberated"}),
    (("In April Russian troops took Kreminna and then pressed on Rubizhne, a town of 55,000 people that borders "
      "Sievierodonetsk on the north, which fell in May."), {"Rubizhne": "occupied", "Sievierodonetsk": "-"}),
]


# From genres_105, genres_107 and encyclopaedia_106 (new development sets).
FROM_NEW_SETS = [
    ("Officials said Ukrainian flags had also been raised in Bilozerka and Stanislav.",
     {"Bilozerka": "liberated", "Stanislav": "liberated"}),
    ("Our marines still hold part of Krynky, and the fighting there goes on every day.", {"Krynky": "attacked"}),
    (("By 12 November Arkhanhelske on the Inhulets and Mylove were back in Ukrainian hands, and Davydiv Brid on the "
      "Inhulets and Dudchany were retaken too."), {"Davydiv Brid": "liberated", "Dudchany": "liberated"}),
    ("Vysokopillia, which Russian units took in March, became the northern end of the bridgehead.",
     {"Vysokopillia": "occupied"}),
    ("Drones hit the port of Chornomorsk and the Danube ports of Izmail and Reni.",
     {"Chornomorsk": "attacked", "Izmail": "attacked", "Reni": "attacked"}),
    ("The front ran past the Kyivskyi district of Donetsk and the separatist-held villages of Spartak and Vesele.",
     {"Spartak": "occupied", "Vesele": "occupied"}),
    ("A Russian column aimed at Mykolaiv was stopped at Voznesensk.", {"Mykolaiv": "-"}),
    ("Air defences shot down most of the drones aimed at Odesa and Izmail.", {"Odesa": "attacked", "Izmail": "attacked"}),
    ("Russian boats landed troops near Kozachi Laheri overnight and were driven back.", {"Kozachi Laheri": "attacked"}),
    ("In Mykolaiv, which Russian troops failed to take and which missiles struck almost every night, people danced.",
     {"Mykolaiv": "attacked"}),
    ("Ukrainian units hold positions in Krynky on the left bank, where the enemy made three assaults today.",
     {"Krynky": "attacked"}),
    ("Analysts expect that further strikes on Odesa and Izmail are likely this month.", {"Odesa": "-", "Izmail": "-"}),
    ("The school in Bilozerka is a shell, and the children study online.", {"Bilozerka": "-"}),
    ("The family spent a month in Mykolaiv and then moved on to Odesa.", {"Odesa": "-"}),
    ("A Ukrainian gunner fires a mortar at Russian positions near Svatove.", {"Svatove": "attacked"}),
    ("Around Kherson, Antonivka and Sadove were shelled, and further west, Bilozerka and Stanislav.",
     {"Bilozerka": "attacked", "Stanislav": "attacked"}),
    ("Hroza, on the road from Kupiansk to Izium: village back under Ukrainian control",
     {"Hroza": "liberated", "Kupiansk": "-", "Izium": "-"}),
    # (captions_51)
    ("Claim that Russian troops captured Makariv on 9 March: false", {"Makariv": "-"}),
    ("Claim that Russian columns were leaving Ivankiv for Belarus on 31 March: true", {"Ivankiv": "liberated"}),
    ("09:15 Irpin: a mortar round lands among cars on the main road", {"Irpin": "attacked"}),
    ("People lay flowers in Irpin on 28 March 2023, the first anniversary of the town's liberation.", {"Irpin": "liberated"}),
    ("Soldiers stand by the bridge at Ivankiv, where they held off Russian columns in February.", {"Ivankiv": "attacked"}),
    ("21:05 Makariv: Ukrainian troops have driven Russian forces out of the town and raised the flag over it",
     {"Makariv": "liberated"}),
    ("Vylkove lies in the Danube delta and is reached from Izmail by a single road.", {"Vylkove": "-", "Izmail": "-"}),
    ("The Russian line held near Mylove through October under repeated Ukrainian assaults.", {"Mylove": "attacked"}),
    ("Attacks repelled near Synkivka, north of Kupiansk, the city Ukraine retook in September 2022.",
     {"Synkivka": "attacked", "Kupiansk": "liberated"}),
]


@pytest.mark.parametrize("sentence,expected", table({"shapes": SHAPES, "from_new_sets": FROM_NEW_SETS}))
def test_sentence_shapes(ua_gazetteer, sentence: str, expected: dict[str, str]) -> None:
    check_reading(ua_gazetteer, sentence, expected)


def test_a_name_placed_by_its_own_bearing_is_not_placed_by_a_raion_named_for_others(ua_gazetteer) -> None:
    sentence = "Bombs fell on Siversk and Zvanivka in Bakhmut Raion, and on Torske and Novoselivka near Lyman."
    placed = {e.mention.surface: e.place.geonameid for e in extract(sentence, ua_gazetteer, all_mentions=True) if e.place}
    assert placed["Novoselivka"] == 699185, placed  # (the village by Lyman, not the one in Bakhmut Raion)


def _dates(text: str, ua_gazetteer, day: dt.date = dt.date(2025, 1, 10)) -> dict[tuple[str, str], tuple[dt.date, str]]:
    report = Report(id="t", text=text, date=day)
    return {(e.mention.surface, e.status): (e.event_date, e.date_precision) for e in extract(report, ua_gazetteer) if e.status}


def test_a_clause_of_time_after_a_comma_has_its_own_date(ua_gazetteer) -> None:
    dated = _dates("Ukrainian troops retook Kostiantynivka in early July 2014, shortly after the separatists abandoned "
                   "Sloviansk and Kramatorsk on 5 July.", ua_gazetteer)
    assert dated[("Kostiantynivka", "liberated")] == (dt.date(2014, 7, 1), "month"), dated
    assert dated[("Sloviansk", "liberated")] == (dt.date(2014, 7, 5), "day"), dated


def test_a_fronted_time_before_a_clause_of_time_dates_the_main_clause(ua_gazetteer) -> None:
    dated = _dates("In July 2014, after Ukrainian forces had retaken Dzerzhynsk, Ukrainian troops fought on the outskirts "
                   "of Horlivka, but the offensive stalled in August.", ua_gazetteer)
    assert dated[("Horlivka", "attacked")] == (dt.date(2014, 7, 1), "month"), dated


def test_the_verb_after_a_relative_clause_is_no_participle_s_aside(ua_gazetteer) -> None:
    dated = _dates("Russian attacks on Chasiv Yar, which stands on high ground west of Bakhmut, intensified in April 2024.",
                   ua_gazetteer)
    assert dated[("Chasiv Yar", "attacked")] == (dt.date(2024, 4, 1), "month"), dated


def test_the_date_closing_a_list_dates_its_members(ua_gazetteer) -> None:
    dated = _dates("Result: the Russian capture of Ocheretyne (April 2024), Novooleksandrivka (June 2024), Prohres and "
                   "Vozdvyzhenka (July 2024)", ua_gazetteer)
    assert dated[("Prohres", "occupied")] == (dt.date(2024, 7, 1), "month"), dated
    assert dated[("Novooleksandrivka", "occupied")] == (dt.date(2024, 6, 1), "month"), dated


def test_a_caption_tells_of_its_own_day(ua_gazetteer) -> None:
    dated = _dates("Our gunners hit Russian infantry near Synkivka, north of Kupiansk, the city our brigade helped free "
                   "in September 2022.", ua_gazetteer, dt.date(2024, 11, 8))
    assert dated[("Synkivka", "attacked")] == (dt.date(2024, 11, 8), "day"), dated
    assert dated[("Kupiansk", "liberated")] == (dt.date(2022, 9, 1), "month"), dated


def test_a_name_that_lies_by_a_town_through_its_clause_is_placed_by_it(ua_gazetteer) -> None:
    sentence = "The Uspenivka that Russian troops took in November lies northeast of Huliaipole."
    placed = {e.mention.surface: e.place.admin1 for e in extract(sentence, ua_gazetteer, all_mentions=True) if e.place}
    assert placed["Uspenivka"] == "Zaporizhzhia Oblast", placed


def test_a_state_dated_by_the_seizure_its_clause_tells(ua_gazetteer) -> None:
    dated = _dates("Russian-installed officials in Nova Kakhovka, which Russian troops seized on the first day of the "
                   "invasion, said they were moving people out.", ua_gazetteer, dt.date(2022, 11, 11))
    assert dated[("Nova Kakhovka", "occupied")] == (dt.date(2022, 2, 24), "day"), dated


def test_an_apposition_s_date_describes_the_name(ua_gazetteer) -> None:
    dated = _dates("Marinka, a town of about 9,000 people before 2014, was fought over for two years until the Russian "
                   "ministry announced its capture on 25 December 2023.", ua_gazetteer, dt.date(2024, 3, 30))
    assert dated[("Marinka", "occupied")] == (dt.date(2023, 12, 25), "day"), dated
    dated = _dates("Russian forces captured Kherson, the only regional capital they took after the February invasion, in "
                   "the first days of March.", ua_gazetteer, dt.date(2022, 11, 11))
    assert dated[("Kherson", "occupied")][0].month == 3, dated


def test_a_name_beside_an_oblast_s_boundary_is_the_namesake_nearest_it(ua_gazetteer) -> None:
    sentence = "In August Russian troops pushed into the outskirts of Novoiehorivka, near the boundary with Luhansk Oblast."
    placed = {e.mention.surface: e.place.geonameid for e in extract(sentence, ua_gazetteer, all_mentions=True) if e.place}
    assert placed["Novoiehorivka"] == 699013, placed  # (the Kharkiv Oblast village by the boundary, not one 70 km farther)


def test_a_date_in_a_clause_on_another_event_does_not_date_the_sentence_s(ua_gazetteer) -> None:
    dated = _dates("Assaults repelled near Kyslivka and Kotliarivka, east of Kupiansk, the city Ukraine retook in September "
                   "2022, the General Staff says", ua_gazetteer, dt.date(2024, 12, 5))
    assert dated[("Kyslivka", "attacked")] == (dt.date(2024, 12, 5), "day"), dated
    dated = _dates("Units that took Avdiivka earlier this month are now storming positions near Tonenke and Orlivka.",
                   ua_gazetteer, dt.date(2024, 2, 28))
    assert dated[("Tonenke", "attacked")] == (dt.date(2024, 2, 28), "day"), dated
    dated = _dates("On 3 June 2015 separatist forces attacked Marinka in the largest assault since the Minsk ceasefire of "
                   "February 2015.", ua_gazetteer, dt.date(2016, 1, 1))
    assert dated[("Marinka", "attacked")] == (dt.date(2015, 6, 3), "day"), dated


def test_an_event_told_there_is_dated_by_its_own_clause(ua_gazetteer) -> None:
    dated = _dates("Burnt-out Russian tanks stand in a street in Bucha on March 1, 2022, after Ukrainian forces ambushed a "
                   "column there on February 27.", ua_gazetteer, dt.date(2022, 3, 1))
    assert dated[("Bucha", "attacked")] == (dt.date(2022, 2, 27), "day"), dated


def test_a_former_ukrainian_name_in_its_russian_form_finds_the_renamed_village(ua_gazetteer) -> None:
    sentence = "Russian defence ministry says its forces took Lastochkino, west of Avdeyevka"
    placed = {e.mention.surface: e.place.geonameid for e in extract(sentence, ua_gazetteer, all_mentions=True) if e.place}
    assert placed["Lastochkino"] == 9113130, placed  # (Krynychne, formerly Lastochkyne; not an abandoned namesake in Crimea)
