"""Addresses a user, an OPML file or a hostile server hands over: one line each, never a
traceback; and a list of thousands of feeds imported in one write."""

from __future__ import annotations

import json

from diplotui.store import Store, journal_path
from tests.cli_runner import run_main

BROKEN = ["http://127.0.0.1:99999/feed.xml", "http://[::1/feed.xml", "http://:80/feed.xml"]


def test_add_of_addresses_urllib_cannot_read_is_one_line_each(tmp_path):
    db = str(tmp_path / "lib.json")
    added = run_main("--db", db, "add", *BROKEN)
    assert added.returncode == 1
    for url in BROKEN:
        [line] = [line for line in added.stdout.splitlines() if url in line]
        assert "not a web address" in line
    with Store.open(tmp_path / "lib.json", read_only=True) as store:
        assert not {article.url for article in store.articles()} & set(BROKEN)


def test_an_opml_file_with_broken_addresses_imports_the_others(tmp_path):
    outlines = "".join(f'<outline text="bad" xmlUrl="{url}"/>' for url in BROKEN)
    opml = tmp_path / "subs.opml"
    opml.write_text(
        f'<opml version="2.0"><body>{outlines}'
        '<outline text="good" xmlUrl="http://127.0.0.1:8/good.xml"/></body></opml>'
    )
    imported = run_main("--db", str(tmp_path / "lib.json"), "feed", "import", str(opml))
    assert imported.returncode == 1
    assert "1 added, 0 already subscribed, 3 failed" in imported.stderr
    assert imported.stderr.count("not a web address") == 3


def test_an_opml_file_of_thousands_of_feeds_is_read_once_and_written_once(tmp_path, monkeypatch):
    """3,000 feeds took 8 minutes (2 of CPU): every entry copied every feed subscribed so far,
    twice, and each was its own durable write."""
    outlines = "".join(
        f'<outline text="f{n}" xmlUrl="http://127.0.0.1:8/f{n}.xml"/>' for n in range(300)
    )
    opml = tmp_path / "subs.opml"
    opml.write_text(f'<opml version="2.0"><body>{outlines}{outlines}</body></opml>')
    store_path = tmp_path / "lib.json"
    Store.open(store_path).close()
    reads = []
    every_feed = Store.feeds
    monkeypatch.setattr(Store, "feeds", lambda self: reads.append(1) or every_feed(self))

    imported = run_main("--db", str(store_path), "feed", "import", str(opml))
    assert imported.returncode == 0, imported.stderr
    assert "300 added, 300 already subscribed, 0 failed" in imported.stderr
    assert len(reads) <= 1, f"every feed read {len(reads)} times"
    assert len(journal_path(store_path).read_bytes().splitlines()) <= 2, "one write"


def test_a_stored_article_whose_address_urllib_cannot_read_never_stops_add(tmp_path):
    """A page's canonical link is stored as its URL; one naming port 99999 made every later
    ``add`` and refresh a traceback (each compares every stored URL)."""
    from diplotui.model import Article

    store_path = tmp_path / "lib.json"
    with Store.open(store_path) as store:
        store.add_article(
            Article(id="0000000000a1", title="Odd", text_hash="", url=BROKEN[0]), "Odd page.\n"
        )
    added = run_main("--db", str(store_path), "add", BROKEN[1])
    assert added.returncode == 1, added.stderr
    assert "not a web address" in added.stdout


def test_an_item_with_a_huge_title_and_a_script_link_is_one_short_line(tmp_path, server):
    """A 20,000-character title came back whole in the refresh's warning line, and the
    item's ``javascript:`` link was handed to the HTTP client ("UnsupportedProtocol")."""
    feed = (
        '<?xml version="1.0"?><rss version="2.0"><channel><title>Hostile</title>'
        f"<item><title>{'T' * 20_000}</title><link>javascript:alert(1)</link>"
        "<guid>1</guid><description>The summary.</description></item></channel></rss>"
    )
    server.serve_bytes("/hostile.xml", feed.encode(), "application/rss+xml")
    db = str(tmp_path / "lib.json")
    assert run_main("--db", db, "feed", "add", server.url("/hostile.xml")).returncode == 0
    refreshed = run_main("--db", db, "refresh")
    [warning] = [line for line in refreshed.stderr.splitlines() if "summary" in line]
    assert len(warning) < 300 and "not a web address" in warning


def test_links_and_guids_of_megabytes_are_no_addresses_and_cost_the_store_nothing(tmp_path, server):
    """Three items linked to 2 MB ``data:`` URIs (no GUID: the link was their identity too)
    and one with a 2 MB GUID made a 16 MB ``library.json``, stored twice per item (the
    article's URL, the feed's known items) and copied by every compaction after; the title
    was already cut to 500 characters. No server takes a request line that long: such a
    link is none, and such a GUID is known by its hash."""
    huge = "QUFB" * 500_000
    items = "".join(
        f"<item><title>Item {i}</title><link>data:text/plain;base64,{huge}{i}</link>"
        f"<description>Summary {i} of the story.</description></item>"
        for i in range(3)
    )
    items += f"<item><title>Item 3</title><guid>{huge}</guid><description>Summary.</description>"
    items += "</item>"
    feed = f"<rss version='2.0'><channel><title>Huge</title><link>http://e.org/{huge}</link>{items}"
    document = (feed + "</channel></rss>").encode()
    server.serve_bytes("/huge.xml", document, "application/rss+xml", validators=False)
    store_path = tmp_path / "lib.json"
    assert run_main("--db", str(store_path), "feed", "add", server.url("/huge.xml")).returncode == 0
    refreshed = run_main("--db", str(store_path), "refresh")
    assert refreshed.returncode == 0 and "Huge: 4 new" in refreshed.stdout, refreshed.stderr
    stored = sum(p.stat().st_size for p in tmp_path.glob("lib.json*") if p.is_file())
    assert stored < 100_000
    listed = json.loads(run_main("--db", str(store_path), "list", "--json").stdout)
    assert sorted(a["title"] for a in listed if a["feed_id"]) == [f"Item {i}" for i in range(4)]
    again = run_main("--db", str(store_path), "refresh", "--force")  # each item known again
    assert "Huge: 0 new" in again.stdout, again.stdout + again.stderr


def test_a_feed_address_with_dot_segments_is_the_feed_already_subscribed(tmp_path):
    """ "/./feed.xml" and "/other/../feed.xml" are the address a client asks for once it
    resolves them: the same feed was subscribed twice, its items fetched twice."""
    addresses = ["/news/feed.xml", "/news/./feed.xml", "/other/../news/feed.xml"]
    outlines = "".join(
        f'<outline text="f" xmlUrl="http://127.0.0.1:8{path}"/>' for path in addresses
    )
    opml = tmp_path / "subs.opml"
    opml.write_text(f'<opml version="2.0"><body>{outlines}</body></opml>')
    imported = run_main("--db", str(tmp_path / "lib.json"), "feed", "import", str(opml))
    assert "1 added, 2 already subscribed, 0 failed" in imported.stderr
