"""Names and dates written with characters a reader does not see or a calendar does not have.

A name pasted from a chat or a PDF carries invisible joiners and soft hyphens, or comes in
full-width letters; it is still one name, found at its offsets in the text as given, and the
same person as the name typed plainly. A day no month has ("on 0 March") is no date at all:
the month alone would date the statement to a month the writer did not mean.
"""

from __future__ import annotations

import pytest

from diplotui.entities import recognise
from diplotui.entities.folding import fold
from diplotui.statements import find_statements


def _people(text: str) -> list[str]:
    return [span.text for span in recognise(text) if span.type == "PERSON"]


@pytest.mark.parametrize("invisible", ["\u200d", "\u200c", "\u00ad", "\u2060"])
def test_an_invisible_character_inside_a_name_keeps_it_one_name(invisible: str) -> None:
    name = f"Jo{invisible}hn Smith"
    text = f"{name} said on Monday that the talks would go on."
    spans = [span for span in recognise(text) if span.type == "PERSON"]
    assert [(span.start, span.end, span.text) for span in spans] == [(0, len(name), name)]


def test_a_name_with_a_joiner_is_the_same_name_as_without() -> None:
    assert fold("Jo\u200dhn Smi\u00adth") == fold("John Smith") == "john smith"
    text = "Jo\u200dhn Smith said that the talks would go on. John Smith said later that it held."
    keys = {statement.speaker_key for statement in find_statements(text, title="Talks")}
    assert keys == {"john smith"}


def test_full_width_letters_are_read_as_a_name() -> None:
    text = "Ｊｏｈｎ Ｓｍｉｔｈ arrived in Hanoi on Monday."
    assert _people(text) == ["Ｊｏｈｎ Ｓｍｉｔｈ"]


@pytest.mark.parametrize(
    "name",
    [
        "Jo\u200ehn Smith",  # a left-to-right mark inside a word
        "Jo\u202ehn Smith",  # a right-to-left override
        "Jo\u200bhn Smith",  # a zero-width space
        "John\u200e Smith",  # a mark at the first word's end
        "Jo\u1dc4hn Smith",  # combining marks beyond the first block
        "Jo\u20d7hn Smith",
        "John\ufe0f Smith",  # a variation selector
        "John\u202fSmith",  # a narrow no-break space
        "John\u3000Smith",  # an ideographic space
    ],
)
def test_invisible_formatting_marks_and_spaces_of_any_width_keep_a_name_whole(name: str) -> None:
    assert _people(f"{name} said on Monday that the talks would go on.") == [name]


@pytest.mark.parametrize(
    "name",
    [
        "Ørsted Æbelø",  # a capital with no accent to strip
        "Sean Gri\ufb03n",  # the "ffi" ligature a PDF copy leaves
        "\u01c4emal \u01c7ubi\u0107",  # capital digraphs
        "\u01c5emal \u01c8ubi\u0107",  # titlecase digraphs
        "Þóra Œlund",
    ],
)
def test_a_name_in_letters_beyond_a_to_z_is_found_whole(name: str) -> None:
    text = f"Talks opened in Oslo. {name} said on Monday that the talks would go on."
    spans = [span for span in recognise(text) if span.type == "PERSON"]
    assert [(span.start, span.end, span.text) for span in spans] == [(22, 22 + len(name), name)]


def test_bidi_controls_around_a_name_leave_the_name_alone() -> None:
    text = "The envoy (\u202bJohn Smith\u202c) spoke in Hanoi."
    assert _people(text) == ["John Smith"]
    assert fold("\u2068Jo\u200ehn Smith\u2069") == "john smith"


@pytest.mark.parametrize(
    "written",
    [
        "on 0 March",
        "on 00 March",
        "on 32 March",
        "on 32 March 2025",
        "on the 45th of March",
        "on March 0",
        "on March 32",
        "on March 32, 2025",
    ],
)
def test_a_day_no_month_has_gives_no_date(written: str) -> None:
    text = f"Anna Berg said {written} that the deal was off."
    assert [span.text for span in recognise(text) if span.type == "DATE"] == []
    assert [statement.said_on for statement in find_statements(text, title="Talks")] == [""]


@pytest.mark.parametrize(
    ("text", "date"),
    [
        ("The envoy said on 3 March that the deal was off.", "3 March"),
        ("The 2019 March vote was close.", "March"),
        ("In March 32 people were hurt.", "March"),
        ("On 5 March 100 people came.", "March"),
    ],
)
def test_a_real_day_or_a_number_that_is_no_day_still_dates(text: str, date: str) -> None:
    assert date in [span.text for span in recognise(text) if span.type == "DATE"]
