"""Errors of rounds 480-483 that recur across outlets (stfix93, session 47: classes of error,
not one article's; invented sentences and names)."""

from __future__ import annotations

from diplotui.statements import find_statements
from tests.unit.statements_said import said as _said


def test_a_portfolio_ending_in_resources_stops_before_the_ministers_name() -> None:
    text = (
        "Haze\n\n"
        "There is a need for stronger resolve, said Minister for the Environment and Water "
        "Resources Tabrani Yusof on Saturday.\n"
        "Mr Tabrani added that help has been offered.\n"
    )
    assert _said(text) == [
        ("reported", "Tabrani Yusof", "There is a need for stronger resolve"),
        ("reported", "Tabrani Yusof", "help has been offered"),
    ]


def test_a_body_owned_by_a_places_first_word_is_named_as_the_text_writes_it_out() -> None:
    text = (
        "Drones\n\n"
        "A drone entered the zone last week, the South’s navy said on Thursday.\n"
        "The drones crossed the border, prompting South Korea’s navy to scramble ships.\n"
        "The navy said the drone did not reach the port.\n"
    )
    assert _said(text) == [
        ("reported", "South Korea’s navy", "A drone entered the zone last week"),
        ("reported", "South Korea’s navy", "the drone did not reach the port"),
    ]


def test_a_brigadiers_abbreviated_rank_ends_no_sentence() -> None:
    text = (
        "Balloon\n\n"
        "“We are tracking the balloon,” Army spokesman Brig. Gen. Tom Riley told CBS News.\n"
    )
    assert _said(text) == [("direct", "Tom Riley", "We are tracking the balloon,")]


def test_a_place_bracketed_after_a_dated_datelines_dash_is_no_subject() -> None:
    text = (
        "Balloon\n\n"
        "4th March 2023 – (Macau) A spokesman for the Chinese Foreign Ministry said on Friday "
        "that the airship had strayed.\n"
    )
    assert _said(text) == [("reported", "spokesman", "the airship had strayed")]


def test_a_family_speaks_as_one_and_its_ly_is_no_adverb() -> None:
    text = (
        "Crash\n\n"
        "The crash happened on Monday near the base.\n"
        "The family of 19-year-old Tom Hale has said the office wrote to them.\n"
        "The family said the suspect had left the country.\n"
        "The assembly urged the government to act.\n"
    )
    assert _said(text) == [
        ("reported", "family", "the office wrote to them"),
        ("reported", "family", "the suspect had left the country"),
        ("reported", "assembly", "the government to act"),
    ]


def test_a_letters_writer_set_off_after_it_speaks_its_quotation() -> None:
    text = (
        "Crash\n\n"
        "The crash happened on Monday near the base.\n"
        "The letter, sent by Tom Hale to the family, said: “We have pressed for a waiver.”\n"
    )
    assert _said(text) == [("direct", "Tom Hale", "We have pressed for a waiver.")]


def test_a_name_split_by_the_outlet_is_the_same_person_as_written_most() -> None:
    text = (
        "Talks\n\n"
        "Foreign Minister S Ramkumar said the talks went well.\n"
        "S Ramkumar added that ties are strong.\n"
        "S Ram Kumar then acknowledged the help of partners.\n"
    )
    assert _said(text) == [
        ("reported", "S Ramkumar", "the talks went well"),
        ("reported", "S Ramkumar", "ties are strong"),
        ("reported", "S Ramkumar", "the help of partners"),
    ]


def test_a_bodys_spokesperson_is_not_the_next_person_named_untitled() -> None:
    text = (
        "Talks\n\n"
        "Defence Secretary Ana Ruiz said the talks would go on.\n"
        "The Foreign Affairs Ministry spokesperson said the talks were useful.\n"
        "Tom Hale has termed the pact a milestone.\n"
    )
    assert _said(text) == [
        ("reported", "Ana Ruiz", "the talks would go on"),
        ("reported", "Foreign Affairs Ministry spokesperson", "the talks were useful"),
    ]


def test_as_said_by_a_source_opening_a_sentence_attributes_its_clause() -> None:
    text = (
        "Talks\n\n"
        "The talks went on all day.\n"
        "As said by the ministry, both delegations noted the strides in the relationship.\n"
        "As stated by Tom Hale, the two sides will meet again in May.\n"
    )
    assert _said(text) == [
        ("reported", "ministry", "both delegations noted the strides in the relationship"),
        ("reported", "Tom Hale", "the two sides will meet again in May"),
    ]


def test_a_time_between_an_absolute_participle_and_its_subject_is_no_subject() -> None:
    text = (
        "Haze\n\n"
        "The talks went on all day.\n"
        "Norland had also offered help, with environment minister Ana Ruiz earlier this week "
        "reiterating her country’s concern over the haze.\n"
    )
    assert _said(text) == [("reported", "Ana Ruiz", "her country’s concern over the haze")]


def test_the_joint_chiefs_of_staff_is_one_body() -> None:
    text = (
        "Drones\n\n"
        "The drones crossed the border on Monday.\n"
        "The Joint Chiefs of Staff confirmed a drone had entered the zone.\n"
    )
    [statement] = find_statements(text)
    assert (statement.text, statement.speaker, statement.speaker_type) == (
        "a drone had entered the zone",
        "Joint Chiefs of Staff",
        "ORG",
    )


def test_a_countrys_possessive_before_a_named_body_opens_the_subject() -> None:
    text = (
        "Drones\n\n"
        "The drones crossed the border on Monday.\n"
        "South Korea’s Joint Chiefs of Staff (JCS) had denied the report, but on Thursday "
        "reversed its stance and confirmed it had violated the zone.\n"
    )
    assert _said(text) == [
        ("reported", "South Korea’s Joint Chiefs of Staff", "it had violated the zone"),
    ]


def test_a_body_placed_in_a_two_word_country_keeps_the_whole_place() -> None:
    text = (
        "Drones\n\n"
        "The drones crossed the border, prompting South Korea’s navy to scramble ships.\n"
        "The Joint Chiefs of Staff confirmed a drone had entered the zone.\n"
        "The navy said the drone did not reach the port.\n"
    )
    assert _said(text) == [
        ("reported", "Joint Chiefs of Staff", "a drone had entered the zone"),
        ("reported", "South Korea’s navy", "the drone did not reach the port"),
    ]
