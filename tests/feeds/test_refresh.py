"""Refreshing feeds into a real store, against a live local server."""

from __future__ import annotations

import importlib
import json
import os
import re
import subprocess
import sys
import threading
from collections.abc import Iterator
from contextlib import contextmanager
from dataclasses import replace
from pathlib import Path

import pytest

from diplotui.anchoring import new_highlight
from diplotui.cite import format_quote
from diplotui.feeds import RefreshStopped, RefreshSummary, add_feed, refresh
from diplotui.feeds.refresh import MAX_NEW_ITEMS, FeedResult, checked_recently
from diplotui.feeds.workers import BACKGROUND_NICENESS
from diplotui.model import AnchorStatus, Article, Highlight, new_id
from diplotui.store import Store, body_path, journal_path
from tests.feeds.conftest import FAST
from tests.feeds.server import FeedServer


@pytest.fixture
def store(store_path: Path):
    with Store.open(store_path) as opened:
        yield opened


def subscribe(store: Store, server: FeedServer, path: str, **options) -> str:
    return add_feed(store, server.url(path), **options).id


def run(store: Store, **options) -> RefreshSummary:
    return refresh(store, **{"policy": FAST, "force": True, **options})


def on_disk(store: Store) -> tuple[bytes, bytes]:
    """The store file and its journal as they are on disk."""
    files = (store.path, journal_path(store.path))
    return tuple(path.read_bytes() if path.exists() else b"" for path in files)  # type: ignore[return-value]


def by_title(store: Store) -> dict:
    return {article.title: article for article in store.articles()}


def test_new_items_become_full_text_articles_with_their_citation_details(
    store: Store, server: FeedServer
):
    feed_id = subscribe(store, server, "/rss2.xml", name="UN News", tags=["un", "multilateral"])
    summary = run(store)
    assert summary.line() == "3 new in 1 feed"
    articles = by_title(store)
    summit = articles["ASEAN ministers prepare leaders' summit in Vientiane"]
    text = store.article_text(summit.id)
    assert "Five-Point Consensus" in text  # the page's article, not the feed's one-line summary
    assert "All rights reserved" not in text and "Home" not in text.split("\n")[0]
    assert (summit.source, summit.author, summit.date) == ("UN News", "Lan Anh", "2025-07-08")
    assert summit.url == "https://wire.example/news/summit"  # the page's canonical URL
    assert summit.tags == ["un", "multilateral"] and summit.feed_id == feed_id
    assert not summit.date_is_guess and not summit.text_is_summary
    # content:encoded is the full text: its page is never fetched
    council = articles["Security Council extends peacekeeping mandate"]
    assert store.article_text(council.id).startswith("The Security Council on Monday")
    assert server.hits["/article-council.html"] == 0
    # an undated item takes the date its page states
    assert articles["Climate finance talks resume in Bonn"].date == "2025-06-04"
    for style in ("plain", "chicago"):
        citation = format_quote("Foreign ministers met.", summit, style)
        assert "uncertain" not in citation and "2025" in citation and "wire.example" in citation


def test_a_second_refresh_transfers_only_304s_and_adds_nothing(store: Store, server: FeedServer):
    for path in ("/rss2.xml", "/atom.xml", "/feed.json"):
        subscribe(store, server, path)
    run(store)
    before = len(store.articles())
    server.statuses.clear()
    summary = run(store)
    assert summary.line() == "nothing new"
    assert all(r.unchanged for r in summary.results)
    assert sorted(server.statuses) == [("/atom.xml", 304), ("/feed.json", 304), ("/rss2.xml", 304)]
    assert len(store.articles()) == before


def test_a_feed_is_not_fetched_again_within_its_minimum_interval(store: Store, server: FeedServer):
    subscribe(store, server, "/rss2.xml", min_interval=3600)
    refresh(store, policy=FAST)
    hits = server.hits["/rss2.xml"]
    summary = refresh(store, policy=FAST)
    assert server.hits["/rss2.xml"] == hits
    [skipped] = summary.results  # the summary says when it will be fetched, not "not due"
    assert skipped.skipped == "checked <1 min ago, next check in 60 min"
    assert summary.line() == f"nothing new, {skipped.name} checked <1 min ago, next check in 60 min"


@pytest.mark.parametrize(
    ("age", "interval", "said", "wait"),
    [
        (0.6, 60, "checked <1 s ago, next check in 60 s", 60),  # was "1 s ago ... in 60 s"
        (1.4, 60, "checked 1 s ago, next check in 59 s", 59),
        (59.5, 60, "checked 59 s ago, next check in 1 s", 1),
        (80, 3600, "checked 1 min ago, next check in 59 min", 3520),  # was "80 s ... 59 min"
        (150, 3600, "checked 2 min ago, next check in 58 min", 3450),
        (5000, 6 * 3600, "checked 1 h ago, next check in 5 h", 16600),
    ],
)
def test_the_age_and_the_wait_said_add_up_to_the_interval(
    age: float, interval: int, said: str, wait: int
):
    assert checked_recently(age, interval) == (said, wait)


def test_several_feeds_within_their_interval_say_when_checked_and_the_next_check(
    store: Store, server: FeedServer
):
    """The line the app's ``R`` shows when every feed is waiting: when they were checked and
    when the next one is, not only "nothing new" or "checked recently"."""
    subscribe(store, server, "/rss2.xml", min_interval=60)
    subscribe(store, server, "/atom.xml", min_interval=3600)
    refresh(store, policy=FAST)
    summary = refresh(store, policy=FAST)
    assert all(r.due_in for r in summary.results)
    assert re.fullmatch(
        r"nothing new, 2 feeds checked <1 min ago, next check in (59|60) s", summary.line()
    ), summary.line()


def test_feeds_checked_minutes_ago_say_how_long_at_most_and_the_soonest_check():
    waiting = [
        FeedResult("a", "A", skipped="...", due_in=3000, checked_ago=600),
        FeedResult("b", "B", skipped="...", due_in=50, checked_ago=10),
    ]
    line = RefreshSummary(waiting).line()
    assert line == "nothing new, 2 feeds checked up to 10 min ago, next check in 50 s"


def test_an_item_in_two_feeds_or_with_the_same_text_is_stored_once(
    store: Store, server: FeedServer
):
    subscribe(store, server, "/rss2.xml")
    run(store)
    subscribe(store, server, "/feed.json")  # its second item links the climate page again
    summary = run(store)
    assert summary.new == 1  # only the embassy item
    titles = [a.title for a in store.articles()]
    assert titles.count("Climate finance talks resume in Bonn") == 1


