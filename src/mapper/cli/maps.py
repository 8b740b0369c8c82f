"""``mapper map`` and ``mapper site``: the interactive map, GIS files and static pages."""

from __future__ import annotations

from enum import Enum
from pathlib import Path
from typing import TYPE_CHECKING, Annotated, Optional

import typer

from mapper.cli import app
from mapper.cli._common import (
    EXIT_FAILED,
    GazetteerOption,
    QuietOption,
    errors_as_exit,
    fail,
    setup_logging,
)

if TYPE_CHECKING:
    from mapper.gazetteer import Gazetteer
    from mapper.model import Event
    from mapper.publishing.regions import Outlines

__all__ = ["map_command", "site_command"]


class ExportFormat(str, Enum):
    gpkg = "gpkg"
    csv = "csv"
    kml = "kml"


ReportsArgument = Annotated[
    list[str], typer.Argument(metavar="REPORTS...", help="Report files or folders; '-' reads text from stdin.")
]
BoundariesOption = Annotated[
    Optional[Path],
    typer.Option(
        "--boundaries",
        "-b",
        help=(
            "Oblast outlines in any format geopandas reads (e.g. geoBoundaries-UKR-ADM1.geojson): "
            "oblasts with a status are drawn as outlines, and an offline base layer shows them all. "
            "Without it, approximate outlines derived from the gazetteer's places are used."
        ),
        show_default=False,
        envvar="MAPPER_BOUNDARIES",
        exists=True,
        dir_okay=False,
        readable=True,
    ),
]
TitleOption = Annotated[Optional[str], typer.Option("--title", "-t", help="Title of the map or site.")]
AllMentionsOption = Annotated[
    bool, typer.Option("--all-mentions", help="Also draw places named without a status (grey).")
]


def _outlines(boundaries: Path | None, gazetteer: Gazetteer) -> Outlines:
    """The outlines of the boundaries file, else approximate ones derived from the gazetteer (cached)."""
    if boundaries is None:
        from mapper.publishing.outlines import derive_outlines

        return derive_outlines(gazetteer)
    from mapper.publishing.regions import load_outlines

    return load_outlines(boundaries)


def _shown(events: list[Event], all_mentions: bool) -> list[Event]:
    """Events with a status, and every unresolved name (not those of places outside Ukraine); all
    mentions if asked."""
    return [
        e for e in events if all_mentions or e.status is not None or e.place is None and e.mention.kind != "foreign"
    ]


def _make_folder(folder: Path) -> None:
    try:
        folder.mkdir(parents=True, exist_ok=True)
    except OSError as exc:
        raise fail(f"cannot create the output folder '{folder}': {exc.strerror or exc}", EXIT_FAILED) from None


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
    events = _shown(run.events, all_mentions)
    _make_folder(output)
    with errors_as_exit():
        from mapper.publishing.mapmaker import write_map

        outlines = _outlines(boundaries, run.gazetteer)
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


@app.command("site")
def site_command(
    reports: ReportsArgument,
    output: Annotated[Path, typer.Option("--output", "-o", help="Folder of the site.")] = Path("output/site"),
    gazetteer: GazetteerOption = None,
    boundaries: BoundariesOption = None,
    title: TitleOption = None,
    offline: Annotated[
        bool, typer.Option("--offline", help="No tile layer: the pages make no request to any server.")
    ] = False,
    all_mentions: AllMentionsOption = False,
    quiet: QuietOption = False,
) -> None:
    """Write static pages to publish: index.html (the combined map and a sortable table of places),
    one page per report (its map and its text, places highlighted and linked to the map), and
    embed.html, an iframe snippet for slides. Links are relative: the folder works from the file
    system and from any static host."""
    from mapper.cli.extract import run_extraction

    setup_logging(quiet)
    run = run_extraction(reports, gazetteer, quiet=quiet)
    events = _shown(run.events, all_mentions)
    with errors_as_exit():
        from mapper.publishing.site import write_site

        pages = write_site(events, run.read.reports, output, title=title or "Reported territorial change",
                           outlines=_outlines(boundaries, run.gazetteer), tiles=not offline,
                           labels=run.gazetteer.regions())
    if not quiet:
        typer.echo(f"mapper: {len(pages)} pages written to {output}", err=True)
    raise typer.Exit(run.exit_code)
