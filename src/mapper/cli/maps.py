"""``mapper map``: the interactive map and the GIS files."""

from __future__ import annotations

from enum import Enum
from pathlib import Path
from typing import Annotated, Optional

import typer

from mapper.cli import app
from mapper.cli._common import (
    GazetteerOption,
    QuietOption,
    errors_as_exit,
    setup_logging,
)
from mapper.cli._publish import (
    AllMentionsOption,
    BoundariesOption,
    ReportsArgument,
    TitleOption,
    make_folder,
    outlines_for,
    shown,
)

__all__ = ["map_command"]


class ExportFormat(str, Enum):
    gpkg = "gpkg"
    csv = "csv"
    kml = "kml"


@app.command("map")
def map_command(
    reports: ReportsArgument,
    output: Annotated[Path, typer.Option("--output", "-o", help="Folder to write into.")] = Path("output"),
    gazetteer: GazetteerOption = None,
    boundaries: BoundariesOption = None,
    title: TitleOption = None,
    inline: Annotated[
        bool,
        typer.Option(
            "--inline",
            help="One self-contained map.html: every script inside, no request to any server "
            "(base layer: the oblast outlines of --boundaries, else approximate ones derived from "
            "the gazetteer).",
        ),
    ] = False,
    formats: Annotated[
        Optional[list[ExportFormat]],
        typer.Option("--format", "-f", help="Also write events and places in this format (repeatable).",
                     case_sensitive=False),
    ] = None,
    all_mentions: AllMentionsOption = False,
    quiet: QuietOption = False,
) -> None:
    """Draw the events of REPORTS on an interactive map.

    Writes into the output folder: map.html (markers by status with a legend, one layer per status,
    clusters, popups with the evidence, a time slider over the events' dates, a panel of the
    names not found), events.geojson and places.geojson (RFC 7946), and with --format the same as
    GeoPackage, CSV or KML. Every file is replaced atomically. Exit code 3 when a report was skipped.
    """
    from mapper.cli.extract import run_extraction
    from mapper.publishing.features import (
        events_geojson,
        places_geojson,
        summarise_places,
        write_geojson,
    )

    setup_logging(quiet)
    run = run_extraction(reports, gazetteer, quiet=quiet)
    events = shown(run.events, all_mentions)
    make_folder(output)
    with errors_as_exit():
        from mapper.publishing.mapmaker import write_map

        outlines = outlines_for(boundaries, run.gazetteer)
        written = [
            write_map(events, output / "map.html", title=title, outlines=outlines,
                      assets="inline" if inline else "cdn", labels=run.gazetteer.regions())
        ]  # fmt: skip
        write_geojson(output / "events.geojson", events_geojson(events))
        write_geojson(output / "places.geojson", places_geojson(summarise_places(events)))
        written += [output / "events.geojson", output / "places.geojson"]
        if formats:
            from mapper.publishing.export import export_events

            written += export_events(events, output, [fmt.value for fmt in formats])
    if not quiet:
        mapped = sum(1 for e in events if e.place is not None)
        typer.echo(f"mapper: {mapped} events mapped; wrote {', '.join(str(p) for p in written)}", err=True)
    raise typer.Exit(run.exit_code)
