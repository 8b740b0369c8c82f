"""Synthetic reports for the benchmarks: sentences written for them, permuted, of any size.

The sentences below were written for mapper's benchmarks in the style of a daily front-line
update; they name real places (so that the gazetteer has work to do) and use the cues the
pipeline reads (liberated, shelled, occupied, positions, lists, dates). Nothing here is copied
from ``../shared``. :func:`reports` yields report texts of a few kilobytes, each a permutation
of sentences with the places drawn afresh, so that no two reports are alike.
"""

from __future__ import annotations

import json
import random
from collections.abc import Iterator
from pathlib import Path

__all__ = ["reports", "write_jsonl", "write_one_line", "write_without_breaks", "write_folder"]

PLACES = (
    "Kupiansk", "Izium", "Balakliia", "Lyman", "Bakhmut", "Soledar", "Vuhledar", "Kreminna", "Svatove",
    "Lysychansk", "Sievierodonetsk", "Kherson", "Mykolaiv", "Snihurivka", "Bilohorivka", "Avdiivka", "Marinka",
    "Robotyne", "Orikhiv", "Huliaipole", "Chernihiv", "Irpin", "Bucha", "Hostomel", "Borodianka", "Vovchansk",
    "Kharkiv", "Zaporizhzhia", "Enerhodar", "Nikopol", "Kramatorsk", "Sloviansk", "Pokrovsk", "Toretsk",
    "Chasiv Yar", "Velyka Novosilka", "Staromaiorske", "Urozhaine", "Klishchiivka", "Andriivka", "Vysokopillia",
    "Davydiv Brid", "Novovoznesenske", "Bilohirka", "Myroliubivka", "Kozacha Lopan", "Shevchenkove",
    "Oskil", "Borova", "Dvorichna", "Tetiivka", "Makariv", "Trostianets", "Okhtyrka", "Sumy", "Mariupol",
)  # fmt: skip

OBLASTS = ("Kharkiv", "Donetsk", "Luhansk", "Kherson", "Zaporizhzhia", "Mykolaiv", "Sumy", "Chernihiv", "Kyiv")

MONTHS = ("March", "April", "May", "June", "July", "August", "September", "October", "November")

SENTENCES = (
    "Ukrainian forces liberated {a} and {b} on {day} {month}, the General Staff said.",
    "Russian troops shelled {a} overnight, wounding two civilians, the regional governor said.",
    "The village of {a}, about 12 km south of {b}, was recaptured by Ukrainian troops.",
    "Russian forces occupied {a} after weeks of fighting on the outskirts of the town.",
    "Missiles struck {a} in the {oblast} region, damaging residential buildings and a school.",
    "Towns liberated in the offensive included {a}, {b}, {c} and {d}.",
    "Heavy fighting continued near {a}, where Ukrainian units repelled several assaults.",
    "Local officials in {a} said the water supply had been restored after the strikes.",
    "A drone attack on {a} damaged power lines, leaving thousands of homes without electricity.",
    "Ukrainian troops raised the national flag over {a} in {oblast} Oblast on {day} {month}.",
    "Residents of {a} and {b} were evacuated as artillery fire intensified.",
    "The occupation authorities in {a} announced a curfew and restricted movement to {b}.",
    "Analysts said Russian units had withdrawn from positions northwest of {a} towards {b}.",
    "Shelling of {a} killed one person and damaged a hospital, according to the prosecutor's office.",
    "Humanitarian convoys reached {a} for the first time since the town was retaken.",
    "The front line has barely moved in weeks, military analysts said.",
    "Both sides reported heavy losses, which could not be independently verified.",
    "Aid workers described long queues for bread and medicine in the recaptured districts.",
    "The governor urged residents to stay in shelters until the all-clear sounded.",
    "Engineers began clearing mines from fields and roads around the villages.",
    "Schools in the area will teach online until the end of the term, the ministry said.",
    "The power company said repairs to the substation would take at least a week.",
    "Volunteers delivered generators, warm clothes and food to families who had stayed.",
    "Officials gave no figures for the number of soldiers involved in the operation.",
    "Prices of fuel and bread have doubled since the spring, traders at the market said.",
)  # fmt: skip
"""The last ten name no place: a report is never only names."""

PLACE_FREE = 10
PLACE_SHARE = 0.35
"""The share of sentences that name places: about 3,000 events per MB, as in the press."""


def _sentence(rng: random.Random) -> str:
    picked = rng.sample(PLACES, 4)
    named = rng.random() < PLACE_SHARE
    template = rng.choice(SENTENCES[:-PLACE_FREE] if named else SENTENCES[-PLACE_FREE:])
    return template.format(a=picked[0], b=picked[1], c=picked[2], d=picked[3], oblast=rng.choice(OBLASTS),
                           day=rng.randint(1, 28), month=rng.choice(MONTHS))  # fmt: skip


def reports(total_bytes: int, *, seed: int = 12, report_bytes: int = 4000) -> Iterator[str]:
    """Report texts of about ``report_bytes`` each, paragraphs of sentences, until ``total_bytes``."""
    rng = random.Random(seed)
    written = 0
    while written < total_bytes:
        paragraphs, size = [], 0
        while size < report_bytes:
            paragraph = " ".join(_sentence(rng) for _ in range(rng.randint(2, 5)))
            paragraphs.append(paragraph)
            size += len(paragraph) + 2
        text = "\n\n".join(paragraphs)
        written += len(text.encode())
        yield text


def write_jsonl(path: Path, total_bytes: int, *, seed: int = 12) -> Path:
    """A JSON-lines corpus of about ``total_bytes``: one report per line with id, title and date."""
    rng = random.Random(seed)
    with path.open("w", encoding="utf-8") as out:
        for number, text in enumerate(reports(total_bytes, seed=seed), start=1):
            date = f"2022-{rng.randint(3, 11):02d}-{rng.randint(1, 28):02d}"
            out.write(json.dumps({"id": f"r{number}", "title": f"Update {number}", "date": date, "text": text}))
            out.write("\n")
    return path


def write_folder(folder: Path, total_bytes: int, *, seed: int = 12) -> Path:
    """A folder of ``.txt`` reports of about ``total_bytes`` in all."""
    folder.mkdir(parents=True, exist_ok=True)
    for number, text in enumerate(reports(total_bytes, seed=seed), start=1):
        (folder / f"report-{number:06d}.txt").write_text(text, encoding="utf-8")
    return folder


def write_one_line(path: Path, total_bytes: int, *, seed: int = 12) -> Path:
    """One report of ``total_bytes`` that is one line: sentences with full stops, no line break."""
    with path.open("w", encoding="utf-8") as out:
        for text in reports(total_bytes, seed=seed):
            out.write(text.replace("\n\n", " ") + " ")
    return path


def write_without_breaks(path: Path, total_bytes: int, *, seed: int = 12) -> Path:
    """One report of ``total_bytes`` that is one line without a sentence break: the sentences
    joined by commas, their full stops dropped."""
    with path.open("w", encoding="utf-8") as out:
        for text in reports(total_bytes, seed=seed):
            out.write(text.replace(".", ",").replace("\n\n", " ") + " ")
    return path
