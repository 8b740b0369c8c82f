"""An eighth table of sentence shapes, with the full GeoNames dump: what a session's own sentences and two
first-read sets (``tests/data/encyclopaedia_6``, ``tests/data/genres_8``) showed missing, each written in
our own words about real events.

- the name a subject anaphor ("the village was liberated") stands for may follow a withdrawal cue's "from":
  "a withdrawal from X" is where the withdrawal was, not a reference point;
- a date inside a relative clause dates that clause only, also when it is the sentence's one date: "a
  counterattack near X, where Ukrainian troops had gained ground two days earlier" is dated by the text
  around it.
"""

from __future__ import annotations

import datetime as dt

from mapper.pipeline import extract


def _statuses(events, surface: str) -> list[str | None]:
    return [e.status for e in events if e.mention.surface == surface]


def test_the_village_a_withdrawal_left_is_what_the_anaphor_stands_for(ua_gazetteer) -> None:
    text = ("On 4 June Russian sources said Ukrainian troops had advanced near Robotyne, and on 6 June they "
            "announced a withdrawal from Verbove, the Ukrainians later confirming that the village was liberated.")
    events = list(extract(text, ua_gazetteer, all_mentions=True))
    assert "liberated" not in _statuses(events, "Robotyne")
    assert "liberated" in _statuses(events, "Verbove")


def test_a_date_in_a_relative_clause_dates_that_clause_only(ua_gazetteer) -> None:
    text = ("On 12 June 2023 Ukrainian brigades pushed south of Velyka Novosilka. Russian forces counterattacked "
            "near Makarivka, where Ukrainian troops had gained ground two days earlier.")
    (event,) = [e for e in extract(text, ua_gazetteer) if e.mention.surface == "Makarivka"]
    assert event.status == "attacked"
    assert event.event_date == dt.date(2023, 6, 12)
