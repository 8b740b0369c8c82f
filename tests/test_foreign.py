"""Places outside Ukraine: the table, and what the pipeline makes of their names."""

from __future__ import annotations

import json
from collections import Counter
from pathlib import Path

import pytest
from typer.testing import CliRunner

from mapper.cli import app
from mapper.cli._common import EXIT_OK
from mapper.gazetteer._tables import foreign_places, region_forms, regions
from mapper.gazetteer.names import fold
from mapper.model import Report
from mapper.pipeline import extract
from mapper.reading.foreign import foreign_forms, foreign_keys, foreign_place
from mapper.reading.mentions import find_mentions

# --- the table ------------------------------------------------------------------------------------


def test_every_federal_subject_and_belarusian_region_is_listed() -> None:
    subjects = Counter(p.division for p in foreign_places() if p.country_code == "RU" and p.division)
    # Constitution of the Russian Federation, art. 65, without Crimea, Sevastopol and the four
    # oblasts of Ukraine that Russia claims
    assert subjects == {
        "oblast": 46, "republic": 21, "krai": 9, "autonomous okrug": 4, "federal city": 2, "autonomous oblast": 1,
    }  # fmt: skip
    belarus = [p.name for p in foreign_places() if p.country_code == "BY" and p.division]
    assert len(belarus) == 7 and "Minsk" in belarus


def test_rows_are_sourced_and_cities_lie_in_listed_regions() -> None:
    places = foreign_places()
    regions_by_name = {p.name: p for p in places if p.kind == "region"}
    assert all(p.source and p.kind in ("region", "city", "country") for p in places)
    assert all(p.country_code in ("RU", "BY") for p in places if p.kind != "country" and p.name != "Transnistria")
    for place in places:
        if place.kind == "city" and not place.division:
            assert regions_by_name[place.region].country_code == place.country_code, place.name
    names = {fold(p.name) for p in places}
    assert not names & {"crimea", "republic of crimea", "sevastopol", "donetsk", "luhansk", "kherson oblast"}


@pytest.mark.parametrize(
    "name,expected",
    [
        ("Kursk Oblast", "Kursk Oblast"),
        ("Kursk region", "Kursk Oblast"),
        ("region of Kursk", "Kursk Oblast"),
        ("Kursk", "Kursk"),
        ("Krasnodar Territory", "Krasnodar Krai"),
        ("Krasnodar Kray", "Krasnodar Krai"),
        ("Kuban", "Krasnodar Krai"),
        ("Republic of Tatarstan", "Republic of Tatarstan"),
        ("Tatarstan", "Republic of Tatarstan"),
        ("Chechnya", "Chechen Republic"),
        ("Yamalo-Nenets Autonomous Okrug", "Yamalo-Nenets Autonomous Okrug"),
        ("Slavyansk-na-Kubani", "Slavyansk-na-Kubani"),
        ("Rostov-na-Donu", "Rostov-on-Don"),
        ("St. Petersburg", "Saint Petersburg"),
        ("Homel", "Gomel"),
        ("Mazyr", "Mozyr"),
        ("Hrodna region", "Grodno Region"),
        ("Belgorod Oblasts", "Belgorod Oblast"),
    ],
)
def test_forms_name_their_place(name: str, expected: str) -> None:
    place = foreign_place(name)
    assert place is not None and place.name == expected


@pytest.mark.parametrize(
    "name", ["Sloviansk", "Kharkiv Oblast", "Kurske", "Bilhorod-Dnistrovskyi", "Moskovka", "Crimea"]
)
def test_ukrainian_names_are_not_foreign(name: str) -> None:
    assert foreign_place(name) is None


def test_no_ukrainian_oblast_form_is_foreign() -> None:
    ukrainian = {fold(form) for region in regions() for form in region_forms(region)}
    assert not ukrainian & foreign_keys()


def test_forms_of_a_region_are_built_from_its_kind() -> None:
    (leningrad,) = (p for p in foreign_places() if p.name == "Leningrad Oblast")
    assert {"Leningrad Oblast", "Leningrad region", "region of Leningrad", "Leningradskaya oblast"} <= set(
        foreign_forms(leningrad)
    )


# --- against the full GeoNames dump for Ukraine ---------------------------------------------------

