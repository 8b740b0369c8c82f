"""Status cues read from one sentence: each cue, actor, negation, modality, reference point."""

from __future__ import annotations

import re

import pytest

from mapper.reading.actors import prevailing_side
from mapper.reading.status import read_statuses
from mapper.reading.voice import report_voice


def statuses(sentence: str, names: list[str], kinds: list[str] | None = None, prior=None) -> list[set[str]]:
    spans, position = [], 0
    for name in names:
        start = sentence.index(name, position)
        spans.append((start, start + len(name)))
        position = start + len(name)
    readings = read_statuses(sentence, spans, kinds, prior=prior)  # type: ignore[arg-type]
    return [{r.status for r in found} for found in readings]


L, A, O, N = {"liberated"}, {"attacked"}, {"occupied"}, set()  # noqa: E741


@pytest.mark.parametrize(
    "sentence,names,expected",
    [
        # liberation verbs and nouns
        ("Ukrainian troops recaptured Kherson on 11 November 2022.", ["Kherson"], [L]),
        ("Ukrainian forces liberated Lyman, Izium and Balakliia.", ["Lyman", "Izium", "Balakliia"], [L, L, L]),
        ("Ukraine regained control of Pyatykhatky.", ["Pyatykhatky"], [L]),
        ("The recapture of Lyman exposed the Russian flank.", ["Lyman"], [L]),
        ("Zelensky visited the liberated city of Kherson.", ["Kherson"], [L]),
        ("The village of Staromaiorske was liberated by Ukrainian marines.", ["Staromaiorske"], [L]),
        ("Ukrainian forces pushed Russian troops out of Klishchiivka.", ["Klishchiivka"], [L]),
        ("Soldiers hoisted the Ukrainian flag over Snihurivka.", ["Snihurivka"], [L]),
        (
            "Towns liberated included Vysokopillia, Bilohirka and Myroliubivka.",
            ["Vysokopillia", "Bilohirka", "Myroliubivka"],
            [L, L, L],
        ),
        (
            "Kyiv's troops retook seven villages in Svatove Raion: Nadiia, Andriivka and Stelmakhivka.",
            ["Svatove Raion", "Nadiia", "Andriivka", "Stelmakhivka"],
            [L, L, L, L],
        ),
        # capture verbs read by actor
        ("Russian forces captured Soledar in January 2023.", ["Soledar"], [O]),
        ("Ukrainian forces captured Robotyne in August 2023.", ["Robotyne"], [L]),
        ("Mariupol was captured by Russian forces in May 2022.", ["Mariupol"], [O]),
        ("Bakhmut fell to Russian forces in May 2023.", ["Bakhmut"], [O]),
        ("Ukraine's forces entered Kherson.", ["Kherson"], [L]),
        ("Sviatohirsk, which Russian forces captured in June, was freed.", ["Sviatohirsk"], [O | L]),
        ("The city of Avdiivka, which had been under attack, fell to Russian troops.", ["Avdiivka"], [O]),  # attacked only "without a change of control"
        ("The town of Marinka was destroyed by Russian artillery.", ["Marinka"], [A]),
        ("The Russian Defence Ministry said its forces had liberated Pervomaiske.", ["Pervomaiske"], [O]),
        # withdrawal verbs read the other way
        ("Russian troops withdrew from Kherson.", ["Kherson"], [L]),
        ("Ukrainian troops withdrew from Avdiivka in February 2024.", ["Avdiivka"], [O]),
        ("Russian forces had fled Kreminna, leaving it empty.", ["Kreminna"], [L]),
        ("Russian forces retreated to Lyman.", ["Lyman"], [N]),
        ("The strikes left Poltava and Sumy without electricity.", ["Poltava", "Sumy"], [N, N]),
        # occupation
        # (and the explosions are its attack: "explosions in X" -> attacked, by the annotators' conventions)
        ("Explosions were reported in the Russian-occupied city of Melitopol.", ["Melitopol"], [O | A]),
        ("Kherson remained under Russian control until November.", ["Kherson"], [O]),
        ("The Russian army occupied Kherson in March 2022.", ["Kherson"], [O]),
        ("Berdiansk has been in Russian hands since February 2022.", ["Berdiansk"], [O]),
        ("Russia-held Enerhodar lies across the reservoir.", ["Enerhodar"], [O]),
        ("By noon Snihurivka had returned to Ukrainian control.", ["Snihurivka"], [L]),
        ("Sloviansk and Kramatorsk remain under Ukrainian control.", ["Sloviansk", "Kramatorsk"], [N, N]),
        ("Ukrainian-controlled Bakhmut, held by Ukraine, stood firm.", ["Bakhmut"], [N]),
        # attacks
        ("Russian missiles struck Odesa overnight.", ["Odesa"], [A]),
        ("Kharkiv was shelled again on Sunday.", ["Kharkiv"], [A]),
        ("Chasiv Yar came under heavy shelling.", ["Chasiv Yar"], [A]),
        ("Russian troops stormed Marinka.", ["Marinka"], [A]),
        ("A missile hit an apartment block in Dnipro.", ["Dnipro"], [A]),
        ("Russia launched a missile attack on Kyiv and Lviv.", ["Kyiv", "Lviv"], [A, A]),
        # (a name that only calls a plant, located by the town after it: the town was struck)
        ("Russian forces struck the Azovstal plant in Mariupol.", ["Azovstal", "Mariupol"], [N, A]),
        ("Nikopol came under rocket fire again overnight.", ["Nikopol"], [A]),
        ("In Kupiansk and Izium, equipment was targeted from the air.", ["Kupiansk", "Izium"], [A, A]),
        ("Kharkiv, where the Russian army bombarded homes, grieved.", ["Kharkiv"], [A]),
        # two statuses in one sentence
        ("Izium, occupied in early April, was recaptured in September.", ["Izium"], [O]),
        ("Ukraine liberated Sviatohirsk, which Russian forces captured in June.", ["Sviatohirsk"], [L | O]),
        # reference points and directions
        ("Ukrainian troops advanced towards Tokmak.", ["Tokmak"], [N]),
        ("Fighting continued east of Kupiansk.", ["Kupiansk"], [N]),
        ("Ukrainian forces liberated Horobivka, a village east of Hrianykivka.", ["Horobivka", "Hrianykivka"], [L, N]),
        ("They retook Yampil, 8 km to the southeast of Lyman.", ["Yampil", "Lyman"], [L, N]),
        (
            "They liberated Kucherivka, sandwiched between Kupiansk and Petropavlivka.",
            ["Kucherivka", "Kupiansk", "Petropavlivka"],
            [L, N, N],
        ),
        ("The offensive went in the directions of Balakliia and Shevchenkove.", ["Balakliia", "Shevchenkove"], [N, N]),
        (
            "Ukrainian forces advanced north from Donetsk Oblast and liberated Pisky.",
            ["Donetsk Oblast", "Pisky"],
            [N, L],
        ),
        # goals, plans, threats, future, negation, questions
        ("Russia failed to capture Kyiv.", ["Kyiv"], [N]),
        ("Russian forces would attack Zaporizhzhia.", ["Zaporizhzhia"], [N]),
        ("Russia aims to capture Kramatorsk and Sloviansk.", ["Kramatorsk", "Sloviansk"], [N, N]),
        ("Moscow's war goals include the conquest of Luhansk.", ["Luhansk"], [N]),
        ("Russian forces are trying to encircle Avdiivka.", ["Avdiivka"], [N]),
        ("Russia may attack Kharkiv again.", ["Kharkiv"], [N]),
        ("Kupiansk was not captured.", ["Kupiansk"], [N]),
        ("Did Russian forces take Vuhledar?", ["Vuhledar"], [N]),
        ("Analysts expect Kupiansk to fall within days.", ["Kupiansk"], [N]),
        ("Ukraine denied that Kupiansk had been captured.", ["Kupiansk"], [N]),
        ("Russian troops are close to capturing Pokrovsk.", ["Pokrovsk"], [N]),
        ("Vuhledar is about to fall.", ["Vuhledar"], [N]),
        ("Russia fired missiles at Kyiv and Lviv overnight.", ["Kyiv", "Lviv"], [A, A]),
        ("Russia launched 40 missiles and drones at Kharkiv.", ["Kharkiv"], [A]),
        ("Ukraine announced a counteroffensive in the Kherson region.", ["Kherson region"], [N]),
        # names used as modifiers, locators
        ("Ukrainian forces captured an officer on the Kharkiv front.", ["Kharkiv"], [N]),
        ("Luhansk Oblast Governor Serhiy Haidai said Popasna was shelled.", ["Luhansk Oblast", "Popasna"], [N, A]),
        ("Ukraine recaptured Sosnove in Donetsk Oblast.", ["Sosnove", "Donetsk Oblast"], [L, N]),
        ("They retook control of the Kreminna-Svatove highway.", ["Kreminna", "Svatove"], [N, N]),
        ("The Second Battle of Lyman ended in October.", ["Lyman"], [N]),
    ],
)
def test_status_table(sentence: str, names: list[str], expected: list[set[str]]) -> None:
    kinds = ["raion" if "Raion" in n else "region" if ("Oblast" in n or "region" in n) else "settlement" for n in names]
    assert statuses(sentence, names, kinds) == expected


