"""A thirty-eighth table of sentence shapes, with the full GeoNames dump: what the thirty-sixth session's reading of
``tests/data/genres_103`` and ``encyclopaedia_105`` (blind through the thirty-fifth) and of the new development set
``captions_52`` showed missing, each written in our own words about real events:

- "seized several villages in neighbouring Dnipropetrovsk Oblast", "the first settlement of Zaporizhzhia Oblast taken
  by its troops": an oblast that locates unnamed places takes no status of theirs;
- "For the village of X near Y, see Z": a hatnote's name is the other namesake, and the article's X is not it;
- "pressed for months on A, a village on the reservoir, and on neighbouring B": the list goes on past the apposition;
- "X, which faces Russian-occupied Y across the river, was shelled": the main verb is X's, not that of a name inside
  the relative clause (but "the plant, which stands outside Y, was hit" was hit at Y);
- "A and B, left by its Ukrainian garrison later that month": a participle's passive set off after the name;
- "liberated A and fought near B": a namesake beside its sentence's places, four times nearer them than another the
  report places later, stays;
- "the Kupiansk and Krasny Liman directions": directions named after towns, in the plural;
- "Y east of X, which it calls Z": the other name is that of the place the clause is set off after;
- "south-west of Kostiantynivka": the largest namesake, a city, anchors a bearing though only its size chose it;
- "two years ago this week": the anniversary's month;
- "explosions in the occupied towns of A and B", "in three occupied towns: A, the largest, B and C": the state's
  adjective says who holds them, the event before it what happened there;
- "went without water for days after the shelling": a place cut off by a strike; "casualties in A and B caused by
  artillery": an attack there;
- "A, between B and C: a drone drops ...": a caption's label placed between two towns;
- "pushed from the north-east on A and B"; "dropped a guided aerial bomb on X"; "died of his wounds in X", "was wounded in
  Y" (not "killed in a car crash near Z"); a flag "near the city's entrance" takes no town;
- "X: troops try again to break through ...", "X: troops reach the Oskil ...": a caption's label told of in the present;
  "tried to widen their foothold at X"; "sought to ... and reach X" (a goal);
- ", and a family was evacuated to X": a clause of its own after ", and a ...";
- "On 20 May ..., and with it X, was under Russian control; ... since 16 May": the date opening the clause;
- "the An-225 Mriya": an aircraft named after its type, no village; "A, a town on the road to B, which was destroyed":
  the clause is the town's, not B's;
- "X lies north-west of Donetsk" opening a sentence is the place the report names elsewhere, though an English word;
- "not the town of X west of Donetsk": the namesake along the note's bearing, not one as near in another direction;
- "the parts of X Oblast that Moscow claims as its own": an annexation, no capture;
- Russian names that translate a Ukrainian word rather than respell it ("Zheleznodorozhnoye" for Zaliznychne).
"""

from __future__ import annotations

import datetime as dt

import pytest
from _readings import check_reading, table

from mapper.model import Report
from mapper.pipeline import extract

