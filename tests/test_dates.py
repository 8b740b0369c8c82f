"""Tests for mapper.reading.dates: each event dated by its sentence, its context or its report.

The table holds sentences of our own about real events, each with the mention to date (its
surface, the cue of its status) and the date expected: (event date, precision, source). The
dating is tested apart from the status reading: each mention is dated as the pipeline would
date the event its cue reports.
"""

from __future__ import annotations

import datetime as dt

import pytest

from mapper.model import Mention
from mapper.reading._datewords import date_lexicon
from mapper.reading.dates import EventDate, read_dates
from mapper.reading.sentences import split_sentences
from mapper.reports import report_from_text

D = dt.date


def date_of(text: str, surface: str, cue: str | None = None, *, report_date: dt.date | None = None,
            nth: int = 0, status: str | None = None) -> EventDate:  # fmt: skip
    """The date of the ``nth`` mention of ``surface`` in ``text``, its event (of ``status``) given by ``cue``."""
    report = report_from_text(text)
    if report_date is not None:
        from dataclasses import replace

        report = replace(report, date=report_date)
    sentences = split_sentences(report.text)
    start = -1
    for _ in range(nth + 1):
        start = report.text.index(surface, start + 1)
    sentence = next(s for s in sentences if s.start <= start < s.end)
    mention = Mention(report.id, surface, start, start + len(surface), sentence.text, sentence.start)
    return read_dates(report, sentences, [mention]).event_date(mention, cue, status)


ABSOLUTE = [
    ("On 10 September 2022, Ukrainian forces retook Izium.", "Izium", "retook", (D(2022, 9, 10), "day")),
    ("Ukrainian forces liberated Lyman on October 1, 2022.", "Lyman", "liberated", (D(2022, 10, 1), "day")),
    ("Ukrainian troops entered Kherson on 11 Nov. 2022.", "Kherson", "entered", (D(2022, 11, 11), "day")),
    ("Russian forces captured Popasna on 7 May 2022.", "Popasna", "captured", (D(2022, 5, 7), "day")),
    ("Ukraine retook all of Kharkiv Oblast west of the Oskil by 13 September 2022.", "Kharkiv Oblast", "retook",
     (D(2022, 9, 13), "day")),
    # a two-day range and a night are dated by their last day
    ("Russian forces attacked Vuhledar on 13 and 14 March 2022.", "Vuhledar", "attacked", (D(2022, 3, 14), "day")),
    ("Russian forces struck Kharkiv with glide bombs overnight on October 29 to 30, 2024.", "Kharkiv", "struck",
     (D(2024, 10, 30), "day")),
    ("Russian forces assaulted Pavlivka on the night between 28 and 29 October 2022.", "Pavlivka", "assaulted",
     (D(2022, 10, 29), "day")),
    ("Ukrainian forces liberated seven settlements between June 10 and June 12, 2023, among them Neskuchne.",
     "Neskuchne", "liberated", (D(2023, 6, 12), "day")),
    # a span that starts a state is dated by its start
    ("Russian troops held Izium from 1 April to 10 September 2022.", "Izium", "held", (D(2022, 4, 1), "day")),
    # months, parts of months, years: the first day of the period; a season: its first month, known to the year
    ("Russian forces have held Kherson since March 2022.", "Kherson", "held", (D(2022, 3, 1), "month")),
    ("Russian forces captured Lyman in late May 2022.", "Lyman", "captured", (D(2022, 5, 1), "month")),
    ("Russian artillery began to shell Bakhmut in mid-May 2022.", "Bakhmut", "shell", (D(2022, 5, 1), "month")),
    ("Fighting raged in Avdiivka in the first two days of February 2024.", "Avdiivka", "Fighting",
     (D(2024, 2, 1), "month")),
    ("Russian aircraft bombed Avdiivka through January and February 2024.", "Avdiivka", "bombed",
     (D(2024, 1, 1), "month")),
    ("Russian troops took Ivanivske in early 2024.", "Ivanivske", "took", (D(2024, 1, 1), "year")),
    ("Pisky fell to Russian troops in the late summer of 2022.", "Pisky", "fell", (D(2022, 6, 1), "year")),
    ("Russian-backed forces seized Marinka in 2014.", "Marinka", "seized", (D(2014, 1, 1), "year")),
    ("Russian forces captured Bakhmut by the end of May 2023.", "Bakhmut", "captured", (D(2023, 5, 1), "month")),
    # numbers
    ("Ukrainian forces recaptured Andriivka (2023-09-15).", "Andriivka", "recaptured", (D(2023, 9, 15), "day")),
    ("Ukrainian forces recaptured Andriivka on 15.09.2023.", "Andriivka", "recaptured", (D(2023, 9, 15), "day")),
]


