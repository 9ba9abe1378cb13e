"""Citation styles: golden output, graceful degradation, shortening and copy sanitising."""

from __future__ import annotations

import os
import unicodedata
from dataclasses import replace
from pathlib import Path

import pytest
from hypothesis import given
from hypothesis import strategies as st

from diplotui.cite import (
    STYLES,
    clean_field,
    format_quote,
    next_style,
    safe_url,
    sanitize_for_copy,
    shorten_quote,
)
from diplotui.model import Article

GOLDEN = Path(__file__).resolve().parents[1] / "golden"
UPDATE = bool(os.environ.get("DIPLOTUI_UPDATE_GOLDEN"))

QUOTE = "Both sides agreed to “keep talking” on the Mekong.\n\nThey didn’t say where."
HOSTILE = (
    "[bold red]Rich[/] \x1b[31mred\x1b[0m \x1b]52;c;ZXZpbA==\x07 \x1b]8;;https://e.vil\x1b\\link"
    "\x07bel \u202eevil\u202c zero\u200bwidth\ufeff nul\x00 \x9b31m c1\r\nnext\ttab"
)


def article(**changes: object) -> Article:
    fields: dict[str, object] = {
        "id": "a1b2c3d4e5f6",
        "title": "Leaders pledge to “keep talking” on the Mekong",
        "text_hash": "0" * 64,
        "source": "The Diplomat",
        "url": "https://thediplomat.com/2025/07/mekong-talks/",
        "author": "Jane Doe",
        "date": "2025-07-14",
    }
    fields.update(changes)
    return Article(**fields)  # type: ignore[arg-type]


def check_golden(name: str, text: str) -> None:
    path = GOLDEN / name
    if UPDATE:
        path.write_text(text, encoding="utf-8")
    assert text == path.read_text(encoding="utf-8")


@pytest.mark.parametrize("style", STYLES)
def test_golden_styles(style: str):
    check_golden(f"cite_{style}.txt", format_quote(QUOTE, article(), style) + "\n")


def test_plain_and_markdown_shapes():
    plain = format_quote("Quote.", article(), "plain")
    assert plain == (
        "“Quote.”\n— Jane Doe, “Leaders pledge to ‘keep talking’ on the Mekong”, The Diplomat, "
        "July 14, 2025, https://thediplomat.com/2025/07/mekong-talks/"
    )
    markdown = format_quote("Quote.", article(), "markdown")
    assert markdown.startswith("> Quote.\n>\n> — Jane Doe, [Leaders pledge")
    assert "](https://thediplomat.com/2025/07/mekong-talks/), *The Diplomat*, July 14, 2025" in (
        markdown
    )


@pytest.mark.parametrize(
    ("style", "cited"),
    [("plain", "— Lê Hải Bình, quoted in “Vietnam, Philippines advance maritime cooperation”, "
      "The Hanoi Times, July 14, 2025"),
     ("markdown", "> — Lê Hải Bình, quoted in “Vietnam, Philippines advance maritime "
      "cooperation”, *The Hanoi Times*, July 14, 2025")],
)  # fmt: skip
def test_a_title_without_a_link_is_in_quotation_marks(style: str, cited: str):
    """Bare, "quoted in Vietnam, Philippines advance maritime cooperation, The Hanoi Times"
    could not be told apart: where does the title end, is Philippines a place or the outlet?"""
    source = article(
        title="Vietnam, Philippines advance maritime cooperation",
        source="The Hanoi Times",
        url="",
        author="",
    )
    assert format_quote("Quote.", source, style, speaker="Lê Hải Bình").endswith(cited)


def test_a_quoted_title_asking_a_question_takes_no_comma():
    text = format_quote("Quote.", article(title="Will talks resume?", author=""), "plain")
    assert "— “Will talks resume?” The Diplomat, July 14" in text


