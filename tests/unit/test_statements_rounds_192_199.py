"""Errors of held-out rounds 192-199 that recur across outlets (stfix25, session 27: classes
of error, not one article's; invented sentences and names)."""

from __future__ import annotations

from diplotui.entities import recognise
from diplotui.statements import find_statements
from tests.unit.test_statements_rounds_152_159 import spanned


def test_a_closing_mark_right_after_a_colon_opens_the_quotation() -> None:
    text = (
        "Envoy answers\n\n"
        "Marsh replied to the member saying:”We have acted, and we will act again.”\n\n"
        "Marsh added:”Any talk of a boycott is wrong.”\n"
    )
    names = [("PERSON", "Marsh"), ("PERSON", "Marsh")]
    found = find_statements(text, spanned(text, names))
    assert [(s.speaker, s.kind, s.text) for s in found] == [
        ("Marsh", "direct", "We have acted, and we will act again."),
        ("Marsh", "direct", "Any talk of a boycott is wrong."),
    ]


def test_a_name_set_off_after_with_and_its_object_is_no_antecedent_of_he() -> None:
    text = (
        "Ties reviewed\n\n"
        "Ivo Marsh said at a press conference with his Norlandic counterpart, Ana Berg, in the"
        " capital, that trade had doubled.\n\n"
        "He pointed out that the port deal was signed.\n"
    )
    names = [("PERSON", "Ivo Marsh"), ("PERSON", "Ana Berg")]
    assert [s.speaker for s in find_statements(text, spanned(text, names))] == [
        "Ivo Marsh",
        "Ivo Marsh",
    ]


def test_a_subject_set_off_by_according_to_does_not_attribute_the_quotation_before() -> None:
    text = (
        "Year reviewed\n\n"
        "Ana Berg, the Foreign Minister, spoke at the forum. In a brief overview, the Minister"
        " said the year had seen many visits.\n"
        "“The highlights included the visit of President Ivo Marsh to Sudria.” The President,"
        " according to the Minister, also welcomed several leaders.\n"
    )
    names = [("PERSON", "Ana Berg"), ("ROLE", "Foreign Minister"), ("ROLE", "Minister")]
    names += [("PERSON", "Ivo Marsh")]
    found = find_statements(text, spanned(text, names))
    assert [(s.speaker, s.kind) for s in found][:2] == [
        ("Ana Berg", "reported"),
        ("Ana Berg", "direct"),
    ]


def test_a_reporter_asking_at_a_press_conference_is_a_group_speaker() -> None:
    text = (
        "Questions at the briefing\n\n"
        "A news reporter asked if Norland wanted tougher words in the joint statement.\n\n"
        "The journalists asked whether the talks would resume.\n"
    )
    found = find_statements(text, spanned(text, [("GPE", "Norland")]))
    assert [(s.speaker, s.text) for s in found] == [
        ("news reporter", "if Norland wanted tougher words in the joint statement"),
        ("journalists", "whether the talks would resume"),
    ]


def test_the_bloc_and_the_regional_group_are_the_union_of_states_named_before() -> None:
    text = (
        "Envoy talks\n\n"
        "Envoys of the Southern League met the junta chief last week and called for the"
        " release of all prisoners, the regional group said in a statement.\n\n"
        "The junta did not reply. The bloc also said it welcomed the junta’s pledge.\n"
    )
    names = [("ORG", "Southern League")]
    found = find_statements(text, spanned(text, names))
    assert [(s.speaker, s.text[:30]) for s in found] == [
        ("Southern League", "Envoys of the Southern League "),
        ("Southern League", "it welcomed the junta’s pledge"),
    ]


def test_bhutans_titles_are_titles_and_lyonchhen_is_the_prime_minister() -> None:
    text = (
        "Border talks\n\n"
        "“We reviewed every part of the boundary,” said Lyonchhen Karma Dendup.\n\n"
        "The Prime Minister said the talks would go on. Lyonpo Sonam Wangdi said the survey"
        " was done.\n"
    )
    names = [(s.type, s.text) for s in recognise(text) if s.type in ("ROLE", "PERSON")]
    assert names == [
        ("ROLE", "Lyonchhen"),
        ("PERSON", "Karma Dendup"),
        ("ROLE", "Prime Minister"),
        ("ROLE", "Lyonpo"),
        ("PERSON", "Sonam Wangdi"),
    ]
    assert [s.speaker for s in find_statements(text, recognise(text))] == [
        "Karma Dendup",
        "Karma Dendup",
        "Sonam Wangdi",
    ]


