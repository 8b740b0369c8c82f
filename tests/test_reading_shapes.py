"""The reading of sentence shapes each genre uses, with the full GeoNames dump.

A wider table than ``test_reading.py``, in the same shape: each row is a sentence written for
this project (real places, real kinds of events, our own words, several of the spellings the
press uses) in a shape a genre uses, and the status each named place must get ("-" for none),
per the annotators' conventions in ``shared/eval/README.md``:

- assessments: located series ("near X itself; northwest of X near A and B"), geolocated
  footage, milblogger claims (a claim still reports its status; a claim denied in the same
  sentence does not), unconfirmed and "likely" readings, section labels, directions, axes,
  lines and tactical areas, counterattacks and regained positions (fighting, not a change of
  control), forecasts;
- General Staff summaries: counts of engagements in the areas of listed settlements, bombs
  and shelling, oblast locators, direction labels, non-events;
- wire copy: datelines, quotes and attributions, Russian claims (a Russian "liberation" is an
  occupation) and Kyiv's denials, withdrawals (a Ukrainian withdrawal is an occupation, a
  Russian one a liberation), strikes on cities, strikes inside Russia (no status), metonymy;
- encyclopaedia narrative: pluperfects, passives, "fell to", sieges, standing control,
  nominal events ("following the capture of X"), pronouns and the next sentence;
- one-line captions: traces of strikes without a verb, flags, non-events.

Negatives throughout: reference points, directions, goals, threats, the future, hypotheticals,
denied claims, names as modifiers ("the Kharkiv region's governor"), first names that are also
villages (Oleh, Maksym, Volodymyr), places outside Ukraine.
"""

from __future__ import annotations

import pytest
from _readings import check_reading, table

