"""mapper: news reports about the war in Ukraine → maps of reported territorial change.

The names a Python user needs are importable from here::

    import mapper
    gaz = mapper.load_gazetteer("UA.txt")
    events = mapper.extract("Ukrainian forces liberated Izium.", gazetteer=gaz)

Names are loaded on first use, so ``import mapper`` (and ``mapper --help``)
stays fast.
"""

from __future__ import annotations

import importlib
from typing import TYPE_CHECKING, Any

from mapper.errors import (
    EvaluationError,
    GazetteerError,
    GazetteerFormatError,
    MapperError,
    OutputError,
    ReportError,
)
from mapper.model import Candidate, Event, Mention, Place, Report

__version__ = "0.1.0"

# name -> module that defines it; imported lazily by __getattr__ below.
_LAZY: dict[str, str] = {
    "extract": "mapper.pipeline",
    "extract_reports": "mapper.pipeline",
    "status_as_of": "mapper.timeline",
    "status_changes": "mapper.timeline",
    "read_reports": "mapper.reports",
    "read_report": "mapper.reports",
    "report_from_text": "mapper.reports",
    "event_record": "mapper.publishing.features",
    "events_geojson": "mapper.publishing.features",
    "summarise_places": "mapper.publishing.features",
    "places_geojson": "mapper.publishing.features",
    "load_gazetteer": "mapper.gazetteer",
    "Gazetteer": "mapper.gazetteer",
    "GazetteerGeocoder": "mapper.gazetteer.geocoder",
    "build_map": "mapper.publishing.mapmaker",
    "write_map": "mapper.publishing.mapmaker",
    "write_site": "mapper.publishing.site",
    "export_events": "mapper.publishing.export",
    "events_frame": "mapper.publishing.export",
    "places_frame": "mapper.publishing.export",
    "load_outlines": "mapper.publishing.regions",
    "derive_outlines": "mapper.publishing.outlines",
}

__all__ = [
    "__version__",
    "Candidate",
    "Event",
    "Mention",
    "Place",
    "Report",
    "MapperError",
    "GazetteerError",
    "GazetteerFormatError",
    "ReportError",
    "EvaluationError",
    "OutputError",
    *_LAZY,
]


def __getattr__(name: str) -> Any:
    try:
        module = _LAZY[name]
    except KeyError:
        raise AttributeError(f"module 'mapper' has no attribute {name!r}") from None
    value = getattr(importlib.import_module(module), name)
    globals()[name] = value
    return value


def __dir__() -> list[str]:
    return sorted(__all__)


if TYPE_CHECKING:  # pragma: no cover - for type checkers and IDEs only
    pass
