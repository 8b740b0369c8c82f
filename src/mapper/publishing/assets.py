"""The scripts and stylesheets a map page needs, from registry packages.

Leaflet and Leaflet.markercluster come from the PyPI packages
``xstatic-leaflet`` and ``xstatic-leaflet-markercluster``; mapper's own
drawing code (``mapper.js``) and styles (``mapper.css``) are package data in
``mapper/assets``. A page gets them in one of three ways:

``"cdn"``
    ``<script src>`` / ``<link href>`` to public CDNs (the smallest page);
``"inline"``
    every script and stylesheet inside the page, Leaflet's images as
    ``data:`` URIs: one self-contained file that makes no request;
``"local"``
    relative links into an ``assets/`` folder written beside the pages
    (:func:`copy_assets`), for a static site that works from ``file://``.
"""

from __future__ import annotations

import base64
import functools
import re
from importlib.resources import files
from pathlib import Path
from typing import Literal, TypeAlias

from mapper._io import atomic_write
from mapper.errors import OutputError

__all__ = ["AssetMode", "ASSET_MODES", "head_html", "own_script", "copy_assets"]

AssetMode: TypeAlias = Literal["cdn", "inline", "local"]
ASSET_MODES: tuple[AssetMode, ...] = ("cdn", "inline", "local")

_LEAFLET_VERSION = "1.9.3"
_CLUSTER_VERSION = "1.4.1"
_CDN = {
    "leaflet.css": f"https://unpkg.com/leaflet@{_LEAFLET_VERSION}/dist/leaflet.css",
    "leaflet.js": f"https://unpkg.com/leaflet@{_LEAFLET_VERSION}/dist/leaflet.js",
    "MarkerCluster.css": f"https://unpkg.com/leaflet.markercluster@{_CLUSTER_VERSION}/dist/MarkerCluster.css",
    "MarkerCluster.Default.css": (
        f"https://unpkg.com/leaflet.markercluster@{_CLUSTER_VERSION}/dist/MarkerCluster.Default.css"
    ),
    "leaflet.markercluster.js": (
        f"https://unpkg.com/leaflet.markercluster@{_CLUSTER_VERSION}/dist/leaflet.markercluster.js"
    ),
}
_STYLES = ("leaflet.css", "MarkerCluster.css", "MarkerCluster.Default.css", "mapper.css")
_SCRIPTS = ("leaflet.js", "leaflet.markercluster.js", "mapper.js")
_SOURCE_MAP = re.compile(r"^\s*(?://|/\*)# sourceMappingURL=\S*(?: \*/)?\s*$", re.MULTILINE)
_IMAGE_URL = re.compile(r"url\((?:['\"])?(images/[\w.-]+\.png)(?:['\"])?\)")


def _leaflet_dir() -> Path:
    from xstatic.pkg import leaflet

    return Path(leaflet.BASE_DIR)


def _cluster_dir() -> Path:
    from xstatic.pkg import leaflet_markercluster

    return Path(leaflet_markercluster.BASE_DIR)


def _source(name: str) -> Path:
    """Where the asset ``name`` lives on disk."""
    if name.startswith("mapper."):
        return Path(str(files("mapper") / "assets" / name))
    if name in ("leaflet.js", "leaflet.css"):
        return _leaflet_dir() / name
    return _cluster_dir() / name


@functools.cache
def _text(name: str) -> str:
    return _source(name).read_text(encoding="utf-8")


def _data_uri(match: re.Match[str]) -> str:
    image = _leaflet_dir() / match.group(1)
    encoded = base64.b64encode(image.read_bytes()).decode("ascii")
    return f"url(data:image/png;base64,{encoded})"


@functools.cache
def _inline_css(name: str) -> str:
    return _IMAGE_URL.sub(_data_uri, _text(name))


def own_script() -> str:
    """mapper's own drawing code, ``mapper.js``, as text."""
    return _text("mapper.js")


def _safe_in_tag(code: str, tag: str) -> str:
    """Keep a script or stylesheet from closing its own element early; drop source-map links."""
    code = _SOURCE_MAP.sub("", code)
    return re.sub(f"</({tag})", r"<\\/\1", code, flags=re.IGNORECASE)


def head_html(mode: AssetMode, prefix: str = "assets/") -> str:
    """The ``<link>``/``<script>`` elements (or inlined code) for a map page.

    Parameters
    ----------
    mode
        ``"cdn"``, ``"inline"`` or ``"local"`` (see the module docstring).
    prefix
        The relative folder of the assets in ``"local"`` mode.

    Returns
    -------
    str
        HTML to place in the page's ``<head>``.

    Raises
    ------
    ValueError
        If ``mode`` is not one of :data:`ASSET_MODES`.
    """
    if mode not in ASSET_MODES:
        raise ValueError(f"asset mode {mode!r} is not one of {', '.join(ASSET_MODES)}")
    parts: list[str] = []
    for name in _STYLES:
        if mode == "inline":
            parts.append(f"<style>{_safe_in_tag(_inline_css(name), 'style')}</style>")
        else:
            href = prefix + name if mode == "local" or name.startswith("mapper.") else _CDN[name]
            if mode == "cdn" and name.startswith("mapper."):
                parts.append(f"<style>{_safe_in_tag(_text(name), 'style')}</style>")
                continue
            parts.append(f'<link rel="stylesheet" href="{href}">')
    for name in _SCRIPTS:
        if mode == "inline" or (mode == "cdn" and name.startswith("mapper.")):
            parts.append(f"<script>{_safe_in_tag(_text(name), 'script')}</script>")
        else:
            src = prefix + name if mode == "local" else _CDN[name]
            parts.append(f'<script src="{src}"></script>')
    return "\n".join(parts)


def copy_assets(folder: Path) -> list[Path]:
    """Copy every asset (and Leaflet's images) into ``folder`` for ``"local"`` pages.

    Returns
    -------
    list of Path
        The files written.

    Raises
    ------
    OutputError
        If the folder or a file cannot be written; each file is replaced
        atomically, so an interrupted copy leaves the old one whole.
    """
    sources = [(_source(name), folder / name) for name in (*_STYLES, *_SCRIPTS)]
    images = sorted((_leaflet_dir() / "images").glob("*.png"))
    sources += [(image, folder / "images" / image.name) for image in images]
    try:
        (folder / "images").mkdir(parents=True, exist_ok=True)
    except OSError as exc:
        raise OutputError(f"cannot write the map assets into '{folder}': {exc.strerror or exc}") from exc
    for source, target in sources:
        with atomic_write(target, "wb") as handle:  # a page never loads half a script
            handle.write(source.read_bytes())
    return [target for _, target in sources]
