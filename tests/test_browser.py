"""The map and a site page in headless Chromium: markers, popups, no request out, no script run.

Needs Debian's ``chromium`` and ``chromium-driver`` (and selenium, in the test
extra). Where they are missing the tests are skipped, except in CI
(``CI=true``), where a missing browser fails them. Screenshots go to the system's
temporary folder (``mapper-screens``), never into the project.
"""

from __future__ import annotations

import datetime as dt
import os
import shutil
import tempfile
import time
from collections.abc import Iterator
from pathlib import Path

import pytest
from _mapfactory import HOSTILE, NOVEMBER, SEPTEMBER, sample_events

from mapper.publishing.mapmaker import write_map
from mapper.publishing.regions import load_outlines
from mapper.publishing.site import write_site

pytestmark = pytest.mark.browser

OUTPUT = Path(tempfile.gettempdir()) / "mapper-screens"
CHROMIUM_FLAGS = (
    "--headless=new", "--no-sandbox", "--disable-gpu", "--disable-quic", "--no-first-run",
    "--disable-background-networking", "--disable-component-update", "--disable-sync",
    "--window-size=1200,900",
)  # fmt: skip
MARKERS = 7  # sample_events(): eight resolved events, one of them an oblast drawn as its outline
DRAWN = """
var m = window.mapper.maps[0], icons = 0, clustered = 0;
document.querySelectorAll('.leaflet-marker-icon').forEach(function (icon) {
  if (icon.classList.contains('mapper-cluster')) { clustered += Number(icon.textContent); }
  else if (icon.classList.contains('mapper-icon')) { icons += 1; }
});
return [m.drawn, icons + clustered, m.regionEvents,
        m.regionLayer.getLayers().filter(function (l) { return l instanceof L.GeoJSON; }).length];
"""
REMOTE = """
return performance.getEntriesByType('resource').map(function (e) { return e.name; })
  .filter(function (name) { return !/^(data|file|blob):/.test(name); });
"""


def _unavailable(reason: str) -> None:
    if os.environ.get("CI") == "true":
        pytest.fail(f"headless Chromium is required in CI: {reason}")
    pytest.skip(reason)


@pytest.fixture(scope="module")
def browser() -> Iterator[object]:
    try:
        from selenium import webdriver
        from selenium.webdriver.chrome.service import Service
    except ImportError:
        _unavailable("selenium is not installed (pip install -e '.[test]')")
    binary = shutil.which("chromium") or shutil.which("chromium-browser") or shutil.which("google-chrome")
    driver_path = shutil.which("chromedriver")
    if binary is None or driver_path is None:
        _unavailable("chromium and chromedriver not found (apt-get install chromium chromium-driver)")
    options = webdriver.ChromeOptions()
    options.binary_location = binary
    for flag in CHROMIUM_FLAGS:
        options.add_argument(flag)
    profile = tempfile.mkdtemp(prefix="mapper-chromium-")
    options.add_argument(f"--user-data-dir={profile}")
    options.set_capability("goog:loggingPrefs", {"performance": "ALL"})  # every request the page makes
    driver = webdriver.Chrome(options=options, service=Service(driver_path))
    driver.set_page_load_timeout(30)
    try:
        yield driver
    finally:
        driver.quit()
        shutil.rmtree(profile, ignore_errors=True)


def _open(driver, path: Path) -> None:
    from selenium.webdriver.support.ui import WebDriverWait

    driver.get(path.resolve().as_uri())
    WebDriverWait(driver, 15).until(
        lambda d: d.execute_script("return !!(window.mapper && window.mapper.maps.length && window.mapper.maps[0].ready)")
    )


def _popup_text(driver) -> str:
    from selenium.webdriver.support.ui import WebDriverWait

    return WebDriverWait(driver, 10).until(
        lambda d: d.execute_script("var p = document.querySelector('.leaflet-popup-content'); return p && p.textContent")
    )


