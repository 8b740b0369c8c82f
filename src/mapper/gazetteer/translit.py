"""Romanisation of Ukrainian and Russian Cyrillic place names.

The press writes Ukrainian places in several Latin spellings; the gazetteer
generates each of them from the Cyrillic names GeoNames lists:

- :func:`kmu2010`: Ukraine's national system, Cabinet of Ministers (KMU)
  resolution no. 55 of 27 January 2010, with its word-initial forms of
  є ї й ю я (``ye yi y yu ya``) and ``зг`` → ``zgh``. This is how GeoNames
  spells most Ukrainian names today (Kupiansk, Izium, Zaporizhzhia).
- :func:`bgn_pcgn_uk`: BGN/PCGN 1965 for Ukrainian (Kupyansk, Izyum,
  Zaporizhzhya), still common in wire copy.
- :func:`press_uk`: the mixed style of much English-language war reporting:
  BGN/PCGN's ``ya yu ye`` for я ю є with KMU 2010's ``i`` for й ї
  (Hulyaipole for Гуляйполе: KMU writes Huliaipole, BGN/PCGN Hulyaypole).
- :func:`ala_lc_uk`: the Library of Congress's ALA-LC table for Ukrainian,
  without its diacritics and ligature ties, as English-language scholarship
  and some newsrooms print it: є ї й ю я as ``ie i i iu ia`` wherever they
  stand (Iasne, Ielyzavetivka, Iuriivka).
- :func:`wikipedia_uk`: KMU 2010 as English Wikipedia's romanization convention
  for Ukrainian writes it, with ``ьо`` as ``io`` (Metiolkine for Метьолкіне,
  where KMU 2010 drops the soft sign: Metolkine); much reporting copies it.
- :func:`bgn_pcgn_ru`: BGN/PCGN 1947 for Russian (Zaporozh'ye, Nikolayev,
  Krasnyy Liman).
- :func:`press_ru`: the older British/press style for Russian forms
  (Zaporozhye, Nikolaev, Artemovsk, Krasny Liman, Balakleya): BGN/PCGN with
  ``ый/ий`` → ``y``, and ``е`` → ``e`` after a vowel.

Each function maps one Cyrillic string to one Latin string; letters outside
the alphabet pass through unchanged. Apostrophes (the Ukrainian ``ʼ``) and
soft signs are dropped, as the systems say (KMU 2010) or as folding would do
anyway (BGN/PCGN marks them with ``'``).
"""

from __future__ import annotations

import re
import unicodedata

__all__ = [
    "display_name",
    "kmu2010",
    "kmu_from_bgn_latin",
    "press_from_bgn_latin",
    "ala_lc_uk",
    "bgn_pcgn_uk",
    "press_uk",
    "wikipedia_uk",
    "bgn_pcgn_ru",
    "press_ru",
    "is_cyrillic",
    "looks_ukrainian",
    "looks_russian",
]

_APOSTROPHES = "'’ʼ`′‘ʹ"

# KMU 2010 (resolution no. 55): the table; є ї й ю я take their word-initial
# forms from _KMU_INITIAL.
_KMU = {
    "а": "a", "б": "b", "в": "v", "г": "h", "ґ": "g", "д": "d", "е": "e", "є": "ie",
    "ж": "zh", "з": "z", "и": "y", "і": "i", "ї": "i", "й": "i", "к": "k", "л": "l",
    "м": "m", "н": "n", "о": "o", "п": "p", "р": "r", "с": "s", "т": "t", "у": "u",
    "ф": "f", "х": "kh", "ц": "ts", "ч": "ch", "ш": "sh", "щ": "shch", "ь": "",
    "ю": "iu", "я": "ia",
}  # fmt: skip
_KMU_INITIAL = {"є": "ye", "ї": "yi", "й": "y", "ю": "yu", "я": "ya"}

# BGN/PCGN 1965, Ukrainian: one form for є ї й ю я wherever they stand.
_BGN_UK = {**_KMU, "є": "ye", "ї": "yi", "й": "y", "ю": "yu", "я": "ya"}

# The press's mix: BGN/PCGN's є ю я, KMU 2010's й ї (and its word-initial forms).
_PRESS_UK = {**_KMU, "є": "ye", "ю": "yu", "я": "ya"}

# BGN/PCGN 1947, Russian. е is "ye" word-initially and after a vowel, й, ъ, ь.
_BGN_RU = {
    "а": "a", "б": "b", "в": "v", "г": "g", "д": "d", "е": "e", "ё": "ë", "ж": "zh",
    "з": "z", "и": "i", "й": "y", "к": "k", "л": "l", "м": "m", "н": "n", "о": "o",
    "п": "p", "р": "r", "с": "s", "т": "t", "у": "u", "ф": "f", "х": "kh", "ц": "ts",
    "ч": "ch", "ш": "sh", "щ": "shch", "ъ": "", "ы": "y", "ь": "", "э": "e", "ю": "yu",
    "я": "ya",
}  # fmt: skip
_RU_VOWELS = set("аеёиоуыэюяйъь")

