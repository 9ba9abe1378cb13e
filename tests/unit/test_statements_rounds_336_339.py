"""Errors of rounds 336-339 that recur across outlets (stfix57, session 38: classes of error,
not one article's; invented sentences and names)."""

from __future__ import annotations

from tests.unit.statements_said import said as _said


def test_families_speak_as_a_group() -> None:
    text = (
        "Families write to the president\n\n"
        "But, six months later, the families say that nothing has moved.\n"
        "The families also said that when they met officials, they felt ignored.\n"
        "Relatives of the sailors said the talks had stalled.\n"
    )
    assert _said(text) == [
        ("reported", "families", "nothing has moved"),
        ("reported", "families", "when they met officials, they felt ignored"),
        ("reported", "Relatives", "the talks had stalled"),
    ]


def test_the_letter_is_its_writers() -> None:
    text = (
        "Ministers meet over the river treaty\n\n"
        "Water Secretary Anita Verhoeven said in a letter to her counterpart that the dam"
        " breaches the accord.\n\n"
        "Farmers in the valley have lost half their crops.\n\n"
        '"We have seen repeated breaches," the letter read.\n'
    )
    assert _said(text)[1:] == [("direct", "Anita Verhoeven", "We have seen repeated breaches,")]
    told = text.replace(
        '"We have seen repeated breaches," the letter read.',
        ("The communication to Tarn also stressed that the breaches must end."),
    )
    assert _said(told)[1:] == [("reported", "Anita Verhoeven", "the breaches must end")]


def test_despite_a_subject_insisting_reports_without_that() -> None:
    text = (
        "Talks end in Lomar\n\n"
        "The deal was struck after weeks of pressure, despite Norland insisting the tariffs"
        " were final.\n"
        "Despite the ministry initially saying the talks had failed, a deal was signed.\n"
        "Despite the US warning against the plan, the vote went ahead.\n"
    )
    assert _said(text) == [
        ("reported", "Norland", "the tariffs were final"),
        ("reported", "ministry", "the talks had failed"),
    ]


def test_quoted_as_saying_by_a_carrier_is_the_quoted_ones() -> None:
    text = (
        "Dam talks in Lomar\n\n"
        "Foreign Minister Ivo Marsh spoke on Friday.\n"
        "The talks, however, failed to produce a deal, Marsh was quoted as saying by the state"
        " news agency.\n"
    )
    assert _said(text) == [
        ("reported", "Ivo Marsh", "The talks, however, failed to produce a deal"),
    ]


def test_a_typo_for_the_colon_after_a_participle_keeps_the_quotation_direct() -> None:
    text = (
        "Lomar rejects reparations\n\n"
        "Prime Minister Ivo Marsh spoke in Tarn, saying; “The talks were never about money”.\n"
        "He reaffirmed this stance, saying’ “Our position is firm”.\n"
    )
    assert _said(text) == [
        ("direct", "Ivo Marsh", "The talks were never about money"),
        ("direct", "Ivo Marsh", "Our position is firm"),
    ]


def test_an_unnamed_spokesperson_is_the_spokesman_named_next() -> None:
    text = (
        "Tarn ready for talks\n\n"
        "The border situation has eased, a Norlandic foreign ministry spokesperson said"
        " Tuesday.\n"
        "Foreign Ministry spokesman Ivo Marsh made the remarks at a briefing.\n"
    )
    assert _said(text) == [("reported", "Ivo Marsh", "The border situation has eased")]


def test_a_capitals_role_is_its_countrys_minister() -> None:
    text = (
        "Dam talks end\n\n"
        "Early Friday, Sudanese Foreign Minister Amal Idris confirmed that the talks had"
        " failed.\n"
        "“We sat for long hours,” Khartoum’s top diplomat told reporters.\n"
    )
    assert [s[1] for s in _said(text)] == ["Amal Idris", "Amal Idris"]


def test_a_pronoun_before_the_colon_is_the_subject_when_a_comma_is_wanting() -> None:
    text = (
        "Minister speaks\n\n"
        "Foreign Minister Ada Vey spoke on Friday about the talks.\n\n"
        "Discussing the failure to free Tom Reed, a national who remains detained she went on:"
        " “He will lose faith.”\n"
    )
    assert _said(text) == [("direct", "Ada Vey", "He will lose faith.")]


def test_an_open_quotation_closes_before_an_inverted_attribution() -> None:
    text = (
        "Summit in Tarn\n\n"
        "President Ada Vey will host the summit. The singer Ivo Marsh will open it."
        " “I want this to be a strong time for our creators, pleaded the president.\n\n"
        "Tarn has not hosted a summit since 1991.\n"
    )
    assert _said(text) == [
        ("direct", "Ada Vey", "I want this to be a strong time for our creators"),
    ]
