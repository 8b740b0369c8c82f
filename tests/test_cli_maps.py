"""``mapper map`` and ``mapper site`` through typer's CliRunner."""

from __future__ import annotations

import dataclasses
import datetime as dt
import json
import re
from pathlib import Path

import pytest
from _mapfactory import HOSTILE, KHARKIV_OBLAST, NOVEMBER, SEPTEMBER, sample_events
from typer.testing import CliRunner

from mapper.cli import app
from mapper.cli._common import EXIT_BAD_INPUT, EXIT_FAILED, EXIT_OK, EXIT_SKIPPED
from mapper.model import Place

runner = CliRunner()


class _Gazetteer:
    """Stands in for the gazetteer: the map asks it for the oblasts to name on the offline layer,
    and derives approximate outlines from its places (a grid of villages in two oblasts)."""

    source = "test"
    cache = None  # nothing cached: the outlines are derived on every run

    def regions(self):
        return [KHARKIV_OBLAST]

    def region(self, code):
        return KHARKIV_OBLAST if code == "07" else None

    def places(self):
        for i in range(12):
            for j in range(8):
                lon, lat = 35.0 + 0.4 * i, 48.5 + 0.3 * j
                yield Place(i * 100 + j, f"Village {i}-{j}", lat, lon, "P", "PPL", admin1_code="07" if lon < 38.6 else "14")


@pytest.fixture()
def fake_run(monkeypatch: pytest.MonkeyPatch):
    """Replace the extraction with the hand-made events, so only this command is tested."""
    from mapper.cli import extract
    from mapper.reports import ReadResult, Skipped

    def run_extraction(paths, gazetteer_path, *, quiet=False, **_):
        skipped = [Skipped("bad.bin", None, "binary")] if "skip" in paths else []
        read = ReadResult(reports=[SEPTEMBER, NOVEMBER, HOSTILE], skipped=skipped)
        return extract.ExtractionRun(read, _Gazetteer(), sample_events())  # type: ignore[arg-type]

    monkeypatch.setattr(extract, "run_extraction", run_extraction)


def test_map_writes_the_map_and_geojson(fake_run, tmp_path: Path) -> None:
    result = runner.invoke(app, ["map", "reports", "-o", str(tmp_path), "--title", "East"])
    assert result.exit_code == EXIT_OK, result.output
    assert sorted(p.name for p in tmp_path.iterdir()) == ["events.geojson", "map.html", "places.geojson"]
    events = json.loads((tmp_path / "events.geojson").read_text(encoding="utf-8"))
    assert len(events["features"]) == 7  # the status-less mention of Izium is left out
    assert [u["surface"] for u in events["unresolved"]] == ["Hlybokyi Yar"]
    places = json.loads((tmp_path / "places.geojson").read_text(encoding="utf-8"))
    assert len(places["features"]) == 5
    assert "<title>East</title>" in (tmp_path / "map.html").read_text(encoding="utf-8")
    assert "7 events mapped" in result.output


def test_all_mentions_keeps_mentions_without_status(fake_run, tmp_path: Path) -> None:
    result = runner.invoke(app, ["map", "reports", "-o", str(tmp_path), "--all-mentions"])
    assert result.exit_code == EXIT_OK, result.output
    events = json.loads((tmp_path / "events.geojson").read_text(encoding="utf-8"))
    assert len(events["features"]) == 8


def test_map_inline_is_self_contained(fake_run, tmp_path: Path, data_dir: Path) -> None:
    result = runner.invoke(
        app, ["map", "r", "-o", str(tmp_path), "--boundaries", str(data_dir / "oblast_squares.geojson")]
    )
    assert result.exit_code == EXIT_OK, result.output
    page = (tmp_path / "map.html").read_text(encoding="utf-8")
    assert not re.findall(r"""<(?:script|link|img)[^>]+(?:src|href)=["']?(?:https?:)?//""", page)
    assert "Oblast outlines (offline)" in page and "Kharkivs'ka oblast" in page
    assert '"outlines_approximate":false' in page
    label = json.loads(re.search(r'"labels":(\[\[.*?\]\])', page).group(1))
    assert label[0][0] == "Kharkiv Oblast" and 48.5 < label[0][1] < 50.5 and 35.0 < label[0][2] < 38.5


