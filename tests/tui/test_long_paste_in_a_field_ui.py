"""A report of thousands of lines pasted into a one-line field (the tag field joins a paste's
lines) made every key after it take seconds: 10,000 lines 0.7 s of CPU a key (2.7 s at load
10), 40,000 lines 2.8 s (11 s), each frame measuring the whole line, and nothing of it could
be saved (a tag is 64 characters). A paste making a field longer than any field's text may
be is refused, said, the field left as it was (attack64); a list of tags pasted goes in."""

from __future__ import annotations

from textual import events
from textual.widgets import Input

from diplotui.store import Store
from diplotui.tui.app import DiplotuiApp
from diplotui.tui.widgets.fields import FIELD_CHARS

from .test_reader_support import add_article, open_first

REPORT = "\n".join(f"line {i} of a report, word word word word" for i in range(10_000))


def _toasts(app: DiplotuiApp) -> list[str]:
    return [str(notification.message) for notification in app._notifications]


async def test_a_report_pasted_into_the_tag_field_is_refused_and_said(store_path):
    store = Store.open(store_path)
    article = add_article(store, "Tagged", "One sentence here.")
    app = DiplotuiApp(store)
    async with app.run_test(size=(120, 40)) as pilot:
        await open_first(app, pilot)
        await pilot.press("t", "a", "s", "e", "a", "n", "comma", "space")
        await pilot.pause()
        app.post_message(events.Paste(REPORT))
        await pilot.pause()
        field = app.screen.query_one(Input)
        assert field.value == "asean, "
        assert any(
            toast.startswith("Not pasted: ")
            and f"characters, more than a one-line field holds ({FIELD_CHARS:,})" in toast
            for toast in _toasts(app)
        )
        app.post_message(events.Paste("\nmekong\r\nlaos"))  # a list of tags goes in
        await pilot.pause()
        assert field.value == "asean, mekong, laos"
        await pilot.press("enter")
        await pilot.pause()
    assert store.article(article.id).tags == ["asean", "mekong", "laos"]
    store.close()


async def test_a_report_pasted_over_the_statements_is_refused_and_said(store_path):
    store = Store.open(store_path)
    add_article(store, "Said", "The minister said the talks would resume.")
    app = DiplotuiApp(store)
    async with app.run_test(size=(120, 40)) as pilot:
        await open_first(app, pilot)
        await pilot.press("W")
        await pilot.pause()
        await pilot.press("tab")
        await pilot.pause()
        one_line = "word " * 5_000
        app.post_message(events.Paste(one_line))
        await pilot.pause()
        assert app.screen.query_one(Input).value == ""
        assert any(toast.startswith("Not pasted: 25,000 characters") for toast in _toasts(app))
    store.close()
