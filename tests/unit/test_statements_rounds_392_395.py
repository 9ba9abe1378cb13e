"""Errors of rounds 392-395 that recur across outlets (stfix72, session 42: classes of error,
not one article's; invented sentences and names)."""

from __future__ import annotations

from tests.unit.statements_said import said as _said


def test_an_inverted_speakers_office_may_list_fields_with_commas() -> None:
    text = (
        "Talks go on\n\n"
        "Much larger volumes of copper will be needed to meet the targets, said US Deputy"
        " Secretary for Trade, Industry, and the Economy Marco Delvecchio.\n"
    )
    assert _said(text) == [
        (
            "reported",
            "Marco Delvecchio",
            "Much larger volumes of copper will be needed to meet the targets",
        )
    ]


def test_an_inverted_speakers_title_at_a_body_may_follow_the_name() -> None:
    text = (
        "Talks go on\n\n"
        "Local firms could still sell older products under the rule, said Hana Kovac, Senior"
        " Director at Brightline, a research company.\n\n"
        "Prices will rise, said Oskar Lind, an analyst at Norberg.\n"
    )
    assert _said(text) == [
        ("reported", "Hana Kovac", "Local firms could still sell older products under the rule"),
        ("reported", "Oskar Lind", "Prices will rise"),
    ]


def test_a_clause_after_an_inverted_speakers_title_is_no_apposition() -> None:
    text = (
        "Talks go on\n\n"
        "Prices will rise, said Oskar Lind, an analyst at Norberg, a deal was struck.\n"
    )
    assert _said(text) == []


def test_a_title_opening_the_sentence_speaks_in_its_relative_clause() -> None:
    text = (
        "Talks go on\n\n"
        "Foreign Minister Ana Ruiz visited Tarnia on Monday.\n\n"
        "The minister, who noted the growing trade between Norland and Estonia, added that the"
        " pact is important.\n"
    )
    assert _said(text) == [
        ("reported", "Ana Ruiz", "the growing trade between Norland and Estonia"),
        ("reported", "Ana Ruiz", "the pact is important"),
    ]


def test_an_object_of_a_title_speaks_in_no_relative_clause() -> None:
    text = (
        "Talks go on\n\n"
        "Foreign Minister Ana Ruiz visited Tarnia on Monday.\n\n"
        "They met the minister, who stressed the need for more trade.\n"
    )
    assert _said(text) == []


def test_a_title_at_a_body_before_the_name_is_no_content() -> None:
    text = (
        "Talks go on\n\n"
        "Director-General for Legal Affairs at the Ministry of Trade, Ona Brisk said on her part"
        " such pacts would boost exports.\n"
    )
    assert _said(text) == [("reported", "Ona Brisk", "such pacts would boost exports")]


def test_a_body_speaks_in_its_relative_clause_past_a_time_adverbial() -> None:
    text = (
        "Talks go on\n\n"
        "The deal would be a win for the Ministry of Trade, which in May announced strict limits"
        " on fishing in the bay.\n\n"
        "It would also help President Ana Ruiz’s administration, which announced new quotas.\n"
    )
    assert _said(text) == [
        ("reported", "Ministry of Trade", "strict limits on fishing in the bay"),
        ("reported", "President Ana Ruiz’s administration", "new quotas"),
    ]


def test_a_lede_with_its_attribution_after_the_content_is_no_headline() -> None:
    text = (
        "Norland and Tarnia have reached an agreement about reopening the joint fishing zone"
        " in the bay, officials from Tarnia say.\n"
        "Fishing there has been halted since May.\n"
    )
    assert _said(text) == [
        (
            "reported",
            "officials",
            "Norland and Tarnia have reached an agreement about reopening the joint fishing zone"
            " in the bay",
        )
    ]


def test_a_short_headline_with_its_attribution_stays_a_headline() -> None:
    text = "Norland ready for talks, foreign minister says.\n\nThe talks open on Monday.\n"
    assert _said(text) == []


def test_an_unnamed_inverted_speaker_is_their_noun_past_their_relative_clause() -> None:
    text = (
        "Talks go on\n\n"
        "President Ana Ruiz spoke on Monday.\n\n"
        "It will be answered in kind, the spokesman who did not want to be identified said.\n"
    )
    assert _said(text)[-1] == ("reported", "spokesman", "It will be answered in kind")


def test_business_owners_are_a_group_of_speakers() -> None:
    text = "Talks go on\n\nOn Tuesday, the owners of firms in the zone called for a deal.\n"
    assert _said(text) == [("reported", "owners", "a deal")]


