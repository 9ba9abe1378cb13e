"""Classes of error held-out rounds 564-571 showed (stfix108, session 52). Invented sentences
and names, never the articles' text."""

from __future__ import annotations

import pytest

from diplotui.statements import find_statements


def _found(text: str) -> list[tuple[str, str, str]]:
    return [(s.kind, s.text, s.speaker) for s in find_statements(text)]


def test_an_unlisted_attribution_holds_past_a_passive_in_its_adjunct() -> None:
    """'“X,” Vey wrote on X after the results were announced. “Y”': "announced" is an agentless
    passive in the adjunct, no attribution; "wrote" gives both quotations to Vey (round 565's
    winner writing on X)."""
    text = (
        "Vote\n\n"
        "Presidential candidate Ada Vey won the count in the capital on Monday.\n"
        "“I thank the electoral staff for their work,” Vey wrote on X after the results were"
        " announced. “Norland: I am ready to govern.”\n"
    )
    assert _found(text) == [
        ("direct", "I thank the electoral staff for their work,", "Ada Vey"),
        ("direct", "Norland: I am ready to govern.", "Ada Vey"),
    ]


def test_an_unlisted_attribution_holds_past_a_listed_noun_after_it() -> None:
    """'“X,” Vey posted on Instagram, revealing that Y backed the request.': "request" after
    its article is a noun, no verb attributing the quotation; "posted" gives it to Vey (round
    568's energy minister)."""
    text = (
        "Refinery\n\n"
        "Energy Minister Ada Vey met the refinery's owners in the capital on Monday.\n"
        "“The owners are ready to sell their stake,” Vey posted on Instagram, revealing that"
        " Norland has backed the request.\n"
    )
    assert _found(text) == [("direct", "The owners are ready to sell their stake,", "Ada Vey")]


def test_both_countries_joined_as_a_subject_speak_together() -> None:
    """ "Previously, both the US and China had stated that X": the two, as "the US and China
    stated" is (round 569's fact sheet); "both" before the pair left only the last."""
    text = (
        "Deal\n\n"
        "Previously, both the US and China had stated that Beijing would suspend the new"
        " controls for a year.\n"
    )
    assert _found(text) == [
        ("reported", "Beijing would suspend the new controls for a year", "US and China")
    ]


@pytest.mark.parametrize(
    "aside",
    [
        "a radio host who once worked for her",
        "a radio host who worked with President Ben Tarro in a role comparable to a deputy"
        " leader before parting ways with the ruling party",
    ],
)
def test_a_descriptive_aside_keeps_the_subject_before_it(aside: str) -> None:
    """ "X, a host who worked for her, said that Y": "her" closing the aside was read as a
    determiner of "said" ("her call for"); "X, a host who worked with President Z in a role
    ... before parting ways with W, said": the person inside the relative clause, not ending
    it, broke the reading, and a relative clause past a short description's units was refused
    (round 565). Either way the statement was dropped."""
    text = (
        "Vote\n\n"
        "Ada Vey lost the count in the capital on Monday.\n"
        f"Vey, {aside}, said that she did not accept the results.\n"
    )
    assert _found(text) == [("reported", "she did not accept the results", "Ada Vey")]


@pytest.mark.parametrize("noun", ["The main opposition party", "The ruling party"])
def test_a_body_named_after_its_common_noun_speaks(noun: str) -> None:
    """ "The main opposition party, X, said on social media that Y": X's, the body's name set
    off after its common noun (round 564; the recogniser typed the name a person's)."""
    text = (
        "Arrests\n\n"
        f"{noun}, Chadoma, said on social media that several of its leaders had been"
        " released.\n"
    )
    assert _found(text) == [("reported", "several of its leaders had been released", "Chadoma")]


def test_insisted_on_a_demand_summed_up_after_it() -> None:
    """ "X insisted on Y, a position that reportedly angered Z": Y, from after "on" (the set's
    "insisted on her institution's independence") to the reporter's relative clause on the
    noun summing it up; the relative "that" opened a statement of its own (round 567)."""
    text = (
        "Assets\n\n"
        "Earlier, Prime Minister Ada Vey insisted on full legal guarantees from the council,"
        " a position that reportedly angered some leaders at the summit.\n"
    )
    assert _found(text) == [("reported", "full legal guarantees from the council", "Ada Vey")]


@pytest.mark.parametrize("opening", ["Just hours before the talks", "Interestingly, days after"])
def test_a_time_span_opening_the_sentence_is_no_subject(opening: str) -> None:
    """ "Just hours before X, Y took a softer stand and pointed out that Z": Y's; the opening
    time phrase was read as the subject, which names no one, and the statement dropped (round
    570's "Interestingly, just hours before Navarro's sharp criticism ...")."""
    text = (
        "Trade\n\n"
        f"{opening}, Finance Minister Ada Vey took a softer stand and pointed out that Norland"
        " was the largest market.\n"
    )
    assert _found(text) == [("reported", "Norland was the largest market", "Ada Vey")]


