"""Errors of rounds 364-371 that recur across outlets (stfix67, session 40: classes of error,
not one article's; invented sentences and names)."""

from __future__ import annotations

from diplotui.statements import find_statements


def _speakers(text: str) -> list[str]:
    return [s.speaker for s in find_statements(text)]


def test_an_acronym_title_before_a_name_named_without_it_is_no_part_of_the_name() -> None:
    text = (
        "Marta Kellow- the Secretary General of the Union attended the summit in Tarn.\n\n"
        "She said that the meeting had marked a new era for the islands.\n\n"
        "SGU Marta Kellow said that the Union would always assist its members.\n"
    )
    assert _speakers(text) == ["Marta Kellow", "Marta Kellow"]


def test_a_span_only_naming_the_act_is_no_content() -> None:
    text = (
        "Prime Minister Ivo Marsh spoke in Tarn on Monday.\n\n"
        "The cabinet's decision was announced by Ivo Marsh at the palace.\n\n"
        "The Tarn Court announced the decision saying it was deeply concerned.\n"
    )
    assert [s.text for s in find_statements(text)] == ["it was deeply concerned"]


def test_a_nationality_noun_before_a_name_is_no_part_of_it() -> None:
    text = (
        "Some 40 leaders came, including Frenchman Paul Severin and Dutchman Jan Kloet.\n\n"
        "“The union must be a living space,” said Mr. Severin.\n"
    )
    assert _speakers(text) == ["Paul Severin"]


def test_adding_ones_voice_to_a_cause_is_no_statement() -> None:
    text = "On Friday Germany added its voice to the calls. Its chancellor spoke later.\n"
    assert _speakers(text) == []


def test_a_title_held_only_by_someone_named_later_is_the_untitled_speaker_going_on() -> None:
    filler = "The talks in the capital went on late into the night, aides said. " * 2
    text = (
        "Norland joins the boycott\n\n"
        "Ivo Marsh said the country would not send any officials to the games in Tarn.\n\n"
        "The former party leader Jan Kloet urged him to go further with a full boycott.\n\n"
        "The prime minister said the government had no hesitation in raising its concerns.\n\n"
        f"{filler}\n\n{filler}\n\n{filler}\n\n"
        "The country’s prime minister Per Lund acknowledged the decision had been hard.\n"
    )
    assert (
        next(s.speaker for s in find_statements(text) if s.text.startswith("the government"))
        == "Ivo Marsh"
    )


def test_a_statement_cut_off_after_its_article_is_not_found() -> None:
    text = (
        "Norland talks\n\n"
        "Prime Minister Ivo Marsh met the envoy in Tarn. She said the talks were useful and"
        " said the"
    )
    assert [s.text for s in find_statements(text)] == ["the talks were useful"]


def test_an_office_after_its_organisations_initials_is_named_with_the_organisation() -> None:
    text = (
        "Ministers of the region agreed on a joint plan against the outbreak, the World Health"
        " Organization (WHO) Africa Office said on Monday.\n\n"
        "It said the plan would be ready within weeks.\n"
    )
    assert _speakers(text)[0] == "World Health Organization Africa Office"
