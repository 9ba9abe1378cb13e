"""Errors of held-out rounds 200-207 that recur across outlets (stfix26, session 28: classes
of error, not one article's; invented sentences and names)."""

from __future__ import annotations

from diplotui.statements import find_statements
from tests.unit.test_statements_rounds_152_159 import spanned


def test_straight_single_marks_quote_in_a_text_without_double_marks() -> None:
    text = (
        "Envoy speaks\n\n"
        "Asked about the port's future, Marsh replied, 'We will reopen it in May.'\n\n"
        "He stressed, 'Norland's dockers have waited too long.'\n"
    )
    names = [("PERSON", "Marsh")]
    found = find_statements(text, spanned(text, names))
    assert [(s.speaker, s.kind, s.text) for s in found] == [
        ("Marsh", "direct", "We will reopen it in May."),
        ("Marsh", "direct", "Norland's dockers have waited too long."),
    ]


def test_a_bare_surname_after_its_namesake_in_one_sentence_is_the_other_bearer() -> None:
    text = (
        "Minister heard\n\n"
        "Foreign Minister Ivo Marsh spoke at the hearing on Friday.\n\n"
        "When asked by Senator Ana Marsh whether trade had suffered, Marsh said that exports"
        " had fallen.\n\n"
        "Marsh added that the ports would reopen.\n"
    )
    names = [("PERSON", "Ivo Marsh"), ("PERSON", "Ana Marsh"), ("PERSON", "Marsh")]
    names += [("PERSON", "Marsh")]
    found = find_statements(text, spanned(text, names))
    assert [(s.speaker, s.text) for s in found] == [
        ("Ivo Marsh", "exports had fallen"),
        ("Ivo Marsh", "the ports would reopen"),
    ]


def test_a_paragraph_the_scraper_repeated_that_ends_in_a_quotation_is_text() -> None:
    paragraph = "The Ministry stressed that “the attack violates international law.”\n\n"
    text = "Ministry condemns attack\n\n" + paragraph + "Share\n\n" + paragraph + "Share\n"
    names = [("ORG", "Ministry"), ("ORG", "Ministry")]
    found = find_statements(text, spanned(text, names))
    assert [s.text for s in found] == ["the attack violates international law."] * 2


def test_a_deputy_in_lower_case_before_a_recognised_title_is_the_deputy() -> None:
    text = (
        "Talks in Tarnby\n\n"
        "Norlandic Foreign Minister Ivo Marsh received Sudrian Deputy Minister of Foreign"
        " Affairs Ana Berg in Tarnby on Monday.\n\n"
        "Berg stressed that the two countries were close. The deputy FM suggested both sides"
        " open a consulate.\n"
    )
    names = [("ROLE", "Foreign Minister"), ("PERSON", "Ivo Marsh")]
    names += [("ROLE", "Deputy Minister of Foreign Affairs"), ("PERSON", "Ana Berg")]
    names += [("PERSON", "Berg"), ("ROLE", "FM")]
    found = find_statements(text, spanned(text, names))
    assert [s.speaker for s in found] == ["Ana Berg", "Ana Berg"]


def test_a_name_after_according_to_a_title_and_a_comma_does_not_hold_the_title() -> None:
    text = (
        "Aid reviewed\n\n"
        "The Spokesperson of the Foreign Ministry, Ivo Marsh, briefed journalists on Monday.\n\n"
        "According to the Spokesperson, Ana Berg welcomed the aid and reiterated the Union's"
        " support for the talks.\n\n"
        "The Spokesperson noted that aid had reached the north.\n"
    )
    names = [("ROLE", "Spokesperson"), ("ORG", "Foreign Ministry"), ("PERSON", "Ivo Marsh")]
    names += [("ROLE", "Spokesperson"), ("PERSON", "Ana Berg"), ("ROLE", "Spokesperson")]
    found = find_statements(text, spanned(text, names))
    assert [s.speaker for s in found] == ["Ivo Marsh", "Ivo Marsh"]


