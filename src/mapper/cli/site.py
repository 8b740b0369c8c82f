"""``mapper site``: static pages to publish."""

from __future__ import annotations

from pathlib import Path
from typing import Annotated

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
    outlines_for,
    shown,
)

__all__ = ["site_command"]


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
    events = shown(run.events, all_mentions)
    with errors_as_exit():
        from mapper.publishing.site import write_site

        pages = write_site(events, run.read.reports, output, title=title or "Reported territorial change",
                           outlines=outlines_for(boundaries, run.gazetteer), tiles=not offline,
                           labels=run.gazetteer.regions())
    if not quiet:
        typer.echo(f"mapper: {len(pages)} pages written to {output}", err=True)
    raise typer.Exit(run.exit_code)
