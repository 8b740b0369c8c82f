"""An eighteenth table of sentence shapes, with the full GeoNames dump: what the sixteenth session's development sets
(``tests/data/encyclopaedia_37`` and ``genres_35``, blind through the fifteenth, and the older sets) showed missing,
each written in our own words about real events.

- a claim answered in its sentence by the defenders' own word that they "had not left" the village is no change of
  hands; "did not deny the claim" answers nothing (the claim stands); a spokesman who "rejected that, saying our troops
  still hold X despite daily assaults" denies the claim before, not the assaults on X;
- a bare claim of a town "itself" ("the ministry claimed Avdiivka itself on 17 February") is a capture claim, and one
  of "both villages" after a semicolon claims the two the clause before named;
- a gapped clause names its time as "soon after", "shortly afterwards", past an aside placing it ("A and B fell in
  July, and C, north of B, soon after"): C shares the event;
- an army that "used X as a base/springboard" (or "entered X and used it as a base") holds X (the annotators, 5 times
  of 5); a village "abandoned by its inhabitants" was left by people, not by an army;
- wrecks "displayed/shown/exhibited in X" were shown there: no attack on X;
- a place that "lay (largely) in ruins" was struck (the annotators, 14 times of 16), as is each of a list "most of
  which lay in ruins" (a quantified relative, "most/all/both of which", tells of the list);
- a flag raised in a Russian claim that names no side for the troops ("Russian milbloggers claimed that assault
  groups had raised a flag over X") is a Russian flag;
- a city fronted is struck where its district is, whatever villages the cue's list goes on to ("In Kherson, shelling
  of the Korabelnyi district and of nearby Antonivka wounded three people");
- a list goes on past an oblast to a town's edge ("struck A in Kharkiv Oblast and the outskirts of B"), and a change
  of hands told of the list stops at that edge ("recaptured A and the outskirts of B": B fought at, not taken);
- a breakthrough "near X, which officials acknowledged had been lost" is an attack near X and its loss, both (a
  break-through is no entry into X that the capture would make the same event);
- a caption's place people are evacuated "from X under fire" is under fire (a place after "from" is otherwise a
  reference point: "shelled from X");
- a caption's troops that "clear Russian infiltrators from X" have retaken X (not "from the northern districts");
- a campaign in an oblast named as the time of the sentence's events ("held it until the Ukrainian counteroffensive
  in Kharkiv Oblast", "during the counteroffensive in Kharkiv Oblast, Russian forces withdrew from X") gives the oblast
  no status (the annotators: 5 times of 6);
- "A in Luhansk Oblast and B and C in Donetsk Oblast" lists no two oblasts: A lies in Luhansk Oblast (the village
  Makiivka, not the city of Donetsk Oblast near the text's other places);
- a list mate's city set aside among villages is no namesake to pair with: "near Zaporizhzhia, Komyshuvakha and
  Perebudova" in the Novopavlivka direction pairs Komyshuvakha with the village Zaporizhzhia (Donetsk Oblast), not
  with the city of Zaporizhzhia;
- dates: a news report whose title or first sentence tells of a weekday before its own date ("Russian drones hit
  three villages of Kharkiv Oblast on Sunday", filed on Monday) tells of that day: its undated sentences are dated
  by it, not by the day it was filed;
- a report that opens "Since the beginning of the day, ..." is news though that sentence names no place: its
  undated sentences are of its day, not of a month a later sentence names ("held since the beginning of May");
- of two dates in one part of a sentence, the finer one that falls within the other ("earlier this month ... it had
  retaken X on Aug. 16": the 16th);
- in news, a dated heading dates the sentences under it (a live blog's "## 10 November, 18:40");
- a relative phrase the date after it restates ("hit by a drone overnight, 2 March 2024") is that date; "by the end
  of 2025" is December 2025 (the annotators: 7 times December, 7 the year, which December matches too); "on the
  first day of the invasion" is 24 February 2022;
- a date in a "though" clause dates that clause: "two days later the ministry announced its capture, though
  fighting continued into August" dates the capture two days later, not in August;
- a name a place bears only as an alternate while a place near it (within 30 km) bears it as its own is the
  neighbour's: "Zatoka" is the resort, not Karolino-Buhaz beside it; "Pokrovka" on the Kinburn Spit is the village
  so called, not Ivanivka 20 km north, nearer Ochakiv, whose GeoNames row also lists "Pokrovka" (a former name a
  town still bears far from any namesake, "Artemovsk", is untouched).
"""

