"""Approximate oblast outlines derived from the gazetteer's places (mapper.publishing.outlines)."""

from __future__ import annotations

import json
from collections import Counter, defaultdict

import pytest

from mapper.errors import MapperError
from mapper.model import Place
from mapper.publishing.outlines import (
    APPROXIMATE_ATTRIBUTION,
    build_outline_features,
    derive_outlines,
)
from mapper.publishing.regions import GEONAMES_ADMIN1_ISO

shapely = pytest.importorskip("shapely")


@pytest.fixture(scope="module", params=["builtin_gazetteer", "ua_gazetteer"])
def derived(request: pytest.FixtureRequest):
    """(gazetteer, features) for the built-in gazetteer (5,488 places) and the full dump (33,000)."""
    gazetteer = request.getfixturevalue(request.param)
    return gazetteer, build_outline_features(gazetteer)


def _shapes(features) -> dict[str, object]:
    return {f["properties"]["admin1_code"]: shapely.geometry.shape(f["geometry"]) for f in features}


def _populated(gazetteer) -> dict[str, list[Place]]:
    by_code: dict[str, list[Place]] = defaultdict(list)
    for place in gazetteer.places():
        if place.feature_class == "P" and place.admin1_code and place.admin1_code != "00":
            by_code[place.admin1_code].append(place)
    return by_code


def test_every_admin1_code_with_places_has_a_valid_outline(derived) -> None:
    gazetteer, features = derived
    shapes = _shapes(features)
    assert set(shapes) == set(_populated(gazetteer)) and len(shapes) == 27
    for code, shape in shapes.items():
        assert shape.is_valid and not shape.is_empty, code
        assert shape.geom_type in ("Polygon", "MultiPolygon"), code
    names = {f["properties"]["admin1_code"]: f["properties"]["name"] for f in features}
    assert names["07"].startswith("Kharkiv") and features[0]["properties"]["iso"] == GEONAMES_ADMIN1_ISO["01"]


def test_outlines_tile_the_country_without_overlap(derived) -> None:
    _, features = derived
    shapes = list(_shapes(features).values())
    union = shapely.union_all(shapes)
    assert sum(s.area for s in shapes) == pytest.approx(union.area, rel=0.01)
    # Ukraine spans about 22-40.3 E and 44.4-52.4 N; the outline stays near that.
    west, south, east, north = union.bounds
    assert 21.5 < west < 22.8 and 43.8 < south < 44.8 and 39.8 < east < 40.8 and 52.0 < north < 52.8


def test_each_oblast_contains_most_of_its_own_places(derived) -> None:
    gazetteer, features = derived
    shapes = _shapes(features)
    inside = Counter()
    total = Counter()
    for code, places in _populated(gazetteer).items():
        points = shapely.points([(p.longitude, p.latitude) for p in places])
        inside[code] = int(shapely.contains_xy(shapes[code], shapely.get_coordinates(points)[:, 0],
                                               shapely.get_coordinates(points)[:, 1]).sum())
        total[code] = len(places)
    for code in total:
        assert inside[code] >= 0.8 * total[code], (code, inside[code], total[code])
    assert sum(inside.values()) >= 0.97 * sum(total.values())


def test_outlines_resemble_the_official_boundaries(derived, shared) -> None:
    geopandas = pytest.importorskip("geopandas")
    _, features = derived
    official = geopandas.read_file(shared / "boundaries" / "geoBoundaries-UKR-ADM1.geojson")
    by_iso = dict(zip(official["shapeISO"], official.geometry))
    overlaps = []
    for feature in features:
        ours = shapely.geometry.shape(feature["geometry"])
        theirs = by_iso[feature["properties"]["iso"]]
        overlaps.append(ours.intersection(theirs).area / ours.union(theirs).area)
    assert sum(overlaps) / len(overlaps) > 0.75  # measured: 0.82 (built-in), 0.86 (full dump)
    assert sorted(overlaps)[2] > 0.5  # only the two small cities may be far off


