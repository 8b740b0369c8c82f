"""Tests for mapper.evaluate: pair scores, geocoding, seeds checks, with hand-made events."""

from __future__ import annotations

import json
from pathlib import Path

import pytest

from mapper.errors import EvaluationError
from mapper.evaluate import Evaluation, load_gold, score_document
from mapper.model import Candidate, Event, Mention, Place
from mapper.reports import read_report

IZYUM = Place(707292, "Izyum", 49.21038, 37.25699, "P", "PPLA2")
KUPYANSK = Place(703656, "Kupyansk", 49.71055, 37.61518, "P", "PPLA2")
KHARKIV = Place(706483, "Kharkiv", 49.98081, 36.25272, "P", "PPLA")
NPP = Place(11839420, "Zaporizhia Nuclear Power Plant", 47.51222, 34.58583, "S", "PS")
ENERHODAR = Place(709276, "Enerhodar", 47.49871, 34.65623, "P", "PPL")
ZAPORIZHZHIA = Place(687700, "Zaporizhzhya", 47.82289, 35.19031, "P", "PPLA")
IZIUM_NAMESAKE = Place(1, "Izium (a namesake)", 48.0, 30.0, "P", "PPL")


@pytest.fixture(scope="module")
def eval_dir(data_dir: Path) -> Path:
    return data_dir / "eval"


@pytest.fixture(scope="module")
def report(eval_dir: Path):
    return read_report(eval_dir / "sample.md")


def event(report, surface: str, place: Place | None, status: str | None, nth: int = 0) -> Event:
    start = -1
    for _ in range(nth + 1):
        start = report.text.index(surface, start + 1)
    line_start = report.text.rfind("\n", 0, start) + 1
    line_end = report.text.find("\n", start)
    sentence = report.text[line_start:line_end]
    candidates = (Candidate(place, surface, "exact"),) if place else ()
    mention = Mention(report.id, surface, start, start + len(surface), sentence, line_start, candidates=candidates)
    return Event(report, mention, place, status, "cue" if status else None, 0.9, "only candidate")  # type: ignore[arg-type]


@pytest.fixture(scope="module")
def mention_gold(eval_dir: Path):
    (gold,) = load_gold(eval_dir / "sample.gold.json")
    return gold


@pytest.fixture(scope="module")
def seeds_gold(eval_dir: Path):
    (gold,) = load_gold(eval_dir / "seeds.gold.json")
    return gold


def perfect(report) -> list[Event]:
    return [
        event(report, "Izium", IZYUM, "liberated"),
        event(report, "Kupiansk", KUPYANSK, "attacked"),
        event(report, "Kharkiv", KHARKIV, None),
        event(report, "Zaporizhzhia nuclear power plant", NPP, "occupied"),
    ]


def test_perfect_events_score_one(report, mention_gold) -> None:
    score = score_document(mention_gold, perfect(report))
    assert (score.true_positives, score.false_positives, score.false_negatives) == (3, 0, 0)
    assert score.precision == score.recall == score.f1 == 1.0
    assert score.geocoding is not None
    assert (score.geocoding.gold, score.geocoding.found, score.geocoding.same) == (4, 4, 4)
    assert not score.misses and not score.false_alarms and not score.geocoding_errors


def test_low_confidence_pair_is_optional(report, mention_gold) -> None:
    events = [*perfect(report), event(report, "Zaporizhzhia nuclear power plant", NPP, "attacked")]
    score = score_document(mention_gold, events)
    assert score.false_positives == 0 and score.optional_found == 1


def test_miss_and_false_alarm_are_listed_with_sentence(report, mention_gold) -> None:
    events = [
        event(report, "Izium", IZYUM, "liberated"),
        event(report, "Kupiansk", KUPYANSK, "attacked"),
        event(report, "Kharkiv", KHARKIV, "attacked"),  # a reference point given a status
    ]
    score = score_document(mention_gold, events)
    assert (score.true_positives, score.false_positives, score.false_negatives) == (2, 1, 1)
    assert score.precision == pytest.approx(2 / 3) and score.recall == pytest.approx(2 / 3)
    (miss,) = score.misses
    assert miss.geonameid == 11839420 and miss.status == "occupied" and "came under fire" in str(miss)
    (alarm,) = score.false_alarms
    assert alarm.geonameid == 706483 and "east of Kharkiv" in str(alarm)
    assert "\n" not in str(alarm)


