"""A thirty-sixth table of sentence shapes, with the full GeoNames dump: what the thirty-fourth session's reading of
``tests/data/genres_98`` and ``encyclopaedia_99`` (blind through the thirty-third) showed missing, each written in
our own words about real events:

- a bulletin whose title is dated with its own day ("Ministry of Defence briefing, 3 June 2024") is news, though its
  text opens on an earlier date: its undated sentences tell of the report's day, not of the first year it writes.
"""

from __future__ import annotations

import datetime as dt

from mapper.model import Report
from mapper.pipeline import extract


def test_a_bulletin_titled_with_its_own_day_dates_its_sentences_by_it(ua_gazetteer) -> None:
    text = ("Ukrainian units, which seized the village in September 2022, still hold it, the ministry says.\n\n"
            "Russian artillery shelled Kupiansk and Kivsharivka.")
    for title, expected in (("Ministry of Defence briefing, 3 June 2024", dt.date(2024, 6, 3)),
                            ("Ministry of Defence briefings", dt.date(2022, 9, 1))):
        report = Report(id="t", text=text, date=dt.date(2024, 6, 3), title=title)
        dated = {e.event_date for e in extract(report, ua_gazetteer) if e.status}
        assert dated == {expected}, (title, dated)