def _screenshot(driver, name: str) -> None:
    """Save a screenshot into OUTPUT once the popup has faded in."""
    from selenium.webdriver.support.ui import WebDriverWait

    WebDriverWait(driver, 5).until(lambda d: d.execute_script(
        "var p = document.querySelector('.leaflet-popup'); return !p || getComputedStyle(p).opacity === '1'"))
    OUTPUT.mkdir(exist_ok=True)
    driver.save_screenshot(str(OUTPUT / name))


@pytest.fixture(scope="module")
def map_page(tmp_path_factory: pytest.TempPathFactory, data_dir: Path) -> Path:
    path = tmp_path_factory.mktemp("browser") / "map.html"
    outlines = load_outlines(data_dir / "oblast_squares.geojson")
    return write_map(sample_events(), path, title="Browser test", assets="inline", outlines=outlines)


def test_map_draws_every_event_offline(browser, map_page: Path) -> None:
    from selenium.common.exceptions import TimeoutException
    from selenium.webdriver.support.ui import WebDriverWait

    _open(browser, map_page)
    try:  # cluster icons fade in and out for a moment after the view is set
        WebDriverWait(browser, 5).until(lambda d: d.execute_script(DRAWN)[1] == MARKERS)
    except TimeoutException:
        pass  # the assertion below says what was drawn instead
    drawn, on_screen, regions, outlines = browser.execute_script(DRAWN)
    assert drawn == on_screen == MARKERS
    assert (regions, outlines) == (1, 1)
    assert browser.execute_script(REMOTE) == []
    assert browser.execute_script("return typeof L.markerClusterGroup") == "function"


def _click_marker(driver, index: int) -> None:
    """Click marker ``index`` as a reader would, once it is drawn on its own and done fading in."""
    from selenium.common.exceptions import WebDriverException
    from selenium.webdriver.support.ui import WebDriverWait

    shown = ("var m = window.mapper.maps[0].markers[arguments[0]];"
             "return !!(m && m._icon && m._map) && getComputedStyle(m._icon).opacity === '1'")  # fmt: skip
    WebDriverWait(driver, 10).until(lambda d: d.execute_script(shown, index))
    icon = driver.execute_script("return window.mapper.maps[0].markers[arguments[0]]._icon", index)
    try:
        icon.click()
    except WebDriverException:  # covered for a moment by a cluster's animation: the same click, dispatched
        driver.execute_script("arguments[0].click()", icon)
    ours = ("var m = window.mapper.maps[0], p = m.map._popup;"
            "return !!(p && m.map.hasLayer(p) && p._source === m.markers[arguments[0]])")  # fmt: skip
    for _ in range(3):
        time.sleep(0.3)  # (a popup of what lay under the icon as it settled may open a moment after the click)
        if driver.execute_script(ours, index):
            return
        # the pointer landed on what lay under the icon (an oblast's outline, whose popup opened): the same
        # click, dispatched to the icon itself
        driver.execute_script("window.mapper.maps[0].map.closePopup(); arguments[0].click()", icon)
    WebDriverWait(driver, 5).until(lambda d: d.execute_script(ours, index))


def test_popup_shows_the_evidence(browser, map_page: Path) -> None:
    _open(browser, map_page)
    _click_marker(browser, 4)  # Bakhmut, occupied
    text = _popup_text(browser)
    assert "Russian troops still occupied Bakhmut's outskirts." in text
    assert "Бахмут" in text and "Donetska Oblast" in text and "Kherson returns" in text
    assert "Cue: \u201coccupied\u201d" in text and "Uncertain place" not in text
    assert browser.execute_script("return document.querySelector('.leaflet-popup-content mark').textContent") == "Bakhmut"
    # the report's javascript: URL is not a link
    assert browser.execute_script("return document.querySelectorAll('.leaflet-popup-content a').length") == 0
    _screenshot(browser, "browser-map.png")


def test_hostile_report_text_runs_nothing(browser, map_page: Path) -> None:
    _open(browser, map_page)
    browser.execute_script("window.mapper.focus(6)")  # Kherson, attacked, in the hostile report
    text = _popup_text(browser)
    assert "<script>window.__mapper_xss = 1</script>" in text
    assert "<b>bold</b> title" in text
    assert browser.execute_script("return document.querySelectorAll('.leaflet-popup-content img, .leaflet-popup-content script, .leaflet-popup-content b').length") == 0
    assert browser.execute_script("return window.__mapper_xss") is None


