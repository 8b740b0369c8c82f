"""Namesakes decided by the oblast or raion a sentence names: "Bilohirka in the Kherson region",
"A, B and C in Kharkiv Oblast", "seven villages in Svatove Raion: ..." keep the candidates inside it;
"Novoiehorivka, near the boundary with Luhansk Oblast" sets aside those inside it."""

from __future__ import annotations

import re
from collections.abc import Collection, Sequence

from mapper.model import Candidate, Mention, Place
from mapper.reading.analysis import SentenceIndex
from mapper.reading.geography import km_to
from mapper.reading.locators import LOCATOR_GAP, REFERENCE_BEFORE
from mapper.reading.namesakes import GONE, Resolution, one_each, within

__all__ = ["by_admin_named_nearby", "by_boundary_named", "by_republic_named"]


def by_admin_named_nearby(
    mentions: Sequence[Mention], sentences: SentenceIndex, chosen: list[Resolution | None], pending: dict[int, tuple[Candidate, ...]],
    located: dict[int, frozenset[int]] | None = None, placed: Collection[int] = (),
) -> None:
    """Keep the namesakes inside the oblast or raion the sentence names by a name; where one is left, it
    is the place. ``located`` receives, for the names a division locates directly ("Rubizhne (Kharkiv
    Oblast)", "A and B in Sumy Oblast") with several namesakes left inside it, their ids. A name in ``placed``
    has a position of its own in its sentence ("B near Lyman"): only a division locating it directly counts,
    not one named before it for other names ("A in Bakhmut Raion, and B near Lyman")."""
    divisions: dict[int, list[int]] = {}  # by sentence: the oblasts and raions it names
    listed: dict[int, list[int]] = {}  # the same, with those named as a reference ("the border between A and B")
    for j, mention in enumerate(mentions):
        if mention.kind in ("region", "raion"):
            listed.setdefault(mention.sentence_start, []).append(j)
            if not _named_as_reference(mention):
                divisions.setdefault(mention.sentence_start, []).append(j)
    insides: dict[tuple[int, ...], tuple[Candidate, ...]] = {}  # by (candidate tuple, divisions)
    for i in list(pending):
        same_sentence = divisions.get(mentions[i].sentence_start)
        if not same_sentence or not any(j != i and chosen[j] is not None and chosen[j].place is not None for j in same_sentence):  # type: ignore[union-attr]
            continue
        # The division locating the name's own list ("A and B in the Sumy oblast"), else the
        # nearest one named before it ("villages in Svatove Raion: A, B"), else the sentence's only one.
        following = [j for j in same_sentence if j > i]
        locating = following[:1] if following and _locates(mentions, sentences, i, following[0]) else []
        # (a division in parentheses locates only the list before it: "near A (Luhansk Oblast) ... and near B")
        # (and not across a clause: "A and B, in Luhansk Oblast, and its units pushed through C" leaves C be)
        # (nor does one set off by commas after a name: "Snihurivka, in Mykolaiv Oblast, as well as Kyselivka")
        preceding = [] if i in placed else [
            j for j in same_sentence
            if j < i and not _bracketed(mentions[j]) and not _set_off(mentions[j]) and not _new_clause(mentions[j], mentions[i])
        ][-1:]  # fmt: skip
        # (a list of divisions locates in any of them: "on the border between Donetsk and Zaporizhzhia Oblasts in A")
        ordered = [
            [chosen[k].place for k in _listed_with(sentences, j, listed[mentions[i].sentence_start]) if chosen[k] and chosen[k].place]  # type: ignore[union-attr]
            for j in locating + preceding
        ]
        for n, group in enumerate(ordered):
            if not group or (n >= len(locating) and _mate_outside(sentences, chosen, i, group)):
                continue
            if (n >= len(locating) or len(group) > 1) and _capital_outside(pending[i], group):
                continue  # "in Zhytomyr and Dnipropetrovsk regions and in the southern city of Zaporizhzhia": the city
            key = (id(pending[i]), *(division.geonameid for division in group))
            inside = insides.get(key)  # type: ignore[assignment]
            if inside is None:
                inside = tuple(c for c in pending[i] if any(within(c.place, division) for division in group))
                # (an abandoned namesake is the one meant where it is the only one inside the division the text
                # names, "Lozove in Kherson Oblast"; beside a living one there, the living one)
                living = tuple(c for c in inside if c.place.feature_code not in GONE)
                inside = insides[key] = living or inside or one_each(
                    c for c in mentions[i].candidates if any(within(c.place, division) for division in group)
                )
            if inside:
                break
        else:
            continue
        if len(inside) == 1:
            named = " or ".join(division.name for division in group)
            chosen[i] = Resolution(inside[0].place, f"admin named nearby ({named})", 0.9)
            del pending[i]
        else:
            pending[i] = inside
            if located is not None and n < len(locating) and _attached(mentions, i, locating[0]):
                located[i] = frozenset(c.place.geonameid for c in inside)


