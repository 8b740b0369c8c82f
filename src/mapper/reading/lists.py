"""The lists of names a cue governs: coordinated lists joined across locators, their members,
and the names that take no status at all (a modifier: "the Kharkiv front"; a locator: "Sosnove in
Donetsk Oblast"; a name in parentheses). The names an anaphoric object stands for ("recaptured
them") are :mod:`mapper.reading.antecedents`'."""

from __future__ import annotations

import re
from collections.abc import Sequence

from mapper._types import MentionKind
from mapper.reading import grammar, locators
from mapper.reading.cuefinder import Cue, words

__all__ = ["CLAUSE_JOIN", "DISTRICT_WORDS", "OWN_PREDICATE", "city_of_district", "group_members", "group_tail", "in_parentheses", "is_locator", "is_modifier", "join_lists", "locates_the_name_before", "region_aside", "region_of_a_town", "split_clauses", "split_counted_locator", "split_fronted_region", "split_label_from_speaker", "strip_parentheses"]


def group_tail(groups: Sequence[int], head: int) -> int:
    return max(i for i, g in enumerate(groups) if g == groups[head])

def group_members(groups: list[int]) -> list[list[int]]:
    members: dict[int, list[int]] = {}
    for i, g in enumerate(groups):
        members.setdefault(g, []).append(i)
    return list(members.values())

# A clause joined to the one before with ", and": "held A, and B was shelled".
CLAUSE_JOIN = re.compile(r",\s*(?:and|but|while)\s+$", re.IGNORECASE)
_COLON_JOIN = re.compile(r"\s*:\s*")
OWN_PREDICATE = re.compile(
    r"(?:\s*,\s*[^,;:]{1,60}?,)?\s+(?:(?:had|has|have|was|were|is|are|also|then|later|still|soon|finally|itself)\s+)*"
    r"(?:(?:been|being)\s+)?(?:[a-z]+ed|fell|came|remained|remains|stayed|stays|held|holds|lay|lies|withstood|went|became|saw)\b"
    r"|\s+(?:still\s+)?(?:(?:has|have|had)\s+been|is|was|were|are)\s+(?!and\b|or\b)",  # ("..., and B has been their objective")
)
"""A verb of its own after the names a clause joined with ", and" opens on (after an apposition, perhaps)."""


def split_clauses(sentence: str, spans: Sequence[tuple[int, int]], groups: list[int], cues: Sequence[Cue]) -> None:
    """Split a cue's list where ", and" opens a clause of its own, with its own verb: in "Russian forces held A, and B,
    further south, was shelled daily" B is no object of "held" but the subject of "was shelled" (in place)."""
    for j in range(1, len(spans)):
        head = groups[j]
        if head != j and _COLON_JOIN.fullmatch(sentence, spans[j - 1][1], spans[j][0]) and OWN_PREDICATE.match(sentence, spans[j][1]):
            # "drove north toward the Vovcha: Bohoiavlenka fell in October": the colon opens a clause, no restated list
            for m in range(j, len(spans)):
                if groups[m] == head:
                    groups[m] = j
            continue
        if head == j or not CLAUSE_JOIN.search(sentence, spans[j - 1][1], spans[j][0]):
            continue
        if not any(c.end <= spans[head][0] and c.grammar != "back" and "," not in sentence[c.end : spans[head][0]] for c in cues) and (
            not locators.REFERENCE_BEFORE.search(sentence, max(0, spans[head][0] - 40), spans[head][0])
        ):
            continue  # the list is no cue's object ("A, B, and C were captured": the whole list is the subject), nor a
            # reference's ("the front settled south of A, and B remained in Russian hands": B is the clause's subject)
        last = j
        while last + 1 < len(spans) and groups[last + 1] == head and not CLAUSE_JOIN.search(sentence, spans[last][1], spans[last + 1][0]):
            last += 1
        if OWN_PREDICATE.match(sentence, spans[last][1]):
            for m in range(j, last + 1):
                groups[m] = j


