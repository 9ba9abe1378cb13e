"""The journaled storage: torn tails, damage, compaction at every instant, TinyDB's own API."""

from __future__ import annotations

import json
import threading
from pathlib import Path

import pytest
from tinydb import TinyDB
from tinydb.table import Table

from diplotui.model import Highlight
from diplotui.store import (
    Store,
    journal_path,
    load_store_json,
    read_store,
)
from diplotui.store import storage as storage_module
from diplotui.store.journal import read_journal
from diplotui.store.tables import FileTable
from tests.unit.test_store import add_article


@pytest.fixture
def path(tmp_path: Path) -> Path:
    return tmp_path / "library.json"


@pytest.fixture
def big_file(monkeypatch) -> None:
    """Make the store count as large, so closing leaves the journal as it is."""
    monkeypatch.setattr(storage_module, "COMPACT_ON_CLOSE_BELOW_BYTES", 0)


def test_a_write_appends_one_line_and_leaves_the_file(path: Path, big_file: None):
    with Store.open(path) as store:
        article = add_article(store, 1)
        file_before = path.read_bytes()
        journal_before = journal_path(path).read_bytes()
        store.with_updates(article, tags=["asean"])
        journal_after = journal_path(path).read_bytes()
        assert path.read_bytes() == file_before
        assert journal_after.startswith(journal_before)
        assert journal_after[len(journal_before) :].count(b"\n") == 1
    with Store.open(path, read_only=True) as again:
        assert again.article(article.id).tags == ["asean"]


@pytest.mark.parametrize("tail", [b'0badc0de [["articles"', b"\x00" * 300, b"1234"])
def test_a_torn_tail_is_ignored_reported_and_cut_off(path: Path, big_file: None, tail: bytes):
    with Store.open(path) as store:
        article = add_article(store, 1)
        store.with_updates(article, tags=["kept"])
    with journal_path(path).open("ab") as journal:
        journal.write(tail)
    with Store.open(path, read_only=True) as reader:
        assert reader.article(article.id).tags == ["kept"]
        assert "interrupted write" in " ".join(reader.notices)
    assert journal_path(path).read_bytes().endswith(tail)  # a reader changes nothing
    with Store.open(path) as writer:
        assert writer.notices
        writer.with_updates(writer.article(article.id), tags=["kept", "after"])
    state = read_store(path)
    assert state.notices == []
    assert state.tables["articles"][article.id]["tags"] == ["kept", "after"]


def test_damage_before_good_lines_is_listed_with_its_bytes_and_the_rest_replayed(
    path: Path, big_file: None
):
    """Damage is not a torn tail: the good lines after it are kept, the damaged line is set
    aside by the store (``tests/reliability/test_journal_quarantine.py``), never refused."""
    with Store.open(path) as store:
        article = add_article(store, 1)
        store.with_updates(article, tags=["one"])
        store.with_updates(article, tags=["two"])
    lines = journal_path(path).read_bytes().split(b"\n")
    lines[2] = lines[2].replace(b'"', b"'", 1)  # the "one" transaction damaged
    contents = read_journal(b"\n".join(lines))
    [damaged] = contents.damaged
    assert damaged.raw == lines[2] and damaged.offset == len(b"\n".join(lines[:2])) + 1
    assert contents.torn_bytes == 0
    assert contents.valid_end == len(b"\n".join(lines)) - len(lines[-1])
    journal_path(path).write_bytes(b"\n".join(lines))
    state = read_store(path)
    assert state.tables["articles"][article.id]["tags"] == ["two"]
    assert [q["table"] for q in state.tables["quarantine"].values()] == ["journal"]


def test_compaction_leaves_everything_in_a_plain_tinydb_file(path: Path, big_file: None):
    with Store.open(path) as store:
        articles = [add_article(store, n) for n in range(3)]
        store.save_highlight(
            Highlight(
                id="0" + articles[0].id[:11],
                article_id=articles[0].id,
                start=0,
                end=7,
                quote="Article",
            )
        )
        store.compact()
        store.with_updates(articles[1], tags=["after-compaction"])
    only_file = load_store_json(path)  # the file alone, without its journal
    assert set(only_file["articles"]) == {a.id for a in articles}
    assert only_file["articles"][articles[1].id]["tags"] == []  # still in the journal

    class ById(Table):
        document_id_class = str

    plain = TinyDB(path, access_mode="r")
    titles = sorted(d["title"] for d in ById(plain.storage, "articles").all())
    assert titles == ["T0", "T1", "T2"]
    assert len(plain.table("highlights")) == 1
    with Store.open(path, read_only=True) as again:
        assert again.article(articles[1].id).tags == ["after-compaction"]


