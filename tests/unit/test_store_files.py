"""The store's files under attack: modes, read-only files, symlinks, planted lock files, a
lost store file beside its backups, unreadable bodies, and the sync of new body folders."""

from __future__ import annotations

import errno
import json
import os
import stat
import zlib
from functools import partial
from pathlib import Path

import pytest

from diplotui.cli.main import main
from diplotui.doctor import diagnose, restore_newest_backup
from diplotui.model import Article, new_id
from diplotui.store import (
    ArticleUnreadable,
    Store,
    StoreError,
    StoreMissing,
    StoreReadOnly,
    WriteLock,
    body_path,
    text_hash,
)
from diplotui.store import files as files_module
from diplotui.store.backups import backup_files, keep_backup
from diplotui.store.body_log import read_log
from tests.unit.test_store import add_article


@pytest.fixture
def path(tmp_path: Path) -> Path:
    path = tmp_path / "library.json"
    with Store.open(path) as store:
        add_article(store, 1)
    return path


def mode(path: Path) -> int:
    return stat.S_IMODE(path.stat().st_mode)


def test_a_group_readable_store_keeps_its_mode(path: Path):
    os.chmod(path, 0o640)
    with Store.open(path) as store:
        add_article(store, 2)
        store.compact()
    assert mode(path) == 0o640


def test_a_read_only_store_is_treated_as_read_only(path: Path, capsys):
    os.chmod(path, 0o444)
    before = path.read_bytes(), path.stat().st_mtime_ns
    with pytest.raises(StoreReadOnly, match="read-only"):
        Store.open(path)
    with Store.open(path, read_only=True) as reader:
        article_id = reader.articles()[0].id
    assert main(["--db", str(path), "tag", article_id, "x"]) == 1
    error = capsys.readouterr().err.strip()
    assert len(error.splitlines()) == 1 and "read-only" in error
    assert (path.read_bytes(), path.stat().st_mtime_ns) == before
    assert mode(path) == 0o444


def test_a_symlinked_store_is_written_through_and_shares_one_lock(path: Path, tmp_path: Path):
    link = tmp_path / "elsewhere" / "link.json"
    link.parent.mkdir()
    link.symlink_to(path)
    with Store.open(link) as store:
        assert store.path == path
        article = add_article(store, 2)
        with pytest.raises(StoreError, match="already open"):
            Store.open(path)  # the other name of the same file waits for the same lock
    assert link.is_symlink()
    with Store.open(path, read_only=True) as reader:
        assert reader.article_text(article.id).startswith("Article 2")


@pytest.mark.parametrize("kind", ["folder", "fifo", "symlink"])
def test_a_planted_lock_file_is_refused_and_left_alone(path: Path, tmp_path: Path, kind: str):
    lock = path.with_name("library.json.lock")
    lock.unlink(missing_ok=True)
    victim = tmp_path / "victim.txt"
    victim.write_text("precious")
    if kind == "folder":
        lock.mkdir()
    elif kind == "fifo":
        os.mkfifo(lock)
    else:
        lock.symlink_to(victim)
    with pytest.raises(StoreError, match="lock file is a") as caught:
        Store.open(path)
    assert len(str(caught.value).splitlines()) == 1
    assert victim.read_text() == "precious"
    assert WriteLock(path).probe() is None  # doctor's look is refused quietly too


@pytest.mark.parametrize("code", [errno.EROFS, errno.EACCES])
def test_a_store_that_cannot_be_locked_for_writing_points_to_read_only(
    path: Path, monkeypatch: pytest.MonkeyPatch, capsys, code: int
):
    """A store on a read-only disk (or a folder not ours) is refused for writing in one line
    naming the lock and why; reading it goes on (the app opens it read-only by itself, so
    the line no longer sends the user to ``--read-only``, attack57)."""
    assert main(["--db", str(path), "list"]) == 0
    article_id = capsys.readouterr().out.split()[0]
    before = path.read_bytes()
    real_open = os.open

    def refuse_the_lock(name, flags, *args, **kwargs):  # the OS boundary: a read-only mount
        if str(name).endswith(".lock"):
            raise OSError(code, os.strerror(code), str(name))
        return real_open(name, flags, *args, **kwargs)

    monkeypatch.setattr(os, "open", refuse_the_lock)
    assert main(["--db", str(path), "tag", article_id, "urgent"]) == 1
    err = capsys.readouterr().err
    assert f"cannot open the lock ({os.strerror(code)}); nothing was written" in err, err
    assert len(err.strip().splitlines()) == 1
    assert path.read_bytes() == before
    assert main(["--db", str(path), "list"]) == 0
    assert article_id in capsys.readouterr().out


