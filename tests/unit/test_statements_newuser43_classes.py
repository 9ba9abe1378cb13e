"""Misattributions of a new user's Thailand-Cambodia ceasefire articles (newuser43, session 43:
USA Today, Inquirer, The Diplomat, a Vietnamese envoy's report), fixed as classes by stfix77;
invented sentences and names, never the articles' text."""

from __future__ import annotations

from diplotui.entities import recognise
from diplotui.statements import find_statements
from diplotui.statements.when import with_dates


def _said(text: str) -> list[tuple[str, str, str]]:
    return [(s.text, s.speaker, s.kind) for s in find_statements(f"Talks\n\n{text}\n")]


def test_the_channel_and_the_day_after_the_verb_are_not_the_words() -> None:
    """ "said on social media July 26 he had spoken": where and when it was said, then what."""
    assert _said("Jon Bell said on social media July 26 he had spoken to both leaders.") == [
        ("he had spoken to both leaders", "Jon Bell", "reported")
    ]


def test_the_day_after_the_channel_still_dates_the_statement() -> None:
    text = "Talks\n\nJon Bell said on X July 26 he had spoken to both leaders.\n"
    spans = recognise(text)
    (found,) = with_dates(text, spans, find_statements(text, spans))
    assert (found.text, found.said_on) == ("he had spoken to both leaders", "July 26")


def test_a_day_before_the_channel_is_not_the_words_either() -> None:
    assert _said("Jon Bell said Monday on X the leaders would meet in Kuala Lumpur.") == [
        ("the leaders would meet in Kuala Lumpur", "Jon Bell", "reported")
    ]


def test_a_day_of_the_month_as_the_clauses_subject_stays_in_the_words() -> None:
    assert _said("Jon Bell said July 26 was the last day for talks.") == [
        ("July 26 was the last day for talks", "Jon Bell", "reported")
    ]


def test_a_span_ends_before_another_persons_coordinated_clause() -> None:
    """ "proposed A and US President Y threatened B": Y's threat was in the proposal."""
    text = (
        "Prime Minister Amir Kassim proposed a ceasefire on Friday and US President Jon Bell"
        " threatened to scuttle tariff talks."
    )
    assert _said(text) == [("a ceasefire on Friday", "Amir Kassim", "reported")]


def test_another_persons_coordinated_listed_verb_is_their_own_statement() -> None:
    text = (
        "Prime Minister Amir Kassim proposed a ceasefire on Friday and US President Jon Bell"
        " said the tariff talks would stall."
    )
    assert _said(text) == [
        ("a ceasefire on Friday", "Amir Kassim", "reported"),
        ("the tariff talks would stall", "Jon Bell", "reported"),
    ]


def test_two_persons_joined_as_one_subject_stay_in_the_words() -> None:
    """ "Minister A and Secretary B reaffirmed X": one subject of the said clause."""
    text = (
        "The ministry said Minister Amir Kassim and Secretary Jon Bell reaffirmed the close ties"
        " between the two countries."
    )
    assert _said(text) == [
        (
            "Minister Amir Kassim and Secretary Jon Bell reaffirmed the close ties between the"
            " two countries",
            "ministry",
            "reported",
        )
    ]


def test_what_was_urged_ends_before_a_clause_of_its_own() -> None:
    """ "urged them to A, and they agreed to B": the infinitive is what was urged."""
    text = (
        "Jon Bell urged the leaders of both countries to end the fighting, and they agreed to meet."
    )
    assert _said(text) == [
        ("the leaders of both countries to end the fighting", "Jon Bell", "reported")
    ]


def test_a_subject_never_spans_another_clauses_verb() -> None:
    """ "He spoke briefly and the envoy added": the envoy speaks, the envoy named before."""
    text = (
        "Envoy Tran Van Minh said on Sunday that the bloc would help. “We urge restraint,” Minh"
        " told reporters. He spoke briefly and the envoy added that Hanoi supports Norland's role."
    )
    assert _said(text)[-1] == ("Hanoi supports Norland's role", "Tran Van Minh", "reported")


def test_a_subject_after_a_clause_with_an_auxiliary_is_the_one_after_and() -> None:
    text = (
        "The talks in Putrajaya were over and Foreign Minister Amir Kassim told reporters the"
        " ceasefire would hold."
    )
    assert _said(text) == [("the ceasefire would hold", "Amir Kassim", "reported")]


def test_names_listed_after_a_participle_stay_one_subject() -> None:
    """ "issued by A, B and C": no clause before "and", the three issue it."""
    text = (
        "A joint statement issued by Norland, Sarawak and Qatar called for an immediate ceasefire."
    )
    assert _said(text) == [("an immediate ceasefire", "Norland, Sarawak and Qatar", "reported")]


def test_a_source_clause_after_a_quotations_closing_mark_is_not_the_words() -> None:
    """'“...,” the Daily reported': the outlet's clause after the quoted words is no part of
    them, as after a comma without marks (an unlisted outer verb)."""
    text = "Wang Bo said that Norland “supports dialogue and restored trust,” the Daily reported."
    assert _said(text) == [
        ("Norland “supports dialogue and restored trust,”", "Wang Bo", "reported")
    ]


def test_a_participles_clause_ends_before_a_second_participle_joined_to_it() -> None:
    """ "insisting A and accusing Y of B": the accusation is the reporter's account."""
    text = (
        "Laos has rejected the allegations, insisting it has not targeted civilians and accusing"
        " Myanmar of endangering lives."
    )
    assert _said(text) == [("it has not targeted civilians", "Laos", "reported")]


def test_a_series_inside_the_words_stays_whole() -> None:
    text = (
        "Laos welcomed the visit, stressing the importance of building trust and developing ties."
    )
    assert _said(text) == [
        ("the importance of building trust and developing ties", "Laos", "reported")
    ]
