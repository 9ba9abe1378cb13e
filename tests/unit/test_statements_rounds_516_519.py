"""Errors of held-out rounds 516-519 that recur across outlets (stfix102, session 48: classes
of error, not one article's; invented sentences and names)."""

from __future__ import annotations

from tests.unit.statements_said import said as _said


def test_the_police_and_a_share_of_a_polled_group_speak_as_groups() -> None:
    text = (
        "Poll\n\n"
        "Norland police have said previously that the files held secrets.\n"
        "In the poll, 40% of voters said they backed the deal.\n"
        "Some 30 percent of respondents said they would move.\n"
    )
    assert _said(text) == [
        ("reported", "Norland police", "the files held secrets"),
        ("reported", "voters", "they backed the deal"),
        ("reported", "respondents", "they would move"),
    ]


def test_a_statement_issued_by_a_body_read_out_after_a_quotation_is_its_issuers() -> None:
    text = (
        "Votes\n\n"
        "Norland was elected on Thursday.\n"
        "“We are grateful to all members,” read a statement issued by the Ministry of Foreign "
        "Affairs. “We thank the group,” it added.\n"
    )
    assert _said(text) == [
        ("direct", "Ministry of Foreign Affairs", "We are grateful to all members,"),
        ("direct", "Ministry of Foreign Affairs", "We thank the group,"),
    ]


def test_the_foreign_office_is_the_foreign_ministry_the_article_names_in_full() -> None:
    text = (
        "Votes\n\n"
        "“We are grateful,” read a statement by the Ministry of Foreign Affairs.\n"
        "“Norland brings a rich experience,” said the Foreign Office.\n"
        "It said Norland would remain committed to peace.\n"
    )
    assert _said(text) == [
        ("direct", "Ministry of Foreign Affairs", "We are grateful,"),
        ("direct", "Ministry of Foreign Affairs", "Norland brings a rich experience,"),
        ("reported", "Ministry of Foreign Affairs", "Norland would remain committed to peace"),
    ]


def test_a_photo_note_closing_an_apposed_name_leaves_the_name_the_subject() -> None:
    text = (
        "Seat\n\n"
        "The Foreign Minister, Ana Berg (picture, at UN),said the vote was a recognition.\n"
        "The Prime Minister, Tom Vey (pictured), said it was a great day.\n"
    )
    assert _said(text) == [
        ("reported", "Ana Berg", "the vote was a recognition"),
        ("reported", "Tom Vey", "it was a great day"),
    ]


def test_a_name_unknown_to_the_recogniser_before_an_indefinite_role_speaks() -> None:
    text = (
        "Truce\n\n"
        "Maly Sopheap, a spokesperson for the Norland Ministry of National Defence, said in a "
        "briefing that there had been no fighting.\n"
    )
    assert _said(text) == [("reported", "Maly Sopheap", "there had been no fighting")]


def test_members_states_is_the_noun_member_states_not_a_verb_of_speech() -> None:
    text = (
        "Bid\n\n"
        "The Union endorsed Norland after members states voting Norland (37) with Tarnia "
        "losing.\n"
    )
    assert _said(text) == []


def test_a_fight_declared_is_an_act_not_a_statement() -> None:
    text = (
        "Bid\n\n"
        "Despite losing the vote, Tarnia has yet again declared a mother of battles.\n"
        "Tarnia declared a new war would ruin the region.\n"
    )
    assert _said(text) == [("reported", "Tarnia", "a new war would ruin the region")]


def test_a_title_with_its_portfolio_is_an_office_not_a_name_after_for() -> None:
    text = (
        "Returns\n\n"
        "AMMAN - Many refugees have left since October, the UN High Commissioner for Refugees "
        "said.\n"
        "Economists said the return of ties helped.\n"
        "Many people were held, the UN Special Rapporteur on Torture said.\n"
    )
    assert _said(text) == [
        ("reported", "UN High Commissioner for Refugees", "Many refugees have left since October"),
        ("reported", "Economists", "the return of ties helped"),
        ("reported", "UN Special Rapporteur on Torture", "Many people were held"),
    ]


def test_a_plurals_possessive_inside_single_marks_does_not_close_the_quotation() -> None:
    text = (
        "Call\n\n"
        "MOSCOW - Ana Berg called Tom Vey.\n\n"
        "'Berg conveyed the Allies' grave concern over the detention,' spokesperson Li Wen "
        "said.\n\n"
        "'Berg further urged the Kremlin to release him,' he added.\n"
    )
    assert _said(text) == [
        ("direct", "Li Wen", "Berg conveyed the Allies' grave concern over the detention,"),
        ("direct", "Li Wen", "Berg further urged the Kremlin to release him,"),
    ]


