"""Real write failures: a file size limit (a full disk as the writer sees it), a store folder
removed while the app runs. Every one is one line naming the path and the reason, a non-zero
exit from the CLI, an app that stays open, and nothing typed lost.

The tests run as root, so a read-only folder would not stop them; ``RLIMIT_FSIZE`` makes every
write past a few bytes fail with EFBIG in the child (Python ignores SIGXFSZ), as a full disk
would, without touching the machine's disks.
"""

from __future__ import annotations

import resource
import shutil
import subprocess
import sys
from pathlib import Path

import pytest
from textual.widgets import Input

from diplotui.model import Article
from diplotui.store import Store, text_hash
from diplotui.tui.app import DiplotuiApp
from diplotui.tui.dialogs.metadata import MetadataScreen
from diplotui.tui.dialogs.note import NoteScreen
from diplotui.tui.dialogs.tags import AddTagsScreen

from ..tui.helpers import settle_start_up, type_text

DIPLOTUI = [sys.executable, "-m", "diplotui.cli.main"]
BODY = "Ministers met in Hanoi on trade. They agreed to meet again in May.\n"


def _store_with_one_article(path: Path) -> str:
    with Store.open(path) as store:
        text = f"Talks in Hanoi\n\n{BODY}"
        article = Article(
            id=store.new_article_id(text_hash(text)), title="Talks in Hanoi", text_hash=""
        )
        store.add_article(article, text)
        return article.id


def _run_with_file_limit(limit: int, *args: str) -> subprocess.CompletedProcess[str]:
    def limit_file_size() -> None:
        resource.setrlimit(resource.RLIMIT_FSIZE, (limit, resource.RLIM_INFINITY))

    return subprocess.run(
        [*DIPLOTUI, *args],
        capture_output=True,
        text=True,
        timeout=60,
        preexec_fn=limit_file_size,
    )


@pytest.fixture
def small_store(tmp_path: Path) -> tuple[Path, str]:
    path = tmp_path / "store" / "library.json"
    return path, _store_with_one_article(path)


@pytest.mark.parametrize(
    "command",
    [
        ["tag", "{id}", "trade"],
        ["note", "{id}", "a note that cannot be written"],
        ["highlight", "{id}", "--quote", "Ministers met in Hanoi"],
        ["meta", "{id}", "--title", "A new title"],
        ["import", "{extra}"],
    ],
    ids=["tag", "note", "highlight", "meta", "import"],
)
def test_cli_writer_on_a_full_disk_says_one_line_and_changes_nothing(
    small_store: tuple[Path, str], tmp_path: Path, command: list[str]
):
    path, article_id = small_store
    extra = tmp_path / "extra.txt"
    extra.write_text("Another article\n\n" + "Leaders met in Vientiane. " * 200)
    before = path.read_bytes()
    args = [part.format(id=article_id, extra=extra) for part in command]
    result = _run_with_file_limit(64, "--db", str(path), *args)
    assert result.returncode == 1, result.stderr
    assert "Traceback" not in result.stderr
    lines = result.stderr.strip().splitlines()
    assert len(lines) == 1, result.stderr
    assert str(path.parent) in lines[0] and "File too large" in lines[0]
    assert path.read_bytes() == before


def test_export_to_a_full_disk_says_one_line(small_store: tuple[Path, str], tmp_path: Path):
    path, _ = small_store
    target = tmp_path / "export.json"
    result = _run_with_file_limit(
        64, "--db", str(path), "export", "--format", "json", "-o", str(target)
    )
    assert result.returncode == 1
    [line] = result.stderr.strip().splitlines()
    assert str(target) in line and "File too large" in line
    assert not target.exists()


def _remove_store_folder(path: Path) -> None:
    shutil.rmtree(path.parent)


async def test_app_stays_open_when_its_store_folder_is_removed(tmp_path: Path):
    """`enter` (which remembers the open article), `h`, and a note saved with ctrl+s: each
    write fails with one line naming the store; the note stays in its dialog, as typed."""
    path = tmp_path / "store" / "library.json"
    _store_with_one_article(path)
    store = Store.open(path)
    app = DiplotuiApp(store)
    async with app.run_test(size=(120, 40)) as pilot:
        await settle_start_up(app, pilot)  # the workers have read the text into memory
        _remove_store_folder(path)
        await pilot.press("enter")
        await pilot.pause()
        assert app.is_running
        reader = app.screen.query_one("Reader")
        assert getattr(reader, "article_id", None), "the article opened from memory"
        await pilot.press("v", "h")  # selected: stored at once, not after the names are found
        await pilot.pause()
        assert app.is_running
        assert store.highlights() == []
        await pilot.press("n")
        await pilot.pause()
        assert isinstance(app.screen, NoteScreen)
        await type_text(pilot, "keep this text")
        await pilot.press("ctrl+s")
        await pilot.pause()
        assert app.is_running
        assert isinstance(app.screen, NoteScreen), "a note that was not saved stays open"
        assert app.screen.query_one("TextArea").text == "keep this text"
        await pilot.press("escape", "d")  # an edited note asks first: discard it
        await pilot.press("t")  # tags on the article: what was typed stays too
        await type_text(pilot, "trade")
        await pilot.press("enter")
        await pilot.pause()
        assert isinstance(app.screen, AddTagsScreen)
        assert app.screen.query_one("Input").value == "trade"
        await pilot.press("escape", "d", "i")  # typed tags: discarded; the article's details
        await pilot.pause()
        assert isinstance(app.screen, MetadataScreen)
        app.screen.query_one("#metadata-author", Input).value = "A. Writer"
        await pilot.press("ctrl+s")
        await pilot.pause()
        assert isinstance(app.screen, MetadataScreen)
        assert app.screen.query_one("#metadata-author", Input).value == "A. Writer"
        assert app.is_running
        messages = [str(n.message) for n in app._notifications]
        failures = [m for m in messages if "cannot write" in m]
        assert failures, messages  # older ones may have timed out on a slow machine
        assert all(str(path.parent) in m and "\n" not in m for m in failures)
    store.close()


def test_a_committed_write_whose_closing_compaction_fails_is_said_as_saved(
    small_store: tuple[Path, str], monkeypatch
):
    """On a disk with room for the journal line but not for a fresh copy of the file (a real
    3 MB tmpfs, filled), ``note`` stored the note, then printed "cannot write (No space left
    on device); nothing was saved" and exited 1: the optional compaction on closing failed.
    The user told nothing was saved types it again; the lock stayed taken meanwhile."""
    from diplotui.store import storage as storage_module
    from tests.cli_runner import run_main

    path, article_id = small_store

    def disk_full(*args: object, **kwargs: object) -> None:
        raise OSError(28, "No space left on device")

    monkeypatch.setattr(storage_module, "atomic_write_bytes", disk_full)
    result = run_main("--db", str(path), "note", article_id, "kept in the journal")
    assert result.returncode == 0 and result.stderr == "", result.stderr
    monkeypatch.undo()
    with Store.open(path) as store:  # the lock was released, the note is there
        assert store.article(article_id).note == "kept in the journal"
