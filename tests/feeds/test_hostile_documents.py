"""Feed documents written to get past the entity check, or to make the parser read a local
file: each is refused in one line, nothing expanded, nothing local read."""

from __future__ import annotations

from pathlib import Path

import pytest

from diplotui.feeds import add_feed, refresh
from diplotui.feeds.parse import FeedParseError, parse_feed
from diplotui.store import Store
from tests.feeds.conftest import FAST
from tests.feeds.server import FeedServer

DECLARATIONS = '<!ENTITY a "aaaaaaaaaa"><!ENTITY b "&a;&a;&a;&a;&a;&a;&a;&a;&a;&a;">'
BODY = (
    '<rss version="2.0"><channel><title>&b;</title>'
    "<item><guid>1</guid><description>&b;&b;&b;</description></item></channel></rss>"
)


def declaring(prolog: str, encoding: str = "utf-8") -> bytes:
    declared = f'<?xml version="1.0" encoding="{encoding.upper()}"?>\n'
    return (declared + prolog + BODY).encode(encoding)


SMUGGLED = {
    "a ] in a comment ends a naive internal subset": declaring(
        f"<!DOCTYPE rss [ <!-- ] --> {DECLARATIONS} ]>"
    ),
    "a ] in a processing instruction": declaring(f"<!DOCTYPE rss [ <?pi ] ?> {DECLARATIONS} ]>"),
    "UTF-16 with a BOM": declaring(f"<!DOCTYPE rss [{DECLARATIONS}]>", "utf-16"),
    "UTF-32 with a BOM": declaring(f"<!DOCTYPE rss [{DECLARATIONS}]>", "utf-32"),
    # feedparser lifts a declaration at a line's start out of a comment into the DOCTYPE it
    # rewrites, and its fallback parser then expands it with no limit (100 KB gave 100 MB)
    "in a comment after a DOCTYPE without a subset": declaring(
        f'<!DOCTYPE rss>\n<!--\n<!ENTITY b "{"b" * 1000}">\n-->\n'
    ),
}


@pytest.mark.parametrize("data", SMUGGLED.values(), ids=SMUGGLED.keys())
def test_entity_declarations_however_hidden_are_refused(data: bytes):
    with pytest.raises(FeedParseError, match="refused: the XML declares entities"):
        parse_feed(data, "http://127.0.0.1:8/feed.xml", "application/rss+xml")


def test_an_answer_naming_a_local_file_is_not_read_as_that_file(
    store_path: Path, server: FeedServer, tmp_path: Path
):
    """feedparser takes bytes that name a file for its name: an answer "/dev/zero" read until
    memory ran out, and one naming a local feed brought its items in as the server's."""
    local = tmp_path / "private.xml"
    local.write_bytes(
        b'<?xml version="1.0"?><rss version="2.0"><channel><title>Private</title><item>'
        b"<guid>p</guid><title>Private notes</title><description>Not for a server."
        b"</description></item></channel></rss>"
    )
    server.serve_bytes("/feed.xml", str(local).encode(), "application/rss+xml")
    with Store.open(store_path) as store:
        add_feed(store, server.url("/feed.xml"), name="Hostile")
        summary = refresh(store, policy=FAST, force=True)
        assert summary.results[0].error.startswith("not a feed: malformed XML")
        assert not store.articles()


def test_html_content_with_control_characters_is_kept_as_data(store_path: Path, server: FeedServer):
    """An item's HTML holding a terminal escape crashed ``feed add`` with a traceback (lxml
    refuses to be given such text back); the escape, payload and all, is dropped as a text
    file's is (``cite.text_to_store``)."""
    escape = "\x1b]0;pwned\x07"
    server.serve_bytes(
        "/feed.xml",
        (
            '<?xml version="1.0"?><rss version="2.0" '
            'xmlns:content="http://purl.org/rss/1.0/modules/content/"><channel>'
            "<title>Escapes</title><item><guid>e1</guid><title>Ceasefire</title>"
            f"<content:encoded><![CDATA[<p>The minister said the ceasefire {escape} must hold."
            "</p><p>Talks go on.</p>]]></content:encoded></item></channel></rss>"
        ).encode(),
        "application/rss+xml",
    )
    with Store.open(store_path) as store:
        add_feed(store, server.url("/feed.xml"), name="Escapes")
        summary = refresh(store, policy=FAST, force=True)
        assert not summary.results[0].error
        (article,) = store.articles()
        assert store.article_text(article.id) == (
            "The minister said the ceasefire must hold.\n\nTalks go on."
        )


def test_an_item_title_of_invisible_characters_is_no_title(store_path: Path, server: FeedServer):
    """A title of zero-width spaces was kept: the list showed a row with no visible title
    ("\\u200b\\u200b"), where an item without a title is named by its text's first line."""
    server.serve_bytes(
        "/feed.xml",
        (
            '<?xml version="1.0"?><rss version="2.0"><channel><title>Invisible</title>'
            "<item><guid>i1</guid><title>\u200b\u200b\u2060 </title><author>\u200b</author>"
            "<content:encoded xmlns:content='http://purl.org/rss/1.0/modules/content/'>"
            "Minister Ana Brnabic said the talks in Belgrade would go on for several weeks "
            "and that both delegations had agreed on an agenda.</content:encoded>"
            "</item></channel></rss>"
        ).encode(),
        "application/rss+xml",
    )
    with Store.open(store_path) as store:
        add_feed(store, server.url("/feed.xml"), name="Invisible")
        refresh(store, policy=FAST, force=True)
        (article,) = store.articles()
        assert article.title.startswith("Minister Ana Brnabic said")
        assert article.author == ""


ATTRIBUTES = " ".join(f'a{n}="x"' for n in range(100_000))
CROWDED = {
    "rss": f"<rss version='2.0'><channel><title>Crowded</title><item {ATTRIBUTES}>"
    "<title>T</title><description>Words.</description></item></channel></rss>",
    "rss-utf16": "<?xml version='1.0' encoding='utf-16'?>"
    f"<rss version='2.0'><channel><title>Crowded</title><item {ATTRIBUTES}>"
    "<title>T</title></item></channel></rss>",
    "json": '{"version": "https://jsonfeed.org/version/1.1", "title": "Crowded", "items": '
    f'[{{"id": "1", "content_html": "<p {ATTRIBUTES.replace(chr(34), chr(92) + chr(34))}>'
    'Words.</p>"}]}',
}


@pytest.mark.parametrize("kind", list(CROWDED))
def test_an_element_of_a_hundred_thousand_attributes_is_refused_at_once(
    tmp_path: Path, server: FeedServer, kind: str
):
    """A feed whose one item had 100,000 attributes (1 MB) held ``feed add`` for over two
    minutes, and every refresh of it (feedparser looks each attribute up among the ones
    before it; an item's HTML went the same way through lxml): refused in one line, as an
    HTML page with such an element is."""
    import subprocess
    import sys

    encoding = "utf-16" if kind == "rss-utf16" else "utf-8"
    server.serve_bytes("/crowded", CROWDED[kind].encode(encoding), "application/rss+xml")
    command = [sys.executable, "-m", "diplotui", "--db", str(tmp_path / "lib.json")]
    added = subprocess.run(
        [*command, "feed", "add", server.url("/crowded")],
        capture_output=True, text=True, timeout=60,
    )  # fmt: skip
    assert added.returncode == 1 and added.stdout == ""
    assert "an element with too many attributes (100,000, at most 2,000)" in added.stderr
