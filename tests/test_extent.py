"""An event on a region says whether its sentence speaks of the whole oblast or of part of it:
a map tints only the first (sentences written for these tests)."""

from __future__ import annotations

import pytest

from mapper.model import Mention
from mapper.reading.extent import region_extent


def _mention(sentence: str, name: str) -> Mention:
    start = sentence.index(name)
    return Mention("r.txt", name, start, start + len(name), sentence, 0, kind="region")


@pytest.mark.parametrize(
    "sentence,name,status,extent",
    [
        ("By early April the Russian army had left Kyiv Oblast.", "Kyiv Oblast", "liberated", "whole"),
        ("Officials said the whole of Kherson Oblast was now under Russian control.", "Kherson Oblast", "occupied", "whole"),
        ("A drone hit a depot in occupied Crimea.", "Crimea", "occupied", "whole"),
        ("Luhansk Oblast fell to Russian forces in July 2022.", "Luhansk Oblast", "occupied", "whole"),
        ("Ukrainian troops freed dozens of settlements of Donetsk Oblast.", "Donetsk Oblast", "liberated", "part"),
        ("Russia held about 10% of Mykolaiv Oblast at the time.", "Mykolaiv Oblast", "occupied", "part"),
        ("Russian troops occupied much of northern Kharkiv Oblast.", "Kharkiv Oblast", "occupied", "part"),
        ("The army reported that almost the whole of Sumy Oblast had been freed.", "Sumy Oblast", "liberated", "part"),
        ("Ukraine retook all of Kharkiv Oblast west of the Oskil River.", "Kharkiv Oblast", "liberated", "part"),
        ("Russian officials in the occupied part of Zaporizhzhia Oblast declared a curfew.", "Zaporizhzhia Oblast", "occupied", "part"),
        ("The offensive in western Zaporizhzhia Oblast regained several villages.", "Zaporizhzhia Oblast", "liberated", "part"),
        ("A tank was captured in Kharkiv Oblast on Sunday.", "Kharkiv Oblast", "liberated", "part"),
        ("Russian forces were largely withdrawn from the Kherson region.", "Kherson region", "liberated", "part"),
        ("Donetsk Oblast had been partly held by Russian proxies since 2014.", "Donetsk Oblast", "occupied", "part"),
        ("Russian missiles struck Dnipropetrovsk Oblast overnight.", "Dnipropetrovsk Oblast", "attacked", "part"),
        ("Chernihiv Oblast is in the north.", "Chernihiv Oblast", None, None),
    ],
)
def test_region_extent(sentence: str, name: str, status: str | None, extent: str | None) -> None:
    assert region_extent(_mention(sentence, name), status) == extent  # type: ignore[arg-type]


def test_events_on_regions_carry_their_extent(builtin_gazetteer) -> None:
    import mapper

    events = mapper.extract("Ukrainian forces liberated villages in Kharkiv Oblast, including Izium. "
                            "Russian forces withdrew from Kyiv Oblast.", gazetteer=builtin_gazetteer)  # fmt: skip
    extents = {e.place.name: e.extent for e in events if e.place is not None and e.status is not None}
    assert extents.get("Kyiv Oblast") == "whole"
    assert extents.get("Izyum") is None
    assert extents.get("Kharkiv Oblast", "part") == "part"