def test_a_nationality_may_open_the_title_of_a_subjects_apposition() -> None:
    text = (
        "Talks go on\n\n"
        "The conference chairman, Philippine Ambassador Ona Brisk, said at the closing ceremony"
        ' that the draft was "carefully balanced" to reflect demands by all parties.\n'
    )
    assert _said(text) == [
        (
            "reported",
            "Ona Brisk",
            'the draft was "carefully balanced" to reflect demands by all parties',
        )
    ]


def test_official_is_no_part_of_an_agencys_name() -> None:
    text = "Talks go on\n\nTalks will resume in May, the official Norland news agency said.\n"
    assert _said(text) == [("reported", "Norland news agency", "Talks will resume in May")]


def test_a_participle_with_no_comma_goes_with_the_subordinate_clause_it_closes() -> None:
    text = (
        "Talks go on\n\n"
        "The talks were in doubt after Tarnia said the visit by Secretary of State Ben Ruiz"
        " raised the risk of war.\n\n"
        "Tarnia’s statement offered a different account of the talks after Mr. Ruiz departed the"
        " country saying that talks had been held in good faith.\n"
    )
    assert _said(text)[-1] == ("reported", "Ben Ruiz", "talks had been held in good faith")


def test_an_indefinite_official_of_a_body_is_not_the_next_speaker_of_none() -> None:
    text = (
        "Talks go on\n\n"
        "Norland’s foreign ministry said it would hold talks. An EU official later said that"
        " Norland is not ready to return to talks.\n\n"
        "On Monday, President Ana Ruiz said that the sanctions should be lifted.\n"
    )
    assert [(s, t) for _, s, t in _said(text)][1:] == [
        ("EU official", "Norland is not ready to return to talks"),
        ("Ana Ruiz", "the sanctions should be lifted"),
    ]


def test_member_states_before_that_are_no_verb() -> None:
    text = (
        "Talks go on\n\n"
        "Ana Ruiz, the bloc’s high representative for foreign affairs and security policy, told"
        " a press conference after a meeting of ministers of the member states, that she hoped"
        " talks would go on.\n"
    )
    assert _said(text) == [("reported", "Ana Ruiz", "she hoped talks would go on")]


def test_explaining_a_topic_is_no_statement() -> None:
    text = (
        "Talks go on\n\n"
        "Explaining the importance of the pact, Trade Minister Ana Ruiz said the pact came after"
        " long talks.\n\n"
        "Ana Ruiz explained the delay not as a refusal, but as a pause.\n"
    )
    assert _said(text) == [
        ("reported", "Ana Ruiz", "the pact came after long talks"),
        ("reported", "Ana Ruiz", "the delay not as a refusal, but as a pause"),
    ]


def test_a_subordinate_clause_opening_the_sentence_has_its_own_speaker() -> None:
    text = (
        "Talks go on\n\n"
        "After Tarnia announced expanded export controls last month, there were concerns in"
        " Europe.\n"
    )
    assert _said(text) == [("reported", "Tarnia", "expanded export controls last month")]


def test_asking_a_question_is_no_content() -> None:
    text = (
        "Talks go on\n\n"
        "When The Daily Post asked a question about the troops, the minister said that Norland"
        " is concerned.\n"
    )
    assert _said(text) == [("reported", "minister", "Norland is concerned")]


def test_who_continues_to_urge_urges() -> None:
    text = (
        "Talks go on\n\n"
        "The minister has continued to call for talks with Tarnia.\n\n"
        "Prices continued to rise.\n"
    )
    assert _said(text) == [("reported", "minister", "talks with Tarnia")]


def test_words_quoted_from_a_document_are_no_outlets() -> None:
    text = (
        "Talks go on\n\n"
        "“The two sides will reopen the zone,” the Norland news agency also quoted from the"
        " agreement.\n"
    )
    assert _said(text) == []


def test_an_irregular_past_closes_the_subordinate_clause_a_participle_goes_with() -> None:
    text = (
        "Talks go on\n\n"
        "The talks were in doubt after Tarnia said the visit by Secretary of State Ben Ruiz"
        " raised the risk of war.\n\n"
        "Tarnia’s statement offered a different account after Mr. Ruiz left the country saying"
        " that talks had been held in good faith.\n"
    )
    assert _said(text)[-1] == ("reported", "Ben Ruiz", "talks had been held in good faith")


def test_the_reporters_comment_after_the_content_ends_it() -> None:
    text = (
        "Talks go on\n\n"
        "On Wednesday the ministry said a five-point accord had been agreed, but it remains"
        " unclear when work might resume.\n\n"
        "Tarnia agreed to the talks after Norland said it would pay firms hit by the stoppage –"
        " a move seen as a step to closing the zone.\n"
    )
    assert [t for _, _, t in _said(text)] == [
        "a five-point accord had been agreed",
        "it would pay firms hit by the stoppage",
    ]
