"""Errors of rounds 610-611 that recur across outlets (stfix122, session 56: classes of error,
not one article's; invented sentences and names)."""

from __future__ import annotations

from tests.unit.statements_said import said as _said


def test_a_remark_on_a_topic_says_nothing_its_participle_does() -> None:
    text = (
        "Norland news\n\nPresident Karl Obermann received the envoys in Tarn on Monday.\n"
        "Obermann remarked on the hardship facing the region, asserting that the country "
        "would stay open to refugees.\n"
    )
    assert _said(text) == [
        ("reported", "Karl Obermann", "the country would stay open to refugees"),
    ]


def test_a_remark_on_a_day_or_a_platform_keeps_its_that_clause() -> None:
    text = (
        "Norland news\n\nPresident Karl Obermann remarked on Monday that the border would reopen.\n"
    )
    assert _said(text) == [("reported", "Karl Obermann", "the border would reopen")]


def test_a_relative_clause_naming_its_speaker_ends_the_reported_clause_before_it() -> None:
    text = (
        "Norland news\n\nPresident Karl Obermann said that he had discussed the border treaty "
        "with his neighbours, which Obermann called the “only way forward” for the region.\n"
    )
    assert _said(text) == [
        ("reported", "Karl Obermann", "he had discussed the border treaty with his neighbours"),
        ("direct", "Karl Obermann", "only way forward"),
    ]


def test_his_speech_as_subject_is_its_speaker_speaking() -> None:
    text = (
        "Norland news\n\nPresident Karl Obermann opened the session in Tarn on Monday.\n"
        "His speech, which lasted an hour, highlighted the need to rebuild the northern roads.\n"
    )
    assert _said(text) == [
        ("reported", "Karl Obermann", "the need to rebuild the northern roads"),
    ]
    text = (  # the participle after another's verb is that one's, not the speech's owner's
        "Norland news\n\nSpokeswoman Ana Vila said Tarn would defend its rights.\n"
        "Her comments came hours after Minister Karl Obermann issued a warning to Tarn, saying "
        "Norland would protect its waters.\n"
    )
    assert _said(text) == [
        ("reported", "Ana Vila", "Tarn would defend its rights"),
        ("reported", "Karl Obermann", "Norland would protect its waters"),
    ]


def test_a_country_described_as_the_gulf_state_is_the_country_named_before() -> None:
    text = (
        "Gulf news\n\nOman, which hosted the talks, has strongly condemned the strikes.\n"
        "The Gulf state said it was deeply concerned over the escalation.\n"
    )
    assert _said(text) == [("reported", "Oman", "it was deeply concerned over the escalation")]
    text = (  # "state" after "the" and a capitalised word is the noun, no verb "state"
        "Gulf news\n\nOman, which hosted the talks, has strongly condemned the strikes.\n"
        'The Gulf state "expresses deep concern over the escalation".\n'
    )
    assert [(speaker, words) for _, speaker, words in _said(text)] == [
        ("Oman", "deep concern over the escalation")
    ]


def test_the_armed_group_is_the_organisation_named_before() -> None:
    text = (
        "Tarn news\n\nFighters of the Vosk Front clashed with troops on Monday. In a "
        "statement, the northern armed group said it would defend the valley.\n"
    )
    assert _said(text) == [("reported", "Vosk Front", "it would defend the valley")]


def test_the_group_under_a_crosshead_naming_it_is_that_organisation() -> None:
    text = (
        "Tarn news\n\nThe UN chief said he was alarmed by the fighting.\n"
        "Vosk Front\n"
        "In a statement, the armed group said it would defend the valley.\n"
    )
    assert _said(text) == [
        ("reported", "UN chief", "he was alarmed by the fighting"),
        ("reported", "Vosk Front", "it would defend the valley"),
    ]


def test_a_lowercase_ministry_is_named_with_the_nationality_the_text_gives_it() -> None:
    text = (
        "Tarn news\n\nOman expressed its concern over the strikes, according to a statement "
        "by the foreign ministry on Monday.\n"
        '"We call for restraint," the Omani foreign ministry posted on X.\n'
    )
    assert _said(text) == [
        ("reported", "Omani foreign ministry", "Oman expressed its concern over the strikes"),
        ("direct", "Omani foreign ministry", "We call for restraint,"),
    ]


def test_a_countrys_unnamed_title_is_not_the_next_speaker_holding_another_office() -> None:
    text = (
        "Iran news\n\n"
        "Iran’s Supreme Leader issued a warning to Israel, promising retaliation: “That "
        "regime should anticipate a severe punishment.”\n"
        "Washington, through Secretary of State Karl Obermann, distanced itself from the "
        "operation. “We are not involved in these strikes,” Obermann said.\n"
    )
    assert [(speaker, words) for _, speaker, words in _said(text)] == [
        ("Iran’s Supreme Leader", "That regime should anticipate a severe punishment."),
        ("Karl Obermann", "We are not involved in these strikes,"),
    ]


def test_a_quotation_after_informed_someone_that_is_direct() -> None:
    text = (
        "Tarn news\n\nPresident Karl Obermann informed the assembly on Monday that the "
        "government would take “special measures” to protect the border.\n"
    )
    assert _said(text) == [("direct", "Karl Obermann", "special measures")]
