"""Tests for mapper.publishing.features and mapper._io: records, GeoJSON, place summaries, atomic writes."""

from __future__ import annotations

import dataclasses
import datetime as dt
import json
from pathlib import Path

import pytest

from mapper._io import atomic_write
from mapper.errors import OutputError
from mapper.model import Candidate, Event, Mention, Place, Report
from mapper.publishing.features import (
    EVENT_FIELDS,
    PLACE_FIELDS,
    event_record,
    events_geojson,
    place_record,
    places_geojson,
    summarise_places,
    write_csv,
    write_geojson,
    write_jsonl,
)

IZIUM = Place(707292, "Izyum", 49.21038, 37.25699, "P", "PPLA2", admin1="Kharkiv Oblast",
              admin1_code="07", population=45884, name_uk="Ізюм")  # fmt: skip
KUPIANSK = Place(703656, "Kupyansk", 49.71055123, 37.61517891, "P", "PPLA2", admin1="Kharkiv Oblast")


def make_event(report: Report, place: Place | None, status: str | None, surface: str,
               cue: str | None = None, confidence: float = 0.9) -> Event:  # fmt: skip
    start = report.text.index(surface)
    candidates = (Candidate(place, surface, "exact"),) if place else ()
    mention = Mention(report.id, surface, start, start + len(surface), report.text, 0,
                      candidates=candidates)  # fmt: skip
    return Event(report, mention, place, status, cue, confidence, "only candidate" if place else "")  # type: ignore[arg-type]


@pytest.fixture
def events() -> list[Event]:
    early = Report("a.txt", "Russian forces shelled Izium and Kupiansk.", title="Shelling",
                   date=dt.date(2022, 8, 1), source="mapper tests", url="https://example.org/a")  # fmt: skip
    late = Report("b.txt", "Ukrainian forces liberated Izium. Fighting near Shevchenkove.",
                  date=dt.date(2022, 9, 11))  # fmt: skip
    return [
        make_event(early, IZIUM, "attacked", "Izium", "shelled"),
        make_event(early, KUPIANSK, "attacked", "Kupiansk", "shelled", 0.75),
        make_event(late, IZIUM, "liberated", "Izium", "liberated", 1),
        make_event(late, None, None, "Shevchenkove", confidence=0.2),
    ]


def test_event_record_fields_and_types(events: list[Event]) -> None:
    record = event_record(events[0])
    assert tuple(record) == EVENT_FIELDS
    assert record["geonameid"] == 707292 and isinstance(record["geonameid"], int)
    assert record["name_uk"] == "Ізюм"
    assert record["admin2"] is None
    assert record["date"] == "2022-08-01"
    assert record["candidates"] == 1
    text = events[0].report.text
    assert text[record["start"] : record["end"]] == record["surface"] == "Izium"
    assert isinstance(event_record(events[2])["confidence"], float)


def test_unresolved_record_has_nulls_not_blanks(events: list[Event]) -> None:
    record = event_record(events[3])
    assert record["geonameid"] is None and record["lat"] is None and record["name"] is None
    assert record["status"] is None and record["cue"] is None and record["title"] is None
    assert record["surface"] == "Shevchenkove"


def test_events_geojson_is_rfc7946(events: list[Event]) -> None:
    collection = events_geojson(events)
    assert collection["type"] == "FeatureCollection"
    assert "crs" not in collection
    assert len(collection["features"]) == 3
    assert [r["surface"] for r in collection["unresolved"]] == ["Shevchenkove"]
    kupiansk = collection["features"][1]
    assert kupiansk["geometry"] == {"type": "Point", "coordinates": [37.615179, 49.710551]}
    json.dumps(collection, allow_nan=False)


def test_summary_latest_status_by_date(events: list[Event]) -> None:
    summaries = {s.place.geonameid: s for s in summarise_places(events)}
    assert set(summaries) == {707292, 703656}
    izium = summaries[707292]
    assert izium.status == "liberated" and not izium.tie
    assert izium.events == 2 and izium.reports == 2
    assert (izium.first_date, izium.last_date) == (dt.date(2022, 8, 1), dt.date(2022, 9, 11))
    record = place_record(izium)
    assert tuple(record) == PLACE_FIELDS
    assert record["document"] == "b.txt" and record["tie"] is False


def test_summary_says_a_tie() -> None:
    day = dt.date(2022, 9, 10)
    one = Report("one.txt", "Izium was shelled.", date=day)
    two = Report("two.txt", "Izium was liberated.", date=day)
    summary, = summarise_places([make_event(one, IZIUM, "attacked", "Izium"),
                                 make_event(two, IZIUM, "liberated", "Izium")])  # fmt: skip
    assert summary.tie
    assert summary.latest_statuses == ("attacked", "liberated")
    assert summary.status == "liberated"  # read last
    assert place_record(summary)["latest_statuses"] == "attacked,liberated"


def test_dated_report_beats_undated() -> None:
    dated = Report("d.txt", "Izium was shelled.", date=dt.date(2022, 3, 1))
    undated = Report("u.txt", "Izium was liberated.")
    summary, = summarise_places([make_event(dated, IZIUM, "attacked", "Izium"),
                                 make_event(undated, IZIUM, "liberated", "Izium")])  # fmt: skip
    assert summary.status == "attacked" and not summary.tie


def test_place_without_status() -> None:
    report = Report("r.txt", "A convoy drove through Izium.")
    summary, = summarise_places([make_event(report, IZIUM, None, "Izium")])
    assert summary.status is None and summary.latest_statuses == ()
    assert place_record(summary)["latest_statuses"] is None