def test_reliability_counts_each_pair_in_its_confidence_band(report, mention_gold) -> None:
    from dataclasses import replace

    events = [
        replace(event(report, "Izium", IZYUM, "liberated"), confidence=0.95),
        replace(event(report, "Kupiansk", KUPYANSK, "attacked"), confidence=0.5),
        replace(event(report, "Kupiansk", KUPYANSK, "attacked"), confidence=0.85),  # the pair's best event counts
        replace(event(report, "Kharkiv", KHARKIV, "attacked"), confidence=0.3),  # a false alarm
        replace(event(report, "Zaporizhzhia nuclear power plant", NPP, "attacked"), confidence=0.1),  # optional
    ]
    evaluation = Evaluation((score_document(mention_gold, events),))
    bands = {(band.low, band.high): (band.given, band.right) for band in evaluation.reliability()}
    assert bands[(0.2, 0.4)] == (1, 0)
    assert bands[(0.8, 0.9)] == (1, 1) and bands[(0.9, 1.0)] == (1, 1)
    assert bands[(0.0, 0.2)] == (0, 0)  # an optional pair is neither right nor wrong
    assert bands[(0.4, 0.6)] == (0, 0)


def test_geocoding_distance_bands(report, mention_gold) -> None:
    events = [
        event(report, "Izium", IZIUM_NAMESAKE, "liberated"),  # far away: wrong namesake
        event(report, "Kupiansk", KUPYANSK, "attacked"),
        event(report, "Kharkiv", None, None),  # unresolved
        event(report, "Zaporizhzhia nuclear power plant", ENERHODAR, "occupied"),  # ~5 km away
    ]
    geocoding = score_document(mention_gold, events).geocoding
    assert geocoding is not None
    assert (geocoding.found, geocoding.same, geocoding.within_10km, geocoding.within_161km) == (4, 1, 2, 2)
    assert geocoding.share(geocoding.same) == 0.25


def test_geocoding_pairs_surface_in_same_sentence_only(report, mention_gold) -> None:
    # "Kharkiv" predicted in another sentence must not stand for the gold mention
    other = event(report, "Izium", KHARKIV, None)
    other = Event(report, Mention(report.id, "Kharkiv", other.mention.start, other.mention.end,
                                  other.mention.sentence, other.mention.sentence_start), KHARKIV, None)  # fmt: skip
    geocoding = score_document(mention_gold, [other]).geocoding
    assert geocoding is not None and geocoding.found == 0


def test_seeds_expect_and_must_not(report, seeds_gold) -> None:
    events = [
        event(report, "Izium", IZYUM, "liberated"),
        event(report, "Zaporizhzhia nuclear power plant", ENERHODAR, "occupied"),  # within max_km
        event(report, "Kharkiv", KHARKIV, None),  # a mention without status is fine
    ]
    score = score_document(seeds_gold, events)
    assert (score.expected_found, score.expected, score.must_not_hit, score.must_not) == (2, 2, 0, 2)
    assert score.geocoding is None
    assert score.recall == score.precision == 1.0


def test_seeds_must_not_given_a_status(report, seeds_gold) -> None:
    events = [
        event(report, "Izium", IZYUM, "liberated"),
        event(report, "Zaporizhzhia nuclear power plant", ZAPORIZHZHIA, "occupied"),  # the wrong place
    ]
    score = score_document(seeds_gold, events)
    assert score.expected_found == 1 and score.must_not_hit == 1
    (alarm,) = score.false_alarms
    assert "must not" in str(alarm) and "50 km" in str(alarm)
    (miss,) = score.misses
    assert miss.name == "Zaporizhzhia NPP"


def test_evaluation_totals(report, mention_gold, seeds_gold) -> None:
    evaluation = Evaluation((score_document(mention_gold, perfect(report)), score_document(seeds_gold, [])))
    assert (evaluation.true_positives, evaluation.false_negatives) == (3, 2)
    assert evaluation.recall == pytest.approx(3 / 5)
    assert evaluation.geocoding is not None and evaluation.geocoding.gold == 4
    assert len(evaluation.misses) == 2


@pytest.mark.parametrize(
    "content,message",
    [
        ("not json", "not JSON"),
        ('{"something": []}', "neither gold format"),
        ('{"reports": [{"expect": []}]}', "document"),
        ('{"reports": [{"document": "a.txt", "expect": [{"name": "X", "geonameid": 1, "statuses": ["won"]}]}]}', "statuses"),
        ('{"reports": [{"document": "a.txt", "expect": [{"name": "X", "geonameid": null}]}]}', "lat"),
        ('{"document": "a.txt", "mentions": [{"surface": "X"}]}', "mentions\\[0\\]"),
    ],
)
def test_bad_gold_files(tmp_path: Path, content: str, message: str) -> None:
    path = tmp_path / "bad.gold.json"
    path.write_text(content, encoding="utf-8")
    with pytest.raises(EvaluationError, match=message):
        load_gold(path)


@pytest.mark.shared
def test_shared_gold_files_load(shared: Path) -> None:
    seeds = load_gold(shared / "eval" / "seeds.gold.json")
    assert [d.document for d in seeds] == sorted(p.name for p in (shared / "seeds").glob("*.txt"))
    for gold_path in (shared / "eval" / "dev").glob("*.gold.json"):
        (gold,) = load_gold(gold_path)
        assert (gold_path.parent / gold.document).is_file()
        assert any(m.high for m in gold.mentions)
        assert json.loads(gold_path.read_text(encoding="utf-8"))["document"] == gold.document


