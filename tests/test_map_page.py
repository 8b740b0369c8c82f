"""The map page as a reader meets it, in headless Chromium: offline, on a phone and a slide, by keyboard.

The README's first map (``mapper map seeds/ -o output/``, made here through the Python API with
the same defaults) is opened with every request to a server blocked, at 1400×900 and at 390×844,
checked with axe-core (from the ``selenium-axe-python`` package) and driven with the keyboard.
Screenshots go to the system's temporary folder, never into the project.
"""

from __future__ import annotations

import datetime as dt
import json
import re
from pathlib import Path

import pytest
from _mapfactory import IZIUM, KHARKIV_OBLAST, KUPIANSK, SEPTEMBER, event
from test_browser import _dated_events, _open, _popup_text, _screenshot, browser  # noqa: F401  # browser: a fixture

from mapper.publishing.mapmaker import write_map
from mapper.publishing.regions import load_outlines

pytestmark = pytest.mark.browser

ROOT = Path(__file__).resolve().parents[1]
SIZES = [(1400, 900), (390, 844)]
NAME = re.compile(r"^\S.* \u2014 (liberated|occupied|attacked|no status)$")
RECTS = """return Array.from(document.querySelectorAll('.leaflet-control-container .leaflet-control'))
  .map(function (c) { var r = c.getBoundingClientRect();
    return [c.className.split(' ')[0], r.left, r.top, r.right, r.bottom]; })
  .filter(function (r) { return r[3] > r[1] && r[4] > r[2]; });"""
POPUP = """var p = document.querySelector('.leaflet-popup'), b = document.querySelector('.leaflet-popup-close-button');
if (!p || !b) { return null; }
var r = p.getBoundingClientRect(), c = b.getBoundingClientRect();
var hit = document.elementFromPoint((c.left + c.right) / 2, (c.top + c.bottom) / 2);
return {popup: [r.left, r.top, r.right, r.bottom], close: [c.left, c.top, c.right, c.bottom],
        closeOnTop: !!hit && b.contains(hit), width: innerWidth, height: innerHeight};"""


def _overlap(a: list[float], b: list[float]) -> bool:
    return a[0] < b[2] and b[0] < a[2] and a[1] < b[3] and b[1] < a[3]


@pytest.fixture(scope="module")
def readme_map(tmp_path_factory: pytest.TempPathFactory) -> Path:
    """What ``mapper map seeds/ -o output/`` writes as map.html, with build_map's defaults."""
    import mapper
    from mapper.publishing.labels import base_labels
    from mapper.publishing.outlines import derive_outlines

    gazetteer = mapper.load_gazetteer()
    reports = mapper.read_reports([ROOT / "seeds"]).reports
    events = [e for e in mapper.extract_reports(reports, gazetteer)
              if e.status is not None or e.place is None and e.mention.kind != "foreign"]  # fmt: skip
    path = tmp_path_factory.mktemp("readme") / "map.html"
    return write_map(events, path, outlines=derive_outlines(gazetteer), labels=base_labels(gazetteer))


@pytest.fixture
def sized(browser):  # noqa: F811
    """Set the viewport (a phone below 600 px: touch, its own viewport rules); reset after the test."""

    def resize(width: int, height: int) -> None:
        browser.execute_cdp_cmd("Emulation.setDeviceMetricsOverride", {
            "width": width, "height": height, "deviceScaleFactor": 1, "mobile": width < 600})  # fmt: skip

    yield resize
    browser.execute_cdp_cmd("Emulation.clearDeviceMetricsOverride", {})


