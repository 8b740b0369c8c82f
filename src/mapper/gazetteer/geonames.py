"""Reading GeoNames country dumps (``UA.txt``, or ``UA.zip`` as GeoNames serves it).

The format is described in GeoNames' readme: UTF-8 text, one feature per line,
19 tab-separated columns (geonameid, name, asciiname, alternatenames,
latitude, longitude, feature class, feature code, country code, cc2, admin1-4
codes, population, elevation, dem, timezone, modification date). Every
problem is reported as a :class:`~mapper.errors.GazetteerFormatError` naming
the file and the line.

A dump is read a line at a time, and within bounds, so that a hostile file cannot exhaust
memory: a zip whose member inflates to more than :data:`MAX_INFLATED_BYTES` (a "zip bomb": a
megabyte that inflates to gigabytes) is refused before it is inflated (zipfile reads no more
than the size the archive declares), and a line longer than :data:`MAX_LINE_BYTES` is a format
error, not a line held whole.
"""

from __future__ import annotations

import math
import os
import zipfile
import zlib
from collections.abc import Iterator
from pathlib import Path
from typing import IO, NamedTuple

from mapper.errors import GazetteerFormatError

try:
    from lzma import LZMAError
except ImportError:  # a Python built without lzma: zipfile says so with a RuntimeError instead
    LZMAError = zlib.error

__all__ = ["GeoNamesRecord", "read_dump", "COLUMNS", "MAX_INFLATED_BYTES", "MAX_LINE_BYTES"]

COLUMNS = 19
MAX_INFLATED_BYTES = 512 * 2**20
"""The largest dump read out of a zip (512 MiB): GeoNames' Ukraine is 8 MB, its largest country
under 400 MB."""
MAX_LINE_BYTES = 2**20
"""The longest line of a dump (1 MiB); GeoNames' longest, a capital's with its names in every
language, is some tens of kilobytes."""
_LARGEST_INTEGER = 2**63  # what a GeoPackage, a CSV's column type or a pandas column holds


class GeoNamesRecord(NamedTuple):
    """The columns of one dump line that mapper uses."""

    geonameid: int
    name: str
    asciiname: str
    alternatenames: tuple[str, ...]
    latitude: float
    longitude: float
    feature_class: str
    feature_code: str
    country_code: str
    admin1_code: str
    admin2_code: str
    population: int


def _open_lines(path: Path) -> Iterator[bytes]:
    if path.suffix.lower() == ".zip":
        try:
            archive = zipfile.ZipFile(path)
        except (zipfile.BadZipFile, OSError, EOFError, NotImplementedError, ValueError) as exc:
            # NotImplementedError: a zip made by a newer version of the format than zipfile reads
            raise GazetteerFormatError(f"not a readable zip archive ({exc})", path=str(path)) from exc
        with archive:
            members = [m for m in archive.namelist() if m.endswith(".txt") and "readme" not in m.lower()]
            if len(members) != 1:
                raise GazetteerFormatError(
                    f"expected one GeoNames .txt file in the archive, found {members or 'none'}", path=str(path)
                )
            member = archive.getinfo(members[0])
            if member.flag_bits & 0x1:
                raise GazetteerFormatError(
                    f"{member.filename} is encrypted in the archive: GeoNames' zips are not; unzip it and give the .txt",
                    path=str(path),
                )
            if member.file_size > MAX_INFLATED_BYTES:
                raise GazetteerFormatError(
                    f"{member.filename} would inflate to {member.file_size:,} bytes, over the limit of "
                    f"{MAX_INFLATED_BYTES:,} for a dump (a zip bomb?); a country dump of GeoNames is far smaller",
                    path=str(path),
                )
            try:
                with archive.open(member) as stream:
                    yield from _bounded_lines(stream, path)
            except NotImplementedError as exc:  # a compression method zipfile lacks (GeoNames' is deflate)
                raise GazetteerFormatError(
                    f"{member.filename} is compressed with method {member.compress_type}, which cannot be read "
                    "(stored, deflate, bzip2 and lzma can); unzip it and give the .txt",
                    path=str(path),
                ) from exc
            except (zipfile.BadZipFile, zlib.error, LZMAError, OSError, EOFError, RuntimeError, ValueError) as exc:
                raise GazetteerFormatError(f"damaged zip archive ({exc})", path=str(path)) from exc
        return
    try:
        with open(path, "rb") as stream:
            yield from _bounded_lines(stream, path)
    except OSError as exc:
        raise GazetteerFormatError(f"cannot read the file ({exc.strerror})", path=str(path)) from exc


