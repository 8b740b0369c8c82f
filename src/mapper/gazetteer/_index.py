"""Building a gazetteer index from GeoNames records and the curated tables.

The index is a dict of plain values (so it can be cached with ``marshal``):

``ids`` / ``rows``
    The features' geonameids, and the features themselves as one string: a
    line each, tab-separated in the field order of :class:`mapper.model.Place`
    (:data:`ROW_FIELDS`; ``None`` as an empty field), parsed only when a place
    is asked for (:func:`parse_row`). One string loads far faster than 45,000
    tuples. Ranked: populated places first, then divisions, then by population.
``folded`` / ``translit`` / ``curated`` / ``russian`` / ``phonetic``
    ``{key: geonameid or (geonameid, ...)}``: folded GeoNames names (name, asciiname, Latin and
    Cyrillic alternates); folded Latin forms generated from the Cyrillic names
    (KMU 2010, BGN/PCGN, press style) that GeoNames does not list; the curated
    forms of regions, raions and facilities ("Kharkiv region", "Izium
    district", "ZNPP"); the Russian-language forms of populated places derived
    from their Ukrainian names, and their press spellings ("Sergeevka",
    "Mirnoe": :mod:`mapper.gazetteer.russian`), where no other key has them; and the
    phonetic keys of all but the Russian forms.
    Each posting list is in namesake order (see :func:`_ordered`).
``admin1`` / ``admin2``
    ``{"07": row}`` and ``{"07.6304": row}``: the division features.
``unnamed``
    The one-word keys of ``folded`` and ``translit`` under which there is nothing a report
    names as a place (:func:`may_be_named`): a country, a river, a hotel.

Names of divisions are indexed only in forms that say they are divisions:
"Kharkiv Oblast" finds the oblast, bare "Kharkiv" only the city.
"""

from __future__ import annotations

import csv
import io
import math
import re
from collections import defaultdict
from collections.abc import Iterable, Sequence
from functools import lru_cache
from importlib.resources import files
from typing import Any, NamedTuple

from mapper.errors import GazetteerFormatError
from mapper.gazetteer._tables import Facility, Region, facilities, region_forms, regions
from mapper.gazetteer.geonames import GeoNamesRecord
from mapper.gazetteer.names import fold, latin_forms, phonetic_key
from mapper.gazetteer.russian import russian_latin_forms, ukrainian_forms
from mapper.gazetteer.translit import is_cyrillic, kmu2010, kmu_from_bgn_latin, looks_russian, press_from_bgn_latin
from mapper.model import Place

__all__ = ["build_index", "parse_row", "ROW_FIELDS", "DIVISION_CODES", "DISTRICT_CODES", "FACILITY_CODES", "may_be_named",
           "former_names"]  # fmt: skip

DIVISION_CODES = frozenset({"ADM1", "ADM2", "ADM2H"})  # (ADM2H: a raion abolished in 2020, named in older reports)
"""Feature codes of class A that a report names as places (oblasts and raions)."""
DISTRICT_CODES = frozenset({"ADM3", "ADM4"})
"""Feature codes of class A of which a report names the districts of cities ("the Saltivskyi district"
of Kharkiv); they are known only by their district names (not a hromada's)."""
FACILITY_CODES = frozenset({"PS", "PSH", "DAM", "BDG", "PSN", "NPP"})
"""Feature codes of class S that a report names as places (power plants, dams, bridges)."""


def may_be_named(feature_class: str, feature_code: str) -> bool:
    """Whether a report names features of this kind as places: populated places, oblasts and
    raions, facilities (not rivers, mountains, hotels, or countries)."""
    if feature_class == "A":
        return feature_code in DIVISION_CODES or feature_code in DISTRICT_CODES
    return feature_class == "P" or (feature_class == "S" and feature_code in FACILITY_CODES)

# The same names recur across thousands of features (Novoselivka, Миколаївка):
# fold and romanise each once per build; the caches are cleared after it.
_fold = lru_cache(maxsize=None)(fold)
_kmu = lru_cache(maxsize=None)(kmu2010)
_latin = lru_cache(maxsize=None)(lambda name: frozenset(latin_forms(name)))
_phonetic = lru_cache(maxsize=None)(phonetic_key)
_russian = lru_cache(maxsize=None)(russian_latin_forms)
_ukrainian = lru_cache(maxsize=None)(ukrainian_forms)