ASSESSMENT = [
    # located series: the place itself, then bearings from it
    ("Russian forces attacked near Toretsk itself and northeast of Toretsk near Druzhba and Pivnichne on 5 July.",
     {"Toretsk": "attacked", "Druzhba": "attacked", "Pivnichne": "attacked"}),
    ("Russian forces attacked southeast of Pokrovsk near Novohrodivka, Selydove, and Ukrainsk on 20 August.",
     {"Pokrovsk": "-", "Novohrodivka": "attacked", "Selydove": "attacked", "Ukrainsk": "attacked"}),
    ("Russian forces attacked near Vuhledar itself; east of Vuhledar near Pavlivka; and north of Vuhledar near "
     "Vodiane.", {"Vuhledar": "attacked", "Pavlivka": "attacked", "Vodiane": "attacked"}),
    ("Russian forces continued ground attacks north of Bakhmut near Orikhovo-Vasylivka and Berkhivka and west of "
     "Bakhmut near Ivanivske.",
     {"Bakhmut": "-", "Orikhovo-Vasylivka": "attacked", "Berkhivka": "attacked", "Ivanivske": "attacked"}),
    ("Russian forces recently made a confirmed advance east of Kupiansk.", {"Kupiansk": "-"}),
    ("Russian forces conducted unsuccessful assaults west of Avdiivka near Berdychi and Tonenke.",
     {"Avdiivka": "-", "Berdychi": "attacked", "Tonenke": "attacked"}),
    # no confirmed advance
    ("Russian forces continued offensive operations in the Pokrovsk direction on 12 November but did not make "
     "confirmed advances.", {"Pokrovsk": "-"}),
    ("Russian forces continued offensive operations near Kreminna on 3 March but did not make any confirmed "
     "gains.", {"Kreminna": "attacked"}),
    ("Fighting continued near Synkivka and Berestove, but neither side made confirmed advances.",
     {"Synkivka": "attacked", "Berestove": "attacked"}),
    # geolocated footage
    ("Geolocated footage published on 9 May indicates that Russian forces advanced in central Ocheretyne.",
     {"Ocheretyne": "attacked"}),
    ("Geolocated footage published on 21 February shows that Russian forces seized Stepove, northwest of "
     "Avdiivka.", {"Stepove": "occupied", "Avdiivka": "-"}),
    ("Geolocated footage published on 28 August indicates that Ukrainian forces recaptured Robotyne.",
     {"Robotyne": "liberated"}),
    ("Geolocated footage posted on 11 June shows that Ukrainian forces advanced in southern Staromaiorske.",
     {"Staromaiorske": "attacked"}),
    ("Additional geolocated footage published on 16 September indicates that Ukrainian forces liberated "
     "Andriivka, south of Bakhmut.", {"Andriivka": "liberated", "Bakhmut": "-"}),
    ("Geolocated footage published on 2 October shows Russian forces raising a flag in Novoselydivka, indicating "
     "that Russian forces seized the village.", {"Novoselydivka": "occupied"}),
    # milblogger and other claims
    ("Russian milbloggers claimed that Russian forces captured Umanske, but ISW has not observed confirmation of "
     "this claim.", {"Umanske": "occupied"}),
    ("A Russian milblogger claimed that Ukrainian forces counterattacked near Kurdiumivka.",
     {"Kurdiumivka": "attacked"}),
    ("Russian milbloggers claimed that Russian forces advanced up to 1.5 kilometers near Novomykhailivka.",
     {"Novomykhailivka": "attacked"}),
    ("Some Russian milbloggers claimed that Ukrainian forces recaptured Urozhaine on 16 August.",
     {"Urozhaine": "liberated"}),
    ("A prominent Russian milblogger claimed that Ukrainian forces retook Klishchiivka, though other milbloggers "
     "denied the claim.", {"Klishchiivka": "-"}),
    ("The Russian Ministry of Defense claimed that Russian forces 'liberated' Novobakhmutivka.",
     {"Novobakhmutivka": "occupied"}),
    ("Russian sources claimed that Russian forces entered Ukrainsk, but other milbloggers refuted these claims.",
     {"Ukrainsk": "-"}),
    ("The Russian Ministry of Defense claimed that Russian forces repelled Ukrainian attacks near Kupiansk and "
     "Kyslivka.", {"Kupiansk": "attacked", "Kyslivka": "attacked"}),
    ("A Ukrainian brigade spokesperson reported that Russian forces are attacking Vovchansk with small infantry "
     "groups.", {"Vovchansk": "attacked"}),
    # hedges: reportedly, likely
    ("Russian forces reportedly seized Krasnohorivka on 10 September.", {"Krasnohorivka": "occupied"}),
    ("Russian forces likely seized Ivanivske, although ISW has not yet observed visual confirmation.",
     {"Ivanivske": "occupied"}),
    ("Ukrainian forces likely withdrew from Avdiivka on the night of 16 to 17 February.", {"Avdiivka": "occupied"}),
    # forecasts, goals, threats, hypotheticals
    ("Russian forces are likely to attack Chasiv Yar in the coming days.", {"Chasiv Yar": "-"}),
    ("Russian forces will likely attempt to seize Kurakhove before the end of the year.", {"Kurakhove": "-"}),
    ("Russian forces are attempting to encircle Avdiivka from the north and the south.", {"Avdiivka": "-"}),
    ("Russian forces may intensify attacks on Huliaipole if they seize Robotyne.",
     {"Huliaipole": "-", "Robotyne": "-"}),
    ("The Russian command likely intends to push Ukrainian forces out of Siversk and Kostiantynivka.",
     {"Siversk": "-", "Kostiantynivka": "-"}),
    ("A Russian advance into Myrnohrad would threaten the main supply road to Pokrovsk.",
     {"Myrnohrad": "-", "Pokrovsk": "-"}),
    # directions, axes, lines, tactical areas
    ("Russian forces continued attacks in the Siversk direction near Bilohorivka and Vyimka.",
     {"Siversk": "-", "Bilohorivka": "attacked", "Vyimka": "attacked"}),
    ("Russian forces attacked along the Svatove-Kreminna line near Makiivka and Nevske.",
     {"Svatove": "-", "Kreminna": "-", "Makiivka": "attacked", "Nevske": "attacked"}),
    ("Positional engagements continued in the Robotyne-Verbove tactical area.", {"Robotyne": "-", "Verbove": "-"}),
    ("Russian forces conducted ground attacks in the direction of Kostiantynivka.", {"Kostiantynivka": "-"}),
    ("Russian forces recently made marginal advances in the Lyman direction.", {"Lyman": "-"}),
    ("Russian forces may be trying to cut the highway between Kostiantynivka and Pokrovsk.",
     {"Kostiantynivka": "-", "Pokrovsk": "-"}),
    ("Russian forces attacked toward Pokrovsk from the Ocheretyne area near Novooleksandrivka.",
     {"Pokrovsk": "-", "Novooleksandrivka": "attacked"}),
    # counterattacks, recaptured and regained positions
    ("Ukrainian forces counterattacked near Synkivka and recaptured positions near Kyslivka.",
     {"Synkivka": "attacked", "Kyslivka": "attacked"}),
    ("Ukrainian forces regained lost positions near Robotyne, according to a Ukrainian military spokesperson.",
     {"Robotyne": "attacked"}),
    ("Geolocated footage published on 3 October indicates that Ukrainian forces recently recaptured positions "
     "near Andriivka, south of Bakhmut.", {"Andriivka": "attacked", "Bakhmut": "-"}),
    ("Russian forces regained positions they had lost near Krynky in the east (left) bank of Kherson Oblast.",
     {"Krynky": "attacked", "Kherson Oblast": "-"}),
    ("Ukrainian forces conducted a counterattack near Krynky on 14 December.", {"Krynky": "attacked"}),
    # section labels
    ("Russian Subordinate Main Effort: seizing the rest of Donetsk Oblast.", {"Donetsk Oblast": "-"}),
    ("Russian Main Effort in eastern Ukraine: Russian forces attacked near Kyslivka and Petropavlivka.",
     {"Kyslivka": "attacked", "Petropavlivka": "attacked"}),
    # captures and withdrawals in assessment wording
    ("Russian forces seized Prohres and advanced northwest of the settlement toward Ocheretyne.",
     {"Prohres": "occupied", "Ocheretyne": "-"}),
    ("Russian forces withdrew from the west (right) bank of Kherson Oblast, including Kherson City.",
     {"Kherson": "liberated"}),
    ("Ukrainian forces maintain positions in Krynky despite heavy Russian shelling.", {"Krynky": "attacked"}),
    ("Russian forces conducted a battalion-sized mechanized assault near Vuhledar on 9 February.",
     {"Vuhledar": "attacked"}),
    ("Russian forces recently recaptured Urozhaine after weeks of Ukrainian control.", {"Urozhaine": "occupied"}),
    ("Russian forces struck Kharkiv City with Iskander missiles on 25 May.", {"Kharkiv": "attacked"}),
    ("Russian forces entered Selydove and are fighting in the town's center.", {"Selydove": "attacked"}),
]

