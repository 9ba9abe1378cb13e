"""Statements and speakers the held-out rounds 152-159 missed or misread
(tests/statements_dev/SOURCES: classes of error, invented sentences and names)."""

from __future__ import annotations

from diplotui.model import EntitySpan
from diplotui.statements import find_statements


def spanned(text: str, names: list[tuple[str, str]]) -> list[EntitySpan]:
    """Spans for ``names`` (label, words), each found after the one before."""
    spans, at = [], 0
    for label, name in names:
        at = text.index(name, at)
        spans.append(EntitySpan(at, at + len(name), label, name))
        at += len(name)
    return spans


def test_an_acronym_spelt_out_before_it_in_brackets_names_the_speaker_in_full() -> None:
    text = (
        "Harbour briefing\n\n"
        "Asked about the strike, the Harbour Board Press Officer (HBPO) said the port would"
        " reopen on Monday. The HBPO said that the talks with the dockers would go on.\n"
    )
    spans = spanned(text, [("ORG", "HBPO"), ("ORG", "HBPO")])
    assert [(s.speaker, s.text) for s in find_statements(text, spans)] == [
        ("Harbour Board Press Officer", "the port would reopen on Monday"),
        ("Harbour Board Press Officer", "the talks with the dockers would go on"),
    ]


def test_a_second_title_apposed_after_a_titled_person_resolves_its_role_mention() -> None:
    text = (
        "Envoy received\n\n"
        "The Foreign Minister, Oskar Lind, the special envoy of the Norland President, on"
        " Tuesday met the Prime Minister.\n\n"
        "After the talks, the Norland special envoy said the two countries would sign a"
        " fisheries pact.\n"
    )
    names = [
        ("ROLE", "Foreign Minister"),
        ("PERSON", "Oskar Lind"),
        ("ROLE", "special envoy"),
        ("GPE", "Norland"),
        ("ROLE", "President"),
        ("ROLE", "Prime Minister"),
        ("GPE", "Norland"),
        ("ROLE", "special envoy"),
    ]
    assert [(s.speaker, s.text) for s in find_statements(text, spanned(text, names))] == [
        ("Oskar Lind", "the two countries would sign a fisheries pact")
    ]


def test_a_quotation_opening_with_the_partner_is_the_subject_befores() -> None:
    text = (
        "Ministers meet\n\n"
        "The Foreign Minister, Ines Varga, received on Friday her counterpart, Piet Olsen.\n\n"
        "“With Minister Olsen, we agreed to open a consulate in each capital”, she said.\n"
    )
    names = [("ROLE", "Foreign Minister"), ("PERSON", "Ines Varga"), ("PERSON", "Piet Olsen")]
    names += [("ROLE", "Minister"), ("PERSON", "Olsen")]
    assert [(s.speaker, s.text) for s in find_statements(text, spanned(text, names))] == [
        ("Ines Varga", "With Minister Olsen, we agreed to open a consulate in each capital")
    ]


def test_a_members_title_the_recogniser_kept_in_a_name_is_left_out() -> None:
    text = (
        "Delegation to visit\n\n"
        "“The committee will travel to the islands next month,” Danish MEP Lene Aasgaard told"
        " reporters on Monday.\n"
    )
    names = [("PERSON", "MEP Lene Aasgaard")]
    assert [(s.speaker, s.text) for s in find_statements(text, spanned(text, names))] == [
        ("Lene Aasgaard", "The committee will travel to the islands next month,")
    ]


def test_a_spokesperson_mention_names_the_press_secretary() -> None:
    text = (
        "No trip planned\n\n"
        "Deputy Press Secretary Mara Quill said on Monday that no visit was planned.\n\n"
        "“We have nothing to announce,” the palace spokeswoman added.\n"
    )
    names = [("ROLE", "Deputy Press Secretary"), ("PERSON", "Mara Quill")]
    assert [(s.speaker, s.text) for s in find_statements(text, spanned(text, names))] == [
        ("Mara Quill", "no visit was planned"),
        ("Mara Quill", "We have nothing to announce,"),
    ]


def test_a_politician_named_by_party_is_the_person_named_before() -> None:
    text = (
        "Delegation in the islands\n\n"
        "The head of the delegation, Ruth Abendroth, met the island's governor on Monday."
        ' Their vote is "beyond doubt," said the Green politician.\n'
    )
    names = [("PERSON", "Ruth Abendroth")]
    found = find_statements(text, spanned(text, names))
    assert [(s.speaker, s.text[:18]) for s in found] == [("Ruth Abendroth", 'Their vote is "bey')]


def test_according_to_parliamentarians_is_the_groups_statement() -> None:
    text = (
        "Visit to the islands\n\n"
        "According to Danish parliamentarians, the fishing quotas are unfair to the islanders.\n"
    )
    assert [(s.speaker, s.text) for s in find_statements(text, [])] == [
        ("Danish parliamentarians", "the fishing quotas are unfair to the islanders")
    ]


def test_a_ministry_spokesman_somewhere_is_the_spokesman_not_the_ministry() -> None:
    text = (
        "Protest over the visit\n\n"
        '"The islands belong to us," a defence ministry spokesman in Tarvo said on Friday.\n'
    )
    assert [(s.speaker, s.text) for s in find_statements(text, [])] == [
        ("defence ministry spokesman", "The islands belong to us,")
    ]


