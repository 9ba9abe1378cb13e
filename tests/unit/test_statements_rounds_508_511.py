"""Errors of rounds 508-511 that recur across outlets (stfix100, session 48: classes of error,
not one article's; invented sentences and names)."""

from __future__ import annotations

from tests.unit.statements_said import said as _said


def test_a_former_post_names_the_person_speaking_not_a_person_named_since() -> None:
    text = (
        "Border\n\n"
        "Norland Security Minister Ado Vey met Foreign Minister Ana Ruiz on Monday.\n"
        '"The dispute persists," Vey said.\n'
        "Vey said at his meeting with Foreign Minister Ana Ruiz earlier, both countries had "
        "agreed to set up a commission.\n"
        "The former Norlandic military chief said the talks would resume in May.\n"
        "He said the dispute could be solved.\n"
    )
    assert _said(text)[2:] == [
        ("reported", "Ado Vey", "the talks would resume in May"),
        ("reported", "Ado Vey", "the dispute could be solved"),
    ]


def test_a_name_the_scraper_wrote_twice_names_the_speaker_once() -> None:
    text = (
        "Seas\n\n"
        "President of Norland Ada Vey said her people would not leave.\n\n"
        "Ada VeyAda Vey\n\n"
        "“We will stay,” she said.\n"
    )
    assert _said(text) == [
        ("reported", "Ada Vey", "her people would not leave"),
        ("direct", "Ada Vey", "We will stay,"),
    ]


def test_a_first_line_in_the_perfect_tense_is_the_lede_not_a_headline() -> None:
    text = (
        "The Norland Trade Minister Ada Vey has confirmed the port of Ostra would reopen "
        "to ships next week.\n\n"
        "In a statement she said the repairs were finished.\n"
    )
    assert _said(text) == [
        ("reported", "Ada Vey", "the port of Ostra would reopen to ships next week"),
        ("reported", "Ada Vey", "the repairs were finished"),
    ]


def test_a_peers_place_is_part_of_the_peers_name() -> None:
    text = (
        "Cyber\n\n"
        "The Trade Minister Lord Vey of Ostra said the attack had been traced.\n"
        "“We condemn it,” Vey said.\n"
    )
    assert _said(text) == [
        ("reported", "Vey of Ostra", "the attack had been traced"),
        ("direct", "Vey of Ostra", "We condemn it,"),
    ]


def test_a_bodys_name_and_a_title_in_capitals_before_a_name_are_not_the_name() -> None:
    text = (
        "Gas\n\n"
        "The first gas reached Ostra on Saturday.\n"
        "Norgaz CEO Ada Vey said the deliveries would fill the system.\n"
    )
    assert _said(text) == [("reported", "Ada Vey", "the deliveries would fill the system")]


def test_the_company_is_the_name_its_placed_description_was_given_before() -> None:
    text = (
        "Gas\n\n"
        "OSTRA (Reuters) – Polish energy company Norgaz shipped the first gas on Saturday, "
        "the company said.\n"
    )
    assert _said(text) == [
        ("reported", "Norgaz", "Polish energy company Norgaz shipped the first gas on Saturday")
    ]


def test_a_possessive_country_opens_a_title_set_off_before_a_name() -> None:
    text = (
        "Gas\n\n"
        "The deal was signed by Israel’s Energy Minister, Ada Vey, along with Egypt’s "
        "oil minister.\n"
        "At a news conference with Israel’s Prime Minister Bo Lind, the envoy spoke.\n"
        "Israel’s energy minister said that the deal was historic.\n"
    )
    assert _said(text) == [("reported", "Ada Vey", "the deal was historic")]


def test_an_official_ministry_statement_is_the_ministrys() -> None:
    text = (
        "Hack\n\n"
        "The attack was aimed at the Foreign Ministry's network.\n"
        "According to an official ministry statement, the investigation named the group.\n"
    )
    assert _said(text) == [
        ("reported", "Foreign Ministry", "the investigation named the group"),
    ]