def test_readme_map_draws_with_the_network_off(browser, readme_map: Path) -> None:  # noqa: F811
    browser.execute_cdp_cmd("Network.enable", {})
    browser.execute_cdp_cmd("Network.setBlockedURLs", {"urls": ["http://*", "https://*", "ws://*", "wss://*"]})
    try:
        browser.get_log("performance")  # what came before this page
        _open(browser, readme_map)
        messages = [json.loads(entry["message"])["message"] for entry in browser.get_log("performance")]
    finally:
        browser.execute_cdp_cmd("Network.setBlockedURLs", {"urls": []})
    # What the page asked for (the browser's own pages, such as its new tab, are not the page's).
    requested = {m["params"]["request"]["url"] for m in messages
                 if m["method"] == "Network.requestWillBeSent" and m["params"].get("documentURL") == readme_map.as_uri()}  # fmt: skip
    assert readme_map.as_uri() in requested
    assert all(url.startswith(("file:", "data:")) for url in requested), requested
    drawn, markers, icons = browser.execute_script("""var m = window.mapper.maps[0];
        return [m.drawn, m.markers.filter(Boolean).length,
                document.querySelectorAll('.leaflet-marker-icon.mapper-icon, .leaflet-marker-icon.mapper-cluster').length];""")
    assert drawn == markers > 10 and icons > 0
    assert browser.execute_script("return document.querySelectorAll('.leaflet-tile').length") == 0


def _open_panels(driver) -> None:
    driver.execute_script("document.querySelectorAll('.leaflet-control-container details')"
                          ".forEach(function (d) { d.open = true; });")


def _click_a_marker(driver) -> str:
    """Click the first single marker wholly inside the map; its accessible name."""
    from selenium.webdriver.support.ui import WebDriverWait

    find = """var icons = Array.from(document.querySelectorAll('.leaflet-marker-icon.mapper-icon'));
        return icons.filter(function (i) { var r = i.getBoundingClientRect();
          return r.left > 60 && r.right < innerWidth - 60 && r.top > 150 && r.bottom < innerHeight - 200
            && getComputedStyle(i).opacity === '1'; })[0] || null;"""
    icon = WebDriverWait(driver, 10).until(lambda d: d.execute_script(find))
    name = icon.get_attribute("aria-label")
    icon.click()
    return name


@pytest.mark.parametrize("width,height", SIZES)
def test_controls_and_popup_fit_the_screen(browser, sized, readme_map: Path, width: int, height: int) -> None:  # noqa: F811
    from selenium.webdriver.support.ui import WebDriverWait

    sized(width, height)
    _open(browser, readme_map)
    legend_open = browser.execute_script("return document.querySelector('.mapper-legend').open")
    assert legend_open is (width >= 600)  # folded on a phone, open on a slide
    _screenshot(browser, f"map-{width}x{height}.png")
    icons = browser.execute_script("""return Array.from(document.querySelectorAll(
        '.leaflet-marker-icon.mapper-icon, .leaflet-marker-icon.mapper-cluster'))
      .map(function (i) { var r = i.getBoundingClientRect(); return [r.left, r.top, r.right, r.bottom]; });""")
    assert icons
    for icon in icons:  # the view is fitted clear of the controls
        assert 0 <= icon[0] and icon[2] <= width and 0 <= icon[1] and icon[3] <= height, icon
        assert not any(_overlap(icon, control[1:]) for control in browser.execute_script(RECTS)), icon
    _open_panels(browser)
    rects = browser.execute_script(RECTS)
    names = [r[0] for r in rects]
    assert {"mapper-legend", "mapper-unresolved", "mapper-slider", "mapper-fullscreen"} <= set(names)
    for i, a in enumerate(rects):
        assert 0 <= a[1] and 0 <= a[2] and a[3] <= width and a[4] <= height, f"{a[0]} is off screen: {a}"
        for b in rects[i + 1 :]:
            assert not _overlap(a[1:], b[1:]), f"{a[0]} covers {b[0]}"
    _screenshot(browser, f"map-{width}x{height}-panels.png")
    browser.execute_script("document.querySelectorAll('.leaflet-control-container details')"
                           ".forEach(function (d) { d.open = false; });")
    name = _click_a_marker(browser)
    place = name.split(" \u2014 ")[0]
    WebDriverWait(browser, 10).until(lambda d: place in (_popup_text(d) or ""))
    WebDriverWait(browser, 5).until(lambda d: not d.execute_script("return window.mapper.maps[0].map._panAnim && window.mapper.maps[0].map._panAnim._inProgress"))
    fit = WebDriverWait(browser, 5).until(lambda d: d.execute_script(POPUP))
    popup, close = fit["popup"], fit["close"]
    assert fit["width"] == width and fit["height"] == height
    assert 0 <= popup[0] and popup[2] <= width and 0 <= popup[1] and popup[3] <= height, fit
    assert 0 <= close[0] and close[2] <= width and 0 <= close[1] and fit["closeOnTop"], fit
    for control in browser.execute_script(RECTS):
        assert not _overlap(popup, control[1:]), f"the popup is under {control[0]}"
    _screenshot(browser, f"map-{width}x{height}-popup.png")
    browser.find_element("css selector", ".leaflet-popup-close-button").click()
    WebDriverWait(browser, 5).until(lambda d: not d.execute_script("return document.querySelector('.leaflet-popup')"))


