"""Folding, transliteration and the phonetic key (mapper.gazetteer.names, mapper.gazetteer.translit)."""

from __future__ import annotations

import pytest

from mapper.gazetteer.names import (
    fold,
    fold_with_map,
    fold_with_offsets,
    latin_forms,
    phonetic_key,
)
from mapper.gazetteer.translit import (
    bgn_pcgn_ru,
    bgn_pcgn_uk,
    display_name,
    kmu2010,
    press_from_bgn_latin,
    press_ru,
    press_uk,
    wikipedia_uk,
)


@pytest.mark.parametrize(
    "text,expected",
    [
        ("Kharkiv", "kharkiv"),
        ("Kup'yans'k", "kupyansk"),
        ("Kup’yans’k", "kupyansk"),
        ("Kup”yans’k", "kupyansk"),
        ("Kupʼyansk", "kupyansk"),
        ("Kup`yansk", "kupyansk"),
        ("Kupiansk-Vuzlovyi", "kupiansk vuzlovyi"),
        ("Kupiansk – Vuzlovyi", "kupiansk vuzlovyi"),
        ("  Sukhyi\tStavok \n", "sukhyi stavok"),
        ("Zaporižžja", "zaporizzja"),
        ("Łuhańsk", "luhansk"),
        ("Charków", "charkow"),
        ("Kıyiv", "kiyiv"),
        ("Dnipró", "dnipro"),
        ("ХАРКІВ", "харків"),
        ("Київ", "київ"),
        ("Йосипівка", "йосипівка"),
        ("Ёлкино", "елкино"),
        ("Куп’янськ", "купянськ"),
        ("Караджи́", "караджи"),
        ("St. Mary", "st. mary"),
        ("“Izium”", "izium"),
        ("", ""),
    ],
)
def test_fold(text: str, expected: str) -> None:
    assert fold(text) == expected


@pytest.mark.parametrize("text", ["Kup’yans’k", "Kupiansk-Vuzlovyi", "  a  b ", "Zaporižžja", "Київ", "x\u0301y", ""])
def test_fold_with_offsets_agrees_with_fold(text: str) -> None:
    folded, offsets = fold_with_offsets(text)
    assert folded == fold(text)
    assert len(offsets) == len(folded)


def test_fold_with_offsets_maps_matches_back_to_the_report() -> None:
    report = "Troops entered\n\nKup’yans’k  on Friday; “Izium” and Balakliia-2 followed.\n"
    folded, offsets = fold_with_offsets(report)
    assert offsets == sorted(offsets)
    for name, surface in [("kupyansk", "Kup’yans’k"), ("izium", "Izium"), ("balakliia 2", "Balakliia-2")]:
        i = folded.index(name)
        assert report[offsets[i] : offsets[i + len(name) - 1] + 1] == surface
    for i, ch in enumerate(folded):
        if ch != " ":
            assert fold(report[offsets[i]]) == ch


# KMU 2010 (resolution no. 55): examples given in the resolution's table.
@pytest.mark.parametrize(
    "cyrillic,latin",
    [
        ("Запоріжжя", "Zaporizhzhia"),
        ("Алушта", "Alushta"),
        ("Згорани", "Zghorany"),
        ("Розгон", "Rozghon"),
        ("Гадяч", "Hadiach"),
        ("Галич", "Halych"),
        ("Ґорґани", "Gorgany"),
        ("Єнакієве", "Yenakiieve"),
        ("Наєнко", "Naienko"),
        ("Їжакевич", "Yizhakevych"),
        ("Кадиївка", "Kadyivka"),
        ("Йосипівка", "Yosypivka"),
        ("Стрий", "Stryi"),
        ("Олексій", "Oleksii"),
        ("Юрій", "Yurii"),
        ("Корюківка", "Koriukivka"),
        ("Яготин", "Yahotyn"),
        ("Костянтин", "Kostiantyn"),
        ("Знам'янка", "Znamianka"),
        ("Феодосія", "Feodosiia"),
        ("Щербухи", "Shcherbukhy"),
        ("Гоща", "Hoshcha"),
        ("Русь", "Rus"),
        ("Куп’янськ", "Kupiansk"),
        ("Ізюм", "Izium"),
        ("Високопілля", "Vysokopillia"),
        ("Сухий Ставок", "Sukhyi Stavok"),
        ("Миролюбівка", "Myroliubivka"),
        ("Балаклія", "Balakliia"),
        ("Київ", "Kyiv"),
        ("Одеса", "Odesa"),
        ("Луганськ", "Luhansk"),
    ],
)
def test_kmu2010(cyrillic: str, latin: str) -> None:
    assert kmu2010(cyrillic) == latin


