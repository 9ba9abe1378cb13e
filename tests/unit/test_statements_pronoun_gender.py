""" "she" and "he" resolved with the gender the article itself shows (pronoun30; a new user's
report of session 30; invented sentences).

"Minister Nguyen Van A met Ms Tran Thi B ... She said" is B's: "she" skips back over persons the
article shows to be men (an honorific, a gendered title, a pronoun that can only be theirs, a
Vietnamese middle name) to the nearest one who is not; "he" likewise over women. Where the
article says nothing of anyone's gender, "she" and "he" resolve as they always did.
"""

from __future__ import annotations

import pytest

from diplotui.entities import recognise
from diplotui.statements import find_statements
from diplotui.statements.cast import Cast
from diplotui.statements.gender import MAN, UNKNOWN, WOMAN, read_gender

TITLE = "Talks in Norland\n\n"


def speakers(body: str) -> list[tuple[str, str]]:
    return [(s.speaker, s.text) for s in find_statements(TITLE + body)]


USEFUL = "the talks were useful"


@pytest.mark.parametrize(
    "body",
    [
        # the user's report: a woman met by a man, then "she"
        "Minister Nguyen Van An met Ms Tran Thi Binh in Hanoi on Monday. She said the talks were"
        " useful.",
        "Mr Karl Berg met Foreign Minister Anna Holm in Oslo on Monday. She said the talks were"
        " useful.",
        # an honorific names a man ("Sir"), a title a woman's counterpart ("King")
        "Sir Alan Duncan received Foreign Minister Anna Holm in London. She said the talks were"
        " useful.",
        "King Harald received Foreign Minister Anna Holm at the palace. She said the talks were"
        " useful.",
        # a pronoun that can only refer back to him: the only person in its sentence
        "Karl Berg ended his visit to Oslo on Monday. Berg met Anna Holm there. She said the talks"
        " were useful.",
    ],
)
def test_she_skips_a_man_for_the_woman_named_before(body: str) -> None:
    assert [s for s, _ in speakers(body)] == ["Tran Thi Binh" if "Binh" in body else "Anna Holm"]


@pytest.mark.parametrize(
    "body",
    [
        'Mr Karl Berg met Foreign Minister Anna Holm in Oslo. "The talks were useful," she said.',
        # opening the next paragraph: "she" is not the man the sentence before is about
        'Mr Karl Berg met Foreign Minister Anna Holm in Oslo.\n"The talks were useful," she said.',
    ],
)
def test_she_attributing_a_quotation_skips_a_man(body: str) -> None:
    assert speakers(body) == [("Anna Holm", "The talks were useful,")]


def test_he_attributing_a_quotation_opening_a_paragraph_skips_a_woman() -> None:
    body = 'Ms Anna Holm met Mr Karl Berg in Oslo.\n"We reached consensus," he said.'
    assert speakers(body) == [("Karl Berg", "We reached consensus,")]


@pytest.mark.parametrize(
    "body",
    [
        "Ms Anna Holm met Mr Karl Berg in Oslo on Monday. He said the talks were useful.",
        "Chairwoman Anna Holm received Karl Berg in Oslo on Monday. He said the talks were useful.",
        "Madame Anna Holm received Karl Berg in Oslo. He said the talks were useful.",
    ],
)
def test_he_skips_a_woman_for_the_man_named_before(body: str) -> None:
    assert speakers(body) == [("Karl Berg", USEFUL)]


@pytest.mark.parametrize(
    ("body", "speaker"),
    [
        (
            "Minister Nguyen Van An met Deputy Minister Tran Thi Binh in Hanoi. She said the talks"
            " were useful.",
            "Tran Thi Binh",
        ),
        (
            "Minister Nguyễn Văn An met Deputy Minister Trần Thị Bình in Hanoi. She said the talks"
            " were useful.",
            "Trần Thị Bình",
        ),
        (
            "Deputy Minister Tran Thi Binh received Le Van Hung in Hanoi. He said the talks were"
            " useful.",
            "Le Van Hung",
        ),
    ],
)
def test_vietnamese_middle_names_tell(body: str, speaker: str) -> None:
    assert speakers(body) == [(speaker, USEFUL)]


