"""The gazetteer as a geopy geocoder, and its optional fallback (mapper.gazetteer.geocoder)."""

from __future__ import annotations

from pathlib import Path

import pytest
from geopy.geocoders.base import Geocoder
from geopy.location import Location

from mapper.gazetteer import Gazetteer, load_gazetteer
from mapper.gazetteer.geocoder import GazetteerGeocoder, user_agent


@pytest.fixture()
def mini(data_dir: Path) -> Gazetteer:
    return load_gazetteer(data_dir / "gazetteer" / "mini.txt")


class FakeGeocoder:
    """Stands in for an online geocoder: records what it was asked."""

    def __init__(self) -> None:
        self.asked: list[tuple[str, bool]] = []

    def geocode(self, query: str, exactly_one: bool = True) -> Location:
        self.asked.append((query, exactly_one))
        return Location("Somewhere, Ukraine", (48.0, 37.0), {"source": "fake"})


def test_is_a_geopy_geocoder(mini: Gazetteer) -> None:
    geocoder = GazetteerGeocoder(mini)
    assert isinstance(geocoder, Geocoder)
    assert geocoder.headers["User-Agent"] == user_agent()
    assert user_agent().startswith("mapper/")


def test_geocode_returns_location_with_place_fields(mini: Gazetteer) -> None:
    location = GazetteerGeocoder(mini).geocode("Izyum")
    assert isinstance(location, Location)
    assert (location.latitude, location.longitude) == pytest.approx((49.21, 37.26))
    assert location.raw["geonameid"] == 707292
    assert location.raw["name_uk"] == "Ізюм"
    assert location.raw["feature_code"] == "PPLA2"
    assert location.raw["how"] == "folded"
    assert location.address == "Izium, Izium Raion, Kharkiv Oblast, UA"


def test_geocode_every_candidate(mini: Gazetteer) -> None:
    locations = GazetteerGeocoder(mini).geocode("Lyman", exactly_one=False)
    assert [loc.raw["geonameid"] for loc in locations] == [704204, 703071]


def test_unknown_name_without_fallback_is_none(mini: Gazetteer) -> None:
    assert GazetteerGeocoder(mini, fuzzy=False).geocode("Bakhmut") is None


def test_fallback_only_for_names_the_gazetteer_lacks(mini: Gazetteer) -> None:
    fake = FakeGeocoder()
    geocoder = GazetteerGeocoder(mini, fallback=fake, fuzzy=False)
    assert geocoder.geocode("Izium").raw["geonameid"] == 707292
    assert fake.asked == []
    location = geocoder.geocode("Bakhmut")
    assert location.raw == {"source": "fake"}
    assert fake.asked == [("Bakhmut", True)]


def test_fallback_may_be_a_callable(mini: Gazetteer) -> None:
    asked = []

    def fallback(query: str, exactly_one: bool = True):
        asked.append(query)
        return None

    assert GazetteerGeocoder(mini, fallback=fallback, fuzzy=False).geocode("Nowhere") is None
    assert asked == ["Nowhere"]


def test_nominatim_fallback_is_rate_limited_and_identified(monkeypatch: pytest.MonkeyPatch) -> None:
    import geopy.geocoders

    from mapper.gazetteer.geocoder import nominatim_fallback

    made = {}

    class FakeNominatim:
        def __init__(self, user_agent: str) -> None:
            made["user_agent"] = user_agent

        def geocode(self, query: str, exactly_one: bool = True, country_codes: str = "") -> str:
            made["query"] = (query, exactly_one, country_codes)
            return "found"

    monkeypatch.setattr(geopy.geocoders, "Nominatim", FakeNominatim)
    ask = nominatim_fallback(min_delay_seconds=0)
    assert ask("Bakhmut") == "found"
    assert made == {"user_agent": user_agent(), "query": ("Bakhmut", True, "ua")}