def test_a_lost_store_file_beside_its_backups_is_never_a_first_run(path: Path, capsys):
    Store.open(path).close()  # a backup
    os.replace(path, path.with_name("gone.json"))
    with pytest.raises(StoreMissing, match="missing"):
        Store.open(path)
    assert main(["--db", str(path), "list"]) == 1
    assert "doctor --restore" in capsys.readouterr().err
    assert not path.exists()
    assert not diagnose(path).healthy
    restored = restore_newest_backup(path)
    assert restored.broken_copy is None
    with Store.open(path, read_only=True) as store:
        assert [a.title for a in store.articles()] == ["T1"]


def test_a_journal_left_without_its_store_file_is_never_a_first_run(tmp_path: Path):
    path = tmp_path / "library.json"
    with Store.open(path) as store:
        store.set_setting("theme", "dark")
    path.unlink()
    journal = path.with_name("library.json.journal")
    before = journal.read_bytes()
    with pytest.raises(StoreMissing, match="its journal"):
        Store.open(path)
    assert journal.read_bytes() == before and not path.exists()


def test_backups_of_another_library_are_never_rotated_out(path: Path, tmp_path: Path):
    Store.open(path).close()
    with Store.open(path) as store:
        first_library = store.library_id
    old = backup_files(path)
    assert old and first_library
    for n in range(8):
        keep_backup(path, f'{{"n": {n}}}'.encode(), library="beef")
    kept = backup_files(path)
    assert set(old) <= set(kept)
    assert sum(p.name.endswith(".beef.json") for p in kept) == 5


def test_a_new_bodies_folder_is_synced_into_its_parent(path: Path, monkeypatch):
    synced: list[Path] = []
    real = files_module.fsync_dir
    monkeypatch.setattr(files_module, "fsync_dir", lambda d: (synced.append(Path(d)), real(d)))
    with Store.open(path) as store:
        article = add_article(store, 7)
    folder = body_path(path, article.text_hash).parent
    assert folder.parent in synced  # the new bodies/xx/ entry survives a power cut
    assert folder in synced  # and so does the body's rename inside it


@pytest.mark.parametrize(
    ("damage", "reason"),
    [
        (lambda body: body.unlink(), "No such file"),
        (lambda body: body.write_bytes(b"Altered text"), "do not match their hash"),
    ],
)
def test_an_unreadable_body_is_one_line_for_that_article_only(path: Path, damage, reason):
    with Store.open(path) as store:
        other = add_article(store, 2)
        broken = store.articles()[0] if store.articles()[0].id != other.id else None
        broken = broken or store.articles()[1]
    damage(body_path(path, broken.text_hash))
    with Store.open(path, read_only=True) as store:
        with pytest.raises(ArticleUnreadable, match=reason) as caught:
            store.article_text(broken.id)
        assert str(body_path(path, broken.text_hash)) in str(caught.value)
        assert len(str(caught.value).splitlines()) == 1
        assert reason in (store.body_problem(broken.id) or "")
        assert store.body_problem(other.id) is None
        assert store.article_text(other.id).startswith("Article 2")


def test_a_body_that_is_not_utf8_is_unreadable(path: Path):
    import hashlib

    latin1 = "Hà Nội".encode("latin-1", "replace") + b"\xff"
    digest = hashlib.sha256(latin1).hexdigest()  # its hash matches: only the encoding is bad
    body_path(path, digest).parent.mkdir(parents=True, exist_ok=True)
    body_path(path, digest).write_bytes(latin1)
    with Store.open(path) as store:
        article = store.with_updates(store.articles()[0], text_hash=digest)
    with (
        Store.open(path, read_only=True) as store,
        pytest.raises(ArticleUnreadable, match="not UTF-8"),
    ):
        store.article_text(article.id)


