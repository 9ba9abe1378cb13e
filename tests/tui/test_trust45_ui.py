"""Session 45's trust fixes in the app: an export's import moves the progress bar by its
articles; an article's opening reads no draft file; a note being typed when a sync refiles
its article follows it to the team's id. Each test failed before its fix."""

from __future__ import annotations

import errno
from pathlib import Path

import pytest
from textual.widgets import Input, ProgressBar, TextArea

import diplotui.session.drafts as drafts_module
import diplotui.store.body_log as body_log
from diplotui.model import Article
from diplotui.session.drafts import DraftFolder, NoteDraft
from diplotui.share import sync
from diplotui.store import Store, text_hash
from diplotui.store.errors import write_failures_reported
from diplotui.tui.app import DiplotuiApp
from diplotui.tui.dialogs.dialog import UnsavedEditScreen
from diplotui.tui.dialogs.import_files import ImportScreen
from tests.cli.test_cli_trust45 import short_export
from tests.sharing import git_identity, shared_pair

from .helpers import settle, settle_start_up, type_text
from .test_note_drafts_ui import drafts_writer, until_note_dialog
from .test_reader_support import add_article, open_first

__all__ = ["git_identity"]  # an autouse fixture: git settings of the test's own

BODY = "Minister Alpha said on Tuesday that the talks would resume in Geneva after a pause."


async def test_the_import_dialogs_bar_moves_with_an_exports_articles(
    store_path: Path, tmp_path: Path
) -> None:
    """One export of 120 articles was one file to the bar: 0 of 1 until all were merged.
    Each part's write (50 articles) now finds the bar counting the articles merged."""
    export = short_export(tmp_path / "export.json", 120)
    store = Store.open(store_path)
    app = DiplotuiApp(store)
    seen: list[tuple[float | None, float | None]] = []

    def bar_at_write(_changed: object) -> None:
        if isinstance(app.screen, ImportScreen):
            bar = app.screen.query_one("#import-progress", ProgressBar)
            seen.append((bar.progress, bar.total))

    store.on_change(bar_at_write)
    async with app.run_test(size=(120, 40)) as pilot:
        await settle_start_up(app, pilot)
        await pilot.press("I")
        assert isinstance(app.screen, ImportScreen)
        app.screen.query_one("#import-path", Input).value = str(export)
        await pilot.press("enter")
        await settle(app, pilot)
        bar = app.screen.query_one("#import-progress", ProgressBar)
        assert (bar.progress, bar.total) == (120, 120)
        assert str(app.screen.query_one("#import-status").render()) == "done"
    store.close()
    assert (50, 120) in seen and (100, 120) in seen, seen