def test_map_without_boundaries_draws_approximate_outlines(fake_run, tmp_path: Path) -> None:
    result = runner.invoke(app, ["map", "r", "-o", str(tmp_path), "--inline"])
    assert result.exit_code == EXIT_OK, result.output
    page = (tmp_path / "map.html").read_text(encoding="utf-8")
    assert '"outlines_approximate":true' in page
    assert "Approximate oblast outlines derived from GeoNames places" in page
    assert "Oblast outlines are approximate" in page  # the legend says so: Kharkiv Oblast has a status


STANDARD = ["events.geojson", "map.html", "places.geojson"]


@pytest.mark.parametrize("formats,files", [(["gpkg"], ["events.gpkg"]),
                                           (["csv", "kml"], ["events.csv", "events.csvt", "events.kml", "places.csv",
                                                             "places.csvt", "places.kml"])])  # fmt: skip
def test_format_adds_gis_files(fake_run, tmp_path: Path, formats: list[str], files: list[str]) -> None:
    args = ["map", "r", "-o", str(tmp_path)]
    for fmt in formats:
        args += ["--format", fmt]
    result = runner.invoke(app, args)
    assert result.exit_code == EXIT_OK, result.output
    assert sorted(p.name for p in tmp_path.iterdir()) == sorted([*STANDARD, *files])


def test_unknown_format_is_a_usage_error(fake_run, tmp_path: Path) -> None:
    result = runner.invoke(app, ["map", "r", "-o", str(tmp_path), "--format", "shp"])
    assert result.exit_code == EXIT_BAD_INPUT
    assert "shp" in result.output


def test_missing_boundaries_file_is_a_usage_error(fake_run, tmp_path: Path) -> None:
    result = runner.invoke(app, ["map", "r", "-o", str(tmp_path), "--boundaries", str(tmp_path / "none.geojson")])
    assert result.exit_code == EXIT_BAD_INPUT
    assert "none.geojson" in result.output


def test_unreadable_boundaries_fail_with_one_line(fake_run, tmp_path: Path) -> None:
    bad = tmp_path / "bad.geojson"
    bad.write_text("not geojson", encoding="utf-8")
    result = runner.invoke(app, ["map", "r", "-o", str(tmp_path / "out"), "--boundaries", str(bad)])
    assert result.exit_code == EXIT_BAD_INPUT
    assert "mapper: error: boundaries file" in result.output and "bad.geojson" in result.output


def test_unwritable_output_fails(fake_run, tmp_path: Path) -> None:
    blocker = tmp_path / "file"
    blocker.write_text("x", encoding="utf-8")
    result = runner.invoke(app, ["map", "r", "-o", str(blocker / "out")])
    assert result.exit_code == EXIT_FAILED
    assert "cannot create the output folder" in result.output


def test_skipped_report_gives_exit_code_3(fake_run, tmp_path: Path) -> None:
    result = runner.invoke(app, ["map", "skip", "-o", str(tmp_path)])
    assert result.exit_code == EXIT_SKIPPED
    assert (tmp_path / "map.html").is_file()


def test_site_writes_pages(fake_run, tmp_path: Path) -> None:
    result = runner.invoke(app, ["site", "r", "-o", str(tmp_path / "site"), "--offline", "--title", "East"])
    assert result.exit_code == EXIT_OK, result.output
    names = {p.name for p in (tmp_path / "site").iterdir()}
    assert {"index.html", "embed.html", "assets", "report-september-txt.html"} <= names
    assert "tile.openstreetmap.org" not in (tmp_path / "site" / "index.html").read_text(encoding="utf-8")
    assert "5 pages written" in result.output


def test_map_runs_the_real_pipeline(tmp_path: Path, data_dir: Path) -> None:
    result = runner.invoke(app, ["map", str(data_dir / "maps_report.md"), "-o", str(tmp_path), "--format", "gpkg"])
    assert result.exit_code == EXIT_OK, result.output
    events = json.loads((tmp_path / "events.geojson").read_text(encoding="utf-8"))
    found = {(f["properties"]["geonameid"], f["properties"]["status"]) for f in events["features"]}
    assert (707292, "liberated") in found  # Izium
    page = (tmp_path / "map.html").read_text(encoding="utf-8")
    assert "2022-09-11" in page and "https://example.org/test-desk/east" in page