def join_lists(
    sentence: str,
    spans: Sequence[tuple[int, int]],
    kinds: Sequence[MentionKind],
    groups: list[int],
) -> list[int]:
    """Lists that go on past a region locating their first part, or past a compass area.

    "A and B in the Sumy oblast and C in the Kharkiv oblast": A, B and C form one list.
    """
    joined = list(groups)
    for j in range(1, len(spans)):
        if joined[j] != j:
            # "took A, on the road to B, and C": the list of B and C is A's, less B (in A's apposition)
            k = None
            if joined[j] == joined[j - 1]:
                k = j - 2 if _after_bearing_anchor(sentence, spans, j) or _after_its_river(sentence, spans, kinds, j) else (
                    _before_apposition(sentence, spans, j)
                )
            if k is None and joined[j] == j - 1 and kinds[j - 1] in ("region", "raion") and kinds[j] not in ("region", "raion"):
                k = _located_by_region(sentence, spans, kinds, j - 1)  # "A and B in the Luhansk region and C"
            if k is not None and k < j - 1:
                old = joined[j]
                for m in range(j, len(spans)):
                    if joined[m] == old:
                        joined[m] = joined[k]
            continue  # not the head of a list
        previous = j - 1
        if kinds[previous] in ("region", "raion") and previous >= 1 and kinds[previous - 1] not in ("region", "raion"):
            located = _located_by_region(sentence, spans, kinds, previous)
            if located is None or not locators.LIST_JOIN.fullmatch(sentence, spans[previous][1], spans[j][0]):
                continue
        elif (
            locators.COMPASS_JOIN.fullmatch(sentence, spans[previous][1], spans[j][0])
            or locators.NOUN_LIST_JOIN.fullmatch(sentence, spans[previous][1], spans[j][0])
            or ((locators.DATE_LIST_JOIN.fullmatch(sentence, spans[previous][1], spans[j][0])
                 or locators.DATED_GAP_JOIN.fullmatch(sentence, spans[previous][1], spans[j][0]))
                and not OWN_PREDICATE.match(sentence, spans[group_tail(groups, j)][1]))  # (no verb of its own after it:
            # "After Russian forces occupied A in March 2014, B became a border region")
        ):
            located = previous
        elif (member := _before_apposition(sentence, spans, j)) is not None:
            located = member
        elif _after_bearing_anchor(sentence, spans, j):
            located = previous - 1  # "took A to the north of X, B to its west, ...": X only locates A
        elif previous >= 1 and _DIRECTION_JOIN.fullmatch(sentence, spans[previous][1], spans[j][0]) and (
            _IN_THE_GAP.fullmatch(sentence, spans[previous - 1][1], spans[previous][0])
        ):
            located = previous - 1  # "A and B in the Kharkiv direction and C in the Kupiansk direction": one list,
            joined[previous] = previous  # the direction's town no member of it
        else:
            continue
        for k in range(j, len(spans)):
            if joined[k] == j:
                joined[k] = joined[located]
    return joined

_DIRECTION_JOIN = re.compile(r"\s+(?:direction|sector|axis)\s*,?\s*(?:and|as\s+well\s+as)\s+(?:(?:in|near)\s+)?", re.IGNORECASE)
_IN_THE_GAP = re.compile(r"\s+in\s+the\s+", re.IGNORECASE)


def _after_bearing_anchor(sentence: str, spans: Sequence[tuple[int, int]], j: int) -> bool:
    """Whether name ``j`` goes on the list of the name two before it, past the town that placed that one by a
    bearing ("took Pletenivka to the north of Vovchansk, Ohirtseve ...")."""
    return j >= 2 and bool(
        locators.LIST_GOES_ON.fullmatch(sentence, spans[j - 1][1], spans[j][0])
        and locators.BEARING_OF.fullmatch(sentence, spans[j - 2][1], spans[j - 1][0])
    )


def _after_its_river(sentence: str, spans: Sequence[tuple[int, int]], kinds: Sequence[MentionKind], j: int) -> bool:
    """Whether name ``j`` goes on the list of the name two before it, past the river that placed that one ("A on the
    Inhulets and B were retaken": the river is no member)."""
    return j >= 2 and kinds[j - 1] == "other" and bool(_ON_THE.fullmatch(sentence, spans[j - 2][1], spans[j - 1][0]))


_ON_THE = re.compile(r"\s+(?:on|along|by|upon)\s+the\s+", re.IGNORECASE)


def _before_apposition(sentence: str, spans: Sequence[tuple[int, int]], j: int) -> int | None:
    """The member before an apposition that the list of ``j`` goes on from ("took A, on the road
    to B, and C": A, for C), the names inside the apposition being only reference points. Not a reference point's
    ("South of Marinka, the villages of A and B, as well as the town of C, came under fire": no apposition of Marinka)."""
    for k in range(j - 1, max(-1, j - 4), -1):
        if locators.APPOSITION_LIST_JOIN.fullmatch(sentence, spans[k][1], spans[j][0]):
            return None if locators.REFERENCE_BEFORE.search(sentence, max(0, spans[k][0] - 40), spans[k][0]) else k
    return None