async def test_opening_articles_reads_no_draft_file(
    store_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    """Each opening of an article read every file of the drafts folder on the UI thread
    (1,000 drafts: 219 ms a time); they are read once, at the start, and the app's own
    writes keep what it knows of them."""
    store = Store.open(store_path)
    add_article(store, "Talks resume", BODY)
    newest = add_article(store, "Talks pause", BODY.replace("resume", "pause"), date="2030-01-02")
    folder = DraftFolder(store_path)
    for n in range(30):  # drafts of articles another library holds: nothing offers them
        folder.write(NoteDraft(f"{n:012x}", "article", f"a note {n}"))
    reads: list[str] = []
    loaded = drafts_module._load

    def counted(path: Path) -> drafts_module.DraftFile:
        reads.append(path.name)
        return loaded(path)

    monkeypatch.setattr(drafts_module, "_load", counted)
    app = DiplotuiApp(store)
    async with app.run_test(size=(120, 40)) as pilot:
        await settle_start_up(app, pilot)
        at_start = len(reads)
        await open_first(app, pilot)
        await pilot.press("shift+tab", "j", "enter")
        await settle(app, pilot)
        await pilot.press("shift+tab", "k", "enter")
        await settle(app, pilot)
        assert app.screen.reader.article_id == newest.id  # type: ignore[attr-defined]
        assert (at_start, len(reads)) == (30, 30)
        await pilot.press("n")
        await until_note_dialog(app, pilot)
        await type_text(pilot, "ask the envoy")
        await pilot.press("escape", "l")  # kept as a draft: offered at its next opening
        await pilot.press("shift+tab", "j", "enter", "shift+tab", "k", "enter")
        dialog = await until_note_dialog(app, pilot)
        assert dialog.query_one(TextArea).text == "ask the envoy"
        assert len(reads) == 30
    store.close()


TEXT = "The envoy met the minister on Monday. The talks were frank and the tone was calm."


async def test_a_note_typed_as_a_sync_refiles_its_article_is_kept_under_the_new_id(
    tmp_path: Path,
) -> None:
    """The team holds the article under another id (its first text's hash was another);
    bob types a note on his copy while a sync refiles it under the team's id. The draft
    went on being written under the old id, which no article has: never offered again.
    It now follows the article, and is offered there; ``ctrl+s`` saves it there too."""
    mai, bob = shared_pair(tmp_path)
    team_id, own_id = text_hash(TEXT)[:12], text_hash(TEXT + " ")[:12]
    with Store.open(mai) as store:
        store.add_article(Article(id=team_id, title="Envoy", text_hash="", date="2030-01-01"), TEXT)
        sync(store, "mai")
    store = Store.open(bob)
    store.add_article(Article(id=own_id, title="Envoy", text_hash="", date="2030-01-01"), TEXT)
    store.set_setting("last_article", own_id)
    app = DiplotuiApp(store)
    async with app.run_test(size=(120, 40)) as pilot:
        await settle_start_up(app, pilot)
        main = app.screen
        await pilot.press("n")
        await until_note_dialog(app, pilot)
        await type_text(pilot, "second visit")
        await pilot.press("enter")  # a line break keeps the draft at once
        drafts_writer(app).flush()
        assert [d.article_id for d in DraftFolder(bob).drafts()] == [own_id]
        main.share_actions.sync()  # type: ignore[attr-defined]  # as S in the list starts it
        await settle(app, pilot)
        assert main.reader.article_id == team_id  # type: ignore[attr-defined]
        await type_text(pilot, "this month")
        await pilot.press("enter")
        drafts_writer(app).flush()
        [draft] = DraftFolder(bob).drafts()
        assert (draft.article_id, draft.text) == (team_id, "second visit\nthis month\n")
        await pilot.press("escape")
        assert isinstance(app.screen, UnsavedEditScreen)
        await pilot.press("l")  # kept as a draft
        await pilot.pause()
        await pilot.press("n")  # on the article, now the team's: its draft comes back
        dialog = await until_note_dialog(app, pilot)
        assert dialog.query_one(TextArea).text == "second visit\nthis month\n"
        await pilot.press("ctrl+s")
        await pilot.pause()
        assert store.article(team_id).note == "second visit\nthis month\n"
        drafts_writer(app).flush()
        assert DraftFolder(bob).drafts() == []
    store.close()


async def test_an_import_stopped_by_a_full_disk_says_what_it_stored_before(
    store_path: Path, tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    """The disk full at an export's third part: the dialog said "import stopped: ... nothing
    was saved" of the 100 articles its first two parts had stored."""
    export = short_export(tmp_path / "export.json", 150)
    logged = body_log.DeferredBodies.log
    parts: list[int] = []

    def full_at_the_third(self: body_log.DeferredBodies, texts: dict[str, bytes]) -> None:
        parts.append(len(texts))
        if len(parts) == 3:  # failing as the log's own write fails on a full disk
            with write_failures_reported(self.log_path):
                raise OSError(errno.ENOSPC, "No space left on device")
        logged(self, texts)

    store = Store.open(store_path)
    app = DiplotuiApp(store)
    async with app.run_test(size=(120, 40)) as pilot:
        await settle_start_up(app, pilot)
        monkeypatch.setattr(body_log.DeferredBodies, "log", full_at_the_third)
        await pilot.press("I")
        assert isinstance(app.screen, ImportScreen)
        app.screen.query_one("#import-path", Input).value = str(export)
        await pilot.press("enter")
        await settle(app, pilot)
        status = str(app.screen.query_one("#import-status").render())
    assert len(store.articles()) == 100  # the first two parts
    store.close()
    assert status.startswith("import stopped: ")
    assert "No space left on device" in status
    assert status.endswith(
        "; before it, 100 imported (stored: run the import again for the rest, what is "
        "stored is found as a duplicate)"
    ), status


async def test_a_note_discarded_under_a_linked_drafts_folder_removes_nothing_there(
    store_path: Path, tmp_path: Path
) -> None:
    """The drafts folder a link to another library's (a copied set-up, a hand-made link):
    drafts are never written through it, but discarding a note removed the file of the same
    name there, the other library's draft of the same article."""
    store = Store.open(store_path)
    article = add_article(store, "Talks resume", BODY)
    theirs = tmp_path / "other.json.drafts"
    theirs.mkdir()
    kept = theirs / f"{NoteDraft(article.id, 'article', '').key}.json"
    their_note = NoteDraft(article.id, "article", "their note").to_json()
    kept.write_bytes(their_note)
    DraftFolder(store_path).path.symlink_to(theirs)
    app = DiplotuiApp(store)
    async with app.run_test(size=(120, 40)) as pilot:
        await settle_start_up(app, pilot)
        await open_first(app, pilot)
        await pilot.press("n")
        await until_note_dialog(app, pilot)
        await type_text(pilot, "ask the envoy")
        await pilot.press("escape")
        assert isinstance(app.screen, UnsavedEditScreen)
        await pilot.press("d")  # discarded: its draft goes, none other
        await pilot.pause()
        drafts_writer(app).flush()
    store.close()
    assert kept.read_bytes() == their_note


async def test_a_draft_kept_again_is_not_offered_at_each_opening_after_a_refile(
    tmp_path: Path,
) -> None:
    """A draft offered at the start and kept as a draft again is offered at the next start,
    not at each opening of its article; once a sync had refiled the article, its next
    opening offered it again (its name, the article's id in it, was another)."""
    mai, bob = shared_pair(tmp_path)
    team_id, own_id = text_hash(TEXT)[:12], text_hash(TEXT + " ")[:12]
    with Store.open(mai) as store:
        store.add_article(Article(id=team_id, title="Envoy", text_hash="", date="2030-01-01"), TEXT)
        sync(store, "mai")
    DraftFolder(bob).write(NoteDraft(own_id, "article", "second visit"))
    store = Store.open(bob)
    store.add_article(Article(id=own_id, title="Envoy", text_hash="", date="2030-01-01"), TEXT)
    store.set_setting("last_article", own_id)
    app = DiplotuiApp(store)
    async with app.run_test(size=(120, 40)) as pilot:
        await until_note_dialog(app, pilot)  # offered at the start
        await pilot.press("escape")
        assert isinstance(app.screen, UnsavedEditScreen)
        await pilot.press("l")  # kept as a draft again
        await settle_start_up(app, pilot)
        main = app.screen
        main.share_actions.sync()  # type: ignore[attr-defined]  # as S in the list starts it
        await settle(app, pilot)
        assert main.reader.article_id == team_id  # type: ignore[attr-defined]
        await pilot.press("shift+tab", "j", "enter")
        await settle(app, pilot)
        await pilot.press("shift+tab", "k", "enter")
        await settle(app, pilot)
        assert main.reader.article_id == team_id  # type: ignore[attr-defined]
        assert app.screen is main, "the draft kept again is not offered at this opening"
        assert [(d.article_id, d.text) for d in drafts_writer(app).drafts()] == [
            (team_id, "second visit")
        ]
    store.close()
