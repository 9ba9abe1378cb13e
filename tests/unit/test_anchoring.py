"""Re-anchoring highlights after an article changes: every outcome, and never a wrong anchor."""

from __future__ import annotations

import re
import unicodedata
from pathlib import Path

import pytest
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

from diplotui.anchoring import (
    cited,
    make_selectors,
    new_highlight,
    reanchor,
    reanchor_all,
    reattach,
)
from diplotui.model import AnchorStatus, Highlight

SEED = (Path(__file__).parents[2] / "seeds" / "003_238df3e12b6a22c4.txt").read_text(
    encoding="utf-8"
)
ANCHORED, MOVED, DRIFTED, ORPHAN = (status.value for status in AnchorStatus)
# Distinct words, so a quote is never ambiguous in the property tests (lookalikes have their
# own tests above); inserted words come from a separate set and never recreate a quote.
VOCABULARY = sorted(set(re.findall(r"[A-Za-z]+", SEED)))
INSERTED_WORDS = ["newly", "added", "words", "here"]


def highlight_of(text: str, quote: str, occurrence: int = 0, **fields: object) -> Highlight:
    start = -1
    for _ in range(occurrence + 1):
        start = text.index(quote, start + 1)
    return new_highlight("article", text, start, start + len(quote), **fields)


def both_ways(highlight: Highlight, old_text: str, new_text: str) -> list[Highlight]:
    """The outcome with the diff (reanchor_all) and from the selectors alone (reanchor)."""
    return [reanchor_all([highlight], old_text, new_text)[0], reanchor(highlight, new_text)]


def test_selectors_follow_the_w3c_text_quote_shape() -> None:
    text = "0123456789" * 10
    assert make_selectors(text, 40, 45) == ("01234", text[8:40], text[45:77])
    assert make_selectors(text, 2, 4, context=3) == ("23", "01", "456")
    highlight = new_highlight("a1", text, 40, 45, note="why", tags=["trade"], color="red")
    assert (highlight.quote, highlight.start, highlight.end) == ("01234", 40, 45)
    assert (highlight.note, highlight.tags, highlight.color) == ("why", ["trade"], "red")
    assert highlight.status == ANCHORED and highlight.id
    with pytest.raises(ValueError):
        new_highlight("a1", text, 5, 5)
    with pytest.raises(ValueError):
        new_highlight("a1", text, 95, 120)


def test_unchanged_text_keeps_every_highlight_anchored() -> None:
    highlight = highlight_of(SEED, "delivered the opening remarks")
    for result in both_ways(highlight, SEED, SEED):
        assert result.status == ANCHORED
        assert (result.start, result.end) == (highlight.start, highlight.end)
        assert result.updated_at == highlight.updated_at


def test_text_inserted_before_moves_the_highlight() -> None:
    highlight = highlight_of(SEED, "delivered the opening remarks")
    new_text = "Editor's note: this article was updated.\n" + SEED
    for result in both_ways(highlight, SEED, new_text):
        assert result.status == MOVED
        assert result.start == highlight.start + 41
        assert new_text[result.start : result.end] == highlight.quote


def test_edit_elsewhere_in_the_same_paragraph_keeps_or_moves_it() -> None:
    highlight = highlight_of(SEED, "delivered the opening remarks")
    before_edit = SEED.replace("On July 18,", "On Friday, July 18,", 1)
    after_edit = SEED.replace("opening remarks.", "opening remarks at length.", 1)
    assert reanchor_all([highlight], SEED, before_edit)[0].status == MOVED
    assert reanchor_all([highlight], SEED, after_edit)[0].status == ANCHORED


def test_a_moved_paragraph_takes_its_highlight_along() -> None:
    lines = SEED.split("\n")
    highlight = highlight_of(SEED, "served as keynote speakers")
    moved_line = next(i for i, line in enumerate(lines) if highlight.quote in line)
    reordered = lines[:moved_line] + lines[moved_line + 1 :] + [lines[moved_line]]
    new_text = "\n".join(reordered)
    for result in both_ways(highlight, SEED, new_text):
        assert result.status == MOVED
        assert new_text[result.start : result.end] == highlight.quote


