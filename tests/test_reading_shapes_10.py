"""A tenth table of sentence shapes, with the full GeoNames dump: what a session's own sentences and its
first-read sets (``tests/data/encyclopaedia_12``, ``tests/data/genres_13``) showed missing, each written in our
own words about real events.

- a direction named after a community's seat among hamlets of its name ("Novopavlivka direction"), even where
  a hamlet lies closer to the other places of the report;
- "the loss of X" whose loser the sentence does not name: lost to whoever took it, as a place falls (to the invader,
  or in a story of Ukrainian gains to the Ukrainians); "Russia's loss of X", "Ukraine's loss of X" as they say;
- "in the X direction ... and recently advanced": the direction still names no place (the advance has no object);
- "the village of A near B": A is the namesake near B (not where A anchors a bearing, "west of A near B", nor in a
  namesake note, "not to be confused with the A near B");
- a name its oblast locates right by it ("Rubizhne (Kharkiv Oblast)") stays inside that oblast when a namesake
  elsewhere is named too ("the much larger city of Rubizhne in Luhansk Oblast");
- a caption's label that places its name by a town and the town by its oblast ("Myrne, near Stanislav in Kherson
  Oblast: a drone drops explosives on a car");
- places counted before a cue and listed after it past a few words ("14 towns had come under fire over the past
  day, including A and B"); groups "that have infiltrated X";
- an entry that did not hold ("had entered X and been destroyed there", "entered X but were pushed back"): an assault;
- a label that says its place's state since a date ("Kurakhove, occupied since December 2024: drones hit ..."):
  the state, and the event after the colon;
- "free of Russian troops" names who is gone, not who freed it (a Russian side named before does not make it an
  occupation);
- a flag raised by "its troops": the side of the one whose troops they are ("Russian defence ministry video said to
  show its troops raising a flag in X");
- a list whose verb is gapped, known by the time after it ("A was freed on 11 June and B the next day", "took A in
  April and B a month later"); not with nothing before it to share ("Staromaiorske followed ... and Urozhaine in
  mid-August" alone: "followed" names no event);
- probing near places ("groups began probing the Ukrainian side near A and B"), not "a probe into the killings";
- Russian troops seen in or near a place ("Russian soldiers had been seen in X", "Russian groups appeared near Y"):
  an assault on it;
- "abandoned suitcases" (a thing left, no withdrawal from a place); a caption title's oblast that leaves a village of
  the name and one that bore it once: the village whose own name it is ("Zatoka", not Karolino-Buhaz);
- "X itself, <an apposition>, was shelled": the verb after the apposition is X's; "X was reported lost";
- a list that goes on past a compass area ("A and B to the north and, to the east, C and D"), past the town that
  placed a member by a bearing and past "to its west" ("took A to the north of X, B to its west, and C");
- a bearing right after a name ("Petrivka, west of Kupiansk") reaches 35 km; a list near a town 15 km;
- a lettered explanatory note under "Notes" ("[b] Not to be confused with Makiivka, the city east of Donetsk") is
  prose, and its namesake note sets that namesake apart ("confused with" needs no "the");
- a claim answered in the same sentence that the attackers were pushed back ("X had been taken, while the
  administration said the attackers had been pushed back"): no status (not "took X, while their attacks near Y
  were pushed back");
- infiltration attempts into places, infiltrating positions near a place; "using glide bombs to strike X" (a means
  and what it does, no goal), not "plans to use its reserves to capture X";
"""

from __future__ import annotations

import pytest
from _readings import check_reading, table

LOSSES = [
    (("The loss of Velyka Novosilka brought the front to within a few kilometres of the border of Dnipropetrovsk "
     "Oblast."), {"Velyka Novosilka": "occupied", "Dnipropetrovsk Oblast": "-"}),
    (("Analysts said the loss of Vuhledar exposed the villages to its north and brought Russian forces closer to "
     "Kurakhove."), {"Vuhledar": "occupied", "Kurakhove": "-"}),
    (("Ukrainian forces liberated Balakliia and Kupiansk in early September. The loss of Izium cut the Russian "
     "supply lines to the south."), {"Izium": "liberated"}),
    ("Russia's loss of Kherson was a blow to the Kremlin.", {"Kherson": "liberated"}),
    ("Ukraine's loss of Soledar in January 2023 exposed the northern flank of the front.", {"Soledar": "occupied"}),
    # a capture told as a noun, naming no side: taken, as a place falls
    ("It was the largest territorial gain since the capture of Bakhmut in May 2023.", {"Bakhmut": "occupied"}),
]