@pytest.mark.shared
def test_no_form_is_a_ukrainian_town_or_division(ua_gazetteer) -> None:
    # A village may bear a foreign form (Rostov, Sumy Oblast; Kuban, Luhansk Oblast): the
    # sentence must then place it in Ukraine. A town, a raion or an oblast may not.
    clashes = []
    for key in foreign_keys():
        for candidate in ua_gazetteer.lookup(key, fuzzy=False):
            place = candidate.place
            if candidate.how in ("exact", "folded") and (
                place.population >= 10_000 or place.feature_code in ("PPLA", "PPLA2", "PPLC", "ADM1", "ADM2")
            ):
                clashes.append((key, place.name, place.feature_code, place.population))
    assert clashes == []


# (sentence, the foreign names it holds): none becomes a Ukrainian place, none takes a status
FOREIGN = [
    ("A drone struck an oil depot in Slavyansk-na-Kubani in Krasnodar Krai.",
     ["Slavyansk-na-Kubani", "Krasnodar Krai"]),
    ("Shelling of Shebekino in Belgorod Oblast continued through the night.", ["Shebekino", "Belgorod Oblast"]),
    ("Ukrainian forces advanced in Kursk Oblast near Sudzha.", ["Kursk Oblast", "Sudzha"]),
    ("Drones set fire to a refinery in Leningrad Oblast and hit an airfield in the Kuban.",
     ["Leningrad Oblast", "Kuban"]),
    ("Explosions were heard in Rostov-on-Don, Novorossiysk and Engels.", ["Rostov-on-Don", "Novorossiysk", "Engels"]),
    ("Air defences shot down drones over Bryansk and Kursk.", ["Bryansk", "Kursk"]),
    ("Ukrainian drones attacked the Morozovsk and Millerovo air bases in Rostov Oblast.",
     ["Morozovsk", "Millerovo", "Rostov Oblast"]),
    ("A drone factory in the Republic of Tatarstan was hit, as was a refinery in Bashkortostan.",
     ["Republic of Tatarstan", "Bashkortostan"]),
    ("Belarusian troops gathered near Mozyr in the Gomel region.", ["Mozyr", "Gomel region"]),
    ("Russian bombers took off from Machulishchy and Baranovichi in Belarus.", ["Machulishchy", "Baranovichi"]),
    ("The refineries at Tuapse, Afipsky and Ilsky were set on fire.", ["Tuapse", "Afipsky", "Ilsky"]),
    ("Russian artillery fired from Graivoron, Valuyki and Glushkovo.", ["Graivoron", "Valuyki", "Glushkovo"]),
    ("A drone hit Klintsy in Bryansk Oblast.", ["Klintsy", "Bryansk Oblast"]),
    ("Missiles were launched from Ryazan, Saratov and Volgograd.", ["Ryazan", "Saratov", "Volgograd"]),
    ("Taganrog and Novoshakhtinsk were attacked by drones.", ["Taganrog", "Novoshakhtinsk"]),
    ("Partisans attacked a rail depot in Gomel and an airfield near Mazyr.", ["Gomel", "Mazyr"]),
    ("Fires broke out at Kirishi, St Petersburg and Ust-Luga after drone attacks.",
     ["Kirishi", "St Petersburg", "Ust-Luga"]),
    ("Drones hit Voronezh and Belgorod overnight.", ["Voronezh", "Belgorod"]),
    ("Ukrainian forces captured several villages in the Kursk region.", ["Kursk region"]),
    ("Strikes hit Yeysk and Primorsko-Akhtarsk.", ["Yeysk", "Primorsko-Akhtarsk"]),
    ("A drone hit a plant in Stavropol Krai.", ["Stavropol Krai"]),
    # not in the table: the words around the name say it is foreign
    ("The Russian village of Kozinka was shelled.", ["Kozinka"]),
    ("A drone struck a fuel depot in Kalach-na-Donu.", ["Kalach-na-Donu"]),
]  # fmt: skip


@pytest.mark.shared
@pytest.mark.parametrize("text,names", FOREIGN)
def test_foreign_names_get_no_ukrainian_place(ua_gazetteer, text: str, names: list[str]) -> None:
    events = extract(text, ua_gazetteer, all_mentions=True)
    assert [e for e in events if e.place is not None or e.status is not None] == []
    foreign = [e.mention.surface for e in events if e.mention.kind == "foreign"]
    assert foreign == names
    assert all(e.resolution.startswith("foreign") and not e.mention.candidates for e in events)