@pytest.mark.parametrize(("before", "after"), [("NFC", "NFD"), ("NFD", "NFC")])
def test_the_same_words_in_another_unicode_form_take_their_highlight_along(
    before: str, after: str
) -> None:
    """A text saved again in decomposed form (an editor on macOS: "ể" as "e", two marks) is
    the same words: the highlight moves onto them. Its old offsets, sliced in the new text,
    were called drifted and cited as "̂ng on Monday", a combining mark first."""
    text = "Biển Đông talks\n\nVietnam and the Philippines discussed the Biển Đông on Monday.\n"
    old_text, new_text = unicodedata.normalize(before, text), unicodedata.normalize(after, text)
    highlight = highlight_of(old_text, unicodedata.normalize(before, "Biển Đông on Monday"))
    for result in both_ways(highlight, old_text, new_text):
        assert result.status == MOVED
        assert new_text[result.start : result.end] == result.quote
        assert unicodedata.normalize("NFC", result.quote) == "Biển Đông on Monday"
        assert cited(result, new_text).quote == result.quote
    twice = new_text.replace("\n", " Again the same words, discussed the ", 1) + new_text
    assert reanchor(highlight, twice).status == ORPHAN  # no one place in the other form


def test_words_edited_inside_the_quote_drift_with_the_new_text_shown() -> None:
    highlight = highlight_of(SEED, "attended and delivered the opening remarks")
    new_text = SEED.replace("delivered the opening remarks", "gave the welcoming remarks", 1)
    for result in both_ways(highlight, SEED, new_text):
        assert result.status == DRIFTED
        assert result.drift_text == "attended and gave the welcoming remarks"
        assert new_text[result.start : result.end] == result.drift_text
        assert result.quote == highlight.quote


def test_a_rewritten_sentence_drifts_onto_its_own_words_whole() -> None:
    """A feed item's sentence rewritten at its start ("Earlier this year, the UN ..." to "In
    June, UN ..."): the fuzzy match had as good an edit cost starting on the full stop that
    ends the paragraph before, and took it, so `y`, `quote` and the brief cited
    "“. In June, UN Secretary-General ...”"; rewritten at its end ("anyone" to "any side"),
    it stopped short of the new words. Punctuation where the quote has a word is not the
    quote's; its end is where its stored suffix begins."""
    old_text = (
        '"There is no viable military solution," the foreign ministers said.\n\n'
        "Earlier this year, the UN Secretary-General Antonio Guterres appealed for a ceasefire"
        " in al-Fashir. While the army agreed, the RSF rejected the call.\n"
    )
    quote = (
        "Earlier this year, the UN Secretary-General Antonio Guterres appealed for a ceasefire"
        " in al-Fashir."
    )
    now = (
        "In June, UN Secretary-General Antonio Guterres called for a humanitarian pause"
        " in al-Fashir."
    )
    new_text = old_text.replace(quote, now)
    highlight = highlight_of(old_text, quote)
    for result in both_ways(highlight, old_text, new_text):
        assert result.status == DRIFTED
        assert result.drift_text == now
        assert cited(result, new_text).quote == now
    ended = "While the army agreed, the RSF rejected the call"  # after "al-Fashir." in its line
    edited = old_text.replace(ended, "The army agreed; the RSF rejected that call")
    for result in both_ways(highlight_of(old_text, ended), old_text, edited):
        assert result.status == DRIFTED
        assert result.drift_text == "The army agreed; the RSF rejected that call"
    said = "“We will not let al-Fashir fall to anyone,” he said."
    straight = old_text + said.replace("“", '"').replace("”", '"').replace("anyone", "any side")
    for result in both_ways(highlight_of(old_text + said, said[:-9]), old_text + said, straight):
        assert result.drift_text == '"We will not let al-Fashir fall to any side,"', "marks kept"
    words = "We will not let al-Fashir fall to anyone"  # its last word rewritten: not cut off
    rewritten = (old_text + said).replace("anyone", "any side")
    for result in both_ways(highlight_of(old_text + said, words), old_text + said, rewritten):
        assert result.drift_text == "We will not let al-Fashir fall to any side"