def test_an_item_cross_posted_by_another_feed_never_takes_over_the_article(
    store: Store, server: FeedServer
):
    """Feed B carrying the URL of an article feed A brought in is a duplicate, even when B's
    version of the item changes: the article stays A's (its text, title and source, and so
    its count in the feeds section), not rewritten as B's whenever B edits its copy."""
    wire = subscribe(store, server, "/rss2.xml")
    run(store)
    climate = by_title(store)["Climate finance talks resume in Bonn"]
    before = (store.article(climate.id), store.article_text(climate.id))
    paragraph = "Negotiators from the other outlet's desk resumed talks in Bonn. " * 5
    version = {"title": "Bonn talks resume (syndicated)", "text": paragraph}

    def feed_b() -> bytes:
        item = {"id": "b-1", "url": climate.url, **version}  # the page's canonical URL
        item["content_text"] = item.pop("text")
        return json.dumps({"version": "https://jsonfeed.org/version/1.1", "items": [item]})

    server.serve_bytes("/b.json", lambda: feed_b().encode(), "application/feed+json")
    other = subscribe(store, server, "/b.json")
    first = run(store)
    version["text"] = paragraph.replace("resumed", "broke off")  # B edits its copy
    version["title"] = "Bonn talks break off (syndicated)"
    second = run(store)
    assert (first.new, first.updated, second.new, second.updated) == (0, 0, 0, 0)
    assert (store.article(climate.id), store.article_text(climate.id)) == before
    assert store.article(climate.id).feed_id == wire != other
    assert len(store.articles()) == 3
    assert store.feed(other).items["b-1"][0] == climate.id  # known: not taken as new again


def test_a_cross_posted_teaser_changing_does_not_fetch_the_other_feed_s_page_again(
    store: Store, server: FeedServer
):
    """Feed B's teaser of feed A's article, edited by B: nothing of B's is to update, so
    its page is not fetched again (nor, were it down, a "not updated" warning said)."""
    subscribe(store, server, "/rss2.xml")
    run(store)
    teaser = {"summary": "Talks resumed."}

    def feed_b() -> bytes:
        item = {"id": "b-1", "url": server.url("/article-climate.html"), **teaser}
        return json.dumps({"version": "https://jsonfeed.org/version/1.1", "items": [item]})

    server.serve_bytes("/b.json", lambda: feed_b().encode(), "application/feed+json")
    subscribe(store, server, "/b.json")
    assert run(store).new == 0  # its page is A's article: a duplicate
    fetched = server.hits["/article-climate.html"]
    teaser["summary"] = "Talks resumed on Monday."
    second = run(store)
    assert (second.new, second.updated) == (0, 0)
    assert server.hits["/article-climate.html"] == fetched
    assert [w for r in second.results for w in r.warnings] == []


def test_an_item_changed_upstream_updates_its_article_and_keeps_highlights(
    store: Store, server: FeedServer
):
    version = {"text": server.body("rss2.xml")}
    server.serve_bytes("/live.xml", lambda: version["text"], "application/rss+xml")
    subscribe(store, server, "/live.xml")
    run(store)
    council = by_title(store)["Security Council extends peacekeeping mandate"]
    text = store.article_text(council.id)
    start = text.index("Several members")
    quote = text[start : text.index(".", start) + 1]
    store.save_highlight(
        Highlight(new_id(), council.id, start, start + len(quote), quote, prefix="", suffix="")
    )
    version["text"] = version["text"].replace(
        b"on Monday adopted", b"on Monday unanimously adopted"
    )
    summary = run(store)
    assert (summary.new, summary.updated) == (0, 1)
    assert summary.line() == "nothing new, 1 updated"
    updated = store.article(council.id)
    assert "unanimously adopted" in store.article_text(council.id)
    assert updated.text_changed_at
    (highlight,) = store.highlights(council.id)
    assert store.article_text(council.id)[highlight.start : highlight.end] == quote
    assert len(store.articles()) == 3


def test_an_update_that_drifts_or_orphans_highlights_says_so(store: Store, server: FeedServer):
    """A refresh said "nothing new, 1 updated" over a highlight it had just orphaned (its
    sentence rewritten upstream) and one now on other words: the reader found them gone or
    changed later, unsaid. The line counts them; one still as it was is not counted again."""
    version = {"text": server.body("rss2.xml")}
    server.serve_bytes("/live.xml", lambda: version["text"], "application/rss+xml")
    subscribe(store, server, "/live.xml")
    run(store)
    council = by_title(store)["Security Council extends peacekeeping mandate"]
    _highlight(store, council.id, "The Secretary-General welcomed the decision")
    _highlight(store, council.id, "the text reflected a careful balance")
    kept = _highlight(store, council.id, "Several members expressed concern")
    version["text"] = (
        version["text"]
        .replace(
            b"The Secretary-General welcomed the decision and urged the parties",
            b"Parties were told by nobody in particular",
        )
        .replace(b"the text reflected a careful balance", b"the text reflected a fair balance")
    )
    summary = run(store)
    assert summary.line() == "nothing new, 1 updated (highlights: 1 drifted, 1 orphaned)"
    statuses = {h.quote: h.status for h in store.highlights(council.id)}
    assert statuses[kept.quote] == AnchorStatus.MOVED.value  # its words kept: not counted
    assert sorted(statuses.values()).count(AnchorStatus.ORPHAN.value) == 1
    version["text"] = version["text"].replace(
        b"on Monday adopted", b"on Monday unanimously adopted"
    )
    again = run(store)
    assert again.line() == "nothing new, 1 updated", "the same two: nothing new to say"


def test_an_item_given_a_new_guid_with_a_changed_text_updates_its_article(
    store: Store, server: FeedServer
):
    """A feed that re-issues an item under a new GUID (a corrected story, the same link): the
    article was found by its URL and the new text dropped without a word, its highlights on
    the old text as if nothing had changed."""
    version = {"text": server.body("rss2.xml")}
    server.serve_bytes("/live.xml", lambda: version["text"], "application/rss+xml")
    subscribe(store, server, "/live.xml")
    run(store)
    council = by_title(store)["Security Council extends peacekeeping mandate"]
    version["text"] = (
        version["text"]
        .replace(b"wire-council-2025", b"wire-council-2025-corrected")
        .replace(b"on Monday adopted", b"on Monday unanimously adopted")
    )
    summary = run(store)
    assert (summary.new, summary.updated) == (0, 1)
    assert "unanimously adopted" in store.article_text(council.id)
    assert len(store.articles()) == 3


