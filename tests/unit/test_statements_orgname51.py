"""Organisation speakers named as the article names them most fully (orgname51, session 51):
a body the recogniser does not read as a name ("the Ministry of disaster preparedness", "the
office of Danish Prime Minister X") was left a bare "Ministry" or "office", and "the ministry
said" after it named that bare word again. Invented sentences and names, never the
articles' text."""

from __future__ import annotations

from diplotui.statements import find_statements


def test_a_ministry_named_by_its_portfolio_in_lower_case_is_named_whole() -> None:
    text = (
        "Refugees\n\n"
        "On Tuesday, the Ministry of disaster preparedness announced that Norland would host"
        " 200 refugees. The ministry said the first group would arrive this week.\n"
    )
    assert [s.speaker for s in find_statements(text)] == [
        "Ministry of disaster preparedness",
        "Ministry of disaster preparedness",
    ]


def test_according_to_a_ministry_named_in_lower_case() -> None:
    text = (
        "Investment\n\n"
        "According to the ministry of privatization, officials expressed a desire to invest."
        " According to the ministry, the minister was asked to visit the country.\n"
    )
    assert [s.speaker for s in find_statements(text)] == [
        "ministry of privatization",
        "ministry of privatization",
    ]


def test_an_office_of_a_titled_person_with_a_nationality_is_named_whole() -> None:
    text = (
        "Greenland\n\n"
        "In response, the office of Danish Prime Minister Mette Holm said it looked forward to"
        " working with the new administration. The office said the island was not for sale.\n"
    )
    assert [s.speaker for s in find_statements(text)] == [
        "office of Danish Prime Minister Mette Holm",
        "office of Danish Prime Minister Mette Holm",
    ]


def test_a_ministry_of_the_named_portfolio_is_left_to_the_recogniser() -> None:
    text = (
        "Talks\n\nThe Ministry of Foreign Affairs of Tarnia said the talks would resume in May.\n"
    )
    assert [s.speaker for s in find_statements(text)] == ["Ministry of Foreign Affairs of Tarnia"]


def test_an_acronym_spelt_out_with_a_hyphened_word_names_its_body() -> None:
    text = (
        "Border\n\n"
        "Earlier, the Inter-Agency Press Relations (IAPR) said that forces had repelled an"
        " attack. The IAPR said that the border posts were secured.\n"
    )
    assert [s.speaker for s in find_statements(text)] == [
        "Inter-Agency Press Relations",
        "Inter-Agency Press Relations",
    ]


def test_an_acronym_leaving_out_its_parent_s_acronym_names_its_body() -> None:
    text = (
        "Protests\n\n"
        "The Office of the UN High Commissioner for Tarn Affairs (OHCTA) is monitoring the"
        " situation. OHCTA also urged demonstrators to protest peacefully.\n"
    )
    assert [s.speaker for s in find_statements(text)] == [
        "Office of the UN High Commissioner for Tarn Affairs"
    ]


def test_a_ministry_named_by_its_nationality_is_named_as_fully_as_elsewhere() -> None:
    text = (
        "Talks\n\n"
        "The Ministry of Foreign Affairs of Norway stated on Monday that the talks would resume."
        " The Norwegian Foreign Ministry said that the delegation would arrive in May.\n"
    )
    assert [s.speaker for s in find_statements(text)] == [
        "Ministry of Foreign Affairs of Norway",
        "Ministry of Foreign Affairs of Norway",
    ]


def test_a_ministry_named_short_first_takes_the_fuller_form_named_after() -> None:
    text = (
        "Talks\n\n"
        "The Foreign Ministry said on Monday that the talks would resume. The delegation will"
        " arrive in May, the Ministry of Foreign Affairs of Norway said in a statement.\n"
    )
    assert [s.speaker for s in find_statements(text)] == [
        "Ministry of Foreign Affairs of Norway",
        "Ministry of Foreign Affairs of Norway",
    ]


def test_a_ministry_of_two_countries_leaves_the_bare_form_alone() -> None:
    text = (
        "Talks\n\n"
        "The Ministry of Foreign Affairs of Norway said the talks would resume. The Ministry of"
        " Foreign Affairs of Sweden said it agreed. The Foreign Ministry said the delegation"
        " would arrive in May.\n"
    )
    assert [s.speaker for s in find_statements(text)][-1] == "Foreign Ministry"


def test_a_bare_ministry_after_another_country_s_minister_is_not_the_first_country_s() -> None:
    """attack51b: the fuller form named Russia's ministry, and "The Foreign Ministry" after
    Ukraine's Foreign Minister spoke was renamed Russia's."""
    text = (
        "Talks\n\n"
        "The Ministry of Foreign Affairs of the Russian Federation stated on Monday that the"
        " talks had produced no result.\n\n"
        "In Kyiv, Ukrainian Foreign Minister Andrii Sybiha said the proposals were"
        " unacceptable.\n\n"
        "The Foreign Ministry said in a statement that Ukraine would not cede territory.\n"
    )
    assert [s.speaker for s in find_statements(text)] == [
        "Ministry of Foreign Affairs of the Russian Federation",
        "Andrii Sybiha",
        "Foreign Ministry",
    ]


def test_a_ministry_named_with_its_country_keeps_it() -> None:
    text = (
        "Talks\n\n"
        "The Ministry of Foreign Affairs said the talks would resume. The Omani Foreign Ministry"
        " said the delegation would arrive in May.\n"
    )
    assert [s.speaker for s in find_statements(text)] == [
        "Ministry of Foreign Affairs",
        "Omani Foreign Ministry",
    ]


def test_a_mission_is_named_with_whom_it_is_accredited_to() -> None:
    text = (
        "Draft\n\n"
        "Meanwhile, the U.S. mission to the UN urged the Council to proceed with the plan. The"
        " mission said the vote should be held on Monday.\n"
    )
    assert [s.speaker for s in find_statements(text)] == [
        "U.S. mission to the UN",
        "U.S. mission to the UN",
    ]


def test_an_embassy_to_a_country_is_named_with_it() -> None:
    text = "Laws\n\nThe Norwegian embassy to Denmark said in a statement that the law was unfair.\n"
    assert [s.speaker for s in find_statements(text)] == ["Norwegian embassy to Denmark"]
