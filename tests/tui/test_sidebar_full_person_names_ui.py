"""The sidebar lists a person by the full name the library files them under.

Found by a new user (session 40): "Son ×3" for Foreign Minister Bui Thanh Son, whom a
Vietnamese article names in full once and then by his given name, the last syllable: the
sidebar showed the spelling used most, which no one reads as the minister's name and which
the palette and the library's filter do not file him under.
"""

from __future__ import annotations

from pathlib import Path

from diplotui.store import Store
from diplotui.tui.app import DiplotuiApp

from .test_reader_support import add_article, open_first, sidebar_rows

BODY = (
    "Foreign Minister Bui Thanh Son held phone talks with Chinese Foreign Minister Wang Yi on "
    "April 16.\n\nSon briefed his Chinese counterpart on the situation in Vietnam.\n\n"
    "Son and Wang Yi agreed to keep in close contact."
)


async def test_a_person_is_listed_by_the_full_name(store_path: Path) -> None:
    store = Store.open(store_path)
    add_article(store, "Talks", BODY)
    app = DiplotuiApp(store)
    async with app.run_test(size=(120, 40)) as pilot:
        await open_first(app, pilot)
        await app.workers.wait_for_complete()
        await pilot.pause()
        rows = [" ".join(row.split()) for row in sidebar_rows(app)]
    store.close()
    assert "Bui Thanh Son ×3" in rows, rows
    assert not any(row.startswith("Son ×") for row in rows), rows