@pytest.mark.parametrize(
    "sentence,region,expected",
    [
        ("Forces in the southern Kherson region had liberated 500 sq km of territory.", "Kherson region", L),
        ("Ukraine had retaken 500 settlements in the Kharkiv region.", "Kharkiv region", N),  # (says where the settlements lie)
        ("Russian troops were pulled back in the Kharkiv region.", "Kharkiv region", L),
        ("Ukrainian forces launched a counteroffensive in the Kharkiv region.", "Kharkiv region", A),
    ],
)
def test_region_of_territory_won(sentence: str, region: str, expected: set[str]) -> None:
    assert statuses(sentence, [region], ["region"]) == [expected]


def test_withdrawal_without_actor_is_by_the_side_that_does_not_prevail() -> None:
    sentence = "The withdrawal from Avdiivka came too late."
    assert statuses(sentence, ["Avdiivka"], prior="russian") == [O]
    assert statuses(sentence, ["Avdiivka"], prior="ukrainian") == [L]
    assert statuses(sentence, ["Avdiivka"], prior=None) == [L]


def test_capture_without_actor_follows_the_prior() -> None:
    sentence = "Izium was taken on 10 September."
    assert statuses(sentence, ["Izium"], prior="ukrainian") == [L]
    assert statuses(sentence, ["Izium"], prior="russian") == [O]
    # a report that does not say whose gains it tells of: taken by the war's attacker, as a place falls, and
    # said with a confidence low enough for the map to show it as uncertain
    assert statuses(sentence, ["Izium"], prior=None) == [O]
    ((reading,),) = read_statuses(sentence, [(0, 5)], prior=None)
    assert reading.confidence < 0.8


