"""A twenty-seventh table of sentence shapes, with the full GeoNames dump: what the twenty-fifth session's development
sets (``tests/data/encyclopaedia_70`` and ``genres_58``, blind through the twenty-fourth) showed missing, each written
in our own words about real events.

- an abandoned place (GeoNames PPLQ) is meant where the text's places lie beside it and no living namesake does
  ("crossed the Inhulets near Davydiv Brid and fought near Andriivka and Lozove"); beside a living namesake inside the
  oblast the text names, the living one;
- a bearing decides between namesakes that both lie within its reach when one lies on it and the other well off it
  ("Danylivka, north of Huliaipole": the village due north, not the one west-north-west);
- "took up positions in and around X": held, not taken; "was not retaken until November": retaken then;
- "within 15 km of X", "25 km from the border of the X region": measures from a place, no status of its own; so is
  the place "fighting nears";
- a definite noun used twice in a sentence stands for one place ("cut the roads that connected the settlement with
  Pokrovsk ... had taken the settlement": not Pokrovsk);
- a relative after a pair "between A and B" is about what lies between them, not B; a located part of a series
  ("southwest of X near A, which lies north of B") locates the list after "near", not the name A is placed by;
- a "where" after a list and a bare bearing is the list's ("A and B, north of X, where troops are fighting");
- a verb gapped after a time ("recaptured A, across the boundary in X Oblast, and later in the month B");
- a participle's aside between subject and verb dates itself, not the verb ("Russian forces, advancing through the
  last months of 2024, captured X in January 2025");
- a caption's label placed "across the river from X" ends at its colon; "clear the last positions" of the other side
  takes the place (a Russian clearing occupies it); an anniversary ("marks one year since ...") counts back from the
  report's day; "Russian infantry try to push into the village" (an assault tried is an assault; not "its attempt to
  take Kyiv", a goal); a verb gapped after a time and "of the settlement of" ("took control of A, and in July of the
  settlement of B"); "...; A and B, villages east of X, were fought over" is A's and B's fighting, no answer to a
  capture told before the semicolon;
- a caption that spells its place the Russian way ("Kurakhovo fully liberated, MoD says") gives Russia's word: an
  occupation (not where it names Ukraine's troops);
- "Khortytsia group confirms withdrawal" (a grouping of forces, no village); a withdrawal "to save troops" is
  Ukraine's, as one "to avoid encirclement" is; "orders units out of the town" is a withdrawal;
- a relative with no pronoun after an apposition's noun ("Bilohorivka, a Luhansk Oblast village they recaptured");
  "In the area of X of the Lugansk People's Republic, ..." frames its sentence; "our guys moved forward" near X;
  "in the areas of" reaches past the units a Russian bulletin names;
- a caption's "take positions on the outskirts" is fighting there, not a capture; "calls the Russian claim that the
  village has fallen false" denies; a caption under a label abroad ("Kursk region: ...") names places abroad, but for
  a village's own name; "claimed a string of border villages, among them A and B"; "won back X"; "rejected the
  announcement as false";
- "since the town's liberation", "announced its liberation", "Kherson's liberation": a liberation told by a
  possessive (of a caption's label, or the name it follows); a label's verb whose object is "the village" is the
  label's, whatever place comes after;
- "...; the Ukrainian command said the village remained under its control" answers a claim; "leaving the city and
  much of the east without electricity" is no withdrawal; "has claimed A and B in recent months"; a relative after
  "the rail junction in X Oblast north of Y" is the junction's;
- "In Sumy Oblast, A, B and C came under fire": the oblast that opens its clause frames the list after its comma;
- ", which Russian troops still hold" answers no claim (it is no Ukrainian hold); "Further west, rescuers in X ..."
  and "Further south, in X, ..." frame their sentences;
- a source that posts footage speaks for it ("Russian Telegram channels post video of a flag raised over X": a Russian
  flag); "used the airfield at X as a forward base": held.
"""

from __future__ import annotations

from datetime import date

import pytest
from _readings import check_reading, places_of, table

from mapper.model import Report
from mapper.pipeline import extract

