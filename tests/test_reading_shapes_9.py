"""A ninth table of sentence shapes, with the full GeoNames dump: what a session's own sentences and three
first-read sets (``tests/data/encyclopaedia_7``, ``tests/data/encyclopaedia_9``, ``tests/data/genres_11``)
showed missing, each written in our own words about real events.

- a place lost: "X was lost" (the attacker gains it, as with "fell"), "the Russians lost X" (who lost it
  withdrew); not "lost power", "lost positions near X", "regain lost positions";
- a side named by its abbreviation in parentheses ("(LPR) forces ..., where they took X");
- a capture told by a fronted gerund ("After capturing X in May, Russian forces ..."): the main clause's subject
  took it;
- a town that "fell" in a story of Ukrainian gains, in a sentence that names a Russian side, fell to it
  ("After the fall of Avdiivka, Russian units renewed their attacks"), not to the side the story follows;
- a relative whose noun is the event ("A and B, whose capture the ministry claimed");
- a series of "of" legs after a nominal change ("the capture of A on 24 April, of B on 26 April and of C");
- a label that says where its place lies, with a name ("X, on the northern edge of Y:", "X, near Y:") or in words
  ("X, close to the border:"): the event after it is X's, Y only locates; a headline's participle after an
  apposition ("Andriivka, south of Bakhmut, retaken");
- a label's line that names only the weapons that struck ("X hromada: drone drops (4 explosions)"); "dropped an
  explosive device" after a place's label; "moved to Russian-held X" (a preposition, no infinitive);
- a city in a list of villages far from it all, a village of its name beside them ("12 attacks near Oleksiivka,
  Zaporizhzhia, Komyshuvakha and Perebudova"), is the village;
- captions: the Russian ministry's "regrouping" of its troops from a place (a withdrawal); "pulled out of the town";
  a claim denied by its claimer's name ("denies Shoigu's claim that ...") or by the place told of again
  ("...; Ukraine denies the town has fallen"); "returns to Ukrainian control"; smoke over a place;
  infiltration into a town's part ("infiltrated the northern part of X", "infiltration groups in northern X");
  "under Russian mortar fire"; "X is under its control" as the Russian ministry says it; "after driving Russian troops out" after a
  place's label; soldiers posing with the flag;
- an attempt to cross a river at a place is an assault on it (a crossing made names the place only as where);
  a series of legs "through" ("pushed through A and B, and from the north through C");
- a river named on the way of an attack, on whose bank or islands it was ("attacked positions on the left bank of
  the Dnipro near X"); "hitting A, B and C";
- a name in Russian spelling right beside a place abroad is abroad ("in Kursk Oblast near Sudzha and Plekhovo");
- an oblast that only says where unnamed places lie ("border settlements of Sumy Oblast came under fire");
- an offensive turned against a place ("Wagner turned north against Soledar");
- ground retaken near a place ("took back three square kilometres near X"): fought over near it, no change of
  its own control;
- "changed hands": fought over, with no change of control said;
- the way an attack went before where it was ("attacked along the railway and the main road near X");
- the troops that held a list, named right before it, withdrawing ("the Ukrainian units in A and B withdrew", "the
  Russian garrison in X retreated": what they held, they left; the garrison's standing state ends);
- "after the Ukrainian withdrawal from X" is a withdrawal from X (the caption's "in X after the Ukrainian
  withdrawal" still is);
- an apposition with a number's thousands in it ("X, a town of 55,000 north of Y, was captured");
- an apposition that holds a relative clause about its own noun and closes before the verb ("X, a village north
  of the town that should not be confused with Y, was attacked"): the verb is X's.
"""

from __future__ import annotations

import pytest
from _readings import check_reading, table

LOST = [
    ("Ukraine lost Avdiivka in February 2024 after a four-month battle.", {"Avdiivka": "occupied"}),
    ("The Russians lost Lyman on 1 October 2022.", {"Lyman": "liberated"}),
    ("The Russians lost the town of Lyman on 1 October 2022.", {"Lyman": "liberated"}),
    ("Russian troops took Vodiane in February. By the end of 2023 Marinka had been lost.", {"Marinka": "occupied"}),
    ("Russian troops took Zvanivka in August. In the east, Bilohorivka was finally lost as well.",
     {"Bilohorivka": "occupied"}),
    ("Marinka was lost to Russian forces in December 2023.", {"Marinka": "occupied"}),
    ("Kupiansk lost power and water for two days.", {"Kupiansk": "-"}),
    ("Russian forces lost 30 tanks and armoured vehicles near Vuhledar in February 2023.", {"Vuhledar": "-"}),
    ("The enemy tried to regain lost positions near Klishchiivka.", {"Klishchiivka": "attacked"}),
]