DIRECTIONS = [
    ("Russian forces continued offensive operations in the Zaporizhia direction on 14 October and recently advanced.",
     {"Zaporizhia": "-"}),
    ("Russian forces continued offensive operations in the Lyman direction on 3 June and recently advanced.",
     {"Lyman": "-"}),
]

INFILTRATION = [
    ("Russian forces continued infiltration attempts into Pokrovsk and Myrnohrad on 14 October.",
     {"Pokrovsk": "attacked", "Myrnohrad": "attacked"}),
    (("A brigade spokesperson said Russian troops were using motorcycles to infiltrate Ukrainian positions near "
     "Drobysheve."), {"Drobysheve": "attacked"}),
    ("Russian forces are using glide bombs to strike Kostiantynivka every day.", {"Kostiantynivka": "attacked"}),
    ("Russia plans to use its reserves to capture Kupiansk.", {"Kupiansk": "-"}),
    ("Ukrainian units continue to destroy Russian groups that have infiltrated Pokrovsk.", {"Pokrovsk": "attacked"}),
]

CONTRADICTED = [
    (("Russian channels reported on 11 March that Moshchun had been taken, while the Kyiv Oblast administration said "
     "the same day that the attackers had been pushed back over the river."), {"Moshchun": "-", "Kyiv Oblast": "-"}),
    (("Russian bloggers claimed the capture of Krynky, but the Ukrainian navy said the Russian troops had been driven "
     "back."), {"Krynky": "-"}),
    ("Russian forces took Soledar, while their attacks near Bakhmut were pushed back.",
     {"Soledar": "occupied", "Bakhmut": "attacked"}),
    # a denial after a semicolon answers the claim told there, not the attacks told before it
    (("Russian assaults on Nevske and Makiivka grew more frequent in the summer; by September Russian sources claimed "
     "to have surrounded Makiivka, which Ukrainian officials dismissed."), {"Nevske": "attacked"}),
    ("Russian defence ministry claims the capture of Soledar; Ukraine denies the town has fallen", {"Soledar": "-"}),
]

LISTS = [
    (("Ukrainian units cleared Tsyrkuny and Cherkaski Tyshky to the north and, to the east, Staryi Saltiv and "
     "Rubizhne (Kharkiv Oblast)."), {"Tsyrkuny": "liberated", "Staryi Saltiv": "liberated", "Rubizhne": "liberated",
                                    "Kharkiv Oblast": "-"}),
    ("Russian artillery shelled Vovchansk and Lyptsi in the north and, in the east, Kupiansk.",
     {"Vovchansk": "attacked", "Kupiansk": "attacked"}),
    # a member placed by a bearing from a town, then the list goes on past the town and past "to its west"
    ("Russian forces took Pletenivka to the north of Vovchansk, Ohirtseve to its west, and Starytsia and Buhruvatka "
     "to the south-west, all by 13 May.", {"Ohirtseve": "occupied", "Starytsia": "occupied", "Buhruvatka": "occupied",
                                          "Vovchansk": "-"}),
]

SUBJECTS = [
    ("Mala Tokmachka itself, on the front line since 2022, was shelled almost daily, as was Orikhiv.",
     {"Mala Tokmachka": "attacked", "Orikhiv": "attacked"}),
    ("Tonenke was reported lost at about the same time.", {"Tonenke": "occupied"}),
    ("Bilohorivka was confirmed lost in the summer.", {"Bilohorivka": "occupied"}),
]

LABELS = [
    ("Myrne, near Stanislav in Kherson Oblast: a Russian drone drops explosives on a car",
     {"Myrne": "attacked", "Stanislav": "-", "Kherson Oblast": "-"}),
    ("Ivanivka, near Huliaipole in Zaporizhzhia Oblast: shelling damages the school",
     {"Ivanivka": "attacked", "Huliaipole": "-"}),
    ("Kurakhove, occupied since December 2024: Ukrainian drones hit a fuel depot on the edge of the town",
     {"Kurakhove": "attacked"}),
    ("Kurakhove, occupied since December 2024: Ukrainian drones hit a fuel depot on the edge of the town",
     {"Kurakhove": "occupied"}),
]

ENTRIES = [
    ("Russian sources claimed that Ukrainian assault groups had entered Novoprokopivka and been destroyed there.",
     {"Novoprokopivka": "attacked"}),
    ("Ukrainian assault groups entered Robotyne on 30 July but were pushed back.", {"Robotyne": "attacked"}),
    ("Ukrainian troops entered Kherson on 11 November and raised the flag.", {"Kherson": "liberated"}),
]

