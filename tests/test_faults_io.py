"""Faults of writing: what a killed run leaves is cleared by the next; a map's files are one
set; special files are written as streams, links followed; write errors exit 1 (issue 11, part 4)."""

from __future__ import annotations

import json
import os
import re
import signal
import stat
import subprocess
import sys
import time
from pathlib import Path

import pytest
from typer.testing import CliRunner

from mapper import _io
from mapper._io import JOURNAL, atomic_write, file_set, remove_stale_temporaries
from mapper.cli import app
from mapper.errors import OutputError

runner = CliRunner()
posix_only = pytest.mark.skipif(os.name != "posix", reason="signals, FIFOs and devices of POSIX")
DAY = 24 * 3600


@pytest.fixture(autouse=True)
def _sweep_again(monkeypatch: pytest.MonkeyPatch) -> None:
    """Each test is a new run: every folder may be swept again."""
    monkeypatch.setattr(_io, "_swept", set())


@pytest.fixture()
def mini_path(data_dir: Path) -> Path:
    return data_dir / "gazetteer" / "mini.txt"


def gone_pid() -> int:
    """The id of a process that has ended."""
    child = subprocess.Popen([sys.executable, "-c", "pass"])
    child.wait()
    return child.pid


def made(path: Path, age: float = 0.0) -> Path:
    """A file ``age`` seconds old."""
    path.write_text("x", encoding="utf-8")
    then = time.time() - age
    os.utime(path, (then, then))
    return path


def report(folder: Path, text: str) -> Path:
    path = folder / "report.txt"
    path.write_text(text, encoding="utf-8")
    return path


# --- temporaries of killed runs -------------------------------------------------------------------


def test_only_stale_temporaries_of_mappers_naming_are_removed(tmp_path: Path) -> None:
    (tmp_path / "map.html").write_text("old", encoding="utf-8")
    live = subprocess.Popen([sys.executable, "-c", "import time; time.sleep(30)"])
    try:
        dead = gone_pid()
        stale = [
            made(tmp_path / f".map.html.mapper-{dead}-abc123de.tmp"),  # its writer was killed
            made(tmp_path / f".events.geojson.mapper-{live.pid}-k2j3h4g5.tmp", 2 * DAY),  # an id since reused
            made(tmp_path / ".map.html.ab12cd34.tmp", 2 * 3600),  # an earlier version's, beside its file
        ]
        kept = [
            made(tmp_path / f".places.geojson.mapper-{live.pid}-zz9yy8xx.tmp"),  # a write in progress
            made(tmp_path / f".map.html.mapper-{os.getpid()}-q1w2e3r4.tmp"),  # this process's own
            made(tmp_path / ".map.html.ab12cd99.tmp"),  # an earlier version's, but recent
            made(tmp_path / ".notes.ab12cd34.tmp", 2 * DAY),  # no file 'notes' beside it: not ours
            made(tmp_path / ".notes.tmp", 2 * DAY),
            made(tmp_path / f"map.html.mapper-{dead}-abc123de.tmp", 2 * DAY),  # not hidden: the user's
            made(tmp_path / f".map.html.mapper-{dead}-abc123de.bak", 2 * DAY),
        ]
        scratch = tmp_path / f".events.gpkg.mapper-{dead}-s8d7f6g5.tmp"  # GDAL's scratch folder
        scratch.mkdir()
        (scratch / "events.gpkg").write_bytes(b"half")
        removed = remove_stale_temporaries(tmp_path)
    finally:
        live.kill()
        live.wait()
    assert sorted(removed) == sorted([*stale, scratch])
    assert all(path.exists() for path in kept)
    assert (tmp_path / "map.html").read_text(encoding="utf-8") == "old"
    assert remove_stale_temporaries(tmp_path) == []  # once per folder and run


KILLED_WRITE = """
import os, signal, sys
from mapper._io import atomic_write
with atomic_write(sys.argv[1]) as handle:
    handle.write("half")
    handle.flush()
    os.kill(os.getpid(), signal.SIGKILL)
"""


