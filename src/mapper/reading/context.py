"""What the words around a place name make of it.

The mention finder (:mod:`mapper.reading.mentions`) finds names; this module reads
their surroundings: "the Kharkiv region", "the regions of Luhansk and Donetsk",
"Kharkiv and Donetsk Oblasts", "Kharkiv regional council" and "the Kharkiv-Donetsk
border" name oblasts; "Svatove Raion" and "Kupiansk district" raions; "nuclear
power plant Zaporizhia" the plant, not the city; "Kyiv said" a government. A name
after a title ("spokesman Peskov"), a first name ("Natalia Popova") or before a
verb of speech, a public figure's surname (``lexicon/people.txt``), a word of a
unit's name ("the 93rd Kholodnyi Yar Brigade") and a ship's name ("the landing
ship Novocherkassk") are not places at all.
"""

from __future__ import annotations

import re
from functools import lru_cache
from importlib.resources import files
from typing import NamedTuple, Protocol

from mapper.gazetteer.names import fold
from mapper.model import Candidate
from mapper.reading.airfields import AIRFIELD_AFTER
from mapper.reading.communities import COMMUNITY_AFTER

__all__ = [
    "CandidateSource",
    "Context",
    "in_context",
    "is_person",
    "is_vessel",
    "is_water",
    "folded",
    "REGION_AFTER",
    "SPECIAL_AFTER",
    "UNIT_AFTER",
]


class CandidateSource(Protocol):
    """What :func:`in_context` needs of the mention finder: a name's candidate places."""

    def candidates(self, name: str) -> tuple[Candidate, ...]: ...

    def airfields(self, name: str) -> tuple[Candidate, ...]: ...

    def names_a_river(self, name: str) -> bool: ...

    def communities(self, places: tuple[Candidate, ...]) -> tuple[Candidate, ...]: ...