def test_a_name_suffix_in_an_adjunct_after_the_attribution_closes_no_clause() -> None:
    text = (
        "Talks in the capital\n\n"
        "The new port will serve both islands, Mr. Teo Lamb said during talks with President"
        " Aldo Renn, Jr.\n"
    )
    names = [("PERSON", "Teo Lamb"), ("PERSON", "Aldo Renn, Jr.")]
    assert [(s.speaker, s.text) for s in find_statements(text, spanned(text, names))] == [
        ("Teo Lamb", "The new port will serve both islands")
    ]


def test_expressed_openness_is_a_position_stated() -> None:
    text = "Ports open\n\nThe minister expressed openness to letting foreign ships use the port.\n"
    assert [(s.speaker, s.text) for s in find_statements(text, [])] == [
        ("minister", "openness to letting foreign ships use the port")
    ]


def test_a_connective_without_its_comma_is_no_part_of_the_subject() -> None:
    text = (
        "Talks\n\n"
        "Minister Karlsen met the envoy on Monday. Moreover he expressed a hope that the talks"
        " in Vardo will go well.\n"
    )
    names = [("ROLE", "Minister"), ("PERSON", "Karlsen")]
    assert [(s.speaker, s.text) for s in find_statements(text, spanned(text, names))] == [
        ("Karlsen", "the talks in Vardo will go well")
    ]


def test_expressed_that_makes_its_clause_a_statement() -> None:
    text = (
        "Talks\n\n"
        "Minister Karlsen met the envoy. He expressed that he, along with many others, wants"
        " to build the port.\n"
    )
    names = [("ROLE", "Minister"), ("PERSON", "Karlsen")]
    assert [(s.speaker, s.text) for s in find_statements(text, spanned(text, names))] == [
        ("Karlsen", "he, along with many others, wants to build the port")
    ]


def test_a_quotation_that_is_the_whole_clause_of_underlined_is_direct() -> None:
    text = (
        "Talks\n\n"
        'On the harbour, Karlsen underlined that "the port will stay open to every ship,"'
        " while adding that fees would rise.\n"
    )
    names = [("PERSON", "Karlsen")]
    found = find_statements(text, spanned(text, names))
    assert [(s.speaker, s.kind, s.text) for s in found] == [
        ("Karlsen", "direct", "the port will stay open to every ship,"),
        ("Karlsen", "reported", "fees would rise"),
    ]


def test_a_name_set_off_by_a_stray_comma_after_an_opening_phrase_is_the_subject() -> None:
    text = "Talks\n\nIn an interview, Karlsen, reaffirmed Norland's commitment to the peace plan.\n"
    names = [("PERSON", "Karlsen")]
    assert [(s.speaker, s.text) for s in find_statements(text, spanned(text, names))] == [
        ("Karlsen", "Norland's commitment to the peace plan")
    ]


def test_a_quotation_that_is_the_whole_clause_of_mentioned_is_direct() -> None:
    text = (
        "Talks\n\n"
        "The ministers will now have lunch with their colleagues.\n\n"
        "On arrival to Vardo, Karlsen mentioned that “We came to listen to the islanders.”\n"
    )
    names = [("GPE", "Vardo"), ("PERSON", "Karlsen")]
    found = find_statements(text, spanned(text, names))
    assert [(s.speaker, s.kind, s.text) for s in found] == [
        ("Karlsen", "direct", "We came to listen to the islanders.")
    ]


def test_two_officials_are_the_two_persons_named_before() -> None:
    text = (
        "Neighbours meet\n\n"
        "Speaker Ola Brenn received Foreign Minister Ivo Tasic in the capital on Monday.\n\n"
        "The interlocutors welcomed the recent adoption of the regional strategy, clearly"
        " identifying the path of the countries of the region towards the union, as well as"
        " the importance of judging each country by its own achievements on that path.\n\n"
        "During the meeting, two officials exchanged views on trade, and stressed that better"
        " roads were needed between the two countries.\n"
    )
    names = [("PERSON", "Ola Brenn"), ("ROLE", "Foreign Minister"), ("PERSON", "Ivo Tasic")]
    assert [(s.speaker, s.text) for s in find_statements(text, spanned(text, names))] == [
        ("Ola Brenn and Ivo Tasic", "better roads were needed between the two countries")
    ]


def test_this_was_announced_at_an_occasion_by_x_makes_the_sentence_before_xs() -> None:
    text = (
        "No visit yet\n\n"
        "The king has no plans at this stage to visit the islands. This was announced at a"
        " weekly briefing for reporters by palace spokeswoman Ida Wren.\n"
    )
    names = [("PERSON", "Ida Wren")]
    assert [(s.speaker, s.text) for s in find_statements(text, spanned(text, names))] == [
        ("Ida Wren", "The king has no plans at this stage to visit the islands")
    ]


def test_shared_the_highlights_of_that_meeting_says_nothing() -> None:
    text = (
        "Talks\n\n"
        "In an interview with the radio, President Aldo Renn shared some of the highlights of"
        " that meeting.\n"
    )
    names = [("ROLE", "President"), ("PERSON", "Aldo Renn")]
    assert find_statements(text, spanned(text, names)) == []
