"""``y`` in APA on an article with no author, as the seeds are: the copy gave the article's own
words with no in-text citation, and its reference led with the publication. APA 7 cites a work
with no author by its title (9.12 in the reference, 8.14 in the text: title case, quotation
marks, shortened when long)."""

from __future__ import annotations

from diplotui.store import Store

from .test_quote_after_dateline_ui import WORDS, copy_of_the_wvr_seeds_first_sentence


async def test_y_in_apa_cites_a_seeds_words_by_its_title_in_the_text(
    seeded_store: Store, clipboard: list[str]
) -> None:
    copied = await copy_of_the_wvr_seeds_first_sentence(seeded_store, clipboard, "c", "c", "c")
    words, reference = copied.splitlines()  # the style: plain to APA
    cited = "(“Enhancing Capacity of People's Organizations,” ca. 2025)."
    assert words == f"“{WORDS.removesuffix('.')}” {cited}"
    assert reference == (
        "Enhancing capacity of people's organizations to carry out external relations work. "
        "(ca. 2025, July 18). World & Vietnam Report. "
        "https://en.baoquocte.vn/enhancing-capacity-of-peoples-organizations-to-carry-out-"
        "external-relations-work-321754.html"
    )