_CYRILLIC = re.compile(r"[\u0400-\u04ff]")
_UKRAINIAN_ONLY = re.compile(r"[іїєґІЇЄҐ'’ʼ]")
# Ukrainian writes an apostrophe, not a soft sign, before е и ю я (Russian Запорожье, Ukrainian Запоріжжя).
_RUSSIAN_ONLY = re.compile(r"[ыэёъЫЭЁЪ]|ь[еиюя]", re.IGNORECASE)
_WORD = re.compile(r"[\u0400-\u04ff'’ʼ`′‘ʹ]+")


def is_cyrillic(text: str) -> bool:
    """True if ``text`` holds any Cyrillic letter."""
    return _CYRILLIC.search(text) is not None


def looks_ukrainian(text: str) -> bool:
    """True unless ``text`` has a letter Ukrainian lacks (ы э ё ъ) or a soft sign before е и ю я."""
    return _RUSSIAN_ONLY.search(text) is None


def looks_russian(text: str) -> bool:
    """True unless ``text`` has a letter or apostrophe Russian lacks (і ї є ґ ʼ)."""
    return _UKRAINIAN_ONLY.search(text) is None


def _case_like(source: str, latin: str) -> str:
    if not latin or not source[0].isupper():
        return latin
    return latin[0].upper() + latin[1:]


def _romanise(text: str, word_fn) -> str:
    return _WORD.sub(lambda m: word_fn(m.group()), text)


def _kmu_word(word: str, *, initial_forms: bool = True, table: dict[str, str] = _KMU) -> str:
    low = word.lower()
    out: list[str] = []
    for i, ch in enumerate(low):
        if ch in _APOSTROPHES:
            continue
        if i == 0 and initial_forms and ch in _KMU_INITIAL:
            out.append(_KMU_INITIAL[ch])
        elif ch == "г" and i > 0 and low[i - 1] == "з":
            out.append("gh")  # зг → zgh, so that it does not read as ж (zh)
        else:
            out.append(table.get(ch, ch))
    return _case_like(word, "".join(out))


def _bgn_uk_word(word: str) -> str:
    low = word.lower()
    latin = "".join(_BGN_UK.get(ch, ch) for ch in low if ch not in _APOSTROPHES)
    return _case_like(word, latin)


def _ru_word(word: str, *, press: bool) -> str:
    low = word.lower()
    out: list[str] = []
    n = len(low)
    for i, ch in enumerate(low):
        prev = low[i - 1] if i else ""
        if ch in _APOSTROPHES:
            continue
        if ch in "ыи" and press and i == n - 2 and low[-1] == "й":
            out.append("y")  # Красный → Krasny, Зелёный → Zeleny (press style)
        elif ch == "й" and press and i == n - 1 and prev in "ыи":
            continue
        elif ch == "е" and (i == 0 or prev in _RU_VOWELS):
            # BGN/PCGN: ye after a vowel or a sign; the press keeps "ye" after
            # the signs (Zaporozhye) and initially, but writes "e" after a vowel
            # (Nikolaev).
            out.append("e" if press and prev and prev not in "ъь" else "ye")
        elif ch == "ё":
            initial = i == 0 or prev in _RU_VOWELS
            if press:
                out.append("yo" if initial else "e")
            else:
                out.append("yë" if initial else "ë")
        else:
            out.append(_BGN_RU.get(ch, ch))
    return _case_like(word, "".join(out))


def kmu2010(text: str) -> str:
    """Romanise Ukrainian ``text`` by the KMU 2010 national system.

    Examples
    --------
    >>> kmu2010("Запоріжжя"), kmu2010("Юрківка"), kmu2010("Згурівка")
    ('Zaporizhzhia', 'Yurkivka', 'Zghurivka')
    """
    return _romanise(text, _kmu_word)


def ala_lc_uk(text: str) -> str:
    """Romanise Ukrainian ``text`` by ALA-LC without diacritics: KMU 2010's letters, no word-initial forms.

    ALA-LC writes ї й as ï ĭ and ц as t͡s; without the marks these are KMU's i, i and ts,
    and є ю я are ie iu ia at the start of a word too.

    Examples
    --------
    >>> ala_lc_uk("Ясне"), ala_lc_uk("Єлизаветівка"), ala_lc_uk("Куп'янськ")
    ('Iasne', 'Ielyzavetivka', 'Kupiansk')
    """
    return _romanise(text, lambda w: _kmu_word(w, initial_forms=False))


def bgn_pcgn_uk(text: str) -> str:
    """Romanise Ukrainian ``text`` by BGN/PCGN 1965 (Ukrainian).

    Examples
    --------
    >>> bgn_pcgn_uk("Куп'янськ"), bgn_pcgn_uk("Ізюм")
    ('Kupyansk', 'Izyum')
    """
    return _romanise(text, _bgn_uk_word)


