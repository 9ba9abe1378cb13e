"""Statements and speakers the held-out rounds 132-135 missed or misread
(tests/statements_dev/SOURCES: classes of error, invented sentences and names)."""

from __future__ import annotations

from diplotui.statements import find_statements

TITLE = "A headline that is not read\n"


def found(body: str) -> list[tuple[str, str, str]]:
    return [(s.speaker, s.kind, s.text) for s in find_statements(TITLE + body)]


def test_guillemets_quote_as_double_marks_do() -> None:
    body = (
        "President Ana Vila assured that Chile «sees no obstacle» to the talks, as Peru asked.\n"
        "«We are open to a trade deal with Chile,» the President said to reporters.\n"
    )
    assert found(body) == [
        ("Ana Vila", "direct", "sees no obstacle"),
        ("Ana Vila", "direct", "We are open to a trade deal with Chile,"),
    ]


def test_a_pronoun_contracted_with_is_the_pronoun_a_quotation_after_it_stands_for() -> None:
    body = (
        "Ambassador Tomas Verlin says his posting began well. He’s happy to come back to the"
        " city, where he studied. “I like the town and its people very much.” The Ambassador"
        " has three children.\n"
    )
    assert found(body)[1:] == [
        ("Tomas Verlin", "direct", "I like the town and its people very much.")
    ]


def test_a_title_naming_its_office_after_an_inverted_speaker_is_apposed() -> None:
    body = (
        "One visit by the two envoys cannot settle every question, but it was useful, said"
        " Marta Kellovan, Georgian State Minister for Regional Affairs and Civil Equality.\n"
    )
    assert found(body) == [
        (
            "Marta Kellovan",
            "reported",
            "One visit by the two envoys cannot settle every question, but it was useful",
        )
    ]


def test_an_acronym_speaker_is_the_speaker_its_initials_spell_out() -> None:
    body = (
        "Lund welcomed the visit, the foreign trade office in Oslo said in a statement.\n"
        "The two ministers signed a deal on fish exports, the FTO said.\n"
    )
    assert [speaker for speaker, _, _ in found(body)] == ["foreign trade office"] * 2


def test_expressed_and_a_comma_before_a_clause_makes_a_statement() -> None:
    body = (
        "Foreign Minister Lena Ostrova held talks with her guest.\n\n"
        "Lena Ostrova expressed, the Latvian side follows closely the situation in the region."
        " More follows.\n"
    )
    assert found(body) == [
        ("Lena Ostrova", "reported", "the Latvian side follows closely the situation in the region")
    ]


def test_it_is_the_organisation_the_sentence_before_opens_with_as_subject() -> None:
    body = (
        "The Foreign Ministry disclosed this in a statement released on Sunday. It said the"
        " envoy was summoned for an explanation.\n"
    )
    assert found(body) == [
        ("Foreign Ministry", "reported", "the envoy was summoned for an explanation")
    ]


def test_an_adjunct_between_had_and_said_leaves_the_subject_before_had() -> None:
    body = (
        "Envoy Karl Mahler met the minister.\n\n"
        "Mahler had during his visit to the market on Monday said Austria hopes the city will"
        " remain calm.\n"
    )
    assert found(body) == [("Karl Mahler", "reported", "Austria hopes the city will remain calm")]


def test_a_participle_after_a_document_a_gerund_issued_is_the_issuers() -> None:
    body = (
        "The envoy denied the report.\n\n"
        "This despite the Foreign Office issuing a press statement on Monday saying it called"
        " in the envoy over his remarks.\n"
    )
    assert found(body) == [
        ("Foreign Office", "reported", "it called in the envoy over his remarks")
    ]


def test_a_capitalised_modal_that_ends_a_name_named_before_is_that_person() -> None:
    body = (
        "British Prime Minister Clara May urged Chile to do more. In this regard, May also"
        " stressed the need to ease tension in the region.\n"
    )
    assert found(body)[1:] == [("Clara May", "reported", "the need to ease tension in the region")]


def test_he_is_not_the_person_his_own_words_name_as_his_partner() -> None:
    body = (
        "Envoy Lars Berg met visiting Minister Ana Toma in Oslo.\n"
        "Berg, who is also the head of police, briefed the minister on talks between him and"
        " Prime Minister Ola Dahl, Deputy Speaker Eva Lind, and Interior Minister Per Holm.\n"
        '"Per Holm and I reached consensus on police cooperation," he said.\n'
    )
    assert found(body) == [
        ("Lars Berg", "direct", "Per Holm and I reached consensus on police cooperation,")
    ]


def test_a_quotation_run_into_its_speakers_next_predicate_is_the_sentence_befores() -> None:
    body = (
        "Ambassador Tomas Verlin says his posting began well.\n"
        "After joining the ministry in 1998, he was soon posted to Rome. “I was a very young"
        " envoy then,” and returned home three years later.\n"
    )
    assert found(body)[1:] == [("Tomas Verlin", "direct", "I was a very young envoy then,")]


def test_a_verb_joined_to_a_subordinate_clause_goes_with_its_pronoun() -> None:
    body = (
        "Foreign Minister Omar Haddad met the envoy.\n"
        "Trade topped the agenda as he met his guest and argued that lower tariffs are"
        " inevitable.\n"
    )
    assert found(body) == [("Omar Haddad", "reported", "lower tariffs are inevitable")]


def test_a_subject_of_its_own_after_a_directives_infinitive_starts_a_statement() -> None:
    body = (
        "Minister Ilze Ozola met Secretary of State Mark Dunn in Washington.\n"
        "The minister called on Canada to closely cooperate in this field and the Secretary"
        " of State expressed full support for Latvia’s plan.\n"
    )
    assert found(body) == [
        ("Ilze Ozola", "reported", "Canada to closely cooperate in this field"),
        ("Mark Dunn", "reported", "full support for Latvia’s plan"),
    ]


def test_a_name_the_recogniser_misses_before_a_lowercase_role_in_apposition_speaks() -> None:
    body = (
        "Tarkovan Belisu, spokesman for the Foreign Ministry, reaffirmed the country’s duty to"
        " the region.\n"
        "He said that these efforts have not been returned by its neighbour.\n"
    )
    assert found(body) == [
        ("Tarkovan Belisu", "reported", "the country’s duty to the region"),
        ("Tarkovan Belisu", "reported", "these efforts have not been returned by its neighbour"),
    ]


def test_he_says_inside_its_content_before_a_copula_is_an_attribution() -> None:
    body = (
        "Secretary General Henry Tane spoke at the meeting.\n"
        "The need for the region to work together he says is the most important in the face of"
        " rising rivalry.\n"
        "Minister Ana Lobo spoke on Monday. Her statement follows what she says are reports"
        " which suggest attempts to divide the bloc.\n"
    )
    assert found(body) == [
        ("Henry Tane", "reported", "is the most important in the face of rising rivalry"),
        ("Ana Lobo", "reported", "are reports which suggest attempts to divide the bloc"),
    ]
