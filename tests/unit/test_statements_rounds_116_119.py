"""Statements and speakers the held-out rounds 116-119 missed or misread
(tests/statements_dev/SOURCES: classes of error, invented sentences and names)."""

from __future__ import annotations

from diplotui.model import EntitySpan
from diplotui.statements import find_statements

TITLE = "A headline that is not read\n"


def found(body: str) -> list[tuple[str, str, str]]:
    return [(s.speaker, s.kind, s.text) for s in find_statements(TITLE + body)]


def test_a_surname_spelled_another_way_names_the_one_full_name_it_respells() -> None:
    body = (
        "The envoy will meet his colleague, Marek Kovalchuk, in Riga this week.\n"
        "“We believe in talks,” Kowalczuk wrote on Monday.\n"
    )
    assert found(body) == [("Marek Kovalchuk", "direct", "We believe in talks,")]


def test_a_first_name_run_into_the_start_of_the_surname_is_that_persons_nickname() -> None:
    body = (
        "President Budi Santoso received the envoys in the palace.\n"
        "President Budisan warned that the bloc must not take sides.\n"
    )
    assert found(body) == [("Budi Santoso", "reported", "the bloc must not take sides")]


def test_a_bare_title_after_quotations_is_the_untitled_speaker_not_a_minister_only_named() -> None:
    body = (
        "Lena Varga has denied the reports of a deal.\n\n"
        "“The talks go on,” she said.\n\n"
        "“We will not be rushed,” Varga remarked at a joint news conference with Polish"
        " Foreign Minister Adam Nowak.\n\n"
        "“Nobody spoke of a deal at all,” said the foreign minister.\n"
    )
    assert [speaker for speaker, _, _ in found(body)] == ["Lena Varga"] * 3


def test_a_participle_after_a_quotation_naming_someone_is_the_quotations_speaker() -> None:
    body = (
        "Lena Varga spoke in Vienna.\n\n"
        "“Tomas Berg walked out of the room,” said Lena Varga, stressing that “the talks"
        " go on all the same.”\n"
    )
    assert found(body) == [
        ("Lena Varga", "direct", "Tomas Berg walked out of the room,"),
        ("Lena Varga", "direct", "the talks go on all the same."),
    ]


def test_the_host_is_the_speaker_going_on_and_the_guest_an_unnamed_visitor() -> None:
    body = (
        "Mayor Anna Holm received a delegation from a Finnish province on Monday.\n"
        "The host highlighted the value of the ferry link between the two ports.\n"
        "The Finnish guest said that his province wants more flights to the city.\n"
    )
    assert found(body) == [
        ("Anna Holm", "reported", "the value of the ferry link between the two ports"),
        ("Finnish guest", "reported", "his province wants more flights to the city"),
    ]


def test_according_to_a_title_then_a_name_between_commas_is_the_named_persons() -> None:
    body = (
        "President Karl Weiss received the envoys on Friday.\n\n"
        "President Weiss reiterated that the harbour must stay open to all ships, according to"
        " Finnish Foreign Minister, Anna Holm, after the meeting with the president.\n"
    )
    assert found(body) == [
        (
            "Anna Holm",
            "reported",
            "President Weiss reiterated that the harbour must stay open to all ships",
        )
    ]


def test_a_headlines_capitalised_verb_read_into_a_name_is_not_part_of_it() -> None:
    text = (
        "Marek Nowak, Olga Brandt Hold Talks\n\n"
        "Brandt and Nowak met in Gdansk on Monday.\n\n"
        "“The harbour will be open to all,” Brandt said.\n"
    )
    names = ["Marek Nowak", "Olga Brandt Hold", "Brandt", "Nowak", "Brandt"]
    spans, at = [], 0
    for name in names:  # as a recogniser reads the headline's verb into the name
        at = text.index(name, at)
        spans.append(EntitySpan(at, at + len(name), "PERSON", name))
        at += len(name)
    assert [(s.speaker, s.text) for s in find_statements(text, spans)] == [
        ("Olga Brandt", "The harbour will be open to all,")
    ]


def test_told_a_news_conference_then_a_long_adjunct_of_titles_and_names_is_no_content() -> None:
    body = (
        "The harbour will open to all ships in the spring, Mayor Karl Weiss told a news"
        " conference on Friday after meeting with Deputy Minister of Transport and Maritime"
        " Affairs Olga Brandt and EU Commissioner for Regional Policy Anna Holm in Gdansk.\n"
    )
    assert found(body) == [
        ("Karl Weiss", "reported", "The harbour will open to all ships in the spring")
    ]