def _slide_to(driver, day: str | None) -> None:
    """Move the slider to ``day`` (an ISO date; ``None``: its last position, every event) as a reader would."""
    driver.execute_script(
        "var m = window.mapper.maps[0], input = document.querySelector('.mapper-slider input');"
        "input.value = arguments[0] === null ? input.max"
        "  : Math.round((Date.parse(arguments[0]) - Date.parse(m.data.dates[0])) / 86400000);"
        "input.dispatchEvent(new Event('input'));",
        day,
    )


@pytest.mark.parametrize(
    "day,expected",
    [("2022-09-10", 2), ("2022-09-11", 2), ("2022-09-12", 3), ("2022-11-10", 3), ("2022-11-11", 4), (None, MARKERS)],
)
def test_time_slider_shows_each_place_as_of_the_day(browser, map_page: Path, day: str | None, expected: int) -> None:
    _open(browser, map_page)
    _slide_to(browser, day)
    shown = browser.execute_script("return document.querySelector('.mapper-slider output').textContent")
    assert browser.execute_script("return window.mapper.maps[0].drawn") == expected
    assert shown == (day or "all events")


def _dated_events() -> list:
    """Izium occupied in the spring and liberated on 10 September 2022, Kupiansk liberated some day in
    September 2022, Bakhmut with no date of its own (its report's), all told by a later article."""
    import dataclasses

    from _mapfactory import BAKHMUT, IZIUM, KUPIANSK, event

    from mapper.model import Report

    article = Report(
        id="article.txt", title="The Kharkiv counteroffensive", date=dt.date(2023, 7, 1),
        text=("Russian forces occupied Izium on 1 April 2022. Ukrainian forces liberated Izium on 10 September 2022. "
              "Kupiansk was liberated in September 2022. Russian troops occupied Bakhmut."),
    )  # fmt: skip

    def dated(made, day: dt.date | None, precision: str | None, source: str | None):
        return dataclasses.replace(made, event_date=day, date_precision=precision, date_source=source)

    return [
        dated(event(article, "Izium", IZIUM, "occupied"), dt.date(2022, 4, 1), "day", "sentence"),
        dated(event(article, "Izium", IZIUM, "liberated", nth=1), dt.date(2022, 9, 10), "day", "sentence"),
        dated(event(article, "Kupiansk", KUPIANSK, "liberated"), dt.date(2022, 9, 1), "month", "sentence"),
        event(article, "Bakhmut", BAKHMUT, "occupied"),
    ]


STATUS_SHOWN = """var m = window.mapper.maps[0], shown = {};
m._visible.forEach(function (i) { var e = m.data.events[i]; shown[m.data.places[e[0]][1]] = m.statusOf(e); });
return shown;"""


@pytest.mark.parametrize("day", ["2022-04-01", "2022-08-31", "2022-09-01", "2022-09-09", "2022-09-10", "2023-07-01"])
def test_slider_shows_the_status_as_of_the_event_dates(browser, dated_page: Path, day: str) -> None:
    import dataclasses

    import mapper

    _open(browser, dated_page)
    _slide_to(browser, day)
    # The map dates an event without a date of its own by its report; status_as_of leaves it out.
    events = [made if made.event_date else dataclasses.replace(made, event_date=made.report.date, date_precision="day")
              for made in _dated_events()]  # fmt: skip
    expected = {s.place.name: s.status for s in mapper.status_as_of(events, dt.date.fromisoformat(day))}
    assert browser.execute_script(STATUS_SHOWN) == expected


@pytest.fixture(scope="module")
def dated_page(tmp_path_factory: pytest.TempPathFactory) -> Path:
    return write_map(_dated_events(), tmp_path_factory.mktemp("dated") / "dated.html", title="Dated", assets="inline")