def split_counted_locator(sentence: str, spans: Sequence[tuple[int, int]], groups: list[int]) -> None:
    """ "two villages near Pokrovsk, Sokil and Novoselivka": Pokrovsk locates the list after it, not
    one of its members."""
    for h in range(len(spans) - 2):
        if groups[h] != h or groups[h + 1] != h:
            continue
        if not grammar.COUNTED_PLACES_END.search(sentence, max(0, spans[h][0] - 60), spans[h][0]):
            continue
        if not grammar.RESTATED_LIST.fullmatch(sentence, spans[h][1], spans[h + 1][0]):
            continue
        for k in range(h + 1, len(spans)):
            if groups[k] == h:
                groups[k] = h + 1

def split_fronted_region(sentence: str, spans: Sequence[tuple[int, int]], kinds: Sequence[MentionKind], groups: list[int]) -> None:
    """ "In Sumy Oblast, Khotin, Esman and Seredyna-Buda came under fire": the oblast (or raion) that opens its clause frames the
    list after its comma, it is no member of it; so does one that labels a line ("Bohodukhiv raion: Zolochiv came under
    mortar fire")."""
    for h in range(len(spans) - 1):
        if groups[h] != h or groups[h + 1] != h or kinds[h] not in ("region", "raion") or kinds[h + 1] != "settlement":
            continue
        gap = sentence[spans[h][1] : spans[h + 1][0]].strip()
        if not (gap == "," and _FRONTED_IN.search(sentence, 0, spans[h][0])) and not (
            gap == ":" and not any(c.isalnum() for c in sentence[: spans[h][0]])
        ):
            continue
        for k in range(h + 1, len(spans)):
            if groups[k] == h:
                groups[k] = h + 1


def split_label_from_speaker(sentence: str, spans: Sequence[tuple[int, int]], kinds: Sequence[MentionKind], groups: list[int]) -> None:
    """ "Vovchansk: Moscow says the town has fallen": a label's list ends at its colon where a name abroad or a
    government speaks after it; the speaker is no member of the label."""
    for k in range(1, len(spans)):
        if groups[k] != groups[k - 1] or kinds[k] not in ("foreign", "other"):
            continue
        if sentence[spans[k - 1][1] : spans[k][0]].strip() != ":":
            continue
        head = groups[k]
        for j in range(k, len(spans)):
            if groups[j] == head:
                groups[j] = k


_FRONTED_IN = re.compile(
    r"(?:^|[;:]\s*|,\s*and\s+)(?:\*\*[^*]*\*\*\s*)?in\s+(?:the\s+)?$|\bin\s+(?:the\s+)?(?:neighbou?ring|nearby|adjacent)\s+$", re.IGNORECASE
)
"""The "In" that opens a sentence or a clause on the region that frames it; "in neighbouring X Oblast," anywhere."""


def locates_the_name_before(sentence: str, spans: Sequence[tuple[int, int]], head: int, tail: int) -> bool:
    """Whether the list ``head``..``tail`` stands in an apposition locating the name before it
    ("Marinka, a town south-west of Donetsk that had been reduced to ruins")."""
    return (
        head > 0
        and bool(locators.REFERENCE_APPOSITION.fullmatch(sentence, spans[head - 1][1], spans[head][0]))
        and bool(locators.REFERENCE_APPOSITION_END.match(sentence, spans[tail][1]))
    )

def is_modifier(sentence: str, spans: Sequence[tuple[int, int]], groups: list[int], i: int) -> bool:
    members = [j for j, g in enumerate(groups) if g == groups[i]]
    tail_end = spans[members[-1]][1]
    following = sentence[tail_end : tail_end + 40]
    if grammar.LOCAL_BUILDING.match(following):
        return False
    if region_of_a_town(sentence, spans[i]):
        return True
    modifier = (
        grammar.MODIFIER.match(following.lstrip(" ")) if not following.startswith(("-", "–")) else None
    ) or grammar.MODIFIER.match(following)
    if modifier is None and len(members) > 1 and grammar.COMPOUND_AREA.match(following):
        joint = sentence[spans[members[-2]][1] : spans[members[-1]][0]]
        if "-" in joint or "–" in joint:
            return True  # "the Bilohorivka-Spirne area": the area, not the villages
    if modifier is not None:
        if i == members[-1] or len(members) < 2:
            return True
        # "A and B in the Siversk direction": a singular modifier takes its own name only, unless the
        # names are one compound ("the Svatove-Kreminna line"); "the Kupiansk and Lyman directions" takes both
        joint = sentence[spans[members[-2]][1] : spans[members[-1]][0]]
        if "-" in joint or "–" in joint or modifier.group().rstrip().lower().endswith(_SHARED_MODIFIERS):
            return True
    # "Kharkiv TEC-5" stays a place; a capitalised word that is no place ("Kharkiv Tractor Plant") too.
    before = sentence[max(0, spans[i][0] - 12) : spans[i][0]]
    return bool(grammar.EVENT_NAME.search(before))

