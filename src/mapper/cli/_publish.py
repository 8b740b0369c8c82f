"""What ``mapper map`` and ``mapper site`` share: their arguments and options, the outlines they
draw, which events they show, the folder they write into."""

from __future__ import annotations

from pathlib import Path
from typing import TYPE_CHECKING, Annotated, Optional

import typer

from mapper.cli._common import EXIT_BAD_INPUT, EXIT_FAILED, fail

if TYPE_CHECKING:
    from mapper.gazetteer import Gazetteer
    from mapper.model import Event
    from mapper.publishing.regions import Outlines

__all__ = ["ReportsArgument", "BoundariesOption", "TitleOption", "AllMentionsOption", "TILES_HELP", "tile_layer",
           "read_boundaries", "outlines_for", "shown", "make_folder"]  # fmt: skip

TILES_HELP = ("Also offer an online tile layer, by name (OpenStreetMap: tiles from its servers, under its tile "
              "usage policy). Off by default: ")
"""The start of the help of --tiles; each command says what its pages show without tiles."""


def tile_layer(name: str | None) -> str | None:
    """The --tiles callback: a tile layer mapper offers, by name, or a usage error."""
    from mapper.publishing.mapmaker import TILES

    if name is not None and name not in TILES:
        raise typer.BadParameter(f"'{name}' is not a tile layer mapper offers: {', '.join(TILES)}")
    return name


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


def read_boundaries(boundaries: Path) -> Outlines:
    """The outlines of a boundaries file; call it before the long work, so a bad file costs nothing.

    Raises ``typer.Exit`` with ``EXIT_BAD_INPUT`` and the reason on stderr when the file cannot
    be read as geodata or holds no polygon (:func:`mapper.publishing.regions.load_outlines`).
    """
    from mapper.errors import MapperError
    from mapper.publishing.regions import load_outlines

    try:
        return load_outlines(boundaries)
    except MapperError as exc:
        raise fail(str(exc), EXIT_BAD_INPUT) from None


def outlines_for(boundaries: Path | None, gazetteer: Gazetteer) -> Outlines:
    """The outlines of the boundaries file (:func:`read_boundaries`), else approximate ones derived
    from the gazetteer (cached)."""
    if boundaries is None:
        from mapper.publishing.outlines import derive_outlines

        return derive_outlines(gazetteer)
    return read_boundaries(boundaries)


def shown(events: list[Event], all_mentions: bool) -> list[Event]:
    """Events with a status, and every unresolved name (not those of places outside Ukraine); all
    mentions if asked."""
    return [
        e for e in events if all_mentions or e.status is not None or e.place is None and e.mention.kind != "foreign"
    ]


def make_folder(folder: Path) -> None:
    """Create ``folder`` (and its parents) or exit with ``EXIT_FAILED``, saying why."""
    try:
        folder.mkdir(parents=True, exist_ok=True)
    except OSError as exc:
        raise fail(f"cannot create the output folder '{folder}': {exc.strerror or exc}", EXIT_FAILED) from None