def test_chicago_and_apa_are_plain_text():
    chicago = format_quote("Quote.", article(), "chicago")
    assert chicago.splitlines()[1] == (
        "Jane Doe, “Leaders pledge to ‘keep talking’ on the Mekong,” The Diplomat, "
        "July 14, 2025, https://thediplomat.com/2025/07/mekong-talks/."
    )
    apa = format_quote("Quote.", article(), "apa")
    assert apa.splitlines()[1] == (
        "Jane Doe. (2025, July 14). Leaders pledge to “keep talking” on the Mekong. "
        "The Diplomat. https://thediplomat.com/2025/07/mekong-talks/"
    )
    assert "*" not in chicago + apa


def test_apa_cites_the_articles_own_words_in_the_text_too():
    """newuser55: APA 7 follows every quotation with its in-text citation; the article's own
    words (no speaker) were copied with the reference alone, a quotation cited nowhere in the
    sentence pasted into a brief. The full stop follows the citation, as a statement's does."""
    assert format_quote("Quote.", article(), "apa").splitlines()[0] == "“Quote” (Jane Doe, 2025)."
    no_author = format_quote("Quote?", article(author=""), "apa").splitlines()[0]
    # with no author the title leads, as polish55's APA 7 rule has it, and cites in the text
    assert no_author == "“Quote?” (“Leaders Pledge to ‘Keep Talking’ on the Mekong,” 2025)."
    bare = format_quote("Quote", article(source="", url="", author="", date=""), "apa")
    assert (
        bare.splitlines()[0] == "“Quote” (“Leaders Pledge to ‘Keep Talking’ on the Mekong,” n.d.)."
    )


@pytest.mark.parametrize("style", STYLES)
def test_missing_fields_degrade_gracefully(style: str):
    bare = article(source="", url="", author="", date="")
    text = format_quote("Quote.", bare, style)
    for bad in ("None", "()", "[]", ", ,", ",,", " ,", "..", "“”"):
        assert bad not in text
    if style == "apa":
        assert text.splitlines()[1] == ("Leaders pledge to “keep talking” on the Mekong. (n.d.).")
    empty = Article(id="1", title="", text_hash="")
    assert format_quote("Quote.", empty, style).startswith(("“Quote.”", "“Quote” (", "> Quote."))


@pytest.mark.parametrize("style", STYLES)
def test_a_title_that_is_a_sentence_gets_no_second_full_stop(style: str):
    """A feed item or text file titled by its first sentence: Chicago cited it as
    “... resume soon..” when nothing followed the title, and “... soon.,” when something did."""
    sentence = "Kowalska said the talks would resume soon."
    for fields in ({"source": "", "url": "", "author": "", "date": ""}, {}):
        text = format_quote("Quote.", article(title=sentence, **fields), style)
        assert "resume soon" in text and ".." not in text and ".," not in text
    abbreviated = format_quote("Quote.", article(title="Talks with the U.S."), style)
    assert "the U.S." in abbreviated


@pytest.mark.parametrize(
    ("title", "ending"),
    [("Talks to resume…", "Talks to resume… "), ("Talks resume…", "Talks resume… "),
     ("Minister says “we will resume.”", "Minister says “we will resume.” "),
     ("Did he say “yes?”", "Did he say “yes?” ")],
)  # fmt: skip
def test_apa_adds_no_full_stop_after_an_ellipsis_or_a_quotation_that_ends_one(title, ending):
    """APA cited “Talks to resume….” and “… “we will resume.”.”: its full stop after a title
    that already ends a sentence (in an ellipsis, or inside closing quotation marks)."""
    reference = format_quote("Quote.", article(title=title), "apa").splitlines()[1]
    assert f" {ending}" in reference
    assert "…." not in reference and ".”." not in reference and "?”." not in reference


