"""Errors of rounds 420-427 that recur across outlets (stfix80, session 44: classes of error,
not one article's; invented sentences and names)."""

from __future__ import annotations

from tests.unit.statements_said import said as _said


def test_a_typed_double_dash_ends_the_dateline_before_a_group_subject() -> None:
    text = (
        "Truce\n\n"
        "NORTOWN, May 3 (AFP) -- Rebels in the western region said Tuesday they are ready to"
        " sign a ceasefire.\n"
    )
    assert _said(text) == [("reported", "Rebels", "they are ready to sign a ceasefire")]


def test_prosecutors_with_a_modifier_are_a_group_that_speaks() -> None:
    text = "Arrest\n\nFederal prosecutors said Tuesday they have detained a local hire.\n"
    assert _said(text) == [("reported", "Federal prosecutors", "they have detained a local hire")]


def test_a_groups_plural_possessive_statement_is_the_groups() -> None:
    text = (
        "Arrest\n\n"
        "He worked at the embassy and passed on documents, the investigators’ statement said.\n"
    )
    assert _said(text) == [
        ("reported", "investigators", "He worked at the embassy and passed on documents")
    ]


def test_a_clause_after_the_adjunct_of_an_attribution_is_its_content() -> None:
    text = (
        "Extradition\n\n"
        "In an interview with reporters, Justice Minister Ade Koro said at the appropriate time"
        " the government would decide the case.\n"
    )
    assert _said(text) == [
        ("reported", "Ade Koro", "at the appropriate time the government would decide the case")
    ]


def test_however_without_commas_between_but_and_its_verb_keeps_the_subject() -> None:
    text = (
        "Extradition\n\n"
        "Koro stated that the government would not hamper the trial but however added that it"
        " would not hesitate to act.\n"
    )
    assert _said(text) == [
        ("reported", "Koro", "the government would not hamper the trial"),
        ("reported", "Koro", "it would not hesitate to act"),
    ]


def test_an_outlet_told_by_email_is_whom_after_the_content() -> None:
    text = (
        "Drills\n\n"
        "The training includes more than 50 countries, Fleet spokesman Lt. Ivo Marek told"
        " Stars and Stripes by email Tuesday.\n"
    )
    assert _said(text) == [
        ("reported", "Ivo Marek", "The training includes more than 50 countries")
    ]


def test_a_group_named_back_by_its_modified_noun_is_the_group_named_before() -> None:
    text = (
        "Charges\n\n"
        "Norland’s NRA and TSN news agencies said that the court had remanded him.\n\n"
        "The news agencies also said the session was held behind closed doors.\n"
    )
    assert _said(text) == [
        ("reported", "NRA and TSN news agencies", "the court had remanded him"),
        ("reported", "NRA and TSN news agencies", "the session was held behind closed doors"),
    ]


def test_a_participle_after_a_statement_makes_its_issuer_the_statements() -> None:
    text = (
        "Arrest\n\n"
        "Norland prosecutors said in a statement that a local hire was detained.\n\n"
        "The Tarn government described the case in a statement saying that a contractor was"
        " held.\n\n"
        "The statement added that it would not comment further.\n"
    )
    assert _said(text)[1:] == [
        ("reported", "Tarn government", "a contractor was held"),
        ("reported", "Tarn government", "it would not comment further"),
    ]


def test_a_titled_given_name_before_a_place_takes_it_as_its_surname() -> None:
    text = (
        "Bases\n\n"
        "Defense Secretary Jorr Austin said the allies remain committed to the pact.\n\n"
        "“That is part of what we are doing,” Austin said.\n"
    )
    assert _said(text) == [
        ("reported", "Jorr Austin", "the allies remain committed to the pact"),
        ("direct", "Jorr Austin", "That is part of what we are doing,"),
    ]


def test_a_relative_clause_after_an_attributions_day_is_the_reporters() -> None:
    text = (
        "Bases\n\n"
        "Norland will give Tarn access to its bases, the two countries said Thursday, which will"
        " serve as a hub for its forces.\n"
    )
    assert _said(text) == [
        ("reported", "two countries", "Norland will give Tarn access to its bases")
    ]


def test_a_month_opening_the_sentence_with_no_comma_is_no_part_of_the_subject() -> None:
    text = (
        "Visit\n\n"
        "In June Norland’s embassy in Tarn warned that the visit amounted to open support for"
        " separatism.\n"
    )
    assert _said(text) == [
        ("reported", "Norland’s embassy", "the visit amounted to open support for separatism")
    ]


def test_a_statement_named_after_the_verb_is_where_not_what() -> None:
    text = (
        "Treaty\n\n"
        "The defence ministers said in a joint statement they recommended leaving the treaty.\n"
    )
    assert _said(text) == [("reported", "defence ministers", "they recommended leaving the treaty")]


def test_a_plural_subjects_quantified_aside_leaves_the_subject_speaking() -> None:
    text = (
        "Treaty\n\n"
        "The defence ministers of the four countries, all neighbours of Russia, said they would"
        " leave the treaty.\n"
    )
    assert _said(text) == [("reported", "defence ministers", "they would leave the treaty")]


def test_insisting_on_anonymity_is_a_condition_not_a_statement() -> None:
    text = (
        "Lease\n\n"
        "The official insisted on anonymity because the person was not authorized to discuss"
        " the lease.\n"
    )
    assert _said(text) == []


def test_media_reports_name_no_issuer() -> None:
    text = "Envoy\n\nThe envoy is missing and has been arrested, according to media reports.\n"
    assert _said(text) == []


def test_a_day_set_off_by_only_its_opening_comma_leaves_the_subject_before_it() -> None:
    text = (
        "Extradition\n\n"
        "The Nigerian government, on Wednesday said they have no immediate need to request her"
        " extradition.\n"
    )
    assert _said(text) == [
        (
            "reported",
            "Nigerian government",
            "they have no immediate need to request her extradition",
        )
    ]


def test_a_unit_named_by_its_number_speaks_named_as_fully_as_the_article_names_it() -> None:
    text = (
        "Drills\n\n"
        "The ships trained together in the bay, the U.S. 7th Fleet said in a news release.\n\n"
        "The sea phase includes gunnery exercises, according to 7th Fleet.\n"
    )
    assert _said(text) == [
        ("reported", "U.S. 7th Fleet", "The ships trained together in the bay"),
        ("reported", "U.S. 7th Fleet", "The sea phase includes gunnery exercises"),
    ]


def test_that_naming_a_day_after_an_attribution_opens_no_clause() -> None:
    text = (
        "Drills\n\n"
        "After the drill, the destroyer sailed on to Visakhapatnam, 7th Fleet said in a separate"
        " release that day.\n"
    )
    assert _said(text) == [
        ("reported", "7th Fleet", "After the drill, the destroyer sailed on to Visakhapatnam")
    ]


def test_an_unnamed_spokesperson_of_a_body_is_the_untitled_spokesperson_named_next() -> None:
    text = (
        "Talks\n\n"
        "BEIJING, Oct. 21 (Xinhua) -- A Chinese Foreign Ministry spokesperson on Friday urged"
        " Japan to stop inciting conflict.\n\n"
        "Spokesperson Hua Chunying made the remarks when asked about reports.\n"
    )
    assert _said(text) == [("reported", "Hua Chunying", "Japan to stop inciting conflict")]
