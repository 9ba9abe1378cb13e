"""Classes of error from the held-out rounds 168-175 (stfix21, session 26: kinds of sentence
that recur across outlets; invented sentences and names)."""

from __future__ import annotations

from diplotui.statements import find_statements
from tests.unit.test_statements_rounds_152_159 import spanned


def test_he_said_in_an_interview_after_a_lede_is_the_person_the_lede_names() -> None:
    text = (
        "Minister to travel\n\n"
        "Norland's Minister of Trade Ivo Brann will visit Sudland early in May, he said in an"
        " interview with a local radio station.\n"
    )
    names = [("GPE", "Norland"), ("ROLE", "Minister of Trade"), ("PERSON", "Ivo Brann")]
    names += [("GPE", "Sudland")]
    assert [(s.speaker, s.text) for s in find_statements(text, spanned(text, names))] == [
        ("Ivo Brann", "Norland's Minister of Trade Ivo Brann will visit Sudland early in May")
    ]


def test_the_statement_quoted_paragraphs_after_it_was_issued_is_its_issuers() -> None:
    filler = " The harbour was closed for a week and the ferries stayed in port."
    text = (
        "Ministry answers\n\n"
        "The Ministry of Transport on Monday released a statement on the strike at the"
        " northern harbour.\n\n"
        "Dockers walked out after talks on pay broke down." + filler * 5 + "\n\n"
        "“The Ministry values a calm dialogue with the unions.\n\n"
        "The Ministry asks both sides to return to the table,” the statement reads.\n"
    )
    names = [("ORG", "Ministry of Transport")]
    assert [(s.speaker, s.text) for s in find_statements(text, spanned(text, names))] == [
        ("Ministry of Transport", "The Ministry values a calm dialogue with the unions."),
        ("Ministry of Transport", "The Ministry asks both sides to return to the table,"),
    ]


def test_a_participle_after_an_issued_statement_is_said_by_its_issuer() -> None:
    text = (
        "Embassy responds\n\n"
        "The Embassy of Norland on Friday released a statement urging its citizens to avoid"
        " the border region.\n\n"
        "The Port Authority issued a statement on Sunday expressing concern over the strike.\n"
    )
    names = [("ORG", "Embassy of Norland"), ("ORG", "Port Authority")]
    assert [(s.speaker, s.text) for s in find_statements(text, spanned(text, names))] == [
        ("Embassy of Norland", "its citizens to avoid the border region"),
        ("Port Authority", "concern over the strike"),
    ]


def test_he_after_a_host_received_his_counterpart_is_the_host() -> None:
    text = (
        "Ministers meet\n\n"
        "Ivo Brann, Minister for Trade, received his Sudland counterpart, Ana Marek, today.\n\n"
        "He underscored Norland's determination to keep the sea lanes open.\n\n"
        "Later, Tomas Ruud met the Sudland envoy, Petr Kolar, at the port.\n\n"
        "He stressed that the harbour would stay open.\n"
    )
    names = [("PERSON", "Ivo Brann"), ("ROLE", "Minister for Trade"), ("GPE", "Sudland")]
    names += [("PERSON", "Ana Marek"), ("GPE", "Norland"), ("PERSON", "Tomas Ruud")]
    names += [("GPE", "Sudland"), ("PERSON", "Petr Kolar")]
    assert [s.speaker for s in find_statements(text, spanned(text, names))] == [
        "Ivo Brann",
        "Tomas Ruud",
    ]


def test_a_place_run_into_the_name_after_an_opening_preposition_is_not_the_name() -> None:
    text = (
        "Envoy on tour\n\n"
        "Foreign policy chief Maja Lindqvist began her tour of the region on Monday.\n\n"
        "In Geneva Maya Lindqvist said that Norland is a close partner of the Union.\n"
    )
    names = [("PERSON", "Maja Lindqvist"), ("PERSON", "Geneva Maya Lindqvist")]
    assert [(s.speaker, s.text) for s in find_statements(text, spanned(text, names))] == [
        ("Maja Lindqvist", "Norland is a close partner of the Union")
    ]


def test_an_aside_whose_closing_comma_was_lost_leaves_the_subject_before_it() -> None:
    text = (
        "Weekly briefing\n\n"
        "Spokesman Ivo Brann met reporters on Friday.\n\n"
        "He, however said the matter had been settled.\n\n"
        "The spokesman, commenting on the new trade deal said Norland had doubts about it.\n"
    )
    names = [("ROLE", "Spokesman"), ("PERSON", "Ivo Brann"), ("GPE", "Norland")]
    assert [(s.speaker, s.text) for s in find_statements(text, spanned(text, names))] == [
        ("Ivo Brann", "the matter had been settled"),
        ("Ivo Brann", "Norland had doubts about it"),
    ]