SETTLED = """var maps = window.mapper ? window.mapper.maps : [], m = maps.length ? maps[0].map : null;
return !(m && (m._animatingZoom || (m._panAnim && m._panAnim._inProgress))) && Array.from(document.querySelectorAll(
  '.leaflet-marker-icon:not(.mapper-low), .leaflet-popup')).every(function (e) { return getComputedStyle(e).opacity === '1'; });"""


def _axe(driver) -> list[dict]:
    """The critical and serious violations axe-core finds on the page, once nothing fades or moves
    (a colour half faded in has less contrast than its own)."""
    from selenium.webdriver.support.ui import WebDriverWait

    WebDriverWait(driver, 10).until(lambda d: d.execute_script(SETTLED))
    try:
        from importlib.resources import files

        script = (files("selenium_axe_python") / "axe-core" / "axe.min.js").read_text(encoding="utf-8")
    except ModuleNotFoundError:
        pytest.skip("selenium-axe-python is not installed (pip install -e '.[test]')")
    driver.execute_script(script)
    driver.set_script_timeout(60)
    results = driver.execute_async_script(
        "var done = arguments[arguments.length - 1]; axe.run(document).then(done, function (e) { done({error: String(e)}); });")
    assert "error" not in results, results
    return [{"id": v["id"], "impact": v["impact"], "nodes": [n["target"] for n in v["nodes"]][:5]}
            for v in results["violations"] if v["impact"] in ("critical", "serious")]  # fmt: skip


@pytest.mark.parametrize("width,height", SIZES)
def test_axe_finds_no_critical_or_serious_violation(browser, sized, readme_map: Path, width: int, height: int) -> None:  # noqa: F811
    sized(width, height)
    _open(browser, readme_map)
    _open_panels(browser)
    assert _axe(browser) == []
    browser.execute_script("window.mapper.focus(0)")
    _popup_text(browser)
    assert _axe(browser) == []  # with a popup open


def test_tab_reaches_a_marker_enter_opens_its_popup_escape_closes_it(browser, sized, readme_map: Path) -> None:  # noqa: F811
    from selenium.webdriver.common.action_chains import ActionChains
    from selenium.webdriver.common.keys import Keys
    from selenium.webdriver.support.ui import WebDriverWait

    def press(key: str) -> None:
        # the keyboard, as a user presses it: to whatever has the focus (an element that is focused but
        # hidden, as the page's skip link may be, takes no keys sent to it as an element)
        ActionChains(browser).send_keys(key).perform()

    sized(1400, 900)
    _open(browser, readme_map)
    body = browser.find_element("tag name", "body")
    body.click()
    active = "var a = document.activeElement; return a && a.classList.contains('mapper-icon') ? a.getAttribute('aria-label') : null"
    name = None
    for _ in range(60):
        press(Keys.TAB)
        name = browser.execute_script(active)
        if name:
            break
    assert name and NAME.match(name), name
    assert browser.execute_script("return document.activeElement.getAttribute('role')") == "button"
    press(Keys.ENTER)
    text = WebDriverWait(browser, 10).until(lambda d: _popup_text(d))
    assert text.startswith(name.split(" \u2014 ")[0])
    press(Keys.ESCAPE)  # closes it, and the focus is back on the marker
    WebDriverWait(browser, 5).until(lambda d: not d.execute_script("return document.querySelector('.leaflet-popup')"))
    assert browser.execute_script(active) == name
    names = browser.execute_script("return Array.from(document.querySelectorAll('.leaflet-marker-icon.mapper-icon'))"
                                   ".map(function (i) { return i.getAttribute('aria-label'); })")
    assert names and all(NAME.match(n) for n in names), names