CLIMATE = "https://wire.example/news/climate"  # the page's canonical link: the article's URL
OTHER_ADDRESSES = [
    "https://wire.example/news/climate?utm_source=rss&utm_medium=feed",
    "https://wire.example/news/climate/",
    "http://wire.example/news/climate",
    "https://www.wire.example/news/climate",
    "https://wire.example/news/climate/amp/",
    "https://wire.example/amp/news/climate",
    "https://amp.wire.example/news/climate",
    "https://wire.example/news/climate?amp=1",
    "http://www.wire.example/amp/news/climate/?utm_campaign=x",
]


def _json_feed(server: FeedServer, path: str, items: list[dict]) -> None:
    """Serve a JSON feed whose items (full texts) are read at every request."""

    def body() -> bytes:
        feed = {"version": "https://jsonfeed.org/version/1.1", "items": items}
        return json.dumps(feed).encode()

    server.serve_bytes(path, body, "application/feed+json")


def _highlight(store: Store, article_id: str, words: str) -> Highlight:
    text = store.article_text(article_id)
    start = text.index(words)
    highlight = new_highlight(article_id, text, start, start + len(words))
    store.save_highlight(highlight)
    return highlight


def _page(server: FeedServer, path: str, canonical: str, paragraph: str) -> None:
    """Serve an article page at ``path`` whose canonical link is ``canonical``."""
    body = "".join(f"<p>{paragraph} Paragraph {n} of the story.</p>" for n in range(4))
    page = (
        f'<html><head><meta charset="utf-8"><link rel="canonical" href="{canonical}">'
        f"<title>A story</title></head><body><article><h1>A story</h1>{body}</article>"
        "</body></html>"
    )
    server.serve_bytes(path, page.encode(), "text/html; charset=utf-8")


ONE = "Ministers from the Mekong countries agreed on Monday to share river data."


def _one_page_item(store: Store, server: FeedServer) -> tuple[Article, list[dict[str, str]]]:
    """A subscribed JSON feed of one item, a teaser whose page (canonical address
    /news/one) gave the stored article ``ONE``: (that article, the feed's items to edit)."""
    _page(server, "/news/one.html", server.url("/news/one"), ONE)
    items = [{"id": "a-1", "url": server.url("/news/one.html"), "summary": "Teaser A."}]
    _json_feed(server, "/f.json", items)
    subscribe(store, server, "/f.json")
    run(store)
    (article,) = store.articles()
    return article, items


def test_an_item_s_page_naming_another_stored_article_as_canonical_never_updates_it(
    store: Store, server: FeedServer
):
    """Item B's own page named item A's stored article as its canonical address: A's text
    was replaced by B's page, as an update (the same feed, the same site), now and each
    time B changed. An item's page updates only the article it was fetched for; B is a
    duplicate of A, as its canonical address says. A's own item still updates A."""
    two = "A different story entirely: the envoy left for Geneva on Tuesday evening."
    article, items = _one_page_item(store, server)
    canonical = server.url("/news/one")
    before = (store.article(article.id), store.article_text(article.id))
    _page(server, "/news/two.html", canonical, two)  # B's page claims A's address
    items.append({"id": "b-1", "url": server.url("/news/two.html"), "summary": "Teaser B."})
    first = run(store)
    items[1]["summary"] = "Teaser B, edited."  # B changes: its page is fetched again
    items[1]["title"] = "B, edited"
    second = run(store)
    assert (first.new, first.updated, second.new, second.updated) == (0, 0, 0, 0)
    assert (store.article(article.id), store.article_text(article.id)) == before
    _page(server, "/news/one.html", canonical, ONE.replace("Monday", "Tuesday"))
    items[0]["title"] = "A, corrected"  # A's own item changes: its page updates A
    assert run(store).updated == 1
    assert "on Tuesday to share" in store.article_text(article.id)


def test_an_article_stored_before_its_link_was_kept_is_still_updated_by_its_item(
    store: Store, server: FeedServer
):
    """An article a feed brought before the link its page was fetched at was kept: its
    own item (the only one of the feed naming it) still updates it from its page."""
    article, items = _one_page_item(store, server)
    canonical = server.url("/news/one")
    store.save_as_given(articles=[(replace(article, origin_path=""), None)])
    _page(server, "/news/one.html", canonical, ONE.replace("Monday", "Tuesday"))
    items[0]["title"] = "A, corrected"
    assert run(store).updated == 1
    assert "on Tuesday to share" in store.article_text(article.id)


def test_an_author_an_earlier_version_misread_is_corrected_when_its_item_is_met_again(
    store: Store, server: FeedServer
):
    """Articles stored before the feed's own author text was read kept feedparser's cut
    "ple (Nguyen Van A)" for "press@mofa.example (Nguyen Van A)", cited as such. A refresh
    meeting the item again gives the name read now, and says so; an author the user edited
    is left alone."""
    body = "The ministry said the talks would go on. " * 40
    items = [
        f"<item><guid>m-{n}</guid><title>Statement {n}</title><author>{author}</author>"
        f"<description>Statement {n}. {body}</description></item>"
        for n, author in enumerate(["press@mofa.example (Nguyen Van A)"] * 2 + ["Lan Anh"])
    ]
    channel = {"items": items}

    def rss() -> bytes:
        inner = "".join(channel["items"])
        return f'<rss version="2.0"><channel><title>MOFA</title>{inner}</channel></rss>'.encode()

    server.serve_bytes("/mofa.xml", rss, "application/rss+xml")
    subscribe(store, server, "/mofa.xml")
    run(store)
    stored = {a.title: a for a in store.articles()}
    assert stored["Statement 0"].author == "Nguyen Van A"
    store.save_as_given(
        articles=[
            (replace(stored["Statement 0"], author="ple (Nguyen Van A"), None),  # as stored then
            (replace(stored["Statement 1"], author="Nguyen V. A."), None),  # the user's edit
        ]
    )
    channel["items"] = [*items, items[0].replace("m-0", "m-9").replace("nt 0", "nt 9")]
    summary = run(store)
    authors = {a.title: a.author for a in store.articles()}
    assert authors == {
        "Statement 0": "Nguyen Van A",
        "Statement 1": "Nguyen V. A.",
        "Statement 2": "Lan Anh",
        "Statement 9": "Nguyen Van A",
    }
    [said] = [w for r in summary.results for w in r.warnings]
    assert said == (
        "Statement 0: author “ple (Nguyen Van A” corrected to “Nguyen Van A” (an earlier "
        "diplotui misread the feed's)"
    )


