"""The scores of an evaluation, as :mod:`mapper.evaluate` gives them.

Each document's (place, status) pair counts, with precision, recall and F1; its geocoding and
event-date counts; its findings (misses, false alarms, mentions placed or dated wrong); their
totals over all documents; and the reliability table (:meth:`Evaluation.reliability`): how often
a pair given with each confidence is right.
"""

from __future__ import annotations

from collections.abc import Sequence
from dataclasses import dataclass
from typing import Literal

from mapper._types import Status

__all__ = ["RELIABILITY_BANDS", "Band", "DateScore", "DocumentScore", "Evaluation", "Finding", "Geocoding"]


@dataclass(frozen=True, slots=True)
class Finding:
    """A missed pair, a false alarm, or a mention geocoded to the wrong place."""

    document: str
    kind: Literal["miss", "false alarm", "geocoding", "date"]
    name: str
    geonameid: int | None
    status: Status | None
    sentence: str | None
    note: str | None = None

    def __str__(self) -> str:
        place = f"{self.name} ({self.geonameid})" if self.geonameid is not None else self.name
        status = f" {self.status}" if self.status else ""
        note = f" [{self.note}]" if self.note else ""
        sentence = " ".join((self.sentence or "").split())
        return f"{self.document}: {self.kind}: {place}{status}{note}" + (f": {sentence}" if sentence else "")


@dataclass(frozen=True, slots=True)
class Geocoding:
    """How many high-confidence gold mentions were found, and placed how well."""

    gold: int = 0
    found: int = 0
    same: int = 0
    within_10km: int = 0
    within_161km: int = 0

    def __add__(self, other: Geocoding) -> Geocoding:
        return Geocoding(*(a + b for a, b in zip(_fields(self), _fields(other), strict=True)))

    def share(self, count: int) -> float:
        """``count`` as a share of the gold mentions (1.0 when there are none)."""
        return count / self.gold if self.gold else 1.0


@dataclass(frozen=True, slots=True)
class DateScore:
    """How many dated high-confidence gold mentions were found with one of their statuses (``scored``),
    and how many of those were dated right at the gold's precision (``right``); the ``unsure_``
    counts are the same for the mentions whose gold date is of low confidence."""

    scored: int = 0
    right: int = 0
    unsure_scored: int = 0
    unsure_right: int = 0

    def __add__(self, other: DateScore) -> DateScore:
        return DateScore(self.scored + other.scored, self.right + other.right,
                         self.unsure_scored + other.unsure_scored, self.unsure_right + other.unsure_right)  # fmt: skip

    @property
    def share(self) -> float:
        """Share of the scored events dated right (1.0 when none is scored)."""
        return _ratio(self.right, self.scored)

    @property
    def unsure_share(self) -> float:
        """The same share for the gold dates of low confidence."""
        return _ratio(self.unsure_right, self.unsure_scored)


def _fields(geocoding: Geocoding) -> tuple[int, ...]:
    return (geocoding.gold, geocoding.found, geocoding.same, geocoding.within_10km, geocoding.within_161km)


def _ratio(numerator: int, denominator: int) -> float:
    return numerator / denominator if denominator else 1.0


class _Counts:
    """Precision, recall and F1 from pair counts (a mixin of the score classes)."""

    __slots__ = ()
    true_positives: int
    false_positives: int
    false_negatives: int

    @property
    def precision(self) -> float:
        """Share of the pairs given that are right (1.0 when none is given)."""
        return _ratio(self.true_positives, self.true_positives + self.false_positives)

    @property
    def recall(self) -> float:
        """Share of the required pairs that are given (1.0 when none is required)."""
        return _ratio(self.true_positives, self.true_positives + self.false_negatives)

    @property
    def f1(self) -> float:
        """Harmonic mean of precision and recall."""
        p, r = self.precision, self.recall
        return 2 * p * r / (p + r) if p + r else 0.0


@dataclass(frozen=True, slots=True)
class DocumentScore(_Counts):
    """The scores of one gold document. ``geocoding`` is ``None`` for seeds gold."""

    document: str
    true_positives: int
    false_positives: int
    false_negatives: int
    optional_found: int
    misses: tuple[Finding, ...]
    false_alarms: tuple[Finding, ...]
    geocoding: Geocoding | None = None
    geocoding_errors: tuple[Finding, ...] = ()
    expected: int = 0
    expected_found: int = 0
    must_not: int = 0
    must_not_hit: int = 0
    judged: tuple[tuple[float, bool], ...] = ()
    """Each (place, status) pair given, as (its confidence, whether it is right); optional pairs are left out."""
    dates: DateScore | None = None
    date_errors: tuple[Finding, ...] = ()


RELIABILITY_BANDS = (0.0, 0.2, 0.4, 0.6, 0.8, 0.9, 1.0)
"""The confidence bands of :meth:`Evaluation.reliability`: [0, 0.2), ..., [0.9, 1.0]."""


@dataclass(frozen=True, slots=True)
class Band:
    """The pairs given with a confidence in ``[low, high)`` (the last band includes 1.0), and how many are right."""

    low: float
    high: float
    given: int
    right: int

    @property
    def share(self) -> float:
        """Share of the band's pairs that are right (1.0 when it is empty)."""
        return _ratio(self.right, self.given)


@dataclass(frozen=True, slots=True)
class Evaluation(_Counts):
    """The scores of every document, and their totals (pairs counted over all documents)."""

    documents: tuple[DocumentScore, ...]

    @property
    def true_positives(self) -> int:  # type: ignore[override]
        return sum(d.true_positives for d in self.documents)

    @property
    def false_positives(self) -> int:  # type: ignore[override]
        return sum(d.false_positives for d in self.documents)

    @property
    def false_negatives(self) -> int:  # type: ignore[override]
        return sum(d.false_negatives for d in self.documents)

    @property
    def geocoding(self) -> Geocoding | None:
        """Geocoding totals over the per-mention documents (``None`` if there is none)."""
        scores = [d.geocoding for d in self.documents if d.geocoding is not None]
        return sum(scores, Geocoding()) if scores else None

    @property
    def dates(self) -> DateScore | None:
        """Event-date totals over the per-mention documents (``None`` if there is none)."""
        scores = [d.dates for d in self.documents if d.dates is not None]
        return sum(scores, DateScore()) if scores else None

    @property
    def misses(self) -> list[Finding]:
        return [f for d in self.documents for f in d.misses]

    def reliability(self, bands: Sequence[float] = RELIABILITY_BANDS) -> list[Band]:
        """How often a pair given with each confidence is right: a confidence that means something
        has the share right rise with the band."""
        judged = [pair for d in self.documents for pair in d.judged]
        out = []
        for low, high in zip(bands, bands[1:]):
            last = high >= bands[-1]
            inside = [right for confidence, right in judged if low <= confidence and (confidence < high or last)]
            out.append(Band(low, high, len(inside), sum(inside)))
        return out

    @property
    def false_alarms(self) -> list[Finding]:
        return [f for d in self.documents for f in d.false_alarms]
