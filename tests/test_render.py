"""The map page: its data blob, escaping, assets, region outlines, atomic writes."""

from __future__ import annotations

import datetime as dt
import json
import re
from pathlib import Path

import pytest
from _mapfactory import (
    HOSTILE,
    IZIUM,
    KHARKIV_OBLAST,
    KHERSON,
    KUPIANSK,
    NOVEMBER,
    SEPTEMBER,
    event,
    sample_events,
)

from mapper.errors import MapperError
from mapper.model import Place
from mapper.publishing.assets import copy_assets, head_html
from mapper.publishing.mapdata import highlight_span, map_payload, web_url
from mapper.publishing.mapmaker import map_html, write_map
from mapper.publishing.regions import load_outlines, name_key

BLOB = re.compile(r'<script type="application/json" id="([^"]+)">(.*?)</script>', re.DOTALL)


@pytest.fixture(scope="module")
def squares(data_dir: Path):
    return load_outlines(data_dir / "oblast_squares.geojson")


def blob_of(page: str) -> dict:
    match = BLOB.search(page)
    assert match is not None, "the page has no data blob"
    return json.loads(match.group(2))


def test_payload_stores_places_reports_and_sentences_once() -> None:
    payload = map_payload(sample_events())
    assert len(payload["events"]) == 8
    assert len(payload["unresolved"]) == 1
    assert [row[1] for row in payload["places"]] == ["Izium", "Kupiansk", "Kharkiv Oblast", "Kherson", "Bakhmut"]
    assert [row[0] for row in payload["reports"]] == ["september.txt", "november.md", "hostile.txt"]
    assert payload["dates"] == ["2022-09-10", "2022-09-12", "2022-11-11"]
    assert len(payload["sentences"]) == len(set(payload["sentences"]))


def test_payload_dates_each_event_by_its_own_date_else_its_reports() -> None:
    import dataclasses

    liberated = dataclasses.replace(event(SEPTEMBER, "Izium", IZIUM, "liberated"), event_date=dt.date(2022, 9, 1),
                                    date_precision="month", date_source="context")
    undated = dataclasses.replace(event(NOVEMBER, "Izium", IZIUM, "attacked"), report=dataclasses.replace(NOVEMBER, date=None))
    payload = map_payload([liberated, event(NOVEMBER, "Kherson", KHERSON, "liberated"), undated])
    assert [row[9:12] for row in payload["events"]] == [
        ["2022-09-01", "month", "context"], ["2022-11-11", "day", "report"], [None, None, None]]
    assert payload["dates"] == ["2022-09-01", "2022-11-11"]


def test_payload_statuses_are_indexes_and_none_is_minus_one() -> None:
    payload = map_payload(sample_events())
    statuses = [payload["statuses"][row[1]] if row[1] >= 0 else None for row in payload["events"]]
    assert statuses == ["liberated", "attacked", "liberated", "liberated", "occupied", "attacked", "attacked", None]


def test_payload_carries_the_cue_and_flags_undecided_places() -> None:
    import dataclasses

    from mapper.model import Candidate

    made = event(SEPTEMBER, "Izium", IZIUM, "liberated")
    namesakes = (Candidate(IZIUM, "Izium", "exact"), Candidate(KUPIANSK, "Izium", "fuzzy", 80.0))
    undecided = dataclasses.replace(made, mention=dataclasses.replace(made.mention, candidates=namesakes),
                                    cue="retook", resolution="undecided")
    payload = map_payload([made, undecided])
    assert payload["cues"] == ["liberated", "retook"]
    assert [row[6:9] for row in payload["events"]] == [[0, 0, 90], [1, 2, 90]]  # cue, namesakes, confidence


