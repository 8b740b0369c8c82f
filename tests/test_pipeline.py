"""The whole pipeline: the Python API, the seeds, and the dev set's quality bars."""

from __future__ import annotations

import json
from pathlib import Path

import pytest

import mapper
from mapper.model import Report
from mapper.pipeline import extract, extract_reports


@pytest.fixture(scope="session")
def dev_scores(shared: Path, ua_gazetteer):
    from mapper.evaluate import evaluate

    return evaluate(sorted((shared / "eval" / "dev").glob("*.gold.json")), None, ua_gazetteer)


def test_extract_is_exported(ua_gazetteer) -> None:
    # the package exports the function (the module is mapper.pipeline)
    (event,) = mapper.extract("Russian missiles struck Odesa.", ua_gazetteer)
    assert event.status == "attacked"
    assert mapper.extract_reports is extract_reports


def test_extract_from_text(ua_gazetteer) -> None:
    (event,) = extract("Ukrainian forces retook Kupiansk on 10 September.", ua_gazetteer)
    assert (event.place.geonameid, event.status, event.cue) == (703656, "liberated", "retook")
    assert event.document == "<text>"
    assert event.sentence == "Ukrainian forces retook Kupiansk on 10 September."
    assert (event.mention.start, event.mention.end) == (24, 32)
    assert event.resolution.startswith("only candidate") and 0 < event.confidence <= 1


def test_two_statuses_two_events(ua_gazetteer) -> None:
    events = extract("Ukraine liberated Sviatohirsk, which Russian forces captured in June.", ua_gazetteer)
    assert sorted(e.status for e in events) == ["liberated", "occupied"]


def test_all_mentions_adds_statusless_and_unresolved(ua_gazetteer) -> None:
    text = "Ukrainian troops advanced towards Tokmak and entered the village of Qwxyzivka."
    assert extract(text, ua_gazetteer) == [e for e in extract(text, ua_gazetteer, all_mentions=True) if e.status]
    every = extract(text, ua_gazetteer, all_mentions=True)
    by_surface = {e.mention.surface: e for e in every}
    assert by_surface["Tokmak"].status is None
    assert by_surface["Qwxyzivka"].place is None and by_surface["Qwxyzivka"].resolution == "unresolved"


def test_extract_reports_keeps_each_report(ua_gazetteer) -> None:
    reports = [
        Report(id="a.txt", text="Russian missiles struck Odesa."),
        Report(id="b.txt", text="Russian troops withdrew from Kherson."),
    ]
    events = list(extract_reports(reports, ua_gazetteer))
    assert [(e.document, e.place.name, e.status) for e in events] == [
        ("a.txt", "Odesa", "attacked"),
        ("b.txt", "Kherson", "liberated"),
    ]


@pytest.mark.parametrize("collecting", [True, False])
def test_garbage_collector_left_as_it_was(ua_gazetteer, collecting: bool) -> None:
    # the collector is paused while a report's stages run; whatever its state before, it comes back
    import gc

    was = gc.isenabled()
    try:
        (gc.enable if collecting else gc.disable)()
        events = extract_reports(
            [Report("a", "Ukrainian forces retook Izium."), Report("b", "Nothing here.")], ua_gazetteer
        )
        assert next(events).status == "liberated"
        assert gc.isenabled() is collecting  # also between two events
        assert list(events) == []
        assert gc.isenabled() is collecting
    finally:
        (gc.enable if was else gc.disable)()


def test_nothing_to_find(ua_gazetteer) -> None:
    assert extract("No places here at all.", ua_gazetteer, all_mentions=True) == []


@pytest.mark.parametrize(
    "text,name,admin1",
    [
        ("Ukrainian forces liberated Bilohirka in the Kherson region.", "Bilohirka", "Kherson Oblast"),
        (
            "Troops at the entrance sign to Hrekivka and Makiivka, 20 km southwest of Svatove.",
            "Makiivka",
            "Luhansk Oblast",
        ),
        (
            "Ukrainian forces entered the town of Novoselivka, 12 km northwest of Lyman.",
            "Novoselivka",
            "Donetsk Oblast",
        ),
    ],
)
def test_namesakes_in_context(ua_gazetteer, text: str, name: str, admin1: str) -> None:
    events = {e.mention.surface: e for e in extract(text, ua_gazetteer, all_mentions=True)}
    assert events[name].place.admin1 == admin1