INCLUDED = [
    (("The governor said 14 towns and villages had come under fire over the past day, including Orikhiv, Stepnohirsk "
     "and Huliaipole."), {"Orikhiv": "attacked", "Stepnohirsk": "attacked", "Huliaipole": "attacked"}),
    ("Nine settlements were shelled overnight, among them Nikopol and Marhanets.",
     {"Nikopol": "attacked", "Marhanets": "attacked"}),
]

CONTESTED = [
    (("Chasiv Yar: the Russian defence ministry says its troops have taken the town; Ukraine's army says fighting "
     "there goes on"), {"Chasiv Yar": "attacked"}),
]

TRACES = [
    ("Kramatorsk: abandoned suitcases and prams on the station platform after a missile strike on waiting evacuees",
     {"Kramatorsk": "attacked"}),
    ("Russian troops abandoned Kherson in November 2022.", {"Kherson": "liberated"}),
    # a nominal event whose object is the town named before: "shelling of the town"
    ("Police help elderly residents out of Vovchansk, Kharkiv Oblast, as shelling of the town goes on",
     {"Vovchansk": "attacked", "Kharkiv Oblast": "-"}),
]

SEEN = [
    ("Analysts reported that Russian soldiers had been seen in Kucheriv Yar on 11 August.", {"Kucheriv Yar": "attacked"}),
    ("By 12 August Russian groups had also appeared near Vesele.", {"Vesele": "attacked"}),
    ("Ukrainian soldiers were seen in the centre of Kherson on 11 November.", {"Kherson": "-"}),
    ("Russian reconnaissance groups began probing the Ukrainian side near Basivka and Zhuravka in late March.",
     {"Basivka": "attacked", "Zhuravka": "attacked"}),
    ("Prosecutors opened a probe into the killings in Bucha.", {"Bucha": "-"}),
]

GAPPED = [
    ("Blahodatne and Neskuchne were reported freed on 11 June and Storozheve and Makarivka the next day.",
     {"Storozheve": "liberated", "Makarivka": "liberated"}),
    ("Russian troops took Ocheretyne in April and Novoselivka Persha a month later.",
     {"Novoselivka Persha": "occupied"}),
    ("Staromaiorske followed in late July and Urozhaine in mid-August.", {"Urozhaine": "-"}),
]

FREED_OF = [
    ("On 4 April the governor said that no Russian units remained in the villages of the region, and on 8 April he "
     "declared Sumy Oblast free of Russian troops.", {"Sumy Oblast": "liberated"}),
]

FLAGS = [
    ("Russian defence ministry video said to show its troops raising a flag in Huliaipole", {"Huliaipole": "occupied"}),
    ("The Ukrainian army released a video of its soldiers raising the flag in Kupiansk.", {"Kupiansk": "liberated"}),
]

GROUPS = {"freed of": FREED_OF, "flags": FLAGS, "gapped": GAPPED, "seen": SEEN, "traces": TRACES, "contested": CONTESTED, "included": INCLUDED, "entries": ENTRIES, "labels": LABELS, "subjects": SUBJECTS, "lists": LISTS, "losses": LOSSES, "directions": DIRECTIONS, "infiltration": INFILTRATION, "contradicted": CONTRADICTED}


@pytest.mark.parametrize("sentence,expected", table(GROUPS))
def test_sentence_reading(ua_gazetteer, sentence: str, expected: dict[str, str]) -> None:
    check_reading(ua_gazetteer, sentence, expected)


def test_a_direction_is_named_after_the_seat_of_a_community_not_a_hamlet_nearer_the_front(ua_gazetteer) -> None:
    from mapper.pipeline import extract

    text = ("Pokrovsk direction: 30 attacks near Udachne, Kotlyne and Zvirove.\n\n"
            "Novopavlivka direction: 19 attacks near Andriivka, Kostiantynopil and Ulakly.")
    [event] = [e for e in extract(text, ua_gazetteer, all_mentions=True) if e.mention.surface == "Novopavlivka"]
    assert event.place is not None and event.place.geonameid == 699373  # Dnipropetrovsk Oblast, its hromada's seat
    assert event.resolution == "town a direction is named after"


