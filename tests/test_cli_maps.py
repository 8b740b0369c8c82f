"""``mapper map`` and ``mapper site`` through typer's CliRunner."""

from __future__ import annotations

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

    def run_extraction(paths, gazetteer_path, *, quiet=False):
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
        app, ["map", "r", "-o", str(tmp_path), "--inline", "--boundaries", str(data_dir / "oblast_squares.geojson")]
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


@pytest.mark.parametrize("formats,files", [(["gpkg"], ["events.gpkg", "places.gpkg"]),
                                           (["csv", "kml"], ["events.csv", "events.kml", "places.csv", "places.kml"])])
def test_format_adds_gis_files(fake_run, tmp_path: Path, formats: list[str], files: list[str]) -> None:
    args = ["map", "r", "-o", str(tmp_path)]
    for fmt in formats:
        args += ["--format", fmt]
    result = runner.invoke(app, args)
    assert result.exit_code == EXIT_OK, result.output
    assert set(files) <= {p.name for p in tmp_path.iterdir()}


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
    assert result.exit_code == EXIT_FAILED
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
