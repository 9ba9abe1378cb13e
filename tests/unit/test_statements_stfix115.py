"""Statements and speakers the held-out rounds 596-597 and 600-601 missed or misread
(tests/statements_dev/SOURCES: classes of error, invented sentences and names)."""

from __future__ import annotations

from diplotui.statements import find_statements

TITLE = "A headline that is not read\n"


def found(body: str) -> list[tuple[str, str, str]]:
    return [(s.speaker, s.kind, s.text) for s in find_statements(TITLE + body)]


def test_actors_speaking_as_one_are_a_group_speaker() -> None:
    body = "Various actors have pointed out that the procedure breaks the constitutional order.\n"
    assert found(body) == [
        ("actors", "reported", "the procedure breaks the constitutional order"),
    ]


def test_a_with_adjunct_after_an_inverted_attribution_is_no_content() -> None:
    body = (
        "All three measures were rejected in the vote, the electoral office said with more"
        " than 80% of the ballots counted.\n"
    )
    assert found(body) == [
        ("electoral office", "reported", "All three measures were rejected in the vote"),
    ]


def test_a_quotation_inside_the_question_put_to_the_speaker_is_not_the_answer() -> None:
    body = (
        "Asked if he thought that the tariffs went “too far,” Karl Obst replied, “from our"
        " side, yes.”\n"
    )
    assert found(body) == [("Karl Obst", "direct", "from our side, yes.")]


def test_a_reported_clause_ends_before_while_and_an_unlisted_participle() -> None:
    body = (
        "Karl Obst told Hans Berg that he would be “one of the great chancellors,” while"
        " praising Austria as “a trusted partner.”\n"
    )
    assert found(body) == [
        ("Karl Obst", "reported", "he would be “one of the great chancellors,”"),
        ("Karl Obst", "direct", "a trusted partner."),
    ]


def test_just_between_a_subject_and_its_verb_keeps_the_subject() -> None:
    body = "Prime Minister Ana Berg has just announced that the cabinet will be reshuffled.\n"
    assert found(body) == [("Ana Berg", "reported", "the cabinet will be reshuffled")]


def test_a_voter_is_a_person_named_by_role() -> None:
    body = "“The president has lost our trust,” said a voter in the capital.\n"
    assert found(body) == [("voter", "direct", "The president has lost our trust,")]


def test_a_lone_given_name_after_a_role_and_its_comma_names_the_speaker() -> None:
    body = (
        "“The president has lost our trust,” said this voter in Lima, Carlos. He asked we"
        " only use his first name.\n"
    )
    assert found(body) == [
        ("Carlos", "direct", "The president has lost our trust,"),
        ("Carlos", "reported", "we only use his first name"),
    ]


def test_a_transcript_label_before_a_quotation_attributed_after_it_is_not_its_speaker() -> None:
    body = (
        "ANA BERG, HOST: The vote was held on Sunday.\n"
        "BERG: “The vote was a rebuke,” said Luisa Mendes, a teacher.\n"
    )
    assert found(body) == [("Luisa Mendes", "direct", "The vote was a rebuke,")]


def test_a_name_the_recogniser_missed_after_a_lowercase_role_is_the_inverted_subject() -> None:
    body = "“The public has a real grievance,” noted political analyst Zorvan Quellik Tan.\n"
    assert found(body) == [
        ("Zorvan Quellik Tan", "direct", "The public has a real grievance,"),
    ]