def test_a_title_before_a_second_title_and_its_name_is_the_persons_too() -> None:
    text = (
        "Briefing\n\n"
        "TARNBY, June 3 – Spokesperson of the ministry of Foreign Affairs of Norland, Ambassador"
        " Ivo Marsh briefed journalists on Monday.\n\n"
        "The Spokesperson noted that aid had reached the north.\n"
    )
    names = [("GPE", "TARNBY"), ("ROLE", "Spokesperson"), ("GPE", "Norland")]
    names += [("ROLE", "Ambassador"), ("PERSON", "Ivo Marsh")]
    names += [("ROLE", "Spokesperson")]
    found = find_statements(text, spanned(text, names))
    assert [s.speaker for s in found] == ["Ivo Marsh"]


def test_an_office_named_once_with_its_country_before_it_is_named_so_again() -> None:
    text = (
        "Chile protests\n\n"
        "In a statement today, the Chile Ministry of Foreign Affairs took a stand against"
        " Peru's actions.\n\n"
        "The Ministry of Foreign Affairs urged the world to remain vigilant. Chile stated that"
        " it stands firm.\n\n"
        "Later the Ministry of Foreign Affairs of Peru said that the claims were false.\n"
    )
    names = [("ORG", "Chile Ministry of Foreign Affairs"), ("GPE", "Peru")]
    names += [("ORG", "Ministry of Foreign Affairs"), ("GPE", "Chile")]
    names += [("ORG", "Ministry of Foreign Affairs"), ("GPE", "Peru")]
    found = find_statements(text, spanned(text, names))
    assert [s.speaker for s in found] == [
        "Chile Ministry of Foreign Affairs",
        "Chile",
        "Ministry of Foreign Affairs",
    ]


def test_a_full_stop_glued_to_the_next_sentence_still_ends_its_sentence() -> None:
    text = (
        "Call held\n\n"
        "Ivo Marsh said that the border was calm, noting that patrols were ready to act, seeing"
        " joint action as a necessity.Highlighting the old ties of the two countries, Ana Berg"
        " expressed support for closer border coordination.\n\n"
        "Also, she affirmed that Sudria favours engagement with Norland.\n"
    )
    names = [("PERSON", "Ivo Marsh"), ("PERSON", "Ana Berg")]
    found = find_statements(text, spanned(text, names))
    assert [(s.speaker, s.text) for s in found][-3:] == [
        ("Ana Berg", "the old ties of the two countries"),
        ("Ana Berg", "support for closer border coordination"),
        ("Ana Berg", "Sudria favours engagement with Norland"),
    ]


def test_said_the_statement_after_a_sentence_without_a_verb_points_back_to_it() -> None:
    text = (
        "Rights at sea\n\n"
        "Norland holds full rights over the waters of the Grey Sea under the 1982 convention.\n\n"
        "Deputy spokesperson for the Ministry of Foreign Affairs Ana Berg said the statement.\n"
    )
    names = [("ROLE", "Deputy spokesperson"), ("ORG", "Ministry of Foreign Affairs")]
    names += [("PERSON", "Ana Berg")]
    found = find_statements(text, spanned(text, names))
    assert [(s.speaker, s.text) for s in found] == [
        (
            "Ana Berg",
            "Norland holds full rights over the waters of the Grey Sea under the 1982 convention",
        )
    ]


def test_a_mission_named_with_its_seat_after_a_space_is_named_so() -> None:
    text = (
        "Envoy received\n\n"
        "According to Norland High Commission Tarnby, the meeting took place on Sunday.\n\n"
        "“The talks were positive,” the Commission said.\n"
    )
    names = [("ORG", "Norland High Commission"), ("GPE", "Tarnby")]
    found = find_statements(text, spanned(text, names))
    assert [s.speaker for s in found] == ["Norland High Commission Tarnby"] * 2


