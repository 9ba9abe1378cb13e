"""Note drafts on disk (``diplotui.session.drafts``): one file per target, written whole or
not at all, the newest winning, and a draft dropped never brought back by a write under way."""

from __future__ import annotations

import os
import subprocess
import threading
from pathlib import Path

import pytest

from diplotui.session.drafts import DraftFile, DraftFolder, DraftWriter, NoteDraft, drafts_dir


def selection(article_id: str, start: int, quote: str, typed: str) -> NoteDraft:
    return NoteDraft(
        article_id, "selection", typed, start=start, end=start + len(quote), quote=quote
    )


def test_drafts_of_several_articles_and_targets_never_overwrite_each_other(tmp_path: Path):
    folder = DraftFolder(tmp_path / "library.json")
    drafts = [
        NoteDraft("a1", "article", "on the article"),
        NoteDraft("a1", "highlight", "on a highlight", highlight_id="h1"),
        selection("a1", 10, "The ministers met.", "on a sentence"),
        selection("a1", 40, "The ministers met.", "on the same words further on"),
        NoteDraft("a2", "article", "on another article"),
    ]
    for draft in drafts:
        folder.write(draft)
    assert sorted(d.text for d in folder.drafts()) == sorted(d.text for d in drafts)
    assert {d.text for d in folder.drafts("a2")} == {"on another article"}
    folder.write(drafts[0].typed("on the article, typed on"))
    assert len(folder.drafts("a1")) == 4
    folder.remove(drafts[1].key)
    assert {d.text for d in folder.drafts("a1")} == {
        "on the article, typed on",
        "on a sentence",
        "on the same words further on",
    }
    assert os.stat(drafts_dir(tmp_path / "library.json")).st_mode & 0o077 == 0, "private"


@pytest.mark.parametrize(
    "content",
    [b"", b"{", b"[]", b'{"format": 2}', b'{"format": 1, "article_id": 1}', b"\xff\xfe"],
)
def test_a_file_that_is_no_draft_is_passed_over_and_left(tmp_path: Path, content: bytes):
    folder = DraftFolder(tmp_path / "library.json")
    folder.write(NoteDraft("a1", "article", "kept"))
    stray = folder.path / "0-0.json"
    stray.write_bytes(content)
    assert [d.text for d in folder.drafts()] == ["kept"]
    assert stray.read_bytes() == content


def test_a_link_where_the_drafts_folder_goes_is_never_written_through(tmp_path: Path):
    elsewhere = tmp_path / "elsewhere"
    elsewhere.mkdir()
    store = tmp_path / "library.json"
    drafts_dir(store).symlink_to(elsewhere)
    folder = DraftFolder(store)
    with pytest.raises(OSError):
        folder.write(NoteDraft("a1", "article", "typed"))
    assert list(elsewhere.iterdir()) == [] and folder.drafts() == []


def test_the_writer_keeps_the_newest_and_a_drop_is_never_undone_by_a_write_under_way(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch
):
    folder = DraftFolder(tmp_path / "library.json")
    errors: list[str] = []
    writer = DraftWriter(folder, errors.append)
    base = NoteDraft("a1", "article", "")
    for typed in ("a", "ab", "abc"):
        writer.put(base.typed(typed))
    writer.flush()
    assert [d.text for d in folder.drafts()] == ["abc"]

    # a write held inside the disk call while the note is saved (the draft dropped)
    writing, release = threading.Event(), threading.Event()
    real_write = folder.write

    def slow_write(draft: NoteDraft) -> None:
        writing.set()
        release.wait(10)
        real_write(draft)

    monkeypatch.setattr(folder, "write", slow_write)
    writer.put(base.typed("abcd"))
    assert writing.wait(10)
    dropped = threading.Thread(target=writer.drop, args=(base,))
    dropped.start()
    release.set()
    dropped.join(10)
    writer.flush()
    assert folder.drafts() == [] and errors == []
    writer.close()


