"""Oblast outlines: read a boundaries file, simplify it, match oblasts to it.

An event whose place is a first-order division (an oblast, Crimea, Kyiv or
Sevastopol city) is best drawn as the outline of that division. Any file
geopandas can read will do (GeoJSON, GeoPackage, Shapefile, ...): each
outline is matched to a place by its ISO 3166-2 code (``UA-63``) when the
file has one, else by its name in any of the usual spellings ("Kharkiv
Oblast", "Kharkivska oblast", "Kharkiv"). Outlines are simplified so that a
map page stays small.
"""

from __future__ import annotations

import logging
import re
import unicodedata
from dataclasses import dataclass
from pathlib import Path
from typing import Any

from mapper.errors import MapperError
from mapper.model import Place

__all__ = ["Outlines", "load_outlines", "outlines_from_features", "country_of", "name_key", "GEONAMES_ADMIN1_ISO"]

log = logging.getLogger(__name__)

GEONAMES_ADMIN1_ISO: dict[str, str] = {
    "01": "UA-71", "02": "UA-74", "03": "UA-77", "04": "UA-12", "05": "UA-14", "06": "UA-26",
    "07": "UA-63", "08": "UA-65", "09": "UA-68", "10": "UA-35", "11": "UA-43", "12": "UA-30",
    "13": "UA-32", "14": "UA-09", "15": "UA-46", "16": "UA-48", "17": "UA-51", "18": "UA-53",
    "19": "UA-56", "20": "UA-40", "21": "UA-59", "22": "UA-61", "23": "UA-05", "24": "UA-07",
    "25": "UA-21", "26": "UA-23", "27": "UA-18",
}  # fmt: skip
"""GeoNames admin1 code of Ukraine → ISO 3166-2 code (GeoNames' admin1CodesASCII.txt)."""

_ISO = re.compile(r"^[A-Z]{2}-[0-9A-Z]{1,3}$")
_GENERIC_WORDS = re.compile(
    r"\b(oblast|oblast'|oblasti|region|province|city|misto|autonomous|republic|of|the|"
    r"avtonomna|respublika|m)\b"
)
_RESPELL = (("zhzh", "zh"), ("ya", "ia"), ("yi", "i"), ("y", "i"), ("ss", "s"), ("'", ""))
_ENDINGS = ("ska", "ka", "sk", "a", "i")
DEFAULT_TOLERANCE = 0.01
"""Simplification tolerance in degrees (about 1 km)."""
_SLIVER = 0.001  # square degrees, about 8 km² in Ukraine: a piece or hole smaller is a gap between outlines


def name_key(name: str) -> str:
    """A spelling-insensitive key for a region name: "Kharkivs'ka Oblast'" → "kharkiv".

    Lower case, accents and apostrophes dropped, generic words ("oblast",
    "region", "city") removed, common transliteration variants folded, and the
    adjectival ending "-ska"/"-ka" cut.
    """
    text = unicodedata.normalize("NFKD", name).encode("ascii", "ignore").decode("ascii").lower()
    text = re.sub(r"[’ʼ`´]", "'", text)
    text = _GENERIC_WORDS.sub(" ", text)
    text = re.sub(r"[^a-z' -]", " ", text)
    for old, new in _RESPELL:
        text = text.replace(old, new)
    return re.sub(r"[\s-]+", " ", text).strip()


def _name_variants(name: str) -> set[str]:
    """The key of ``name`` and its stems: "donetska" also as "donetsk", "donet"."""
    key = name_key(name)
    variants = {key}
    for ending in _ENDINGS:
        if key.endswith(ending) and len(key) - len(ending) >= 3:
            variants.add(key[: -len(ending)])
    return variants


@dataclass(frozen=True, slots=True)
class Outlines:
    """Simplified outlines from one boundaries file, and how to find them.

    ``collection`` is a GeoJSON FeatureCollection (lon/lat) whose features
    carry only a ``name``; ``by_iso`` and ``by_name`` map an ISO 3166-2 code
    or a :func:`name_key` to the index of a feature. ``approximate`` outlines
    (:mod:`mapper.publishing.outlines`) are derived from places, not official borders,
    and the map says so. ``country`` is the outline of them all together (a GeoJSON
    geometry), drawn as the national border and coast.
    """

    collection: dict[str, Any]
    by_iso: dict[str, int]
    by_name: dict[str, int]
    attribution: str
    approximate: bool = False
    country: dict[str, Any] | None = None

    def index_of(self, place: Place) -> int | None:
        """The index of ``place``'s outline, or ``None`` when the file has none for it."""
        if place.country_code == "UA":
            iso = GEONAMES_ADMIN1_ISO.get(place.admin1_code)
            if iso in self.by_iso:
                return self.by_iso[iso]
        for name in (place.name, place.admin1, place.name_uk):
            for variant in _name_variants(name) if name else ():
                if variant in self.by_name:
                    return self.by_name[variant]
        return None