REGION_AFTER = re.compile(
    r"\s*(?:Oblasts?|oblasts?|[Rr]egions?|[Pp]rovinces?|[Rr]egional\s+(?:[Cc]ouncil|[Aa]dministration|[Gg]overnor|[Mm]ilitary|[Ss]tate)"
    r"|People['’]s\s+Republic\b"
    r"|areas?\b)",
    re.UNICODE,
)
_REGION_BEFORE = re.compile(r"(?:regions|oblasts|provinces)\s+of\s+(?:the\s+)?$", re.IGNORECASE)
# "the counteroffensive in Zaporizhzhia", "the front in Donetsk": a campaign's area is the oblast
# ("fighting in Kharkiv" may be the city: only these nouns decide).
_CAMPAIGN_BEFORE = re.compile(
    r"\b(?:counter-?offensives?|offensives?|front(?:\s+line)?|frontline|direction|campaign)\s+in\s+"
    r"(?:(?:southern|northern|eastern|western|central)\s+)?$",
    re.IGNORECASE,
)
# "counterattacks in eastern Zaporizhzhia and western Donetsk": part of an oblast named by a compass word is
# the oblast's, unless the sentence strikes a city ("a missile hit northern Kharkiv": the city's districts).
_COMPASS_BEFORE = re.compile(r"\b(?:(?:north|south)-?(?:east|west)ern|(?:north|south|east|west)ern)\s+$", re.IGNORECASE)
_STRIKE_WORDS = re.compile(
    r"\b(?:strikes?|struck|missiles?|drones?|shell(?:s|ed|ing)?|bomb\w*|explosions?|blasts?|hits?|rockets?)\b", re.IGNORECASE
)
_GOVERNOR_AFTER = re.compile(r"\s+governor\b", re.IGNORECASE)  # "Luhansk governor Serhiy Haidai": a governor's oblast
_RAION_AFTER = re.compile(r"\s*(?:[Rr]aions?|[Dd]istricts?)\b")
_FACILITY_BEFORE = re.compile(
    r"(?:nuclear\s+power\s+plant|nuclear\s+plant|power\s+plant|power\s+station|NPP|dam)\s+(?:of\s+)?$", re.IGNORECASE
)
_GOVERNMENT_AFTER = re.compile(
    r"^(?:['’]s\s+(?:government|leadership|goals?|war|forces|troops|army|military|counter-?offensives?|offensive"
    r"|position|decision|response|allies|request|demands?|officials)"
    r"|(?:\s*,\s*which|\s*,\s*who)?\s+(?:has\s+|had\s+|have\s+|did\s+|does\s+)?(?:not\s+|never\s+)?(?:yet\s+)?(?:\w+ly\s+)?"
    r"(?:said|says|announce[ds]|claim(?:ed|s)|den(?:ied|ies)|insist(?:ed|s)|accuse[ds]|blam(?:ed|es)|publish(?:ed|es)?|warn(?:ed|s)|respond(?:ed|s)|reject(?:ed|s)|"
    r"demand(?:ed|s)|admit(?:ted|s)|disput(?:ed|es)|refut(?:ed|es)|wants|"
    r"believes|confirm(?:ed|s)?|acknowledged?|recogni[sz]ed?|comment(?:ed)?|reported|government|leadership|authorities|officials|regime|waits|waited|hopes|hoped|needs|"
    r"needed|asked|asks|welcomed|welcomes|called|calls|urged|urges|expects|expected|fears|feared))\b",
    re.IGNORECASE,
)
_GOVERNMENT_BEFORE = re.compile(
    r"\b(?:for|to|with|by|from|press(?:es|ed|ing)?|urg(?:es|ed|ing)|told|tells|asked|asks|accus(?:es|ed|ing)|blam(?:es|ed|ing)"
    r"|call(?:s|ed)\s+on)\s+$",
    re.IGNORECASE,
)  # ("the United States presses Kyiv to ...": its government)
_GOVERNMENT_NAMES = frozenset({"kyiv", "kiev", "moscow"})
_INSTITUTION_IN = re.compile(
    r"\b(?:general\s+staff|government|ministry|high\s+command|parliament"
    r"|(?:told|telling)\s+(?:reporters|journalists|lawmakers|a\s+(?:briefing|news\s+conference|press\s+conference))"
    r"|(?:news|press)\s+conference|briefing|speaking)\s+in\s+$",  # "..., the official told reporters in Kyiv"
    re.IGNORECASE,
)
# English words that open a sentence and are also village names ("Many", a village in Donetsk Oblast).
_DETERMINERS = frozenset(
    ["many", "most", "some", "several", "few", "all", "both", "each", "other", "others", "such", "more", "much", "any"]
)
# Where a name shared by a town and a river is the river: "the right bank of the Dnipro", "crossed the Irpin".
_RIVER_BEFORE = re.compile(
    r"\b(?:(?:left|right|east|west|north|south)(?:ern)?\s+)?(?:banks?|shores?)\s+of\s+the\s+$"
    r"|\b(?:across|crossed|crossing|cross|along|up|down|over)\s+the\s+$|\bthe\s+(?:lower|upper|middle)\s+$"  # "the lower Dnipro"
    r"|\b(?:town|city|village|port|located|situated|lies|lying|stands|standing)\s+on\s+the\s+$",  # "a town on the Donets"
    re.IGNORECASE,
)
# "the Oskil at Kruhliakivka", "reached the Dnipro.": a bare name after "the" and before no noun of its own
# ("the Kupiansk direction") is the river, when one bears it.
_RIVER_AFTER = re.compile(
    r"\s*(?:[,.;:)]|$)|\s+(?:river|at|near|in|on|and|between|to|from|into|north|south|east|west|was|is|which|where|within|by|before"
    r"|after|until)\b",  # ("reached the Dnipro within a day")
    re.IGNORECASE,
)
# "the Oskil's east bank", "the Dnipro's left bank", "the Dnipro islands", "the Dnipro bridges": a name with a bank,
# islands or bridges of its own is the river's.
_RIVER_PART_AFTER = re.compile(
    r"['’]s\s+(?:(?:left|right|east|west|north|south)(?:ern)?\s+)?(?:banks?|shores?|mouth|estuary|floodplain)\b"
    r"|\s+(?:islands?|delta|estuary|floodplains?|bridges|crossings)\b",
    re.IGNORECASE,
)
_COCKTAIL_AFTER = re.compile(r"\s+cocktails?\b", re.IGNORECASE)
_LOWER_WORD_AFTER = re.compile(r"\s+(?:[a-z]|of\b)")
_TITLES = frozenset(
    """
    spokesman spokeswoman spokesperson president minister governor commander general leader chief head mayor
    deputy adviser advisor mr ms mrs dr blogger journalist lawyer colonel lieutenant sergeant captain major
    secretary ambassador envoy analyst correspondent
    """.split()
)
# "Oleh Kiper, the governor of the Odesa region": a first name, the surname, then the person's title.
_TITLED_NAME_AFTER = re.compile(
    r"\s+[A-Z][\w’'-]+\s*,\s+(?:the\s+|a\s+|an\s+)?(?:[\w’'-]+\s+){0,3}?(?:"
    + "|".join(sorted(_TITLES))
    + r")s?\b"
)
_SPEECH_AFTER = re.compile(
    r"^\s+(?:\w+ly\s+)?(?:said|says|told|added|stated|claimed|wrote|replied|noted|argued|insisted|tweeted)\b"
)
_BORDER_AFTER_HYPHEN = re.compile(r"\s*(?:[-\u2013]\s*|\s(?=[A-Z][\w’'-]*\s+border))[A-Z][\w’'-]*\s+border")
_HYPHEN_BEFORE = re.compile(r"[A-Z][\w’'-]*\s*[-\u2013]\s*$|\b[Tt]he\s+[A-Z][\w’'-]*\s+$")  # (and "the Zaporizhzhia Donetsk border")
_BORDER_AFTER = re.compile(r"\s+(?:border|frontier|side\s+of\s+the\s+(?:regional\s+|oblast\s+)?(?:border|boundary|line))")
"""After "the": "the Luhansk border", "the Dnipropetrovsk side of the boundary" (the oblast's)."""
_THE_BEFORE = re.compile(r"\b[Tt]he\s+$")  # "the Luhansk border": the oblast's
_PLACES_AFTER = re.compile(
    r"\s+and\s+[A-Z][\w’'-]+(?:\s+[A-Z][\w’'-]+)?\s+(?:communities|hromadas|villages|towns|settlements|districts)\b"
)  # "the Esman and Seredyna-Buda communities": a list of places, not the river Esman
_AREA_AFTER = re.compile(r"\s*(?:areas?|[Rr]egional)")
_AN_AREA_AFTER = re.compile(r"\s*area\b")

