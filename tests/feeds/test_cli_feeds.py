"""``diplotui feed ...``, ``refresh`` and ``add URL`` as a user runs them, on a local server."""

from __future__ import annotations

import json
import os
import re
import subprocess
import sys
import threading
import time
from pathlib import Path
from typing import Any

import pytest

from diplotui.cli.main import main
from diplotui.ingest.update import changed_when
from diplotui.store import Store
from tests.cli.test_cli_library import cli
from tests.feeds.server import DATA, FeedServer


def run(capsys, *args: str) -> tuple[int, str, str]:
    status = main(list(args))
    out, err = capsys.readouterr()
    return status, out, err


def test_feed_add_follows_a_page_to_its_feed_and_refresh_brings_full_text(
    tmp_path: Path, server: FeedServer
):
    db = str(tmp_path / "lib.json")
    added = cli("--db", db, "feed", "add", server.url("/page-with-alternate.html"), "--tag", "un")
    assert added.returncode == 0, added.stderr
    assert f"UN News Wire  ({server.url('/rss2.xml')}), 3 items" in added.stdout
    assert (
        "cited as from the site each item's page names, else 'UN News Wire' (for another name"
        in (added.stderr)
    )
    first = cli("--db", db, "refresh")
    assert first.returncode == 0, first.stderr
    assert first.stdout.splitlines()[-2:] == ["UN News Wire: 3 new", "3 new in 1 feed"]
    listed = json.loads(cli("--db", db, "list", "--json").stdout)
    from_feed = [a for a in listed if a["feed_id"]]
    assert len(from_feed) == 3 and all(a["date"] and not a["date_is_guess"] for a in from_feed)
    assert all(a["url"] and a["tags"] == ["un"] for a in from_feed)
    [feed] = cli("--db", db, "feed", "list").stdout.splitlines()  # how many are new, and when
    assert re.search(r"  3 articles, 3 unread  fetched \d{4}-\d\d-\d\d \d\d:\d\d UTC  #un$", feed)
    server.statuses.clear()
    again = cli("--db", db, "refresh")  # within the minimum interval: not fetched
    assert server.statuses == []
    when = r"checked (<1|\d+) s ago, next check in (\d+) s"  # when it is fetched, not "not due"
    said = re.fullmatch(
        f"UN News Wire: skipped, {when}\nnothing new, UN News Wire {when}\n", again.stdout
    )
    assert said is not None, again.stdout
    ago, wait = said.group(1, 2)
    assert int(ago.replace("<1", "0")) + int(wait) == 60, "the age and the wait add up"
    assert again.stderr == "diplotui: refresh --force checks every feed now\n"
    forced = cli("--db", db, "refresh", "--force")
    assert forced.stdout.splitlines() == ["UN News Wire: unchanged", "nothing new"]
    assert server.statuses == [("/rss2.xml", 304)]


def test_feed_add_of_a_page_without_a_feed_is_one_line_and_stores_nothing(
    tmp_path: Path, server: FeedServer, capsys
):
    db = str(tmp_path / "lib.json")
    status, out, err = run(capsys, "--db", db, "feed", "add", server.url("/plain-page.html"))
    assert status == 1 and out == ""
    assert err == (
        f"diplotui: {server.url('/plain-page.html')}: an HTML page, not a feed; it names no "
        'feed in <link rel="alternate">\n'
    )
    assert not Path(db).exists()
    status, _out, err = run(capsys, "--db", db, "feed", "add", "ftp://example/feed")
    assert status == 1 and "not a web address" in err


def test_feed_list_remove_and_a_second_add_of_the_same_feed(
    tmp_path: Path, server: FeedServer, capsys
):
    db = str(tmp_path / "lib.json")
    assert run(capsys, "--db", db, "feed", "add", server.url("/atom.xml"), "--name", "MFA")[0] == 0
    asked = server.hits["/atom.xml"]
    status, _out, err = run(capsys, "--db", db, "feed", "add", server.url("/atom.xml"))
    assert status == 1 and "already subscribed as" in err and "(MFA)" in err
    assert server.hits["/atom.xml"] == asked, "said before the feed is fetched again"
    _status, out, _err = run(capsys, "--db", db, "feed", "list", "--json")
    (record,) = json.loads(out)
    assert record["name"] == "MFA" and record["title"] == "Ministry Press Releases"
    assert record["url"] == server.url("/atom.xml") and "items" not in record
    status, out, _err = run(capsys, "--db", db, "feed", "remove", record["id"][:4])
    assert status == 0 and out.startswith(f"removed {record['id']}  MFA")
    assert run(capsys, "--db", db, "feed", "list")[1] == ""
    status, _out, err = run(capsys, "--db", db, "feed", "remove", "abcdef")
    assert status == 2 and "no feed named or with id 'abcdef'" in err


def test_feed_remove_takes_a_feed_s_whole_name_as_refresh_takes_names(
    tmp_path: Path, server: FeedServer, capsys
):
    """``feed remove "UN News Wire"`` answered "no feed with id 'un news wire'", where
    ``refresh`` and ``list --feed`` take a name: a whole name removes its feed; part of one
    removes nothing and names the feed it is part of; none says where the ids are."""
    db = str(tmp_path / "lib.json")
    run(capsys, "--db", db, "feed", "add", server.url("/rss2.xml"))
    run(capsys, "--db", db, "feed", "add", server.url("/atom.xml"), "--name", "MFA")
    (wire,) = [f for f in json.loads(run(capsys, "--db", db, "feed", "list", "--json")[1])
               if f["title"] == "UN News Wire"]  # fmt: skip
    status, _out, err = run(capsys, "--db", db, "feed", "remove", "UN News")
    assert status == 2 and err == (
        "diplotui: no feed named 'UN News': it is part of the name of UN News Wire "
        f"(diplotui feed remove {wire['id']} removes that one)\n"
    )
    status, _out, err = run(capsys, "--db", db, "feed", "remove", "nowhere")
    assert status == 2 and err == (
        "diplotui: no feed named or with id 'nowhere': diplotui feed list names them, with "
        "their ids\n"
    )
    status, out, _err = run(capsys, "--db", db, "feed", "remove", "un news wire")
    assert status == 0 and out.startswith(f"removed {wire['id']}  UN News Wire;"), out
    assert [f["title"] for f in json.loads(run(capsys, "--db", db, "feed", "list", "--json")[1])
            ] == ["Ministry Press Releases"]  # fmt: skip


