"""A thirty-fifth table of sentence shapes, with the full GeoNames dump: what the thirty-third session's reading of
``tests/data/captions_44`` and ``encyclopaedia_95`` (blind through the thirty-second) showed missing, each written in
our own words about real events:

- "a claim Kyiv has not confirmed": a government's name before a negated verb of speech is the government;
- "in the occupied port city", "the Russian-held border town": a caption's label is the town a state adjective
  describes, with a word for the kind of town between;
- "in the northern Kherson Oblast town", "a Kharkiv region village": the oblast only says where the town is;
- "ahead of the Russian advance": an event that has not come (no attack);
- "troops have left the island": an island is a place a label's event can be told of by its noun;
- "Moscow says X has fallen; Ukrainian officers reject the claim and say they are clearing infiltrators from its
  streets": the fighting told in the answer stands (attacked);
- "a year after Moscow claimed the city": counted back to the month, as an anniversary is.

From the new development sets ``genres_100``, ``encyclopaedia_101``, ``captions_47``, ``encyclopaedia_102`` and
``captions_48``: lists going on past a direction's town, a speaker's own troops, buildings taken inside a town, an
apposition "further south", intransitive "burned", "described X as taken", a hatnote's series of namesakes, a fronted
town's change of hands, the ends of a link, a republic placing a name, vehicles leaving, and captions in a Russian
source's words (the tricolour, Ukraine's groups of forces by name, "our units" in Russian spelling, a claim rejected
after the fighting it concedes).
"""

from __future__ import annotations

import datetime as dt

import pytest
from _readings import check_reading, table

from mapper.model import Report
from mapper.pipeline import extract

SHAPES = [
    ("Velyka Pysarivka: Moscow claims the capture of the village, a claim Kyiv has not confirmed",
     {"Kyiv": "-"}),
    ("Velyka Pysarivka: Russia says its troops took the village; Kyiv did not comment", {"Kyiv": "-"}),
    ("Skadovsk: a Russian patrol boat burns in the harbour of the occupied port city", {"Skadovsk": "occupied"}),
    ("Vovchansk: fires after a glide bomb strike on the Russian-held border town", {"Vovchansk": "attacked"}),
    ("Vysokopillia: soldiers hoist the flag over the school in the northern Kherson Oblast town",
     {"Vysokopillia": "liberated", "Kherson Oblast": "-"}),
    ("A guided bomb hit a shop in a Kharkiv Oblast village near the border.", {"Kharkiv Oblast": "-"}),
    ("Myrnohrad: families leave by bus ahead of the Russian advance", {"Myrnohrad": "-"}),
    ("Residents of Kostiantynivka were evacuated in anticipation of an assault on the town.", {"Kostiantynivka": "-"}),
    ("Snake Island: Russian troops have left the island, the ministry says", {"Snake Island": "liberated"}),
    (("Vovchansk: Moscow says the town has fallen; Ukrainian commanders reject the claim and say they are clearing "
      "Russian assault groups from its streets"), {"Vovchansk": "attacked"}),
]


# From genres_100, encyclopaedia_101 and captions_47 (new development sets).
FROM_GENRES_100 = [
    (("Shelling hit more than a dozen settlements, among them Tsyrkuny and Ruska Lozova in the Kharkiv direction and "
      "Kupiansk-Vuzlovyi in the Kupiansk direction."),
     {"Ruska Lozova": "attacked", "Kupiansk-Vuzlovyi": "attacked", "Kharkiv": "-", "Kupiansk": "-"}),
    ("Orikhiv: Russian-installed officials said their troops had withdrawn from Robotyne", {"Robotyne": "liberated"}),
    ("In Toretsk, the Ukrainian brigade has cleared several buildings of the mine of Russian infantry.",
     {"Toretsk": "attacked"}),
    ("Ukrainian troops said they had pushed Russian soldiers out of most of the coke plant in Avdiivka.",
     {"Avdiivka": "attacked"}),
    ("Timeline: the seizure of the plant and of Enerhodar (March 2022).", {"Enerhodar": "occupied"}),
    ("Enerhodar: smoke over the reactor halls as Russian troops seize the plant and the town", {"Enerhodar": "occupied"}),
    ("Sviatohirsk was shelled for weeks, and Bohorodychne, further south, fell in early June.",
     {"Bohorodychne": "occupied"}),
    ("The fuel depot in Kalynivka burned for two days after the drone strike.", {"Kalynivka": "attacked"}),
    ("By the autumn Russian bloggers described Synkivka as taken.[12]", {"Synkivka": "occupied"}),
    ("Buses took evacuees along the road to Zaporizhzhia, and by evening some two thousand vehicles had left the city.",
     {"Zaporizhzhia": "-"}),
    ("Luhanske and Myronivskyi, Ukrainian-held villages north of Svitlodarsk, were shelled again.",
     {"Luhanske": "attacked", "Myronivskyi": "attacked", "Svitlodarsk": "-"}),
    ("Across the boundary in Luhansk Oblast, the village of Krymske was shelled through the winter.",
     {"Krymske": "attacked", "Luhansk Oblast": "-"}),
    ("Russian units attacked Kodema and the other Zaitseve in August 2022.", {"Zaitseve": "attacked"}),
    ("In September 2022 the counteroffensive swept them from Balakliia, Shevchenkove and Kupiansk.",
     {"Balakliia": "liberated", "Shevchenkove": "liberated", "Kupiansk": "liberated"}),
    ("In Lysychansk, Russian troops fought their way into the city, and Ukrainian forces withdrew on 2 July.",
     {"Lysychansk": "occupied"}),
]


