"""Annotating by keyboard: highlight, colour, note, tag, restart, delete/undo, orphans."""

from __future__ import annotations

from pathlib import Path

from diplotui.anchoring import reanchor_all
from diplotui.model import AnchorStatus, Highlight
from diplotui.store import Store
from diplotui.tui.app import DiplotuiApp
from diplotui.tui.widgets.sidebar import ShownRow, SidebarItem, highlight_prompt

from .helpers import notices_said, settle, settle_start_up, type_text
from .test_reader_support import add_article, open_first, reader_of, sidebar_of, sidebar_rows

BODY = (
    "The ministers met in Hanoi. They signed a trade pact. Talks will resume in May.\n"
    "A second paragraph closes the article."
)


async def test_highlight_note_tag_survive_restart(store_path: Path):
    store = Store.open(store_path)
    article = add_article(store, "Annotate me", BODY)
    app = DiplotuiApp(store)
    async with app.run_test(size=(120, 40)) as pilot:
        reader = await open_first(app, pilot)
        await pilot.press("j", "v", "j", "3")
        await pilot.pause()
        [highlight] = store.highlights(article.id)
        assert highlight.quote == "The ministers met in Hanoi. They signed a trade pact."
        assert highlight.color == "figure"
        assert reader.selection is None
        await pilot.press("k", "n")
        await type_text(pilot, "check the date")
        await pilot.press("enter")
        await type_text(pilot, "second line")
        await pilot.press("ctrl+s")
        await pilot.pause()
        await pilot.press("number_sign")
        await type_text(pilot, "trade, asean")
        await pilot.press("enter")
        await pilot.pause()
        stored = store.highlight(highlight.id)
        assert stored.note == "check the date\nsecond line"
        assert stored.tags == ["trade", "asean"]
        assert any("check the date" in row and "#trade" in row for row in sidebar_rows(app))
    store.close()

    reopened = Store.open(store_path)
    try:
        app = DiplotuiApp(reopened)
        async with app.run_test(size=(120, 40)) as pilot:
            # The sidebar is filled once start-up's workers are done (the wait for the
            # workers alone could come before they had started, under load).
            await settle_start_up(app, pilot)
            await settle(app, pilot)
            reader = reader_of(app)
            assert reader.article_id == article.id
            [again] = reader.highlights
            assert (again.color, again.note, again.tags) == (
                "figure",
                "check the date\nsecond line",
                ["trade", "asean"],
            )
            assert any("They signed a trade pact" in row for row in sidebar_rows(app))
    finally:
        reopened.close()


async def test_recolour_delete_and_undo(store_path: Path):
    store = Store.open(store_path)
    article = add_article(store, "Undo me", BODY)
    app = DiplotuiApp(store)
    async with app.run_test(size=(120, 40)) as pilot:
        await open_first(app, pilot)
        await pilot.press("j", "h")
        await pilot.pause()
        [highlight] = store.highlights(article.id)
        await pilot.press("5")
        assert store.highlight(highlight.id).color == "follow"
        await pilot.press("n")
        await type_text(pilot, "why")
        await pilot.press("ctrl+s")
        await pilot.pause()
        await pilot.press("d")
        assert store.highlights(article.id) == []
        await pilot.press("u")
        [back] = store.highlights(article.id)
        assert (back.id, back.color, back.note) == (highlight.id, "follow", "why")
        await pilot.press("u")  # undo the note
        assert store.highlight(highlight.id).note == ""
        await pilot.press("u")  # undo the recolour
        assert store.highlight(highlight.id).color == "key"
        await pilot.press("u")  # undo the highlight itself
        assert store.highlights(article.id) == []
        await pilot.press("m")  # nothing to jump to: a notice, not a crash
        await pilot.press("J", "n")  # no highlight: the article's note
        await type_text(pilot, "article note")
        await pilot.press("ctrl+s")
        await pilot.pause()
        assert store.article(article.id).note == "article note"
        await pilot.press("u")
        assert store.article(article.id).note == ""


