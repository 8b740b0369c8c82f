"""A thirty-sixth table of sentence shapes, with the full GeoNames dump: what the thirty-fourth session's reading of
``tests/data/genres_98`` and ``encyclopaedia_99`` (blind through the thirty-third) showed missing, each written in
our own words about real events:

- a bulletin whose title is dated with its own day ("Ministry of Defence briefing, 3 June 2024") is news, though its
  text opens on an earlier date: its undated sentences tell of the report's day, not of the first year it writes;
- "Ukrainian troops retook Kupiansk in September 2022, and Svatove has been their next goal": a name after ", and"
  with a copula of its own is the subject of a new clause, no object of the verb before;
- "Moscow's largest gain since its troops took Mariupol": "its" is the state named nearest before it (not a place
  after a preposition: "its activity around Kyiv").
"""

from __future__ import annotations

import datetime as dt

import pytest
from _readings import check_reading, table

from mapper.model import Report
from mapper.pipeline import extract

SHAPES = [
    ("Ukrainian troops retook Kupiansk in September 2022, and Svatove has been their next goal ever since.",
     {"Kupiansk": "liberated", "Svatove": "-"}),
    ("Ukrainian troops retook Kupiansk, and Svatove was the next town on the road east.", {"Svatove": "-"}),
    ("The fall of Avdiivka was Moscow's largest gain since its troops took Mariupol in May 2022.",
     {"Avdiivka": "occupied", "Mariupol": "occupied"}),
    ("Kyiv's biggest success of the year came when its forces retook Kherson.", {"Kherson": "liberated", "Kyiv": "-"}),
    (("After Russia announced that it would reduce its activity around Kyiv and Chernihiv, its forces left Bucha within "
      "days."), {"Bucha": "liberated", "Kyiv": "-"}),
]


@pytest.mark.parametrize("sentence,expected", table({"shapes": SHAPES}))
def test_sentence_shapes(ua_gazetteer, sentence: str, expected: dict[str, str]) -> None:
    check_reading(ua_gazetteer, sentence, expected)



def test_a_bulletin_titled_with_its_own_day_dates_its_sentences_by_it(ua_gazetteer) -> None:
    text = ("Ukrainian units, which seized the village in September 2022, still hold it, the ministry says.\n\n"
            "Russian artillery shelled Kupiansk and Kivsharivka.")
    for title, expected in (("Ministry of Defence briefing, 3 June 2024", dt.date(2024, 6, 3)),
                            ("Ministry of Defence briefings", dt.date(2022, 9, 1))):
        report = Report(id="t", text=text, date=dt.date(2024, 6, 3), title=title)
        dated = {e.event_date for e in extract(report, ua_gazetteer) if e.status}
        assert dated == {expected}, (title, dated)