def test_izium_is_liberated_only_from_10_september(browser, dated_page: Path) -> None:
    _open(browser, dated_page)
    dates = browser.execute_script("return window.mapper.maps[0].data.dates")
    assert dates == ["2022-04-01", "2022-09-01", "2022-09-10", "2023-07-01"]  # Bakhmut: its report's date
    _slide_to(browser, "2022-09-09")
    assert browser.execute_script(STATUS_SHOWN)["Izium"] == "occupied"
    _slide_to(browser, "2022-09-10")
    assert browser.execute_script(STATUS_SHOWN)["Izium"] == "liberated"
    browser.execute_script("window.mapper.focus(1)")
    text = _popup_text(browser)
    assert "When: 10 September 2022 (to the day, from its sentence)" in text and "reported 2023-07-01" in text
    assert browser.execute_script("return document.querySelector('.mapper-slider output').textContent") == "2022-09-10"
    _screenshot(browser, "browser-as-of-2022-09-10.png")


def test_popup_gives_a_month_as_a_month_and_says_when_the_date_is_the_reports(browser, dated_page: Path) -> None:
    _open(browser, dated_page)
    browser.execute_script("window.mapper.focus(2)")  # Kupiansk, liberated in September 2022
    text = _popup_text(browser)
    assert "When: September 2022 (to the month, from its sentence)" in text and "1 September" not in text
    from selenium.webdriver.support.ui import WebDriverWait

    browser.execute_script("window.mapper.maps[0].map.closePopup(); window.mapper.focus(3)")  # Bakhmut, no date of its own
    WebDriverWait(browser, 10).until(lambda d: "Bakhmut" in _popup_text(d))
    assert "When: 1 July 2023 (to the day, the report's date: the text gives none)" in _popup_text(browser)


def test_play_steps_through_the_event_dates_then_shows_every_event(browser, dated_page: Path) -> None:
    from selenium.webdriver.support.ui import WebDriverWait

    _open(browser, dated_page)
    _slide_to(browser, "2022-04-01")
    browser.execute_script("""var m = window.mapper.maps[0], seen = window.__seen = [];
        m.playEvery = 50;
        new MutationObserver(function () { seen.push(m.sliderValue.textContent); })
          .observe(m.sliderValue, {childList: true, characterData: true, subtree: true});""")
    browser.find_element("css selector", ".mapper-slider .mapper-play").click()
    WebDriverWait(browser, 5).until(lambda d: d.execute_script("return !window.mapper.maps[0]._playing"))
    assert browser.execute_script("return window.__seen") == ["2022-09-01", "2022-09-10", "2023-07-01", "all events"]
    assert browser.execute_script("return window.mapper.maps[0].drawn") == 4
    label = browser.find_element("css selector", ".mapper-slider .mapper-play").get_attribute("aria-label")
    assert label == "Play"


def test_site_page_escapes_text_and_links_places_to_the_map(browser, tmp_path: Path, data_dir: Path) -> None:
    from selenium.webdriver.support.ui import WebDriverWait

    write_site(sample_events(), [SEPTEMBER, NOVEMBER, HOSTILE], tmp_path, tiles=False,
               outlines=load_outlines(data_dir / "oblast_squares.geojson"))
    browser.get((tmp_path / "report-hostile-txt.html").as_uri())  # its text, and the site's map in a frame
    text = browser.execute_script("return document.querySelector('.mapper-text').textContent")
    assert '<img src=x onerror="window.__mapper_xss = 2">' in text
    assert browser.execute_script("return document.querySelectorAll('.mapper-text img, .mapper-text script').length") == 0
    assert browser.execute_script("return window.__mapper_xss") is None
    browser.find_element("css selector", ".mapper-text a.mapper-place").click()  # Kherson, shelled
    assert browser.execute_script(REMOTE) == []
    WebDriverWait(browser, 10).until(lambda d: d.find_elements("css selector", "iframe[name='mapper-map']"))
    browser.switch_to.frame(browser.find_element("css selector", "iframe[name='mapper-map']"))
    try:
        WebDriverWait(browser, 15).until(lambda d: d.execute_script(
            "return !!(window.mapper && window.mapper.maps.length && window.mapper.maps[0].ready)"))
        WebDriverWait(browser, 10).until(lambda d: "Shelling hit Kherson" in (_popup_text(d) or ""))
        assert browser.execute_script("return window.__mapper_xss") is None
        assert browser.execute_script(REMOTE) == []
    finally:
        browser.switch_to.default_content()
    _screenshot(browser, "browser-site.png")


