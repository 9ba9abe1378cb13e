"""Errors of rounds 632-633 that recur across outlets (stfix132, session 58: classes of error,
not one article's; invented sentences and names)."""

from __future__ import annotations

from tests.unit.statements_said import said as _said


def test_a_surname_spelt_two_ways_is_counted_as_whole_words() -> None:
    text = (
        "Norland news\n\nPresident Arkady Petrenkoo called for a new treaty on Monday.\n"
        "“The time has come,” Petrenkoo said.\n"
        "Petrenko reiterated the need for a joint fleet.\n"
        "“We will not wait,” Petrenkoo said.\n"
        "During a meeting with President Arkady Petrenko, the envoy stressed the goal of peace.\n"
        "Petrenko thanked the envoy.\n"
    )
    speakers = {speaker for _kind, speaker, _span in _said(text) if "Petrenk" in speaker}
    assert speakers == {"Arkady Petrenkoo"}  # written as often as "Petrenko": the first spelling


def test_a_relative_clause_sayer_with_modifiers_says_its_rest() -> None:
    text = (
        "Norland news\n\nThe ruling party claimed victory in an election which pro-Western "
        "opposition groups say was rigged.\n"
    )
    assert _said(text) == [("reported", "pro-Western opposition groups", "was rigged")]


def test_a_verb_joined_after_a_quotation_is_the_subjects_next_statement() -> None:
    text = (
        "Norland news\n\nPresident Karl Obermann met the press on Monday.\n"
        "Obermann alleged that “deceit is entrenched,” naming it “extremely alarming,” and noted "
        "the refusal to recognise the elections.\n"
    )
    assert _said(text) == [
        ("direct", "Karl Obermann", "deceit is entrenched,"),
        ("direct", "Karl Obermann", "extremely alarming,"),
        ("reported", "Karl Obermann", "the refusal to recognise the elections"),
    ]


def test_a_quotation_line_with_its_comma_outside_the_mark_is_attributed_below() -> None:
    text = (
        "Norland news\n\nPresident Karl Obermann met the press on Monday.\n"
        "“When some of the officials in the region openly say that our country matters to them "
        "only if the old party returns to power, this is insulting to our society”,\n"
        "Obermann stated.\n"
    )
    assert _said(text) == [
        (
            "direct",
            "Karl Obermann",
            "When some of the officials in the region openly say that our country matters to "
            "them only if the old party returns to power, this is insulting to our society",
        ),
    ]


def test_a_participle_after_an_ly_adverb_is_a_statement() -> None:
    text = (
        "Norland news\n\nThe ministry rejected the request on Monday.\n"
        "“We will not bow to pressure,” the ministry added, subsequently announcing that it "
        "will submit a proposal to the regional council.\n"
    )
    assert ("reported", "ministry", "it will submit a proposal to the regional council") in (
        _said(text)
    )


def test_a_time_adjunct_between_subject_and_verb_keeps_the_subject() -> None:
    text = (
        "Norland news\n\nPresident Jan Vester arrived in Tarn on Friday.\n"
        "He met opposition leader Karl Obermann. Obermann, while affirming close ties after "
        "his meeting with Vester, later deemed the speech “tantamount to interference.”\n"
    )
    assert _said(text) == [
        ("reported", "Karl Obermann", "close ties after his meeting with Vester"),
        ("direct", "Karl Obermann", "tantamount to interference."),
    ]


def test_a_station_named_after_its_word_radio_is_a_source() -> None:
    text = (
        "Norland news\n\nThe police began detaining the demonstrators at 6 p.m.\n"
        "According to Radio Mosaique, five of those detained required hospitalization.\n"
    )
    assert _said(text) == [
        ("reported", "Radio Mosaique", "five of those detained required hospitalization"),
    ]


def test_an_outlet_named_in_marks_before_that_is_whom_the_words_were_told() -> None:
    text = (
        "Norland news\n\nKarl Obermann was arrested on Monday.\n"
        "He said in an interview with “TV Pirveli” that he had been beaten.\n"
        "He told “Rustavi 2” that he would appeal.\n"
    )
    assert _said(text) == [
        ("reported", "Karl Obermann", "he had been beaten"),
        ("reported", "Karl Obermann", "he would appeal"),
    ]


def test_a_group_named_by_plural_initials_speaks() -> None:
    text = (
        "Norland news\n\nThe European Parliament passed a resolution on Thursday, with MEPs "
        "citing “significant irregularities” in the vote.\n"
        "NGOs said the count had been rigged.\n"
    )
    assert _said(text) == [
        ("direct", "MEPs", "significant irregularities"),
        ("reported", "NGOs", "the count had been rigged"),
    ]


def test_as_stated_in_the_statement_of_a_person_attributes_the_clause_to_them() -> None:
    text = (
        "Norland news\n\nNorland imposed sanctions on the former premier on Friday.\n"
        "As stated in the statement of Foreign Minister Karl Obermann, the reason for the "
        "sanctions was the crackdown on protesters.\n"
    )
    assert _said(text) == [
        (
            "reported",
            "Karl Obermann",
            "the reason for the sanctions was the crackdown on protesters",
        ),
    ]


def test_a_source_relaying_another_in_an_aside_leaves_the_aside_out() -> None:
    text = (
        "Norland news\n\nVice President Jan Vester arrived in Tarn on Friday.\n"
        "According to Reuters, citing Vester’s office, he met with leaders of all parties.\n"
    )
    assert _said(text) == [("reported", "Reuters", "he met with leaders of all parties")]


def test_a_source_inside_the_subjects_relative_clause_says_only_that_clause() -> None:
    text = (
        "Norland news\n\nThe police detained dozens of protesters on Sunday.\n"
        "Karl Obermann, who fainted and, according to relatives, had to be taken to the "
        "clinic, got into a scuffle with the police.\n"
    )
    assert _said(text) == [("reported", "relatives", "had to be taken to the clinic")]


def test_a_quotation_ending_a_that_clause_inside_a_reported_clause_stays_inside() -> None:
    text = (
        "Norland news\n\nConference chairman Karl Obermann spoke on Sunday.\n"
        "Obermann noted that this year's forum clarified a lot and showed that “Tarn lives on "
        "another planet.”\n"
    )
    assert _said(text) == [
        (
            "reported",
            "Karl Obermann",
            "this year's forum clarified a lot and showed that “Tarn lives on another planet.”",
        ),
    ]


def test_a_hyphened_noun_in_ing_does_not_hide_a_second_participle() -> None:
    text = (
        "Norland news\n\nThe vote was held on Sunday.\n"
        "Other politicians condemned the comments, with Chancellor Karl Obermann stating that "
        "the far-right should be excluded from decision-making and criticizing the advice.\n"
    )
    assert _said(text) == [
        ("reported", "Karl Obermann", "the far-right should be excluded from decision-making"),
    ]
