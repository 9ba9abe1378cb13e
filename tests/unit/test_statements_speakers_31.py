"""Speakers linked as GUIDELINES.md decides, by class of the dev set's speaker errors
(stspeak31; invented sentences).

A foreign ministry named by its seat ("Wisma Putra said") is the ministry the article names for
that country, in its fullest form; where the article names no foreign ministry, the seat stays
the speaker. A place closing an adverbial before a title ("At the talks in Paris, Foreign
Minister X") is not the country the title serves. A role of a named body after a subordinator
("hours after the leader of the Green Party said") is a person, not the body. A division, bureau
or directorate is an office named whole ("the Presidential Media Division said").
"""

from __future__ import annotations

from diplotui.statements import find_statements

TITLE = "A headline that is not read\n\n"


def speakers(body: str) -> list[tuple[str, str]]:
    return [(s.speaker, s.text) for s in find_statements(TITLE + body)]


def test_a_seat_speaks_as_the_foreign_ministry_the_article_names() -> None:
    body = (
        "The Foreign Ministry disclosed this in a statement on Sunday. The envoy was summoned "
        "to Wisma Putra on Friday.\n\n"
        "Wisma Putra said that the envoy met the ministry's deputy secretary-general."
    )
    assert speakers(body)[-1] == (
        "Foreign Ministry",
        "the envoy met the ministry's deputy secretary-general",
    )


def test_a_seat_is_the_ministry_of_its_own_country() -> None:
    body = (
        "Talks between the Secretary-General of the Ministry of Foreign Affairs of Singapore "
        "and the Secretary-General of the Ministry of Foreign Affairs of Malaysia are due on "
        "Monday.\n\n"
        "Wisma Putra said the talks would cover maritime issues."
    )
    assert speakers(body)[-1] == (
        "Ministry of Foreign Affairs of Malaysia",
        "the talks would cover maritime issues",
    )


def test_a_seat_stays_the_speaker_where_no_ministry_is_named() -> None:
    body = "Wisma Putra said the envoy had been called in over his remarks."
    assert speakers(body) == [("Wisma Putra", "the envoy had been called in over his remarks")]


def test_a_seat_is_not_another_country_s_ministry() -> None:
    body = (
        "Singapore's Foreign Ministry replied on Monday.\n\n"
        "Wisma Putra said the talks would cover maritime issues."
    )
    assert speakers(body)[-1] == ("Wisma Putra", "the talks would cover maritime issues")


def test_a_place_closing_an_adverbial_is_not_the_title_s_country() -> None:
    body = (
        "At the talks in Paris, Foreign Minister Aren Dovik met the press on Monday. The "
        "Lithuanian Foreign Minister said that trade must grow."
    )
    assert speakers(body) == [("Aren Dovik", "trade must grow")]


def test_a_role_of_a_body_after_a_subordinator_is_a_person() -> None:
    body = (
        "The comments came hours after the leader of the Green Party said the minister must "
        "resign.\n\nEarlier today, Mara Lune said that the handling of the crisis was poor."
    )
    assert speakers(body)[0] == ("Mara Lune", "the minister must resign")


def test_a_body_after_a_subordinator_still_speaks_itself() -> None:
    body = "The talks ended after the Green Party said the minister must resign."
    assert speakers(body) == [("Green Party", "the minister must resign")]


def test_a_division_is_an_office_named_whole() -> None:
    body = (
        "The Presidential Media Division said that the talks were useful. The division added "
        "that more talks would follow."
    )
    assert speakers(body) == [
        ("Presidential Media Division", "the talks were useful"),
        ("Presidential Media Division", "more talks would follow"),
    ]
