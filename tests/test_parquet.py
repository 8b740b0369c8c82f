"""GeoParquet: events read back through geopandas and pyarrow with the same rows, types and CRS."""

from __future__ import annotations

import datetime as dt
import io
import json
from collections.abc import Iterator
from pathlib import Path

import geopandas
import pandas
import pyarrow
import pyarrow.parquet
import pytest
from _mapfactory import random_events, sample_events
from test_export import RESOLVED, dated_events

from mapper.model import Event
from mapper.publishing.features import EVENT_FIELDS
from mapper.publishing.parquet import GEOPARQUET_VERSION, write_geoparquet
from mapper.publishing.tables import EVENT_TYPES, events_frame

ARROW_TYPES = {"Integer": pyarrow.int64(), "Real": pyarrow.float64(), "Date": pyarrow.date32(), "String": pyarrow.string()}


@pytest.fixture(scope="module")
def written(tmp_path_factory: pytest.TempPathFactory) -> Path:
    return write_geoparquet(dated_events(), tmp_path_factory.mktemp("parquet") / "events.parquet")


def test_rows_are_the_event_tables(written: Path) -> None:
    back = geopandas.read_parquet(written)
    expected = events_frame(dated_events())
    assert len(back) == RESOLVED  # the unresolved name is left out, as in the GeoPackage's events layer
    assert list(back.columns) == [*EVENT_FIELDS, "geometry"] == list(expected.columns)
    assert back["id"].tolist() == expected["id"].tolist()
    assert back["sentence"].tolist() == expected["sentence"].tolist()
    assert back.geometry.x.tolist() == expected["lon"].tolist()
    assert back.geometry.y.tolist() == expected["lat"].tolist()


def test_crs_and_geoparquet_metadata(written: Path) -> None:
    assert geopandas.read_parquet(written).crs.to_epsg() == 4326
    geo = json.loads(pyarrow.parquet.read_schema(written).metadata[b"geo"])
    assert geo["version"] == GEOPARQUET_VERSION and geo["primary_column"] == "geometry"
    assert geo["columns"]["geometry"]["encoding"] == "WKB"
    assert geo["columns"]["geometry"]["geometry_types"] == ["Point"]


def test_columns_keep_their_types(written: Path) -> None:
    schema = pyarrow.parquet.read_schema(written)
    for name, kind in EVENT_TYPES.items():
        assert schema.field(name).type == ARROW_TYPES[kind], name
    back = geopandas.read_parquet(written)
    for name, kind in EVENT_TYPES.items():
        if kind == "Integer":
            assert isinstance(back[name].dtype, pandas.Int64Dtype), name
        elif kind == "Real":
            assert back[name].dtype == "float64", name
        elif kind == "String":
            assert pandas.api.types.is_string_dtype(back[name]), name


def test_dates_are_dates(written: Path) -> None:
    back = geopandas.read_parquet(written)
    assert back["event_date"].tolist()[:4] == [dt.date(2022, 9, 10), dt.date(2022, 9, 1), dt.date(2022, 1, 1), None]
    assert back["date"].tolist()[0] == dt.date(2022, 9, 10)
    # as datetime64 columns, as events_frame has them, on asking
    as_datetimes = geopandas.read_parquet(written, to_pandas_kwargs={"date_as_object": False})
    expected = events_frame(dated_events())
    for name in ("event_date", "date"):
        assert pandas.api.types.is_datetime64_any_dtype(as_datetimes[name])
        assert as_datetimes[name].tolist() == expected[name].tolist()


def test_nulls_stay_null(tmp_path: Path) -> None:
    events = [e for e in sample_events() if e.place is not None and e.report.url is None]
    back = geopandas.read_parquet(write_geoparquet(events, tmp_path / "e.parquet"))
    assert back["url"].isna().all() and back["event_date"].isna().all()
    assert pyarrow.parquet.read_schema(tmp_path / "e.parquet").field("url").type == pyarrow.string()


def test_no_events_is_an_empty_table_of_the_same_schema(tmp_path: Path, written: Path) -> None:
    path = write_geoparquet([], tmp_path / "none.parquet")
    assert len(geopandas.read_parquet(path)) == 0
    assert pyarrow.parquet.read_schema(path).equals(pyarrow.parquet.read_schema(written), check_metadata=True)


def test_written_a_row_group_at_a_time(tmp_path: Path) -> None:
    events = random_events(250)
    taken: list[Event] = []

    def stream() -> Iterator[Event]:
        for event in events:
            taken.append(event)
            yield event

    path = write_geoparquet(stream(), tmp_path / "many.parquet", row_group=100)
    assert len(taken) == 250  # the generator was read once, through
    assert pyarrow.parquet.ParquetFile(path).num_row_groups == 3
    assert geopandas.read_parquet(path)["id"].tolist() == events_frame(events)["id"].tolist()


def test_a_failed_write_keeps_the_old_file(tmp_path: Path, written: Path) -> None:
    path = tmp_path / "events.parquet"
    path.write_bytes(written.read_bytes())

    def failing() -> Iterator[Event]:
        yield from random_events(20)
        raise RuntimeError("the run was stopped")

    with pytest.raises(RuntimeError, match="stopped"):
        write_geoparquet(failing(), path, row_group=5)
    assert path.read_bytes() == written.read_bytes()
    assert [p.name for p in tmp_path.iterdir()] == ["events.parquet"]  # no temporary left


def test_written_by_extension(tmp_path: Path) -> None:
    from mapper.publishing.export import FILE_ONLY, format_of, write_events

    assert format_of("out/events.PARQUET") == "parquet" and "parquet" in FILE_ONLY
    written = write_events(iter(dated_events()), tmp_path / "events.parquet")  # a stream of events, read once
    assert written == [tmp_path / "events.parquet"]
    assert geopandas.read_parquet(written[0])["id"].tolist() == events_frame(dated_events())["id"].tolist()
    with pytest.raises(ValueError, match="parquet is written to a file"):
        write_events(dated_events(), io.StringIO(), "parquet")


def test_mapper_extract_writes_geoparquet(tmp_path: Path, data_dir: Path) -> None:
    from typer.testing import CliRunner

    from mapper.cli import app

    report = tmp_path / "r.md"
    report.write_text("---\ndate: 2022-09-10\n---\nUkrainian forces retook Izium. Kupiansk was shelled.\n", encoding="utf-8")
    output = tmp_path / "events.parquet"
    result = CliRunner().invoke(app, ["extract", str(report), "-o", str(output), "-g", str(data_dir / "gazetteer" / "mini.txt")])
    assert result.exit_code == 0, result.output
    back = geopandas.read_parquet(output)
    assert back["status"].tolist() == ["liberated", "attacked"] and back["date"].tolist() == [dt.date(2022, 9, 10)] * 2
