"""Errors of rounds 664-665 that recur across outlets (stfix149, session 63: classes of error,
not one article's; invented sentences and names)."""

from __future__ import annotations

from diplotui.text.sentences import paragraph_sentences
from tests.unit.statements_said import said as _said


def _sentences(line: str) -> list[str]:
    return [line[start:end] for start, end in paragraph_sentences(line, 0, len(line))]


def test_a_straight_mark_opening_after_a_words_full_stop_opens_the_next_sentence() -> None:
    line = 'Lund posted on Friday."A pact was signed," Lund wrote. "Thanks," she added.'
    assert _sentences(line) == [
        "Lund posted on Friday.",
        '"A pact was signed," Lund wrote.',
        '"Thanks," she added.',
    ]


def test_a_straight_mark_closing_before_a_lone_a_still_closes_its_sentence() -> None:
    line = 'Lund said "we are home."A ship docked on Friday.'
    assert _sentences(line) == ['Lund said "we are home."', "A ship docked on Friday."]


def test_no_split_after_an_initial_or_a_number_before_a_straight_opening() -> None:
    assert len(_sentences('The talks ended at 5 p.m."The pact holds," Lund wrote.')) == 1
    assert len(_sentences('She met Ivo K."The pact holds," Lund wrote.')) == 1


def test_a_quotation_run_into_the_sentence_of_its_speakers_act_is_attributed() -> None:
    text = (
        "Oslo news\n\n"
        "Kari Lund arrived in Lima on Friday."
        '"A pact was just signed between Oslo and Lima," Lund wrote. '
        '"Thanks to both sides," she added.\n'
    )
    assert _said(text) == [
        ("direct", "Kari Lund", "A pact was just signed between Oslo and Lima,"),
        ("direct", "Kari Lund", "Thanks to both sides,"),
    ]


def test_the_first_to_announce_is_the_subject_who_announced() -> None:
    text = "Oslo news\n\nKari Lund was the first to announce the pact in a post on Friday.\n"
    assert _said(text) == [("reported", "Kari Lund", "the pact in a post on Friday")]
    text = "Oslo news\n\nThe Danish envoy was among the first to stress that the pact was vital.\n"
    assert _said(text) == [("reported", "Danish envoy", "the pact was vital")]


def test_the_first_to_do_an_unlisted_act_or_a_future_first_says_nothing() -> None:
    assert _said("Oslo news\n\nKari Lund was the first to sign the pact on Friday.\n") == []
    assert _said("Oslo news\n\nKari Lund will be the first to announce the pact.\n") == []


_SAID_BEFORE = "Oslo news\n\nThe talks lasted two hours and ended in a deal. This was stated by "


def test_an_agents_second_role_set_off_names_its_holder_at_its_end() -> None:
    text = (
        _SAID_BEFORE + "the head of the Danish delegation, adviser to the Prime Minister of "
        "Denmark Kari Lund, expressing satisfaction with the results.\n"
    )
    assert _said(text) == [
        ("reported", "Kari Lund", "The talks lasted two hours and ended in a deal")
    ]


def test_a_name_served_or_befriended_after_the_agents_role_is_not_the_agent() -> None:
    for aside in ("adviser to Kari Lund", "a close friend of Kari Lund"):
        text = _SAID_BEFORE + f"the head of the Danish delegation, {aside}.\n"
        assert [speaker for _, speaker, _ in _said(text)] == ["head of the Danish delegation"]


_MET = "Oslo news\n\nPeru and Chile met on Friday.\n"


def test_what_it_called_in_a_contrasted_clause_is_that_clauses_subjects() -> None:
    text = (
        _MET + "The rare meeting took place in Oslo, with Chile pushing for a truce, while Peru "
        "sought to revisit the old pact and address what it called the “core issues” of the "
        "dispute.\n"
    )
    assert _said(text) == [("direct", "Peru", "core issues")]


def test_what_it_called_after_a_contrasted_clause_of_no_speaker_is_the_main_subjects() -> None:
    text = (
        _MET + "Chile reopened the border while the river rose, citing what it called “core "
        "issues” of the dispute.\n"
    )
    assert _said(text) == [("direct", "Chile", "core issues")]


def test_an_addressee_after_a_verb_after_an_impersonal_that_opens_its_content() -> None:
    text = (
        "Oslo news\n\nIt is noteworthy that the Danish side has proposed to Chile holding a "
        "summit of the two presidents by May.\n"
    )
    assert _said(text) == [
        ("reported", "Danish side", "to Chile holding a summit of the two presidents by May")
    ]


def test_a_cleft_or_a_relative_that_before_the_verb_leaves_it_without_content() -> None:
    for opening in ("It is the plan that", "These are the points that"):
        text = f"Oslo news\n\n{opening} the Danish side has proposed to Chile in the talks.\n"
        assert _said(text) == []


def test_a_quotation_what_someone_declared_as_is_their_words() -> None:
    text = (
        "Oslo news\n\nLund and Ruiz signed a series of pacts on Monday, including what Lund "
        "declared as the “largest ferry order in the port’s history,” valued at five billion.\n"
    )
    assert _said(text) == [("direct", "Lund", "largest ferry order in the port’s history,")]


def test_a_declared_clause_or_object_holding_a_quotation_stays_reported() -> None:
    text = "Oslo news\n\nLund declared that the pact was the “largest ferry order in years.”\n"
    assert _said(text) == [("reported", "Lund", "the pact was the “largest ferry order in years.”")]
    text = "Oslo news\n\nLund declared the pact as the “largest ferry order in years.”\n"
    assert [kind for kind, _, _ in _said(text)] == ["reported"]
