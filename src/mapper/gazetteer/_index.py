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
from importlib.resources import files
from typing import Any

from mapper.errors import GazetteerFormatError
from mapper.gazetteer._forms import (
    _fold,
    _forms,
    _kmu,
    _latin,
    _phonetic,
    _russian,
    _ukrainian,
)
from mapper.gazetteer._kinds import (
    DISTRICT_CODES,
    DIVISION_CODES,
    FACILITY_CODES,
    _kind_rank,
    may_be_named,
)
from mapper.gazetteer._tables import facilities, regions
from mapper.gazetteer.geonames import GeoNamesRecord
from mapper.gazetteer.translit import is_cyrillic
from mapper.model import Place

__all__ = ["build_index", "parse_row", "ROW_FIELDS", "DIVISION_CODES", "DISTRICT_CODES", "FACILITY_CODES", "may_be_named",
           "former_names"]  # fmt: skip

ROW_FIELDS = ("geonameid", "name", "latitude", "longitude", "feature_class", "feature_code", "country_code",
              "admin1_code", "admin1", "admin2_code", "admin2", "population", "name_uk")  # fmt: skip

_TAB_OR_LINE = re.compile(r"[\t\r\n]")


def parse_row(line: str) -> Place:
    """The :class:`~mapper.model.Place` of one line of an index's ``rows``."""
    f = line.split("\t")
    return Place(int(f[0]), f[1], float(f[2]), float(f[3]), f[4], f[5], f[6], f[7], f[8] or None, f[9],
                 f[10] or None, int(f[11]), f[12] or None)  # fmt: skip


_DUPLICATE_KM = 10.0
"""Two places of one name this close are taken as GeoNames' two rows for one village."""


def _km(a: GeoNamesRecord, b: GeoNamesRecord) -> float:
    """Distance in km between two features (equirectangular: close enough within a few tens of km)."""
    x = math.radians(b.longitude - a.longitude) * math.cos(math.radians((a.latitude + b.latitude) / 2))
    return 6371.0 * math.hypot(x, math.radians(b.latitude - a.latitude))


def _seat_of(raion: GeoNamesRecord, seats: Sequence[GeoNamesRecord]) -> GeoNamesRecord | None:
    """The town a raion is named for, of the raion centres (PPLA2) and oblast centres (PPLA) in its code: the only
    one, else the one its name starts as ("Khersonskyi Raion": Kherson, not Oleshky; "Sumskyi Raion": Sumy)."""
    if len(seats) == 1:
        return seats[0]
    named = [s for s in seats if _fold(s.name)[:3] == _fold(raion.name)[:3]]
    return named[0] if len(named) == 1 else None


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
