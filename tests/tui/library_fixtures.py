"""A small library with tags, sources, dates and one annotated article, for the pane tests."""

from __future__ import annotations

from pathlib import Path

from diplotui.model import Article, Highlight, new_id
from diplotui.store import Store, text_hash

ARTICLES = [
    ("Alpha talks in Hanoi", "VNA", "2025-01-10", ["asean"], "Ministers met in Hanoi on trade."),
    ("Beta summit", "Nhan Dan", "2024-05-01", ["asean", "laos"], "Leaders met in Vientiane."),
    ("Gamma visit", "VNA", "2023-03-03", ["laos"], "A delegation visited Luang Prabang."),
    ("Delta forum", "Reuters", "2025-06-01", [], "The forum in Paris discussed climate."),
]


def make_library(path: Path) -> Store:
    """A fresh store at ``path`` holding ``ARTICLES``; "Beta summit" has a highlight."""
    store = Store.open(path)
    for title, source, date, tags, body in ARTICLES:
        add_article(store, title, source, date, tags, body)
    beta = titled(store, "Beta summit")
    quote = "Leaders met"
    start = store.article_text(beta.id).index(quote)
    store.save_highlight(
        Highlight(id=new_id(), article_id=beta.id, start=start, end=start + len(quote), quote=quote)
    )
    return store


def add_article(
    store: Store, title: str, source: str, date: str, tags: list[str], body: str
) -> Article:
    """Store an article whose text is its title and ``body``."""
    text = f"{title}\n\n{body}\n"
    digest = text_hash(text)
    article = Article(
        id=store.new_article_id(digest),
        title=title,
        text_hash=digest,
        source=source,
        date=date,
        tags=list(tags),
        url=f"https://example.org/{digest[:6]}",
    )
    return store.add_article(article, text)


def titled(store: Store, title: str) -> Article:
    return next(a for a in store.articles() if a.title == title)
