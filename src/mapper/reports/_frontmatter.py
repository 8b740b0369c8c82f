"""A Markdown report's YAML front matter, read safely: no aliases, no timestamps.

YAML's aliases are refused (a few hundred bytes of them can stand for gigabytes: the "billion
laughs"), and its timestamps are not read as such (a date stays the text written, read as every
report date is, so that ``date: 2022-02-30`` is a bad date like any other and ``title: 0000-00-00``
stays text). A value YAML cannot construct ("!!int 0x_") is a malformed front matter, with its line.
"""

from __future__ import annotations

import functools
from typing import Any

from mapper.reports._input import Unreadable

__all__ = ["front_matter"]


@functools.cache
def _front_matter_loader() -> type:
    """YAML's safe loader without aliases and without timestamps (see the module docstring)."""
    import yaml

    class FrontMatterLoader(yaml.SafeLoader):
        def compose_node(self, parent: Any, index: Any) -> Any:
            if self.check_event(yaml.AliasEvent):
                event = self.peek_event()
                raise yaml.composer.ComposerError(
                    None, None, f"an alias (*{event.anchor}) is not accepted: write the value out", event.start_mark
                )
            return super().compose_node(parent, index)

        def construct_object(self, node: Any, deep: bool = False) -> Any:
            try:
                return super().construct_object(node, deep)
            # "!!int 0x_", "!!timestamp 2022-02-30"; "!!timestamp title: x" (PyYAML's own constructor then
            # fails on a match it never found: an AttributeError; "!!bool foo": a KeyError)
            except (ValueError, OverflowError, AttributeError, TypeError, LookupError) as exc:
                value = f" {node.value[:40]!r}" if isinstance(node.value, str) else ""
                raise yaml.constructor.ConstructorError(
                    None, None, f"cannot read{value} as {node.tag.rsplit(':', 1)[-1]} ({exc})", node.start_mark
                ) from None

    resolvers = yaml.SafeLoader.yaml_implicit_resolvers
    FrontMatterLoader.yaml_implicit_resolvers = {
        first: [(tag, pattern) for tag, pattern in found if tag != "tag:yaml.org,2002:timestamp"]
        for first, found in resolvers.items()
    }
    return FrontMatterLoader


def front_matter(source: str) -> Any:
    """What a front matter holds; :class:`Unreadable`, with the file's line where known, when it is not YAML."""
    import yaml

    try:
        return yaml.load(source, Loader=_front_matter_loader())  # noqa: S506 (a safe loader)
    except yaml.MarkedYAMLError as exc:
        mark = exc.problem_mark or exc.context_mark
        line = mark.line + 2 if mark is not None else None  # the front matter starts on line 2
        raise Unreadable(f"malformed YAML front matter ({exc.problem or exc.context})", line) from None
    except yaml.YAMLError as exc:
        raise Unreadable(f"malformed YAML front matter ({exc})") from None
    except RecursionError:
        raise Unreadable("malformed YAML front matter (nested too deeply to read)") from None
