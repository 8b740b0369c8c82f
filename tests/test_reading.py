"""The reading of whole sentences in each genre mapper is fed, with the full GeoNames dump.

Each row is a sentence written for this project (real places, real kinds of events, our
own words) in the shape a genre uses, and the status each named place must get ("-" for
none). They exercise the mechanisms, not single words: located series, claim frames,
nominal events, captions without a verb, lists interrupted by a phrase, goals.
"""

from __future__ import annotations

import pytest
from _readings import check_reading, table

ASSESSMENT = [
    ("Russian forces attacked near Lyman itself; northwest of Lyman near Yampolivka and Torske; and north of "
     "Lyman near Zarichne.",
     {"Lyman": "attacked", "Yampolivka": "attacked", "Torske": "attacked", "Zarichne": "attacked"}),
    ("Russian forces attacked northeast of Kupiansk near Synkivka; east of Kupiansk near Petropavlivka; and "
     "southeast of Kupiansk near Tabaivka.",
     {"Kupiansk": "-", "Synkivka": "attacked", "Petropavlivka": "attacked", "Tabaivka": "attacked"}),
    ("Geolocated footage published on 14 March indicates that Russian forces recently advanced in western "
     "Krasnohorivka.", {"Krasnohorivka": "attacked"}),
    ("Russian forces advanced northwest of Bakhmut near Bohdanivka.", {"Bakhmut": "-", "Bohdanivka": "attacked"}),
    ("Russian forces conducted unsuccessful ground attacks near Synkivka, Petropavlivka and Kyslivka on the "
     "shore of the reservoir, Tabaivka and Stelmakhivka.",
     {"Synkivka": "attacked", "Kyslivka": "attacked", "Tabaivka": "attacked", "Stelmakhivka": "attacked"}),
    ("Russian milbloggers claimed that Russian forces seized Pobieda.", {"Pobieda": "occupied"}),
    ("Russian sources indicated that Ukrainian forces recaptured Robotyne.", {"Robotyne": "liberated"}),
    ("Russian forces likely aim to capture Chasiv Yar in the coming weeks.", {"Chasiv Yar": "-"}),
    ("Russian forces launched a counterattack with the intention of recapturing Lysychansk.", {"Lysychansk": "-"}),
    ("Russian forces continued ground attacks in the Kreminna direction near Terny and Yampolivka.",
     {"Kreminna": "-", "Terny": "attacked", "Yampolivka": "attacked"}),
    ("Russian forces attacked toward Kupiansk near Synkivka.", {"Kupiansk": "-", "Synkivka": "attacked"}),
    ("Russian forces attacked near Vesele and Spirne in the Siversk direction.",
     {"Vesele": "attacked", "Spirne": "attacked", "Siversk": "-"}),
    ("Russian forces attacked in the Kupiansk and Lyman directions.", {"Kupiansk": "-", "Lyman": "-"}),
    ("Russian forces continued offensive operations in the Kupiansk direction.", {"Kupiansk": "-"}),
    ("Ukrainian forces repelled Russian attacks some 20 km north of Soledar at Spirne and Bilohorivka.",
     {"Soledar": "-", "Spirne": "attacked", "Bilohorivka": "attacked"}),
    ("Russian troops were attacked near Dibrova (5 km southwest of Kreminna).",
     {"Dibrova": "attacked", "Kreminna": "-"}),
]
GENERAL_STAFF = [
    ("The Defence Forces repelled 60 attacks in the areas of these settlements: Hlushkivka (Kharkiv oblast); "
     "Novoiehorivka and Makiivka (Luhansk oblast); Spirne, Klishchiivka and Marinka (Donetsk oblast).",
     {"Hlushkivka": "attacked", "Novoiehorivka": "attacked", "Makiivka": "attacked", "Spirne": "attacked",
      "Klishchiivka": "attacked", "Marinka": "attacked", "Luhansk oblast": "-"}),
    ("The enemy shelled Kharkiv and the areas of Tsyrkuny, Slatyne and Prudianka.",
     {"Kharkiv": "attacked", "Tsyrkuny": "attacked", "Slatyne": "attacked", "Prudianka": "attacked"}),
    ("In the Kupiansk direction, the enemy attacked 4 times in the areas of Synkivka and Petropavlivka, "
     "Kharkiv oblast.", {"Kupiansk": "-", "Synkivka": "attacked", "Petropavlivka": "attacked"}),
    ("The enemy carried out 14 airstrikes, in particular near Robotyne, Verbove and Novoprokopivka in "
     "Zaporizhzhia oblast.", {"Robotyne": "attacked", "Verbove": "attacked", "Novoprokopivka": "attacked",
                              "Zaporizhzhia oblast": "-"}),
    ("The Defence Forces repelled 12 attacks near Bohdanivka, Ivanivske and Klishchiivka.",
     {"Bohdanivka": "attacked", "Ivanivske": "attacked", "Klishchiivka": "attacked"}),
]
WIRE = [
    ("Russia claims to have captured Toretsk, which Ukraine disputes.", {"Toretsk": "-"}),
    ("Moscow said its troops took Novomykhailivka, a claim Ukraine's military rejects.", {"Novomykhailivka": "-"}),
    ("A Russian drone hit an apartment building in the port city of Odesa overnight, killing 12 people.",
     {"Odesa": "attacked"}),
    ("Russian drones struck Odesa Oblast overnight, damaging port infrastructure in Izmail.",
     {"Izmail": "attacked"}),
    ("Officials said Ukrainian troops were pushing toward Svatove, a Russian-held town in the Luhansk region.",
     {"Svatove": "occupied", "Luhansk region": "-"}),
    ("Russian forces kept up their assault on Avdiivka, to the north, and on Pobieda, south of Marinka.",
     {"Avdiivka": "attacked", "Pobieda": "attacked", "Marinka": "-"}),
    ("Ukraine said its missiles struck a ship in the port of Sevastopol in Russian-annexed Crimea.",
     {"Sevastopol": "attacked", "Crimea": "occupied"}),
    ("Ukrainian forces liberated Izium and then moved towards the town of Balakliia.",
     {"Izium": "liberated", "Balakliia": "-"}),
    ("Russia said on Sunday its forces had taken the village of Khromove, a claim Kyiv denied.",
     {"Khromove": "-", "Kyiv": "-"}),
    ("Russian troops left Kherson on 11 November after eight months of occupation.", {"Kherson": "liberated"}),
    ("Ukrainian forces refuted Russian claims that Russian forces captured Krynky.", {"Krynky": "-"}),
    ("Officials said the operation was aimed at the return of occupied cities such as Rubizhne and Lysychansk.",
     {"Rubizhne": "occupied", "Lysychansk": "occupied"}),
]
CAPTIONS = [
    ("Damage to a school in Kharkiv after a missile strike", {"Kharkiv": "attacked"}),
    ("Primary school in Chuhuiv shelled", {"Chuhuiv": "attacked"}),
    ("Residential building destroyed in Bakhmut", {"Bakhmut": "attacked"}),
    ("Destruction in Vovchansk after Russian glide bombs", {"Vovchansk": "attacked"}),
    ("Aftermath of a missile attack on Odesa", {"Odesa": "attacked"}),
    ("Evacuation train leaves Pokrovsk", {"Pokrovsk": "-"}),
    ("Shelling of Pavlivka near Vuhledar", {"Pavlivka": "attacked", "Vuhledar": "-"}),
    ("Vovchansk residents evacuated as Russian troops assault the town", {"Vovchansk": "attacked"}),
    ("Volunteers deliver aid to Izium", {"Izium": "-"}),
    ("Ukrainian flag raised over the village hall in Vysokopillia", {"Vysokopillia": "liberated"}),
    ("Drones launched at Kyiv overnight were shot down", {"Kyiv": "attacked"}),
    ("Ruins of a school in Vovchansk after an air strike", {"Vovchansk": "attacked"}),
    ("Soldiers in Kupiansk after the town's liberation", {"Kupiansk": "liberated"}),
    ("Ukrainian troops in Klishchiivka after its recapture", {"Klishchiivka": "liberated"}),
    ("Church in Sviatohirsk damaged in a night-time artillery attack", {"Sviatohirsk": "attacked"}),
    ("Izium was calm after the strikes on Kupiansk.", {"Izium": "-", "Kupiansk": "attacked"}),
]
NARRATIVE = [
    ("Ukrainian troops advanced to Balakliia, Volokhiv Yar and Shevchenkove and recaptured them by 8 September.",
     {"Balakliia": "liberated", "Volokhiv Yar": "liberated", "Shevchenkove": "liberated"}),
    ("Civilians in Mykolaiv prepared barricades to stop Russian troops if they entered the city.",
     {"Mykolaiv": "-"}),
    ("Russian forces seized Selydove and advanced west of the town near Vyshneve.",
     {"Selydove": "occupied", "Vyshneve": "attacked"}),
    ("Russian aircraft struck Zaporizhzhia City and Kharkiv City with glide bombs.",
     {"Zaporizhzhia": "attacked", "Kharkiv": "attacked"}),
    ("Kupiansk supplied the Russian garrison in Izium, 80 km to the south.", {"Izium": "occupied"}),
    ("In Kharkiv itself, Russian shelling damaged a school in the Saltivskyi district.", {"Kharkiv": "attacked"}),
    ("The counteroffensive in the Kharkiv region broke through Russian lines.", {"Kharkiv region": "attacked"}),
    ("Russian forces had made little progress in Bakhmut by January but did capture the town of Soledar.",
     {"Bakhmut": "attacked", "Soledar": "occupied"}),
    ("Russian forces took Volnovakha in March and laid siege to Mariupol.", {"Volnovakha": "occupied"}),
    ("Fighting raged around Kherson while the enemy pressed from the occupied Crimea.", {"Crimea": "occupied"}),
    ("The last bridge was built between Bilohorivka and Serebrianka in May and was also destroyed.",
     {"Bilohorivka": "-", "Serebrianka": "-"}),
    ("The Russians tried to occupy Bilohorivka and to threaten Siversk from the east.",
     {"Bilohorivka": "-", "Siversk": "-"}),
]


GROUPS = {
    "assessment": ASSESSMENT,
    "genstaff": GENERAL_STAFF,
    "wire": WIRE,
    "caption": CAPTIONS,
    "narrative": NARRATIVE,
}


@pytest.mark.parametrize("sentence,expected", table(GROUPS))
def test_sentence_reading(ua_gazetteer, sentence: str, expected: dict[str, str]) -> None:
    check_reading(ua_gazetteer, sentence, expected)
