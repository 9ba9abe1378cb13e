"""An article as ``diplotui show`` prints it: its heading, its text as the reader shows it,
and where its entities and statements are in that text.

Reading an article meant opening the app; ``entities`` and ``statements`` list its marks
with offsets into the stored text, not the text. The page is built here, without a
terminal: the text is the reader's (a hard-wrapped text's soft wraps joined, a Markdown
article's marks left out), every character an escape or a control could hide replaced by
its visible stand-in, and the marks moved onto it.
"""

from __future__ import annotations

from bisect import bisect_left
from collections.abc import Iterable, Sequence
from dataclasses import dataclass

from diplotui.dates import date_shown
from diplotui.inert import inert, inert_words
from diplotui.layout import shown_text
from diplotui.markup import HIDDEN
from diplotui.model import Article, EntitySpan, Statement

STATEMENT = "statement"
"""A mark's kind for a statement's words; an entity's is its type ("person", "org")."""


@dataclass(frozen=True, slots=True)
class Mark:
    """An entity or a statement, by its offsets into :attr:`ArticlePage.text`."""

    start: int
    end: int
    kind: str


@dataclass(frozen=True, slots=True)
class ArticlePage:
    """What ``show`` prints: the heading's lines, then the text with its marks."""

    heading: tuple[str, ...]
    text: str
    marks: tuple[Mark, ...]

    def as_json(self, article: Article | None) -> dict[str, object]:
        """The page's fields for ``show --json``: the details as stored, the text shown."""
        details: dict[str, object] = {}
        if article is not None:
            details = {
                "id": article.id,
                "title": article.title,
                "source": article.source,
                "date": article.date,
                "date_is_guess": article.date_is_guess,
                "url": article.url,
                "author": article.author,
                "tags": list(article.tags),
            }
        return {**details, "text": self.text}


def article_page(
    article: Article | None,
    text: str,
    markdown: bool,
    spans: Iterable[EntitySpan] = (),
    statements: Iterable[Statement] = (),
    file_name: str = "",
) -> ArticlePage:
    """The page of ``text``, the stored article's (``article``) or a file's (``file_name``):
    ``spans`` and ``statements`` by offsets into ``text`` as stored."""
    shown = shown_text(text, markdown)
    kept = [at for at, char in enumerate(shown) if char != HIDDEN]
    bare = "".join(shown[at] for at in kept) if len(kept) < len(shown) else shown
    page_text = "\n".join(inert(line) for line in bare.split("\n"))  # as long: marks hold
    marks = [_moved(kept, s.start, s.end, s.type) for s in spans]
    marks += [_moved(kept, s.start, s.end, STATEMENT) for s in statements]
    return ArticlePage(
        _heading(article, file_name),
        page_text,
        tuple(sorted((m for m in marks if m.start < m.end), key=lambda m: (m.start, -m.end))),
    )


def _moved(kept: Sequence[int], start: int, end: int, kind: str) -> Mark:
    """A mark's offsets in the stored text moved onto the shown one (marks left out)."""
    return Mark(bisect_left(kept, start), bisect_left(kept, end), kind)


def _heading(article: Article | None, file_name: str) -> tuple[str, ...]:
    """Title, then source and date (as the list dates it, "?" for a guess), then the
    address and author when known: each one line, as the app's list shows them."""
    if article is None:
        return (inert_words(file_name),)
    date = date_shown(article.date, article.date_is_guess) or "n.d."
    cited = " · ".join(part for part in (inert_words(article.source), date) if part)
    lines = [inert_words(article.title) or article.id, cited]
    lines += [inert_words(value) for value in (article.author, article.url) if value]
    return tuple(lines)
