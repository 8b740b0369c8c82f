"""A sixth table of sentence shapes, with the full GeoNames dump: what two fresh sets
(``tests/data/genres_5``, first read F1 0.942, captions 0.866; ``tests/data/encyclopaedia_4``, 0.862)
showed missing, each written again in our own words with other places.

The same reading as ``test_reading_shapes.py`` (statuses per the annotators' conventions in
``shared/eval/README.md``; "-" for none):

- a located series joined by "and" or ", as well as" ("assaults on X itself and southeast of X near A"):
  the names after "near" take the attack, the town measured from stays a reference point;
- counts of attempts in words ("tried eight times to break through near A");
- a river named between a list and its verb is no place standing between them ("A and B on the left
  bank of the Dnipro came under fire");
- prepositions of time do not end a clause ("fighting has continued since then on the outskirts of X"),
  nor do adverbs count against a cue's reach ("has highly likely continued");
- civilians leaving a place are no withdrawal ("Residents of X leave the town");
- an oblast fronted as the frame of a sentence ("In X Oblast, the assault on A stalled") takes no status;
- villages named by the town they surround ("shelling in villages around X"): the town locates them;
- captions whose event is a clause after the place: "Smoke over X after missiles hit a depot", "X during
  street fighting", "Residents of X welcome soldiers after Russian troops withdrew"; "after missiles hit Y"
  is Y's attack, not the place before it;
- "gave up X" (a withdrawal), "fighting spread west to X";
- a sentence that lists the members of a group the sentence before told of ("... recaptured several
  villages. Among them were A and B"): its list takes what was told of the group;
- a list interrupted by a phrase set off by commas ("A and, at the end of October, B"), by a locating
  phrase ("A, on its southern edge, B"), or continued with its verb left out ("A and B, and in the
  summer C and D");
- a relative clause whose pronoun is its verb's object ("X, which the Russians had left", "X, whose
  centre Ukrainian troops entered", after a distance: "X, about 4 km to the east, which ... attacked"),
  not a clause of where ("X, where milbloggers claimed gains");
- "Wagner" alone is a Russian actor; "shells fell on X"; a quoted cue ('only "clashes near" X'); a plural
  subject standing for a list ("held A and B, though both came under fire");
- "A and nearby B"; a second target without an article ("hit a substation in A and apartment blocks in
  B"); attempts "to drive" units out; a relative clause after a reference point and the name beside it
  is about that name ("west of X near Y, which ..."); officials in a Russian-occupied town are no person;
- caption words: "blows apart", "tears a hole in", "explosions shake X", "after a battle with", "troops
  fight", "residents greet Ukrainian soldiers", "flags go up in X"; a label with a bearing ("X, south of Y:");
- assessments: "occupation authorities in X" (standing control), groups that "infiltrated the areas of"
  X, "control the northern part of X";
- a place right after a list that only locates it ("X near Y cleared of Russian troops"), a river
  between a verb and its object ("withdraw across the Dnipro from X");
- a denial that names a place again denies that place only ("claimed A, B and C; Kyiv denied that C had
  been lost"; "but officials said A remained under Ukrainian control").
"""

from __future__ import annotations

import pytest
from _readings import check_reading, table

SERIES = [
    ("Russian forces launched assaults on Kreminna itself and northwest of Kreminna near Nevske.",
     {"Kreminna": "attacked", "Nevske": "attacked"}),
    ("Russian troops attacked Avdiivka itself and north of the town near Stepove and Berdychi.",
     {"Avdiivka": "attacked", "Stepove": "attacked", "Berdychi": "attacked"}),
    ("Clashes went on near Kupiansk itself and southeast of Kupiansk near Kyslivka, as well as east of Borova "
     "near Nadiia and Makiivka.",
     {"Kupiansk": "attacked", "Kyslivka": "attacked", "Borova": "-", "Nadiia": "attacked", "Makiivka": "attacked"}),
]

COUNTS = [
    ("In the Lyman direction, the enemy tried nine times to break through near Terny and Torske.",
     {"Lyman": "-", "Terny": "attacked", "Torske": "attacked"}),
]

RIVERS = [
    ("Antonivka and Sadove on the right bank of the Dnipro came under mortar fire overnight.",
     {"Antonivka": "attacked", "Sadove": "attacked"}),
]

TIME = [
    ("Fighting has continued since March on the northern outskirts of Vovchansk.", {"Vovchansk": "attacked"}),
    ("Fighting has almost certainly continued since then in the eastern part of Chasiv Yar.", {"Chasiv Yar": "attacked"}),
    ("Russian forces shelled Kherson before the Ukrainian army entered Nova Kakhovka.",
     {"Kherson": "attacked", "Nova Kakhovka": "liberated"}),
]

