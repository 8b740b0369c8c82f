"""folium/branca elements whose output is never read as a template.

branca compiles markup as Jinja2 templates in two places: the first argument
of ``Element(...)``, and the *output* of a ``MacroElement``'s ``header``,
``html`` and ``script`` macros, which ``MacroElement.render`` wraps in a new
``Element`` and so compiles a second time. Any report text that reaches
either is code: a title such as ``{{ lipsum.__globals__['os'].popen('id') }}``
would run a shell command, ``{{ 7*7 }}`` would print ``49`` and a stray
``{%`` would stop the build. Report text is untrusted, so mapper builds its
page parts only with the two classes here:

- :func:`markup_element` emits a string verbatim: its template is a constant
  that prints one variable, and Jinja2 prints a variable's value as it is;
- :func:`macro_element_base` is ``MacroElement`` with a ``render`` that adds
  each macro's output through :func:`markup_element`, rendered once.
"""

from __future__ import annotations

import functools
from typing import Any

__all__ = ["markup_element", "macro_element_base"]


@functools.cache
def _classes() -> tuple[type, type]:
    # Built on first use, so that importing mapper does not import branca.
    from branca.element import Element, Figure, MacroElement
    from jinja2 import Template

    class Markup(Element):
        """An element that emits ``markup`` verbatim (already escaped by its maker)."""

        _template = Template("{{ this.markup }}")

        def __init__(self, markup: str) -> None:
            super().__init__()
            self._name = "Markup"
            self.markup = markup

    class SafeMacroElement(MacroElement):
        """A ``MacroElement`` whose macros' output is added as markup, not compiled again."""

        def render(self, **kwargs: Any) -> None:
            figure = self.get_root()
            if not isinstance(figure, Figure):
                raise TypeError(f"{type(self).__name__} can only be rendered inside a branca Figure")
            macros = self._template.module.__dict__
            for part, target in (("header", figure.header), ("html", figure.html), ("script", figure.script)):
                macro = macros.get(part)
                if macro is not None:
                    target.add_child(Markup(macro(self, kwargs)), name=self.get_name())
            for child in self._children.values():
                child.render(**kwargs)

    return Markup, SafeMacroElement


def markup_element(markup: str) -> Any:
    """A branca element that writes ``markup`` into the page exactly as given.

    ``markup`` must already be safe HTML (its report text escaped); it is not
    interpreted as a Jinja2 template, so ``{{``, ``{%`` and ``{#`` in it are
    plain characters.
    """
    return _classes()[0](markup)


def macro_element_base() -> type:
    """The base class for mapper's macro elements (see the module docstring)."""
    return _classes()[1]
