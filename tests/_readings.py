"""The one check behind the sentence tables (test_reading*.py): a sentence's names and their statuses."""

from __future__ import annotations

import pytest

from mapper.pipeline import extract


def table(groups: dict[str, list], known_gaps: dict[str, str] | None = None) -> list:
    """The rows of each group as pytest params with ids ``<group>-<n>``; a known gap is a strict xfail."""
    known_gaps = known_gaps or {}
    return [
        pytest.param(*row, id=name, marks=[pytest.mark.xfail(strict=True, reason=known_gaps[name])]
                     if name in known_gaps else [])
        for group, rows in groups.items()
        for name, row in ((f"{group}-{i}", row) for i, row in enumerate(rows))
    ]  # fmt: skip


def check_reading(gazetteer, sentence: str, expected: dict[str, str]) -> None:
    """Each name of ``expected`` is found and given its status ("-": none at all)."""
    read: dict[str, set[str]] = {}
    for event in extract(sentence, gazetteer, all_mentions=True):
        read.setdefault(event.mention.surface, set()).add(event.status or "-")
    for surface, status in expected.items():
        assert surface in read, f"{surface!r} not found in {sorted(read)}"
        assert status in read[surface], f"{surface}: {read[surface]} (expected {status})"
        if status == "-":
            assert read[surface] == {"-"}, f"{surface}: {read[surface]} (expected no status)"


def places_of(gazetteer, text: str) -> dict[str, list[int]]:
    """Each name's places in ``text``, mention by mention, where it is told nothing or attacked (for the namesake
    tests: which of a name's places the reading chose)."""
    places: dict[str, list[int]] = {}
    for event in extract(text, gazetteer, all_mentions=True):
        if event.place is not None and event.status in (None, "attacked"):
            places.setdefault(event.mention.surface, []).append(event.place.geonameid)
    return places