def test_readings_keep_cue_and_confidence() -> None:
    (found,) = read_statuses("Ukrainian forces retook Izium.", [(24, 29)])
    (reading,) = found
    assert (reading.status, reading.cue) == ("liberated", "retook")
    assert 0 < reading.confidence <= 1


def test_no_mentions() -> None:
    assert read_statuses("Nothing here.", []) == []


@pytest.mark.parametrize(
    "text,expected",
    [
        (
            "Ukrainian forces retook Izium. Ukrainian troops captured Lyman. Russian forces attacked Kupiansk.",
            "ukrainian",
        ),
        ("Russian forces captured Soledar. Russian troops seized Marinka.", "russian"),
        ("Nothing about who advanced.", None),
    ],
)
def test_prevailing_side(text: str, expected: str | None) -> None:
    assert prevailing_side(text) == expected


def test_cue_scan_by_first_letters_finds_what_a_full_scan_finds() -> None:
    from mapper.reading import cues
    from mapper.reading.cuefinder import _cue_matches

    sentences = [row[0] for row in test_status_table.pytestmark[0].args[1]]  # type: ignore[attr-defined]
    sentences += [row[0] for row in test_status_table_general_phenomena.pytestmark[0].args[1]]  # type: ignore[attr-defined]
    sentences += [
        "Flags were raised; forces at the entrance to it; de-occupation of it; they ousted the invaders from it.",
        "It was overrun, seized, lost control of, pulled out of, expelled, abandoned, and then-Russian-held.",
        "They opened a counter-offensive, fired on it, clashed, broke through, encircled, besieged and razed it.",
    ]
    for sentence in sentences:
        full = [(m.start(), m.end(), m.lastgroup) for m in cues.CUE_RE.finditer(sentence.lower())]
        assert [(m.start(), m.end(), m.lastgroup) for m in _cue_matches(sentence)] == full, sentence


