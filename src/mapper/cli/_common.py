"""What every mapper command shares: exit codes, logging, error reporting.

Exit codes scripts can rely on:

====  ==============================================================
0     done
1     failed: an output could not be written, or an unexpected error
2     bad input or usage: a bad gazetteer, no readable report, a bad option
3     done, but some inputs were skipped (each named on stderr)
====  ==============================================================
"""

from __future__ import annotations

import logging
import os
import sys
from collections.abc import Iterator
from contextlib import contextmanager
from pathlib import Path
from typing import IO, Annotated, Optional

import typer

__all__ = [
    "EXIT_OK",
    "EXIT_FAILED",
    "EXIT_BAD_INPUT",
    "EXIT_SKIPPED",
    "GazetteerOption",
    "JobsOption",
    "MaxReportSizeOption",
    "QuietOption",
    "VerboseOption",
    "report_bytes",
    "setup_logging",
    "fail",
    "errors_as_exit",
    "data_to_stdout",
]

EXIT_OK = 0
EXIT_FAILED = 1
EXIT_BAD_INPUT = 2
EXIT_SKIPPED = 3

GazetteerOption = Annotated[
    Optional[Path],
    typer.Option(
        "--gazetteer",
        "-g",
        help=(
            "A GeoNames dump (country .txt or .zip) to use instead of the built-in gazetteer. "
            "Defaults to $MAPPER_GAZETTEER, then to one imported with 'mapper gazetteer import'."
        ),
        show_default=False,
        envvar="MAPPER_GAZETTEER",
    ),
]

JobsOption = Annotated[
    Optional[int],
    typer.Option("--jobs", "-j", min=1, show_default="one per core", metavar="N",
                 help="Extract on N processes, each with the gazetteer loaded once (default: one per core). The "
                      "output is the same, byte for byte and in the same order, whatever N; 1 works in this "
                      "process."),
]  # fmt: skip

MaxReportSizeOption = Annotated[
    Optional[float],
    typer.Option("--max-report-size", metavar="MB", min=0.001, envvar="MAPPER_MAX_REPORT_SIZE", show_default="50",
                 help="Skip a report larger than this many megabytes, naming it (exit code 3): extracting one "
                      "takes some 15 times its size in memory. A JSON-lines file is read a line at a time, "
                      "each line held to the limit."),
]  # fmt: skip


def report_bytes(megabytes: float | None) -> int | None:
    """``--max-report-size`` in bytes; ``None`` (not given) leaves the default to the reader."""
    return int(megabytes * 1_000_000) if megabytes is not None else None


QuietOption = Annotated[
    bool, typer.Option("--quiet", "-q", help="Print errors only: no warnings, no progress bar.")
]


VerboseOption = Annotated[
    int,
    typer.Option("--verbose", "-v", count=True,
                 help="Say more on stderr: -v what each stage did (info), -vv everything (debug)."),
]  # fmt: skip


def setup_logging(quiet: bool = False, verbose: int = 0) -> None:
    """Send the library's log records to stderr, one plain line each.

    Parameters
    ----------
    quiet
        Errors only.
    verbose
        1: mapper's info records too; 2 or more: its debug records. Other libraries stay at
        warnings. ``$MAPPER_DEBUG`` counts as 2.
    """
    if os.environ.get("MAPPER_DEBUG"):
        verbose = 2
    level = logging.ERROR if quiet and not verbose else logging.WARNING
    logging.basicConfig(level=level, format="mapper: %(levelname)s: %(message)s", force=True)
    mapper_level = {0: level, 1: logging.INFO}.get(verbose, logging.DEBUG)
    logging.getLogger("mapper").setLevel(mapper_level)


def fail(message: str, code: int = EXIT_FAILED) -> typer.Exit:
    """Print ``message`` on stderr and return the ``typer.Exit`` to raise."""
    typer.secho(f"mapper: error: {message}", err=True, fg=typer.colors.RED)
    return typer.Exit(code)


@contextmanager
def errors_as_exit() -> Iterator[None]:
    """Turn a :class:`~mapper.errors.MapperError` into one line on stderr and an exit code."""
    from mapper.errors import EvaluationError, GazetteerError, MapperError, ReportError

    try:
        yield
    except (GazetteerError, ReportError, EvaluationError) as exc:
        raise fail(str(exc), EXIT_BAD_INPUT) from None
    except MapperError as exc:
        raise fail(str(exc), EXIT_FAILED) from None


def _silence_stdout() -> None:
    """Point stdout at the null device, so that the interpreter's last flush has nowhere to fail."""
    try:
        os.dup2(os.open(os.devnull, os.O_WRONLY), sys.stdout.fileno())
    except (OSError, ValueError):
        pass  # stdout has no file descriptor (e.g. captured in tests): nothing to silence


@contextmanager
def data_to_stdout() -> Iterator[IO[str]]:
    """Yield stdout to write data to, and flush it at the end of the block.

    A reader that went away (``mapper extract ... | head``) ends the writing quietly, as
    ``cat`` does, and the command goes on. Any other write error (``> /dev/full``: no space
    left) is one line on stderr and ``EXIT_FAILED``: the data was not written.
    """
    try:
        yield sys.stdout
        sys.stdout.flush()
    except BrokenPipeError:
        _silence_stdout()
    except OSError as exc:
        _silence_stdout()
        raise fail(f"cannot write to stdout: {exc.strerror or exc}", EXIT_FAILED) from None
