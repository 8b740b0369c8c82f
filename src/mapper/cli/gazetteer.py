"""``mapper gazetteer info|import|lookup|fetch``: what is loaded, and which places a name could be."""

from __future__ import annotations

import os
import time
from collections import Counter
from pathlib import Path
from typing import Annotated, Optional

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

__all__ = ["gazetteer_app"]

gazetteer_app = typer.Typer(
    help="Inspect, import or download the gazetteer (GeoNames places) mapper resolves names with.",
    no_args_is_help=True,
)
app.add_typer(gazetteer_app, name="gazetteer")

GEONAMES_URL = "https://download.geonames.org/export/dump/"


@gazetteer_app.command()
def info(gazetteer: GazetteerOption = None, quiet: QuietOption = False) -> None:
    """Say which gazetteer is loaded, from where, and how many features of which kinds."""
    setup_logging(quiet)
    from mapper.gazetteer import load_gazetteer

    with errors_as_exit():
        started = time.perf_counter()
        gaz = load_gazetteer(gazetteer)
        seconds = time.perf_counter() - started
    classes = Counter(p.feature_class for p in gaz.places())
    codes = Counter(f"{p.feature_class}.{p.feature_code}" for p in gaz.places())
    typer.echo(f"source\t{gaz.source}")
    typer.echo(f"cache\t{gaz.cache}")
    typer.echo(f"features\t{len(gaz)}")
    typer.echo(f"regions\t{len(gaz.regions())}")
    typer.echo(f"load time\t{seconds:.3f} s")
    for cls, count in sorted(classes.items()):
        typer.echo(f"class {cls}\t{count}")
    for code, count in codes.most_common():
        typer.echo(f"code {code}\t{count}")


@gazetteer_app.command("import")
def import_(
    path: Annotated[Path, typer.Argument(help="A GeoNames country dump, .txt or .zip (e.g. UA.zip).")],
    quiet: QuietOption = False,
) -> None:
    """Index a GeoNames dump once and make it the default gazetteer of every command."""
    setup_logging(quiet)
    from mapper.gazetteer import import_gazetteer

    with errors_as_exit():
        gaz = import_gazetteer(path)
    typer.echo(f"imported {len(gaz)} features from {gaz.source} in {gaz.load_seconds:.1f} s (index: {gaz.cache})")


def _row(candidate) -> str:
    place = candidate.place
    score = f"{candidate.score:.0f}" if candidate.score == int(candidate.score) else f"{candidate.score:.1f}"
    fields = [
        place.geonameid, place.name, place.name_uk or "", f"{place.feature_class}.{place.feature_code}",
        place.admin1 or "", place.admin2 or "", place.population, f"{place.latitude:.5f}",
        f"{place.longitude:.5f}", f"{candidate.how}({score})",
    ]  # fmt: skip
    return "\t".join(str(field) for field in fields)


@gazetteer_app.command()
def lookup(
    name: Annotated[str, typer.Argument(help="A place name in any spelling, Latin or Cyrillic.")],
    gazetteer: GazetteerOption = None,
    fuzzy: Annotated[bool, typer.Option("--fuzzy/--no-fuzzy", help="Try fuzzy matching when nothing else matched.")] = True,
    limit: Annotated[Optional[int], typer.Option("--limit", "-n", min=1, help="Print at most this many.")] = None,
    fallback: Annotated[
        Optional[str],
        typer.Option("--fallback", help="Ask this online geocoder for names the gazetteer lacks: 'nominatim'."),
    ] = None,
    quiet: QuietOption = False,
) -> None:
    """Print every place NAME could be, one per line, geonameid first, tab-separated.

    Columns: geonameid, name, Ukrainian name, feature class.code, oblast, raion,
    population, latitude, longitude, how it matched (score).
    """
    setup_logging(quiet)
    from mapper.gazetteer import load_gazetteer

    if fallback not in (None, "nominatim"):
        raise fail(f"unknown fallback geocoder {fallback!r}; the one available is 'nominatim'", 2)
    with errors_as_exit():
        gaz = load_gazetteer(gazetteer)
        candidates = gaz.lookup(name, fuzzy=fuzzy, limit=limit)
    for candidate in candidates:
        typer.echo(_row(candidate))
    if candidates:
        return
    if fallback == "nominatim":
        from geopy.exc import GeopyError

        from mapper.gazetteer.geocoder import nominatim_fallback

        try:
            found = nominatim_fallback()(name, exactly_one=True)
        except GeopyError as exc:
            raise fail(f"Nominatim could not be asked about {name!r}: {exc}") from None
        if found is not None:
            typer.echo(f"\t{found.address}\t\t\t\t\t\t{found.latitude:.5f}\t{found.longitude:.5f}\tnominatim")
            return
    raise fail(f"no place named {name!r} in {gaz.source}")


@gazetteer_app.command()
def fetch(
    country: Annotated[str, typer.Argument(help="ISO 3166 country code of the dump, e.g. UA.")] = "UA",
    base_url: Annotated[
        str, typer.Option("--base-url", envvar="MAPPER_GEONAMES_URL", help="Where GeoNames' dumps are served from.")
    ] = GEONAMES_URL,
    timeout: Annotated[float, typer.Option(help="Give up after this many seconds without an answer.")] = 30.0,
    quiet: QuietOption = False,
) -> None:
    """Download COUNTRY's dump from GeoNames (COUNTRY.zip) and import it. Needs the network."""
    setup_logging(quiet)
    import urllib.error
    import urllib.parse
    import urllib.request

    from mapper.gazetteer import import_gazetteer
    from mapper.gazetteer._cache import cache_dir

    code = country.upper()
    if not (len(code) == 2 and code.isalpha()):
        raise fail(f"{country!r} is not a two-letter country code (e.g. UA)", 2)
    url = base_url.rstrip("/") + f"/{code}.zip"
    host = urllib.parse.urlsplit(url).hostname or url
    target = cache_dir() / "dumps" / f"{code}.zip"
    target.parent.mkdir(parents=True, exist_ok=True)
    partial = target.with_name(target.name + ".part")
    request = urllib.request.Request(url, headers={"User-Agent": "mapper (gazetteer fetch)"})
    try:
        with urllib.request.urlopen(request, timeout=timeout) as response, open(partial, "wb") as out:
            while block := response.read(1 << 20):
                out.write(block)
    except (urllib.error.URLError, OSError, ValueError) as exc:
        partial.unlink(missing_ok=True)
        reason = getattr(exc, "reason", exc)
        raise fail(
            f"cannot reach {host}: {reason}; download {code}.zip elsewhere and run "
            f"`mapper gazetteer import {code}.zip`",
            EXIT_FAILED,
        ) from None
    os.replace(partial, target)
    with errors_as_exit():
        gaz = import_gazetteer(target)
    typer.echo(f"fetched {url} and imported {len(gaz)} features (index: {gaz.cache})")
