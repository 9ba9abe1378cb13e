"""Drafts offered back against what changed since they were typed: a note saved before the
app was killed (its draft not yet removed) is not saved twice, and a note stored since by
someone else (``diplotui note``, a sync, an import) is never overwritten unseen.
"""

from __future__ import annotations

import dataclasses
from pathlib import Path

from textual.widgets import Label, TextArea

from diplotui.model import Highlight, new_id
from diplotui.session.drafts import DraftFolder, NoteDraft
from diplotui.store import Store
from diplotui.tui.app import DiplotuiApp

from .helpers import notices_said
from .test_note_drafts_ui import (
    BODY,
    FIRST,
    killed_while_typing,
    nothing_offered,
    saved_as_offered,
    until_note_dialog,
)
from .test_reader_support import add_article


async def test_a_note_saved_before_its_draft_was_removed_is_not_saved_twice(store_path: Path):
    """Killed between saving a note typed on a selection and removing its draft: the next
    start finds the highlight holding that note and removes the draft, said; offered, its
    ``ctrl+s`` made a second highlight with the same note on the same words."""
    store, article = killed_while_typing(store_path, "call the embassy ")
    text = store.article_text(article.id)
    start = text.index(FIRST)
    end = start + len(FIRST)
    saved = Highlight(
        id=new_id(), article_id=article.id, start=start, end=end, quote=FIRST,
        prefix=text[max(0, start - 32) : start], suffix=text[end : end + 32],
        note="call the embassy",
    )  # fmt: skip
    store.save_highlight(saved)
    notices = await nothing_offered(store)
    assert any("was saved already" in n for n in notices), notices
    assert [h.note for h in store.highlights(article.id)] == ["call the embassy"]
    assert DraftFolder(store_path).drafts() == []
    store.close()


async def test_a_note_stored_since_the_draft_is_kept_above_it_not_overwritten(
    store_path: Path,
):
    """The draft was typed over an empty note; ``diplotui note`` (or a sync) stored one
    since. The recovered draft opens with that note above the typing, said, and ``ctrl+s``
    keeps both: saving the draft alone overwrote the other note, never shown."""
    store = Store.open(store_path)
    article = add_article(store, "Ministers meet", BODY)
    DraftFolder(store_path).write(NoteDraft(article.id, "article", "my own typing"))
    store.with_updates(store.article(article.id), note="the note written since")
    store.set_setting("last_article", article.id)
    app = DiplotuiApp(store)
    async with app.run_test(size=(120, 40)) as pilot:
        dialog = await until_note_dialog(app, pilot)
        assert dialog.query_one(TextArea).text == "the note written since\n\nmy own typing"
        notices = notices_said(app)
        await pilot.press("ctrl+s")
        await pilot.pause()
        app.screen_stack[0].draft_actions.writer.flush()
    assert any("changed since this draft was typed" in n for n in notices), notices
    assert store.article(article.id).note == "the note written since\n\nmy own typing"
    assert DraftFolder(store_path).drafts() == []
    store.close()


async def test_a_draft_typed_over_the_stored_note_is_offered_as_typed(store_path: Path):
    """The draft rewrote the note it was typed over (its ``base``), nothing stored since:
    it is offered as typed, the old note not put back above it."""
    store = Store.open(store_path)
    article = add_article(store, "Ministers meet", BODY)
    store.with_updates(store.article(article.id), note="the old note")
    draft = NoteDraft(article.id, "article", "rewritten", base="the old note")
    DraftFolder(store_path).write(draft)
    store.set_setting("last_article", article.id)
    app = DiplotuiApp(store)
    async with app.run_test(size=(120, 40)) as pilot:
        dialog = await until_note_dialog(app, pilot)
        assert dialog.query_one(TextArea).text == "rewritten"
    store.close()


async def test_a_drafts_label_and_stamp_never_reach_the_terminal(store_path: Path):
    """A draft file is data like an article's text: its ``label`` (an OSC escape set the
    terminal's title, a bidi override reversed the dialog's frame) and a ``saved_at`` that is
    no time are never shown as written; the dialog names the passage by its quote."""
    store, _ = killed_while_typing(store_path, "call the embassy")
    folder = DraftFolder(store_path)
    [draft] = folder.drafts()
    folder.write(
        dataclasses.replace(
            draft,
            label="\x1b]0;PWNED\x07[bold red]EVIL\u202eLABEL",
            saved_at="\x1b]0;PWNED\x07 then",
        )
    )
    app = DiplotuiApp(store)
    async with app.run_test(size=(120, 40)) as pilot:
        dialog = await until_note_dialog(app, pilot)
        shown = [str(label.render()) for label in dialog.query(Label)]
    assert shown[0] == "Note on “The ministers met in Hanoi on…”"
    assert "␛]0;PWNED␇ then" in shown[1]
    assert not any(c in "".join(shown) for c in "\x1b\x07\u202e"), shown
    store.close()


async def test_drafts_whose_article_is_gone_are_said_at_the_start_and_left(store_path: Path):
    """A draft of an article deleted since (``diplotui delete``) is offered nowhere: the
    start says it is kept and where to see it, and removes nothing."""
    store = Store.open(store_path)
    article = add_article(store, "Ministers meet", BODY)
    folder = DraftFolder(store_path)
    folder.write(NoteDraft("gone00000000", "article", "typed on an article deleted since"))
    store.set_setting("last_article", article.id)
    app = DiplotuiApp(store)
    async with app.run_test(size=(120, 40)) as pilot:
        for _ in range(40):
            await pilot.pause(0.02)
        notices = notices_said(app)
    assert any("1 note draft whose article is no longer" in n and "doctor" in n for n in notices)
    assert [d.text for d in folder.drafts()] == ["typed on an article deleted since"]
    store.close()


