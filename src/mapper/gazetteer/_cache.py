"""A content-keyed cache of built gazetteer indexes, written atomically.

An index is built once per dump *content* (the sha256 of the file), stored as
one ``marshal`` file in the user cache directory (``$MAPPER_CACHE_DIR``, else
platformdirs' user cache dir), and loaded from there afterwards. A file is
written to a temporary name and moved into place (:func:`mapper._io.atomic_write`),
so an interrupted or failed build leaves no half-built cache behind. The key also
covers the code that builds indexes, so an upgrade never reads a stale one.
``marshal`` holds only plain values (tuples, dicts, strings, numbers) and
loads fast; the file starts with the sha256 of what follows, so a damaged file
(a flipped bit) is rebuilt, never used.

The cache only saves time: when its folder cannot be made, read or written
(no ``HOME``, a read-only disk, another user's file, a folder in the way), the
index is built and used from memory, with one warning.

The dump imported with ``mapper gazetteer import`` is recorded in
``gazetteer.json`` in ``$MAPPER_CONFIG_DIR`` (else platformdirs' config dir).
"""

from __future__ import annotations

import hashlib
import json
import logging
import marshal
import os
from functools import lru_cache
from importlib.resources import files
from pathlib import Path
from typing import Any

from mapper._io import atomic_write
from mapper.errors import GazetteerFormatError, OutputError

__all__ = ["cache_dir", "config_dir", "file_digest", "cache_path", "read_index", "write_index",
           "read_settings", "write_settings"]  # fmt: skip

log = logging.getLogger(__name__)

FORMAT = 14  # bump when the index layout changes

_MAGIC = b"mapper-index\n"
"""How an index file starts; the sha256 of the rest follows, then the marshalled index."""

_warned: set[str] = set()
"""Cache faults already warned about (one warning per fault and process)."""


def _warn_once(message: str) -> None:
    if message not in _warned:
        _warned.add(message)
        log.warning("%s", message)


NO_CACHE = Path(os.devnull, "mapper-cache")
"""The cache folder when there is none (no home folder to put it in): nothing is read or written there."""


def cache_dir() -> Path:
    """Where built indexes live: ``$MAPPER_CACHE_DIR``, else the user cache folder, else
    :data:`NO_CACHE` (with one warning) when there is no home folder to hold it."""
    env = os.environ.get("MAPPER_CACHE_DIR")
    if env:
        return Path(env)
    from platformdirs import user_cache_dir

    try:
        found = Path(user_cache_dir("mapper", appauthor=False))
    except RuntimeError:  # platformdirs found no home folder
        found = Path("~")
    if not found.is_absolute():  # no HOME and no user entry: it would land in the working folder
        _warn_once("no home folder to keep the gazetteer index in (set HOME or MAPPER_CACHE_DIR); "
                   "using it from memory")  # fmt: skip
        return NO_CACHE
    return found


def config_dir() -> Path:
    """Where mapper's settings (the imported gazetteer) live."""
    env = os.environ.get("MAPPER_CONFIG_DIR")
    if env:
        return Path(env)
    from platformdirs import user_config_dir

    try:
        found = Path(user_config_dir("mapper", appauthor=False))
    except RuntimeError:  # platformdirs found no home folder
        found = Path("~")
    # Without a home folder there are no settings: a path that holds none and takes none.
    return found if found.is_absolute() else Path(os.devnull, "mapper-config")


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
    if not isinstance(memo, dict):  # damaged: start again
        memo = {}
    known = memo.get(str(path))
    if isinstance(known, list) and len(known) == 3 and known[:2] == [stat.st_size, stat.st_mtime_ns]:
        return str(known[2])
    digest = hashlib.sha256()
    with open(path, "rb") as stream:
        for block in iter(lambda: stream.read(1 << 20), b""):
            digest.update(block)
    memo[str(path)] = [stat.st_size, stat.st_mtime_ns, digest.hexdigest()]
    try:
        _atomic_write(memo_path, json.dumps(memo).encode("utf-8"))
    except OSError as exc:  # a read-only cache dir only costs the hashing next time
        log.debug("digest of %s not remembered: %s", path, exc)
    return digest.hexdigest()


