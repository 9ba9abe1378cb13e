"""The reader's speaker label gives a role described in apposition ("Ms X, a deputy minister,
said"), and so does ``y``'s citation."""

from __future__ import annotations

from pathlib import Path

from diplotui.cite import STYLE_SETTING
from diplotui.store import Store
from diplotui.tui.app import DiplotuiApp

from .statements_ui_support import add_article as _add
from .statements_ui_support import open_first as _open_first
from .test_reported_quotes_ui import _copied

TEXT = (
    "Talks in Hanoi\n\n"
    "HANOI - Ms Nguyen Thi Thanh Ha, a deputy minister, said the talks had been useful.\n"
)


async def test_the_label_and_the_copy_give_a_role_described_after_the_name(
    store_path: Path, clipboard
):
    """Her label read "Nguyen Thi Thanh Ha said": the article's "a deputy minister" was lost."""
    store = Store.open(store_path)
    _add(store, TEXT, "Talks in Hanoi", "2026-11-02")
    store.set_setting(STYLE_SETTING, "chicago")
    app = DiplotuiApp(store)
    async with app.run_test(size=(160, 40)) as pilot:
        reader = await _open_first(app, pilot)
        await pilot.press("s")
        assert reader.border_subtitle == "Nguyen Thi Thanh Ha (deputy minister) said"
        await _copied(app, pilot, "y")
        assert "Nguyen Thi Thanh Ha, deputy minister, quoted in" in clipboard[-1]
    store.close()