def test_derived_outlines_are_cached_and_labelled(builtin_gazetteer, monkeypatch: pytest.MonkeyPatch) -> None:
    first = derive_outlines(builtin_gazetteer)
    assert first.approximate and first.attribution == APPROXIMATE_ATTRIBUTION
    assert "Approximate oblast outlines derived from GeoNames places" in first.attribution
    assert "Natural Earth" in first.attribution
    for region in builtin_gazetteer.regions():
        assert first.index_of(region) is not None, region.name

    def no_build(gazetteer):
        raise AssertionError("the outlines were built again instead of read from the cache")

    monkeypatch.setattr("mapper.publishing.outlines.build_outline_features", no_build)
    second = derive_outlines(builtin_gazetteer)
    assert json.dumps(second.collection) == json.dumps(first.collection)
    assert len(json.dumps(second.collection)) < 100_000  # small enough for every map page


class _Few:
    source = "two villages"
    cache = None

    def places(self):
        yield Place(1, "A", 49.0, 36.0, "P", "PPL", admin1_code="07")
        yield Place(2, "B", 49.5, 36.5, "P", "PPL", admin1_code="07")


def test_too_few_places_is_an_error_naming_the_gazetteer() -> None:
    with pytest.raises(MapperError, match="two villages.*too few"):
        derive_outlines(_Few())  # type: ignore[arg-type]


# (lon, lat): inside Ukraine, or in the sea or a neighbour that the old concave hull took in.
UKRAINE = {"Simferopol": (34.10, 44.95), "Sevastopol": (33.52, 44.60), "Izmail": (28.84, 45.35),
           "Mariupol": (37.54, 47.10), "Uzhhorod": (22.29, 48.62)}  # fmt: skip
NOT_UKRAINE = {"Sea of Azov": (36.5, 46.3), "Black Sea off Odesa": (31.2, 46.0), "Chisinau": (28.86, 47.01),
               "Taganrog": (38.90, 47.22), "Kerch Strait's east shore": (36.75, 45.25)}  # fmt: skip


def test_country_outline_is_natural_earths_with_crimea() -> None:
    from mapper.publishing.outlines import country_outline

    country = country_outline()
    for name, (lon, lat) in UKRAINE.items():
        assert country.contains(shapely.Point(lon, lat)), name
    for name, (lon, lat) in NOT_UKRAINE.items():
        assert not country.contains(shapely.Point(lon, lat)), name


def test_derived_outlines_keep_to_the_coast_and_borders(derived) -> None:
    _, features = derived
    union = shapely.union_all(list(_shapes(features).values()))
    for name, (lon, lat) in UKRAINE.items():
        assert union.contains(shapely.Point(lon, lat)), name
    for name, (lon, lat) in NOT_UKRAINE.items():
        assert not union.contains(shapely.Point(lon, lat)), name


def test_derived_outlines_carry_the_country_outline(builtin_gazetteer) -> None:
    outlines = derive_outlines(builtin_gazetteer)
    country = shapely.geometry.shape(outlines.country)
    union = shapely.union_all([shapely.geometry.shape(f["geometry"]) for f in outlines.collection["features"]])
    assert country.symmetric_difference(union).area < 0.01 * union.area
    assert len(json.dumps(outlines.country)) < 30_000


def test_neighbours_tell_the_sea_from_the_land_beyond_the_border() -> None:
    from mapper.publishing.outlines import neighbour_features

    features = neighbour_features()
    land = {f["properties"]["name"]: shapely.geometry.shape(f["geometry"]) for f in features}
    assert {"Russia", "Belarus", "Moldova", "Romania", "Poland"} <= set(land)
    assert land["Russia"].contains(shapely.Point(*NOT_UKRAINE["Taganrog"]))
    assert land["Moldova"].contains(shapely.Point(*NOT_UKRAINE["Chisinau"]))
    sea = shapely.Point(*NOT_UKRAINE["Sea of Azov"])
    assert not any(shape.contains(sea) for shape in land.values())
    assert len(json.dumps(features, separators=(",", ":"))) < 25_000
