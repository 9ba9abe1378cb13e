"""Classes of error held-out rounds 636-637 showed (issue 17, stfix135): each recurs in other
outlets' text, shown here on invented sentences and names, never the articles' text."""

from __future__ import annotations

from tests.unit.statements_said import said

_BODY = "Norland news\n\nThe talks in Norland went on for a third day on Monday.\n\n"


def test_an_unnamed_attorney_speaks_by_the_noun() -> None:
    text = (
        _BODY + "A Norland attorney informed the judge that the ministry “has evidence to show.”\n"
    )
    assert said(text) == [("direct", "Norland attorney", "has evidence to show.")]


def test_agents_speak_as_a_group() -> None:
    text = _BODY + "Upon hearing this, the agents stated they would revoke his visa instead.\n"
    assert said(text) == [("reported", "agents", "they would revoke his visa instead")]


def test_two_persons_writing_in_a_joint_statement_say_the_quotation_and_the_next() -> None:
    text = _BODY + (
        "“We will rise to these challenges,” Karl Berger and Anna Lind wrote in a joint"
        " statement in the Times.\n“Not because someone asks us to.”\n"
    )
    assert said(text) == [
        ("direct", "Karl Berger and Anna Lind", "We will rise to these challenges,"),
        ("direct", "Karl Berger and Anna Lind", "Not because someone asks us to."),
    ]


def test_two_persons_doing_something_after_a_quotation_do_not_say_it() -> None:
    text = _BODY + "“We will rise to these challenges,” Karl Berger and Anna Lind met in a hall.\n"
    assert said(text) == []


def test_an_appearance_to_announce_is_the_subjects_statement() -> None:
    text = _BODY + (
        "Karl Berger appeared this Sunday, June 22, at the palace to announce that he had reached"
        " an agreement.\n"
    )
    assert said(text) == [("reported", "Karl Berger", "he had reached an agreement")]


def test_appeared_to_right_before_the_verb_is_seemed_to() -> None:
    text = _BODY + "Karl Berger appeared to suggest that he had reached an agreement.\n"
    assert said(text) == []


def test_an_uncommaed_according_to_ending_a_that_clause_stays_inside_it() -> None:
    text = _BODY + "Karl Berger said that he had reached a deal according to NATO.\n"
    assert said(text) == [("reported", "Karl Berger", "he had reached a deal according to NATO")]


def test_a_title_glued_to_a_name_is_cut_from_the_speaker() -> None:
    text = _BODY + "Anna LindPresident of the party in Nordby, said: “Berger lies.”\n"
    assert said(text) == [("direct", "Anna Lind", "Berger lies.")]


def test_a_pronoun_glued_to_a_name_is_cut_when_the_name_stands_alone_elsewhere() -> None:
    text = _BODY + (
        "The Prime Minister, Karl Bergerhe appeared on Sunday at the palace.\n“We have reached a"
        " deal,” he said. “Berger lies,” said the opposition.\n"
    )
    assert said(text) == [
        ("direct", "Karl Berger", "We have reached a deal,"),
        ("direct", "opposition", "Berger lies,"),
    ]


def test_a_person_ending_the_introduction_before_a_colon_says_the_quotation() -> None:
    text = _BODY + (
        "The first to comment, through X, has been the leader of the party, Karl Berger:"
        " “Propaganda on the margin. Kick in front”.\n"
    )
    assert said(text) == [("direct", "Karl Berger", "Propaganda on the margin. Kick in front")]


def test_a_transcript_label_before_a_colon_is_not_the_speaker() -> None:
    text = _BODY + "BERGER: “We lost,” said this voter, Anna Lind.\n"
    assert said(text) == [("direct", "Anna Lind", "We lost,")]


def test_a_quotation_closing_an_opening_clause_leaves_the_main_subject_speaking() -> None:
    text = _BODY + (
        "When asked about Anna Lind calling him “boss,” Karl Berger said it was “very kind.”\n"
    )
    assert ("reported", "Karl Berger", "it was “very kind.”") in said(text)


def test_a_person_calling_someone_a_word_says_it_inside_a_question_put_to_another() -> None:
    text = _BODY + (
        "When asked about Anna Lind calling him “boss,” Karl Berger said it was “very kind.”\n"
    )
    assert said(text) == [
        ("direct", "Anna Lind", "boss,"),
        ("reported", "Karl Berger", "it was “very kind.”"),
    ]


def test_a_person_calling_something_a_word_right_before_the_gerund_says_it() -> None:
    text = _BODY + "Karl Berger laughed off Anna Lind calling him “boss” at the dinner.\n"
    assert said(text) == [("direct", "Anna Lind", "boss")]


def test_a_quotation_in_the_question_put_with_no_one_calling_stays_the_askers() -> None:
    text = _BODY + "Asked if the sanctions went “too far,” Karl Berger replied that they did not.\n"
    assert said(text) == []


def test_a_reported_clause_ends_before_another_persons_perfect_after_while() -> None:
    text = _BODY + (
        "Karl Berger has pledged to reach the goal by 2029, while Anna Lind has backed the"
        " benchmark.\n"
    )
    assert said(text) == [("reported", "Karl Berger", "to reach the goal by 2029")]
