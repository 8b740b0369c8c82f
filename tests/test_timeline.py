"""Tests for mapper.timeline (status over time) and the change table of ``mapper extract --changes``."""

from __future__ import annotations

import csv
import datetime as dt
from dataclasses import replace
from pathlib import Path

import pytest
from typer.testing import CliRunner

import mapper
from mapper.cli import app
from mapper.model import Event, Mention, Place, Report
from mapper.publishing.changes import CHANGE_FIELDS, change_record
from mapper.timeline import status_as_of, status_changes

D = dt.date
IZYUM = Place(707292, "Izyum", 49.21038, 37.25699, "P", "PPLA2")
LYMAN = Place(704204, "Lyman", 48.98867, 37.80225, "P", "PPLA3")
REPORT = Report("izium.md", "A report.", date=D(2023, 7, 19))


def event(place: Place | None, status: str | None, day: dt.date | None, sentence: str = "A sentence.",
          report: Report = REPORT, precision: str = "day") -> Event:  # fmt: skip
    mention = Mention(report.id, place.name if place else "X", 0, 1, sentence, 0)
    return Event(report, mention, place, status, "cue", 0.9, "only candidate", day,  # type: ignore[arg-type]
                 precision if day else None, "sentence" if day else None)  # type: ignore[arg-type]  # fmt: skip


# Izium: occupied on 1 April 2022, liberated on 10 September 2022; a report of the same day as the
# liberation says it was still held (a tie); an undated event is left out.
EVENTS = [
    event(IZYUM, "occupied", D(2022, 4, 1), "Russian forces captured Izium in early April.", precision="month"),
    event(IZYUM, "attacked", D(2022, 9, 6), "Ukrainian forces attacked toward Izium."),
    event(IZYUM, "occupied", D(2022, 9, 10), "Russian sources said they still held Izium."),
    event(IZYUM, "liberated", D(2022, 9, 10), "On 10 September, Ukrainian forces retook Izium."),
    event(IZYUM, "occupied", None, "Izium, an undated mention."),
    event(LYMAN, "liberated", D(2022, 10, 1), "On 1 October, Ukrainian forces retook Lyman."),
    event(None, "attacked", D(2022, 9, 1), "An unresolved name."),
]


@pytest.mark.parametrize(
    "day,expected",
    [
        (D(2022, 3, 31), {}),
        (D(2022, 4, 1), {"Izyum": ("occupied", False, D(2022, 4, 1))}),
        (D(2022, 9, 9), {"Izyum": ("attacked", False, D(2022, 9, 6))}),
        (D(2022, 9, 10), {"Izyum": ("liberated", True, D(2022, 9, 10))}),
        (D(2022, 12, 31), {"Izyum": ("liberated", True, D(2022, 9, 10)), "Lyman": ("liberated", False, D(2022, 10, 1))}),
    ],
)
def test_status_as_of_a_day_is_the_latest_on_or_before_it(day: dt.date, expected: dict) -> None:
    found = {s.place.name: (s.status, s.tied, s.date) for s in status_as_of(EVENTS, day)}
    assert found == expected


def test_a_tie_is_said_not_hidden() -> None:
    (izium,) = [s for s in status_as_of(EVENTS, D(2022, 9, 30)) if s.place == IZYUM]
    assert izium.tied and izium.statuses == ("occupied", "liberated")
    assert izium.status == "liberated" and izium.latest.sentence.startswith("On 10 September")
    assert len(izium.events) == 2


def test_undated_events_are_left_out_and_a_datetime_counts_by_its_day() -> None:
    undated = [event(IZYUM, "occupied", None)]
    assert status_as_of(undated, D(2030, 1, 1)) == []
    assert status_as_of(EVENTS, dt.datetime(2022, 9, 10, 23, 59))[0].status == "liberated"


def test_status_as_of_is_exported() -> None:
    assert mapper.status_as_of is status_as_of and mapper.status_changes is status_changes


def test_the_changes_of_status_in_date_order() -> None:
    rows = [(c.place.name, c.before, c.after, c.date, c.tied) for c in status_changes(EVENTS)]
    assert rows == [
        ("Izyum", None, "occupied", D(2022, 4, 1), False),
        ("Izyum", "occupied", "attacked", D(2022, 9, 6), False),
        ("Izyum", "attacked", "liberated", D(2022, 9, 10), True),
        ("Lyman", None, "liberated", D(2022, 10, 1), False),
    ]


def test_a_status_said_again_is_no_change() -> None:
    again = [event(LYMAN, "liberated", D(2022, 10, 1)), event(LYMAN, "liberated", D(2022, 10, 5))]
    assert [(c.before, c.after) for c in status_changes(again)] == [(None, "liberated")]


def test_a_change_record_carries_its_evidence() -> None:
    change = status_changes(EVENTS)[2]
    record = change_record(change)
    assert tuple(record) == CHANGE_FIELDS
    assert record["date"] == "2022-09-10" and record["date_precision"] == "day"
    assert (record["status_before"], record["status_after"]) == ("attacked", "liberated")
    assert record["tie"] is True and record["statuses"] == "occupied,liberated"
    assert record["sentence"].startswith("On 10 September") and record["report_date"] == "2023-07-19"
    month = change_record(replace(status_changes(EVENTS)[0]))
    assert (month["date"], month["date_precision"], month["status_before"]) == ("2022-04-01", "month", None)


def test_extract_writes_the_change_table(ua_dump: Path, tmp_path: Path) -> None:
    report = tmp_path / "izium.md"
    report.write_text(
        "---\ntitle: Izium\ndate: 2023-07-19\n---\n"
        "Russian forces captured Izium on 1 April 2022. On 10 September 2022, Ukrainian forces retook Izium.\n",
        encoding="utf-8",
    )
    changes = tmp_path / "changes.csv"
    result = CliRunner().invoke(app, ["extract", str(report), "-g", str(ua_dump), "-o", str(tmp_path / "out.json"),
                                      "--changes", str(changes)])  # fmt: skip
    assert result.exit_code == 0, result.output
    with changes.open(encoding="utf-8", newline="") as handle:
        rows = list(csv.DictReader(handle))
    assert list(rows[0]) == list(CHANGE_FIELDS)
    assert [(r["name"], r["status_before"], r["status_after"], r["date"]) for r in rows] == [
        ("Izyum", "", "occupied", "2022-04-01"),
        ("Izyum", "occupied", "liberated", "2022-09-10"),
    ]
    assert "2 changes of status written" in result.output


@pytest.mark.parametrize("day", [D(2022, 3, 31), D(2022, 4, 1), D(2022, 9, 9), D(2022, 9, 10), D(2022, 12, 31)])
def test_places_of_the_events_as_of_a_day_have_its_statuses(day: dt.date) -> None:
    from mapper.publishing.features import summarise_places
    from mapper.timeline import events_as_of

    kept = events_as_of(EVENTS, day)
    assert all(e.event_date is not None and e.event_date <= day for e in kept)
    assert [e for e in EVENTS if e.event_date is not None and e.event_date <= day] == kept  # order kept
    places = {s.place.name: (s.status, s.tie, s.latest_statuses) for s in summarise_places(kept) if s.status}
    as_of = {s.place.name: (s.status, s.tied, s.statuses) for s in status_as_of(EVENTS, day)}
    assert places == as_of


def test_events_as_of_leave_the_undated_out() -> None:
    from mapper.timeline import events_as_of

    kept = events_as_of(EVENTS, dt.datetime(2030, 1, 1, 12))
    assert len(kept) == len(EVENTS) - 1 and all(e.event_date is not None for e in kept)
