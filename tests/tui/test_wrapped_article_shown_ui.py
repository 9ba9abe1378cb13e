"""A hard-wrapped article is found, copied and listed as the reader draws it: ``/`` finds a
phrase across a soft wrap, ``y`` copies a statement across one on one line, and the
Statements view (``W``) lists it so; a blank line between paragraphs stays a paragraph break
and every offset is one into the stored text, which keeps its line breaks."""

from __future__ import annotations

import textwrap

from diplotui.cite import STYLE_SETTING
from diplotui.store import Store
from diplotui.tui.app import DiplotuiApp

from .helpers import open_statements_view, settle, type_text
from .test_reader_support import add_article, open_first
from .test_statements_ui import _rows_listed

_PARAGRAPHS = (
    "Foreign Minister Bui Thanh Son told reporters in Hanoi on Tuesday that the talks on the "
    "border with the foreign minister of Laos had been frank and useful for both delegations.",
    "\u201cWe will keep talking until every question of the border is settled between our two "
    "countries,\u201d Son said after the meeting in the capital.",
    "Officials will draft a new agreement before the next round of talks begins in Beijing in "
    "the spring, when both sides expect to sign it.",
)
BODY = "\n" + "\n\n".join(textwrap.fill(paragraph, 60) for paragraph in _PARAGRAPHS)
REPORTED = (
    "the talks on the border with the foreign minister of Laos had been frank and useful for "
    "both delegations"
)
QUOTED = "We will keep talking until every question of the border is settled between our two"


def _store(store_path: object, style: str = "markdown") -> Store:
    store = Store.open(store_path)
    add_article(store, "Border talks", BODY)
    store.set_setting(STYLE_SETTING, style)
    return store


async def test_find_matches_a_phrase_across_a_soft_wrap(store_path):
    store = _store(store_path)
    app = DiplotuiApp(store)
    async with app.run_test(size=(160, 40)) as pilot:
        reader = await open_first(app, pilot)
        await pilot.press("slash")
        await type_text(pilot, "foreign minister of laos")
        await pilot.press("enter")
        text = reader.text
        assert [text[start:end] for start, end in reader.matches] == [
            "foreign\nminister of Laos"
        ]  # offsets into the text as stored
        await pilot.press("escape", "slash")
        await type_text(pilot, "until every question of the border is settled")
        await pilot.press("enter")
        assert len(reader.matches) == 1
        await pilot.press("escape", "slash")
        await type_text(pilot, "delegations. we will")  # a paragraph break is no space
        assert reader.matches == []
        await pilot.press("escape")
    store.close()


async def test_find_matches_a_phrase_across_a_soft_wrap_of_a_crlf_text(store_path):
    """A file saved on Windows wraps with CR LF: its joined copy has two spaces there, and
    the phrase typed with one is found all the same, at the stored offsets."""
    store = Store.open(store_path)
    add_article(store, "Border talks", BODY.replace("\n", "\r\n"))
    app = DiplotuiApp(store)
    async with app.run_test(size=(160, 40)) as pilot:
        reader = await open_first(app, pilot)
        await pilot.press("slash")
        await type_text(pilot, "foreign minister of laos")
        await pilot.press("enter")
        text = reader.text
        assert [text[start:end] for start, end in reader.matches] == ["foreign\r\nminister of Laos"]
        await pilot.press("escape", "slash")
        await type_text(pilot, "delegations. we will")  # a paragraph break is no space
        assert reader.matches == []
        await pilot.press("escape")
    store.close()


async def test_y_copies_a_statement_across_a_soft_wrap_on_one_line(store_path, clipboard):
    store = _store(store_path)
    app = DiplotuiApp(store)
    async with app.run_test(size=(160, 40)) as pilot:
        reader = await open_first(app, pilot)
        await pilot.press("s", "s", "y")  # the quotation
        await app.workers.wait_for_complete()
        await pilot.pause()
        assert "\n" in reader.text[slice(*reader.cursor_span)]
    copied = clipboard[-1]
    assert copied.startswith(f"> {QUOTED} countries"), copied
    assert "border is\n" not in copied
    store.close()


async def test_the_statements_view_lists_and_copies_a_wrapped_statement_on_one_line(
    store_path, clipboard
):
    store = _store(store_path)
    app = DiplotuiApp(store)
    async with app.run_test(size=(200, 40)) as pilot:
        await open_statements_view(app, pilot)
        rows = [row for row in _rows_listed(app.screen) if "Bui Thanh Son" in row]  # type: ignore[arg-type]
        for _ in range(3):  # tab from the filter to the statements
            if getattr(app.screen.focused, "id", "") == "statements-list":
                break
            await pilot.press("tab")
        await pilot.press("down", "y")  # the quotation's row
        await settle(app, pilot)
    assert any(f"said: {REPORTED}" in row for row in rows), rows
    assert any(f"“{QUOTED} countries”" in row for row in rows), rows
    assert not any("␊" in row for row in rows), rows
    (copied,) = clipboard
    assert copied.startswith(f"> {QUOTED} countries\n>\n> — Bui Thanh Son"), copied
    store.close()
