"""Errors of rounds 372-375 that recur across outlets (stfix66, session 40: classes of error,
not one article's; invented sentences and names)."""

from __future__ import annotations

from tests.unit.statements_said import said as _said


def test_a_name_after_an_impersonal_that_speaks_with_an_adverb_before_that() -> None:
    text = (
        "Norland opens embassies\n\n"
        "Tensions eased in the region on Monday.\n\n"
        "It is noteworthy that Foreign Minister Ana Berg said earlier that her country plans"
        " to open three embassies.\n"
    )
    assert _said(text) == [
        ("reported", "Ana Berg", "her country plans to open three embassies"),
    ]


def test_a_broadcaster_quoting_its_source_speaks_and_the_station_is_it() -> None:
    text = (
        "Norland stops a boat\n\n"
        "Tensions rose in the strait on Monday.\n\n"
        "State radio quoting Norland’s Coast Guard said the boat was stopped north of Kell"
        " Island on Sunday. “A foreign boat carrying fuel has been stopped,” the station said.\n"
    )
    assert [(kind, speaker) for kind, speaker, _ in _said(text)] == [
        ("reported", "State radio"),
        ("direct", "State radio"),
    ]


def test_an_agency_citing_officials_speaks_itself() -> None:
    text = (
        "Norland stops a boat\n\n"
        "Tensions rose in the strait on Monday.\n\n"
        "The Tarn News Agency citing officials said the crew were safe.\n"
    )
    assert [speaker for _, speaker, _ in _said(text)] == ["Tarn News Agency"]


def test_a_quoted_feeling_expressed_is_an_attitude() -> None:
    text = (
        "Aid pours in\n\n"
        "The quake struck on Saturday.\n\n"
        'Norland expressed "deep sorrow" and pledged $100,000 in assistance to help victims.\n\n'
        "Tarnia expressed “strong displeasure” over the remarks.\n"
    )
    assert _said(text) == [
        ("reported", "Norland", "$100,000 in assistance to help victims"),
    ]


def test_a_minister_holding_a_party_office_too_is_the_minister() -> None:
    text = (
        "Rich states must act: minister\n\n"
        "Trade Minister and Unity Party Presidium Member Dr Paul Anders Brinkman has urged the"
        " rich countries to be more responsible in ensuring global food security.\n\n"
        "The minister, during the forum in Oslo on Friday, also proposed to keep food out of"
        " the conflict.\n\n"
        "Highlighting the plans of the government, the minister said, “The government, under"
        " the leadership of Prime Minister Mara Olsen, is working hard.”\n"
    )
    assert {speaker for _, speaker, _ in _said(text)} == {"Paul Anders Brinkman"}


def test_according_without_to_before_a_source_is_according_to() -> None:
    text = (
        "Nations respond\n\n"
        "Norland's President Ivo Marsh appealed for help.\n\n"
        '"We need support," Marsh said.\n\n'
        "A rescue team of 50 officials was due to land late Sunday in Kell to help rescue"
        " operations, according Foreign Ministry official Ana Berg. A medical team will follow"
        " on Monday, she said.\n"
    )
    assert _said(text)[1:] == [
        (
            "reported",
            "Ana Berg",
            "A rescue team of 50 officials was due to land late Sunday in Kell to help rescue"
            " operations",
        ),
        ("reported", "Ana Berg", "A medical team will follow on Monday"),
    ]


def test_one_unnamed_official_named_by_differing_words_is_the_bare_noun() -> None:
    text = (
        "Norland defends its ban\n\n"
        "Norland has said that the export ban on rice is a regulation, according to an"
        " official.\n\n"
        "The Geneva-based official said that in the meeting, Norland reiterated its commitment"
        " to food security.\n\n"
        "“Norland will provide rice to vulnerable countries,” the government official said.\n"
    )
    assert [speaker for _, speaker, _ in _said(text)] == ["official"] * 3


def test_one_unnamed_spokesman_named_more_fully_first_keeps_the_fuller_name() -> None:
    text = (
        "Talks in Berne\n\n"
        "“We have made our position clear,” a Norland Government spokesman said.\n\n"
        "The Norland spokesman said that better relations were possible.\n"
    )
    assert [speaker for _, speaker, _ in _said(text)] == ["Norland Government spokesman"] * 2


def test_those_an_event_led_or_prompted_to_speak_are_the_speakers() -> None:
    text = (
        "Minister seeks to protect reputation\n\n"
        "The agency revoked the licence of a university last week.\n\n"
        "The decision led academics to warn the government that it was in danger of damaging"
        " the export market.\n\n"
        "The ruling prompted Foreign Minister Ana Berg to say that the country would appeal.\n"
    )
    assert [(speaker, said) for _, speaker, said in _said(text)] == [
        ("academics", "it was in danger of damaging the export market"),
        ("Ana Berg", "the country would appeal"),
    ]