def test_a_time_set_off_by_commas_between_subject_and_verb_is_an_aside() -> None:
    text = (
        "Talks go on\n\n"
        "The Norlandic envoy Ivo Marsh, today, stated that the talks were making progress.\n\n"
        "The ministry, on Tuesday, said the survey was done.\n"
    )
    names = [("PERSON", "Ivo Marsh")]
    found = find_statements(text, spanned(text, names))
    assert [(s.speaker, s.text) for s in found] == [
        ("Ivo Marsh", "the talks were making progress"),
        ("ministry", "the survey was done"),
    ]


def test_a_report_with_a_capitalised_title_speaks_for_whoever_presented_it() -> None:
    text = (
        "Border talks\n\n"
        "Prime Minister Ivo Marsh addressed Parliament.\n\n"
        "The State of the Union Report presented by the Prime Minister in Parliament states"
        " that the border talks are making progress.\n"
    )
    names = [("ROLE", "Prime Minister"), ("PERSON", "Ivo Marsh"), ("ROLE", "Prime Minister")]
    found = find_statements(text, spanned(text, names))
    assert [(s.speaker, s.text) for s in found] == [
        ("Ivo Marsh", "the border talks are making progress"),
    ]


def test_with_its_ministry_asserting_is_an_absolute_with_the_ministry_as_speaker() -> None:
    text = (
        "Patrols defended\n\n"
        "Norland has dismissed the report, with its foreign ministry asserting that the patrols"
        " were legal.\n\n"
        "Sudria rejected the claim with its embassy saying that the ships had left.\n"
    )
    found = find_statements(text, spanned(text, [("GPE", "Norland"), ("GPE", "Sudria")]))
    assert [(s.speaker, s.text) for s in found] == [
        ("foreign ministry", "the patrols were legal"),
        ("embassy", "the ships had left"),
    ]


def test_a_defence_force_or_a_coastguard_speaks_as_an_organisation() -> None:
    text = (
        "Ships sighted\n\n"
        "The three ships were south of the island and were now moving west, the Norlandic"
        " defence force said on Wednesday.\n\n"
        "The Sudrian coastguard said the vessels had left its waters.\n"
    )
    found = find_statements(text, spanned(text, [("GPE", "Sudria")]))
    assert [s.speaker for s in found] == ["Norlandic defence force", "Sudrian coastguard"]


def test_an_unnamed_official_is_not_the_person_speaking_later_in_the_same_sentence() -> None:
    text = (
        "Envoy sanctioned\n\n"
        "A senior official said Marsh had acted as a propagandist, and Secretary of State Ana"
        " Berg said Marsh was complicit.\n\n"
        "A senior adviser said the door stayed open. Ana Berg said the talks were over.\n"
    )
    names = [("ROLE", "Secretary of State"), ("PERSON", "Ana Berg"), ("PERSON", "Ana Berg")]
    found = find_statements(text, spanned(text, names))
    assert [(s.speaker, s.text) for s in found] == [
        ("senior official", "Marsh had acted as a propagandist"),
        ("Ana Berg", "Marsh was complicit"),
        ("senior adviser", "the door stayed open"),
        ("Ana Berg", "the talks were over"),
    ]


def test_said_in_response_to_a_question_with_an_apposition_closes_the_attribution() -> None:
    text = (
        "Dams questioned\n\n"
        "Norland stands ready to work with the river’s countries to manage its water, Ivo"
        " Marsh said in response to queries over Sudria’s new dam, the Tarn dam, this year.\n"
    )
    found = find_statements(text, spanned(text, [("PERSON", "Ivo Marsh")]))
    assert [(s.speaker, s.text) for s in found] == [
        (
            "Ivo Marsh",
            "Norland stands ready to work with the river’s countries to manage its water",
        ),
    ]