def test_refresh_takes_feeds_by_name_as_list_does_and_one_item_is_one_item(
    tmp_path: Path, server: FeedServer, capsys
):
    """The README's "refresh [FEED...]: those named"; it took ids only ("no feed with id
    'mfa'") while ``list --feed`` took a name, and ``feed add`` said "1 items"."""
    db = str(tmp_path / "lib.json")
    status, out, _err = run(capsys, "--db", db, "feed", "add", server.url("/rss091.xml"))
    assert status == 0 and out.endswith(", 1 item\n")
    run(capsys, "--db", db, "feed", "add", server.url("/atom.xml"), "--name", "MFA")
    server.statuses.clear()
    status, out, _err = run(capsys, "--db", db, "refresh", "mfa")
    assert status == 0 and out.splitlines()[0] == "MFA: 2 new"
    assert [path for path, _status in server.statuses if path.endswith(".xml")] == ["/atom.xml"]
    status, _out, err = run(capsys, "--db", db, "refresh", "nowhere")
    assert status == 2 and err == "diplotui: no feed named or with id 'nowhere'\n"


def test_feed_add_refuses_a_tag_that_cannot_be_stored_before_any_fetch(
    tmp_path: Path, server: FeedServer, capsys
):
    """The tags were checked only once the feed had been fetched, and the error began with the
    address, as if the address were wrong (the app's A says it first, as 'add URL' does)."""
    db = str(tmp_path / "lib.json")
    status, _out, err = run(
        capsys, "--db", db, "feed", "add", server.url("/atom.xml"), "--tag", "x" * 70
    )
    assert (status, err) == (2, "diplotui: feed add: tag too long (70 characters, at most 64)\n")
    assert server.hits["/atom.xml"] == 0


def test_refresh_tags_in_the_library_spelling_whatever_the_feed_stored(
    tmp_path: Path, server: FeedServer
):
    """A feed subscribed as #mekong before the library spelt the tag #Mekong (an article
    tagged since, or a store from before tags took the library's spelling) kept its spelling:
    each refresh tagged the new articles "mekong". They take the library's, and so does the
    subscription."""
    db = str(tmp_path / "lib.json")
    assert (
        cli("--db", db, "feed", "add", server.url("/rss2.xml"), "--tag", "mekong").returncode == 0
    )
    note = tmp_path / "note.txt"
    note.write_text("Notes on the Mekong\n\nThe river commission meets in March.\n")
    assert cli("--db", db, "import", str(note)).returncode == 0
    listed = json.loads(cli("--db", db, "list", "--json").stdout)
    [mine] = [a["id"] for a in listed if a["title"] == "Notes on the Mekong"]
    assert cli("--db", db, "tag", mine, "Mekong").returncode == 0
    assert cli("--db", db, "refresh").returncode == 0
    listed = json.loads(cli("--db", db, "list", "--json").stdout)
    assert [a["tags"] for a in listed if a["feed_id"]] == [["Mekong"]] * 3
    assert cli("--db", db, "feed", "list").stdout.rstrip().endswith("#Mekong")
    assert len(json.loads(cli("--db", db, "list", "--tag", "Mekong", "--json").stdout)) == 4


def test_opml_import_then_export_round_trips_names_urls_and_folders_as_tags(
    tmp_path: Path, server: FeedServer, capsys
):
    db = str(tmp_path / "lib.json")
    opml = tmp_path / "subs.opml"
    opml.write_bytes(server.body("subscriptions.opml"))
    status, _out, err = run(capsys, "--db", db, "feed", "import", str(opml))
    assert status == 0 and "3 added, 0 already subscribed, 0 failed" in err
    _status, _out, err = run(capsys, "--db", db, "feed", "import", str(opml))
    assert "0 added, 3 already subscribed" in err
    with Store.open(db, read_only=True) as store:
        tags = {feed.name: feed.tags for feed in store.feeds()}
    assert tags == {
        "UN News Wire": ["Multilateral"],
        "Embassy Notes": ["Multilateral", "asia", "embassies"],
        "Ministry": [],
    }
    exported = tmp_path / "out.opml"
    assert run(capsys, "--db", db, "feed", "export", "-o", str(exported))[0] == 0
    status, _out, err = run(capsys, "--db", db, "feed", "export", "-o", str(exported))
    assert status == 1 and "use --force" in err
    other = str(tmp_path / "other.json")
    assert run(capsys, "--db", other, "feed", "import", str(exported))[0] == 0
    with Store.open(other, read_only=True) as store:
        again = {feed.name: (feed.url, feed.tags) for feed in store.feeds()}
    assert again["Embassy Notes"] == (
        server.url("/feed.json"),
        ["Multilateral", "asia", "embassies"],
    )
    assert len(again) == 3


def test_opml_round_trip_keeps_each_feeds_interval_and_a_folders_own_category(
    tmp_path: Path, server: FeedServer, capsys
):
    """``feed export`` then ``feed import`` set every feed back to the default interval, and
    a folder's own ``category`` was dropped at import: both are kept now."""
    db, other = str(tmp_path / "lib.json"), str(tmp_path / "other.json")
    added = ("--db", db, "feed", "add", server.url("/rss2.xml"), "--interval", "3600")
    assert run(capsys, *added)[0] == 0
    listed = tmp_path / "in.opml"
    listed.write_text(
        '<opml version="2.0"><body><outline text="Regional" category="asia,trade">'
        f'<outline text="Notes" xmlUrl="{server.url("/feed.json")}" category="embassies"/>'
        f'<outline text="Odd" xmlUrl="{server.url("/atom.xml")}" diplotuiInterval="-5"/>'
        "</outline></body></opml>"
    )
    assert run(capsys, "--db", db, "feed", "import", str(listed))[0] == 0
    exported = tmp_path / "out.opml"
    assert run(capsys, "--db", db, "feed", "export", "-o", str(exported))[0] == 0
    assert run(capsys, "--db", other, "feed", "import", str(exported))[0] == 0
    with Store.open(other, read_only=True) as store:
        again = {feed.url: (feed.min_interval, feed.tags) for feed in store.feeds()}
    assert again == {
        server.url("/rss2.xml"): (3600, []),
        server.url("/feed.json"): (60, ["Regional", "asia", "trade", "embassies"]),
        server.url("/atom.xml"): (60, ["Regional", "asia", "trade"]),
    }


