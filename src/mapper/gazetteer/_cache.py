"""A content-keyed cache of built gazetteer indexes, written atomically.

An index is built once per dump *content* (the sha256 of the file), stored as
one ``marshal`` file in the user cache directory (``$MAPPER_CACHE_DIR``, else
platformdirs' user cache dir), and loaded from there afterwards. A file is
written to a temporary name and moved into place with :func:`os.replace`, so
an interrupted or failed build leaves no half-built cache behind. The key also
covers the code that builds indexes, so an upgrade never reads a stale one.
``marshal`` holds only plain values (tuples, dicts, strings, numbers) and
loads fast.

The dump imported with ``mapper gazetteer import`` is recorded in
``gazetteer.json`` in ``$MAPPER_CONFIG_DIR`` (else platformdirs' config dir).
"""

from __future__ import annotations

import hashlib
import json
import marshal
import os
import tempfile
from functools import lru_cache
from importlib.resources import files
from pathlib import Path
from typing import Any

from mapper.errors import GazetteerFormatError

__all__ = ["cache_dir", "config_dir", "file_digest", "cache_path", "read_index", "write_index",
           "read_settings", "write_settings"]  # fmt: skip

FORMAT = 13  # bump when the index layout changes


def cache_dir() -> Path:
    """Where built indexes live."""
    env = os.environ.get("MAPPER_CACHE_DIR")
    if env:
        return Path(env)
    from platformdirs import user_cache_dir

    return Path(user_cache_dir("mapper", appauthor=False))


def config_dir() -> Path:
    """Where mapper's settings (the imported gazetteer) live."""
    env = os.environ.get("MAPPER_CONFIG_DIR")
    if env:
        return Path(env)
    from platformdirs import user_config_dir

    return Path(user_config_dir("mapper", appauthor=False))


def file_digest(path: Path) -> str:
    """The sha256 of a file's bytes, in hex.

    Digests are remembered by path, size and modification time (as git's
    index does), so an unchanged dump is not hashed again on every load.
    """
    path = Path(path).resolve()
    stat = path.stat()
    memo_path = cache_dir() / "digests.json"
    try:
        memo = json.loads(memo_path.read_text(encoding="utf-8"))
    except (OSError, ValueError):
        memo = {}
    known = memo.get(str(path))
    if isinstance(known, list) and known[:2] == [stat.st_size, stat.st_mtime_ns]:
        return str(known[2])
    digest = hashlib.sha256()
    with open(path, "rb") as stream:
        for block in iter(lambda: stream.read(1 << 20), b""):
            digest.update(block)
    memo[str(path)] = [stat.st_size, stat.st_mtime_ns, digest.hexdigest()]
    try:
        _atomic_write(memo_path, json.dumps(memo).encode("utf-8"))
    except OSError:
        pass  # a read-only cache dir only costs the hashing next time
    return digest.hexdigest()


# The modules whose code shapes an index: a change to any of them (a new
# name form, another romanisation) makes every cached index stale.
_BUILDERS = ("_index.py", "names.py", "translit.py", "russian.py", "geonames.py", "_tables.py", "builtin.py")
_BUILDER_TABLES = ("uk_ru.csv", "ru_latin.csv", "renamings.csv")


@lru_cache(maxsize=1)
def _builder_digest() -> str:
    digest = hashlib.sha256(str(FORMAT).encode())
    here = Path(__file__).resolve().parent
    for name in _BUILDERS:
        try:
            digest.update((here / name).read_bytes())
        except OSError:  # pragma: no cover - sources not shipped: fall back to the version
            from mapper import __version__

            digest.update(__version__.encode())
    # and the tables the index is built from that mapper.gazetteer._tables does not digest
    for table in _BUILDER_TABLES:
        digest.update(files("mapper.tables").joinpath(table).read_bytes())
    return digest.hexdigest()


def cache_path(key: str) -> Path:
    """The cache file for an index keyed by ``key`` (a hex digest of its inputs) and mapper's code."""
    name = hashlib.sha256(f"{key}:{_builder_digest()}".encode()).hexdigest()
    return cache_dir() / f"gazetteer-{name[:24]}-v{FORMAT}.idx"


def _atomic_write(path: Path, data: bytes) -> None:
    path.parent.mkdir(parents=True, exist_ok=True)
    fd, tmp = tempfile.mkstemp(prefix=path.name + ".", suffix=".tmp", dir=path.parent)
    try:
        with os.fdopen(fd, "wb") as stream:
            stream.write(data)
        os.replace(tmp, path)
    except BaseException:
        Path(tmp).unlink(missing_ok=True)
        raise


def read_index(path: Path) -> dict[str, Any] | None:
    """Load a cached index; ``None`` if absent, of another format, or damaged."""
    try:
        data = path.read_bytes()
    except FileNotFoundError:
        return None
    try:
        index = marshal.loads(data)
    except (EOFError, ValueError, TypeError):
        return None
    if not isinstance(index, dict) or index.get("format") != FORMAT:
        return None
    return index


def write_index(path: Path, index: dict[str, Any]) -> None:
    """Write an index atomically (temporary file, then :func:`os.replace`)."""
    _atomic_write(path, marshal.dumps({**index, "format": FORMAT}))


def read_settings() -> dict[str, Any]:
    """mapper's saved settings (``{}`` when none were saved).

    Raises
    ------
    GazetteerFormatError
        If the settings file exists but is not JSON.
    """
    path = config_dir() / "gazetteer.json"
    try:
        return json.loads(path.read_text(encoding="utf-8"))
    except FileNotFoundError:
        return {}
    except (ValueError, UnicodeDecodeError) as exc:
        raise GazetteerFormatError(f"settings file is not JSON ({exc})", path=str(path)) from exc


def write_settings(settings: dict[str, Any]) -> Path:
    """Save mapper's settings atomically; returns the file written."""
    path = config_dir() / "gazetteer.json"
    _atomic_write(path, json.dumps(settings, indent=2, ensure_ascii=False).encode("utf-8"))
    return path
