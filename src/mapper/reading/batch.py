"""Names a report's own text leaves open, decided by what surrounds the report: its title, and the
other reports read with it (a batch of captions from one front, filed over a few days).

A one-line caption ("Shelling of Pavlivka") cannot tell 30 Pavlivkas apart. Its title may
("Kherson region", "Avdiivka front"), and so may the batch's other reports: one may place the same
name ("Shelling of Pavlivka near Vuhledar"), or name places near one of them. The title outweighs
the size that chose among namesakes; the batch outweighs only a guess among villages.
"""

from __future__ import annotations

from collections.abc import Sequence

from mapper.model import Candidate, Mention, Place
from mapper.reading.closeness import alternates_of, nearest_namesake
from mapper.reading.geography import Anchors, size_bonus
from mapper.reading.namesakes import (
    TOWN_POPULATION,
    Resolution,
    distinct,
    largest_first,
    match_confidence,
    size_rank,
)

__all__ = ["FIRM", "TITLE_DECIDES", "NameIndex", "name_index", "resolve_from_batch", "title_decided"]


def _oblast_centre(place: Place) -> bool:
    return place.feature_code in ("PPLA", "PPLC")


_TITLE_KM = 50.0
"""A namesake this close to the town a report's title names ("Sumy front") is the one meant."""

_BATCH_KM = 20.0
"""A namesake this close to a place another report of the batch names is the one meant."""
_FAR_KM = 150.0
"""A namesake this far from every place of the batch is none its reports tell of, where others lie among them."""


FIRM = ("only candidate (exact", "only candidate (folded", "admin named nearby", "position given", "major city",
        "town a direction", "near other places")
"""How a mention is resolved when the text itself decided its place: such places are context for others."""
def title_decided(how: str) -> bool:
    """Whether a mention was resolved by its report's title (not by size within the title's oblast): for the batch's
    other reports as firm as what a text decides ("Kupiansk direction": "Kamenka" is the one by Kupiansk, and so is a
    later bare "Kamianka" of the batch)."""
    return how in ("named in the title", "oblast named in the title") or how.startswith("near the place of the title (")


TITLE_DECIDES = ("undecided", "kind and size", "dominant town")
"""How a mention is resolved when its report's text chose by size alone: what the report's title may overrule."""


