"""Errors of held-out rounds 268-271 that recur across outlets (stfix39, session 33: classes
of error, not one article's; invented sentences and names)."""

from __future__ import annotations

from diplotui.statements import find_statements


def _said(text: str) -> list[tuple[str, str]]:
    return [(s.speaker, s.text) for s in find_statements(text)]


def _speakers(text: str) -> list[str]:
    return [s.speaker for s in find_statements(text)]


def test_an_unknown_given_name_after_a_quotations_comma_is_the_name_in_full() -> None:
    text = (
        "Norland speaks\n\n"
        'Norland is interested in "stable relations with its neighbours," Dzarko Velmin,'
        " spokesman for the Norland foreign ministry, told Tarnpress on Monday while commenting"
        " on the situation.\n\n"
        '"We are ready," Mr. Velmin said.\n'
    )
    assert _said(text) == [
        ("Dzarko Velmin", 'Norland is interested in "stable relations with its neighbours,"'),
        ("Dzarko Velmin", "We are ready,"),
    ]


def test_a_list_of_countries_after_the_is_whole() -> None:
    text = (
        "Norland warned\n\n"
        "The US, France, and Germany have warned they are prepared to act if Tarn fails to"
        " talk.\n"
    )
    assert _speakers(text) == ["US, France, and Germany"]


def test_a_possessive_before_a_verbs_noun_names_no_speaker() -> None:
    text = (
        "Norland warned\n\n"
        "The Q5 said they had offered to extend the deadline.\n\n"
        "The Q5’s warning follows weeks of talks.\n"
    )
    assert _speakers(text) == ["Q5"]


def test_a_role_after_its_content_is_the_person_named_in_the_next_paragraph() -> None:
    text = (
        "Norland says envoy to visit\n\n"
        "OSLO (Wire) - The agency chief Ada Vey will visit Norway “probably soon” to discuss the"
        " cameras of the workshop and the traces found at three sites, the Danish"
        " foreign ministry spokesman said on Monday, as the powers prepare to resume talks on"
        " reviving a deal of some years ago.\n\n"
        "“Vey has been invited to travel to Oslo. A date has been set in this regard and we are"
        " waiting for her response to the date we have specified,” Ivo Marsh told a weekly"
        " news conference.\n"
    )
    assert _speakers(text) == ["Ivo Marsh", "Ivo Marsh"]


def test_a_bodys_seat_is_no_part_of_its_name() -> None:
    text = (
        "Agency confirms\n\n"
        "The Geneva-based World Meteorological Organization said in a statement that dates"
        " for the visit were being finalised.\n"
    )
    assert _speakers(text) == ["World Meteorological Organization"]


def test_a_body_after_and_speaks_for_its_own_clause() -> None:
    text = (
        "Norland and the agency\n\n"
        "Norland has not returned the camera’s medium and the IAEA said it had asked Norland"
        " to locate it.\n"
    )
    assert _said(text) == [("IAEA", "it had asked Norland to locate it")]


def test_according_to_after_where_or_when_gives_the_clause_after_it() -> None:
    text = (
        "Norland votes\n\n"
        "Protests began after the elections on August 9, where according to the commission,"
        " the incumbent won with 80 percent of the vote.\n\n"
        "Protests began after the elections on August 9, when, according to the commission,"
        " the incumbent won with 80 percent of the vote.\n"
    )
    assert _said(text) == [("commission", "the incumbent won with 80 percent of the vote")] * 2


def test_according_to_inside_a_clause_after_and_gives_that_clause() -> None:
    text = (
        "Norland votes\n\n"
        "The Internet was blocked in Norland, and the police, according to observers, showed"
        " unprecedented cruelty when dispersing the crowds.\n"
    )
    assert _said(text) == [
        ("observers", "showed unprecedented cruelty when dispersing the crowds"),
    ]


def test_a_press_service_a_body_names_is_not_the_unnamed_one_before() -> None:
    text = (
        "Norland talks\n\n"
        "The press service of the Norlandic president announced this on Sunday. “The heads of"
        " state agreed on a meeting,” the press service said.\n\n"
        "Meanwhile, the Kremlin press service noted that the meeting could take place soon.\n"
    )
    assert _speakers(text) == ["press service", "Kremlin press service"]


def test_an_as_clause_with_a_long_subject_leaves_whom_and_when_out() -> None:
    text = (
        "Norland talks\n\n"
        "As the Norland foreign ministry spokesman Ivo Marsh told the Wire agency in turn,"
        " there is no exact date for the talks.\n"
    )
    assert _said(text) == [("Ivo Marsh", "there is no exact date for the talks")]


def test_an_aside_after_told_an_audience_is_the_reporters() -> None:
    text = (
        "Norland speaks\n\n"
        "The Arctic is becoming a contested area, Foreign Minister Ada Vey told a Bergen"
        " audience on Friday, pointing to growing competition among powers.\n"
    )
    assert _said(text) == [("Ada Vey", "The Arctic is becoming a contested area")]


def test_a_quotation_after_a_names_noun_of_speech_is_the_names() -> None:
    text = (
        "Norland talks\n\n"
        "Ivo Marsh, deputy minister of Norland, was commenting on the talks.\n\n"
        "The Norlandic diplomat made reference to Germany’s calls for “the mobilization of"
        " international efforts to solve the problem”, which would be based on sovereignty.\n\n"
        "Ada Vey has supported Ivo Marsh’s assertion that “Norland is not for sale,” in a call.\n"
    )
    assert _said(text) == [
        ("Germany", "the mobilization of international efforts to solve the problem"),
        ("Ivo Marsh", "Norland is not for sale,"),
    ]


def test_a_bare_weekday_after_the_verb_is_no_part_of_the_clause() -> None:
    text = (
        "Norland speaks\n\n"
        "Ivo Marsh said Wednesday he failed to change the mind of the administration.\n"
    )
    assert _said(text) == [("Ivo Marsh", "he failed to change the mind of the administration")]