SHAPES = [
    ("The ministry said its troops had taken several villages in neighbouring Dnipropetrovsk Oblast.",
     {"Dnipropetrovsk Oblast": "-"}),
    ("Russian forces seized a handful of border villages in northern Kharkiv Oblast in May 2024.",
     {"Kharkiv Oblast": "-"}),
    ("The ministry named Dachne the first settlement of Dnipropetrovsk Oblast taken by its troops.",
     {"Dnipropetrovsk Oblast": "-"}),
    ("Russian assault groups pressed for weeks on Stepnohirsk, a village on the reservoir, and on neighbouring Prymorske.",
     {"Stepnohirsk": "attacked", "Prymorske": "attacked"}),
    ("Nikopol, which faces Enerhodar across the drained reservoir, was shelled almost every night.",
     {"Nikopol": "attacked", "Enerhodar": "-"}),
    ("Vuhledar and Velyka Novosilka, left by their Ukrainian garrisons within four months, were the last towns there.",
     {"Velyka Novosilka": "occupied"}),
    ("Explosions were heard in the occupied towns of Tokmak and Polohy overnight.",
     {"Tokmak": "attacked", "Polohy": "attacked"}),
    ("Partisans struck in three occupied towns: Melitopol, the largest, Berdiansk and Tokmak.",
     {"Melitopol": "attacked", "Berdiansk": "attacked", "Tokmak": "attacked"}),
    ("Beryslav and Tiahynka went without water for days after the shelling.",
     {"Beryslav": "attacked", "Tiahynka": "attacked"}),
    ("Doctors counted civilian casualties in Nikopol and Marhanets caused by Russian artillery.",
     {"Nikopol": "attacked", "Marhanets": "attacked"}),
    ("There were no casualties in Nikopol.", {"Nikopol": "-"}),
    ("The ministry spoke of a buffer zone for the parts of Luhansk Oblast that Moscow claims as its own.",
     {"Luhansk Oblast": "-"}),
    ("On 3 March a second column pushed from the north-east on Pavlopil and Talakivka.",
     {"Pavlopil": "attacked", "Talakivka": "attacked"}),
    ("In the evening the enemy dropped a guided aerial bomb on Kupiansk.", {"Kupiansk": "attacked"}),
    ("A drone hit a house in Petropavlivka, and a family was evacuated to Balakliia.",
     {"Petropavlivka": "attacked", "Balakliia": "-"}),
    ("A man died of his wounds in Oleshky, and a woman was wounded in Hola Prystan.",
     {"Oleshky": "attacked", "Hola Prystan": "attacked"}),
    ("The official was killed in a car crash near Henichesk.", {"Henichesk": "-"}),
    ("Synkivka: Russian infantry try once more to break through north of the village and are driven back",
     {"Synkivka": "attacked"}),
    ("Kolisnykivka: Russian troops reach the Oskil south of Kupiansk", {"Kolisnykivka": "attacked", "Kupiansk": "-"}),
    ("Russian units tried to widen their foothold at Dvorichna.", {"Dvorichna": "attacked"}),
    ("Russian troops sought to cross the river at Voznesensk and reach Mykolaiv.", {"Mykolaiv": "-"}),
    ("Missiles that can reach Odesa were moved to Crimea.", {"Odesa": "-"}),
    ("Separatist units advanced on Volnovakha, a railway town on the road to Donetsk, which was nearly destroyed.",
     {"Volnovakha": "attacked", "Donetsk": "-"}),
    ("Milbloggers claimed that Russian troops entered Kupiansk and raised a flag near the city's northern entrance.",
     {"Kupiansk": "attacked"}),
    ("Malokaterynivka, between Zaporizhzhia and Orikhiv: a drone drops a grenade on a car",
     {"Malokaterynivka": "attacked", "Zaporizhzhia": "-", "Orikhiv": "-"}),
]


@pytest.mark.parametrize("sentence,expected", table({"shapes": SHAPES}))
def test_sentence_shapes(ua_gazetteer, sentence: str, expected: dict[str, str]) -> None:
    check_reading(ua_gazetteer, sentence, expected)


def _placed(text: str, ua_gazetteer) -> dict[str, list[int]]:
    placed: dict[str, list[int]] = {}
    for event in extract(text, ua_gazetteer, all_mentions=True):
        if event.place is not None:
            placed.setdefault(event.mention.surface, []).append(event.place.geonameid)
    return placed


def test_a_hatnote_s_name_is_the_other_namesake(ua_gazetteer) -> None:
    text = ("For the village of Novopavlivka near Pokrovsk, see Pokrovsk offensive.\n\n"
            "Through the autumn glide bombs fell on Novopavlivka, south of Mezhova, and on Maliivka.")
    placed = _placed(text, ua_gazetteer)
    assert placed["Novopavlivka"] == [9112183, 699373], placed  # (the hatnote's by Pokrovsk; the article's by Mezhova)


