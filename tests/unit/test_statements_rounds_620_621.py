"""Classes of error found on rounds 620-621 (issue 17, stfix127): each recurs in other outlets'
text, shown here on invented sentences and names."""

from __future__ import annotations

from diplotui.statements import find_statements


def _said(text: str) -> list[tuple[str, str]]:
    return [(s.speaker, s.text) for s in find_statements(text)]


def test_a_first_line_in_the_past_tense_is_the_lede_of_a_text_without_headline() -> None:
    text = (
        "Karl Berger warned the cabinet that the farmers in the north were losing patience with"
        " it.\nThe former minister spoke on his radio show on Monday evening.\n"
    )
    assert _said(text) == [("Karl Berger", "the farmers in the north were losing patience with it")]


def test_a_first_line_in_the_present_tense_stays_a_headline() -> None:
    text = (
        "Karl Berger warns the cabinet that the farmers in the north are losing patience with"
        " it.\nThe former minister spoke on his radio show on Monday evening.\n"
    )
    assert _said(text) == []


def test_a_name_modifying_a_role_after_its_article_is_not_the_speaker() -> None:
    text = (
        "Norland news\n\nAnna Lindqvist criticised Prime Minister Karl Berger on Monday.\n"
        "On her podcast, the former Berger White House aide said that the ministers were asleep.\n"
    )
    assert _said(text) == [("Anna Lindqvist", "the ministers were asleep")]


def test_the_prime_minister_is_the_one_whose_government_the_text_names() -> None:
    text = (
        "Norland news\n\nIn Karl Berger's reshuffled government, Anna Lindqvist will head the"
        " Ministry of Finance and Olav Dahl the Ministry of Energy.\n"
        "Presenting the changes, the Prime Minister emphasized that order comes first.\n"
    )
    assert _said(text) == [("Karl Berger", "order comes first")]


def test_he_after_a_sentence_opened_by_a_surname_the_recogniser_does_not_know() -> None:
    text = (
        "Norland news\n\nThe first poll showed Lindqvist ahead of Karl Berger, and a second"
        " poll put Berger ahead of Lindqvist.\n"
        "Lindqvist took the stage shortly afterward. “We have won!” he said to the crowd.\n"
    )
    assert _said(text) == [("Lindqvist", "We have won!")]


def test_a_listed_verb_second_in_a_list_of_predicates_joined_by_commas() -> None:
    text = (
        "Norland news\n\nForeign Minister Karl Berger on Tuesday congratulated Anna Lind on her"
        " election, affirmed the two countries’ commitment to the alliance and voiced his desire"
        " to deepen cooperation.\n"
    )
    assert _said(text) == [("Karl Berger", "the two countries’ commitment to the alliance")]


def test_a_listed_verb_after_an_aside_set_off_by_commas_is_no_list_of_predicates() -> None:
    text = (
        "Norland news\n\nThe accord, signed in May, affirmed the border and settled the dispute.\n"
    )
    assert _said(text) == []


def test_an_adjective_before_a_title_apposed_to_the_speaker_after_a_quotation() -> None:
    text = (
        "Norland news\n\n“Congratulations to President Lind on her fantastic victory,” Norland’s"
        " nationalist prime minister, Karl Berger, posted on social media, adding that he was"
        " “looking forward to working” with her.\n"
    )
    assert _said(text) == [
        ("Karl Berger", "Congratulations to President Lind on her fantastic victory,"),
        ("Karl Berger", "he was “looking forward to working” with her"),
    ]


def test_remarks_after_a_possessive_opening_a_paragraph_is_a_noun() -> None:
    text = (
        "Norland news\n\nPrime Minister Anna Lind said she would resign at the end of the"
        " month.\nHis remarks came minutes after the president-elect, Karl Berger, spoke for"
        " the first time, thanking the public for their support “in this very tough fight.”\n"
    )
    assert _said(text) == [
        ("Anna Lind", "she would resign at the end of the month"),
        ("Karl Berger", "in this very tough fight."),
    ]


def test_a_participle_closing_a_subordinate_clause_goes_with_its_subject() -> None:
    text = (
        "Norland news\n\nPrime Minister Anna Lind said she would resign at the end of the"
        " month.\nThe vote came minutes after nationalist Karl Berger spoke for the first"
        " time since his victory, thanking the public for their support “in this very tough"
        " fight.”\n"
    )
    assert _said(text) == [
        ("Anna Lind", "she would resign at the end of the month"),
        ("Karl Berger", "in this very tough fight."),
    ]


def test_a_document_that_read_a_quotation_is_its_issuers() -> None:
    text = (
        "Norland news\n\n“We won,” Karl Berger said, holding up the front page of the Norland"
        " Times that read, “Norland trusts in an end to turmoil.”\n"
    )
    assert _said(text) == [
        ("Karl Berger", "We won,"),
        ("Norland Times", "Norland trusts in an end to turmoil."),
    ]


def test_told_supporters_then_a_clause_without_that_starts_at_the_clause() -> None:
    text = "Norland news\n\nKarl Berger told supporters he was optimistic about the outcome.\n"
    assert _said(text) == [("Karl Berger", "he was optimistic about the outcome")]
