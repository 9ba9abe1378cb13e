"""The list snapshot: what the app paints before it has parsed a large store."""

from __future__ import annotations

import json
import random
from datetime import date
from pathlib import Path

import pytest

from diplotui.cli.main import main
from diplotui.library import LibraryQuery
from diplotui.library.rows import ArticleRow
from diplotui.library.snapshot import load_snapshot, save_snapshot, snapshot_path
from diplotui.library.view import LAST_ARTICLE_SETTING, SORT_SETTING, folder_rows
from diplotui.model import Highlight, SavedFilter
from diplotui.store import Store
from tests.unit.test_store import add_article


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
    newest = date.today().isoformat()  # after every seed's, within the years an article has
    assert main(["--db", str(store_path), "meta", article.id, "--date", newest]) == 0
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
        json.dumps({**good, "ids": good["ids"].split(" ")}).encode(),  # as format 2 kept them
        json.dumps({**good, "folders": [["Hà Nội", ""]]}, ensure_ascii=False).encode(),  # edited
        path.read_bytes()[:200],
        b"[" * 100_000 + b"]" * 100_000,  # nested too deep: the app ended before its screen
    ]
    for content in broken:
        path.write_bytes(content)
        assert load_snapshot(store.path) is None, content[:80]
        assert load_snapshot(store.path, even_stale=True) is None, content[:80]


def test_text_in_a_snapshot_is_made_inert_again(seeded_store: Store):
    store = seeded_store
    save_snapshot(store)
    path = snapshot_path(store.path)
    data = json.loads(path.read_text())
    article_id = data["rows"][0][0]
    data["rows"][0] = [
        article_id,
        "Title \x1b[2J[bold red]x[/]",
        "details\x07",
        False,
        ["#\x1b]0;x"],
    ]
    data["folders"] = [["\x1b]52;c;aGk=\x07name", "summary"]]
    path.write_text(json.dumps(data))

    snapshot = load_snapshot(store.path)

    assert snapshot is not None
    shown = [snapshot.row(article_id).title, snapshot.row(article_id).details]
    shown += [snapshot.folders[0].name, *snapshot.row(article_id).tags]
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
        caught = caught_up_snapshot(reopened)
        assert caught is not None
        assert load_snapshot(path) is None  # written when the app asks, after its first frame
        assert caught.keep()
        caught_up = caught.snapshot
        assert caught_up == load_snapshot(path)
        assert caught_up.row(first.id) == ArticleRow.of(reopened.article(first.id), 0)
        assert "#asean" in caught_up.row(first.id).details
        save_snapshot(reopened)
    assert load_snapshot(path) == caught_up  # the same as a snapshot taken from scratch


def _varied_library(path: Path, count: int = 40) -> list[str]:
    """Articles with spread dates, titles, sources and highlights (no two alike), compacted."""
    ids = []
    with Store.open(path) as store:
        for n in range(count):
            article = add_article(store, n)
            store.with_updates(
                article,
                title=f"{'ZYXWV'[n % 5]} title {n:03d}",
                date=f"2025-{n % 12 + 1:02d}-{n % 27 + 1:02d}" if n % 7 else "",
                source=("Nhân Dân", "VNA", "")[n % 3],
            )
            ids.append(article.id)
            for h in range(n % 4):
                store.save_highlight(_highlight(article.id, h))
        store.compact()
    return ids


def _highlight(article_id: str, n: int) -> Highlight:
    return Highlight(
        id=f"{article_id[:8]}{n:04x}", article_id=article_id, start=0, end=7, quote="Article"
    )


def _rebuilt_snapshot(path: Path):
    snapshot_path(path).unlink()
    with Store.open(path, read_only=True) as store:
        save_snapshot(store)
    return load_snapshot(path)


