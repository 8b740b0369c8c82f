"""Press spellings of Ukrainian places: Russian-language forms, older and newer romanisations,
former names (mapper.gazetteer.russian, the correspondence tables, renamings.csv).

Each row is a spelling war reports use and the settlement it stands for; the place must be
among the candidates the gazetteer finds directly (a GeoNames name, a generated or curated
form, a Russian-language form), not only by a phonetic or fuzzy guess.
"""

from __future__ import annotations

import pytest

from mapper.gazetteer.names import fold
from mapper.gazetteer.russian import (
    correspondences,
    press_spellings,
    russian_forms,
    russian_latin_forms,
    ukrainian_forms,
)
from mapper.model import Report
from mapper.reading.mentions import find_mentions

# (press spelling, GeoNames id, oblast)
SPELLINGS = [
    # Russian-language forms that GeoNames lacks for the place: derived from its Ukrainian name
    ("Zelyonyy Gay", 9112863, "Donetsk"),  # Зелений Гай: ё, -ый, г as g
    ("Zelenyy Gay", 9112863, "Donetsk"),
    ("Pokrovskoe", 707710, "Donetsk"),  # Покровське: -ське = -ское
    ("Vodyanoye", 9529610, "Donetsk"),  # Водяне: -не = -ное
    ("Nevelskoye", 9112915, "Donetsk"),  # Невельське
    ("Stepovoye", 697707, "Donetsk"),  # Степове: -ве = -вое
    ("Novobakhmutovka", 9112922, "Donetsk"),  # Новобахмутівка: -івка = -овка
    ("Novokalinovo", 9113136, "Donetsk"),  # Новокалинове: -ове = -ово
    ("Tonenkoye", 691412, "Donetsk"),  # Тоненьке
    ("Semyonovka", 9113809, "Donetsk"),  # Семенівка: Семён, press yo
    ("Novopokrovskoye", 9112921, "Donetsk"),  # Новопокровське
    ("Yasnobrodovka", 9112919, "Donetsk"),  # Яснобродівка
    ("Nelipovka", 700344, "Donetsk"),  # Неліпівка: і = е
    ("Leonidovka", 9114073, "Donetsk"),  # Леонідівка
    ("Kirovo", 803244, "Donetsk"),  # Кірове
    ("Sokol", 9112925, "Donetsk"),  # Сокіл: і = о
    ("Verbovoye", 10870065, "Zaporizhzhia"),  # Вербове
    ("Vyyemka", 9115248, "Donetsk"),  # Виїмка: ї = е after a vowel
    ("Bakhmutskoye", 9115288, "Donetsk"),  # Бахмутське
    ("Karlovka", 9112520, "Donetsk"),  # Карлівка
    ("Grekovka", 697296, "Luhansk"),  # Греківка
    ("Velikaya Novosyolka", 690237, "Donetsk"),  # Велика Новосілка: -а = -ая before a noun, ё
    ("Velikaya Novoselka", 690237, "Donetsk"),
    ("Vasilievka", 690395, "Odesa"),  # Василівка: ь + е as ie
    ("Dneprodzerzhinsk", 709932, "Dnipropetrovsk"),  # Дніпродзержинськ (Kamianske's former name)
    ("Novy Donbass", 9111982, "Donetsk"),  # Новий Донбас: Russian doubles the s of Донбасс
    # Russian-language forms GeoNames lists, in the spellings of the press
    ("Sergeevka", 694447, "Donetsk"),
    ("Sergeyevka", 694447, "Donetsk"),
    ("Mirnoe", 10951578, "Zaporizhzhia"),
    ("Mirnoye", 10951578, "Zaporizhzhia"),
    ("Lugovoe", 702666, "Zaporizhzhia"),
    ("Novoselovka", 704409, "Donetsk"),
    ("Kleshcheyevka", 13512497, "Donetsk"),
    ("Kleshcheevka", 13512497, "Donetsk"),
    ("Ivanovskoye", 704285, "Donetsk"),
    ("Ivanovskoe", 704285, "Donetsk"),
    ("Kremennaya", 704138, "Luhansk"),
    ("Yakovlevka", 688556, "Donetsk"),
    ("Kurdyumovka", 703633, "Donetsk"),
    ("Andreyevka", 713466, "Donetsk"),
    ("Krasnogorovka", 704393, "Donetsk"),
    ("Novomikhaylovka", 699458, "Donetsk"),
    ("Pervomayskoye", 697563, "Donetsk"),
    ("Ocheretino", 698759, "Donetsk"),
    ("Staromayorskoye", 692812, "Donetsk"),
    ("Urozhaynoye", 9114393, "Donetsk"),
    ("Blagodatnoye", 712092, "Donetsk"),
    ("Rabotino", 695586, "Zaporizhzhia"),
    ("Malaya Tokmachka", 702153, "Zaporizhzhia"),
    ("Orekhov", 698428, "Zaporizhzhia"),
    ("Energodar", 709276, "Zaporizhzhia"),
    ("Dneprorudnoye", 709960, "Zaporizhzhia"),
    ("Volchansk", 689304, "Kharkiv"),
    ("Kupyansk-Uzlovoy", 703652, "Kharkiv"),
    ("Balakleya", 712926, "Kharkiv"),
    ("Belogorovka", 712588, "Luhansk"),
    ("Spornoye", 811544, "Donetsk"),
    ("Golaya Pristan", 708632, "Kherson"),
    ("Chernobayevka", 710715, "Kherson"),
    ("Vysokopolye", 688689, "Kherson"),
    ("Snigirevka", 693379, "Mykolaiv"),
    ("Rubezhnoye", 695274, "Luhansk"),
    ("Popasnaya", 696566, "Luhansk"),
    ("Slavyansk", 693468, "Donetsk"),
    ("Zheleznodorozhnoye", 687796, "Zaporizhzhia"),  # Залізничне: a word Russian translates
    ("Yuzhnoye", 687991, "Zaporizhzhia"),  # Південне
    # older and newer romanisations
    ("Kupyansk", 703656, "Kharkiv"),
    ("Kupiansk", 703656, "Kharkiv"),
    ("Sievierodonetsk", 691999, "Luhansk"),
    ("Severodonetsk", 691999, "Luhansk"),
    ("Syevyerodonetsk", 691999, "Luhansk"),
    ("Avdeevka", 713122, "Donetsk"),
    ("Avdiivka", 713122, "Donetsk"),
    ("Marinka", 701845, "Donetsk"),
    ("Maryinka", 701845, "Donetsk"),
    ("Mar'inka", 701845, "Donetsk"),
    ("Ugledar", 690823, "Donetsk"),
    ("Vuhledar", 690823, "Donetsk"),
    ("Vugledar", 690823, "Donetsk"),
    ("Iasynuvata", 688373, "Donetsk"),  # Ясинувата by ALA-LC: я as ia at the start of a word too
    ("Iakovlivka", 688556, "Donetsk"),  # Яковлівка by ALA-LC
    ("Iahidne", 8392515, "Chernihiv"),  # Ягідне by ALA-LC
    ("Velikaia Novoselka", 690237, "Donetsk"),  # Великая Новосёлка by ICAO Doc 9303: я as ia
    ("Klescheevka", 13512497, "Donetsk"),  # Клещеевка with щ as sch (Wikipedia's Russian, Yandex)
    # Soviet-era and renamed places
    ("Artemivsk", 713174, "Donetsk"),
    ("Artemovsk", 713174, "Donetsk"),
    ("Krasnyi Lyman", 704204, "Donetsk"),
    ("Krasny Liman", 704204, "Donetsk"),
    ("Dzerzhinsk", 709354, "Donetsk"),
    ("Dzerzhynsk", 709354, "Donetsk"),
    ("Krasnoarmeysk", 704422, "Donetsk"),
    ("Krasnoarmiisk", 704422, "Donetsk"),
    ("Chervonohvardiiske", 710550, "Luhansk"),
    ("Kirovske", 705797, "Donetsk"),
    ("Komsomolske", 705186, "Donetsk"),
    ("Stakhanov", 692975, "Luhansk"),
    ("Pereiaslav-Khmelnytskyi", 697637, "Kyiv"),  # renamings.csv: GeoNames lacks it
    ("Ulianovka", 690713, "Kirovohrad"),  # renamings.csv
    ("Kholodnohirskyi district", 703235, "Kharkiv"),  # renamings.csv: GeoNames has only "Leninskiy Rayon"
    # Ukrainian forms of places GeoNames names in Russian only (most of Crimea): derived from the Russian name
    ("Olenivka", 461727, "Crimea"),  # Оленевка (Tarkhankut)
    ("Maiske", 701491, "Crimea"),  # Майское (Dzhankoi raion)
]


