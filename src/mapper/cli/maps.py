"""``mapper map``: the interactive map and the GIS files."""

from __future__ import annotations

import datetime as dt
from dataclasses import dataclass
from enum import Enum
from pathlib import Path
from typing import TYPE_CHECKING, Annotated, Optional

import typer

from mapper.cli import app
from mapper.cli._common import (
    EXIT_BAD_INPUT,
    GazetteerOption,
    JobsOption,
    MaxReportSizeOption,
    QuietOption,
    VerboseOption,
    errors_as_exit,
    fail,
    report_bytes,
    setup_logging,
)
from mapper.cli._publish import (
    TILES_HELP,
    AllMentionsOption,
    BoundariesOption,
    ReportsArgument,
    TitleOption,
    make_folder,
    outlines_for,
    read_boundaries,
    shown,
    tile_layer,
)
from mapper.cli.extract import BomOption

if TYPE_CHECKING:
    from mapper.model import Event

__all__ = ["MapFiles", "map_files", "map_command"]

HTML_SUFFIXES = (".html", ".htm")


class ExportFormat(str, Enum):
    gpkg = "gpkg"
    csv = "csv"
    kml = "kml"


@dataclass(frozen=True, slots=True)
class MapFiles:
    """Where ``mapper map`` writes: the page, and the other files in ``folder`` named with ``prefix``."""

    folder: Path
    page: Path
    prefix: str

    def named(self, name: str) -> Path:
        """The path of the file ``name`` (``events.geojson``) beside the page."""
        return self.folder / f"{self.prefix}{name}"


def map_files(output: Path) -> MapFiles:
    """Read ``-o`` as a user means it: a folder, or the map page itself.

    A path ending in ``.html`` (or ``.htm``) that is not a folder is the page; the other files
    go beside it, named after it: ``-o out/kharkiv.html`` writes ``out/kharkiv.events.geojson``,
    ``out/kharkiv.places.geojson``, ... and ``-o out/map.html`` the standard names, as
    ``-o out`` does. Any other path is a folder, in which the page is ``map.html``. A path
    ending as a data file does (``.geojson``, ``.csv``, ...) is refused with ``EXIT_BAD_INPUT``.
    """
    from mapper.publishing.export import FORMATS_BY_SUFFIX

    suffix = output.suffix.lower()
    if suffix in HTML_SUFFIXES and not output.is_dir():
        return MapFiles(output.parent, output, "" if output.stem == "map" else f"{output.stem}.")
    if suffix in FORMATS_BY_SUFFIX and not output.is_dir():
        raise fail(f"-o '{output}' names a {FORMATS_BY_SUFFIX[suffix]} file: 'mapper map' writes into a folder "
                   f"(-o output/) or a page (-o output/map.html); for one file of events use 'mapper extract -o'",
                   EXIT_BAD_INPUT)  # fmt: skip
    return MapFiles(output, output / "map.html", "")


def _day(value: str | None) -> dt.date | None:
    if value is None:
        return None
    try:
        return dt.date.fromisoformat(value)
    except ValueError:
        raise typer.BadParameter(f"'{value}' is not a day: give it as YYYY-MM-DD, e.g. 2022-09-30") from None


def _as_of(events: list[Event], day: dt.date, quiet: bool) -> list[Event]:
    """The events known as of ``day`` (:func:`mapper.timeline.events_as_of`); what was left out is said."""
    from mapper.timeline import events_as_of

    kept = events_as_of(events, day)
    if not quiet:
        undated = sum(1 for event in events if event.event_date is None)
        later = len(events) - len(kept) - undated
        typer.echo(f"mapper: as of {day.isoformat()}: {len(kept)} events shown; left out {later} dated later "
                   f"and {undated} without a date", err=True)  # fmt: skip
    return kept


