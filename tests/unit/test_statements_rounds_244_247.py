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