ROW_FIELDS = ("geonameid", "name", "latitude", "longitude", "feature_class", "feature_code", "country_code",
              "admin1_code", "admin1", "admin2_code", "admin2", "population", "name_uk")  # fmt: skip

# Populated places first, divisions next; sections of places, historical,
# abandoned and destroyed places after the living ones.
_CLASS_RANK = {"P": 0, "A": 2, "S": 3, "L": 4, "T": 5, "H": 6, "V": 7, "R": 8, "U": 9}
_MINOR_PLACES = frozenset({"PPLX", "PPLH", "PPLQ", "PPLW", "PPLF", "PPLCH", "STLMT"})
_REGION_WORD = re.compile(r"\b(oblast|oblasti|region|province|rehion|misto)\b|shch[iy]na$|область|област|щина$|місто")
_ADMIN_WORD = re.compile(
    r"\b(raion|rayon|rajon|raijon|district|miskrada|mis ?krada|hromada|hromady|gromada|rada|council|"
    r"municipality|okrug|okruha|oblast|район|міськрада|громада|рада|округ)\b"
)
_RAION_WORD = re.compile(r"\s*\b(raion|rayon|rajon|district|район)\b\s*")
_TAB_OR_LINE = re.compile(r"[\t\r\n]")
_SCRIPT_OK = re.compile(r"^[\u0000-\u024f\u0400-\u04ff\u1e00-\u1eff\u2018-\u201f\u02b9-\u02bc]+$")


def parse_row(line: str) -> Place:
    """The :class:`~mapper.model.Place` of one line of an index's ``rows``."""
    f = line.split("\t")
    return Place(int(f[0]), f[1], float(f[2]), float(f[3]), f[4], f[5], f[6], f[7], f[8] or None, f[9],
                 f[10] or None, int(f[11]), f[12] or None)  # fmt: skip


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


_DUPLICATE_KM = 10.0
"""Two places of one name this close are taken as GeoNames' two rows for one village."""


def _km(a: GeoNamesRecord, b: GeoNamesRecord) -> float:
    """Distance in km between two features (equirectangular: close enough within a few tens of km)."""
    x = math.radians(b.longitude - a.longitude) * math.cos(math.radians((a.latitude + b.latitude) / 2))
    return 6371.0 * math.hypot(x, math.radians(b.latitude - a.latitude))


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


def _seat_of(raion: GeoNamesRecord, seats: Sequence[GeoNamesRecord]) -> GeoNamesRecord | None:
    """The town a raion is named for, of the raion centres (PPLA2) and oblast centres (PPLA) in its code: the only
    one, else the one its name starts as ("Khersonskyi Raion": Kherson, not Oleshky; "Sumskyi Raion": Sumy)."""
    if len(seats) == 1:
        return seats[0]
    named = [s for s in seats if _fold(s.name)[:3] == _fold(raion.name)[:3]]
    return named[0] if len(named) == 1 else None


def _kind_rank(record: GeoNamesRecord) -> int:
    rank = _CLASS_RANK.get(record.feature_class, 10)
    return rank + 1 if record.feature_class == "P" and record.feature_code in _MINOR_PLACES else rank


class _Forms(NamedTuple):
    """The folded name forms of one feature, by how they are known."""

    name_uk: str | None
    primary: set[str]  # its own names: GeoNames name, KMU 2010 form of its Ukrainian name
    own: set[str]  # every name GeoNames lists for it
    generated: set[str]  # romanised from its Cyrillic names, not listed by GeoNames
    curated: set[str]  # region, raion and facility forms
    russian: set[str]  # Russian-language forms of a populated place, derived (mapper.gazetteer.russian)
    spelt_uk: set[str]  # Ukrainian forms of a place GeoNames names in Russian only, derived (mapper.gazetteer.russian)


