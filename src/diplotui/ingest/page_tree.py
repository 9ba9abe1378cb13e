"""A saved page's tree made ready for the extractor, and its paragraphs kept apart after it.

What a reader of the page never sees is not article text: an element hidden by ``hidden``,
``display:none``, ``visibility:hidden``, ``aria-hidden="true"`` or a class the page's own
sheets or its framework hide (``diplotui.ingest.page_styles``), and a ``<template>``'s
content, which no browser shows (a hidden paragraph's quotation was imported, and found as a
statement). A character reference to a control character (``&#27;``) gives the tree
a character the extractor cannot write back into it: it dropped the whole page as "no article
text found"; such characters go as a text file's controls go (``cite.text_to_store``: an
escape sequence with its payload), what else a tree cannot hold becoming the visible stand-ins
of ``diplotui.inert``. The extractor's rescue for a short page joins its paragraphs, and the
headline, into one line ("Evil headline "We will ..."): they are split again where the page's
own blocks end, only when the line is exactly those blocks' texts.
"""

from __future__ import annotations

import re
from collections import Counter
from collections.abc import Container
from typing import Any

from diplotui.cite import text_to_store
from diplotui.inert import inert
from diplotui.ingest.page_styles import HiddenClasses, hidden_classes

_XML_UNFIT = re.compile("[\x00-\x08\x0b\x0c\x0e-\x1f\ud800-\udfff\ufffe\uffff]")
"""What an XML tree cannot hold, so the extractor fails writing it (C1 and DEL it can)."""
_DISPLAY_NONE = re.compile(
    r"(?:^|;)\s*(?:display\s*:\s*none|visibility\s*:\s*(?:hidden|collapse))\b", re.IGNORECASE
)
_ALWAYS_SHOWN = frozenset({"body"})
"""Kept whatever it says: a page hides its body until its scripts have run."""
_BLOCKS = frozenset(
    {
        *("address", "article", "aside", "blockquote", "br", "dd", "div", "dl", "dt"),
        *("figcaption", "figure", "footer", "form", "h1", "h2", "h3", "h4", "h5", "h6"),
        *("header", "hr", "li", "main", "nav", "ol", "p", "pre", "section", "summary"),
        *("table", "td", "th", "tr", "ul"),
    }
)
"""The elements whose edges the extractor's rescue marks with a space (its block set)."""


def _shown(value: str) -> str:
    """``value`` as the library stores text: stand-ins with their payload ("␛[31mred") were
    stored for a page's references where a text file's same controls were dropped."""
    return _XML_UNFIT.sub(lambda m: inert(m.group()), text_to_store(value))


def _hidden_by(element: Any, sheets: HiddenClasses) -> str:
    """What hides ``element`` ("hidden", "aria-hidden", "style" or a class), or ""."""
    if element.tag in _ALWAYS_SHOWN:
        return ""
    if element.get("hidden") is not None:
        return "hidden"
    if (element.get("aria-hidden") or "").strip().lower() == "true":
        return "aria-hidden"
    if _DISPLAY_NONE.search(element.get("style") or ""):
        return "style"
    return sheets.hiding_class(element.tag, (element.get("class") or "").split())


def _page_sheets(tree: Any) -> HiddenClasses:
    """What the page's ``<style>`` blocks hide; those a browser running scripts never
    applies (in ``<noscript>`` or a ``<template>``) are passed over."""
    return hidden_classes(
        (style.text or "", style.get("media") or "")
        for style in tree.iter("style")
        if not any(up.tag in ("noscript", "template") for up in style.iterancestors())
    )


def prepared_tree(html: str) -> Any:
    """The page parsed as the extractor parses it, the hidden elements of its body removed
    (their tails kept: the text after them is shown), its templates too, and the characters no
    tree holds made visible stand-ins in its text (the extractor reads attributes, a title or
    a site's name, without writing them back); None when it does not parse as a page.

    What holds most of the page's text stays, hidden or not (``_hidden_parts``)."""

    tree = _parsed(html)
    if tree is None:
        return None
    body = tree.find(".//body")
    for template in list(tree.iter("template")):
        template.drop_tree()
    if body is not None:
        for element in _hidden_parts(body, _page_sheets(tree)):
            element.drop_tree()
    for element in tree.iter():
        if element.text and _XML_UNFIT.search(element.text):
            element.text = _shown(element.text)
        if element.tail and _XML_UNFIT.search(element.tail):
            element.tail = _shown(element.tail)
    return tree


