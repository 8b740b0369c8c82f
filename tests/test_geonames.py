"""Reading GeoNames dumps, and every way a dump can be bad (mapper.gazetteer.geonames)."""

from __future__ import annotations

from pathlib import Path

import pytest

from mapper.errors import GazetteerError, GazetteerFormatError, MapperError
from mapper.gazetteer.geonames import read_dump


@pytest.fixture(scope="module")
def gaz_data(data_dir: Path) -> Path:
    return data_dir / "gazetteer"


@pytest.mark.parametrize("name", ["mini.txt", "mini.zip"])
def test_read_dump_txt_and_zip(gaz_data: Path, name: str) -> None:
    records = list(read_dump(gaz_data / name))
    assert len(records) == 13
    izium = next(r for r in records if r.geonameid == 707292)
    assert izium.name == "Izium"
    assert izium.feature_class == "P" and izium.feature_code == "PPLA2"
    assert izium.admin1_code == "07" and izium.admin2_code == "6304"
    assert izium.population == 45000
    assert "Ізюм" in izium.alternatenames
    assert izium.latitude == pytest.approx(49.21)


@pytest.mark.parametrize(
    "name,line,words",
    [
        ("bad_columns.txt", 3, "expected 19 tab-separated columns"),
        ("not_utf8.txt", 4, "not UTF-8"),
        ("bad_number.txt", 2, "bad number"),
        ("empty.txt", None, "empty file"),
        ("truncated.zip", None, "zip"),
        ("does_not_exist.txt", None, "cannot read"),
    ],
)
def test_bad_dumps_name_file_and_line(gaz_data: Path, name: str, line: int | None, words: str) -> None:
    path = gaz_data / name
    with pytest.raises(GazetteerFormatError) as caught:
        list(read_dump(path))
    error = caught.value
    assert error.path == str(path)
    assert error.line == line
    assert words in str(error)
    where = f"{path}:{line}: " if line else f"{path}: "
    assert str(error).startswith(where)
    assert isinstance(error, (GazetteerError, ValueError, LookupError, MapperError))


def test_crlf_and_byte_order_mark(gaz_data: Path, tmp_path: Path) -> None:
    path = tmp_path / "edited.txt"
    text = (gaz_data / "mini.txt").read_text(encoding="utf-8").replace("\n", "\r\n")
    path.write_bytes(("\ufeff" + text).encode("utf-8"))
    assert list(read_dump(path)) == list(read_dump(gaz_data / "mini.txt"))


def test_damaged_zip_member(gaz_data: Path, tmp_path: Path) -> None:
    data = bytearray((gaz_data / "mini.zip").read_bytes())
    for i in range(60, 400):  # inside the compressed dump, past its local header
        data[i] ^= 0x5A
    path = tmp_path / "damaged.zip"
    path.write_bytes(bytes(data))
    with pytest.raises(GazetteerFormatError, match="damaged zip archive"):
        list(read_dump(path))


def test_zip_without_a_dump_inside(tmp_path: Path) -> None:
    import zipfile

    path = tmp_path / "odd.zip"
    with zipfile.ZipFile(path, "w") as archive:
        archive.writestr("readme.txt", "nothing here\n")
    with pytest.raises(GazetteerFormatError, match="expected one GeoNames .txt file"):
        list(read_dump(path))


def test_full_dump_reads(ua_dump: Path) -> None:
    records = list(read_dump(ua_dump))
    assert len(records) == 45086
    assert sum(r.feature_class == "P" for r in records) > 31000


@pytest.mark.shared
@pytest.mark.parametrize(
    "name,geonameid",
    [
        ("Saltivskyi district", 12514338),  # Kharkiv; GeoNames holds it as ADM3 with no other name
        ("Dniprovskyi district", 709947),  # Kherson's, named "Dniprovsk District", "Дніпровський район"
        ("Korabel district", 705188),
        ("Podilskyi district", 696872),  # Kyiv's districts are the city's raions (ADM2)
    ],
)
def test_city_districts_are_places(ua_gazetteer, name: str, geonameid: int) -> None:
    assert geonameid in [c.place.geonameid for c in ua_gazetteer.lookup(name, fuzzy=False)]


@pytest.mark.shared
def test_a_district_is_known_only_by_its_district_name(ua_gazetteer) -> None:
    # ADM3 rows also hold hromadas and quarters ("Zhuliany", a quarter of Kyiv): not namesakes of villages
    assert all(c.place.feature_code not in ("ADM3", "ADM4") for c in ua_gazetteer.lookup("Zhuliany", fuzzy=False))
    assert all(c.place.feature_code not in ("ADM3", "ADM4") for c in ua_gazetteer.lookup("Lypetska", fuzzy=False))