def resolve_from_batch(
    mentions: Sequence[Mention],
    resolutions: Sequence[Resolution],
    batch: Sequence[tuple[Mention, Resolution]],
    title: Sequence[tuple[Mention, Resolution]] = (),
    names: NameIndex | None = None,
    feed: Sequence[tuple[Mention, Resolution]] = (),
    caption: bool = False,
) -> list[Resolution]:
    """The resolutions of one report, its undecided names placed by what the batch's other reports say.

    A one-line caption ("Shelling of Pavlivka") cannot tell 30 Pavlivkas apart; another report of the
    batch may place the same name ("Shelling of Pavlivka near Vuhledar"), or name places near one of
    them (captions from one front). ``batch`` holds the other reports' mentions whose place their own
    text decided (those of the same days), ``feed`` those of the whole batch. A name its own report left
    undecided, or to the rank of villages, takes the namesake the batch placed by that name, else the one
    clearly nearest the places of the same days, else of the whole batch (captions of one front filed over
    months); a name listed with one so placed, the namesake beside it; a ``caption``'s name (a report too short to
    say more), one of the namesakes near the batch's places rather than one far from them all. Before them all
    comes what the report's own ``title`` places (:func:`mapper.reading.titles.title_places`): the
    namesake inside the oblast it names ("Kherson region"), or clearly nearest the town it names
    ("Avdiivka front").
    """
    if not batch and not title and not names and not feed:
        return list(resolutions)
    heading = _Title(title)
    others = _Batch(batch, name_index(batch) if names is None else names)
    whole = _Batch(feed, {}) if feed else None
    out = list(resolutions)
    for i, resolution in enumerate(resolutions):
        if resolution.how not in TITLE_DECIDES:
            continue
        candidates = _left_open(mentions[i], resolution)
        if len(candidates) < 2:
            continue
        # the title outweighs size ("Zaporizhzhia front" over "back in Piatykhatky": the village by the
        # front, not the town of that name elsewhere); the batch's other reports do not
        decided, candidates = heading.place(resolution, candidates)
        if decided is not None:
            out[i] = decided
            if decided.how != _TITLE_AND_SIZE:
                continue
        # (a town far from every place of a feed of captions is not what the feed's captions mean: "Zolochiv" in a
        # feed from Kharkiv Oblast is the town there, not the larger one in Lviv Oblast)
        remote = caption and whole is not None and whole.remote(resolution.place)
        if (batch or names or feed) and resolution.how in _BATCH_DECIDES and (remote or not (
            resolution.place is not None and resolution.place.population >= _BATCH_KEEPS
        )):  # a village or small town chosen for its rank is a guess; a town of 10,000 is what readers mean
            out[i] = (others.named(mentions[i], candidates) or others.near(candidates)
                      or (whole.near(candidates) if whole is not None else None)
                      or (caption and (whole or others).among_near(candidates, resolution))
                      or (remote and whole.of_the_front(candidates)) or out[i])
        if (
            out[i] is resolution and resolution.how in _BATCH_DECIDES and candidates
            and resolution.place not in {c.place for c in candidates}
        ):
            # the title's oblast holds several, and neither it nor the batch tells them apart: one of them,
            # not a namesake outside the oblast the title names ("Donetsk region" over "... push into Pishchane")
            top = largest_first(candidates, heading.oblasts)[0]
            held = frozenset(c.place.geonameid for c in candidates)
            out[i] = Resolution(top.place, _TITLE_UNDECIDED, 0.3 * match_confidence(top), held)
    return _beside_the_placed(mentions, resolutions, out)


def _clearly_nearest(
    candidates: tuple[Candidate, ...], anchors: Anchors, sentence: int, within: float
) -> tuple[Candidate, float] | None:
    """The namesake nearest ``anchors`` when it lies ``within`` km of them and 10 km nearer than the next, with its
    distance in km (its size's bonus given back); else None."""
    # (a place that bears the name only as a former one counts for less: "Hrodivka" is the village, not Myrnohrad,
    # once so called, though the batch's other reports name Myrnohrad)
    score, runner_up, best = nearest_namesake(candidates, anchors, sentence, [], None, {}, alternates_of(candidates))
    if score <= within and runner_up > score + 10.0:
        return best, max(0.0, score + size_bonus(best.place))
    return None


def _left_open(mention: Mention, resolution: Resolution) -> tuple[Candidate, ...]:
    """The namesakes a report's own text left open ("Dachne, Dnipropetrovsk Oblast": its Dachnes; else all)."""
    candidates = distinct(mention.candidates)
    if resolution.open:
        candidates = tuple(c for c in candidates if c.place.geonameid in resolution.open)
    return candidates


def _beside_the_placed(mentions: Sequence[Mention], resolutions: Sequence[Resolution], out: list[Resolution]) -> list[Resolution]:
    """``out`` with the names the batch left as their report's text chose them placed beside the names of their own
    sentence the batch did place: "Russian assaults near Sosnivka and Vorone repelled", once the batch has placed
    Vorone, is the Sosnivka next to it, not a town of that name across the country."""
    placed = Anchors()
    for i, resolution in enumerate(out):
        if resolution is not resolutions[i] and resolution.place is not None:
            placed.add(mentions[i].sentence_start, resolution.place)
    if not placed:
        return out
    for i, resolution in enumerate(resolutions):
        sentence = mentions[i].sentence_start
        if out[i] is not resolution or resolution.how not in _BESIDE_DECIDES or not placed.in_sentence(sentence):
            continue  # (a town that dominates its name, too: "Assaults near Kamianske and Stepove", Stepove by the front)
        candidates = _left_open(mentions[i], resolution)
        if len(candidates) < 2:
            continue
        if (nearest := _clearly_nearest(candidates, placed, sentence, _BATCH_KM)) is not None:
            best, km = nearest
            out[i] = Resolution(best.place, f"beside a place the batch placed ({km:.0f} km)", 0.5 * match_confidence(best))
    return out