from __future__ import annotations

import pytest
from _readings import check_reading, places_of, table

from mapper.pipeline import extract

CLAIMS = [
    (("Moscow said in May 2024 that its troops had captured Ocheretyne, but Ukrainian officers said their units had "
      "not left the town."), {"Ocheretyne": "-"}),
    (("On 11 January 2025 the Russian ministry claimed to have taken Novyi Komar; Ukrainian officials did not deny the "
      "claim."), {"Novyi Komar": "occupied"}),
    ("The Russian Ministry of Defence claimed Avdiivka itself on 17 February 2024.", {"Avdiivka": "occupied"}),
    (("In May 2025 Russian war correspondents claimed that assault units had raised a flag over the school in "
      "Malynivka."), {"Malynivka": "occupied"}),
    ("Ukrainian marines raised a flag over Staromaiorske in July 2023.", {"Staromaiorske": "liberated"}),
    (("In April 2024 Russian troops assaulted Keramik and Arkhanhelske, north of Ocheretyne; Moscow claimed both villages "
      "in May."), {"Keramik": "occupied", "Arkhanhelske": "occupied", "Ocheretyne": "-"}),
    ("Ukraine's army rejected that, saying its troops still hold Bilohorivka despite daily assaults.",
     {"Bilohorivka": "attacked"}),
]

LISTS = [
    ("Russian glide bombs hit Borova in Kharkiv Oblast and the outskirts of Sviatohirsk.",
     {"Borova": "attacked", "Sviatohirsk": "attacked", "Kharkiv Oblast": "-"}),
    ("Ukrainian forces recaptured Kozacha Lopan and the outskirts of Vovchansk in September 2022.",
     {"Kozacha Lopan": "liberated", "Vovchansk": "attacked"}),
]

GAPPING = [
    ("Selydove fell in late October 2024, and Novohrodivka, north of Selydove, soon after.",
     {"Selydove": "occupied", "Novohrodivka": "occupied"}),
    ("Ukrainian troops retook Kupiansk on 10 September 2022 and Izium shortly afterwards.",
     {"Kupiansk": "liberated", "Izium": "liberated"}),
]

STATES = [
    ("In May 2022 Russian forces used Popasna as a springboard for the assault on Bakhmut.",
     {"Popasna": "occupied", "Bakhmut": "attacked"}),
    ("In March 2022 Russian units entered Trostianets and used it as a base for raids towards Okhtyrka.",
     {"Trostianets": "occupied"}),
    ("Ukrainian troops used Kupiansk as a base for the advance on Svatove.", {"Kupiansk": "-"}),
    ("By 2024 Tykhe and Starytsia had been largely abandoned by their residents.", {"Tykhe": "-", "Starytsia": "-"}),
]

RUINS = [
    ("By the summer of 2024 Vovchansk lay largely in ruins.", {"Vovchansk": "attacked"}),
    ("Krasnohorivka, Heorhiivka and Pobieda, all of which lay in ruins by the end of 2024, once held 20,000 people.",
     {"Krasnohorivka": "attacked", "Heorhiivka": "attacked", "Pobieda": "attacked"}),
    ("Russian troops took Oleshky and Hola Prystan, both of which remained under Russian control in 2025.",
     {"Oleshky": "occupied", "Hola Prystan": "occupied"}),
]

