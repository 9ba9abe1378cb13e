"""Errors of rounds 400-403 that recur across outlets (stfix75, session 43: classes of error,
not one article's; invented sentences and names)."""

from __future__ import annotations

from tests.unit.statements_said import said as _said


def test_maharaja_before_a_name_is_a_title() -> None:
    text = (
        "Talks\n\n"
        "Maharaja Rohan Tamang urged the Central Government to settle the border issue.\n"
        "“The fence must be finished,” he said.\n"
    )
    assert _said(text) == [
        ("reported", "Rohan Tamang", "the Central Government to settle the border issue"),
        ("direct", "Rohan Tamang", "The fence must be finished,"),
    ]


def test_a_foreign_ministry_acronym_is_the_foreign_ministry_named_in_other_words() -> None:
    text = (
        "Talks\n\n"
        "The Ministry of Foreign Affairs (AEM) said that India found the delay regrettable.\n"
        "“The envoy was summoned late in the evening,” the MEA said.\n"
    )
    assert _said(text) == [
        ("reported", "Ministry of Foreign Affairs", "India found the delay regrettable"),
        ("direct", "Ministry of Foreign Affairs", "The envoy was summoned late in the evening,"),
    ]


def test_an_acronym_written_out_keeps_the_nationality_before_it() -> None:
    text = (
        "Talks\n\n"
        "The deputy envoy was summoned to the Indian Ministry of External Affairs late on Sunday.\n"
        "The MEA had announced that a diplomat would be summoned.\n"
    )
    assert _said(text) == [
        ("reported", "Indian Ministry of External Affairs", "a diplomat would be summoned"),
    ]


def test_a_full_stop_before_an_opening_mark_with_no_space_ends_the_sentence() -> None:
    text = (
        "Talks\n\n"
        "Prime Minister Arjun Mehta announced on Saturday that the two sides signed a deal"
        " on power.“A memorandum was signed,” he stated at a briefing.\n"
    )
    assert _said(text) == [
        ("reported", "Arjun Mehta", "the two sides signed a deal on power"),
        ("direct", "Arjun Mehta", "A memorandum was signed,"),
    ]


def test_a_quotation_after_posted_on_a_channel_that_is_direct() -> None:
    text = (
        "Talks\n\n"
        "Before the meeting, Alan Weir posted on his official Twitter account that the"
        " protest was “unacceptable”.\n"
    )
    assert _said(text) == [("direct", "Alan Weir", "unacceptable")]


def test_a_second_quotation_in_an_unlisted_verbs_clause_is_direct_too() -> None:
    text = (
        "Talks\n\n"
        "Alan Weir posted that the “disgraceful acts” at the mission were “totally"
        " unacceptable”.\n"
    )
    assert _said(text) == [
        ("direct", "Alan Weir", "disgraceful acts"),
        ("direct", "Alan Weir", "totally unacceptable"),
    ]


def test_a_mission_named_by_its_country_and_by_its_nationality_is_one() -> None:
    text = (
        "Talks\n\n"
        "The United States Embassy in Canberra is arranging flights, the ambassador, Jon Reyes,"
        " announced on Wednesday.\n"
        "But the American Embassy in Canberra has had little guidance. “We have no announcement,”"
        " the embassy said.\n"
    )
    assert _said(text) == [
        ("reported", "Jon Reyes", "The United States Embassy in Canberra is arranging flights"),
        ("direct", "United States Embassy in Canberra", "We have no announcement,"),
    ]


def test_a_weekday_then_an_in_a_phrase_after_the_attribution_is_the_reporters() -> None:
    text = (
        "Talks\n\n"
        "Norland called in the envoy and lodged a complaint, the foreign ministry said Sunday,"
        " in a tit-for-tat after its envoy was summoned over remarks warning Tarn against it.\n"
    )
    assert _said(text) == [
        ("reported", "foreign ministry", "Norland called in the envoy and lodged a complaint")
    ]


def test_explaining_an_owners_stance_names_a_topic_the_next_verb_apart() -> None:
    text = (
        "Talks\n\n"
        "The Chinese official explained Beijing’s stance on relations with Tarn and said it is"
        " part of the envoy’s duties to meet people.\n"
    )
    assert _said(text) == [
        ("reported", "Chinese official", "it is part of the envoy’s duties to meet people")
    ]


def test_states_after_names_joined_by_and_is_a_noun() -> None:
    text = "Talks\n\nNorland's Gadarif and Blue Nile states border Tarn's Amhara region.\n"
    assert _said(text) == []


def test_states_after_an_of_phrase_joined_by_and_is_still_a_verb() -> None:
    text = "Talks\n\nThe Ministry of Trade and Industry states that exports rose.\n"
    assert _said(text) == [("reported", "Ministry of Trade and Industry", "exports rose")]


def test_what_a_place_ending_an_opening_phrase_is_is_no_part_of_the_subject() -> None:
    text = (
        "Talks\n\n"
        "With airstrikes extending into Beirut, the Lebanese capital, foreign governments have"
        " been scrambling to secure passage, urging people to leave.\n"
    )
    assert _said(text) == [("reported", "foreign governments", "people to leave")]


def test_it_after_a_sentence_an_agency_reported_is_the_agency() -> None:
    text = (
        "Talks\n\n"
        "The British government said on Thursday that it would charter flights.\n\n"
        "Also on Thursday, a plane arrived in Beirut, the Spanish news agency EFE reported."
        " More flights will arrive in the coming days, it said.\n"
    )
    assert _said(text) == [
        ("reported", "British government", "it would charter flights"),
        ("reported", "EFE", "More flights will arrive in the coming days"),
    ]


def test_a_quoted_listed_verb_is_the_reporters_not_a_direct_statement() -> None:
    text = (
        "Talks\n\n"
        "On Friday, Vice Minister Jon Reyes called in the envoy and “sternly warned” against"
        " his remarks.\n"
    )
    assert ("direct", "Jon Reyes", "sternly warned") not in _said(text)


def test_two_clauses_each_according_to_its_own_source() -> None:
    text = (
        "Talks\n\n"
        "Strikes have killed 224 people in Norland, according to Norland’s Health Ministry,"
        " and strikes by Norland have killed 24 people in Tarn, according to the Tarnese"
        " government.\n"
    )
    assert _said(text) == [
        ("reported", "Norland’s Health Ministry", "Strikes have killed 224 people in Norland"),
        ("reported", "Tarnese government", "strikes by Norland have killed 24 people in Tarn"),
    ]


def test_a_quotation_opening_the_first_of_two_that_clauses_is_inside_one_reported() -> None:
    text = (
        "Talks\n\n"
        "Chris Wright said that “relations are still packages” and that there were many areas"
        " of cooperation.\n"
    )
    assert _said(text) == [
        (
            "reported",
            "Chris Wright",
            "“relations are still packages” and that there were many areas of cooperation",
        )
    ]


def test_only_between_a_subject_and_its_verb_is_an_adverb() -> None:
    text = "Talks\n\nChris Wright only said that the talks would go on.\n"
    assert _said(text) == [("reported", "Chris Wright", "the talks would go on")]