def region_of_a_town(sentence: str, span: tuple[int, int]) -> bool:
    """Whether the region at ``span`` only says where a town is ("the northern Kherson Oblast town", "a Donetsk region
    village", "in Luhansk Oblast, the village of X"): the status is the town's."""
    start, end = span
    return sentence[start:end].lower().endswith(_REGION_WORDS) and bool(_A_TOWN_AFTER.match(sentence, end))


_REGION_WORDS = ("oblast", "region", "raion", "rayon")
_A_TOWN_AFTER = re.compile(
    r"\s+(?:towns?|villages?|city|cities|settlements?)\b"
    r"|\s*,\s*the\s+(?:[\w-]+\s+)?(?:town|village|city|settlement)\s+of\s",  # "in Luhansk Oblast, the village of X, ..."
    re.IGNORECASE,
)


_SHARED_MODIFIERS = ("lines", "fronts", "axes", "directions", "sectors", "offensives", "rivers", "borders")
"""Plural modifiers that two names share ("the Kupiansk and Lyman directions"), unlike "A and B officials"."""


_COMMUNITY = ("hromada", "community")
_DIVISION_AFTER = re.compile(r"\s+(?:hromada|community|district|raion|rayon)\b", re.IGNORECASE)
_IN_THE = re.compile(r",?\s+in\s+the\s+", re.IGNORECASE)
"""Between a village and its community: "near Khatnie in the Velykyi Burluk community", "Zelene, in the Lyptsi hromada:"."""


def is_locator(
    sentence: str,
    spans: Sequence[tuple[int, int]],
    kinds: Sequence[MentionKind],
    i: int,
    cues: Sequence[Cue] = (),
) -> bool:
    """A region or raion named to say where the settlement before it lies ("Sosnove in Donetsk Oblast"; so is a
    community after a comma, "Pokrovka, Krasnopillia hromada"),
    with no cue between them ("Kherson, the enemy is pressing from the occupied Crimea" locates nothing),
    or where the list after it lies ("in western Zaporizhia Oblast near A and B")."""
    if kinds[i] not in ("region", "raion"):
        # "Pokrovka, Krasnopillia hromada, 30 May: ...", "near Milove and Khatnie in the Velykyi Burluk community", "in
        # the Velykyi Burluk district" (a raion the gazetteer knows only by its town): where the village lies
        if i == 0 or kinds[i - 1] != "settlement":
            return False
        if not (sentence[spans[i][0] : spans[i][1]].lower().endswith(_COMMUNITY) or _DIVISION_AFTER.match(sentence, spans[i][1])):
            return False
        gap = sentence[spans[i - 1][1] : spans[i][0]]
        return gap.strip() == "," or (bool(_IN_THE.fullmatch(gap)) and not any(spans[i - 1][1] <= c.start < spans[i][0] for c in cues))
    if i + 1 < len(spans) and kinds[i + 1] == "settlement" and locators.REGION_BEFORE_NEAR.fullmatch(sentence, spans[i][1], spans[i + 1][0]):
        return True
    if kinds[i] == "region" and locators.PLACES_OF_BEFORE.search(sentence, max(0, spans[i][0] - 30), spans[i][0]):
        # "the settlements of Kherson oblast, including A and B": the places listed, not the oblast; "border
        # settlements of Sumy Oblast came under fire": places the sentence does not name, in the oblast
        return True
    if i == 0:
        return False
    if kinds[i] == "region" and kinds[i - 1] == "settlement" and (
        not sentence[spans[i][1] :].strip(" .)\"'”’") and sentence[: spans[i][0]].rstrip().endswith(",")
    ):
        return True  # a caption's closing ", Kyiv Oblast": where its place lies, whatever the cue before
    gap_start, gap_end = spans[i - 1][1], spans[i][0]
    before = sentence[gap_start:gap_end]
    if kinds[i] == "region" and kinds[i - 1] == "raion" and grammar.RAION_OF.fullmatch(before):
        return True  # "in Bakhmut Raion of Donetsk Oblast": the oblast locates the raion
    if kinds[i - 1] in ("region", "raion") or any(
        gap_start <= c.start and c.end <= gap_end and not grammar.NOUN_IN.fullmatch(sentence, c.end, gap_end)
        for c in cues
    ):  # a cue between them, unless it only describes what the region locates ("a Russian-held town in")
        return False
    return bool(locators.LOCATOR_GAP.fullmatch(before)) and words(before) <= 12