@posix_only
def test_a_write_killed_with_sigkill_is_cleared_by_the_next_run(tmp_path: Path, mini_path: Path) -> None:
    out = tmp_path / "out"
    out.mkdir()
    (out / "events.geojson").write_text("{}", encoding="utf-8")
    killed = subprocess.run([sys.executable, "-c", KILLED_WRITE, str(out / "events.geojson")])
    assert killed.returncode == -signal.SIGKILL
    assert len(list(out.glob(".events.geojson.*.tmp"))) == 1
    assert (out / "events.geojson").read_text(encoding="utf-8") == "{}"
    result = runner.invoke(app, ["map", str(report(tmp_path, "Ukrainian forces liberated Izium.")),
                                 "-o", str(out), "-g", str(mini_path), "-q"])  # fmt: skip
    assert result.exit_code == 0, result.output
    assert sorted(p.name for p in out.iterdir()) == ["events.geojson", "map.html", "places.geojson"]


# --- a map's files are one set --------------------------------------------------------------------


def test_a_set_moves_in_together_and_leaves_other_files(tmp_path: Path) -> None:
    (tmp_path / "a.txt").write_text("old a", encoding="utf-8")
    (tmp_path / "notes.txt").write_text("mine", encoding="utf-8")
    with file_set(tmp_path, "a.txt") as staging:
        (staging / "a.txt").write_text("new a", encoding="utf-8")
        (staging / "b.txt").write_text("new b", encoding="utf-8")
        assert not (tmp_path / "b.txt").exists()  # nothing shows before the set is whole
    assert (tmp_path / "a.txt").read_text(encoding="utf-8") == "new a"
    assert (tmp_path / "b.txt").read_text(encoding="utf-8") == "new b"
    assert sorted(p.name for p in tmp_path.iterdir()) == ["a.txt", "b.txt", "notes.txt"]


def test_a_failed_set_leaves_the_old_one_whole(tmp_path: Path) -> None:
    (tmp_path / "a.txt").write_text("old a", encoding="utf-8")
    with pytest.raises(RuntimeError), file_set(tmp_path) as staging:
        (staging / "a.txt").write_text("new a", encoding="utf-8")
        raise RuntimeError("rendering failed")
    assert sorted(p.name for p in tmp_path.iterdir()) == ["a.txt"]
    assert (tmp_path / "a.txt").read_text(encoding="utf-8") == "old a"


KILLED_MAP = """
import os, signal, sys
real = os.replace
def replace(src, dst):
    if os.path.dirname(os.path.abspath(dst)) == os.path.abspath(sys.argv[2]) and str(dst).endswith("{name}"):
        os.kill(os.getpid(), signal.SIGKILL)
    real(src, dst)
os.replace = replace
from mapper.cli import app
app(["map", sys.argv[1], "-o", sys.argv[2], "-g", sys.argv[3], "-q"])
"""


def later_run(folder: Path) -> list[Path]:
    """What any later run does first, before writing into ``folder``."""
    _io._swept.clear()
    return remove_stale_temporaries(folder)


def map_names(out: Path) -> dict[str, set[str]]:
    """The places each file of a map names: the runs they come from."""
    page = (out / "map.html").read_text(encoding="utf-8")
    events = json.loads((out / "events.geojson").read_text(encoding="utf-8"))
    places = json.loads((out / "places.geojson").read_text(encoding="utf-8"))
    return {
        "map.html": {name for name in ("Izium", "Kupiansk") if re.search(rf'\[\d+,"{name}"', page)},  # its places
        "events.geojson": {f["properties"]["name"] for f in events["features"]},
        "places.geojson": {f["properties"]["name"] for f in places["features"]},
    }