# The modules whose code shapes an index: a change to any of them (a new
# name form, another romanisation) makes every cached index stale.
_BUILDERS = ("_index.py", "_forms.py", "_kinds.py", "names.py", "translit.py", "russian.py", "geonames.py", "_tables.py", "builtin.py")
_BUILDER_TABLES = ("uk_ru.csv", "ru_latin.csv", "ru_uk.csv", "renamings.csv")


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
    """Write ``data`` to ``path`` atomically, making its folder; an ``OSError`` when that fails."""
    path.parent.mkdir(parents=True, exist_ok=True)
    with atomic_write(path, "wb") as stream:
        stream.write(data)


def read_index(path: Path) -> dict[str, Any] | None:
    """Load a cached index; ``None`` if absent, unreadable, of another format, or damaged (its
    checksum does not match: a flipped bit, a truncated file). Every case but absence is warned
    about once."""
    if path.parent == NO_CACHE:
        return None
    try:
        data = path.read_bytes()
    except (FileNotFoundError, NotADirectoryError):  # not built yet, or no cache folder (said on writing)
        return None
    except OSError as exc:
        _warn_once(f"cannot read the gazetteer index '{path}' ({exc.strerror or exc}); building it anew")
        return None
    head = len(_MAGIC)
    body = data[head + 32 :]
    if data[:head] != _MAGIC or hashlib.sha256(body).digest() != data[head : head + 32]:
        if data[:head] == _MAGIC:  # an older format has no magic: that is not damage
            _warn_once(f"the gazetteer index '{path}' is damaged (its checksum does not match); building it anew")
        return None
    try:
        index = marshal.loads(body)
    except (EOFError, ValueError, TypeError):
        return None
    if not isinstance(index, dict) or index.get("format") != FORMAT:
        return None
    return index


def write_index(path: Path, index: dict[str, Any]) -> bool:
    """Write an index atomically, after its checksum; ``False`` (and one warning) when it cannot
    be written, in which case the caller uses the index from memory."""
    if path.parent == NO_CACHE:
        return False
    body = marshal.dumps({**index, "format": FORMAT})
    try:
        _atomic_write(path, _MAGIC + hashlib.sha256(body).digest() + body)
    except (OSError, OutputError) as exc:
        _warn_once(f"cannot cache the gazetteer index in '{path.parent}' ({exc.strerror or exc}); "
                   f"using it from memory, which costs the indexing on every run")  # fmt: skip
        return False
    return True


def read_settings() -> dict[str, Any]:
    """mapper's saved settings (``{}`` when none were saved).

    Raises
    ------
    GazetteerFormatError
        If the settings file exists but is not JSON.
    """
    path = config_dir() / "gazetteer.json"
    fix = "fix it, or import the gazetteer again ('mapper gazetteer import')"
    try:
        settings = json.loads(path.read_text(encoding="utf-8"))
    except (FileNotFoundError, NotADirectoryError):  # never saved, or no home folder to hold it
        return {}
    except OSError as exc:
        raise GazetteerFormatError(f"cannot read the settings file ({exc.strerror or exc})", path=str(path)) from exc
    except (ValueError, UnicodeDecodeError) as exc:
        raise GazetteerFormatError(f"settings file is not JSON ({exc}): {fix}", path=str(path)) from exc
    if not isinstance(settings, dict) or not all(
        isinstance(settings.get(key), (str, type(None))) for key in ("gazetteer", "index")
    ):
        raise GazetteerFormatError(f"settings file is not an object whose 'gazetteer' and 'index' are paths: {fix}",
                                   path=str(path))  # fmt: skip
    return settings


def write_settings(settings: dict[str, Any]) -> Path:
    """Save mapper's settings atomically; returns the file written."""
    path = config_dir() / "gazetteer.json"
    _atomic_write(path, json.dumps(settings, indent=2, ensure_ascii=False).encode("utf-8"))
    return path
