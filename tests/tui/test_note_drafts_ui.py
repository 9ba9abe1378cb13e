"""A note being typed is kept as a draft, offered back at the next start on its target, and
gone once the note is saved or discarded; ``escape`` keeps it as a draft only when asked.

(The draft a killed app leaves: ``tests/reliability/test_kill_while_typing_a_note.py``.)
"""

from __future__ import annotations

from pathlib import Path

import pytest
from textual.widgets import Label, TextArea

from diplotui.model import AnchorStatus, Article
from diplotui.session.drafts import DraftFolder, NoteDraft
from diplotui.store import Store
from diplotui.tui.app import DiplotuiApp
from diplotui.tui.dialogs.dialog import UnsavedEditScreen
from diplotui.tui.dialogs.note import NoteScreen

from .helpers import notices_said, settle_start_up, type_text, until_screen
from .test_reader_support import add_article, open_first

BODY = "The ministers met in Hanoi on Monday. They agreed to meet again in May."
FIRST = "The ministers met in Hanoi on Monday."


def sentence_draft(article: Article, text: str, typed: str) -> NoteDraft:
    """The draft an app killed while typing a note on ``FIRST`` would have left."""
    start = text.index(FIRST)
    end = start + len(FIRST)
    return NoteDraft(
        article.id,
        "selection",
        typed,
        "“The ministers met in Hanoi on Monday.”",
        start=start,
        end=end,
        quote=FIRST,
        prefix=text[max(0, start - 32) : start],
        suffix=text[end : end + 32],
    )


def killed_while_typing(store_path: Path, typed: str, changed: str = "") -> tuple[Store, Article]:
    """The store an app killed while ``typed`` was typed on ``FIRST`` left (its article
    reopens at the start); ``changed``: what ``FIRST`` reads as since (``import --update``)."""
    store = Store.open(store_path)
    article = add_article(store, "Ministers meet", BODY)
    text = store.article_text(article.id)
    DraftFolder(store_path).write(sentence_draft(article, text, typed))
    if changed:
        store.replace_article_text(article, text.replace(FIRST, changed), [])
    store.set_setting("last_article", article.id)
    return store, article


async def until_note_dialog(app: DiplotuiApp, pilot) -> NoteScreen:
    return await until_screen(app, pilot, NoteScreen)


def drafts_writer(app: DiplotuiApp):
    return app.screen_stack[0].draft_actions.writer


async def saved_as_offered(store: Store) -> list[str]:
    """Start the app on ``store``, save the draft it offers with ``ctrl+s``: the notices."""
    app = DiplotuiApp(store)
    async with app.run_test(size=(120, 40)) as pilot:
        await until_note_dialog(app, pilot)
        await pilot.press("ctrl+s")
        await pilot.pause()
        return notices_said(app)


async def nothing_offered(store: Store) -> list[str]:
    """Start the app on ``store``, which offers no draft (asserted): the notices."""
    app = DiplotuiApp(store)
    async with app.run_test(size=(120, 40)) as pilot:
        await settle_start_up(app, pilot)
        for _ in range(20):
            await pilot.pause(0.02)
        assert not isinstance(app.screen, NoteScreen), "no draft is offered"
        drafts_writer(app).flush()
        return notices_said(app)


async def test_a_note_typed_is_kept_as_a_draft_until_it_is_saved(store_path: Path):
    store = Store.open(store_path)
    article = add_article(store, "Ministers meet", BODY)
    folder = DraftFolder(store_path)
    app = DiplotuiApp(store)
    async with app.run_test(size=(120, 40)) as pilot:
        await open_first(app, pilot)
        await pilot.press("j", "v", "n")
        await until_note_dialog(app, pilot)
        await type_text(pilot, "ask the embassy")
        await pilot.press("enter")  # a line break keeps the draft at once
        drafts_writer(app).flush()
        [draft] = folder.drafts(article.id)
        assert draft.kind == "selection" and draft.quote == FIRST
        assert draft.text == "ask the embassy\n"
        await type_text(pilot, "about May")
        await pilot.press("ctrl+s")
        await pilot.pause()
        assert not isinstance(app.screen, NoteScreen)
        drafts_writer(app).flush()
        assert folder.drafts() == [], "a saved note leaves no draft"
        [made] = store.highlights(article.id)
        assert made.note == "ask the embassy\nabout May" and made.quote == FIRST
    store.close()


async def test_a_draft_left_by_a_killed_app_reopens_on_its_words_and_is_saved(store_path: Path):
    store, article = killed_while_typing(store_path, "call the embassy\nbefore May")
    app = DiplotuiApp(store)
    async with app.run_test(size=(120, 40)) as pilot:
        dialog = await until_note_dialog(app, pilot)
        line = str(dialog.query_one("#draft-line", Label).render())
        assert line.startswith("Recovered draft, typed ") and "never saved" in line
        assert dialog.query_one(TextArea).text == "call the embassy\nbefore May"
        await pilot.press("ctrl+s")
        await pilot.pause()
        drafts_writer(app).flush()
    [made] = store.highlights(article.id)
    assert made.quote == FIRST and made.note == "call the embassy\nbefore May"
    assert DraftFolder(store_path).drafts() == []
    store.close()


