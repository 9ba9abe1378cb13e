"""Classes of error found on rounds 630-631 (issue 17, stfix131): each recurs in other outlets'
text, shown here on invented sentences and names."""

from __future__ import annotations

from diplotui.statements import find_statements


def _said(text: str) -> list[tuple[str, str]]:
    return [(s.speaker, s.text) for s in find_statements(text)]


def test_an_outlet_quoting_an_unnamed_survivor_as_saying_gives_the_survivor_the_words() -> None:
    text = (
        "Norland news\n\n“Two men came out of the woods and asked for our names,” a police"
        " officer quoted a woman survivor as saying. “Then they opened fire on the men.”\n"
    )
    assert _said(text) == [
        ("woman survivor", "Two men came out of the woods and asked for our names,"),
        ("woman survivor", "Then they opened fire on the men."),
    ]


def test_one_of_a_group_is_named_by_the_group() -> None:
    text = (
        "Norland news\n\n“It seemed to last for hours,” one of the tourists told investigators."
        " “They kept moving around the meadow.”\n"
    )
    assert _said(text) == [
        ("tourists", "It seemed to last for hours,"),
        ("tourists", "They kept moving around the meadow."),
    ]


def test_one_of_the_officials_cited_above_stays_one_official() -> None:
    text = (
        "Norland news\n\nThe talks lasted an hour, officials said.\nThe border was discussed at"
        " length, one of the officials cited above said.\n"
    )
    assert _said(text) == [
        ("officials", "The talks lasted an hour"),
        ("official", "The border was discussed at length"),
    ]


def test_a_verb_inside_the_quotation_before_does_not_introduce_the_next_one() -> None:
    text = (
        "Norland news\n\n“The minister told us that they ran to the tents nearby,” said an"
        " officer. “The attackers soon came to a tent next to theirs.”\n"
    )
    assert _said(text) == [
        ("officer", "The minister told us that they ran to the tents nearby,"),
        ("officer", "The attackers soon came to a tent next to theirs."),
    ]


def test_a_participle_after_a_relative_clause_is_the_relative_clause_subjects() -> None:
    text = (
        "Norland news\n\nThe news was first shared by Prime Minister Anna Lind, who praised"
        " both parties for their decision, stating they had shown “common sense” in the talks.\n"
    )
    assert _said(text) == [("Anna Lind", "they had shown “common sense” in the talks")]


def test_a_participle_after_a_relative_clause_closed_by_a_comma_is_the_main_subjects() -> None:
    text = (
        "Norland news\n\nKarl Berger, who arrived on Monday, met the press, saying the talks"
        " had gone well.\n"
    )
    assert _said(text) == [("Karl Berger", "the talks had gone well")]


def test_a_verb_before_both_ends_the_subject_of_a_participle() -> None:
    text = (
        "Norland news\n\nThe minister praised both leaders for their decision, stating they"
        " had shown restraint.\n"
    )
    assert _said(text) == [("minister", "they had shown restraint")]


def test_a_quotation_right_after_according_to_inside_a_sentence_is_the_sources() -> None:
    text = (
        "Norland news\n\nThe envoy arrived for a summit hosted by Prime Minister Anna Lind, who,"
        " according to her office, “remains committed to the talks.”\n"
    )
    assert _said(text) == [("office", "remains committed to the talks.")]


def test_a_cut_off_quotation_after_a_stance_in_a_subordinate_clause_is_no_ones() -> None:
    text = (
        "Norland news\n\nKarl Berger pushed back, insisting that the talks had failed.\n\nThe"
        " meeting grew tense when Anna Lind criticized his tone.\n\n“Do "
    )
    assert _said(text) == [("Karl Berger", "the talks had failed")]


def test_a_cut_off_quotation_after_a_stance_in_the_main_clause_goes_on_its_speaker() -> None:
    text = (
        "Norland news\n\nKarl Berger pushed back, insisting that the talks had failed.\n\nAnna"
        " Lind criticized his tone.\n\n“You are not listening to"
    )
    assert _said(text) == [
        ("Karl Berger", "the talks had failed"),
        ("Anna Lind", "You are not listening to"),
    ]


def test_issued_statements_then_a_participle_is_the_issuers_as_a_statement_is() -> None:
    text = (
        "Norland news\n\nIn the aftermath, the ministers issued statements reaffirming their"
        " support for the ceasefire.\n"
    )
    assert _said(text) == [("ministers", "their support for the ceasefire")]
