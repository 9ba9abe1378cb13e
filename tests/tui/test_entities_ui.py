"""Entities in the app: sidebar list, jumps to mentions, corrections from the keyboard."""

from __future__ import annotations

import re

from diplotui.entities import recognise
from diplotui.store import Store
from diplotui.tui.app import DiplotuiApp
from diplotui.tui.screens.entity_correction import EntityCorrectionScreen
from diplotui.tui.widgets.legend import EntityLegend

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
        sidebar.focus()
        await pilot.pause()
        sidebar.items.highlighted = rows.index(person)
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
        await pilot.press("enter")  # the first choice: not an entity
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


async def test_e_turns_entity_colours_off_in_reader_and_legend(seeded_store: Store):
    app = DiplotuiApp(seeded_store)
    async with app.run_test(size=(120, 40)) as pilot:
        reader = await open_first(app, pilot)
        legend = sidebar_of(app).query_one(EntityLegend)
        reader.focus()
        await pilot.press("e")
        assert not reader.show_entities and not legend.enabled
        assert "(off: e)" in legend.render().plain
        await pilot.press("e")
        assert reader.show_entities and legend.enabled
        assert "(off: e)" not in legend.render().plain
