"""Status cues read from one sentence: each cue, actor, negation, modality, reference point."""

from __future__ import annotations

import pytest

from mapper.status import prevailing_side, read_statuses


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
        ("The city of Avdiivka, which had been under attack, fell to Russian troops.", ["Avdiivka"], [A | O]),
        ("The town of Marinka was destroyed by Russian artillery.", ["Marinka"], [A]),
        ("The Russian Defence Ministry said its forces had liberated Pervomaiske.", ["Pervomaiske"], [O]),
        # withdrawal verbs read the other way
        ("Russian troops withdrew from Kherson.", ["Kherson"], [L]),
        ("Ukrainian troops withdrew from Avdiivka in February 2024.", ["Avdiivka"], [O]),
        ("Russian forces had fled Kreminna, leaving it empty.", ["Kreminna"], [L]),
        ("Russian forces retreated to Lyman.", ["Lyman"], [N]),
        ("The strikes left Poltava and Sumy without electricity.", ["Poltava", "Sumy"], [N, N]),
        # occupation
        ("Explosions were reported in the Russian-occupied city of Melitopol.", ["Melitopol"], [O]),
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
        ("Russian forces struck the Azovstal plant in Mariupol.", ["Azovstal", "Mariupol"], [A, A]),
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
    kinds = ["region" if ("Oblast" in n or "region" in n or "Raion" in n) else "settlement" for n in names]
    assert statuses(sentence, names, kinds) == expected


@pytest.mark.parametrize(
    "sentence,region,expected",
    [
        ("Forces in the southern Kherson region had liberated 500 sq km of territory.", "Kherson region", L),
        ("Ukraine had retaken 500 settlements in the Kharkiv region.", "Kharkiv region", L),
        ("Russian troops were pulled back in the Kharkiv region.", "Kharkiv region", L),
        ("Ukrainian forces launched a counteroffensive in the Kharkiv region.", "Kharkiv region", A),
    ],
)
def test_region_of_territory_won(sentence: str, region: str, expected: set[str]) -> None:
    assert statuses(sentence, [region], ["region"]) == [expected]


def test_capture_without_actor_follows_the_prior() -> None:
    sentence = "Izium was taken on 10 September."
    assert statuses(sentence, ["Izium"], prior="ukrainian") == [L]
    assert statuses(sentence, ["Izium"], prior="russian") == [O]
    assert statuses(sentence, ["Izium"], prior=None) == [N]


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
    from mapper import cues
    from mapper.status import _cue_matches

    sentences = [row[0] for row in test_status_table.pytestmark[0].args[1]]  # type: ignore[attr-defined]
    sentences += [
        "Flags were raised; forces at the entrance to it; de-occupation of it; they ousted the invaders from it.",
        "It was overrun, seized, lost control of, pulled out of, expelled, abandoned, and then-Russian-held.",
        "They opened a counter-offensive, fired on it, clashed, broke through, encircled, besieged and razed it.",
    ]
    for sentence in sentences:
        full = [(m.start(), m.end(), m.lastgroup) for m in cues.CUE_RE.finditer(sentence.lower())]
        assert [(m.start(), m.end(), m.lastgroup) for m in _cue_matches(sentence)] == full, sentence