@posix_only
@pytest.mark.parametrize("killed_at", ["map.html", "places.geojson", "events.geojson"])
def test_a_map_killed_while_moving_its_set_is_completed_by_the_next_run(
    tmp_path: Path, mini_path: Path, killed_at: str
) -> None:
    out = tmp_path / "out"
    first = runner.invoke(app, ["map", str(report(tmp_path, "Ukrainian forces liberated Izium.")), "-o", str(out),
                                "-g", str(mini_path), "-q"])  # fmt: skip
    assert first.exit_code == 0, first.output
    (out / "notes.txt").write_text("mine", encoding="utf-8")
    assert set().union(*map_names(out).values()) == {"Izium"}
    second = report(tmp_path, "Russian forces shelled Kupiansk.")
    killed = subprocess.run([sys.executable, "-c", KILLED_MAP.replace("{name}", killed_at), str(second), str(out),
                             str(mini_path)])  # fmt: skip
    assert killed.returncode == -signal.SIGKILL
    assert later_run(out)
    assert map_names(out) == dict.fromkeys(["map.html", "events.geojson", "places.geojson"], {"Kupiansk"})
    assert sorted(p.name for p in out.iterdir()) == ["events.geojson", "map.html", "notes.txt", "places.geojson"]


@posix_only
def test_a_map_killed_before_its_set_is_whole_leaves_the_old_set(tmp_path: Path, mini_path: Path) -> None:
    out = tmp_path / "out"
    runner.invoke(app, ["map", str(report(tmp_path, "Ukrainian forces liberated Izium.")), "-o", str(out),
                        "-g", str(mini_path), "-q"])  # fmt: skip
    script = KILLED_MAP.replace("os.path.abspath(sys.argv[2])", "os.path.dirname(os.path.abspath(dst))")
    script = script.replace('str(dst).endswith("{name}")', '".mapper-" in os.path.dirname(dst)')
    second = report(tmp_path, "Russian forces shelled Kupiansk.")
    killed = subprocess.run([sys.executable, "-c", script, str(second), str(out), str(mini_path)])
    assert killed.returncode == -signal.SIGKILL
    assert set().union(*map_names(out).values()) == {"Izium"}
    later_run(out)
    assert sorted(p.name for p in out.iterdir()) == ["events.geojson", "map.html", "places.geojson"]


def test_a_page_named_map_keeps_the_users_other_files(tmp_path: Path, mini_path: Path) -> None:
    out = tmp_path / "out"
    out.mkdir()
    (out / "map.html").write_text("the user's own map", encoding="utf-8")
    (out / "notes.md").write_text("mine", encoding="utf-8")
    result = runner.invoke(app, ["map", str(report(tmp_path, "Ukrainian forces liberated Izium.")),
                                 "-o", str(out / "kharkiv.html"), "-g", str(mini_path), "-q", "-f", "csv"])  # fmt: skip
    assert result.exit_code == 0, result.output
    assert (out / "map.html").read_text(encoding="utf-8") == "the user's own map"
    assert sorted(p.name for p in out.iterdir()) == [
        "kharkiv.events.csv", "kharkiv.events.csvt", "kharkiv.events.geojson", "kharkiv.html", "kharkiv.places.csv",
        "kharkiv.places.csvt", "kharkiv.places.geojson", "map.html", "notes.md",
    ]  # fmt: skip


# --- special files and links ---------------------------------------------------------------------


def test_a_link_is_followed_and_stays_a_link(tmp_path: Path) -> None:
    real = tmp_path / "real.geojson"
    real.write_text("old", encoding="utf-8")
    link = tmp_path / "link.geojson"
    link.symlink_to(real)
    with atomic_write(link) as handle:
        handle.write("new")
    assert link.is_symlink() and real.read_text(encoding="utf-8") == "new"


def test_a_dangling_link_makes_its_file(tmp_path: Path) -> None:
    link = tmp_path / "link.geojson"
    link.symlink_to(tmp_path / "later.geojson")
    with atomic_write(link) as handle:
        handle.write("new")
    assert link.is_symlink() and (tmp_path / "later.geojson").read_text(encoding="utf-8") == "new"


def test_a_folder_is_refused(tmp_path: Path) -> None:
    with pytest.raises(OutputError, match="is a folder"), atomic_write(tmp_path) as handle:
        handle.write("x")


