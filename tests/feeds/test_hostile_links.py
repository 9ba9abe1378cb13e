"""A feed item's link is data: wherever the article is cited, it is a URL and never markup."""

from __future__ import annotations

from pathlib import Path

from markdown_it import MarkdownIt

from diplotui.store import Store
from tests.cli.test_cli_library import cli
from tests.feeds.server import FeedServer

STORY = "The ministers met in Hanoi and agreed a joint statement on maritime cooperation. " * 4


def test_a_link_holding_markup_stays_a_url_in_the_markdown_brief_and_citations(
    tmp_path: Path, server: FeedServer
):
    """An item linked to "https://e.org/a><script>alert(1)</script>" (the page's canonical
    link, or ``meta --url``, does the same) put a live script element into the Markdown
    brief: its ``- URL: <...>`` line ended at the link's own ">", and everything after was
    HTML to any viewer that renders Markdown. The address now keeps ``<``, ``>`` and ``"``
    percent-encoded, as a browser sends them."""
    link = "https://e.org/a&gt;&lt;script&gt;alert(1)&lt;/script&gt;"
    feed = (
        "<rss version='2.0' xmlns:content='http://purl.org/rss/1.0/modules/content/'><channel>"
        f"<title>Wire</title><item><title>Talks</title><guid>t</guid><link>{link}</link>"
        f"<content:encoded>{STORY}</content:encoded></item></channel></rss>"
    )
    server.serve_bytes("/wire.xml", feed.encode(), "application/rss+xml")
    db = str(tmp_path / "lib.json")
    assert cli("--db", db, "feed", "add", server.url("/wire.xml")).returncode == 0
    assert cli("--db", db, "refresh").returncode == 0
    article = cli("--db", db, "list", "--feed", "Wire").stdout.split()[0]
    added = cli("--db", db, "highlight", article, "--quote", "ministers met", "--occurrence", "1")
    assert added.returncode == 0, added.stderr
    brief = cli("--db", db, "export", "--article", article).stdout
    encoded = "https://e.org/a%3E%3Cscript%3Ealert(1)%3C/script%3E"
    assert f"- URL: <{encoded}>" in brief.splitlines()
    assert "<script" not in MarkdownIt("commonmark").render(brief)
    for style in ("plain", "markdown", "chicago", "apa"):
        quoted = cli("--db", db, "quote", added.stdout.split()[-1], "--style", style).stdout
        assert "<script" not in quoted and "e.org/a%3E%3Cscript%3Ealert" in quoted, style


def test_an_item_linking_to_no_web_page_keeps_the_feeds_text_and_is_never_retried(
    tmp_path: Path, server: FeedServer
):
    """An item whose link is mailto:, javascript: or relative (a JSON Feed has no base) was
    kept as "only the feed's summary (page failed, tried again later)" and put on the retry
    schedule for ever: it has no page. Said once, its text is the feed's, nothing is retried."""
    items = "".join(
        f"<item><title>T{n}</title><guid>g{n}</guid><link>{link}</link>"
        f"<description>Short summary {n}.</description></item>"
        for n, link in enumerate(["mailto:press@e.org", "javascript:alert(1)"])
    )
    rss = f"<rss version='2.0'><channel><title>Wire</title>{items}</channel></rss>"
    server.serve_bytes("/wire.xml", rss.encode(), "application/rss+xml")
    json_feed = (
        '{"version": "https://jsonfeed.org/version/1.1", "title": "Notes", "items": '
        '[{"id": "n1", "title": "T2", "url": "story/3.html", "summary": "Short."}]}'
    )
    server.serve_bytes("/notes.json", json_feed.encode(), "application/feed+json")
    db = str(tmp_path / "lib.json")
    for path in ("/wire.xml", "/notes.json"):
        assert cli("--db", db, "feed", "add", server.url(path)).returncode == 0
    first = cli("--db", db, "refresh")
    assert first.returncode == 0, first.stderr
    warned = sorted(line for line in first.stderr.splitlines() if "no page" in line)
    assert warned == [  # a feed's items alike one line (a feed of 200 gave 200)
        "diplotui: Notes: warning: T2 (story/3.html): the feed's summary is the article "
        "(not a web address, no page to fetch)",
        "diplotui: Wire: warning: 2 item pages not fetched (not a web address, no page to "
        "fetch), their summaries are the articles",
    ]
    assert first.stdout.splitlines()[-1] == "3 new in 2 feeds"
    again = cli("--db", db, "refresh", "--force")
    assert again.returncode == 0 and "no page" not in again.stderr, again.stderr
    with Store.open(db, read_only=True) as store:
        assert [feed.summary_retries for feed in store.feeds()] == [{}, {}]
        assert not any(article.text_is_summary for article in store.articles())