# lxml expands a UTF-16 file's entities even with ``resolve_entities=False``; the raw bytes
# hold no "<!ENTITY" for a byte pattern to find.
UTF16_ENTITY_OPML = (
    '<?xml version="1.0" encoding="UTF-16"?>\n<!DOCTYPE opml [<!ENTITY a "aaaaaaaaaa">'
    '<!ENTITY b "&a;&a;&a;&a;&a;&a;&a;&a;&a;&a;">]>\n'
    '<opml version="2.0"><body><outline text="&b;" xmlUrl="http://127.0.0.1/&b;"/></body></opml>'
).encode("utf-16")


@pytest.mark.parametrize(
    ("content", "reason"),
    [
        (b"<opml", "not OPML (malformed XML"),
        ((DATA / "billion-laughs.xml").read_bytes(), "refused: the XML declares entities"),
        (b"<rss/>", "not OPML (no <opml><body>)"),
        (UTF16_ENTITY_OPML, "refused: the XML declares entities"),
    ],
    ids=["malformed", "billion-laughs", "not-opml", "utf16-entities"],
)
def test_a_bad_opml_file_is_one_line_naming_it(tmp_path: Path, capsys, content, reason):
    path = tmp_path / "bad.opml"
    path.write_bytes(content)
    status, _out, err = run(capsys, "--db", str(tmp_path / "lib.json"), "feed", "import", str(path))
    assert status == 1 and err.startswith(f"diplotui: {path}: {reason}") and err.count("\n") == 1


def test_refresh_names_a_failing_feed_and_its_url_and_exits_1(
    tmp_path: Path, server: FeedServer, capsys
):
    db = str(tmp_path / "lib.json")
    server.serve_file("/feed", "plain-page.html")
    run(capsys, "--db", db, "feed", "add", server.url("/rss2.xml"), "--name", "Wire")
    with Store.open(db) as store:
        from diplotui.feeds import add_feed

        add_feed(store, server.url("/feed"), name="Hostile")
    status, out, err = run(capsys, "--db", db, "refresh")
    assert status == 1
    assert f"diplotui: Hostile ({server.url('/feed')}): an HTML page, not a feed" in err
    assert out.splitlines()[-2:] == [
        "Wire: 3 new",
        "3 new in 1 feed, 1 failed: Hostile: an HTML page, not a feed; it names no feed in "
        '<link rel="alternate">',
    ]


def test_add_saves_pages_as_articles_and_a_second_time_as_duplicates(
    tmp_path: Path, server: FeedServer, capsys
):
    db = str(tmp_path / "lib.json")
    urls = [server.url("/article-summit.html"), server.url("/missing.html")]
    status, out, _err = run(capsys, "--db", db, "add", *urls, "--tag", "asean")
    assert status == 1
    lines = out.splitlines()
    assert lines[0].startswith("imported") and "ASEAN ministers prepare" in lines[0]
    assert lines[1] == f"failed    {urls[1]}: HTTP 404 Not Found"
    with Store.open(db, read_only=True) as store:
        (article,) = [a for a in store.articles() if a.tags == ["asean"]]
    assert (article.source, article.date, article.author) == (
        "Diplomatic Wire",
        "2025-07-08",
        "Lan Anh",
    )
    assert article.url == "https://wire.example/news/summit" and not article.date_is_guess
    status, out, _err = run(capsys, "--db", db, "add", urls[0])
    assert status == 0 and out.startswith("duplicate") and "already stored" in out


def test_add_with_tags_of_a_page_already_stored_tags_it_and_says_so(
    tmp_path: Path, server: FeedServer, capsys
):
    """Saving a page again with ``--tag`` is how a user tags what they saved: the tags were
    dropped with "already stored"; a page whose text changed takes them too."""
    db = str(tmp_path / "lib.json")
    page = {"html": server.body("article-council.html")}
    server.serve_bytes("/page.html", lambda: page["html"], "text/html; charset=utf-8")
    summit, council = server.url("/article-summit.html"), server.url("/page.html")
    assert run(capsys, "--db", db, "add", summit, council, "--tag", "asean")[0] == 0
    page["html"] = page["html"].replace(b"thirteen votes", b"fourteen votes")
    status, out, _err = run(capsys, "--db", db, "add", summit, council, "--tag", "un,asean")
    assert status == 0
    first, second = out.splitlines()
    assert first.startswith("duplicate") and first.endswith(": already stored, tagged #un")
    assert second.startswith("changed") and second.endswith("apply), tagged #un")
    status, out, _err = run(capsys, "--db", db, "add", summit, "--tag", "un")
    assert out.rstrip().endswith(": already stored")  # nothing new to say
    with Store.open(db, read_only=True) as store:
        saved = {a.url.rsplit("/", 1)[-1]: a for a in store.articles() if a.url}
        assert [saved[name].tags for name in ("summit", "council")] == [["asean", "un"]] * 2
        assert "thirteen votes" in store.article_text(saved["council"].id)  # not updated


