"""Sentence splitting: offsets, boundaries, abbreviations, list grouping."""

from __future__ import annotations

import re

import pytest

from mapper.reading import sentences
from mapper.reading.sentences import coordinated_groups, split_sentences


def texts(text: str) -> list[str]:
    return [s.text for s in split_sentences(text)]


@pytest.mark.parametrize(
    "text,expected",
    [
        ("Izium was freed. Lyman followed.", ["Izium was freed.", "Lyman followed."]),
        ("Gen. Syrskyi led it. It worked.", ["Gen. Syrskyi led it.", "It worked."]),
        ("They reached St. Petersburg. Then home.", ["They reached St. Petersburg.", "Then home."]),
        ("The front moved 2.5 km. east of the river today.", ["The front moved 2.5 km. east of the river today."]),
        ("A. Smith wrote it. B followed.", ["A. Smith wrote it.", "B followed."]),
        ("The U.S. Army helped. Kyiv said so.", ["The U.S. Army helped.", "Kyiv said so."]),
        ("Was Kherson taken? No! It held.", ["Was Kherson taken?", "No!", "It held."]),
        ("He said: “Izium is free.” Then he left.", ["He said: “Izium is free.”", "Then he left."]),
        ("units.Russia pressed on", ["units.", "Russia pressed on"]),
        ("# Heading\nBody text here.", ["Heading", "Body text here."]),
        ("Intro:\n* Kupiansk retaken\n* Izium retaken", ["Intro:", "Kupiansk retaken", "Izium retaken"]),
        ("First paragraph\n\nSecond paragraph", ["First paragraph", "Second paragraph"]),
        ("A sentence that is\nhard wrapped here.", ["A sentence that is\nhard wrapped here."]),
        ("", []),
    ],
)
def test_split(text: str, expected: list[str]) -> None:
    assert texts(text) == expected


@pytest.mark.parametrize(
    "block",
    [
        "Izium was freed. Lyman followed...  Then Kupiansk.",
        "He said: “Izium is free.” Then (as reported.) he left.\nA second line.",
        "units.Russia pressed on.Kherson.Mykolaiv waited. Gen. Syrskyi.Dnipro",
        "Glued pairs:a.Bc.De.Fg and «x.Yz» — Ukr.Київ, 2.5 km. East. End.",
        "No punctuation at all",
    ],
)
def test_dot_only_patterns_match_as_the_general_ones(block: str) -> None:
    # Blocks without "!", "?" or "…" are scanned with the faster dot-only patterns.
    def spans(pattern: re.Pattern[str]) -> list[tuple[int, int]]:
        return [m.span() for m in pattern.finditer(block)]

    assert spans(sentences._DOT_END) == spans(sentences._END)
    assert spans(sentences._DOT_GLUED) == spans(sentences._GLUED)


def test_offsets_index_the_text() -> None:
    text = "  # Title\n\nUkrainian forces retook Izium. Then Lyman.\n- item one\n"
    for sentence in split_sentences(text):
        assert text[sentence.start : sentence.end] == sentence.text


def test_kinds() -> None:
    text = "## Front\n![Flag over Izium](https://example.org/flag.jpg)\n* Lyman\nProse here."
    kinds = [(s.kind, s.text) for s in split_sentences(text)]
    assert kinds == [
        ("heading", "Front"),
        ("markup", "![Flag over Izium](https://example.org/flag.jpg)"),
        ("item", "Lyman"),
        ("prose", "Prose here."),
    ]


def test_an_articles_back_matter_is_markup_up_to_the_next_heading_of_its_level() -> None:
    text = ("# Battle\n\nIzium was freed.\n\n## See also\n * Russian occupation of Kherson Oblast\n\n### Notes\n\nA note.\n\n"
            "## Aftermath\n\nLyman was freed.\n\nExternal links\n\nThe siege of Mariupol, a documentary")  # fmt: skip
    kinds = [(s.kind, s.text) for s in split_sentences(text)]
    assert kinds == [
        ("heading", "Battle"),
        ("prose", "Izium was freed."),
        ("markup", "See also"),
        ("markup", "Russian occupation of Kherson Oblast"),
        ("markup", "Notes"),
        ("markup", "A note."),
        ("heading", "Aftermath"),
        ("prose", "Lyman was freed."),
        ("markup", "External links"),
        ("markup", "The siege of Mariupol, a documentary"),
    ]


