"""A third table of sentence shapes, with the full GeoNames dump: what the second genre set showed
missing, each written again in our own words with other places.

The same table and the same reading as ``test_reading_shapes.py``: each row is a sentence written
for this project (real places, real kinds of events) and the status each named place must get ("-"
for none), per the annotators' conventions in ``shared/eval/README.md``.

- General Staff lists: a list's oblast in parentheses before the verb ("A, B and C (Sumy oblast)
  came under fire"), lists opened by "included:" and "among them", semicolon parts ending in "and the
  city of X", "in the areas of", a second target after a locator ("on A (Sumy oblast) and on B"),
  attempts counted and failed ("tried 4 times without success to ..."), engagements, airstrikes;
- "X City" inside a list; an oblast's administration is an office, not a place attacked;
- strikes told with a verb of impact ("tore through", "slammed into");
- a double negative that reports the event ("does not stop storming");
- captions: "during Russian assaults", "after the city's capture", "a missile killed", "fighting for the
  town" (the name before);
- assessments: an oblast that locates the list after it ("in western Zaporizhia Oblast near A and B"),
  "in central X and near A and B";
- narrative (what the encyclopaedia set showed): "in the hands of Russian-backed forces", "in separatist
  hands", "from A on 2 March and from B", "A in January and then B", "reached X" (an army's advance),
  "was also reported captured", "saw some of the fiercest fighting", "and the town remained under
  Russian control";
- claims with a place as their object ("the ministry claimed the village of X"), not with a clause
  ("claimed Kyiv was behind it") or another object ("claimed gains");
- "they" standing for the side named last ("... as Russian forces left. They still hold X"), "left X
  within days"; a city's districts ("Kharkiv's Kyivskyi district", "the Shevchenkivskyi district of
  Kyiv") take the event, and so does the city;
- negatives: a place a road leads to ("a town on the highway to Zhytomyr"); an oblast's border is a line, not the oblast; "the settlements of X oblast, including A"
  lists the places, not the oblast.
"""

from __future__ import annotations

import pytest
from _readings import check_reading, table

from mapper.pipeline import extract

GENERAL_STAFF = [
    ("The enemy shelled the areas of Vovchansk and Starytsia in Kharkiv oblast; Hryhorivka and Serebrianka in "
     "Donetsk oblast; Krasnopillia in Sumy oblast.", {"Vovchansk": "attacked", "Starytsia": "attacked",
                                                      "Serebrianka": "attacked", "Krasnopillia": "attacked",
                                                      "Donetsk oblast": "-"}),
    ("In the Kramatorsk direction, the areas of Chasiv Yar, Ivanivske and Bila Hora (Donetsk oblast) came under "
     "artillery fire.", {"Chasiv Yar": "attacked", "Ivanivske": "attacked", "Bila Hora": "attacked",
                         "Donetsk oblast": "-"}),
    ("Yesterday the settlements hit by enemy drones included: Bilopillia, Yunakivka (Sumy oblast); Kupiansk, "
     "Borova (Kharkiv oblast).", {"Bilopillia": "attacked", "Yunakivka": "attacked", "Kupiansk": "attacked",
                                  "Borova": "attacked", "Sumy oblast": "-", "Kharkiv oblast": "-"}),
    ("About 40 settlements came under fire, among them Nikopol and Marhanets (Dnipropetrovsk oblast); Bilozerka, "
     "Tiahynka and the city of Kherson (Kherson oblast).", {"Nikopol": "attacked", "Marhanets": "attacked",
                                                            "Bilozerka": "attacked", "Tiahynka": "attacked",
                                                            "Kherson": "attacked"}),
    ("In the Toretsk direction, the occupiers made 12 attempts to advance in the areas of Dyliivka, Shcherbynivka "
     "and Toretsk.", {"Dyliivka": "attacked", "Shcherbynivka": "attacked", "Toretsk": "attacked"}),
    ("In the Huliaipole direction, the enemy tried 3 times without success to break through near Staromaiorske.",
     {"Staromaiorske": "attacked", "Huliaipole": "-"}),
    ("In the Kupiansk direction, the enemy tried twice to push our units back near Synkivka and Petropavlivka.",
     {"Synkivka": "attacked", "Petropavlivka": "attacked", "Kupiansk": "-"}),
    ("Another engagement took place near Ivanivka and is still ongoing.", {"Ivanivka": "attacked"}),
    ("Two firefights were recorded in the areas of Krynky and Kozachi Laheri.",
     {"Krynky": "attacked", "Kozachi Laheri": "attacked"}),
    ("The enemy fired from its own territory on Velyka Pysarivka and Krasnopillia (Sumy oblast) and on Semenivka "
     "(Chernihiv oblast).", {"Velyka Pysarivka": "attacked", "Krasnopillia": "attacked", "Semenivka": "attacked",
                             "Sumy oblast": "-", "Chernihiv oblast": "-"}),
    ("Orikhiv came under a guided-bomb airstrike in the afternoon.", {"Orikhiv": "attacked"}),
    ("Huliaipole came under an air strike.", {"Huliaipole": "attacked"}),
    ("The enemy does not stop storming the town of Chasiv Yar.", {"Chasiv Yar": "attacked"}),
    ("In the Kurakhove direction, the enemy attacked in the areas of Dachne and Sontsivka, as well as against "
     "Kurakhove itself.", {"Dachne": "attacked", "Sontsivka": "attacked", "Kurakhove": "attacked"}),
]

