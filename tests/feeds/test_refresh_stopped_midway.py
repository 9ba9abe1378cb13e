"""A refresh stopped by a failed write (a full disk) after earlier writes of it were stored
says what it stored: the failed write's own line ("nothing was saved") was all the app said,
and it listed none of the articles stored before it, while its feeds section counted them.

The write fails for real: the refresh runs in a child whose ``RLIMIT_FSIZE`` lets its first
batch of texts be logged and refuses the second, larger one (EFBIG, as a full disk would).
"""

from __future__ import annotations

import resource
import subprocess
import sys
from pathlib import Path

from diplotui.feeds import add_feed
from diplotui.store import Store
from tests.feeds.server import FeedServer

SMALL, LARGE = 10, 10  # one batch of the app's (``SHARED_WRITE_CHUNK``) each
FILE_LIMIT = 400_000  # over the small batch's texts, under the large one's
CHILD = """
import sys
from pathlib import Path

from diplotui.feeds import refresh
from diplotui.store import Store, StoreError
from tests.feeds.conftest import FAST

with Store.open(Path(sys.argv[1])) as store:
    try:
        refresh(store, policy=FAST, force=True, access=lambda turn: turn())  # as the app's
    except StoreError as stopped:
        print(" ".join(getattr(stopped, "article_ids", [])))
        print(stopped)
"""


def items_feed() -> bytes:
    items = []
    for n in range(SMALL + LARGE):
        words = 40_000 if n >= SMALL else 200
        body = " ".join(f"talks{n}w{k}" for k in range(words // 10)) + " ministers met." * 9
        items.append(
            f"<item><guid isPermaLink='false'>item-{n}</guid><title>Item {n}</title>"
            f"<pubDate>Wed, 09 Jul 2025 10:00:00 GMT</pubDate>"
            f"<description><![CDATA[<p>{body}</p>]]></description></item>"
        )
    channel = f"<channel><title>Wire</title>{''.join(items)}</channel>"
    return f'<?xml version="1.0"?><rss version="2.0">{channel}</rss>'.encode()


def test_a_refresh_stopped_by_a_failed_write_names_and_lists_what_it_stored(
    store_path: Path, server: FeedServer
) -> None:
    server.serve_bytes("/wire.xml", items_feed(), "application/rss+xml")
    with Store.open(store_path) as store:
        add_feed(store, server.url("/wire.xml"))
        before = set(store.article_ids())

    def limit_file_size() -> None:
        resource.setrlimit(resource.RLIMIT_FSIZE, (FILE_LIMIT, resource.RLIM_INFINITY))

    done = subprocess.run(
        [sys.executable, "-c", CHILD, str(store_path)],
        cwd=Path(__file__).resolve().parents[2],
        capture_output=True,
        text=True,
        timeout=120,
        preexec_fn=limit_file_size,
    )
    listed, line = done.stdout.splitlines()
    assert line.startswith(f"{SMALL} new articles stored, then: ")
    assert "cannot write" in line and "nothing was saved" in line
    with Store.open(store_path, read_only=True) as store:
        stored = set(store.article_ids()) - before
        assert sorted(store.article(a).title for a in stored) == sorted(
            f"Item {n}" for n in range(SMALL)
        )
    assert set(listed.split()) == stored