CIVILIANS = [
    ("Residents of Pokrovsk leave the city as the front draws closer", {"Pokrovsk": "-"}),
    ("Families from Kupiansk leave the town on evacuation buses", {"Kupiansk": "-"}),
]

FRAMES = [
    ("In Kharkiv Oblast, the Russian assault on Vovchansk has stalled.", {"Kharkiv Oblast": "-", "Vovchansk": "attacked"}),
    ("Shelling was reported in Nikopol and in villages around Marhanets, the governor said.",
     {"Nikopol": "attacked", "Marhanets": "-"}),
    ("Drones struck several settlements near Kherson overnight.", {"Kherson": "-"}),
]

CAPTIONS = [
    ("Firefighters in Bila Tserkva after a drone hit a warehouse", {"Bila Tserkva": "attacked"}),
    ("Smoke rises over Toretsk during heavy street fighting", {"Toretsk": "attacked"}),
    ("Residents of Snihurivka welcome Ukrainian soldiers after Russian troops withdrew", {"Snihurivka": "liberated"}),
    ("Odesa was quiet after missiles hit Mykolaiv.", {"Odesa": "-", "Mykolaiv": "attacked"}),
]

WITHDRAWALS = [
    ("By the end of the month the Ukrainians gave up Berdychi and Semenivka.",
     {"Berdychi": "occupied", "Semenivka": "occupied"}),
    ("In May the fighting spread west to Ivanivske and Bohdanivka.", {"Ivanivske": "attacked", "Bohdanivka": "attacked"}),
]

DENIALS = [
    ("Russian officials claimed the capture of Ryzhivka, Veselivka and Bilovody; Ukrainian border guards denied that "
     "Bilovody had been lost.", {"Ryzhivka": "occupied", "Veselivka": "occupied", "Bilovody": "-"}),
    ("Russian sources claimed the capture of Kyslivka and Tabaivka, but Ukrainian officials said Tabaivka remained "
     "under Ukrainian control.", {"Kyslivka": "occupied", "Tabaivka": "-"}),
]

ENUMERATIONS = [
    ("In September Ukrainian forces recaptured several villages south of Bakhmut. Among them were Andriivka and "
     "Klishchiivka, the latter on a ridge overlooking Bakhmut.",
     {"Andriivka": "liberated", "Klishchiivka": "liberated", "Bakhmut": "-"}),
    ("Russian troops took five more villages north of Kupiansk. They included Synkivka and Petropavlivka.",
     {"Synkivka": "occupied", "Petropavlivka": "occupied", "Kupiansk": "-"}),
    ("Several villages near Kherson were shelled overnight. Among them were Antonivka and Sadove.",
     {"Antonivka": "attacked", "Sadove": "attacked"}),
    ("The mayor visited several villages. Among them were Bilozerka and Stanislav.", {"Bilozerka": "-", "Stanislav": "-"}),
]

LISTS = [
    ("Russian troops took Krasnohorivka, Heorhiivka and, at the end of the year, Kurakhove.",
     {"Krasnohorivka": "occupied", "Heorhiivka": "occupied", "Kurakhove": "occupied"}),
    ("Ukrainian units retook Dolyna, on its eastern side, Bohorodychne and, two days later, Sviatohirsk.",
     {"Dolyna": "liberated", "Bohorodychne": "liberated", "Sviatohirsk": "liberated"}),
    ("Ukrainian troops liberated Vysokopillia and Novovoznesenske, and in October Davydiv Brid and Dudchany.",
     {"Vysokopillia": "liberated", "Novovoznesenske": "liberated", "Davydiv Brid": "liberated", "Dudchany": "liberated"}),
]

RELATIVES = [
    ("The garrison fell back to Verbove, about 4 km to the east, which Ukrainian units then attacked.",
     {"Verbove": "attacked"}),
    ("They crossed the river at Sviatohirsk, which the Russians had also left.", {"Sviatohirsk": "liberated"}),
    ("The army drove on to Balakliia, whose centre Ukrainian troops entered on 8 September.", {"Balakliia": "liberated"}),
    ("Ukrainian drones struck Berdiansk, which Russian troops held.", {"Berdiansk": "occupied"}),
    ("Russian forces attacked near Synkivka, where milbloggers claimed gains.", {"Synkivka": "attacked"}),
    ("The fighting moved south into Zaporizhzhia Oblast, where Russian troops took Vasylivka.",
     {"Zaporizhzhia Oblast": "attacked", "Vasylivka": "occupied"}),
    ("Russian guns shelled the villages on the right bank, in Kherson Oblast, every night.", {"Kherson Oblast": "-"}),
    ("Russian milbloggers claimed that Russian forces control most of Vovchansk, a claim that Ukrainian officials refute.",
     {"Vovchansk": "-"}),
]

