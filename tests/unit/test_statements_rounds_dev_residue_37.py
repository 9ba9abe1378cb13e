"""Errors left on the whole statements dev set after 37 sessions of tuning, that recur across
outlets (stfix54, session 37: statements missed; classes of error, not one article's; invented
sentences and names)."""

from __future__ import annotations

from diplotui.statements import find_statements


def _said(text: str) -> list[tuple[str, str]]:
    return [(s.speaker, s.text) for s in find_statements("Norland news\n\n" + text + "\n")]


def test_a_quotation_paragraph_after_an_aside_on_the_last_speaker_is_theirs() -> None:
    text = (
        "Foreign Minister Ana Lindqvist spoke in Oslo.\n\n"
        "Lindqvist noted that the border stays closed. It hurts trade across the region.\n\n"
        "“Ten years of closure. Ten years of lost markets for our farmers.”\n\n"
        "The talks resume in May."
    )
    assert _said(text) == [
        ("Ana Lindqvist", "the border stays closed"),
        ("Ana Lindqvist", "Ten years of closure. Ten years of lost markets for our farmers."),
    ]


def test_a_quotation_paragraph_after_the_last_speaker_acting_is_theirs() -> None:
    text = (
        "“We will help,” Prime Minister Ana Lindqvist said.\n\n"
        "Asked when the troops would leave, Lindqvist pointed to the talks.\n\n"
        "“The question is when, not whether. We do not have the ships yet.”\n\n"
        "The talks resume in May."
    )
    assert _said(text) == [
        ("Ana Lindqvist", "We will help,"),
        ("Ana Lindqvist", "The question is when, not whether. We do not have the ships yet."),
    ]


def test_a_quotation_paragraph_after_another_persons_sentence_is_not_the_last_speakers() -> None:
    text = (
        "“We will help,” Prime Minister Ana Lindqvist said.\n\n"
        "Opposition leader Per Dahl pointed to the talks.\n\n"
        "“The question is when, not whether. We do not have the ships yet.”\n\n"
        "The talks resume in May."
    )
    found = _said(text)
    assert found[0] == ("Ana Lindqvist", "We will help,")
    assert (
        "Ana Lindqvist",
        "The question is when, not whether. We do not have the ships yet.",
    ) not in found


def test_a_quotation_paragraph_cut_off_by_the_texts_end_names_no_one() -> None:
    text = (
        "Prime Minister Ana Lindqvist said the talks went well. The talks resume in May.\n\n"
        "“We expect a deal in"
    )
    assert _said(text) == [("Ana Lindqvist", "the talks went well")]


def test_a_relative_clause_with_a_pronoun_describing_after_a_noun_call() -> None:
    text = (
        "President Ana Lind spoke on Monday.\n\n"
        "Lind’s comments followed a phone call with Olav Dahl on November 27, which she"
        " described as “excellent.” Dahl disagreed."
    )
    assert _said(text) == [("Ana Lind", "excellent.")]


def test_a_visit_called_on_before_a_meeting_she_described() -> None:
    text = (
        "Foreign Minister Ana Lind then called on President Olav Dahl in a meeting she"
        " described as “very constructive”."
    )
    assert _said(text) == [("Ana Lind", "very constructive")]


def test_a_relative_clause_with_its_own_subject_describing() -> None:
    text = (
        "The envoy held talks with Tarnian rebels, which the rebels described as “serious and"
        " positive”."
    )
    assert _said(text) == [("rebels", "serious and positive")]


def test_a_relative_clause_set_off_by_commas_is_no_describer() -> None:
    text = "The Norland ministry, which Olav Dahl heads, called the plan a “grave failure”."
    assert _said(text) == [("Norland ministry", "grave failure")]


def test_an_opening_participle_whose_object_holds_commas_then_a_comma_after_the_subject() -> None:
    text = (
        "Highlighting the historical, cultural, & religious ties between the two countries,"
        " FM Ana Lind, expressed support for closer border work."
    )
    assert _said(text) == [
        ("Ana Lind", "the historical, cultural, & religious ties between the two countries"),
        ("Ana Lind", "support for closer border work"),
    ]


def test_an_opening_participle_before_a_relative_clause_then_a_pronoun() -> None:
    text = (
        "President Olav Dahl is the chairman of the bloc.\n\n"
        "Stressing “the resolve” of the bloc to end the crisis in Tarnia, which has cost 400"
        " lives since May, he hoped that talks would resume."
    )
    assert [speaker for speaker, _ in _said(text)] == ["Olav Dahl"]
    assert _said(text)[0][1].startswith("“the resolve” of the bloc")


def test_a_pronoun_subject_after_an_uncommaed_sentence_adverb() -> None:
    text = (
        "Minister Olav Dahl said the two countries share an interest in ocean security.\n\n"
        "Therefore he noted the two nations must further empower the regional forum."
    )
    assert _said(text) == [
        ("Olav Dahl", "the two countries share an interest in ocean security"),
        ("Olav Dahl", "the two nations must further empower the regional forum"),
    ]


def test_a_sentence_quoted_after_a_comma_closing_an_unlisted_introduction() -> None:
    text = (
        "Government spokeswoman Ana Lind gave a similar response, “I haven’t received any"
        " reports about it.”"
    )
    assert _said(text) == [("Ana Lind", "I haven’t received any reports about it.")]


def test_a_sentence_quoted_after_said_and_a_comma_in_a_coordinated_clause() -> None:
    text = (
        "Olav Dahl wasn’t available for an interview, but in a statement said, “We continue to"
        " see dialogue as critical.”"
    )
    assert _said(text) == [("Olav Dahl", "We continue to see dialogue as critical.")]


def test_a_quotation_after_a_comma_inside_a_that_clause_stays_reported() -> None:
    text = (
        "Foreign Minister Ana Lind stated that, since the President took office, “Norland is"
        " changing fast.”"
    )
    assert _said(text) == [
        ("Ana Lind", "since the President took office, “Norland is changing fast.”")
    ]


def test_an_opening_participle_closed_by_a_semicolon() -> None:
    text = (
        "President Olav Dahl spoke in Oslo.\n\n"
        "Noting that the two countries have worked on joint projects; the President emphasized"
        " his concerns as the conflict drags on."
    )
    assert _said(text) == [
        ("Olav Dahl", "the two countries have worked on joint projects"),
        ("Olav Dahl", "his concerns as the conflict drags on"),
    ]