# (sentence, Ukrainian name, its GeoNames id, foreign names beside it)
UKRAINIAN = [
    ("Russian forces shelled Sloviansk.", "Sloviansk", 693468, []),
    ("Bilhorod-Dnistrovskyi was struck by a missile.", "Bilhorod-Dnistrovskyi", 712160, []),
    ("A missile struck Belgorod-Dnestrovsky overnight.", "Belgorod-Dnestrovsky", 712160, []),  # not Belgorod
    ("Russian forces shelled Mogilev-Podolsky.", "Mogilev-Podolsky", 700918, []),  # not Mogilev
    ("Russian troops attacked Kurakhove.", "Kurakhove", 695357, []),
    ("Russian forces shelled Voronizh in Sumy Oblast.", "Voronizh", 689025, []),
    ("Shelling hit Rostov, Sumy Oblast, on Monday.", "Rostov", 8219936, []),  # a village that bears a table form
    ("Russian forces shelled Sverdlovsk in Luhansk Oblast.", "Sverdlovsk", 692105, []),
    ("Russian forces struck Mohyliv-Podilskyi.", "Mohyliv-Podilskyi", 700918, []),
    ("Russian forces shelled Sumy Oblast.", "Sumy Oblast", 692196, []),
    ("Ukrainian forces liberated Kupiansk, 40 km from the Belgorod border.", "Kupiansk", 703656, ["Belgorod"]),
    ("Russian forces shelled Kozacha Lopan from Belgorod Oblast.", "Kozacha Lopan", 706587, ["Belgorod Oblast"]),
    ("Shelling from Bryansk Oblast hit Novhorod-Siverskyi.", "Novhorod-Siverskyi", 699753, ["Bryansk Oblast"]),
    ("Russian troops took Avdiivka, Moscow said.", "Avdiivka", 713122, ["Moscow"]),
    # a warship named after a Russian town is no place, and leaves the strike to the port
    ("Ukrainian jets struck the landing ship Saratov in the port of Berdiansk.", "Berdiansk", 712451, []),
]  # fmt: skip


@pytest.mark.shared
@pytest.mark.parametrize("text,name,geonameid,foreign", UKRAINIAN)
def test_ukrainian_places_are_still_found(
    ua_gazetteer, text: str, name: str, geonameid: int, foreign: list[str]
) -> None:
    events = extract(text, ua_gazetteer, all_mentions=True)
    (event,) = (e for e in events if e.mention.surface == name)
    assert event.place is not None and event.place.geonameid == geonameid and event.status is not None
    assert [e.mention.surface for e in events if e.mention.kind == "foreign"] == foreign


@pytest.mark.shared
def test_ukrainian_moskovka_is_not_moscow(ua_gazetteer) -> None:
    (event,) = extract("Russian forces shelled Moskovka in Kharkiv Oblast.", ua_gazetteer)
    assert event.mention.kind == "settlement" and event.place.admin1 == "Kharkiv Oblast"


@pytest.mark.shared
def test_a_person_named_like_a_town_is_no_place(ua_gazetteer) -> None:
    assert find_mentions(Report("t", "Friedrich Engels wrote about war."), ua_gazetteer) == []


# --- where it shows -------------------------------------------------------------------------------


def test_extract_lists_foreign_names_apart(data_dir: Path, tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setenv("MAPPER_GAZETTEER", str(data_dir / "gazetteer" / "mini.txt"))
    report = tmp_path / "r.txt"
    report.write_text(
        "Russian forces shelled Izium from Belgorod Oblast. Drones hit Engels. Troops entered the village of Hrakove.",
        encoding="utf-8",
    )
    result = CliRunner().invoke(app, ["extract", str(report), "--all-mentions"])
    assert result.exit_code == EXIT_OK, result.output
    collection = json.loads(result.stdout)
    assert [f["properties"]["surface"] for f in collection["features"]] == ["Izium"]
    assert [(r["surface"], r["geonameid"], r["status"]) for r in collection["foreign"]] == [
        ("Belgorod Oblast", None, None),
        ("Engels", None, None),
    ]
    assert [r["surface"] for r in collection["unresolved"]] == ["Hrakove"]
    assert "Hrakove" in result.stderr and "Engels" not in result.stderr and "Belgorod" not in result.stderr


@pytest.mark.shared
def test_the_places_of_a_clause_about_a_region_abroad_are_abroad(ua_gazetteer) -> None:
    sentence = ("Fighting went on in Russia's Kursk Oblast, where Russian troops attacked near Sverdlikovo and "
                "Makhnovka; in Sumy Oblast, Russian forces shelled Khotin.")
    kinds = {e.mention.surface: (e.mention.kind, e.status) for e in extract(sentence, ua_gazetteer, all_mentions=True)}
    assert kinds["Sverdlikovo"] == ("foreign", None) and kinds["Makhnovka"] == ("foreign", None)
    assert kinds["Khotin"] == ("settlement", "attacked")
