"""The site in headless Chromium: a report's places show the one map in its frame; the map alone at a fixed ratio.

Uses the browser fixture and helpers of tests/test_browser.py (skipped without Chromium, as those are).
"""

from __future__ import annotations

from pathlib import Path

import pytest
from _mapfactory import HOSTILE, NOVEMBER, SEPTEMBER, sample_events
from test_browser import REMOTE, _popup_text, _screenshot, browser  # noqa: F401  (browser: the fixture)

from mapper.publishing.regions import load_outlines
from mapper.publishing.site import write_site

pytestmark = pytest.mark.browser

READY = "return !!(window.mapper && window.mapper.maps.length && window.mapper.maps[0].ready)"


@pytest.fixture(scope="module")
def site(tmp_path_factory: pytest.TempPathFactory, data_dir: Path) -> Path:
    folder = tmp_path_factory.mktemp("site-browser")
    write_site(sample_events(), [SEPTEMBER, NOVEMBER, HOSTILE], folder,
               outlines=load_outlines(data_dir / "oblast_squares.geojson"))  # fmt: skip
    return folder


def _wait(driver, script: str, seconds: float = 15) -> object:
    from selenium.webdriver.support.ui import WebDriverWait

    return WebDriverWait(driver, seconds).until(lambda d: d.execute_script(script))


def test_report_page_escapes_text_and_its_places_show_on_the_map(browser, site: Path) -> None:  # noqa: F811
    browser.get((site / "report-hostile-txt.html").resolve().as_uri())
    text = browser.execute_script("return document.querySelector('.mapper-text').textContent")
    assert '<img src=x onerror="window.__mapper_xss = 2">' in text
    assert browser.execute_script("return document.querySelectorAll('.mapper-text img, .mapper-text script').length") == 0
    browser.switch_to.frame("mapper-map")
    _wait(browser, READY)
    assert "Shelling hit Kherson" in _popup_text(browser), "the map opens on the report's first place"
    browser.switch_to.default_content()
    browser.find_element("css selector", '.mapper-text a[href="embed.html#event-7"]').click()
    browser.switch_to.frame("mapper-map")
    _wait(browser, "var p = document.querySelector('.leaflet-popup-content'); "
                   "return p && p.textContent.indexOf('was retaken') >= 0")  # fmt: skip
    assert browser.execute_script("return window.__mapper_xss") is None
    assert browser.execute_script(REMOTE) == []
    browser.switch_to.default_content()
    assert browser.execute_script("return window.__mapper_xss") is None
    assert browser.execute_script(REMOTE) == []
    _screenshot(browser, "browser-site-report.png")


def test_index_opens_on_the_event_its_address_names(browser, site: Path) -> None:  # noqa: F811
    browser.get((site / "index.html").resolve().as_uri() + "#event-4")
    _wait(browser, READY)
    assert "Bakhmut" in _popup_text(browser)


@pytest.mark.parametrize("width,height", [(1400, 900), (390, 844)])
def test_embed_is_the_map_alone_the_width_of_its_frame(browser, site: Path, width: int, height: int) -> None:  # noqa: F811
    browser.set_window_size(width, height)
    try:
        browser.get((site / "embed.html").resolve().as_uri())
        _wait(browser, READY)
        box = browser.execute_script(
            "var r = document.querySelector('.folium-map').getBoundingClientRect();"
            "return [r.width, r.height, window.innerWidth, window.innerHeight, !!document.querySelector('main')];"
        )
        map_width, map_height, inner_width, inner_height, chrome = box
        assert not chrome
        assert map_width == pytest.approx(inner_width, abs=1)
        assert map_height == pytest.approx(min(map_width * 10 / 16, inner_height), abs=2)
    finally:
        browser.set_window_size(1200, 900)


@pytest.mark.parametrize("page", ["index.html", "embed.html", "report-hostile-txt.html"])
@pytest.mark.parametrize("width,height", [(1400, 900), (390, 844)])
def test_axe_finds_no_critical_or_serious_violation_on_the_site(browser, site: Path, page: str,  # noqa: F811
                                                                width: int, height: int) -> None:  # fmt: skip
    from test_map_page import _axe

    browser.set_window_size(width, height)
    try:
        browser.get((site / page).resolve().as_uri())
        if page == "report-hostile-txt.html":
            browser.switch_to.frame("mapper-map")
        _wait(browser, READY)
        browser.switch_to.default_content()
        assert _axe(browser) == []
    finally:
        browser.set_window_size(1200, 900)