@pytest.mark.parametrize(
    ("body", "speaker"),
    [
        # no one's gender is shown: the subject before, as before
        (
            "Prime Minister John Smith met Foreign Minister Anna Berg in Oslo. She said the talks"
            " were useful.",
            "John Smith",
        ),
        # "her" in a sentence naming no other person, but after "the minister": maybe hers
        (
            "Karl Berg thanked the minister for her help. Berg met Anna Holm in Oslo. She said the"
            " talks were useful.",
            "Karl Berg",
        ),
        # the woman before is the subject already
        ("Ms Anna Holm met Mr Karl Berg in Oslo. She said the talks were useful.", "Anna Holm"),
    ],
)
def test_without_evidence_against_it_the_pronoun_resolves_as_before(
    body: str, speaker: str
) -> None:
    assert speakers(body) == [(speaker, USEFUL)]


def test_two_women_she_is_the_nearest_woman_past_the_man() -> None:
    body = (
        "Ms Maria Ruiz opened the meeting in Oslo. Ms Anna Holm said the region was calm. "
        "Mr Karl Berg said the border was open. She added that the talks were useful."
    )
    assert speakers(body)[-1] == ("Anna Holm", USEFUL)  # not Maria Ruiz, named further back
    assert [speaker for speaker, _ in speakers(body)] == ["Anna Holm", "Karl Berg", "Anna Holm"]


def gender(text: str, name: str) -> str:
    text += "\n\nPiet Haas arrived later."  # another person: one alone is told from no one
    spans = recognise(text)
    cast = Cast(text, spans, [(0, len(text))])  # all of it body
    return cast.gender(cast.key(name))


@pytest.mark.parametrize(
    ("text", "name", "expected"),
    [
        ("The talks were led by Mrs Anna Holm.", "Anna Holm", WOMAN),
        ("The talks were led by spokeswoman Anna Holm.", "Anna Holm", WOMAN),
        ("His Excellency Karl Berg arrived.", "Karl Berg", MAN),
        ("Karl Berg arrived with his wife Anna Holm.", "Anna Holm", WOMAN),
        ("Anna Holm ended her visit on Monday.", "Anna Holm", WOMAN),
        # a "-man" title is weak: other evidence wins
        ("Chairman Anna Holm ended her visit on Monday.", "Anna Holm", WOMAN),
        # an honorific outranks a pronoun; two that disagree say nothing
        ("Mr Anna Holm ended her visit on Monday.", "Anna Holm", MAN),
        ("Mr Anna Holm arrived. Ms Holm spoke.", "Anna Holm", UNKNOWN),
        # a pronoun inside a quotation may be anyone's
        ('Anna Holm said: "He is wrong."', "Anna Holm", UNKNOWN),
        ("Anna Holm met Karl Berg and his aides.", "Anna Holm", UNKNOWN),
    ],
)
def test_gender_evidence(text: str, name: str, expected: str) -> None:
    assert gender(text, name) == expected


@pytest.mark.parametrize(
    ("name", "expected"),
    [
        ("Tran Thi Binh", WOMAN),
        ("Trần Thị Bình", WOMAN),
        ("Le Van Hung", MAN),
        ("Lê Văn Hùng", MAN),
        ("Nguyen Thi Thanh Ha", WOMAN),
        ("Herman Van Rompuy", UNKNOWN),  # "Van" after no Vietnamese family name says nothing
        ("Van Hung", UNKNOWN),  # two words: no middle name
    ],
)
def test_vietnamese_middle_name_alone(name: str, expected: str) -> None:
    assert read_gender("", [], [], [], name, "") == expected