def test_a_write_that_fails_is_said_and_the_writer_goes_on(tmp_path: Path):
    store = tmp_path / "library.json"
    drafts_dir(store).write_text("not a folder")
    errors: list[str] = []
    writer = DraftWriter(DraftFolder(store), errors.append)
    writer.put(NoteDraft("a1", "article", "typed"))
    writer.flush()
    assert len(errors) == 1 and "could not be kept" in errors[0]
    drafts_dir(store).unlink()
    writer.put(NoteDraft("a1", "article", "typed on"))
    writer.close()
    assert [d.text for d in DraftFolder(store).drafts()] == ["typed on"]


def test_a_fifo_a_link_or_a_huge_file_among_the_drafts_is_named_never_read(tmp_path: Path):
    """Every opening of an article reads the drafts folder: a FIFO there kept the app
    waiting for a writer for ever, a link to ``/dev/zero`` read without end, a link to a
    draft elsewhere was offered as this store's, and a file of 200 MB was read and parsed
    at each opening. Each is passed over, named for ``doctor``, and left as it is."""
    folder = DraftFolder(tmp_path / "library.json")
    real = NoteDraft("a1", "article", "typed here")
    folder.write(real)
    elsewhere = tmp_path / "elsewhere.json"
    elsewhere.write_bytes(NoteDraft("a1", "highlight", "not ours", highlight_id="h").to_json())
    os.mkfifo(folder.path / "0-fifo.json")
    os.symlink("/dev/zero", folder.path / "1-zero.json")
    linked = NoteDraft("a1", "highlight", "", highlight_id="h").key
    os.symlink(elsewhere, folder.path / f"{linked}.json")
    with open(folder.path / "2-huge.json", "wb") as huge:
        huge.truncate(200_000_000)  # sparse: no disk taken
    found: list[list[DraftFile]] = []
    reader = threading.Thread(target=lambda: found.append(folder.files()), daemon=True)
    reader.start()
    reader.join(timeout=60)
    if reader.is_alive():  # let the blocked open go before failing
        os.close(os.open(folder.path / "0-fifo.json", os.O_WRONLY | os.O_NONBLOCK))
        pytest.fail("reading the drafts folder never ended")
    [files] = found
    problems = {file.name: file.problem for file in files}
    assert "FIFO" in problems["0-fifo.json"]
    assert (
        "symbolic link" in problems["1-zero.json"]
        and "never followed" in problems[f"{linked}.json"]
    )
    assert "200,000,000 bytes" in problems["2-huge.json"]
    assert folder.drafts() == [real]
    assert len(os.listdir(folder.path)) == 5, "nothing is removed"


def test_removing_a_draft_takes_the_temp_file_a_killed_write_left(tmp_path: Path):
    """A kill during a draft's write leaves its temp file (the typing in it); the note then
    saved without typing on, the draft went and the temp file stayed for ever."""
    folder = DraftFolder(tmp_path / "library.json")
    draft = NoteDraft("a1", "article", "typed")
    folder.write(draft)
    dead = subprocess.Popen(["true"])  # its id names no running process once waited for
    dead.wait()
    stray = folder.path / f".{draft.key}.json.tmp-{dead.pid}-0a1b2c3d"
    stray.write_bytes(b'{"format": 1, "text": "typed, half wri')
    folder.remove(draft.key)
    assert os.listdir(folder.path) == []


def test_a_draft_larger_than_one_read_back_is_not_written_and_said(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch
):
    """A report of megabytes pasted into a note (attack64): its draft was written, larger than
    a draft is read back, and after a kill the next start passed it over unsaid, the typing
    lost. It is refused as it is written, the dialog saying so (ctrl+s saves the note)."""
    monkeypatch.setattr("diplotui.session.drafts.MAX_DRAFT_BYTES", 4096)
    store = tmp_path / "library.json"
    errors: list[str] = []
    writer = DraftWriter(DraftFolder(store), errors.append)
    writer.put(NoteDraft("a1", "article", "a short note"))
    writer.flush()
    writer.put(NoteDraft("a1", "article", "a report pasted " * 1000))
    writer.close()
    [said] = errors
    assert said.startswith("The note's draft could not be kept (")
    assert "bytes, more than a draft read back" in said
    assert [d.text for d in DraftFolder(store).drafts()] == ["a short note"]