def test_an_office_named_by_another_owner_is_not_the_office_that_spoke_last() -> None:
    text = (
        "Talks held\n\n"
        "Ana Berg and Ivo Marsh met in Tarnby.\n\n"
        "“Both agreed to work towards peace,” Berg’s office said.\n\n"
        "A message issued by Marsh’s office said the meeting discussed the dispute.\n"
    )
    names = [("PERSON", "Ana Berg"), ("PERSON", "Ivo Marsh"), ("PERSON", "Berg")]
    names += [("PERSON", "Marsh")]
    found = find_statements(text, spanned(text, names))
    assert [s.speaker for s in found] == ["Berg’s office", "Marsh’s office"]


def test_a_source_the_recogniser_missed_after_according_to_is_the_speaker() -> None:
    text = (
        "Views on the summit\n\n"
        "Former MP Ivo Marsh said that the summit need not solve every problem now, according"
        " to Tarn-Vox TV.\n"
    )
    found = find_statements(text, spanned(text, [("PERSON", "Ivo Marsh")]))
    assert [(s.speaker, s.text[:20]) for s in found] == [("Tarn-Vox TV", "Former MP Ivo Marsh ")]


def test_the_ministrys_representative_is_its_spokesperson_not_a_group() -> None:
    text = (
        "Briefing\n\n"
        "Foreign ministry spokesperson Ana Berg said that Norland held rights over the waters.\n\n"
        "“We oppose any action that violates our rights,” the foreign ministry's representative"
        " stressed.\n"
    )
    names = [("ROLE", "spokesperson"), ("PERSON", "Ana Berg")]
    found = find_statements(text, spanned(text, names))
    assert [s.speaker for s in found] == ["Ana Berg", "Ana Berg"]


def test_a_declaration_as_subject_stands_for_its_issuer() -> None:
    text = (
        "Stand taken\n\n"
        "In a statement released today, the Ministry of Foreign Affairs took a stand against the"
        " claims. The comprehensive declaration underscored Norland's commitment to peace.\n"
    )
    names = [("ORG", "Ministry of Foreign Affairs")]
    found = find_statements(text, spanned(text, names))
    assert [(s.speaker, s.text) for s in found] == [
        ("Ministry of Foreign Affairs", "Norland's commitment to peace")
    ]


def test_he_after_a_persons_office_spoke_is_that_person() -> None:
    text = (
        "Talks held\n\n"
        "Prime Minister Ivo Marsh said the two leaders agreed to talk.\n\n"
        "A message issued by President Ana Berg’s office said the meeting discussed the dispute."
        " He praised Marsh for “leading the dialogue with courage.”\n"
    )
    names = [("ROLE", "Prime Minister"), ("PERSON", "Ivo Marsh"), ("ROLE", "President")]
    names += [("PERSON", "Ana Berg"), ("PERSON", "Marsh")]
    found = find_statements(text, spanned(text, names))
    assert [s.speaker for s in found][-1] == "Ana Berg"


def test_a_quotation_that_is_an_organisations_unlisted_verbs_whole_object_is_direct() -> None:
    text = (
        "Office condemns attack\n\n"
        "The Ministry of Foreign Affairs denounced, in a statement, “the shelling of the convoy,"
        " which wounded four people.”\n"
    )
    found = find_statements(text, spanned(text, [("ORG", "Ministry of Foreign Affairs")]))
    assert [(s.speaker, s.kind, s.text) for s in found] == [
        (
            "Ministry of Foreign Affairs",
            "direct",
            "the shelling of the convoy, which wounded four people.",
        )
    ]


def test_they_after_an_organisation_spoke_with_no_group_in_view_is_that_organisation() -> None:
    text = (
        "Envoy post empty\n\n"
        "The lack of an envoy is a concern, the Ministry of Foreign Affairs said.\n\n"
        "They stated that the Government approaches the matter responsibly.\n"
    )
    found = find_statements(text, spanned(text, [("ORG", "Ministry of Foreign Affairs")]))
    assert [s.speaker for s in found] == ["Ministry of Foreign Affairs"] * 2
