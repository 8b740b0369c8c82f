"""A fifth table of sentence shapes, with the full GeoNames dump: what a fresh set of one-line
captions (``tests/data/captions_5``, first read F1 0.766) showed missing, each written again in
our own words with other places.

The same reading as ``test_reading_shapes.py`` (statuses per the annotators' conventions in
``shared/eval/README.md``; "-" for none):

- a caption's label: "X: <event>", "X, Y Oblast: <event>" — the event happened at X;
- headlines without an auxiliary: "X retaken", "X fully occupied", "Whole of Y Oblast freed";
- entering: Ukrainian troops entering a place liberate it; Russian troops entering ("entered",
  "pushed into", "broke into") assault it, unless they entered without a fight;
- a side's adjective before an event noun ("the Ukrainian withdrawal from X": X occupied),
  "its capture" after a place the sentence already tells of;
- an attack on a place held by the other side: "missiles hit a plant in Russian-occupied X" is an
  attack on X and a standing occupation of it;
- denials before the claim ("denies Russian claims of capturing X") or after it (", Kyiv denies it");
- "full control of X"; "leave" in the present tense, but not "leave for X"; "Storm Shadow" is a missile;
- strikes in the present tense ("destroys", "smashes into", "drops a grenade on"), a headline that is
  a nominal event and where it was ("Drone strike next to a bus stop in X");
- a sentence's first word that is an English word and spells only a hamlet ("Police said ...");
- "troops back in X" (whose troops, the adjective says), a scare-quoted 'liberation' (a Russian
  claim), a street named in a caption is no place of its own ("near Sumska Street").
"""


from __future__ import annotations

import pytest
from _readings import check_reading, table

LABELS = [
    ("Kostiantynivka: a guided bomb hits a supermarket", {"Kostiantynivka": "attacked"}),
    ("Kherson: Russian artillery shells the riverside district overnight", {"Kherson": "attacked"}),
    ("Ivanivske, Donetsk Oblast: Russian assault groups storm the village",
     {"Ivanivske": "attacked", "Donetsk Oblast": "-"}),
    ("Sumy: the mayor opens a new school", {"Sumy": "-"}),
    ("Zaporizhzhia Oblast: Russian forces shelled Stepnohirsk and Prymorske",
     {"Zaporizhzhia Oblast": "-", "Stepnohirsk": "attacked", "Prymorske": "attacked"}),
]

HEADLINES = [
    ("Balakliia retaken, Ukrainian command says", {"Balakliia": "liberated"}),
    ("Mariupol fully occupied, Russian ministry says", {"Mariupol": "occupied"}),
    ("Whole of Sumy Oblast freed from Russian troops, governor says", {"Sumy Oblast": "liberated"}),
    ("Kupiansk liberated; fighting continues for Kreminna and Svatove",
     {"Kupiansk": "liberated", "Kreminna": "attacked"}),
]

ENTRY = [
    ("Russian troops push into Selydove from the south", {"Selydove": "attacked"}),
    ("Russian infantry entered Vovchansk on 10 May.", {"Vovchansk": "attacked"}),
    ("Ukrainian soldiers enter Snihurivka as Russian units pull back", {"Snihurivka": "liberated"}),
    ("Russian forces entered Nova Kakhovka without a fight in the first days of the invasion.",
     {"Nova Kakhovka": "occupied"}),
    ("Russian marines storm Urozhaine", {"Urozhaine": "attacked"}),
]

SIDES = [
    ("The General Staff confirmed the Ukrainian withdrawal from Vuhledar.", {"Vuhledar": "occupied"}),
    ("The Russian withdrawal from Bucha was over by 30 March.", {"Bucha": "liberated"}),
    ("Ukrainian troops leave Marinka after months of street fighting", {"Marinka": "occupied"}),
    ("Russian troops leave Kherson for the left bank of the river", {"Kherson": "liberated"}),
    ("Russian troops broke into Pervomaiske in March, and Moscow announced its capture in May.",
     {"Pervomaiske": "occupied"}),
]

HELD_AND_HIT = [
    ("Drones hit an oil depot in Russian-occupied Berdiansk", {"Berdiansk": "attacked"}),
    ("Drones hit an oil depot in Russian-occupied Berdiansk", {"Berdiansk": "occupied"}),
    ("Explosions reported in occupied Enerhodar", {"Enerhodar": "attacked"}),
    ("The ruins of the drama theatre in Russian-held Mariupol", {"Mariupol": "occupied"}),
]