def test_publication_stands_in_for_a_missing_author_in_chicago_the_title_in_apa():
    """APA 7 (9.12, 8.14): a work with no author has its title in the author's place, and
    the in-text citation gives the title, in title case and quotation marks, shortened when
    long; the article's own words were copied with no in-text citation at all."""
    no_author = article(author="")
    assert (
        format_quote("Q", no_author, "chicago").splitlines()[1].startswith("The Diplomat, “Leaders")
    )
    words, reference = format_quote("Q.", no_author, "apa").splitlines()
    assert words == "“Q” (“Leaders Pledge to ‘Keep Talking’ on the Mekong,” 2025)."
    assert reference.startswith("Leaders pledge to “keep talking” on the Mekong. (2025, July 14).")
    assert reference.count("The Diplomat") == 1
    seed = article(
        author="",
        title="Enhancing capacity of people's organizations to carry out external relations work",
        source="World & Vietnam Report",
        date="2025-07-18",
        date_is_guess=True,
    )
    assert format_quote("On July 18, the Conference met.", seed, "apa").splitlines()[0] == (
        "“On July 18, the Conference met” (“Enhancing Capacity of People's Organizations,” "
        "ca. 2025)."
    )


def test_apa_cites_an_articles_own_words_in_the_text_by_its_author():
    assert format_quote("Quote.", article(), "apa").splitlines()[0] == "“Quote” (Jane Doe, 2025)."
    asked = format_quote("Why now?", article(), "apa").splitlines()[0]
    assert asked == "“Why now?” (Jane Doe, 2025)."


def test_partial_and_guessed_dates():
    guessed = article(date="2025-07", date_is_guess=True)
    assert "July 2025 (date uncertain)" in format_quote("Q", guessed, "plain")
    assert "[July 2025?]" in format_quote("Q", guessed, "chicago")
    assert "(ca. 2025, July)." in format_quote("Q", guessed, "apa")
    year_only = article(date="2025")
    assert "(2025)." in format_quote("Q", year_only, "apa")
    assert ", 2025, https" in format_quote("Q", year_only, "plain")
    nonsense = article(date="someday", date_is_guess=True)
    assert "(n.d.)" in format_quote("Q", nonsense, "apa")
    assert "uncertain" not in format_quote("Q", nonsense, "plain")


def test_only_web_urls_are_cited():
    assert safe_url("javascript:alert(1)") == ""
    assert safe_url("file:///etc/passwd") == ""
    assert safe_url(" https://e.org/a b ") == "https://e.org/ab"
    assert safe_url("https://e.\u200dorg/a\u200c") == "https://e.org/a"  # words keep joiners
    text = format_quote("Q", article(url="javascript:alert(1)"), "markdown")
    assert "javascript" not in text and "](" not in text


def test_markdown_escapes_what_would_render():
    text = format_quote("# not a heading *or bold* [link](x) ~~struck~~", article(), "markdown")
    assert text.startswith(r"> \# not a heading \*or bold\* \[link\](x) \~\~struck\~\~")


@pytest.mark.parametrize(
    ("style", "expected"),
    [
        ("plain", "“It’s ‘fine’, he said: ‘really’ (‘yes’). ‘Sure’”\n"),
        ("chicago", "“It’s ‘fine’, he said: ‘really’ (‘yes’). ‘Sure’”\n"),
        ("apa", "“It’s ‘fine’, he said: ‘really’ (‘yes’). ‘Sure’” (Jane Doe, 2025).\n"),
        ("markdown", "> It’s “fine”, he said: ‘really’ (“yes”). “Sure”\n"),
    ],
)
def test_nested_quotes_take_the_inner_level_of_every_style(style: str, expected: str):
    """Straight or typographic double quotes inside the quote: single inside “ ”, typographic
    double in a blockquote; apostrophes and single quotes stay as they are."""
    quote = 'It’s “fine”, he said: ‘really’ ("yes"). "Sure"'
    assert format_quote(quote, article(), style).startswith(expected)


