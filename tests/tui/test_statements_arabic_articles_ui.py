"""The Statements view lists one speaker however articles wrote the Arabic article of their
name: "Majed al-Ansari" in one, "Majed Al Ansari" in another, were two rows of ``W``."""

from __future__ import annotations

from pathlib import Path

from textual.widgets import OptionList

from diplotui.store import Store
from diplotui.tui.app import DiplotuiApp
from diplotui.tui.dialogs.statements import StatementsScreen

from .helpers import open_statements_view, type_text
from .statements_ui_support import add_article as _add
from .test_statements_ui import _rows_listed

DOHA = (
    "Qatar urges calm\n"
    "Qatari Foreign Ministry spokesman Majed al-Ansari said talks would resume on Sunday.\n"
    "Al-Ansari said both sides had agreed to attend.\n"
)
MEDIATORS = (
    "Mediators meet in Doha\n"
    "Qatari Foreign Ministry spokesman Majed Al Ansari said the mediators were meeting.\n"
)
KHAN = "Talks in Islamabad\nForeign Minister Ali Khan said the talks were useful.\n"
KHAN_JR = "Talks failed\nSenator Ali Khan Jr said the talks had failed.\n"


ARTICLES = (
    (DOHA, "Qatar urges calm", "2025-05-03"),
    (MEDIATORS, "Mediators meet in Doha", "2025-05-04"),
    (KHAN, "Talks in Islamabad", "2025-05-05"),
    (KHAN_JR, "Talks failed", "2025-05-06"),
)


def _names(speakers: OptionList) -> list[str | None]:
    return [speakers.get_option_at_index(n).id for n in range(speakers.option_count)]


async def test_one_speaker_however_the_arabic_article_is_written(store_path: Path) -> None:
    """One row, in the spelling most statements give ("al-Ansari", 2 of 3), counting all
    three; ``enter`` on it lists the three; other people stay apart (Ali Khan, Ali Khan Jr)."""
    store = Store.open(store_path)
    for text, title, day in ARTICLES:
        _add(store, text, title, day)
    app = DiplotuiApp(store)
    async with app.run_test(size=(120, 40)) as pilot:
        await open_statements_view(app, pilot)
        screen = app.screen
        assert isinstance(screen, StatementsScreen)
        speakers = screen.query_one("#statements-speakers", OptionList)
        assert sorted(map(str, _names(speakers))) == ["Ali Khan", "Ali Khan Jr", "Majed al-Ansari"]
        await type_text(pilot, "ansari")
        await pilot.pause()
        assert _names(speakers) == ["Majed al-Ansari"]
        speakers.focus()
        await pilot.press("enter")
        await pilot.pause()
        assert len(_rows_listed(screen)) == 3
    store.close()
