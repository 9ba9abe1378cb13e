"""Entities in the app: sidebar list, jumps to mentions, corrections from the keyboard."""

from __future__ import annotations

import re

from rich.style import Style

from diplotui.entities import recognise
from diplotui.store import Store
from diplotui.tui.app import DiplotuiApp
from diplotui.tui.dialogs.entity_correction import EntityCorrectionScreen
from diplotui.tui.widgets.sidebar import Sidebar

from .helpers import notices_said
from .test_reader_support import add_article, open_first, sidebar_of, sidebar_rows


async def test_sidebar_lists_entities_with_counts_and_jumps(seeded_store: Store):
    app = DiplotuiApp(seeded_store)
    async with app.run_test(size=(120, 40)) as pilot:
        reader = await open_first(app, pilot)
        rows = sidebar_rows(app)
        person = next(row for row in rows if "Tran Cam Tu" in row)
        count = int(re.search(r"×(\d+)", person).group(1))
        assert count >= 3
        assert rows.index(" person") < rows.index(person)
        sidebar = sidebar_of(app)
        wanted = sidebar.rows[rows.index(person)].item
        assert wanted is not None and wanted.kind == "entity"
        sidebar.focus()
        await pilot.press("end")
        for _ in range(len(rows)):  # up from the last row, as a user would
            if sidebar.current_item == wanted:
                break
            await pilot.press("k")
        assert sidebar.current_item == wanted
        seen = []
        for _ in range(count + 1):
            await pilot.press("enter")
            seen.append(reader.mention.start)
            assert reader.text[reader.mention.start : reader.mention.end] in ("Tran Cam Tu", "Tu")
        assert len(set(seen)) == count and seen[0] == seen[-1]  # cycles through all of them
        reader.focus()
        await pilot.press("g", "greater_than_sign")
        first = reader.mention
        await pilot.press("greater_than_sign")
        assert reader.mention.start > first.start
        await pilot.press("less_than_sign")
        assert reader.mention == first


async def test_correction_remove_applies_to_every_article(seeded_store: Store):
    app = DiplotuiApp(seeded_store)
    async with app.run_test(size=(120, 40)) as pilot:
        reader = await open_first(app, pilot)
        target = next(s for s in reader.entities if s.text == "Tran Cam Tu")
        reader.show_mention(target)
        await pilot.press("E")
        assert isinstance(app.screen, EntityCorrectionScreen)
        await pilot.press("end", "enter")  # the last choice: not an entity
        await app.workers.wait_for_complete()
        await pilot.pause()
        assert [c.kind for c in seeded_store.corrections()] == ["remove"]
        assert all(s.text != "Tran Cam Tu" for s in reader.entities)
        assert not any("Tran Cam Tu" in row for row in sidebar_rows(app))
        for article in seeded_store.articles():
            spans = recognise(seeded_store.article_text(article.id), seeded_store.corrections())
            assert all(s.text != "Tran Cam Tu" for s in spans)
        await pilot.press("u")  # a correction can be undone too
        await app.workers.wait_for_complete()
        await pilot.pause()
        assert seeded_store.corrections() == []
        assert any(s.text == "Tran Cam Tu" for s in reader.entities)
        await pilot.press("U")  # and made again
        await app.workers.wait_for_complete()
        await pilot.pause()
        assert [c.kind for c in seeded_store.corrections()] == ["remove"]
        assert all(s.text != "Tran Cam Tu" for s in reader.entities)


async def test_correction_marks_a_selected_span(store_path):
    store = Store.open(store_path)
    add_article(store, "Marking", "The Blue Lotus Accord was praised by delegates.")
    app = DiplotuiApp(store)
    async with app.run_test(size=(120, 40)) as pilot:
        reader = await open_first(app, pilot)
        await pilot.press("j", "v", *["b"] * 7)
        start, end = reader.selection
        assert reader.text[start:end] == "The"
        await pilot.press("w", "w", "w")
        assert reader.text[start : reader.selection[1]] == "The Blue Lotus Accord"
        await pilot.press("E")
        options = app.screen.query_one("#correction-choices")
        law = next(
            i for i in range(options.option_count) if options.get_option_at_index(i).id == "add:LAW"
        )
        options.highlighted = law
        await pilot.press("enter")
        await app.workers.wait_for_complete()
        await pilot.pause()
        [correction] = store.corrections()
        assert (correction.kind, correction.text, correction.type) == (
            "add",
            "The Blue Lotus Accord",
            "LAW",
        )
        assert any(s.text == "The Blue Lotus Accord" and s.type == "LAW" for s in reader.entities)
    store.close()


def _legend(sidebar: Sidebar) -> tuple[str, Style]:
    """The legend's text, and the style "person" is drawn in (the legend is the first row)."""
    sidebar.scroll_home(animate=False, immediate=True)
    drawn = [segment for y in range(2) for segment in sidebar.render_line(y)]
    person = next(segment for segment in drawn if segment.text.startswith("person"))
    return sidebar.rows[0].text, person.style


async def test_e_turns_entity_colours_off_in_reader_and_legend(seeded_store: Store):
    app = DiplotuiApp(seeded_store)
    async with app.run_test(size=(120, 40)) as pilot:
        reader = await open_first(app, pilot)
        sidebar = sidebar_of(app)
        person_colour = reader.get_component_rich_style("reader--entity-person").color
        text, style = _legend(sidebar)
        assert text.startswith("person org") and "(off: e)" not in text
        assert style.color == person_colour  # the reader's colour for the type
        reader.focus()
        await pilot.press("e")
        text, style = _legend(sidebar)
        assert not reader.show_entities and "(off: e)" in text
        assert style.color != person_colour and style.dim
        await pilot.press("e")
        text, style = _legend(sidebar)
        assert reader.show_entities and "(off: e)" not in text
        assert style.color == person_colour


async def test_next_mention_says_which_name_it_is_on(seeded_store: Store):
    """``>`` moved the cursor and said nothing, so ``E`` after it was a guess."""
    app = DiplotuiApp(seeded_store)
    async with app.run_test(size=(120, 40), notifications=True) as pilot:
        reader = await open_first(app, pilot)
        reader.focus()
        await pilot.press("g", "greater_than_sign")
        await pilot.pause()
        mention = reader.mention
        assert mention is not None
        said = notices_said(app)[-1]
        assert said.startswith(f"“{mention.text}” (") and "E corrects it" in said


async def test_a_place_in_a_dateline_s_capitals_is_named_as_the_text_writes_it(
    seeded_store: Store,
):
    dateline = "GENEVA - The envoy arrived in Geneva on Monday for talks."
    add_article(seeded_store, "Envoy arrives", dateline)
    app = DiplotuiApp(seeded_store)
    async with app.run_test(size=(120, 40)) as pilot:
        await open_first(app, pilot)
        place = next(row for row in sidebar_rows(app) if "×2" in row)
        assert place.split() == ["Geneva", "×2"]  # not the dateline's "GENEVA"
