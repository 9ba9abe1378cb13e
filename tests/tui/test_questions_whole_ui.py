"""Every question a user must answer reads whole on a 60x20 terminal, wrapped over as many
lines as it takes: a note or tags typed and left (``escape``, or quitting) asked "The note
was edited. Save it, or keep it as a draft f…", cut to the dialog's width (leftovers49).
Its buttons, too, are on screen whole: at 40x12 "Keep editing (k)" ran past the dialog's
edge, undrawn, only its key still working (ui49c)."""

from __future__ import annotations

import importlib
import pkgutil

import pytest
from textual.pilot import Pilot
from textual.widgets import Button, Label

from diplotui.store import Store
from diplotui.tui import dialogs
from diplotui.tui.app import DiplotuiApp
from diplotui.tui.dialogs.confirm import ConfirmScreen
from diplotui.tui.dialogs.dialog import Dialog, UnsavedEditScreen

from .helpers import pane_words, settle_start_up, type_text

SIZES = [(60, 20), (80, 24)]


def _question(app: DiplotuiApp) -> str:
    """The words the question on top shows, its lines joined."""
    return pane_words(app, app.screen.query_one(".question", Label))


async def _ask(app: DiplotuiApp, pilot: Pilot[None], key: str, leaving: str) -> None:
    """Open the first article's note (``n``) or tag (``t``) dialog, type, and leave it."""
    await settle_start_up(app, pilot)
    await pilot.press("enter", key)
    await pilot.pause()
    await type_text(pilot, "east sea")
    await pilot.press(leaving)
    await pilot.pause()
    assert isinstance(app.screen, UnsavedEditScreen)


@pytest.mark.parametrize("size", SIZES)
@pytest.mark.parametrize(
    ("key", "asked"),
    [
        ("n", "The note was edited. Save it, or keep it as a draft for later?"),
        ("t", "Tags were typed. Add them, or keep them as a draft for later?"),
    ],
)
@pytest.mark.parametrize("leaving", ["escape", "ctrl+q"])
async def test_the_question_about_a_draft_reads_whole(
    seeded_store: Store, size: tuple[int, int], key: str, asked: str, leaving: str
) -> None:
    app = DiplotuiApp(seeded_store)
    async with app.run_test(size=size) as pilot:
        await _ask(app, pilot, key, leaving)
        assert _question(app) == asked
        await pilot.press("d")  # discarded: the draft typed here is not kept
        await pilot.pause()


@pytest.mark.parametrize(("size", "rows"), [((40, 12), 2), ((60, 20), 1)])
@pytest.mark.parametrize("key", ["n", "t"])  # the note's and the tags' questions (drafts)
async def test_every_button_is_on_screen_whole(
    seeded_store: Store, size: tuple[int, int], rows: int, key: str
) -> None:
    """At 40x12 in two rows; at 60x20, where they fit side by side, one."""
    app = DiplotuiApp(seeded_store)
    async with app.run_test(size=size) as pilot:
        await _ask(app, pilot, key, "escape")
        shown = app.screen.query_one(".dialog").content_region
        buttons = list(app.screen.query(Button))
        labels = [str(button.label) for button in buttons]
        assert [pane_words(app, button) for button in buttons] == labels
        for button in buttons:
            assert shown.contains_region(button.region), (button.id, button.region, shown)
        assert len({button.region.y for button in buttons}) == rows
        await pilot.press("k")  # back to the typing
        await pilot.pause()
        assert not isinstance(app.screen, UnsavedEditScreen)


def _edit_questions() -> list[str]:
    """Every dialog's question about what was typed in it."""
    for module in pkgutil.iter_modules(dialogs.__path__):
        importlib.import_module(f"{dialogs.__name__}.{module.name}")
    found: list[str] = []
    kinds: list[type[Dialog[object]]] = list(Dialog.__subclasses__())
    while kinds:
        kind = kinds.pop()
        kinds += kind.__subclasses__()
        if kind.EDIT_QUESTION and kind.EDIT_QUESTION not in found:
            found.append(kind.EDIT_QUESTION)
    return found


def test_the_dialogs_ask_their_questions() -> None:
    assert len(_edit_questions()) >= 10, _edit_questions()  # every dialog module imported


@pytest.mark.parametrize("size", SIZES)
async def test_every_question_reads_whole(seeded_store: Store, size: tuple[int, int]) -> None:
    """Each dialog's question about an edit, and a long yes/no question, read whole."""
    app = DiplotuiApp(seeded_store)
    long_title = "Secretariat Standing Member Tran Cam Tu underscores people-to-people diplomacy"
    async with app.run_test(size=size) as pilot:
        await settle_start_up(app, pilot)
        for question in _edit_questions():
            for drafts in (False, True):
                app.push_screen(UnsavedEditScreen(question, drafts))
                await pilot.pause()
                assert _question(app) == question
                await pilot.press("k")
                await pilot.pause()
        app.push_screen(ConfirmScreen(f"Delete “{long_title}”?", "Delete"))
        await pilot.pause()
        assert _question(app) == f"Delete “{long_title}”?"
        await pilot.press("n")


@pytest.mark.parametrize("size", [(40, 12), (30, 10)])
@pytest.mark.parametrize("kind", ["draft", "yes/no"])
async def test_a_question_and_a_notice_read_whole_apart_in_a_small_terminal(
    seeded_store: Store, size: tuple[int, int], kind: str
) -> None:
    """At 30x10 the question's buttons ran past its edge even in two columns ("Keep editi",
    "Cancel (n"), and a notice covered its top edge and first words. Below 40 columns its
    buttons stand one a row; in a short terminal it opens under the title bar, its notices
    at the foot: every word of it, every button and the notice whole, none over another."""
    from textual.widgets._toast import Toast

    app = DiplotuiApp(seeded_store)
    async with app.run_test(size=size, notifications=True) as pilot:
        if kind == "draft":
            await _ask(app, pilot, "n", "escape")
            asked = "The note was edited. Save it, or keep it as a draft for later?"
        else:
            await settle_start_up(app, pilot)
            asked = "Delete “Secretariat Standing Member Tran Cam Tu”?"
            app.push_screen(ConfirmScreen(asked, "Delete", "Its note goes with it."))
            await pilot.pause()
        notice = "Entity colours off: e turns them on again."
        app.notify(notice, markup=False)
        await pilot.pause()
        await pilot.pause()
        assert _question(app) == asked
        box = app.screen.query_one(".dialog").region
        on_screen = app.screen.region
        buttons = list(app.screen.query(Button))
        for button in buttons:
            assert pane_words(app, button) == str(button.label), button.id
            assert box.contains_region(button.region) and on_screen.contains_region(button.region)
        if size[0] < 40:
            assert len({button.region.y for button in buttons}) == len(buttons)  # one a row
        [toast] = list(app.screen.query(Toast))
        assert pane_words(app, toast) == notice
        assert not toast.region.overlaps(box), (toast.region, box)
        await pilot.press("escape" if kind == "yes/no" else "k")
        await pilot.pause()
