"""Statements and speakers the held-out rounds 124-131 missed or misread
(tests/statements_dev/SOURCES: classes of error, invented sentences and names)."""

from __future__ import annotations

from diplotui.statements import find_statements

TITLE = "A headline that is not read\n"


def found(body: str) -> list[tuple[str, str, str]]:
    return [(s.speaker, s.kind, s.text) for s in find_statements(TITLE + body)]


def test_a_role_noun_and_comma_before_an_apposed_name_is_what_the_role_stands_for() -> None:
    body = (
        "Foreign Minister Karl Obst has said that the talks will resume next week, Obst’s"
        " spokesperson, Anna Berg, told reporters in Oslo.\n"
        "The spokesperson said that the minister would meet Paul Dorn this week.\n"
        "“We find the delay very worrying,” the spokesperson said.\n"
    )
    assert found(body)[1:] == [
        ("Anna Berg", "reported", "the minister would meet Paul Dorn this week"),
        ("Anna Berg", "direct", "We find the delay very worrying,"),
    ]


def test_a_title_chain_before_a_name_and_its_letters_is_what_the_title_stands_for() -> None:
    body = (
        "Deputy Premier and Minister for Trade, Maeve Dolan TD, will attend a meeting of EU"
        " Trade Ministers on Monday.\n"
        "Ukrainian Trade Minister, Oleh Marchenko will join the meeting by video.\n"
        "On the trade dispute, the Deputy Premier said:\n"
        "“We need a fair deal for farmers.”\n"
    )
    assert found(body) == [("Maeve Dolan", "direct", "We need a fair deal for farmers.")]


def test_an_honour_before_a_name_in_apposition_to_a_lowercase_office_titles_it() -> None:
    body = (
        "Corroborating this, Chile’s permanent representative to the UN, Professor Ana Rojas,"
        " said that Chile never considered cutting ties.\n\n"
        "“Chile has not cut ties. Trade is one.\n\n"
        "“Balance is key.”\n"
    )
    assert found(body) == [
        ("Ana Rojas", "reported", "Chile never considered cutting ties"),
        ("Ana Rojas", "direct", "Chile has not cut ties. Trade is one."),
        ("Ana Rojas", "direct", "Balance is key."),
    ]


def test_an_unlisted_surname_is_the_full_name_that_opened_a_paragraph_before() -> None:
    body = (
        "The talks went on.\n"
        "Odran Keswick, principal deputy spokesman at the State Department, was also asked"
        " about the trip on Tuesday.\n"
        "“I don’t have any travel to preview at the moment,” Keswick replied.\n"
    )
    assert found(body) == [
        ("Odran Keswick", "direct", "I don’t have any travel to preview at the moment,")
    ]


def test_a_passive_with_its_agent_inside_a_reported_clause_is_the_outer_speakers() -> None:
    body = (
        "In Lima, Peruvian sources confirmed that the authorities supported a mediation.\n"
        "The sources noted that this message was reiterated by officials to all parties.\n"
    )
    assert found(body) == [
        ("Peruvian sources", "reported", "the authorities supported a mediation"),
        (
            "Peruvian sources",
            "reported",
            "this message was reiterated by officials to all parties",
        ),
    ]


def test_a_name_ending_in_a_modal_s_spelling_keeps_its_last_word_before_the_verb() -> None:
    body = (
        "Meanwhile, Prime Minister Clara May urged the council to do more in facing the crisis.\n"
    )
    assert found(body) == [("Clara May", "reported", "the council to do more in facing the crisis")]


def test_an_expressed_wish_that_is_a_statement_as_an_expressed_hope_is() -> None:
    body = (
        "For his part, Omar Haddad expressed his wish that Chile will open its ports to the"
        " foundation.\n"
    )
    assert found(body) == [
        ("Omar Haddad", "reported", "Chile will open its ports to the foundation")
    ]


def test_called_on_someone_and_a_quotation_opening_before_to_is_a_reported_call() -> None:
    body = 'Ana Rojas called on her counterpart Luis Vega "to open the border".\n'
    assert found(body) == [
        ("Ana Rojas", "reported", 'her counterpart Luis Vega "to open the border"')
    ]


def test_told_a_committee_of_many_capitalised_words_after_the_content_is_its_attribution() -> None:
    body = (
        "Foreign Minister Ana Rojas met him.\n\n"
        "Deputy Foreign Minister Luis Vega summoned the envoy on Thursday, Minister Rojas told"
        " the Senate Foreign Affairs Committee.\n"
    )
    assert found(body) == [
        (
            "Ana Rojas",
            "reported",
            "Deputy Foreign Minister Luis Vega summoned the envoy on Thursday",
        )
    ]


def test_an_inverted_verb_then_a_title_a_comma_and_a_name_is_the_named_persons() -> None:
    body = (
        "A commitment to peace unites the region, said today the Secretary-General of the"
        " League, Omar Haddad, in a message delivered by Ana Rojas, his envoy, to the leaders"
        " gathered at the summit, in Lima, Peru.\n"
    )
    assert found(body) == [("Omar Haddad", "reported", "A commitment to peace unites the region")]


def test_a_lowercase_title_serving_somewhere_before_a_name_in_apposition_is_that_name() -> None:
    body = (
        "Chilean Vice Foreign Minister Ana Rojas summoned the Peruvian ambassador to Santiago,"
        " Luis Vega, to protest the remarks.\n\n"
        "For his part, the Peruvian ambassador said he would send the demands to his"
        " government.\n"
    )
    assert found(body) == [("Luis Vega", "reported", "he would send the demands to his government")]


def test_state_after_of_is_a_noun_not_a_verb_of_saying() -> None:
    body = (
        "Foreign Ministers of the region gathered ahead of the meeting of the heads of state of"
        " the region to discuss the prospects of cooperation.\n"
    )
    assert found(body) == []


def test_a_ministrys_press_service_is_an_organisation_that_speaks() -> None:
    body = (
        "According to the Chilean Foreign Ministry’s press service, the combined GDP of the"
        " region has reached almost $450 billion.\n"
    )
    assert found(body) == [
        (
            "Chilean Foreign Ministry’s press service",
            "reported",
            "the combined GDP of the region has reached almost $450 billion",
        )
    ]


def test_member_states_closing_a_sentence_after_a_comma_are_no_attribution() -> None:
    body = (
        "For such a meeting, the government invited ministers of the member states. Those who"
        " did not come were absent, Mr Lund said.\n"
    )
    assert found(body) == [("Lund", "reported", "Those who did not come were absent")]


def test_content_then_a_role_and_a_name_between_commas_and_told_reporters_is_the_names() -> None:
    body = (
        "High Commissioner Karl Obst has said that he regrets the delay, Obst’s spokesperson,"
        " Anna Berg, told reporters in Geneva.\n"
        "The talks will resume next week, the ministry’s spokesperson, Ines Lund, told"
        " reporters.\n"
    )
    assert found(body) == [
        (
            "Anna Berg",
            "reported",
            "High Commissioner Karl Obst has said that he regrets the delay",
        ),
        ("Ines Lund", "reported", "The talks will resume next week"),
    ]