def test_highlight_span_points_at_the_place_in_its_sentence() -> None:
    payload = map_payload(sample_events())
    for row in payload["events"]:
        sentence = payload["sentences"][row[3]]
        name = sentence[row[4] : row[5]]
        assert name and name in {"Izium", "Kupiansk", "Kharkiv region", "Kherson", "Bakhmut"}
    surface, _, sentence, start, end = payload["unresolved"][0]
    assert payload["sentences"][sentence][start:end] == surface == "Hlybokyi Yar"


def test_highlight_span_falls_back_to_the_surface_when_offsets_disagree() -> None:
    made = event(SEPTEMBER, "Kupiansk", KUPIANSK, "attacked")
    shifted = type(made)(made.report, type(made.mention)(
        made.mention.report_id, "Kupiansk", 500, 508, made.mention.sentence, 0), KUPIANSK, "attacked")
    start, end = highlight_span(shifted)
    assert shifted.mention.sentence[start:end] == "Kupiansk"


@pytest.mark.parametrize(
    "url,expected",
    [
        ("https://example.org/a", "https://example.org/a"),
        ("HTTP://example.org", "HTTP://example.org"),
        ("javascript:alert(1)", None),
        ("data:text/html,<script>", None),
        ("//evil.example", None),
        (None, None),
    ],
)
def test_only_web_urls_become_links(url: str | None, expected: str | None) -> None:
    assert web_url(url) == expected


def test_report_text_cannot_break_out_of_the_page() -> None:
    page = map_html([event(HOSTILE, "Kherson", None, None), event(HOSTILE, "Izium", IZIUM, "liberated")],
                    title="<img src=x onerror=alert(1)>", assets="cdn")
    assert "<script>window.__mapper_xss" not in page
    assert "<img src=x" not in page
    assert "onerror=\"window" not in page
    payload = blob_of(page)
    assert any("<script>window.__mapper_xss = 1</script>" in s for s in payload["sentences"])
    assert "<title>&lt;img src=x onerror=alert(1)&gt;</title>" in page


def test_javascript_url_never_reaches_the_page() -> None:
    payload = map_payload([event(NOVEMBER, "Izium", IZIUM, "attacked")])
    assert payload["reports"][0][4] is None
    assert "javascript:" not in map_html([event(NOVEMBER, "Izium", IZIUM, "attacked")])


def test_inline_page_makes_no_request(tmp_path: Path) -> None:
    path = write_map(sample_events(), tmp_path / "map.html", assets="inline")
    page = path.read_text(encoding="utf-8")
    assert not re.findall(r"""<(?:script|link|img)[^>]+(?:src|href)=["']?(?:https?:)?//""", page)
    assert "tile.openstreetmap.org" not in page
    assert "L.markerClusterGroup" in page and "window.mapper" in page
    assert "url(data:image/png;base64," in page
    assert "sourceMappingURL" not in page


def test_a_map_is_offline_unless_asked() -> None:
    page = map_html(sample_events())
    assert "unpkg.com" not in page and "tile.openstreetmap.org" not in page
    assert "L.markerClusterGroup" in page


def test_cdn_and_tiles_only_when_asked() -> None:
    page = map_html(sample_events(), assets="cdn", tiles="OpenStreetMap")
    assert 'src="https://unpkg.com/leaflet@' in page
    assert "tile.openstreetmap.org" in page and "OpenStreetMap" in page
    assert "jquery" not in page.lower() and "bootstrap" not in page.lower()
    assert "tile.openstreetmap.org" not in map_html(sample_events(), assets="cdn")


def test_unknown_tiles_are_refused() -> None:
    with pytest.raises(ValueError, match="'Stamen' is not one of OpenStreetMap"):
        map_html(sample_events(), tiles="Stamen")


def test_local_assets_are_relative_and_copied(tmp_path: Path) -> None:
    html = head_html("local", "assets/")
    assert 'src="assets/leaflet.js"' in html and 'href="assets/mapper.css"' in html
    written = copy_assets(tmp_path / "assets")
    assert (tmp_path / "assets" / "leaflet.js").stat().st_size > 100_000
    assert (tmp_path / "assets" / "images" / "marker-icon.png") in written