# Anything after a name that may change what it names: a capitalised word (Oblast, Raion,
# Brigade, a surname), a hyphen, a region or raion word, a verb of speech.
SPECIAL_AFTER = re.compile(
    r"\s*(?:[-\u2013]|[A-Z]|\w+ly\s|said|says|told|added|stated|claimed|wrote|replied|noted|argued|insisted|tweeted"
    r"|oblasts?|regions?|provinces?|regional|areas?|raions?|districts?|border|frontier|side\s+of|counter-?offensive|offensive|campaign"
    r"|governor|hromada|group|community|(?:territorial|urban|rural|settlement|village)\s+(?:hromada|community)"
    r"|volunteer|battalion|regiment|brigade)"
)
# "the Kherson counteroffensive", "the Kharkiv offensive": a campaign is named after its oblast.
_CAMPAIGN_AFTER = re.compile(r"\s+(?:counter-?offensive|offensive|campaign)\b", re.IGNORECASE)
UNIT_AFTER = re.compile(
    r"\s+(?:Separate\s+)?(?:(?:Mechani[sz]ed|Assault|Airborne|Motori[sz]ed|Rifle|Tank|Marine|Territorial\s+Defen[cs]e)\s+)*"
    r"(?:Brigade|Battalion|Regiment|Division|Corps)\b"
    r"|\s+(?:volunteer\s+)?(?:battalion|regiment|brigade)\b"  # "the Azov battalion", "the Aidar volunteer battalion"
    r"|\s+[Gg]roup(?:ing)?\s+(?:of\s+(?:[Ff]orces|[Tt]roops)|units?|flag|commander|spokesm[ae]n|press)\b"
    r"|\s+[Gg]roup(?:ing)?\s+(?:has|had|said|says|reported|reports|confirms|confirmed|announces|announced|denies|denied)\b"
    # ("the Vostok group of forces", "Centre group units", "Khortytsia group confirms withdrawal")
    r"|(?:(?<=[Vv]ostok)|(?<=[Zz]apad)|(?<=[Tt]sentr)|(?<=[Dd]nepr)|(?<=[Ss]ever)|(?<=[Yy]ug))\s+[Gg]roup(?:ing)?\b"  # Russia's groups
    r"|(?:(?<=[Kk]hortytsia)|(?<=[Tt]avria)|(?<=[Tt]avriia))\s+[Gg]roup(?:ing)?\b"  # Ukraine's
)
# Warships bear the names of towns: "the landing ship Novocherkassk", "the cruiser Moskva".
_VESSELS = frozenset(
    """
    ship ships warship flagship cruiser submarine frigate corvette destroyer vessel tanker tug tugboat boat
    minesweeper icebreaker ferry aircraft airliner plane
    """.split()
)
_DESIGNATION = re.compile(r"[A-Z][A-Za-z]{0,2}-\d+[A-Za-z0-9]*")
"""An aircraft's or a weapon's type, written as letters, a hyphen and a number ("An-225", "Tu-22M3", "Il-76")."""
_NEXT_WORD = re.compile(r"\s+([A-Z][\w’'-]+)")
_NOT_FIRST_NAMES = frozenset(
    """
    The In On At Near Of From To And Or For By With As After Before Since Around Outside Inside Into Towards
    Toward Oblast Raion Region District Ukrainian Russian Southern Northern Eastern Western Central Upper
    Lower Great Greater Old New North South East West Battle Liberation Recapture Siege Fall Then Both
    Nova Novyi Velyka Velykyi Mala Malyi Stara Staryi Nyzhnia Verkhnia Horishni Kryvyi Bila
    January February March April May June July August September October November December
    Jan Feb Mar Apr Jun Jul Aug Sep Sept Oct Nov Dec
    Monday Tuesday Wednesday Thursday Friday Saturday Sunday
    """.split()
)
"""Capitalised words that are no first name: "By late February Yahidne had fallen" names a village."""