@pytest.mark.parametrize("text,surface,cue,expected", ABSOLUTE)
def test_a_date_of_the_sentence(text: str, surface: str, cue: str, expected: tuple) -> None:
    assert date_of(text, surface, cue) == EventDate(*expected, "sentence")


RELATIVE = [
    ("On 6 April 2022, Russian forces shelled Vuhledar. A Russian assault the following day reached Vuhledar itself.",
     "Vuhledar", 1, (D(2022, 4, 7), "day")),
    ("On 31 March 2022, Russian forces left Bucha. Two days later, Ukrainian troops entered Hostomel.",
     "Hostomel", 0, (D(2022, 4, 2), "day")),
    (("On 23 March 2022, Ukrainian forces counterattacked in Kherson Oblast. On the same day, Russian artillery "
     "shelled Mykolaiv."), "Mykolaiv", 0, (D(2022, 3, 23), "day")),
    ("On 18 April 2022 the battle of Donbas began. The next day, Russian troops captured Kreminna.",
     "Kreminna", 0, (D(2022, 4, 19), "day")),
    ("Russian forces took Avdiivka on 17 February 2024. A week later, they attacked Lastochkyne.",
     "Lastochkyne", 0, (D(2024, 2, 24), "day")),
    ("Ukrainian forces recaptured Andriivka on 15 September 2023 and Klishchiivka two days later.",
     "Klishchiivka", 0, (D(2023, 9, 17), "day")),
    ("On 26 March 2022, Russian troops occupied Slavutych. They left Slavutych within days.",
     "Slavutych", 1, (D(2022, 3, 1), "month")),
    (("In April 2024 Russian troops began assaulting Chasiv Yar. By the end of the month, they had reached the "
     "canal in Chasiv Yar."), "Chasiv Yar", 1, (D(2024, 4, 1), "month")),
    (("In June 2023 Ukrainian troops attacked near Bilohorivka. They hoped to retake Lysychansk, which they had "
     "lost a year earlier."), "Lysychansk", 0, (D(2022, 1, 1), "year")),
    ("On 11 March 2022 Russian forces shelled Mykolaiv. Three days earlier, a missile hit Voznesensk.",
     "Voznesensk", 0, (D(2022, 3, 8), "day")),
    # a year from the text's date: the nearest, across the new year
    ("On 20 December 2022, Russian strikes hit Vuhledar. On 3 January, Russian forces attacked Vuhledar again.",
     "Vuhledar", 1, (D(2023, 1, 3), "day")),
    # "three weeks after ... on July 27": forward from the date the clause gives
    ("Ukrainian troops took Urozhaine three weeks after they liberated Staromaiorske on July 27, 2023.",
     "Urozhaine", 0, (D(2023, 8, 17), "day")),
]


@pytest.mark.parametrize("text,surface,nth,expected", RELATIVE)
def test_a_relative_date_counts_from_the_running_date(text: str, surface: str, nth: int, expected: tuple) -> None:
    assert date_of(text, surface, nth=nth) == EventDate(*expected, "sentence")