@pytest.mark.parametrize("address", OTHER_ADDRESSES)
def test_another_feed_linking_an_article_at_another_address_finds_that_article(
    store: Store, server: FeedServer, address: str
):
    """Feed B carried feed A's article at an address of its own (tracking parameters, a
    trailing slash, http for https, "www.", its AMP copy) with its own wording: it was stored
    a second time. Found by its canonical address, it is A's article, kept as A has it."""
    wire = subscribe(store, server, "/rss2.xml")
    run(store)
    climate = by_title(store)["Climate finance talks resume in Bonn"]
    assert climate.url == CLIMATE
    kept = _highlight(store, climate.id, "Climate finance talks resume")
    before = (store.article(climate.id), store.article_text(climate.id))
    text = "Negotiators from the other outlet's desk resumed talks in Bonn on Monday. " * 5
    _json_feed(server, "/b.json", [{"id": "b-1", "url": address, "content_text": text}])
    other = subscribe(store, server, "/b.json")
    summary = run(store)
    assert (summary.new, summary.updated) == (0, 0)
    assert len(store.articles()) == 3
    assert store.feed(other).items["b-1"][0] == climate.id
    assert (store.article(climate.id), store.article_text(climate.id)) == before
    assert store.article(climate.id).feed_id == wire
    assert store.highlights(climate.id) == [kept]


def test_an_item_reissued_at_its_amp_address_with_a_corrected_text_updates_its_article(
    store: Store, server: FeedServer
):
    """A's own story re-issued under a new GUID, linked at its AMP address with tracking
    parameters, corrected: it takes the new text as ``import --update`` would (highlights
    re-anchored, kept), not a second article beside the first."""
    text = " ".join(["The desk confirmed on Monday that negotiators resumed talks in Bonn."] * 5)
    item = {"id": "a-1", "url": CLIMATE, "title": "Bonn talks", "content_text": text}
    items = [item]
    _json_feed(server, "/a.json", items)
    subscribe(store, server, "/a.json")
    run(store)
    (article,) = store.articles()
    kept = _highlight(store, article.id, "negotiators resumed talks")
    corrected = "CORRECTED: an opening line was added. " + text
    items[0] = {**item, "id": "a-1-corrected", "content_text": corrected}
    items[0]["url"] = "http://www.wire.example/news/climate/amp/?utm_source=rss"
    summary = run(store)
    assert (summary.new, summary.updated) == (0, 1)
    assert [a.id for a in store.articles()] == [article.id]
    assert store.article_text(article.id) == corrected
    (highlight,) = store.highlights(article.id)
    assert highlight.id == kept.id
    assert corrected[highlight.start : highlight.end] == "negotiators resumed talks"


def test_items_sharing_a_front_page_link_do_not_update_each_other(store: Store, server: FeedServer):
    def rss(*items: tuple[str, str]) -> bytes:
        body = "".join(
            f"<item><title>{guid}</title><link>{server.url('/')}</link><guid>{guid}</guid>"
            f"<description>{text}</description></item>"
            for guid, text in items
        )
        return f'<rss version="2.0"><channel><title>Desk</title>{body}</channel></rss>'.encode()

    first = ("one", "The ministers met in Hanoi on Monday to discuss trade and investment.")
    version = {"text": rss(first)}
    server.serve_bytes("/front.xml", lambda: version["text"], "application/rss+xml")
    subscribe(store, server, "/front.xml")
    run(store)
    version["text"] = rss(first, ("two", "The envoy left Geneva on Tuesday after a week of talks."))
    assert run(store).updated == 0
    assert "The ministers met in Hanoi" in store.article_text(by_title(store)["one"].id)


def test_items_whose_addresses_differ_only_in_a_bare_query_are_three_articles(
    store: Store, server: FeedServer
):
    """An older CMS names its pages "news.php?101", "news.php?102": the query, a word with no
    "=", was dropped when addresses were compared, so the three items were one article,
    its text replaced twice ("1 new, 2 updated"), the first two stories lost. The feed's
    own address compares the same way: "?rss" and "?atom" are two feeds."""
    stories = ("Security Council", "General Assembly", "Human Rights Council")
    items = [
        {"id": f"g{n}", "url": server.url(f"/news.php?{101 + n}"), "summary": "Teaser."}
        for n in range(3)
    ]
    for n, story in enumerate(stories):
        _page(server, f"/news.php?{101 + n}", server.url(f"/news.php?{101 + n}"), story)
    pages = server.routes.copy()

    def by_query(request) -> None:  # type: ignore[no-untyped-def]
        pages[request.path](request)

    server.routes["/news.php"] = by_query
    _json_feed(server, "/f.json", items)
    subscribe(store, server, "/f.json")
    summary = run(store)
    assert (summary.new, summary.updated) == (3, 0)
    texts = [store.article_text(a.id) for a in store.articles()]
    assert all(any(story in text for text in texts) for story in stories)
    urls = sorted(a.url for a in store.articles())  # each cited at its own address
    assert urls == [server.url(f"/news.php?{101 + n}") for n in range(3)]
    add_feed(store, server.url("/feed.php?rss"))
    add_feed(store, server.url("/feed.php?atom"))  # not "already subscribed"


def test_an_article_the_user_deleted_does_not_come_back(store: Store, server: FeedServer):
    subscribe(store, server, "/rss2.xml")
    run(store)
    store.delete_article(by_title(store)["Climate finance talks resume in Bonn"].id)
    server.serve_file("/rss2.xml", "rss2.xml", validators=False)  # a full answer each time
    assert run(store).new == 0
    assert "Climate finance talks resume in Bonn" not in by_title(store)


def test_a_page_that_gives_no_article_keeps_the_summary_and_says_so(
    store: Store, server: FeedServer
):
    server.status("/article-climate.html", 404)
    subscribe(store, server, "/rss2.xml")
    summary = run(store)
    climate = by_title(store)["Climate finance talks resume in Bonn"]
    assert store.article_text(climate.id) == "Negotiators resumed talks on a new finance goal."
    assert climate.text_is_summary and climate.date == ""
    (warning,) = summary.results[0].warnings
    assert warning == (
        "Climate finance talks resume in Bonn: kept the feed's summary (HTTP 404 Not Found)"
    )
    assert summary.line().endswith(", 1 only the feed's summary (page failed, tried again later)")


