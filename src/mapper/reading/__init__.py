"""Reading a report: from its text to the places it names and the statuses it gives them.

The stages, in the order :mod:`mapper.pipeline` runs them:

1. :mod:`~mapper.reading.sentences`: sentences, with their offsets;
2. :mod:`~mapper.reading.mentions`: the place names (an Aho-Corasick scan over the gazetteer's
   index), with :mod:`~mapper.reading.context` (city or oblast, a person, a unit, a ship) and
   :mod:`~mapper.reading.foreign` (places outside Ukraine);
3. :mod:`~mapper.reading.analysis`: one analysis per sentence (lists, position hints from
   :mod:`~mapper.reading.bearings`, series), read by both stages below;
4. :mod:`~mapper.reading.resolve`: one namesake per name (:mod:`~mapper.reading.closeness` for
   the report's geography);
5. :mod:`~mapper.reading.status`: the statuses each sentence gives its names, from the cue
   lexicon (:mod:`~mapper.reading.cues`, data in ``lexicon/cues.toml``), the scope of each cue
   (:mod:`~mapper.reading.scope` over the list after it, :mod:`~mapper.reading.backward` over the list
   before it) and who acts (:mod:`~mapper.reading.actors`).
"""