def test_index_table_sorts(browser, tmp_path: Path) -> None:
    write_site(sample_events(), [SEPTEMBER, NOVEMBER, HOSTILE], tmp_path, tiles=False)
    _open(browser, tmp_path / "index.html")
    first = "return Array.from(document.querySelectorAll('table.mapper-table tbody tr td:first-child')).map(function (td) { return td.textContent; })"
    browser.find_element("css selector", "table.mapper-table th:nth-child(1)").click()
    assert browser.execute_script(first) == ["Bakhmut", "Izium", "Kharkiv Oblast", "Kherson", "Kupiansk"]
    browser.find_element("css selector", "table.mapper-table th:nth-child(5)").click()  # events, ascending
    browser.find_element("css selector", "table.mapper-table th:nth-child(5)").click()  # descending
    assert browser.execute_script(first)[0] == "Izium"


def test_a_map_without_events_still_opens(browser, tmp_path: Path) -> None:
    _open(browser, write_map([], tmp_path / "empty.html", assets="inline"))
    assert browser.execute_script("return [window.mapper.maps[0].drawn, window.mapper.maps[0].map.getZoom()]") == [0, 6]


def test_an_oblast_event_opens_its_outline_popup(browser, map_page: Path) -> None:
    _open(browser, map_page)
    browser.execute_script("window.mapper.focus(2)")  # the Kharkiv region, drawn as its outline
    text = _popup_text(browser)
    assert "Russian forces withdrew from the Kharkiv region." in text
    assert "Kharkiv Oblast" in text and "Liberated" in text


def test_each_status_is_a_layer_that_switches_off(browser, map_page: Path) -> None:
    from selenium.webdriver.support.ui import WebDriverWait

    _open(browser, map_page)
    labels = browser.find_elements("css selector", ".mapper-legend .mapper-legend-row")
    names = [label.text.strip() for label in labels]
    assert names == ["Liberated (3)", "Attacked (3)", "Occupied (held by Russian forces) (1)",
                     "Mentioned, no status (1)", "Oblasts with a status"]
    assert len(browser.find_elements("css selector", ".leaflet-control-layers")) == 0  # one legend, not two lists
    on_map = "return document.querySelectorAll('.leaflet-marker-pane .mapper-occupied').length"
    assert browser.execute_script(on_map) == 1
    labels[2].find_element("css selector", "input").click()  # occupied off
    WebDriverWait(browser, 5).until(lambda d: d.execute_script(on_map) == 0)


def test_popup_says_when_the_place_is_uncertain(browser, tmp_path: Path) -> None:
    import dataclasses

    from _mapfactory import IZIUM, KUPIANSK, event

    from mapper.model import Candidate

    made = event(SEPTEMBER, "Izium", IZIUM, "liberated")
    namesakes = (Candidate(IZIUM, "Izium", "exact"), Candidate(KUPIANSK, "Izium", "fuzzy", 80.0))
    undecided = dataclasses.replace(made, mention=dataclasses.replace(made.mention, candidates=namesakes),
                                    resolution="undecided")
    _open(browser, write_map([undecided], tmp_path / "uncertain.html", assets="inline"))
    browser.execute_script("window.mapper.focus(0)")
    assert "Uncertain place: 2 places have this name" in _popup_text(browser)