NEWS = [
    # a weekday: the latest such day on or before the report's date (15 January 2023 was a Sunday)
    ("A Russian missile struck an apartment block in Dnipro on Saturday.", D(2023, 1, 15), "Dnipro",
     (D(2023, 1, 14), "day", "sentence")),
    ("Ukraine's military said on Sunday that fighting continued around Soledar.", D(2023, 1, 15), "Soledar",
     (D(2023, 1, 15), "day", "sentence")),
    ("On Monday, Russia fired ballistic missiles at Kyiv.", D(2024, 9, 3), "Kyiv", (D(2024, 9, 2), "day", "sentence")),
    ("Guided bombs hit a shopping centre in Kharkiv last weekend.", D(2024, 9, 3), "Kharkiv",
     (D(2024, 9, 1), "day", "sentence")),
    ("Russian missiles hit Kyiv yesterday.", D(2022, 10, 11), "Kyiv", (D(2022, 10, 10), "day", "sentence")),
    ("A residential building in Zaporizhzhia was damaged by a missile overnight.", D(2022, 10, 9), "Zaporizhzhia",
     (D(2022, 10, 9), "day", "sentence")),
    ("Over the past day, the enemy shelled Bakhmut and Khromove.", D(2023, 3, 15), "Khromove",
     (D(2023, 3, 15), "day", "sentence")),
    ("Russian forces took the town of Kurakhove early last month.", D(2025, 2, 7), "Kurakhove",
     (D(2025, 1, 1), "month", "sentence")),
    ("It would be the largest town Russia has taken since Avdiivka fell in February last year.", D(2025, 2, 7),
     "Avdiivka", (D(2024, 2, 1), "month", "sentence")),
    ("Toretsk has been fought over since last summer.", D(2025, 2, 7), "Toretsk", (D(2024, 6, 1), "year", "sentence")),
    ("Rescuers finished searching on Monday, a day after two missiles struck the centre of Sumy.", D(2025, 4, 14),
     "Sumy", (D(2025, 4, 13), "day", "sentence")),
    # a day and month after the report's date is of the year before
    ("Ukrainian forces liberated Kherson on 11 November.", D(2023, 1, 15), "Kherson",
     (D(2022, 11, 11), "day", "sentence")),
    ("Kupiansk had been held by Russian forces since the first days of the invasion.", D(2022, 9, 10), "Kupiansk",
     (D(2022, 2, 1), "month", "sentence")),
    # no date in the sentence: the report's, said so
    ("Ukrainian soldiers raised the flag over the council building in Kupiansk.", D(2022, 9, 10), "Kupiansk",
     (D(2022, 9, 10), "day", "report")),
    ("Russian forces may attack Kramatorsk.", D(2023, 5, 1), "Kramatorsk", (D(2023, 5, 1), "day", "report")),
    ("The 2022 Kharkiv counteroffensive freed Izium.", D(2023, 7, 19), "Izium", (D(2023, 7, 19), "day", "report")),
]


@pytest.mark.parametrize("text,report_date,surface,expected", NEWS)
def test_news_dates_count_from_the_report(text: str, report_date: dt.date, surface: str, expected: tuple) -> None:
    assert date_of(text, surface, report_date=report_date) == EventDate(*expected)


def test_a_news_report_dates_its_undated_sentences_by_itself_not_by_a_date_in_passing() -> None:
    text = ("KYIV, Dec 26 (Example Wire) - Russia said on Monday its forces had taken Maryinka. Ukrainian forces "
            "recaptured Kherson in November 2022. Fighting also continues around Krynky.")  # fmt: skip
    assert date_of(text, "Maryinka", report_date=D(2023, 12, 26)) == EventDate(D(2023, 12, 25), "day", "sentence")
    assert date_of(text, "Kherson", report_date=D(2023, 12, 26)) == EventDate(D(2022, 11, 1), "month", "sentence")
    assert date_of(text, "Krynky", report_date=D(2023, 12, 26)) == EventDate(D(2023, 12, 26), "day", "report")


def test_a_date_in_passing_leaves_the_later_days_of_a_dated_report_in_its_year() -> None:
    text = ("# Frontline update, March 12, 2024\n\nUkrainian forces recaptured Klishchiivka on September 17, 2023, "
            "after weeks of fighting. Russian forces attacked near Klishchiivka and Andriivka on March 10 and 11.")
    assert date_of(text, "Klishchiivka", report_date=D(2024, 3, 12)) == EventDate(D(2023, 9, 17), "day", "sentence")
    assert date_of(text, "Andriivka", report_date=D(2024, 3, 12)) == EventDate(D(2024, 3, 11), "day", "sentence")


