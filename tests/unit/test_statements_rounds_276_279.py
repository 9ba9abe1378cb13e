"""Errors of rounds 276-279 that recur across outlets (stfix43, session 34: classes of error,
not one article's; invented sentences and names)."""

from __future__ import annotations

from diplotui.statements import find_statements
from tests.unit.statements_said import said as _said


def _speakers(text: str) -> list[str]:
    return [s.speaker for s in find_statements(text)]


def test_the_foreign_minister_is_neither_the_prime_minister_nor_the_president() -> None:
    text = (
        "Qatar FM says ties will grow\n\n"
        "The talks on Monday included Sheikh Tarek, His Highness the Prime Minister of Qatar"
        " Sheikh Omar Al-Tarek Al-Nasser and Iraqi President Ivo Marsh.\n\n"
        "Speaking to reporters, the foreign minister said that the two sides discussed the"
        " border.\n\n"
        '"We want calm," he added.\n'
    )
    # "Sheikh" titles the Gulf name beside it, so it is a title before "Tarek" too
    assert _speakers(text) == ["Tarek", "Tarek"]


def test_the_minister_may_still_be_the_only_prime_minister() -> None:
    text = (
        "Prime Minister Ivo Marsh met the delegation in Tarn on Monday.\n\n"
        "The minister said that the two sides would meet again.\n"
    )
    assert _speakers(text) == ["Ivo Marsh"]


def test_a_gerund_after_by_and_a_short_object_is_the_subjects_statement() -> None:
    text = (
        "Tarn talks\n\n"
        "Foreign Minister Ivo Marsh opened the meeting by stressing the importance of trade.\n"
    )
    assert _said(text) == [("reported", "Ivo Marsh", "the importance of trade")]


def test_call_on_whom_with_a_relative_clause_before_to() -> None:
    text = (
        "Tarn news\n\n"
        "Norland foreign minister Ivo Marsh spoke on Monday. He called on the Norland"
        " opposition, which enjoys close ties with Tarn, to persuade its ally to drop the veto.\n"
    )
    assert _said(text) == [
        (
            "reported",
            "Ivo Marsh",
            "the Norland opposition, which enjoys close ties with Tarn, to persuade its ally to"
            " drop the veto",
        )
    ]


def test_a_past_after_an_expletive_said_clause_is_a_second_statement() -> None:
    text = (
        "Tarn news\n\n"
        "Foreign Minister Ivo Marsh said it was important to “calm these waters” and"
        " emphasized the importance of talks on a code.\n"
    )
    assert _said(text) == [
        ("reported", "Ivo Marsh", "it was important to “calm these waters”"),
        ("reported", "Ivo Marsh", "the importance of talks on a code"),
    ]


def test_a_quoted_term_before_its_noun_is_no_ones_words() -> None:
    text = (
        "Tarn news\n\n"
        "The ministry began its statement by stressing that Tarn keeps the peace. Moreover, it"
        " condemned the spread of what it dubbed the “Norland first” fallacy.\n"
    )
    assert [kind for kind, _, _ in _said(text)] == ["reported"]


def test_a_name_transliterated_with_other_vowels_is_one_person_named_the_usual_way() -> None:
    text = (
        "Abdul-Rahmani: talks with Tarn went well\n\n"
        "Norland Prime Minister Omar Abdul-Ruhmani said on Monday that the talks went well.\n\n"
        "The Prime Minister stressed that trade would grow.\n\n"
        "Later, Prime Minister Omar Abdul-Rahmani will meet President Ivo Marsh.\n"
    )
    assert _speakers(text) == ["Omar Abdul-Rahmani", "Omar Abdul-Rahmani"]


def test_two_names_alike_but_short_stay_two_persons() -> None:
    text = (
        "Tarn news\n\n"
        "Minister Ali Hassan met Ali Hussein on Monday. Hussein said that the talks went well.\n"
    )
    assert _speakers(text) == ["Ali Hussein"]


def test_sheikh_before_one_word_stays_part_of_the_name_without_gulf_names() -> None:
    text = (
        "Tarn news\n\n"
        "Prime Minister Sheikh Amina met President Ivo Marsh on Monday.\n\n"
        "Sheikh Amina said that the two countries share many common issues.\n"
    )
    assert _speakers(text) == ["Sheikh Amina"]