@pytest.mark.parametrize(
    "sentence,names,expected",
    [
        # attacks reported near a place (military reporting)
        ("Ukrainian units repelled attacks near Robotyne and Verbove.", ["Robotyne", "Verbove"], [A, A]),
        ("The enemy attacked near Toretsk and did not advance.", ["Toretsk"], [A]),
        ("Russian forces counterattacked near Klishchiivka (south of Bakhmut).", ["Klishchiivka", "Bakhmut"], [A, N]),
        ("Russian troops kept up attacks near Kupiansk.", ["Kupiansk"], [A]),
        ("Artillery inflicted fire damage on the enemy near Siversk.", ["Siversk"], [A]),
        ("The enemy tried to regain lost positions near Andriivka.", ["Andriivka"], [A]),
        ("Strikes were delivered on enemy units near Orikhiv.", ["Orikhiv"], [A]),
        ("Ukrainian troops advanced near Verbove.", ["Verbove"], [A]),
        (
            "Russian forces attacked northeast of Kupiansk near Synkivka and southeast of Kupiansk near Ivanivka.",
            ["Kupiansk", "Synkivka", "Kupiansk", "Ivanivka"],
            [N, A, N, A],
        ),
        ("Russian forces advanced southeast of Synkivka.", ["Synkivka"], [N]),
        (
            "The army repelled 40 attacks along the front in the past day, most of them near Pokrovsk and Toretsk.",
            ["Pokrovsk", "Toretsk"],
            [A, A],
        ),
        ("Ukrainian troops advanced towards Verbove.", ["Verbove"], [N]),
        ("Defenders continue to hold back the enemy near Marinka.", ["Marinka"], [A]),
        (
            "They attacked from the north near Stepove and from the south near Vodiane.",
            ["Stepove", "Vodiane"],
            [A, A],
        ),
        ("Ukraine continued counteroffensive operations in western Zaporizhia Oblast.", ["Zaporizhia Oblast"], [A]),
        # outskirts and districts: an assault, not a capture
        ("Russian forces reached the outskirts of Kupiansk but did not capture it.", ["Kupiansk"], [A]),
        ("Wagner fighters pushed into the eastern districts of Bakhmut.", ["Bakhmut"], [A]),
        ("Russian troops entered the northern outskirts of Sievierodonetsk.", ["Sievierodonetsk"], [A]),
        # lists after a cue: including, such as, past a locating oblast, past a compass area
        (
            "Border villages came under mortar fire, including Krasnopillia and Myropillia.",
            ["Krasnopillia", "Myropillia"],
            [A, A],
        ),
        ("Several towns were shelled, such as Nikopol and Marhanets.", ["Nikopol", "Marhanets"], [A, A]),
        (
            "Shelling hit Bilopillia in the Sumy oblast and Vovchansk in the Kharkiv oblast.",
            ["Bilopillia", "Sumy oblast", "Vovchansk", "Kharkiv oblast"],
            [A, N, A, N],
        ),
        ("Explosions were heard in Lviv and Lutsk in the west, and in Dnipro.", ["Lviv", "Lutsk", "Dnipro"], [A, A, A]),
        ("Blasts rocked Odesa before dawn.", ["Odesa"], [A]),
        ("The village of Krynky was reduced to ruins.", ["Krynky"], [A]),
        # relative clause after a locating phrase; fronted place after a timestamp
        ("Vans leave for Derhachi, north of the city, which was shelled daily.", ["Derhachi"], [A]),
        ("**14:05** In Sumy, officials say a power line was hit.", ["Sumy"], [A]),
        # Russian capture wording
        ("The fall of Soledar came in January.", ["Soledar"], [O]),
        ("Vuhledar had fallen by October.", ["Vuhledar"], [O]),
        ("Hostomel was seized on 24 February.", ["Hostomel"], [O]),
        ("Russia's defence ministry announced that Soledar had been fully captured.", ["Soledar"], [O]),
        ("Moscow said Marinka had been liberated.", ["Marinka"], [O]),
        ('Shoigu told Putin that Popasna had been "liberated".', ["Popasna"], [O]),
        ("Russian forces liberated the settlement of Novomykhailivka.", ["Novomykhailivka"], [O]),
        # standing Russian control
        ("Russian forces still hold Oleshky and Hola Prystan.", ["Oleshky", "Hola Prystan"], [O, O]),
        ("Melitopol, the occupied city, stayed quiet.", ["Melitopol"], [O]),
        ("Oleshky remained under occupation after the retreat.", ["Oleshky"], [O]),
        ("Russian troops retreated across the Dnipro.", ["Dnipro"], [N]),
        (
            "Russia controls about a fifth of Ukraine, including Crimea and most of Luhansk Oblast.",
            ["Crimea", "Luhansk Oblast"],
            [O, O],
        ),
        ("Russia aims to seize all of Donetsk Oblast, including Kramatorsk.", ["Donetsk Oblast", "Kramatorsk"], [N, N]),
        ("Russian forces control most of Luhansk Oblast.", ["Luhansk Oblast"], [O]),
        ("Ukraine regained control of the sea, including the waters off Odesa.", ["Odesa"], [N]),
        ("The remaining Ukrainian-held towns: Sloviansk and Kramatorsk.", ["Sloviansk", "Kramatorsk"], [N, N]),
        ("Ukrainian troops hold back the enemy and hold Chasiv Yar.", ["Chasiv Yar"], [N]),
        # actors, intents, claims, reference points
        ("At the start of May the army retook Tsyrkuny and Ruski Tyshky.", ["Tsyrkuny", "Ruski Tyshky"], [L, L]),
        ("The Ukrainian General Staff said its troops had withdrawn from Lysychansk.", ["Lysychansk"], [O]),
        ("Russian commanders then set their sights on Siversk.", ["Siversk"], [N]),
        ("The Kyiv regime falsely claims that its forces are encircling Bakhmut.", ["Bakhmut"], [N]),
        ("Ukrainian units had been threatened with encirclement in Zolote.", ["Zolote"], [N]),
        ("Two attacks towards Kreminna were repelled.", ["Kreminna"], [N]),
        ("Footage shows infantry south of Robotyne, which Ukrainian forces liberated in August.", ["Robotyne"], [L]),
        ("Ukraine recaptured the nearby village of Zelene.", ["Zelene"], [L]),
        (
            "Balakliia was liberated on 8 September, and Kupiansk and Izium soon followed.",
            ["Balakliia", "Kupiansk", "Izium"],
            [L, L, L],
        ),
        ("Ukrainian troops advanced into Kherson on 11 November.", ["Kherson"], [A]),
        (
            "Russian troops had withdrawn; Bucha and Irpin returned to Ukrainian control.",
            ["Bucha", "Irpin"],
            [L, L],
        ),
        ("Russian troops left in March, and Chernihiv was liberated.", ["Chernihiv"], [L]),
        (
            "Enerhodar, home of the Zaporizhzhia plant, was seized in March.",
            ["Enerhodar", "Zaporizhzhia"],
            [O, N],
        ),
        ("Avdiivka, adjacent to Donetsk, is under constant fire.", ["Avdiivka", "Donetsk"], [A, N]),
        ("Vuhledar withstood repeated Russian assaults.", ["Vuhledar"], [A]),
        ("The defence of Mariupol lasted 86 days.", ["Mariupol"], [A]),
        ("Ukrainian troops defended Bakhmut for ten months.", ["Bakhmut"], [A]),
        ("By evening Snihurivka came under Ukrainian control.", ["Snihurivka"], [L]),
        ("Officials in Nova Kakhovka said the dam had been damaged.", ["Nova Kakhovka"], [N]),
        (
            "The towns of Borodianka and Makariv were among those recaptured.",
            ["Borodianka", "Makariv"],
            [L, L],
        ),
        (
            "Russia captured Marinka in December 2023, Avdiivka in February 2024 and Krasnohorivka in September.",
            ["Marinka", "Avdiivka", "Krasnohorivka"],
            [O, O, O],
        ),
        ("Lysychansk, across the Siverskyi Donets, fell on 3 July.", ["Lysychansk"], [O]),
        ("Ukrainian troops were ordered to withdraw from Sievierodonetsk.", ["Sievierodonetsk"], [O]),
        ("Russian troops retained control of Tokmak and Melitopol.", ["Tokmak", "Melitopol"], [O, O]),
        ("Ukrainian troops kept control of Kupiansk.", ["Kupiansk"], [N]),
        (
            "Russian artillery targeted Kherson city and the nearby towns of Bilozerka and Antonivka.",
            ["Kherson", "Bilozerka", "Antonivka"],
            [A, A, A],
        ),
        ("The fall of Pokrovsk would open the road to Kramatorsk.", ["Pokrovsk", "Kramatorsk"], [N, N]),
        ("The capture of Soledar, analysts said, could cut supply lines.", ["Soledar"], [N]),
        ("Russia's capture of Soledar cut supply lines.", ["Soledar"], [O]),
        ("Ukrainian forces held back Russian troops near Kupiansk.", ["Kupiansk"], [A]),
        ("Many residents fled Kupiansk.", ["Kupiansk"], [N]),
        ("Thousands of Ukrainians fled Kharkiv in March.", ["Kharkiv"], [N]),
        ("The assault continued south of Bakhmut, inflicting losses on the enemy.", ["Bakhmut"], [N]),
        ("Russia attacked in the Avdiivka and Donetsk City directions.", ["Avdiivka", "Donetsk"], [N, N]),
        ("The Khortytsia operational-strategic group reported calm.", ["Khortytsia"], [N]),
        ("Izium was retaken.[3] Russian commanders then set their sights on Lyman.", ["Izium", "Lyman"], [L, N]),
    ],
)
def test_status_table_general_phenomena(sentence: str, names: list[str], expected: list[set[str]]) -> None:
    kinds = ["region" if ("Oblast" in n or "oblast" in n or "region" in n) else "settlement" for n in names]
    assert statuses(sentence, names, kinds) == expected