def former_names() -> dict[int, tuple[str, ...]]:
    """The names of renamed places that GeoNames lacks, by geonameid (``renamings.csv``): a former name, or the
    present one where GeoNames lists only the Soviet name (Kharkiv's Leninskyi district, now Kholodnohirskyi).

    Raises
    ------
    GazetteerFormatError
        If a row of ``renamings.csv`` lacks a column or a numeric geonameid.
    """
    text = files("mapper.tables").joinpath("renamings.csv").read_text(encoding="utf-8")
    out: dict[int, tuple[str, ...]] = {}
    for line, row in enumerate(csv.DictReader(io.StringIO(text)), start=2):
        try:
            geonameid, former = int(row["geonameid"]), row["other"].strip()
        except (KeyError, TypeError, ValueError) as exc:
            raise GazetteerFormatError(f"bad row, {type(exc).__name__}: {exc}", path="renamings.csv",
                                       line=line) from exc  # fmt: skip
        out[geonameid] = (*out.get(geonameid, ()), former)
    return out


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
    curated = {_fold(n) for n in extra} - own - generated
    russian: set[str] = set()
    if rec.feature_class == "P":
        # From the Ukrainian name and any former Ukrainian names (Дніпродзержинськ), and the
        # Russian names GeoNames lists; not from the Belarusian ones (ў).
        cyrillic = [n for n in (*names, *former) if is_cyrillic(n) and "ў" not in n]
        ukrainian = tuple(sorted({n for n in cyrillic if not looks_russian(n)} | ({name_uk} if name_uk else set())))
        russian = set(_russian(ukrainian, tuple(sorted(n for n in cyrillic if looks_russian(n)))))
        russian -= own | generated | curated
    return _Forms(name_uk, primary - {""}, own - {""}, generated - {""}, curated - {""}, russian, spelt_uk - curated - {""})


_ISLAND_CODES = frozenset({"ISL", "ISLS", "ISLET"})
_ISLAND_WORD = re.compile(r"(?:ostriv|ostrov|ostriw)\s+(.+)")
"""An island's name in GeoNames' Ukrainian or Russian form (folded): the word for "island" first."""


def _rank(record: GeoNamesRecord) -> tuple[int, int, int]:
    return (_kind_rank(record), -record.population, record.geonameid)


def _ordered(
    index: dict[str, list[int]], primary: dict[str, set[int]], ordered: list[GeoNamesRecord]
) -> dict[str, int | tuple[int, ...]]:
    """Freeze posting lists (of rows) into geonameids, in namesake order.

    Rows are already ranked by kind of feature and population; where a name
    is the place's own (its GeoNames name or the KMU 2010 form of its
    Ukrainian name) rather than one of its alternates, its population counts
    double: "Sloviansk" is Sloviansk before Nikopol (once called so), and
    "Gorlovka" is Horlivka before a hamlet of that name.
    """
    out: dict[str, int | tuple[int, ...]] = {}
    for key, rows in index.items():
        if len(rows) > 1:
            own = primary.get(key, set())
            rows.sort(key=lambda row: (_kind_rank(ordered[row]), -ordered[row].population * (2 if row in own else 1),
                                       row not in own, row))  # fmt: skip
        # A lone geonameid is stored bare, not as a 1-tuple: most names have
        # one place, and the cache loads faster with fewer objects.
        out[key] = ordered[rows[0]].geonameid if len(rows) == 1 else tuple(ordered[row].geonameid for row in rows)
    return out


