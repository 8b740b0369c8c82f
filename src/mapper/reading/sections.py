"""A raion that heads a section of a digest ("## Nikopol district", then the day's strikes in it) was struck where
the section says its places were; a step after :mod:`mapper.reading.status`, which reads one sentence at a time.

Oblast administrations report a day's shelling raion by raion, each under a heading that names only the raion. The
heading has no verb of its own; the sentences under it tell what was hit. The annotators read such a raion as
attacked (six times of six in the development sets), as they read "In Beryslav raion, guided bombs hit ...".
"""

from __future__ import annotations

from collections.abc import Mapping, Sequence

from mapper.reading.analysis import SentenceAnalysis
from mapper.reading.cuereading import StatusReading
from mapper.reading.sentences import Sentence

__all__ = ["headed_raions"]

_CONFIDENCE = 0.6
"""A heading's status is read from the section under it: surer than a guess, less than a verb of its own."""


def headed_raions(
    sentences: Sequence[Sentence], analyses: Mapping[int, SentenceAnalysis], readings: list[tuple[StatusReading, ...]]
) -> list[tuple[StatusReading, ...]]:
    """``readings`` (one tuple per mention, in the order of ``analyses``) with the raion a heading names alone
    given "attacked" where a sentence of its section reports an attack."""
    headings = [s.start for s in sentences if s.kind == "heading"]
    if not headings:
        return readings
    first: dict[int, int] = {}  # each analysed sentence's first mention, an index into readings
    count = 0
    for start, analysis in analyses.items():
        first[start] = count
        count += len(analysis.spans)
    out = list(readings)
    for k, heading in enumerate(headings):
        analysis = analyses.get(heading)
        if analysis is None or analysis.kinds != ("raion",) or out[first[heading]]:
            continue
        end = headings[k + 1] if k + 1 < len(headings) else None
        attacked = next(
            (r for start in analyses if heading < start and (end is None or start < end)
             for found in out[first[start] : first[start] + len(analyses[start].spans)] for r in found
             if r.status == "attacked"),
            None,
        )  # fmt: skip
        if attacked is not None:
            out[first[heading]] = (StatusReading("attacked", attacked.cue, _CONFIDENCE),)
    return out