def test_a_russian_statement_reads_liberated_as_occupied() -> None:
    sentence = "Assault detachments liberated Krasnohorivka."
    spans = [(30, 43)]
    ((plain,),) = read_statuses(sentence, spans)
    ((claimed,),) = read_statuses(sentence, spans, voice="russian")
    assert (plain.status, claimed.status) == ("liberated", "occupied")


@pytest.mark.parametrize(
    "text,expected",
    [
        ("The Kiev regime lost 200 servicemen near Artemovsk, the Southern Group of Forces said.", "russian"),
        ("Units of the Central Group of Forces repelled attacks in the Lugansk People's Republic.", "russian"),
        ("Russian forces attacked near Bakhmut; the Kiev regime was mentioned once.", None),
        ("Ukrainian forces retook Robotyne.", None),
    ],
)
def test_report_voice(text: str, expected: str | None) -> None:
    assert report_voice(text) == expected


@pytest.mark.parametrize(
    "sentence,cue,family,passive,expected",
    [
        ("Russian forces captured Soledar.", "captured", "gain", False, ("russian", True)),
        ("Ukrainian marines captured Krynky.", "captured", "gain", False, ("ukrainian", True)),
        ("Soledar was captured by Wagner fighters.", "captured", "gain", True, ("russian", True)),
        ("Bakhmut fell to Russian troops.", "fell", "fall", False, ("russian", True)),
        ("Lyman fell to Ukrainian forces.", "fell", "fall", False, ("ukrainian", True)),
        ("Russian troops withdrew; then Izium was retaken.", "retaken", "lib", True, (None, False)),
        ("The town was captured.", "captured", "gain", True, (None, False)),
    ],
)
def test_actor_of(sentence: str, cue: str, family: str, passive: bool, expected: tuple) -> None:
    from mapper.reading.actors import actor_of

    start = sentence.index(cue)
    side, explicit = actor_of(sentence, start, start + len(cue), family=family, passive=passive)
    assert (side, explicit) == expected


