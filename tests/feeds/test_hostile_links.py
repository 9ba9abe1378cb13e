"""A feed item's link is data: wherever the article is cited, it is a URL and never markup."""

from __future__ import annotations

from pathlib import Path

from markdown_it import MarkdownIt

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