def test_a_head_of_delegation_at_a_named_body_then_a_name_is_that_person() -> None:
    text = (
        "Returns\n\n"
        "Head of delegation at the International Committee of the Red Cross Ana Berg announced "
        "earlier this year that most refugees are looking to return.\n"
    )
    assert _said(text) == [("reported", "Ana Berg", "most refugees are looking to return")]


def test_the_office_of_a_titled_person_speaks_named_with_its_holder() -> None:
    text = (
        "Truce\n\n"
        "The office of Prime Minister Ana Berg said in a statement that it directed "
        "“strong action” be taken.\n"
    )
    assert _said(text) == [
        ("reported", "office of Prime Minister Ana Berg", "it directed “strong action” be taken")
    ]


def test_the_day_between_an_auxiliary_and_its_verb_leaves_the_subject_before() -> None:
    text = (
        "Trial\n\n"
        "A Norland police officer, who was part of the team, has today told the court that he "
        "had burned the notes.\n"
    )
    assert _said(text) == [("reported", "Norland police officer", "he had burned the notes")]


def test_a_passive_with_its_agent_inside_a_dashed_aside_makes_no_statement() -> None:
    text = (
        "Trial\n\n"
        "The lawyer maintains that the documents were public- a fact he claims has been "
        "acknowledged by the police.\n"
        "The need to act was emphasised by both ministers.\n"
    )
    assert _said(text) == [("reported", "ministers", "The need to act")]


def test_a_statement_of_a_body_spelt_out_before_its_bracketed_initials_is_its() -> None:
    text = (
        "Firing\n\n"
        "Troops exchanged fire along the border early Sunday morning, a Joint Border Command "
        "(JBC) statement said.\n"
    )
    assert _said(text) == [
        (
            "reported",
            "Joint Border Command",
            "Troops exchanged fire along the border early Sunday morning",
        )
    ]


def test_a_statement_of_initials_the_recogniser_alone_knew_is_the_body_spelt_out() -> None:
    text = (
        "Firing\n\n"
        "Troops exchanged fire along the border early Sunday morning, an Inter-Services Public "
        "Relations (ISPR) statement said.\n"
    )
    assert _said(text) == [
        (
            "reported",
            "Inter-Services Public Relations",
            "Troops exchanged fire along the border early Sunday morning",
        )
    ]


def test_two_titled_persons_one_titled_of_a_country_speak_jointly() -> None:
    text = (
        "Visit\n\n"
        "Foreign Minister Ana Berg met Tom Vey on Sunday.\n"
        "Both Foreign Minister Berg and Vice Foreign Minister of Tarnia Tom Vey said the problem "
        "needed a solution.\n"
    )
    assert _said(text) == [("reported", "Ana Berg and Tom Vey", "the problem needed a solution")]


def test_an_inverted_subject_then_a_subordinate_participle_is_the_subject() -> None:
    text = (
        "Visit\n\n"
        "Foreign Minister Ana Berg met the envoy on Sunday.\n"
        '"He (the envoy) was not close to that issue," said the minister while responding to '
        "a question.\n"
    )
    assert _said(text) == [("direct", "Ana Berg", "He (the envoy) was not close to that issue,")]


def test_words_quoted_in_thanks_for_something_are_the_thankers() -> None:
    text = (
        "Visit\n\n"
        "Foreign Minister Ana Berg met the envoy on Sunday.\n"
        'Berg thanked the Tarnian government for making "sincere efforts" for the return.\n'
        "Her office said she had thanked the envoy for “kind words”.\n"
    )
    assert _said(text) == [
        ("direct", "Ana Berg", "sincere efforts"),
        ("reported", "office", "she had thanked the envoy for “kind words”"),
    ]


def test_a_statement_that_says_something_is_its_issuers() -> None:
    text = (
        "Truce\n\n"
        "The Front responded with a statement Sunday that asserted it was committed to the deal.\n"
        "The ministry issued a statement on Monday which said the border would stay open.\n"
    )
    assert _said(text) == [
        ("reported", "Front", "it was committed to the deal"),
        ("reported", "ministry", "the border would stay open"),
    ]


def test_a_pronoun_calling_something_in_a_free_relative_is_the_main_subject() -> None:
    text = (
        "Truce\n\n"
        "The army on Sunday renewed attacks in the south against what it called “terror "
        "targets”.\n"
    )
    assert _said(text) == [("direct", "army", "terror targets")]
