"""The project's curated tables (package data ``mapper.tables``, the repo's ``gazetteer/``).

``regions.csv`` holds Ukraine's 27 first-order divisions (24 oblasts, Crimea,
Kyiv and Sevastopol) with the stems and adjectives the press builds region
names from; ``facilities.csv`` holds named facilities (power plants, dams,
bridges); ``foreign.csv`` the regions of Russia and Belarus and the towns there
that war reports name. All are read on first use and cached; every row names
its source.
"""

from __future__ import annotations

import csv
import hashlib
import io
from dataclasses import dataclass, fields
from functools import lru_cache
from importlib.resources import files
from typing import TypeVar

from mapper.errors import GazetteerFormatError

__all__ = [
    "Region",
    "Facility",
    "ForeignPlace",
    "regions",
    "facilities",
    "foreign_places",
    "tables_digest",
    "region_forms",
]

_REGION_WORDS = ("oblast", "region", "province")
_Row = TypeVar("_Row", "Region", "Facility", "ForeignPlace")


@dataclass(frozen=True, slots=True)
class Region:
    """One row of ``regions.csv``."""

    admin1_code: str
    geonameid: int
    name: str
    name_uk: str
    stems: tuple[str, ...]
    adjectives: tuple[str, ...]
    standalone: tuple[str, ...]
    latitude: float
    longitude: float
    source: str


@dataclass(frozen=True, slots=True)
class Facility:
    """One row of ``facilities.csv``."""

    geonameid: int
    name: str
    name_uk: str
    feature_class: str
    feature_code: str
    admin1_code: str
    near: str
    forms: tuple[str, ...]
    latitude: float
    longitude: float
    source: str


@dataclass(frozen=True, slots=True)
class ForeignPlace:
    """One row of ``foreign.csv``: a place outside Ukraine that war reports name.

    ``kind`` is ``"region"``, ``"city"`` or ``"country"`` (Ukraine's neighbours other than Russia and
    Belarus: "drones fell in Romania"); ``division`` is the kind of first-order division a
    region (or a city that is one, such as Moscow) is ("oblast", "krai", "republic", ...), empty
    for other cities; ``stems`` are what the region's names are built from ("Kursk" gives
    "Kursk Oblast", "Kursk region"); ``forms`` are names used as they are ("Kuban",
    "Rostov-on-Don"); ``region`` is the region a city lies in.
    """

    country_code: str
    kind: str
    name: str
    division: str
    stems: tuple[str, ...]
    forms: tuple[str, ...]
    region: str
    source: str


def _read(name: str) -> tuple[str, list[dict[str, str]]]:
    text = files("mapper.tables").joinpath(name).read_text(encoding="utf-8")
    return text, list(csv.DictReader(io.StringIO(text)))


def _split(value: str) -> tuple[str, ...]:
    return tuple(part.strip() for part in value.split(";") if part.strip())



# How a CSV cell becomes a field of the row's dataclass, by the field's annotation.
_CONVERT = {"int": int, "float": float, "str": str, "tuple[str, ...]": _split}


def _load(name: str, row_type: type[_Row]) -> tuple[_Row, ...]:
    _, rows = _read(name)
    out = []
    for line, row in enumerate(rows, start=2):
        try:
            out.append(row_type(**{f.name: _CONVERT[str(f.type)](row[f.name]) for f in fields(row_type)}))
        except (KeyError, TypeError, ValueError) as exc:
            raise GazetteerFormatError(f"bad row, {type(exc).__name__}: {exc}", path=name, line=line) from exc
    return tuple(out)


@lru_cache(maxsize=1)
def regions() -> tuple[Region, ...]:
    """The 27 first-order divisions of Ukraine, in admin1-code order.

    Raises
    ------
    GazetteerFormatError
        If a row of ``regions.csv`` cannot be read.
    """
    return _load("regions.csv", Region)


@lru_cache(maxsize=1)
def facilities() -> tuple[Facility, ...]:
    """The curated facilities (nuclear power plants, dams, bridges).

    Raises
    ------
    GazetteerFormatError
        If a row of ``facilities.csv`` cannot be read.
    """
    return _load("facilities.csv", Facility)


@lru_cache(maxsize=1)
def foreign_places() -> tuple[ForeignPlace, ...]:
    """The regions of Russia and Belarus, and the towns there that war reports name.

    Raises
    ------
    GazetteerFormatError
        If a row of ``foreign.csv`` cannot be read.
    """
    return _load("foreign.csv", ForeignPlace)


@lru_cache(maxsize=1)
def tables_digest() -> str:
    """A sha256 over the tables the gazetteer index is built from (regions and facilities), so
    caches built from them go stale when they change."""
    digest = hashlib.sha256()
    for name in ("regions.csv", "facilities.csv"):
        digest.update(_read(name)[0].encode("utf-8"))
    return digest.hexdigest()


def region_forms(region: Region) -> list[str]:
    """Every curated English form of a region's name (never a bare city name).

    ``Kharkiv`` gives "Kharkiv Oblast", "Kharkiv region", "Kharkiv province",
    "region of Kharkiv", "oblast of Kharkiv"; ``Kharkivska`` gives
    "Kharkivska oblast"; standalone forms ("Kharkivshchyna", "Crimea") are
    used as they are.
    """
    forms = [region.name, *region.standalone]
    for stem in region.stems:
        for word in _REGION_WORDS:
            forms.append(f"{stem} {word}")
            forms.append(f"{word} of {stem}")
    for adjective in region.adjectives:
        forms.append(f"{adjective} oblast")
        forms.append(f"{adjective} region")
    return forms