def test_a_word_inserted_after_the_first_keeps_the_sentence_whole() -> None:
    """A feed item edited to "Tarriela flatly denied that ...": taking "Tarriela" as
    rewritten to "flatly" cost the fuzzy match as few edits as keeping it and skipping the
    inserted word, and the tie started on "flatly", so the refreshed highlight, and every
    quote of it, began "flatly denied that ..." without the man who denied it. Its start is
    where its stored prefix ends, as its end is where its stored suffix begins."""
    old_text = (
        "According to PCG spokesman Jay Tarriela, the vessels kept an appropriate distance.\n\n"
        "Tarriela denied that any Chinese boarding or inspection had taken place, and produced"
        " video evidence from the voyage. He insisted that the Philippines will not seek"
        " permission.\n"
    )
    quote = (
        "Tarriela denied that any Chinese boarding or inspection had taken place, and produced"
        " video evidence from the voyage."
    )
    now = (
        "Tarriela flatly denied that any Chinese boarding or inspection of the cargo had taken"
        " place, and produced video evidence from the voyage."
    )
    new_text = old_text.replace(quote, now)
    for result in both_ways(highlight_of(old_text, quote), old_text, new_text):
        assert result.status == DRIFTED
        assert result.drift_text == now
        assert cited(result, new_text).quote == now


def test_a_drifted_highlight_is_cited_as_the_article_reads_now_its_record_untouched() -> None:
    """Every citation (``y``, ``quote``, the brief, the CSV) takes this one answer: the words
    a reader following it finds; the stored highlight keeps what was highlighted."""
    highlight = highlight_of(SEED, "attended and delivered the opening remarks")
    new_text = SEED.replace("delivered the opening", "gave the welcoming", 1)
    drifted = reanchor_all([highlight], SEED, new_text)[0]
    quoted = cited(drifted, new_text)
    assert quoted.quote == "attended and gave the welcoming remarks" == drifted.drift_text
    assert (quoted.status, quoted.start, quoted.end) == (DRIFTED, drifted.start, drifted.end)
    assert drifted.quote == highlight.quote, "the record itself is not changed"
    assert cited(highlight, SEED) == highlight, "an anchored one is cited as stored"
    moved = cited(drifted, "Update.\n" + new_text)  # offsets the store no longer holds
    assert moved.quote == drifted.drift_text and moved.start == drifted.start + len("Update.\n")


def test_a_drifted_highlight_stays_put_when_nothing_else_changes() -> None:
    highlight = highlight_of(SEED, "attended and delivered the opening remarks")
    new_text = SEED.replace("delivered the opening", "gave the welcoming", 1)
    drifted = reanchor_all([highlight], SEED, new_text)[0]
    again = reanchor_all([drifted], new_text, "Update.\n" + new_text)[0]
    assert again.status == DRIFTED and again.drift_text == drifted.drift_text
    assert again.start == drifted.start + len("Update.\n")
    restored = reanchor(drifted, SEED)
    assert restored.status == MOVED and restored.drift_text == ""
    assert SEED[restored.start : restored.end] == highlight.quote


def test_deleted_quote_becomes_an_orphan_that_keeps_its_selectors() -> None:
    highlight = highlight_of(SEED, "served as keynote speakers", note="check", tags=["x"])
    paragraph_start = SEED.rindex("\n", 0, highlight.start) + 1
    paragraph_end = SEED.index("\n", highlight.end)
    new_text = SEED[:paragraph_start] + SEED[paragraph_end + 1 :]
    for result in both_ways(highlight, SEED, new_text):
        assert result.status == ORPHAN
        assert (result.start, result.end, result.quote) == (
            highlight.start,
            highlight.end,
            highlight.quote,
        )
        assert (result.prefix, result.suffix, result.note) == (
            highlight.prefix,
            highlight.suffix,
            "check",
        )
    orphan = reanchor(highlight, new_text)
    assert reanchor(orphan, SEED).status == ANCHORED  # the paragraph came back


def test_a_near_identical_sentence_elsewhere_does_not_capture_the_orphan() -> None:
    target = "The minister said the partnership would deepen cooperation in trade and investment."
    lookalike = (
        "At a separate forum in Da Nang, the minister said the partnership would deepen "
        "cooperation in trade and tourism, according to organisers."
    )
    old_text = f"Opening paragraph of the report.\n{target}\n{SEED}\n{lookalike}\n"
    highlight = highlight_of(old_text, "the partnership would deepen cooperation in trade")
    new_text = old_text.replace(target + "\n", "", 1)
    for result in both_ways(highlight, old_text, new_text):
        assert result.status == ORPHAN


