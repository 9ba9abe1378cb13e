"""A feed whose item's text changes at every fetch (a live blog, a counter in its footer) kept
every earlier text of the article, one more at each refresh, without bound (attack55). Now an
update keeps the few latest, the first, and the one a highlight it left unanchored was made in;
the others' files are removed. Tested with the store reopened between refreshes, as the app or
``diplotui refresh`` opens it each time (a backup is taken at each open)."""

from __future__ import annotations

import json
from dataclasses import replace
from pathlib import Path

from diplotui.anchoring import new_highlight
from diplotui.feeds import add_feed, refresh
from diplotui.model import AnchorStatus, Article
from diplotui.store import Store, body_path, text_hash
from diplotui.store.backups import BACKUPS_KEPT
from diplotui.store.repository import EARLIER_TEXTS_KEPT
from tests.feeds.conftest import FAST
from tests.feeds.server import FeedServer

STORY = "The negotiators met in Geneva on Monday and agreed to meet again. " * 4


def _live_feed(server: FeedServer, version: list[int]) -> None:
    def body() -> bytes:
        text = f"{STORY}Update {version[0]}: the talks went on into the night."
        item = {"id": "live-1", "url": "https://live.example/1", "title": "Live: Geneva talks"}
        feed = {
            "version": "https://jsonfeed.org/version/1.1",
            "items": [item | {"content_text": text}],
        }
        return json.dumps(feed).encode()

    server.serve_bytes("/live.json", body, "application/feed+json")


def _refresh(store_path: Path) -> None:
    with Store.open(store_path) as store:
        refresh(store, policy=FAST, force=True)


def test_an_item_changing_at_every_refresh_keeps_a_bounded_set_of_earlier_texts(
    store_path: Path, server: FeedServer
):
    version = [0]
    _live_feed(server, version)
    with Store.open(store_path) as store:
        add_feed(store, server.url("/live.json"))
    _refresh(store_path)
    with Store.open(store_path) as store:
        (article,) = [a for a in store.articles() if a.title == "Live: Geneva talks"]
        text = store.article_text(article.id)
        words = "Update 0: the talks"
        start = text.index(words)
        store.save_highlight(new_highlight(article.id, text, start, start + len(words)))
    refreshes = EARLIER_TEXTS_KEPT + BACKUPS_KEPT + 6
    article_texts = [article.text_hash]
    for version[0] in range(1, refreshes + 1):
        _refresh(store_path)
        with Store.open(store_path, read_only=True) as store:
            article_texts.append(store.article(article.id).text_hash)
    with Store.open(store_path, read_only=True) as store:
        article = store.article(article.id)
        earlier = article.earlier_texts
        (highlight,) = store.highlights(article.id)
        # the highlight's words are gone from the text: shown unanchored, never dropped
        assert highlight.status != AnchorStatus.ANCHORED.value
        assert highlight.quote == "Update 0: the talks"
    made_in = [d for d in earlier if "Update 0: the talks" in body_path(store_path, d).read_text()]
    assert made_in == [earlier[0]] and earlier[0].startswith(article.id)
    assert earlier[-EARLIER_TEXTS_KEPT:] == article_texts[-EARLIER_TEXTS_KEPT - 1 : -1]
    # one text more at each refresh before; now the rest of them are gone, files and all
    assert len(earlier) <= 1 + EARLIER_TEXTS_KEPT + BACKUPS_KEPT + 1 < refreshes
    let_go = [d for d in article_texts[:-1] if d not in earlier]
    assert let_go and not any(body_path(store_path, d).exists() for d in let_go)


def test_versions_a_sync_brings_keep_a_bounded_set_of_earlier_texts_too(store_path: Path):
    """A teammate's copy of that feed sent each version on: a sync stores each as given
    (``save_as_given``), one earlier text more every time on every copy."""
    versions = [f"{STORY}Update {n}: the talks went on." for n in range(12)]
    article_id = text_hash(versions[0])[:12]
    with Store.open(store_path) as store:
        store.add_article(Article(id=article_id, title="Live", text_hash=""), versions[0])
    for version in versions[1:]:
        with Store.open(store_path) as store:
            arrived = replace(store.article(article_id), text_hash=text_hash(version))
            store.save_as_given(articles=[(arrived, version)])
    with Store.open(store_path, read_only=True) as store:
        earlier = store.article(article_id).earlier_texts
        assert store.article_text(article_id) == versions[-1]
    named = [text_hash(v) for v in versions[:-1]]
    assert earlier[0] == named[0] and earlier[-EARLIER_TEXTS_KEPT:] == named[-EARLIER_TEXTS_KEPT:]
    assert len(earlier) < len(named)
    assert not any(body_path(store_path, d).exists() for d in named if d not in earlier)