STRIKES = [
    ("The regional administration said Russian drones had hit Kherson City, Bilozerka and Stanislav overnight.",
     {"Kherson": "attacked", "Bilozerka": "attacked", "Stanislav": "attacked"}),
    ("The Zaporizhzhia Oblast Military Administration reported strikes on Orikhiv and Stepnohirsk.",
     {"Zaporizhzhia Oblast": "-", "Orikhiv": "attacked", "Stepnohirsk": "attacked"}),
    ("The Dnipropetrovsk Regional Military Administration said shelling had damaged houses in Nikopol.",
     {"Dnipropetrovsk": "-", "Nikopol": "attacked"}),
    ("On Tuesday a ballistic missile tore through a shopping centre in Kremenchuk, killing 20 people.",
     {"Kremenchuk": "attacked"}),
    ("A Shahed drone slammed into an apartment block in Odesa shortly after midnight.", {"Odesa": "attacked"}),
]

CAPTIONS = [
    ("Smoke over the steel plant in Zaporizhzhia during a Russian air raid", {"Zaporizhzhia": "attacked"}),
    ("Russian troops on the central square of Sievierodonetsk after the city's capture",
     {"Sievierodonetsk": "occupied"}),
    ("Flowers at the Kharkiv bus stop, a day after a Russian missile killed five people in Kharkiv",
     {"Kharkiv": "attacked"}),
    ("Smoke rises over Toretsk as fighting for the town goes on", {"Toretsk": "attacked"}),
]

ASSESSMENT = [
    ("Positional engagements continued in western Zaporizhia Oblast near Robotyne and Mala Tokmachka.",
     {"Zaporizhia Oblast": "-", "Robotyne": "attacked", "Mala Tokmachka": "attacked"}),
    ("Russian forces attacked in Kharkiv Oblast near Lyptsi and Vovchansk.",
     {"Kharkiv Oblast": "-", "Lyptsi": "attacked", "Vovchansk": "attacked"}),
    ("Fighting continued in central Chasiv Yar and near Kalynivka and Ivanivske (both east of Chasiv Yar).",
     {"Kalynivka": "attacked", "Ivanivske": "attacked"}),
    ("Russian forces continued assaults around Pokrovsk and southwest of the town near Kotlyne and Udachne.",
     {"Pokrovsk": "attacked", "Kotlyne": "attacked", "Udachne": "attacked"}),
]

