"""Held-out evaluation: the real pipeline on reports it was never tuned on.

``tests/data/heldout`` holds eight reports in different house styles (wire
story, daily assessment, live blog, General Staff and Russian MoD statements,
encyclopaedia history, regional paper, news web page) with per-mention gold
(see its README). The tests below check that the gold is well formed, then
score the pipeline with the full GeoNames dump for Ukraine and fail when it
falls below the floors recorded here.
"""

from __future__ import annotations

import json
import re
from pathlib import Path

import pytest

from mapper.evaluate import Evaluation, evaluate
from mapper.reports import read_report

HELDOUT = Path(__file__).resolve().parent / "data" / "heldout"
GOLD = sorted(HELDOUT.glob("*.gold.json"))
STATUSES = {"liberated", "attacked", "occupied"}

# Floors: what the pipeline achieved on this set, minus a margin of about 0.03, so that a
# regression fails while small wobbles do not. First written (commit ce7c860) at precision
# 0.755, recall 0.359; raised on 2026-11-22 after the second round of status, actor and
# namesake rules (commits 33b8269..HEAD), which reached precision 0.979, recall 0.922, F1 0.950
# (95 pairs right, 2 false alarms, 8 misses); geocoding 199/200 high-confidence mentions found,
# 0.960 at the gold place, 0.970 within 161 km (city districts far from the report are left
# unplaced rather than put in another city). That round read this set's misses by category
# and fixed general causes, so the set is no longer blind: the independent blind set is the
# honest measure. Round 3 (general rules from the blind set's failure kinds) kept the pairs and
# raised geocoding to 0.965 at the gold place, 0.975 within 161 km (a namesake near the report's
# cluster beats one near a stray place). Raise the floors as the pipeline improves; never lower them to pass.
MIN_PRECISION = 0.95
MIN_RECALL = 0.89
MIN_F1 = 0.92
MIN_FOUND = 0.97  # share of high-confidence gold mentions matched to a predicted mention
MIN_SAME_PLACE = 0.95  # share of those placed at the gold GeoNames id
MIN_WITHIN_161KM = 0.94


def _words(text: str) -> int:
    return len(re.findall(r"\w+", text))


def _squash(text: str) -> str:
    return " ".join(re.sub(r"[*#]", " ", text).split())


@pytest.mark.parametrize("gold_path", GOLD, ids=lambda p: p.name)
def test_gold_is_well_formed(gold_path: Path) -> None:
    gold = json.loads(gold_path.read_text(encoding="utf-8"))
    report = read_report(HELDOUT / gold["document"])
    assert 250 <= _words(report.text) <= 600
    text = _squash(report.text)
    union: dict[int, set[str]] = {}
    for mention in gold["mentions"]:
        assert mention["confidence"] in {"high", "low"}
        assert set(mention["statuses"]) <= STATUSES
        assert mention["surface"] in mention["sentence"]
        assert _squash(mention["sentence"]) in text, mention["sentence"]
        union.setdefault(mention["geonameid"], set()).update(mention["statuses"])
    assert {p["geonameid"]: set(p["statuses"]) for p in gold["places"]} == union


def test_every_report_has_gold() -> None:
    reports = {p.name for p in HELDOUT.iterdir() if p.suffix in {".md", ".html"} and p.name != "README.md"}
    assert len(reports) == 8 and any(name.endswith(".html") for name in reports)
    assert {json.loads(p.read_text(encoding="utf-8"))["document"] for p in GOLD} == reports


@pytest.fixture(scope="module")
def gold_places(ua_dump: Path) -> dict[int, str]:
    """GeoNames id to name, for the ids the held-out gold uses."""
    wanted = {m["geonameid"] for path in GOLD for m in json.loads(path.read_text(encoding="utf-8"))["mentions"]}
    names = {}
    with ua_dump.open(encoding="utf-8") as dump:
        for line in dump:
            geonameid, name = line.split("\t", 2)[:2]
            if int(geonameid) in wanted:
                names[int(geonameid)] = name
    return names


def test_gold_ids_are_in_the_dump(gold_places: dict[int, str]) -> None:
    for path in GOLD:
        for mention in json.loads(path.read_text(encoding="utf-8"))["mentions"]:
            assert gold_places.get(mention["geonameid"]) == mention["name"], (path.name, mention["surface"])


@pytest.fixture(scope="module")
def heldout(ua_gazetteer) -> Evaluation:
    """The pipeline scored on the held-out set with the full UA dump, once."""
    return evaluate(GOLD, HELDOUT, ua_gazetteer)


def test_heldout_pairs_above_floors(heldout: Evaluation) -> None:
    assert len(heldout.documents) == len(GOLD)
    summary = f"P={heldout.precision:.3f} R={heldout.recall:.3f} F1={heldout.f1:.3f}"
    assert heldout.precision >= MIN_PRECISION, summary
    assert heldout.recall >= MIN_RECALL, summary
    assert heldout.f1 >= MIN_F1, summary


def test_heldout_geocoding_above_floors(heldout: Evaluation) -> None:
    geocoding = heldout.geocoding
    assert geocoding is not None and geocoding.gold > 150
    summary = str(geocoding)
    assert geocoding.found / geocoding.gold >= MIN_FOUND, summary
    assert geocoding.share(geocoding.same) >= MIN_SAME_PLACE, summary
    assert geocoding.share(geocoding.within_161km) >= MIN_WITHIN_161KM, summary