GENERAL_STAFF = [
    ("In the Pokrovsk direction, the enemy attacked 37 times in the areas of Myroliubivka, Lysivka, Promin, "
     "Novooleksandrivka and Novohrodivka.",
     {"Pokrovsk": "-", "Myroliubivka": "attacked", "Lysivka": "attacked", "Promin": "attacked",
      "Novooleksandrivka": "attacked", "Novohrodivka": "attacked"}),
    ("The enemy dropped guided aerial bombs on Pokrovsk and Kurakhove.",
     {"Pokrovsk": "attacked", "Kurakhove": "attacked"}),
    ("In the Kramatorsk direction, the situation remains tense; the occupiers tried to advance near Chasiv Yar "
     "and Kalynivka 9 times.", {"Kramatorsk": "-", "Chasiv Yar": "attacked", "Kalynivka": "attacked"}),
    ("In the Kharkiv direction, the enemy stormed our positions near Vovchansk and Hlyboke twice.",
     {"Kharkiv": "-", "Vovchansk": "attacked", "Hlyboke": "attacked"}),
    ("In the Orikhiv direction, the enemy launched airstrikes on Mala Tokmachka and Novoandriivka, Zaporizhzhia "
     "oblast.", {"Orikhiv": "-", "Mala Tokmachka": "attacked", "Novoandriivka": "attacked",
                 "Zaporizhzhia oblast": "-"}),
    ("In the Kurakhove direction, Ukrainian defenders repelled 21 enemy attacks near Heorhiivka, Kostiantynivka "
     "and Antonivka.", {"Kurakhove": "-", "Heorhiivka": "attacked", "Kostiantynivka": "attacked",
                        "Antonivka": "attacked"}),
    ("In the Lyman direction, the enemy made 6 attempts to advance near Nevske and Makiivka, Luhansk oblast, and "
     "near Terny, Donetsk oblast.", {"Lyman": "-", "Nevske": "attacked", "Makiivka": "attacked",
                                     "Terny": "attacked", "Luhansk oblast": "-", "Donetsk oblast": "-"}),
    ("Artillery shelling hit Kupiansk, Kivsharivka and Kurylivka in Kharkiv oblast.",
     {"Kupiansk": "attacked", "Kivsharivka": "attacked", "Kurylivka": "attacked", "Kharkiv oblast": "-"}),
    ("In the Siversk direction, the enemy did not conduct active operations.", {"Siversk": "-"}),
    ("In the Volyn and Polissia directions, no signs of enemy offensive groups forming were detected.",
     {"Volyn": "-", "Polissia": "-"}),
    ("The enemy launched an air strike near Ukrainsk and fired multiple rocket launchers at Hirnyk.",
     {"Ukrainsk": "attacked", "Hirnyk": "attacked"}),
    ("Our defenders continue to hold back the enemy near Toretsk and Shcherbynivka.",
     {"Toretsk": "attacked", "Shcherbynivka": "attacked"}),
    ("In the Kherson direction, the enemy tried 4 times to storm the positions of our units near Krynky.",
     {"Kherson": "-", "Krynky": "attacked"}),
    ("In the Novopavlivka direction, the enemy tried to advance near Kostiantynopil and Uspenivka.",
     {"Novopavlivka": "-", "Kostiantynopil": "attacked", "Uspenivka": "attacked"}),
    ("The enemy attacked 11 times in the Kupiansk direction near Lozova, Stepova Novoselivka and Pishchane.",
     {"Kupiansk": "-", "Lozova": "attacked", "Stepova Novoselivka": "attacked", "Pishchane": "attacked"}),
    ("In the Vremivka direction, the enemy struck Velyka Novosilka and Staromaiorske with guided bombs.",
     {"Vremivka": "-", "Velyka Novosilka": "attacked", "Staromaiorske": "attacked"}),
    ("The areas of Ryzhivka, Myropillia and Khotin in Sumy oblast came under artillery fire.",
     {"Ryzhivka": "attacked", "Myropillia": "attacked", "Khotin": "attacked", "Sumy oblast": "-"}),
    ("Over the past day, the enemy's losses in the Pokrovsk direction amounted to 420 personnel.",
     {"Pokrovsk": "-"}),
    ("In the Toretsk direction, the enemy, supported by aviation, carried out 14 assaults in the areas of "
     "Shcherbynivka, Niu-York and Dyliivka.",
     {"Toretsk": "-", "Shcherbynivka": "attacked", "Niu-York": "attacked", "Dyliivka": "attacked"}),
    ("In the Prydniprovske direction, the enemy shelled Kherson, Antonivka and Bilozerka.",
     {"Kherson": "attacked", "Antonivka": "attacked", "Bilozerka": "attacked"}),
    ("The situation in the Bakhmut direction remains tense.", {"Bakhmut": "-"}),
    ("The aggressor carried out an air strike with guided bombs on Liptsi and Vovchansk.",
     {"Liptsi": "attacked", "Vovchansk": "attacked"}),
    ("Ukrainian units repelled 5 enemy attacks in the vicinity of Nelipivka and Bila Hora.",
     {"Nelipivka": "attacked", "Bila Hora": "attacked"}),
    ("The enemy is concentrating assault units near Vovchansk for a possible offensive.", {"Vovchansk": "-"}),
    ("The Khortytsia operational-strategic group said its units repelled 30 attacks near Kupiansk and Lyman.",
     {"Khortytsia": "-", "Kupiansk": "attacked", "Lyman": "attacked"}),
    ("In the Huliaipole direction, our soldiers repelled an enemy assault near Malynivka, Zaporizhzhia oblast.",
     {"Huliaipole": "-", "Malynivka": "attacked", "Zaporizhzhia oblast": "-"}),
    ("Since the beginning of the day, 142 combat engagements have taken place; the fiercest fighting is in the "
     "Pokrovsk and Kurakhove directions.", {"Pokrovsk": "-", "Kurakhove": "-"}),
    ("The occupiers shelled Nikopol and Marhanets across the Dnipro, Dnipropetrovsk oblast.",
     {"Nikopol": "attacked", "Marhanets": "attacked", "Dnipropetrovsk oblast": "-"}),
    ("Russian aviation struck Vovchansk, Starytsia and Lyptsi, Kharkiv oblast.",
     {"Vovchansk": "attacked", "Starytsia": "attacked", "Lyptsi": "attacked", "Kharkiv oblast": "-"}),
    ("In the Kupiansk direction, the enemy tried to break through our defenses 3 times; the fighting continues "
     "near Synkivka.", {"Kupiansk": "-", "Synkivka": "attacked"}),
]