NARRATIVE = [
    ("Novoselivka and Kamianka, north of Avdiivka, stayed in the hands of Russian-backed forces for eight years.",
     {"Novoselivka": "occupied", "Kamianka": "occupied", "Avdiivka": "-"}),
    ("Horlivka, which has remained in separatist hands since 2014, was shelled again.",
     {"Horlivka": "occupied"}),
    ("Ukrainian troops pulled out of Vodiane on 2 March and from Orlivka and Tonenke later that month.",
     {"Vodiane": "occupied", "Orlivka": "occupied", "Tonenke": "occupied"}),
    ("Russian forces captured Soledar in January and then Krasna Hora and Paraskoviivka.",
     {"Soledar": "occupied", "Krasna Hora": "occupied", "Paraskoviivka": "occupied"}),
    ("By the end of May Russian troops had reached Bilohorivka and Spirne.", {"Bilohorivka": "attacked", "Spirne": "attacked"}),
    ("In September Ukrainian units reached the approaches to Svatove but could not take the town.",
     {"Svatove": "attacked"}),
    ("Russian forces took Sviatohirsk in early June; Mykolaivka was also reported captured.",
     {"Sviatohirsk": "occupied", "Mykolaivka": "occupied"}),
    ("In the spring Rubizhne and Kreminna saw some of the fiercest street fighting of the campaign.",
     {"Rubizhne": "attacked", "Kreminna": "attacked"}),
    ("Russian aircraft bombed Izium in March, and the town remained under Russian control until September.",
     {"Izium": "occupied"}),
]