def test_a_summary_dropped_as_a_duplicate_is_not_counted_as_kept(store: Store, server: FeedServer):
    """Two feeds carrying the same item whose page fails: one article keeps the summary, and
    the line says one, not two."""
    server.status("/article-climate.html", 404)
    server.serve_file("/same-items.xml", "rss2.xml")
    subscribe(store, server, "/rss2.xml")
    subscribe(store, server, "/same-items.xml")
    summary = run(store)
    assert summary.new == 3
    assert summary.line().endswith(", 1 only the feed's summary (page failed, tried again later)")


def test_a_permanent_redirect_updates_the_stored_feed_url(store: Store, server: FeedServer):
    server.redirect("/old-feed.xml", "/rss2.xml", 301)
    feed_id = subscribe(store, server, "/old-feed.xml")
    summary = run(store)
    assert summary.new == 3
    assert store.feed(feed_id).url == server.url("/rss2.xml")
    # said, as the app's R line and `diplotui refresh` give it: the address changed unsaid,
    # the feed's line reading "unchanged" and `feed list` naming an address nobody typed
    assert summary.line() == (
        f"3 new in 1 feed, UN News Wire moved for good to {server.url('/rss2.xml')}: "
        "fetched there from now on"
    )
    assert "moved" not in run(store).line()  # said once: the next refresh asks there


def test_a_feed_moved_to_the_address_of_another_is_merged_into_it(store: Store, server: FeedServer):
    """A permanent redirect onto the address another subscription has left two feeds with
    one URL, both fetched on every refresh. The moved one is merged into the other: its
    articles and items kept, its tags added, one feed left, and the summary says so."""
    old = {"path": "/atom.xml"}
    server.routes["/old-feed.xml"] = lambda request: server.routes[old["path"]](request)
    moved = subscribe(store, server, "/old-feed.xml", name="Ministry", tags=["mofa"])
    run(store)
    kept = subscribe(store, server, "/rss2.xml", tags=["un"])
    run(store)
    from_moved = {a.id for a in store.articles() if a.feed_id == moved}
    assert len(from_moved) == 2
    server.redirect("/old-feed.xml", server.url("/rss2.xml"), 308)
    summary = run(store)
    assert summary.line().endswith(
        "Ministry moved to the address of UN News Wire: merged into it"
    ), summary.line()
    (feed,) = store.feeds()
    assert (feed.id, feed.url, feed.tags, feed.name) == (
        kept,
        server.url("/rss2.xml"),
        ["un", "mofa"],
        "",
    )
    assert {a.id for a in store.articles() if a.feed_id == kept} >= from_moved
    assert not [a for a in store.articles() if a.feed_id == moved]
    server.hits.clear()
    run(store)
    assert server.hits == {"/rss2.xml": 1}


def test_two_feeds_an_earlier_refresh_left_at_one_address_become_one(
    store: Store, server: FeedServer
):
    """A library where a redirect already put two feeds at one address (before they were
    merged): the next refresh merges the younger into the older."""
    older = subscribe(store, server, "/rss2.xml", tags=["un"])
    younger = subscribe(store, server, "/atom.xml", tags=["mofa"])
    run(store)
    from_younger = {a.id for a in store.articles() if a.feed_id == younger}
    assert len(from_younger) == 2
    store.save_feed(replace(store.feed(younger), url=server.url("/rss2.xml")))
    assert run(store).line().endswith("moved to the address of UN News Wire: merged into it")
    (feed,) = store.feeds()
    assert (feed.id, feed.tags) == (older, ["un", "mofa"])
    assert {a.id for a in store.articles() if a.feed_id == older} >= from_younger


def test_410_marks_the_feed_gone_and_it_is_not_asked_again(store: Store, server: FeedServer):
    server.status("/gone.xml", 410)
    feed_id = subscribe(store, server, "/gone.xml")
    summary = run(store)
    assert (
        summary.line()
        == "nothing new, 1 failed: http://127.0.0.1:{}/gone.xml: HTTP 410 Gone".format(
            server.base.rsplit(":", 1)[1]
        )
    )
    assert store.feed(feed_id).gone
    run(store)
    assert server.hits["/gone.xml"] == 1


def test_a_long_retry_after_is_remembered_and_honoured(store: Store, server: FeedServer):
    server.busy_then("/rss2.xml", times=10, status=429, retry_after="600")
    feed_id = subscribe(store, server, "/rss2.xml")
    assert run(store).failures[0].error == "HTTP 429: the server asks to wait 600 s"
    assert store.feed(feed_id).retry_after
    summary = refresh(store, policy=FAST)
    assert summary.results[0].skipped.startswith("the server asked to wait until")
    assert server.hits["/rss2.xml"] == 1


@pytest.mark.parametrize(
    ("route", "reason"),
    [
        ("html", 'an HTML page, not a feed; it names no feed in <link rel="alternate">'),
        ("404", "HTTP 404 Not Found"),
        ("500", "HTTP 500 Internal Server Error after 3 tries"),
        ("trickle", "timeout (no complete answer within 0.5 s)"),
        ("huge", "response over 10 MiB refused (the limit)"),
        ("loop", "redirect loop"),
        ("png", "content type image/png is not text"),
        ("garbage", "not a feed: malformed XML (line 2: syntax error)"),
        ("laughs", "refused: the XML declares entities (expansion or external files)"),
        ("xxe", "refused: the XML declares entities (expansion or external files)"),
    ],
)
def test_bad_input_fails_in_one_line_naming_the_feed_and_changes_nothing(
    store: Store, server: FeedServer, route: str, reason: str
):
    routes = {
        "html": lambda: server.serve_file("/feed", "plain-page.html"),
        "404": lambda: None,
        "500": lambda: server.status("/feed", 500),
        "trickle": lambda: server.trickle("/feed", seconds=3),
        "huge": lambda: server.oversized("/feed", 50 * 1024 * 1024, declare_length=False),
        "loop": lambda: (
            server.redirect("/feed", "/feed2", 302),
            server.redirect("/feed2", "/feed", 302),
        ),
        "png": lambda: server.serve_bytes("/feed", b"\x89PNG" + b"\0" * 64, "image/png"),
        "garbage": lambda: server.serve_bytes("/feed", b"hello, world", "text/plain"),
        "laughs": lambda: server.serve_file("/feed", "billion-laughs.xml"),
        "xxe": lambda: server.serve_file("/feed", "xxe.xml"),
    }
    routes[route]()
    subscribe(store, server, "/feed", name="Hostile")
    before = on_disk(store)
    # Only the trickle is cut by the deadline: 10 MB read within 0.5 s failed at load 38.
    deadline = 0.5 if route == "trickle" else FAST.deadline
    summary = refresh(store, policy=replace(FAST, deadline=deadline), force=True)
    (failure,) = summary.failures
    assert failure.error == reason
    assert summary.line() == f"nothing new, 1 failed: Hostile: {reason}"
    assert on_disk(store) == before and not store.articles()


