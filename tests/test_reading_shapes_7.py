"""A seventh table of sentence shapes, with the full GeoNames dump: what two real articles of the dev set
(the 2023 counteroffensive and the battle of Lysychansk, read for this after three sessions kept blind:
F1 0.749 before) showed missing, each written again in our own words with other places.

The same reading as ``test_reading_shapes.py`` (statuses per the annotators' conventions in
``shared/eval/README.md``; "-" for none):

- a compass word before an oblast's name names part of the oblast ("counterattacks in eastern
  Zaporizhzhia and western Donetsk"), unless the sentence strikes a city ("a missile hit northern
  Kharkiv"); "Luhansk governor" is the oblast's governor;
- a list whose later member is a part of a place ("in central A and southern B");
- a list of targets interrupted by an aside that locates the first ("the village of A, north of the river,
  and the villages of B and C"); a last object named by its kind after objects that are no places ("the
  depot and grain elevator on the edge of town, and the southern village of X");
- a withdrawal from positions near X is no attack on X and no change of hands; nor is ground won around X;
- people fleeing are no army withdrawing ("a fleeing family interviewed in X");
- a list whose members each carry their date ("took A on the third day of the war, 26 February, and B on
  4 March"); "announced three more: A, B and C" after a sentence whose cue governs a list of names;
- a series of located lists, each opening with the preposition of the first ("air strikes on A and B in
  Donetsk Oblast, on C and D, and on E in Zaporizhzhia Oblast"; the oblast locates the last leg only);
- an advance in several legs, each with its own preposition ("300 m toward A, and 500 m near B");
- "offensive action" in the singular; a side "unable to hold onto X" lost it;
- captions: a denial of "claims to have taken X"; who claims a capture took it ("Russian claims to have
  taken X"); a flag "outside the village council in X" is raised in X; a strike's traces ("rescuers search the
  collapsed entrance", "the rubble of a school in X");
- briefings: "hit units close to A and B" (close to is near); an attack on "the Russian-occupied city of X"
  tells both who holds X and what happened there;
- "X was abandoned by <side> troops" (that side lost it); a second participle of one passive subject ("X was
  encircled in early November and retaken a few days later");
- wire: people killed or wounded in X ("shelling of the region killed one person in X") is an attack on X;
- a strike's traces in captions: "after shelling in X", a missile's fragment, debris, an unexploded rocket, a
  burning depot in X; "advanced to the outskirts of X";
- a Ukrainian confirmation after a Russian claim speaks for the cue ("Russian sources reported a retreat
  from X, the Ukrainians later confirming that it was liberated").
"""

from __future__ import annotations

import pytest
from _readings import check_reading, table

from mapper.pipeline import extract

REGIONS = [
    ("Ukrainian brigades pressed their attacks in southern Zaporizhzhia and eastern Kherson through the autumn.",
     {"Zaporizhzhia": "attacked", "Kherson": "attacked"}),
    ("Kharkiv governor Oleh Syniehubov said two villages had been evacuated.", {"Kharkiv": "-"}),
    ("A ballistic missile struck a shopping centre in northern Kharkiv on Saturday.", {"Kharkiv": "attacked"}),
]

LISTS = [
    ("Russian assault groups advanced in central Chasiv Yar and southern Toretsk.",
     {"Chasiv Yar": "attacked", "Toretsk": "attacked"}),
    ("Russian units stormed the village of Synkivka, north of the river, and the villages of Petropavlivka and "
     "Kurylivka.", {"Synkivka": "attacked", "Petropavlivka": "attacked", "Kurylivka": "attacked"}),
    ("The Russian defence ministry said its troops had seized the railway depot and grain elevator on the edge of "
     "the town, and the southern village of Bohorodychne as well.", {"Bohorodychne": "occupied"}),
]

NO_CHANGE = [
    ("Ukrainian troops pulled back from their positions near Robotyne on Tuesday.", {"Robotyne": "-"}),
    ("Ukraine's army says it has cleared 40 square kilometres of land south of Bakhmut.", {"Bakhmut": "-"}),
    ("Ukrainian forces were credited with recapturing 20 km2 of territory around Vuhledar.", {"Vuhledar": "-"}),
    ("A fleeing family interviewed in Kramatorsk described the shelling of Sloviansk.",
     {"Kramatorsk": "-", "Sloviansk": "attacked"}),
]

