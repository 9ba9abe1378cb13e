"""Errors of rounds 288-291 that recur across outlets (stfix44, session 35: classes of error,
not one article's; invented sentences and names)."""

from __future__ import annotations

from diplotui.statements import find_statements
from tests.unit.statements_said import said as _said


def _speakers(text: str) -> list[str]:
    return [s.speaker for s in find_statements(text)]


def test_a_surname_spelt_as_an_article_opens_a_name_and_speaks_alone() -> None:
    text = (
        "Norland news\n"
        "An Weiqing, spokesperson for the Tarn Council, spoke at a briefing on Monday.\n"
        '"The talks will go on," An said, adding that the envoys would meet soon.\n'
    )
    assert _said(text) == [
        ("direct", "An Weiqing", "The talks will go on,"),
        ("reported", "An Weiqing", "the envoys would meet soon"),
    ]


def test_an_affairs_office_serves_no_place_its_name_holds() -> None:
    text = (
        "Norland news\n"
        "BEIJING - A Chinese spokesperson on Monday criticized the moves, saying that they"
        " were harmful.\n"
        "Li Weiqing, spokesperson for the Taiwan Affairs Office of the State Council, made the"
        " remarks at a press conference.\n"
    )
    assert _speakers(text) == ["Li Weiqing"]


def test_a_place_after_to_opening_a_sentence_is_no_given_name() -> None:
    text = (
        "Norland news\n"
        "To Russia, President Ivo Marsh said the talks would go on.\n"
        "An official said the envoys would meet.\n"
    )
    assert _speakers(text) == ["Ivo Marsh", "official"]


def test_a_countrys_embassy_named_three_ways_is_one_speaker() -> None:
    text = (
        "Norland news\n"
        "The minister is wrong, Norway’s embassy to the Nordic nation has said.\n"
        "The Norwegian embassy in Chile responded on Monday, adding that talks were needed.\n"
        "“It is a mistake,” the Norwegian mission said.\n"
    )
    assert _speakers(text) == ["Norwegian embassy in Chile"] * 3


def test_an_issuer_of_three_words_before_a_released_statement_speaks() -> None:
    text = (
        "Norland news\n"
        "A Norwegian foreign ministry statement released before the visit also said that the"
        " truce should last.\n"
        "The envoy will meet the families, according to a foreign ministry statement.\n"
    )
    assert _speakers(text) == ["Norwegian foreign ministry"] * 2


def test_a_surname_written_with_a_doubled_letter_single_is_the_person() -> None:
    text = (
        "Norland news\n"
        "Foreign Minister Ivo Tarr called for new sanctions on Monday.\n"
        "Tar said that the measures would target officials.\n"
    )
    assert _speakers(text) == ["Ivo Tarr", "Ivo Tarr"]


def test_a_title_heading_a_clause_inside_the_quotation_is_no_antecedent() -> None:
    text = (
        "Norland news\n"
        "Norland’s Trade Minister Ivo Tarn said on Sunday that talks were under way.\n"
        "“It is certain that (Tarnish Prime Minister Ada) Vell wants a deal,” Tarn said.\n"
        "“Talks are ongoing. The Prime Minister is not falling short,” he added.\n"
    )
    assert _speakers(text) == ["Ivo Tarn"] * 3


def test_it_after_a_country_opening_the_sentence_before_is_that_country() -> None:
    text = (
        "Norland news\n"
        "“This is a mistake,” the Swedish mission said.\n"
        "The minister will travel to Oslo next week.\n"
        "Norway has previously described the dispute as a “trade war”. It has also condemned"
        " the tariffs, saying they only hurt consumers.\n"
    )
    assert _speakers(text)[-1] == "Norway"


def test_a_dialogue_dash_paragraph_alone_quotes_the_person_speaking_before() -> None:
    text = (
        "Norland news\n\n"
        "Ivo Tarn says that he expects a quick vote in Vell.\n\n"
        "– I expect the parliament to be called in soon. We feel strong support.\n\n"
        "Is it necessary to call the parliament early?\n\n"
        "– We see no reason for delays.\n\n"
        "He listed the next steps:\n\n"
        "- the vote in the assembly\n"
    )
    assert _said(text) == [
        ("reported", "Ivo Tarn", "he expects a quick vote in Vell"),
        (
            "direct",
            "Ivo Tarn",
            "I expect the parliament to be called in soon. We feel strong support.",
        ),
    ]


def test_a_place_word_in_scare_quotes_is_no_statement() -> None:
    text = (
        "Norland news\n"
        "Ivo Tarn said on Monday that the talks would go on.\n"
        'A spokesperson for the council confirmed that "Israel\'s" withdrawal remains on'
        " schedule.\n"
    )
    assert _said(text) == [
        ("reported", "Ivo Tarn", "the talks would go on"),
        ("reported", "spokesperson", '"Israel\'s" withdrawal remains on schedule'),
    ]


def test_a_quotation_after_demanding_that_is_the_main_subjects() -> None:
    text = (
        "Norland news\n"
        "Paris on Saturday condemned a strike that killed an aid worker, demanding that"
        ' "light be shed" on the circumstances.\n'
    )
    assert _said(text) == [("direct", "Paris", "light be shed")]