def test_add_reports_a_changed_page_and_update_applies_it(
    tmp_path: Path, server: FeedServer, capsys
):
    db = str(tmp_path / "lib.json")
    page = {"html": server.body("article-council.html")}
    server.serve_bytes("/page.html", lambda: page["html"], "text/html; charset=utf-8")
    url = server.url("/page.html")
    assert run(capsys, "--db", db, "add", url)[0] == 0
    page["html"] = page["html"].replace(b"thirteen votes", b"fourteen votes")
    status, out, _err = run(capsys, "--db", db, "add", url)
    assert status == 0 and out.startswith("changed") and "use --update" in out
    status, out, _err = run(capsys, "--db", db, "add", url, "--update")
    assert status == 0 and out.startswith("updated")
    with Store.open(db, read_only=True) as store:
        (article,) = [a for a in store.articles() if a.url.endswith("/news/council")]
        assert "fourteen votes" in store.article_text(article.id) and article.text_changed_at
    when = changed_when(article)
    status, out, _err = run(capsys, "--db", db, "meta", article.id)
    assert status == 0 and f"text:   updated {when} (its source changed)" in out.splitlines()
    status, out, _err = run(capsys, "--db", db, "list")
    (line,) = [line for line in out.splitlines() if line.startswith(article.id)]
    assert line.endswith(f"[updated {when}]")
    assert not any("[updated" in other for other in out.splitlines() if other != line)
    status, out, _err = run(capsys, "--db", db, "list", "--json")
    listed = {record["id"]: record["text_changed_at"] for record in json.loads(out)}
    assert listed[article.id] == article.text_changed_at


def test_a_page_naming_another_stored_articles_address_as_canonical_changes_nothing(
    tmp_path: Path, server: FeedServer, capsys
):
    """Any page may put any address in its canonical link: one fetched elsewhere naming a
    stored article's address, with another text, replaced that article's text on
    ``add --update``. It may update only the article it was fetched as."""
    db = str(tmp_path / "lib.json")
    original = server.body("article-council.html")
    server.serve_bytes("/council.html", original, "text/html; charset=utf-8")
    forged = original.replace(b"thirteen votes", b"no votes at all")
    server.serve_bytes("/forged.html", forged, "text/html; charset=utf-8")
    assert run(capsys, "--db", db, "add", server.url("/council.html"))[0] == 0
    with Store.open(db, read_only=True) as store:
        (stored,) = [a for a in store.articles() if a.url.endswith("/news/council")]
    claimed = f'names the canonical address of article {stored.id} "{stored.title}"'
    for extra, done in (([], "not stored"), (["--update"], "not updated")):
        status, out, _err = run(capsys, "--db", db, "add", server.url("/forged.html"), *extra)
        assert (status, out) == (1, f"failed    {server.url('/forged.html')}: {claimed}; {done}\n")
        with Store.open(db, read_only=True) as store:
            assert "thirteen votes" in store.article_text(stored.id)
    server.redirect("/short", server.url("/council.html"))  # fetched as it: updates it
    server.serve_bytes("/council.html", forged, "text/html; charset=utf-8")
    status, out, _err = run(capsys, "--db", db, "add", server.url("/short"), "--update")
    assert status == 0 and out.startswith(f"updated   {stored.id}")
    with Store.open(db, read_only=True) as store:
        assert "no votes at all" in store.article_text(stored.id)


def test_refresh_merges_a_feed_moved_to_the_address_of_another(tmp_path: Path, server: FeedServer):
    """``diplotui refresh`` (which writes at the end, under the lock) leaves one feed where a
    permanent redirect put two at one address, and says so."""
    db = str(tmp_path / "lib.json")
    server.routes["/old-feed.xml"] = server.routes["/atom.xml"]
    for path, tag in (("/old-feed.xml", "mofa"), ("/rss2.xml", "un")):
        assert cli("--db", db, "feed", "add", server.url(path), "--tag", tag).returncode == 0
    assert cli("--db", db, "refresh").returncode == 0
    server.redirect("/old-feed.xml", server.url("/rss2.xml"), 301)
    moved = cli("--db", db, "refresh", "--force")
    assert moved.returncode == 0, moved.stderr
    assert moved.stdout.splitlines()[-1].endswith(
        "Ministry Press Releases moved to the address of UN News Wire: merged into it"
    )
    [feed] = cli("--db", db, "feed", "list").stdout.splitlines()
    assert "UN News Wire" in feed and "5 articles" in feed and feed.endswith("#un #mofa")


@pytest.mark.parametrize(("status", "follows"), [(301, True), (302, False)])
def test_a_feed_address_redirected_to_a_page_is_followed_to_the_feed_it_names(
    tmp_path: Path, server: FeedServer, capsys, status: int, follows: bool
):
    """A site moved its feed and redirects the old address to its home page, which names the
    new feed in <link rel="alternate">: ``feed add`` and ``refresh`` both read that feed (the
    refresh said "an HTML page, not a feed" for ever); moved for good, the subscription
    follows it."""
    db = str(tmp_path / "lib.json")
    server.redirect("/moved", server.url("/page-with-alternate.html"), status)
    code, out, _err = run(capsys, "--db", db, "feed", "add", server.url("/moved"))
    assert code == 0 and f"({server.url('/rss2.xml')}), 3 items" in out
    server.routes["/old.xml"] = server.routes["/rss2.xml"]
    other = str(tmp_path / "other.json")
    assert run(capsys, "--db", other, "feed", "add", server.url("/old.xml"))[0] == 0
    server.redirect("/old.xml", server.url("/page-with-alternate.html"), status)
    code, out, err = run(capsys, "--db", other, "refresh")
    assert code == 0 and "an HTML page" not in err
    moved = f", UN News Wire moved for good to {server.url('/rss2.xml')}: fetched there from now on"
    summary = "3 new in 1 feed" + (moved if follows else "")
    assert out.splitlines()[-2:] == ["UN News Wire: 3 new", summary]
    with Store.open(other, read_only=True) as store:
        [feed] = store.feeds()
    assert feed.url == server.url("/rss2.xml" if follows else "/old.xml")
    assert bool(feed.etag) is follows  # never the feed's validators sent to the page