def _capital_outside(candidates: tuple[Candidate, ...], divisions: Sequence[Place]) -> bool:
    """Whether a namesake outside ``divisions`` is an oblast's capital (or the country's): a division the text names before the name, or
    in a list of divisions, does not move it onto a hamlet of the same name inside (only one attached to it does:
    "Zaporizhzhia, Dnipropetrovsk Oblast")."""
    return any(c.place.feature_code in ("PPLA", "PPLC") and not any(within(c.place, d) for d in divisions) for c in candidates)


def _mate_outside(sentences: SentenceIndex, chosen: list[Resolution | None], i: int, divisions: Sequence[Place]) -> bool:
    """Whether a name listed with the one at ``i`` is placed outside the ``divisions`` named before the list: then
    they do not locate it ("the push into Dnipropetrovsk Oblast to stretch forces defending Pokrovsk and
    Kostiantynivka": Pokrovsk lies in Donetsk Oblast, and so does the city listed with it)."""
    analysis, k = sentences.of(i)
    for m in range(len(analysis.groups)):
        resolution = chosen[i + m - k]
        if (m != k and analysis.groups[m] == analysis.groups[k] and resolution is not None and resolution.place is not None
                and sentences.mentions[i + m - k].kind == "settlement"
                and not any(within(resolution.place, division) for division in divisions)):  # fmt: skip
            return True
    return False


def by_republic_named(mentions: Sequence[Mention], chosen: list[Resolution | None], pending: dict[int, tuple[Candidate, ...]]) -> None:
    """A name placed by the Russian-installed "republic" named right by it ("Olenivka, in DPR-held territory", "a camp
    of the LPR near X"): its namesakes in that republic's oblast, where there are any, are the ones meant."""
    for i in list(pending):
        mention = mentions[i]
        start, end = mention.start - mention.sentence_start, mention.end - mention.sentence_start
        near = [m for m in _REPUBLIC.finditer(mention.sentence, max(0, start - _REPUBLIC_CHARS), end + _REPUBLIC_CHARS)
                if m.end() <= start or m.start() >= end]
        if not near:
            continue
        nearest = min(near, key=lambda m: min(abs(m.start() - end), abs(start - m.end())))
        oblast = _REPUBLIC_OBLAST[nearest.group()[0].upper()]
        inside = tuple(c for c in pending[i] if c.place.admin1_code == oblast)
        if len(inside) == 1:
            chosen[i] = Resolution(inside[0].place, f"admin named nearby ({nearest.group()})", 0.8)
            del pending[i]
        elif inside:
            pending[i] = inside


_REPUBLIC = re.compile(r"\b(?-i:DPR|LPR|DNR|LNR)\b|\b(?:Donetsk|Luhansk|Lugansk)\s+People['’]s\s+Republic\b", re.IGNORECASE)
_REPUBLIC_OBLAST = {"D": "05", "L": "14"}
"""The oblast each republic's name stands in, by its first letter (GeoNames admin1 codes: Donetsk 05, Luhansk 14)."""
_REPUBLIC_CHARS = 60
"""How near a name the republic must be named to place it."""