def region_aside(sentence: str, span: tuple[int, int]) -> bool:
    """Whether a region is set off by commas as where the words before lie ("shelled the towns on the
    northern bank, in Dnipropetrovsk Oblast, every night"; "Burshtyn, a town of 15,000 in X Oblast, was hit"), or
    says whose a village is ("the Kherson Oblast village of Rybalche")."""
    return (bool(locators.IN_ASIDE_BEFORE.search(sentence, max(0, span[0] - 100), span[0]))
            and sentence[span[1] :].lstrip().startswith(",")) or bool(_KIND_OF_AFTER.match(sentence, span[1]))


def some_places_of(sentence: str, span: tuple[int, int]) -> bool:
    """Whether an oblast is named as where some of its places lie ("retook two villages in Dnipropetrovsk region",
    "shelled settlements of Sumy Oblast"): what happened to them is no more the oblast's than one village's fate is.
    Not a raion, which reports of the kind treat as hit or taken when its communities are (the annotated sets,
    2026-12-06)."""
    return bool(_PLACES_OF_BEFORE.search(sentence, max(0, span[0] - 60), span[0]))


_KIND_OF_AFTER = re.compile(r"\s+(?:village|town|city|settlement|port|hamlet)\s+of\s", re.IGNORECASE)
_PLACES_OF_BEFORE = re.compile(
    r"\b(?:villages|towns|cities|settlements|localities|communities|hromadas)\s+(?:in|of|across|throughout)\s+(?:the\s+)?$"
    r"|\b(?:taken|captured|seized|liberated|retaken|recaptured)\s+in\s+(?:the\s+)?$",  # ("the first village it says it
    re.IGNORECASE,  # has taken in Dnipropetrovsk Oblast": where)
)


DISTRICT_WORDS = ("district", "raion", "rayon", "microdistrict", "neighbourhood", "neighborhood")


def city_of_district(sentence: str, spans: Sequence[tuple[int, int]], kinds: Sequence[MentionKind], i: int) -> bool:
    """Whether the name at ``i`` is a district named with the town it is part of right after it ("Kyivskyi
    district of Kharkiv"): an attack on the district is one on the town (not a capture: that takes a part)."""
    if i + 1 >= len(spans) or kinds[i + 1] != "settlement":
        return False
    if sentence[spans[i][0] : spans[i][1]].lower().endswith(DISTRICT_WORDS):
        return bool(grammar.DISTRICT_OF.fullmatch(sentence, spans[i][1], spans[i + 1][0]))
    # ("the Kyivskyi and Saltivskyi districts of Kharkiv": the list's last name, the plural head after it)
    plural = _DISTRICTS_HEAD.match(sentence, spans[i][1])
    return plural is not None and bool(grammar.DISTRICT_OF.fullmatch(sentence, plural.end(), spans[i + 1][0]))


_DISTRICTS_HEAD = re.compile(r"\s+districts\b", re.IGNORECASE)


def _located_by_region(sentence: str, spans: Sequence[tuple[int, int]], kinds: Sequence[MentionKind], region: int) -> int | None:
    """The last name of the list the region at ``region`` locates ("A and B in the Luhansk region": B; past the
    asides that place them, "B (12 km south of X) in the Luhansk region": B, not X), if it locates one."""
    located = region - 1
    while located > 0 and in_parentheses(sentence, spans[located]):
        located -= 1
    if located < 0 or kinds[located] in ("region", "raion"):
        return None
    return located if locators.LOCATOR_GAP.fullmatch(sentence, spans[located][1], spans[region][0]) else None


def in_parentheses(sentence: str, span: tuple[int, int]) -> bool:
    before = sentence[: span[0]]
    return before.count("(") > before.count(")")

def strip_parentheses(text: str) -> str:
    return grammar.PARENTHESES.sub(" ", text) if "(" in text else text
