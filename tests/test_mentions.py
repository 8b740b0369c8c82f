"""Finding mentions with the full GeoNames dump: spellings, regions, facilities, not-places."""

from __future__ import annotations

import pytest

from mapper.model import Report
from mapper.reading.mentions import find_mentions

pytestmark = pytest.mark.shared


def found(gazetteer, text: str) -> list[tuple[str, str, tuple[int, ...]]]:
    mentions = find_mentions(Report(id="t", text=text), gazetteer)
    for m in mentions:
        assert text[m.start : m.end] == m.surface
    return [(m.surface, m.kind, tuple(c.place.geonameid for c in m.candidates)) for m in mentions]


def test_longest_match_first(ua_gazetteer) -> None:
    (mention,) = found(ua_gazetteer, "Shelling hit Nova Kakhovka.")
    assert mention[0] == "Nova Kakhovka"


@pytest.mark.parametrize("text", ["Peace talks stalled at the bank.", "the river bank", "hope and glory"])
def test_lowercase_words_are_not_places(ua_gazetteer, text: str) -> None:
    assert found(ua_gazetteer, text) == []


@pytest.mark.parametrize(
    "text,surface,geonameid",
    [
        ("Ukrainian forces retook Kupyansk.", "Kupyansk", 703656),
        ("Ukrainian forces retook Kupiansk.", "Kupiansk", 703656),
        ("Towns liberated included Visokopiylya.", "Visokopiylya", 688689),
        ("Towns liberated included Sukhy Stavok.", "Sukhy Stavok", 692215),
        ("Troops entered Korovyi Yar.", "Korovyi Yar", 704876),
        ("Troops liberated Pisky-Radkivskyi.", "Pisky-Radkivskyi", 697492),
        ("Russian forces fled from Pidlyman, Nyznya Zhuravka and Borova.", "Nyznya Zhuravka", 810623),
        ("Lyman's importance grew.", "Lyman", 704204),
    ],
)
def test_press_spellings(ua_gazetteer, text: str, surface: str, geonameid: int) -> None:
    mentions = {s: ids for s, _, ids in found(ua_gazetteer, text)}
    assert geonameid in mentions[surface]


@pytest.mark.parametrize(
    "text,surface,kind,geonameid",
    [
        ("Fighting raged in the Kharkiv region.", "Kharkiv region", "region", 706482),
        ("Fighting raged in Kharkiv Oblast.", "Kharkiv Oblast", "region", 706482),
        ("Fighting raged in Kherson province.", "Kherson province", "region", 706442),
        ("Fighting raged across Kharkivshchyna.", "Kharkivshchyna", "region", 706482),
        ("Moscow claims the regions of Luhansk and Donetsk.", "Luhansk", "region", 702657),
        ("Moscow claims the regions of Luhansk and Donetsk.", "Donetsk", "region", 709716),
        ("Blackouts hit Kharkiv and Kherson regions.", "Kharkiv", "region", 706482),
        ("Blackouts hit Donetsk and Luhansk oblasts.", "Donetsk", "region", 709716),
        ("He heads the Kharkiv regional council.", "Kharkiv", "region", 706482),
        ("The Kharkiv-Donetsk border runs east.", "Kharkiv", "region", 706482),
        ("Russian forces reached the Luhansk border.", "Luhansk", "region", 702657),
        ("Missiles hit Kharkiv.", "Kharkiv", "settlement", 706483),
        ("The Kherson counteroffensive liberated the right bank.", "Kherson", "region", 706442),
        ("Russia began its Kharkiv offensive on 10 May.", "Kharkiv", "region", 706482),
        ("Attacks were repelled in the Lugansk People's Republic.", "Lugansk People's Republic", "region", 702657),
        ("Shelling hit towns of the Donetsk People's Republic.", "Donetsk People's Republic", "region", 709716),
        ("Seven villages in Svatove Raion were retaken.", "Svatove Raion", "raion", 692117),
        ("The nuclear power plant Zaporizhia came under fire.", "Zaporizhia", "facility", 11839420),
        (
            "The Zaporizhzhia nuclear power plant came under fire.",
            "Zaporizhzhia nuclear power plant",
            "facility",
            11839420,
        ),
    ],
)
def test_city_region_raion_facility(ua_gazetteer, text: str, surface: str, kind: str, geonameid: int) -> None:
    mentions = {s: (k, ids) for s, k, ids in found(ua_gazetteer, text)}
    assert surface in mentions, mentions
    assert mentions[surface][0] == kind
    assert geonameid in mentions[surface][1]