@pytest.mark.parametrize(
    "sentence,voice,expected",
    [
        ('Shoigu told Putin that Popasna had been "liberated".', None, True),
        ("Moscow said Marinka had been liberated.", None, True),
        ("Kyiv said Kherson had been liberated.", None, False),
        ("Assault detachments liberated Krasnohorivka.", "russian", True),
    ],
)
def test_russian_claim(sentence: str, voice: str | None, expected: bool) -> None:
    from mapper.reading.voice import russian_claim

    start = sentence.index("liberated")
    assert russian_claim(sentence, start, start + len("liberated"), voice) is expected  # type: ignore[arg-type]


@pytest.mark.parametrize(
    "sentence,names,expected",
    [
        # a fronted locative with adjectives before "town of", and a main clause without an object
        ("In the neighbouring town of Siversk, Russian units have pushed into the northern districts.", ["Siversk"], [A]),
        ("In the small village of Krynky, Russian troops broke into the eastern part.", ["Krynky"], [A]),
        # a fronted locative restated in brackets
        ("In the city of Kharkiv (Kharkov), glide bombs hit two apartment blocks.", ["Kharkiv", "Kharkov"], [A, N]),
        # an apposition that only locates the name before it
        ("Vasylivka, on the road to Zaporizhzhia, remains in Russian hands.", ["Vasylivka", "Zaporizhzhia"], [O, N]),
        ("Orikhiv, directly adjacent to Mala Tokmachka, is under constant fire.", ["Orikhiv", "Mala Tokmachka"], [A, N]),
        (
            # (the main verb after the relative clause is the town's: abandoned by its defenders)
            "Marinka, a town south-west of Donetsk that had been reduced to ruins, was abandoned by Ukrainian troops.",
            ["Marinka", "Donetsk"],
            [O, N],
        ),
        ("Klishchiivka, 7 km south of Bakhmut, was shelled again.", ["Klishchiivka", "Bakhmut"], [A, N]),
        # examples of the object after "such as"/"including", without a comma
        (
            "Russian artillery kept shelling Nikopol and villages along the river such as Marhanets and Pokrov.",
            ["Nikopol", "Marhanets", "Pokrov"],
            [A, A, A],
        ),
        ("Drones hit several towns including Sumy and Okhtyrka.", ["Sumy", "Okhtyrka"], [A, A]),
        # a second target of an attack, located at a place
        (
            "Russian drones struck the bridge near Zatoka and the road across the dam at Mayaky.",
            ["Zatoka", "Mayaky"],
            [A, A],
        ),
        ("Russian troops attacked near Vovchansk and in the Sumy region.", ["Vovchansk", "Sumy region"], [A, A]),
        ("Russian forces shelled Beryslav and the ferry crossing in Tiahynka.", ["Beryslav", "Tiahynka"], [A, A]),
        # not a second target: a reference point, an origin
        ("Russian forces attacked from Oleshky and towards Kherson.", ["Oleshky", "Kherson"], [N, N]),
        # captures claimed by Russian speakers; adverbs between subject and verb
        ("Wagner chief Yevgeny Prigozhin announced that Soledar had been fully captured.", ["Soledar"], [O]),
        ("Shoigu claimed on Tuesday that Marinka had been taken.", ["Marinka"], [O]),
        ("Kreminna had also fallen by then.", ["Kreminna"], [O]),
        ("In the north, Sievierodonetsk had fallen as well.", ["Sievierodonetsk"], [O]),
        ("Vuhledar finally fell in October.", ["Vuhledar"], [O]),
        # holding out is withstanding attacks
        ("The garrison of Toretsk had held out for months.", ["Toretsk"], [A]),
        ("Toretsk too had held out against Russian assaults.", ["Toretsk"], [A]),
        ("Russian forces still hold the northern part of Kupiansk.", ["Kupiansk"], [O]),
        # a long relative clause, then the subject's own verb phrase
        (
            "Chasiv Yar, which lies west of Bakhmut and has a canal through it, sits on a hill and had withstood "
            "Russian attacks since 2022.",
            ["Chasiv Yar", "Bakhmut"],
            [A, N],
        ),
        (
            "Vuhledar, which stands on high ground south of Donetsk, overlooks the plain and finally fell in October.",
            ["Vuhledar", "Donetsk"],
            [O, N],
        ),
        (
            "Marinka, a town west of Donetsk which had been reduced to ruins, fell in December 2023.",
            ["Marinka", "Donetsk"],
            [O, N],  # attacked only "without a change of control"
        ),
        # control claimed; a place as the scene of fighting
        ("The Russian Ministry of Defence claimed full control over Popasna on 8 May.", ["Popasna"], [O]),
        ("Ukrainian forces claimed control of Andriivka on Friday.", ["Andriivka"], [L]),
        ("The town of Toretsk has been the scene of intense urban fighting since June.", ["Toretsk"], [A]),
        ("Hostomel was the site of heavy fighting on the first day.", ["Hostomel"], [A]),
        ("Kyiv is the site of the government quarter.", ["Kyiv"], [N]),
        # a list restating counted places that a name locates
        (
            "The Ukrainian army said its forces had retreated from two villages near Pokrovsk, Sokil and Vozdvyzhenka.",
            ["Pokrovsk", "Sokil", "Vozdvyzhenka"],
            [N, O, O],
        ),
        (
            "Ukrainian troops liberated three villages south of Velyka Novosilka: Blahodatne, Makarivka and Neskuchne.",
            ["Velyka Novosilka", "Blahodatne", "Makarivka", "Neskuchne"],
            [N, L, L, L],
        ),
        # an apposition without an article ("Ukraine's second-largest city"); "come under ... attacks"
        ("Kharkiv, Ukraine's second-largest city, has come under repeated glide bomb attacks.", ["Kharkiv"], [A]),
        # a participle in an apposition ("a city liberated in ..."), and the main verb after the apposition
        ("Zelensky visited Izium, a city liberated in September.", ["Izium"], [L]),
        ("Kupiansk, a town recaptured by Ukraine in 2022, is under attack again.", ["Kupiansk"], [L | A]),
        ("Melitopol, a city occupied since March 2022, was hit by Ukrainian missiles.", ["Melitopol"], [O | A]),
        ("Kramatorsk, a city far behind the front, was struck twice.", ["Kramatorsk"], [A]),
        # withdrawal with the troops named between verb and particle
        ("Ukraine said on Monday it had pulled its troops out of Avdiivka.", ["Avdiivka"], [O]),
        ("Russia pulled its troops out of Kherson in November.", ["Kherson"], [L]),
        ("Ukrainian commanders pulled their remaining units back from Marinka.", ["Marinka"], [O]),
        # a relative clause after a bare reference point still speaks of that place
        ("Troops advanced south of Robotyne, which Ukrainian forces liberated in August.", ["Robotyne"], [L]),
    ],
)
def test_status_table_round_three(sentence: str, names: list[str], expected: list[set[str]]) -> None:
    kinds = ["region" if "region" in n else "settlement" for n in names]
    assert statuses(sentence, names, kinds) == expected