def country_of(geometries: Any) -> dict[str, Any] | None:
    """The outline of all ``geometries`` together, as a GeoJSON geometry (``None`` for none).

    The outlines are simplified each on its own, so neighbours may leave slivers between
    them: those (holes smaller than about 10 km²) are filled, and the outline keeps
    only its shell and the real holes.
    """
    import shapely

    parts = [part for part in shapely.get_parts(shapely.union_all(geometries, grid_size=1e-4))
             if part.area > _SLIVER]  # fmt: skip
    if not parts:
        return None
    polygons = [shapely.Polygon(part.exterior, [ring for ring in part.interiors if shapely.Polygon(ring).area > _SLIVER])
                for part in parts]  # fmt: skip
    return shapely.geometry.mapping(shapely.MultiPolygon(polygons) if len(polygons) > 1 else polygons[0])


def load_outlines(path: str | Path, tolerance: float = DEFAULT_TOLERANCE) -> Outlines:
    """Read a boundaries file and simplify its outlines.

    Parameters
    ----------
    path
        Any vector file geopandas (pyogrio/GDAL) can read, with polygons.
    tolerance
        Simplification tolerance in degrees.

    Returns
    -------
    Outlines

    Raises
    ------
    MapperError
        If the file cannot be read or holds no polygon.
    """
    import geopandas
    import shapely

    try:
        frame = geopandas.read_file(path)
    except Exception as exc:  # pyogrio raises its own DataSourceError and friends
        raise MapperError(f"boundaries file '{path}' cannot be read: {exc}") from exc
    if frame.crs is not None and not frame.crs.equals("EPSG:4326"):
        frame = frame.to_crs("EPSG:4326")
    frame = frame[frame.geometry.notna() & frame.geometry.geom_type.isin(["Polygon", "MultiPolygon"])]
    if frame.empty:
        raise MapperError(f"boundaries file '{path}' holds no polygon (an oblast outline was expected)")
    geometries = shapely.set_precision(
        frame.geometry.simplify(tolerance, preserve_topology=True).values, 1e-4
    )
    attributes = frame.drop(columns=frame.geometry.name).to_dict("records")
    features: list[dict[str, Any]] = []
    by_iso: dict[str, int] = {}
    by_name: dict[str, int] = {}
    ambiguous: set[str] = set()
    for index, (geometry, row) in enumerate(zip(geometries, attributes)):
        values = [v.strip() for v in row.values() if isinstance(v, str) and v.strip()]
        names = [v for v in values if not _ISO.match(v)]
        for value in values:
            if _ISO.match(value):
                by_iso.setdefault(value, index)
        for variant in {variant for name in names for variant in _name_variants(name)}:
            if by_name.setdefault(variant, index) != index:
                ambiguous.add(variant)  # "Kyiv" the city and "Kyiv Oblast": only the ISO code tells
        features.append(
            {
                "type": "Feature",
                "geometry": shapely.geometry.mapping(geometry),
                "properties": {"name": names[0] if names else None},
            }
        )
    for variant in ambiguous:
        del by_name[variant]
    log.debug("read %d outlines from %s", len(features), path)
    return Outlines(
        collection={"type": "FeatureCollection", "features": features},
        by_iso=by_iso,
        by_name=by_name,
        attribution=f"Boundaries: {Path(path).name}",
        country=country_of(geometries),
    )


def outlines_from_features(features: list[dict[str, Any]], attribution: str, *, approximate: bool = False) -> Outlines:
    """Outlines from GeoJSON features whose properties give a ``name`` and an ``iso`` code.

    Parameters
    ----------
    features
        GeoJSON features (lon/lat), e.g. from :func:`mapper.publishing.outlines.build_outline_features`.
    attribution
        Shown in the map's attribution control.
    approximate
        True when the outlines are not official borders.

    Returns
    -------
    Outlines
    """
    by_iso: dict[str, int] = {}
    by_name: dict[str, int] = {}
    for index, feature in enumerate(features):
        properties = feature.get("properties") or {}
        if properties.get("iso"):
            by_iso.setdefault(properties["iso"], index)
        for variant in _name_variants(properties["name"]) if properties.get("name") else ():
            by_name.setdefault(variant, index)
    import shapely

    slim = [{"type": "Feature", "geometry": f["geometry"], "properties": {"name": (f.get("properties") or {}).get("name")}}
            for f in features]  # fmt: skip
    country = country_of([shapely.geometry.shape(f["geometry"]) for f in features])
    return Outlines({"type": "FeatureCollection", "features": slim}, by_iso, by_name, attribution, approximate, country)
