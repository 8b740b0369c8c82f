"""Report text is never a template: Jinja2 payloads in every field stay text.

branca compiles an ``Element``'s markup as a Jinja2 template, so a report
title such as ``{{ lipsum.__globals__['os'].popen(...) }}`` would run a shell
command while the map is built. These tests put template payloads in every
field a report carries (title, source, url, date, id, text) and in the names
that could not be resolved, build the map and the site through the CLI and
the Python API, and check that no payload runs, that each one appears in the
output as the literal text it was, and that the build succeeds.
"""

from __future__ import annotations

import datetime as dt
import html
import json
import re
from pathlib import Path

import pytest
from _mapfactory import IZIUM, event
from typer.testing import CliRunner

import mapper
from mapper.cli import app
from mapper.cli._common import EXIT_OK, EXIT_SKIPPED
from mapper.model import Report

runner = CliRunner()

MARKER = "mapper-template-ran"


def _payloads(marker: Path) -> list[str]:
    """Template payloads of each Jinja2 kind, with both quote kinds; the first three create ``marker``."""
    target = str(marker)
    return [
        "{{ lipsum.__globals__['os'].popen('touch " + target + "').read() }}",
        '{{ lipsum.__globals__["os"].popen("touch ' + target + '").read() }}',
        "{% for _ in [1] %}{{ cycler.__init__.__globals__.os.popen('touch " + target + "') }}{% endfor %}",
        "{{ 7*7 }}",
        "{# a comment #}",
        "{{cite web|url=x}}",
        "{% raw %}",
        "{#",
        "{{ '%c'|format(60) }}script>window.__mapper_ssti = 1</script>",
    ]


PAYLOAD_IDS = ["os-single", "os-double", "statement", "arith", "comment", "wiki", "raw", "open-comment", "format"]
FIELDS = ["title", "source", "url", "date", "id", "text"]


def _report_line(field: str, payload: str) -> dict[str, str]:
    record = {
        "id": "r1",
        "title": "A title",
        "date": "2022-09-10",
        "source": "Example Wire",
        "url": "https://example.org/1",
        "text": "Ukrainian forces liberated Izium on 10 September 2022.",
    }
    if field == "text":
        record["text"] = f"Ukrainian forces liberated Izium on 10 September 2022. {payload} was said."
    else:
        record[field] = payload
    return record


def _blob(page: str) -> dict:
    """The map's JSON data, read back from its script element."""
    found = re.search(r'<script type="application/json" id="mapper-data-[^"]*">(.*?)</script>', page, re.S)
    assert found, "the map page carries no data blob"
    return json.loads(found.group(1))


def _strings(value) -> list[str]:
    if isinstance(value, str):
        return [value]
    if isinstance(value, dict):
        return [s for v in value.values() for s in _strings(v)]
    if isinstance(value, list):
        return [s for v in value for s in _strings(v)]
    return []


@pytest.mark.parametrize("payload_index", range(9), ids=PAYLOAD_IDS)
@pytest.mark.parametrize("field", FIELDS)
def test_cli_map_and_site_keep_payloads_as_text(tmp_path: Path, field: str, payload_index: int) -> None:
    marker = tmp_path / MARKER
    payload = _payloads(marker)[payload_index]
    reports = tmp_path / "reports.jsonl"
    reports.write_text(json.dumps(_report_line(field, payload)) + "\n", encoding="utf-8")

    result = runner.invoke(app, ["map", str(reports), "-o", str(tmp_path / "map"), "--title", payload, "-q"])
    assert result.exit_code in (EXIT_OK, EXIT_SKIPPED), result.output
    site = runner.invoke(app, ["site", str(reports), "-o", str(tmp_path / "site"), "-q"])
    assert site.exit_code in (EXIT_OK, EXIT_SKIPPED), site.output
    assert not marker.exists(), "a template payload ran a shell command"

    page = (tmp_path / "map" / "map.html").read_text(encoding="utf-8")
    assert html.escape(payload) in page  # the --title, in <title> and the legend, literally
    strings = _strings(_blob(page))
    if field in ("title", "source", "text"):
        assert any(payload in s for s in strings), f"the {field} is not shown as written"
    assert "49" not in [s for s in strings if "7*7" in payload]

    pages = "".join(p.read_text(encoding="utf-8") for p in (tmp_path / "site").glob("*.html"))
    if field in ("title", "source", "text"):
        assert html.escape(payload, quote=False) in pages or html.escape(payload) in pages


@pytest.mark.parametrize("payload_index", range(9), ids=PAYLOAD_IDS)
def test_build_map_keeps_payloads_in_every_field_as_text(tmp_path: Path, payload_index: int) -> None:
    marker = tmp_path / MARKER
    payload = _payloads(marker)[payload_index]
    report = Report(
        id=payload,
        title=payload,
        date=dt.date(2022, 9, 10),
        source=payload,
        url="https://example.org/" + payload,
        text=f"Ukrainian forces liberated Izium. {payload} could not be found.",
    )
    events = [event(report, "Izium", IZIUM, "liberated"), event(report, payload, None, None)]

    page = mapper.build_map(events, title=payload, assets="inline").get_root().render()
    mapper.write_site(events, [report], tmp_path / "site")

    assert not marker.exists(), "a template payload ran a shell command"
    strings = _strings(_blob(page))
    assert sum(payload in s for s in strings) >= 4  # title, source, sentence, unresolved name
    assert html.escape(payload) in page
    report_pages = [p for p in (tmp_path / "site").glob("report-*.html")]
    assert report_pages
    assert html.escape(payload) in report_pages[0].read_text(encoding="utf-8")