def test_all_events_on_one_day_need_no_slider(browser, tmp_path: Path) -> None:  # noqa: F811
    page = write_map([event(SEPTEMBER, "Izium", IZIUM, "liberated"), event(SEPTEMBER, "Kupiansk", KUPIANSK, "attacked")],
                     tmp_path / "one-day.html")
    _open(browser, page)
    assert browser.execute_script("return document.querySelectorAll('.mapper-slider').length") == 0
    assert browser.execute_script("return window.mapper.maps[0].drawn") == 2
    assert browser.title == "mapper: reported territorial change"


def test_full_screen_fills_the_window_and_returns(browser, sized, tmp_path: Path) -> None:  # noqa: F811
    from selenium.webdriver.support.ui import WebDriverWait

    sized(1400, 900)
    page = write_map([event(SEPTEMBER, "Izium", IZIUM, "liberated")], tmp_path / "full.html", title="Full")
    _open(browser, page)
    size = "var s = window.mapper.maps[0].map.getSize(); return [s.x, s.y, innerWidth, innerHeight];"
    button = browser.find_element("css selector", ".mapper-fullscreen button")
    assert button.get_attribute("aria-label") == "Full screen"
    button.click()
    WebDriverWait(browser, 5).until(lambda d: button.get_attribute("aria-pressed") == "true")
    x, y, width, height = browser.execute_script(size)
    assert (x, y) == (width, height)
    button.click()
    WebDriverWait(browser, 5).until(lambda d: button.get_attribute("aria-pressed") == "false")


def _region_style(driver) -> dict:
    return driver.execute_script("""var m = window.mapper.maps[0], key = Object.keys(m.outlines)[0];
        var o = m.outlines[key].getLayers()[0].options, badge = m.badges[key];
        return {colour: o.color, fill: o.fillOpacity, dashed: !!o.dashArray,
                name: badge.getElement().getAttribute('aria-label')};""")


def _region(extent: str | None, status: str, day: dt.date, nth: int = 0):
    import dataclasses

    made = event(SEPTEMBER, "Kharkiv region", KHARKIV_OBLAST, status, nth=nth)
    return dataclasses.replace(made, extent=extent, event_date=day, date_precision="day", date_source="sentence")


@pytest.mark.parametrize(
    "events,expected",
    [
        # the latest event by date wins, whatever the order of the file
        ([("whole", "liberated", dt.date(2022, 9, 10)), ("part", "attacked", dt.date(2022, 9, 1))],
         {"colour": "#0072B2", "fill": 0.25, "dashed": False, "name": "Kharkiv Oblast \u2014 liberated (the whole oblast)"}),
        ([("part", "liberated", dt.date(2022, 9, 12)), ("whole", "occupied", dt.date(2022, 3, 1))],
         {"colour": "#0072B2", "fill": 0, "dashed": True, "name": "Kharkiv Oblast \u2014 liberated (part of the oblast)"}),
        ([(None, "occupied", dt.date(2022, 3, 1))],
         {"colour": "#B84E00", "fill": 0, "dashed": True, "name": "Kharkiv Oblast \u2014 occupied"}),
    ],
    ids=["whole-latest", "part-latest", "extent-unknown"],
)
def test_an_oblast_is_filled_only_for_the_whole_of_it(browser, tmp_path: Path, data_dir: Path, events, expected) -> None:  # noqa: F811
    made = [_region(extent, status, day) for extent, status, day in events]
    page = write_map(made, tmp_path / "oblast.html", outlines=load_outlines(data_dir / "oblast_squares.geojson"))
    _open(browser, page)
    assert _region_style(browser) == expected


