"""Choosing among namesakes, over hand-made places."""

from __future__ import annotations

import pytest

from mapper.model import Candidate, Mention, Place
from mapper.reading.resolve import resolve


def place(geonameid: int, name: str, lat: float, lon: float, admin1: str, code: str = "PPL", **extra) -> Place:
    fields = {"feature_class": "A" if code.startswith("ADM") else "P", "admin1_code": admin1, **extra}
    return Place(geonameid, name, lat, lon, feature_code=code, **fields)


KHERSON_OBLAST = place(1, "Kherson Oblast", 46.6, 32.6, "08", "ADM1")
KHARKIV_OBLAST = place(2, "Kharkiv Oblast", 49.6, 36.5, "07", "ADM1")
SVATOVE_RAION = place(3, "Svativskyi Raion", 49.4, 38.2, "14", "ADM2", admin2_code="6")
NOVOVOZNESENSKE = place(10, "Novovoznesenske", 47.35, 33.48, "08")
BILOHIRKA_KHERSON = place(11, "Bilohirka", 47.30, 33.62, "08")
BILOHIRKA_FAR = place(12, "Bilohirka", 50.0, 26.0, "09")
MYRO_NEAR = place(20, "Myroliubivka", 47.33, 33.55, "08")
MYRO_FAR = place(21, "Myroliubivka", 46.9, 32.9, "08")
MYRO_KHARKIV = place(22, "Myroliubivka", 49.5, 36.6, "07")
ANDRIIVKA_SVATOVE = place(30, "Andriivka", 49.45, 38.25, "14", admin2_code="6")
ANDRIIVKA_OTHER = place(31, "Andriivka", 49.3, 38.9, "14", admin2_code="9")
CITY = place(40, "Lyman", 48.99, 37.80, "05", "PPLA3", population=20000)
HAMLET = place(41, "Lyman", 46.0, 30.0, "17", population=100)


def mention(surface: str, sentence: str, *places: Place, kind: str = "settlement") -> Mention:
    start = sentence.index(surface)
    return Mention(
        report_id="r",
        surface=surface,
        start=start,
        end=start + len(surface),
        sentence=sentence,
        sentence_start=0,
        kind=kind,  # type: ignore[arg-type]
        candidates=tuple(Candidate(p, surface.lower(), "folded") for p in places),
    )


def test_only_candidate() -> None:
    (r,) = resolve([mention("Novovoznesenske", "Novovoznesenske was freed.", NOVOVOZNESENSKE)])
    assert r.place == NOVOVOZNESENSKE and r.how.startswith("only candidate") and r.confidence == 1.0


def test_unresolved() -> None:
    (r,) = resolve([mention("Nowhere", "Nowhere was freed.")])
    assert r.place is None and r.how == "unresolved"


def test_admin1_named_nearby_wins_over_size() -> None:
    s = "Bilohirka in the Kherson region was freed."
    result = resolve(
        [
            mention("Bilohirka", s, BILOHIRKA_FAR, BILOHIRKA_KHERSON),
            mention("Kherson region", s, KHERSON_OBLAST, kind="region"),
        ]
    )
    assert result[0].place == BILOHIRKA_KHERSON and result[0].how.startswith("admin named nearby")


def test_raion_named_nearby() -> None:
    s = "Villages in Svatove Raion: Andriivka."
    result = resolve(
        [
            mention("Svatove Raion", s, SVATOVE_RAION, kind="raion"),
            mention("Andriivka", s, ANDRIIVKA_OTHER, ANDRIIVKA_SVATOVE),
        ]
    )
    assert result[1].place == ANDRIIVKA_SVATOVE


def test_closeness_to_the_other_places() -> None:
    s = "Towns liberated included Novovoznesenske, Bilohirka and Myroliubivka."
    result = resolve(
        [
            mention("Novovoznesenske", s, NOVOVOZNESENSKE),
            mention("Bilohirka", s, BILOHIRKA_FAR, BILOHIRKA_KHERSON),
            mention("Myroliubivka", s, MYRO_KHARKIV, MYRO_FAR, MYRO_NEAR),
        ]
    )
    assert [r.place for r in result] == [NOVOVOZNESENSKE, BILOHIRKA_KHERSON, MYRO_NEAR]
    assert result[2].how.startswith("near other places")