def _hidden_parts(body: Any, sheets: HiddenClasses) -> list[Any]:
    """The hidden elements of ``body`` to leave out, outermost ones only.

    What holds most of the page's text stays, hidden or not: one element (a page saved with
    a dialog open, a cookie banner, hides everything behind it with ``aria-hidden``), the
    elements one thing hides together (a page hiding each paragraph until its scripts reveal
    it, ``.reveal{display:none}``, was imported as its headline alone), or all that is left
    hidden together."""
    from lxml import etree

    sizes = _text_sizes(body)
    most = sizes[body] / 2
    hidden_by = {
        element: why
        for element in body.iter(etree.Element)
        if sizes[element] <= most and (why := _hidden_by(element, sheets))
    }
    together: Counter[str] = Counter()
    for element in _outermost(body, hidden_by):
        together[hidden_by[element]] += sizes[element]
    revealed = {why for why, size in together.items() if size > most}
    hidden_by = {element: why for element, why in hidden_by.items() if why not in revealed}
    outermost = _outermost(body, hidden_by)
    return outermost if sum(sizes[element] for element in outermost) <= most else []


def _outermost(root: Any, chosen: Container[Any]) -> list[Any]:
    """The elements of ``chosen`` inside none other of them, found in one walk (the page may
    nest 1,500 deep)."""
    from lxml import etree

    outermost = []
    inside = 0
    for event, element in etree.iterwalk(root, events=("start", "end")):
        if element in chosen:
            if event == "start" and not inside:
                outermost.append(element)
            inside += 1 if event == "start" else -1
    return outermost


def _text_sizes(root: Any) -> dict[Any, int]:
    """The length of each element's text (``text_content()``), all counted in one walk:
    asked of each of 1,400 nested elements around 2 MB of text, it built 2.8 GB of it."""
    from lxml import etree

    sizes: dict[Any, int] = {}
    open_sizes = [0]
    for event, element in etree.iterwalk(root, events=("start", "end")):
        if event == "start":
            open_sizes.append(len(element.text or ""))
        else:
            size = sizes[element] = open_sizes.pop()
            open_sizes[-1] += size + len(element.tail or "")
    return sizes


def _parsed(html: str) -> Any:
    """The page parsed as the extractor's ``load_html`` parses a text (its repairs, its
    parser's options, its refusal of a fragment), but past libxml2's limit of 256 nested
    elements: there the rest of the page was silently dropped (an old page's 400 unclosed
    ``<div>`` kept 253 paragraphs; one nested 256 deep was "no article text found"). Lifted,
    the limit is 2,048, and ``formats.MAX_HTML_DEPTH`` refuses a page nested that deep."""
    from lxml import etree
    from lxml.html import HTMLParser, fromstring
    from trafilatura.utils import repair_faulty_html

    parser = HTMLParser(  # type: ignore[call-arg]  # the stubs lack default_doctype
        collect_ids=False,
        default_doctype=False,
        encoding="utf-8",
        remove_comments=True,
        remove_pis=True,
        huge_tree=True,
    )
    beginning = html[:50].lower()
    repaired = repair_faulty_html(html, beginning)
    try:
        try:
            tree = fromstring(repaired, parser=parser)
        except ValueError:  # a text declaring its encoding
            tree = fromstring(repaired.encode("utf-8", "surrogatepass"), parser=parser)
    except (ValueError, etree.ParserError):
        return None
    if "html" not in beginning and len(tree) < 2:
        return None  # a fragment, or no HTML at all
    return tree


def nesting_depth(tree: Any) -> int:
    """How deep the page's elements nest (counted in one walk, without recursion)."""
    from lxml import etree

    depth = deepest = 0
    for event, _element in etree.iterwalk(tree, events=("start", "end")):
        depth += 1 if event == "start" else -1
        deepest = max(deepest, depth)
    return deepest


def block_texts(tree: Any) -> list[str]:
    """The text of each block of the page in reading order, spaces collapsed as the
    extractor collapses them (scripts and comments give runs that match no text)."""
    from lxml import etree

    runs: list[str] = []
    current: list[str] = []

    def close() -> None:
        joined = " ".join("".join(current).split())
        if joined:
            runs.append(joined)
        current.clear()

    for event, element in etree.iterwalk(tree, events=("start", "end")):
        block = element.tag in _BLOCKS
        if event == "start":
            if block:
                close()
            if isinstance(element.tag, str) and element.text:
                current.append(element.text)
        else:
            if block:
                close()
            if element.tail:
                current.append(element.tail)
    close()
    return runs


def with_block_breaks(text: str, blocks: list[str]) -> str:
    """``text`` with a line break between the blocks it joined with a space, when it is one
    line made of whole blocks in their order (others, dropped by the extractor, passed
    over); else ``text`` as it is: only a join the page itself marks is split."""
    if "\n" in text:
        return text
    kept: list[str] = []
    at = 0
    for block in blocks:
        end = at + len(block)
        if not text.startswith(block, at) or (end < len(text) and text[end] != " "):
            continue
        kept.append(block)
        if end == len(text):
            return "\n".join(kept)
        at = end + 1
    return text