WIRE = [
    ("KYIV, Feb 17 - Ukraine's military confirmed on Saturday that its troops had withdrawn from Avdiivka.",
     {"KYIV": "-", "Avdiivka": "occupied"}),
    ("Russia's defence ministry said on Tuesday its forces had 'liberated' the village of Ivanivka in the "
     "Kharkiv region.", {"Ivanivka": "occupied", "Kharkiv region": "-"}),
    ("Moscow said its troops had seized Rabotino, which Kyiv denied.",
     {"Moscow": "-", "Rabotino": "-", "Kyiv": "-"}),
    ("A Russian missile strike on Kryvyi Rih killed 18 people, including nine children, officials said on "
     "Saturday.", {"Kryvyi Rih": "attacked"}),
    ("At least four people were killed when a Russian glide bomb hit an apartment block in Zaporizhzhia, the "
     "regional governor said.", {"Zaporizhzhia": "attacked"}),
    ("A Ukrainian drone attack on Russia's Belgorod region killed one person, the local governor said.",
     {"Belgorod region": "-"}),
    ("Shelling of the border town of Shebekino in Russia's Belgorod region wounded two people, the governor said.",
     {"Shebekino": "-", "Belgorod region": "-"}),
    ("Ukrainian troops have pulled back from Sievierodonetsk after weeks of street fighting, the regional "
     "governor said on Friday.", {"Sievierodonetsk": "occupied"}),
    ("Russian troops pulled back from Bucha, Irpin and Hostomel at the end of March.",
     {"Bucha": "liberated", "Irpin": "liberated", "Hostomel": "liberated"}),
    ("Ukraine's military said on Wednesday its forces had retaken the village of Pryiutne in the south.",
     {"Pryiutne": "liberated"}),
    ("Kyiv did not comment on Moscow's claim that its forces had captured Novomykhailivka.",
     {"Kyiv": "-", "Moscow": "-", "Novomykhailivka": "occupied"}),
    ("Russian forces are trying to break through to Pokrovsk, a key logistics hub, Ukraine's top commander said.",
     {"Pokrovsk": "-"}),
    ("The Kremlin said Russian forces had 'liberated' Mariupol, the port city besieged since early March.",
     {"Mariupol": "occupied"}),
    ("Zaporizhzhia governor Ivan Fedorov said Russian forces had shelled Orikhiv 40 times in a day.",
     {"Zaporizhzhia": "-", "Orikhiv": "attacked"}),
    ("The Kharkiv region's governor, Oleh Syniehubov, said a strike on Kupiansk wounded three people.",
     {"Kharkiv region": "-", "Kupiansk": "attacked"}),  # (Oleh: a first name after a title, no place at all)
    ("Volodymyr Zelensky said on Monday that Russian strikes on Odesa had damaged port infrastructure.",
     {"Odesa": "attacked"}),
    ("Ukrainian officials said the town of Vuhledar had been under relentless bombardment for weeks.",
     {"Vuhledar": "attacked"}),
    ("Ukraine pulled its last troops out of Vuhledar on Wednesday to avoid being encircled.",
     {"Vuhledar": "occupied"}),
    ("Russian troops withdrew from Snake Island in what Moscow called a gesture of goodwill.",
     {"Snake Island": "liberated", "Moscow": "-"}),
    ("Explosions rocked Melitopol overnight, the city's exiled mayor said.", {"Melitopol": "attacked"}),
    ("Russian troops have held Melitopol since the first days of the invasion.", {"Melitopol": "occupied"}),
    ("A Ukrainian missile strike hit a Russian landing ship in the port of Feodosia in occupied Crimea.",
     {"Feodosia": "attacked", "Crimea": "occupied"}),
    ("Ukraine said Russia was massing troops near Kharkiv for a new offensive.", {"Kharkiv": "-"}),
    ("Russia could try to take the city of Zaporizhzhia if the front collapses, a Ukrainian commander warned.",
     {"Zaporizhzhia": "-"}),
    ("Authorities ordered the evacuation of families with children from Kupiansk on Thursday.", {"Kupiansk": "-"}),
    ("Two people were killed in a Russian drone strike on Kherson on Sunday morning, the regional administration "
     "said.", {"Kherson": "attacked"}),
    ("Russian forces captured the town of Lisichansk on Sunday, Russia's defence ministry said.",
     {"Lisichansk": "occupied"}),
    ("Ukraine's military acknowledged on Thursday that its troops had retreated from the town of Krasnohorivka.",
     {"Krasnohorivka": "occupied"}),
    ("The Russian defence ministry said its troops had taken Novoselivka Persha, a claim that could not be "
     "independently verified.", {"Novoselivka Persha": "occupied"}),
    ("Ukrainian soldiers entered the centre of Kherson on Friday, where residents greeted them with flags.",
     {"Kherson": "liberated"}),
    ("The head of Ukraine's military intelligence said Russia was preparing an offensive on Sumy.", {"Sumy": "-"}),
    ("The strike on Chernihiv hit a hotel in the city centre, killing 17 people.", {"Chernihiv": "attacked"}),
    ("Russian forces shelled Nikopol across the river from Russian-held Enerhodar.",
     {"Nikopol": "attacked", "Enerhodar": "occupied"}),
    ("Dnipro's mayor said the city's infrastructure had not been damaged.", {"Dnipro": "-"}),
    ("Ukrainian forces took the town of Sudzha in Russia's Kursk region in August.",
     {"Sudzha": "-", "Kursk region": "-"}),
    ("Russia struck Kyiv with drones and missiles overnight, Ukraine's air force said.", {"Kyiv": "attacked"}),
    ("Kyiv said on Monday it had hit an air base near Engels, deep inside Russia.", {"Kyiv": "-", "Engels": "-"}),
    ("Russia's defence ministry said its forces had taken control of Artemovsk, the Russian name for Bakhmut.",
     {"Artemovsk": "occupied"}),
    ("The Russian defence ministry said its units had captured Krasnogorovka and Ugledar had been surrounded, "
     "claims Ukraine's military rejected.", {"Krasnogorovka": "-", "Ugledar": "-"}),
    ("Russia said on Saturday its troops were withdrawing from Izyum to regroup near Donetsk.",
     {"Izyum": "liberated", "Donetsk": "-"}),
    ("Ukrainian troops retreated from Maryinka, which had been reduced to rubble, the army said on Tuesday.",
     {"Maryinka": "occupied"}),
    ("Vladimir Rogov, a Russian-installed official, said Ukrainian forces had shelled Vasylivka.",
     {"Vladimir": "-", "Vasylivka": "attacked"}),
    ("Ilya Yevlash, a spokesman for the Khortytsia group, said Russian troops stormed Kupiansk-Vuzlovyi.",
     {"Kupiansk-Vuzlovyi": "attacked"}),  # (the Khortytsia group is a grouping of forces: no place is read)
    ("LVIV, Ukraine - Russian missiles struck Rivne overnight, regional officials said.",
     {"LVIV": "-", "Rivne": "attacked"}),
]