def test_kind_and_size_when_nothing_else_decides() -> None:
    village = place(43, "Lyman", 46.0, 30.0, "17", population=4000)
    (r,) = resolve([mention("Lyman", "Lyman was freed.", village, CITY)])
    assert r.place == CITY and r.how == "kind and size" and r.confidence < 1


def test_a_name_decided_on_kind_and_size_anchors_a_second_round() -> None:
    # No name has one candidate: nothing anchors the first round. The raion centre wins on its kind
    # and the village named in the next sentence takes the namesake beside it.
    centre = place(44, "Borova", 49.38, 37.62, "07", "PPLA2", population=3_000)
    centre_namesake = place(45, "Borova", 50.40, 30.10, "10")
    beside = place(46, "Zelene", 49.42, 37.66, "07")
    far = place(47, "Zelene", 47.00, 35.00, "23")
    later = mention("Zelene", "Zelene was freed.", far, beside)
    later = Mention(**{**{f: getattr(later, f) for f in later.__slots__}, "sentence_start": 100})
    result = resolve([mention("Borova", "Borova was freed.", centre_namesake, centre), later])
    assert result[0].place == centre and result[0].how == "kind and size"
    assert result[1].place == beside and result[1].how.startswith("near other places")


def test_a_town_among_hamlets_of_its_name() -> None:
    (r,) = resolve([mention("Lyman", "Lyman was freed.", HAMLET, CITY)])
    assert r.place == CITY and r.how == "dominant town" and r.confidence < 1


KYIV = place(50, "Kyiv", 50.45, 30.52, "12", "PPLC", population=2_900_000)
KYIV_HAMLET = place(51, "Kyiv", 46.7, 33.0, "08", population=0)
SNIHURIVKA = place(52, "Snihurivka", 47.08, 32.80, "15", population=12000)


def test_the_capital_beats_a_nearby_hamlet_of_its_name() -> None:
    s = "Kyiv welcomed the recapture of Snihurivka."
    result = resolve([mention("Kyiv", s, KYIV_HAMLET, KYIV), mention("Snihurivka", s, SNIHURIVKA)])
    assert result[0].place == KYIV and result[0].how == "major city"


def test_an_oblast_named_with_it_beats_the_capital() -> None:
    s = "Kyiv in the Kherson region was shelled."
    result = resolve(
        [mention("Kyiv", s, KYIV, KYIV_HAMLET), mention("Kherson region", s, KHERSON_OBLAST, kind="region")]
    )
    assert result[0].place == KYIV_HAMLET and result[0].how.startswith("admin named nearby")


def test_an_oblast_locating_a_later_list_does_not_reach_an_earlier_name() -> None:
    s = "In the Lyman direction, attacks were repelled near Andriivka in the Luhansk region."
    far_lyman = place(44, "Lyman", 49.3, 38.9, "14", population=0)
    result = resolve(
        [
            mention("Lyman", s, far_lyman, CITY),
            mention("Andriivka", s, ANDRIIVKA_SVATOVE),
            mention("Luhansk region", s, place(4, "Luhansk Oblast", 48.9, 39.0, "14", "ADM1"), kind="region"),
        ]
    )
    assert result[0].place == CITY


def test_undecided_keeps_low_confidence() -> None:
    twin = place(42, "Lyman", 47.0, 31.0, "17", population=100)  # (one oblast: nothing tells them apart)
    (r,) = resolve([mention("Lyman", "Lyman was freed.", HAMLET, twin)])
    assert r.how == "undecided" and r.confidence <= 0.2