FLOOD = 5 * MAX_NEW_ITEMS
"""Items in a flooding feed: five refreshes' worth (10,000 cost 2 s of parsing per refresh)."""


def test_a_flood_of_items_takes_the_first_ones_and_leaves_the_rest(
    store: Store, server: FeedServer
):
    items = "".join(
        f'<item><title>Item {n}</title><guid isPermaLink="false">item-{n}</guid>'
        f"<description>Statement number {n} on the situation.</description></item>"
        for n in range(FLOOD)
    )
    feed = f'<rss version="2.0"><channel><title>Flood</title>{items}</channel></rss>'
    server.serve_bytes("/flood.xml", feed.encode(), "application/rss+xml")
    feed_id = subscribe(store, server, "/flood.xml")
    summary = run(store)
    assert summary.new == MAX_NEW_ITEMS
    assert summary.results[0].warnings == [
        f"{FLOOD:,} new items: the first {MAX_NEW_ITEMS} taken, the rest next refresh"
    ]
    assert store.feed(feed_id).etag == ""  # so the next refresh gets the whole feed again
    assert run(store).new == MAX_NEW_ITEMS


def test_an_item_with_no_title_text_or_link_is_not_named_by_a_made_up_hash(
    store: Store, server: FeedServer
):
    """A feed cut off inside an item's title (malformed XML, read anyway) left an item of
    nothing: its warning named it "item-sha256:ffe679bb831c…", found nowhere in the feed."""
    feed = (
        '<?xml version="1.0"?><rss version="2.0"><channel><title>Sloppy</title>'
        "<item><title>Lammy statement</title><description>The Foreign Secretary spoke."
        "</description></item><item><title>Unclosed"
    )
    server.serve_bytes("/sloppy.xml", feed.encode(), "application/rss+xml")
    subscribe(store, server, "/sloppy.xml")
    (result,) = run(store).results
    assert result.new == 1
    assert "an untitled item: skipped (no text, no link)" in result.warnings
    assert not [w for w in result.warnings if "sha256" in w]


def test_items_without_links_or_dates_and_repeated_guids(store: Store, server: FeedServer):
    server.serve_file("/no-links.xml", "no-links.xml")
    server.serve_file("/dup-guids.xml", "dup-guids.xml")
    subscribe(store, server, "/no-links.xml")
    subscribe(store, server, "/dup-guids.xml")
    summary = run(store)
    results = {r.name: r for r in summary.results}
    bulletin = results["Bulletin Without Links"]
    assert bulletin.new == 1 and bulletin.warnings == [
        "Nothing to read here: skipped (no text, no link)"
    ]
    sahel = by_title(store)["Statement on the situation in the Sahel"]
    assert sahel.date == "" and sahel.url == "" and not sahel.date_is_guess
    repeating = results["Repeating Wire"]
    assert repeating.new == 2
    assert repeating.warnings == ["1 item repeats another's GUID (the first kept)"]
    assert "Second item with the same guid" not in by_title(store)


def test_malformed_xml_with_items_is_stored_with_a_warning(store: Store, server: FeedServer):
    server.serve_file("/malformed.xml", "malformed.xml")
    subscribe(store, server, "/malformed.xml")
    summary = run(store)
    assert summary.new == 1
    assert summary.results[0].warnings[0].startswith("malformed XML (")


def test_progress_is_reported_per_feed_and_store_access_goes_through_access(
    store: Store, server: FeedServer, monkeypatch
):
    """...and the thread writing the new texts calls ``pause`` before each batch of them
    (the app's waits while a key is being handled)."""
    for path in ("/rss2.xml", "/atom.xml", "/rss1.rdf"):
        subscribe(store, server, path)
    steps = []
    threads = set()
    texts: list[tuple[str, str]] = []  # ("pause" or "write", thread name), in order
    prepare = store.prepare_texts

    def access(function):
        threads.add(threading.current_thread().name)
        return function()

    def pause() -> None:
        texts.append(("pause", threading.current_thread().name))

    def prepared(batch) -> None:  # type: ignore[no-untyped-def]
        texts.append(("write", threading.current_thread().name))
        prepare(batch)

    monkeypatch.setattr(store, "prepare_texts", prepared)
    summary = run(store, progress=steps.append, access=access, pause=pause)
    assert [(s.done, s.total) for s in steps] == [(1, 3), (2, 3), (3, 3)]
    assert steps[-1].new == summary.new == 6
    assert threads and all(name.startswith("diplotui-feed-store") for name in threads)
    assert [what for what, _ in texts] == ["pause", "write"] * 3
    assert {name for _, name in texts} <= threads


def test_writes_handed_to_access_are_synced_outside_it_before_they_are_reported(
    store: Store, server: FeedServer, monkeypatch
):
    """The app's UI thread (``access``) writes without waiting for the disk; the refresh's
    thread fsyncs each write before it goes on, so a reported article is durable."""
    for path in ("/rss2.xml", "/atom.xml"):
        subscribe(store, server, path)
    journal = journal_path(store.path)
    events: list[tuple[str, int]] = []
    inside = threading.Event()
    fsync = os.fsync

    def recorded(fd: int) -> None:
        fsync(fd)
        if os.fstat(fd).st_ino == journal.stat().st_ino:
            events.append(("sync inside" if inside.is_set() else "sync", os.fstat(fd).st_size))

    def access(function):
        inside.set()
        try:
            return function()
        finally:
            inside.clear()
            events.append(("written", journal.stat().st_size))

    monkeypatch.setattr(os, "fsync", recorded)
    summary = run(store, access=access, progress=lambda s: events.append(("progress", s.new)))
    assert not [e for e in events if e[0] == "sync inside"]  # access never waits for the disk
    writes = [i for i, (what, size) in enumerate(events) if what == "written"]
    grown = [i for i in writes if size_before(events, i) < events[i][1]]
    assert len(grown) >= 2 and [e for e in events if e[0] == "progress"][-1][1] == summary.new
    for i in grown:  # each write is fsynced at once by the refresh's thread (another feed's
        # progress, reported from the loop's thread, may come between: its writes were synced)
        after = [event for event in events[i + 1 :] if event[0] != "progress"]
        assert after[0] == ("sync", events[i][1])


