"""Errors of rounds 312-315 that recur across outlets (stfix50, session 36: classes of error,
not one article's; invented sentences and names)."""

from __future__ import annotations

from tests.unit.statements_said import said as _said


def test_an_inverted_title_then_an_honorific_and_the_name_is_the_speaker() -> None:
    text = (
        "Norland news\n\n"
        "Border disputes between two countries should be settled at talks, said Minister for"
        " Foreign Affairs, Dr Ivo Delan.\n"
    )
    assert _said(text) == [
        (
            "reported",
            "Ivo Delan",
            "Border disputes between two countries should be settled at talks",
        )
    ]


def test_an_inverted_speaker_with_a_relative_clause_after_still_speaks() -> None:
    text = (
        "Norland news\n\n"
        "Ivo Delan, the Norland envoy, spoke on Monday. All five nations will need to agree on"
        " the setup, said Delan, who is also the incoming chair, adding he is “optimistic.”\n"
    )
    assert _said(text) == [
        ("reported", "Ivo Delan", "All five nations will need to agree on the setup"),
        ("reported", "Ivo Delan", "he is “optimistic.”"),
    ]


def test_an_unnamed_inverted_speaker_with_a_relative_clause_after_still_speaks() -> None:
    text = (
        "Norland news\n\n"
        "Poor nations will leave the talks unless the fund is set up, said one person close to"
        " the island group, which covers 40 countries.\n"
    )
    assert _said(text) == [
        ("reported", "person", "Poor nations will leave the talks unless the fund is set up")
    ]


def test_a_second_speaker_coordinated_after_an_inverted_one_leaves_the_first() -> None:
    text = (
        "Norland news\n\n"
        "That was far more than most had hoped to agree on, said the European diplomat, and"
        " another official from the same region.\n"
    )
    assert _said(text) == [
        ("reported", "European diplomat", "That was far more than most had hoped to agree on")
    ]


def test_a_dashed_list_inside_the_content_does_not_cut_an_inverted_attribution() -> None:
    text = (
        "Norland news\n\n"
        "Ivo Delan, the Norland envoy, spoke on Monday. All five nations — Norland, Tarnia and"
        " Osk — will need to agree on the setup, said Delan.\n"
    )
    assert _said(text) == [
        (
            "reported",
            "Ivo Delan",
            "All five nations — Norland, Tarnia and Osk — will need to agree on the setup",
        )
    ]


def test_it_is_the_body_the_sentence_before_describes_as_its_subject() -> None:
    text = (
        "Norland news\n\n"
        "The Northern Council is the main body for cooperation on polar issues. In June, it"
        " said it would resume work on shared projects.\n"
    )
    assert _said(text) == [
        ("reported", "Northern Council", "it would resume work on shared projects")
    ]


def test_it_is_the_country_opening_the_sentence_before_past_a_relative_clause() -> None:
    text = (
        "Norland news\n\n"
        "The Northern Council said it would resume work. The race for the region is on."
        " Peru, which sees the region as a trade route, is one of ten observers. Last year it"
        " said it would not back the plan, saying there is no legal basis.\n"
    )
    assert _said(text) == [
        ("reported", "Northern Council", "it would resume work"),
        ("reported", "Peru", "it would not back the plan"),
        ("reported", "Peru", "there is no legal basis"),
    ]


def test_a_role_mention_after_a_group_of_its_noun_is_one_of_them_not_one_named_later() -> None:
    text = (
        "Norland news\n\n"
        "The rich nations agreed to give more, according to two diplomats from Europe. That was"
        " far more than most had hoped for, said the European diplomat.\n\n"
        "Norland Foreign Minister Ivo Delan spent much of Friday urging others to give more.\n"
    )
    assert _said(text)[:2] == [
        ("reported", "two diplomats", "The rich nations agreed to give more"),
        ("reported", "European diplomat", "That was far more than most had hoped for"),
    ]


def test_an_inverted_told_keeps_its_addressee_before_a_relative_clause() -> None:
    text = (
        "Norland news\n\n"
        "Ivo Delan, the information minister, told reporters travelling with Ana Marsh, who"
        " began a visit on Saturday, that Norland wanted to avert a crisis.\n"
    )
    assert _said(text) == [("reported", "Ivo Delan", "Norland wanted to avert a crisis")]


