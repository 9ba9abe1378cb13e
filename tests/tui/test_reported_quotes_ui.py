"""``y`` never puts a reporter's paraphrase in a speaker's mouth (newuser27's first finding)."""

from __future__ import annotations

from pathlib import Path

from diplotui.cite import STYLE_SETTING
from diplotui.store import Store
from diplotui.tui.app import DiplotuiApp
from tests.cli.test_cli_reported_quotes import ARTICLE_ID, CITED, TEXT

from .test_reader_support import sidebar_rows
from .test_statements_ui import _open_first
from .test_statements_ui import _store as _seed_store


async def _copied(app: DiplotuiApp, pilot, *keys: str) -> None:
    await pilot.press(*keys)
    await app.workers.wait_for_complete()
    await pilot.pause()


async def test_y_on_a_reported_statement_copies_it_as_the_reporters_paraphrase(
    store_path: Path, clipboard
):
    from diplotui.model import Article

    store = Store.open(store_path)
    article = Article(id=ARTICLE_ID, title="Viet Nam rejects China's fishing ban in East Sea",
                      text_hash="", source="Vietnam News Agency", date="2025-05-02")  # fmt: skip
    store.add_article(article, TEXT)
    store.set_setting(STYLE_SETTING, "chicago")
    app = DiplotuiApp(store)
    async with app.run_test(size=(120, 40)) as pilot:
        reader = await _open_first(app, pilot)
        for _ in range(len(reader.statements)):
            if (
                reader.border_subtitle == "Pham Thu Hang (spokeswoman) said"
                and "According" in (reader.text[slice(*reader.cursor_span)])
            ):
                break
            await pilot.press("s")
        await _copied(app, pilot, "y")
        assert clipboard[-1] == (
            "Pham Thu Hang (spokeswoman) said: Viet Nam requests China not to complicate the "
            f"situation.\nPham Thu Hang, spokeswoman, quoted in {CITED}"
        )
        await pilot.press("h")  # the sidebar lists it as the copy gives it: no marks
        await pilot.pause()
        [row] = [row for row in sidebar_rows(app) if row.startswith("▌ key statement")]
        assert "Pham Thu Hang (spokeswoman) said: Viet Nam requests" in row, row
        assert "“" not in row and "— Pham Thu Hang" not in row, row
        await pilot.press("S")  # her direct quotation before it: her words, in marks
        await _copied(app, pilot, "y")
        assert clipboard[-1].startswith("“Viet Nam's consistent stance is that China's")
        await _copied(app, pilot, "c", "y")  # APA: the same words, the reference APA's own
        assert clipboard[-1].endswith(
            "(Pham Thu Hang, spokeswoman, as cited in Vietnam News Agency, 2025)\nVietnam "
            "News Agency. "
            "(2025, May 2). Viet Nam rejects China's fishing ban in East Sea."
        )
    assert sorted(quote.text for quote in store.quotes()) == sorted(clipboard)  # the history
    store.close()


async def test_y_in_the_statements_view_copies_a_reported_statement_unquoted(
    store_path: Path, clipboard
):
    store = _seed_store(store_path)
    app = DiplotuiApp(store)
    async with app.run_test(size=(120, 40)) as pilot:
        from .helpers import open_statements_view, type_text

        await open_statements_view(app, pilot)
        await type_text(pilot, "ngo")
        await pilot.press("enter")
        await _copied(app, pilot, "y")
        assert clipboard[-1].startswith(
            "Ngo Le Van (Deputy Minister of Foreign Affairs) stressed that the Ministry is ready "
            "to help."
        )
    store.close()
