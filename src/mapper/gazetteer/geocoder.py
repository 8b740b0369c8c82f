"""The gazetteer as a geopy geocoder, with an optional online geocoder behind it.

>>> from mapper.gazetteer.geocoder import GazetteerGeocoder
>>> geocoder = GazetteerGeocoder()                          # doctest: +SKIP
>>> geocoder.geocode("Kupyansk").raw["geonameid"]          # doctest: +SKIP
703656

:class:`GazetteerGeocoder` answers from the local gazetteer and never touches
the network. Give it a ``fallback`` (any geopy geocoder, or the callable
:func:`nominatim_fallback` returns: Nominatim behind geopy's RateLimiter, one
request a second, with mapper's user agent, as Nominatim's usage policy asks)
and it asks that one for names the gazetteer lacks. Off by default.
"""

from __future__ import annotations

import dataclasses
import logging
from collections.abc import Callable
from typing import Any

from geopy.geocoders.base import Geocoder
from geopy.location import Location

from mapper.gazetteer import Gazetteer, load_gazetteer
from mapper.model import Candidate

__all__ = ["GazetteerGeocoder", "nominatim_fallback", "user_agent"]

log = logging.getLogger(__name__)


def user_agent() -> str:
    """mapper's user agent for online services: ``mapper/<version>``."""
    from mapper import __version__

    return f"mapper/{__version__}"


def _location(candidate: Candidate) -> Location:
    place = candidate.place
    raw = dataclasses.asdict(place)
    raw.update(how=candidate.how, score=candidate.score, matched=candidate.matched)
    parts = [place.name, place.admin2, place.admin1, place.country_code]
    address = ", ".join(part for part in parts if part)
    return Location(address, (place.latitude, place.longitude), raw)


class GazetteerGeocoder(Geocoder):
    """A geopy geocoder over a local :class:`~mapper.gazetteer.Gazetteer`.

    Parameters
    ----------
    gazetteer
        The gazetteer to answer from; by default :func:`load_gazetteer`'s.
    fallback
        A geocoder (anything with ``geocode(query, exactly_one=...)``) or a
        callable ``(query, exactly_one=...)`` asked when the gazetteer has no
        candidate. ``None`` (the default) keeps everything offline.
    fuzzy
        Let the gazetteer fall back to fuzzy matching before the fallback.
    """

    def __init__(
        self,
        gazetteer: Gazetteer | None = None,
        *,
        fallback: Any = None,
        fuzzy: bool = True,
        **kwargs: Any,
    ) -> None:
        kwargs.setdefault("user_agent", user_agent())
        super().__init__(**kwargs)
        self.gazetteer = gazetteer if gazetteer is not None else load_gazetteer()
        self.fallback = fallback
        self.fuzzy = fuzzy

    def geocode(self, query: str, *, exactly_one: bool = True, timeout: Any = None) -> Location | list[Location] | None:
        """Find ``query`` in the gazetteer (then in the fallback, if any).

        Parameters
        ----------
        query
            A place name in any spelling.
        exactly_one
            Return the best candidate only (the strictest match, then the most
            populous), else a list of every candidate.
        timeout
            Passed to the fallback geocoder; the gazetteer does not need one.

        Returns
        -------
        geopy.location.Location, list of Location, or None
            ``raw`` holds the place's fields (``geonameid``, ``name``,
            ``name_uk``, ``feature_class`` ...) and ``how``/``score``/``matched``.
            ``None`` when nothing was found.
        """
        candidates = self.gazetteer.lookup(query, fuzzy=self.fuzzy)
        if candidates:
            locations = [_location(c) for c in candidates]
            return locations[0] if exactly_one else locations
        if self.fallback is None:
            return None
        log.info("%r is not in the gazetteer; asking the fallback geocoder", query)
        ask: Callable[..., Any] = getattr(self.fallback, "geocode", self.fallback)
        if timeout is not None:
            return ask(query, exactly_one=exactly_one, timeout=timeout)
        return ask(query, exactly_one=exactly_one)


def nominatim_fallback(*, country_codes: str = "ua", min_delay_seconds: float = 1.0) -> Callable[..., Any]:
    """Nominatim (OpenStreetMap) behind geopy's RateLimiter, for ``--fallback nominatim``.

    Parameters
    ----------
    country_codes
        Limit answers to these countries (ISO 3166-1 alpha-2, comma-separated).
    min_delay_seconds
        At least this long between requests (Nominatim's policy: one a second).

    Returns
    -------
    callable
        ``(query, exactly_one=True) -> Location | list | None``.
    """
    from geopy.extra.rate_limiter import RateLimiter
    from geopy.geocoders import Nominatim

    nominatim = Nominatim(user_agent=user_agent())
    limited = RateLimiter(nominatim.geocode, min_delay_seconds=min_delay_seconds, max_retries=1)

    def geocode(query: str, exactly_one: bool = True, **kwargs: Any) -> Any:
        return limited(query, exactly_one=exactly_one, country_codes=country_codes, **kwargs)

    return geocode