@pytest.mark.parametrize(
    "name,name_uk,shown",
    [
        ("Kupyansk", "Куп’янськ", "Kupiansk"),
        ("Balakliya", "Балаклія", "Balakliia"),
        ("Konstantinovka", "Костянтинівка", "Kostiantynivka"),  # a Russian form, spelt as Ukrainian
        ("Izyum", "Ізю́м", "Izium"),  # GeoNames' stress mark is not a letter
        ("Chervona Hirka", "Червона гірка", "Chervona Hirka"),  # GeoNames' capitals kept
        ("Sofiyivka", "Артемівка", "Sofiyivka"),  # another name, not this one spelt anew
        ("Kondryuche", "Калінінський", "Kondryuche"),
        ("Crimea", None, "Crimea"),
    ],
)
def test_display_name_spells_as_the_press_does_now(name: str, name_uk: str | None, shown: str) -> None:
    assert display_name(name, name_uk) == shown


@pytest.mark.parametrize(
    "cyrillic,latin",
    [
        ("Куп’янськ", "Kupyansk"),
        ("Ізюм", "Izyum"),
        ("Запоріжжя", "Zaporizhzhya"),
        ("Миролюбівка", "Myrolyubivka"),
        ("Київ", "Kyyiv"),
        ("Сухий Ставок", "Sukhyy Stavok"),
        ("Єнакієве", "Yenakiyeve"),
    ],
)
def test_bgn_pcgn_ukrainian(cyrillic: str, latin: str) -> None:
    assert bgn_pcgn_uk(cyrillic) == latin


@pytest.mark.parametrize(
    "cyrillic,latin",
    [
        ("Гуляйполе", "Hulyaipole"),  # KMU Huliaipole, BGN/PCGN Hulyaypole
        ("Куп’янськ", "Kupyansk"),
        ("Новоєгорівка", "Novoyehorivka"),
        ("Майорськ", "Maiorsk"),
        ("Ямпіль", "Yampil"),
        ("Соняшникове", "Sonyashnykove"),
        ("Миколаївка", "Mykolaivka"),
    ],
)
def test_the_press_mix_of_bgn_and_kmu(cyrillic: str, latin: str) -> None:
    assert press_uk(cyrillic) == latin


@pytest.mark.parametrize(
    "cyrillic,latin",
    [
        ("Метьолкіне", "Metiolkine"),  # KMU 2010 Metolkine: the soft sign dropped
        ("Сьомаки", "Siomaky"),
        ("Гуляйполе", "Huliaipole"),  # no ьо: KMU 2010 as it is
    ],
)
def test_wikipedias_io_for_soft_o(cyrillic: str, latin: str) -> None:
    assert wikipedia_uk(cyrillic) == latin


def test_wikipedias_spelling_is_found_in_text(ua_gazetteer) -> None:
    from mapper.pipeline import extract

    events = extract("Russian and LPR forces had taken Sievierodonetsk and Metiolkine.", ua_gazetteer)
    assert {e.place.geonameid: e.status for e in events if e.place} == {691999: "occupied", 701320: "occupied"}


@pytest.mark.parametrize(
    "bgn,press",
    [("Kupyans'k-Vuzlovyy", "Kupyans'k-Vuzlovyi"), ("Hulyaypole", "Hulyaipole"), ("Mayors'k", "Mayors'k")],
)
def test_the_press_mix_of_a_name_given_in_bgn_letters_only(bgn: str, press: str) -> None:
    assert press_from_bgn_latin(bgn) == press


def test_a_press_spelling_mixing_the_two_systems_is_found_in_text(ua_gazetteer) -> None:
    from mapper.pipeline import extract

    [event] = extract("Russian forces attacked Hulyaipole on 14 October.", ua_gazetteer)
    assert event.place is not None and event.place.geonameid == 707898 and event.status == "attacked"
    # (GeoNames gives Kupiansk-Vuzlovyi no Cyrillic name: its BGN/PCGN letters are mixed the same way)
    events = extract("Russian drones struck Kupyansk-Vuzlovyi, south of Kupiansk.", ua_gazetteer)
    assert {e.place.geonameid for e in events if e.place} == {703652}


@pytest.mark.parametrize(
    "cyrillic,bgn,press",
    [
        ("Запорожье", "Zaporozhye", "Zaporozhye"),
        ("Николаев", "Nikolayev", "Nikolaev"),
        ("Артемовск", "Artemovsk", "Artemovsk"),
        ("Красный Лиман", "Krasnyy Liman", "Krasny Liman"),
        ("Балаклея", "Balakleya", "Balakleya"),
        ("Харьков", "Kharkov", "Kharkov"),
        ("Киев", "Kiyev", "Kiev"),
        ("Луганск", "Lugansk", "Lugansk"),
        ("Днепр", "Dnepr", "Dnepr"),
        ("Ёлкино", "Yëlkino", "Yolkino"),
        ("Зелёный Гай", "Zelënyy Gay", "Zeleny Gay"),
        ("Подъячево", "Podyachevo", "Podyachevo"),
    ],
)
def test_russian_romanisations(cyrillic: str, bgn: str, press: str) -> None:
    assert bgn_pcgn_ru(cyrillic) == bgn
    assert press_ru(cyrillic) == press


