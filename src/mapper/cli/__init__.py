"""mapper's command line: a thin layer over the library.

Each command lives in a module of this package and registers itself on
:data:`app`; heavy libraries (folium, geopandas) are imported inside the
command that needs them so that ``mapper --help`` starts fast.
"""

from __future__ import annotations

from typing import Annotated, Optional

import typer

__all__ = ["app", "run"]

app = typer.Typer(
    name="mapper",
    help=(
        "Turn news reports about the war in Ukraine into maps of reported territorial change.\n\n"
        "mapper reads reports (text, Markdown, HTML, JSON lines), finds every place they name in "
        "whatever spelling the press used, resolves each to a GeoNames entry of a local, offline "
        "gazetteer, tags it liberated, attacked or occupied from its sentence, and writes an "
        "interactive map, GeoJSON for GIS, and static pages to publish."
    ),
    no_args_is_help=True,
    add_completion=False,
    rich_markup_mode=None,
    context_settings={"help_option_names": ["-h", "--help"]},
)


def _version(value: bool) -> None:
    if value:
        from importlib.metadata import version

        typer.echo(f"mapper {version('mapper')}")
        raise typer.Exit()


@app.callback()
def main(
    version: Annotated[
        Optional[bool],
        typer.Option("--version", callback=_version, is_eager=True, help="Print the version and exit."),
    ] = None,
) -> None:
    """Turn news reports about the war in Ukraine into maps of reported territorial change."""


# Each command module registers itself on `app` when imported.
# --- command modules (one import per line) ---
from mapper.cli import extract as _extract  # noqa: E402,F401
from mapper.cli import gazetteer as _gazetteer  # noqa: E402,F401
from mapper.cli import maps as _maps  # noqa: E402,F401
from mapper.cli import site as _site  # noqa: E402,F401


def run() -> None:
    """The ``mapper`` command: :data:`app`, with a failed write to stdout (``> /dev/full``) one line
    on stderr and exit code 1 in every command, and a reader that went away (``| head``) quiet."""
    import errno
    import os
    import sys

    try:
        app(prog_name="mapper")
    except SystemExit as done:
        code = done.code
    except OSError as exc:  # a write to stdout failed mid-way (commands handle their own files)
        if exc.errno != errno.EPIPE:
            print(f"mapper: cannot write the output: {exc.strerror or exc}", file=sys.stderr)
        code = 1
    else:
        code = 0
    try:
        sys.stdout.flush()
    except OSError as exc:
        devnull = os.open(os.devnull, os.O_WRONLY)
        os.dup2(devnull, sys.stdout.fileno())  # nothing more to flush at exit
        if exc.errno != errno.EPIPE:
            print(f"mapper: cannot write to stdout: {exc.strerror or exc}", file=sys.stderr)
            code = 1
    sys.exit(code)
