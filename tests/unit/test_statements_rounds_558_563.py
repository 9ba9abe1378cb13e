"""Classes of error held-out rounds 558-563 showed (stfix107, session 51), with the two a new
user found the same session. Invented sentences and names, never the articles' text."""

from __future__ import annotations

import pytest

from diplotui.statements import find_statements


@pytest.mark.parametrize("attribution", ["he said", "he added", "said the minister"])
def test_a_clause_before_a_colon_keeps_its_verb_when_the_quotation_is_attributed_after(
    attribution: str,
) -> None:
    """'He stressed that X: “Y,” he said.': the attribution after the quotation is Y's; X
    stays a reported statement of "stressed" up to the colon (Decisions), not one statement
    from the sentence's start to the quotation's end (newuser51)."""
    text = (
        "Flights\n\n"
        "Minister Ada Vey spoke on Monday. She stressed that the government told companies"
        " that they would not resume flights: “keep your planes and we keep our dignity,”"
        f" {attribution}.\n"
    )
    found = [(s.kind, s.text, s.speaker) for s in find_statements(text)]
    assert found == [
        (
            "reported",
            "the government told companies that they would not resume flights",
            "Ada Vey",
        ),
        ("direct", "keep your planes and we keep our dignity,", "Ada Vey"),
    ]


def test_armed_forces_speak_as_a_group() -> None:
    """ "The armed forces announced that X" was no one's: "forces" was no group noun (round
    558's coup; the dev set's "what the Israeli Defense Forces called “...”" likewise)."""
    text = (
        "Coup\n\n"
        "On Wednesday, the armed forces announced that they had seized full control of state"
        " power.\n"
    )
    found = [(s.kind, s.text, s.speaker) for s in find_statements(text)]
    assert found == [("reported", "they had seized full control of state power", "armed forces")]


def test_a_portuguese_name_keeps_its_particle_do() -> None:
    """ "André Corrêa do Lago" was named "André Corrêa": "do" joins a Portuguese name's parts
    as "da" and "dos" do (lexical: the recogniser's particles)."""
    text = (
        "Summit\n\n"
        "“Some of you had bigger ambitions,” said the summit president, Ana Luísa do Vale, at"
        " the final plenary.\n"
    )
    assert [(s.kind, s.speaker) for s in find_statements(text)] == [("direct", "Ana Luísa do Vale")]


@pytest.mark.parametrize("verb", ["sat beside", "stood next to"])
def test_a_pronoun_after_a_clause_with_an_irregular_past_is_its_subjects(verb: str) -> None:
    """ "On Monday, as X sat beside Y, he insisted Z": X's, not the person named in the
    sentence before: "sat" was no verb of the clause's own, as "arrived" was."""
    text = (
        "Talks\n\n"
        "President Tom Vey met Bo Lund. Lund was killed in 2018 in Istanbul. On Monday, as"
        f" Vey {verb} the prince, he insisted the prince had nothing to do with his death.\n"
    )
    found = [(s.kind, s.text, s.speaker) for s in find_statements(text)]
    assert found == [("reported", "the prince had nothing to do with his death", "Tom Vey")]


def test_a_stored_date_stamp_opening_the_text_is_no_part_of_a_statement() -> None:
    """A stored text opening "date 2025-11-20 " before its first sentence: the stamp was read
    as the subject's first words, so "calling such a state “...”" found no subject and
    an attribution after the content took the stamp into its span (rounds 561, 325)."""
    text = (
        "x\n\n"
        " date 2025-11-20 Prime Minister Tom Vey said that he will not allow a new state — even"
        " if it comes at a cost — calling such a state “an existential threat to Norland.”\n"
    )
    found = [(s.kind, s.text, s.speaker) for s in find_statements(text)]
    assert found == [
        ("reported", "he will not allow a new state — even if it comes at a cost", "Tom Vey"),
        ("direct", "an existential threat to Norland.", "Tom Vey"),
    ]


@pytest.mark.parametrize("noun", ["protester", "demonstrator", "activist"])
def test_one_unnamed_protester_speaks_by_the_noun(noun: str) -> None:
    """'"...," said another protester.' was no one's, or the quotation's first word's
    ("People"): the singular of a group noun is a role noun (lexical)."""
    text = (
        "Protest\n\n"
        "Hundreds of protesters stormed the venue.\n\n"
        f"“People from the valley have fought for this land for centuries,” said another {noun}.\n"
    )
    found = [(s.kind, s.text, s.speaker) for s in find_statements(text)]
    assert found == [
        ("direct", "People from the valley have fought for this land for centuries,", noun)
    ]


@pytest.mark.parametrize("said", ["said", "spoke on Tuesday, saying"])
def test_a_past_after_a_progressive_content_is_the_speakers_second_verb(said: str) -> None:
    """'said the US was designating X and announced Y': a simple past does not join the
    content's progressive, so "announced" starts the speaker's own statement (round 560;
    the dev set's 'saying the US was working with X and called on Y' likewise)."""
    text = (
        "Alliance\n\n"
        f"President Tom Vey {said} the US was designating Norland as an ally"
        " and announced the two countries had signed a defence agreement.\n"
    )
    found = [(s.kind, s.text, s.speaker) for s in find_statements(text)]
    assert found == [
        ("reported", "the US was designating Norland as an ally", "Tom Vey"),
        ("reported", "the two countries had signed a defence agreement", "Tom Vey"),
    ]
