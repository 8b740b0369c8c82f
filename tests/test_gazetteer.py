"""The gazetteer: lookups in every press spelling, regions, the cache, load order (mapper.gazetteer)."""

from __future__ import annotations

import csv
import io
import os
import shutil
from pathlib import Path

import pytest

from mapper.errors import GazetteerError, GazetteerFormatError
from mapper.gazetteer import Gazetteer, import_gazetteer, load_gazetteer


def built_files(cache: Path) -> list[Path]:
    """Indexes and temporary files in a cache dir (the digest memo does not count)."""
    return [p for p in cache.glob("*") if p.name != "digests.json"] if cache.exists() else []


@pytest.fixture()
def mini_path(data_dir: Path) -> Path:
    return data_dir / "gazetteer" / "mini.txt"


@pytest.fixture()
def mini(mini_path: Path) -> Gazetteer:
    return load_gazetteer(mini_path)


def ids(candidates) -> list[int]:
    return [c.place.geonameid for c in candidates]


# --- the small fixture dump -------------------------------------------------------------------


@pytest.mark.parametrize(
    "name,geonameid,how",
    [
        ("Izium", 707292, "exact"),
        ("izium", 707292, "folded"),
        ("IZYUM", 707292, "folded"),
        ("Ізюм", 707292, "exact"),
        ("ізюм", 707292, "folded"),
        ("Kup’yans’k", 703656, "folded"),
        ("Kupjansk", 703656, "phonetic"),
        ("Balakleya", 712926, "folded"),
        ("Balakliya", 712926, "transliterated"),
        ("Krasny Liman", 704204, "transliterated"),
        ("Kharkiv Oblast", 706482, "exact"),
        ("Kharkiv region", 706482, "curated"),
        ("Kharkiv province", 706482, "curated"),
        ("Kharkivska oblast", 706482, "folded"),
        ("Kharkivshchyna", 706482, "curated"),
        ("Kharkov region", 706482, "curated"),
        ("Zaporizhia region", 687699, "curated"),
        ("Zaporizhya region", 687699, "phonetic"),
        ("Zaporozhye region", 687699, "curated"),
        ("Izium Raion", 9197254, "exact"),
        ("Izium district", 9197254, "curated"),
        ("Izyum rayon", 9197254, "curated"),
        ("Zaporizhzhia NPP", 11839420, "curated"),
        ("ZNPP", 11839420, "curated"),
        ("Energodar", 709276, "folded"),
    ],
)
def test_lookup_mini(mini: Gazetteer, name: str, geonameid: int, how: str) -> None:
    candidates = mini.lookup(name)
    assert candidates, name
    assert candidates[0].place.geonameid == geonameid
    assert candidates[0].how == how
    assert candidates[0].score == 100.0


@pytest.mark.parametrize("stem", ["Kharkiv", "Kharkov", "kharkiv", "Donetsk"])
def test_bare_stem_is_never_the_oblast(mini: Gazetteer, stem: str) -> None:
    assert not any(c.place.is_region for c in mini.lookup(stem))


def test_namesakes_are_all_returned_largest_first(mini: Gazetteer) -> None:
    candidates = mini.lookup("Lyman")
    assert ids(candidates) == [704204, 703071]
    assert {c.place.admin1 for c in candidates} == {"Donetsk Oblast", "Kharkiv Oblast"}


def test_candidate_carries_the_place_fields(mini: Gazetteer) -> None:
    place = mini.lookup("Izium")[0].place
    assert place.name_uk == "Ізюм"
    assert (place.feature_class, place.feature_code) == ("P", "PPLA2")
    assert place.admin1 == "Kharkiv Oblast"
    assert place.admin2 == "Izium Raion"
    assert place.population == 45000
    assert place.latitude == pytest.approx(49.21)


def test_fuzzy_only_when_nothing_else_and_with_score(mini: Gazetteer) -> None:
    candidates = mini.lookup("Kupyanks")
    assert ids(candidates) == [703656]
    assert candidates[0].how == "fuzzy"
    assert 83 <= candidates[0].score < 100
    assert mini.lookup("Kupyanks", fuzzy=False) == []
    assert all(c.how != "fuzzy" for c in mini.lookup("Lyman"))


def test_no_silent_jump_to_another_place(mini: Gazetteer) -> None:
    assert mini.lookup("Bakhmut") == []
    assert mini.lookup("") == []


