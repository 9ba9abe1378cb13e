"""Names the recogniser cut, giving the statements a wrong speaker (session 41).

A name whose words no list knows, written in full once and then by its first word alone
("Tedros Adhanom Ghebreyesus" ... "Tedros said"), was recognised only as that first word,
there too; a nickname in marks between a name's parts ("Ibrahim ‘Ibu’ Mohamed Solih") split
the name in two; a seat joined to a body by "-based" ("the Hague-based International Court of
Justice") was read as the first word of the body's name, which then stopped short.
"""

from __future__ import annotations

import pytest

from diplotui.entities import recognise
from diplotui.statements import find_statements


def _spans(text: str) -> list[tuple[str, str]]:
    return [(span.type, span.text) for span in recognise(text)]


@pytest.mark.parametrize(
    "text",
    [
        'Agency adopts pact\n\n"We are ready," said agency chief Berhane Adhanu Gebremikael.\n'
        'The text was adopted on Tuesday.\n"It is over," Berhane told reporters.\n',
        'Agency adopts pact\n\n"We are ready," said WHO chief Berhane Adhanu Gebremikael.\n'
        'The text was adopted on Tuesday.\n"It is over," Berhane said.\n',
    ],
)
def test_a_name_later_shortened_to_its_first_word_is_whole_where_written_whole(
    text: str,
) -> None:
    spans = _spans(text)
    assert ("PERSON", "Berhane Adhanu Gebremikael") in spans
    assert [s.speaker for s in find_statements(text)] == ["Berhane Adhanu Gebremikael"] * 2


@pytest.mark.parametrize(
    "words",
    ["A Berhane Tower Deal", "Berhane Putin Talks", "Berhane Kremlin Talks"],
)
def test_a_short_name_does_not_take_listed_or_common_words_after_it(words: str) -> None:
    """Only words no list knows lengthen a name the article shortens: "Tower" is a common
    word, "Putin" another person's surname, "Kremlin" a body."""
    text = f"{words}\n\nBerhane Adhanu said so.\n{words} went on, Berhane said.\n"
    assert not any(t == "PERSON" and " " in s and s != "Berhane Adhanu" for t, s in _spans(text))


@pytest.mark.parametrize(
    ("text", "person", "speaker"),
    [
        (
            "Former president Hassan ‘Hasi’ Omar Farah said the talks went well.",
            "Hassan ‘Hasi’ Omar Farah",
            "Hassan Omar Farah",
        ),
        (
            "Former president Hassan 'Hasi' Omar Farah said the talks went well.",
            "Hassan 'Hasi' Omar Farah",
            "Hassan Omar Farah",
        ),
        (
            'Minister Budiman "Budi" Santoso Wirawan said the talks went well.',
            'Budiman "Budi" Santoso Wirawan',
            "Budiman Santoso Wirawan",
        ),
        (
            "Envoy Nadia “Dee” Kovacs Harlan said the talks went well.",
            "Nadia “Dee” Kovacs Harlan",
            "Nadia Kovacs Harlan",
        ),
    ],
)
def test_a_nickname_in_marks_between_name_parts_is_inside_the_name(
    text: str, person: str, speaker: str
) -> None:
    """The name is one mention, and the speaker is named by all of it but the nickname, as
    "Ibrahim Mohamed Solih" is: the name stopped at the nickname's opening mark ("Hassan" and
    "Omar Farah"), and the finder's own completion of double marks took one word after
    ("Nadia “Dee” Kovacs")."""
    assert ("PERSON", person) in _spans(text)
    assert [s.speaker for s in find_statements(f"Talks\n\n{text}\n")] == [speaker]


@pytest.mark.parametrize(
    "text",
    [
        "Headline here\n\nIt was a 'Great' Day for all, Berhane Adhanu said.\n",
        "Headline here\n\nMinister Berhane Adhanu 'Will' Resign, the paper said.\n",
    ],
)
def test_a_quoted_word_that_no_name_follows_joins_no_name(text: str) -> None:
    assert not any("'" in s for t, s in _spans(text) if t == "PERSON")


@pytest.mark.parametrize(
    ("text", "body", "seat"),
    [
        (
            "The Hague-based International Court of Justice will rule next month.",
            "International Court of Justice",
            "",
        ),
        (
            "The Geneva-based World Health Organization said it was ready.",
            "World Health Organization",
            "Geneva",
        ),
        (
            "The Vienna-based International Atomic Energy Agency said it was ready.",
            "International Atomic Energy Agency",
            "Vienna",
        ),
    ],
)
def test_a_seat_before_based_is_no_part_of_the_body_named_after_it(
    text: str, body: str, seat: str
) -> None:
    spans = _spans(text)
    assert ("ORG", body) in spans
    assert not any("-based" in s for _, s in spans)
    if seat:
        assert ("GPE", seat) in spans


def test_initials_before_a_name_whose_surname_is_a_place_are_not_a_surname_in_capitals() -> None:
    """ "CSG Patricia Scotland" after a title was read as Japan's style ("MOTEGI Toshimitsu"):
    "CSG Patricia", then Scotland; the statement went to "CSG Patricia", whom the listings
    never named "Patricia Scotland"."""
    text = (
        "Meeting opens\n\nThe Commonwealth Secretary-General CSG Amara Holland opened the"
        ' meeting.\n"We must act together," said CSG Amara Holland.\n'
        "Amara Holland added that the small states needed help.\n"
    )
    assert ("PERSON", "CSG Amara Holland") in _spans(text)
    assert {s.speaker for s in find_statements(text)} == {"Amara Holland"}
    japanese = _spans("Foreign Minister MOTEGI Toshimitsu met Foreign Minister ABE Kenta.")
    assert ("PERSON", "MOTEGI Toshimitsu") in japanese
    assert ("PERSON", "ABE Kenta") in japanese