LEGS = [
    ("Ukrainian marines advanced 300 metres toward Staromaiorske in the east, and 500 metres near Urozhaine.",
     {"Staromaiorske": "-", "Urozhaine": "attacked"}),
    ("Ukrainian units advanced up to a kilometre toward Andriivka in the south, and 200 to 400 metres near "
     "Kurdiumivka and around Ozarianivka.", {"Andriivka": "-", "Kurdiumivka": "attacked", "Ozarianivka": "attacked"}),
    ("The brigade is engaged in a limited offensive action around the village of Krynky.", {"Krynky": "attacked"}),
]

SERIES = [
    ("The enemy carried out air strikes on Kostiantynivka and Druzhkivka in Donetsk Oblast, on Pokrovske and "
     "Mezhova, and on Orikhiv and Mala Tokmachka in Zaporizhzhia Oblast.",
     {"Kostiantynivka": "attacked", "Druzhkivka": "attacked", "Pokrovske": "attacked", "Mezhova": "attacked",
      "Orikhiv": "attacked", "Mala Tokmachka": "attacked"}),
    ("Russian troops attacked near Novopil and Vremivka, and along the boundary of Zaporizhzhia Oblast near "
     "Levadne and Rivnopil.", {"Novopil": "attacked", "Vremivka": "attacked", "Levadne": "attacked", "Rivnopil": "attacked"}),
    ("Russian forces attacked near Terny and Torske in the Lyman direction and near Yampolivka.",
     {"Terny": "attacked", "Torske": "attacked", "Yampolivka": "attacked"}),
]

DATED_LISTS = [
    ("Russian columns took Berdiansk on the third day of the war, 26 February, and Enerhodar on 4 March.",
     {"Berdiansk": "occupied", "Enerhodar": "occupied"}),
    ("Ukrainian troops freed Trostianets in late March and Okhtyrka's outlying villages in April, and Sumy's "
     "suburbs were cleared by early April.", {"Trostianets": "liberated"}),
]

MORE = [
    ("On Monday the Russian ministry claimed the capture of Ocheretyne and Keramik. A day later it announced three "
     "more: Soloviove, Novobakhmutivka and Semenivka.",
     {"Ocheretyne": "occupied", "Soloviove": "occupied", "Novobakhmutivka": "occupied", "Semenivka": "occupied"}),
    ("Ukrainian marines recaptured Piatykhatky. Two more followed: Levadne and Novodarivka.", {"Piatykhatky": "liberated"}),
]

HOLD = [
    ("Russian troops were unable to hold onto Lobkove and pulled back.", {"Lobkove": "liberated"}),
    ("Ukrainian troops failed to hold Marinka after a year of street fighting.", {"Marinka": "occupied"}),
    ("Russian forces failed to hold their positions near Robotyne.", {"Robotyne": "-"}),
]

CAPTIONS = [
    ("Border guards deny Russian claims to have taken Novenke in Sumy Oblast", {"Novenke": "-"}),
    ("Ukrainian officials relayed Russian claims to have taken Pishchane.", {"Pishchane": "occupied"}),
    ("Marines hold up the Ukrainian flag outside the village council in Kozachi Laheri", {"Kozachi Laheri": "liberated"}),
    ("Zaporizhzhia: rescuers search the collapsed entrance of an apartment block after a night of strikes",
     {"Zaporizhzhia": "attacked"}),
    ("Volunteers clear the rubble of a school in Orikhiv", {"Orikhiv": "attacked"}),
    ("The old bridge collapsed under the weight of a tank column near Izium", {"Izium": "-"}),
]

BRIEFINGS = [
    ("In the Siversk direction, the aviation and artillery of the Southern Group of Forces hit units of the 54th "
     "Mechanised Brigade close to Spirne and Vyimka.", {"Spirne": "attacked", "Vyimka": "attacked"}),
    ("Attacks by assault groups of the AFU were repelled close to Kurdiumivka.", {"Kurdiumivka": "attacked"}),
    ("Explosions rocked the Russian-occupied city of Berdiansk overnight.", {"Berdiansk": "attacked"}),
    ("A missile hit the Russian-occupied town of Skadovsk.", {"Skadovsk": "occupied"}),
]

PASSIVES = [
    ("Kupiansk was abandoned by Russian troops on 10 September.", {"Kupiansk": "liberated"}),
    ("Marinka was finally abandoned by Ukrainian forces in December 2023.", {"Marinka": "occupied"}),
    ("Snihurivka was encircled in early November and retaken a few days later.", {"Snihurivka": "liberated"}),
    ("Russian units in Kupiansk were left without supplies.", {"Kupiansk": "-"}),
]