async def test_highlight_jumps_from_keys_and_sidebar(store_path: Path):
    store = Store.open(store_path)
    add_article(store, "Jump around", BODY)
    app = DiplotuiApp(store)
    async with app.run_test(size=(120, 40)) as pilot:
        reader = await open_first(app, pilot)
        await pilot.press("j", "2", "J", "4", "g", "m")
        text = reader.text
        assert text[slice(*reader.cursor_span)] == "The ministers met in Hanoi."
        await pilot.press("m")
        assert text[slice(*reader.cursor_span)] == "A second paragraph closes the article."
        await pilot.press("M")
        assert text[slice(*reader.cursor_span)] == "The ministers met in Hanoi."
        app.clear_notifications()
        await pilot.press("M")  # round the end, said
        assert text[slice(*reader.cursor_span)] == "A second paragraph closes the article."
        assert notices_said(app) == ["Back to the last highlight."]
        sidebar = sidebar_of(app)
        sidebar.focus()
        await pilot.press("home", "down", "enter")
        assert text[slice(*reader.cursor_span)] == "A second paragraph closes the article."
        passage = app.screen.session.target()
        assert text[passage.start : passage.end] == "A second paragraph closes the article."
        assert passage.highlight is not None
        # A click on the first highlight's quote (the pane's border is one cell) goes there.
        line = next(n for n, drawn in enumerate(sidebar.text_lines) if "ministers met" in drawn)
        await pilot.click(sidebar, offset=(4, 1 + line - int(sidebar.scroll_y)))
        assert text[slice(*reader.cursor_span)] == "The ministers met in Hanoi."
        first = store.highlights(reader.article_id)[0]
        assert sidebar.current_item == SidebarItem("highlight", first.id)
        await pilot.press("d")  # deletes the sidebar's chosen highlight
        [left] = store.highlights(reader.article_id)
        assert left.id == passage.highlight.id
    store.close()


def orphan_the_pact(store: Store, article_id: str) -> None:
    """Take "They signed a trade pact." out of ``BODY`` as an update would: the highlight on
    it becomes an orphan."""
    old_text = store.article_text(article_id)
    new_text = old_text.replace("They signed a trade pact. ", "")
    moved = reanchor_all(store.highlights(article_id), old_text, new_text)
    assert moved[0].status == AnchorStatus.ORPHAN.value
    store.replace_article_text(store.article(article_id), new_text, moved)


async def test_orphans_listed_and_reattached(store_path: Path):
    store = Store.open(store_path)
    article = add_article(store, "Orphan story", BODY)
    app = DiplotuiApp(store)
    async with app.run_test(size=(120, 40)) as pilot:
        await open_first(app, pilot)
        await pilot.press("j", "j", "h", "n")
        await type_text(pilot, "keep me")
        await pilot.press("ctrl+s")
        await pilot.pause()
    orphan_the_pact(store, article.id)

    app = DiplotuiApp(store)
    async with app.run_test(size=(120, 40)) as pilot:
        await app.workers.wait_for_complete()
        await pilot.pause()
        reader = reader_of(app)
        assert reader.highlights == []  # an orphan is not painted
        rows = sidebar_rows(app)
        assert any(row.startswith("Orphans (1)") for row in rows)
        assert any("They signed a trade pact" in row and "keep me" in row for row in rows)
        assert app.focused is reader  # reopened where it was left, the reader's focus too
        await pilot.press("j", "j")  # cursor to the new second sentence
        await pilot.press("tab", "home")  # the sidebar: the orphan is the first row
        sidebar = sidebar_of(app)
        assert sidebar.current_item is not None and sidebar.current_item.kind == "orphan"
        await pilot.press("r")
        [fixed] = store.highlights(article.id)
        assert fixed.status == AnchorStatus.ANCHORED.value
        assert fixed.quote == "Talks will resume in May."
        assert fixed.note == "keep me"
        assert [h.id for h in reader.highlights] == [fixed.id]
    store.close()


def _check_list(app: DiplotuiApp, store: Store, article_id: str) -> None:
    """The sidebar lists exactly the stored highlights, and its cached lines are whole."""
    sidebar = sidebar_of(app)
    highlights = store.highlights(article_id)
    placed = sorted(highlights, key=lambda h: (h.start, h.end))
    assert f"Highlights ({len(placed)})" in sidebar_rows(app)
    listed = [row.item.key for row in sidebar.rows if row.item and row.item.kind == "highlight"]
    assert listed == [h.id for h in placed]
    lines = sidebar.text_lines
    sidebar.show_annotations([])  # every highlight row is forgotten...
    sidebar.show_annotations(highlights)  # ...and wrapped again from scratch: the same lines
    assert sidebar.text_lines == lines


def _entity_rows(app: DiplotuiApp) -> list[ShownRow]:
    return [row for row in sidebar_of(app).rows if row.item and row.item.kind == "entity"]