def test_a_repeated_name_means_one_place() -> None:
    first = "Bilohirka, Kherson region, was freed."
    second = "Bilohirka celebrated with Myroliubivka."
    mentions = [
        mention("Bilohirka", first, BILOHIRKA_FAR, BILOHIRKA_KHERSON),
        mention("Kherson region", first, KHERSON_OBLAST, kind="region"),
    ]
    later = mention("Bilohirka", second, BILOHIRKA_FAR, BILOHIRKA_KHERSON)
    later = Mention(**{**{f: getattr(later, f) for f in later.__slots__}, "sentence_start": 100})
    near = mention("Myroliubivka", second, MYRO_KHARKIV)
    near = Mention(**{**{f: getattr(near, f) for f in near.__slots__}, "sentence_start": 100})
    result = resolve([*mentions, later, near])
    assert result[2].place == BILOHIRKA_KHERSON


MARINKA_FAR = place(60, "Marinka", 48.33, 35.29, "04")
MARINKA_FRONT = place(61, "Marinka", 47.95, 37.51, "05")
NOVO_FRONT = place(62, "Novomykhailivka", 47.86, 37.49, "05")
NOVO_FAR = place(63, "Novomykhailivka", 49.23, 31.5, "16")  # (both in oblasts of the front: size does not decide)


@pytest.mark.parametrize(
    "sentence,hows,places",
    [
        # one list: the namesakes that lie together
        (
            "Attacks were repelled near Marinka and Novomykhailivka.",
            ["near other places"] * 2,
            [MARINKA_FRONT, NOVO_FRONT],
        ),
        # different lists do not pull each other: nothing decides
        ("Marinka was quiet; later, east of the river, Novomykhailivka burned.", ["undecided"] * 2, None),
    ],
)
def test_names_of_one_list_choose_namesakes_that_lie_together(
    sentence: str, hows: list[str], places: list[Place] | None
) -> None:
    result = resolve(
        [
            mention("Marinka", sentence, MARINKA_FAR, MARINKA_FRONT),
            mention("Novomykhailivka", sentence, NOVO_FAR, NOVO_FRONT),
        ]
    )
    assert [r.how.startswith(how) for r, how in zip(result, hows, strict=True)] == [True, True]
    if places is not None:
        assert [r.place for r in result] == places


KHARKIV = place(70, "Kharkiv", 49.99, 36.23, "07", "PPLA", population=1_400_000)
POLTAVA_DISTRICT = place(71, "Kyivskyi", 49.61, 34.53, "18", "PPLX", population=110_000)
KHARKIV_DISTRICT = place(72, "Kyivskyi", 50.04, 36.30, "07", "PPLX", population=180_000)
FAR_TOWN = place(73, "Pyatykhatky", 48.41, 33.71, "04", population=18_000)


@pytest.mark.parametrize(
    "sentence,surface,candidate,kept",
    [
        ("Shelling hit Kharkiv and its Kyivskyi district.", "Kyivskyi district", POLTAVA_DISTRICT, False),
        ("Shelling hit Kharkiv and its Kyivskyi district.", "Kyivskyi district", KHARKIV_DISTRICT, True),
        ("Kharkiv was shelled; Pyatykhatky, the northern suburb, too.", "Pyatykhatky", FAR_TOWN, False),
        ("Kharkiv was shelled; Pyatykhatky, a town, too.", "Pyatykhatky", FAR_TOWN, True),
    ],
)
def test_a_city_district_is_not_placed_in_a_far_city(sentence: str, surface: str, candidate: Place, kept: bool) -> None:
    result = resolve([mention("Kharkiv", sentence, KHARKIV), mention(surface, sentence, candidate)])
    assert result[0].place == KHARKIV
    assert (result[1].place == candidate) is kept
    assert kept or result[1].how.startswith("unresolved: a city district")


