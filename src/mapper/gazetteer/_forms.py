"""The name forms under which the gazetteer index files a feature (see :mod:`mapper.gazetteer._index`).

A feature's own names (its GeoNames name, asciiname and alternates), the forms romanised from
its Cyrillic names, the curated forms of regions, raions and facilities, the Russian-language
forms of a populated place and the Ukrainian forms of one GeoNames names in Russian only, all
folded: :func:`_forms` gives them, as :class:`_Forms`, for :func:`~mapper.gazetteer._index.build_index`.
The helpers are the index's own: nothing here is public.
"""

from __future__ import annotations

import re
from collections.abc import Iterable
from functools import lru_cache
from typing import NamedTuple

from mapper.gazetteer._kinds import DISTRICT_CODES
from mapper.gazetteer._tables import Facility, Region, region_forms
from mapper.gazetteer.geonames import GeoNamesRecord
from mapper.gazetteer.names import fold, latin_forms, phonetic_key
from mapper.gazetteer.russian import russian_latin_forms, ukrainian_forms
from mapper.gazetteer.translit import (
    is_cyrillic,
    kmu2010,
    kmu_from_bgn_latin,
    looks_russian,
    press_from_bgn_latin,
)

__all__: list[str] = []

# The same names recur across thousands of features (Novoselivka, Миколаївка):
# fold and romanise each once per build; the caches are cleared after it (by build_index).
_fold = lru_cache(maxsize=None)(fold)
_kmu = lru_cache(maxsize=None)(kmu2010)
_latin = lru_cache(maxsize=None)(lambda name: frozenset(latin_forms(name)))
_phonetic = lru_cache(maxsize=None)(phonetic_key)
_russian = lru_cache(maxsize=None)(russian_latin_forms)
_UKRAINIAN_NEUTER = re.compile(r"[бвгджзклмнпрстфхцчшщ]е$", re.IGNORECASE)
_ukrainian = lru_cache(maxsize=None)(ukrainian_forms)


_REGION_WORD = re.compile(r"\b(oblast|oblasti|region|province|rehion|misto)\b|shch[iy]na$|область|област|щина$|місто")
_ADMIN_WORD = re.compile(
    r"\b(raion|rayon|rajon|raijon|district|miskrada|mis ?krada|hromada|hromady|gromada|rada|council|"
    r"municipality|okrug|okruha|oblast|район|міськрада|громада|рада|округ)\b"
)
_RAION_WORD = re.compile(r"\s*\b(raion|rayon|rajon|district|район)\b\s*")
_SCRIPT_OK = re.compile(r"^[\u0000-\u024f\u0400-\u04ff\u1e00-\u1eff\u2018-\u201f\u02b9-\u02bc]+$")


def _usable(name: str) -> bool:
    """Latin or Cyrillic names only; no airport or station codes (IEV, HRK).

    Nor GeoNames' automatic romanisations from other scripts, which are all in
    lower case ("kharkwf", "ha er ke fu", "seullobiyansikeu"): a Latin name
    someone wrote has a capital letter.
    """
    if not name or not _SCRIPT_OK.match(name):
        return False
    if len(name) <= 4 and name.isascii() and name.isupper():
        return False
    return name.lower() != name or is_cyrillic(name)


_NOT_UKRAINIAN = re.compile(r"[ўыэёъјљњђћџѓќѕ]", re.IGNORECASE)
"""Cyrillic letters the Ukrainian alphabet lacks: Belarusian (Чугуіў), Russian, Serbian and Macedonian
forms are never a place's Ukrainian name."""


def _name_uk(record: GeoNamesRecord) -> str | None:
    """The Ukrainian form among the Cyrillic names (see the module docstring of names)."""
    cyrillic = [n for n in record.alternatenames if is_cyrillic(n) and not _NOT_UKRAINIAN.search(n)]
    if not cyrillic:
        return None
    target = _fold(record.name)
    matching = [n for n in cyrillic if _fold(_kmu(n)) == target]
    if matching:
        # KMU drops the soft sign, so Russian Луганск and Ukrainian Луганськ both
        # romanise to Luhansk: prefer Ukrainian letters, then the soft sign.
        return min(matching, key=lambda n: (looks_russian(n), "ь" not in n.lower()))
    ukrainian = [n for n in cyrillic if not looks_russian(n)]
    if ukrainian:
        return min(ukrainian, key=lambda n: abs(len(_fold(_kmu(n))) - len(target)))
    return None