def _spans(sentence: str, names: list[str]) -> list[tuple[int, int]]:
    spans, position = [], 0
    for name in names:
        start = sentence.index(name, position)
        spans.append((start, start + len(name)))
        position = start + len(name)
    return spans


@pytest.mark.parametrize(
    "sentence,names,expected",
    [
        (
            "They retook Kupiansk, Izium and Lyman near Bakhmut.",
            ["Kupiansk", "Izium", "Lyman", "Bakhmut"],
            [0, 0, 0, 3],
        ),
        ("From Kozacha Lopan, as well as Vovchansk.", ["Kozacha Lopan", "Vovchansk"], [0, 0]),
        ("Villages in Svatove Raion: Nadiya, Andriivka.", ["Svatove Raion", "Nadiya", "Andriivka"], [0, 0, 0]),
        ("A (in the Kolomyichykha hromada), B and C", ["A", "Kolomyichykha", "B", "C"], [0, 1, 0, 0]),
        ("Poltava, Sumy, and parts of Odesa Oblasts", ["Poltava", "Sumy", "Odesa"], [0, 0, 0]),
        ("the Kreminna-Svatove highway", ["Kreminna", "Svatove"], [0, 0]),
        ("Izium fell; Lyman held.", ["Izium", "Lyman"], [0, 1]),
    ],
)
def test_coordinated_groups(sentence: str, names: list[str], expected: list[int]) -> None:
    assert coordinated_groups(sentence, _spans(sentence, names)) == expected


def test_very_long_runs_are_cut_at_spaces() -> None:
    text = " ".join(["Izium"] * 3000)
    sentences = split_sentences(text)
    assert len(sentences) > 1 and max(len(s.text) for s in sentences) <= 2000
    assert all(text[s.start : s.end] == s.text and not s.text.startswith(" ") for s in sentences)
    assert sum(s.text.count("Izium") for s in sentences) == 3000


def test_a_sentence_ends_inside_markdown_emphasis() -> None:
    from mapper.reading.sentences import split_sentences

    text = "**Russian forces attacked near Lyman on May 2.** Ukrainian forces held. *Fighting went on.* _Then_ calm."
    assert [s.text for s in split_sentences(text)] == [
        "**Russian forces attacked near Lyman on May 2.**",
        "Ukrainian forces held.",
        "*Fighting went on.*",
        "_Then_ calm.",
    ]


def test_a_long_run_of_white_space_is_layout_and_a_boundary() -> None:
    text = "Residents of Balakliia" + " " * 5000 + "greet soldiers after the town's liberation."
    assert [s.text for s in split_sentences(text)] == [
        "Residents of Balakliia",
        "greet soldiers after the town's liberation.",
    ]
    assert [s.text for s in split_sentences("Kupiansk  and   Izium were freed.")] == [
        "Kupiansk  and   Izium were freed."
    ]


def test_a_sentence_ends_after_its_citation_marks() -> None:
    # an encyclopaedia's "[9]" after the full stop: the next sentence starts after it
    text = ("Russian forces attacked south of Lysychansk and took Toshkivka.[9] On 22 June the command confirmed it.[10][11] "
            "The next day it ended.[citation needed] Then the front moved west.")
    assert [s.text for s in split_sentences(text)] == [
        "Russian forces attacked south of Lysychansk and took Toshkivka.[9]",
        "On 22 June the command confirmed it.[10][11]",
        "The next day it ended.[citation needed]",
        "Then the front moved west.",
    ]
