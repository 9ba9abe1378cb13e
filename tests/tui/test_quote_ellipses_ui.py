"""``y`` gives a quotation's fragment an ellipsis where the source's quotation goes on, in the
reader (and its sidebar) and in ``W``, and a reported clause after "said on Sunday" none at
its start (newuser43b: “We urge restraint” and "said: …his country agreed")."""

from __future__ import annotations

from pathlib import Path

from diplotui.anchoring import new_highlight
from diplotui.cite import STYLE_SETTING
from diplotui.store import Store
from diplotui.tui.app import DiplotuiApp

from .helpers import open_statements_view, type_text
from .statements_ui_support import add_article
from .statements_ui_support import open_first as _open_first
from .test_reader_support import sidebar_rows

TEXT = (  # after the Inquirer's report of July 27, 2025
    "Cambodia agrees to talks\n"
    "“We urge restraint, and we urge dialogue, because the people want peace,” Cambodian "
    "Prime Minister Hun Manet said.\n"
    "Hun Manet said on Sunday his country agreed to pursue an immediate ceasefire.\n"
)


def _store(path: Path) -> Store:
    store = Store.open(path)
    add_article(store, TEXT, "Cambodia agrees to talks", "2025-07-27")
    store.set_setting(STYLE_SETTING, "plain")
    return store


async def test_y_on_the_start_of_a_quotation_ends_it_in_an_ellipsis(store_path: Path, clipboard):
    store = _store(store_path)
    [article] = store.articles()
    start = TEXT.index("We urge restraint")
    store.save_highlight(
        new_highlight(article.id, TEXT, start, start + len("We urge restraint"),
                      speaker="Hun Manet", speaker_role="Prime Minister")
    )  # fmt: skip
    app = DiplotuiApp(store)
    async with app.run_test(size=(160, 40)) as pilot:
        reader = await _open_first(app, pilot)
        await pilot.press("s")  # the sentence holding the highlight
        assert "We urge restraint" in reader.text[slice(*reader.cursor_span)]
        await pilot.press("y")
        await app.workers.wait_for_complete()
        await pilot.pause()
        assert clipboard[-1].startswith("“We urge restraint…”\n— Hun Manet"), clipboard[-1]
        [row] = [row for row in sidebar_rows(app) if "We urge restraint" in row]
        assert "We urge restraint…" in row, row
    store.close()


async def test_y_in_w_copies_a_clause_after_said_on_sunday_from_its_start(
    store_path: Path, clipboard
):
    store = _store(store_path)
    app = DiplotuiApp(store)
    async with app.run_test(size=(120, 40)) as pilot:
        await open_statements_view(app, pilot)
        await type_text(pilot, "hun")
        await pilot.press("enter")  # to the results
        for _ in range(3):
            await pilot.press("y")
            await app.workers.wait_for_complete()
            await pilot.pause()
            await pilot.press("down")
        copied = "\n".join(clipboard)
        assert "said: his country agreed to pursue an immediate ceasefire." in copied, copied
        assert "…his" not in copied
    store.close()


async def test_y_on_a_statement_after_said_on_sunday_copies_its_clause_from_its_start(
    store_path: Path, clipboard
):
    """The reader's ``y`` on the sentence gave 'Hun Manet said: …his country agreed'."""
    store = _store(store_path)
    app = DiplotuiApp(store)
    async with app.run_test(size=(160, 40)) as pilot:
        reader = await _open_first(app, pilot)
        for _ in range(3):
            if "said on Sunday" in reader.text[slice(*reader.cursor_span)]:
                break
            await pilot.press("s")
        assert "said on Sunday" in reader.text[slice(*reader.cursor_span)]
        await pilot.press("y")
        await app.workers.wait_for_complete()
        await pilot.pause()
        assert clipboard[-1].startswith(
            "Hun Manet (Cambodian Prime Minister) said: his country agreed to pursue an immediate "
            "ceasefire.\n"
        ), clipboard[-1]
    store.close()