PRONOUNS_AND_DISTRICTS = [
    # "they" is the side named last before it, in the sentence or the one before
    ("Russian forces pulled out of the right bank in November. They still hold Hola Prystan.",
     {"Hola Prystan": "occupied"}),
    ("Russian units had crossed back over the river, and they still hold Oleshky.", {"Oleshky": "occupied"}),
    ("Russian troops left Trostianets within days.", {"Trostianets": "liberated"}),
    # an apposition that places the subject ("south-west of Y near Z", "near the airport") before its verb
    ("The village of Krasna Hora, north-east of Bakhmut near the highway, fell in February.",
     {"Krasna Hora": "occupied", "Bakhmut": "-"}),
    ("Pisky, near the airport, fell in August 2022.", {"Pisky": "occupied"}),
    # what the second encyclopaedia set showed, in other words
    ("Separatist-held Horlivka lies north of Donetsk.", {"Horlivka": "occupied", "Donetsk": "-"}),
    ('Popasna was declared "completely liberated" in early May.', {"Popasna": "occupied"}),
    ("The offensive freed Izium and almost the whole of Kharkiv Oblast.",
     {"Izium": "liberated", "Kharkiv Oblast": "liberated"}),
    ("Russian troops occupied Melitopol, a city on the main road 70 km from the front, and the villages of "
     "Yakymivka and Kyrylivka.", {"Melitopol": "occupied", "Yakymivka": "occupied", "Kyrylivka": "occupied"}),
    ("Kreminna and Rubizhne were taken by Russian forces after heavy fighting, as was Popasna.",
     {"Kreminna": "occupied", "Rubizhne": "occupied", "Popasna": "occupied"}),
    ("Russia's defence ministry claimed the capture of Robotyne and Verbove; Ukrainian commanders replied that "
     "both villages were still being fought over.", {"Robotyne": "attacked", "Verbove": "attacked"}),
    ("Rubizhne and Voevodivka, two villages east of the river, were taken by Russian troops.",
     {"Rubizhne": "occupied", "Voevodivka": "occupied"}),
    ('Krasnohorivka, which had resisted since the spring of 2022, was announced as "liberated" in September.',
     {"Krasnohorivka": "occupied"}),
    ("Avdiivka was encircled by Russian and Donetsk People's Republic forces.",
     {"Avdiivka": "attacked", "Donetsk People's Republic": "-"}),
    ("Fighting raged around Toretsk in Kramatorsk Raion of Donetsk Oblast.",
     {"Toretsk": "attacked", "Kramatorsk Raion": "-", "Donetsk Oblast": "-"}),
    ("Staromaiorske was entered by Ukrainian troops in July, and they spent weeks fighting to clear its northern edge.",
     {"Staromaiorske": "attacked"}),
    ("Russian troops crossed the border near Hatyshche and Vovchansk on 10 May.",
     {"Hatyshche": "attacked", "Vovchansk": "attacked"}),
    ("Refugees crossed the border near Sumy.", {"Sumy": "-"}),
    # the issue's own examples: a side named inside a report of the other side; a deadline is a goal
    ("Russian milbloggers indicated Ukrainian forces recaptured Urozhaine.", {"Urozhaine": "liberated"}),
    ("The Kremlin set a deadline for the capture of all of Luhansk Oblast by the summer.", {"Luhansk Oblast": "-"}),
    # a clause about a region abroad: its villages are abroad, up to a Ukrainian oblast
    ("Clashes went on in Russia's Kursk Oblast, where Russian troops attacked near Malaya Loknya and Pogrebki; "
     "in Sumy Oblast, Russian forces shelled Yunakivka.", {"Yunakivka": "attacked", "Sumy Oblast": "-"}),
    # "the fall of X" is a gain for the side that prevails in the report
    ("Ukrainian forces retook Balakliia and advanced east. The fall of Izium on 10 September was a rout.",
     {"Izium": "liberated"}),
    ("Russian forces captured Popasna in May. The fall of Sievierodonetsk followed in June.",
     {"Sievierodonetsk": "occupied"}),
    # names that share a plural head are each "<name> district"
    ("Drones hit the Holosiivskyi, Darnytskyi and Obolonskyi districts of Kyiv overnight.",
     {"Holosiivskyi": "attacked", "Darnytskyi": "attacked", "Obolonskyi": "attacked"}),
    # a change of control that stops at the outskirts is fighting there
    ("Ukrainian troops pushed Russian units back from the outskirts of Vovchansk.", {"Vovchansk": "attacked"}),
    ("Ukrainian forces retook Synkivka.", {"Synkivka": "liberated"}),
    # where a missile came from is not what it struck
    ("Two missiles, launched from nearby Belgorod or from occupied Horlivka, struck a depot in Kramatorsk.",
     {"Horlivka": "occupied", "Kramatorsk": "attacked"}),
    ("Rockets fired from either nearby Nova Kakhovka or Oleshky hit Kherson.",
     {"Nova Kakhovka": "-", "Oleshky": "-", "Kherson": "attacked"}),
    # captions of the third genre set's kinds, in other words
    ("Smoke over a grain terminal in Izmail port after a Russian drone attack", {"Izmail": "attacked"}),
    ("Firefighters in Kyiv's Darnytskyi district after a Russian missile and drone attack",
     {"Darnytskyi district": "attacked"}),
    ("Russian soldiers raise a flag in Ocheretyne after the Ukrainian withdrawal", {"Ocheretyne": "occupied"}),
    # a cue does not reach past a new clause with its own subject
    ("To stop the advance, Ukrainian troops blew up a bridge near Irpin.", {"Irpin": "-"}),
    ("After the assault failed, Russian troops dug in near Vuhledar.", {"Vuhledar": "-"}),
    # an oblast in parentheses locates its own name, not the parallel "and near" part after a reference point
    ("Fighting continued near Nevske (Luhansk Oblast), 20 kilometers northwest of Kreminna, and near Torske and Terny.",
     {"Torske": "attacked", "Terny": "attacked", "Kreminna": "-", "Luhansk Oblast": "-"}),
    # a city's districts are places that are shelled; the city shares the event, before or after its district
    # (as every set's gold gives it: "rubble in Sviatoshynskyi district of Kyiv" -> Kyiv attacked)
    ("Shelling damaged houses in Kharkiv's Kyivskyi district.", {"Kyivskyi district": "attacked"}),
    ("A drone hit a high-rise in the Shevchenkivskyi district of Kyiv.",
     {"Shevchenkivskyi district": "attacked", "Kyiv": "attacked"}),
    ("In Kharkiv itself, Russian shelling damaged a school in the Saltivskyi district.",
     {"Kharkiv": "attacked", "Saltivskyi district": "attacked"}),
]