def test_an_xhtml_page_served_as_xml_is_followed_to_its_feed_not_added_as_an_empty_one(
    tmp_path: Path, server: FeedServer, capsys
):
    """An XHTML page (an XML declaration first) served as application/xml was subscribed as a
    feed of 0 items, its <link rel="alternate"> never followed."""
    page = (
        '<?xml version="1.0" encoding="utf-8"?>\n<html xmlns="http://www.w3.org/1999/xhtml">'
        '<head><title>Wire</title><link rel="alternate" type="application/rss+xml" '
        'href="/rss2.xml"/></head><body><p>News.</p></body></html>'
    )
    server.serve_bytes("/xhtml", page.encode(), "application/xml")
    code, out, _err = run(
        capsys, "--db", str(tmp_path / "lib.json"), "feed", "add", server.url("/xhtml")
    )
    assert code == 0 and f"({server.url('/rss2.xml')}), 3 items" in out


def test_a_page_in_a_legacy_encoding_is_read_by_its_declared_charset(
    tmp_path: Path, server: FeedServer, capsys
):
    html = server.body("article-summit.html").decode().replace("Vientiane", "Viên Chăn")
    html = html.replace("Viên Chăn on Tuesday", "Viên Chăn on Tuesday (café)")
    server.serve_bytes(
        "/legacy.html", html.encode("cp1258", "replace"), "text/html; charset=windows-1258"
    )
    db = str(tmp_path / "lib.json")
    assert run(capsys, "--db", db, "add", server.url("/legacy.html"))[0] == 0
    with Store.open(db, read_only=True) as store:
        (article,) = [a for a in store.articles() if a.url.endswith("/news/summit")]
        assert "Viên Chăn on Tuesday (café)" in store.article_text(article.id)


def test_hostile_feed_text_prints_inert(tmp_path: Path, server: FeedServer, capsys):
    feed = server.body("rss2.xml").replace(
        b"<title>UN News Wire</title>", b"<title>Wire \x1b[31m[bold]red[/bold]\x07</title>"
    )
    server.serve_bytes("/hostile.xml", feed, "application/rss+xml")
    db = str(tmp_path / "lib.json")
    with Store.open(db) as store:
        from diplotui.feeds import add_feed

        add_feed(store, server.url("/hostile.xml"))
    status, out, err = run(capsys, "--db", db, "refresh")
    assert status == 0
    assert "\x1b" not in out + err and "\x07" not in out + err
    assert "[bold]red[/bold]" in out


def _refresh_waiting_on_a_page(tmp_path: Path, server: FeedServer) -> tuple[Path, Any, Any]:
    """A ``diplotui refresh`` child stopped in the middle of its fetching: the climate page
    answers only once the returned event is set."""
    db = tmp_path / "lib.json"
    assert cli("--db", str(db), "feed", "add", server.url("/rss2.xml")).returncode == 0
    release = threading.Event()
    page = server.body("article-climate.html")

    def handler(request: Any) -> None:
        release.wait(60)
        request.answer(200, {"Content-Type": "text/html; charset=utf-8"}, page)

    server.routes["/article-climate.html"] = handler
    command = [sys.executable, "-m", "diplotui", "--db", str(db), "refresh"]
    child = subprocess.Popen(command, stdout=subprocess.PIPE, stderr=subprocess.PIPE, text=True)
    deadline = time.monotonic() + 60
    while not server.hits["/article-climate.html"]:
        assert child.poll() is None and time.monotonic() < deadline, child.communicate()
        time.sleep(0.02)
    return db, child, release


def test_refresh_fetches_without_the_write_lock_so_another_process_can_write(
    tmp_path: Path, server: FeedServer
):
    db, child, release = _refresh_waiting_on_a_page(tmp_path, server)
    try:
        with Store.open(db) as store:  # would raise StoreLocked if the refresh held the lock
            article = store.articles()[0]
            article.note = "written while the refresh fetched"
            store.save_article(article)
    finally:
        release.set()
    out, err = child.communicate(timeout=120)
    assert child.returncode == 0, err
    assert out.splitlines()[-1] == "3 new in 1 feed"
    with Store.open(db, read_only=True) as store:
        assert store.article(article.id).note == "written while the refresh fetched"
        assert sum(1 for a in store.articles() if a.feed_id) == 3


def test_refresh_says_so_when_another_process_holds_the_store_at_write_time(
    tmp_path: Path, server: FeedServer
):
    db, child, release = _refresh_waiting_on_a_page(tmp_path, server)
    holder = Store.open(db)
    try:
        before = db.read_bytes()
        release.set()
        _out, err = child.communicate(timeout=120)
    finally:
        holder.close()
    assert child.returncode == 1
    assert re.fullmatch(  # the holder named by what it runs: here the test's own python
        re.escape(
            f"diplotui: refresh: fetched, but nothing was stored: {db.resolve()}: already open in "
            f"process {os.getpid()}"
        )
        + r" \([^)]+\); close it first \(nothing was written\)",
        err.strip().splitlines()[-1],
    )
    assert db.read_bytes() == before
    with Store.open(db, read_only=True) as store:
        assert not any(a.feed_id for a in store.articles())
        assert not store.feeds()[0].etag  # not fetched, as far as the store knows
    again = cli("--db", str(db), "refresh", "--force")
    assert again.returncode == 0 and again.stdout.splitlines()[-1] == "3 new in 1 feed"


def test_feed_export_writes_a_feed_titled_with_control_characters(tmp_path: Path, capsys):
    """A feed's own title with an escape (kept as the feed gave it) made ``feed export`` die
    in a traceback: lxml refuses control characters in XML. They are left out of the OPML."""
    from diplotui.feeds import add_feed, read_opml

    db = tmp_path / "lib.json"
    with Store.open(db) as store:
        add_feed(store, "http://127.0.0.1:9/feed.xml", title="Hostile \x1b[5mWire\x00\x07")
    status, _out, err = run(
        capsys, "--db", str(db), "feed", "export", "-o", str(tmp_path / "f.opml")
    )
    assert status == 0, err
    [entry] = read_opml(tmp_path / "f.opml")
    assert entry.name == "Hostile [5mWire" and entry.url == "http://127.0.0.1:9/feed.xml"