CLAIMS = [
    ("Kyiv denies Russian claims of capturing Robotyne", {"Robotyne": "-"}),
    ("Russian ministry claims capture of Krynky, Ukrainian navy denies it", {"Krynky": "-"}),
    ("Russian MoD claims full control of Bakhmut", {"Bakhmut": "occupied"}),
    ("Russian forces have full control of Soledar.", {"Soledar": "occupied"}),
]

STRIKES = [
    ("Zaporizhzhia: a guided bomb destroys a printing house", {"Zaporizhzhia": "attacked"}),
    ("A missile smashes into a shopping centre in Kremenchuk", {"Kremenchuk": "attacked"}),
    ("Drone strike next to a bus stop in Nikopol", {"Nikopol": "attacked"}),
    ("A Russian drone drops a grenade on a tractor in Beryslav", {"Beryslav": "attacked"}),
]

OPENERS = [  # a sentence's first word, an English word that also spells a hamlet, is the English word
    ("Police said a missile hit a school in Sumy.", {"Sumy": "attacked"}),
    ("Baby food factory shelled in Kharkiv", {"Kharkiv": "attacked"}),
]

MORE_CAPTIONS = [
    ("Ukrainian troops back in Kupiansk, the General Staff says", {"Kupiansk": "liberated"}),
    ("Russian troops back in Kherson, a Russian official claims", {"Kherson": "occupied"}),
    ("Moscow celebrates the 'liberation' of Mariupol", {"Mariupol": "occupied"}),
    ("Kharkiv: a missile falls on a playground near Sumska Street", {"Kharkiv": "attacked"}),
]

NARRATIVE = [  # what a fresh set of encyclopaedia-style articles (encyclopaedia_3) showed missing
    ("The Russian battalions that had held Pravdyne and Posad-Pokrovske withdrew before the attack.",
     {"Pravdyne": "liberated", "Posad-Pokrovske": "liberated"}),
    ("Russian units advanced, taking Orlivka and, after a month of fighting, Tonenke and Umanske.",
     {"Orlivka": "occupied", "Tonenke": "occupied", "Umanske": "occupied"}),
    ("Moscow announced the capture of Synkivka, but the General Staff insisted that the village had never been lost.",
     {"Synkivka": "-"}),
    ("Russian sources said Robotyne had fallen; the General Staff in Kyiv replied that fighting for the village "
     "was continuing.", {"Robotyne": "attacked", "Kyiv": "-"}),
    ("Oleshky and Hola Prystan, both Russian-held, were struck by drones.", {"Oleshky": "occupied"}),
    ("Fighting went on in Robotyne, a village of some 1,500 people before the war, and near Verbove and Novoprokopivka.",
     {"Robotyne": "attacked", "Verbove": "attacked", "Novoprokopivka": "attacked"}),
    ("Its units pushed west through Tabaivka toward the river.", {"Tabaivka": "attacked"}),
    ("Russian guns kept up the shelling of Nikopol and of Marhanets and Pokrovske.",
     {"Nikopol": "attacked", "Marhanets": "attacked", "Pokrovske": "attacked"}),
    ("Moscow said Pidlyman had been \"liberated\" and later claimed Kolisnykivka, though Kyiv insisted the village had "
     "never been lost.", {"Pidlyman": "occupied", "Kolisnykivka": "-"}),
    ("Ukrainian brigades tried to break through the Russian lines toward Russia and occupied Crimea. After weeks of "
     "fighting they recaptured Staromaiorske.", {"Staromaiorske": "liberated"}),
    ("They entered Zhelanne, west of the town on the road to Dnipropetrovsk Oblast, in August.", {"Dnipropetrovsk Oblast": "-"}),
]

NOT_CUES = [
    ("Vans leave for Derhachi every morning with bread and water.", {"Derhachi": "-"}),
    ("Air defence shot down a Storm Shadow missile over Donetsk.", {"Donetsk": "-"}),
]

GROUPS = {"label": LABELS, "headline": HEADLINES, "entry": ENTRY, "sides": SIDES, "held and hit": HELD_AND_HIT,
          "claims": CLAIMS, "strikes": STRIKES, "openers": OPENERS, "more captions": MORE_CAPTIONS, "narrative": NARRATIVE, "not cues": NOT_CUES}  # fmt: skip


@pytest.mark.parametrize("sentence,expected", table(GROUPS))
def test_sentence_reading(ua_gazetteer, sentence: str, expected: dict[str, str]) -> None:
    check_reading(ua_gazetteer, sentence, expected)


def test_an_english_opening_word_is_no_place(ua_gazetteer) -> None:
    from mapper.pipeline import extract

    named = {e.mention.surface for e in extract("Police and rescuers work in Dnipro.", ua_gazetteer, all_mentions=True)}
    assert named == {"Dnipro"}  # not Polytsi, a village of Rivne Oblast