def by_boundary_named(
    mentions: Sequence[Mention], chosen: list[Resolution | None], pending: dict[int, tuple[Candidate, ...]]
) -> None:
    """A name placed by the boundary of a division ("Novoiehorivka, near the boundary with Luhansk
    Oblast") lies outside it: its namesakes inside that division are set aside."""
    for j, division in enumerate(mentions):
        i = j - 1
        if i not in pending or division.kind not in ("region", "raion") or mentions[i].sentence_start != division.sentence_start:
            continue
        resolution = chosen[j]
        gap = division.sentence[mentions[i].end - division.sentence_start : division.start - division.sentence_start]
        if resolution is None or resolution.place is None or not _BESIDE_BOUNDARY.fullmatch(gap):
            continue
        outside = tuple(c for c in pending[i] if not within(c.place, resolution.place))
        if outside:  # and near it: within a day's drive of the nearest, as seen from its centre
            nearest = min(km_to(c.place, (resolution.place.latitude, resolution.place.longitude)) for c in outside)
            outside = tuple(c for c in outside if km_to(c.place, (resolution.place.latitude, resolution.place.longitude)) <= nearest + _BESIDE_KM)
        if len(outside) == 1:
            chosen[i] = Resolution(outside[0].place, f"admin named nearby (beside {resolution.place.name})", 0.8)
            del pending[i]
        elif outside:
            pending[i] = outside


_BESIDE_KM = 50.0
"""How much farther from a division's centre than the nearest namesake outside it another may lie
and still be "near its boundary"."""


_BESIDE_BOUNDARY = re.compile(
    r"\s*,?\s*(?:(?:just|right)\s+)?(?:near|close\s+to|on|along|by|at)\s+the\s+(?:[\w-]+\s+)?(?:boundary|border|frontier)\s+(?:with|of)\s+(?:the\s+)?",
    re.IGNORECASE,
)


def _listed_with(sentences: SentenceIndex, j: int, divisions: list[int]) -> list[int]:
    """Division ``j`` and the divisions of its kind listed with it ("Donetsk and Zaporizhzhia Oblasts"; not the
    oblast after a raion, "Synelnykove district, Dnipropetrovsk Oblast", which only holds it)."""
    analysis, k = sentences.of(j)
    kind = sentences.mentions[j].kind
    return [
        d for d in divisions
        if d == j or (
            analysis.groups[k + (d - j)] == analysis.groups[k]
            # (divisions side by side: "A in Luhansk Oblast and B, C in Donetsk Oblast" lists no two oblasts)
            and all(sentences.mentions[m].kind == kind for m in range(min(d, j), max(d, j) + 1))
        )
    ]  # fmt: skip


def _new_clause(division: Mention, mention: Mention) -> bool:
    """Whether a new clause with a subject of its own starts between a division and a later name."""
    gap = mention.sentence[division.end - division.sentence_start : mention.start - mention.sentence_start]
    return bool(_CLAUSE_AFTER.search(gap))


# (or a noun phrase of its own: "after its counteroffensive in Kharkiv Oblast and the liberation of Lyman")
_CLAUSE_AFTER = re.compile(
    r"(?:(?:,\s*(?:and|but|while|whereas)|;)\s+(?:its|their|the|his|they|it|Russian|Ukrainian)"
    r"|\s+and\s+(?:its|their|the)\s+(?:[\w-]+\s+){0,2}?(?:liberation|capture|fall|loss|recapture|seizure|defen[cs]e|battle|siege|shelling|occupation)\s+of)\b",
    re.IGNORECASE,
)


def _named_as_reference(mention: Mention) -> bool:
    """An oblast named as where a road leads or a border runs ("on the road to Dnipropetrovsk Oblast",
    "the boundary with Luhansk Oblast") locates nothing inside it."""
    offset = mention.start - mention.sentence_start
    return bool(REFERENCE_BEFORE.search(mention.sentence, max(0, offset - 40), offset)) or bool(
        _BOUNDARY_WITH.search(mention.sentence, max(0, offset - 40), offset)
    )