def size_before(events: list[tuple[str, int]], index: int) -> int:
    """The journal's size at the last write or sync before ``events[index]``."""
    return next((size for what, size in events[index - 1 :: -1] if what != "progress"), 0)


def test_the_summary_line_names_each_failure():
    summary = RefreshSummary(
        [
            FeedResult("a", "UN News", new=7),
            FeedResult("b", "Ministry", new=5),
            FeedResult("c", "Wire", error="timeout"),
        ]
    )
    assert summary.line() == "12 new in 2 feeds, 1 failed: Wire: timeout"


def test_a_feed_behind_an_invalid_certificate_fails_and_changes_nothing(store: Store, tls_server):
    base, plain = tls_server
    add_feed(store, base + "/rss2.xml", name="Secure")
    before = on_disk(store)
    summary = run(store)
    assert summary.failures[0].error.startswith("TLS certificate not valid (")
    assert summary.line().startswith("nothing new, 1 failed: Secure: TLS certificate not valid")
    assert on_disk(store) == before and plain.hits["/rss2.xml"] == 0


def test_a_parser_crash_on_one_feed_fails_that_feed_alone(
    store: Store, server: FeedServer, monkeypatch
):
    refresh_module = importlib.import_module("diplotui.feeds.refresh")  # not the function
    real = refresh_module.parse_feed

    def crashing(data: bytes, url: str, content_type: str = "", charset: str = ""):
        if url.endswith("/atom.xml"):
            raise RecursionError("maximum recursion depth exceeded")
        return real(data, url, content_type, charset)

    monkeypatch.setattr(refresh_module, "parse_feed", crashing)
    subscribe(store, server, "/rss2.xml")
    subscribe(store, server, "/atom.xml", name="MFA")
    summary = run(store)
    assert summary.line() == (
        "3 new in 1 feed, 1 failed: MFA: cannot parse (RecursionError: maximum recursion "
        "depth exceeded)"
    )


def test_a_kept_summary_is_retried_with_backoff_though_the_feed_answers_304(
    store: Store, server: FeedServer
):
    """The page of a kept summary is tried again on later refreshes, even when the feed is
    unchanged (304), but only once its pause is over; once it answers, the article gets its
    full text through the update path (highlights re-anchored) and the page is left alone."""
    server.status("/article-climate.html", 404)
    subscribe(store, server, "/rss2.xml")
    run(store)
    climate = by_title(store)["Climate finance talks resume in Bonn"]
    assert climate.text_is_summary
    summary_text = store.article_text(climate.id)
    quote = "a new finance goal"
    start = summary_text.index(quote)
    store.save_highlight(new_highlight(climate.id, summary_text, start, start + len(quote)))
    assert server.hits["/article-climate.html"] == 1
    server.statuses.clear()
    assert run(store).results[0].warnings == []  # its pause (15 minutes) is not over
    assert server.statuses == [("/rss2.xml", 304)]
    soon = replace(FAST, page_retry_after=0)
    assert run(store, policy=soon).results[0].warnings == []  # failing again: quietly
    assert server.hits["/article-climate.html"] == 2
    server.serve_file("/article-climate.html", "article-climate.html")
    server.statuses.clear()
    summary = run(store, policy=soon)
    assert server.statuses[0] == ("/rss2.xml", 304)
    assert (summary.new, summary.updated) == (0, 1)
    assert summary.line() == "nothing new, 1 updated (highlights: 1 orphaned)"
    climate = store.article(climate.id)
    assert not climate.text_is_summary and climate.text_changed_at
    assert climate.title == "Climate finance talks resume in Bonn"
    text = store.article_text(climate.id)
    assert "Small island states" in text
    (highlight,) = store.highlights(climate.id)  # re-anchored by the update path: the
    # summary's words stand in another context in the article, so it is an orphan to
    # re-attach (shown as such), never dropped nor left on the wrong words
    assert (highlight.quote, highlight.status) == (quote, AnchorStatus.ORPHAN.value)
    assert store.feed(climate.feed_id).summary_retries == {}
    run(store, policy=soon)
    assert server.hits["/article-climate.html"] == 3  # full now: not fetched again


def test_a_summary_page_that_keeps_failing_is_given_up_after_its_tries(
    store: Store, server: FeedServer
):
    server.status("/article-climate.html", 404)
    feed_id = subscribe(store, server, "/rss2.xml")
    policy = replace(FAST, page_retry_after=0, page_retries=2)
    warnings = [run(store, policy=policy).results[0].warnings for _ in range(4)]
    assert server.hits["/article-climate.html"] == 3  # the first try and two more
    assert warnings[1:] == [
        [],
        [
            f"{server.url('/article-climate.html')}: given up, the summary stays "
            "(after 3 tries: HTTP 404 Not Found)"
        ],
        [],
    ]
    climate = by_title(store)["Climate finance talks resume in Bonn"]
    assert climate.text_is_summary
    assert store.feed(feed_id).summary_retries[climate.id][0] == "3"


def test_a_summary_kept_before_retries_were_recorded_is_retried(store: Store, server: FeedServer):
    """A store from before this round has summaries and no retry records: tried at once."""
    server.status("/article-climate.html", 404)
    feed_id = subscribe(store, server, "/rss2.xml")
    run(store)
    feed = store.feed(feed_id)
    feed.summary_retries = {}
    store.save_feed(feed)
    server.serve_file("/article-climate.html", "article-climate.html")
    assert run(store).updated == 1


def test_parsing_in_a_separate_process_stores_the_same_articles_and_errors(
    store_path: Path, server: FeedServer, tmp_path: Path
):
    """The app parses and extracts in a child process: same articles, same one-line errors
    (an HTML page naming a missing feed, one naming none) as in a thread."""
    page = server.body("page-with-alternate.html").replace(b"/rss2.xml", b"/missing.xml")
    server.serve_bytes("/page-with-alternate.html", page, "text/html")
    lines = []
    for separate_process in (False, True):
        with Store.open(tmp_path / f"{separate_process}.json") as store:
            subscribe(store, server, "/rss2.xml")
            subscribe(store, server, "/page-with-alternate.html", name="Page")
            subscribe(store, server, "/plain-page.html", name="Plain")
            summary = run(store, separate_process=separate_process)
            lines.append(sorted((r.name, r.new, r.error) for r in summary.results))
            articles = sorted((a.title, a.url, a.date) for a in store.articles() if a.feed_id)
            texts = sorted(store.article_text(a.id) for a in store.articles() if a.feed_id)
            lines.append((articles, texts))
    assert lines[0] == lines[2] and lines[1] == lines[3]
    missing, missing_page = server.url("/missing.xml"), server.url("/page-with-alternate.html")
    assert lines[0] == [
        ("Page", 0, f"{missing} (named by the page {missing_page}): HTTP 404 Not Found"),
        ("Plain", 0, 'an HTML page, not a feed; it names no feed in <link rel="alternate">'),
        ("UN News Wire", 3, ""),
    ]