_RUSSIAN_LATIN = re.compile(r"(?:[oe]vka|oye|oe|skiy|yy|[^i]iy|oy|aya|ino|ovo|evo)$|yo|ë", re.IGNORECASE)
"""A Latin name spelt from Russian by BGN/PCGN (-ovka, -oye, -skiy, -aya, yo): not a Ukrainian spelling."""


def _named_in_russian(name: str, names: Iterable[str]) -> bool:
    """Whether GeoNames names a place in Russian only: its name spelt from Russian, and none of its Cyrillic
    names Ukrainian by a letter Russian lacks (Оленевка, "Olenevka", for Оленівка in Crimea)."""
    return bool(_RUSSIAN_LATIN.search(name)) and all(looks_russian(n) for n in names if is_cyrillic(n))


def _raion_forms(latin: Iterable[str], *, councils: bool) -> set[str]:
    """ "X raion", "X rayon", "X district" from the folded Latin names of a raion.

    Some of GeoNames' second-order divisions of Ukraine carry the name of the
    city council whose code the raion took over in 2020 ("Lozova City Council"
    is Lozova raion): with ``councils``, "X city council" gives the same forms.
    """
    forms = set()
    for name in latin:
        stem = ""
        if _RAION_WORD.search(name):
            stem = _RAION_WORD.sub(" ", name).strip()
        elif councils and name.endswith(" city council"):
            stem = name.removesuffix(" city council").strip()
        if stem:
            forms.update({f"{stem} raion", f"{stem} rayon", f"{stem} district"})
    return forms


class _Forms(NamedTuple):
    """The folded name forms of one feature, by how they are known."""

    name_uk: str | None
    primary: set[str]  # its own names: GeoNames name, KMU 2010 form of its Ukrainian name
    own: set[str]  # every name GeoNames lists for it
    generated: set[str]  # romanised from its Cyrillic names, not listed by GeoNames
    curated: set[str]  # region, raion and facility forms
    russian: set[str]  # Russian-language forms of a populated place, derived (mapper.gazetteer.russian)
    spelt_uk: set[str]  # Ukrainian forms of a place GeoNames names in Russian only, derived (mapper.gazetteer.russian)