def test_an_exact_quote_twice_without_distinguishing_context_is_an_orphan() -> None:
    boilerplate = (
        "Readers' note: the two sides agreed to boost trade and investment flows, "
        "the ministry said in a statement issued on the same day."
    )
    old_text = f"{SEED}\n{boilerplate}\nClosing paragraph.\n"
    highlight = highlight_of(old_text, "agreed to boost trade")
    new_text = f"{SEED}\nClosing paragraph.\n{boilerplate}\nSecond section.\n{boilerplate}\n"
    for result in both_ways(highlight, old_text, new_text):
        assert result.status == ORPHAN


def test_an_old_duplicate_is_not_taken_for_the_deleted_quote() -> None:
    boilerplate = "the two sides agreed to boost trade and investment flows"
    old_text = f"Morning: {boilerplate}.\n{SEED}\nEvening: {boilerplate}.\n"
    highlight = highlight_of(old_text, boilerplate)
    new_text = old_text.replace(f"Morning: {boilerplate}.\n", "", 1)
    assert reanchor_all([highlight], old_text, new_text)[0].status == ORPHAN


def test_a_stock_phrase_in_a_rewritten_paragraph_is_not_a_match() -> None:
    old_paragraph = "Delegates praised the Ministry of Foreign Affairs for its timely guidance."
    new_paragraph = "A photo exhibition opened outside the Ministry of Foreign Affairs yesterday."
    old_text = f"{SEED}\n{old_paragraph}\nLast line.\n"
    highlight = highlight_of(old_text, "praised the Ministry of Foreign Affairs")
    new_text = old_text.replace(old_paragraph, new_paragraph)
    assert reanchor_all([highlight], old_text, new_text)[0].status == ORPHAN
    short = highlight_of(
        old_text,
        "Ministry of Foreign Affairs",
        occurrence=old_text.count("Ministry of Foreign Affairs") - 1,
    )
    assert reanchor_all([short], old_text, new_text)[0].status == ORPHAN


def test_reattach_anchors_an_orphan_on_the_new_selection() -> None:
    highlight = highlight_of(SEED, "served as keynote speakers", note="n", tags=["t"], color="c")
    orphan = reanchor(highlight, "Entirely different text now.")
    assert orphan.status == ORPHAN
    text = "Entirely different text now."
    again = reattach(orphan, text, 9, 18)
    assert again.status == ANCHORED and again.quote == "different" and again.id == highlight.id
    assert (again.note, again.tags, again.color) == ("n", ["t"], "c")
    assert (again.prefix, again.suffix) == ("Entirely ", " text now.")
    with pytest.raises(ValueError):
        reattach(orphan, text, 3, 3)


def test_reanchor_all_keeps_order_and_never_drops_anything() -> None:
    quotes = ["opening remarks", "keynote speakers", "not in the text at all"]
    highlights = [highlight_of(SEED, quote) for quote in quotes[:2]]
    highlights.append(Highlight(id="x", article_id="article", start=0, end=22, quote=quotes[2]))
    results = reanchor_all(highlights, SEED, "Intro.\n" + SEED)
    assert [result.id for result in results] == [h.id for h in highlights]
    assert [result.status for result in results] == [MOVED, MOVED, ORPHAN]


# --- properties -------------------------------------------------------------------------

words_text = st.lists(st.sampled_from(VOCABULARY), min_size=20, max_size=60, unique=True).map(
    " ".join
)


@st.composite
def text_and_span(draw: st.DrawFn) -> tuple[str, int, int]:
    text = draw(words_text)
    bounds = [0] + [i + 1 for i, char in enumerate(text) if char == " "]
    first = draw(st.integers(0, len(bounds) - 1))
    last = draw(st.integers(first, min(first + 5, len(bounds) - 1)))
    end = text.find(" ", bounds[last])
    return text, bounds[first], len(text) if end == -1 else end


def edit_words(draw: st.DrawFn, text: str) -> str:
    """Insert or delete a word or two: an edited paragraph, not a rewritten one."""
    words = text.split(" ") if text else []
    for _ in range(draw(st.integers(1, 2))):
        position = draw(st.integers(0, len(words)))
        if words and draw(st.booleans()):
            del words[min(position, len(words) - 1)]
        else:
            words.insert(position, draw(st.sampled_from(INSERTED_WORDS)))
    return " ".join(words)


@settings(max_examples=150, deadline=None)
@given(text_and_span())
def test_unchanged_text_reanchors_in_place(case: tuple[str, int, int]) -> None:
    text, start, end = case
    highlight = new_highlight("a", text, start, end)
    for result in (reanchor(highlight, text), reanchor_all([highlight], text, text)[0]):
        assert result.status == ANCHORED
        assert (result.start, result.end) == (start, end)


