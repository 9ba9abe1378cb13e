"""Classes of error held-out rounds 618-619 showed (stfix126, session 57). Invented sentences
and names, never the articles' text."""

from __future__ import annotations

from tests.unit.statements_said import said as _said


def test_a_body_noun_is_not_a_hyphened_part_of_a_paper_named_later() -> None:
    """Round 618's "The government of X denied A, insisting that B" then "Y of Daily Sabah
    Pro-Government Daily told": the government speaks, not the paper whose name holds
    "Government" only inside a hyphened word."""
    text = (
        "Protests\n\nThe government of Norland denied the charges, insisting that the courts "
        "are independent.\n\nTavo Rendel of the Daily Star Pro-Government Daily told reporters "
        "that the critics were wrong.\n"
    )
    assert _said(text) == [
        ("reported", "government", "the courts are independent"),
        ("reported", "Tavo Rendel", "the critics were wrong"),
    ]


def test_a_hyphened_name_is_still_named_by_all_its_parts() -> None:
    """The mention that holds a hyphened word whole still finds the body so named."""
    text = (
        "Talks\n\nThe Office of the Secretary-General issued figures on Monday.\n\n"
        "The secretary-general's office said the talks would resume.\n"
    )
    assert _said(text) == [
        ("reported", "Office of the Secretary-General", "the talks would resume")
    ]


def test_adding_a_new_thing_to_something_is_the_reporters_comment_not_speech() -> None:
    """Round 619's "insisting that X, adding a new chapter to Y's decades-long struggle":
    "add" with a thing and what it is added to says nothing; the statement before it ends
    where the reporter's comment starts."""
    text = (
        "Succession\n\nCanada rejected the plan, insisting that any heir must receive its "
        "approval, adding a new chapter to Varia’s long dispute with the capital.\n"
    )
    assert _said(text) == [("reported", "Canada", "any heir must receive its approval")]


def test_the_statement_said_is_its_owners_named_just_before_not_the_last_body() -> None:
    """Round 619's "China rejected ... The statement made by the 14th Dalai Lama ... was
    released by his office" then '"...," the statement said': the owner's words, not those of
    the body that spoke last."""
    text = (
        "Succession\n\nCanada rejected the plan, insisting that any heir must receive its "
        "approval.\n\nThe statement made by Tavo Rendel on Monday was released by his office "
        "on Wednesday.\n\n“The institution will continue,” the statement said.\n"
    )
    assert _said(text) == [
        ("reported", "Canada", "any heir must receive its approval"),
        ("direct", "Tavo Rendel", "The institution will continue,"),
    ]


def test_the_message_said_is_the_message_writers() -> None:
    """Round 619's "Rubio’s message was read at the commemoration by Ms X. The message said
    Y": the writer speaks through the message, not its reader."""
    text = (
        "Greetings\n\nForeign Minister Tavo Rendel sent greetings on Sunday.\n\n"
        "Rendel’s message was read at the ceremony by Mira Olsen. The message said the "
        "leader continued to inspire people.\n"
    )
    assert _said(text) == [("reported", "Tavo Rendel", "the leader continued to inspire people")]


def test_the_party_is_the_opposition_named_bare_before() -> None:
    """Round 618's "a primary organized by the principal opposition CHP" then "the party
    announced": the party named bare after "opposition"; "the ruling NDP party" keeps its
    noun as the article writes it."""
    text = (
        "Primary\n\nMillions voted in a primary organized by the main opposition NPV.\n"
        "The party announced late Monday that turnout had passed ten million.\n"
    )
    assert _said(text) == [("reported", "NPV", "turnout had passed ten million")]


def test_a_titled_apposition_after_a_subordinator_past_a_perfect_main_clause() -> None:
    """Round 619's "A fresh confrontation has erupted ... after the 14th X, Y, declared that Z":
    the title opens the "after" clause; the main clause's "has" before it is no verb of the
    apposition's."""
    text = (
        "Talks\n\nA confrontation has erupted after the prime minister, Tavo Rendel, said "
        "that the institution will continue.\n"
    )
    assert _said(text) == [("reported", "Tavo Rendel", "the institution will continue")]


