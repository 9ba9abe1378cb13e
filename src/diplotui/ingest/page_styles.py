"""The classes a saved page's own ``<style>`` blocks hide, read without a CSS engine.

A page hides a promotion, a screen reader's copy or an unused template paragraph with a class
(``.promo{display:none}``), and the text then was imported as the article's, its quotations
found as statements. Only what is cheap and certain is read: a top-level rule whose selector
is a class, or a tag and classes (``p.promo``, ``.a.b``), that sets ``display:none`` or
``visibility:hidden``. Text must never be lost to a guess, so a class any rule shows (one in a
media query, ``.promo.open{display:block}``) hides nothing, and a rule inside ``@media`` (a
print sheet, a narrow screen) hides nothing either.
"""

from __future__ import annotations

import re
from collections.abc import Iterable, Iterator
from dataclasses import dataclass

NAMED_HIDDEN = frozenset(
    {"hidden", "sr-only", "visually-hidden", "visuallyhidden", "screen-reader-text"}
)
"""The classes pages and their frameworks hide text with, whatever sheet defines them."""
_SHOWN_AT_SOME_WIDTH = re.compile(
    r"(?:[\w-]+:|d-[a-z]+-)(?:inline-)?(?:block|flex|grid|inline|table|contents)"
)
"""A class that shows an element hidden by another on wider screens (Tailwind's
``hidden md:block``, Bootstrap's ``d-none d-md-block``)."""
_COMMENT = re.compile(r"/\*.*?(?:\*/|\Z)", re.S)
_SIMPLE_SELECTOR = re.compile(r"([a-zA-Z][\w-]*)?((?:\.[\w-]+)+)")
_DECLARATION = re.compile(r"(?<![\w-])(display|visibility)\s*:\s*([\w-]+)", re.IGNORECASE)
_SCREEN_MEDIA = frozenset({"", "all", "screen"})


@dataclass(frozen=True, slots=True)
class _Selector:
    tag: str
    """"" for any element."""
    classes: frozenset[str]


@dataclass(slots=True)
class HiddenClasses:
    """What the page's sheets hide: the elements matched by a selector of ``selectors`` (by
    one of its classes: a sheet of 20,000 rules over 20,000 paragraphs took 20 s tried one
    by one), unless one of their classes is in ``shown`` (some rule of the page shows it)."""

    selectors: dict[str, list[_Selector]]
    shown: frozenset[str]

    def hiding_class(self, tag: str, classes: Iterable[str]) -> str:
        """The class that hides an element ``tag`` of these classes, by the page's sheets or
        as pages hide text with it, or "" when none does."""
        held = frozenset(classes)
        named = held & (NAMED_HIDDEN - self.shown)
        if named and not any(_SHOWN_AT_SOME_WIDTH.fullmatch(name) for name in held):
            return min(named)
        return next(
            (
                name
                for name in sorted(held)
                for selector in self.selectors.get(name, ())
                if selector.classes <= held and selector.tag in ("", tag)
            ),
            "",
        )


def hidden_classes(sheets: Iterable[tuple[str, str]]) -> HiddenClasses:
    """What ``sheets`` (each a ``<style>`` block's text and its ``media``) hide."""
    hiding: list[_Selector] = []
    shown: set[str] = set()
    for css, media in sheets:
        screen = media.strip().lower() in _SCREEN_MEDIA
        for prelude, declarations, top_level in _rules(_COMMENT.sub(" ", css)):
            display, visibility = _display_and_visibility(declarations)
            selectors = list(_simple_selectors(prelude))
            if display == "none" or visibility in ("hidden", "collapse"):
                if top_level and screen:
                    hiding.extend(selectors)
            elif display or visibility == "visible":
                shown.update(name for selector in selectors for name in selector.classes)
    by_class: dict[str, list[_Selector]] = {}
    for selector in hiding:
        if not selector.classes & shown:
            by_class.setdefault(min(selector.classes), []).append(selector)
    return HiddenClasses(by_class, frozenset(shown))


def _rules(css: str) -> Iterator[tuple[str, str, bool]]:
    """Each rule's selector text, declarations and whether it stands at the sheet's top
    level (not in ``@media`` or another block); an unclosed block ends the sheet."""
    preludes: list[str] = []
    nested = False
    text = ""
    for part in re.split(r"([{}])", css):
        if part == "{":
            preludes.append(text)
            nested = False
        elif part == "}":
            if preludes:
                prelude = preludes.pop()
                if not nested and not prelude.lstrip().startswith("@"):
                    yield prelude, text, not preludes
            nested = True
        else:
            text = part
            continue
        text = ""


def _display_and_visibility(declarations: str) -> tuple[str, str]:
    """The last ``display`` and ``visibility`` values a rule sets, lowercased ("" if none)."""
    values = {"display": "", "visibility": ""}
    for name, value in _DECLARATION.findall(declarations):
        values[name.lower()] = value.lower()
    return values["display"], values["visibility"]


def _simple_selectors(prelude: str) -> Iterator[_Selector]:
    for written in prelude.split(","):
        match = _SIMPLE_SELECTOR.fullmatch(written.strip())
        if match:
            classes = frozenset(match.group(2).split(".")[1:])
            yield _Selector((match.group(1) or "").lower(), classes)
