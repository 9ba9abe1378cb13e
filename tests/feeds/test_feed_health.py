"""A failing feed says so after its refresh's line is gone: ``feed list`` (and its JSON) keep
each feed's last fetch outcome, cleared by its next success; a hostile outcome file is
ignored with one line."""

from __future__ import annotations

import json
import os
import re
import subprocess
import sys
from collections.abc import Iterator
from contextlib import contextmanager
from pathlib import Path

from diplotui.feeds import add_feed, refresh
from diplotui.library.feed_health import FetchOutcome, load_health
from diplotui.store import Store
from tests.cli.test_cli_library import cli
from tests.feeds.conftest import FAST
from tests.feeds.server import FeedServer

HEALTH = "lib.json.cache/feed_health.json"


def _failing_feed(tmp_path: Path, server: FeedServer) -> str:
    """A store whose one feed was fetched once, then answered 404."""
    db = str(tmp_path / "lib.json")
    assert cli("--db", db, "feed", "add", server.url("/rss2.xml")).returncode == 0
    assert cli("--db", db, "refresh").returncode == 0
    server.status("/rss2.xml", 404)
    failed = cli("--db", db, "refresh", "--force")
    assert failed.returncode == 1 and "404" in failed.stderr
    return db


def test_feed_list_says_since_when_and_why_a_feed_fails_until_it_answers(
    tmp_path: Path, server: FeedServer
):
    db = _failing_feed(tmp_path, server)
    before = (tmp_path / "lib.json").read_bytes()
    [line] = cli("--db", db, "feed", "list").stdout.splitlines()
    assert re.search(r"fetched [\d-]+ [\d:]+ UTC, failing since \d\d:\d\d: .*404", line), line
    [record] = json.loads(cli("--db", db, "feed", "list", "--json").stdout)
    assert record["last_succeeded"] and record["failing_since"] and "404" in record["failure"]
    again = cli("--db", db, "refresh", "--force")  # still failing: since the first failure
    assert again.returncode == 1
    [still] = json.loads(cli("--db", db, "feed", "list", "--json").stdout)
    assert still["failing_since"] == record["failing_since"]
    assert (tmp_path / "lib.json").read_bytes() == before, "a failed fetch stores nothing"
    server.serve_file("/rss2.xml", "rss2.xml")
    assert cli("--db", db, "refresh", "--force").returncode == 0
    [healed] = json.loads(cli("--db", db, "feed", "list", "--json").stdout)
    assert healed["failing_since"] is None and healed["failure"] is None
    assert healed["last_succeeded"] > record["last_succeeded"] or healed["last_succeeded"]
    assert "failing" not in cli("--db", db, "feed", "list").stdout


def test_a_hostile_outcome_file_is_ignored_with_one_line(tmp_path: Path, server: FeedServer):
    db = _failing_feed(tmp_path, server)
    store = (tmp_path / "lib.json").read_bytes()
    health = tmp_path / HEALTH
    for hostile in (
        b"{not json",
        b'{"format": 1, "feeds": {"x": {"reason": 5}}}',
        b'{"format": 1, "feeds": {"x": {"failing_since": "\\u001b[31m"}}}',
        b"[" * 100_000,
        b" " * 1_000_001,
    ):
        health.write_bytes(hostile)
        listed = cli("--db", db, "feed", "list")
        assert listed.returncode == 0
        assert "failing" not in listed.stdout
        [said] = listed.stderr.splitlines()
        assert said.startswith("diplotui: ") and "feed_health.json: ignored" in said
        assert "\x1b" not in said
    health.unlink()
    os.mkfifo(health)  # never waited on for a writer
    [said] = cli("--db", db, "feed", "list").stderr.splitlines()
    assert "feed_health.json: ignored, cannot be read" in said
    health.unlink()
    health.write_bytes(b'{"format": 1, "feeds": {"x": {"reason": "\\u001b]0;owned\\u0007"}}}')
    assert cli("--db", db, "feed", "list").stderr == ""  # a feed no longer subscribed
    assert (tmp_path / "lib.json").read_bytes() == store
    assert cli("--db", db, "refresh", "--force").returncode == 1  # written anew, whole
    assert "failing since" in cli("--db", db, "feed", "list").stdout