def build_index(records: Iterable[GeoNamesRecord], source: str, *, curated: bool = True) -> dict[str, Any]:
    """Build the lookup index of a gazetteer (see the module docstring).

    Parameters
    ----------
    records
        The features, e.g. from :func:`mapper.gazetteer.geonames.read_dump`.
    source
        Where they came from (kept in the index, shown by ``mapper gazetteer info``).
    curated
        Add the curated region, raion and facility forms (for Ukrainian features).

    Returns
    -------
    dict
        The index, plain values only.
    """
    ordered = sorted(records, key=_rank)
    region_by_code = {r.admin1_code: r for r in regions()} if curated else {}
    facility_by_id = {f.geonameid: f for f in facilities()} if curated else {}
    renamed = former_names() if curated else {}
    admin1: dict[str, int] = {}
    admin2: dict[str, int] = {}
    seats: defaultdict[str, list[GeoNamesRecord]] = defaultdict(list)
    for i, rec in enumerate(ordered):
        if rec.feature_code == "ADM1":
            admin1.setdefault(rec.admin1_code, i)
        elif rec.feature_code == "ADM2":
            admin2.setdefault(f"{rec.admin1_code}.{rec.admin2_code}", i)
        elif rec.feature_code in ("PPLA2", "PPLA"):  # (an oblast's centre is its raion's seat too: Sumy, Sumy raion)
            seats[f"{rec.admin1_code}.{rec.admin2_code}"].append(rec)

    def admin1_name(rec: GeoNamesRecord) -> str | None:
        if rec.country_code == "UA" and rec.admin1_code in region_by_code:
            return region_by_code[rec.admin1_code].name
        row = admin1.get(rec.admin1_code)
        return ordered[row].name if row is not None else None

    rows: list[str] = []
    folded: defaultdict[str, list[int]] = defaultdict(list)
    translit: defaultdict[str, list[int]] = defaultdict(list)
    curated_keys: defaultdict[str, list[int]] = defaultdict(list)
    russian: defaultdict[str, list[int]] = defaultdict(list)
    phonetic: defaultdict[str, list[int]] = defaultdict(list)
    primary: defaultdict[str, set[int]] = defaultdict(set)
    derived: defaultdict[str, list[int]] = defaultdict(list)  # Ukrainian forms of Russian-named places
    for i, rec in enumerate(ordered):
        region = region_by_code.get(rec.admin1_code) if rec.country_code == "UA" else None
        seat = _seat_of(rec, seats.get(f"{rec.admin1_code}.{rec.admin2_code}", ())) if rec.feature_code == "ADM2" else None
        forms = _forms(rec, region, facility_by_id.get(rec.geonameid), seat,
                       renamed.get(rec.geonameid, ()))  # fmt: skip
        a2 = admin2.get(f"{rec.admin1_code}.{rec.admin2_code}") if rec.admin2_code else None
        row = (rec.geonameid, rec.name, repr(rec.latitude), repr(rec.longitude), rec.feature_class, rec.feature_code,
               rec.country_code, rec.admin1_code, admin1_name(rec), rec.admin2_code,
               ordered[a2].name if a2 is not None else None, rec.population, forms.name_uk)  # fmt: skip
        rows.append("\t".join(_TAB_OR_LINE.sub(" ", str(v)) if v is not None else "" for v in row))
        for keys, index in ((forms.own, folded), (forms.generated, translit), (forms.curated, curated_keys),
                            (forms.russian, russian)):  # fmt: skip
            for k in keys:
                index[k].append(i)
        for k in forms.spelt_uk:
            derived[k].append(i)
        for k in forms.primary:
            primary[k].add(i)
        for k in {_phonetic(k) for k in (*forms.own, *forms.generated, *forms.curated) if not is_cyrillic(k)}:
            phonetic[k].append(i)
    # A derived Ukrainian form names its place unless GeoNames lists it for a place beside it: "Nevske" is GeoNames'
    # Balka Zhuravka (alternate name Nevske), not the Nevskoye 3 km off that duplicates it
    for key, posting in derived.items():
        listed = [ordered[j] for j in folded.get(key, ())]
        for i in posting:
            if not any(_km(ordered[i], other) <= _DUPLICATE_KM for other in listed):
                translit[key].append(i)
                phonetic[_phonetic(key)].append(i)

    # One-word names of nothing a report names as a place ("Ukrain", the country; "Opera", a hotel), and
    # longer names of spots only ("Odesa-Port", a railway station): the mention finder leaves them out of
    # its automaton, which would stop at every "Ukrainian" and read "in Odesa port" as the station.
    named = {k for index in (folded, translit) for k, posting in index.items()
             if any(may_be_named(ordered[i].feature_class, ordered[i].feature_code) for i in posting)
             or (" " in k and any(ordered[i].feature_class != "S" for i in posting))  # "Kinburn Spit" is named
             or any(ordered[i].geonameid in facility_by_id for i in posting)}  # a curated facility, by any name
    unnamed = sorted({k for index in (folded, translit) for k in index} - named - curated_keys.keys())
    for cache in (_fold, _kmu, _latin, _phonetic, _russian, _ukrainian):
        cache.cache_clear()
    return {
        "source": source,
        "ids": [rec.geonameid for rec in ordered],
        "rows": "\n".join(rows),
        "folded": _ordered(folded, primary, ordered),
        "translit": _ordered(translit, primary, ordered),
        "curated": _ordered(curated_keys, primary, ordered),
        "russian": _ordered(russian, primary, ordered),
        "phonetic": _ordered(phonetic, {}, ordered),
        "admin1": admin1,
        "admin2": admin2,
        "unnamed": unnamed,
    }
