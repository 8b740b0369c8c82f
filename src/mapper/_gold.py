"""Gold annotation files, read into one shape whatever their format.

Two formats are read (see ``shared/eval/README.md``):

- seeds (``{"reports": [{"document", "expect", "must_not"}]}``): each
  ``expect`` is a place with the statuses its report asserts, named by
  ``geonameid`` or, for a facility GeoNames lacks, by ``lat``/``lon`` and
  ``max_km``; each ``must_not`` a place that must get no status.
- per-mention (``{"document", "mentions", "places"}``): each mention has its
  sentence, surface text, ``geonameid``, ``lat``/``lon``, statuses and a
  ``confidence`` of ``high`` or ``low``. A (place, status) pair asserted by a
  high-confidence mention is required; one asserted only by low-confidence
  mentions is optional. A mention with a status may carry the ``date`` of its
  event, as precise as its text supports (``2022-09-10``, ``2022-09`` or
  ``2022``), and a ``date_confidence`` of ``high`` or ``low``.
"""

from __future__ import annotations

import json
import os
import re
from dataclasses import dataclass
from pathlib import Path
from typing import Any

from mapper._types import STATUSES, Status
from mapper.errors import EvaluationError

__all__ = ["GoldPlace", "GoldMention", "GoldDocument", "load_gold"]


@dataclass(frozen=True, slots=True)
class GoldPlace:
    """A place of a gold document and the statuses it must (or may) be given.

    ``geonameid`` is ``None`` for a place GeoNames lacks; then any predicted
    place within ``max_km`` of ``lat``/``lon`` stands for it. ``forbidden``
    marks a ``must_not`` place: any status given to it is a false alarm.
    ``evidence`` is a sentence (or a note) shown when a pair is missed.
    """

    name: str
    geonameid: int | None
    required: frozenset[Status] = frozenset()
    optional: frozenset[Status] = frozenset()
    lat: float | None = None
    lon: float | None = None
    max_km: float | None = None
    forbidden: bool = False
    evidence: dict[Status, str] | None = None
    note: str | None = None


@dataclass(frozen=True, slots=True)
class GoldMention:
    """One annotated mention: its sentence, its surface text, the place meant."""

    sentence: str
    surface: str
    geonameid: int | None
    name: str
    lat: float | None
    lon: float | None
    statuses: frozenset[Status]
    high: bool
    date: str | None = None
    """When the event happened, as ``YYYY-MM-DD``, ``YYYY-MM`` or ``YYYY``; ``None`` when not annotated."""
    date_high: bool = False
    """Whether the annotator was sure of ``date`` (``date_confidence`` ``high``)."""


@dataclass(frozen=True, slots=True)
class GoldDocument:
    """What one report should yield; ``mentions`` is empty for the seeds format."""

    document: str
    places: tuple[GoldPlace, ...]
    mentions: tuple[GoldMention, ...]
    path: str


def _statuses(value: Any, where: str) -> frozenset[Status]:
    if not isinstance(value, list) or any(s not in STATUSES for s in value):
        raise EvaluationError(f"{where}: statuses must be a list of {', '.join(STATUSES)}, not {value!r}")
    return frozenset(value)


def _float(value: Any) -> float | None:
    return None if value is None else float(value)


_GOLD_DATE = re.compile(r"\d{4}(?:-\d{2}(?:-\d{2})?)?")


def _date(value: Any, where: str) -> str | None:
    if value is None:
        return None
    if not isinstance(value, str) or not _GOLD_DATE.fullmatch(value):
        raise EvaluationError(f"{where}: a date is YYYY-MM-DD, YYYY-MM or YYYY, not {value!r}")
    return value