async def test_a_draft_that_cannot_be_removed_after_the_save_is_said(store_path: Path, monkeypatch):
    """The note saved, its draft's removal fails (a read-only or failing disk): the writer
    reported it through ``call_from_thread``, which refuses the app's own thread, so nothing
    was said and the draft came back at the next start as never saved."""
    store, _ = killed_while_typing(store_path, "call the embassy")

    def refused(self: DraftFolder, key: str) -> None:
        raise OSError(30, "Read-only file system")

    monkeypatch.setattr(DraftFolder, "remove", refused)
    notices = await saved_as_offered(store)
    assert any("draft could not be removed: [Errno 30] Read-only" in n for n in notices), notices
    store.close()


async def test_keys_typed_for_the_reader_as_a_draft_pops_up_do_not_go_into_it(store_path: Path):
    """The app started, the reader's keys pressed at once (``j j k h`` and a space): the
    recovered dialog came up under them and they went into the draft, written over it a
    second later. Offered unasked, it takes no key before ``enter``; then typing goes on."""
    store, article = killed_while_typing(store_path, "call the embassy")
    folder = DraftFolder(store_path)
    [draft_file] = folder.path.iterdir()
    before = draft_file.read_bytes()
    app = DiplotuiApp(store)
    async with app.run_test(size=(120, 40)) as pilot:
        dialog = await until_note_dialog(app, pilot)
        await pilot.press("j", "j", "k", "h", "space", "x")
        await pilot.pause()
        area = dialog.query_one(TextArea)
        assert area.text == "call the embassy"
        assert "enter types on" in str(dialog.query_one("#draft-line", Label).render())
        app.screen_stack[0].draft_actions.writer.flush()
        assert draft_file.read_bytes() == before
        await pilot.press("enter", "space", "t", "o", "d", "a", "y")
        await pilot.pause()
        assert area.text == "call the embassy today"
        assert "enter types on" not in str(dialog.query_one("#draft-line", Label).render())
        await pilot.press("ctrl+s")
        await pilot.pause()
    [saved] = store.highlights(article.id)
    assert saved.note == "call the embassy today"
    store.close()


async def test_a_hang_up_over_a_recovered_draft_nothing_was_typed_into_leaves_it_a_draft(
    store_path: Path,
):
    """The terminal closed (SIGHUP) while a recovered draft was offered, unread perhaps:
    it was saved as the note, nobody having chosen to. It stays a draft, offered again."""
    from diplotui.tui.dialogs.dialog import end_on_hangup

    store, article = killed_while_typing(store_path, "call the embassy")
    app = DiplotuiApp(store)
    async with app.run_test(size=(120, 40)) as pilot:
        await until_note_dialog(app, pilot)
        end_on_hangup(app)
        await pilot.pause()
        await pilot.pause()
        assert not app.is_running
    assert store.highlights(article.id) == []
    assert [d.text for d in DraftFolder(store_path).drafts()] == ["call the embassy"]
    store.close()


async def test_a_hang_up_after_typing_on_a_recovered_draft_saves_it(store_path: Path):
    """Typed into, the recovered draft is the user's work under way: saved as ctrl+s would."""
    from diplotui.tui.dialogs.dialog import end_on_hangup

    store, article = killed_while_typing(store_path, "call the embassy")
    app = DiplotuiApp(store)
    async with app.run_test(size=(120, 40)) as pilot:
        await until_note_dialog(app, pilot)
        await pilot.press("enter", "space", "n", "o", "w")
        await pilot.pause()
        end_on_hangup(app)
        await pilot.pause()
        await pilot.pause()
    assert [h.note for h in store.highlights(article.id)] == ["call the embassy now"]
    store.close()


async def test_a_draft_naming_another_articles_highlight_never_writes_on_it(store_path: Path):
    """A draft file (hand-made, or copied from another store) naming a highlight of another
    article: its note went on that highlight, in an article not even open. Its words are
    noted anew in the draft's own article instead."""
    store, article = killed_while_typing(store_path, "typed here")
    other = add_article(store, "Envoys travel", "The envoys travelled to Geneva on Friday.")
    text = store.article_text(other.id)
    theirs = Highlight(
        id=new_id(), article_id=other.id, start=0, end=len(text), quote=text, note=""
    )
    store.save_highlight(theirs)
    folder = DraftFolder(store_path)
    [draft] = folder.drafts()
    folder.remove(draft.key)
    folder.write(dataclasses.replace(draft, kind="highlight", highlight_id=theirs.id))
    await saved_as_offered(store)
    assert store.highlight(theirs.id).note == ""
    [mine] = store.highlights(article.id)
    assert mine.quote == FIRST and mine.note == "typed here"
    store.close()


async def test_a_drafts_folder_that_is_no_folder_is_said_at_the_start(store_path: Path):
    """A link or a file where the drafts go: every draft of the next note would fail, said
    only once typed; the start says so first."""
    store = Store.open(store_path)
    add_article(store, "Ministers meet", BODY)
    DraftFolder(store_path).path.write_text("not a folder")
    notices = await nothing_offered(store)
    assert any("not a folder (a link or a file)" in n for n in notices), notices
    store.close()