CLAIMS = [
    ("On Tuesday the Russian Defence Ministry claimed the village of Ivanivske, west of Bakhmut.",
     {"Ivanivske": "occupied", "Bakhmut": "-"}),
    ("Russian forces claimed Klishchiivka and Kurdiumivka in January.",
     {"Klishchiivka": "occupied", "Kurdiumivka": "occupied"}),
]

NEGATIVES = [
    ("Moscow claimed Kyiv was behind the attack on the bridge.", {"Kyiv": "-"}),
    ("Russian troops attacked near Synkivka, where milbloggers claimed gains along the railway.",
     {"Synkivka": "attacked"}),
    ("Ukrainian forces retook Makariv, a town on the highway to Zhytomyr.", {"Makariv": "liberated", "Zhytomyr": "-"}),
    ("Russian forces reached the Kharkiv Oblast border north of Kupiansk.", {"Kharkiv Oblast": "-", "Kupiansk": "-"}),
    ("The enemy shelled the border settlements of Sumy oblast, including Khotin and Yunakivka.",
     {"Sumy oblast": "-", "Khotin": "attacked", "Yunakivka": "attacked"}),
    ("The mayor's delegation reached Kharkiv on Tuesday.", {"Kharkiv": "-"}),
    ("A pontoon bridge was laid between Bilohorivka and Serebrianka in May and was destroyed within days.",
     {"Bilohorivka": "-", "Serebrianka": "-"}),
    ('"They came back and fired again," Ivan Fedorov, the governor of the Zaporizhzhia region, told reporters.',
     {"Zaporizhzhia region": "-"}),
    ("Russian shells hit Nikopol overnight, said Serhiy Lysak, the head of the Dnipropetrovsk regional "
     "administration.", {"Nikopol": "attacked"}),
    ("A drone struck a car carrying the mayor of Kherson.", {"Kherson": "-"}),
    ("The enemy did not stop at Kupiansk but pushed on towards Borova.", {"Kupiansk": "-", "Borova": "-"}),
    ("The bus from Kramatorsk did not stop in Sloviansk.", {"Kramatorsk": "-", "Sloviansk": "-"}),
    ("The Kharkiv Oblast Military Administration urged residents of Vovchansk to leave.",
     {"Kharkiv Oblast": "-", "Vovchansk": "-"}),
]

GROUPS = {
    "genstaff": GENERAL_STAFF, "strike": STRIKES, "caption": CAPTIONS, "assessment": ASSESSMENT, "narrative": NARRATIVE,
    "claim": CLAIMS, "negative": NEGATIVES, "pronoun/district": PRONOUNS_AND_DISTRICTS,
}  # fmt: skip


@pytest.mark.parametrize("sentence,expected", table(GROUPS))
def test_sentence_reading(ua_gazetteer, sentence: str, expected: dict[str, str]) -> None:
    check_reading(ua_gazetteer, sentence, expected)


CHANGE_OF_CONTROL = [
    # "attacked" is what a sentence reports "without this sentence reporting a change of control"
    ("Ukrainian soldiers with the flag in ruined Robotyne after retaking the village", "Robotyne", {"liberated"}),
    ("Russian troops pose on the ruins of Marinka after the town's capture", "Marinka", {"occupied"}),
    ("Soledar was shelled for months and fell in January.", "Soledar", {"occupied"}),
    # a change told as background leaves the attack standing
    ("Russian troops kept up attacks near Kupiansk, a town that Ukrainian forces recaptured in 2022.",
     "Kupiansk", {"attacked", "liberated"}),
    ("Russian artillery pounded Kherson, the deadliest attack since Ukrainian troops retook it.",
     "Kherson", {"attacked", "liberated"}),
    ("Popasna was shelled without pause and was left largely in ruins.", "Popasna", {"attacked"}),
]


@pytest.mark.parametrize("sentence,name,statuses", CHANGE_OF_CONTROL)
def test_a_change_of_control_is_no_attack(ua_gazetteer, sentence: str, name: str, statuses: set[str]) -> None:
    read = {e.status for e in extract(sentence, ua_gazetteer) if e.mention.surface == name}
    assert read == statuses