def _seed_place(item: dict[str, Any], where: str, *, forbidden: bool) -> GoldPlace:
    if "name" not in item or ("geonameid" not in item and "lat" not in item):
        raise EvaluationError(f"{where}: a place needs 'name' and 'geonameid' (or 'lat'/'lon'/'max_km')")
    geonameid = item.get("geonameid")
    if geonameid is None and (item.get("lat") is None or item.get("lon") is None):
        raise EvaluationError(f"{where}: '{item['name']}' has no geonameid, so it needs 'lat' and 'lon'")
    statuses = frozenset() if forbidden else _statuses(item.get("statuses", []), where)
    return GoldPlace(
        name=str(item["name"]),
        geonameid=None if geonameid is None else int(geonameid),
        required=statuses,
        lat=_float(item.get("lat")),
        lon=_float(item.get("lon")),
        max_km=_float(item.get("max_km", 10 if geonameid is None else None)),
        forbidden=forbidden,
        note=item.get("why"),
    )


def _seed_documents(data: dict[str, Any], path: str) -> list[GoldDocument]:
    documents = []
    for index, report in enumerate(data["reports"]):
        where = f"{path}: reports[{index}]"
        if not isinstance(report, dict) or "document" not in report:
            raise EvaluationError(f"{where}: each report needs a 'document'")
        places = [_seed_place(p, f"{where}.expect", forbidden=False) for p in report.get("expect", [])]
        places += [_seed_place(p, f"{where}.must_not", forbidden=True) for p in report.get("must_not", [])]
        documents.append(GoldDocument(str(report["document"]), tuple(places), (), path))
    return documents


def _mention_document(data: dict[str, Any], path: str) -> GoldDocument:
    mentions = []
    for index, item in enumerate(data["mentions"]):
        where = f"{path}: mentions[{index}]"
        try:
            mentions.append(
                GoldMention(
                    sentence=str(item["sentence"]),
                    surface=str(item["surface"]),
                    geonameid=None if item.get("geonameid") is None else int(item["geonameid"]),
                    name=str(item.get("name") or item["surface"]),
                    lat=_float(item.get("lat")),
                    lon=_float(item.get("lon")),
                    statuses=_statuses(item.get("statuses", []), where),
                    high=item.get("confidence", "high") == "high",
                    date=_date(item.get("date"), where),
                    date_high=item.get("date_confidence", "high") == "high",
                )
            )
        except (KeyError, TypeError, ValueError) as exc:
            raise EvaluationError(f"{where}: not a mention annotation ({exc!r})") from None
    places: dict[int, GoldPlace] = {}
    for mention in mentions:
        if mention.geonameid is None:
            continue
        old = places.get(mention.geonameid) or GoldPlace(
            mention.name, mention.geonameid, lat=mention.lat, lon=mention.lon, evidence={}
        )
        required, optional = set(old.required), set(old.optional)
        evidence = dict(old.evidence or {})
        for status in mention.statuses:
            (required if mention.high else optional).add(status)
            if mention.high:
                evidence.setdefault(status, mention.sentence)
        places[mention.geonameid] = GoldPlace(
            old.name, old.geonameid, frozenset(required), frozenset(optional - required),
            old.lat, old.lon, evidence=evidence,
        )  # fmt: skip
    return GoldDocument(str(data["document"]), tuple(places.values()), tuple(mentions), path)


def load_gold(path: str | os.PathLike[str]) -> list[GoldDocument]:
    """Read a gold file of either format into :class:`GoldDocument` objects.

    Raises
    ------
    EvaluationError
        When the file cannot be read, is not JSON, or is in neither format.
    """
    file = Path(path)
    try:
        data = json.loads(file.read_text(encoding="utf-8"))
    except OSError as exc:
        raise EvaluationError(f"gold file '{file}' cannot be read: {exc.strerror or exc}") from None
    except (UnicodeDecodeError, json.JSONDecodeError) as exc:
        raise EvaluationError(f"gold file '{file}' is not JSON: {exc}") from None
    if isinstance(data, dict) and isinstance(data.get("reports"), list):
        return _seed_documents(data, str(file))
    if isinstance(data, dict) and "document" in data and isinstance(data.get("mentions"), list):
        return [_mention_document(data, str(file))]
    raise EvaluationError(
        f"gold file '{file}' is in neither gold format: expected 'reports' (seeds) "
        "or 'document' with 'mentions'"
    )
