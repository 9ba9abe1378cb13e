"""A store file edited by hand as JSON allows and diplotui would never write: a title holding
a lone surrogate ("\\ud800"), which the store keeps and every path must survive."""

from __future__ import annotations

import json
from pathlib import Path

from diplotui.model import Article
from diplotui.store import Store, text_hash

SURROGATE_TITLE = "Talks \ud800 in Hanoi"


def store_with_a_surrogate_title(path: Path, text: str) -> str:
    """A store at ``path`` holding ``text`` as one article whose title a hand edit gave a lone
    surrogate (written escaped, as in ASCII JSON); the article's id."""
    with Store.open(path) as store:
        article = Article(
            id=store.new_article_id(text_hash(text)), title="Talks", text_hash="", date="2025-07-18"
        )
        store.add_article(article, text)
    data = json.loads(path.read_text())
    (record,) = data["articles"].values()
    record["title"] = SURROGATE_TITLE
    path.write_text(json.dumps(data))
    return article.id


def store_with_a_surrogate_text(path: Path, text: str) -> str:
    """A store at ``path`` holding ``text``, which holds a lone surrogate, as one article
    (the store keeps such a text byte for byte, as a body hand-edited or written by an
    earlier version could hold it); the article's id."""
    with Store.open(path) as store:
        article = Article(
            id=store.new_article_id(text_hash(text)), title="Talks", text_hash="", date="2025-07-18"
        )
        store.add_article(article, text)
    return article.id