@pytest.mark.parametrize("spelling,geonameid,oblast", SPELLINGS)
def test_press_spelling_finds_the_place_directly(ua_gazetteer, spelling: str, geonameid: int, oblast: str) -> None:
    direct = [c for c in ua_gazetteer.lookup(spelling) if c.how not in ("phonetic", "fuzzy")]
    found = [c.place for c in direct if c.place.geonameid == geonameid]
    assert found, f"{spelling!r}: {[(c.place.geonameid, c.place.name, c.how) for c in direct[:5]]}"
    assert found[0].admin1 == {"Crimea": "Autonomous Republic of Crimea"}.get(oblast, f"{oblast} Oblast")


def test_a_real_name_ranks_above_a_russian_form(ua_gazetteer) -> None:
    # "Mirnoye" is GeoNames' own name of a Crimean town; Myrne villages have it only as a derived form
    hows = [c.how for c in ua_gazetteer.lookup("Zelenyy Hay")]
    assert hows[0] in ("exact", "folded")
    kinds = [c.how for c in ua_gazetteer.lookup("Zelyonyy Gay")]
    assert kinds == sorted(kinds, key=["exact", "folded", "transliterated", "curated", "russian", "phonetic"].index)


# Words (and given names) the Russian forms of village names spell, which a report must not
# read as places: "Never" (Невір), "Grade" (Граддя), "Bred" (Брід), "Maria" (Марія).
NOT_PLACES = ["Never", "Grade", "Bred", "Vile", "Vole", "Maria", "Natalia", "Sofia", "Peace", "Victory",
              "Progress", "Friendship", "Spring", "March", "Pioneer"]  # fmt: skip


