"""The gazetteer: every place mapper can name, from a GeoNames dump, indexed for the press's spellings.

- :mod:`~mapper.gazetteer.store`: :class:`Gazetteer` and the functions that load or import one;
- :mod:`~mapper.gazetteer.geonames`: the reader of GeoNames dumps (``.txt`` or ``.zip``);
- :mod:`~mapper.gazetteer.names`, :mod:`~mapper.gazetteer.translit`, :mod:`~mapper.gazetteer.russian`:
  folding, romanisation tables and the Russian-language forms of Ukrainian names;
- :mod:`~mapper.gazetteer._index`, :mod:`~mapper.gazetteer._cache`: the name index and its on-disk cache
  (the name forms of a feature from :mod:`~mapper.gazetteer._forms`, its kind from :mod:`~mapper.gazetteer._kinds`);
- :mod:`~mapper.gazetteer._tables`: mapper's curated tables (regions, facilities, foreign places);
- :mod:`~mapper.gazetteer.builtin`: the built-in gazetteer (GeoNames' cities500 for Ukraine);
- :mod:`~mapper.gazetteer.geocoder`: a geopy geocoder over the gazetteer.
"""

from mapper.gazetteer.store import (
    Gazetteer,
    import_gazetteer,
    index_dump,
    load_gazetteer,
)

__all__ = ["Gazetteer", "load_gazetteer", "import_gazetteer", "index_dump"]
