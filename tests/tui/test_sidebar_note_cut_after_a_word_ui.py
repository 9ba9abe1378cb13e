"""A note longer than the sidebar lists (200 cells) was cut inside a word ("... and the
delegations' proposal…", the reader left to guess the word); it is now cut after one, as the
highlight's quote above it is, its lines kept as written."""

from __future__ import annotations

from diplotui.model import Highlight, new_id
from diplotui.store import Store
from diplotui.tui.app import DiplotuiApp

from .helpers import settle
from .test_quote_after_dateline_ui import WORDS, _wvr_seed
from .test_reader_support import open_first, sidebar_rows

NOTE = (
    "Compare the conference's wording with the readout the ministry published on 19 July,\n"
    "where people-to-people diplomacy is named as a pillar of the external relations work "
    "and the delegations' proposals are listed one by one with their sponsors"
)


async def test_a_long_note_in_the_sidebar_is_cut_after_a_word(seeded_store: Store) -> None:
    article_id = _wvr_seed(seeded_store)
    text = seeded_store.article_text(article_id)
    start = text.index(WORDS)
    seeded_store.save_highlight(
        Highlight(new_id(), article_id, start, start + len(WORDS), WORDS, note=NOTE)
    )
    app = DiplotuiApp(seeded_store)
    async with app.run_test(size=(120, 40)) as pilot:
        await settle(app, pilot)
        await pilot.press("j")
        await open_first(app, pilot)
        rows = sidebar_rows(app)
    (listed,) = [row for row in rows if "\n✎ " in row]
    note = listed.partition("\n✎ ")[2]
    assert note.endswith(" the delegations'…"), note
    assert note.startswith(
        "Compare the conference's wording with the readout the ministry "
        "published on 19 July,\nwhere"
    ), "its line break kept"