def test_a_refresh_keeps_its_outcomes_before_it_lets_the_write_lock_go(
    store_path: Path, server: FeedServer
):
    """The outcome file is read, changed and written whole: written after the lock was let
    go, two refreshes side by side each wrote what they read before the other's, and one's
    outcomes were lost (two processes recording 150 feeds each left 177 of the 300)."""
    with Store.open(store_path) as store:
        feed_id = add_feed(store, server.url("/rss2.xml")).id
    server.status("/rss2.xml", 404)
    kept_while_locked: list[FetchOutcome | None] = []

    @contextmanager
    def writable() -> Iterator[Store]:
        with Store.open(store_path) as opened:
            yield opened
            kept_while_locked.append(load_health(store_path).outcomes.get(feed_id))

    with Store.open(store_path, read_only=True) as reader:
        summary = refresh(reader, policy=FAST, force=True, write_in=writable)
    assert len(summary.failures) == 1
    [outcome] = kept_while_locked
    assert outcome is not None and outcome.failing and "404" in outcome.reason


def test_a_refresh_removes_the_temp_file_a_killed_one_left(tmp_path: Path, server: FeedServer):
    """A refresh killed while writing the outcome file leaves its temp file (a file per kill,
    up to 1 MB each); the next refresh removes it, never a live writer's."""
    db = _failing_feed(tmp_path, server)
    gone = subprocess.Popen([sys.executable, "-c", ""])
    gone.wait()
    cache = tmp_path / HEALTH
    strays = [
        cache.with_name(f".{cache.name}.tmp-{pid}-abcd1234") for pid in (gone.pid, os.getpid())
    ]
    for stray in strays:
        stray.write_bytes(b"{" * 4096)
    assert cli("--db", db, "refresh", "--force").returncode == 1
    assert [stray.exists() for stray in strays] == [False, True]
    assert "failing since" in cli("--db", db, "feed", "list").stdout


def test_a_failure_kept_as_begun_in_another_year_says_the_year_and_one_to_come_is_not_kept(
    tmp_path: Path, server: FeedServer
):
    """A failure said "since 01-01 00:00" whether it began in 2099 (a clock set ahead, or a
    hand) or last year, and one of 2099 was kept so at every later failure."""
    db = _failing_feed(tmp_path, server)
    health = tmp_path / HEALTH
    data = json.loads(health.read_bytes())
    [outcome] = data["feeds"].values()
    for begun, said in (("2099", "since 2099-01-01 00:00"), ("2001", "since 2001-01-01 00:00")):
        outcome["failing_since"] = f"{begun}-01-01T00:00:00+00:00"
        health.write_text(json.dumps(data))
        assert f"failing {said}: HTTP 404" in cli("--db", db, "feed", "list").stdout
    assert cli("--db", db, "refresh", "--force").returncode == 1
    [record] = json.loads(cli("--db", db, "feed", "list", "--json").stdout)
    assert record["failing_since"] == "2001-01-01T00:00:00+00:00", "a past beginning is kept"
    outcome["failing_since"] = "2099-01-01T00:00:00"  # no offset: UTC, as written here
    health.write_text(json.dumps(data))
    assert cli("--db", db, "refresh", "--force").returncode == 1
    [record] = json.loads(cli("--db", db, "feed", "list", "--json").stdout)
    assert record["failing_since"] < "2099" and record["failing_since"] >= record["last_succeeded"]
    assert re.search(r"failing since \d\d:\d\d: ", cli("--db", db, "feed", "list").stdout)


def test_a_feed_unsubscribed_leaves_the_outcome_file_at_its_next_writing(
    tmp_path: Path, server: FeedServer
):
    db = _failing_feed(tmp_path, server)
    [gone] = json.loads((tmp_path / HEALTH).read_bytes())["feeds"]
    assert cli("--db", db, "feed", "remove", gone).returncode == 0
    server.serve_file("/atom.xml", "atom.xml")
    assert cli("--db", db, "feed", "add", server.url("/atom.xml")).returncode == 0
    assert cli("--db", db, "refresh").returncode == 0
    [kept] = json.loads((tmp_path / HEALTH).read_bytes())["feeds"]
    assert kept != gone


def test_a_folder_where_the_outcomes_go_is_said_with_its_mending(
    tmp_path: Path, server: FeedServer
):
    db = _failing_feed(tmp_path, server)
    health = tmp_path / HEALTH
    health.unlink()
    health.mkdir()
    [said] = cli("--db", db, "feed", "list").stderr.splitlines()
    assert said.endswith(f"remove the folder {health} (the next refresh keeps them)"), said
    health.rmdir()  # as said: then the next refresh keeps them
    assert cli("--db", db, "refresh", "--force").returncode == 1
    assert "failing since" in cli("--db", db, "feed", "list").stdout