def test_shorten_keeps_first_and_last_sentences():
    sentences = [f"Sentence {i} is about the long talks in Vientiane." for i in range(30)]
    short = shorten_quote(" ".join(sentences), budget=200)
    assert len(short) <= 200
    assert short.startswith("Sentence 0 is") and short.endswith(
        "Sentence 29 is about the long talks in Vientiane."
    )
    assert " … " in short
    assert shorten_quote("Short quote.", budget=200) == "Short quote."


def test_shorten_one_long_sentence_cuts_at_a_word():
    short = shorten_quote("word " * 100, budget=50)
    assert len(short) <= 50 and short.endswith(" …") and "wor …" not in short


def test_shorten_keeps_closing_quotes_with_the_sentence():
    text = "He said “we will return.” " + "Filler sentence here. " * 20 + "The end came."
    short = shorten_quote(text, budget=80)
    assert short.startswith("He said “we will return.” … ") or short.startswith(
        "He said “we will return.” Filler"
    )


def test_format_quote_shorten_flag():
    long = " ".join(f"Point {i} of the joint statement matters." for i in range(40))
    assert " … " in format_quote(long, article(), "plain", shorten=True)
    assert " … " not in format_quote(long, article(), "plain")


def test_style_cycle():
    assert [next_style(s) for s in STYLES] == [*STYLES[1:], STYLES[0]]
    assert next_style("unknown") == STYLES[0]
    with pytest.raises(ValueError):
        format_quote("Q", article(), "mla")


def no_hidden(text: str) -> bool:
    return all(ch == "\n" or unicodedata.category(ch) not in ("Cc", "Cf", "Cs") for ch in text)


def test_sanitize_strips_escapes_with_their_payload():
    clean = sanitize_for_copy(HOSTILE)
    assert no_hidden(clean)
    for payload in ("ZXZpbA==", "e.vil", "31m", "52;c"):
        assert payload not in clean
    assert "[bold red]Rich[/]" in clean  # visible text is kept verbatim
    assert "zerowidth" in clean and "next tab" in clean


def test_sanitize_strips_format_characters_beyond_ffff_and_keeps_the_others():
    """Characters beyond U+FFFF are found as one range and sorted one by one: tag characters
    and a musical format mark go, an emoji, a rare Chinese character and a family emoji's
    joiners stay, as do the joiners of a Persian word; a lone surrogate goes."""
    kept = "\U0001f600 \U00020000 \U0001f468\u200d\U0001f469 \u0645\u06cc\u200c\u062e"
    assert sanitize_for_copy(f"a\U000e0001\U000e0041b\U0001d173 {kept}\ud800") == f"ab {kept}"


@pytest.mark.parametrize("style", STYLES)
def test_hostile_metadata_and_quote(style: str):
    hostile = article(
        title=HOSTILE, source=HOSTILE, author=HOSTILE, url="https://e.org/\x1b[2Jx", date="2025"
    )
    text = format_quote(HOSTILE, hostile, style, shorten=True)
    assert no_hidden(text)
    assert "\x1b" not in text and "ZXZpbA==" not in text


@given(st.text(), st.text(), st.sampled_from(STYLES), st.booleans())
def test_no_hidden_characters_ever(quote: str, title: str, style: str, shorten: bool):
    text = format_quote(quote, article(title=title, source=title), style, shorten=shorten)
    assert no_hidden(text)


def test_a_statement_is_cited_with_its_speaker_in_every_style() -> None:
    from diplotui.cite import STYLES, format_quote
    from diplotui.model import Article

    article = Article(
        id="a", title="Enhancing capacity", text_hash="h", source="World & Vietnam Report",
        date="2025-07-18",
    )  # fmt: skip
    cited = {
        style: format_quote(
            "we are ready", article, style, speaker="Ngo Le Van", role="Deputy Minister"
        )
        for style in STYLES
    }
    assert cited["chicago"].endswith(
        "Deputy Minister Ngo Le Van, quoted in “Enhancing capacity,” World & Vietnam Report, "
        "July 18, 2025."
    )
    assert (
        "— Ngo Le Van (Deputy Minister), quoted in “Enhancing capacity”, World" in (cited["plain"])
    )
    assert (
        "> — Ngo Le Van (Deputy Minister), quoted in “Enhancing capacity”, *World"
        in (cited["markdown"])
    )
    # APA 7's secondary source: "as cited in" in the in-text citation, the reference alone;
    # with no author, the title stands in its place in both (APA 7, 9.12 and 8.14)
    assert cited["apa"] == (
        "“we are ready” (Ngo Le Van, Deputy Minister, as cited in “Enhancing Capacity,” "
        "2025).\n"
        "Enhancing capacity. (2025, July 18). World & Vietnam Report."
    )
    assert "quoted in" not in format_quote("we are ready", article, "chicago")


