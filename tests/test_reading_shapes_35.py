"""A thirty-fifth table of sentence shapes, with the full GeoNames dump: what the thirty-third session's reading of
``tests/data/captions_44`` and ``encyclopaedia_95`` (blind through the thirty-second) showed missing, each written in
our own words about real events:

- "a claim Kyiv has not confirmed": a government's name before a negated verb of speech is the government;
- "in the occupied port city", "the Russian-held border town": a caption's label is the town a state adjective
  describes, with a word for the kind of town between;
- "in the northern Kherson Oblast town", "a Kharkiv region village": the oblast only says where the town is;
- "ahead of the Russian advance": an event that has not come (no attack);
- "troops have left the island": an island is a place a label's event can be told of by its noun;
- "Moscow says X has fallen; Ukrainian officers reject the claim and say they are clearing infiltrators from its
  streets": the fighting told in the answer stands (attacked);
- "a year after Moscow claimed the city": counted back to the month, as an anniversary is.
"""

from __future__ import annotations

import datetime as dt

import pytest
from _readings import check_reading, table

from mapper.model import Report
from mapper.pipeline import extract

SHAPES = [
    ("Velyka Pysarivka: Moscow claims the capture of the village, a claim Kyiv has not confirmed",
     {"Kyiv": "-"}),
    ("Velyka Pysarivka: Russia says its troops took the village; Kyiv did not comment", {"Kyiv": "-"}),
    ("Skadovsk: a Russian patrol boat burns in the harbour of the occupied port city", {"Skadovsk": "occupied"}),
    ("Vovchansk: fires after a glide bomb strike on the Russian-held border town", {"Vovchansk": "attacked"}),
    ("Vysokopillia: soldiers hoist the flag over the school in the northern Kherson Oblast town",
     {"Vysokopillia": "liberated", "Kherson Oblast": "-"}),
    ("A guided bomb hit a shop in a Kharkiv Oblast village near the border.", {"Kharkiv Oblast": "-"}),
    ("Myrnohrad: families leave by bus ahead of the Russian advance", {"Myrnohrad": "-"}),
    ("Residents of Kostiantynivka were evacuated in anticipation of an assault on the town.", {"Kostiantynivka": "-"}),
    ("Snake Island: Russian troops have left the island, the ministry says", {"Snake Island": "liberated"}),
    (("Vovchansk: Moscow says the town has fallen; Ukrainian commanders reject the claim and say they are clearing "
      "Russian assault groups from its streets"), {"Vovchansk": "attacked"}),
]


@pytest.mark.parametrize("sentence,expected", table({"shapes": SHAPES}))
def test_sentence_shapes(ua_gazetteer, sentence: str, expected: dict[str, str]) -> None:
    check_reading(ua_gazetteer, sentence, expected)


def test_a_claim_whose_denial_tells_no_fighting_is_taken_back(ua_gazetteer) -> None:
    sentence = "Moscow said its troops were clearing Vovchansk of Ukrainian units, a claim Kyiv rejected."
    read = {e.status for e in extract(sentence, ua_gazetteer, all_mentions=True) if e.mention.surface == "Vovchansk"}
    assert read == {None}, read


@pytest.mark.parametrize(("text", "date", "precision"), [
    ("Bakhmut: the ruins seen from a drone a year after Moscow claimed the city", "2023-05-01", "month"),
    ("Two years after Russian troops captured Mariupol, the theatre is still a ruin.", "2022-05-01", "month"),
    ("Rescuers finished on Monday, a day after missiles struck Sumy.", "2024-05-19", "day"),
])
def test_years_after_an_event_count_back_to_its_month(ua_gazetteer, text: str, date: str, precision: str) -> None:
    report = Report(id="t", text=text, date=dt.date(2024, 5, 20))
    dated = [(e.event_date, e.date_precision) for e in extract(report, ua_gazetteer) if e.status]
    assert dated == [(dt.date.fromisoformat(date), precision)], dated