def test_unnamed_delegates_and_negotiators_speak_by_their_head_noun() -> None:
    text = (
        "Norland news\n\n"
        "On Saturday morning, top negotiators from Norland and Osk said they were unaware of any"
        " deal. But a delegate from the islands said it looked as though talks would end soon.\n"
    )
    assert _said(text) == [
        ("reported", "top negotiators", "they were unaware of any deal"),
        ("reported", "delegate", "it looked as though talks would end soon"),
    ]


def test_an_absolute_participle_after_an_age_or_a_pronoun_is_the_person_s() -> None:
    for subject in ("the 69-year-old", "him"):
        text = (
            "Norland news\n\n"
            "Norland’s president Ivo Delan met with Tarnian President Ana Marsh in Tarn on"
            f" Monday.\nThe visit was his first trip, with {subject} saying his choice to visit"
            " Tarn was symbolic.\n"
        )
        assert _said(text) == [("reported", "Ivo Delan", "his choice to visit Tarn was symbolic")]


def test_an_unnamed_speaker_keeps_its_noun_before_a_postposed_adjective() -> None:
    text = (
        "Norland news\n\n"
        "Another person familiar said some nations had extended their stay until Monday,"
        " indicating the talks might go on.\n"
    )
    assert _said(text) == [
        ("reported", "person", "some nations had extended their stay until Monday")
    ]


def test_an_indefinite_official_closing_a_long_lede_is_the_one_named_speaking_next() -> None:
    text = (
        "Norland news\n\n"
        "Norland is in talks with Tarnia to ensure a handover of the chair of the Polar Council"
        " after the body was suspended in the aftermath of the border war last year, according"
        " to a senior official.\n\n"
        "Meetings of the Polar Council, a group of eight countries that includes Osk and the"
        " current chair Tarnia, have been on hold since the war began last year. The handover"
        " will take place in a virtual meeting, Ivo Delan, Norland’s Senior Polar Official, told"
        " reporters.\n"
    )
    assert [speaker for _, speaker, _ in _said(text)] == ["Ivo Delan", "Ivo Delan"]


def test_a_capitals_place_and_short_date_before_a_colon_is_a_dateline() -> None:
    text = (
        "Norland news\n\n"
        "TARNBY, Jan 20: Border disputes should be settled at talks, said Foreign Minister Ivo"
        " Delan.\n"
    )
    assert _said(text) == [("reported", "Ivo Delan", "Border disputes should be settled at talks")]


def test_an_agency_dateline_is_left_out_of_what_a_closing_according_to_attributes() -> None:
    text = (
        "Norland news\n\n"
        "(Agency) -- Norland is in talks with Tarnia on the handover, according to Ivo Delan.\n"
    )
    assert _said(text) == [
        ("reported", "Ivo Delan", "Norland is in talks with Tarnia on the handover")
    ]


def test_allies_speak_as_a_group() -> None:
    text = (
        "Norland news\n\n"
        "Norland’s president Ivo Delan met Tarnian President Ana Marsh in Tarn on Monday, with"
        " the allies reaffirming historic ties after public rows over Osk.\n"
    )
    assert _said(text) == [("reported", "allies", "historic ties after public rows over Osk")]


def test_a_group_s_absolute_participle_after_a_dash_ends_the_clause_before_the_dash() -> None:
    text = (
        "Norland news\n\n"
        "The meeting highlighted shared goals in farming and trade — with both leaders"
        " expressing a clear commitment to working together.\n"
    )
    assert _said(text) == [
        ("reported", "meeting", "shared goals in farming and trade"),
        ("reported", "leaders", "a clear commitment to working together"),
    ]


def test_an_honorific_s_full_stop_does_not_end_an_inverted_attribution() -> None:
    text = (
        "Norland news\n\n"
        "The talks will mainly cover trade, said Norland Foreign Minister Mr. Ivo Delan.\n"
    )
    assert _said(text) == [("reported", "Ivo Delan", "The talks will mainly cover trade")]