def test_tags_typed_for_a_feed_or_a_page_take_the_spelling_the_library_has(
    tmp_path: Path, server: FeedServer
):
    """``#Mekong`` in the library, ``feed add --tag mekong`` gave its articles ``mekong``
    (``tag`` and the app's tag dialog say ``#Mekong``): a second spelling of one tag, shown
    apart in a feed's line and carried into every article it brings; ``add --tag`` too."""
    db = str(tmp_path / "lib.json")
    (tmp_path / "talks.txt").write_text("Talks\n\nThe ministers met on the Mekong.\n")
    cli("--db", db, "--create", "import", str(tmp_path / "talks.txt"))
    before = json.loads(cli("--db", db, "list", "--json").stdout)  # the seeds and the text
    [talks] = [a for a in before if a["title"] == "Talks"]
    assert cli("--db", db, "tag", talks["id"], "Mekong").returncode == 0
    added = cli("--db", db, "feed", "add", server.url("/rss2.xml"), "--tag", "mekong,UN")
    assert added.returncode == 0, added.stderr
    [feed] = cli("--db", db, "feed", "list").stdout.splitlines()
    assert feed.endswith("#Mekong #UN"), feed
    assert cli("--db", db, "refresh").returncode == 0
    page = cli("--db", db, "add", server.url("/article-spokesperson.html"), "--tag", "MEKONG, un")
    assert page.returncode == 0, page.stderr
    listed = json.loads(cli("--db", db, "list", "--json").stdout)
    brought = [a["tags"] for a in listed if a["id"] not in {b["id"] for b in before}]
    assert len(brought) == 4 and all(tags == ["Mekong", "UN"] for tags in brought), brought


def test_an_item_or_page_dated_after_today_is_stored_undated_not_listed_first_for_good(
    tmp_path: Path, server: FeedServer
):
    """An item whose pubDate said 2100 (a publisher's broken clock, a typo for 2010) was
    stored so: listed first under "newest first" for good, its statements the newest in `W`,
    its citation dated 2100. A teaser's page stating such a date did the same."""
    text = "HANOI - Foreign Minister Le Hoai Trung said the talks were useful. " * 30
    page = server.body("article-summit.html").replace(b"2025-07-08T08:00", b"2099-07-08T08:00")
    server.serve_bytes("/future-page.html", page, "text/html; charset=utf-8")
    feed = (
        '<?xml version="1.0"?><rss version="2.0"><channel><title>Wire</title>'
        "<item><title>Dated 2100</title><guid>f1</guid><link>{base}/f1</link>"
        "<pubDate>Fri, 01 Jan 2100 00:00:00 +0000</pubDate><description>{text}</description>"
        "</item><item><title>Its page dated 2099</title><guid>f2</guid>"
        "<link>{base}/future-page.html</link><description>A summit.</description></item>"
        "<item><title>Today's</title><guid>f3</guid><link>{base}/f3</link>"
        "<pubDate>Tue, 08 Jul 2025 09:00:00 +0700</pubDate><description>{other}</description>"
        "</item></channel></rss>"
    ).format(base=server.base, text=text, other=text.replace("useful", "frank"))
    server.serve_bytes("/future.xml", feed.encode(), "application/rss+xml")
    db = str(tmp_path / "lib.json")
    assert cli("--db", db, "--create", "feed", "add", server.url("/future.xml")).returncode == 0

    result = cli("--db", db, "refresh")

    assert "3 new in 1 feed" in result.stdout, result.stdout + result.stderr
    assert "Wire: warning: 1 item is dated after today (2100-01-01): left undated" in result.stderr
    dates = {a["title"]: a["date"] for a in json.loads(cli("--db", db, "list", "--json").stdout)}
    assert dates["Dated 2100"] == "" and dates["Its page dated 2099"] == ""
    assert dates["Today's"] == "2025-07-08"


def _wire_of_one_item(
    tmp_path: Path, server: FeedServer, item: dict[str, str]
) -> tuple[str, subprocess.CompletedProcess[str]]:
    """A feed of one item, served as ``item`` says at each request (the test changes it),
    subscribed and refreshed once: the store's path and that first refresh."""

    def feed() -> bytes:
        return (
            '<?xml version="1.0"?><rss version="2.0"><channel><title>Wire</title><item>'
            f"<title>{item['title']}</title><guid>w1</guid>"
            f"<link>{server.base}{item['link']}</link><author>{item['author']}</author>"
            "<pubDate>Tue, 08 Jul 2025 09:00:00 +0700</pubDate>"
            f"<description>{item['text']}</description></item></channel></rss>"
        ).encode()

    server.serve_bytes("/wire.xml", feed, "application/rss+xml")
    db = str(tmp_path / "lib.json")
    assert cli("--db", db, "--create", "feed", "add", server.url("/wire.xml")).returncode == 0
    first = cli("--db", db, "refresh")
    assert first.returncode == 0, first.stderr
    return db, first


def _the_feeds_article(db: str) -> dict[str, Any]:
    [article] = [a for a in json.loads(cli("--db", db, "list", "--json").stdout) if a["feed_id"]]
    return article


def test_details_corrected_by_hand_outlive_a_refresh_that_brings_a_new_text(
    tmp_path: Path, server: FeedServer
):
    """The analyst corrected a feed article's title, source and author for her citations
    (``meta``, or ``i`` in the app); the next refresh that brought a changed text put the
    feed's title, its name and its author back over them, without a word."""
    said = "HANOI - Foreign Minister Le Hoai Trung said the talks were {}. "
    item = {"title": "MINISTER SAYS", "link": "/m1", "author": "desk@wire.example (Wire desk)"}
    item["text"] = said.format("useful") * 30
    db, _first = _wire_of_one_item(tmp_path, server, item)
    article = _the_feeds_article(db)
    corrected = ("--title", "Minister: talks useful", "--source", "VNA", "--author", "Lan Anh")
    assert cli("--db", db, "meta", article["id"], *corrected).returncode == 0
    item["text"] = said.format("frank and useful") * 30

    again = cli("--db", db, "refresh", "--force")

    assert "1 updated" in again.stdout, again.stdout + again.stderr
    shown = cli("--db", db, "meta", article["id"]).stdout
    assert "title:  Minister: talks useful\nsource: VNA\ndate:   2025-07-08\n" in shown, shown
    assert "author: Lan Anh\ntext:   updated " in shown, shown
    with Store.open(Path(db)) as store:
        assert "frank and useful" in store.article_text(article["id"])