class Context(NamedTuple):
    """Where a name stands: the text around it and around its coordinated list.

    A named tuple: one is made per mention, and a tuple is made several times faster than a
    frozen dataclass.
    """

    text: str
    sentence_start: int
    start: int
    end: int
    before: str
    after: str
    special: bool
    list_end: int
    list_start: int


def in_context(
    context: Context, surface: str, candidates: tuple[Candidate, ...], matcher: CandidateSource
) -> tuple[str, int, tuple[Candidate, ...], str]:
    """What the words around a settlement name make of it: an oblast ("the Kharkiv region",
    "the regions of Luhansk and Donetsk"), a raion, a facility, or a government ("Kyiv said")."""
    text, start, end, before, after = context.text, context.start, context.end, context.before, context.after
    list_after = text[context.list_end : context.list_end + 60] if context.list_end != end else after
    list_before = text[max(context.sentence_start, context.list_start - 40) : context.list_start]
    # (not "the Chernihiv area": the town and the ground around it, as the annotators read "the X area")
    regional = (
        context.special
        and ((REGION_AFTER.match(after) and not _AN_AREA_AFTER.match(after)) or _BORDER_AFTER_HYPHEN.match(after))
        or list_after is not after
        and REGION_AFTER.match(list_after)
        or _word_before(list_before) == "of"
        and _REGION_BEFORE.search(list_before)
        or context.special
        and _BORDER_AFTER.match(after)
        and (_HYPHEN_BEFORE.search(before) or _THE_BEFORE.search(before) or _THE_BEFORE.search(list_before))
        or list_after is not after  # "the Chernihiv and Sumy frontier": the oblasts'
        and _BORDER_AFTER.match(list_after)
        and _THE_BEFORE.search(list_before)
        or " in " in list_before
        and _CAMPAIGN_BEFORE.search(list_before)
        or context.special
        and (_CAMPAIGN_AFTER.match(after) or _GOVERNOR_AFTER.match(after))
        or before.endswith("ern ")
        and _COMPASS_BEFORE.search(before)
        and not _STRIKE_WORDS.search(text, context.sentence_start, end + 60)
    )
    if regional:
        region = _region_of(surface, matcher)
        if region:
            word = REGION_AFTER.match(after)
            if word is not None and not _AREA_AFTER.match(after):
                end = start + len(surface) + word.end()
                surface = text[start:end]
            return surface, end, region, "region"
    elif context.special and (word := _RAION_AFTER.match(after)) is not None:
        raion = tuple(c for c in matcher.candidates(f"{surface} raion") if c.place.is_raion)
        if raion:
            end = start + len(surface) + word.end()
            return text[start:end], end, raion, "raion"
    elif context.special and (word := COMMUNITY_AFTER.match(after)) is not None and (community := matcher.communities(candidates)):
        end = start + len(surface) + word.end()
        return text[start:end], end, community, "settlement"  # "Esman hromada": the community of Esman
    elif ("lant" in before or "NPP" in before or "tation" in before or "dam" in before) and _FACILITY_BEFORE.search(
        before
    ):
        facility = tuple(
            c for c in matcher.candidates(f"{surface} nuclear power plant") if c.place.feature_class == "S"
        )
        if facility:
            return surface, end, facility, "facility"
    elif (
        _RIVER_BEFORE.search(before) or _THE_BEFORE.search(before) and _RIVER_AFTER.match(after) and not _PLACES_AFTER.match(after)
        or _RIVER_PART_AFTER.match(after)
    ) and matcher.names_a_river(surface):
        return surface, end, candidates, "other"  # "the right bank of the Dnipro", "crossed the Irpin": the river
    elif AIRFIELD_AFTER.match(after) and (fields := matcher.airfields(surface)):
        return surface, end, fields, "facility"  # "the Saky air base": the field GeoNames names so
    if _COCKTAIL_AFTER.match(after):
        return surface, end, candidates, "other"  # "Molotov cocktails": a weapon named after a man
    if folded(surface) in _DETERMINERS and _LOWER_WORD_AFTER.match(text, end):
        return surface, end, candidates, "other"  # "Many villages were shelled": a sentence-initial word
    if "in" in before and _INSTITUTION_IN.search(before):
        return surface, end, candidates, "other"  # "the General Staff in Kyiv replied": its seat, no place of the events
    if folded(surface) in _GOVERNMENT_NAMES and (
        _GOVERNMENT_AFTER.match(text[end : end + 40]) or _GOVERNMENT_BEFORE.search(before)
    ):
        return surface, end, candidates, "other"
    return surface, end, candidates, "settlement"