@pytest.mark.slow
def test_evaluate_runs_the_pipeline(eval_dir: Path, builtin_gazetteer) -> None:
    from mapper.evaluate import evaluate

    seen: list[str] = []
    evaluation = evaluate([eval_dir / "sample.gold.json", eval_dir / "seeds.gold.json"], None,
                          builtin_gazetteer, on_document=seen.append)  # fmt: skip
    assert seen == ["sample.md", "sample.md"]
    mentions, seeds = evaluation.documents
    assert mentions.true_positives + mentions.false_negatives == 3
    # every gold mention is paired with one the pipeline found in the same sentence
    assert mentions.geocoding is not None and mentions.geocoding.found == 4
    assert seeds.geocoding is None and seeds.expected == 2


def _dated_gold(tmp_path: Path, report) -> Path:
    """sample.md's gold with event dates: Izium's of high confidence, Kupiansk's known to the month."""
    mentions = [
        {"sentence": "Ukrainian forces liberated Izium on 10 September.", "surface": "Izium", "geonameid": 707292,
         "statuses": ["liberated"], "confidence": "high", "date": "2022-09-10", "date_confidence": "high"},
        {"sentence": "Russian forces shelled Kupiansk, east of Kharkiv.", "surface": "Kupiansk", "geonameid": 703656,
         "statuses": ["attacked"], "confidence": "high", "date": "2022-09", "date_confidence": "high"},
        {"sentence": "The Zaporizhzhia nuclear power plant, held by Russian troops, came under fire again.",
         "surface": "Zaporizhzhia nuclear power plant", "geonameid": 11839420, "statuses": ["occupied"],
         "confidence": "high", "date": "2022", "date_confidence": "low"},
    ]  # fmt: skip
    path = tmp_path / "sample.gold.json"
    path.write_text(json.dumps({"document": report.id, "mentions": mentions, "places": []}), encoding="utf-8")
    return path


def test_event_dates_are_scored_at_the_gold_precision(report, tmp_path: Path) -> None:
    from dataclasses import replace
    from datetime import date

    (gold,) = load_gold(_dated_gold(tmp_path, report))
    assert [(m.date, m.date_high) for m in gold.mentions] == [("2022-09-10", True), ("2022-09", True), ("2022", False)]
    events = [
        replace(event(report, "Izium", IZYUM, "liberated"), event_date=date(2022, 9, 11), date_precision="day"),
        # known to the month only: right at the gold's month
        replace(event(report, "Kupiansk", KUPYANSK, "attacked"), event_date=date(2022, 9, 1), date_precision="month"),
        replace(event(report, "Zaporizhzhia nuclear power plant", NPP, "occupied"), event_date=date(2022, 9, 11)),
    ]
    score = score_document(gold, events)
    assert score.dates is not None
    assert (score.dates.scored, score.dates.right, score.dates.unsure_scored, score.dates.unsure_right) == (2, 1, 1, 1)
    assert score.dates.share == 0.5
    (error,) = score.date_errors
    assert error.kind == "date" and error.name == "Izium" and "gold 2022-09-10, got 2022-09-11" in str(error)


def test_a_mention_found_without_its_status_is_not_scored_for_its_date(report, tmp_path: Path) -> None:
    (gold,) = load_gold(_dated_gold(tmp_path, report))
    score = score_document(gold, [event(report, "Izium", IZYUM, "attacked")])
    assert score.dates is not None and score.dates.scored == 0 and score.dates.share == 1.0


def test_a_gold_date_must_be_iso(tmp_path: Path) -> None:
    path = tmp_path / "bad.gold.json"
    mention = {"sentence": "S.", "surface": "Izium", "geonameid": 707292, "statuses": ["liberated"],
               "date": "10 September 2022"}  # fmt: skip
    path.write_text(json.dumps({"document": "x.md", "mentions": [mention], "places": []}), encoding="utf-8")
    with pytest.raises(EvaluationError, match="YYYY-MM-DD"):
        load_gold(path)


def test_evaluate_prints_date_accuracy(report, tmp_path: Path, eval_dir: Path) -> None:
    from mapper.cli._scores import print_evaluation
    from mapper.evaluate import evaluate

    gold = _dated_gold(tmp_path, report)
    (tmp_path / "sample.md").write_text((eval_dir / "sample.md").read_text(encoding="utf-8"), encoding="utf-8")
    evaluation = evaluate([gold], tmp_path)
    assert evaluation.dates is not None and evaluation.dates.scored >= 1
    import contextlib
    import io

    out = io.StringIO()
    with contextlib.redirect_stdout(out):
        print_evaluation(evaluation, "built-in")
    assert "dated" in out.getvalue() and f"{evaluation.dates.right}/{evaluation.dates.scored}" in out.getvalue()