def test_a_name_joined_to_his_own_party_speaks_as_written_not_as_another_party() -> None:
    """Round 618's "the Kurdish Separation Party known as the PKK" then "Imamoguru and his CHP
    party urged their supporters to demonstrate": the pair as the text joins them (the set's
    "Félix Tshisekedi and his entourage"), not the other party named before."""
    text = (
        "Protests\n\nThe charges cite the Northern Liberation Party.\n\n"
        "The ban stands, but Velmaru and his NPV party urged their supporters to march anyway.\n"
    )
    assert _said(text) == [
        ("reported", "Velmaru and his NPV party", "their supporters to march anyway")
    ]


def test_a_surname_respelt_with_the_other_transliterated_initial_is_the_same_person() -> None:
    """Round 618's "according to Home Minister Ali Jerkikaya. Yerkikaya argued that X. He said
    Y": one minister, whose surname the page writes with J and with Y, named in full."""
    text = (
        "Arrests\n\nAbout 900 people were arrested, according to Home Minister Omar Jelvankaya. "
        "Yelvankaya argued that many of them face charges. He said 40 officers were hurt.\n"
    )
    assert _said(text) == [
        ("reported", "Omar Jelvankaya", "About 900 people were arrested"),
        ("reported", "Omar Jelvankaya", "many of them face charges"),
        ("reported", "Omar Jelvankaya", "40 officers were hurt"),
    ]


def test_surnames_apart_in_more_than_their_initial_stay_two_persons() -> None:
    text = (
        "Arrests\n\nAbout 900 people were arrested, according to Home Minister Omar Jelvankaya. "
        "Yelvanakaya argued that many of them face charges.\n"
    )
    assert [speaker for _, speaker, _ in _said(text)] == ["Omar Jelvankaya", "Yelvanakaya"]


def test_an_office_numbered_before_its_holders_name_is_a_title() -> None:
    """Round 619's "the Dalai Lama ... affirmed X" and "The statement by the 14th Dalai Lama
    Tenzin Gyatso": a numbered office is a title, its holder named as the article names
    them, the title dropped (as "Pope X" is X)."""
    text = (
        "Succession\n\nNorbu Rinpoche said on Wednesday that the institution will continue.\n\n"
        "The statement by the 9th Norbu Rinpoche Tashi Dawa ended speculation about a "
        "successor.\n"
    )
    assert _said(text) == [("reported", "Tashi Dawa", "the institution will continue")]


def test_a_numbered_office_without_its_holders_name_stays_the_speaker() -> None:
    text = (
        "Succession\n\nNorbu Rinpoche said on Wednesday that the institution will continue.\n\n"
        "The statement by the 9th Norbu Rinpoche, who is also called Tashi Dawa, ended "
        "speculation.\n"
    )
    assert _said(text) == [("reported", "Norbu Rinpoche", "the institution will continue")]


def test_a_numbered_office_before_an_apposed_name_titles_it() -> None:
    """Round 619's "after the 14th Dalai Lama, Tenzin Gyatso, declared that X": the holder
    speaks, the numbered office his title."""
    text = (
        "Succession\n\nA row has erupted after the 9th Norbu Rinpoche, Tashi Dawa, declared "
        "that the institution will continue.\n"
    )
    assert _said(text) == [("reported", "Tashi Dawa", "the institution will continue")]


def test_a_quotation_inside_a_comment_clause_is_the_comments_owners() -> None:
    """Round 619's "Responding to Rijiju’s comment that the decision ... “would be taken by
    ...,” spokesperson X said: “...”": the words quoted in the comment's clause are its
    owner's; a comment only characterised ('called X’s comments “reckless”') stays apart."""
    text = (
        "Talks\n\nMinister Tavo Rendel spoke on Thursday.\n\nResponding to Rendel’s comment "
        "that the decision on the succession “would be taken by the institution and no one "
        "else,” spokesperson Mira Olsen said: “Norland should be clear of the nature of this.”\n"
    )
    assert _said(text) == [
        ("direct", "Tavo Rendel", "would be taken by the institution and no one else,"),
        ("direct", "Mira Olsen", "Norland should be clear of the nature of this."),
    ]


def test_a_numbered_office_is_found_though_the_headline_names_it_first() -> None:
    text = (
        "Norbu Rinpoche says the institution will continue\n\nNorbu Rinpoche said on "
        "Wednesday that the institution will continue.\n\nThe statement by the 9th Norbu "
        "Rinpoche Tashi Dawa ended speculation about a successor.\n"
    )
    assert _said(text) == [("reported", "Tashi Dawa", "the institution will continue")]
