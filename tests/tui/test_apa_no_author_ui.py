"""``y`` in APA on an article with no author, as the seeds are: the copy gave the article's own
words with no in-text citation, and its reference led with the publication. APA 7 cites a work
with no author by its title (9.12 in the reference, 8.14 in the text: title case, quotation
marks, shortened when long)."""

from __future__ import annotations

from diplotui.store import Store
from diplotui.tui.app import DiplotuiApp

from .helpers import settle
from .test_quote_after_dateline_ui import WORDS
from .test_reader_support import open_first


async def test_y_in_apa_cites_a_seeds_words_by_its_title_in_the_text(
    seeded_store: Store, clipboard: list[str]
) -> None:
    app = DiplotuiApp(seeded_store)
    async with app.run_test(size=(80, 24)) as pilot:
        await settle(app, pilot)
        await pilot.press("j")  # the seed dated July 18, second in the list
        await open_first(app, pilot)
        await pilot.press("j", "c", "c", "c")  # its first sentence; plain to APA
        await pilot.pause()
        await pilot.press("y")
        await app.workers.wait_for_complete()
        await pilot.pause()
    words, reference = clipboard[-1].splitlines()
    cited = "(“Enhancing Capacity of People's Organizations,” ca. 2025)."
    assert words == f"“{WORDS.removesuffix('.')}” {cited}"
    assert reference == (
        "Enhancing capacity of people's organizations to carry out external relations work. "
        "(ca. 2025, July 18). World & Vietnam Report."
    )