def test_unknown_asset_mode_is_refused() -> None:
    with pytest.raises(ValueError, match="'offline' is not one of cdn, inline, local"):
        head_html("offline")  # type: ignore[arg-type]


@pytest.mark.parametrize(
    "title,expected",
    [(None, "<title>mapper: reported territorial change</title>"),
     ("Kharkiv & <east>", "<title>Kharkiv &amp; &lt;east&gt;</title>")],
)
def test_page_has_a_language_a_title_and_lets_the_reader_zoom(title: str | None, expected: str) -> None:
    page = map_html(sample_events(), title=title)
    assert page.startswith("<!DOCTYPE html>\n<html lang=\"en\">")
    assert expected in page and page.count("<title>") == 1
    assert "user-scalable=no" not in page and "maximum-scale" not in page
    assert 'name="viewport"' in page


def test_the_title_reaches_the_legend_as_data_not_markup() -> None:
    page = map_html(sample_events(), title="Kharkiv & <east>")
    assert 'title: "Kharkiv \\u0026 \\u003ceast\\u003e"' in page  # drawn with textContent by mapper.js
    assert "<east>" not in page


def test_geonames_attribution_is_on_the_map() -> None:
    assert "GeoNames" in map_html(sample_events()) and "CC BY 4.0" in map_html(sample_events())


@pytest.mark.parametrize(
    "name,key",
    [
        ("Kharkivs'ka Oblast'", "kharkivska"),
        ("Kharkiv Oblast", "kharkiv"),
        ("Zaporizhzhya Oblast", "zaporizhia"),
        ("Zaporizhia Oblast", "zaporizhia"),
        ("Misto Kyiv", "kiv"),
        ("the Kherson region", "kherson"),
        ("Autonomous Republic of Crimea", "crimea"),
    ],
)
def test_name_key_folds_spellings(name: str, key: str) -> None:
    assert name_key(name) == key


@pytest.mark.parametrize(
    "place,expected",
    [
        (KHARKIV_OBLAST, "Kharkivs'ka oblast"),
        (Place(698738, "Odeska Oblast", 46.4, 30.7, "A", "ADM1", country_code="XX"), "Odessa Oblast"),
        (Place(703447, "Misto Kyiv", 50.45, 30.5, "A", "ADM1", admin1_code="12"), "Kyiv"),
        (Place(703446, "Kyiv Oblast", 50.2, 30.2, "A", "ADM1", admin1_code="13"), "Kyiv Oblast"),
        (Place(1, "Lvivska Oblast", 49.7, 23.9, "A", "ADM1", country_code="XX"), None),
    ],
)
def test_regions_match_by_iso_code_or_name(squares, place: Place, expected: str | None) -> None:
    index = squares.index_of(place)
    found = squares.collection["features"][index]["properties"]["name"] if index is not None else None
    assert found == expected


def test_kyiv_city_and_oblast_are_not_matched_by_an_ambiguous_name(squares) -> None:
    # "Kyiv" and "Kyiv Oblast" share the name key: only the ISO code tells them apart.
    stranger = Place(2, "Kyiv", 50.45, 30.5, "A", "ADM1", country_code="XX")
    assert squares.index_of(stranger) is None


def test_region_event_gets_an_outline_or_a_symbol(squares) -> None:
    events = [event(SEPTEMBER, "Kharkiv region", KHARKIV_OBLAST, "liberated")]
    assert map_payload(events, squares)["places"][0][6] == 0
    assert map_payload(events)["places"][0][6] == -2
    assert map_payload([event(SEPTEMBER, "Izium", IZIUM, "liberated")], squares)["places"][0][6] == -1


def test_outlines_are_simplified_and_named(squares) -> None:
    features = squares.collection["features"]
    assert [f["properties"]["name"] for f in features][:2] == ["Kharkivs'ka oblast", "Odessa Oblast"]
    assert squares.by_iso["UA-63"] == 0
    assert squares.attribution == "Boundaries: oblast_squares.geojson"