@pytest.mark.parametrize("word", NOT_PLACES)
def test_common_words_are_not_places(ua_gazetteer, word: str) -> None:
    text = f"{word} was the word of the day, said the report."
    assert [m.surface for m in find_mentions(Report(id="t", text=text), ua_gazetteer)] == []


# The correspondence tables alone (no gazetteer): Ukrainian name -> Russian form, and
# Russian form -> press spellings.
@pytest.mark.parametrize(
    "ukrainian,russian",
    [
        ("Сергіївка", "сергеевка"),
        ("Андріївка", "андреевка"),
        ("Іванівка", "ивановка"),
        ("Новоселівка", "новоселовка"),
        ("Яковлівка", "яковлевка"),
        ("Василівка", "васильевка"),
        ("Миколаївка", "николаевка"),
        ("Олександрівка", "александровка"),
        ("Олексіївка", "алексеевка"),
        ("Кліщіївка", "клещеевка"),
        ("Мирне", "мирное"),
        ("Лугове", "луговое"),
        ("Покровське", "покровское"),
        ("Іванівське", "ивановское"),
        ("Кремінна", "кременная"),
        ("Зелений Гай", "зелёный гай"),
        ("Нова Каховка", "новая каховка"),
        ("Велика Новосілка", "великая новосёлка"),
        ("Вугледар", "угледар"),
        ("Торецьк", "торецк"),
        ("Куп'янськ", "купянск"),
        ("Мар’їнка", "марьинка"),
        ("Слов'янськ", "славянск"),
        ("Оленівка", "еленовка"),
        ("Білогорівка", "белогоровка"),
        ("Верхнє", "верхнее"),
        ("Підгорне", "подгорное"),
        ("Вільне", "вольное"),
        ("Кам'янка", "каменка"),
        ("Щасливе", "счастливое"),
        ("Затурці", "затурцы"),
        ("Краснопілля", "краснополье"),
        ("Лукашове", "лукашово"),
        ("Балаклія", "балаклея"),
        # words Russian translates rather than respells (pairs GeoNames lists for some namesakes)
        ("Залізничне", "железнодорожное"),
        ("Піщане", "песчаное"),
        ("Червоне", "красное"),
        ("Червоний Кут", "красный кут"),
        ("Червоноград", "червоноград"),  # (not in a compound)
        ("Південне", "южное"),
        ("Козацьке", "казацкое"),
        ("Глибоке", "глубокое"),
    ],
)
def test_russian_forms(ukrainian: str, russian: str) -> None:
    assert russian in russian_forms(ukrainian)