BERYSLAV = place(60, "Beryslav", 46.84, 33.43, "08", "PPLA3", population=12000)
TIAHYNKA = place(61, "Tiahynka", 46.76, 33.05, "08")
KOZATSKE = place(62, "Kozatske", 46.83, 33.50, "08")
DONETSK = place(63, "Donetsk", 48.02, 37.80, "05", "PPLA", population=900_000)
OLEKSANDRIVKA_KHERSON = place(64, "Oleksandrivka", 46.70, 32.60, "08")
OLEKSANDRIVKA_ODESA = place(65, "Oleksandrivka", 46.30, 30.60, "17")
TOWN_FAR = place(66, "Pervomaisk", 48.40, 23.00, "25", population=30_000)
VILLAGE_NEAR = place(67, "Pervomaisk", 47.40, 33.90, "08", population=50)


def test_a_major_city_does_not_win_by_a_former_name() -> None:
    s = "Russian forces shelled Oleksandrivka on Monday."
    (r,) = resolve([mention("Oleksandrivka", s, DONETSK, OLEKSANDRIVKA_KHERSON, OLEKSANDRIVKA_ODESA)])
    assert r.place != DONETSK


def test_a_local_report_keeps_a_name_inside_its_cluster() -> None:
    first = "Russian troops shelled Beryslav, Tiahynka and Kozatske overnight."
    second = "Fighting was also reported near Pervomaisk."
    far_town = mention("Pervomaisk", second, TOWN_FAR, VILLAGE_NEAR)
    far_town = Mention(**{**{f: getattr(far_town, f) for f in far_town.__slots__}, "sentence_start": 100})
    result = resolve(
        [mention("Beryslav", first, BERYSLAV), mention("Tiahynka", first, TIAHYNKA),
         mention("Kozatske", first, KOZATSKE), far_town]  # fmt: skip
    )
    assert result[3].place == VILLAGE_NEAR and result[3].how.startswith("near other places")


def test_a_local_report_still_names_a_far_city_by_its_own_name() -> None:
    first = "Russian troops shelled Beryslav, Tiahynka and Kozatske, and struck Kyiv overnight."
    result = resolve(
        [mention("Beryslav", first, BERYSLAV), mention("Tiahynka", first, TIAHYNKA),
         mention("Kozatske", first, KOZATSKE), mention("Kyiv", first, KYIV, KYIV_HAMLET)]  # fmt: skip
    )
    assert result[3].place == KYIV


DONETSK_CITY = place(70, "Donetsk", 48.02, 37.80, "05", "PPLA", population=900_000)
AVDIIVKA = place(71, "Avdiivka", 48.14, 37.75, "05", population=30_000)
MARIINKA = place(72, "Marinka", 47.95, 37.50, "05", population=9_000)
KHERSON = place(73, "Kherson", 46.64, 32.61, "08", "PPLA", population=280_000)
NAMESAKE_BY_DONETSK = place(74, "Pervomaiske", 48.10, 37.60, "05")
NAMESAKE_BY_KHERSON = place(75, "Pervomaiske", 46.62, 32.55, "08")


def test_a_namesake_near_the_reports_cluster_beats_one_near_a_stray_place() -> None:
    s = "Russian forces shelled Donetsk, Avdiivka and Marinka, and struck Kherson."
    t = "Fighting continued near Pervomaiske."
    later = mention("Pervomaiske", t, NAMESAKE_BY_KHERSON, NAMESAKE_BY_DONETSK)
    later = Mention(**{**{f: getattr(later, f) for f in later.__slots__}, "sentence_start": 100})
    result = resolve(
        [mention("Donetsk", s, DONETSK_CITY), mention("Avdiivka", s, AVDIIVKA), mention("Marinka", s, MARIINKA),
         mention("Kherson", s, KHERSON), later]  # fmt: skip
    )
    assert result[4].place == NAMESAKE_BY_DONETSK


def test_a_town_name_a_village_bears_as_an_alternate_is_the_town(ua_gazetteer) -> None:
    # GeoNames lists "Volnovakha" among the names of Vodiane, a hamlet near Vuhledar
    from mapper.pipeline import extract

    events = extract("Russian forces captured Volnovakha and then attacked Vuhledar.", ua_gazetteer)
    placed = {e.mention.surface: e.place.geonameid for e in events}
    assert placed["Volnovakha"] == 689198