DISPLAYS = [
    ("Wrecked Russian tanks were put on display in Lviv's Rynok Square in May 2022.", {"Lviv": "-"}),
    ("The destroyed armour from the battle was later exhibited in Kharkiv.", {"Kharkiv": "-"}),
]

CAPTIONS = [
    ("12 October 2025: Ukrainian troops clear Russian infiltrators from Yampil, south-east of Lyman, brigade says",
     {"Yampil": "liberated", "Lyman": "-"}),
    ("Kupiansk: soldiers clear infiltrators from the northern districts", {"Kupiansk": "attacked"}),
    ("Rescuers evacuate families from Pokrovsk under heavy fire, 20 August 2024", {"Pokrovsk": "attacked"}),
    ("Russian guns shelled Nikopol from Enerhodar on 3 May 2024.", {"Nikopol": "attacked", "Enerhodar": "-"}),
]

FRAMES = [
    ("In Kherson, Russian shelling of the Korabelnyi district and of nearby Antonivka wounded three people on 5 May 2025.",
     {"Kherson": "attacked", "Antonivka": "attacked"}),
    ("Russian troops held Balakliia from March 2022 until the Ukrainian counteroffensive in Kharkiv Oblast.",
     {"Balakliia": "occupied", "Kharkiv Oblast": "-"}),
    ("During the counteroffensive in Kherson Oblast in the autumn of 2022, Russian forces left Snihurivka.",
     {"Snihurivka": "liberated", "Kherson Oblast": "-"}),
]

GROUPS = {"ruins": RUINS, "displays": DISPLAYS, "states": STATES, "gapping": GAPPING, "frames": FRAMES, "claims": CLAIMS, "lists": LISTS, "captions": CAPTIONS}


@pytest.mark.parametrize("sentence,expected", table(GROUPS))
def test_sentence_reading(ua_gazetteer, sentence: str, expected: dict[str, str]) -> None:
    check_reading(ua_gazetteer, sentence, expected)


@pytest.mark.parametrize("text,name,place", [
    ("A Russian missile hit the bridge at Zatoka, south-west of Odesa, on 10 May 2022.", "Zatoka", 687557),
    ("Ukrainian special forces landed near Pokrovka on the Kinburn Spit in October 2022, across the water from Ochakiv.",
     "Pokrovka", 696740),
    ("Russian troops captured Bakhmut, which Moscow calls Artemovsk, in May 2023.", "Artemovsk", 713174),
])
def test_a_name_borrowed_from_a_neighbour_is_the_neighbours(ua_gazetteer, text: str, name: str, place: int) -> None:
    assert places_of(ua_gazetteer, text)[name] == [place]


def test_a_breakthrough_near_a_place_lost_is_an_attack_and_a_loss(ua_gazetteer) -> None:
    text = "In late June 2022 Russian troops broke through near Hirske, which the governor acknowledged had been lost."
    statuses = {e.status for e in extract(text, ua_gazetteer) if e.mention.surface == "Hirske"}
    assert statuses == {"attacked", "occupied"}


def test_an_oblast_after_a_name_is_its_own_not_listed_with_the_next(ua_gazetteer) -> None:
    text = ("Russian aircraft struck Avdiivka and Krasnohorivka. Kreminna direction: Ukrainian units repelled 9 assaults near "
            "Makiivka in Luhansk Oblast and Terny and Torske in Donetsk Oblast.")
    assert places_of(ua_gazetteer, text)["Makiivka"] == [702318]


def test_a_mates_city_among_villages_is_no_namesake_to_pair_with(ua_gazetteer) -> None:
    text = "In the Novopavlivka direction, the enemy attacked 14 times near Zaporizhzhia, Komyshuvakha and Perebudova."
    places = places_of(ua_gazetteer, text)
    assert (places["Zaporizhzhia"], places["Komyshuvakha"]) == ([9112866], [706939])


