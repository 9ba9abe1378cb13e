"""Every row of a list of choices is drawn whole, once the list's scrollbar takes its columns.

Newcomer 40 opened Pham Minh Chinh's timeline (``L``) at 80x24: the first entry's second line
of title, "with Cambodian Prime Minister Hun Manet", was not drawn, with no ellipsis, while the
same title was whole under the next entries. The list measured each row's height at its whole
width, then drew the rows a scrollbar's columns narrower once the entries overflowed: a row
that wraps to one more line there lost its last line.
"""

from __future__ import annotations

from pathlib import Path

from diplotui.store import Store
from diplotui.tui.app import DiplotuiApp
from diplotui.tui.dialogs.timeline import TimelineScreen
from diplotui.tui.widgets.choices import ChoiceList

from .statements_ui_support import add_article as _add
from .test_reader_support import open_first

TITLE = "Prime Minister Pham Minh Chinh holds phone talks with Cambodian Prime Minister Hun Manet"
TEXT = (
    f"{TITLE}\n"
    "On the afternoon of August 15, at the request of the Cambodian side, Prime Minister Pham "
    "Minh Chinh held a phone conversation with Cambodian Prime Minister Hun Manet.\n"
    "Prime Minister Pham Minh Chinh noted with pleasure that after two years in office as head "
    "of the Royal Government, Prime Minister Hun Manet has accelerated infrastructure "
    "development, achieved positive economic growth, and improved the livelihoods of Cambodian "
    "people.\n"
    "He requested the Cambodian side to continue facilitating the naturalization of eligible "
    "Vietnamese-origin individuals and supporting their stable integration and contributions "
    "to Cambodian society.\n"
)


async def test_each_timeline_entry_shows_its_whole_title_at_80_columns(store_path: Path):
    store = Store.open(store_path)
    _add(store, TEXT, TITLE, "2025-08-15")
    app = DiplotuiApp(store)
    async with app.run_test(size=(80, 24)) as pilot:
        await open_first(app, pilot)
        await pilot.press("s", "L")  # the timeline of the statement's speaker
        await app.workers.wait_for_complete()
        await pilot.pause()
        assert isinstance(app.screen, TimelineScreen)
        listing = app.screen.query_one(ChoiceList)
        assert listing.option_count == 3
        # the entries again, now the dialog is laid out: as a large library's come, after
        # its first frame (here they may come before it, and be measured with the scrollbar)
        timeline = app.screen
        timeline.show_entries(list(timeline._entries))
        await pilot.pause()
        drawn: dict[int, str] = {}  # each line of the list by its place in it
        for top in range(0, listing.virtual_size.height, listing.size.height):
            listing.scroll_to(y=top, animate=False)
            await pilot.pause()
            shown = listing.scroll_offset.y
            for y in range(listing.scrollable_content_region.height):
                drawn[shown + y] = listing.render_line(y).text.strip()
        lines = [drawn[y] for y in sorted(drawn)]
        assert " ".join(lines).count(TITLE) == 3, "\n".join(lines)
    store.close()
