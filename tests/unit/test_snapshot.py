"""The list snapshot: what the app paints before it has parsed a large store."""

from __future__ import annotations

import json
from pathlib import Path

from diplotui.cli.main import main
from diplotui.library import LibraryQuery
from diplotui.library.snapshot import load_snapshot, save_snapshot, snapshot_path
from diplotui.library.view import (
    LAST_ARTICLE_SETTING,
    SORT_SETTING,
    ArticleRow,
    folder_rows,
)
from diplotui.model import Highlight, SavedFilter
from diplotui.store import Store


def test_snapshot_holds_the_list_a_start_would_show(seeded_store: Store):
    store = seeded_store
    first = LibraryQuery().apply(store)[0]
    store.save_highlight(
        Highlight(id="00000000aaaa", article_id=first.id, start=0, end=5, quote=first.title[:5])
    )
    store.with_updates(first, tags=["asean"])
    store.save_filter(SavedFilter(name="ASEAN", query={"tags": ["asean"]}))
    save_snapshot(store)

    snapshot = load_snapshot(store.path)

    assert snapshot is not None
    shown = LibraryQuery().apply(store)
    assert snapshot.ids == [a.id for a in shown]
    assert snapshot.row(first.id) == ArticleRow.of(store.article(first.id), 1)
    assert "✎ 1" in snapshot.row(first.id).details and "#asean" in snapshot.row(first.id).details
    assert snapshot.folders == folder_rows(store) and snapshot.folders[0].name == "ASEAN"
    assert snapshot.sort == "date" and snapshot.open_id is None


def test_snapshot_follows_the_saved_sort_and_the_open_article(seeded_store: Store):
    store = seeded_store
    by_title = LibraryQuery(sort="title").apply(store)
    store.set_setting(SORT_SETTING, "title")
    store.set_setting(LAST_ARTICLE_SETTING, by_title[-1].id)
    save_snapshot(store)

    snapshot = load_snapshot(store.path)

    assert snapshot is not None and snapshot.sort == "title"
    assert snapshot.ids == [a.id for a in by_title]
    assert snapshot.open_id == by_title[-1].id


def test_any_write_to_the_store_makes_the_snapshot_stale(seeded_store: Store):
    store = seeded_store
    save_snapshot(store)
    assert load_snapshot(store.path) is not None
    article = store.articles()[0]

    store.with_updates(article, tags=["later"])

    assert load_snapshot(store.path) is None
    save_snapshot(store)
    refreshed = load_snapshot(store.path)
    assert refreshed is not None and "#later" in refreshed.row(article.id).details


def test_cli_writes_leave_a_current_snapshot(store_path: Path, capsys):
    assert main(["--db", str(store_path), "list"]) == 0
    with Store.open(store_path, read_only=True) as store:
        article_id = store.articles()[0].id

    assert main(["--db", str(store_path), "tag", article_id, "from-cli"]) == 0

    snapshot = load_snapshot(store_path)
    assert snapshot is not None and "#from-cli" in snapshot.row(article_id).details


def test_cli_patches_the_snapshot_exactly_as_a_rebuild_would(store_path: Path, capsys, monkeypatch):
    """A retag or note only changes rows in place, so the CLI patches the kept snapshot
    instead of reading every article; the result equals a snapshot built from scratch."""
    assert main(["--db", str(store_path), "list"]) == 0
    with Store.open(store_path, read_only=True) as store:
        first, second = (a.id for a in store.articles()[:2])
    before = snapshot_path(store_path).read_bytes()

    def no_rebuild(store: Store) -> None:
        raise AssertionError("rebuilt instead of patched")

    monkeypatch.setattr("diplotui.library.snapshot.save_snapshot", no_rebuild)
    assert main(["--db", str(store_path), "tag", first, "patched"]) == 0
    assert main(["--db", str(store_path), "note", second, "a note"]) == 0
    monkeypatch.undo()

    patched = load_snapshot(store_path)
    assert patched is not None and snapshot_path(store_path).read_bytes() != before
    snapshot_path(store_path).unlink()
    with Store.open(store_path, read_only=True) as store:
        save_snapshot(store)
    rebuilt = load_snapshot(store_path)
    assert patched == rebuilt
    assert "#patched" in patched.row(first).details and "note" in patched.row(second).details