NARRATIVE = [
    ("By 10 September, Ukrainian troops had entered Izium.", {"Izium": "liberated"}),
    ("By 11 September, Ukrainian troops had entered Kupiansk and raised the national flag over the town hall.",
     {"Kupiansk": "liberated"}),
    ("Balakliia was retaken on 8 September.", {"Balakliia": "liberated"}),
    ("The Russians were driven out of Trostianets in late March.", {"Trostianets": "liberated"}),
    ("Sievierodonetsk fell to Russian forces on 25 June.", {"Sievierodonetsk": "occupied"}),
    ("The siege of Chernihiv lasted until the end of March.", {"Chernihiv": "attacked"}),
    ("Chernihiv remained under Ukrainian control throughout the fighting.", {"Chernihiv": "-"}),
    ("Vysokopillia was freed on 4 September; the town had been under occupation since March.",
     {"Vysokopillia": "liberated"}),
    ("Following the capture of Bakhmut, Russian forces turned their attention to Chasiv Yar.",
     {"Bakhmut": "occupied", "Chasiv Yar": "-"}),
    ("Following the liberation of Kherson, Ukrainian forces came under constant shelling from the left bank.",
     {"Kherson": "liberated"}),
    ("Russian forces reached the outskirts of Avdiivka in October 2023 and captured it four months later.",
     {"Avdiivka": "occupied"}),
    ("Ukrainian troops recaptured Klishchiivka on 17 September. Andriivka, a few kilometres south, had been "
     "retaken two days earlier.", {"Klishchiivka": "liberated", "Andriivka": "liberated"}),
    ("Russian forces captured Kherson on 2 March after brief fighting. It was the first regional capital to fall.",
     {"Kherson": "occupied"}),
    ("Russian forces laid siege to Mariupol in early March.", {"Mariupol": "attacked"}),
    ("Ukrainian troops advanced about 20 km towards Tokmak but did not reach the town.", {"Tokmak": "-"}),
    ("The Russian offensive aimed to encircle Ukrainian forces in Lysychansk.", {"Lysychansk": "-"}),
    ("Lysychansk fell on 3 July, when Ukrainian forces withdrew to avoid encirclement.",
     {"Lysychansk": "occupied"}),
    ("Russia seized Snihurivka in March, and Ukraine recaptured it on 10 November.", {"Snihurivka": "liberated"}),
    ("The Russian attack on Vuhledar in February 2023 ended in heavy losses for the attacking brigades.",
     {"Vuhledar": "attacked"}),
    ("Through the winter of 2023, Vuhledar remained in Ukrainian hands.", {"Vuhledar": "-"}),
    ("Russian forces besieged Chernihiv but never entered the city.", {"Chernihiv": "attacked"}),
    ("The Russians were expelled from Lyman on 1 October after being nearly encircled.", {"Lyman": "liberated"}),
    ("In Izium, investigators later found mass graves.", {"Izium": "-"}),
    ("On 30 March, Russian units withdrew from Sumy Oblast entirely.", {"Sumy Oblast": "liberated"}),
    ("Ukrainian forces reached the Oskil River near Kupiansk by 11 September.", {"Kupiansk": "-"}),
    ("Ukraine regained control of Robotyne in late August 2023.", {"Robotyne": "liberated"}),
    ("Russian forces, who had held Sviatohirsk since June, pulled out in mid-September.",
     {"Sviatohirsk": "liberated"}),
    ("Russian troops entered Soledar in early January and captured the salt-mining town on 16 January.",
     {"Soledar": "occupied"}),
    ("Marinka, largely destroyed, was captured by Russian troops in December 2023.", {"Marinka": "occupied"}),
    ("Heavy fighting took place in and around Bakhmut throughout the winter.", {"Bakhmut": "attacked"}),
    ("Avdiivka, which had been on the front line since 2014, came under intense Russian assault in October 2023.",
     {"Avdiivka": "attacked"}),
    ("The battle of Bakhmut ended in May 2023.", {"Bakhmut": "attacked"}),
    ("Ukrainian forces recaptured Kozacha Lopan and raised the national flag there on 11 September.",
     {"Kozacha Lopan": "liberated"}),
    ("The Russian command ordered a retreat from Izium on 10 September.", {"Izium": "liberated"}),
    ("Had Mykolaiv fallen, Russian forces could have advanced on Odesa.", {"Mykolaiv": "-", "Odesa": "-"}),
    ("Russian forces threatened Kramatorsk and Sloviansk from the north.", {"Kramatorsk": "-", "Sloviansk": "-"}),
    ("Russian troops crossed the border on 24 February with orders to reach Kharkiv within hours.",
     {"Kharkiv": "-"}),
    ("After Russian troops left Kherson, the city was shelled almost daily from the east bank of the Dnipro.",
     {"Kherson": "liberated"}),
    ("Nova Kakhovka, occupied since the first day of the invasion, was flooded when the dam was destroyed.",
     {"Nova Kakhovka": "occupied"}),
    ("Kupiansk returned to Ukrainian control in September 2022.", {"Kupiansk": "liberated"}),
    ("Soledar lies about 10 km north-east of Bakhmut.", {"Soledar": "-", "Bakhmut": "-"}),
    ("Russian forces moved into Popasna in May after weeks of shelling and captured the town by 7 May.",
     {"Popasna": "occupied"}),
    ("The Russian-installed head of occupied Luhansk spoke on state television.", {"Luhansk": "occupied"}),
]