@app.command("map")
def map_command(
    reports: ReportsArgument,
    output: Annotated[
        Path,
        typer.Option("--output", "-o", help="A folder to write into, or the map page itself (a path ending in "
                     ".html: the other files go beside it, named after it)."),
    ] = Path("output"),
    gazetteer: GazetteerOption = None,
    boundaries: BoundariesOption = None,
    title: TitleOption = None,
    cdn: Annotated[
        bool,
        typer.Option("--cdn", help="Load Leaflet from a public CDN (a smaller page that needs the network). "
                     "By default every script is inside map.html, which draws with the network off."),
    ] = False,
    inline: Annotated[bool, typer.Option("--inline", hidden=True, help="The default now: kept for old scripts.")] = False,
    tiles: Annotated[
        Optional[str],
        typer.Option("--tiles", metavar="NAME", callback=tile_layer,
                     help=TILES_HELP + "the base layer is the oblast outlines of --boundaries, else approximate "
                          "ones derived from the gazetteer."),
    ] = None,
    formats: Annotated[
        Optional[list[ExportFormat]],
        typer.Option("--format", "-f", help="Also write the events in this format (repeatable): gpkg (one "
                     "GeoPackage: events, places, unresolved), csv (events and places, each with a .csvt), kml.",
                     case_sensitive=False),
    ] = None,
    as_of: Annotated[
        Optional[str],
        typer.Option("--as-of", metavar="DAY", callback=_day,
                     help="Show the state as of DAY (YYYY-MM-DD): events dated after it, and events without "
                          "a date, are left out; each place has the status of its latest event on or before it."),
    ] = None,
    all_mentions: AllMentionsOption = False,
    bom: BomOption = False,
    jobs: JobsOption = None,
    max_report_size: MaxReportSizeOption = None,
    quiet: QuietOption = False,
    verbose: VerboseOption = 0,
) -> None:
    """Draw the events of REPORTS on an interactive map.

    Writes map.html (markers by status with a legend, one layer per status, clusters, popups
    with the evidence, a time slider over the events' dates, a panel of the names not found;
    self-contained, it draws with the network off unless --cdn or --tiles is asked),
    events.geojson and places.geojson (RFC 7946; each feature with a stable id), and with
    --format the same as GeoPackage, CSV or KML. -o is a folder (default: output), or the page
    itself: -o out/kharkiv.html writes out/kharkiv.html, out/kharkiv.events.geojson, ... The
    files are written beside the output and moved into place together: an interrupted run
    leaves the previous set whole. Options are checked before any report is read (exit code 2);
    exit code 3 when a report was skipped. The reports are read and extracted as a stream (on
    --jobs processes; a report larger than --max-report-size is skipped, and named); the map
    keeps the events it shows, without the reports' texts.
    """
    from mapper._io import file_set
    from mapper.cli import extract
    from mapper.publishing.export import write_events
    from mapper.publishing.features import places_geojson, summarise_places, write_geojson

    setup_logging(quiet, verbose)
    files = map_files(output)
    outlines = read_boundaries(boundaries) if boundaries is not None else None
    make_folder(files.folder)
    day: dt.date | None = as_of  # type: ignore[assignment]  # the callback made it a date
    run = extract.run_extraction(reports, gazetteer, quiet=quiet, jobs=jobs, max_report_bytes=report_bytes(max_report_size),
                                 keep_reports=False, shown=all_mentions)  # fmt: skip
    events = shown(run.events, all_mentions)  # as run_extraction gives them; a stand-in for it may not
    if day is not None:
        events = _as_of(events, day, quiet)
    # The files are one set: staged beside the output, then moved into place together, so that
    # no reader finds the page of one run beside the GeoJSON of another.
    with errors_as_exit(), file_set(files.folder, files.page.name) as staging:
        from mapper.publishing.mapmaker import write_map
        from mapper.publishing.labels import base_labels

        if outlines is None:
            outlines = outlines_for(None, run.gazetteer)
        staged = MapFiles(staging, staging / files.page.name, files.prefix)
        written = [
            write_map(events, staged.page, title=title, outlines=outlines,
                      assets="cdn" if cdn and not inline else "inline", tiles=tiles or False,
                      labels=base_labels(run.gazetteer))
        ]  # fmt: skip
        write_events(events, staged.named("events.geojson"), "geojson")
        write_geojson(staged.named("places.geojson"), places_geojson(summarise_places(events)))
        written += [staged.named("events.geojson"), staged.named("places.geojson")]
        if formats:
            from mapper.publishing.export import export_events

            written += export_events(events, staging, [fmt.value for fmt in formats], prefix=files.prefix,
                                     bom=bom)  # fmt: skip
    written = [files.folder / path.name for path in written]
    if not quiet:
        mapped = sum(1 for e in events if e.place is not None)
        typer.echo(f"mapper: {mapped} events mapped; wrote {', '.join(str(p) for p in written)}", err=True)
    raise typer.Exit(run.exit_code)