@settings(max_examples=150, deadline=None, suppress_health_check=[HealthCheck.too_slow])
@given(st.data(), text_and_span())
def test_edits_outside_the_span_keep_the_quote(
    data: st.DataObject, case: tuple[str, int, int]
) -> None:
    text, start, end = case
    before = edit_words(data.draw, text[:start].rstrip(" ")) if start else ""
    after = edit_words(data.draw, text[end:].lstrip(" ")) if end < len(text) else ""
    new_text = " ".join(part for part in (before, text[start:end], after) if part)
    result = reanchor_all([new_highlight("a", text, start, end)], text, new_text)[0]
    assert result.status in (ANCHORED, MOVED)
    assert new_text[result.start : result.end] == text[start:end]


@settings(max_examples=200, deadline=None)
@given(
    st.text(alphabet="ab .\n“”", max_size=60),
    st.text(alphabet="ab .\n“”", max_size=60),
    st.integers(0, 60),
    st.integers(1, 12),
)
def test_any_placement_fits_the_new_text(old: str, new: str, start: int, length: int) -> None:
    start = min(start, max(len(old) - 1, 0))
    end = min(start + length, len(old))
    if start >= end:
        return
    highlight = new_highlight("a", old, start, end)
    for result in both_ways(highlight, old, new):
        assert result.status in {status.value for status in AnchorStatus}
        if result.status != ORPHAN:
            assert 0 <= result.start <= result.end <= len(new)
            expected = result.drift_text if result.status == DRIFTED else result.quote
            assert new[result.start : result.end] == expected


LEDE = "Viet Nam and Japan agreed on Monday to deepen cooperation in energy and maritime security."


def test_a_highlight_never_moves_onto_another_copy_of_its_words_when_its_own_stays():
    """A sentence written twice (a summary run into its body), the first copy edited and the
    rest cut: the whole tail is one rewritten region, so the diff kept no unchanged run to
    exclude the second copy, whose context agreed fully with the stored one (the first copy's
    prefix is the text's start, whose end every copy shares). The highlight of the first
    copy's words moved onto the second's, its own words still in the text."""
    old = (
        f"{LEDE} {LEDE} The talks in Tokyo lasted three hours.\n\n"
        "Deputy Minister Le Van said both sides valued the partnership.\n\n"
        "The delegation will visit Osaka on Friday before returning to Hanoi."
    )
    new = LEDE.replace("on Monday", "late on Monday") + " " + LEDE
    phrase = "to deepen cooperation in energy"
    first = highlight_of(old, phrase)
    (placed,) = reanchor_all([first], old, new)
    assert (placed.status, placed.start) == (MOVED, new.index(phrase))
    assert new[placed.start : placed.end] == phrase


def test_a_highlight_whose_copy_is_gone_is_no_other_copys_even_fuzzily():
    """A sentence written twice, the second copy highlighted, then cut away with the text's
    second half while the first copy's last word was rewritten: a close fuzzy match, but at
    the first copy's own context, not the highlight's. It drifted onto the first copy's words
    ("minister visited."); an orphan now. (Words of a fuzzed text, where it was found.)"""
    sentence = "were in sides were visited minister the."
    said = "were Monday on Monday met the."
    old = (
        f"{sentence} minister talks the Monday. were in frank Monday in. {said}\n\n"
        f"{said} memorandum were Da in a. on Monday of.\n\n"
        "minister visited cooperation minister Hanoi Hanoi sides.\n\n"
        f"{sentence} were a memorandum minister the talks Monday met Hanoi. met Hanoi frank in"
        " minister were. minister visited cooperation minister Hanoi Hanoi sides."
    )
    new = (
        sentence.replace("the.", "visited.")
        + f" minister talks the Monday. were in frank Monday in. {said}\n\n"
        f"{said} memorandum were Da in a. {said}"
    )
    (placed,) = reanchor_all([highlight_of(old, "minister the.", occurrence=1)], old, new)
    assert placed.status == ORPHAN


SENTENCES = [
    "Viet Nam and Japan agreed to deepen cooperation.",
    "The talks in Tokyo lasted three hours.",
    "Both sides valued the partnership.",
    "The delegation will visit Osaka on Friday.",
]
INSERTED = "Trade was not discussed at all."