@pytest.mark.parametrize(
    "russian,latin",
    [
        ("сергеевка", "sergeevka"),
        ("сергеевка", "sergeyevka"),
        ("васильевка", "vasilyevka"),
        ("васильевка", "vasilievka"),
        ("мирное", "mirnoye"),
        ("мирное", "mirnoe"),
        ("зелёный гай", "zelyonyy gay"),
        ("зелёный гай", "zelenyy gay"),
        ("зелёный гай", "zeleny gai"),
        ("красный лиман", "krasnyy liman"),
        ("красный лиман", "krasny liman"),
        ("великий бурлук", "velikiy burluk"),
        ("кривой рог", "krivoy rog"),
        ("кременная", "kremennaya"),
        ("клещеевка", "kleshcheyevka"),
        ("марьинка", "marinka"),
        ("марьинка", "maryinka"),
        ("угледар", "ugledar"),
        ("ивановское", "ivanovskoye"),
        ("ёлкино", "yolkino"),
        ("жёлтые воды", "zheltyye vody"),
        ("жёлтые воды", "zheltye vody"),
    ],
)
def test_press_spellings(russian: str, latin: str) -> None:
    assert latin in press_spellings(russian)


@pytest.mark.parametrize(
    "russian,ukrainian",
    [
        ("Оленевка", "оленівка"),
        ("Майское", "майське"),
        ("Евпатория", "євпаторія"),
        ("Феодосия", "феодосія"),
        ("Черноморское", "чорноморське"),
        ("Николаевка", "миколаївка"),
        ("Золотарёвка", "золотарівка"),
        ("Красноперекопск", "красноперекопськ"),
        ("Сергеевка", "сергіївка"),
    ],
)
def test_ukrainian_forms(russian: str, ukrainian: str) -> None:
    assert ukrainian in ukrainian_forms(russian)


def test_a_derived_ukrainian_form_leaves_a_listed_duplicate_alone(ua_gazetteer) -> None:
    # GeoNames lists "Nevske" for Balka Zhuravka (697596); Nevskoye (700245), 3 km off, is its duplicate
    ids = [c.place.geonameid for c in ua_gazetteer.lookup("Nevske") if c.how not in ("phonetic", "fuzzy")]
    assert 697596 in ids and 700245 not in ids


def test_russian_latin_forms_join_both_steps() -> None:
    keys = russian_latin_forms(["Сергіївка"], ["Сергеевка"])
    assert {"сергеевка", "sergeevka", "sergeyevka"} <= keys
    assert all(key == fold(key) for key in keys)


def test_every_row_names_its_source() -> None:
    for table in ("uk_ru.csv", "ru_latin.csv", "ru_uk.csv"):
        rows = correspondences(table)
        assert rows and all(row.source and row.example and row.replacements for row in rows)
