"""The words and phrases that report a status, and the grammar words around them.

This is :mod:`mapper.reading.status`'s lexicon: the cues themselves are a table
(``lexicon/cues.toml``: family, grammar, reach, pattern, example and source per
row) read on first use, so that a reader can extend it without touching code;
this module compiles it and holds the grammar words around cues: reference
points, clause boundaries, modality, actors and modifiers (compiled at import).
:mod:`mapper.reading.status` decides which cue governs which mention.
"""

from __future__ import annotations

import re
from collections.abc import Iterable
from dataclasses import dataclass
from functools import lru_cache
from importlib.resources import files

import tomllib

from mapper.reading._scan import literal_prefixes

FLAGS = re.IGNORECASE

__all__ = ["CUES", "CUE_RE", "CUE_RE_ANY_CASE", "CUE_SOURCE", "CUE_STARTS", "cue_pattern_at", "WHITESPACE", "V"]


WHITESPACE = "\t\n\x0b\x0c\r\x1c\x1d\x1e\x1f \x85\xa0\u1680" + "".join(map(chr, range(0x2000, 0x200B))) + (
    "\u2028\u2029\u202f\u205f\u3000"
)


# ---------------------------------------------------------------------------
# The cue lexicon is data: lexicon/cues.toml, one row per cue (family, grammar, reach, pattern,
# an example and its source), read once on first use. Its names (CUES, CUE_STARTS, CUE_SOURCE,
# CUE_RE, CUE_RE_ANY_CASE) are module attributes made on first access (__getattr__ below).
V = r"(?:ed|es|e|ing|s)?"


@dataclass(frozen=True, slots=True)
class _Lexicon:
    cues: tuple[tuple[str, str, str, int], ...]  # (family, grammar, pattern, reach), in the table's order
    starts: tuple[str, ...]
    source: str
    lower: re.Pattern[str]
    any_case: re.Pattern[str]


_FAMILIES = frozenset({"lib", "gain", "loss", "fall", "occ", "held", "flag", "att"})
_GRAMMARS = frozenset({"fwd", "back", "both", "near"})


@lru_cache(maxsize=1)
def _lexicon() -> _Lexicon:
    table = tomllib.loads(files("mapper").joinpath("lexicon/cues.toml").read_text(encoding="utf-8"))
    rows = []
    for n, row in enumerate(table["cue"], 1):
        if row["family"] not in _FAMILIES or row["grammar"] not in _GRAMMARS:
            raise ValueError(f"lexicon/cues.toml: cue {n} has family {row['family']!r}, grammar {row['grammar']!r}")
        rows.append((row["family"], row["grammar"], row["pattern"], int(row["reach"])))
    cues = tuple(rows)
    # The beginnings of every cue (each alternative of each pattern starts with one of these at a word
    # start; test_status checks it): an Aho-Corasick pass finds where a cue may begin, and the cue
    # pattern is tried there only (mapper.reading._scan). "in" comes with the space after it ("in Russian
    # hands"): alone, it would stop the scan at every "in...".
    starts = tuple(table["starts"].split()) + tuple(f"in{space}" for space in WHITESPACE)
    source = _cue_source(cues, range(len(cues)))
    # Cues are matched in the lower-cased sentence (much faster than IGNORECASE); the
    # case-insensitive twin serves the rare text whose lower-casing changes its length.
    return _Lexicon(cues, starts, source, re.compile(source), re.compile(source, FLAGS))


_LAZY = {
    "CUES": lambda lexicon: lexicon.cues,
    "CUE_STARTS": lambda lexicon: lexicon.starts,
    "CUE_SOURCE": lambda lexicon: lexicon.source,
    "CUE_RE": lambda lexicon: lexicon.lower,
    "CUE_RE_ANY_CASE": lambda lexicon: lexicon.any_case,
}


def __getattr__(name: str) -> object:
    if name in _LAZY:
        value = _LAZY[name](_lexicon())
        globals()[name] = value
        return value
    raise AttributeError(f"module {__name__!r} has no attribute {name!r}")


def _cue_source(cues: tuple[tuple[str, str, str, int], ...], indices: Iterable[int]) -> str:
    alternatives = "|".join(f"(?P<c{i}>{cues[i][2]})" for i in indices)
    return r"\b(?:" + alternatives + r")\b" if alternatives else r"(?!)"  # (no cue begins so: a pattern that never matches)


@lru_cache(maxsize=None)
def cue_pattern_at(start: str) -> re.Pattern[str]:
    """The cue pattern with only the cues whose matches can begin with ``start`` (one of CUE_STARTS):
    where the lower-cased text has ``start`` at a word's beginning, the same match as the whole
    pattern, found without trying the thirty other cues (mapper.reading._scan.matches_at_words)."""
    key = re.sub(r"\s", " ", start)
    indices = tuple(
        i
        for i, prefixes in enumerate(_cue_prefixes())
        if any(prefix.startswith(key) or key.startswith(prefix) for prefix in prefixes)
    )
    return _compiled_cues(indices)


@lru_cache(maxsize=1)
def _cue_prefixes() -> list[set[str]]:
    return [literal_prefixes(pattern) for _, _, pattern, _ in _lexicon().cues]


@lru_cache(maxsize=None)
def _compiled_cues(indices: tuple[int, ...]) -> re.Pattern[str]:
    return re.compile(_cue_source(_lexicon().cues, indices))