@pytest.mark.parametrize("inserted_before", [2, 3])
def test_a_sentence_inserted_next_to_a_highlights_end_sentence_keeps_that_sentence(
    inserted_before: int,
) -> None:
    """A highlight of three sentences, a sentence inserted inside it after its first or
    before its last: taking the inserted sentence in place of the highlight's own first (or
    last) one cost the fuzzy match as many edits as taking it in as well, and the tie left
    that sentence, intact in the text, out of the drifted highlight ("Both sides valued the
    partnership. Trade was not discussed at all. The delegation ..." without "The talks in
    Tokyo lasted three hours.")."""
    old = " ".join(SENTENCES)
    new = " ".join([*SENTENCES[:inserted_before], INSERTED, *SENTENCES[inserted_before:]])
    highlight = highlight_of(old, " ".join(SENTENCES[1:]))
    whole = new[new.index(SENTENCES[1]) :]
    assert INSERTED in whole
    for result in both_ways(highlight, old, new):
        assert (result.status, result.drift_text) == (DRIFTED, whole)
        assert new[result.start : result.end] == whole


def test_a_sentence_inserted_after_a_highlights_short_first_sentence_keeps_it():
    """The same with a first sentence shorter than the words compared at an edge: "Talks
    ended. The t" is no longer in the text, so the widened start was not tried, and the
    highlight began "was issued.", inside the inserted sentence."""
    short = "Talks ended."
    old = " ".join([short, *SENTENCES[1:]])
    new = " ".join([short, "No joint statement was issued.", *SENTENCES[1:]])
    highlight = highlight_of(old, " ".join([short, *SENTENCES[1:3]]))
    whole = new[: new.index(SENTENCES[2]) + len(SENTENCES[2])]
    for result in both_ways(highlight, old, new):
        assert (result.status, new[result.start : result.end]) == (DRIFTED, whole)


FIVE = [*SENTENCES, "It will return to Hanoi on Sunday."]


@pytest.mark.parametrize(
    ("kept", "drifted_to"),
    [
        # its last sentence cut: it took the next one, outside it, in its place
        ([0, 1, 2, 4], "The talks in Tokyo lasted three hours. Both sides valued the partnership."),
        # its first cut: it took the one before, begun inside its first word ("Nam and Japan")
        (
            [0, 2, 3, 4],
            "Both sides valued the partnership. The delegation will visit Osaka on Friday.",
        ),
    ],
)
def test_a_highlights_first_or_last_sentence_cut_takes_no_sentence_outside_it(
    kept: list[int], drifted_to: str
) -> None:
    """A highlight of three sentences whose first or last was cut from the text: rewriting
    the sentence beside it into the one cut cost the fuzzy match fewer edits than leaving
    it out, and the drifted highlight took in a sentence outside it, cited as the analyst's
    choice. Its stored prefix (or suffix) says where it begins (or ends) now."""
    old = " ".join(FIVE)
    new = " ".join(FIVE[index] for index in kept)
    highlight = highlight_of(old, " ".join(FIVE[1:4]))
    for result in both_ways(highlight, old, new):
        assert (result.status, new[result.start : result.end]) == (DRIFTED, drifted_to)


def test_a_highlights_short_last_sentence_is_kept_when_the_words_after_it_changed():
    """A sentence inserted before a highlight's short last sentence ("Talks ended."), the
    words after it edited too: its stored suffix was not found to end it, and leaving that
    sentence out cost fewer edits than taking the inserted one in. The quote's own last
    words, standing just after the match, end it."""
    sentences = [*SENTENCES[:3], "Talks ended.", "Officials in Hanoi said little."]
    old = " ".join(sentences)
    new = " ".join(
        [*sentences[:3], "Trade was not discussed.", "Talks ended.", "Reporters said little."]
    )
    highlight = highlight_of(old, " ".join(sentences[1:4]))
    whole = new[new.index(sentences[1]) : new.index("Talks ended.") + len("Talks ended.")]
    for result in both_ways(highlight, old, new):
        assert (result.status, new[result.start : result.end]) == (DRIFTED, whole)