WIRE = [
    ("Shelling of the Kherson region killed one person in Bilozerka, the governor said.",
     {"Bilozerka": "attacked"}),
    ("The strike killed at least 12 people in Kryvyi Rih.", {"Kryvyi Rih": "attacked"}),
]

TRACES = [
    ("Smoke rises after shelling in Sloviansk", {"Sloviansk": "attacked"}),
    ("A police officer inspects a fragment of a Russian missile in Dnipro", {"Dnipro": "attacked"}),
    ("Residents sweep debris outside their homes in Kupiansk", {"Kupiansk": "attacked"}),
    ("An unexploded rocket stuck in the ground in Mykolaiv", {"Mykolaiv": "attacked"}),
    ("Firefighters at a burning oil depot in Rivne", {"Rivne": "attacked"}),
    ("Azot chemical plant in Sievierodonetsk burning after Russian shelling", {"Sievierodonetsk": "attacked"}),
    ("Russian troops advanced to the outskirts of Selydove.", {"Selydove": "attacked"}),
]

SPEAKERS = [
    ("Russian bloggers reported a retreat from Robotyne, and Ukrainian officials later confirmed that the village "
     "had been liberated.", {"Robotyne": "liberated"}),
    ("On May 3 Russian sources announced a withdrawal from Klishchiivka, the Ukrainians confirming days later that "
     "the village was liberated.", {"Klishchiivka": "liberated"}),
]

GROUPS = {"regions": REGIONS, "lists": LISTS, "no change": NO_CHANGE, "legs": LEGS, "series": SERIES, "dated lists": DATED_LISTS, "more": MORE, "hold": HOLD, "captions": CAPTIONS, "briefings": BRIEFINGS, "passives": PASSIVES, "wire": WIRE, "traces": TRACES, "speakers": SPEAKERS}


@pytest.mark.parametrize("sentence,expected", table(GROUPS))
def test_sentence_reading(ua_gazetteer, sentence: str, expected: dict[str, str]) -> None:
    check_reading(ua_gazetteer, sentence, expected)


@pytest.mark.parametrize(
    "sentence,surface,code",
    [
        ("Ukrainian brigades pressed their attacks in southern Zaporizhzhia and eastern Kherson.", "Zaporizhzhia", "ADM1"),
        ("Ukrainian brigades pressed their attacks in southern Zaporizhzhia and eastern Kherson.", "Kherson", "ADM1"),
        ("Luhansk governor Serhiy Haidai said the shelling had not stopped.", "Luhansk", "ADM1"),
        ("A ballistic missile struck a shopping centre in northern Kharkiv.", "Kharkiv", "PPLA"),
        ("Explosions were heard in central Kherson overnight.", "Kherson", "PPLA"),
    ],
)
def test_a_compass_word_or_a_governor_names_the_oblast(ua_gazetteer, sentence: str, surface: str, code: str) -> None:
    (event,) = [e for e in extract(sentence, ua_gazetteer, all_mentions=True) if e.mention.surface == surface]
    assert event.place is not None and event.place.feature_code == code


def test_a_village_on_the_border_of_two_oblasts_may_lie_in_either(ua_gazetteer) -> None:
    # Blahodatne: one in Donetsk Oblast 5 km from Velyka Novosilka (707992), others in Zaporizhzhia Oblast
    sentence = ("Fighting went on along the border between Donetsk and Zaporizhzhia Oblasts in Blahodatne, "
                "close to Velyka Novosilka.")  # fmt: skip
    (event,) = [e for e in extract(sentence, ua_gazetteer, all_mentions=True) if e.mention.surface == "Blahodatne"]
    assert event.place is not None and event.place.geonameid == 707992


@pytest.mark.parametrize(
    "sentence,first,second",
    [
        # the first mention is not the namesake the note names by a place near it; the note's own is
        ("Ukrainian troops retook Husarivka, which should not be confused with the Husarivka near Barvinkove.",
         707853, 707855),
        ("Russian troops held Vodiane, on the reservoir near Enerhodar (not the Vodiane near Vuhledar).", 689321, 689197),
    ],
)
def test_a_note_tells_two_namesakes_apart(ua_gazetteer, sentence: str, first: int, second: int) -> None:
    events = [e for e in extract(sentence, ua_gazetteer, all_mentions=True) if e.mention.surface in ("Husarivka", "Vodiane")]
    assert [e.place.geonameid for e in events] == [first, second]
    assert events[1].status is None  # the note's namesake is a reference, not a place of the events
