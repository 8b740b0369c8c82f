"""The package's own source: text a reader and the regex engine read alike."""

from __future__ import annotations

import re
from pathlib import Path

import pytest

SOURCE = Path(__file__).resolve().parents[1] / "src" / "mapper"
# A control character typed into a string by accident (a backspace where "\b" was meant) reads as
# nothing in an editor and changes what a pattern matches.
CONTROL = re.compile(r"[\x00-\x08\x0b\x0c\x0e-\x1f\x7f]")


@pytest.mark.parametrize("path", sorted(SOURCE.rglob("*.py")) + sorted(SOURCE.rglob("*.toml")), ids=lambda p: p.name)
def test_no_control_character_in_the_source(path: Path) -> None:
    text = path.read_text(encoding="utf-8")
    found = [(text.count("\n", 0, m.start()) + 1, repr(m.group())) for m in CONTROL.finditer(text)]
    assert not found, f"{path}: control characters at lines {found}"