async def test_escape_on_a_recovered_draft_keeps_it_only_when_asked(store_path: Path):
    """``l`` keeps the draft (not offered again this session, ``n`` on its words resumes
    it); ``d`` discards it, and only then is it gone."""
    store, article = killed_while_typing(store_path, "call the embassy")
    folder = DraftFolder(store_path)
    app = DiplotuiApp(store)
    async with app.run_test(size=(120, 40)) as pilot:
        await until_note_dialog(app, pilot)
        await pilot.press("escape")
        await pilot.pause()
        assert isinstance(app.screen, UnsavedEditScreen)
        await pilot.press("l")
        await pilot.pause()
        assert not isinstance(app.screen, (NoteScreen, UnsavedEditScreen))
        assert [d.text for d in folder.drafts(article.id)] == ["call the embassy"]
        await pilot.press("shift+tab", "enter")  # the article opened again
        await pilot.pause()
        assert not isinstance(app.screen, NoteScreen), "kept: not offered at every opening"
        reader = app.screen.reader
        reader.focus()
        await pilot.press("g", "j", "v", "n")  # the same words: n resumes the draft
        dialog = await until_note_dialog(app, pilot)
        assert dialog.query_one(TextArea).text == "call the embassy"
        assert dialog.query("#draft-line")
        await pilot.press("escape")
        await pilot.pause()
        await pilot.press("d")
        await pilot.pause()
        assert folder.drafts() == [] and store.highlights(article.id) == []
    store.close()


async def test_drafts_of_two_articles_are_kept_apart_and_the_other_is_named(store_path: Path):
    store = Store.open(store_path)
    first = add_article(store, "Ministers meet", BODY)
    second = add_article(store, "Envoys travel", "The envoys travelled to Geneva on Friday.")
    folder = DraftFolder(store_path)
    folder.write(NoteDraft(first.id, "article", "first article's note"))
    folder.write(NoteDraft(second.id, "article", "second article's note"))
    store.set_setting("last_article", first.id)
    notices: list[str] = []
    app = DiplotuiApp(store)
    async with app.run_test(size=(120, 40)) as pilot:
        dialog = await until_note_dialog(app, pilot)
        notices = notices_said(app)
        assert dialog.query_one(TextArea).text == "first article's note"
        await pilot.press("ctrl+s")
        await pilot.pause()
    assert any("“Envoys travel”" in n and "never saved" in n for n in notices), notices
    assert store.article(first.id).note == "first article's note"
    assert [d.text for d in folder.drafts()] == ["second article's note"]
    store.close()


@pytest.mark.parametrize(
    ("changed", "status", "said"),
    [
        ("Talks were postponed.", AnchorStatus.ORPHAN, "saved on an orphan in the sidebar"),
        ("The ministers met in Hue on Monday.", AnchorStatus.DRIFTED, "marked drifted"),
    ],
)
async def test_a_note_on_words_a_change_took_or_changed_is_kept_and_said(
    store_path: Path, changed: str, status: AnchorStatus, said: str
):
    """The draft's words are gone from the text when it is offered back, or read otherwise
    at their place (``import --update`` since the kill): the note is saved on an orphan, or
    on a drifted highlight where the words stood, and the notice says which; never refused."""
    store, article = killed_while_typing(store_path, "call the embassy", changed)
    notices = await saved_as_offered(store)
    [kept] = store.highlights(article.id)
    assert kept.status == status.value and kept.note == "call the embassy"
    assert kept.quote == FIRST
    assert any(said in n for n in notices), notices
    store.close()


async def test_a_read_only_app_leaves_another_apps_draft_alone(store_path: Path):
    """The app holding the store may be typing that very note: a second app, read-only,
    neither offers the draft nor touches its file."""
    store, article = killed_while_typing(store_path, "typed in the first app")
    draft_file = next(DraftFolder(store_path).path.iterdir())
    before = draft_file.read_bytes()
    second = Store.open(store_path, read_only=True)
    app = DiplotuiApp(second)
    async with app.run_test(size=(120, 40)) as pilot:
        await settle_start_up(app, pilot)
        assert app.screen.reader.article_id == article.id
        assert not isinstance(app.screen, NoteScreen)
    assert draft_file.read_bytes() == before
    second.close()
    store.close()


def key_line(dialog: NoteScreen) -> str:
    return str(dialog.query_one("#note-keys", Label).render())


async def test_the_key_line_says_what_escape_does_on_the_note(store_path: Path):
    """``escape`` on an edited note, a recovered draft first of all, asks Save / Draft /
    Discard / Keep editing; the key line said "esc: cancel" whatever the note held."""
    store, _ = killed_while_typing(store_path, "call the embassy")
    app = DiplotuiApp(store)
    async with app.run_test(size=(120, 40)) as pilot:
        dialog = await until_note_dialog(app, pilot)
        assert key_line(dialog) == "enter: type on · ctrl+s: save · esc: save, draft or discard?"
        await pilot.press("enter")  # types on
        await pilot.pause()
        assert key_line(dialog) == "ctrl+s: save · esc: save, draft or discard?"
        await pilot.press("escape")
        await pilot.pause()
        assert isinstance(app.screen, UnsavedEditScreen)
        buttons = [str(b.label) for b in app.screen.query("Button")]
        assert buttons == ["Save (s)", "Draft (l)", "Discard (d)", "Keep editing (k)"]
        await pilot.press("k")  # keep editing: the edit erased, nothing to ask about
        await pilot.pause()
        dialog.query_one(TextArea).text = ""
        await pilot.pause()
        assert key_line(dialog) == "ctrl+s: save · esc: cancel"
        await pilot.press("escape")
        await pilot.pause()
        assert not isinstance(app.screen, (NoteScreen, UnsavedEditScreen)), "cancelled"
    store.close()
