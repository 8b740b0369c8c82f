"""Is a capitalised name only English words? ("Congress", "Naval Infantry", "Special")

A name in a place-like context that the gazetteer lacks in every spelling is listed as
unresolved, for a person to look up: unless each of its words is an ordinary English word,
capitalised for a title or a proper noun of another kind. The words are the lower-case
entries of Webster's Second International (the ``web2`` list of the ``english-words``
package, public domain), which holds common nouns and adjectives, not the names of towns
(Kupiansk, Istanbul, Kherson are not in it).
"""

from __future__ import annotations

import re
from functools import lru_cache

__all__ = ["only_english_words"]

_WORD = re.compile(r"[A-Za-z]+")
_ENDINGS = ("s", "es", "ed", "d", "ing", "n")
"""Inflections Webster's list leaves out: "forces", "controlled" (a doubled consonant too)."""


@lru_cache(maxsize=1)
def _words() -> frozenset[str]:
    from english_words import get_english_words_set

    return frozenset(w for w in get_english_words_set(["web2"], alpha=True) if w.islower())


def _is_word(word: str, words: frozenset[str]) -> bool:
    word = word.lower()
    if word in words:
        return True
    for ending in _ENDINGS:
        if word.endswith(ending):
            stem = word[: -len(ending)]
            if stem in words or stem[-2:-1] == stem[-1:] and stem[:-1] in words:
                return True
    return word.endswith(("ied", "ies")) and word[:-3] + "y" in words


def only_english_words(name: str) -> bool:
    """True if every word of ``name`` is an English dictionary word ("Naval Infantry"), a
    compound ending in one counting by that one ("Ukrainian-controlled"); False for a name
    with any other word ("Svobody Square").

    Examples
    --------
    >>> only_english_words("Naval Infantry"), only_english_words("Shepilovo"), only_english_words("Southern Buh")
    (True, False, False)
    """
    words = _words()
    tokens = name.split()
    if not tokens:
        return False
    for token in tokens:
        head, _, last = token.rpartition("-")
        if head and last.islower():  # "Ukrainian-controlled", "Russian-held": an adjective
            token = last
        parts = _WORD.findall(token)
        if not parts or not all(_is_word(part, words) for part in parts):
            return False
    return True