def test_limit(mini: Gazetteer) -> None:
    assert len(mini.lookup("Lyman", limit=1)) == 1


def test_get_ids_keys_regions(mini: Gazetteer) -> None:
    assert mini.get(707292).name == "Izium"
    with pytest.raises(GazetteerError, match="geonameid 1"):
        mini.get(1)
    with pytest.raises(LookupError):
        mini.get(1)
    assert mini.ids_for_key("lyman") == (704204, 703071)
    assert mini.ids_for_key("kharkiv region") == (706482,)
    assert mini.ids_for_key("nowhere") == ()
    keys = set(mini.name_keys())
    assert {"izium", "izyum", "kupiansk", "kharkiv region", "zaporizhzhia npp"} <= keys
    assert all(k == k.strip() and k == k.lower() for k in keys)
    assert mini.region("07").geonameid == 706482
    assert mini.region("99") is None
    assert [p.admin1_code for p in mini.regions()] == ["05", "07", "26"]
    assert mini.raion("07", "6304").name == "Izium Raion"
    assert mini.raion("07", "0000") is None
    assert len(mini) == 13


# --- cache and load order ------------------------------------------------------------------------


def test_index_is_cached_by_content(mini_path: Path, tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setenv("MAPPER_CACHE_DIR", str(tmp_path / "cache"))
    first = load_gazetteer(mini_path)
    assert first.cache is not None and first.cache.is_file()
    assert first.cache.parent == tmp_path / "cache"

    import mapper.gazetteer._index

    def no_build(*args, **kwargs):
        raise AssertionError("the index should come from the cache")

    monkeypatch.setattr(mapper.gazetteer._index, "build_index", no_build)
    again = load_gazetteer(mini_path)
    assert again.cache == first.cache
    assert ids(again.lookup("Izium")) == [707292]

    copy = tmp_path / "copy.txt"
    copy.write_text(mini_path.read_text(encoding="utf-8").replace("Izium\tIzium", "Izyum\tIzyum"), encoding="utf-8")
    with pytest.raises(AssertionError, match="from the cache"):
        load_gazetteer(copy)  # other content: another index to build


@pytest.mark.parametrize("name", ["bad_columns.txt", "not_utf8.txt", "empty.txt", "truncated.zip", "bad_number.txt"])
def test_bad_dump_leaves_no_cache(data_dir: Path, tmp_path: Path, monkeypatch: pytest.MonkeyPatch, name: str) -> None:
    cache = tmp_path / "cache"
    monkeypatch.setenv("MAPPER_CACHE_DIR", str(cache))
    with pytest.raises(GazetteerFormatError, match=name):
        load_gazetteer(data_dir / "gazetteer" / name)
    assert not built_files(cache)


def test_interrupted_write_leaves_no_cache(mini_path: Path, tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    cache = tmp_path / "cache"
    monkeypatch.setenv("MAPPER_CACHE_DIR", str(cache))

    real_replace = os.replace

    def broken_replace(src, dst):
        if str(dst).endswith(".idx"):
            raise KeyboardInterrupt  # interrupted just before the index is moved into place
        real_replace(src, dst)

    monkeypatch.setattr(os, "replace", broken_replace)
    with pytest.raises(KeyboardInterrupt):
        load_gazetteer(mini_path)
    assert not built_files(cache)


def test_damaged_cache_is_rebuilt(mini_path: Path, tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setenv("MAPPER_CACHE_DIR", str(tmp_path / "cache"))
    first = load_gazetteer(mini_path)
    first.cache.write_bytes(b"\x00garbage")
    assert ids(load_gazetteer(mini_path).lookup("Izium")) == [707292]


def test_load_order(
    mini_path: Path, tmp_path: Path, monkeypatch: pytest.MonkeyPatch, builtin_gazetteer: Gazetteer
) -> None:
    monkeypatch.setenv("MAPPER_CONFIG_DIR", str(tmp_path / "config"))  # the session cache holds the built-in
    assert load_gazetteer().source.startswith("built-in")
    monkeypatch.setenv("MAPPER_GAZETTEER", str(mini_path))
    assert load_gazetteer().source == str(mini_path.resolve())
    monkeypatch.delenv("MAPPER_GAZETTEER")
    dump = tmp_path / "UA.txt"
    shutil.copy(mini_path, dump)
    imported = import_gazetteer(dump)
    assert (tmp_path / "config" / "gazetteer.json").is_file()
    assert load_gazetteer().source == imported.source == str(dump.resolve())
    dump.unlink()  # the index is kept: the imported gazetteer still loads
    assert len(load_gazetteer()) == 13


def test_imported_gazetteer_gone(
    mini_path: Path, tmp_path: Path, monkeypatch: pytest.MonkeyPatch, builtin_gazetteer: Gazetteer, caplog
) -> None:
    monkeypatch.setenv("MAPPER_CONFIG_DIR", str(tmp_path / "config"))
    dump = tmp_path / "UA.txt"
    shutil.copy(mini_path, dump)
    imported = import_gazetteer(dump)
    dump.unlink()
    imported.cache.unlink()
    with caplog.at_level("WARNING", logger="mapper.gazetteer"):
        assert load_gazetteer().source.startswith("built-in")
    assert "UA.txt and its index are gone" in caplog.text


def test_missing_dump(tmp_path: Path) -> None:
    with pytest.raises(GazetteerFormatError, match="no such gazetteer file"):
        load_gazetteer(tmp_path / "nope.txt")


# --- the full dump for Ukraine and the built-in gazetteer ----------------------------------------------

# (spelling, expected geonameid, also in the built-in gazetteer)
SPELLINGS = [
    ("Kupyansk", 703656, True),
    ("Kupiansk", 703656, True),
    ("Kup'yansk", 703656, True),
    ("Kupjansk", 703656, True),
    ("Куп’янськ", 703656, True),
    ("Izyum", 707292, True),
    ("Izium", 707292, True),
    ("Zaporizhia", 687700, True),
    ("Zaporizhzhia", 687700, True),
    ("Zaporozhye", 687700, True),
    ("Запорожье", 687700, True),
    ("Sukhy Stavok", 692215, False),
    ("Sukhyi Stavok", 692215, False),
    ("Balakleya", 712926, True),
    ("Balakliia", 712926, True),
    ("Krasny Liman", 704204, True),
    ("Lyman", 704204, True),
    ("Kiev", 703448, True),
    ("Kyiv", 703448, True),
    ("Kharkov", 706483, True),
    ("Kharkiv", 706483, True),
    ("Харьков", 706483, True),
    ("Lugansk", 702658, True),
    ("Luhansk", 702658, True),
    ("Nikolaev", 700569, True),
    ("Mykolaiv", 700569, True),
    ("Odessa", 698740, True),
    ("Odesa", 698740, True),
    ("Artemovsk", 713174, True),
    ("Artemivsk", 713174, True),
    ("Bakhmut", 713174, True),
    ("Dnepr", 709930, True),
    ("Dnipro", 709930, True),
    ("Dnepropetrovsk", 709930, True),
    ("Energodar", 709276, True),
    ("Chuguev", 710374, True),
    ("Gorlovka", 707753, True),
    ("Sloviansk", 693468, True),
    ("Slavyansk", 693468, True),
    ("Kirovograd", 705812, True),
    ("Severodonetsk", 691999, True),
    ("Lisichansk", 702972, True),
    ("Krasnoarmeysk", 704422, True),
    ("Kremennaya", 704138, True),
    ("Svyatogorsk", 692016, True),
    ("Ugledar", 690823, True),
    ("Vugledar", 690823, True),
    ("Volchansk", 689304, True),
    ("Snigirevka", 693379, True),
    ("Gostomel", 708251, True),
    ("Akhtyrka", 713749, True),
    ("Yenakiyevo", 688148, True),
    ("Rubezhnoye", 695274, True),
    ("Avdeyevka", 713122, True),
    ("Avdiivka", 713122, True),
    ("Khmelnitsky", 706369, True),
]


@pytest.mark.parametrize("name,geonameid,_", SPELLINGS)
def test_press_spellings_full_dump(ua_gazetteer: Gazetteer, name: str, geonameid: int, _: bool) -> None:
    candidates = ua_gazetteer.lookup(name)
    assert candidates and candidates[0].place.geonameid == geonameid, ids(candidates)[:5]
    assert candidates[0].how != "fuzzy"


@pytest.mark.parametrize("name,geonameid", [(n, g) for n, g, builtin in SPELLINGS if builtin])
def test_press_spellings_builtin(builtin_gazetteer: Gazetteer, name: str, geonameid: int) -> None:
    candidates = builtin_gazetteer.lookup(name)
    assert candidates and candidates[0].place.geonameid == geonameid, ids(candidates)[:5]


@pytest.mark.parametrize(
    "name,geonameid",
    [
        ("Visokopiylya", 688687),  # among the Vysokopillias, not first: Kherson's is larger
        ("Vysokopillia", 688687),
        ("Myrolyubivka", 708979),
        ("Myroliubivka", 701040),
        ("Zaporozhye", 687700),
    ],
)
def test_spelling_finds_place_among_namesakes(ua_gazetteer: Gazetteer, name: str, geonameid: int) -> None:
    assert geonameid in ids(ua_gazetteer.lookup(name))


def test_all_namesakes_of_myrolyubivka(ua_gazetteer: Gazetteer) -> None:
    candidates = ua_gazetteer.lookup("Myrolyubivka")
    assert len(candidates) == 22
    assert {c.place.name_uk for c in candidates} == {"Миролюбівка"}


REGION_FORMS = [
    ("Kharkiv Oblast", 706482),
    ("Kharkiv region", 706482),
    ("Kharkiv province", 706482),
    ("Kharkivska oblast", 706482),
    ("Kharkivshchyna", 706482),
    ("Kharkov region", 706482),
    ("Zaporizhzhia region", 687699),
    ("Zaporizhia region", 687699),
    ("Zaporozhye region", 687699),
    ("Mykolaiv region", 700567),
    ("Nikolaev region", 700567),
    ("Luhansk Oblast", 702657),
    ("Lugansk region", 702657),
    ("Donetsk Oblast", 709716),
    ("Donetsk region", 709716),
    ("Kherson region", 706442),
    ("Dnipropetrovsk Oblast", 709929),
    ("Kyiv region", 703446),
    ("Crimea", 703883),
    ("Odesa region", 698738),
    ("Sumy Oblast", 692196),
    ("Chernihiv region", 710734),
    ("Zhytomyr Oblast", 686966),
    ("Volyn", 689064),
]


@pytest.mark.parametrize("name,geonameid", REGION_FORMS)
def test_region_forms_full_dump(ua_gazetteer: Gazetteer, name: str, geonameid: int) -> None:
    regions = [c for c in ua_gazetteer.lookup(name) if c.place.is_region]
    assert [c.place.geonameid for c in regions] == [geonameid]


@pytest.mark.parametrize("name,geonameid", REGION_FORMS)
def test_region_forms_builtin(builtin_gazetteer: Gazetteer, name: str, geonameid: int) -> None:
    regions = [c for c in builtin_gazetteer.lookup(name) if c.place.is_region]
    assert [c.place.geonameid for c in regions] == [geonameid]


@pytest.mark.parametrize("stem", ["Kharkiv", "Kherson", "Donetsk", "Luhansk", "Zaporizhzhia", "Kyiv", "Sevastopol", "Donbas"])
def test_bare_city_names_are_not_regions(ua_gazetteer: Gazetteer, builtin_gazetteer: Gazetteer, stem: str) -> None:
    for gaz in (ua_gazetteer, builtin_gazetteer):
        assert not any(c.place.is_region for c in gaz.lookup(stem))


@pytest.mark.parametrize(
    "name,geonameid",
    [
        ("Izium district", 9197254),
        ("Izyum Raion", 9197254),
        ("Bakhmut raion", 713172),
        ("Bakhmut district", 713172),
        ("Melitopol district", 701403),
        ("Lozova district", 9101597),  # GeoNames names this raion "Lozova City Council"
        ("Kupiansk District", 9194084),  # ... and this one "Kupianska Miskrada": named for its seat
        ("Kupyansk raion", 9194084),
    ],
)
def test_raion_forms_full_dump(ua_gazetteer: Gazetteer, name: str, geonameid: int) -> None:
    assert geonameid in ids(ua_gazetteer.lookup(name))


def test_regions_and_admin_names(ua_gazetteer: Gazetteer, builtin_gazetteer: Gazetteer) -> None:
    for gaz in (ua_gazetteer, builtin_gazetteer):
        regions = gaz.regions()
        assert len(regions) == 27
        assert all(r.is_region and r.name_uk for r in regions)
        assert gaz.region("07").name == "Kharkiv Oblast"
        assert gaz.get(707292).admin1 == "Kharkiv Oblast"
    assert ua_gazetteer.get(707292).admin2
    assert ua_gazetteer.get(11839420).admin1 == "Zaporizhzhia Oblast"
    assert builtin_gazetteer.lookup("Zaporizhzhia nuclear power plant")[0].place.geonameid == 11839420


def test_self_consistency_full_dump(ua_gazetteer: Gazetteer) -> None:
    populated = [p for p in ua_gazetteer.places() if p.feature_class == "P"]
    assert len(populated) > 31000
    failures = [p for p in populated if p.geonameid not in ids(ua_gazetteer.lookup(p.name, fuzzy=False))]
    assert len(failures) <= len(populated) // 1000, failures[:20]


# --- the curated tables ---------------------------------------------------------------------------


def test_regions_table_is_complete_and_sourced() -> None:
    from mapper.gazetteer._tables import facilities, regions

    rows = regions()
    assert [r.admin1_code for r in rows] == [f"{n:02d}" for n in range(1, 28)]
    assert len({r.geonameid for r in rows}) == 27
    assert all(r.source.startswith(f"GeoNames {r.geonameid}") for r in rows)
    assert all(r.name_uk and 44 < r.latitude < 53 and 22 < r.longitude < 41 for r in rows)
    assert not any("Donbas" in form for r in rows for form in (*r.stems, *r.standalone))
    assert all(f.source and f.forms for f in facilities())


def test_tables_agree_with_the_full_dump(ua_gazetteer: Gazetteer) -> None:
    from mapper.gazetteer._tables import facilities, regions

    for row in regions():
        place = ua_gazetteer.region(row.admin1_code)
        assert place is not None and place.geonameid == row.geonameid
        assert (place.latitude, place.longitude) == pytest.approx((row.latitude, row.longitude), abs=0.01)
    for row in facilities():
        place = ua_gazetteer.get(row.geonameid)
        assert (place.feature_class, place.feature_code, place.admin1_code) == (
            row.feature_class,
            row.feature_code,
            row.admin1_code,
        )


def test_bad_table_row_names_table_and_line(monkeypatch: pytest.MonkeyPatch) -> None:
    import mapper.gazetteer._tables as tables

    text = "admin1_code,geonameid,name,name_uk,stems,adjectives,standalone,latitude,longitude,source\n"
    text += "07,706482,Kharkiv Oblast,Харківська область,Kharkiv,,,north,36.5,GeoNames 706482\n"
    monkeypatch.setattr(tables, "_read", lambda name: (text, list(csv.DictReader(io.StringIO(text)))))
    tables.regions.cache_clear()
    try:
        with pytest.raises(GazetteerFormatError, match=r"regions.csv:2: bad row.*north"):
            tables.regions()
    finally:
        tables.regions.cache_clear()


@pytest.mark.parametrize(
    "name,geonameid",
    [("Kupyanks", 703656), ("Zaporizhzhia nuclear powerplant", 11839420), ("Kharkiv oblasts", 706482)],
)
def test_fuzzy_full_dump(ua_gazetteer: Gazetteer, name: str, geonameid: int) -> None:
    candidates = ua_gazetteer.lookup(name)
    assert candidates[0].place.geonameid == geonameid
    assert all(c.how == "fuzzy" and c.score < 100 for c in candidates)
    assert [c.score for c in candidates] == sorted((c.score for c in candidates), reverse=True)


def test_name_keys_of_places_leave_out_one_word_names_of_other_things(mini: Gazetteer) -> None:
    # The river Oskil is no place a report's mention names: the mention finder need not look for it.
    every, places = set(mini.name_keys()), set(mini.name_keys(places_only=True))
    assert "oskil" in every and "oskil" not in places
    assert {"kharkiv", "izium", "zaporizhia nuclear power plant"} <= places
    assert places < every


def test_a_belarusian_form_is_not_the_ukrainian_name(ua_gazetteer) -> None:
    """GeoNames lists Chuhuiv's Belarusian Чугуіў beside the Ukrainian Чугуїв."""
    place = next(c.place for c in ua_gazetteer.lookup("Chuhuiv") if c.place.feature_code == "PPLA2")
    assert place.name_uk == "Чугуїв" and place.name_display == "Chuhuiv"