def test_a_kept_summary_takes_the_feeds_corrected_headline_and_teaser_while_its_page_fails(
    tmp_path: Path, server: FeedServer
):
    """An item whose page is shut (403, a paywall) is stored as the feed's summary; the feed
    then corrected its headline and teaser, and every refresh said "nothing new" while the
    article kept the wrong headline and words for good (only a page that answered would
    ever replace them)."""
    item = {"title": "Minister resigns", "link": "/shut", "author": ""}
    item["text"] = "The minister resigned on Monday."
    server.status("/shut", 403)
    db, first = _wire_of_one_item(tmp_path, server, item)
    assert "1 only the feed's summary" in first.stdout, first.stdout
    item.update(title="Minister denies resigning", text="The minister denied resigning.")

    again = cli("--db", db, "refresh", "--force")

    assert "1 updated" in again.stdout, again.stdout + again.stderr
    article = _the_feeds_article(db)
    assert article["title"] == "Minister denies resigning"
    with Store.open(Path(db)) as store:
        assert store.article_text(article["id"]) == "The minister denied resigning."
        assert store.article(article["id"]).text_is_summary, "its page is still to be tried"


def test_a_headline_corrected_upstream_over_the_same_words_reaches_the_article(
    tmp_path: Path, server: FeedServer
):
    """The wire corrected an item's headline and byline and left its text alone: the item's
    stamp changed, its words did not, and the refresh dropped the correction ("nothing
    new"), so the article was cited under the wrong headline for good."""
    item = {"title": "Minister resigns", "link": "/h1", "author": "desk@wire.example (Desk)"}
    item["text"] = "HANOI - The minister said he would stay in office and keep working. " * 30
    db, _first = _wire_of_one_item(tmp_path, server, item)
    item.update(title="Minister stays in office", author="desk@wire.example (Lan Anh)")

    again = cli("--db", db, "refresh", "--force")

    assert "1 updated" in again.stdout, again.stdout + again.stderr
    article = _the_feeds_article(db)
    assert (article["title"], article["author"]) == ("Minister stays in office", "Lan Anh")
    assert not article["text_changed_at"], "its text did not change"


def test_feed_add_of_a_malformed_feed_says_so_before_the_refresh(
    tmp_path: Path, server: FeedServer
):
    """A feed cut off mid-item was added as "1 item" with no word of its state; only the
    refresh after it said the XML was malformed, and then that its item had been skipped."""
    cut = (
        b'<?xml version="1.0"?><rss version="2.0"><channel><title>Desk Wire</title>'
        b"<item><title>Talks resume</title><link>https://example.org/talks</link></item>"
        b"<item><title>Half"
    )
    server.serve_bytes("/cut.xml", cut, "application/rss+xml")
    db = str(tmp_path / "lib.json")
    added = cli("--db", db, "feed", "add", server.url("/cut.xml"))
    assert added.returncode == 0, added.stderr
    assert f"Desk Wire  ({server.url('/cut.xml')}), 2 items" in added.stdout
    assert (
        f"diplotui: {server.url('/cut.xml')}: warning: malformed XML (line 1: " in added.stderr
    ), added.stderr
    assert "; 2 items read anyway\n" in added.stderr


def test_two_feeds_titled_alike_are_named_apart_in_every_refresh_line(
    tmp_path: Path, server: FeedServer, capsys, fetch_pauses: list[float]
):
    """Two feeds with one title: "Mekong Monitor: cannot connect" twice could not be told
    apart. Each line names each by its host (by its address where the hosts are alike)."""
    db = str(tmp_path / "lib.json")
    from diplotui.feeds import add_feed

    with Store.open(db) as store:
        add_feed(store, "http://127.0.0.1:9/rss.xml", name="Mekong Monitor")
        add_feed(store, server.url("/rss2.xml"), name="Mekong Monitor")
        add_feed(store, server.url("/atom.xml"), name="Wire")
        add_feed(store, server.url("/rss1.rdf"), name="Wire")
    status, out, err = run(capsys, "--db", db, "refresh")
    assert status == 1
    host = server.url("/").split("://", 1)[1].rstrip("/")
    assert "diplotui: Mekong Monitor (http://127.0.0.1:9/rss.xml): cannot connect" in err, err
    lines = out.splitlines()
    assert f"Mekong Monitor ({host}): 3 new" in lines, lines
    assert {f"Wire ({host}/atom.xml): ", f"Wire ({host}/rss1.rdf): "} == {
        line[: line.index(": ") + 2] for line in lines if line.startswith("Wire (")
    }, lines
    assert "1 failed: Mekong Monitor (127.0.0.1:9): cannot connect" in lines[-1], lines
    assert fetch_pauses == [2.0, 4.0], "the unreachable feed was tried three times"