def test_a_pair_of_list_mates_is_weighed_as_a_pair(ua_gazetteer) -> None:
    # Two hamlets called Krasnogorovka (809823) and Novomykhailivka (809829) lie 10 km apart north of
    # Kramatorsk; the town of Krasnohorivka (704393, 14,666 people) lies 17 km from the Novomykhailivka
    # near Marinka (699458). Weighing only the size of the name being placed put one name on the town
    # and its mate on a hamlet, then dropped the hamlet as far from the town.
    from mapper.pipeline import extract

    events = extract("Russian forces attacked Krasnogorovka and Novomikhailovka.", ua_gazetteer)
    placed = {e.mention.surface: e.place.geonameid if e.place else None for e in events}
    assert placed == {"Krasnogorovka": 704393, "Novomikhailovka": 699458}


def test_a_loose_match_that_lies_elsewhere_than_the_text_says_is_dropped(ua_gazetteer) -> None:
    from mapper.pipeline import extract

    events = extract("Russian troops were attacked near Shepilov (7 km south of Kreminna).", ua_gazetteer)
    (shepilov,) = [e for e in events if e.mention.surface == "Shepilov"]
    assert shepilov.place is None and shepilov.resolution.startswith("unresolved")


def test_a_lists_own_places_outweigh_a_place_named_elsewhere(ua_gazetteer) -> None:
    # two Nadiias: one by Terny and Torske (Luhansk Oblast, 49.37 N 37.93 E), one south of Pokrovsk,
    # beside Udachne, which the report names in another paragraph
    from mapper.pipeline import extract

    text = (
        "In the Pokrovsk direction, the enemy attacked near Udachne and Kotlyne.\n\n"
        "In the Lyman direction, the occupiers attacked 8 times in the areas of Nadiia, Terny, Yampolivka and Torske."
    )
    placed = {e.mention.surface: e.place.geonameid for e in extract(text, ua_gazetteer) if e.place}
    assert placed["Nadiia"] == 810714


@pytest.mark.parametrize("bearing,town,village,expected", [
    ("north", "Avdiivka", "Stepove", 9113132),  # the Stepove north of Avdiivka, not the one by Zaporizhzhia
    ("southwest", "Kreminna", "Dibrova", 710592),
])  # fmt: skip
def test_a_bearing_from_the_town_named_before(ua_gazetteer, bearing: str, town: str, village: str, expected: int) -> None:
    from mapper.pipeline import extract

    text = f"Russian forces kept up assaults around {town} and {bearing} of the town near {village}."
    placed = {e.mention.surface: e.place.geonameid for e in extract(text, ua_gazetteer) if e.place}
    assert placed[village] == expected


def test_a_distance_in_an_apposition_places_the_name(ua_gazetteer) -> None:
    from mapper.pipeline import extract

    events = extract("Ukrainian troops recaptured Lukianivka, a village some 60 km east of Kyiv.", ua_gazetteer)
    placed = {e.mention.surface: e.place.geonameid for e in events if e.place}
    assert placed["Lukianivka"] == 8527804  # the village in Brovary raion, not a Lukianivka in Kyiv's west


def test_an_abandoned_town_keeps_its_own_name(ua_gazetteer) -> None:
    # GeoNames marks Chornobyl abandoned (PPLQ), and lists "Chornobyl" among the names of a quarter of Kramatorsk
    from mapper.pipeline import extract

    events = extract("By the evening the Chornobyl plant was in Russian hands.", ua_gazetteer)
    assert {e.place.geonameid for e in events if e.mention.surface == "Chornobyl"} == {710403}


def test_an_oblast_in_parentheses_locates_only_the_list_before_it() -> None:
    sentence = "Fighting went on near Bilohirka (Kherson Oblast) and near Myroliubivka."
    mentions = [
        mention("Bilohirka", sentence, BILOHIRKA_KHERSON, BILOHIRKA_FAR),
        mention("Kherson Oblast", sentence, KHERSON_OBLAST, kind="region"),
        mention("Myroliubivka", sentence, MYRO_KHARKIV, MYRO_NEAR),
    ]
    bilohirka, _, myroliubivka = resolve(mentions)
    assert bilohirka.place == BILOHIRKA_KHERSON and bilohirka.how.startswith("admin named nearby")
    assert not myroliubivka.how.startswith("admin named nearby")  # placed by closeness, not by the oblast
    assert myroliubivka.place == MYRO_NEAR


