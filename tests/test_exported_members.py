"""The public API: every name in ``mapper.__all__`` is importable and is what it claims to be."""

from __future__ import annotations

import importlib
import subprocess
import sys

import pytest

import mapper


@pytest.mark.parametrize("name", mapper.__all__)
def test_exported_name_resolves(name: str) -> None:
    value = getattr(mapper, name)
    assert value is not None
    if name != "__version__":
        module = importlib.import_module(value.__module__)
        assert module.__name__.startswith("mapper.")
        assert name in getattr(module, "__all__", ()), f"{module.__name__}.__all__ lacks {name}"


def test_no_submodule_shadows_an_exported_name() -> None:
    # Importing a submodule binds it on the package: one named like an exported
    # function (say mapper/extract.py beside mapper.extract) would shadow it.
    code = (
        "import importlib, pkgutil, types, mapper\n"
        "for m in pkgutil.walk_packages(mapper.__path__, 'mapper.'):\n"
        "    if not m.name.endswith('__main__'):\n"
        "        importlib.import_module(m.name)\n"
        "print([n for n in mapper.__all__ if isinstance(getattr(mapper, n), types.ModuleType)])"
    )
    out = subprocess.run([sys.executable, "-c", code], capture_output=True, text=True, check=True).stdout
    assert out.strip() == "[]"


def test_import_is_light() -> None:
    # `import mapper` (and so `mapper --help`) must not pull in the heavy libraries.
    code = "import sys, mapper, mapper.cli; print(sorted(m for m in ('folium', 'geopandas', 'rapidfuzz', 'shapely') if m in sys.modules))"
    out = subprocess.run([sys.executable, "-c", code], capture_output=True, text=True, check=True).stdout
    assert out.strip() == "[]"


def test_version_matches_the_distribution() -> None:
    from importlib.metadata import version

    assert mapper.__version__ == version("mapper")