CONTEXT = [
    # a narrative: an undated sentence takes the date the text last gave
    ("On 10 September 2022, Ukrainian forces retook Izium. The Russian garrison fled toward Kupiansk.", "Kupiansk",
     None, (D(2022, 9, 10), "day", "context")),
    # ... which a look back to a coarser date does not move
    (("On 11 September 2022, Ukrainian forces retook Kupiansk. Russian forces had held the region since 2014. "
     "Ukrainian forces also retook Velykyi Burluk."), "Velykyi Burluk", None, (D(2022, 9, 11), "day", "context")),
    # a missing year from a heading
    ("## September 2022\n\nOn 10 September, Ukrainian forces retook Izium.", "Izium", None,
     (D(2022, 9, 10), "day", "sentence")),
    # a heading that names a period dates what follows it to the month
    ("## Second phase (13 September–2 October 2022)\n\nUkrainian forces advanced toward Lyman.", "Lyman", None,
     (D(2022, 9, 1), "month", "context")),
    # the lead summarises; the body starts over, its years from the first year the text writes
    (("The battle of Kherson began on 24 February 2022. Russian forces left Kherson on 9 November 2022.\n\n"
     "## Occupation\n\nOn 23 March, Ukrainian forces counterattacked in Kherson Oblast."), "Kherson Oblast",
     D(2023, 6, 23), (D(2022, 3, 23), "day", "sentence")),
    ("The battle of Kherson began on 24 February 2022.\n\n## February\n\nRussian troops crossed into Kherson Oblast.",
     "Kherson Oblast", D(2023, 6, 23), (D(2022, 2, 1), "month", "context")),
    # a background section's look back (2014) does not carry into the next section
    (("The battle for the town was fought in March and April 2022.\n\n## Background\n\nIn 2014 separatists held "
      "Sloviansk for three months.\n\n## Battle\n\nOn 1 April Russian forces took Izium."), "Izium", D(2024, 12, 31),
     (D(2022, 4, 1), "day", "sentence")),
    # ... nor does a state's start written in the next one ("on the front line since 2022")
    (("The battle of Robotyne was fought in the summer of 2023.\n\n## Background\n\nRussian forces took Robotyne "
      "in March 2022.\n\n## Battle\n\nOn 8 June Ukrainian brigades attacked from Mala Tokmachka. Mala Tokmachka, on "
      "the front line since 2022, was shelled daily. In July Ukrainian troops attacked Verbove."), "Verbove",
     D(2024, 1, 20), (D(2023, 7, 1), "month", "sentence")),
    # ... while a section that goes on from where the one before ended keeps its running date
    (("The battle of Kherson began on 24 February 2022.\n\n## Liberation\n\nOn 11 November 2022 Ukrainian forces "
      "entered Kherson.\n\n## Aftermath\n\nOn 3 January Russian artillery shelled Antonivka."), "Antonivka",
     D(2024, 12, 31), (D(2023, 1, 3), "day", "sentence")),
    # a lead that names the end of the time it tells of: the body's sections go on in the year they gave
    (("The offensive began after the fall of Avdiivka and went on into the winter of 2025.\n\n## Breakthrough\n\n"
      "In April 2024 Russian troops broke into Ocheretyne.\n\n## Towns\n\nUkrainian troops left Novohrodivka "
      "in early September.\n\n## Pokrovsk\n\nIn November and December 2024 the Russians pushed on Pokrovsk."),
     "Novohrodivka", D(2025, 12, 15), (D(2024, 9, 1), "month", "sentence")),
    # an article dated at its writing is no news report for a year it names ("the summer of that year")
    (("The battle of Selydove was fought in September and October 2024 for Selydove and the towns around it. It "
      "followed the Russian advance west from Avdiivka in the spring and summer of that year. Russian troops entered "
      "the town in the middle of October and by the end of the month held it.\n\n## Battle\n\nIn the last week of "
      "August Russian troops took Hrodivka. Ukrainian commanders said that Russian units were attacking near "
      "Mykhailivka."), "Mykhailivka", D(2024, 12, 31),
     (D(2024, 8, 1), "month", "context")),
    # no date anywhere
    ("Ukrainian forces retook Izium.", "Izium", None, (None, None, None)),
]