@pytest.mark.parametrize("main_subject", ["Vey", "she"])
def test_a_concessive_opening_clause_with_a_pronoun_is_its_own_statement(
    main_subject: str,
) -> None:
    """ "Although she noted that A, Vey emphasized that B": two statements of hers; the
    opening clause's "she" after "Although" was no subject, and A ran on over the main clause
    (round 566; the dev set's "Although he acknowledged X, he insisted that Y" likewise)."""
    text = (
        "Refinery\n\n"
        "Minister Ada Vey spoke in the capital on Monday.\n"
        "Although she noted that Norland could buy the shares, "
        f"{main_subject} emphasized that the owners had chosen other buyers.\n"
    )
    assert _found(text) == [
        ("reported", "Norland could buy the shares", "Ada Vey"),
        ("reported", "the owners had chosen other buyers", "Ada Vey"),
    ]


def test_a_passive_with_its_agent_inside_a_told_that_clause_is_nested() -> None:
    """ "When asked X, the president told reporters that he was asked by “Y.”": the passive
    and its agent lie inside the president's reported clause; the agent was made the speaker
    of the sentence's start (round 564; "noted that X was reiterated by Y" already nested)."""
    text = (
        "Pardon\n\n"
        "President Ada Vey pardoned the former minister on Friday.\n"
        "When asked on the plane why she granted clemency, the president told reporters that"
        " she was asked by “many of the people of Norland.”\n"
    )
    assert _found(text) == [
        ("reported", "she was asked by “many of the people of Norland.”", "Ada Vey")
    ]


def test_an_agent_with_a_relative_clause_after_it_speaks() -> None:
    """ "X, as stated by a US official who requested anonymity.": the official's; the
    reporter's relative clause on the agent left no speaker (round 569; the dev set's "This was
    according to Secretary X who expressed ..." likewise)."""
    text = (
        "Deal\n\n"
        "The framework also indicates that Norland will end its inquiries into foreign chip"
        " makers, as stated by a US official who requested anonymity.\n"
    )
    assert _found(text) == [
        (
            "reported",
            "The framework also indicates that Norland will end its inquiries into foreign chip"
            " makers",
            "US official",
        )
    ]


@pytest.mark.parametrize("when", [" early Tuesday", ""])
def test_an_unlisted_attribution_with_a_lowercase_title_and_a_time(when: str) -> None:
    """'“X,” former first lady Y wrote early Tuesday on social platform X.': Y's; the title's
    first word was taken for the verb, and a time right after "wrote" for a clause going on
    (round 564)."""
    text = (
        "Pardon\n\n"
        "Former president Ben Tarro was freed from prison on Monday.\n"
        "“After four years of pain, my husband is a free man,” former first lady Ada Tarro"
        f" wrote{when} on social platform X.\n"
    )
    assert _found(text) == [
        ("direct", "After four years of pain, my husband is a free man,", "Ada Tarro")
    ]


def test_a_quotation_split_by_an_unlisted_attribution_is_not_the_next_subjects() -> None:
    """'“A,” the president wrote, X was “B”.': the words after "wrote" are no title before a
    name; A is not given to X."""
    text = (
        "Pardon\n\n"
        "President Ada Vey pardoned Ben Tarro on Friday.\n"
        "“According to many people I respect,” the president wrote, Tarro was “treated very"
        " harshly”.\n"
    )
    assert all(
        s.speaker != "Ben Tarro" or s.text != "According to many people I respect,"
        for s in find_statements(text)
    )


@pytest.mark.parametrize("noun", ["wife", "lawyer"])
def test_the_relative_of_a_named_person_is_not_that_person(noun: str) -> None:
    """'“X,” said the wife of the former president of Norland.': the wife's, someone the
    article does not name; the title after "of" gave the former president (round 564)."""
    text = (
        "Pardon\n\n"
        "Former President Ben Tarro was pardoned on Friday.\n"
        f"“He still did not know the news,” said the {noun} of the former president of"
        " Norland.\n"
    )
    assert _found(text) == [("direct", "He still did not know the news,", noun)]


@pytest.mark.parametrize("surname", ["von der Laan", "van den Berk"])
def test_a_surname_with_two_particles_keeps_them_without_a_full_name(surname: str) -> None:
    """'“X,” von der Leyen said': "von der Leyen" as the article names her, though it never
    writes her given name; only a full name written before kept the particles (round 567)."""
    text = (
        "Assets\n\n"
        "The leaders met in Brussels on Thursday.\n"
        f"“The risks have to be put on broader shoulders,” {surname} said late last night.\n"
    )
    assert _found(text) == [("direct", "The risks have to be put on broader shoulders,", surname)]
