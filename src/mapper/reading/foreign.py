"""Places outside Ukraine: the regions of Russia and Belarus, and the towns war reports name there.

The gazetteer holds Ukraine only, so a Russian or Belarusian place that shares a
name (or a stem) with a Ukrainian village would be put on that village:
"Slavyansk-na-Kubani" on Sloviansk, "Kuban" on a village in Luhansk Oblast,
"Novorossiysk" on the village once called so. The mention finder
(:mod:`mapper.reading.mentions`) asks :func:`read_foreign` of every name it finds, before
the words around it are read for an oblast or a raion; a name it calls foreign
becomes a mention of kind ``"foreign"``, with no candidate, no place and no
status. A name is foreign when

* it is a form of a row of the curated table ``foreign.csv`` (package data
  ``mapper.tables``): a form as listed ("Kuban", "Rostov-on-Don", "Shebekino"),
  or one built from a region's stem and its kind of division ("Kursk Oblast",
  "Krasnodar Territory", "Republic of Tatarstan"). The mention finder's automaton
  holds these forms too (:func:`foreign_keys`), so that they are found whether or
  not a Ukrainian place shares them, and the longest name wins;
* a region's stem is followed by a region word ("Kursk and Belgorod Oblasts"),
  or any name by a word only Russia's divisions take ("Krai", "Okrug");
* it is joined to a river the way Russian town names are ("Kalach-na-Donu",
  "Rostov on Don"): the rivers are those of the table's own hyphenated forms;
* the words before it say so ("the Russian village of Kozinka").

A form of the table that a Ukrainian village also bears stays Ukrainian where the
sentence places it in a Ukrainian oblast or raion ("Rostov, Sumy Oblast"). The
table lists no form that a Ukrainian town, raion or oblast bears (the tests check
it against the full GeoNames dump); "Kurske" and "Bilhorod-Dnistrovskyi" are other
names than "Kursk" and "Belgorod", and stay Ukrainian.
"""

from __future__ import annotations

import re
from functools import lru_cache
from typing import NamedTuple

from mapper.gazetteer._tables import ForeignPlace, foreign_places
from mapper.reading.context import CandidateSource, folded

__all__ = ["ForeignName", "foreign_forms", "foreign_keys", "foreign_place", "read_foreign"]

# How English names a division of each kind, from its stem ("Kursk" -> "Kursk Oblast").
_DIVISION_FORMS: dict[str, tuple[str, ...]] = {
    "oblast": ("{} Oblast", "{} region", "{} province", "region of {}", "oblast of {}"),
    "voblast": ("{} Oblast", "{} Voblast", "{} region", "{} province", "region of {}", "oblast of {}"),
    "krai": ("{} Krai", "{} Kray", "{} Territory", "{} region"),
    "republic": ("Republic of {}", "{} Republic", "{} region"),
    "autonomous okrug": ("{} Autonomous Okrug", "{} Autonomous District", "{} Okrug", "{} region"),
    "autonomous oblast": ("{} Autonomous Oblast", "{} Autonomous Region"),
}
# After a region's stem: the region ("Kursk and Belgorod Oblasts", "Bryansk regions").
_REGION_WORD_AFTER = re.compile(
    r"\s+(?:oblasts?|regions?|provinces?|kra[iy]|territory|republic|voblasts?)\b", re.IGNORECASE
)
# After any name: words that no division of Ukraine takes.
_RUSSIAN_DIVISION_AFTER = re.compile(r"\s+(?:Kra[iy]|(?:Autonomous\s+)?Okrug)\b")
_FOREIGN_BEFORE = re.compile(
    r"\b(?:Russian|Belarusian|Belarussian)\s+(?:border\s+)?"
    r"(?:city|town|village|settlement|port|region|oblast|republic)\s+of\s+$",
    re.IGNORECASE,
)
# "Rostov, Sumy Oblast", "Kuban (Luhansk region)", "Rostov in the Sumy district": placed in Ukraine,
# if the gazetteer knows the division.
_PLACED_AFTER = re.compile(
    r"\s*(?:,|\(|\s+in)\s*(?:the\s+)?"
    r"(?P<division>[A-Z][\w’'-]+\s+(?:[Oo]blast|[Rr]egion|[Pp]rovince|[Rr]aion|[Dd]istrict))\b"
)
_RIVER_FORM = re.compile(r"[-\s](?:on|na)[-\s](\w+)$")


class ForeignName(NamedTuple):
    """A name that :func:`read_foreign` found to be outside Ukraine.

    ``end`` is where the name ends in the text (after a region word it took in, as in
    "Kursk Oblasts"); ``place`` is its row of ``foreign.csv``, or ``None`` when the words
    around it alone say it is foreign ("Kalach-na-Donu", "Stavropol Krai").
    """

    end: int
    place: ForeignPlace | None


