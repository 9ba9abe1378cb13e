"""Errors of held-out rounds 184-191 that recur across outlets (stfix23, session 27: classes
of error, not one article's; invented sentences and names)."""

from __future__ import annotations

from diplotui.statements import find_statements
from tests.unit.test_statements_rounds_152_159 import spanned


def test_an_inverted_attribution_may_close_with_an_adjunct_then_a_participle() -> None:
    text = (
        "Border row\n\n"
        "Norland is answering last month's border incidents, Prime Minister Aldo Verani"
        " announced on social media, emphasizing that Norland cannot let anyone threaten its"
        " borders.\n"
    )
    names = [("GPE", "Norland"), ("PERSON", "Aldo Verani"), ("GPE", "Norland")]
    found = find_statements(text, spanned(text, names))
    assert [(s.text, s.speaker) for s in found] == [
        ("Norland is answering last month's border incidents", "Aldo Verani"),
        ("Norland cannot let anyone threaten its borders", "Aldo Verani"),
    ]


def test_an_inverted_attribution_may_close_with_a_pronoun_time_clause() -> None:
    text = (
        "Trade targets\n\n"
        "The two countries have set bold targets and will keep to them, Norland President Aldo"
        " Verani said as he met with Sudland's Minister of Trade Ilse Marken in Tarnby on 3"
        " May.\n"
    )
    names = [("GPE", "Norland"), ("PERSON", "Aldo Verani"), ("GPE", "Sudland")]
    names += [("PERSON", "Ilse Marken"), ("GPE", "Tarnby")]
    found = find_statements(text, spanned(text, names))
    assert [(s.text, s.speaker) for s in found] == [
        ("The two countries have set bold targets and will keep to them", "Aldo Verani"),
    ]


def test_a_speaker_may_take_the_opportunity_to_speak() -> None:
    text = (
        "Envoy visits province\n\n"
        "The envoy Ivo Marsh, who was in the province with his team on a short trip, used the"
        " opportunity to call for closer trade between the two countries.\n\n"
        "Ana Berg took the occasion to propose that both sides meet again in June.\n"
    )
    names = [("PERSON", "Ivo Marsh"), ("PERSON", "Ana Berg")]
    found = find_statements(text, spanned(text, names))
    assert [(s.text, s.speaker) for s in found] == [
        ("closer trade between the two countries", "Ivo Marsh"),
        ("both sides meet again in June", "Ana Berg"),
    ]


def test_quotations_after_an_introduction_naming_whose_statements_they_are() -> None:
    text = (
        "Minister's remarks\n\n"
        "Minister Ivo Marsh answered questions from reporters on the plane.\n"
        "According to a reporter Ana Berg, here are some of the main parts from Marsh's"
        " statements:\n"
        '"Trade is not a weapon"\n'
        '"The ban on our grain is a ban on the whole region. Their claims are baseless.\n'
        '"It is not right for a neighbour to act like this."\n'
    )
    names = [("PERSON", "Ivo Marsh"), ("PERSON", "Ana Berg"), ("PERSON", "Marsh")]
    found = find_statements(text, spanned(text, names))
    assert [(s.kind, s.speaker) for s in found] == [
        ("reported", "Ana Berg"),
        ("direct", "Ivo Marsh"),
        ("direct", "Ivo Marsh"),
    ]


def test_a_name_then_a_role_its_participle_describes_attributes_the_content() -> None:
    text = (
        "Trade links to widen\n\n"
        "Norland could attract investment from Sudland if the path is clear, Ivo Marsh,"
        " Sudland’s envoy heading a newly opened embassy in Tarnby, said.\n"
    )
    names = [("GPE", "Norland"), ("GPE", "Sudland"), ("PERSON", "Ivo Marsh")]
    names += [("GPE", "Sudland"), ("GPE", "Tarnby")]
    found = find_statements(text, spanned(text, names))
    assert [(s.text, s.speaker) for s in found] == [
        ("Norland could attract investment from Sudland if the path is clear", "Ivo Marsh"),
    ]


def test_a_second_characterising_verb_joined_by_and_keeps_the_quotations_speaker() -> None:
    text = (
        "Neighbours quarrel\n\n"
        "Foreign Minister Tomas Verlanda sent a letter to the bloc on Monday.\n"
        'He described the northern government\'s actions as an "unacceptable provocation" and'
        ' likened them to "colonial habits."\n'
    )
    names = [("PERSON", "Tomas Verlanda")]
    found = find_statements(text, spanned(text, names))
    assert [(s.text, s.speaker) for s in found] == [
        ("unacceptable provocation", "Tomas Verlanda"),
        ("colonial habits.", "Tomas Verlanda"),
    ]


def test_a_speaker_who_stated_this_says_the_sentence_before() -> None:
    text = (
        "Talks stall\n\n"
        "Norland's goal is to ensure that Sudland ends the war in the valley.\n\n"
        "Foreign Minister Ivo Marsh stated this, reports Tarn Radio.\n\n"
        "The deal is close.\n\n"
        "Ana Berg said this in an interview with a weekly.\n"
    )
    names = [("GPE", "Norland"), ("GPE", "Sudland"), ("PERSON", "Ivo Marsh")]
    names += [("ORG", "Tarn Radio"), ("PERSON", "Ana Berg")]
    found = find_statements(text, spanned(text, names))
    assert [(s.text, s.speaker) for s in found] == [
        ("Norland's goal is to ensure that Sudland ends the war in the valley", "Ivo Marsh"),
        ("The deal is close", "Ana Berg"),
    ]