def _bounded_lines(stream: IO[bytes], path: Path) -> Iterator[bytes]:
    """The lines of ``stream``, each read no further than :data:`MAX_LINE_BYTES`."""
    number = 0
    while line := stream.readline(MAX_LINE_BYTES + 1):
        number += 1
        if len(line) > MAX_LINE_BYTES:
            raise GazetteerFormatError(f"a line longer than {MAX_LINE_BYTES:,} bytes: not a GeoNames dump",
                                       path=str(path), line=number)  # fmt: skip
        yield line


def _out_of_range(record: GeoNamesRecord) -> str | None:
    """What is wrong with a record's numbers, or ``None``: coordinates on the globe, an id and a population
    that are whole numbers a GIS can store."""
    if not (math.isfinite(record.latitude) and -90 <= record.latitude <= 90):
        return f"latitude {record.latitude} is not a number from -90 to 90"
    if not (math.isfinite(record.longitude) and -180 <= record.longitude <= 180):
        return f"longitude {record.longitude} is not a number from -180 to 180"
    if not 0 < record.geonameid < _LARGEST_INTEGER:
        return f"geonameid {record.geonameid} is not a positive 63-bit integer"
    if not 0 <= record.population < _LARGEST_INTEGER:
        return f"population {record.population} is not a 63-bit integer from 0"
    return None


def read_dump(path: str | os.PathLike[str]) -> Iterator[GeoNamesRecord]:
    """Yield every feature of a GeoNames dump.

    Parameters
    ----------
    path
        A country dump as ``.txt`` or ``.zip``.

    Yields
    ------
    GeoNamesRecord
        One per line, in file order.

    Raises
    ------
    GazetteerFormatError
        The file is missing, empty, not UTF-8, a damaged, encrypted or
        unreadably compressed zip, or a line has other than 19 columns, a bad
        number, or coordinates that are not finite or off the globe (latitude
        -90 to 90, longitude -180 to 180); the message names file and line.
    """
    path = Path(path)
    where = str(path)
    count = 0
    for number, raw in enumerate(_open_lines(path), start=1):
        try:
            line = raw.decode("utf-8")
        except UnicodeDecodeError as exc:
            raise GazetteerFormatError(
                f"not UTF-8 text (byte 0x{raw[exc.start]:02x} at column {exc.start + 1})", path=where, line=number
            ) from exc
        line = line.rstrip("\r\n")
        if number == 1:
            line = line.removeprefix("\ufeff")  # a byte-order mark left by an editor
        if not line.strip():
            continue
        cols = line.split("\t")
        if len(cols) != COLUMNS:
            raise GazetteerFormatError(
                f"expected {COLUMNS} tab-separated columns (GeoNames dump format), found {len(cols)}",
                path=where,
                line=number,
            )
        try:
            record = GeoNamesRecord(
                geonameid=int(cols[0]),
                name=cols[1],
                asciiname=cols[2],
                alternatenames=tuple(n for n in cols[3].split(",") if n),
                latitude=float(cols[4]),
                longitude=float(cols[5]),
                feature_class=cols[6],
                feature_code=cols[7],
                country_code=cols[8],
                admin1_code=cols[10],
                admin2_code=cols[11],
                population=int(cols[14] or 0),
            )
        except ValueError as exc:
            raise GazetteerFormatError(f"bad number ({exc})", path=where, line=number) from exc
        problem = _out_of_range(record)
        if problem:
            raise GazetteerFormatError(problem, path=where, line=number)
        count += 1
        yield record
    if not count:
        raise GazetteerFormatError("empty file: no GeoNames features", path=where)