def test_a_town_that_once_bore_the_name_does_not_win_on_size() -> None:
    # GeoNames lists "Hrodivka" among Myrnohrad's names; the village of that name lies as near
    myrnohrad = place(50, "Myrnohrad", 48.31, 37.27, "05", "PPLA3", population=46_000)
    hrodivka = place(51, "Hrodivka", 48.26, 37.38, "05", "PPLA3", population=2_300)
    novohrodivka = place(52, "Novohrodivka", 48.20, 37.34, "05", "PPLA3", population=14_000)
    sentence = "Russian forces attacked near Hrodivka and Novohrodivka."
    chosen = resolve([mention("Hrodivka", sentence, myrnohrad, hrodivka), mention("Novohrodivka", sentence, novohrodivka)])
    assert chosen[0].place == hrodivka


def test_a_name_listed_many_times_costs_its_namesakes_once(builtin_gazetteer, monkeypatch: pytest.MonkeyPatch) -> None:
    """A sentence naming one village hundreds of times (a fuzzed report took 216 s) weighs each list
    mate's namesakes once: the distances computed grow with the list, not with its square."""
    import mapper.reading.closeness as closeness
    from mapper.pipeline import extract

    calls = 0
    km_apart = closeness.km_apart

    def counted(a, b):
        nonlocal calls
        calls += 1
        return km_apart(a, b)

    monkeypatch.setattr(closeness, "km_apart", counted)
    extract("Russian forces shelled " + "Petrivka, " * 600 + "and Izium.", builtin_gazetteer)
    assert calls < 1_000_000  # 135,000 now; about 7 million when each mention's namesakes were weighed again


@pytest.mark.parametrize(
    ("title", "text", "surface", "geonameid"),
    [
        # the one Antonivka of Kherson Oblast, not the larger one of Rivne Oblast
        ("Kherson region", "Antonivka: a drone drops a charge on a bus", "Antonivka", 713304),
        # an oblast's centre in the title names its oblast's front: the Verbove by Robotyne
        ("Zaporizhzhia front", "Infantry advance under fire near Verbove", "Verbove", 689965),
        # the title names the town itself: the town, not a village beside it
        ("Dobropillia", "Russian units advance north-east of Dobropillia", "Dobropillia", 709900),
    ],
)
def test_a_reports_title_places_the_names_its_text_leaves_open(
    ua_gazetteer, title: str, text: str, surface: str, geonameid: int
) -> None:
    from mapper.model import Report
    from mapper.pipeline import extract

    events = extract(Report("caption", text, title=title), ua_gazetteer, all_mentions=True)
    placed = {e.mention.surface: e.place.geonameid for e in events if e.place is not None}
    assert placed[surface] == geonameid



def test_an_oblast_a_road_leads_to_locates_nothing(ua_gazetteer) -> None:
    # Udachne west of Pokrovsk (690841, Donetsk Oblast), not the Udachne of Dnipropetrovsk Oblast
    from mapper.pipeline import extract

    events = extract("Russian troops entered Kotlyne and Udachne, on the road to Dnipropetrovsk Oblast.", ua_gazetteer)
    placed = {e.mention.surface: e.place.geonameid for e in events if e.place is not None}
    assert placed["Udachne"] == 690841


@pytest.mark.parametrize(
    ("sentence", "surface", "geonameid"),
    [
        # renamed in 2016 and 2021; one hamlet still bears each former name as its own
        ("Russian forces captured Krasny Liman.", "Krasny Liman", 704204),  # Lyman, not the hamlet of 592
        ("Russian forces captured Novgorodskoye.", "Novgorodskoye", 699751),  # Niu-York, not a Sumy village
    ],
)
def test_a_towns_former_name_that_one_hamlet_bears_is_the_town(ua_gazetteer, sentence: str, surface: str, geonameid: int) -> None:
    from mapper.pipeline import extract

    placed = {e.mention.surface: e.place.geonameid for e in extract(sentence, ua_gazetteer) if e.place is not None}
    assert placed[surface] == geonameid