def test_a_name_placed_near_the_one_after_it_is_the_namesake_there(ua_gazetteer) -> None:
    from mapper.pipeline import extract

    text = ("Russia's defence ministry claimed the capture of Ivanivka in the Dnipropetrovsk region and of the village "
            "of Pryvilne near Huliaipole in the Zaporizhzhia region.")
    places = {e.mention.surface: e.place for e in extract(text, ua_gazetteer, all_mentions=True)}
    assert places["Pryvilne"] is not None and places["Pryvilne"].geonameid == 9114257  # 9 km from Huliaipole
    # a bearing's anchor is not placed by the list after it
    text = "Russian forces attacked west of Kreminna near Terny and Torske."
    places = {e.mention.surface: e.place for e in extract(text, ua_gazetteer, all_mentions=True)}
    assert places["Kreminna"] is not None and places["Kreminna"].geonameid == 704138
    assert places["Terny"] is not None and places["Terny"].admin1_code == "05"


def test_a_name_its_oblast_locates_keeps_to_it_beside_a_namesake_in_another_oblast(ua_gazetteer) -> None:
    from mapper.pipeline import extract

    text = ("Ukrainian units retook Staryi Saltiv and Rubizhne (Kharkiv Oblast) in early May. Some media took the news "
            "to mean the much larger city of Rubizhne in Luhansk Oblast, then under siege.")
    first, second = [e.place for e in extract(text, ua_gazetteer, all_mentions=True) if e.mention.surface == "Rubizhne"]
    assert first is not None and first.admin1_code == "07"  # the village east of Kharkiv
    assert second is not None and second.geonameid == 695274  # the city in Luhansk Oblast


def test_a_bearing_right_after_a_name_reaches_farther_than_a_list_near_a_town(ua_gazetteer) -> None:
    from mapper.pipeline import extract

    [event] = [e for e in extract("Petrivka, west of Kupiansk: a drone hits a private house", ua_gazetteer)]
    assert event.place is not None and event.place.geonameid == 811173  # 30 km west of Kupiansk
    text = "Russian forces attacked southwest of Kreminna near Dibrova and south of Kreminna near Bilohorivka."
    places = {e.mention.surface: e.place for e in extract(text, ua_gazetteer, all_mentions=True)}
    assert places["Dibrova"] is not None and places["Dibrova"].geonameid == 710592  # 5 km from Kreminna, not 25


def test_a_lettered_note_is_read_and_sets_its_namesake_apart(ua_gazetteer) -> None:
    from mapper.pipeline import extract

    text = ("# Battle of Kreminna\n\nUkrainian forces had retaken Makiivka in December 2022.[b]\n\n## Notes\n\n"
            "[b] Not to be confused with Makiivka, the city east of Donetsk.\n\n## References\n\n"
            "1. ^ \"Russian troops capture Makiivka\". Example Wire. 2022.")
    events = [e for e in extract(text, ua_gazetteer, all_mentions=True) if e.mention.surface == "Makiivka"]
    assert len(events) == 2  # the note is read; the citation is not
    retaken, note = events
    assert note.place is not None and note.place.geonameid == 702320 and note.status is None  # the city
    assert retaken.place is not None and retaken.place.geonameid != 702320 and retaken.status == "liberated"


def test_a_title_oblast_holding_one_namesake_by_its_own_name_and_another_by_a_former_one(ua_gazetteer) -> None:
    # (Odesa Oblast holds the village Zatoka and Karolino-Buhaz, once also called Zatoka: the title's oblast
    # leaves two namesakes, of which one bears the name as its own; this once raised an IndexError)
    from mapper.pipeline import extract_reports
    from mapper.reports import report_from_text

    caption = report_from_text("Zatoka: a damaged bridge over the estuary after a missile strike", "c1", title="Odesa region")
    other = report_from_text("Odesa: a drone hits a warehouse in the port", "c2", title="Odesa region")
    events = [e for e in extract_reports([caption, other], ua_gazetteer) if e.mention.surface == "Zatoka"]
    assert [e.place.geonameid for e in events if e.place] == [687557] and events[0].status == "attacked"


def test_a_title_oblast_keeps_the_namesake_whose_own_name_it_is_against_the_batch(ua_gazetteer) -> None:
    from mapper.pipeline import extract_reports
    from mapper.reports import report_from_text

    caption = report_from_text("Zatoka: a damaged bridge over the estuary after a missile strike", "c1", title="Odesa region")
    other = report_from_text("Bilhorod-Dnistrovskyi: a drone hits a warehouse", "c2", title="Odesa region")
    [event] = [e for e in extract_reports([caption, other], ua_gazetteer) if e.mention.surface == "Zatoka"]
    assert event.place is not None and event.place.geonameid == 687557  # not Karolino-Buhaz, 10 km away