def test_latin_forms_choose_systems_by_language() -> None:
    assert latin_forms("Запорожье") == {"zaporozhye"}  # Russian only: no KMU form
    assert latin_forms("Куп’янськ") == {"kupiansk", "kupyansk"}  # Ukrainian only
    assert latin_forms("Лиман") == {"lyman", "liman"}  # either language
    assert latin_forms("Lyman") == set()


@pytest.mark.parametrize(
    "a,b",
    [
        ("Kupyansk", "Kupiansk"),
        ("Kup'yansk", "Kupiansk"),
        ("Izyum", "Izium"),
        ("Zaporizhia", "Zaporizhzhia"),
        ("Zaporizhzhya", "Zaporizhzhia"),
        ("Visokopiylya", "Vysokopillia"),
        ("Sukhy Stavok", "Sukhyi Stavok"),
        ("Sukhyy Stavok", "Sukhyi Stavok"),
        ("Myrolyubivka", "Myroliubivka"),
        ("Khmelnitsky", "Khmelnytskyi"),
        ("Kyyiv", "Kyiv"),
        ("Kupjansk", "Kupiansk"),
        ("Куп’янськ", "Kupiansk"),
    ],
)
def test_phonetic_key_joins_spellings(a: str, b: str) -> None:
    assert phonetic_key(a) == phonetic_key(b)


@pytest.mark.parametrize(
    "a,b",
    [
        ("Izium", "Izmail"),
        ("Bakhmut", "Bakhmach"),
        ("Kupiansk", "Kupyn"),
        ("Kharkiv", "Kherson"),
        ("Sumy", "Sambir"),
        ("Lyman", "Lymany"),
        ("Zhytomyr", "Zytomyr"),
        ("Zghurivka", "Zhurivka"),
    ],
)
def test_phonetic_key_keeps_places_apart(a: str, b: str) -> None:
    assert phonetic_key(a) != phonetic_key(b)


def test_fold_with_offsets_agrees_with_fold_for_every_character() -> None:
    import random

    for code in range(0x3100):
        ch = chr(code)
        for text in (ch, f"a{ch}b", f" {ch} ", ch + ch.upper() + "x"):
            folded, offsets = fold_with_offsets(text)
            assert folded == fold(text), hex(code)
            assert len(offsets) == len(folded)
    rng = random.Random(7)
    alphabet = [chr(c) for c in range(0x3100)] + list(" \n\t'’-") * 300
    for _ in range(2000):
        text = "".join(rng.choice(alphabet) for _ in range(rng.randint(0, 30)))
        folded, offsets = fold_with_offsets(text)
        assert folded == fold(text)
        assert offsets == sorted(set(offsets))


@pytest.mark.parametrize("text", ["Kup’yans’k", "  a  b ", "\n\n“Izium”  and\u00ad Lyman-2 ’ ", "x\u0301y", "'' a", ""])
def test_fold_with_map_gives_the_offsets_of_fold_with_offsets(text: str) -> None:
    folded, offsets = fold_with_offsets(text)
    mapped, where = fold_with_map(text)
    assert mapped == folded
    assert [where.source(i) for i in range(len(mapped))] == offsets


@pytest.mark.parametrize(
    ("bgn", "kmu"),
    [("Paraskoviyivka", "Paraskoviivka"), ("Kryvyy Rih", "Kryvyi Rih"), ("Novoyehorivka", "Novoiehorivka"),
     ("Yahidne", "Yahidne"), ("Druzhkivka", "Druzhkivka")],
)
def test_the_kmu_spelling_of_a_name_given_in_bgn_letters(bgn: str, kmu: str) -> None:
    from mapper.gazetteer.translit import kmu_from_bgn_latin

    assert kmu_from_bgn_latin(bgn) == kmu


def test_a_village_listed_only_in_bgn_letters_is_found_by_its_kmu_spelling(ua_gazetteer) -> None:
    # GeoNames 697994, Paraskoviivka north of Bakhmut: "Paraskoveyevka", "Paraskoviyivka" and no Cyrillic
    found = {c.place.geonameid: c.how for c in ua_gazetteer.lookup("Paraskoviivka", fuzzy=False)}
    assert 697994 in found and found[697994] != "phonetic"