@pytest.mark.parametrize(
    ("source", "starts"),
    [
        ("CUE_SOURCE", "CUE_STARTS"),
        ("PREVAILING_SOURCE", "SIDE_STARTS"),
        ("ACTOR", "ACTOR_STARTS"),
        ("DENIAL_BEFORE", "DENIAL_WORDS"),
    ],
)
def test_every_match_starts_with_a_scanned_word(source: str, starts: str) -> None:
    # mapper.reading._scan tries a pattern only where one of its start words occurs: a match that begins
    # otherwise would be lost.
    from mapper.reading import cues, sides
    from mapper.reading._scan import literal_prefixes

    module = cues if source.startswith("CUE") else sides
    scanned = getattr(module, starts)
    for start in scanned:  # one with a white-space character comes with each in its place
        if any(c.isspace() for c in start):
            assert {re.sub(r"\s", lambda _, s=space: s, start) for space in cues.WHITESPACE} <= set(scanned), start
    pattern = getattr(module, source)
    prefixes = literal_prefixes(getattr(pattern, "pattern", pattern))
    lost = sorted(p for p in prefixes if not p.startswith(tuple(scanned)))
    assert not lost


def test_cue_pattern_narrowed_to_a_start_word_matches_as_the_whole() -> None:
    from mapper.reading import cues

    text = (
        "forces at the entrance to it; they forced the russian troops out of it, shelled it, retook it, "
        "came under fire in russian hands, then-russian-held, de-occupied, held out, fell, the fall of it."
    )
    for start in range(len(text)):
        for word in cues.CUE_STARTS:
            if text.startswith(word, start):
                whole, narrowed = cues.CUE_RE.match(text, start), cues.cue_pattern_at(word).match(text, start)
                assert (whole and (whole.span(), whole.lastgroup)) == (narrowed and (narrowed.span(), narrowed.lastgroup))
    assert len(cues.cue_pattern_at("retak").pattern) < len(cues.CUE_RE.pattern) / 4