_NEW_LEG = re.compile(r",\s*(?:and\s+|as\s+well\s+as\s+)?(?:on|near|at|against|around)\s", re.IGNORECASE)
_BOUNDARY_WITH = re.compile(r"\b(?:boundary|border|frontier)\s+(?:with|of)\s+(?:the\s+)?$", re.IGNORECASE)


def _set_off(division: Mention) -> bool:
    """Whether a division is an aside on the name before it: ", in Mykolaiv Oblast," between commas (or closing its
    part of a series: "west towards A and B, in Donetsk Oblast; and north-east towards C")."""
    before = division.sentence[: division.start - division.sentence_start]
    after = division.sentence[division.end - division.sentence_start :]
    return bool(_ASIDE_OPENS.search(before)) and after.lstrip().startswith((",", ";"))


_ASIDE_OPENS = re.compile(r"\w,\s*(?:in|of)\s+(?:the\s+)?$")


def _bracketed(mention: Mention) -> bool:
    offset = mention.start - mention.sentence_start
    return mention.sentence.count("(", 0, offset) > mention.sentence.count(")", 0, offset)


def _attached(mentions: Sequence[Mention], i: int, j: int) -> bool:
    """Whether division ``j`` follows the name before it (``i`` or the last of its list) right away:
    "Rubizhne (Kharkiv Oblast)", "A and B in the Sumy region", "Dachne, Dnipropetrovsk Oblast"."""
    gap = mentions[j].sentence[mentions[j - 1].end - mentions[j].sentence_start : mentions[j].start - mentions[j].sentence_start]
    return mentions[j - 1].sentence_start == mentions[j].sentence_start and bool(_ATTACHED.fullmatch(gap))


_KIND_OF_END = re.compile(r"\bthe\s+(?:village|town|city|settlement|hamlet)\s+of\s+$", re.IGNORECASE)
_ATTACHED = re.compile(r"\s*(?:\(|,|,?\s*in(?:\s+the)?)\s*", re.IGNORECASE)


_ELSEWHERE = re.compile(r"\b(?:to|into|towards?|from|for|than)\s", re.IGNORECASE)
"""A division named as where people go or come from, not where the name before lies ("families who remain in X to
evacuate to safer areas of Y Oblast")."""


def _locates(mentions: Sequence[Mention], sentences: SentenceIndex, i: int, j: int) -> bool:
    """Whether the division ``j`` locates name ``i``: the next name after it ("Bilohirka, which
    lies in the Kherson region"), or the list ``i`` belongs to ("A and B in the Sumy oblast")."""
    sentence = mentions[i].sentence
    base = mentions[i].sentence_start
    if j == i + 1:
        gap = sentence[mentions[i].end - base : mentions[j].start - base]
        return len(gap.split()) <= 12 and not _ELSEWHERE.search(gap)
    analysis, k = sentences.of(i)
    if analysis.groups[k + (j - 1 - i)] != analysis.groups[k]:
        return False
    if _NEW_LEG.search(sentence, mentions[i].end - base, mentions[j].start - base):
        return False  # "on A and B, and on C and D in Zaporizhzhia Oblast": the oblast locates the last leg only
    spans = analysis.spans[k : k + (j - i)]
    if len(spans) > 1 and _KIND_OF_END.search(sentence, spans[-2][1], spans[-1][0]):
        return False  # "struck Zaporizhzhia and the village of Pokrovske in Dnipropetrovsk Oblast": the village's only
    gap_end = mentions[j].start - base
    if sentence[spans[-1][1] : gap_end].strip() == "(":
        return True  # "A, B and C (Luhansk oblast)"
    return bool(LOCATOR_GAP.fullmatch(sentence, spans[-1][1], gap_end))