def test_a_compaction_killed_after_replacing_the_file_loses_nothing(
    path: Path, big_file: None, monkeypatch
):
    """The file was replaced, the new journal never written: opening replays the old journal
    from where the new file's snapshot ended."""
    with Store.open(path) as store:
        article = add_article(store, 1)
        store.with_updates(article, tags=["before"])

        def killed(*args: object) -> None:
            raise KeyboardInterrupt  # stands for SIGKILL between the two renames

        monkeypatch.setattr(storage_module.JournalStorage, "_start_journal", killed)
        with pytest.raises(KeyboardInterrupt):
            store.compact()
        monkeypatch.undo()
        # the process would be dead; this object's journal offsets are stale now, drop it
        store._storage.writable = False
        store._lock.release()  # type: ignore[union-attr]
    with Store.open(path) as reopened:
        assert reopened.article(article.id).tags == ["before"]
        reopened.with_updates(reopened.article(article.id), tags=["after"])
    with Store.open(path, read_only=True) as again:
        assert again.article(article.id).tags == ["after"]


def test_background_compaction_while_writing_loses_nothing(path: Path, monkeypatch):
    """Each background compaction is held after its snapshot until a write has landed behind
    it, so every one must carry that write into its new journal, however threads are
    scheduled (counting compactions of free-running threads depended on the machine's load)."""
    monkeypatch.setattr(storage_module, "COMPACT_MIN_JOURNAL_BYTES", 2_000)
    snapshot_taken, write_landed = threading.Event(), threading.Event()
    writing_done = False
    encode = storage_module._encode_tables

    def encode_once_a_write_landed(*args: object) -> object:
        if threading.current_thread().name == "diplotui-compaction" and not writing_done:
            snapshot_taken.set()
            write_landed.wait(10)
            write_landed.clear()
        return encode(*args)

    monkeypatch.setattr(storage_module, "_encode_tables", encode_once_a_write_landed)
    carried, held = 0, False
    with Store.open(path) as store:
        storage = store._storage
        articles = [add_article(store, n) for n in range(40)]
        for round_number in range(5):
            for article in articles:
                tags = [f"r{round_number}"]
                store.with_updates(store.article(article.id), tags=tags)
                if held:  # this write came after the held compaction's snapshot
                    compactions = storage.compactions
                    write_landed.set()
                    storage.wait_for_compaction()
                    assert storage.compactions == compactions + 1
                    assert read_store(path).tables["articles"][article.id]["tags"] == tags
                    carried, held = carried + 1, False
                elif storage._compactor is not None:  # a write started one in the background
                    assert snapshot_taken.wait(10)
                    snapshot_taken.clear()
                    held = True
        writing_done = True
        write_landed.set()
    assert carried >= 3
    with Store.open(path, read_only=True) as again:
        assert {tuple(again.article(a.id).tags) for a in articles} == {("r4",)}


def test_tinydb_table_writes_are_durable_too(path: Path):
    """The repository writes through the journal seam; TinyDB's own Table API still works."""
    with Store.open(path) as store:
        store.db.table("settings").upsert({"theme": "dark"}, cond=lambda doc: True)
        store.db.table("settings").insert({"k": 1})
        assert len(store.db.table("settings")) == 2
    data = read_store(path).tables
    assert {"theme": "dark"} in data["settings"].values()


def test_change_listeners_hear_committed_writes_only(path: Path):
    heard: list[set[tuple[str, str]]] = []
    with Store.open(path) as store:
        store.on_change(lambda changes: heard.append(set(changes)))
        article = add_article(store, 1)
        with pytest.raises(RuntimeError), store.batch():
            store.with_updates(article, tags=["rolled-back"])
            raise RuntimeError
        with store.batch():
            store.with_updates(store.article(article.id), tags=["a"])
            store.save_highlight(
                Highlight(id="00000000000f", article_id=article.id, start=0, end=1, quote="A")
            )
    assert heard == [
        {("articles", article.id)},
        {("articles", article.id), ("highlights", "00000000000f")},
    ]


def test_the_list_snapshot_sees_only_committed_state(path: Path):
    """Issue 12.12: while another thread is inside a batch, the store says it is not quiet."""
    with Store.open(path) as store:
        inside, release = threading.Event(), threading.Event()

        def importer() -> None:
            with store.batch():
                add_article(store, 1)
                inside.set()
                release.wait(60)

        worker = threading.Thread(target=importer)
        worker.start()
        assert inside.wait(60)
        with store.committed() as quiet:
            assert not quiet
        release.set()
        worker.join()
        with store.committed() as quiet:
            assert quiet


