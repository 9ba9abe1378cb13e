"""One story through two doors: a feed's item and the page saved from the browser
(``diplotui import page.html``), in either order, are one article, so statements, timelines
and counts give each statement once; a page naming a stored article's address with another
story is not taken for it. Real stores, a live local feed."""

from __future__ import annotations

import json
from pathlib import Path

import pytest

from diplotui.cli.main import main
from diplotui.store import Store
from tests.feeds.server import FeedServer

HEADLINE = "Viet Nam and Laos review border cooperation"
PARAGRAPHS = [
    "Deputy Foreign Minister Nguyen Minh Vu met his Lao counterpart in Vientiane on Tuesday "
    "to review cooperation along the shared border and the demarcation work of both sides.",
    "Nguyen Minh Vu said the two countries would complete the placement of border markers "
    "before the end of the year and open two more border gates to trade.",
    "The Lao side proposed a joint committee on the management of border rivers, which the "
    "Vietnamese delegation welcomed as a step towards closer coordination.",
]
SPOKEN = "the two countries would complete the placement of border markers"


def run(capsys, *args: str) -> tuple[int, str, str]:
    status = main(list(args))
    out, err = capsys.readouterr()
    return status, out, err


def _feed(server: FeedServer, paragraphs: list[str] = PARAGRAPHS) -> str:
    """A feed of one item carrying the story's whole text (no page to fetch)."""
    link = server.url("/news/border-cooperation")
    body = "".join(f"<p>{p}</p>" for p in paragraphs)
    xml = (
        '<?xml version="1.0" encoding="UTF-8"?><rss version="2.0" '
        'xmlns:content="http://purl.org/rss/1.0/modules/content/"><channel>'
        f"<title>Border Wire</title><link>{server.url('/')}</link>"
        f"<item><title>{HEADLINE}</title><link>{link}</link><guid>border-1</guid>"
        "<pubDate>Tue, 08 Jul 2025 09:00:00 +0700</pubDate>"
        f"<content:encoded><![CDATA[{body}]]></content:encoded></item></channel></rss>"
    )
    server.serve_bytes("/feed.xml", xml.encode(), "application/rss+xml")
    return link


def _page(path: Path, canonical: str, paragraphs: list[str] = PARAGRAPHS) -> str:
    """The story's page as a browser saves it: its headline, byline, paragraphs."""
    link = f'<link rel="canonical" href="{canonical}">' if canonical else ""
    body = "".join(f"<p>{p}</p>" for p in paragraphs)
    path.write_text(
        f"<!DOCTYPE html><html><head><meta charset='utf-8'><title>{HEADLINE}</title>{link}"
        '<meta property="og:site_name" content="Border Wire">'
        '<meta property="article:published_time" content="2025-07-08T09:00:00+07:00">'
        f"</head><body><article><h1>{HEADLINE}</h1>{body}</article></body></html>",
        encoding="utf-8",
    )
    return str(path)


def _refresh(capsys, db: str, server: FeedServer) -> str:
    assert run(capsys, "--db", db, "--create", "feed", "add", server.url("/feed.xml"))[0] == 0
    status, out, err = run(capsys, "--db", db, "refresh", "--force")
    assert status == 0, err
    return out


def _stories(db: str) -> list[tuple[str, str]]:
    with Store.open(db, read_only=True) as store:
        return [(a.id, a.feed_id) for a in store.articles() if a.title == HEADLINE]


def _said_once(capsys, db: str) -> None:
    status, out, _err = run(capsys, "--db", db, "statements", "--speaker", "Nguyen Minh Vu")
    assert status == 0 and out.count(SPOKEN) == 1, out


@pytest.mark.parametrize(
    "canonical",
    [
        "{link}",
        "{link}/?utm_source=rss&utm_medium=feed",  # tracking and a trailing slash: one page
        "",  # no address: the same words under the same headline
    ],
)
def test_a_saved_page_of_a_feeds_story_is_that_article_and_says_so(
    tmp_path: Path, server: FeedServer, capsys, canonical: str
):
    db = str(tmp_path / "lib.json")
    link = _feed(server)
    _refresh(capsys, db, server)
    ((stored, feed_id),) = _stories(db)
    page = _page(tmp_path / "page.html", canonical.format(link=link))
    status, out, _err = run(capsys, "--db", db, "import", page)
    assert status == 0 and out.startswith(f"duplicate {stored}"), out
    assert f"already in the library as {stored} (from feed Border Wire)" in out
    assert _stories(db) == [(stored, feed_id)]  # the feed's record kept
    _said_once(capsys, db)