@pytest.mark.shared
def test_shared_boundaries_match_every_geonames_oblast(shared: Path) -> None:
    outlines = load_outlines(shared / "boundaries" / "geoBoundaries-UKR-ADM1.geojson")
    assert len(json.dumps(outlines.collection)) < 300_000
    from mapper.publishing.regions import GEONAMES_ADMIN1_ISO

    for code in GEONAMES_ADMIN1_ISO:
        place = Place(int(code), f"admin1 {code}", 48.0, 31.0, "A", "ADM1", admin1_code=code)
        assert outlines.index_of(place) is not None, code


def test_unreadable_boundaries_say_which_file(tmp_path: Path) -> None:
    bad = tmp_path / "oblasts.geojson"
    bad.write_text("{ not json", encoding="utf-8")
    with pytest.raises(MapperError, match="oblasts.geojson"):
        load_outlines(bad)


def test_interrupted_write_leaves_the_old_map(tmp_path: Path) -> None:
    path = tmp_path / "map.html"
    path.write_text("old map", encoding="utf-8")

    def broken():
        yield event(SEPTEMBER, "Izium", IZIUM, "liberated")
        raise KeyboardInterrupt

    with pytest.raises(KeyboardInterrupt):
        write_map(broken(), path)
    assert path.read_text(encoding="utf-8") == "old map"
    assert [p.name for p in tmp_path.iterdir()] == ["map.html"]


def test_places_are_named_as_the_press_writes_them_with_the_geonames_name_kept() -> None:
    import dataclasses

    kupyansk = dataclasses.replace(KUPIANSK, name="Kupyansk")  # GeoNames' older spelling
    made = event(SEPTEMBER, "Kupiansk", kupyansk, "attacked")
    rows = map_payload([made, event(SEPTEMBER, "Izium", IZIUM, "liberated")])["places"]
    assert [(row[1], row[7]) for row in rows] == [("Kupiansk", "Kupyansk"), ("Izium", None)]
    assert map_payload([], labels=[kupyansk])["labels"][0][0] == "Kupiansk"


@pytest.mark.parametrize("extent", ["whole", "part", None])
def test_each_event_row_carries_its_extent(squares, extent: str | None) -> None:
    import dataclasses

    made = dataclasses.replace(event(SEPTEMBER, "Kharkiv region", KHARKIV_OBLAST, "liberated"), extent=extent)
    row = map_payload([made], squares)["events"][0]
    assert (row[12] if len(row) > 12 else None) == extent


def _contrast(one: str, other: str) -> float:
    """WCAG 2 contrast ratio of two ``#rrggbb`` colours."""

    def luminance(colour: str) -> float:
        channels = [int(colour[i : i + 2], 16) / 255 for i in (1, 3, 5)]
        r, g, b = [c / 12.92 if c <= 0.03928 else ((c + 0.055) / 1.055) ** 2.4 for c in channels]
        return 0.2126 * r + 0.7152 * g + 0.0722 * b

    high, low = sorted((luminance(one), luminance(other)), reverse=True)
    return (high + 0.05) / (low + 0.05)


@pytest.mark.parametrize("status", ["liberated", "occupied", "attacked", "none"])
def test_cluster_counts_are_legible_on_each_status_colour(status: str) -> None:
    from importlib.resources import files

    css = (files("mapper") / "assets" / "mapper.css").read_text(encoding="utf-8")
    rule = re.search(r"\.mapper-cluster-" + status + r" div \{([^}]*)\}", css)
    assert rule is not None
    background = re.search(r"background: (#[0-9A-Fa-f]{6})", rule.group(1)).group(1)
    text = re.search(r"(?<!-)color: (#[0-9A-Fa-f]{3,6})", rule.group(1))
    colour = text.group(1) if text else "#ffffff"
    colour = "#" + "".join(c * 2 for c in colour[1:]) if len(colour) == 4 else colour
    assert _contrast(colour, background) >= 4.5
    js = (files("mapper") / "assets" / "mapper.js").read_text(encoding="utf-8")
    assert f'{status}: "{background}"' in js  # outlines in the same colour as the symbols


