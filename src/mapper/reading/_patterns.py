"""What the modules of compiled patterns (:mod:`mapper.reading.grammar`, :mod:`mapper.reading.captionwords`,
:mod:`mapper.reading.locators`) share: their flags and the first-letter guard."""

from __future__ import annotations

import re

FLAGS = re.IGNORECASE
DATELINE = r"\s*(?-i:[A-Z][A-Z'’.-]+(?:\s+[A-Z][A-Z'’.-]+)*)(?:,\s*[^()\n\-–—]{1,40}?)?\s*(?:\([^()\n]{1,40}\)\s*)?(?:-|–|—)\s"
"""A wire story's dateline, "KYIV, Aug 28 (Reuters) - ...": where it was filed, not what happened there."""


def _guarded(first: str, pattern: str) -> re.Pattern[str]:
    """``pattern`` (which starts with ``\\b``) behind a lookahead for the letters its matches can start
    with, so that the regex engine skips every other position at once: the same matches, as long
    as `first` holds the first letter of every alternative (test_status checks it)."""
    return re.compile(f"(?=[{first}])" + pattern, FLAGS)
