"""``diplotui mark`` and the reading-state flags of ``diplotui list``, as a user runs them."""

from __future__ import annotations

import json
from pathlib import Path

import pytest

from diplotui.cli.main import main
from diplotui.store import Store

FIRST = "---\ntitle: Talks in Hanoi\nsource: VNA\ndate: 2025-07-18\n---\nMinisters met in Hanoi.\n"
SECOND = "---\ntitle: UN session\nsource: UN News\ndate: 2025-05-02\n---\nThe council met.\n"


@pytest.fixture
def db(tmp_path: Path, capsys: pytest.CaptureFixture[str]) -> str:
    """A store with the seeds and two articles imported by hand (so: read)."""
    path = str(tmp_path / "s.json")
    for name, text in (("a.md", FIRST), ("b.md", SECOND)):
        (tmp_path / name).write_text(text, encoding="utf-8")
    assert main(["--db", path, "import", str(tmp_path / "a.md"), str(tmp_path / "b.md")]) == 0
    capsys.readouterr()
    return path


def _listed(db: str, capsys: pytest.CaptureFixture[str], *args: str) -> list[dict]:
    assert main(["--db", db, "list", "--json", *args]) == 0
    return json.loads(capsys.readouterr().out)


def _id(db: str, capsys: pytest.CaptureFixture[str], title: str) -> str:
    return next(a["id"] for a in _listed(db, capsys) if a["title"] == title)


def test_articles_imported_by_hand_are_read_and_none_is_unread(db: str, capsys):
    everything = _listed(db, capsys)
    assert everything and {a["state"] for a in everything} == {"read"}
    assert _listed(db, capsys, "--unread") == []
    assert _listed(db, capsys, "--archived") == []


def test_mark_unread_then_read_moves_articles_in_and_out_of_the_unread_list(db: str, capsys):
    first, second = _id(db, capsys, "Talks in Hanoi"), _id(db, capsys, "UN session")
    assert main(["--db", db, "mark", first[:6], second, "unread"]) == 0
    out = capsys.readouterr().out.splitlines()
    assert out == [f"unread    {first}  Talks in Hanoi", f"unread    {second}  UN session"]
    assert [a["title"] for a in _listed(db, capsys, "--unread")] == [
        "Talks in Hanoi",
        "UN session",
    ]
    assert main(["--db", db, "list", "--unread"]) == 0
    lines = capsys.readouterr().out.splitlines()
    assert lines[0].endswith("Talks in Hanoi  [unread]")
    assert main(["--db", db, "mark", first, "read"]) == 0
    capsys.readouterr()
    assert [a["title"] for a in _listed(db, capsys, "--unread")] == ["UN session"]
    assert main(["--db", db, "mark", first, "read"]) == 0
    assert capsys.readouterr().out.strip().endswith("Talks in Hanoi (already)")


def test_archived_articles_leave_the_list_but_a_search_finds_them_marked(db: str, capsys):
    first = _id(db, capsys, "Talks in Hanoi")
    assert main(["--db", db, "mark", first, "archive"]) == 0
    capsys.readouterr()
    assert "Talks in Hanoi" not in [a["title"] for a in _listed(db, capsys)]
    assert [a["title"] for a in _listed(db, capsys, "--archived")] == ["Talks in Hanoi"]
    found = _listed(db, capsys, "--search", "ministers hanoi")
    assert [(a["title"], a["state"]) for a in found] == [("Talks in Hanoi", "archived")]
    assert main(["--db", db, "list", "--search", "ministers hanoi"]) == 0
    assert capsys.readouterr().out.strip().endswith("Talks in Hanoi  [archived]")
    assert main(["--db", db, "mark", first, "unarchive"]) == 0
    capsys.readouterr()
    assert "Talks in Hanoi" in [a["title"] for a in _listed(db, capsys)]
    assert _listed(db, capsys, "--archived") == []


def test_marking_keeps_the_articles_update_time(db: str, capsys):
    first = _id(db, capsys, "Talks in Hanoi")
    with Store.open(db, read_only=True) as store:
        before = store.article(first).updated_at
    assert main(["--db", db, "mark", first, "archive"]) == 0
    with Store.open(db, read_only=True) as store:
        assert store.article(first).state == "archived"
        assert store.article(first).updated_at == before


def test_one_bad_id_or_action_marks_nothing(db: str, capsys):
    first = _id(db, capsys, "Talks in Hanoi")
    assert main(["--db", db, "mark", first, "ffffffffffff", "archive"]) == 2
    assert "ffffffffffff" in capsys.readouterr().err
    assert main(["--db", db, "mark", first, "archived"]) == 2
    assert "read, unread, archive, unarchive" in capsys.readouterr().err
    assert main(["--db", db, "mark", "unread"]) == 2
    assert "name the articles" in capsys.readouterr().err
    assert _listed(db, capsys, "--archived") == [] and _listed(db, capsys, "--unread") == []


def test_unread_and_archived_flags_exclude_each_other(db: str, capsys):
    with pytest.raises(SystemExit) as exit_info:
        main(["--db", db, "list", "--unread", "--archived"])
    assert exit_info.value.code == 2


def test_list_feed_takes_a_name_part_or_an_id(db: str, capsys):
    from diplotui.feeds import add_feed
    from diplotui.model import Article
    from diplotui.store import text_hash

    with Store.open(db) as store:
        un = add_feed(store, "http://127.0.0.1:9/un.xml", name="UN News")
        add_feed(store, "http://127.0.0.1:9/un-women.xml", name="UN Women")
        text = "From the feed\nThe council met in New York.\n"
        article = Article(
            id=store.new_article_id(text_hash(text)),
            title="From the feed",
            text_hash="",
            feed_id=un.id,
            state="unread",
        )
        store.add_article(article, text)
    assert [a["title"] for a in _listed(db, capsys, "--feed", "un news")] == ["From the feed"]
    assert [a["title"] for a in _listed(db, capsys, "--feed", un.id[:5])] == ["From the feed"]
    assert _listed(db, capsys, "--feed", "women") == []
    assert [a["title"] for a in _listed(db, capsys, "--feed", "news", "--unread")] == [
        "From the feed"
    ]
    # usage errors (exit 2), as 'refresh UN' and an unknown article id are: it was 1
    assert main(["--db", db, "list", "--feed", "UN"]) == 2
    assert "feed 'UN' is ambiguous: it matches UN News, UN Women" in capsys.readouterr().err
    assert main(["--db", db, "list", "--feed", "Reuters"]) == 2
    assert "no feed named or with id 'Reuters'" in capsys.readouterr().err


def test_marks_usage_line_asks_for_ids_then_one_action(capsys):
    """The usage line read "ID... ACTION [ID... ACTION ...]", so 'mark A read B unread' looked
    allowed and failed on an article named 'read'; it now asks for ids, then one action. It
    names --db and --create, as every other command's does: written by hand, it had left them
    out, though the README says each command takes them and the help's options list them."""
    with pytest.raises(SystemExit) as exit_info:
        main(["mark", "--help"])
    assert exit_info.value.code == 0
    usage = capsys.readouterr().out.splitlines()[0]
    assert usage == (
        "usage: diplotui mark [-h] [--db PATH] [--create] ID [ID ...]"
        " {read,unread,archive,unarchive}"
    )
