"""Whose words a report gives: a Russian official statement (:func:`report_voice`: the Russian Defence Ministry's
wording, "Kiev regime", "Artemovsk"; places spelt the Russian way, "Kurakhovo") and, in any report, a Russian claim
(:func:`russian_claim`: "Moscow said X had been liberated", '"... X has been liberated," Russia's defence ministry
said', scare quotes, a caption that spells its place the Russian way). A Russian claim's "liberated" is a Russian
capture: :mod:`mapper.pipeline` gives each report its voice, :mod:`mapper.reading.cuereading` reads a cue's claim.
"""

from __future__ import annotations

import re

from mapper.reading import grammar, sides
from mapper.reading.actors import Side

__all__ = ["caption_in_russian", "report_voice", "russian_claim"]


def report_voice(text: str) -> Side | None:
    """ "russian" when ``text`` reads as a Russian official statement, else None.

    Markers are the wording of the Russian Defence Ministry's reports ("Kiev regime",
    "the Southern Group of Forces", "Artemovsk"), and two Russian spellings of Ukrainian towns
    ("Krasnoarmeysk", "Gulyaipole"); two different markers are needed.

    Examples
    --------
    >>> report_voice("The Kiev regime lost 300 men near Artemovsk.")
    'russian'
    >>> report_voice("Russian forces attacked near Bakhmut.") is None
    True
    """
    found = 0
    for forms in sides.VOICE_MARKERS:  # substring tests: far cheaper than a regex over the whole text
        if any(form in text and _unquoted(text, form) for form in forms):
            found += 1
            if found == 2:
                return "russian"
    if found == 1 and (sum(form in text for form in sides.RUSSIAN_SPELLINGS) >= 2 or _spelt_the_russian_way(text)):
        return "russian"  # (read only where it decides: most texts have no marker at all)
    return None


def _spelt_the_russian_way(text: str) -> bool:
    """Whether a text writes its places the Russian way: three names or more in Russian spelling, more than in
    Ukrainian (an article that gives a Russian name in an aside, "Kurylivka (Russian: Kurilovka)", writes the
    Ukrainian names far more often)."""
    russian = set(_RUSSIAN_ENDING.findall(text))
    return len(russian) >= _RUSSIAN_SPELT_NAMES and len(russian) > len(set(_UKRAINIAN_ENDING.findall(text)))


_RUSSIAN_ENDINGS = r"ovka|evka|skoye|skoe|aya\s+[A-Z][a-z]+|oye"
_RUSSIAN_ENDING = re.compile(rf"\b[A-Z][a-z]+(?:{_RUSSIAN_ENDINGS})\b")
"""A name in its Russian spelling ("Antonovka", "Dneprovskoye", "Golaya Pristan"): Ukraine's own Latin spellings end in
-ivka, -ske, -a."""
_UKRAINIAN_ENDING = re.compile(r"\b[A-Z][a-z]+(?:ivka|ivske|ske|yi|ne)\b")
"""A name in its Ukrainian spelling ("Antonivka", "Dniprovske", "Vilnyi", "Myrne")."""
_RUSSIAN_SPELT_NAMES = 3
"""How many names in Russian spelling, with one marker of a Russian statement, make a text one (the Western press writes
a Russian spelling now and then, not three)."""
_RUSSIAN_SPELT = re.compile(rf"\b[A-Z][a-z]+(?<!Kakh)(?:{_RUSSIAN_ENDINGS}|ovo|evo|ov\s+Yar)\b")
"""A name in a spelling only Russian gives it ("Kurakhovo", "Avdeyevka", "Chasov Yar", "Velikaya Novoselka"; Kakhovka is
Ukraine's own)."""
_CAPTION_CHARS = 200
"""A sentence this short is a caption or a headline: its spelling is its source's."""


def _spelt_russian(sentence: str) -> bool:
    """Whether a sentence names a place as only Russian writes it (by its ending, or a name Russia's ministry uses),
    outside parentheses: "Marinka (Russian: Maryinka) was liberated" gives the Russian name as an aside."""
    if "(" in sentence:
        sentence = grammar.PARENTHESES.sub(" ", sentence)
    return bool(_RUSSIAN_SPELT.search(sentence)) or any(name in sentence for name in sides.RUSSIAN_SPELLINGS)


def caption_in_russian(sentence: str) -> bool:
    """Whether a caption or headline spells its place as only Russian writes it and names no Ukrainian speaker: its words
    are a Russian source's ("Kurakhovo fully liberated, MoD says"; "our units have left Urozhaynoye after days of AFU
    attacks": the AFU is what Russian sources call Ukraine's army)."""
    return len(sentence) <= _CAPTION_CHARS and (_spelt_russian(sentence) or bool(_AFU.search(sentence))) and not (
        _UKRAINE_NAMED.search(sentence)
    )


