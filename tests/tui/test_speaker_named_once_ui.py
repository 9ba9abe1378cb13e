"""A highlight whose words name their own speaker ("Wang Yi said so.") names them once: on an
article whose finder found no statement there, a speaker given with ``P`` made the sidebar,
the copy, the quote history and the brief say "Wang Yi said: Wang Yi said so."."""

from __future__ import annotations

from pathlib import Path

from diplotui.export import export
from diplotui.store import Store
from diplotui.tui.app import DiplotuiApp
from diplotui.tui.dialogs.speaker_correction import SpeakerCorrectionScreen

from .helpers import settle, type_text
from .test_reader_support import add_article, open_first, sidebar_rows

BODY = "Ministers met in Kuala Lumpur on Thursday.\nWang Yi said so."


async def test_p_then_h_on_a_sentence_naming_its_speaker_names_them_once(
    store_path: Path, clipboard
):
    store = Store.open(store_path)
    article = add_article(store, "Code talks", BODY)
    app = DiplotuiApp(store)
    async with app.run_test(size=(120, 40)) as pilot:
        reader = await open_first(app, pilot)
        assert reader.statements == []  # the finder found none: the speaker is the user's
        await pilot.press("j", "j", "v", "P")  # no statement: the sentence selected
        await pilot.pause()
        assert isinstance(app.screen, SpeakerCorrectionScreen)
        await type_text(pilot, "Wang Yi")
        await pilot.press("enter")
        await pilot.pause()
        await pilot.press("h")
        await settle(app, pilot)
        (highlight,) = store.highlights(article.id)
        assert highlight.speaker == "Wang Yi"
        shown = " ".join(" ".join(sidebar_rows(app)).split())
        assert "Wang Yi said so." in shown
        assert shown.count("Wang Yi said") == 1, shown
        await pilot.press("y")
        await settle(app, pilot)
        assert clipboard[-1].startswith("Wang Yi said so.\n"), clipboard[-1]
        await pilot.press("Q")  # the quote history lists the copy as copied
        await settle(app, pilot)
        history = " ".join(
            app.screen.query_one("OptionList").get_option_at_index(0).prompt.plain.split()
        )
        assert history.count("Wang Yi said") == 1, history
    brief = export(store, "markdown")
    assert "Wang Yi said so." in brief and "said: Wang Yi" not in brief
    store.close()
