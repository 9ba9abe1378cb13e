"""Defects users of the who-said-what view found (issue 17, session 34; invented sentences).

A statement announced for later ("will say", "is expected to tell", "plans to announce") has
not been made, so it is no statement; "will" inside what was said, and "would" in reported
speech, are no such announcement. A dotted acronym at the end of a hyphened word
("Africa-U.S. Economic Forum") ends no sentence before a name going on, as "U.S." alone does not.
A speaker named in letters beyond A-Z (a ligature a PDF left, "Æ", a titlecase digraph) is
named whole. A text stored with its headline, a whole sentence ending in a full stop, is not
read as a lede when the paragraph under it opens by naming in full, titled, whom the headline
named by role only: a lede introduces whom its headline names so.
"""

from __future__ import annotations

from diplotui.statements import find_statements
from diplotui.text import sentences

TITLE = "A headline that is not read\n\n"


def speakers(body: str) -> list[tuple[str, str]]:
    return [(s.speaker, s.text) for s in find_statements(TITLE + body)]


def test_a_statement_announced_for_later_is_not_made() -> None:
    body = (
        "Foreign Minister Jane Doe will say on July 25 that the border will reopen. "
        "Minister Ivo Marsh is expected to tell the assembly that aid will grow. "
        "Envoy Ana Lopez is due to tell reporters that talks will resume. "
        "The ministry plans to announce that the embassy will close."
    )
    assert speakers(body) == []


def test_will_and_would_inside_what_was_said_are_said() -> None:
    body = (
        "Foreign Minister Jane Doe said on Monday that the border will reopen. "
        "Doe said she would visit the region soon."
    )
    assert speakers(body) == [
        ("Jane Doe", "the border will reopen"),
        ("Jane Doe", "she would visit the region soon"),
    ]


def sentence_texts(text: str) -> list[str]:
    return [text[start:end] for start, end in sentences(text)]


def test_a_hyphened_acronym_before_a_name_ends_no_sentence() -> None:
    text = "Ana Lopez praised the Africa-U.S. Economic Forum in Rabat. Lopez said talks went well."
    assert sentence_texts(text) == [
        "Ana Lopez praised the Africa-U.S. Economic Forum in Rabat.",
        "Lopez said talks went well.",
    ]


def test_a_hyphened_acronym_before_a_new_sentence_ends_it() -> None:
    text = "Trade grew under the Morocco–U.S. The minister said talks went well."
    assert sentence_texts(text) == [
        "Trade grew under the Morocco–U.S.",
        "The minister said talks went well.",
    ]


def test_a_forum_after_a_hyphened_acronym_is_no_speaker() -> None:
    body = (
        "Minister Ana Lopez spoke of the Africa-U.S. Economic Forum planned in July, "
        "emphasizing the depth of the partnership."
    )
    assert speakers(body) == [("Ana Lopez", "the depth of the partnership")]


def test_a_speaker_in_letters_beyond_a_to_z_is_named_whole() -> None:
    body = (
        "Ørsted Æbelø said on Monday that the talks were useful. "
        "Sean Gri\ufb03n, the envoy, said the border would reopen. "
        "Foreign Minister \u01c4emal \u01c7ubi\u0107 said aid would grow."
    )
    assert speakers(body) == [
        ("Ørsted Æbelø", "the talks were useful"),
        ("Sean Gri\ufb03n", "the border would reopen"),
        ("\u01c4emal \u01c7ubi\u0107", "aid would grow"),
    ]


HEADLINE = (
    "The foreign ministers of Chile and Peru stated that “under any circumstances, the "
    "partnership between the two countries will keep growing.”\n\n"
)


def test_a_sentence_headline_over_a_lede_naming_its_subject_is_not_read() -> None:
    text = HEADLINE + (
        "Chilean Foreign Minister Ivo Marsh and Peruvian Foreign Minister Ana Lopez held a "
        "joint press conference on Monday in Lima. Marsh said that the partnership would "
        "keep growing.\n"
    )
    assert [(s.speaker, s.text) for s in find_statements(text)] == [
        ("Ivo Marsh", "the partnership would keep growing")
    ]


def test_a_lede_over_a_paragraph_naming_someone_else_is_read() -> None:
    text = (
        "The ambassador of Norland warned on Monday that the partnership between the two "
        "countries would suffer if the talks failed again this year.\n"
        "United Nations Secretary General Ana Lopez said the talks should go on.\n"
    )
    assert [s.text for s in find_statements(text)] == [
        "the partnership between the two countries would suffer if the talks failed again "
        "this year",
        "the talks should go on",
    ]