@lru_cache(maxsize=512)
def _region_forms(surface: str) -> tuple[str, ...]:
    return (f"{surface} oblast", f"{surface} region")


def _region_of(surface: str, matcher: CandidateSource) -> tuple[Candidate, ...]:
    for form in _region_forms(surface):
        found = tuple(c for c in matcher.candidates(form) if c.place.is_region)
        if found:
            return found
    return ()


@lru_cache(maxsize=1)
def _people() -> frozenset[str]:
    """Folded surnames of public figures (package data ``lexicon/people.txt``)."""
    text = files("mapper").joinpath("lexicon/people.txt").read_text(encoding="utf-8")
    return frozenset(fold(line) for line in text.splitlines() if line.strip() and not line.startswith("#"))


_PLACE_BEFORE_SPEECH = frozenset({"and", "or", "of", "in", "from", "near", "at", "outside", "around", "inside", "for"})
"""Words after which a name before "said" or "told" is a place in a list or a phrase, not the speaker; so is a name
after a verb's -ing form ("the brigade defending Serebrianka said")."""


_QUOTED_SPEAKER_BEFORE = re.compile(r"[\"”’]\s*,?\s*(?:said|says|added|adds|recalled|recalls|explained|explains|asked|asks)\s+$")
"""A quotation's closing mark and its verb of speech, before a speaker's single name."""


