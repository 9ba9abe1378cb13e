"""Addresses a user, an OPML file or a hostile server hands over: one line each, never a
traceback; and a list of thousands of feeds imported in one write."""

from __future__ import annotations

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