def test_they_after_a_group_named_with_its_country_is_that_group() -> None:
    text = (
        "Lawmakers visit\n\n"
        "Minister Ivo Brann met a group of lawmakers on Friday.\n\n"
        "The Sudland Congressmen voiced their impressions of the country. They affirmed that"
        " their chamber sees Norland as a close partner.\n"
    )
    names = [("ROLE", "Minister"), ("PERSON", "Ivo Brann"), ("GPE", "Sudland")]
    names += [("GPE", "Norland")]
    assert [(s.speaker, s.text) for s in find_statements(text, spanned(text, names))] == [
        ("Sudland Congressmen", "their chamber sees Norland as a close partner")
    ]


def test_a_weekday_between_said_and_its_clause_is_not_said() -> None:
    text = (
        "Talks stall\n\n"
        "The Norland foreign office said on Thursday there had been no progress in the talks.\n\n"
        "Ivo Brann announced on Saturday night he would not attend the summit.\n"
    )
    names = [("GPE", "Norland"), ("PERSON", "Ivo Brann")]
    assert [s.text for s in find_statements(text, spanned(text, names))] == [
        "there had been no progress in the talks",
        "he would not attend the summit",
    ]


def test_a_titled_name_then_a_description_after_the_content_is_the_speaker() -> None:
    text = (
        "Envoy looks back\n\n"
        "Norland will not forget the help it had in its first years, Ambassador Ivo Brann,"
        " head of Norland's mission to the Union, has said.\n"
    )
    names = [("GPE", "Norland"), ("ROLE", "Ambassador"), ("PERSON", "Ivo Brann")]
    names += [("GPE", "Norland")]
    assert [(s.speaker, s.text) for s in find_statements(text, spanned(text, names))] == [
        ("Ivo Brann", "Norland will not forget the help it had in its first years")
    ]


def test_a_second_verb_restating_an_opinion_with_its_own_that_clause_is_a_statement() -> None:
    text = (
        "Weekly briefing\n\n"
        "Norland said there had been no progress in the border talks and reaffirmed the stance"
        " of its cabinet that Norland wanted a lasting settlement.\n"
    )
    names = [("GPE", "Norland"), ("GPE", "Norland")]
    assert [(s.speaker, s.text) for s in find_statements(text, spanned(text, names))] == [
        ("Norland", "there had been no progress in the border talks"),
        ("Norland", "Norland wanted a lasting settlement"),
    ]


def test_heads_of_state_named_with_their_bloc_are_a_group() -> None:
    text = (
        "Summit ends\n\n"
        "The Southern Trade Union (STU) met on Monday.\n\n"
        "STU heads of state gathered in the capital on Sunday, expressing concern over the"
        " slow pace of the talks.\n\n"
        "In turn, the two heads of delegation stressed that the talks would go on.\n"
    )
    names = [("ORG", "Southern Trade Union"), ("ORG", "STU"), ("ORG", "STU")]
    assert [(s.speaker, s.text) for s in find_statements(text, spanned(text, names))] == [
        ("STU heads of state", "concern over the slow pace of the talks"),
        ("two heads", "the talks would go on"),
    ]


def test_a_list_of_countries_as_the_subject_speaks_as_one() -> None:
    text = (
        "Bloc split\n\n"
        "The bloc met on Monday.\n\n"
        "Chad, Mali, and Niger have declared their exit final.\n\n"
        "Meanwhile, members like Chad, Mali, and Niger stressed that the talks had failed.\n"
    )
    names = [("GPE", "Chad"), ("GPE", "Mali"), ("GPE", "Niger")] * 2
    assert [(s.speaker, s.text) for s in find_statements(text, spanned(text, names))] == [
        ("Chad, Mali, and Niger", "their exit final"),
        ("members", "the talks had failed"),
    ]


def test_a_press_release_of_an_office_the_recogniser_missed_names_its_issuer() -> None:
    text = (
        "Press Release\n"
        "Norland and Sudland held talks on trade.\n\n"
        "The talks took place in the capital on Saturday, a Palace Secretariat press release"
        " has said.\n\n"
        "The ferries will run again from May, a Monday Night press release said.\n"
    )
    names = [("GPE", "Norland"), ("GPE", "Sudland")]
    assert [(s.speaker, s.text) for s in find_statements(text, spanned(text, names))] == [
        ("Palace Secretariat", "The talks took place in the capital on Saturday")
    ]