NEWS = Article(
    id="a", title="Viet Nam demands respect", text_hash="h", source="Viet Nam News",
    date="2025-11-14", author="Minh Anh",
)  # fmt: skip


def test_a_reported_statement_is_an_indirect_one_in_every_style() -> None:
    """A reporter's paraphrase copied in quotation marks, “Viet Nam requests ...” — Pham Thu
    Hang, quoted in ..., made words she never said a quotation; the article's own marks inside
    it stay (those words are hers), double, as no marks stand around them."""
    for style in STYLES:
        words = 'China "has indisputable sovereignty" over the islands'
        cited = format_quote(
            words, NEWS, style, speaker="Lin Jian", role="spokesman", reported=True
        )
        said = "Lin Jian (spokesman) said: China “has indisputable sovereignty” over the islands"
        assert cited.startswith(said), (style, cited)
        assert "“China" not in cited and "> China" not in cited, (style, cited)
    assert format_quote("it is", NEWS, "chicago", reported=True).startswith("“it is”")


def test_a_lone_quotation_mark_is_balanced() -> None:
    for style in STYLES:
        cited = format_quote("Hang said: \"Viet Nam's stance", NEWS, style)
        assert cited.count("“") == cited.count("”") and cited.count("‘") == cited.count("’")


def test_statement_citations_read_right() -> None:
    """Chicago started "spokeswoman Phạm Thu Hằng, quoted in ..." in lower case; plain's
    "quoted in Minh Anh, “Title”" read as if Minh Anh were a publication."""
    chicago = format_quote("x", NEWS, "chicago", speaker="Phạm Thu Hằng", role="spokeswoman")
    assert chicago.split("\n")[1].startswith("Phạm Thu Hằng, spokeswoman, quoted in Minh Anh, “")
    plain = format_quote("x", NEWS, "plain", speaker="Phạm Thu Hằng", role="spokeswoman")
    assert plain.endswith("quoted in “Viet Nam demands respect” by Minh Anh, Viet Nam News, "
                          "November 14, 2025")  # fmt: skip
    markdown = format_quote("x", NEWS, "markdown", speaker="Phạm Thu Hằng")
    assert markdown.endswith("quoted in “Viet Nam demands respect” by Minh Anh, *Viet Nam News*, "
                             "November 14, 2025")  # fmt: skip
    apa = format_quote("x", replace(NEWS, author="Smith, J."), "apa", speaker="Phạm Thu Hằng")
    assert apa.startswith("“x” (Phạm Thu Hằng, as cited in Smith, 2025).\nSmith, J. (2025,")


def test_text_encoded_twice_keeps_what_follows_a_c1_character():
    # "Straße" in UTF-8 read as Latin-1 and encoded again: "Ã" then U+009F, a C1 string opener
    title = "Straße talks resume".encode().decode("latin-1")
    assert clean_field(title) == "StraÃe talks resume"
    assert sanitize_for_copy(f"“{title},” he said.") == "“StraÃe talks resume,” he said."


def test_an_osc_hyperlink_still_goes_whole():
    assert clean_field("Talks \x1b]8;;https://evil.test/x\x1b\\resume\x1b]8;;\x1b\\ now") == (
        "Talks resume now"
    )