def test_a_low_confidence_event_is_drawn_faded_and_says_so(browser, tmp_path: Path) -> None:
    import dataclasses

    from _mapfactory import IZIUM, KUPIANSK, event

    sure = event(SEPTEMBER, "Kupiansk", KUPIANSK, "attacked")
    unsure = dataclasses.replace(event(SEPTEMBER, "Izium", IZIUM, "liberated"), confidence=0.3)
    _open(browser, write_map([sure, unsure], tmp_path / "low.html", assets="inline"))
    faded = browser.execute_script("""
        var m = window.mapper.maps[0];
        return m.markers.map(function (marker) { return marker.options.icon.options.className; });
    """)
    assert "mapper-low" not in faded[0] and "mapper-low" in faded[1]
    browser.execute_script("window.mapper.focus(1)")
    assert "Low confidence (0.30)" in _popup_text(browser)
    legend = browser.find_element("css selector", ".mapper-legend").text
    assert "Faded: low confidence" in legend


def test_inline_map_without_boundaries_shows_approximate_oblasts(browser, tmp_path: Path, builtin_gazetteer) -> None:
    from mapper.publishing.outlines import derive_outlines

    outlines = derive_outlines(builtin_gazetteer)
    page = write_map(sample_events(), tmp_path / "approximate.html", title="Approximate outlines", assets="inline",
                     outlines=outlines, labels=builtin_gazetteer.regions())
    _open(browser, page)
    base, outlined, labels, regions = browser.execute_script("""
        var m = window.mapper.maps[0], base = m.bases['Approximate oblast outlines (offline)'];
        var outlined = base.getLayers().filter(function (l) { return l.feature; }).length;
        return [m.map.hasLayer(base), outlined, m.labels.length, Object.keys(m.outlines).length];
    """)
    assert base and outlined == 27 and labels == 27 and regions == 1  # Kharkiv Oblast: its approximate outline
    shown = """window.mapper.maps[0].map.setView([48.6, 31.3], arguments[0], {animate: false});
        var m = window.mapper.maps[0];
        var boxes = m.labels.filter(function (l) { return l.getElement().firstChild.style.visibility !== 'hidden'; })
          .map(function (l) {
            var at = m.map.latLngToContainerPoint(l.getLatLng()), span = l.getElement().firstChild;
            return { left: at.x - span.offsetWidth / 2, right: at.x + span.offsetWidth / 2,
                     top: at.y - span.offsetHeight / 2, bottom: at.y + span.offsetHeight / 2 };
          });
        var overlaps = 0;
        boxes.forEach(function (a, i) { boxes.slice(i + 1).forEach(function (b) {
          if (a.left < b.right && b.left < a.right && a.top < b.bottom && b.top < a.bottom) { overlaps += 1; }
        }); });
        return [boxes.length, overlaps];"""
    from selenium.webdriver.support.ui import WebDriverWait

    WebDriverWait(browser, 5).until(lambda d: not d.execute_script("return window.mapper.maps[0].map._animatingZoom"))
    few, overlaps = browser.execute_script(shown, 4)
    assert 5 <= few < 27 and overlaps == 0  # zoomed out, colliding names are hidden
    assert browser.execute_script(shown, 8) == [27, 0]
    attribution = browser.execute_script("return document.querySelector('.leaflet-control-attribution').textContent")
    assert "Approximate oblast outlines derived from GeoNames places" in attribution
    assert "Oblast outlines are approximate" in browser.execute_script(
        "return document.querySelector('.mapper-legend').textContent")
    assert browser.execute_script(REMOTE) == []
    browser.execute_script("window.mapper.maps[0].map.setView([48.6, 31.3], 6, {animate: false})")
    _screenshot(browser, "browser-approximate-outlines.png")


def test_legend_and_layer_counts_follow_the_slider(browser, map_page: Path) -> None:
    _open(browser, map_page)
    counts = """return Array.from(document.querySelectorAll('.mapper-count[data-status="liberated"]'))
        .map(function (s) { return s.textContent; });"""
    assert browser.execute_script(counts) == ["3"]  # one legend, which is the layer switch
    browser.execute_script("var input = document.querySelector('.mapper-slider input'); input.value = 0;"
                           "input.dispatchEvent(new Event('input'));")
    liberated = browser.execute_script("""var m = window.mapper.maps[0];
        return m._visible.filter(function (i) { return m.statusOf(m.data.events[i]) === 'liberated'; }).length;""")
    assert liberated < 3 and browser.execute_script(counts) == [str(liberated)]
