"""Errors of rounds 344-347 that recur across outlets (stfix59, session 39: classes of error,
not one article's; invented sentences and names)."""

from __future__ import annotations

from diplotui.statements import find_statements
from tests.unit.statements_said import said as _said


def test_while_without_a_comma_opens_a_second_speakers_statement() -> None:
    text = (
        "Tarn talks\n\nThe Norland Union has warned that the waters may well be mined while"
        " security analysts have urged ships to leave the area.\n"
    )
    assert _said(text) == [
        ("reported", "Norland Union", "the waters may well be mined"),
        ("reported", "security analysts", "ships to leave the area"),
    ]


def test_an_owned_lowercase_title_then_a_name_after_an_inverted_verb() -> None:
    text = (
        'Tarn talks\n\n"We are glad," actor Ann Bee said in Tarn.\n\n"The sea is in need of'
        " care,\" said Norland's deputy prime minister, Ivo van Marsh.\n"
    )
    assert _said(text) == [
        ("direct", "Ann Bee", "We are glad,"),
        ("direct", "Ivo van Marsh", "The sea is in need of care,"),
    ]


def test_an_attribution_after_its_content_on_a_line_of_its_own() -> None:
    text = (
        "Tarn talks\nThe envoy Ivo Marsh spoke in Tarn on Monday.\nThe time has come to act"
        " together,\nstated Marsh.\nSilence is no answer,\nsaid the diplomat in the statement.\n"
    )
    assert _said(text) == [
        ("reported", "Ivo Marsh", "The time has come to act together"),
        ("reported", "Ivo Marsh", "Silence is no answer"),
    ]


def test_the_head_of_a_delegation_named_after_the_title_speaks() -> None:
    text = (
        'Tarn talks\n\nThe talks ended on Monday.\n\n"That is important," head of the Tarn'
        " delegation Ivo Marsh told reporters.\n"
    )
    assert _said(text) == [("direct", "Ivo Marsh", "That is important,")]


def test_a_bare_title_after_a_quotation_of_several_sentences_is_its_speaker() -> None:
    text = (
        "Tarn talks\n\nPresident Ivo Marsh spoke in Tarn on Saturday.\n\nPresident Marsh said:"
        ' "Many of our people serve in the cabinet of President Ann Bee."\n\n"We are proud.'
        ' We stay united. We shall always be stronger together."\n\nAccording to the'
        " President, the government set up a new office to link them with the nation:\n\n"
        '"As our envoys, we expect you to give back."\n'
    )
    assert [(s.kind, s.speaker) for s in find_statements(text)][-2:] == [
        ("reported", "Ivo Marsh"),
        ("direct", "Ivo Marsh"),
    ]


def test_a_quotation_paragraph_going_on_before_a_paragraph_opening_with_a_participle() -> None:
    text = (
        "Tarn talks\nPrime Minister Ivo Marsh addressed a crowd in Tarn on Friday.\nAfter Marsh"
        ' arrived, the anthems were sung and the PM said, "You have drawn the whole map here.'
        ' It seems a small Tarn has turned up."\n"The love I am getting here is wonderful. We'
        ' had many talks."\nHighlighting the deals, he said the ties were strong.\n'
    )
    assert (
        "direct",
        "Ivo Marsh",
        "The love I am getting here is wonderful. We had many talks.",
    ) in (_said(text))


def test_they_after_a_bare_but_stands_for_the_group_its_sentence_names() -> None:
    text = (
        "Tarn talks\n\nTARN — Norland President Ivo Marsh won praise for offering closer ties"
        " with Latin American leaders at a summit on Saturday but they also urged him to end"
        " the embargo against Tarn.\n\nThey expressed satisfaction with the ties between the"
        " two countries and underscored the need to trade.\n"
    )
    assert _said(text)[0] == (
        "reported",
        "Latin American leaders",
        "him to end the embargo against Tarn",
    )
    assert all(s.speaker != "countries" for s in find_statements(text))


def test_a_delegation_supported_by_others_proposes_a_quoted_adjective_and_its_pair() -> None:
    text = (
        "Tarn talks\n\nARDIA supported the objectives listed.\n\nNORLAND, supported by TARN"
        " and ARDIA, proposed “fair” and equitable sharing to align with the Protocol.\n\nThe"
        " minister said “no” and left.\n"
    )
    assert _said(text)[0] == (
        "reported",
        "NORLAND",
        "“fair” and equitable sharing to align with the Protocol",
    )


def test_a_quotation_named_as_someone_s_speech_after_it_is_theirs() -> None:
    text = (
        "Tarn talks\nThe summit was held in Tarn, attended by 33 states.\n“All of the region"
        " must unite and defend the same interests”, was the opening speech of the Norland"
        " president, Ivo Marsh. He expressed concern about the rise of extremism.\n"
    )
    assert _said(text)[0] == (
        "direct",
        "Ivo Marsh",
        "All of the region must unite and defend the same interests",
    )