def test_whitespace_is_what_backslash_s_matches() -> None:
    import sys

    from mapper.reading import cues

    assert set(cues.WHITESPACE) == {c for c in map(chr, range(sys.maxunicode + 1)) if re.match(r"\s", c)}


def test_guarded_cue_patterns_admit_every_first_letter() -> None:
    # A pattern behind a first-letter lookahead (cues._guarded) must not lose an alternative.
    import re._parser as parser  # the stdlib's own parse of the pattern: no second parser here

    from mapper.reading import grammar, locators, mentions

    def first_letters(items) -> set[str]:
        op, value = items[0]
        if op is parser.LITERAL:
            return {chr(value)}
        if op is parser.SUBPATTERN:
            return first_letters(value[-1])
        if op is parser.BRANCH:
            return set().union(*(first_letters(alternative) for alternative in value[1]))
        if op in (parser.ASSERT, parser.ASSERT_NOT):  # a look-behind or look-ahead matches no letter: the next item does
            return first_letters(items[1:])
        raise AssertionError(f"cannot tell the first letter of {op}")

    guarded = [
        p
        for module in (grammar, locators)
        for p in vars(module).values()
        if isinstance(p, re.Pattern) and p.pattern.startswith("(?=[")
    ]
    assert guarded
    guarded.append(mentions._PLACE_CONTEXT)
    for pattern in guarded:
        (_, (_, (guard,))), (at, _), *rest = list(parser.parse(pattern.pattern, pattern.flags))
        allowed = {chr(value) for _, value in guard[1]}
        assert at is parser.AT and first_letters(rest) <= allowed, pattern.pattern[:60]


def test_alternatives_grouped_by_first_letter_match_as_before() -> None:
    from mapper.reading._scan import alternatives as _alternatives
    from mapper.reading._scan import by_first_letter as _by_first_letter

    assert _alternatives(r"a|b(?:c|d)|[|]|\||e") == ["a", "b(?:c|d)", "[|]", r"\|", "e"]
    source = r"would|will|(?-i:may)(?!\s+\d)|no\s+longer|n't|not|if|in\s+order\s+to|goals?|x"
    assert _by_first_letter(source) == r"w(?:ould|ill)|(?-i:may)(?!\s+\d)|n(?:o\s+longer|'t|ot)|i(?:f|n\s+order\s+to)|goals?|x"
    plain, grouped = (re.compile(rf"\b(?:{s})\b", re.IGNORECASE) for s in (source, _by_first_letter(source)))
    for text in ("It would not", "in order to", "May 5", "they may go", "goal", "goals", "wil", "x", "nothing"):
        assert [m.span() for m in plain.finditer(text)] == [m.span() for m in grouped.finditer(text)], text