CONTESTED = [
    ("In January 2023 Wagner turned north against Soledar, a salt-mining town.", {"Soledar": "attacked"}),
    ("That summer the Russian army turned its main effort south, against Soledar and Bakhmut.",
     {"Soledar": "attacked", "Bakhmut": "attacked"}),
    ("A spokesman said Ukrainian troops had taken back roughly three square kilometres near Klishchiivka.",
     {"Klishchiivka": "attacked"}),
    ("Russian units lost ground near Robotyne.", {"Robotyne": "-"}),
    ("Robotyne and Verbove changed hands several times in August.", {"Robotyne": "attacked", "Verbove": "attacked"}),
]

ROUTES = [
    ("Russian units attacked along the railway line near Novobakhmutivka.", {"Novobakhmutivka": "attacked"}),
    (("Russian infantry kept attacking along the railway and the main road near Mykhailivka, a village just east of "
     "Selydove, and near Marynivka."), {"Mykhailivka": "attacked", "Marynivka": "attacked", "Selydove": "-"}),
]

WITHDRAWALS = [
    ("The Ukrainian units in Hirske and Zolote withdrew on 24 June.", {"Hirske": "occupied", "Zolote": "occupied"}),
    ("Ukrainian troops in Avdiivka pulled out on 17 February.", {"Avdiivka": "occupied"}),
    # a passive is no withdrawal of theirs
    ("In any case, Russian forces in Kharkiv were left understrength before 6 September.", {"Kharkiv": "-"}),
    ("After the Ukrainian withdrawal from Avdiivka on 17 February 2024, Russian troops pushed west along the railway.",
     {"Avdiivka": "occupied"}),
    ("A Russian flag over the ruined coke plant in Avdiivka after the Ukrainian withdrawal", {"Avdiivka": "occupied"}),
]

APPOSITIONS = [
    (("Russian units took Kreminna in April. Rubizhne, a town of 55,000 north of Sievierodonetsk, was captured in the "
     "middle of May."), {"Rubizhne": "occupied", "Sievierodonetsk": "-"}),
    ("Zvanivka, a village north of Siversk that Russian troops had shelled for weeks, was lost in August.",
     {"Zvanivka": "occupied", "Siversk": "-"}),
    (("Russian troops advanced north of Kharkiv. Ruski Tyshky, a village on the road north of the city that the "
     "army later retook, was shelled daily."), {"Ruski Tyshky": "attacked"}),
    ("Derhachi and Mala Danylivka, north of the city, which were also shelled repeatedly, lie on the Belgorod road.",
     {"Derhachi": "attacked", "Mala Danylivka": "attacked"}),
]

FALLS = [
    (("Ukrainian troops held the line. Meanwhile, Russian and Luhansk People's Republic (LPR) forces attacked south of "
     "Lysychansk, where they took Toshkivka."), {"Toshkivka": "occupied"}),
    ("After capturing Rubizhne in May, Russian forces approached Sievierodonetsk from the north and east.",
     {"Rubizhne": "occupied", "Sievierodonetsk": "-"}),
    # in a story of Ukrainian gains, a town that fell while Russian units pressed on fell to them
    (("Ukrainian brigades retook Klishchiivka and Andriivka in September 2023. After the fall of Avdiivka in "
     "February 2024, Russian units renewed their attacks on the southern flank."), {"Avdiivka": "occupied"}),
    (("Ukrainian troops liberated Urozhaine in August 2023. After the fall of Vuhledar in October 2024 Russian troops "
     "attacked Velyka Novosilka from the east."), {"Vuhledar": "occupied"}),
    ("Ukrainian forces retook Kupiansk on 10 September. The fall of Izium the same day was a rout.",
     {"Izium": "liberated"}),
]

SERIES = [
    (("The Russian Ministry of Defence claimed the capture of Novobakhmutivka on 24 April, of Soloviove on 26 April "
     "and of Semenivka and Berdychi on 28 April."),
     {"Soloviove": "occupied", "Semenivka": "occupied", "Berdychi": "occupied"}),
    ("Kyiv announced the liberation of Klishchiivka on 17 September and of Andriivka a day earlier.",
     {"Andriivka": "liberated"}),
    ("Russian units pushed through Maksymilianivka and Hostre, and from the north through Tsukuryne and Berestky.",
     {"Tsukuryne": "attacked", "Berestky": "attacked"}),
    (("Pressing north, Russian forces attacked Arkhanhelske and Keramik, whose capture the Russian Ministry of Defence "
     "claimed in May."), {"Arkhanhelske": "occupied", "Keramik": "occupied"}),
    # a place after a bearing locates the one before it, no leg of a series
    ("Russia's defence ministry claimed the capture of Ocheretyne, north-west of Avdiivka.",
     {"Ocheretyne": "occupied", "Avdiivka": "-"}),
]

