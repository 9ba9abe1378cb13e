"""``y`` never puts a reporter's paraphrase in a speaker's mouth (newuser27's first finding)."""

from __future__ import annotations

from pathlib import Path

from diplotui.cite import STYLE_SETTING
from diplotui.store import Store
from diplotui.tui.app import DiplotuiApp
from tests.cli.test_cli_reported_quotes import ARTICLE_ID, CITED, TEXT

from .helpers import notices_said
from .statements_ui_support import open_first as _open_first
from .statements_ui_support import statements_store as _seed_store
from .test_reader_support import sidebar_rows


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
                reader.border_subtitle == "Pham Thu Hang (Foreign Ministry…) said"  # cut to fit
                and "According" in (reader.text[slice(*reader.cursor_span)])
            ):
                break
            await pilot.press("s")
        await _copied(app, pilot, "y")
        assert clipboard[-1] == (
            "Pham Thu Hang (Foreign Ministry spokeswoman) said: Viet Nam requests China not to "
            "complicate the situation.\nForeign Ministry spokeswoman Pham Thu Hang, quoted in "
            f"{CITED}"
        )
        await pilot.press("h")  # the sidebar lists it as the copy gives it: no marks
        await pilot.pause()
        [row] = [row for row in sidebar_rows(app) if row.startswith("▌ key statement")]
        assert "Pham Thu Hang (Foreign Ministry spokeswoman) said: Viet Nam requests" in row, row
        assert "“" not in row and "— Pham Thu Hang" not in row, row
        await pilot.press("S")  # her direct quotation before it: her words, in marks
        await _copied(app, pilot, "y")
        assert clipboard[-1].startswith("“Viet Nam's consistent stance is that China's")
        await _copied(app, pilot, "c", "y")  # APA: the same words, the reference APA's own
        assert clipboard[-1].endswith(
            "(Pham Thu Hang, Foreign Ministry spokeswoman, as cited in “Viet Nam Rejects "
            "China's Fishing,” 2025).\nViet Nam rejects China's fishing ban in East Sea. "
            "(2025, May 2). Vietnam News Agency."
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


async def test_a_copys_notice_names_the_words_as_copied_never_a_paraphrase_in_marks(
    store_path: Path, clipboard
):
    """attacker29: ``y`` on Ngo Le Van's paraphrase in ``W`` copied it unquoted, but its
    notice read “the Ministry is ready to help” (chicago) copied: in quotation marks, as if
    they were the minister's words; and '"We will keep working together," he said.' was
    copied without the quoting sentence's comma, its notice keeping it: “We will keep
    working together,”. A notice names what was copied, by the copy's own decision
    (``statements.said``): a paraphrase as the reporter's, in no marks; a quotation without
    the comma. The reader's ``y`` and the quote history's ``enter`` say the same."""
    store = _seed_store(store_path)
    app = DiplotuiApp(store)
    async with app.run_test(size=(120, 40), notifications=True) as pilot:
        from .helpers import open_statements_view, type_text

        await open_statements_view(app, pilot)
        await type_text(pilot, "ngo")
        await pilot.press("enter")
        await _copied(app, pilot, "y")
        assert clipboard[-1].startswith("Ngo Le Van (Deputy Minister of Foreign Affairs) stre")
        # cut at a word so the notice takes one row (test_toast_rows), in no marks still
        paraphrase = "Ngo Le Van stressed that the… (chicago) copied"
        assert notices_said(app)[-1].startswith(paraphrase), notices_said(app)
        await _copied(app, pilot, "down", "y")
        assert clipboard[-1].startswith("“We will keep working together”\nDeputy Minister")
        quotation = "“We will keep working together” (chicago) copied"
        assert notices_said(app)[-1].startswith(quotation), notices_said(app)
        await pilot.press("escape")
        await _open_first(app, pilot)
        app.clear_notifications()
        await _copied(app, pilot, "s", "y")  # the reader's y on the same paraphrase
        assert clipboard[-1] == clipboard[0]
        assert notices_said(app) == [f"{paraphrase} to the system clipboard"]
        await _copied(app, pilot, "s", "y")
        assert clipboard[-1] == clipboard[1]
        assert notices_said(app)[-1].startswith(quotation), notices_said(app)
        await pilot.press("Q")  # the history: the paraphrase, copied again as copied
        app.clear_notifications()
        await _copied(app, pilot, "down", "enter")
        assert clipboard[-1] == clipboard[0]
        again = "Ngo Le Van (Deputy Minister of… (chicago) copied to the system clipboard"
        assert notices_said(app) == [again]
    store.close()