def test_a_namesake_beside_its_sentence_s_places_stays_there(ua_gazetteer) -> None:
    text = ("Ukrainian troops liberated Robotyne in August 2023 and fought near Verbove in September. "
            "In November 2025 Russian units attacked near Verbove, in Dnipropetrovsk Oblast, north of Uspenivka.")
    placed = _placed(text, ua_gazetteer)
    assert placed["Verbove"] == [689965, 689982], placed  # (by Robotyne in Zaporizhzhia Oblast; then by Uspenivka)


def test_directions_named_after_towns_in_the_plural(ua_gazetteer) -> None:
    placed = _placed("The enemy lost hundreds of men in the Kupyansk and Krasny Liman directions.", ua_gazetteer)
    assert placed["Krasny Liman"] == [704204], placed  # (Lyman, formerly Krasnyi Lyman; not a village named so)


def test_a_name_a_side_calls_a_place_by_is_that_of_the_place_the_clause_follows(ua_gazetteer) -> None:
    placed = _placed("Russian MoD claims 'Nikolayevka' east of Myrnohrad, which it calls Dimitrov", ua_gazetteer)
    assert placed["Dimitrov"] == [710035], placed


def test_a_city_chosen_by_its_size_anchors_a_bearing(ua_gazetteer) -> None:
    placed = _placed("Footage shows Russian infantry on the edge of Stepanivka, south-west of Kostiantynivka", ua_gazetteer)
    assert placed["Stepanivka"] == [692588], placed  # (the village by Kostiantynivka, not the Sumy Oblast one)


def test_an_anniversary_s_week_gives_the_event_s_month(ua_gazetteer) -> None:
    report = Report(id="t", text="Two years ago this week, Ukrainian troops raised the flag over Robotyne.",
                    date=dt.date(2025, 8, 29))
    dated = {(e.mention.surface, e.status): (e.event_date, e.date_precision) for e in extract(report, ua_gazetteer)}
    assert dated[("Robotyne", "liberated")] == (dt.date(2023, 8, 1), "month"), dated


def test_a_russian_name_that_translates_the_ukrainian_finds_the_village(ua_gazetteer) -> None:
    text = "The ministry said its units struck AFU formations in the areas of Gulyaipole and Zheleznodorozhnoye."
    placed = _placed(text, ua_gazetteer)
    assert placed["Zheleznodorozhnoye"] == [687796], placed  # (Zaliznychne by Huliaipole, not a Crimean namesake)


def test_a_name_the_report_writes_as_a_place_is_one_at_the_head_of_a_sentence(ua_gazetteer) -> None:
    placed = _placed("Russian units attacked near Pisky in August. Pisky lies north-west of Donetsk.", ua_gazetteer)
    assert placed["Pisky"] == [9113066, 9113066], placed  # (an old English word too, but a place in this report)


def test_a_note_s_bearing_sets_apart_the_namesake_that_lies_along_it(ua_gazetteer) -> None:
    text = ("North of Avdiivka Russian units attacked near Krasnohorivka and Stepove. "
            "This Krasnohorivka is a village, not the town of Krasnohorivka west of Donetsk.")
    placed = _placed(text, ua_gazetteer)
    assert placed["Krasnohorivka"] == [9113135, 9113135, 704393], placed


def test_a_date_opening_its_clause_outweighs_one_across_a_semicolon(ua_gazetteer) -> None:
    report = Report(id="t", date=dt.date(2022, 6, 1), text=(
        "On 20 May the ministry said that the defenders had surrendered and that the steelworks, and with it the whole of "
        "Mariupol, was under Russian control; some 2,400 soldiers had been taken prisoner there since 16 May."))
    dated = {(e.mention.surface, e.status): (e.event_date, e.date_precision) for e in extract(report, ua_gazetteer)}
    assert dated[("Mariupol", "occupied")] == (dt.date(2022, 5, 20), "day"), dated


def test_an_aircraft_s_name_after_its_type_is_no_place(ua_gazetteer) -> None:
    placed = _placed("Shelling at Hostomel destroyed the Antonov An-225 Mriya in its hangar.", ua_gazetteer)
    assert "Mriya" not in placed and "Hostomel" in placed, placed  # (the aircraft, not the village of Mriia)