def test_journal_lines_are_ascii_json_with_a_checksum(path: Path, big_file: None):
    with Store.open(path) as store:
        add_article(store, 1)
    *_, last = journal_path(path).read_bytes().rstrip(b"\n").split(b"\n")
    crc, body = last.split(b" ", 1)
    assert len(crc) == 8 and body.isascii()
    assert json.loads(body)[0][0] == "articles"


@pytest.mark.parametrize("indexed", [False, True])
def test_highlight_counts_from_the_unparsed_file_equal_the_parsed_ones(
    path: Path, big_file: None, indexed: bool
):
    """Counting highlights per article reads the file's slice without parsing it; a quote
    that spells out the key it searches for must not be counted."""
    with Store.open(path) as store:
        articles = [add_article(store, n) for n in range(3)]
        for n, article in enumerate(articles):
            for m in range(n + 1):
                store.save_highlight(
                    Highlight(
                        id=f"{n:06x}{m:06x}",
                        article_id=article.id,
                        start=0,
                        end=7,
                        quote=f'Article "article_id":"{articles[0].id}"',
                    )
                )
        store.compact()
    with Store.open(path, read_only=True) as store:
        assert isinstance(store._storage.table("highlights"), FileTable)
        from_slice = store.highlight_counts()
        assert from_slice == {a.id: n + 1 for n, a in enumerate(articles)}
        assert [store.highlight_count(a.id) for a in articles] == [1, 2, 3]
        assert from_slice == {a.id: len(store.highlights(a.id)) for a in articles}
    # writes after the file (kept in the journal) correct what the file's bytes say
    with Store.open(path) as store:
        if indexed:
            store.warm_up()  # which highlights belong to which article, kept from now on
        assert [store.highlight_count(a.id) for a in articles] == [1, 2, 3]
        moved = store.highlight(f"{2:06x}{0:06x}")
        moved.article_id = articles[0].id
        store.save_highlight(moved)
        store.remove_highlight(f"{1:06x}{0:06x}")
        store.save_highlight(
            Highlight(id="ffff", article_id=articles[1].id, start=0, end=7, quote="Article")
        )
        expected = {articles[0].id: 2, articles[1].id: 2, articles[2].id: 2}
        assert store.highlight_counts() == expected
        assert [store.highlight_count(a.id) for a in articles] == [2, 2, 2]
        assert {h.id for h in store.highlights(articles[1].id)} == {f"{1:06x}{1:06x}", "ffff"}
    with Store.open(path, read_only=True) as store:  # the same from file and journal
        assert store.highlight_counts() == expected
        assert [store.highlight_count(a.id) for a in articles] == [2, 2, 2]
        assert sorted(h.id for h in store.highlights()) == sorted(
            h.id for a in articles for h in store.highlights(a.id)
        )


def test_tinydb_queries_see_writes_made_through_the_seam(path: Path):
    """The repository's writes bypass ``Table`` through ``StoreDB.put``; TinyDB's query cache
    must not keep answering from before them."""
    from tinydb import Query

    with Store.open(path) as store:
        article = add_article(store, 1)
        articles = store.db.table("articles")
        tagged = Query().tags.any(["asean"])
        assert articles.search(tagged) == []
        store.with_updates(article, tags=["asean"])
        assert [doc["id"] for doc in articles.search(tagged)] == [article.id]
        assert articles.get(doc_id=article.id)["tags"] == ["asean"]  # type: ignore[arg-type]


def test_a_compaction_that_cannot_write_its_journal_loses_nothing(
    path: Path, big_file: None, monkeypatch
):
    """The new file is in place but the new journal cannot be written (disk full): writes go
    on into the old journal, which the new file says where to resume."""
    from diplotui.store import StoreWriteFailed

    with Store.open(path) as store:
        article = add_article(store, 1)
        real = storage_module.atomic_write_bytes

        def full_for_journals(target: Path, data: object) -> None:
            if target.name.endswith(".journal"):
                raise OSError(28, "No space left on device")
            real(target, data)  # type: ignore[arg-type]

        monkeypatch.setattr(storage_module, "atomic_write_bytes", full_for_journals)
        with pytest.raises(StoreWriteFailed):
            store.compact()
        store.with_updates(store.article(article.id), tags=["after"])
        monkeypatch.undo()
    with Store.open(path, read_only=True) as again:
        assert again.article(article.id).tags == ["after"]
    with Store.open(path) as writer:  # and a later compaction straightens it all out
        writer.compact()
    assert load_store_json(path)["articles"][article.id]["tags"] == ["after"]


def test_a_text_added_in_a_batch_reads_back_inside_that_batch(tmp_path: Path) -> None:
    """Texts are written by a thread pool during a batch; reading one back must wait for it."""
    with Store.open(tmp_path / "library.json") as store, store.batch():
        article = add_article(store, 7)
        assert store.article_text(article.id).startswith("Article 7:")
