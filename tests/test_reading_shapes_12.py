"""A twelfth table of sentence shapes, with the full GeoNames dump: what the tenth session's first-read sets
(``tests/data/encyclopaedia_17``, ``encyclopaedia_19``, ``genres_17``) showed missing, each written in our own
words about real events.

- a claim answered by the defenders' still controlling the place ("..., but Ukrainian commanders said their
  troops still control the village"; "..., which Ukrainian forces still control"), by a denial of "both claims",
  or made "falsely" ("falsely claimed to have seized the town"): no status from the claim;
- infiltrators named without where they went ("Label: infiltration groups reported in the village", "troops clear
  infiltrators from the northern districts"): the label's place was attacked.
"""

from __future__ import annotations

import pytest
from _readings import check_reading, table

CONTRADICTED = [
    (("Russian war correspondents claimed that Russian troops took Yampil, but Ukrainian commanders said their "
      "troops still control the village."), {"Yampil": "-"}),
    (("Russian bloggers claimed that Russian units hold Kurylivka, which the Ukrainian brigade there says it still "
      "controls."), {"Kurylivka": "-"}),
    (("The Russian ministry said its forces had captured Stepnohirsk and Plavni, but Ukrainian officials denied "
      "both claims."), {"Stepnohirsk": "-", "Plavni": "-"}),
    ("Fighting went on in Kupiansk a week after Moscow falsely claimed to have seized the town.",
     {"Kupiansk": "attacked"}),
]

INFILTRATORS = [
    ("Rodynske: Russian infiltration groups reported in the village overnight", {"Rodynske": "attacked"}),
    ("Pokrovsk: Ukrainian soldiers clear Russian infiltrators from the southern districts", {"Pokrovsk": "attacked"}),
]

GROUPS = {"contradicted": CONTRADICTED, "infiltrators": INFILTRATORS}


@pytest.mark.parametrize("sentence,expected", table(GROUPS))
def test_sentence_reading(ua_gazetteer, sentence: str, expected: dict[str, str]) -> None:
    check_reading(ua_gazetteer, sentence, expected)