def test_cli_rebuilds_the_snapshot_when_a_row_may_move(store_path: Path, capsys):
    assert main(["--db", str(store_path), "list"]) == 0
    with Store.open(store_path, read_only=True) as store:
        article = store.articles()[-1]
    assert main(["--db", str(store_path), "meta", article.id, "--date", "2099-01-01"]) == 0
    snapshot = load_snapshot(store_path)
    assert snapshot is not None and snapshot.ids[0] == article.id  # newest first now


def test_a_store_opened_through_a_symlink_finds_its_snapshot(store_path: Path, capsys):
    assert main(["--db", str(store_path), "list"]) == 0
    link = store_path.parent.parent / "link.json"
    link.symlink_to(store_path)
    with Store.open(store_path, read_only=True) as store:
        article_id = store.articles()[0].id
    assert main(["--db", str(link), "tag", article_id, "via-link"]) == 0
    snapshot = load_snapshot(link)
    assert snapshot is not None and "#via-link" in snapshot.row(article_id).details


def test_a_broken_or_foreign_snapshot_is_ignored(seeded_store: Store):
    store = seeded_store
    save_snapshot(store)
    path = snapshot_path(store.path)
    good = json.loads(path.read_text())
    broken = [
        b"\x00\xff not json",
        json.dumps({**good, "format": 99}).encode(),
        json.dumps({**good, "version": "0.0.0-other"}).encode(),
        json.dumps({**good, "sort": "shoe size"}).encode(),
        json.dumps({**good, "rows": [["only-an-id"]]}).encode(),
        json.dumps({key: value for key, value in good.items() if key != "ids"}).encode(),
        path.read_bytes()[:200],
    ]
    for content in broken:
        path.write_bytes(content)
        assert load_snapshot(store.path) is None, content[:80]


def test_text_in_a_snapshot_is_made_inert_again(seeded_store: Store):
    store = seeded_store
    save_snapshot(store)
    path = snapshot_path(store.path)
    data = json.loads(path.read_text())
    article_id = data["rows"][0][0]
    data["rows"][0] = [article_id, "Title \x1b[2J[bold red]x[/]", "details\x07", False]
    data["folders"] = [["\x1b]52;c;aGk=\x07name", "summary"]]
    path.write_text(json.dumps(data))

    snapshot = load_snapshot(store.path)

    assert snapshot is not None
    shown = [snapshot.row(article_id).title, snapshot.row(article_id).details]
    shown += [snapshot.folders[0].name]
    assert not any("\x1b" in text or "\x07" in text for text in shown)
    assert "[bold red]x[/]" in snapshot.row(article_id).title  # shown as typed, not as markup


def _written_by_another_process(path: Path, change) -> None:
    """Another process writes through the store and leaves the list snapshot as it was."""
    with Store.open(path) as other:
        change(other)


def test_a_snapshot_stale_after_another_process_tagged_is_caught_up_from_the_journal(
    seeded_store: Store, monkeypatch
):
    from diplotui.library.snapshot import caught_up_snapshot
    from diplotui.store import storage as storage_module

    monkeypatch.setattr(storage_module, "COMPACT_ON_CLOSE_BELOW_BYTES", 0)  # keep the journal
    store = seeded_store
    path = store.path
    first = LibraryQuery().apply(store)[0]
    store.close()
    save_snapshot(store)
    _written_by_another_process(
        path, lambda other: other.with_updates(other.article(first.id), tags=["asean"])
    )
    assert load_snapshot(path) is None  # stale: the journal grew
    with Store.open(path) as reopened:
        caught_up = caught_up_snapshot(reopened)
        assert caught_up is not None and caught_up == load_snapshot(path)
        assert caught_up.row(first.id) == ArticleRow.of(reopened.article(first.id), 0)
        assert "#asean" in caught_up.row(first.id).details
        save_snapshot(reopened)
    assert load_snapshot(path) == caught_up  # the same as a snapshot taken from scratch


def test_a_snapshot_is_not_caught_up_past_a_change_that_moves_rows(
    seeded_store: Store, monkeypatch
):
    from diplotui.library.snapshot import caught_up_snapshot
    from diplotui.store import storage as storage_module

    monkeypatch.setattr(storage_module, "COMPACT_ON_CLOSE_BELOW_BYTES", 0)
    store = seeded_store
    path = store.path
    last = LibraryQuery().apply(store)[-1]
    store.close()
    save_snapshot(store)
    _written_by_another_process(
        path, lambda other: other.with_updates(other.article(last.id), date="2099-01-01")
    )
    with Store.open(path) as reopened:
        assert caught_up_snapshot(reopened) is None  # the dated article moves to the top
        assert load_snapshot(path) is None
