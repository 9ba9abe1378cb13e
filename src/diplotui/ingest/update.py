"""A changed text replacing an article's: the one path for ``import --update``, refreshed feed
items and pages saved again. Highlights are re-anchored, never dropped, and the article
records when its text changed."""

from __future__ import annotations

from diplotui.ingest.formats import ParsedDocument
from diplotui.model import Article, now_iso
from diplotui.store import ArticleUnreadable, Store


def apply_update(store: Store, article: Article, doc: ParsedDocument) -> None:
    """Replace the text with ``doc``'s (highlights carried over by the anchoring module) and
    take its metadata where it states any; a stated date wins over a guessed one."""
    highlights = store.highlights(article.id)
    reanchored = []
    if highlights:
        from diplotui.anchoring import reanchor_all  # only updates need it

        try:
            old_text = store.article_text(article.id)
        except ArticleUnreadable:
            old_text = ""  # no diff to help: highlights are placed by their selectors
        reanchored = reanchor_all(highlights, old_text, doc.text)
    article.title = doc.title
    for name in ("source", "url", "author"):
        if getattr(doc, name):
            setattr(article, name, getattr(doc, name))
    if doc.date and (not doc.date_is_guess or not article.date or article.date_is_guess):
        article.date, article.date_is_guess = doc.date, doc.date_is_guess
    article.text_changed_at = now_iso()
    store.replace_article_text(article, doc.text, reanchored)