def test_the_status_colours_stay_apart() -> None:
    from importlib.resources import files

    js = (files("mapper") / "assets" / "mapper.js").read_text(encoding="utf-8")
    colours = dict(re.findall(r'(liberated|occupied|attacked|none): "(#[0-9A-F]{6})"', js))
    assert len(set(colours.values())) == 4
    assert _contrast(colours["occupied"], colours["attacked"]) >= 1.5  # told apart by lightness too


def test_base_labels_name_cities_from_the_start_and_towns_deeper(builtin_gazetteer) -> None:
    from mapper.publishing.labels import LABEL_ZOOMS, base_labels
    from mapper.publishing.mapdata import map_payload
    from mapper.publishing.outlines import derive_outlines

    labels = base_labels(builtin_gazetteer)
    rows = map_payload([], derive_outlines(builtin_gazetteer), labels)["labels"]
    zoom = {row[0]: row[3] for row in rows if row[4] == 1}
    # Oblast centres from the start (Kherson has fewer than 100,000 people in cities500), towns by size.
    assert zoom["Kyiv"] == zoom["Kharkiv"] == zoom["Mariupol"] == zoom["Kherson"] == zoom["Uzhhorod"] == 0
    assert 0 < zoom["Izium"] <= zoom["Lyman"] <= LABEL_ZOOMS[-1][1]
    # The districts cities500 gives as towns of their own are not named; towns beside a city are.
    assert not {"Saltivka", "Pravyi Bereh", "Vyhurivshchyna-Troieshchyna", "Dniprovskyi", "Nyzhnodniprovsk", "Sykhiv"} & set(zoom)
    assert {"Brovary", "Irpin", "Bucha"} <= set(zoom)
    # Divisions first (they win where labels collide), then the towns named earliest, largest first.
    assert [row[4] for row in rows[:27]] == [0] * 27 and rows[27][0] == "Kyiv"
    assert [row[3] for row in rows] == sorted(row[3] for row in rows)


def test_payload_carries_the_country_outline() -> None:
    from mapper.publishing.mapdata import map_payload
    from mapper.publishing.regions import outlines_from_features

    square = {"type": "Polygon", "coordinates": [[[30, 48], [31, 48], [31, 49], [30, 49], [30, 48]]]}
    half = {"type": "Polygon", "coordinates": [[[31, 48], [32, 48], [32, 49], [31, 49], [31, 48]]]}
    outlines = outlines_from_features([{"type": "Feature", "geometry": g, "properties": {"name": n, "iso": None}}
                                       for g, n in ((square, "A"), (half, "B"))], "test")  # fmt: skip
    country = map_payload([], outlines)["country"]
    assert country["type"] == "Polygon" and len(country["coordinates"]) == 1
    assert map_payload([])["neighbours"] is None and map_payload([], outlines)["neighbours"]["features"]
    shapely = pytest.importorskip("shapely")
    assert shapely.geometry.shape(country).area == pytest.approx(2.0)


def test_site_underlines_places_in_the_map_colours() -> None:
    from mapper.publishing.site_pages import SITE_CSS
    from mapper.publishing.styles import STATUS_SYMBOLS

    for symbol in STATUS_SYMBOLS:
        selector = "span.mapper-place" if symbol.status is None else f"span.mapper-place-{symbol.status}"
        assert re.search(rf"\.mapper-text {selector} {{[^}}]*{symbol.colour}", SITE_CSS), symbol
    assert "#D55E00" not in SITE_CSS and "#7f7f7f" not in SITE_CSS
