"""Hand-made events for the map, export and site tests (our own sentences, real places)."""

from __future__ import annotations

import datetime as dt
import random

from mapper.model import Candidate, Event, Mention, Place, Report

KHARKIV_OBLAST = Place(706482, "Kharkiv Oblast", 49.61667, 36.5, "A", "ADM1", admin1_code="07",
                       admin1="Kharkiv Oblast", name_uk="Харківська область")
IZIUM = Place(707292, "Izium", 49.21021, 37.25648, "P", "PPLA3", admin1_code="07",
              admin1="Kharkiv Oblast", population=45884, name_uk="Ізюм")
KUPIANSK = Place(704422, "Kupiansk", 49.71055, 37.61517, "P", "PPLA3", admin1_code="07",
                 admin1="Kharkiv Oblast", population=27169, name_uk="Куп'янськ")
KHERSON = Place(706448, "Kherson", 46.63695, 32.61458, "P", "PPLA", admin1_code="08",
                admin1="Kherson Oblast", population=320477, name_uk="Херсон")
BAKHMUT = Place(709161, "Bakhmut", 48.5956, 38.0, "P", "PPLA3", admin1_code="05",
                admin1="Donetska Oblast", population=72310, name_uk="Бахмут")
PLACES = (IZIUM, KUPIANSK, KHERSON, BAKHMUT)

SEPTEMBER = Report(
    id="september.txt",
    title="Counteroffensive in the east",
    date=dt.date(2022, 9, 10),
    source="Example Wire",
    url="https://example.org/news/1",
    text=(
        "Ukrainian forces retook Izium on Saturday. "
        "Russian artillery shelled Kupiansk overnight. "
        "Russian forces withdrew from the Kharkiv region. "
        "Officials visited Hlybokyi Yar on the way."
    ),
)
NOVEMBER = Report(
    id="november.md",
    title="Kherson returns",
    date=dt.date(2022, 11, 11),
    source="Example Wire",
    url="javascript:alert(1)",
    text="Kherson was liberated on Friday. Russian troops still occupied Bakhmut's outskirts. Izium was shelled.",
)
HOSTILE = Report(
    id="hostile.txt",
    title="<b>bold</b> title",
    date=dt.date(2022, 9, 12),
    text=(
        "Shelling hit Kherson <script>window.__mapper_xss = 1</script> today. "
        "Izium <img src=x onerror=\"window.__mapper_xss = 2\"> was retaken."
    ),
)


def event(report: Report, surface: str, place: Place | None, status: str | None, nth: int = 0) -> Event:
    """An event for the ``nth`` occurrence of ``surface`` in ``report``, its sentence cut at '. '."""
    start = -1
    for _ in range(nth + 1):
        start = report.text.index(surface, start + 1)
    sentence_start = report.text.rfind(". ", 0, start) + 2 if ". " in report.text[:start] else 0
    sentence_end = report.text.find(". ", start)
    sentence_end = len(report.text) if sentence_end < 0 else sentence_end + 1
    candidates = (Candidate(place, surface, "exact"),) if place else ()
    mention = Mention(report.id, surface, start, start + len(surface), report.text[sentence_start:sentence_end],
                      sentence_start, "region" if place and place.is_region else "settlement", candidates)
    return Event(report, mention, place, status, cue=status, confidence=0.9, resolution="only candidate")  # type: ignore[arg-type]


def sample_events() -> list[Event]:
    """Nine events: four statuses, a region, an unresolved name, a place seen twice."""
    return [
        event(SEPTEMBER, "Izium", IZIUM, "liberated"),
        event(SEPTEMBER, "Kupiansk", KUPIANSK, "attacked"),
        event(SEPTEMBER, "Kharkiv region", KHARKIV_OBLAST, "liberated"),
        event(SEPTEMBER, "Hlybokyi Yar", None, None),
        event(NOVEMBER, "Kherson", KHERSON, "liberated"),
        event(NOVEMBER, "Bakhmut", BAKHMUT, "occupied"),
        event(NOVEMBER, "Izium", IZIUM, "attacked"),
        event(HOSTILE, "Kherson", KHERSON, "attacked"),
        event(HOSTILE, "Izium", IZIUM, None),
    ]


def random_events(count: int, seed: int = 0) -> list[Event]:
    """``count`` events at random places in Ukraine, over 100 reports and 60 days."""
    rng = random.Random(seed)
    statuses = ("liberated", "attacked", "occupied", None)
    reports = [
        Report(id=f"r{i}.txt", title=f"Report {i}", date=dt.date(2022, 9, 1) + dt.timedelta(days=i % 60),
               source="Wire", url=f"https://example.org/{i}", text="")
        for i in range(100)
    ]
    places = [
        Place(100000 + i, f"Village {i}", round(rng.uniform(45.5, 51.5), 5), round(rng.uniform(23.0, 39.5), 5),
              "P", "PPL", admin1_code="07", admin1="Kharkiv Oblast", name_uk=f"Село {i}")
        for i in range(max(1, count // 3))
    ]
    events = []
    for _ in range(count):
        place = rng.choice(places)
        sentence = f"Troops were reported near {place.name} after heavy fighting in the area overnight."
        offset = sentence.index(place.name)
        mention = Mention("r", place.name, offset, offset + len(place.name), sentence, 0, "settlement",
                          (Candidate(place, place.name, "exact"),))
        events.append(Event(rng.choice(reports), mention, place, rng.choice(statuses), confidence=0.8))  # type: ignore[arg-type]
    return events