def press_uk(text: str) -> str:
    """Romanise Ukrainian ``text`` as much of the English-language press does: BGN/PCGN's ``ya yu ye``
    for я ю є, KMU 2010's ``i`` for й ї.

    Examples
    --------
    >>> press_uk("Гуляйполе"), press_uk("Куп'янськ"), press_uk("Новоєгорівка")
    ('Hulyaipole', 'Kupyansk', 'Novoyehorivka')
    """
    return _romanise(text, lambda w: _kmu_word(w, table=_PRESS_UK))


def wikipedia_uk(text: str) -> str:
    """Romanise Ukrainian ``text`` by KMU 2010 with ``ьо`` as ``io``, as English Wikipedia does.

    Examples
    --------
    >>> wikipedia_uk("Метьолкіне"), kmu2010("Метьолкіне")
    ('Metiolkine', 'Metolkine')
    """
    return _romanise(_SOFT_O.sub(lambda m: "і" if m.group().islower() else "І", text), _kmu_word)


_SOFT_O = re.compile(r"[ьЬ](?=[оО])")


def bgn_pcgn_ru(text: str) -> str:
    """Romanise Russian ``text`` by BGN/PCGN 1947 (Russian).

    Examples
    --------
    >>> bgn_pcgn_ru("Николаев"), bgn_pcgn_ru("Красный Лиман")
    ('Nikolayev', 'Krasnyy Liman')
    """
    return _romanise(text, lambda w: _ru_word(w, press=False))


def press_ru(text: str) -> str:
    """Romanise Russian ``text`` in the older British/press style.

    Examples
    --------
    >>> press_ru("Запорожье"), press_ru("Николаев"), press_ru("Красный Лиман")
    ('Zaporozhye', 'Nikolaev', 'Krasny Liman')
    """
    return _romanise(text, lambda w: _ru_word(w, press=True))


SAME_NAME_RATIO = 75
"""Lowest rapidfuzz ratio (0-100) at which a place's KMU form is taken for the same name as its
GeoNames ``name`` spelt anew (Konstantinovka/Kostiantynivka 79, Kupyansk/Kupiansk 93), not another
name the place bore or took (Artemivka/Sofiyivka 44, Kalininskyi/Kondryuche 29)."""


# BGN/PCGN 1965 writes є ї ю я as ye yi yu ya and ий as yy everywhere; KMU 2010 writes them ie i iu ia
# and yi inside a word. GeoNames lists some places only by their BGN/PCGN spellings ("Paraskoviyivka").
_BGN_INSIDE = re.compile(r"(?<=[a-z])(?:yy|yi|ya|yu|ye)", re.IGNORECASE)
_BGN_TO_KMU = {"yy": "yi", "yi": "i", "ya": "ia", "yu": "iu", "ye": "ie"}


def kmu_from_bgn_latin(name: str) -> str:
    """The KMU 2010 spelling of a Ukrainian name GeoNames gives in BGN/PCGN letters only
    ("Paraskoviyivka" -> "Paraskoviivka", "Kryvyy Rih" -> "Kryvyi Rih", "Kup'yansk" -> "Kup'iansk")."""
    return _BGN_INSIDE.sub(lambda m: _case_like(m.group(), _BGN_TO_KMU[m.group().lower()]), name)


# BGN/PCGN writes й as y; the press's mix as i: after a vowel, where no vowel follows ("Vuzlovyy", "Hulyaypole").
_BGN_Y_FOR_I = re.compile(r"(?<=[aeiouy])y(?![aeiouy])", re.IGNORECASE)


def press_from_bgn_latin(name: str) -> str:
    """The press's mixed spelling (:func:`press_uk`) of a Ukrainian name GeoNames gives in BGN/PCGN letters only
    ("Kupyans'k-Vuzlovyy" -> "Kupyans'k-Vuzlovyi", "Hulyaypole" -> "Hulyaipole")."""
    return _BGN_Y_FOR_I.sub(lambda m: _case_like(m.group(), "i"), name)


def display_name(name: str, name_uk: str | None) -> str:
    """The name as the press writes it today: ``name_uk`` in KMU 2010 where it is ``name`` spelt
    anew, with ``name``'s capitals; ``name`` where the Ukrainian name is missing or another name.

    Examples
    --------
    >>> display_name("Kupyansk", "Куп’янськ"), display_name("Chervona Hirka", "Червона гірка")
    ('Kupiansk', 'Chervona Hirka')
    >>> display_name("Sofiyivka", "Артемівка"), display_name("Izyum", "Ізю́м")
    ('Sofiyivka', 'Izium')
    """
    if not name_uk:
        return name
    from rapidfuzz import fuzz

    plain = unicodedata.normalize("NFC", unicodedata.normalize("NFD", name_uk).replace("\u0301", ""))
    latin = kmu2010(plain)
    if fuzz.ratio(name.lower(), latin.lower()) < SAME_NAME_RATIO:
        return name
    words, theirs = latin.split(" "), name.split(" ")
    if len(words) == len(theirs):
        latin = " ".join(w[:1].upper() + w[1:] if t[:1].isupper() else w for w, t in zip(words, theirs))
    return latin