def test_a_highlight_with_more_inserted_inside_than_it_can_take_is_an_orphan():
    """Two sentences inserted inside a highlight of two, too many words to take in (under
    70% of them the highlight's): the fuzzy match rewrote its first sentence into the
    second inserted one, and the highlight drifted onto "more added other extra. Was ...",
    its own first sentence, intact at the text's start, left out. (Words of a fuzzed text,
    where it was found.)"""
    first, second = "Le breakthrough update AI.", "Was Electronics position among knowledge."
    rest = "Which networks It The Politburo future."
    old = f"{first} {second} {rest}"
    new = f"{first} New words here more fresh. Here new more added other extra. {second} {rest}"
    for result in both_ways(highlight_of(old, f"{first} {second}"), old, new):
        assert result.status == ORPHAN


@pytest.mark.parametrize(
    ("quoted", "new_parts"),
    [
        # a sentence added before it, a word of it edited
        ([1, 2], [0, "Trade was not discussed.", "four", 2, 3]),
        ([1], [0, "Trade was not discussed.", "four", 2, 3]),
        # a sentence added after it, a word of it edited
        ([1, 2], [0, 1, "praised", "Trade was not discussed.", 3]),
    ],
)
def test_a_sentence_added_beside_an_edited_highlight_stays_outside_it(
    quoted: list[int], new_parts: list[int | str]
) -> None:
    """A sentence added just before (after) a highlight whose words were also edited: its
    start moved back to where its stored prefix ends (its end on to where its suffix
    begins), and the drifted highlight began "Trade was not discussed. The talks ...", a
    sentence the analyst never chose, though its own first (last) words stood intact after
    (before) it; one sentence long, it was an orphan. Its own words now bound it."""
    edits = {
        "four": SENTENCES[1].replace("three", "four"),
        "praised": SENTENCES[2].replace("valued", "praised"),
    }
    old = " ".join(SENTENCES)
    parts = [
        SENTENCES[part] if isinstance(part, int) else edits.get(part, part) for part in new_parts
    ]
    new = " ".join(parts)
    highlight = highlight_of(old, " ".join(SENTENCES[index] for index in quoted))
    first, last = highlight.quote.split()[0], highlight.quote.split()[-1]
    for result in both_ways(highlight, old, new):
        words = new[result.start : result.end]
        assert result.status == DRIFTED
        assert "Trade" not in words
        assert words.startswith(first) and words.endswith(last)


@st.composite
def sentences_and_insert(draw: st.DrawFn) -> tuple[str, str, Highlight, str]:
    """A text of sentences (some a paragraph apart), a highlight of two to four of them and
    the text with a sentence inserted inside it: (old, new, highlight, its words in new)."""
    words = draw(st.lists(st.sampled_from(VOCABULARY), min_size=30, max_size=90, unique=True))
    size = draw(st.integers(4, 10))
    sentences = [
        " ".join(words[at : at + size]).capitalize() + "."
        for at in range(0, len(words) - size + 1, size)
    ]
    gaps = [draw(st.sampled_from([" ", " ", "\n\n"])) for _ in sentences[1:]]
    first = draw(st.integers(0, len(sentences) - 2))
    last = draw(st.integers(first + 1, min(first + 3, len(sentences) - 1)))
    at = draw(st.integers(first + 1, last))
    inserted = " ".join(draw(st.permutations(INSERTED_WORDS))).capitalize() + "."

    def joined(parts: list[str], between: list[str]) -> str:
        return parts[0] + "".join(gap + part for gap, part in zip(between, parts[1:], strict=True))

    old = joined(sentences, gaps)
    new = joined([*sentences[:at], inserted, *sentences[at:]], [*gaps[:at], " ", *gaps[at:]])
    start, end = old.index(sentences[first]), old.index(sentences[last]) + len(sentences[last])
    new_start = new.index(sentences[first])
    whole = new[new_start : new.index(sentences[last]) + len(sentences[last])]
    return old, new, new_highlight("a", old, start, end), whole


@settings(max_examples=300, deadline=None, suppress_health_check=[HealthCheck.too_slow])
@given(sentences_and_insert())
def test_a_sentence_inserted_inside_a_highlight_is_taken_in_never_its_own_left_out(
    case: tuple[str, str, Highlight, str],
) -> None:
    """Drifted, from the highlight's first word to its last with the inserted sentence
    inside, or an orphan where the insertion is too much of it: never a span leaving out
    (or cutting into) one of the highlight's own sentences still in the text."""
    old, new, highlight, whole = case
    for result in both_ways(highlight, old, new):
        assert result.status in (DRIFTED, ORPHAN)
        if result.status == DRIFTED:
            assert new[result.start : result.end] == whole