_FRONT_PLACES = 5
"""A batch naming this many places has a front (a region its reports tell of)."""
_FRONT_KM = 60.0
"""A namesake this close to a place of a batch's front is the one a caption of it means, where the size's choice lies
far from every one."""
_TITLE_AND_SIZE = "oblast named in the title, and size"
_TITLE_UNDECIDED = "oblast named in the title, undecided"
_BATCH_DECIDES = ("undecided", "kind and size")
"""How a mention is resolved when its report's text told its namesakes apart by nothing, or by rank among villages."""
_BESIDE_DECIDES = (*_BATCH_DECIDES, "dominant town")
"""What a name listed with one the batch placed may be moved from: a town that dominates its name, too (a name's
neighbour in its own list outweighs its size; the batch's other reports do not: letting them move such towns took two
caption sets down a pair each, 2026-12-06)."""
_BATCH_KEEPS = 2 * TOWN_POPULATION
"""A namesake chosen for its rank this large is kept against the batch: a town that size is what readers mean by
the name; a smaller one (an urban-type settlement of 9,700 called Andriivka) is not, in captions from a front where
a village of the name lies (the development sets, 2026-12-04)."""


class _Title:
    """What a report's title says of where its places lie: the oblasts it names (an oblast's centre, as in
    "Zaporizhzhia front", names its oblast's front, not its streets), its other places, all it names."""

    def __init__(self, title: Sequence[tuple[Mention, Resolution]]) -> None:
        places = [(m, r.place) for m, r in title if r.place is not None]
        self.oblasts = {p.admin1_code for m, p in places if m.kind == "region" or _oblast_centre(p)}
        self.named = {p.geonameid for _, p in places}
        self.towns = Anchors()
        for mention, place in places:
            if mention.kind != "region" and not _oblast_centre(place):
                self.towns.add(-1, place)

    def place(self, resolution: Resolution, candidates: tuple[Candidate, ...]) -> tuple[Resolution | None, tuple[Candidate, ...]]:
        """The namesake the title decides, if any, and the candidates left for the batch to weigh."""
        same = [c for c in candidates if c.place.geonameid in self.named]
        if same:  # the title names it too ("Dobropillia" over "advance north-east of Dobropillia")
            return (resolution if resolution.place == same[0].place else Resolution(same[0].place, "named in the title", 0.7)), ()
        if resolution.how == "dominant town" and resolution.place is not None and (
            resolution.place.admin1_code in self.oblasts
            or (self.towns and self.towns.closeness(resolution.place, -2) <= _TITLE_KM)
            or not (self.oblasts or self.towns)
        ):
            return None, candidates  # the town is where the title says, or the title says nothing of where
        decided = None
        inside = [c for c in candidates if c.place.admin1_code in self.oblasts]
        if len(inside) == 1:
            return Resolution(inside[0].place, "oblast named in the title", 0.7 * match_confidence(inside[0])), ()
        if inside:  # several there: the batch may tell them apart (those whose own name it is), else the largest
            ranked = largest_first(tuple(inside), self.oblasts)
            candidates = tuple(ranked)
            if len(ranked) == 1 or size_rank(ranked[0], self.oblasts) > size_rank(ranked[1], self.oblasts):
                decided = Resolution(ranked[0].place, _TITLE_AND_SIZE, 0.5 * match_confidence(ranked[0]))
        if self.towns and (nearest := _clearly_nearest(candidates, self.towns, -2, _TITLE_KM)) is not None:
            best, km = nearest
            return Resolution(best.place, f"near the place of the title ({km:.0f} km)", 0.6 * match_confidence(best)), ()
        return decided, candidates