def test_add_of_a_page_with_no_date_says_so_and_how_to_add_it(
    tmp_path: Path, server: FeedServer, capsys
):
    """A saved page whose head gives no date came in undated in silence, when `import` of a
    file with none says "1 imported with no date to cite (ID): diplotui meta ID --date ..."
    (ID the article's id)."""
    page = (
        b"<!doctype html><html><head><title>Minister warns of Russian threat</title>"
        b"<link rel=canonical href='https://baltic.example/threat'></head><body><article>"
        b"<h1>Minister warns of Russian threat</h1><p>The Lithuanian foreign minister said "
        b"statements like this must be taken seriously.</p></article></body></html>"
    )
    server.serve_bytes("/undated.html", page, "text/html; charset=utf-8")
    db = str(tmp_path / "lib.json")
    status, out, err = run(capsys, "--db", db, "add", server.url("/undated.html"))
    assert status == 0 and out.startswith("imported"), (out, err)
    with Store.open(db, read_only=True) as store:
        (article,) = [a for a in store.articles() if a.url == "https://baltic.example/threat"]
    assert article.date == ""
    assert (
        f"1 imported with no date to cite ({article.id}): "
        f"diplotui meta {article.id} --date YYYY-MM-DD adds it"
    ) in err, err


def test_feeds_of_one_name_are_named_by_their_address_as_the_feeds_section_shows_them(
    tmp_path: Path, server: FeedServer, capsys
):
    """Three feeds a server titles alike: ``list --feed "Desk Wire"`` said "it matches Desk
    Wire, Desk Wire, Desk Wire", naming none apart. It names each as the feeds section shows
    it, "Desk Wire (atom.xml)", and takes that name."""
    db = str(tmp_path / "lib.json")
    for path in ("/rss091.xml", "/atom.xml"):
        run(capsys, "--db", db, "feed", "add", server.url(path), "--name", "Desk Wire")
    status, _out, err = run(capsys, "--db", db, "list", "--feed", "desk wire")
    assert status == 2, err
    assert "it matches Desk Wire (atom.xml), Desk Wire (rss091.xml)" in err, err
    server.statuses.clear()
    status, out, _err = run(capsys, "--db", db, "refresh", "Desk Wire (atom.xml)")
    assert status == 0 and out.splitlines()[0] == "Desk Wire: 2 new", out
    assert [path for path, _status in server.statuses if path.endswith(".xml")] == ["/atom.xml"]


def _desk_wire(base: str, items: int) -> bytes:
    """A feed of ``items`` items, each with a summary and a link to a page nobody serves."""
    entries = "".join(
        f"<item><title>Briefing number {n}</title><link>{base}/gone/{n}.html</link>"
        f"<guid>desk-{n}</guid><description>Summary {n}.</description></item>"
        for n in range(items)
    )
    return (
        f'<?xml version="1.0"?><rss version="2.0"><channel><title>Desk Wire</title>'
        f"<link>{base}/</link><description>d</description>{entries}</channel></rss>"
    ).encode()


def test_refresh_says_a_feeds_failed_item_pages_once_and_lists_them_when_verbose(
    tmp_path: Path, server: FeedServer, capsys
):
    """Each failed item page was a warning line, on every refresh: 30 lines burying the
    ones that matter. One line per feed now, with the count, the commonest reason and what
    was kept instead; ``--verbose`` lists the items."""
    db = str(tmp_path / "lib.json")
    server.serve_bytes("/desk.xml", _desk_wire(server.base, 30), "application/rss+xml")
    server.status("/gone/7.html", 500)
    run(capsys, "--db", db, "feed", "add", server.url("/desk.xml"))
    status, out, err = run(capsys, "--db", db, "refresh", "--force")
    assert status == 0 and "Desk Wire: 30 new" in out
    assert err.splitlines() == [
        "diplotui: Desk Wire: warning: 30 item pages not fetched "
        "(29 of them HTTP 404 Not Found), their summaries kept"
    ]
    server.serve_bytes("/desk.xml", _desk_wire(server.base, 40), "application/rss+xml")
    status, out, err = run(capsys, "--db", db, "refresh", "--force", "--verbose")
    said = err.splitlines()
    assert said[0] == (
        "diplotui: Desk Wire: warning: 10 item pages not fetched (HTTP 404 Not Found), "
        "their summaries kept"
    )
    assert said[1:] == [
        f"diplotui: Desk Wire: page failed: Briefing number {n}: kept the feed's summary "
        "(HTTP 404 Not Found)"
        for n in range(30, 40)
    ]


def test_feed_list_of_a_library_subscribed_to_nothing_says_so(tmp_path: Path):
    """A teammate's clone holds the team's feed articles but none of their feeds: ``feed
    list`` printed nothing at all, exit 0, as if it had not run."""
    db = str(tmp_path / "lib.json")
    listed = cli("--db", db, "feed", "list")
    assert (listed.returncode, listed.stdout) == (0, "")
    assert listed.stderr.endswith("no feeds yet: diplotui feed add URL subscribes to one\n")
    as_json = cli("--db", db, "feed", "list", "--json")  # for scripts: the JSON alone
    assert (as_json.returncode, json.loads(as_json.stdout)) == (0, [])
    assert "no feeds yet" not in as_json.stderr


def test_refresh_verbose_names_each_new_article_under_its_feed(tmp_path: Path, server: FeedServer):
    """ "UN News Wire: 3 new" said how many, never which: ``list --unread`` mixes them with
    every article left unread before, and the list sorts them by their own dates."""
    db = str(tmp_path / "lib.json")
    assert cli("--db", db, "feed", "add", server.url("/rss2.xml")).returncode == 0
    done = cli("--db", db, "refresh", "--verbose")
    assert done.returncode == 0, done.stderr
    lines = done.stdout.splitlines()
    assert lines[0] == "UN News Wire: 3 new" and lines[-1] == "3 new in 1 feed"
    with Store.open(db, read_only=True) as store:
        fed = {a.id: a.title for a in store.articles() if a.feed_id}
    assert sorted(lines[1:-1]) == sorted(f"  new  {id_}  {title}" for id_, title in fed.items())
    again = cli("--db", db, "refresh", "--force", "--verbose")
    assert "  new  " not in again.stdout
    quiet = cli("--db", str(tmp_path / "other.json"), "feed", "add", server.url("/rss2.xml"))
    assert quiet.returncode == 0
    plain = cli("--db", str(tmp_path / "other.json"), "refresh")
    assert plain.stdout.splitlines() == ["UN News Wire: 3 new", "3 new in 1 feed"]