def test_a_report_of_an_office_named_with_its_acronym_and_year_is_the_offices() -> None:
    text = (
        "Threats\n\n"
        "The Norland Security Office's (NSO) 2024 annual report also highlighted Tarn as "
        "a threat.\n"
        "The report noted that the embassy gathers intelligence.\n"
    )
    assert _said(text) == [
        ("reported", "Norland Security Office", "Tarn as a threat"),
        ("reported", "Norland Security Office", "the embassy gathers intelligence"),
    ]


def test_a_quotation_after_with_and_a_calling_participle_is_the_with_subjects() -> None:
    text = (
        "Sanctions\n\n"
        "But he faced criticism for not going far enough, with former minister Ada Vey "
        "calling the measures “feeble” and “derisory”.\n"
    )
    assert _said(text) == [
        ("direct", "Ada Vey", "feeble"),
        ("direct", "Ada Vey", "derisory"),
    ]


def test_words_quoted_in_a_passive_blame_are_its_agents() -> None:
    text = (
        "Cyber\n\n"
        "The talks were held in Ostra on Monday.\n"
        "Tarn “state-affiliated actors” have been blamed by the government for two "
        "“malicious” campaigns.\n"
    )
    assert _said(text) == [
        ("direct", "government", "state-affiliated actors"),
        ("direct", "government", "malicious"),
    ]


def test_a_group_after_an_opening_phrase_without_its_comma_is_the_subject() -> None:
    text = (
        "Forum\n\n"
        "The leaders met in Ostra on Wednesday.\n"
        "In that meeting the island leaders reiterated their commitment to the climate goals.\n"
    )
    assert _said(text) == [
        ("reported", "island leaders", "their commitment to the climate goals"),
    ]


def test_an_inverted_attribution_goes_on_past_the_comma_of_a_titles_fields() -> None:
    text = (
        "Border\n\n"
        "The agreement is the basis for a maritime deal, said Coordinating Political, Security "
        "and Legal Affairs Minister Ado Vey, following his meeting with Ana Ruiz.\n"
    )
    assert _said(text) == [
        ("reported", "Ado Vey", "The agreement is the basis for a maritime deal"),
    ]


def test_an_organisations_opening_word_left_out_by_the_recogniser_is_its_names() -> None:
    text = (
        "Border\n\n"
        "In a press release, Cambodia’s State Secretariat of Border Affairs described the "
        "talks as held in a “friendly atmosphere.”\n"
    )
    assert _said(text) == [
        ("direct", "Cambodia’s State Secretariat of Border Affairs", "friendly atmosphere."),
    ]


def test_a_participles_aside_after_the_subject_ends_at_its_comma_before_the_main_verb() -> None:
    text = (
        "Pipeline\n\n"
        "Norland's Energy Minister, Ado Vey, while reiterating Norland's support for the "
        "pipeline, on Sunday said that Tarn had to remove the concerns.\n"
    )
    assert _said(text) == [
        ("reported", "Ado Vey", "Norland's support for the pipeline"),
        ("reported", "Ado Vey", "Tarn had to remove the concerns"),
    ]


def test_quoted_words_going_on_from_the_speaker_before_in_the_next_sentence() -> None:
    text = (
        "Hack\n\n"
        "“We can attribute this attack to the group,” the minister Ada Vey said. This is "
        "“completely unacceptable” and “will not go without consequences.”\n"
        "Bo Lind stressed that Ostra would “never be intimidated.” The government will "
        "“continue to provide support” to Tarn.\n"
    )
    assert _said(text) == [
        ("direct", "Ada Vey", "We can attribute this attack to the group,"),
        ("direct", "Ada Vey", "completely unacceptable"),
        ("direct", "Ada Vey", "will not go without consequences."),
        ("reported", "Bo Lind", "Ostra would “never be intimidated.”"),
        ("direct", "Bo Lind", "continue to provide support"),
    ]


def test_a_name_with_an_arabic_particle_set_off_after_a_title_is_a_person() -> None:
    text = (
        "Gas\n\n"
        "The deal was signed by Egypt’s Minister of Petroleum, Omar el- Badawi, and others.\n"
        "The Egyptian petroleum minister described the deal as “an important milestone” for "
        "the region.\n"
    )
    assert _said(text) == [("direct", "Omar el- Badawi", "an important milestone")]