_UKRAINE_NAMED = re.compile(r"\b(?:ukrain\w*|kyiv|zsu)\b", re.IGNORECASE)
_AFU = re.compile(r"\bAFU\b")
"""The abbreviation Russian sources give Ukraine's army ("AFU units retreated"): a caption in their words."""


def _unquoted(text: str, form: str) -> bool:
    """Whether ``form`` is written at least once outside a quotation or an aside giving the Russian name: a narrative
    quotes the ministry's wording ('its units had "improved their tactical position"') and its channels ('according to
    a milblogger, "pushed our guys back"'), and names a place's Russian name beside its own ("Vuhledar (Russian:
    Ugledar)"); the ministry and the channel write it as their own."""
    at = text.find(form)
    while at >= 0:
        if not _inside_quotes(text, at) and not _RUSSIAN_NAME_ASIDE.search(text, max(0, at - 30), at) and not (
            _REPORTED_BEFORE.search(text, max(0, at - 160), at)
        ):
            return True
        at = text.find(form, at + 1)
    return False


_REPORTED_BEFORE = re.compile(
    r"\bthe\s+russian\s+(?:ministry\s+of\s+defen[cs]e|defen[cs]e\s+ministry)\s+(?:announced|said|claimed|reported|stated)\b[^.!?]*$",
    re.IGNORECASE,
)
"""A narrative reporting the ministry's words in its spelling: "The Russian Ministry of Defence announced the capture of
Ugledar and credited it to the Vostok group" (the article's sentence, the ministry's names)."""
_RUSSIAN_NAME_ASIDE = re.compile(r"\((?:in\s+)?russian:?\s+(?:[^()]*[,;]\s*)?$", re.IGNORECASE)
"""An aside that gives a place's Russian name ("Vuhledar (Russian: Ugledar)"): the article names it, in its own voice."""


def _inside_quotes(text: str, at: int) -> bool:
    """Whether the offset ``at`` lies inside a quotation opened earlier on its line."""
    line = text[text.rfind("\n", 0, at) + 1 : at]
    return line.count('"') % 2 == 1 or line.count("“") > line.count("”")


def russian_claim(sentence: str, start: int, end: int, voice: Side | None, antecedent: Side | None = None) -> bool:
    """Whether the cue at ``start:end`` of ``sentence`` reports a Russian claim: the report's
    Russian voice, a Russian speaker before it ("Moscow said X had been liberated"), scare quotes,
    or a quotation a Russian speaker is said after to have spoken ('"... X has been liberated,"
    Russia's defence ministry said'; '..., the ministry said' after a sentence naming Russia's)."""
    if voice == "russian":
        return not sides.REMAINED_UKRAINIAN.search(sentence)  # (the answer a statement quotes: "A and B, both liberated in
        # the summer, remained in Ukrainian hands", the deputy minister added)
    quoted = ('"' in sentence or "”" in sentence) and sides.QUOTE_OPENS_BEFORE.search(sentence, 0, start) is not None
    if quoted and (said := sides.said_after_quote(sentence, end)) is not None:
        speaker = said.group("speaker")
        if sides.RUSSIAN_WORD.search(speaker) or (antecedent == "russian" and sides.DEFINITE_SPEAKER.fullmatch(speaker)):
            return True  # (``antecedent``: who the speaker is, by the sentences before: see antecedent_side)
    closing = sentence[end : end + 1] in _CLOSING_QUOTES or any(q in sentence[start:end] for q in _CLOSING_QUOTES)
    if closing and sides.QUOTE_OPENS.search(sentence, max(0, start - 30), start):
        return True  # the "liberated" (or "completely liberated", the 'liberation' of) of a Russian claim
    if "," in sentence[end:] and sides.RUSSIAN_SPEAKER_AFTER.search(sentence, end):
        return True  # "Krasnoarmeysk and Volchansk liberated, Gerasimov tells Putin"
    if caption_in_russian(sentence):
        return True  # "Kurakhovo fully liberated, MoD says": a caption that spells its place the Russian way gives Russia's word
    window = max(0, start - 160)
    # (a cue that is the claim itself ends the speaker's words: "Russian sources claimed X")
    stop = end if sentence.startswith(("claim", "Claim"), start) else start
    russian = None
    for russian in sides.RUSSIAN_SPEAKER.finditer(sentence, window, stop):
        pass
    if russian is None:
        return False
    return sides.UKRAINIAN_SPEAKER.search(sentence, russian.end(), start) is None


_CLOSING_QUOTES = ('"', "”", "’", "'")