CROSSINGS = [
    ("Russian units repeatedly tried to cross the river at Moshchun in March.", {"Moshchun": "attacked"}),
    ("An attempt to cross the river at Bilohorivka failed in the second week of May.", {"Bilohorivka": "attacked"}),
    ("Around 13 September Ukrainian forces crossed the river near Borova and set up a bridgehead.", {"Borova": "-"}),
]

LABELS = [
    ("Novoselivka, on the northern edge of Chernihiv: a house burns after overnight shelling",
     {"Novoselivka": "attacked", "Chernihiv": "-"}),
    ("Serhiivka, near Bilhorod-Dnistrovskyi: a block of flats partly collapsed after a night missile strike",
     {"Serhiivka": "attacked", "Bilhorod-Dnistrovskyi": "-"}),
    ("Kozacha Lopan, close to the border: residents greet Ukrainian soldiers as Russian troops pull back",
     {"Kozacha Lopan": "liberated"}),
    ("Andriivka, south of Bakhmut, retaken, brigade says", {"Andriivka": "liberated", "Bakhmut": "-"}),
    ("Bilopillia hromada: a guided aerial bomb and FPV drones (6 explosions).", {"Bilopillia hromada": "attacked"}),
    ("Esman hromada: drone drops (4 explosions).", {"Esman hromada": "attacked"}),
    ("Kupiansk: residents queue for water at a truck", {"Kupiansk": "-"}),
    ("Putyvl: a UAV dropped an explosive device (1 explosion).", {"Putyvl": "attacked"}),
    ("The occupation administration has moved to Russian-held Henichesk, near the Crimean isthmus.",
     {"Henichesk": "occupied"}),
]

CAPTIONS = [
    ("Russian MoD announces the 'regrouping' of its troops from the Balakleya and Izyum areas",
     {"Balakleya": "liberated", "Izyum": "liberated"}),
    ("Soldiers walk past a wrecked hangar at the airfield in Hostomel after Russian forces pulled out of the town",
     {"Hostomel": "liberated"}),
    ("Ukraine's navy denies Shoigu's claim that Russian troops have taken Krynky", {"Krynky": "-"}),
    ("Ukrainian military rejects Gerasimov's claim that Russian troops have taken Kupyansk", {"Kupyansk": "-"}),
    ("Russian defence ministry claims the capture of Soledar; Ukraine denies the town has fallen", {"Soledar": "-"}),
    ("Lyman returns to Ukrainian control after Russian forces pull out", {"Lyman": "liberated"}),
    ("Vovchansk: smoke over the town as Russian troops push across the border", {"Vovchansk": "attacked"}),
    ("Russian troops infiltrated the northern part of Kupiansk, Ukrainian commanders said", {"Kupiansk": "attacked"}),
    ("Russian infiltration groups in northern Kupiansk; Ukrainian units sweeping the streets", {"Kupiansk": "attacked"}),
    ("Civilians flee Irpin over a wrecked bridge under Russian mortar fire", {"Irpin": "attacked"}),
    ("Russian Defence Ministry says Mariupol is completely under its control", {"Mariupol": "occupied"}),
    ("The Ukrainian General Staff said Kupiansk remains under its control.", {"Kupiansk": "-"}),
    ("Makarivka: marines walk through the village after driving Russian troops out", {"Makarivka": "liberated"}),
    ("Neskuchne: soldiers pose with the flag beside a burnt-out tank", {"Neskuchne": "liberated"}),
]

BANKS = [
    (("The occupiers unsuccessfully attacked the positions of Ukrainian units on the left bank of the Dnipro near "
     "Krynky 4 times."), {"Krynky": "attacked", "Dnipro": "-"}),
    (("Russia fired more than 40 missiles at Ukrainian cities on Monday, hitting Kyiv, Dnipro, Kryvyi Rih and "
     "Kramatorsk, officials said."), {"Dnipro": "attacked", "Kramatorsk": "attacked"}),
]

