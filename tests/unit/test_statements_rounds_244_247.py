"""Errors of held-out rounds 244-247 that recur across outlets (stfix35, session 32: classes
of error, not one article's; invented sentences and names)."""

from __future__ import annotations

from diplotui.statements import find_statements


def _said(text: str) -> list[tuple[str, str]]:
    return [(s.speaker, s.text) for s in find_statements(text)]


def test_a_statement_the_ministry_issued_is_the_ministrys_not_the_government_before() -> None:
    text = (
        "Norland answers Tarn\n\n"
        "The Norland government announced Friday that it is following the talks.\n\n"
        "A statement the country’s Ministry of Foreign Affairs issued said, “Norland is"
        " following the remarks by Tarn.”\n\n"
        "The statement stressed that Norland has long served the peace.\n"
    )
    assert [speaker for speaker, _ in _said(text)] == [
        "Norland government",
        "Ministry of Foreign Affairs",
        "Ministry of Foreign Affairs",
    ]


def test_a_given_name_that_lost_its_last_letter_is_the_same_person() -> None:
    text = (
        "Envoy visits\n\n"
        "The Secretary-General of the Alliance, Lars Wendtorf visited Tarnby. He met Prime"
        " Minister Ivo Marsh.\n\n"
        "Lar Wendtorf welcomed the reform.\n\n"
        "During his speech, Mr. Wendtorf once again expressed the Alliance’s full support of"
        " the reform.\n"
    )
    assert _said(text) == [("Lars Wendtorf", "the Alliance’s full support of the reform")]


def test_an_unknown_given_name_opening_the_paragraph_stays_with_the_surname() -> None:
    text = (
        "Norland denies reports\n\n"
        "The Norland government has denied reports about the border.\n\n"
        "Wanee Pokrat from the Ministry of Foreign Affairs said that those reports were false.\n\n"
        "“Those reports cite no facts,” Pokrat said.\n"
    )
    assert [speaker for speaker, _ in _said(text)] == ["Wanee Pokrat", "Wanee Pokrat"]


def test_a_word_opening_the_sentence_before_a_surname_is_no_given_name() -> None:
    text = (
        "Norland denies reports\n\n"
        "The Norland government has denied reports about the border. Later Pokrat said that"
        " those reports were false.\n"
    )
    assert [speaker for speaker, _ in _said(text)] == ["Pokrat"]
