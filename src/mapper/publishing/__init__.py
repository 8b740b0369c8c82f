"""Publishing events: GeoJSON features (:mod:`~mapper.publishing.features`), files for GIS
(:mod:`~mapper.publishing.export`), the interactive map (:mod:`~mapper.publishing.mapmaker`, with its data
from :mod:`~mapper.publishing.mapdata`, oblast outlines from :mod:`~mapper.publishing.regions` or
:mod:`~mapper.publishing.outlines` and scripts from :mod:`~mapper.publishing.assets`) and the static site
(:mod:`~mapper.publishing.site`)."""