@pytest.mark.parametrize("sort", ["date", "title", "source", "annotated"])
def test_adds_deletes_and_moves_by_another_process_are_caught_up_exactly(
    store_path: Path, monkeypatch, sort: str
):
    """Another process adds, deletes, re-dates, renames, archives and highlights articles:
    the snapshot is caught up from the journal (no article read but those compared with),
    and the list it holds is exactly the one a start reading every article would show."""
    from diplotui.library.snapshot import caught_up_snapshot
    from diplotui.store import storage as storage_module

    monkeypatch.setattr(storage_module, "COMPACT_ON_CLOSE_BELOW_BYTES", 0)  # keep the journal
    ids = _varied_library(store_path)
    with Store.open(store_path) as store:
        store.set_setting(SORT_SETTING, sort)
    with Store.open(store_path, read_only=True) as store:
        save_snapshot(store)
    rng = random.Random(sort)

    def change(other: Store) -> None:
        for n in range(12):
            target = other.article(rng.choice(list(other.article_ids())))
            step = n % 6
            if step == 0:
                added = add_article(other, 100 + n)
                other.with_updates(added, title=f"New {n}", date=f"2025-0{n % 9 + 1}-15")
            elif step == 1:
                other.delete_article(target.id)
            elif step == 2:
                other.with_updates(target, date=f"2026-01-{n + 1:02d}", title=f"Moved {n}")
            elif step == 3:
                other.save_highlight(_highlight(target.id, 100 + n))
            elif step == 4:
                for highlight in other.highlights(target.id):
                    other.remove_highlight(highlight.id)
            else:
                other.set_article_states([target.id], "archived" if n % 2 else "unread")

    _written_by_another_process(store_path, change)
    assert load_snapshot(store_path) is None  # stale: the journal grew
    read: list[str] = []
    with Store.open(store_path) as reopened:
        built = reopened._articles.__getitem__
        monkeypatch.setattr(
            reopened._articles, "__getitem__", lambda key: read.append(key) or built(key)
        )
        caught = caught_up_snapshot(reopened)
    assert caught is not None
    caught_up = caught.snapshot
    assert caught_up.sort == sort
    assert len(set(read)) < len(ids)  # not every article was read
    assert caught_up == _rebuilt_snapshot(store_path)


def test_cli_deletes_imports_and_highlights_patch_the_snapshot_as_a_rebuild_would(
    store_path: Path, tmp_path: Path, capsys, monkeypatch
):
    ids = _varied_library(store_path)
    with Store.open(store_path, read_only=True) as store:
        save_snapshot(store)
    incoming = tmp_path / "incoming"
    incoming.mkdir()
    (incoming / "a.txt").write_text("A new article\n\nThe ministers met in Hà Nội.\n")

    def no_rebuild(store: Store) -> None:
        raise AssertionError("rebuilt instead of patched")

    monkeypatch.setattr("diplotui.library.snapshot.save_snapshot", no_rebuild)
    assert main(["--db", str(store_path), "rm", ids[5]]) == 0
    assert main(["--db", str(store_path), "import", str(incoming)]) == 0
    assert main(["--db", str(store_path), "highlight", ids[9], "--quote", "Article 9"]) == 0
    monkeypatch.undo()

    patched = load_snapshot(store_path)
    assert patched is not None and ids[5] not in patched.ids and len(patched.ids) == len(ids)
    assert "✎ 2" in patched.row(ids[9]).details
    assert patched == _rebuilt_snapshot(store_path)


def test_a_snapshot_is_not_caught_up_across_a_compaction(seeded_store: Store, monkeypatch):
    """A compacted file says nothing about what changed: the full read, never a guess."""
    from diplotui.library.snapshot import caught_up_snapshot

    store = seeded_store
    path = store.path
    last = LibraryQuery().apply(store)[-1]
    store.close()
    save_snapshot(store)

    def redate_and_compact(other: Store) -> None:
        other.with_updates(other.article(last.id), date="2099-01-01")
        other.compact()

    _written_by_another_process(path, redate_and_compact)
    with Store.open(path) as reopened:
        assert caught_up_snapshot(reopened) is None
        assert load_snapshot(path) is None


def test_kept_ids_are_split_only_past_the_first_screens():
    from diplotui.library.kept_list import FIRST_ROWS, KeptIds

    ids = [f"{n:012x}" for n in range(FIRST_ROWS + 50)]
    kept = KeptIds(" ".join(ids))
    assert len(kept) == len(ids) and kept[0] == ids[0] and kept[FIRST_ROWS - 1] == ids[-51]
    assert kept._all is None, "the first screens' ids need no split of the whole string"
    assert kept[FIRST_ROWS + 10] == ids[FIRST_ROWS + 10] and kept[-1] == ids[-1]
    assert kept.index(ids[-2]) == len(ids) - 2 and ids[3] in kept and list(kept) == ids
    assert kept[2:4] == ids[2:4] and kept == ids and ids == kept and kept != ids[1:]
    assert len(KeptIds("")) == 0 and list(KeptIds("")) == []