@pytest.mark.parametrize("text,surface,report_date,expected", CONTEXT)
def test_a_sentence_without_a_date_takes_the_context(text: str, surface: str, report_date: dt.date | None,
                                                     expected: tuple) -> None:  # fmt: skip
    assert date_of(text, surface, report_date=report_date) == EventDate(*expected)


SVIATOHIRSK = ("On 12 September 2022, Ukrainian forces liberated Sviatohirsk, which Russian forces had captured in "
               "June 2022.")  # fmt: skip
SVATOVE = ("Russian forces withdrew from Svatove on 12 September 2022; Russian troops returned to Svatove on 14 "
           "September.")  # fmt: skip
SHEVCHENKOVE = ("Ukrainian officials said troops had entered Balakliia on Thursday and retaken Shevchenkove, a "
                "village north of it, on Friday.")  # fmt: skip
SUMMER_PUSH = ("The June 2023 push south of Velyka Novosilka, which freed Blahodatne, Neskuchne and Urozhaine, "
               "ended in August.")  # fmt: skip
DIBROVA = ("On 2 October 2022, Ukrainian troops recaptured Dibrova and by 5 October they were at the entrance to "
           "Hrekivka.")  # fmt: skip


@pytest.mark.parametrize(
    "text,surface,cue,nth,report_date,expected",
    [
        # a relative clause dates itself only
        (SVIATOHIRSK, "Sviatohirsk", "liberated", 0, None, D(2022, 9, 12)),
        (SVIATOHIRSK, "Sviatohirsk", "captured", 0, None, D(2022, 6, 1)),
        # each part of the sentence its own date
        (SVATOVE, "Svatove", "returned to", 1, None, D(2022, 9, 14)),
        (DIBROVA, "Hrekivka", "recaptured", 0, None, D(2022, 10, 5)),
        (DIBROVA, "Dibrova", "recaptured", 0, None, D(2022, 10, 2)),
        (SHEVCHENKOVE, "Shevchenkove", "retaken", 0, D(2022, 9, 10), D(2022, 9, 9)),
        # a relative clause without a date of its own takes the date of what it tells of, before it,
        # past the names it lists, not the main clause's later date
        (SUMMER_PUSH, "Neskuchne", "freed", 0, None, D(2023, 6, 1)),
        (SUMMER_PUSH, "Urozhaine", "freed", 0, None, D(2023, 6, 1)),
    ],
)
def test_of_several_dates_the_one_of_the_event(text: str, surface: str, cue: str, nth: int,
                                               report_date: dt.date | None, expected: dt.date) -> None:  # fmt: skip
    assert date_of(text, surface, cue, report_date=report_date, nth=nth).date == expected


KURAKHOVE_FRONT = "Kurakhove, on the front line since 2022, was shelled again."
KURAKHOVE_HELD = "Kurakhove, occupied since January 2025: a drone hit the power station."
NOVA_KAKHOVKA = "Russian forces have held Nova Kakhovka, on the east bank of the Dnipro, since the first days of March 2022."
DONETSK = "The front ran past Donetsk, held by Russian proxies since 2014, and on to Horlivka."


