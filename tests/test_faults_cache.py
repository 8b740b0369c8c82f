"""Faults of the gazetteer cache: a damaged index is rebuilt, never used; a cache folder that
cannot be used costs the indexing (one warning), never the run; a broken settings file is one
clear error (issue 11, part 4)."""

from __future__ import annotations

import json
import os
from pathlib import Path

import pytest
from typer.testing import CliRunner

import mapper.gazetteer._index
from mapper._io import atomic_write
from mapper.cli import app
from mapper.errors import GazetteerFormatError
from mapper.gazetteer import _cache, load_gazetteer

runner = CliRunner()


@pytest.fixture()
def mini_path(data_dir: Path) -> Path:
    return data_dir / "gazetteer" / "mini.txt"


@pytest.fixture(autouse=True)
def _fresh_warnings(monkeypatch: pytest.MonkeyPatch) -> None:
    """Each test sees its own first warning."""
    monkeypatch.setattr(_cache, "_warned", set())


@pytest.fixture()
def first(mini_path: Path, tmp_path: Path, monkeypatch: pytest.MonkeyPatch):
    """The mini gazetteer, loaded once into a cache of this test's own."""
    monkeypatch.setenv("MAPPER_CACHE_DIR", str(tmp_path / "cache"))
    return load_gazetteer(mini_path)


def positions(gazetteer) -> list[tuple[int, float, float]]:
    return sorted((p.geonameid, p.latitude, p.longitude) for p in gazetteer.places())


def builds(monkeypatch: pytest.MonkeyPatch) -> list[int]:
    """Count the index builds from now on."""
    counted: list[int] = []
    real = mapper.gazetteer._index.build_index

    def counting(*args, **kwargs):
        counted.append(1)
        return real(*args, **kwargs)

    monkeypatch.setattr(mapper.gazetteer._index, "build_index", counting)
    return counted


@pytest.mark.parametrize("share", [0.0, 0.01, 0.1, 0.25, 0.4, 0.5, 0.6, 0.75, 0.9, 0.99, 1.0])
@pytest.mark.parametrize("bit", [0, 3, 7])
def test_a_flipped_bit_is_rebuilt_never_used(
    first, mini_path: Path, monkeypatch: pytest.MonkeyPatch, caplog: pytest.LogCaptureFixture, share: float, bit: int
) -> None:
    expected = positions(first)
    data = bytearray(first.cache.read_bytes())
    at = min(int(share * len(data)), len(data) - 1)
    data[at] ^= 1 << bit
    first.cache.write_bytes(bytes(data))
    built = builds(monkeypatch)
    with caplog.at_level("WARNING", logger="mapper.gazetteer"):
        again = load_gazetteer(mini_path)
    assert built == [1]
    assert positions(again) == expected
    if at >= len(_cache._MAGIC):
        assert "is damaged" in caplog.text


def test_an_index_of_the_old_format_is_rebuilt_silently(
    first, mini_path: Path, caplog: pytest.LogCaptureFixture
) -> None:
    import marshal

    first.cache.write_bytes(marshal.dumps({"format": 13}))  # what mapper wrote before checksums
    with caplog.at_level("WARNING", logger="mapper.gazetteer"):
        assert positions(load_gazetteer(mini_path)) == positions(first)
    assert "damaged" not in caplog.text