CAPTIONS = [
    ("Damage in Ternopil after a Russian missile strike", {"Ternopil": "attacked"}),
    ("Kharkiv residents clear debris after overnight shelling", {"Kharkiv": "attacked"}),
    ("Strike on Sumy", {"Sumy": "attacked"}),
    ("A destroyed Russian tank near Bucha", {"Bucha": "attacked"}),
    ("Flag over Kherson's city hall after the Russian retreat", {"Kherson": "liberated"}),
    ("Funeral of a soldier in Lviv", {"Lviv": "-"}),
    ("Sunflower fields near Zaporizhzhia", {"Zaporizhzhia": "-"}),
    ("Firefighters at the site of a drone strike in Odesa", {"Odesa": "attacked"}),
    ("Shelled apartment block in Kramatorsk", {"Kramatorsk": "attacked"}),
    ("Russian soldiers on patrol in occupied Nova Kakhovka", {"Nova Kakhovka": "occupied"}),
    ("Ukrainian soldiers in liberated Balakliia", {"Balakliia": "liberated"}),
    ("Drone attack on Belgorod", {"Belgorod": "-"}),
    ("Evacuees from Vovchansk arrive in Kharkiv", {"Vovchansk": "-", "Kharkiv": "-"}),
    ("The Mariupol drama theatre after the air strike", {"Mariupol": "attacked"}),
    ("Map of the front near Pokrovsk", {"Pokrovsk": "-"}),
    ("Ukrainian artillery firing toward Bakhmut", {"Bakhmut": "-"}),
    ("Ruined houses in Marinka", {"Marinka": "attacked"}),
    ("Children in a bomb shelter in Kharkiv", {"Kharkiv": "-"}),
    ("Explosion in Kyiv during a massive Russian air attack", {"Kyiv": "attacked"}),
    ("Crater left by a missile in Dnipro", {"Dnipro": "attacked"}),
    ("Apartment block in Uman hit by a Russian missile", {"Uman": "attacked"}),
    ("Celebrations in Kherson after its liberation", {"Kherson": "liberated"}),
    ("Trains to Pokrovsk suspended", {"Pokrovsk": "-"}),
    ("Memorial to the victims in Bucha", {"Bucha": "-"}),
    ("Ukrainian troops in recaptured Lyman", {"Lyman": "liberated"}),
    ("Sloviansk market after a Russian cluster munition strike", {"Sloviansk": "attacked"}),
    ("Zelensky visits Kupiansk", {"Kupiansk": "-"}),
    ("Kupiansk, Kharkiv oblast, under shelling", {"Kupiansk": "attacked", "Kharkiv oblast": "-"}),
    ("Mariupol defenders honoured in Kyiv", {"Mariupol": "-", "Kyiv": "-"}),
    ("Ukrainian flag flies over Izyum again", {"Izyum": "liberated"}),
    ("Russian flag over the ruins of Avdeyevka", {"Avdeyevka": "occupied"}),
    ("Burnt-out cars in Irpin after the Russian withdrawal", {"Irpin": "liberated"}),
    ("Fire at an oil depot in Bryansk after a drone attack", {"Bryansk": "-"}),
    ("Kherson after the Kakhovka dam breach", {"Kherson": "-", "Kakhovka dam": "-"}),
    ("Aftermath of Russian shelling in Kostiantynivka, Donetsk region", {"Kostiantynivka": "attacked",
                                                                        "Donetsk region": "-"}),
    ("Volunteers repair windows in Chernihiv", {"Chernihiv": "-"}),
    ("Odesa port grain terminal", {"Odesa": "-"}),
    ("Ukrainian servicemen near Kreminna", {"Kreminna": "-"}),
]


# Shapes the reading does not handle yet: each fails today and is expected to (strict), so that a
# fix shows, and a reader sees what is known to be missing.
KNOWN_GAPS = {
    "caption-4": "a status of a building takes no place after a possessive ('Flag over Kherson's city hall')",
    "narrative-31": "a battle named as an event ('The battle of Bakhmut ended ...')",
}


GROUPS = {
    "assessment": ASSESSMENT,
    "genstaff": GENERAL_STAFF,
    "wire": WIRE,
    "caption": CAPTIONS,
    "narrative": NARRATIVE,
}


@pytest.mark.parametrize("sentence,expected", table(GROUPS, KNOWN_GAPS))
def test_sentence_reading(ua_gazetteer, sentence: str, expected: dict[str, str]) -> None:
    check_reading(ua_gazetteer, sentence, expected)