NameIndex = dict[int, list[tuple[frozenset[int], Place, str]]]
"""By each namesake of a name: the namesakes a report chose among (by geonameid), the place it chose, and the report."""


def name_index(placed: Sequence[tuple[Mention, Resolution]]) -> NameIndex:
    """The places the reports of a batch gave their names, by each of a name's namesakes (made once for a batch: a
    name is one place through a feed, whatever day its reports bear)."""
    index: NameIndex = {}
    for m, r in placed:
        if len(m.candidates) > 1 and r.place is not None:
            ids = frozenset(c.place.geonameid for c in m.candidates)
            for geonameid in ids:
                index.setdefault(geonameid, []).append((ids, r.place, m.report_id))
    return index


class _Batch:
    """What the other reports of a batch decided: the places of their names (``by_namesake``, see :func:`name_index`),
    and where the places of ``batch`` (those of the same days) lie."""

    def __init__(self, batch: Sequence[tuple[Mention, Resolution]], by_namesake: NameIndex) -> None:
        self.by_namesake = by_namesake
        self.anchors = Anchors()
        for _, resolution in batch:
            self.anchors.add(-1, resolution.place)  # type: ignore[arg-type]

    def named(self, mention: Mention, candidates: tuple[Candidate, ...]) -> Resolution | None:
        """The namesake another report placed by the same name (in any spelling: "Kamenka" for "Kamianka", the two
        sharing most namesakes), when the batch placed it at one place."""
        ids = frozenset(c.place.geonameid for c in mention.candidates)
        kept = {c.place.geonameid for c in candidates}
        chosen = {place.geonameid: place for c in candidates for others, place, report in self.by_namesake.get(c.place.geonameid, ())
                  if report != mention.report_id and place.geonameid in kept and len(ids & others) * 2 >= len(ids | others)}  # fmt: skip
        if len(chosen) == 1:
            return Resolution(next(iter(chosen.values())), "same name in another report of the batch", 0.6)
        return None

    def among_near(self, candidates: tuple[Candidate, ...], resolution: Resolution) -> Resolution | None:
        """Where the batch's places lie near several namesakes and none clearly nearest, and its size chose one far from
        them all: the largest of those near ("Pavlivka" in a feed from a front with two Pavlivkas is one of them, not
        the village of that name 800 km away)."""
        if resolution.place is None or self.anchors.closeness(resolution.place, -2) <= _FAR_KM:
            return None
        near = tuple(c for c in candidates if self.anchors.closeness(c.place, -2) + size_bonus(c.place) <= _BATCH_KM)
        if not near:
            return None
        top = largest_first(near, set())[0]
        return Resolution(top.place, "near places of other reports, undecided", 0.3 * match_confidence(top),
                          frozenset(c.place.geonameid for c in near))

    def remote(self, place: Place | None) -> bool:
        """Whether ``place`` lies far (_FAR_KM) from every place of a batch that names enough of them to have a front."""
        return place is not None and len(self.anchors) >= _FRONT_PLACES and self.anchors.closeness(place, -2) > _FAR_KM

    def of_the_front(self, candidates: tuple[Candidate, ...]) -> Resolution | None:
        """The largest of the namesakes within _FRONT_KM of the batch's places, if any."""
        near = tuple(c for c in candidates if self.anchors.closeness(c.place, -2) + size_bonus(c.place) <= _FRONT_KM)
        if not near:
            return None
        top = largest_first(near, set())[0]
        return Resolution(top.place, "among the places of the batch, by size", 0.4 * match_confidence(top),
                          frozenset(c.place.geonameid for c in near))

    def near(self, candidates: tuple[Candidate, ...]) -> Resolution | None:
        """The namesake clearly nearest the places the batch's reports of the same days decided."""
        if (nearest := _clearly_nearest(candidates, self.anchors, -2, _BATCH_KM)) is not None:
            best, km = nearest
            return Resolution(best.place, f"near places of other reports ({km:.0f} km)", 0.5 * match_confidence(best))
        return None