def test_a_news_report_told_of_a_weekday_dates_its_undated_sentences_by_it(ua_gazetteer) -> None:
    import datetime as dt

    from mapper.reports import report_from_text

    text = ("# Russian drones hit three villages of Kharkiv Oblast on Sunday\n\n"
            "Russian drones struck Zolochiv, Kozacha Lopan and Dergachi on Sunday, the regional governor said.\n\n"
            "In Kozacha Lopan a drone hit a shop. Two houses burned in Zolochiv.")
    report = report_from_text(text, date=dt.date(2024, 6, 3))  # a Monday
    dates = {e.mention.surface: e.event_date for e in extract(report, ua_gazetteer) if e.status == "attacked"}
    assert set(dates.values()) == {dt.date(2024, 6, 2)}


@pytest.mark.parametrize("text,date,precision", [
    ("Firefighters in Kharkiv put out a blaze after a drone hit a warehouse overnight, 14 June 2024", "2024-06-14", "day"),
    ("By the end of 2025 Russian forces held Kurakhove and Dachne.", "2025-12-01", "month"),
    ("Russian troops entered Melitopol on the first day of the invasion.", "2022-02-24", "day"),
])
def test_dates_restated_or_at_a_years_end(ua_gazetteer, text: str, date: str, precision: str) -> None:
    events = [e for e in extract(text, ua_gazetteer) if e.status is not None]
    assert events and {(e.event_date.isoformat(), e.date_precision) for e in events} == {(date, precision)}


def test_a_date_in_a_though_clause_dates_that_clause(ua_gazetteer) -> None:
    import datetime as dt

    text = ("On 28 July 2022 DPR forces entered Marinka. Two days later the ministry announced the capture of Marinka, "
            "though fighting continued into August.")
    dates = {e.event_date for e in extract(text, ua_gazetteer) if e.status == "occupied"}
    assert dates == {dt.date(2022, 7, 30)}


def test_a_report_opening_on_its_day_is_news_though_the_opening_names_no_place(ua_gazetteer) -> None:
    import datetime as dt

    from mapper.reports import report_from_text

    text = ("Since the beginning of the day, 120 combat engagements have taken place.\n\n"
            "In the Pokrovsk direction, the enemy attacked 30 times. Fighting is heaviest near Novooleksandrivka; "
            "Ocheretyne has been held by the enemy since the beginning of May.\n\n"
            "In the Kurakhove direction, our defenders repelled 19 attacks near Krasnohorivka and Heorhiivka.")
    report = report_from_text(text, date=dt.date(2024, 7, 4))
    dates = {e.mention.surface: e.event_date for e in extract(report, ua_gazetteer) if e.status == "attacked"}
    assert dates["Krasnohorivka"] == dt.date(2024, 7, 4)


def test_a_live_blogs_dated_heading_dates_its_entry(ua_gazetteer) -> None:
    import datetime as dt

    from mapper.reports import report_from_text

    text = ("# Kharkiv counteroffensive: live\n\n## 8 September, 19:10\n\nUkrainian troops entered Balakliia.\n\n"
            "## 10 September, 12:00\n\nUkrainian forces retook Kupiansk and Izium.")
    report = report_from_text(text, date=dt.date(2022, 9, 12))
    dates = {e.mention.surface: e.event_date for e in extract(report, ua_gazetteer) if e.status == "liberated"}
    assert dates == {"Balakliia": dt.date(2022, 9, 8), "Kupiansk": dt.date(2022, 9, 10), "Izium": dt.date(2022, 9, 10)}


def test_of_two_dates_the_finer_within_the_other_dates_the_event(ua_gazetteer) -> None:
    import datetime as dt

    from mapper.reports import report_from_text

    text = ("Ukrainian troops pressed on south of Robotyne on Monday. Earlier this month Kyiv said it had retaken "
            "Staromaiorske, in neighbouring Donetsk region, on Aug. 16.")
    report = report_from_text(text, date=dt.date(2023, 8, 28))
    dates = {e.event_date for e in extract(report, ua_gazetteer) if e.mention.surface == "Staromaiorske"}
    assert dates == {dt.date(2023, 8, 16)}