def test_no_readable_report_is_bad_input(tmp_path: Path) -> None:
    result = runner.invoke(app, ["map", str(tmp_path / "missing.txt"), "-o", str(tmp_path)])
    assert result.exit_code == EXIT_BAD_INPUT


# --- -o as a user means it, options checked before the long work, --as-of -------------------------


@pytest.fixture()
def dated_run(monkeypatch: pytest.MonkeyPatch) -> list[list[str]]:
    """The hand-made events with dates (Izium liberated 2022-09-10, attacked 2022-11-11, ...);
    returns the list of the runs' report arguments, empty while no extraction ran."""
    from mapper.cli import extract
    from mapper.reports import ReadResult

    calls: list[list[str]] = []
    events = sample_events()
    days = [dt.date(2022, 9, 10), dt.date(2022, 9, 9), dt.date(2022, 9, 10), dt.date(2022, 9, 10),
            dt.date(2022, 11, 11), dt.date(2022, 11, 11), dt.date(2022, 11, 11), None, None]  # fmt: skip
    events = [dataclasses.replace(e, event_date=day, date_precision="day" if day else None)
              for e, day in zip(events, days, strict=True)]  # fmt: skip

    def run_extraction(paths, gazetteer_path, *, quiet=False, **_):
        calls.append(list(paths))
        read = ReadResult(reports=[SEPTEMBER, NOVEMBER, HOSTILE], skipped=[])
        return extract.ExtractionRun(read, _Gazetteer(), events)  # type: ignore[arg-type]

    monkeypatch.setattr(extract, "run_extraction", run_extraction)
    return calls


def _statuses(path: Path) -> dict[str, str | None]:
    places = json.loads(path.read_text(encoding="utf-8"))
    return {f["properties"]["name"]: f["properties"]["status"] for f in places["features"]}


def test_output_html_is_the_page_and_files_go_beside_it(dated_run, tmp_path: Path) -> None:
    result = runner.invoke(app, ["map", "r", "-o", str(tmp_path / "x" / "map.html"), "-f", "gpkg"])
    assert result.exit_code == EXIT_OK, result.output
    assert (tmp_path / "x" / "map.html").is_file()
    assert sorted(p.name for p in (tmp_path / "x").iterdir()) == [*STANDARD[:1], "events.gpkg", *STANDARD[1:]]


def test_output_html_with_its_own_name_names_the_other_files(dated_run, tmp_path: Path) -> None:
    result = runner.invoke(app, ["map", "r", "-o", str(tmp_path / "kharkiv.html"), "-f", "csv"])
    assert result.exit_code == EXIT_OK, result.output
    assert sorted(p.name for p in tmp_path.iterdir()) == [
        "kharkiv.events.csv", "kharkiv.events.csvt", "kharkiv.events.geojson", "kharkiv.html",
        "kharkiv.places.csv", "kharkiv.places.csvt", "kharkiv.places.geojson",
    ]  # fmt: skip
    assert "<html" in (tmp_path / "kharkiv.html").read_text(encoding="utf-8").lower()


def test_output_named_as_a_data_file_is_refused_before_the_work(dated_run, tmp_path: Path) -> None:
    result = runner.invoke(app, ["map", "r", "-o", str(tmp_path / "events.geojson")])
    assert result.exit_code == EXIT_BAD_INPUT
    assert "events.geojson" in result.output and "mapper extract" in result.output
    assert dated_run == [] and list(tmp_path.iterdir()) == []


@pytest.mark.parametrize("content", ["not geojson", '{"type": "FeatureCollection", "features": []}'])
def test_bad_boundaries_stop_before_the_reports_are_read(dated_run, tmp_path: Path, content: str) -> None:
    bad = tmp_path / "bad.geojson"
    bad.write_text(content, encoding="utf-8")
    result = runner.invoke(app, ["map", "r", "-o", str(tmp_path / "out"), "--boundaries", str(bad)])
    assert result.exit_code == EXIT_BAD_INPUT
    assert "bad.geojson" in result.output
    assert dated_run == [] and not (tmp_path / "out").exists()