def _forms(rec: GeoNamesRecord, region: Region | None, facility: Facility | None,
           seat: GeoNamesRecord | None, former: tuple[str, ...] = ()) -> _Forms:  # fmt: skip
    """Every name form of a feature (``region``: its row of regions.csv if an oblast's
    feature; ``facility``: its row of facilities.csv; ``seat``: a raion's seat; ``former``:
    its names from renamings.csv, former or present)."""
    names = [n for n in {rec.name, rec.asciiname, *rec.alternatenames} if _usable(n)]
    extra: set[str] = set()
    is_adm1 = rec.feature_code == "ADM1"
    if rec.feature_class == "A" and is_adm1:
        names = [n for n in names if n == rec.name or _REGION_WORD.search(_fold(n))]
        if region is not None:
            extra.update(region_forms(region))
    elif rec.feature_class == "A" and rec.feature_code in DISTRICT_CODES:
        names = [n for n in names if _RAION_WORD.search(_fold(n))]  # not "Zhuliany", a quarter of Kyiv
    elif rec.feature_class == "A" and rec.feature_code.startswith("ADM"):
        names = [n for n in names if n == rec.name or _ADMIN_WORD.search(_fold(n))]
    name_uk = region.name_uk if region is not None and is_adm1 else _name_uk(rec)
    # A place's own names: its GeoNames name, and the KMU 2010 romanisation of
    # its Ukrainian name (the official Latin spelling, often newer than
    # GeoNames' name: Sloviansk for Slovyansk). They rank it first among
    # namesakes of similar size.
    primary = {_fold(rec.name), _fold(rec.asciiname)}
    if name_uk:
        primary.add(_fold(_kmu(name_uk)))
    if is_adm1:
        primary = {k for k in primary if k == _fold(rec.name) or _REGION_WORD.search(k)}
    elif rec.feature_class == "A" and rec.feature_code in DISTRICT_CODES:
        primary = {k for k in primary if _RAION_WORD.search(k)}
    own = {_fold(n) for n in names} | primary
    generated = {form for n in names if is_cyrillic(n) for form in _latin(n)}
    # (and the KMU 2010 spelling of a name given in BGN/PCGN letters only, where GeoNames lists no Cyrillic)
    if rec.feature_class == "P" and not any(map(is_cyrillic, names)):
        generated.update(_fold(kmu_from_bgn_latin(n)) for n in names)
        generated.update(_fold(press_from_bgn_latin(n)) for n in names)
    generated -= own
    spelt_uk: set[str] = set()
    if rec.feature_class == "P" and _named_in_russian(rec.name, names):
        # a place GeoNames names in Russian only (most of Crimea's villages): its Ukrainian forms, derived, as the
        # press spells them ("Olenivka" for Оленевка, "Maiske" for Майское)
        spelt_uk = {form for n in names if is_cyrillic(n) for uk in _ukrainian(n) for form in _latin(uk)} - own - generated
    # the names GeoNames lacks, as its alternate names are: as written, and romanised
    other = {_fold(name) for name in former} | {form for name in former if is_cyrillic(name) for form in _latin(name)}
    extra.update(other)
    if rec.feature_class == "A" and rec.feature_code in ("ADM2", "ADM2H", *DISTRICT_CODES):
        extra.update(_raion_forms([*own, *generated, *other], councils=rec.feature_code == "ADM2"))
    if seat is not None:
        # A raion is named for its seat (PPLA2): Kupiansk raion is GeoNames'
        # "Kupianska Miskrada", seated at Kupiansk.
        seat_names = {seat.name, seat.asciiname}
        seat_names.update(n for n in seat.alternatenames if _usable(n) and not is_cyrillic(n))
        seat_names.update(form for n in seat.alternatenames if is_cyrillic(n) for form in _latin(n))
        extra.update(_raion_forms([f"{_fold(n)} raion" for n in seat_names], councils=False))
    if facility is not None:
        extra.update(facility.forms)
    if rec.feature_code in _ISLAND_CODES:  # "Ostriv Karantynnyi" as the press writes it: "Karantynnyi Island"
        extra.update(f"{island.group(1)} island" for n in (*own, *generated) if (island := _ISLAND_WORD.match(n)))
        # (and a one-word name with the word after it: "Zmeinyy" of "Ostrov Zmeinyy", "Zmeiny Island")
        extra.update(f"{n} island" for n in (*own, *generated) if " " not in n and not _ISLAND_WORD.match(n))
    curated = {_fold(n) for n in extra} - own - generated
    russian: set[str] = set()
    if rec.feature_class == "P":
        # From the Ukrainian name and any former Ukrainian names (Дніпродзержинськ), and the
        # Russian names GeoNames lists; not from the Belarusian ones (ў).
        cyrillic = [n for n in (*names, *former) if is_cyrillic(n) and "ў" not in n]
        # (a name with no letter only Ukrainian has may still be Ukrainian: a neuter adjective's "-е" after a consonant,
        # "Ласточкине", the former name the Russian ministry writes as "Lastochkino")
        ukrainian = tuple(sorted(
            {n for n in cyrillic if not looks_russian(n) or _UKRAINIAN_NEUTER.search(n)} | ({name_uk} if name_uk else set())
        ))
        russian = set(_russian(ukrainian, tuple(sorted(n for n in cyrillic if looks_russian(n)))))
        russian -= own | generated | curated
    return _Forms(name_uk, primary - {""}, own - {""}, generated - {""}, curated - {""}, russian, spelt_uk - curated - {""})


_ISLAND_CODES = frozenset({"ISL", "ISLS", "ISLET"})
_ISLAND_WORD = re.compile(r"(?:ostriv|ostrov|ostriw)\s+(.+)")
"""An island's name in GeoNames' Ukrainian or Russian form (folded): the word for "island" first."""