MORE = [
    ("By the spring Wagner had also taken Opytne and Ivanhrad.", {"Opytne": "occupied", "Ivanhrad": "occupied"}),
    ("Missiles also fell on Zolochiv and Bohodukhiv.", {"Zolochiv": "attacked", "Bohodukhiv": "attacked"}),
    ("The General Staff reported only \"clashes near\" Novopavlivka and Kotlyne.",
     {"Novopavlivka": "attacked", "Kotlyne": "attacked"}),
    ("Ukrainian units held Kurakhivka and Bohoiavlenka, though both came under heavy fire.",
     {"Kurakhivka": "attacked", "Bohoiavlenka": "attacked"}),
]

NEAR_AND_SPEAKERS = [
    ("Russian aircraft dropped glide bombs on Kurakhove and nearby Dachne.", {"Kurakhove": "attacked", "Dachne": "attacked"}),
    ("Drones hit a substation in Sumy Oblast and apartment blocks in Kharkiv.", {"Kharkiv": "attacked"}),
    ("The enemy made 5 unsuccessful attempts to drive our units out of their positions near Lyptsi.", {"Lyptsi": "attacked"}),
    ("Fighting continued west of Toretsk near Shcherbynivka, which Russian forces claimed in March.",
     {"Toretsk": "-", "Shcherbynivka": "attacked"}),
    ("Officials in Russian-occupied Enerhodar said the plant had lost power.", {"Enerhodar": "occupied"}),
]

CAPTION_WORDS = [
    ("Dnipro: a missile blows apart the top floors of an apartment block", {"Dnipro": "attacked"}),
    ("Kramatorsk: a rocket tears a hole in the roof of the railway station", {"Kramatorsk": "attacked"}),
    ("Robotyne, south of Orikhiv: Ukrainian positions under mortar fire", {"Robotyne": "attacked", "Orikhiv": "-"}),
    ("Residents of Balakliia greet Ukrainian soldiers", {"Balakliia": "liberated"}),
    ("Villagers in Vysokopillia welcome Ukrainian troops after the Russian retreat", {"Vysokopillia": "liberated"}),
    ("Explosions shake occupied Melitopol overnight", {"Melitopol": "attacked"}),
    ("Irpin: wrecked cars on the bridge after a battle with Russian troops", {"Irpin": "attacked"}),
    ("Toretsk: Ukrainian troops fight Russian infantry around the mine", {"Toretsk": "attacked"}),
    ("Flags go up in Kyselivka as Russian troops pull back", {"Kyselivka": "liberated"}),
]

ASSESSMENT_WORDS = [
    ("Russian occupation authorities in Berdiansk announced new rules for residents.", {"Berdiansk": "occupied"}),
    ("Occupation officials in Enerhodar and Kamianka-Dniprovska ordered an evacuation.",
     {"Enerhodar": "occupied", "Kamianka-Dniprovska": "occupied"}),
    ("Ukrainian forces are clearing enemy groups that infiltrated the areas of Zatyshok and Rusyn Yar.",
     {"Zatyshok": "attacked", "Rusyn Yar": "attacked"}),
    ("A milblogger claimed that Russian forces control the northern part of Siversk.", {"Siversk": "occupied"}),
]

LOCATED = [
    ("Klishchiivka near Bakhmut cleared of Russian troops, brigade says", {"Klishchiivka": "liberated", "Bakhmut": "-"}),
    ("Robotyne south of Orikhiv retaken by Ukrainian marines", {"Robotyne": "liberated", "Orikhiv": "-"}),
    ("Russian troops withdraw across the Dnipro from Kherson", {"Kherson": "liberated"}),
]

GROUPS = {"series": SERIES, "counts": COUNTS, "rivers": RIVERS, "time": TIME, "civilians": CIVILIANS, "frames": FRAMES,
          "captions": CAPTIONS, "withdrawals": WITHDRAWALS, "denials": DENIALS,
          "enumerations": ENUMERATIONS, "lists": LISTS,
          "relatives": RELATIVES, "more": MORE, "near and speakers": NEAR_AND_SPEAKERS,
          "caption words": CAPTION_WORDS, "assessment words": ASSESSMENT_WORDS,
          "located": LOCATED}


@pytest.mark.parametrize("sentence,expected", table(GROUPS))
def test_sentence_reading(ua_gazetteer, sentence: str, expected: dict[str, str]) -> None:
    check_reading(ua_gazetteer, sentence, expected)