ABROAD = [
    ("Fighting continued in Kursk Oblast near Sudzha and Plekhovo on Wednesday.", {"Plekhovo": "-"}),
    ("Russian troops repelled attempts to break through near Lyubimovka and Novoivanovka in Russia's Kursk region.",
     {"Lyubimovka": "-", "Novoivanovka": "-"}),
    ("Ukrainian forces continued operations south of Korenevo near Martynovka and Olgovka.",
     {"Martynovka": "-", "Olgovka": "-"}),
    # a Ukrainian village in its own spelling stays Ukrainian beside a Russian region
    ("Shells fired from Kursk Oblast hit Khotin and Yunakivka overnight.", {"Khotin": "attacked", "Yunakivka": "attacked"}),
]

UNNAMED_PLACES = [
    ("Border settlements of Sumy Oblast came under artillery fire from the territory of Kursk Oblast.",
     {"Sumy Oblast": "-"}),
    ("The enemy also struck border areas of Sumy Oblast with 40 artillery shells.", {"Sumy Oblast": "-"}),
]

GROUPS = {"unnamed places": UNNAMED_PLACES, "abroad": ABROAD, "banks": BANKS, "crossings": CROSSINGS, "captions": CAPTIONS, "series": SERIES, "labels": LABELS, "falls": FALLS, "lost": LOST, "contested": CONTESTED, "routes": ROUTES, "withdrawals": WITHDRAWALS,
          "appositions": APPOSITIONS}


@pytest.mark.parametrize("sentence,expected", table(GROUPS))
def test_sentence_reading(ua_gazetteer, sentence: str, expected: dict[str, str]) -> None:
    check_reading(ua_gazetteer, sentence, expected)


def test_the_apposition_holding_a_namesake_note_leaves_the_verb_to_its_head(ua_gazetteer) -> None:
    from mapper.pipeline import extract

    text = ("Russian troops shelled Huliaipole. Dobropillia, a village north of the town that is not to be "
            "confused with the town of Dobropillia in Donetsk Oblast, was also attacked.")
    events = [e for e in extract(text, ua_gazetteer, all_mentions=True) if e.mention.surface == "Dobropillia"]
    assert [e.status for e in events] == ["attacked", None]


def test_a_city_in_a_list_of_villages_far_from_it_is_the_village_beside_them(ua_gazetteer) -> None:
    from mapper.pipeline import extract

    text = ("In the Novopavlivka direction, our troops stopped 12 attacks near Oleksiivka, Zaporizhzhia, Komyshuvakha "
            "and Perebudova.")
    places = {e.mention.surface: e.place for e in extract(text, ua_gazetteer, all_mentions=True)}
    assert places["Zaporizhzhia"] is not None and places["Zaporizhzhia"].geonameid == 9112866  # the village
    city = "Missiles struck Kharkiv, Zaporizhzhia and Dnipro overnight."
    places = {e.mention.surface: e.place for e in extract(city, ua_gazetteer, all_mentions=True)}
    assert places["Zaporizhzhia"] is not None and places["Zaporizhzhia"].geonameid == 687700  # the city


def test_a_russian_spelling_beside_a_place_abroad_is_abroad(ua_gazetteer) -> None:
    from mapper.pipeline import extract

    events = list(extract("Fighting continued in Kursk Oblast near Sudzha and Plekhovo.", ua_gazetteer, all_mentions=True))
    plekhovo = next(e for e in events if e.mention.surface == "Plekhovo")
    assert plekhovo.place is None and plekhovo.resolution.startswith("foreign")


def test_a_village_the_title_places_in_an_oblast_stays_there_when_nothing_tells_its_namesakes_apart(ua_gazetteer) -> None:
    from mapper.pipeline import extract_reports
    from mapper.reports import report_from_text

    caption = report_from_text("Russian assault groups push into Pishchane but fail to hold the street", "c1",
                               title="Donetsk region")
    [event] = [e for e in extract_reports([caption], ua_gazetteer) if e.mention.surface == "Pishchane"]
    assert event.place is not None and event.place.admin1_code == "05"
    assert event.resolution == "oblast named in the title, undecided" and event.confidence < 0.5


def test_a_town_of_twenty_thousand_outranks_a_village_council_of_its_name(ua_gazetteer) -> None:
    from mapper.pipeline import extract

    [event] = extract("Ukrainian soldiers raise the flag over the administration building in Trostianets", ua_gazetteer)
    assert event.place is not None and event.place.geonameid == 691255  # the town in Sumy Oblast, not Lviv Oblast's