@pytest.mark.parametrize("which", ["events", "places"])
def test_geojson_round_trip_through_geopandas(tmp_path: Path, events: list[Event], which: str) -> None:
    geopandas = pytest.importorskip("geopandas")
    if which == "events":
        collection = events_geojson(events)
    else:
        collection = places_geojson(summarise_places(events))
    path = tmp_path / f"{which}.geojson"
    write_geojson(path, collection)
    frame = geopandas.read_file(path, engine="pyogrio")
    rows = [f["properties"] for f in collection["features"]]
    assert len(frame) == len(rows)
    assert frame.crs is not None and frame.crs.to_epsg() == 4326
    for column in ("geonameid", "events", "reports", "start", "end", "candidates"):
        if column in frame:
            assert frame[column].dtype.kind == "i", column
            assert list(frame[column]) == [r[column] for r in rows]
    for column in ("lat", "lon", "confidence"):
        if column in frame:
            assert frame[column].dtype.kind == "f", column
    for column in ("name", "status", "sentence", "document"):
        assert list(frame[column]) == [r[column] for r in rows]
    assert list(frame.geometry.x) == pytest.approx([r["lon"] for r in rows])
    assert list(frame.geometry.y) == pytest.approx([r["lat"] for r in rows])
    # GDAL reads ISO dates as dates: the same days come back
    dates = [None if d != d or d is None else str(d)[:10] for d in frame["date"]]
    assert dates == [r["date"] for r in rows]


def test_write_jsonl_and_csv(tmp_path: Path, events: list[Event]) -> None:
    records = [event_record(e) for e in events]
    write_jsonl(tmp_path / "e.jsonl", records)
    lines = (tmp_path / "e.jsonl").read_text(encoding="utf-8").splitlines()
    assert [json.loads(line) for line in lines] == records
    write_csv(tmp_path / "e.csv", records)
    import csv

    with open(tmp_path / "e.csv", encoding="utf-8", newline="") as handle:
        rows = list(csv.DictReader(handle))
    assert list(rows[0]) == list(EVENT_FIELDS)
    assert rows[3]["geonameid"] == "" and rows[0]["geonameid"] == "707292"
    assert rows[0]["sentence"] == events[0].report.text


def test_atomic_write_keeps_old_file_when_interrupted(tmp_path: Path) -> None:
    path = tmp_path / "events.geojson"
    path.write_text("old and whole", encoding="utf-8")

    class Interrupted(Exception):
        pass

    with pytest.raises(Interrupted):
        with atomic_write(path) as handle:
            handle.write("half a fi")
            raise Interrupted
    assert path.read_text(encoding="utf-8") == "old and whole"
    assert sorted(p.name for p in tmp_path.iterdir()) == ["events.geojson"]


def test_atomic_write_interrupted_by_keyboard(tmp_path: Path, events: list[Event]) -> None:
    path = tmp_path / "e.jsonl"
    path.write_text("old\n", encoding="utf-8")

    def records():
        yield event_record(events[0])
        raise KeyboardInterrupt

    with pytest.raises(KeyboardInterrupt):
        write_jsonl(path, records())
    assert path.read_text(encoding="utf-8") == "old\n"
    assert [p.name for p in tmp_path.iterdir()] == ["e.jsonl"]


def test_atomic_write_replaces_and_keeps_mode(tmp_path: Path) -> None:
    path = tmp_path / "out.txt"
    path.write_text("old", encoding="utf-8")
    path.chmod(0o640)
    with atomic_write(path) as handle:
        handle.write("new")
    assert path.read_text(encoding="utf-8") == "new"
    assert path.stat().st_mode & 0o777 == 0o640


def test_atomic_write_into_missing_folder_is_output_error(tmp_path: Path) -> None:
    with pytest.raises(OutputError, match="no-such-folder"):
        write_geojson(tmp_path / "no-such-folder" / "x.geojson", {"type": "FeatureCollection", "features": []})


def test_summary_follows_the_events_own_dates() -> None:
    """An article of 2023 telling of the liberation of September 2022, read before a report of
    October 2022 telling of shelling in August: the place is liberated, by the events' dates."""
    history = Report("history.md", "Izium was liberated on 10 September 2022.", date=dt.date(2023, 7, 1))
    news = Report("news.txt", "Izium was shelled in August.", date=dt.date(2022, 10, 1))
    liberated = dataclasses.replace(make_event(history, IZIUM, "liberated", "Izium"),
                                    event_date=dt.date(2022, 9, 10), date_precision="day")  # fmt: skip
    shelled = dataclasses.replace(make_event(news, IZIUM, "attacked", "Izium"),
                                  event_date=dt.date(2022, 8, 1), date_precision="month")  # fmt: skip
    summary, = summarise_places([liberated, shelled])
    assert summary.status == "liberated"
    assert (summary.first_date, summary.last_date) == (dt.date(2022, 8, 1), dt.date(2022, 9, 10))
    record = place_record(summary)
    assert (record["event_date"], record["date_precision"], record["date"]) == ("2022-09-10", "day", "2023-07-01")


def test_records_carry_the_name_the_press_writes() -> None:
    izium = Place(707292, "Izyum", 49.21038, 37.25699, "P", "PPLA2", name_uk="Ізюм")
    report = Report("r.txt", "Izium was liberated.")
    record = event_record(make_event(report, izium, "liberated", "Izium"))
    assert (record["name"], record["name_display"]) == ("Izyum", "Izium")
