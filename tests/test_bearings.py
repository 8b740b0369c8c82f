"""Position hints ("12 km south of Kreminna", "northwest of Lyman near A and B") and the namesakes they pick."""

from __future__ import annotations

import pytest

from mapper.pipeline import extract
from mapper.reading.bearings import PositionHint, fits, position_hints


def _spans(sentence: str, names: list[str]) -> list[tuple[int, int]]:
    spans: list[tuple[int, int]] = []
    for name in names:
        start = sentence.index(name, spans[-1][1] if spans else 0)
        spans.append((start, start + len(name)))
    return spans


@pytest.mark.parametrize(
    "sentence,names,expected",
    [
        ("Russian forces attacked Bilohorivka (12 km south of Kreminna).", ["Bilohorivka", "Kreminna"],
         [PositionHint(1, 180.0, 12.0, 35.0), None]),
        ("Fighting continued near Dibrova, 5 km southwest of Kreminna.", ["Dibrova", "Kreminna"],
         [PositionHint(1, 225.0, 5.0, 35.0), None]),
        ("Lysychansk, about 10 km east of Bilohorivka, was shelled.", ["Lysychansk", "Bilohorivka"],
         [PositionHint(1, 90.0, 10.0, 35.0), None]),
        ("Klishchiivka, some 7 km from Bakhmut, was retaken.", ["Klishchiivka", "Bakhmut"],
         [PositionHint(1, None, 7.0, 35.0), None]),
        ("Russian forces attacked northwest of Lyman near Yampolivka and Torske.", ["Lyman", "Yampolivka", "Torske"],
         [None, PositionHint(0, 315.0, None), PositionHint(0, 315.0, None)]),
        ("Russian forces attacked near Lyman itself; north of Lyman near Zarichne.", ["Lyman", "Lyman", "Zarichne"],
         [None, None, PositionHint(1, 0.0, None)]),
        # a bearing right after a name reaches farther than a list near a town; "A near B" places A by B
        ("Petrivka, west of Kupiansk: a drone hits a house", ["Petrivka", "Kupiansk"],
         [PositionHint(1, 270.0, None, 35.0), None]),
        ("The ministry claimed the village of Pryvilne near Huliaipole.", ["Pryvilne", "Huliaipole"],
         [PositionHint(1, None, None), None]),
        ("Russian forces attacked west of Kreminna near Terny.", ["Kreminna", "Terny"], [None, PositionHint(0, 270.0, None)]),
        # no hint: a route, a distance without a name before it, a bearing with no list after it
        ("Russian forces advanced from Bakhmut to Soledar.", ["Bakhmut", "Soledar"], [None, None]),
        ("Troops dug in south of Kreminna and shelled Rubizhne.", ["Kreminna", "Rubizhne"], [None, None]),
        ("The column moved from Izium towards Sloviansk.", ["Izium", "Sloviansk"], [None, None]),
    ],
)
def test_position_hints(sentence: str, names: list[str], expected: list[PositionHint | None]) -> None:
    assert position_hints(sentence, _spans(sentence, names)) == expected


def test_fits_measures_how_far_a_place_is_from_where_the_hint_puts_it() -> None:
    kreminna = (49.04811, 38.21552)
    hint = PositionHint(0, 180.0, 12.0)
    assert fits(hint, 48.92585, 38.24674, *kreminna) == 0.0  # Bilohorivka, Luhansk Oblast: 13.6 km south
    assert fits(hint, 48.73511, 38.21182, *kreminna) > 10.0  # its namesake near Soledar: 35 km south
    assert fits(PositionHint(0, 0.0, None), 48.92585, 38.24674, *kreminna) > 5.0  # south is not north


@pytest.mark.parametrize(
    "sentence,surface,geonameid",
    [
        # Bilohorivka: one village in Luhansk Oblast, one near Soledar, one abandoned, one in Ternopil Oblast
        ("Russian forces attacked Bilohorivka (12 km south of Kreminna).", "Bilohorivka", 712588),
        ("Russian forces attacked Bilohorivka, about 10 km northeast of Soledar.", "Bilohorivka", 712589),
        # Kreminna has a namesake in Khmelnytskyi Oblast: the hint decides both names
        ("Shelling hit Dibrova, 5 km southwest of Kreminna.", "Kreminna", 704138),
    ],
)
def test_a_position_hint_picks_the_namesake(ua_gazetteer, sentence: str, surface: str, geonameid: int) -> None:
    events = extract(sentence, ua_gazetteer, all_mentions=True)
    (event,) = [e for e in events if e.mention.surface == surface]
    assert event.place is not None and event.place.geonameid == geonameid, event.resolution


def test_a_village_geonames_holds_twice_is_one_place(ua_gazetteer) -> None:
    (event,) = extract("Ukrainian forces liberated Klishchiivka.", ua_gazetteer)
    assert event.place.geonameid == 13512497  # not the second row, 705666, 300 m away
    assert event.resolution.startswith("only candidate")