# From captions_48 (a new development set): captions in a Russian source's words, and Ukrainian answers to them.
FROM_CAPTIONS_48 = [
    ("Ugledar: marines of the Vostok group raise the tricolour over the town hall", {"Ugledar": "occupied"}),
    ("Kurakhove: the Khortytsia group command orders units to withdraw from the town", {"Kurakhove": "occupied"}),
    ("Selidovo salient: our assault units have left Novogrodovka for better lines after AFU counterattacks",
     {"Novogrodovka": "liberated"}),
    ("Volchansk: the defence minister reports to the commander-in-chief that the town has been fully liberated",
     {"Volchansk": "occupied"}),
    (("Chasiv Yar: Ukrainian units are still fighting in the western districts, the brigade says, rejecting Moscow's "
      "claim of capture"), {"Chasiv Yar": "attacked"}),
    ("Kupiansk: our units have left the village of Synkivka", {"Kupiansk": "-", "Synkivka": "occupied"}),
    ("Video from near Ugledar: Vostok group artillery works on AFU positions on the town's edge", {"Ugledar": "attacked"}),
]


@pytest.mark.parametrize("sentence,expected", table({"shapes": SHAPES, "from_genres_100": FROM_GENRES_100,
                                                         "from_captions_48": FROM_CAPTIONS_48}))
def test_sentence_shapes(ua_gazetteer, sentence: str, expected: dict[str, str]) -> None:
    check_reading(ua_gazetteer, sentence, expected)


def test_a_claim_whose_denial_tells_no_fighting_is_taken_back(ua_gazetteer) -> None:
    sentence = "Moscow said its troops were clearing Vovchansk of Ukrainian units, a claim Kyiv rejected."
    read = {e.status for e in extract(sentence, ua_gazetteer, all_mentions=True) if e.mention.surface == "Vovchansk"}
    assert read == {None}, read


@pytest.mark.parametrize(("text", "date", "precision"), [
    ("Bakhmut: the ruins seen from a drone a year after Moscow claimed the city", "2023-05-01", "month"),
    ("Two years after Russian troops captured Mariupol, the theatre is still a ruin.", "2022-05-01", "month"),
    ("Rescuers finished on Monday, a day after missiles struck Sumy.", "2024-05-19", "day"),
])
def test_years_after_an_event_count_back_to_its_month(ua_gazetteer, text: str, date: str, precision: str) -> None:
    report = Report(id="t", text=text, date=dt.date(2024, 5, 20))
    dated = [(e.event_date, e.date_precision) for e in extract(report, ua_gazetteer) if e.status]
    assert dated == [(dt.date.fromisoformat(date), precision)], dated


def test_fighting_a_fronted_relative_tells_stands_beside_the_change(ua_gazetteer) -> None:
    sentence = "In Moshchun, where fighting had raged for a week, officials said the Russian units had been driven out."
    read = {e.status for e in extract(sentence, ua_gazetteer, all_mentions=True) if e.mention.surface == "Moshchun"}
    assert read == {"attacked", "liberated"}, read


def test_a_hatnote_naming_two_namesakes_in_one_oblast_sets_both_apart(ua_gazetteer) -> None:
    text = ("Not to be confused with the city of Kamianske or the town of Pyatykhatky, both in Dnipropetrovsk Oblast.\n\n"
            "In June 2023 Ukrainian brigades reported the liberation of Pyatykhatky, and Russian artillery shelled Kamianske.")
    placed = [(e.mention.surface, e.place.geonameid) for e in extract(text, ua_gazetteer, all_mentions=True)
              if e.place and e.mention.surface in ("Kamianske", "Pyatykhatky")]
    assert placed[:2] == [("Kamianske", 709932), ("Pyatykhatky", 695965)], placed  # the note's own: the city, the town
    assert not {place for _, place in placed[2:]} & {709932, 695965}, placed  # the article's: not those


def test_a_republic_named_beside_a_name_places_it_in_its_oblast(ua_gazetteer) -> None:
    sentence = "Captured marines were taken to a camp at Olenivka, in DPR-held territory."
    placed = {e.mention.surface: e.place.admin1 for e in extract(sentence, ua_gazetteer, all_mentions=True) if e.place}
    assert placed["Olenivka"] == "Donetsk Oblast", placed


def test_a_note_that_places_the_other_namesake_by_a_town_sets_aside_the_nearest(ua_gazetteer) -> None:
    text = ("In 2016 separatist fire hit Zaitseve, the village north of Horlivka, almost daily.\n\n"
            "In August 2022 Wagner units attacked the other Zaitseve, a village south-east of Bakhmut that shares its name "
            "with the village north of Horlivka.")
    placed = [e.place.geonameid for e in extract(text, ua_gazetteer, all_mentions=True) if e.mention.surface == "Zaitseve"]
    assert placed == [687470, 687468], placed