@pytest.mark.parametrize(
    ("text", "surface", "geonameid"),
    [
        # an oblast set off by commas after a name is an aside on that name alone: Kyselivka is the
        # village beside Chornobaivka (Kherson Oblast), not the one of Mykolaiv Oblast
        ("Russian artillery shelled Snihurivka, in Mykolaiv Oblast, as well as Kyselivka and Chornobaivka, "
         "on the outskirts of Kherson.", "Kyselivka", 705783),
        # near the boundary with an oblast is outside it: the Novoiehorivka of Kharkiv Oblast
        ("Russian troops pushed into Novoiehorivka, near the boundary with Luhansk Oblast.", "Novoiehorivka", 699013),
        # a close call is weighed again once its own list's places are decided: the Novooleksandrivka
        # beside Novobakhmutivka and Prohres, not the one beside Lysivka, named a sentence before
        ("Russian forces shelled Lysivka and Sukhyi Yar south of Pokrovsk. Further east, Russian units advanced "
         "from Ocheretyne, taking Novooleksandrivka, Novobakhmutivka and Prohres.", "Novooleksandrivka", 9112926),
    ],
)
def test_what_a_sentence_says_of_where_a_namesake_lies(ua_gazetteer, text: str, surface: str, geonameid: int) -> None:
    from mapper.pipeline import extract

    placed = {e.mention.surface: e.place.geonameid for e in extract(text, ua_gazetteer) if e.place is not None}
    assert placed[surface] == geonameid


def test_a_name_of_its_own_is_not_pulled_into_the_oblast_of_a_list_beside_it(ua_gazetteer) -> None:
    # Lyman the town (Donetsk Oblast), not the hamlet of Luhansk Oblast where the list's places lie,
    # nor a Lyman of Kharkiv Oblast, the oblast of another noun phrase
    from mapper.pipeline import extract

    text = ("Ukrainian artillery shelled Russian positions in Sievierodonetsk and Rubizhne after the counteroffensive "
            "in Kharkiv Oblast and the liberation of Lyman.")
    placed = {e.mention.surface: e.place.geonameid for e in extract(text, ua_gazetteer) if e.place is not None}
    assert placed["Lyman"] == 704204


def test_the_batch_chooses_only_among_the_namesakes_a_report_left_open(ua_gazetteer) -> None:
    # another caption's Dachne (by Kurakhove, Donetsk Oblast) does not move one named with its oblast
    from mapper.model import Report
    from mapper.pipeline import extract_reports

    reports = [Report("a", "Russian MoD claims capture of Dachne, Dnipropetrovsk Oblast"),
               Report("b", "Shelling of Dachne near Kurakhove")]
    placed = {e.report.id: e.place for e in extract_reports(reports, ua_gazetteer) if e.place is not None}
    assert placed["a"].admin1 == "Dnipropetrovsk Oblast" and placed["b"].geonameid == 710332


def test_the_sentence_before_is_the_context_a_name_continues(ua_gazetteer) -> None:
    # the Bilohorivka of Luhansk Oblast, by Kreminna (the sentence before), not the one by Siversk
    from mapper.pipeline import extract

    text = ("Russian forces captured Soledar and attacked near Siversk and Berkhivka. In the Luhansk sector, Russian "
            "forces attacked northwest of Kreminna near Chervonopopivka and southwest of Kreminna near Dibrova. A "
            "milblogger claimed that Russian troops pushed Ukrainian units back from the outskirts of Bilohorivka.")
    placed = {e.mention.surface: e.place.geonameid for e in extract(text, ua_gazetteer) if e.place is not None}
    assert placed["Bilohorivka"] == 712588
