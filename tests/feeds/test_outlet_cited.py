"""A feed's article is cited as from its publication: the site its page names, else the part of
the feed's title naming the publication ("Wire Desk" of "Wire Desk - World News"), in every
citation style, the list's source column and the exports; an article stored before keeps the
outlet it was stored with through a refresh that updates it (no citation renamed unsaid)."""

from __future__ import annotations

import csv
import io
import json
from pathlib import Path

from diplotui.store import Store
from tests.cli_runner import run_main
from tests.feeds.server import FeedServer

FEED = """<?xml version="1.0" encoding="UTF-8"?>
<rss version="2.0" xmlns:content="http://purl.org/rss/1.0/modules/content/">
  <channel>
    <title>Wire Desk - World News</title>
    <link>{base}/</link>
    <item>
      <title>ASEAN ministers prepare leaders' summit in Vientiane</title>
      <link>{base}/article-summit.html</link>
      <guid isPermaLink="false">desk-summit</guid>
      <pubDate>Tue, 08 Jul 2025 09:00:00 +0700</pubDate>
      <description>Foreign ministers met in Vientiane.</description>
    </item>
    <item>
      <title>Envoys meet in Geneva</title>
      <link>{base}/geneva.html</link>
      <guid isPermaLink="false">desk-geneva</guid>
      <pubDate>Wed, 09 Jul 2025 09:00:00 +0200</pubDate>
      <content:encoded><![CDATA[<p>Envoys met in Geneva on Wednesday to prepare {what}.</p>
<p>The Swiss foreign ministry said the talks would go on.</p>]]></content:encoded>
    </item>
  </channel>
</rss>
"""


def _serve(server: FeedServer, what: str = "the talks") -> None:
    body = FEED.format(base=server.url("").rstrip("/"), what=what).encode()
    server.serve_bytes("/desk.xml", body, "application/rss+xml")


def _refreshed(store_path: Path, server: FeedServer) -> str:
    _serve(server)
    db = str(store_path)
    added = run_main("--db", db, "feed", "add", server.url("/desk.xml"))
    assert added.returncode == 0, added.stderr
    assert "else 'Wire Desk' (for another name" in added.stderr
    refreshed = run_main("--db", db, "refresh", "--force")
    assert refreshed.returncode == 0, refreshed.stderr
    return db


def _sources(db: str) -> dict[str, str]:
    listed = json.loads(run_main("--db", db, "list", "--json").stdout)
    return {article["title"]: article["source"] for article in listed}


def test_feed_articles_cite_the_publication_everywhere(store_path: Path, server: FeedServer):
    db = _refreshed(store_path, server)
    sources = _sources(db)
    assert sources["ASEAN ministers prepare leaders' summit in Vientiane"] == "Diplomatic Wire"
    assert sources["Envoys meet in Geneva"] == "Wire Desk"  # no page: the feed's publication
    with Store.open(store_path, read_only=True) as store:
        [geneva] = [a for a in store.articles() if a.title == "Envoys meet in Geneva"]
    made = run_main("--db", db, "highlight", geneva.id, "--quote", "Envoys met in Geneva")
    assert made.returncode == 0, made.stderr
    highlight = made.stdout.splitlines()[-1]
    for style in ("plain", "markdown", "chicago", "apa"):
        cited = run_main("--db", db, "quote", highlight, "--style", style).stdout
        assert "Wire Desk" in cited and "World News" not in cited, (style, cited)
    table = run_main("--db", db, "export", "--format", "csv").stdout.lstrip("\ufeff")
    [row] = list(csv.DictReader(io.StringIO(table)))
    assert row["source"] == "Wire Desk", row
    brief = run_main("--db", db, "export", "--format", "markdown").stdout
    assert "World News" not in brief and "Wire Desk" in brief, brief


def test_an_article_stored_before_keeps_its_outlet_through_an_update(
    store_path: Path, server: FeedServer
):
    db = _refreshed(store_path, server)
    with Store.open(store_path) as store:
        [geneva] = [a for a in store.articles() if a.title == "Envoys meet in Geneva"]
        store.save_article(store.with_updates(geneva, source="Wire Desk - World News"))
    _serve(server, "a ceasefire")  # the item's text changed upstream
    refreshed = run_main("--db", db, "refresh", "--force")
    assert refreshed.returncode == 0, refreshed.stderr
    assert "1 updated" in refreshed.stdout, refreshed.stdout
    with Store.open(store_path, read_only=True) as store:
        assert "a ceasefire" in store.article_text(geneva.id)
    assert _sources(db)["Envoys meet in Geneva"] == "Wire Desk - World News"