def unusable_cache(kind: str, tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    """Make the cache folder unusable in the way ``kind`` says."""
    blocker = tmp_path / "a-file"
    blocker.write_text("not a folder", encoding="utf-8")
    if kind == "under a file":
        monkeypatch.setenv("MAPPER_CACHE_DIR", str(blocker / "cache"))
    elif kind == "home under a file":
        monkeypatch.delenv("MAPPER_CACHE_DIR")
        monkeypatch.setenv("HOME", str(blocker))
        monkeypatch.setenv("XDG_CACHE_HOME", str(blocker / ".cache"))
    elif kind == "no home":
        monkeypatch.delenv("MAPPER_CACHE_DIR")
        monkeypatch.delenv("HOME", raising=False)
        monkeypatch.delenv("XDG_CACHE_HOME", raising=False)
        monkeypatch.setattr(os.path, "expanduser", lambda path: path)  # no user entry either
    elif kind == "read-only":
        if hasattr(os, "geteuid") and os.geteuid() == 0:
            pytest.skip("root writes into a read-only folder")
        cache = tmp_path / "cache"
        cache.mkdir()
        cache.chmod(0o500)
        monkeypatch.setenv("MAPPER_CACHE_DIR", str(cache))
    elif kind == "read-only, as root sees it":  # root writes anywhere: the refusal is simulated
        import tempfile

        def refused(*args, **kwargs):
            raise PermissionError(13, "Permission denied")

        monkeypatch.setenv("MAPPER_CACHE_DIR", str(tmp_path / "cache"))
        monkeypatch.setattr(tempfile, "mkstemp", refused)
    else:
        raise AssertionError(kind)


@pytest.mark.parametrize("kind", ["under a file", "home under a file", "no home", "read-only",
                                  "read-only, as root sees it"])  # fmt: skip
def test_an_unusable_cache_folder_costs_one_warning(
    mini_path: Path, tmp_path: Path, monkeypatch: pytest.MonkeyPatch, caplog: pytest.LogCaptureFixture, kind: str
) -> None:
    unusable_cache(kind, tmp_path, monkeypatch)
    with caplog.at_level("WARNING", logger="mapper.gazetteer"):
        first = load_gazetteer(mini_path)
        second = load_gazetteer(mini_path)
    assert first.cache is None and second.cache is None
    assert [c.place.geonameid for c in second.lookup("Izium")] == [707292]
    warnings = [r for r in caplog.records if r.levelname == "WARNING"]
    assert len(warnings) == 1, caplog.text
    assert not list(tmp_path.glob("~*")) and not Path("~").exists()  # nothing written in the working folder


def test_an_unusable_cache_folder_on_the_command_line(mini_path: Path, tmp_path: Path) -> None:
    blocker = tmp_path / "a-file"
    blocker.write_text("", encoding="utf-8")
    result = runner.invoke(app, ["gazetteer", "lookup", "Izium", "-g", str(mini_path)],
                           env={"MAPPER_CACHE_DIR": str(blocker / "cache")})  # fmt: skip
    assert result.exit_code == 0, result.output
    assert result.stdout.startswith("707292")
    assert result.stderr.count("WARNING") == 1 and "from memory" in result.stderr


def test_an_index_path_that_is_a_folder(first, mini_path: Path, caplog: pytest.LogCaptureFixture) -> None:
    first.cache.unlink()
    first.cache.mkdir()
    (first.cache / "inside").write_text("x", encoding="utf-8")
    with caplog.at_level("WARNING", logger="mapper.gazetteer"):
        again = load_gazetteer(mini_path)
    assert again.cache is None and positions(again) == positions(first)
    assert (first.cache / "inside").is_file()  # nothing of the user's removed
    assert "cannot read the gazetteer index" in caplog.text


def test_an_unreadable_index_is_rebuilt(
    first, mini_path: Path, monkeypatch: pytest.MonkeyPatch, caplog: pytest.LogCaptureFixture
) -> None:
    """Another user's index, mode 0600, cannot be read: it is built anew (here read() is refused)."""
    real = Path.read_bytes

    def refused(path: Path) -> bytes:
        if path == first.cache:
            raise PermissionError(13, "Permission denied", str(path))
        return real(path)

    monkeypatch.setattr(Path, "read_bytes", refused)
    with caplog.at_level("WARNING", logger="mapper.gazetteer"):
        assert positions(load_gazetteer(mini_path)) == positions(first)
    assert "Permission denied" in caplog.text


@pytest.mark.parametrize("text", ["{not json", "[1, 2]", '"text"', "null", '{"/x": [1]}', '{"/x": 5}', "\udcff"])
def test_a_malformed_digest_memo_is_ignored(mini_path: Path, tmp_path: Path, monkeypatch: pytest.MonkeyPatch,
                                            text: str) -> None:  # fmt: skip
    cache = tmp_path / "cache"
    cache.mkdir()
    monkeypatch.setenv("MAPPER_CACHE_DIR", str(cache))
    (cache / "digests.json").write_bytes(text.encode("utf-8", "surrogateescape"))
    memo = {str(mini_path.resolve()): [1]}
    if text.startswith('{"/x"'):
        (cache / "digests.json").write_text(json.dumps(memo), encoding="utf-8")
    assert [c.place.geonameid for c in load_gazetteer(mini_path).lookup("Izium")] == [707292]
    assert isinstance(json.loads((cache / "digests.json").read_text(encoding="utf-8")), dict)


@pytest.mark.parametrize("text", ["{not json", "[]", '{"gazetteer": 5}', '{"index": ["a"]}', "\udcff"])
def test_a_malformed_settings_file_is_one_clear_error(tmp_path: Path, monkeypatch: pytest.MonkeyPatch,
                                                      text: str) -> None:  # fmt: skip
    config = tmp_path / "config"
    config.mkdir()
    monkeypatch.setenv("MAPPER_CONFIG_DIR", str(config))
    (config / "gazetteer.json").write_bytes(text.encode("utf-8", "surrogateescape"))
    with pytest.raises(GazetteerFormatError, match="gazetteer.json"):
        load_gazetteer()
    result = runner.invoke(app, ["gazetteer", "info"])
    assert result.exit_code == 2
    assert "gazetteer.json" in result.stderr and "Traceback" not in result.output


def test_a_settings_folder_under_a_file_means_no_settings(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    blocker = tmp_path / "a-file"
    blocker.write_text("", encoding="utf-8")
    monkeypatch.setenv("MAPPER_CONFIG_DIR", str(blocker / "config"))
    assert _cache.read_settings() == {}


def test_malformed_outlines_cache_is_derived_again(mini_path: Path, tmp_path: Path,
                                                   monkeypatch: pytest.MonkeyPatch) -> None:  # fmt: skip
    from mapper.publishing.outlines import derive_outlines

    monkeypatch.setenv("MAPPER_CACHE_DIR", str(tmp_path / "cache"))
    gazetteer = load_gazetteer(mini_path)
    expected = derive_outlines(gazetteer)
    for path in (tmp_path / "cache").glob("outlines-*.json"):
        with atomic_write(path) as handle:
            handle.write('{"features": {"broken": 1}')
    assert derive_outlines(gazetteer).collection == expected.collection


@pytest.mark.parametrize("gazetteer", ["mini", "built-in"])
def test_a_map_is_drawn_without_a_cache(mini_path: Path, tmp_path: Path, gazetteer: str) -> None:
    blocker = tmp_path / "a-file"
    blocker.write_text("", encoding="utf-8")
    (tmp_path / "r.txt").write_text("Ukrainian forces liberated Izium.", encoding="utf-8")
    args = ["map", str(tmp_path / "r.txt"), "-o", str(tmp_path / "out")]
    if gazetteer == "mini":
        args += ["-g", str(mini_path)]
    result = runner.invoke(app, args, env={"MAPPER_CACHE_DIR": str(blocker / "cache")})
    assert result.exit_code == 0, result.output
    assert result.stderr.count("WARNING") == 1 and "from memory" in result.stderr
    assert (tmp_path / "out" / "map.html").is_file()