NAMESAKES = [
    # (text, name, geonameid)
    ("In late May Ukrainian units crossed the Inhulets near Davydiv Brid and fought near Andriivka and Lozove.", "Lozove", 689537),
    (("In January Russian forces captured Soledar, and the front reached Bilohorivka in Donetsk Oblast, a hamlet on the "
      "Bakhmutka."), "Bilohorivka", 712589),  # the living village of the oblast named, not the abandoned one beside it
    ("Danylivka, north of Huliaipole: a Ukrainian counterattack pushes Russian infantry back from the village",
     "Danylivka", 710293),
]


@pytest.mark.parametrize("text,name,geonameid", NAMESAKES, ids=[row[1] for row in NAMESAKES])
def test_namesakes(ua_gazetteer, text: str, name: str, geonameid: int) -> None:
    assert set(places_of(ua_gazetteer, text)[name]) == {geonameid}


HOLDING_AND_DELAY = [
    ("After the withdrawal Russian troops took up new positions on the left bank in and around Oleshky and Hola Prystan.",
     {"Oleshky": "occupied", "Hola Prystan": "occupied"}),
    ("Ukrainian troops took up positions in Kramatorsk.", {"Kramatorsk": "-"}),
    ("Dudchany itself was not retaken until the general Russian withdrawal in November.", {"Dudchany": "liberated"}),
    ("Dudchany was not retaken.", {"Dudchany": "-"}),
    ("Through the summer the Russian army used the airfield at Chornobaivka as a forward base.",
     {"Chornobaivka": "occupied"}),
]

MEASURES_AND_REFERENCES = [
    (("Russian channels also claimed on Wednesday that their troops had seized Bohoiavlenka, north of Vuhledar; the "
      "Ukrainian command said the village remained under its control."), {"Bohoiavlenka": "-", "Vuhledar": "-"}),
    ("Russian missiles struck a power plant in Kharkiv, leaving the city and much of the east without electricity.",
     {"Kharkiv": "attacked"}),
    ("North of the city, Russia's defence ministry has claimed Kindrashivka and Radkivka in recent months.",
     {"Kindrashivka": "occupied", "Radkivka": "occupied"}),
    ("The next target is Lyman, the rail junction in Donetsk Oblast north of Sloviansk, which Russian forces took in late May.",
     {"Lyman": "occupied", "Sloviansk": "-", "Donetsk Oblast": "-"}),
    (("Yet Russian guns still shell Kherson every day, firing from around Oleshky and Hola Prystan, which Russian troops "
      "still hold."), {"Kherson": "attacked", "Hola Prystan": "occupied"}),
    ("Further west, rescuers in Borodianka dug through the rubble of apartment blocks destroyed by Russian air strikes.",
     {"Borodianka": "attacked"}),
    ("Further south, in Kupiansk, a drone hit a car.", {"Kupiansk": "attacked"}),
    ("In Sumy Oblast, Khotin, Esman and Seredyna-Buda came under artillery fire.",
     {"Sumy Oblast": "-", "Khotin": "attacked", "Esman": "attacked", "Seredyna-Buda": "attacked"}),
    ("Dobropillia, Zaporizhzhia Oblast: Russian drones hit the village as fighting nears Huliaipole",
     {"Dobropillia": "attacked", "Huliaipole": "-"}),
    ("Varvarivka and Zaliznychne, which lie within 15 km of Huliaipole, have been shelled almost daily for weeks.",
     {"Varvarivka": "attacked", "Zaliznychne": "attacked", "Huliaipole": "-"}),
    ("Pokrovske lies some 25 km from the border of the Donetsk region and has come under almost daily fire.",
     {"Pokrovske": "attacked", "Donetsk region": "-"}),
    (("By January Russian troops had cut the roads that connected the settlement with Pokrovsk to the north, and on "
      "26 January the ministry announced that it had taken the settlement."), {"Pokrovsk": "-"}),
    ("Russian troops shelled Kupiansk, then stormed the town.", {"Kupiansk": "attacked"}),
    (("Officials confirmed the liberation of Shevchenkove, a town of about 7,000 people between Balakliia and Kupiansk, "
      "which troops reached on Thursday."), {"Shevchenkove": "liberated", "Balakliia": "-", "Kupiansk": "-"}),
    (("Russian forces also attacked south of Siversk near Pereizne, and southwest of Siversk near Vasiukivka, which lies "
      "north of Bakhmut."), {"Pereizne": "attacked", "Vasiukivka": "attacked", "Siversk": "-", "Bakhmut": "-"}),
]

