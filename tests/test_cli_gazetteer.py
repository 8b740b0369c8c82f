"""``mapper gazetteer info|import|lookup|fetch`` (mapper.cli.gazetteer)."""

from __future__ import annotations

from pathlib import Path

import pytest
from typer.testing import CliRunner

from mapper.cli import app

runner = CliRunner()


def built_files(cache: Path) -> list[Path]:
    """Indexes and temporary files in a cache dir (the digest memo does not count)."""
    return [p for p in cache.glob("*") if p.name != "digests.json"] if cache.exists() else []


@pytest.fixture()
def mini_path(data_dir: Path) -> Path:
    return data_dir / "gazetteer" / "mini.txt"


def test_lookup_prints_one_tab_separated_line_per_candidate(mini_path: Path) -> None:
    result = runner.invoke(app, ["gazetteer", "lookup", "Lyman", "--gazetteer", str(mini_path)])
    assert result.exit_code == 0, result.output
    lines = result.stdout.splitlines()
    assert len(lines) == 2
    fields = lines[0].split("\t")
    assert fields[:6] == ["704204", "Lyman", "Лиман", "P.PPLA3", "Donetsk Oblast", ""]
    assert fields[6] == "20000"
    assert float(fields[7]) == pytest.approx(48.99) and float(fields[8]) == pytest.approx(37.8)
    assert fields[9] == "exact(100)"
    assert lines[1].startswith("703071\tLyman\t")


def test_lookup_reads_the_gazetteer_from_the_environment(mini_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setenv("MAPPER_GAZETTEER", str(mini_path))
    result = runner.invoke(app, ["gazetteer", "lookup", "Kharkiv region"])
    assert result.exit_code == 0, result.output
    assert result.stdout.startswith("706482\tKharkiv Oblast\tХарківська область\tA.ADM1\t")
    assert result.stdout.rstrip().endswith("curated(100)")


def test_lookup_fuzzy_shows_its_score(mini_path: Path) -> None:
    result = runner.invoke(app, ["gazetteer", "lookup", "Kupyanks", "-g", str(mini_path)])
    assert result.exit_code == 0
    how = result.stdout.rstrip().split("\t")[-1]
    assert how.startswith("fuzzy(") and how != "fuzzy(100)"


def test_lookup_nothing_found(mini_path: Path) -> None:
    result = runner.invoke(app, ["gazetteer", "lookup", "Kupyanks", "--no-fuzzy", "-g", str(mini_path)])
    assert result.exit_code == 1
    assert result.stdout == ""
    assert "no place named 'Kupyanks'" in result.stderr


def test_lookup_unknown_fallback(mini_path: Path) -> None:
    result = runner.invoke(app, ["gazetteer", "lookup", "Izium", "--fallback", "google", "-g", str(mini_path)])
    assert result.exit_code == 2
    assert "nominatim" in result.stderr


@pytest.mark.parametrize("name", ["bad_columns.txt", "not_utf8.txt", "empty.txt", "truncated.zip", "missing.txt"])
def test_bad_gazetteer_exit_2_one_line(data_dir: Path, tmp_path: Path, monkeypatch: pytest.MonkeyPatch, name: str) -> None:
    cache = tmp_path / "cache"
    monkeypatch.setenv("MAPPER_CACHE_DIR", str(cache))
    path = data_dir / "gazetteer" / name
    for command in (["gazetteer", "lookup", "Izium", "-g", str(path)], ["gazetteer", "import", str(path)]):
        result = runner.invoke(app, command)
        assert result.exit_code == 2, result.output
        assert result.stdout == ""
        lines = result.stderr.strip().splitlines()
        assert len(lines) == 1 and str(path) in lines[0]
    assert not built_files(cache)


def test_import_then_every_command_uses_it(mini_path: Path, tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setenv("MAPPER_CONFIG_DIR", str(tmp_path / "config"))
    result = runner.invoke(app, ["gazetteer", "import", str(mini_path)])
    assert result.exit_code == 0, result.output
    assert "imported 13 features" in result.stdout
    result = runner.invoke(app, ["gazetteer", "lookup", "Energodar"])
    assert result.stdout.startswith("709276\tEnerhodar\t")
    result = runner.invoke(app, ["gazetteer", "info"])
    assert result.exit_code == 0
    info = dict(line.split("\t", 1) for line in result.stdout.splitlines())
    assert info["source"] == str(mini_path.resolve())
    assert info["features"] == "13"
    assert info["class P"] == "7" and info["code A.ADM1"] == "3"
    assert info["cache"].endswith(".idx")
    assert float(info["load time"].split()[0]) >= 0


def test_info_builtin(builtin_gazetteer) -> None:
    result = runner.invoke(app, ["gazetteer", "info"])
    assert result.exit_code == 0, result.output
    info = dict(line.split("\t", 1) for line in result.stdout.splitlines())
    assert info["source"].startswith("built-in")
    assert info["regions"] == "27"
    assert int(info["class P"]) == 5488


def test_fetch_offline_fails_fast_and_clearly(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setenv("MAPPER_CONFIG_DIR", str(tmp_path / "config"))
    result = runner.invoke(app, ["gazetteer", "fetch", "UA", "--base-url", "http://127.0.0.1:9/dump", "--timeout", "5"])
    assert result.exit_code == 1
    message = result.stderr.strip()
    assert "cannot reach 127.0.0.1" in message
    assert "mapper gazetteer import UA.zip" in message
    assert not (tmp_path / "config" / "gazetteer.json").exists()


def test_fetch_imports_what_it_downloads(mini_path: Path, data_dir: Path, tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setenv("MAPPER_CONFIG_DIR", str(tmp_path / "config"))
    url = (data_dir / "gazetteer").resolve().as_uri()  # file:// stands in for the GeoNames server
    result = runner.invoke(app, ["gazetteer", "fetch", "mini", "--base-url", url])
    assert result.exit_code == 2  # not a country code
    (tmp_path / "served").mkdir()
    (tmp_path / "served" / "XX.zip").write_bytes((data_dir / "gazetteer" / "mini.zip").read_bytes())
    result = runner.invoke(app, ["gazetteer", "fetch", "xx", "--base-url", (tmp_path / "served").as_uri()])
    assert result.exit_code == 0, result.output
    assert "imported 13 features" in result.stdout
    result = runner.invoke(app, ["gazetteer", "lookup", "Izium"])
    assert result.stdout.startswith("707292\t")


@pytest.mark.skipif(not Path("/dev/full").exists(), reason="needs /dev/full")
@pytest.mark.parametrize("args", [["gazetteer", "lookup", "Kupiansk"], ["--help"]])
def test_a_failed_write_to_stdout_is_one_line_and_exit_1(args: list[str]) -> None:
    import subprocess
    import sys

    with open("/dev/full", "w") as full:
        done = subprocess.run([sys.executable, "-m", "mapper", *args], stdout=full, stderr=subprocess.PIPE, text=True)
    assert done.returncode == 1
    assert "Traceback" not in done.stderr and "cannot write" in done.stderr