def test_a_batch_commits_only_once_every_text_is_on_disk(path: Path, monkeypatch):
    """One text of a batch that cannot be written fails the whole batch."""
    from diplotui.store import StoreWriteFailed, body_log

    real = body_log.write_unsynced

    def flaky(target: Path, data: bytes) -> None:
        if b"Article 13" in data:
            raise OSError(28, "No space left on device")
        real(target, data)

    monkeypatch.setattr(body_log, "write_unsynced", flaky)
    with Store.open(path) as store:
        before = [a.id for a in store.articles()]
        with pytest.raises(StoreWriteFailed, match="No space left"), store.batch():
            for n in range(10, 20):
                add_article(store, n)
        assert [a.id for a in store.articles()] == before
        with store.batch():
            fine = [add_article(store, n) for n in range(20, 25)]
    with Store.open(path, read_only=True) as store:
        assert [a.id for a in store.articles()] == before + [a.id for a in fine]
        assert all(store.article_text(a.id).startswith("Article 2") for a in fine)


def test_a_batch_of_texts_costs_one_fsync_for_them_all(path: Path, monkeypatch):
    """50 new texts in a batch: the log line holding them and the journal line are the only
    fsyncs before the batch returns (their files are synced later, in the background)."""
    from diplotui.store import body_log

    with Store.open(path) as store:
        monkeypatch.setattr(body_log, "sync_files", lambda paths: None)  # no background sync
        with store.batch():
            add_article(store, 99)  # the body log's first line also syncs its folder
        synced: list[int] = []
        real_fsync = os.fsync
        monkeypatch.setattr(os, "fsync", lambda fd: synced.append(fd) or real_fsync(fd))
        with store.batch():
            added = [add_article(store, n) for n in range(100, 150)]
        assert len(synced) == 2  # the body log, then the journal
        monkeypatch.undo()
    with Store.open(path, read_only=True) as store:
        assert all(
            store.article_text(a.id).startswith(f"Article {100 + i}:") for i, a in enumerate(added)
        )
    assert body_log.body_log_path(path).stat().st_size == 0  # closing synced them: log empty


def test_texts_whose_files_a_crash_lost_come_back_from_the_body_log(path: Path, monkeypatch):
    """A batch acknowledged, then the machine stops before the texts' own files reach the disk
    (here: the files are emptied or removed, the log kept): the next writable open restores
    every text from the log, and the log is emptied."""
    from diplotui.store import body_log

    monkeypatch.setattr(body_log.DeferredBodies, "sync_later", lambda self, digests: None)
    monkeypatch.setattr(body_log.DeferredBodies, "close", lambda self: None)  # a crash
    store = Store.open(path)
    with store.batch():
        added = [add_article(store, n) for n in range(200, 210)]
    store._storage.close()
    store._lock.release()
    monkeypatch.undo()
    log = body_log.body_log_path(path)
    assert log.stat().st_size > 0
    body_path(path, added[0].text_hash).unlink()
    body_path(path, added[1].text_hash).write_bytes(b"")
    logged = log.read_bytes()
    with Store.open(path, read_only=True) as reader:  # reads the log, never repairs nor writes
        assert [reader.article_text(a.id)[:12] for a in added] == [
            f"Article {n}:"[:12] for n in range(200, 210)
        ]
    assert not body_path(path, added[0].text_hash).exists()
    assert body_path(path, added[1].text_hash).read_bytes() == b""
    assert log.read_bytes() == logged
    with Store.open(path) as store:
        assert [store.article_text(a.id)[:12] for a in added] == [
            f"Article {n}:"[:12] for n in range(200, 210)
        ]
    assert log.stat().st_size == 0


def test_a_torn_body_log_line_is_passed_over(tmp_path: Path):
    from diplotui.store.body_log import encode_texts, read_log

    log = tmp_path / "x.bodies.log"
    good = encode_texts({"ab" * 32: b"kept"})
    log.write_bytes(good + encode_texts({"cd" * 32: b"torn"})[:-7])
    assert read_log(log) == {"ab" * 32: b"kept"}