@pytest.mark.shared
def test_seeds(shared: Path, ua_gazetteer) -> None:
    gold = json.loads((shared / "eval" / "seeds.gold.json").read_text(encoding="utf-8"))
    from mapper.reports import read_report

    for document in gold["reports"]:
        report = read_report(shared / "seeds" / document["document"])
        events = extract(report, ua_gazetteer)
        given = {(e.place.geonameid, e.status) for e in events if e.place is not None}
        for expected in document["expect"]:
            required = expected["statuses"][:1] if expected["geonameid"] is None else expected["statuses"]
            for status in required:
                if expected["geonameid"] is None:  # a facility GeoNames names differently: by distance
                    assert any(
                        e.status == status
                        and e.place
                        and abs(e.place.latitude - expected["lat"]) < 0.1
                        and abs(e.place.longitude - expected["lon"]) < 0.1
                        for e in events
                    ), expected
                else:
                    assert (expected["geonameid"], status) in given, expected
        forbidden = {p["geonameid"] for p in document["must_not"]}
        assert not forbidden & {geonameid for geonameid, _ in given}


@pytest.mark.shared
def test_seeds_with_builtin_gazetteer(shared: Path, builtin_gazetteer) -> None:
    from mapper.reports import read_report

    report = read_report(shared / "seeds" / "001_5aca68ec05746eaf.txt")
    events = extract(report, builtin_gazetteer)
    placed = {e.mention.surface: e.place.geonameid for e in events if e.place is not None}
    assert placed["Izyum"] == 707292 and placed["Kherson region"] == 706442
    # villages the built-in gazetteer lacks are named, unresolved, never a far namesake
    unresolved = {e.mention.surface for e in events if e.place is None}
    assert {"Novovoznesenske", "Sukhy Stavok"} <= unresolved
    assert "Bilohirka" not in placed or placed["Bilohirka"] == 712586


@pytest.mark.shared
def test_dev_set_floor(dev_scores) -> None:
    # A floor under the reading as measured on all nine dev articles (four of them blind: the message
    # gives the figures only, never the misses); raised as the reading improves.
    geocoding = dev_scores.geocoding
    figures = (round(dev_scores.precision, 3), round(dev_scores.recall, 3), round(geocoding.share(geocoding.same), 3))
    # measured 2026-12-02 at the end of the session that rebuilt the reading: P 0.871, R 0.882, same 0.970
    assert dev_scores.precision >= 0.84 and dev_scores.recall >= 0.85, figures
    assert geocoding.share(geocoding.same) >= 0.94, figures


def test_a_batch_places_the_names_a_caption_cannot(ua_gazetteer) -> None:
    from mapper.model import Report

    captions = [
        Report(id="a", text="Shelling of Pavlivka"),
        Report(id="b", text="Shelling of Pavlivka near Vuhledar"),
        Report(id="c", text="Market in Kostiantynivka hit by a missile"),
    ]
    alone = extract(captions[0], ua_gazetteer)
    assert alone[0].resolution == "kind and size"  # thirty Pavlivkas, nothing to tell them apart
    events = {e.report.id: e for e in extract_reports(captions, ua_gazetteer) if e.mention.surface == "Pavlivka"}
    assert events["a"].place.geonameid == events["b"].place.geonameid == 697866  # the one by Vuhledar
    assert events["a"].resolution == "same name in another report of the batch"
    # a town stays the town: Kostiantynivka (67,000) over a namesake coded as a district centre
    (town,) = [e for e in extract_reports(captions, ua_gazetteer) if e.report.id == "c"]
    assert town.place.geonameid == 705104


def test_batches_follow_the_input_order(ua_gazetteer) -> None:
    from mapper.model import Report

    captions = [Report(id=str(i), text=t) for i, t in enumerate(
        ["Shelling of Pavlivka", "Shelling of Pavlivka near Vuhledar", "Explosions in Kharkiv"] * 5)]
    whole = [(e.report.id, e.place.geonameid, e.resolution) for e in extract_reports(captions, ua_gazetteer)]
    small = [(e.report.id, e.place.geonameid, e.resolution) for e in extract_reports(captions, ua_gazetteer, batch=2)]
    assert len(whole) == len(small) == 15
    # in batches of two, the first report of a pair has no caption near Vuhledar beside it
    assert whole != small
    assert all(place == 697866 for rid, place, _ in whole if int(rid) % 3 < 2)


def test_a_batch_is_context_by_the_days_its_reports_tell_of(ua_gazetteer) -> None:
    import datetime as dt

    from mapper.model import Report

    day = dt.date(2024, 12, 10)
    captions = [
        Report(id="front-1", text="Damaged houses in Uspenivka after shelling", date=day),
        Report(id="front-2", text="Smoke rises over Kurakhove during Russian assaults", date=day + dt.timedelta(days=2)),
        Report(id="front-3", text="A burnt-out tank on the road from Kurakhove to Dachne", date=day + dt.timedelta(days=4)),
        # two years before: Sartana, by Mariupol, 10 km from another Uspenivka
        Report(id="south", text="Houses in Sartana after Russian shelling", date=dt.date(2022, 3, 17)),
    ]
    events = [e for e in extract_reports(captions, ua_gazetteer) if e.mention.surface == "Uspenivka"]
    assert events[0].place.geonameid == 690618  # south of Kurakhove
    assert events[0].resolution.startswith("near places of other reports")
