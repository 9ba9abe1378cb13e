"""attack48: a read-only app keeps up with the process that writes, but its Statements view,
open while the writer corrected a speaker and deleted an article, went on listing the old
speaker and the deleted article's statements until closed and opened again (enter on such a
row reached an article no longer there). Now a change the view's index does not hold, seen
while the view is shown, builds it again, as a later ``W`` would."""

from __future__ import annotations

from pathlib import Path

import pytest

from diplotui.store import Store
from diplotui.tui.controllers import follow

from .helpers import open_statements_view, statements_index, until_bound
from .statements_ui_support import add_article, given_to

SAID = (
    "Talks in Hanoi\n\n"
    '"We will keep working together," Deputy Minister Ngo Le Van said on Monday.\n\n'
    "The weather was fine.\n"
)
GONE = "Earlier talks\n\nForeign Minister Anna Lind said the talks would resume.\n"


@pytest.fixture
def quick(monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setattr(follow, "FOLLOW_SECONDS", 0.1)


async def test_the_open_statements_view_follows_the_writer(store_path: Path, quick: None) -> None:
    from diplotui.tui.app import DiplotuiApp
    from diplotui.tui.dialogs.statements import StatementsScreen

    writer = Store.open(store_path)
    article = add_article(writer, SAID, "Talks in Hanoi", "2025-07-18")
    gone = add_article(writer, GONE, "Earlier talks", "2025-07-01")
    app = DiplotuiApp(Store.open(store_path, read_only=True))
    async with app.run_test(size=(120, 40)) as pilot:
        await open_statements_view(app, pilot)
        assert isinstance(app.screen, StatementsScreen)
        speakers = {item.statement.speaker for item in statements_index(app).rows}
        assert speakers == {"Ngo Le Van", "Anna Lind"}, speakers
        said = next(i.statement for i in statements_index(app).rows if i.article.id == article.id)
        writer.save_speaker_corrections([given_to(article, SAID, said, "Jane Doe")])
        writer.delete_article(gone.id)

        def listed() -> set[str]:
            return {item.statement.speaker for item in statements_index(app).rows}

        for _ in until_bound():
            await pilot.pause(0.05)
            if listed() == {"Jane Doe"}:
                break
        assert listed() == {"Jane Doe"}, listed()
        assert isinstance(app.screen, StatementsScreen)  # still open, as it was
    app.store.close()
    writer.close()