def test_as_of_shows_the_state_of_that_day(dated_run, tmp_path: Path) -> None:
    result = runner.invoke(app, ["map", "r", "-o", str(tmp_path), "--as-of", "2022-09-30"])
    assert result.exit_code == EXIT_OK, result.output
    # Izium liberated on 10 September, attacked on 11 November; Kherson and Bakhmut come later
    assert _statuses(tmp_path / "places.geojson") == {"Izium": "liberated", "Kupiansk": "attacked",
                                                      "Kharkiv Oblast": "liberated"}  # fmt: skip
    events = json.loads((tmp_path / "events.geojson").read_text(encoding="utf-8"))
    assert {f["properties"]["event_date"] for f in events["features"]} == {"2022-09-09", "2022-09-10"}
    assert "left out 3 dated later and 1 without a date" in result.output
    result = runner.invoke(app, ["map", "r", "-o", str(tmp_path), "--as-of", "2022-12-01"])
    assert _statuses(tmp_path / "places.geojson")["Izium"] == "attacked"


def test_as_of_places_agree_with_status_as_of(dated_run, tmp_path: Path) -> None:
    from mapper.timeline import status_as_of

    day = dt.date(2022, 9, 9)
    result = runner.invoke(app, ["map", "r", "-o", str(tmp_path), "--as-of", day.isoformat(), "-q"])
    assert result.exit_code == EXIT_OK, result.output
    from mapper.cli import extract

    events = extract.run_extraction([], None).events
    expected = {s.place.name: s.status for s in status_as_of(events, day)}
    assert _statuses(tmp_path / "places.geojson") == expected == {"Kupiansk": "attacked"}


@pytest.mark.parametrize("value", ["30.09.2022", "2022-13-01", "yesterday"])
def test_bad_as_of_is_a_usage_error(dated_run, tmp_path: Path, value: str) -> None:
    result = runner.invoke(app, ["map", "r", "-o", str(tmp_path / "out"), "--as-of", value])
    assert result.exit_code == EXIT_BAD_INPUT
    assert value in result.output and "YYYY-MM-DD" in result.output
    assert dated_run == []


def test_verbose_says_more(dated_run, tmp_path: Path, caplog: pytest.LogCaptureFixture) -> None:
    import logging

    result = runner.invoke(app, ["map", "r", "-o", str(tmp_path), "-f", "gpkg", "-vv"])
    assert result.exit_code == EXIT_OK, result.output
    assert logging.getLogger("mapper").getEffectiveLevel() == logging.DEBUG
    runner.invoke(app, ["map", "r", "-o", str(tmp_path), "-q"])
    assert logging.getLogger("mapper").getEffectiveLevel() == logging.ERROR


def test_cdn_and_tiles_are_asked_for(fake_run, tmp_path: Path) -> None:
    remote = r"""<script[^>]+src=["']?https?://"""
    result = runner.invoke(app, ["map", "r", "-o", str(tmp_path), "--cdn", "--tiles", "OpenStreetMap"])
    assert result.exit_code == EXIT_OK, result.output
    page = (tmp_path / "map.html").read_text(encoding="utf-8")
    assert re.search(remote, page) and "tile.openstreetmap.org" in page
    result = runner.invoke(app, ["map", "r", "-o", str(tmp_path), "--inline"])  # the default, still accepted
    assert result.exit_code == EXIT_OK, result.output
    page = (tmp_path / "map.html").read_text(encoding="utf-8")
    assert not re.search(remote, page) and "tile.openstreetmap.org" not in page


def test_unknown_tile_layer_is_a_usage_error(dated_run, tmp_path: Path) -> None:
    result = runner.invoke(app, ["map", "r", "-o", str(tmp_path / "out"), "--tiles", "Stamen"])
    assert result.exit_code == EXIT_BAD_INPUT
    assert "Stamen" in result.output and "OpenStreetMap" in result.output
    assert dated_run == []