@pytest.mark.parametrize(
    "text,name",
    [
        ("Kremlin spokesman Dmitry Peskov said so.", "Peskov"),
        ("President Vladimir Putin spoke.", "Vladimir"),
        ("President Vladimir Putin spoke.", "Putin"),
        ("Troops from the 93rd Kholodnyi Yar Brigade retook Klishchiivka.", "Kholodnyi Yar"),
    ],
)
def test_people_and_units_are_not_places(ua_gazetteer, text: str, name: str) -> None:
    assert name not in {s for s, _, _ in found(ua_gazetteer, text)}


@pytest.mark.parametrize(
    "text",
    [
        "Kyiv said the strikes would stop.",
        "It was a boost for Kyiv.",
        "Kyiv's counter-offensive began.",
        "Kyiv waits for more air defence systems.",
        "Kyiv called the retreat a victory.",
    ],
)
def test_government_metonymy(ua_gazetteer, text: str) -> None:
    (mention,) = found(ua_gazetteer, text)
    assert mention[:2] == ("Kyiv", "other")


def test_unknown_place_in_place_context_is_unresolved(ua_gazetteer) -> None:
    mentions = found(ua_gazetteer, "Ukrainian forces entered the village of Qwxyzivka.")
    assert ("Qwxyzivka", "settlement", ()) in mentions


@pytest.mark.parametrize(
    "text",
    [
        "The bill was debated in Congress on Tuesday.",
        "Fighting continued near Naval Infantry positions east of the river.",
        "The shelling hit a building in Ukrainian-controlled territory.",
    ],
)
def test_english_words_are_not_unresolved_places(ua_gazetteer, text: str) -> None:
    mentions = find_mentions(Report("r", text), ua_gazetteer)
    assert [m.surface for m in mentions if not m.candidates] == []


def test_markup_lines_are_skipped(ua_gazetteer) -> None:
    text = "![UA flag in liberated Shevchenkove](https://example.org/Shevchenkove.jpg)\nIzium was freed."
    assert [s for s, _, _ in found(ua_gazetteer, text)] == ["Izium"]


@pytest.mark.parametrize("text", ["Many villages were shelled.", "Many of the residents fled.", "Many were killed."])
def test_sentence_initial_determiners_are_not_places(ua_gazetteer, text: str) -> None:
    assert all(kind == "other" for _, kind, _ in found(ua_gazetteer, text))


@pytest.mark.parametrize(
    "text,name",
    [
        ("By late February Yahidne had fallen to Russian troops.", "Yahidne"),
        ("In early March Bucha was occupied.", "Bucha"),
        ("On Sunday Kupiansk was shelled again.", "Kupiansk"),
        ("Until November Kherson remained occupied.", "Kherson"),
    ],
)
def test_a_name_after_a_month_or_weekday_is_a_place(ua_gazetteer, text: str, name: str) -> None:
    assert (name, "settlement") in {(s, kind) for s, kind, _ in found(ua_gazetteer, text)}


@pytest.mark.parametrize(
    "text,name,kind",
    [
        ("The counteroffensive in Zaporizhzhia stalled in the summer.", "Zaporizhzhia", "region"),
        ("Ukraine's offensive in southern Kherson began in late August.", "Kherson", "region"),
        ("Russia's campaign in Donetsk and Luhansk ground on.", "Luhansk", "region"),
        ("The front in Kharkiv has been quiet for weeks.", "Kharkiv", "region"),
        # other nouns keep the city
        ("Fighting in Kharkiv killed three people.", "Kharkiv", "settlement"),
        ("The missile strike in Kherson hit a hospital.", "Kherson", "settlement"),
    ],
)
def test_a_campaign_in_a_name_is_the_oblast(ua_gazetteer, text: str, name: str, kind: str) -> None:
    assert (name, kind) in {(s.split()[0], k) for s, k, _ in found(ua_gazetteer, text)}
