"""Hostile and broken gazetteers (issue 11, part 2): a bad dump is one error naming the file and the line,
exit 2, never a traceback; a dump that yields no name finds nothing rather than crashing."""

from __future__ import annotations

import struct
import zipfile
from pathlib import Path

import pytest
from typer.testing import CliRunner

from mapper.cli import app
from mapper.errors import GazetteerFormatError
from mapper.gazetteer import load_gazetteer
from mapper.gazetteer.geonames import read_dump

GOOD_ROW = ["707292", "Izium", "Izium", "Ізюм", "49.21", "37.25", "P", "PPLA2", "UA", "", "07", "6304", "", "",
            "45000", "", "100", "Europe/Kyiv", "2024-01-01"]  # fmt: skip


def _row(**changes: str) -> str:
    columns = {"geonameid": 0, "name": 1, "asciiname": 2, "alternatenames": 3, "latitude": 4, "longitude": 5,
               "population": 14}  # fmt: skip
    row = list(GOOD_ROW)
    for name, value in changes.items():
        row[columns[name]] = value
    return "\t".join(row) + "\n"


@pytest.mark.parametrize(
    "changes,words",
    [
        ({"latitude": "nan"}, "latitude nan is not a number from -90 to 90"),
        ({"latitude": "NaN"}, "latitude nan"),
        ({"longitude": "inf"}, "longitude inf is not a number from -180 to 180"),
        ({"longitude": "-Infinity"}, "longitude -inf"),
        ({"latitude": "90.0001"}, "latitude 90.0001"),
        ({"longitude": "-180.5"}, "longitude -180.5"),
        ({"latitude": "1e400"}, "latitude inf"),
        ({"geonameid": "0"}, "geonameid 0 is not a positive"),
        ({"geonameid": "-5"}, "geonameid -5"),
        ({"geonameid": "9" * 30}, "geonameid 9999"),
        ({"population": "-1"}, "population -1"),
        ({"population": "9" * 5000}, "bad number"),
    ],
)
def test_numbers_off_the_globe_are_a_format_error_with_file_and_line(tmp_path: Path, changes: dict[str, str],
                                                                     words: str) -> None:  # fmt: skip
    path = tmp_path / "UA.txt"
    path.write_text(_row() + _row(**changes), encoding="utf-8")
    with pytest.raises(GazetteerFormatError) as caught:
        list(read_dump(path))
    assert (caught.value.path, caught.value.line) == (str(path), 2)
    assert str(caught.value).startswith(f"{path}:2: ") and words in str(caught.value)


def test_the_globe_s_edges_are_accepted(tmp_path: Path) -> None:
    path = tmp_path / "UA.txt"
    path.write_text(_row(latitude="-90", longitude="180") + _row(latitude="90.0", longitude="-180"), "utf-8")
    assert [(r.latitude, r.longitude) for r in read_dump(path)] == [(-90, 180), (90, -180)]


def _zip_with(tmp_path: Path, *, method: int | None = None, encrypted: bool = False) -> Path:
    """A zip of one good dump, its header then altered: another compression method, or the encrypted flag."""
    path = tmp_path / "UA.zip"
    with zipfile.ZipFile(path, "w", compression=zipfile.ZIP_DEFLATED) as archive:
        archive.writestr("UA.txt", _row())
    data = bytearray(path.read_bytes())
    central = data.find(b"PK\x01\x02")
    if method is not None:  # the method in the local header (offset 8) and the central directory (offset 10)
        data[8:10] = data[central + 10 : central + 12] = struct.pack("<H", method)
    if encrypted:  # bit 0 of the flags (offset 6 and 8)
        data[6:8] = data[central + 8 : central + 10] = struct.pack("<H", 1)
    path.write_bytes(bytes(data))
    return path


@pytest.mark.parametrize(
    "method,encrypted,words",
    [
        (99, False, "UA.txt is compressed with method 99, which cannot be read"),  # AES, as 7-Zip writes it
        (98, False, "method 98"),  # PPMd
        (None, True, "UA.txt is encrypted in the archive"),
    ],
)
def test_a_zip_mapper_cannot_open_is_a_clear_error(tmp_path: Path, method: int | None, encrypted: bool,
                                                   words: str) -> None:  # fmt: skip
    path = _zip_with(tmp_path, method=method, encrypted=encrypted)
    with pytest.raises(GazetteerFormatError, match=words):
        list(read_dump(path))
    (tmp_path / "a.txt").write_text("Izium was liberated.\n", encoding="utf-8")
    result = CliRunner().invoke(app, ["extract", str(tmp_path / "a.txt"), "--gazetteer", str(path)])
    assert result.exit_code == 2
    [line] = result.stderr.splitlines()
    assert line.startswith(f"mapper: error: {path}: ") and words in line


@pytest.mark.parametrize("changes", [{"latitude": "nan"}, {"longitude": "inf"}])
def test_cli_bad_coordinates_exit_2_naming_the_line(tmp_path: Path, changes: dict[str, str]) -> None:
    dump = tmp_path / "UA.txt"
    dump.write_text(_row() + _row(**changes), encoding="utf-8")
    (tmp_path / "a.txt").write_text("Izium was liberated.\n", encoding="utf-8")
    result = CliRunner().invoke(app, ["extract", str(tmp_path / "a.txt"), "--gazetteer", str(dump)])
    assert result.exit_code == 2
    assert "Traceback" not in result.output
    assert result.stderr.startswith(f"mapper: error: {dump}:2: ")


def test_a_gazetteer_of_no_name_places_nothing(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    import mapper
    from mapper.reading import mentions

    # no name to index ("x" is too short and lower case) and no foreign form: an automaton of no word
    monkeypatch.setattr(mentions, "foreign_keys", lambda: frozenset())
    dump = tmp_path / "UA.txt"
    dump.write_text(_row(name="x", asciiname="x", alternatenames=""), encoding="utf-8")
    gazetteer = load_gazetteer(dump)
    assert len(mentions._matcher(gazetteer).automaton) == 0
    [event] = mapper.extract("Ukrainian forces liberated Izium.", gazetteer=gazetteer)
    assert event.mention.surface == "Izium" and event.place is None  # named by its context, not placed


@pytest.mark.parametrize("method", [zipfile.ZIP_DEFLATED, zipfile.ZIP_BZIP2, zipfile.ZIP_LZMA])
def test_a_damaged_member_of_any_compression_is_a_damaged_zip(tmp_path: Path, method: int) -> None:
    path = tmp_path / "UA.zip"
    with zipfile.ZipFile(path, "w", compression=method) as archive:
        archive.writestr("UA.txt", _row() * 50)
    data = bytearray(path.read_bytes())
    start = 30 + len("UA.txt") + 20  # past the local header, inside the compressed dump
    data[start : start + 40] = bytes(40)
    path.write_bytes(bytes(data))
    with pytest.raises(GazetteerFormatError, match="damaged zip archive"):
        list(read_dump(path))


def test_a_zip_of_a_newer_format_version_is_not_readable(tmp_path: Path) -> None:
    path = _zip_with(tmp_path)
    data = bytearray(path.read_bytes())
    central = data.find(b"PK\x01\x02")
    data[central + 6 : central + 8] = struct.pack("<H", 127)  # "version needed to extract": 12.7
    path.write_bytes(bytes(data))
    with pytest.raises(GazetteerFormatError, match=r"not a readable zip archive \(zip file version 12.7\)"):
        list(read_dump(path))
