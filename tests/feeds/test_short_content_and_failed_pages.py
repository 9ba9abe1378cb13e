"""What a refresh takes as an item's text, and how it says an item page that failed."""

from __future__ import annotations

from pathlib import Path

from diplotui.cli.main import main
from diplotui.store import Store
from tests.feeds.server import FeedServer

STATEMENT = "The ministry welcomed the ceasefire and called on both sides to return to talks."


def _feed(base: str, item: str) -> bytes:
    return (
        '<?xml version="1.0"?><rss version="2.0" '
        'xmlns:content="http://purl.org/rss/1.0/modules/content/"><channel>'
        f"<title>Desk Wire</title><link>{base}/</link><description>d</description>{item}"
        "</channel></rss>"
    ).encode()


def _subscribe(capsys, db: str, server: FeedServer) -> None:
    assert main(["--db", db, "feed", "add", server.url("/desk.xml")]) == 0
    capsys.readouterr()


def _refresh(capsys, db: str, *options: str) -> tuple[int, str, str]:
    status = main(["--db", db, "refresh", "--force", *options])
    out, err = capsys.readouterr()
    return status, out, err


def test_one_paragraph_of_content_encoded_is_the_article_not_a_summary(
    tmp_path: Path, server: FeedServer, capsys
):
    """A one-paragraph ``content:encoded`` was taken for a teaser: the item's page was
    fetched and, on a 404, the refresh said "only the feed's summary" of an article the
    feed gave whole."""
    db = str(tmp_path / "lib.json")
    item = (
        f"<item><title>Ministry statement</title><link>{server.base}/gone.html</link>"
        f"<guid>s-1</guid><description>Ministry welcomes ceasefire.</description>"
        f"<content:encoded><![CDATA[<p>{STATEMENT}</p>]]></content:encoded></item>"
    )
    server.serve_bytes("/desk.xml", _feed(server.base, item), "application/rss+xml")
    _subscribe(capsys, db, server)
    status, out, err = _refresh(capsys, db)
    assert status == 0, err
    assert out.splitlines()[-1] == "1 new in 1 feed"
    assert "summary" not in out + err
    assert server.hits["/gone.html"] == 0, "the feed gave the text: no page to fetch"
    with Store.open(db, read_only=True) as store:
        [article] = [a for a in store.articles() if a.feed_id]
        assert store.article_text(article.id) == STATEMENT
        assert not article.text_is_summary


def _subscribed_to_a_summary_whose_page_is_gone(tmp_path: Path, server: FeedServer, capsys) -> str:
    """A library subscribed to a feed whose one item is a description alone, its page gone."""
    db = str(tmp_path / "lib.json")
    item = (
        f"<item><title>Ministry statement</title><link>{server.base}/gone.html</link>"
        f"<guid>s-1</guid><description>{STATEMENT}</description></item>"
    )
    server.serve_bytes("/desk.xml", _feed(server.base, item), "application/rss+xml")
    _subscribe(capsys, db, server)
    return db


def test_a_description_alone_is_still_a_summary_whose_page_is_fetched(
    tmp_path: Path, server: FeedServer, capsys
):
    db = _subscribed_to_a_summary_whose_page_is_gone(tmp_path, server, capsys)
    status, out, _err = _refresh(capsys, db)
    assert status == 0
    assert server.hits["/gone.html"] >= 1
    assert out.splitlines()[-1] == (
        "1 new in 1 feed, 1 only the feed's summary (page failed, tried again later)"
    )


def test_verbose_says_a_single_failed_page_once(tmp_path: Path, server: FeedServer, capsys):
    """One failed page was printed twice by ``--verbose``: as the feed's warning and again
    as "page failed"."""
    db = _subscribed_to_a_summary_whose_page_is_gone(tmp_path, server, capsys)
    status, _out, err = _refresh(capsys, db, "--verbose")
    assert status == 0
    assert err.splitlines() == [
        "diplotui: Desk Wire: page failed: Ministry statement: kept the feed's summary "
        "(HTTP 404 Not Found)"
    ]


def test_content_encoded_cut_short_with_a_read_more_is_a_teaser_whose_page_is_fetched(
    tmp_path: Path, server: FeedServer, capsys
):
    """A ``content:encoded`` that ends "[…] Continue reading" is a teaser: taken as the text
    however short, the article was stored as those two lines, its page never fetched."""
    db = str(tmp_path / "lib.json")
    teaser = (
        "<p>The ministry welcomed the ceasefire [&#8230;]</p>"
        f'<p><a href="{server.base}/summit.html">Continue reading</a></p>'
    )
    item = (
        f"<item><title>Ministry statement</title><link>{server.base}/summit.html</link>"
        f"<guid>s-1</guid><description>Ministry welcomes ceasefire.</description>"
        f"<content:encoded><![CDATA[{teaser}]]></content:encoded></item>"
    )
    server.serve_bytes("/desk.xml", _feed(server.base, item), "application/rss+xml")
    server.serve_file("/summit.html", "article-summit.html")
    _subscribe(capsys, db, server)
    status, out, err = _refresh(capsys, db)
    assert status == 0, err
    assert out.splitlines()[-1] == "1 new in 1 feed"
    assert server.hits["/summit.html"] == 1
    with Store.open(db, read_only=True) as store:
        [article] = [a for a in store.articles() if a.feed_id]
        assert "Continue reading" not in store.article_text(article.id)
        assert not article.text_is_summary
