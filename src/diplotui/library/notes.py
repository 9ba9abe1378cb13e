"""The notes that hold a search's words: the list's search reads titles and texts, and a
search that finds nothing there says which note holds them (a Zotero user's search reads
notes too)."""

from __future__ import annotations

from dataclasses import dataclass

from diplotui.library.search import query_terms, words
from diplotui.store import Store


@dataclass(frozen=True, slots=True)
class NoteHit:
    """A note holding every term: an article's own, or a highlight's in that article."""

    article_id: str
    of_highlight: bool


def holds(terms: list[str], *fields: str) -> bool:
    """Whether every term (``search.query_terms``) starts a word of ``fields``, accents and
    case folded as the list's search folds them."""
    said = words(" ".join(fields))
    return all(term in said for term in terms)


def notes_holding(store: Store, text: str) -> list[NoteHit]:
    """The article notes, then the highlights' notes, that hold every word of ``text``."""
    terms = query_terms(text)
    if not terms:
        return []
    found = [
        NoteHit(article.id, False)
        for article in store.articles()
        if article.note.strip() and holds(terms, article.note)
    ]
    found += [
        NoteHit(highlight.article_id, True)
        for highlight in store.highlights()
        if highlight.note.strip() and holds(terms, highlight.note)
    ]
    return found
