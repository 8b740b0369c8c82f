"""What a notebook user meets: short reprs, events that geopandas and shapely read as they are,
and a public GeoDataFrame with real dates."""

from __future__ import annotations

import pytest

import mapper

TEXT = "On 10 September 2022 Ukrainian forces retook Izium. They then entered the village of Qwxyzivka."


@pytest.fixture(scope="module")
def events(builtin_gazetteer) -> list[mapper.Event]:
    return mapper.extract(TEXT, gazetteer=builtin_gazetteer, all_mentions=True)


def test_reprs_are_short_and_say_what_matters(events) -> None:
    izium = next(e for e in events if e.place is not None)
    text = repr(izium)
    assert len(text) < 120
    assert "liberated" in text and "2022-09-10" in text and izium.place.name in text
    assert len(repr(izium.place)) < 80 and len(repr(izium.mention)) < 100
    unresolved = next(e for e in events if e.place is None)
    assert "not found" in repr(unresolved) and "Qwxyzivka" in repr(unresolved)


def test_events_have_a_geo_interface(events) -> None:
    shapely = pytest.importorskip("shapely.geometry")
    geopandas = pytest.importorskip("geopandas")
    izium = next(e for e in events if e.place is not None)
    point = shapely.shape(izium.place)
    assert (round(point.x, 2), round(point.y, 2)) == (round(izium.place.longitude, 2), round(izium.place.latitude, 2))
    frame = geopandas.GeoDataFrame.from_features(events, crs="EPSG:4326")
    assert len(frame) == len(events)
    assert frame.geometry.isna().sum() == 1  # the name not found has no geometry
    assert set(frame["status"].dropna()) == {"liberated"}


def test_events_frame_is_public_with_real_dates(events) -> None:
    pandas = pytest.importorskip("pandas")
    frame = mapper.events_frame(events)
    assert pandas.api.types.is_datetime64_any_dtype(frame["event_date"])
    assert frame.crs is not None and frame.crs.to_epsg() == 4326
