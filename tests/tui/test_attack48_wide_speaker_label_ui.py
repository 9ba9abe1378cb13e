"""attack48: the footer's "X (Role) said" was fitted to the reader's border by counting
characters, so a speaker named in Chinese, Japanese or Korean (two cells a character) made a
label twice as wide as measured: the border cut it mid-name, "王毅王毅…王 …", role and verb
lost. It is measured in cells, as the border draws it."""

from __future__ import annotations

from dataclasses import replace
from pathlib import Path

from rich.cells import cell_len

from diplotui.library.statement_cache import article_statements
from diplotui.library.statements import speaker_label
from diplotui.store import Store
from diplotui.tui.app import DiplotuiApp

from .helpers import screen_text, settle
from .statements_ui_support import add_article, given_to, open_first

TEXT = (
    'Talks\n\nHanoi, July 18, 2025 - "We are ready to talk," said Deputy Minister Ngo Le Van.'
    "\n\nThe weather was fine.\n"
)


async def test_a_wide_speakers_label_keeps_its_verb_on_the_border(store_path: Path) -> None:
    store = Store.open(store_path)
    article = add_article(store, TEXT, "Talks", "2025-07-18")
    said = article_statements(TEXT, [], "Talks")[0]
    correction = given_to(article, TEXT, said, "王毅王毅王毅王毅王毅")
    store.save_speaker_corrections([replace(correction, role="外交部长外交部长外交部长")])
    app = DiplotuiApp(store)
    async with app.run_test(size=(80, 24)) as pilot:
        reader = await open_first(app, pilot)
        await pilot.press("s")
        await settle(app, pilot)
        label = str(reader.border_subtitle)
        assert label.endswith(" said"), label
        assert cell_len(label) <= reader.outer_size.width - 6, label
        assert label in screen_text(app), label
    store.close()


def test_a_label_is_fitted_in_cells() -> None:
    said = article_statements(TEXT, [], "Talks")[0]
    wide = replace(said, speaker="王毅" * 5, role="外交部长外交部长")
    assert speaker_label(wide, 40) == "王毅王毅王毅王毅王毅 (…) said"
    assert cell_len(speaker_label(replace(wide, speaker="王毅" * 30), 40)) <= 40
    assert speaker_label(said, 80) == "Ngo Le Van (Deputy Minister) said"