def test_a_feeds_item_of_a_page_imported_first_is_that_article(
    tmp_path: Path, server: FeedServer, capsys
):
    db = str(tmp_path / "lib.json")
    link = _feed(server)
    page = _page(tmp_path / "page.html", link + "?utm_campaign=x")
    assert run(capsys, "--db", db, "--create", "import", page)[0] == 0
    ((stored, _),) = _stories(db)
    assert "Border Wire: 0 new" in _refresh(capsys, db, server)
    assert [article_id for article_id, _ in _stories(db)] == [stored]
    _said_once(capsys, db)


def test_a_feeds_item_of_a_page_saved_without_its_address_is_that_article(
    tmp_path: Path, server: FeedServer, capsys
):
    """The page names no address and opens with its headline; the feed's text does not:
    the same words all the same."""
    db = str(tmp_path / "lib.json")
    _feed(server)
    assert run(capsys, "--db", db, "--create", "import", _page(tmp_path / "p.html", ""))[0] == 0
    _refresh(capsys, db, server)
    assert len(_stories(db)) == 1
    _said_once(capsys, db)


def test_an_edited_page_of_a_feeds_story_updates_it_only_with_update_highlights_kept(
    tmp_path: Path, server: FeedServer, capsys
):
    db = str(tmp_path / "lib.json")
    link = _feed(server)
    _refresh(capsys, db, server)
    ((stored, feed_id),) = _stories(db)
    status, out, _err = run(
        capsys, "--db", db, "highlight", stored, "--quote", "joint committee", "--note", "mine"
    )
    assert status == 0, out
    edited = [*PARAGRAPHS, "A fourth paragraph added by the editors after publication."]
    page = _page(tmp_path / "page.html", link, edited)
    status, out, _err = run(capsys, "--db", db, "import", page)
    assert status == 0 and out.startswith(f"changed   {stored}"), out
    assert "(from feed Border Wire), its text differs (use --update to apply it there)" in out
    status, out, _err = run(capsys, "--db", db, "import", page, "--update")
    assert status == 0 and out.startswith(f"updated   {stored}"), out
    assert _stories(db) == [(stored, feed_id)]
    with Store.open(db, read_only=True) as store:
        assert "fourth paragraph" in store.article_text(stored)
        (highlight,) = store.highlights(stored)
        assert (highlight.quote, highlight.note) == ("joint committee", "mine")
        assert highlight.start == store.article_text(stored).index("joint committee")


@pytest.mark.parametrize("update", [[], ["--update"]])
def test_a_page_of_another_story_naming_a_feeds_article_address_is_stored_apart(
    tmp_path: Path, server: FeedServer, capsys, update: list[str]
):
    """Any page may name any address as its own (a site naming its front page for every
    page): another story at a stored article's address is not that article's update."""
    db = str(tmp_path / "lib.json")
    link = _feed(server)
    _refresh(capsys, db, server)
    ((stored, _),) = _stories(db)
    other = [
        "The Mekong River Commission met in Phnom Penh to discuss the drought season and the "
        "release of water from upstream dams during the coming months of the dry season."
    ]
    page = _page(tmp_path / "other.html", link + "/", other)
    status, out, _err = run(capsys, "--db", db, "import", page, *update)
    assert status == 0 and out.startswith("imported"), out
    said = f"its address {link}/ is {stored}'s, another story: stored as an article of its own"
    assert f"{said}, without that address" in out
    with Store.open(db, read_only=True) as store:
        assert SPOKEN in store.article_text(stored)
        (apart,) = [a for a in store.articles() if a.id != stored and a.title == HEADLINE]
        assert apart.url == "" and "Mekong" in store.article_text(apart.id)


@pytest.mark.parametrize("canonical", ["javascript:alert(1)", "http://[::1/x", "file:///etc/x"])
def test_a_page_naming_no_web_address_as_its_own_is_compared_by_its_words_only(
    tmp_path: Path, server: FeedServer, capsys, canonical: str
):
    db = str(tmp_path / "lib.json")
    _feed(server)
    _refresh(capsys, db, server)
    ((stored, _),) = _stories(db)
    status, out, _err = run(capsys, "--db", db, "import", _page(tmp_path / "p.html", canonical))
    assert status == 0 and out.startswith(f"duplicate {stored}"), out
    status, out, _err = run(capsys, "--db", db, "list", "--json")
    assert [r["id"] for r in json.loads(out) if r["title"] == HEADLINE] == [stored]