@posix_only
def test_a_fifo_is_written_as_a_stream(tmp_path: Path) -> None:
    fifo = tmp_path / "events.fifo"
    os.mkfifo(fifo)
    reader = subprocess.Popen([sys.executable, "-c", f"import sys; print(open({str(fifo)!r}).read(), end='')"],
                              stdout=subprocess.PIPE, text=True)  # fmt: skip
    with atomic_write(fifo) as handle:
        handle.write("streamed")
    assert reader.communicate(timeout=20)[0] == "streamed"
    assert stat.S_ISFIFO(fifo.stat().st_mode)
    assert sorted(p.name for p in tmp_path.iterdir()) == ["events.fifo"]


full = pytest.mark.skipif(not Path("/dev/full").exists(), reason="no /dev/full")


@full
def test_a_full_device_is_an_error_and_stays_a_device() -> None:
    with pytest.raises(OutputError, match="No space left"), atomic_write("/dev/full") as handle:
        handle.write("x" * 100_000)
    assert stat.S_ISCHR(os.stat("/dev/full").st_mode)


@full
@pytest.mark.parametrize("args", [["-o", "/dev/full"], ["-o", "/dev/full", "--format", "csv"],
                                  ["-o", "/dev/full", "--format", "gpkg"], ["--changes", "/dev/full"]])  # fmt: skip
def test_extract_onto_a_full_device_exits_1(tmp_path: Path, mini_path: Path, args: list[str]) -> None:
    path = report(tmp_path, "Ukrainian forces liberated Izium.")
    result = runner.invoke(app, ["extract", str(path), "-g", str(mini_path), "-q", *args])
    assert result.exit_code == 1, result.output
    assert "cannot write '/dev/full': No space left on device" in result.stderr
    assert stat.S_ISCHR(os.stat("/dev/full").st_mode)


@posix_only
def test_extract_onto_dev_null_is_a_stream(tmp_path: Path, mini_path: Path) -> None:
    path = report(tmp_path, "Ukrainian forces liberated Izium.")
    result = runner.invoke(app, ["extract", str(path), "-g", str(mini_path), "-q", "-o", os.devnull])
    assert result.exit_code == 0, result.output
    assert stat.S_ISCHR(os.stat(os.devnull).st_mode)


@full
@pytest.mark.parametrize("fmt", ["geojson", "jsonl", "csv"])
def test_a_full_stdout_exits_1_with_one_line(tmp_path: Path, mini_path: Path, fmt: str) -> None:
    path = report(tmp_path, "Ukrainian forces liberated Izium.")
    with open("/dev/full", "w") as stdout:
        done = subprocess.run([sys.executable, "-m", "mapper", "extract", str(path), "-g", str(mini_path), "-q",
                               "--format", fmt], stdout=stdout, stderr=subprocess.PIPE, text=True)  # fmt: skip
    assert done.returncode == 1
    assert done.stderr.strip() == "mapper: error: cannot write to stdout: No space left on device"


@posix_only
def test_a_reader_gone_from_stdout_ends_quietly(tmp_path: Path, mini_path: Path) -> None:
    path = report(tmp_path, "Ukrainian forces liberated Izium. " * 2000)
    done = subprocess.run(f"'{sys.executable}' -m mapper extract '{path}' -g '{mini_path}' -q | head -c 10",
                          shell=True, capture_output=True, text=True)  # fmt: skip
    assert done.stdout == '{"type": "'
    assert "Traceback" not in done.stderr and "error" not in done.stderr


# --- the site's own pages -----------------------------------------------------------------------


def test_site_removes_the_pages_of_reports_gone_and_nothing_else(tmp_path: Path, data_dir: Path) -> None:
    from _mapfactory import HOSTILE, NOVEMBER, SEPTEMBER, sample_events

    from mapper.publishing.regions import load_outlines
    from mapper.publishing.site import write_site

    outlines = load_outlines(data_dir / "oblast_squares.geojson")
    events = sample_events()
    write_site(events, [SEPTEMBER, NOVEMBER, HOSTILE], tmp_path, outlines=outlines)
    (tmp_path / "report-mine.html").write_text("the user's page", encoding="utf-8")
    edited = tmp_path / "report-hostile-txt.html"
    edited.write_text(edited.read_text(encoding="utf-8") + "<!-- edited by hand -->", encoding="utf-8")
    kept = [e for e in events if e.report.id == SEPTEMBER.id]
    pages = write_site(kept, [SEPTEMBER], tmp_path, outlines=outlines)
    assert [p.name for p in pages] == ["index.html", "embed.html", "report-september-txt.html"]
    reports = sorted(p.name for p in tmp_path.glob("report-*.html"))
    assert reports == ["report-hostile-txt.html", "report-mine.html", "report-september-txt.html"]
    record = json.loads((tmp_path / ".mapper-site.json").read_text(encoding="utf-8"))
    assert list(record["pages"]) == ["report-september-txt.html"]