LISTS_AND_CLAIMS = [
    ("Among them are Danylivka and Andriivka, north of Huliaipole, where Ukrainian troops have been fighting off attacks.",
     {"Danylivka": "attacked", "Andriivka": "attacked", "Huliaipole": "-"}),
    (("In June 2023 Ukrainian brigades retook Blahodatne and Neskuchne, and further west they recaptured Novodarivka, "
      "across the boundary in Zaporizhzhia Oblast, and later in the month Rivnopil."),
     {"Novodarivka": "liberated", "Rivnopil": "liberated", "Zaporizhzhia Oblast": "-"}),
    ("Russian Telegram channels post video of a flag raised over Maliivka, Dnipropetrovsk Oblast", {"Maliivka": "occupied"}),
    ("A Ukrainian brigade posts video of a flag raised over Maliivka, Dnipropetrovsk Oblast", {"Maliivka": "liberated"}),
    ("Kurakhovo fully liberated, MoD says", {"Kurakhovo": "occupied"}),
    ("Yunakovka: Russian troops take positions on outskirts, MoD says", {"Yunakovka": "attacked"}),
    ("Zelene, in the Lyptsi hromada: a Russian drone hits a tractor at the edge of the village",
     {"Zelene": "attacked", "Lyptsi hromada": "-"}),
    ("Kindrativka: a Ukrainian army spokesman calls the Russian claim that the village has fallen false",
     {"Kindrativka": "-"}),
    ("Kupiansk: Ukrainian command calls the Russian claim of the city's capture false", {"Kupiansk": "-"}),
    ("Kursk region: AFU troops attack border positions near Nikolayevo-Darino and Oleshnya from Sumy region, MoD says",
     {"Kursk region": "-", "Nikolayevo-Darino": "-", "Oleshnya": "-", "Sumy region": "-"}),
    ("Within days Russia's defence ministry claimed a string of border villages, among them Pletenivka and Ohirtseve.",
     {"Pletenivka": "occupied", "Ohirtseve": "occupied"}),
    ("In 2024 Russian forces won back Staromaiorske and Urozhaine and attacked Velyka Novosilka from three sides.",
     {"Staromaiorske": "occupied", "Urozhaine": "occupied", "Velyka Novosilka": "attacked"}),
    (("In the last days of December the Russian General Staff announced the capture of Huliaipole; Ukraine's southern "
      "command rejected the announcement as false."), {"Huliaipole": "-"}),
    ("Further east, Ukrainian troops still hold Bilohorivka, a Luhansk Oblast village they recaptured in September 2022.",
     {"Bilohorivka": "liberated", "Luhansk Oblast": "-"}),
    ("In the area of Belogorovka of the Lugansk People's Republic, Southern group units repelled two counterattacks.",
     {"Belogorovka": "attacked", "Lugansk People's Republic": "-"}),
    ("Near Kolesnikovka our guys moved forward by 300 to 400 metres along the tree lines.", {"Kolesnikovka": "attacked"}),
    (("Defeat was also inflicted on manpower and equipment of a mechanized brigade, two territorial defence brigades and "
      "a national guard brigade of the AFU in the areas of Borovaya, Zagryzovo and Novoosinovo of the Kharkov region."),
     {"Borovaya": "attacked", "Zagryzovo": "attacked", "Novoosinovo": "attacked", "Kharkov region": "-"}),
    ("Vuhledar: Khortytsia group confirms withdrawal to save troops and equipment", {"Vuhledar": "occupied"}),
    ("Avdiivka: Syrskyi orders units out of the town to avoid encirclement", {"Avdiivka": "occupied"}),
    ("Chasov Yar liberated, Defence Ministry reports", {"Chasov Yar": "occupied"}),
    ("Kherson liberated, Defence Ministry says", {"Kherson": "liberated"}),
    ("Marinka (Russian: Maryinka) was liberated by the end of the summer.", {"Marinka": "liberated", "Maryinka": "-"}),
    (("Krasnoarmeysk: Russian servicemen raise a flag over a ruined administrative building after the Defence Ministry "
      "announced the city's liberation"), {"Krasnoarmeysk": "occupied"}),
    ("Bucha: relatives at a memorial service marking three years since the town's liberation", {"Bucha": "liberated"}),
    ("Robotyne: Russian artillery and drones pound the village three days after Kyiv announced its liberation",
     {"Robotyne": "liberated", "Kyiv": "-"}),
    ("The shelling began within days of Kherson's liberation in November 2022.", {"Kherson": "liberated"}),
    ("Ukrainian troops liberate Andreyevka", {"Andreyevka": "liberated"}),
    ("Kozatske, across the river from Nova Kakhovka: Russian shelling damages a school",
     {"Kozatske": "attacked", "Nova Kakhovka": "-"}),
    ("Krynky: Russian troops clear the last AFU positions, MoD says", {"Krynky": "occupied"}),
    ("Kamianske, Zaporizhzhia Oblast: Russian infantry try to push into the village from the south",
     {"Kamianske": "attacked", "Zaporizhzhia Oblast": "-"}),
    ("At the end of March, as Russia abandoned its attempt to take Kyiv, its columns pulled back.", {"Kyiv": "-"}),
    ("In October, Russian units took control of the settlement of Novouspenivske, and in July of the settlement of Malynivka.",
     {"Novouspenivske": "occupied", "Malynivka": "occupied"}),
    (("Russian units that had taken Krasnohorivka moved west; Maksymilianivka and Hostre, villages east of Kurakhove, "
      "were fought over through November."),
     {"Krasnohorivka": "occupied", "Maksymilianivka": "attacked", "Hostre": "attacked", "Kurakhove": "-"}),
    ("Ukrainian troops cleared the last Russian positions in Klishchiivka.", {"Klishchiivka": "liberated"}),
]


