"""What an article's stored text may hold, whichever way it came: no escape sequence and no
control character but the tab and the line ends (vertical tab, form feed and NEL are the line
breaks they mean). A page's parser dropped them while a text file's and a feed item's were
stored raw (attack56): the same words now come out the same from a text file, a page, a feed
item and a diplotui export."""

from __future__ import annotations

import json
import re
from pathlib import Path

from diplotui.feeds import add_feed, refresh
from diplotui.store import Store
from tests.cli_runner import run_main
from tests.feeds.conftest import FAST
from tests.feeds.server import FeedServer

FILLER = "The two foreign ministers met in Hanoi on Tuesday to discuss trade and security. " * 8
HOSTILE = (
    "The minister\x07 said \x1b[31mred\x1b[0m lines\x0bwould hold\x01 and\x1b]8;;http://evil"
    ".test\x07 talks\x1b]8;;\x07 resume\x7f today."
)
KEPT = ("The minister said red lines", "would hold and talks resume today.")
ANY_CONTROL = re.compile("[\x00-\x08\x0b-\x0c\x0e-\x1f\x7f-\x9f]")


def _assert_clean(text: str) -> None:
    assert not ANY_CONTROL.search(text), repr(text)
    assert "[31m" not in text and "evil.test" not in text
    for words in KEPT:
        assert words in text, repr(text)


def _stored_texts(db: Path) -> dict[str, str]:
    with Store.open(db, read_only=True) as store:
        return {a.title: store.article_text(a.id) for a in store.articles()}


def test_a_text_file_and_a_page_store_the_same_words_without_controls(tmp_path: Path):
    text_file = tmp_path / "talks.txt"
    text_file.write_text(f"Talks in text\n\n{FILLER}\n{HOSTILE}\n", encoding="utf-8")
    page = tmp_path / "talks.html"
    page.write_text(
        f"<html><head><title>Talks in a page</title></head><body><article><p>{FILLER}</p>"
        f"<p>{HOSTILE}</p></article></body></html>",
        encoding="utf-8",
    )
    db = tmp_path / "db.json"
    assert (
        run_main("--db", str(db), "--create", "import", str(text_file), str(page)).returncode == 0
    )
    texts = _stored_texts(db)
    _assert_clean(texts["Talks in text"])
    assert texts["Talks in text"].endswith(
        "The minister said red lines\nwould hold and talks resume today.\n"
    )
    _assert_clean(texts["Talks in a page"])


def test_a_feed_items_text_is_stored_as_a_files_is(store_path: Path, server: FeedServer):
    document = {
        "version": "https://jsonfeed.org/version/1.1",
        "title": "Wire",
        "items": [
            {"id": "1", "title": "Talks in a feed", "content_text": f"{FILLER}\n\n{HOSTILE}"}
        ],
    }
    rss = (
        '<?xml version="1.0"?><rss version="2.0"><channel><title>Wire RSS</title>'
        "<item><guid>2</guid><title>Talks in RSS</title><description>"
        + "&lt;p&gt;"
        + FILLER
        + "&lt;/p&gt;&lt;p&gt;The minister&#x85; said red lines&#xB;"
        "would hold and talks resume today.&lt;/p&gt;</description></item></channel></rss>"
    )
    server.serve_bytes("/feed.json", json.dumps(document).encode(), "application/feed+json")
    server.serve_bytes("/feed.rss", rss.encode(), "application/rss+xml")
    with Store.open(store_path) as store:
        add_feed(store, server.url("/feed.json"))
        add_feed(store, server.url("/feed.rss"))
        refresh(store, policy=FAST, force=True)
    texts = _stored_texts(store_path)
    _assert_clean(texts["Talks in a feed"])
    rss_text = texts["Talks in RSS"]
    assert not ANY_CONTROL.search(rss_text), repr(rss_text)
    assert "would hold and talks resume today." in rss_text


def test_an_exports_text_is_stored_as_a_files_is_its_highlight_kept(tmp_path: Path):
    source = tmp_path / "talks.txt"
    source.write_text(f"Talks exported\n\n{FILLER}\nThe talks resume today.\n", encoding="utf-8")
    first, second = str(tmp_path / "a.json"), str(tmp_path / "b.json")
    article_id = run_main("--db", first, "--create", "import", str(source)).stdout.split()[1]
    assert (
        run_main("--db", first, "highlight", article_id, "--quote", "resume today").returncode == 0
    )
    exported = tmp_path / "export.json"
    assert (
        run_main("--db", first, "export", "--format", "json", "-o", str(exported)).returncode == 0
    )
    document = json.loads(exported.read_text(encoding="utf-8"))
    for article in document["articles"]:
        article["text"] = article["text"].replace("The talks", HOSTILE + " The\x1b[2J talks")
    exported.write_text(json.dumps(document), encoding="utf-8")
    assert run_main("--db", second, "--create", "import", str(exported)).returncode == 0
    text = _stored_texts(Path(second))["Talks exported"]
    _assert_clean(text)
    listed = run_main("--db", second, "annotations", "--json").stdout
    [highlight] = json.loads(listed)
    assert highlight["quote"] == "resume today" and highlight["status"] != "orphan"