CAPTURED_STDERR_REFRESH = """
import io, os, sys, threading
from diplotui.feeds import refresh
from diplotui.feeds.workers import extraction_executor
from diplotui.store import Store
from tests.feeds.conftest import FAST


class Capture(io.StringIO):
    def fileno(self):
        return -1  # as the app's capture of standard error answers


if sys.argv[2] == "threads":  # as the app has: its child comes from a server process
    threading.Thread(target=threading.Event().wait, daemon=True).start()
executor = extraction_executor(True)
print(executor._mp_context.get_start_method(), executor.submit(os.nice, 0).result())
executor.shutdown()
sys.stderr = Capture()
with Store.open(sys.argv[1]) as store:
    print(refresh(store, policy=FAST, force=True, separate_process=True).line())
"""


@pytest.mark.parametrize(
    ("threads", "method", "lowered_by"),
    [("threads", "forkserver", BACKGROUND_NICENESS), ("alone", "fork", 0)],
    ids=["app", "cli"],
)
def test_the_parsing_process_starts_where_standard_error_has_no_descriptor(
    store_path: Path, server: FeedServer, threads: str, method: str, lowered_by: int
):
    """The app replaces sys.stderr by a capture whose descriptor is -1, which multiprocessing
    passes on when it first starts its helpers (a fresh process, as the app is). A process
    with other threads gets its child from a server process, at a lower priority than its
    own (the app's UI thread gets a busy core first); one alone (``diplotui refresh``)
    forks it at once, at its own priority."""
    with Store.open(store_path) as store:
        subscribe(store, server, "/rss2.xml")
    root = Path(__file__).resolve().parents[2]
    command = [sys.executable, "-c", CAPTURED_STDERR_REFRESH, str(store_path), threads]
    done = subprocess.run(command, cwd=root, capture_output=True, text=True, timeout=120)
    # relative to the niceness this test runs at (19 is the floor: a suite run under nice)
    child = min(19, os.nice(0) + lowered_by)
    assert done.stdout == f"{method} {child}\n3 new in 1 feed\n", done.stderr


def test_a_refresh_writing_later_has_its_texts_on_disk_before_it_takes_the_lock(
    store_path: Path, server: FeedServer
):
    """As ``diplotui refresh`` runs: fetched with the store read-only, the texts written
    meanwhile, so that the lock is held for the records alone; all stored and readable."""
    with Store.open(store_path) as store:
        subscribe(store, server, "/rss2.xml")
        subscribe(store, server, "/atom.xml")
    on_disk_when_locked: list[Path] = []

    @contextmanager
    def writable() -> Iterator[Store]:
        bodies = store_path.with_name(store_path.name + ".bodies")
        on_disk_when_locked.extend(bodies.rglob("*.txt"))
        with Store.open(store_path) as opened:
            yield opened

    with Store.open(store_path, read_only=True) as reader:
        summary = run(reader, write_in=writable)
    assert summary.new == 5 and not summary.failures
    with Store.open(store_path, read_only=True) as store:
        texts = {body_path(store.path, a.text_hash) for a in store.articles() if a.feed_id}
        assert len(texts) == 5 and all(store.article_text(a.id) for a in store.articles())
    assert texts <= set(on_disk_when_locked)


def test_a_refresh_told_to_stop_ends_within_its_poll_keeping_what_it_stored(
    store: Store, server: FeedServer
):
    """The app quitting during ``R`` asks its refresh to stop: a server trickling its answer
    held the refresh, and the process's exit, for up to the fetch's deadline."""
    subscribe(store, server, "/rss2.xml", name="UN News")
    run(store)  # the first feed's articles, stored whole
    stored = by_title(store)
    server.trickle("/slow.xml", seconds=20)
    subscribe(store, server, "/slow.xml", name="Slow")
    with pytest.raises(RefreshStopped):  # asked to stop once the slow fetch is under way
        run(
            store,
            stop=lambda: server.hits["/slow.xml"] > 0,
            policy=replace(FAST, timeout=30.0, deadline=60.0),
        )
    assert not server.trickled_out["/slow.xml"], "the refresh read the whole trickle"
    assert by_title(store) == stored and store.feeds()[1].name == "Slow"


def test_the_apps_line_says_a_feeds_failed_pages_as_one_warning(store: Store, server: FeedServer):
    """The app's ``R`` line named the first failed page and counted the rest as more
    warnings ("and 1 more warning"); the pages of one feed are one warning now."""
    server.status("/article-climate.html", 404)
    server.status("/article-summit.html", 404)  # the council's item carries its full text
    subscribe(store, server, "/rss2.xml", name="UN News")
    summary = run(store)
    assert summary.results[0].warnings == [
        "2 item pages not fetched (HTTP 404 Not Found), their summaries kept"
    ]
    assert [f.item for f in summary.results[0].page_failures] == [
        "ASEAN ministers prepare leaders' summit in Vientiane",
        "Climate finance talks resume in Bonn",
    ]  # the feed's order
    assert summary.warning() == (
        "UN News: 2 item pages not fetched (HTTP 404 Not Found), their summaries kept"
    )


def test_pages_given_up_together_are_one_warning(store: Store, server: FeedServer):
    """A feed whose pages all fail says so in one line (c7bdfa91), and so when it gives them
    up: every page, tried together, was given up in one refresh, a line for each."""
    for page in ("/article-summit.html", "/article-council.html", "/article-climate.html"):
        server.status(page, 404)
    subscribe(store, server, "/rss2.xml")
    policy = replace(FAST, page_retry_after=0, page_retries=1)
    warnings = [run(store, policy=policy).results[0].warnings for _ in range(3)]
    assert warnings == [
        ["2 item pages not fetched (HTTP 404 Not Found), their summaries kept"],
        [
            "2 item pages not fetched (after 2 tries: HTTP 404 Not Found), "
            "given up: their summaries stay"
        ],
        [],
    ]