@pytest.mark.parametrize("sync_whole", [True, False], ids=["file-system-synced", "file-by-file"])
def test_texts_written_ahead_are_on_disk_and_cost_their_batch_no_log_line(
    path: Path, monkeypatch, sync_whole: bool
):
    """A refresh writes its texts before it takes the lock (``TextsAhead``): each file whole
    and on disk before its name appears, an existing one left as it is; the batch that then
    stores the articles writes nothing for them, and a text that failed comes back to be
    written as usual. Both ways: the file system synced whole (Linux) and file by file."""
    from diplotui.store import TextsAhead, body_log

    if sync_whole and not files_module.file_system_sync_available():
        pytest.skip("this platform cannot sync a file system whole")
    texts = [f"Article {n}: ahead of its batch." for n in range(40, 44)]
    existing = body_path(path, text_hash(texts[0]))
    existing.parent.mkdir(parents=True, exist_ok=True)
    existing.write_text(texts[0])
    inode = existing.stat().st_ino
    writer = "write_temp" if sync_whole else "write_synced"
    real_write = getattr(body_log, writer)

    def failing_for_43(target: Path, data: bytes, **options):
        if b"Article 43" in data:
            raise OSError(5, "Input/output error")
        return real_write(target, data, **options)

    monkeypatch.setattr(body_log, writer, failing_for_43)
    ahead = TextsAhead(partial(body_path, path), sync_whole=sync_whole)
    ahead.submit(texts)
    assert ahead.finish() == [texts[3]]
    assert existing.stat().st_ino == inode
    assert [body_path(path, text_hash(t)).read_text() for t in texts[:3]] == texts[:3]
    assert not body_path(path, text_hash(texts[3])).exists()
    assert not any(".tmp-" in p.name for p in existing.parent.parent.rglob("*"))
    logged: list[dict[str, bytes]] = []
    monkeypatch.setattr(body_log.DeferredBodies, "log", lambda self, batch: logged.append(batch))
    with Store.open(path) as store, store.batch():
        for text in texts[:3]:
            store.add_article(Article(new_id(), text[:12], ""), text)
    assert logged == []


def _ahead_with_flushes(path: Path, monkeypatch, answers: list[bool]) -> tuple[list, list]:
    """Texts written ahead with the file system's flushes answering ``answers`` in turn;
    returns (what each flush found under the texts' names, what ``finish`` handed back)."""
    from diplotui.store import TextsAhead, body_log

    texts = [f"Article {n}: flushed whole." for n in range(3)]
    names = [body_path(path, text_hash(text)) for text in texts]
    seen: list[list[bool]] = []

    def flush(where: Path) -> bool:
        seen.append([name.exists() for name in names])
        return answers[len(seen) - 1]

    monkeypatch.setattr(body_log, "sync_file_system", flush)
    ahead = TextsAhead(partial(body_path, path), sync_whole=True)
    ahead.submit(texts)
    return seen, [texts.index(text) for text in ahead.finish()]


def test_texts_synced_whole_get_their_names_only_after_their_bytes_are_flushed(
    path: Path, monkeypatch
):
    """The first flush finds no text under its name (a crash before it leaves temp files
    only, never an empty file under a text's name that a later write would trust); the
    second flush makes the names durable; nothing is handed back."""
    seen, handed_back = _ahead_with_flushes(path, monkeypatch, [True, True])
    assert seen == [[False, False, False], [True, True, True]]
    assert handed_back == []


def test_a_failed_flush_hands_the_texts_back_and_leaves_no_temp_file(path: Path, monkeypatch):
    bodies = path.with_name(path.name + ".bodies")
    before = sorted(p for p in bodies.rglob("*") if p.is_file())
    seen, handed_back = _ahead_with_flushes(path, monkeypatch, [False])
    assert seen == [[False, False, False]]
    assert handed_back == [0, 1, 2]
    assert sorted(p for p in bodies.rglob("*") if p.is_file()) == before
    seen, handed_back = _ahead_with_flushes(path, monkeypatch, [True, False])
    assert handed_back == [0, 1, 2]  # named, their names maybe not on disk: logged as usual


def _copied_alone(path: Path, folder: Path) -> Path:
    """The store file copied into ``folder`` without its journal, texts or anything beside it."""
    folder.mkdir()
    copy = folder / path.name
    copy.write_bytes(path.read_bytes())
    return copy


