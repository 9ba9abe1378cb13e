"""Errors of rounds 396-399 that recur across outlets (stfix74, session 42: classes of error,
not one article's; invented sentences and names)."""

from __future__ import annotations

from tests.unit.statements_said import said as _said


def test_the_statement_is_the_one_its_issuer_made_not_the_last_body_named() -> None:
    text = (
        "The Ministry of Trade made a statement about the ships returned to the country."
        ' Describing the ships returned by the Tarn Maritime Museum as "a great homecoming",'
        " the statement said that the ships were shown at the Harbour Museum in the capital.\n"
    )
    assert _said(text) == [
        ("direct", "Ministry of Trade", "a great homecoming"),
        (
            "reported",
            "Ministry of Trade",
            "the ships were shown at the Harbour Museum in the capital",
        ),
    ]


def test_a_ministry_of_culture_and_fine_arts_is_one_name() -> None:
    text = (
        "Talks\n\nThe Ministry of Culture and Fine Arts said on Monday that it would open a hall.\n"
    )
    assert _said(text) == [
        ("reported", "Ministry of Culture and Fine Arts", "it would open a hall")
    ]


def test_a_name_fronted_by_as_for_is_the_pronoun_subject_after_it() -> None:
    text = (
        "Talks\n\n"
        "Marek Olsen, the Minister of Trade, said the plan will go on.\n"
        "As for Ivan Petric, Executive Secretary of the opposition platform, he says the plan"
        " aims to close the port.\n"
        "“It should not sign it,” he says.\n"
    )
    assert _said(text) == [
        ("reported", "Marek Olsen", "the plan will go on"),
        ("reported", "Ivan Petric", "the plan aims to close the port"),
        ("direct", "Ivan Petric", "It should not sign it,"),
    ]


def test_a_second_speaker_joined_by_and_without_a_comma_has_a_statement_of_their_own() -> None:
    text = (
        "Talks\n\n"
        "Jon Reyes announced on Monday the withdrawal of the troops and Ana Olsen subsequently"
        " said they had discussed a buffer zone.\n\n"
        "The ministry said the talks had failed and Norland said it would leave.\n"
    )
    found = _said(text)
    assert [(kind, speaker) for kind, speaker, _ in found] == [
        ("reported", "Jon Reyes"),
        ("reported", "Ana Olsen"),
        ("reported", "ministry"),
        ("reported", "Norland"),
    ]
    assert found[0][2].endswith("the withdrawal of the troops")
    assert found[1][2] == "they had discussed a buffer zone"
    assert found[2][2] == "the talks had failed"


def test_his_office_is_the_office_the_article_names_elsewhere() -> None:
    text = (
        "Talks\n\n"
        'Jon Reyes held talks on Tuesday. "We are ready," his office said after the talks.'
        " Later this week he will go to Tarn, Reyes's office said.\n"
    )
    assert [(kind, speaker) for kind, speaker, _ in _said(text)] == [
        ("direct", "Reyes's office"),
        ("reported", "Reyes's office"),
    ]


def test_a_name_before_a_countrys_lowercase_title_is_a_person_the_recogniser_missed() -> None:
    text = (
        "Talks\n\n"
        "Dhieu Mathok Diing Wol, Kenya’s investment minister and head of the mediation team,"
        " said any deal could pave the way for talks.\n"
        "Wol said the plan was good.\n"
    )
    assert _said(text) == [
        ("reported", "Dhieu Mathok Diing Wol", "any deal could pave the way for talks"),
        ("reported", "Dhieu Mathok Diing Wol", "the plan was good"),
    ]


def test_shared_on_a_social_media_account_that_starts_after_that() -> None:
    text = (
        "Talks\n\n"
        "Jon Reyes shared on his official social media account that this was decided at a"
        " meeting.\n"
    )
    assert _said(text) == [("reported", "Jon Reyes", "this was decided at a meeting")]


def test_an_observatory_is_an_organisation_that_may_be_a_source() -> None:
    text = (
        "Talks\n\n"
        "Government forces shelled parts of Tarn on Thursday, killing a civilian, according to"
        " the Syrian Observatory for Human Rights.\n"
    )
    assert _said(text) == [
        (
            "reported",
            "Syrian Observatory for Human Rights",
            "Government forces shelled parts of Tarn on Thursday, killing a civilian",
        )
    ]


def test_a_participle_after_an_object_naming_a_person_is_the_opening_pronouns() -> None:
    text = (
        "Talks\n\n"
        "“The regime could act now,” a US official said.\n\n"
        "And he hit out at claims by Foreign Minister Jon Reyes that the regime was giving"
        " access, saying the comments were “laughable.”\n\n"
        "“There have been no real steps,” the US official said, asking not to be named.\n"
    )
    assert _said(text) == [
        ("direct", "US official", "The regime could act now,"),
        ("reported", "US official", "the comments were “laughable.”"),
        ("direct", "US official", "There have been no real steps,"),
    ]


def test_a_quotation_closed_before_an_adjunct_is_the_unlisted_verbs_subjects() -> None:
    text = (
        "Talks\n\n"
        "“The return of around 850 refugees started” on Monday morning, Lebanon's state news"
        " agency NNA reported.\n\n"
        "“The talks went well,” Lebanon's state news agency NNA reported.\n"
    )
    assert _said(text) == [
        ("direct", "NNA", "The return of around 850 refugees started"),
        ("direct", "NNA", "The talks went well,"),
    ]


def test_states_before_a_listed_past_are_a_group_of_speakers_not_a_verb() -> None:
    text = (
        "Talks\n\n"
        "UN officials and foreign donor states said conditions for returns are not yet met.\n\n"
        "Member states stressed that the plan works.\n"
    )
    assert _said(text) == [
        (
            "reported",
            "UN officials and foreign donor states",
            "conditions for returns are not yet met",
        ),
        ("reported", "Member states", "the plan works"),
    ]


def test_a_standfirst_in_a_headlines_style_is_headline_matter() -> None:
    text = (
        "Ruler: Ports in Tarn will let ships return\n\n"
        "Norland president says new ports in Tarn will let more ships go back.\n\n"
        "Norland aims to open ports in Tarn, President Jon Reyes said.\n"
    )
    assert _said(text) == [("reported", "Jon Reyes", "Norland aims to open ports in Tarn")]
