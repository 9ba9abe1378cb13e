"""Speaker and quotation errors that recur across outlets in the dev set (stfix24, session 27:
classes of error, not one article's; invented sentences and names)."""

from __future__ import annotations

from diplotui.statements import find_statements
from tests.unit.test_statements_rounds_152_159 import spanned


def test_he_closing_a_quotation_that_opens_a_paragraph_is_whom_the_sentence_before_is_about() -> (
    None
):
    text = (
        "Waters defended\n\n"
        "In a radio interview, Spokesperson Ivo Marsh echoed President Ana Berg's remarks on"
        " Monday that the two nations are friends.\n\n"
        '"What the President means is that we are friends but we will defend our waters," he'
        " said.\n\n"
        "President Ana Berg visited the coast on Tuesday.\n\n"
        '"We will not give up an inch," Ivo Marsh said.\n\n'
        '"The coast guard is ready," he added.\n'
    )
    names = [("ROLE", "Spokesperson"), ("PERSON", "Ivo Marsh"), ("ROLE", "President")]
    names += [("PERSON", "Ana Berg"), ("ROLE", "President"), ("ROLE", "President")]
    names += [("PERSON", "Ana Berg"), ("PERSON", "Ivo Marsh")]
    assert [s.speaker for s in find_statements(text, spanned(text, names))] == [
        "Ivo Marsh",
        "Ivo Marsh",
        "Ivo Marsh",
    ]


def test_they_after_two_persons_joined_as_a_subject_is_both_as_first_named() -> None:
    text = (
        "Border talks\n\n"
        "Norland Foreign Minister Ivo Marsh met his Sudland counterpart, Ana Berg, in the"
        " capital on Monday.\n\n"
        "Ministers Berg and Marsh also discussed the bridge across the river. They confirmed"
        " that the works would start in the spring.\n"
    )
    names = [("GPE", "Norland"), ("ROLE", "Foreign Minister"), ("PERSON", "Ivo Marsh")]
    names += [("GPE", "Sudland"), ("PERSON", "Ana Berg"), ("ROLE", "Ministers")]
    names += [("PERSON", "Berg"), ("PERSON", "Marsh")]
    assert [(s.speaker, s.text) for s in find_statements(text, spanned(text, names))] == [
        ("Ivo Marsh and Ana Berg", "the works would start in the spring")
    ]


def test_they_after_two_countries_joined_as_a_subject_is_both() -> None:
    text = (
        "Border talks\n\n"
        "Norland and Sudland set out their plans for the border crossings on Monday. They"
        " stressed that trade must flow freely.\n"
    )
    names = [("GPE", "Norland"), ("GPE", "Sudland")]
    assert [(s.speaker, s.text) for s in find_statements(text, spanned(text, names))] == [
        ("Norland and Sudland", "trade must flow freely")
    ]


def test_a_paragraph_whose_reopening_mark_the_page_lost_goes_on_quoting_its_speaker() -> None:
    text = (
        "Envoy named soon\n\n"
        "Asked about the envoy, Ivo Marsh said: “The name will be given in due course.\n\n"
        "There are reasons why we do not want to give it now.\n\n"
        "“The envoy is ready to travel,” he added.\n\n"
        "On trade, Ivo Marsh said: “The talks went well.\n\n"
        "Later, he held a meeting with the governor.\n\n"
        "“It was a good meeting. We are ready to work together.\n"
    )
    names = [("PERSON", "Ivo Marsh"), ("PERSON", "Ivo Marsh")]
    assert [(s.speaker, s.text) for s in find_statements(text, spanned(text, names))] == [
        ("Ivo Marsh", "The name will be given in due course."),
        ("Ivo Marsh", "There are reasons why we do not want to give it now."),
        ("Ivo Marsh", "The envoy is ready to travel,"),
        ("Ivo Marsh", "The talks went well."),
        ("Ivo Marsh", "It was a good meeting. We are ready to work together."),
    ]  # the reporter's paragraph before the last quotation is no one's words


def test_a_quotation_left_open_then_cut_off_by_the_texts_end_runs_to_its_last_word() -> None:
    text = (
        "Budget row\n\n"
        "Ivo Marsh said the budget would be passed in May.\n\n"
        '"The budget has to be mindful of the needs of every region.\n\n'
        "We were unable to fund every road, hence we are mu\n"
    )
    names = [("PERSON", "Ivo Marsh")]
    assert [(s.speaker, s.text) for s in find_statements(text, spanned(text, names))] == [
        ("Ivo Marsh", "the budget would be passed in May"),
        ("Ivo Marsh", "The budget has to be mindful of the needs of every region."),
        ("Ivo Marsh", "We were unable to fund every road, hence we are mu"),
    ]