def foreign_forms(place: ForeignPlace) -> list[str]:
    """Every form of a foreign place's name: its listed forms, and for a region the names built
    from its stems ("Kursk" of an oblast gives "Kursk Oblast", "Kursk region", "region of Kursk" ...).

    Examples
    --------
    >>> from mapper.gazetteer._tables import foreign_places
    >>> krasnodar = next(p for p in foreign_places() if p.name == "Krasnodar Krai")
    >>> foreign_forms(krasnodar)[:3]
    ['Krasnodar Krai', 'Kuban', 'Krasnodarsky Krai']
    """
    forms = [place.name, *place.forms]
    for stem in place.stems:
        forms.extend(pattern.format(stem) for pattern in _DIVISION_FORMS.get(place.division, ()))
    return list(dict.fromkeys(forms))


@lru_cache(maxsize=1)
def _by_key() -> dict[str, ForeignPlace]:
    """Folded form -> the row it names; a city before a region of the same name ("Kursk")."""
    places = sorted(foreign_places(), key=lambda p: p.kind != "city")
    table: dict[str, ForeignPlace] = {}
    for place in places:
        for form in foreign_forms(place):
            table.setdefault(folded(form), place)
    return table


@lru_cache(maxsize=1)
def _by_stem() -> dict[str, ForeignPlace]:
    """Folded stem -> the region built from it."""
    return {folded(stem): place for place in foreign_places() for stem in place.stems}


@lru_cache(maxsize=1)
def _river_after() -> re.Pattern[str]:
    """A river joined to a town's name, the rivers being those of the table's forms ("-on-Don")."""
    rivers = sorted({m.group(1).capitalize() for key in _by_key() if (m := _RIVER_FORM.search(key))}, key=len)
    return re.compile(r"[-\u2010\u2011\s](?:on|na)[-\u2010\u2011\s](?:" + "|".join(reversed(rivers)) + r")\b")


def foreign_keys() -> frozenset[str]:
    """The folded forms of every row of ``foreign.csv``, for the mention finder's automaton."""
    return frozenset(_by_key())


def foreign_place(name: str) -> ForeignPlace | None:
    """The row of ``foreign.csv`` that ``name`` names, in any of its forms, or ``None``.

    A stem with a region word after it names the region ("Kursk Oblasts", "Bryansk regions").

    Examples
    --------
    >>> foreign_place("Slavyansk-na-Kubani").region, foreign_place("Kuban").name
    ('Krasnodar Krai', 'Krasnodar Krai')
    >>> foreign_place("Sloviansk") is None
    True
    """
    key = folded(name)
    place = _by_key().get(key)
    if place is None:
        stem, _, word = key.rpartition(" ")
        if stem and _REGION_WORD_AFTER.fullmatch(f" {word}"):
            place = _by_stem().get(stem)
    return place


def read_foreign(
    text: str, start: int, end: int, before: str, special: bool, matcher: CandidateSource
) -> ForeignName | None:
    """Whether the name at ``text[start:end]`` is a place outside Ukraine (see the module docstring).

    Parameters
    ----------
    text
        The report's text.
    start, end
        Where the name stands in it.
    before
        Up to 40 characters before the name, within its sentence.
    special
        Whether anything that may change what the name names follows it (a capitalised word,
        a hyphen, a region word: :data:`mapper.reading.context.SPECIAL_AFTER`); when not, the words
        after it are not read.
    matcher
        Where the divisions of Ukraine are looked up (:meth:`CandidateSource.candidates`).

    Returns
    -------
    ForeignName or None
        Where the foreign name ends and its row of the table, or ``None`` for a name that is
        not foreign.
    """
    name = text[start:end]
    key = folded(name)
    place = _by_key().get(key)
    if special:
        after = text[end : end + 60]
        river = _river_after().match(after)
        if river is not None:
            return ForeignName(end + river.end(), _by_key().get(folded(name + river.group())))
        if place is not None or key in _by_stem():
            word = _REGION_WORD_AFTER.match(after)
            if word is not None:
                return ForeignName(end + word.end(), _by_stem().get(key, place))
        word = _RUSSIAN_DIVISION_AFTER.match(after)
        if word is not None:
            return ForeignName(end + word.end(), _by_stem().get(key))
    if place is None:
        if "-" in name and _river_after().search(name) or "sian " in before and _FOREIGN_BEFORE.search(before):
            return ForeignName(end, None)
        return None
    if _placed_in_ukraine(text[end : end + 60], name, matcher):
        return None
    return ForeignName(end, place)


def _placed_in_ukraine(after: str, name: str, matcher: CandidateSource) -> bool:
    """Whether a Ukrainian place bears the name and the words after it put it in an oblast or
    raion of Ukraine ("Rostov, Sumy Oblast")."""
    placed = _PLACED_AFTER.match(after)
    if placed is None or not matcher.candidates(name):
        return False
    return any(c.place.is_region or c.place.is_raion for c in matcher.candidates(placed.group("division")))