def test_told_with_only_an_addressee_reports_nothing_of_its_own() -> None:
    text = (
        "Ties under review\n\n"
        "Ivo Marsh met the visiting envoy on Monday.\n\n"
        "“We are encouraged by the talks.” Marsh told the Sudland official.\n"
    )
    names = [("PERSON", "Ivo Marsh"), ("PERSON", "Marsh"), ("GPE", "Sudland")]
    found = find_statements(text, spanned(text, names))
    assert [(s.kind, s.text, s.speaker) for s in found] == [
        ("direct", "We are encouraged by the talks.", "Ivo Marsh"),
    ]


def test_a_negated_perfect_says_nothing() -> None:
    text = (
        "Visit planned\n\n"
        "The ministry has not yet confirmed whom Ivo Marsh will meet in the capital.\n\n"
        "The embassy has yet to say when the talks will start.\n\n"
        "Ana Berg has confirmed that the visit will take place.\n"
    )
    names = [("PERSON", "Ivo Marsh"), ("PERSON", "Ana Berg")]
    found = find_statements(text, spanned(text, names))
    assert [(s.text, s.speaker) for s in found] == [
        ("the visit will take place", "Ana Berg"),
    ]


def test_the_noun_state_before_what_it_modifies_is_no_verb() -> None:
    text = (
        "Plant safety\n\n"
        "He had met with Ana Berg, head of Sudland state nuclear company Tarnatom, in Tarnby on"
        " May 8, to discuss the plant.\n\n"
        "The ministers state that the plant is safe.\n"
    )
    names = [("PERSON", "Ana Berg"), ("GPE", "Sudland"), ("ORG", "Tarnatom"), ("GPE", "Tarnby")]
    found = find_statements(text, spanned(text, names))
    assert [(s.text, s.speaker) for s in found] == [("the plant is safe", "ministers")]


def test_whose_words_named_as_an_object_are_no_content_nor_an_inverted_subject() -> None:
    text = (
        "Border files\n\n"
        "“We will push such claims too,” Verlanda said.\n\n"
        "The special envoy for border matters, Ivo Marsh, confirmed Verlanda’s statement,"
        " saying that the documents had been found in the archives.\n"
    )
    names = [("PERSON", "Verlanda"), ("PERSON", "Ivo Marsh"), ("PERSON", "Verlanda")]
    found = find_statements(text, spanned(text, names))
    assert [(s.text, s.speaker) for s in found] == [
        ("We will push such claims too,", "Verlanda"),
        ("the documents had been found in the archives", "Ivo Marsh"),
    ]


def test_a_prepositional_aside_naming_a_person_stands_between_subject_and_verb() -> None:
    text = (
        "Visa talks\n\n"
        "Prime Minister Ivo Marsh, in his response to Minister Ana Berg, asked Sudland to"
        " consider lifting its visa rules for Norland.\n"
    )
    names = [("PERSON", "Ivo Marsh"), ("PERSON", "Ana Berg"), ("GPE", "Sudland")]
    names += [("GPE", "Norland")]
    found = find_statements(text, spanned(text, names))
    assert [(s.text, s.speaker) for s in found] == [
        ("Sudland to consider lifting its visa rules for Norland", "Ivo Marsh"),
    ]


def test_a_subject_with_its_apposition_before_a_comma_is_no_content() -> None:
    text = (
        "Summit opens\n\n"
        "Prime Minister Ivo Marsh arrived on Sunday.\n\n"
        "The Bloc Chairman, the Hon. Tomas Verlanda, Prime Minister of Tarnia delivered remarks"
        " at the opening session of the meeting.\n"
    )
    names = [("PERSON", "Ivo Marsh"), ("PERSON", "Tomas Verlanda"), ("GPE", "Tarnia")]
    assert find_statements(text, spanned(text, names)) == []


def test_an_office_named_again_without_its_portfolio_keeps_its_full_name() -> None:
    text = (
        "Letter row\n\n"
        "The Tarnian Ministry of Foreign Affairs said that the presidency had acted within its"
        " mandate.\n"
        "The Tarnian Ministry reiterated its commitment to dialogue among member states.\n"
    )
    names = [("ORG", "Tarnian Ministry of Foreign Affairs"), ("ORG", "Tarnian Ministry")]
    found = find_statements(text, spanned(text, names))
    assert [s.speaker for s in found] == ["Tarnian Ministry of Foreign Affairs"] * 2


def test_stress_after_under_is_the_noun() -> None:
    text = (
        "Border ties\n\n"
        "Ivo Marsh held a closed-door meeting of the security council.\n\n"
        "The meeting focused on relations that came under considerable stress after the killing"
        " of two fishermen by a border patrol.\n\n"
        "Ivo Marsh stressed that the ties would recover.\n"
    )
    names = [("PERSON", "Ivo Marsh"), ("PERSON", "Ivo Marsh")]
    found = find_statements(text, spanned(text, names))
    assert [(s.text, s.speaker) for s in found] == [("the ties would recover", "Ivo Marsh")]