def is_person(
    before: str, surface: str, candidates: tuple[Candidate, ...], after: str = "", special: bool = True
) -> bool:
    """Whether ``surface`` names a person: a known public figure, a name after a title
    ("spokesman Peskov") or a first name ("Natalia Popova"), or a small place that "said"."""
    people = _people()
    if folded(surface) in people:
        return True
    following = _NEXT_WORD.match(after)
    if following is not None and folded(following.group(1)) in people:
        return True  # a first name: "Vladimir Putin"
    if following is not None and _TITLED_NAME_AFTER.match(after) and following.group(1) not in _NOT_FIRST_NAMES:
        return True  # a first name before a surname and a title: "Oleh Kiper, the governor of ..."
    if " " in surface:
        return False
    if _QUOTED_SPEAKER_BEFORE.search(before):
        return True  # '"... whatever we had," said Oleh, a volunteer': a quotation's speaker
    previous = _word_before(before)
    if previous.lower().rstrip(".") in _TITLES or (previous.endswith(",") and previous.lower().rstrip(",") in _TITLES):
        pass  # "spokesman Peskov", "the regional governor, Oleh Syniehubov"
    elif special and _SPEECH_AFTER.match(after) and folded(surface) not in _GOVERNMENT_NAMES:
        if previous.lower() in _PLACE_BEFORE_SPEECH or previous.lower().endswith(("occupied", "held", "controlled")) or (
            previous.islower() and previous.endswith("ing")
        ):
            return False  # "residents of Tokmak and Polohy told", "officials in Russian-occupied Oleshky said"
        pass  # "Popasna said"
    elif len(previous) < 3 or not previous.istitle() or not previous.isalpha() or previous in _NOT_FIRST_NAMES:
        return False
    else:
        ahead = before[: len(before.rstrip()) - len(previous)].rstrip()
        if not ahead or ahead[-1] in '.!?:;"“(':
            return False  # a sentence's first word is no first name
    # A city or an oblast is rarely someone's surname.
    return not any(c.place.population >= 100_000 or c.place.is_region for c in candidates)


def is_vessel(before: str) -> bool:
    """Whether the name after ``before`` is a ship's or an aircraft's: "the landing ship Novocherkassk", "the cruiser
    Moskva", "the An-225 Mriya" (a type's designation before the name)."""
    word = _word_before(before)
    return word.lower() in _VESSELS or bool(_DESIGNATION.fullmatch(word))


def is_water(before: str, after: str) -> bool:
    """Whether the name between ``before`` and ``after`` names a sea or a bay: "the Sea of Azov", "the Azov Sea"."""
    return bool(_WATER_BEFORE.search(before) or _WATER_AFTER.match(after))


_WATER_BEFORE = re.compile(r"\b(?:Sea|Gulf|Bay|Strait)\s+of\s+(?:the\s+)?$")
_WATER_AFTER = re.compile(r"\s+(?:Sea|Gulf|Bay|Strait|Lagoon)\b")


def _word_before(before: str) -> str:
    """The word right before a name (separated by white space only), or ''."""
    if not before or not before[-1].isspace():
        return ""
    parts = before.rsplit(None, 1)
    return parts[-1] if parts else ""


@lru_cache(maxsize=65536)
def folded(name: str) -> str:
    return fold(name)