@pytest.mark.parametrize(
    "text,surface,cue,status,expected",
    [
        # the start of a state in an apposition dates the state, not the strike the sentence reports
        (KURAKHOVE_FRONT, "Kurakhove", "shelled", "attacked", (D(2024, 10, 17), "day", "report")),
        (KURAKHOVE_HELD, "Kurakhove", "hit", "attacked", (D(2024, 10, 17), "day", "report")),
        (KURAKHOVE_HELD, "Kurakhove", "occupied", "occupied", (D(2025, 1, 1), "month", "sentence")),
        (DONETSK, "Donetsk", "held by", "occupied", (D(2014, 1, 1), "year", "sentence")),
        # after an apposition, ", since ..." dates the clause it ends
        (NOVA_KAKHOVKA, "Nova Kakhovka", "have held", "occupied", (D(2022, 3, 1), "month", "sentence")),
    ],
)
def test_a_state_started_in_an_apposition_dates_the_state_only(text: str, surface: str, cue: str, status: str,
                                                               expected: tuple) -> None:  # fmt: skip
    assert date_of(text, surface, cue, report_date=D(2024, 10, 17), status=status) == EventDate(*expected)


@pytest.mark.parametrize("number,row", list(enumerate(date_lexicon().relative)))
def test_each_relative_phrase_is_found_in_its_example(number: int, row) -> None:
    from mapper.reading._timeexpr import find_expressions

    sentences = split_sentences(row.example)
    found = find_expressions(row.example, sentences, range(len(sentences)))
    assert number in [e.row for expressions in found.values() for e in expressions if e.kind == "relative"]


def test_the_pipeline_dates_each_event(ua_gazetteer) -> None:
    import mapper

    text = ("On 10 September 2022, Ukrainian forces retook Kupiansk. The next day, they entered Vovchansk. "
            "Russian forces still held Svatove.")  # fmt: skip
    events = {e.place.name: e for e in mapper.extract(text, ua_gazetteer) if e.place is not None}
    assert (events["Kupyansk"].event_date, events["Kupyansk"].date_source) == (D(2022, 9, 10), "sentence")
    assert (events["Vovchansk"].event_date, events["Vovchansk"].date_precision) == (D(2022, 9, 11), "day")
    assert (events["Svatove"].event_date, events["Svatove"].date_source) == (D(2022, 9, 11), "context")


def test_a_news_report_may_open_on_a_date_in_passing() -> None:
    # two of its first three dates are of its own days: news, though the first lies months back
    text = ("Russian forces have attacked Avdiivka since October 2023. On Saturday they took the town. "
            "On February 17, Ukraine confirmed its withdrawal from Avdiivka. Russian units pressed on to Lastochkyne.")  # fmt: skip
    assert date_of(text, "Lastochkyne", report_date=D(2024, 2, 18)) == EventDate(D(2024, 2, 18), "day", "report")


def test_a_year_heading_dates_its_section() -> None:
    text = "## 2023\n\nRussian forces attacked Bilohorivka."
    assert date_of(text, "Bilohorivka", report_date=D(2024, 6, 1)) == EventDate(D(2023, 1, 1), "year", "context")


def test_an_encyclopaedia_article_dated_at_its_writing_is_no_news_report(ua_gazetteer) -> None:
    # (a year the text names, "the spring and summer of that year", holds the article's date: no sign of news)
    from pathlib import Path

    from mapper.reading.mentions import find_mentions
    from mapper.reports import read_reports

    path = Path(__file__).parent / "data" / "encyclopaedia_7" / "battle_of_selydove.md"
    report = next(iter(read_reports([path]).reports))
    sentences = split_sentences(report.text)
    assert report.date == D(2024, 12, 31)
    assert not read_dates(report, sentences, find_mentions(report, ua_gazetteer, sentences)).news


def test_a_section_goes_on_in_the_year_the_one_before_it_gave(ua_gazetteer) -> None:
    # the lead names the winter of 2025, the body tells of 2024 first: "in early September" is 2024's
    from pathlib import Path

    from mapper.pipeline import extract_reports
    from mapper.reports import read_reports

    path = Path(__file__).parent / "data" / "encyclopaedia_3" / "pokrovsk_offensive.md"
    events = extract_reports(read_reports([path]).reports, ua_gazetteer)
    left = next(e for e in events if e.mention.surface == "Novohrodivka" and e.cue == "withdrew")
    assert (left.event_date, left.date_precision) == (D(2024, 9, 1), "month")
