"""The sidebar with no article open: it says so, and offers no key that needs an article.

A new user who started the app (the list has the focus, nothing is open) read under
"No article open." the heading "Highlights (0)" and "None yet: h highlights the sentence.",
then "Entities (0)": ``h`` does nothing in the list, and there is no sentence. With no
article, the sidebar shows the legend and that line alone; open one, and the sections come.
"""

from __future__ import annotations

from pathlib import Path

from diplotui.store import Store
from diplotui.tui.app import DiplotuiApp

from .helpers import settle_start_up
from .test_reader_support import add_article, open_first, sidebar_rows

BODY = "The ministers met in Hanoi. They signed a trade pact.\nTalks will resume in May."


async def test_no_article_open_says_only_that(store_path: Path):
    store = Store.open(store_path)
    add_article(store, "Nothing open yet", BODY)
    app = DiplotuiApp(store)
    async with app.run_test(size=(120, 40)) as pilot:
        await settle_start_up(app, pilot)
        rows = sidebar_rows(app)
        assert "No article open." in rows
        assert not [row for row in rows if "h highlights" in row], rows
        assert not [row for row in rows if row.startswith(("Highlights", "Entities"))], rows
        await open_first(app, pilot)
        rows = sidebar_rows(app)
        assert "No article open." not in rows
        assert rows[rows.index("Highlights (0)") + 1] == "None yet: h highlights the sentence."
        assert [row for row in rows if row.startswith("Entities (")], rows