async def test_highlight_edits_leave_entities_and_cursor_alone(seeded_store: Store):
    app = DiplotuiApp(seeded_store)
    async with app.run_test(size=(120, 40)) as pilot:
        reader = await open_first(app, pilot)
        article_id = reader.article_id
        sidebar = sidebar_of(app)
        entities = _entity_rows(app)
        assert len(entities) > 2
        await pilot.press("J", "J", "h", "g", "j", "2", "J", "j", "j", "3")
        await pilot.pause()
        _check_list(app, seeded_store, article_id)
        assert len(seeded_store.highlights(article_id)) == 3
        await pilot.press("g", "j", "4")  # recoloured: its row is drawn again, the rest kept
        await pilot.pause()
        _check_list(app, seeded_store, article_id)
        assert "question" in sidebar.text_lines[sidebar.text_lines.index("Highlights (3)") + 1]
        sidebar.focus()
        sidebar.select(entities[2].item)
        chosen = sidebar.current_item
        assert chosen == entities[2].item
        reader.focus()
        await pilot.press("g", "j", "d")  # the first highlight: rows above the cursor go
        await pilot.pause()
        _check_list(app, seeded_store, article_id)
        await pilot.press("u", "J", "J", "J", "h")
        await pilot.pause()
        _check_list(app, seeded_store, article_id)
        assert len(seeded_store.highlights(article_id)) == 4
        assert sidebar.current_item == chosen
        assert _entity_rows(app) == entities
        for _ in range(5):  # the highlight, the recolour and the first three highlights
            await pilot.press("u")
        await pilot.pause()
        _check_list(app, seeded_store, article_id)
        rows = sidebar_rows(app)
        assert rows[rows.index("Highlights (0)") + 1] == "None yet: h highlights the sentence."


async def test_sidebar_cursor_follows_the_list_as_highlights_go(store_path: Path):
    store = Store.open(store_path)
    article = add_article(store, "Delete from the list", BODY)
    app = DiplotuiApp(store)
    async with app.run_test(size=(120, 40)) as pilot:
        await open_first(app, pilot)
        await pilot.press("j", "h", "j", "h", "j", "h")
        await pilot.pause()
        ids = [h.id for h in store.highlights(article.id)]
        sidebar = sidebar_of(app)
        sidebar.focus()
        await pilot.press("home", "j")
        assert sidebar.current_item == SidebarItem("highlight", ids[1])
        await pilot.press("d")  # the next highlight takes the deleted one's place
        await pilot.pause()
        assert sidebar.current_item == SidebarItem("highlight", ids[2])
        await pilot.press("d", "d")
        await pilot.pause()
        assert store.highlights(article.id) == []
        assert sidebar.current_item is not None and sidebar.current_item.kind == "entity"
    store.close()


def _cursor_on_screen(app: DiplotuiApp) -> bool:
    """Whether the sidebar draws its cursor's background on a line in view."""
    sidebar = sidebar_of(app)
    cursor = sidebar.get_component_rich_style("sidebar--cursor").bgcolor
    return any(
        segment.style is not None and segment.style.bgcolor == cursor
        for y in range(sidebar.scrollable_content_region.height)
        for segment in sidebar.render_line(y)
    )


async def test_sidebar_pages_and_keeps_its_cursor_in_view(seeded_store: Store):
    app = DiplotuiApp(seeded_store)
    async with app.run_test(size=(120, 40)) as pilot:
        await open_first(app, pilot)
        for _ in range(8):
            await pilot.press("j", "h")
        await pilot.pause()
        sidebar = sidebar_of(app)
        items = [row.item for row in sidebar.rows if row.item is not None]
        sidebar.focus()
        await pilot.press("home")
        assert sidebar.current_item == items[0] and sidebar.scroll_y == 0  # the summary shows
        assert _cursor_on_screen(app)
        await pilot.press("pagedown")
        paged = items.index(sidebar.current_item)
        assert paged > 1 and sidebar.scroll_y > 0 and _cursor_on_screen(app)
        await pilot.press("end")
        assert sidebar.current_item == items[-1] and _cursor_on_screen(app)
        await pilot.press("pageup")
        assert items.index(sidebar.current_item) < len(items) - 2 and _cursor_on_screen(app)
        await pilot.press("home", "k")  # nothing above the first: it stays
        assert sidebar.current_item == items[0] and sidebar.scroll_y == 0
        await pilot.press("j")
        assert sidebar.current_item == items[1]


def test_a_drifted_highlight_nests_the_marks_of_what_the_text_says_now():
    """The sidebar's "now:" line quoted a drifted highlight's new words with their straight
    marks inside its own (“called it "useful"”), where the quote above it nests them."""
    highlight = Highlight(
        id="h1",
        article_id="a1",
        start=0,
        end=30,
        quote='the talks were "tense"',
        status=AnchorStatus.DRIFTED.value,
        drift_text='the talks were "useful"',
    )
    lines = highlight_prompt(highlight, highlight.quote).plain.splitlines()
    assert lines[1:] == ["“the talks were ‘tense’”", "now: “the talks were ‘useful’”"]