def test_a_store_copied_without_its_journal_says_so_and_is_never_seeded(
    tmp_path: Path, monkeypatch, capsys
):
    from diplotui.store import storage

    monkeypatch.setattr(storage, "COMPACT_ON_CLOSE_BELOW_BYTES", 0)  # the writes stay journaled
    path = tmp_path / "library.json"
    with Store.open(path) as store:
        add_article(store, 1)
    copy = _copied_alone(path, tmp_path / "copy")
    assert main(["--db", str(copy), "list"]) == 0
    out, err = capsys.readouterr()
    notice, *rest = err.splitlines()
    assert out == "" and rest == ["diplotui: no article matches"]  # no seeds
    assert f"{copy}: library.json.journal is missing beside it" in notice
    before = copy.read_bytes()
    with Store.open(copy, read_only=True) as reader:
        assert not reader.is_new  # a first run would import the seeds over it
    assert copy.read_bytes() == before
    page = tmp_path / "page.md"
    page.write_text("---\ntitle: Mine\n---\nThe envoy said the talks were frank.\n")
    assert main(["--db", str(copy), "import", str(page)]) == 0  # a writer: told once more
    assert "library.json.journal is missing" in capsys.readouterr().err
    with Store.open(copy) as store:  # the copy is a library of its own now: still no seeds
        assert [a.title for a in store.articles()] == ["Mine"]
        assert not store.is_new and store.notices == []


def test_a_store_copied_without_its_texts_names_what_is_missing_in_one_line(
    path: Path, tmp_path: Path, capsys
):
    copy = _copied_alone(path, tmp_path / "copy")
    assert main(["--db", str(copy), "list"]) == 0
    out, err = capsys.readouterr()
    assert "T1" in out and err.count("\n") == 1
    assert "library.json.journal and library.json.bodies are missing beside it" in err
    assert "the texts of its 1 article" in err


def test_a_fresh_store_is_still_seeded(tmp_path: Path, capsys):
    assert main(["--db", str(tmp_path / "library.json"), "list"]) == 0
    out, err = capsys.readouterr()
    assert len(out.splitlines()) >= 2
    # the seeding is said once, on the first run only (newuser55), and nothing else is
    assert (
        err.startswith("diplotui: first run: imported 2 bundled articles") and err.count("\n") == 1
    )
    assert main(["--db", str(tmp_path / "library.json"), "list"]) == 0
    assert capsys.readouterr().err == ""


@pytest.mark.parametrize("flushed", [True, False], ids=["flushed-whole", "flush-failed"])
def test_many_texts_are_synced_by_one_flush_else_file_by_file(tmp_path: Path, monkeypatch, flushed):
    """From 8 files on one flush of the file system replaces an fsync per file; where the
    flush fails (or the platform has none), every file and folder is fsynced as before."""
    from diplotui.store import body_log

    files = [tmp_path / f"{n}.txt" for n in range(8)]
    for file in files:
        file.write_text("text")
    flushes: list[Path] = []
    fsyncs: list[int] = []
    real_fsync = os.fsync
    monkeypatch.setattr(
        body_log, "sync_file_system", lambda where: flushes.append(where) or flushed
    )
    monkeypatch.setattr(body_log.os, "fsync", lambda fd: fsyncs.append(fd) or real_fsync(fd))
    body_log.sync_files(files)
    assert len(flushes) == 1
    assert len(fsyncs) == (0 if flushed else 8 + 2)  # the files, their folder and its parent
    flushes.clear()
    body_log.sync_files(files[:7])  # fewer: file by file
    assert flushes == []


def test_a_body_log_line_nested_too_deep_is_passed_over_as_a_damaged_one(tmp_path: Path):
    """A line whose checksum is right but whose text is a list nested 100,000 deep is no
    batch of texts: it ended the read in a RecursionError traceback."""
    good = json.dumps({"ab" * 32: "The envoys met."}).encode()
    nested = b"[" * 100_000 + b"]" * 100_000
    log = tmp_path / "library.json.bodies.log"
    log.write_bytes(b"".join(b"%08x %s\n" % (zlib.crc32(body), body) for body in (nested, good)))
    assert read_log(log) == {"ab" * 32: b"The envoys met."}
