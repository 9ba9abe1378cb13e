"""Speakers linked as GUIDELINES.md decides, by class of the dev set's speaker errors
(stfix81, session 44; invented sentences and names).

An indefinite mention ("a top Norlandic official", "an official in the ministry") is the
person the article names next as speaking, whatever verb of saying names them there
("confirmed to", "replied:") and even where an apposition after their name runs to the verb
without its closing comma; not a person the body named before it, whom "an" does not
introduce ("Minister X met Y. An official said Z. X said W": someone else than X). A
lede's description ("a former sports minister", "a Perth-based expert") is the person the
next paragraph opens with, as the subject of a sentence with a listed verb, whatever title it
gives them; not a person or source the article leaves unnamed ("another person familiar").
"""

from __future__ import annotations

from diplotui.statements import find_statements

TITLE = "A headline that is not read\n\n"


def found(body: str) -> list[tuple[str, str, str]]:
    return [(s.kind, s.speaker, s.text) for s in find_statements(TITLE + body)]


def test_an_official_is_the_person_named_next_confirming() -> None:
    body = (
        "The two sides held talks on Thursday over the fate of the crew, a Red Cross official "
        "told reporters.\n\n"
        "Ada Lund, a media officer for the Red Cross, confirmed to reporters that the talks took "
        "place in the capital.\n"
    )
    assert found(body) == [
        ("reported", "Ada Lund", "The two sides held talks on Thursday over the fate of the crew"),
        ("reported", "Ada Lund", "the talks took place in the capital"),
    ]


def test_an_official_is_the_person_named_next_replying() -> None:
    body = (
        "A top Norlandic official said there was no evidence of any arms deliveries.\n\n"
        'Asked about the reports, government spokesman Ivo Darn replied: "There is no '
        'evidence."\n'
    )
    assert found(body)[0] == (
        "reported",
        "Ivo Darn",
        "there was no evidence of any arms deliveries",
    )


def test_an_official_is_the_person_named_next_after_an_unclosed_apposition() -> None:
    body = (
        "An official in Norland's Foreign Ministry says talks are likely to go on.\n\n"
        "The ministries are in contact with each other, Ivo Darn, the head of the Gulf "
        "Department of Norland's Foreign Ministry told the agency.\n"
    )
    assert found(body)[0] == ("reported", "Ivo Darn", "talks are likely to go on")


def test_an_official_is_not_the_person_named_before_and_speaking_next() -> None:
    body = (
        "Interior Minister Ivo Darn met his Norlandic counterpart Ada Lund on Monday.\n\n"
        "An official said that both countries have discussed ways to boost co-operation. "
        "Interior Minister Ivo Darn told reporters that the talks went well.\n"
    )
    assert found(body) == [
        ("reported", "official", "both countries have discussed ways to boost co-operation"),
        ("reported", "Ivo Darn", "the talks went well"),
    ]


def test_a_ledes_description_is_the_person_opening_the_next_paragraph() -> None:
    body = (
        "A Norland-born former sports minister has said it is up to the football association "
        "to decide.\n\n"
        "Labour MP Ada Lund also said that a boycott would be wrong.\n"
    )
    assert found(body) == [
        ("reported", "Ada Lund", "it is up to the football association to decide"),
        ("reported", "Ada Lund", "a boycott would be wrong"),
    ]


def test_an_expert_according_to_is_the_person_opening_the_next_paragraph() -> None:
    body = (
        "Tourists in Norland should avoid night clubs, according to a Perth-based expert on "
        "the country.\n\n"
        "Institute president Ivo Darn has been a regular visitor for decades and said hotels "
        "were safe.\n"
    )
    assert found(body) == [
        ("reported", "Ivo Darn", "Tourists in Norland should avoid night clubs"),
        ("reported", "Ivo Darn", "hotels were safe"),
    ]


def test_another_person_familiar_is_not_the_person_opening_the_next_paragraph() -> None:
    body = (
        "Another person familiar said the talks might go on.\n\n"
        "Ivo Darn, the bloc's climate chief, earlier on Thursday had said Norland was in "
        "favour.\n"
    )
    assert found(body) == [
        ("reported", "person", "the talks might go on"),
        ("reported", "Ivo Darn", "Norland was in favour"),
    ]
