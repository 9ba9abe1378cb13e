"""SIGKILL ``diplotui refresh`` while it stores a feed's articles: the store opens, every
article it had committed is still there with its text, and a re-run completes the refresh
without a duplicate (issue 15)."""

from __future__ import annotations

import random
import signal
import subprocess
import sys
import time
from collections import Counter
from pathlib import Path

import pytest

from diplotui.feeds import add_feed
from diplotui.store import Store, journal_path
from diplotui.store.body_log import body_log_path
from tests.feeds.server import FeedServer, running_server

FEEDS = 8
ITEMS = 60
PAGES = 2  # items per feed carrying a summary only: their pages are fetched and extracted
KILLS = 4  # the first kill, and kills of refreshes that find earlier ones' articles stored

pytestmark = pytest.mark.slow


def _item_text(feed: int, item: int) -> str:
    sentence = (
        f"Round {feed}-{item}: the delegations reviewed trade, fisheries and energy, and "
        "agreed to prepare the next session of the joint commission before the year ends."
    )
    return " ".join([sentence] * 4)


def _serve(server: FeedServer) -> list[str]:
    urls = []
    for feed in range(FEEDS):
        entries = []
        for item in range(ITEMS):
            link = server.url(f"/f{feed}/{item}.html")
            if item < PAGES:
                text = "<description>A short summary.</description>"
                page = f"<html><body><article><h1>Page {feed}-{item}</h1>" + "".join(
                    f"<p>{_item_text(feed, item)} ({k})</p>" for k in range(4)
                )
                server.serve_bytes(
                    f"/f{feed}/{item}.html",
                    (page + "</article></body></html>").encode(),
                    "text/html; charset=utf-8",
                )
            else:  # the whole text in the feed: a summary under 1,500 characters is fetched
                text = f"<content:encoded>{_item_text(feed, item)}</content:encoded>"
            entries.append(
                f"<item><title>Talks {feed}-{item}</title><link>{link}</link>"
                f"<guid>g{feed}-{item}</guid><pubDate>Tue, 08 Jul 2025 09:00:00 +0700</pubDate>"
                f"{text}</item>"
            )
        document = (
            '<?xml version="1.0"?><rss version="2.0" '
            'xmlns:content="http://purl.org/rss/1.0/modules/content/">'
            f"<channel><title>Feed {feed}</title>"
            f"{''.join(entries)}</channel></rss>"
        )
        server.serve_bytes(f"/f{feed}.xml", document.encode(), "application/rss+xml")
        urls.append(server.url(f"/f{feed}.xml"))
    return urls


def _refresh(path: Path) -> subprocess.Popen[bytes]:
    command = [sys.executable, "-m", "diplotui", "--db", str(path), "refresh"]
    return subprocess.Popen(command, stdout=subprocess.DEVNULL, stderr=subprocess.PIPE)


def _kill_while_storing(process: subprocess.Popen[bytes], journal: Path, writes: int) -> bool:
    """SIGKILL ``process`` as soon as its journal has been seen to grow ``writes`` times; False
    if it ended first.

    The first growth is the refresh's own records, the next ones its batches of articles (eight
    feeds: about sixteen writes within ~50 ms on an idle machine), so a kill aimed by count lands
    among them however fast or loaded the machine is; a delay measured in time missed them."""
    size = journal.stat().st_size
    seen = 0
    deadline = time.monotonic() + 60
    while seen < writes:
        if process.poll() is not None:
            return False
        assert time.monotonic() < deadline, "the refresh never wrote"
        now = journal.stat().st_size
        seen += now != size
        size = now
        time.sleep(0.0005)
    process.send_signal(signal.SIGKILL)
    process.wait(10)
    return True


def _committed(path: Path) -> dict[str, str]:
    """Article id -> title of the feeds' articles, each text read back (a read-only open
    never repairs)."""
    with Store.open(path, read_only=True) as store:
        articles = {a.id: a.title for a in store.articles() if a.feed_id}
        for article_id in articles:
            assert store.article_text(article_id)
    return articles


def test_a_refresh_killed_while_storing_loses_nothing_and_a_rerun_adds_no_duplicate(
    tmp_path: Path,
):
    path = tmp_path / "library.json"
    rng = random.Random(15)
    with running_server() as server:
        urls = _serve(server)
        with Store.open(path) as store:
            for url in urls:
                add_feed(store, url)
        seen: dict[str, str] = {}
        killed_mid_store = logs_left = 0
        for _ in range(KILLS):
            process = _refresh(path)
            if not _kill_while_storing(process, journal_path(path), rng.randint(2, 5)):
                break
            logs_left += body_log_path(path).exists() and body_log_path(path).stat().st_size > 0
            now = _committed(path)
            assert seen.items() <= now.items(), "a committed article was lost"
            killed_mid_store += len(now) < FEEDS * ITEMS  # killed before it stored all
            seen = now
        finished = _refresh(path)
        _out, err = finished.communicate(timeout=120)
        assert finished.returncode == 0, err.decode()
    after = _committed(path)
    assert seen.items() <= after.items()
    titles = Counter(after.values())
    assert len(after) == FEEDS * ITEMS, "every item once"
    assert titles.most_common(1)[0][1] == 1, "no duplicates"
    assert killed_mid_store >= 2, "the kills landed while articles were being stored"
    with Store.open(path) as store:  # a writable open empties any body log left
        assert len(store.feeds()) == FEEDS and all(f.last_fetched for f in store.feeds())
    assert not body_log_path(path).exists() or body_log_path(path).stat().st_size == 0
    print(f"{killed_mid_store} kills mid-store, {logs_left} left a body log to replay")