@pytest.mark.parametrize("text", ["{broken", "[]", '{"pages": ["report-a.html"]}', '{"pages": {"../x.html": "0"}}'])
def test_site_with_a_broken_record_removes_nothing(tmp_path: Path, data_dir: Path, text: str) -> None:
    from _mapfactory import SEPTEMBER, sample_events

    from mapper.publishing.regions import load_outlines
    from mapper.publishing.site import write_site

    (tmp_path / "report-a.html").write_text("a", encoding="utf-8")
    (tmp_path / ".mapper-site.json").write_text(text, encoding="utf-8")
    events = [e for e in sample_events() if e.report.id == SEPTEMBER.id]
    write_site(events, [SEPTEMBER], tmp_path, outlines=load_outlines(data_dir / "oblast_squares.geojson"))
    assert (tmp_path / "report-a.html").is_file()


def test_staging_journal_names_only_file_names(tmp_path: Path) -> None:
    staging = tmp_path / f".set.mapper-{gone_pid()}-a1b2c3d4.tmp"
    staging.mkdir()
    (staging / JOURNAL).write_text(json.dumps({"names": ["../escape.txt"]}), encoding="utf-8")
    remove_stale_temporaries(tmp_path)
    assert not (tmp_path.parent / "escape.txt").exists()


def test_map_onto_a_linked_page_keeps_the_link(tmp_path: Path, mini_path: Path) -> None:
    published = tmp_path / "published"
    published.mkdir()
    (published / "kharkiv.html").write_text("old", encoding="utf-8")
    out = tmp_path / "out"
    out.mkdir()
    (out / "kharkiv.html").symlink_to(published / "kharkiv.html")
    result = runner.invoke(app, ["map", str(report(tmp_path, "Ukrainian forces liberated Izium.")),
                                 "-o", str(out / "kharkiv.html"), "-g", str(mini_path), "-q"])  # fmt: skip
    assert result.exit_code == 0, result.output
    assert (out / "kharkiv.html").is_symlink()
    assert '"Izium"' in (published / "kharkiv.html").read_text(encoding="utf-8")
    assert sorted(p.name for p in published.iterdir()) == ["kharkiv.html"]


def test_import_without_a_place_for_its_settings_exits_1(tmp_path: Path, mini_path: Path) -> None:
    blocker = tmp_path / "a-file"
    blocker.write_text("", encoding="utf-8")
    result = runner.invoke(app, ["gazetteer", "import", str(mini_path)], env={"MAPPER_CONFIG_DIR": str(blocker / "c")})
    assert result.exit_code == 1, result.output
    assert "cannot save the settings" in result.stderr and "Traceback" not in result.output


def test_a_map_whose_outlines_fail_is_one_line_and_leaves_no_staging(
    tmp_path: Path, mini_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    import mapper.publishing.outlines
    from mapper.errors import MapperError

    def fails(gazetteer):
        raise MapperError("no outlines today")

    monkeypatch.setattr(mapper.publishing.outlines, "derive_outlines", fails)
    out = tmp_path / "out"
    result = runner.invoke(app, ["map", str(report(tmp_path, "Ukrainian forces liberated Izium.")), "-o", str(out),
                                 "-g", str(mini_path), "-q"])  # fmt: skip
    assert result.exit_code == 1
    assert "mapper: error: no outlines today" in result.stderr and "Traceback" not in result.output
    assert list(out.iterdir()) == []