def test_a_closing_mark_after_a_comma_and_a_space_ends_a_quotation_that_lost_its_opening() -> None:
    text = (
        "Pride of a continent\n\n"
        "Because Norland was never a colony, it is the pride of the region, ”Ivo Marsh said in"
        " an interview.\n"
    )
    names = [("GPE", "Norland"), ("PERSON", "Ivo Marsh")]
    assert [(s.speaker, s.kind, s.text) for s in find_statements(text, spanned(text, names))] == [
        (
            "Ivo Marsh",
            "direct",
            "Because Norland was never a colony, it is the pride of the region,",
        )
    ]


def test_a_closing_mark_after_a_closed_quotation_ends_one_that_lost_its_opening() -> None:
    text = (
        "Neighbours meet\n\n"
        "Ivo Marsh welcomed his guest on Monday.\n\n"
        "“We are not just neighbours, we are family,” he said. That is why I speak your"
        " language today. Your visit is a big step for our two peoples.” Minister Ivo Marsh"
        " said\n"
    )
    names = [("PERSON", "Ivo Marsh"), ("ROLE", "Minister"), ("PERSON", "Ivo Marsh")]
    assert [(s.speaker, s.text) for s in find_statements(text, spanned(text, names))] == [
        ("Ivo Marsh", "We are not just neighbours, we are family,"),
        (
            "Ivo Marsh",
            "That is why I speak your language today. Your visit is a big step for our two"
            " peoples.",
        ),
    ]


def test_a_listed_verb_the_page_ran_into_a_name_is_read_apart_from_it() -> None:
    text = (
        "Talks to resume\n\n"
        "Foreign Minister Ivo Marshnoted that the talks would resume in June.\n\n"
        "“We have an interest in good relations,” he said.\n\n"
        "Marsh also said that the border would stay open.\n"
    )
    names = [("ROLE", "Foreign Minister"), ("PERSON", "Ivo Marshnoted"), ("PERSON", "Marsh")]
    assert [(s.speaker, s.text) for s in find_statements(text, spanned(text, names))] == [
        ("Ivo Marsh", "the talks would resume in June"),
        ("Ivo Marsh", "We have an interest in good relations,"),
        ("Ivo Marsh", "the border would stay open"),
    ]


def test_a_name_ending_like_a_past_form_is_left_whole_when_not_found_apart() -> None:
    text = "Envoy speaks\n\nEnvoy Ana Bousaid said the port would open.\n"
    names = [("ROLE", "Envoy"), ("PERSON", "Ana Bousaid")]
    assert [(s.speaker, s.text) for s in find_statements(text, spanned(text, names))] == [
        ("Ana Bousaid", "the port would open")
    ]


def test_a_quotation_closed_by_a_bare_verb_is_the_speaker_before() -> None:
    text = (
        "Apology asked\n\n"
        "Minister Ivo Marsh stressed that the talks had failed.\n\n"
        "“There can be better ties only when an apology is made,” added.\n"
    )
    names = [("ROLE", "Minister"), ("PERSON", "Ivo Marsh")]
    assert [(s.speaker, s.text) for s in find_statements(text, spanned(text, names))] == [
        ("Ivo Marsh", "the talks had failed"),
        ("Ivo Marsh", "There can be better ties only when an apology is made,"),
    ]


def test_a_paragraph_of_only_a_name_and_a_verb_attributes_the_quotation_before_it() -> None:
    text = (
        "Unity first\n\n"
        "The office of the Prime Minister released a statement on Monday.\n\n"
        "“In the spirit of regional unity, the chair speaks for all of us.”\n\n"
        "Ivo Marsh said.\n\n"
        "Marsh did not say whether he had been invited.\n"
    )
    names = [("ROLE", "Prime Minister"), ("PERSON", "Ivo Marsh"), ("PERSON", "Marsh")]
    assert [(s.speaker, s.text) for s in find_statements(text, spanned(text, names))] == [
        ("Ivo Marsh", "In the spirit of regional unity, the chair speaks for all of us.")
    ]