def test_the_window_shows_only_the_last_30_days(browser, tmp_path: Path) -> None:  # noqa: F811
    page = write_map(_dated_events(), tmp_path / "window.html")
    _open(browser, page)
    shown = """var m = window.mapper.maps[0], shown = {};
        m._visible.forEach(function (i) { var e = m.data.events[i]; shown[m.data.places[e[0]][1]] = m.statusOf(e); });
        return shown;"""
    browser.execute_script("window.mapper.maps[0].showDay('2022-09-10')")
    assert browser.execute_script(shown) == {"Izium": "liberated", "Kupiansk": "liberated"}
    browser.execute_script("window.mapper.maps[0].showDay('2022-08-31')")
    assert browser.execute_script(shown) == {"Izium": "occupied"}
    choice = browser.find_element("css selector", ".mapper-slider select")
    options = [o.text for o in choice.find_elements("tag name", "option")]
    assert options == ["every day up to it", "its last 30 days"]
    choice.find_element("css selector", "option[value='30']").click()
    assert browser.execute_script(shown) == {}  # Izium's occupation is older than 30 days on 31 August
    browser.execute_script("window.mapper.maps[0].showDay('2022-09-10')")
    assert browser.execute_script(shown) == {"Izium": "liberated", "Kupiansk": "liberated"}
    browser.execute_script("window.mapper.maps[0].showDay(null)")  # all events: those of the last 30 days
    assert browser.execute_script("return window.mapper.maps[0].drawn") == 1  # Bakhmut, dated 1 July 2023
    browser.execute_script("window.mapper.focus(1)")
    assert "When: 10 September 2022 (to the day, from its sentence)" in _popup_text(browser)


def test_popup_names_the_place_as_the_press_does_and_keeps_the_geonames_name(browser, tmp_path: Path) -> None:  # noqa: F811
    import dataclasses

    kupyansk = dataclasses.replace(KUPIANSK, name="Kupyansk")
    page = write_map([event(SEPTEMBER, "Kupiansk", kupyansk, "attacked")], tmp_path / "names.html")
    _open(browser, page)
    browser.execute_script("window.mapper.focus(0)")
    text = _popup_text(browser)
    assert text.startswith("Kupiansk") and "GeoNames: Kupyansk" in text
    assert browser.execute_script("return window.mapper.maps[0].accessibleName(0)") == "Kupiansk \u2014 attacked"


def test_town_labels_show_by_zoom_never_focusable_nor_read(browser, readme_map: Path) -> None:  # noqa: F811
    """The cities over 100,000 and the oblast centres are named from the start, smaller towns as the reader
    zooms in; a label takes no focus and is hidden from screen readers (the markers carry the names)."""
    _open(browser, readme_map)
    labels = """var m = window.mapper.maps[0];
        return Array.from(document.querySelectorAll('.mapper-label.mapper-town')).map(function (e) {
          return [e.textContent, e.getAttribute('aria-hidden'), e.hasAttribute('tabindex') || e.tabIndex >= 0]; });"""
    zoom_to = """var m = window.mapper.maps[0].map, done = arguments[arguments.length - 1];
        m.once('moveend', function () { requestAnimationFrame(function () { done(m.getZoom()); }); });
        m.setView([48.9, 37.8], arguments[0], {animate: false});"""
    assert browser.execute_async_script(zoom_to, 6) == 6
    start = browser.execute_script(labels)
    names = {name for name, _, _ in start}
    assert {"Kharkiv", "Kramatorsk", "Donetsk"} <= names and not names & {"Izium", "Lyman", "Siversk"}
    assert browser.execute_async_script(zoom_to, 10) == 10
    zoomed = browser.execute_script(labels)
    assert {"Izium", "Lyman", "Siversk"} <= {name for name, _, _ in zoomed}
    assert all(hidden == "true" and not focusable for _, hidden, focusable in start + zoomed)