@pytest.mark.parametrize("sentence,expected", table({"holding_and_delay": HOLDING_AND_DELAY,
                                                     "measures_and_references": MEASURES_AND_REFERENCES,
                                                     "lists_and_claims": LISTS_AND_CLAIMS}))
def test_sentence_shapes(ua_gazetteer, sentence: str, expected: dict[str, str]) -> None:
    check_reading(ua_gazetteer, sentence, expected)


def test_a_participle_aside_dates_itself_not_the_verb(ua_gazetteer) -> None:
    report = Report(id="r", text=("Russian forces, advancing from the south and the east through the last months of 2024, "
                                  "captured Velyka Novosilka, a town on the Mokri Yaly river, in January 2025."),
                    date=date(2025, 3, 1))
    dated = {e.mention.surface: e.event_date for e in extract(report, ua_gazetteer) if e.status == "occupied"}
    assert dated.get("Velyka Novosilka") == date(2025, 1, 1), dated


def test_an_anniversary_counts_back_from_the_report(ua_gazetteer) -> None:
    report = Report(id="r", text="Kherson marks one year since Russian troops left the city", date=date(2023, 11, 11))
    dated = {e.mention.surface: e.event_date for e in extract(report, ua_gazetteer) if e.status == "liberated"}
    assert dated.get("Kherson") is not None and (dated["Kherson"].year, dated["Kherson"].month) == (2022, 11), dated


def test_a_label_abroad_keeps_a_ukrainian_village_its_own_name(ua_gazetteer) -> None:
    places = places_of(ua_gazetteer, "Kursk region: Ukrainian forces retreat from Sudzha toward Yunakivka")
    assert places.get("Yunakivka") == [688077], places


def test_an_attack_told_after_the_change_it_counts_from_stands_beside_it(ua_gazetteer) -> None:
    events = extract("Robotyne: Russian artillery and drones pound the village three days after Kyiv announced its liberation",
                     ua_gazetteer)
    assert {e.status for e in events if e.mention.surface == "Robotyne"} == {"attacked", "liberated"}
