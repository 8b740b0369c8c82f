"""``mapper site``: static pages to publish."""

from __future__ import annotations

import contextlib
import sys
from collections.abc import Callable, Iterator
from pathlib import Path
from typing import Annotated, Optional

import typer

from mapper.cli import app
from mapper.cli._common import (
    GazetteerOption,
    JobsOption,
    MaxReportSizeOption,
    QuietOption,
    VerboseOption,
    errors_as_exit,
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

__all__ = ["site_command"]

PROGRESS_MIN_PAGES = 20
"""Fewer pages than this get no progress bar."""


@contextlib.contextmanager
def _page_progress(quiet: bool) -> Iterator[Callable[[int, int], None] | None]:
    """A ``progress(done, total)`` that draws a bar on stderr, or ``None`` when quiet or not a terminal."""
    if quiet or not sys.stderr.isatty():
        yield None
        return
    from rich.console import Console
    from rich.progress import BarColumn, MofNCompleteColumn, Progress, TextColumn, TimeRemainingColumn

    columns = (TextColumn("writing pages"), BarColumn(), MofNCompleteColumn(), TimeRemainingColumn())
    with Progress(*columns, console=Console(stderr=True), transient=True) as bar:
        task = bar.add_task("pages", total=None)

        def advance(done: int, total: int) -> None:
            if total >= PROGRESS_MIN_PAGES:
                bar.update(task, completed=done, total=total)

        yield advance


@app.command("site")
def site_command(
    reports: ReportsArgument,
    output: Annotated[Path, typer.Option("--output", "-o", help="Folder of the site.")] = Path("output/site"),
    gazetteer: GazetteerOption = None,
    boundaries: BoundariesOption = None,
    title: TitleOption = None,
    tiles: Annotated[
        Optional[str],
        typer.Option("--tiles", metavar="NAME", callback=tile_layer,
                     help=TILES_HELP + "the pages make no request to any server."),
    ] = None,
    offline: Annotated[bool, typer.Option("--offline", hidden=True, help="The default now: kept for old scripts.")] = False,
    all_mentions: AllMentionsOption = False,
    jobs: JobsOption = None,
    max_report_size: MaxReportSizeOption = None,
    quiet: QuietOption = False,
    verbose: VerboseOption = 0,
) -> None:
    """Write static pages to publish: index.html (the map of every event, the data to download, the
    iframe snippet to copy, a sortable table of places, the list of reports), one page per report
    with events (its text, Markdown rendered, each place a link that shows it on the map), embed.html
    (the map alone, for slides), and events.geojson, places.geojson, events.csv and events.gpkg.
    Links are relative: the folder works from the file system and from any static host. The
    reports are kept for their pages; the events without their texts."""
    from mapper.cli import extract

    setup_logging(quiet, verbose)
    outlines = read_boundaries(boundaries) if boundaries is not None else None
    make_folder(output)
    run = extract.run_extraction(reports, gazetteer, quiet=quiet, jobs=jobs, max_report_bytes=report_bytes(max_report_size),
                                 keep_reports=True, shown=all_mentions)  # fmt: skip
    events = shown(run.events, all_mentions)  # as run_extraction gives them; a stand-in for it may not
    with errors_as_exit(), _page_progress(quiet) as progress:
        from mapper.publishing.labels import base_labels
        from mapper.publishing.site import write_site

        pages = write_site(events, run.read.reports, output, title=title or "Reported territorial change",
                           outlines=outlines or outlines_for(None, run.gazetteer),
                           tiles=False if offline else tiles or False, labels=base_labels(run.gazetteer),
                           progress=progress)  # fmt: skip
    if not quiet:
        typer.echo(f"mapper: {len(pages)} pages written to {output}", err=True)
    raise typer.Exit(run.exit_code)
