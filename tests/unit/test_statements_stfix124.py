"""Classes of error held-out rounds 616-617 showed (stfix124, session 56). Invented sentences
and names, never the articles' text."""

from __future__ import annotations

import pytest

from tests.unit.statements_said import said as _said


@pytest.mark.parametrize(
    "introduction",
    [
        "The count made Dorința Vanel the next mayor.",  # a given name with a diacritic
        "Pro-European Tavoru Vanel is facing hard choices after the count.",  # a stance before it
    ],
)
def test_a_surname_speaking_alone_is_named_by_the_given_name_before_it_elsewhere(
    introduction: str,
) -> None:
    """Rounds 616's "making Nicușor Dan the next Romanian president" and "Pro-European Nicusor
    Dan is confronting ...", then "Dan said": the person as fully as the article names them."""
    text = f"Vote\n\n{introduction}\nVanel told reporters the petition was baseless.\n"
    given = introduction.split(" Vanel")[0].split()[-1]
    assert _said(text) == [("reported", f"{given} Vanel", "the petition was baseless")]


def test_a_stance_before_a_capitalised_word_makes_no_given_name_of_a_title() -> None:
    text = (
        "Vote\n\nPro-European President Vanel is facing hard choices after the count.\n"
        "Vanel told reporters the petition was baseless.\n"
    )
    assert _said(text) == [("reported", "Vanel", "the petition was baseless")]


@pytest.mark.parametrize(
    ("subject", "speaker"),
    [
        ("Thailand’s Constitutional Court", "Constitutional Court"),
        ("Romania’s Supreme Council", "Supreme Council"),
        ("Thailand’s Bhumjaithai Party", "Bhumjaithai Party"),
        ("Thailand’s Bhumjaithai party", "Bhumjaithai party"),  # the head lowercase
        ("Thailand’s Foreign Ministry", "Thailand’s Foreign Ministry"),  # a function's name
        ("Thailand’s ruling party", "Thailand’s ruling party"),  # no name of its own
    ],
)
def test_a_country_before_a_court_council_or_party_only_places_it(
    subject: str, speaker: str
) -> None:
    """Rounds 616-617's "Romania’s Constitutional Court", "Thailand’s Bhumjaithai Party" (the
    dev set's "Ecuador’s Constitutional Court", "China’s State Council" likewise): the body by
    its own name; an office named by its function keeps its country."""
    text = f"Ruling\n\n{subject} said the vote was valid.\n"
    assert _said(text) == [("reported", speaker, "the vote was valid")]


def test_a_party_named_without_its_head_noun_is_the_party() -> None:
    """Round 617's "Bhumjaithai, the coalition’s second-largest party, said" and "The party
    stated" after "the Bhumjaithai Party": the word alone is the party, as fully named, and the
    party named last by it is the one "the party" stands for, not another party named before."""
    text = (
        "Coalition\n\n"
        "Norway’s Vasprava Party announced its exit from the coalition on June 18.\n"
        "In a statement released Wednesday evening, Vasprava, the coalition’s second party,"
        " said it could no longer support the government.\n"
        "Ties between Vasprava and the ruling Unity Party have been strained for months.\n"
        "Sources within Vasprava said the ministers were preparing to leave. The party stated"
        " that all its ministers had resigned.\n"
    )
    assert _said(text) == [
        ("reported", "Vasprava Party", "its exit from the coalition on June 18"),
        ("reported", "Vasprava Party", "it could no longer support the government"),
        ("reported", "Sources", "the ministers were preparing to leave"),
        ("reported", "Vasprava Party", "all its ministers had resigned"),
    ]


def test_a_party_named_like_an_english_word_is_left_as_read() -> None:
    text = (
        "Coalition\n\n"
        "The Republican Party said the vote was valid.\n"
        "The Republican acknowledged that the count was fair.\n"
    )
    assert _said(text) == [
        ("reported", "Republican Party", "the vote was valid"),
        ("reported", "Republican", "the count was fair"),
    ]


def test_a_long_opening_phrase_before_an_organisation_and_its_aside_is_no_subject() -> None:
    """ "In a statement released Wednesday evening, X, the campaign group, said" (round 617):
    the lowercase opening phrase, however long, names no one; X and its aside follow it."""
    text = (
        "Vote\n\n"
        "In a statement released on Wednesday evening, Greenpeace, the campaign group, said it"
        " could no longer support the plan.\n"
    )
    assert _said(text) == [("reported", "Greenpeace", "it could no longer support the plan")]


def test_a_place_after_an_unknown_word_opening_a_sentence_is_a_surname_before_a_role() -> None:
    """Round 617's "Rangsiman Rome, the deputy leader of the opposition People’s Party, which
    emerged from ..., expressed to AFP that": the recogniser read "Rome" alone, as a city, and
    the speaker fell to the deputy prime minister named before."""
    text = (
        "Crisis\n\n"
        "Deputy Prime Minister Ada Vey will lead the probe.\n"
        "Tavoru Lisbon, the deputy leader of the opposition Unity Party, which grew out of a"
        " movement that won the most votes in 2023, said the ruling was unfair.\n"
    )
    assert _said(text) == [("reported", "Tavoru Lisbon", "the ruling was unfair")]


def test_expressed_to_an_addressee_that_reports_the_clause() -> None:
    """ "expressed to AFP that X" (round 617), as "told AFP that X" and "expressed that X"."""
    text = "Crisis\n\nAna Vey expressed to reporters that the vote was fair.\n"
    assert _said(text) == [("reported", "Ana Vey", "the vote was fair")]


@pytest.mark.parametrize("addressee", ["AFP", "the BBC.", "Al Jazeera on Sunday."])
def test_told_a_named_addressee_and_nothing_more_says_nothing(addressee: str) -> None:
    """Round 617's text cut off after "analyst X told AFP": whom, no words (as "told
    reporters." already was)."""
    text = f"Crisis\n\nThe vote was held on Sunday.\nThai analyst Ana Vey told {addressee}"
    assert _said(text) == []


@pytest.mark.parametrize(
    ("first", "speaker"),
    [
        ("Georgescu won the first round last year.", "Georgescu"),
        ("Calin Georgescu won the first round last year.", "Calin Georgescu"),
    ],
)
def test_a_family_name_alone_as_a_subject_is_a_person(first: str, speaker: str) -> None:
    """Round 616's "Georgescu also tried to play up ...: “...” he wrote on X. “...”": a family
    name the gazetteer knows, standing alone as the subject, is a person (the recogniser
    leaves it unread without a given name or a title), named in full where the article is."""
    text = (
        f"Vote\n\n{first}\n"
        "Georgescu also tried to play up the ruling: “If the vote falls, we all fall!” he wrote"
        " on X. “This is just the beginning.”\n"
    )
    assert _said(text) == [
        ("direct", speaker, "If the vote falls, we all fall!"),
        ("direct", speaker, "This is just the beginning."),
    ]


def test_a_listed_verb_s_form_before_a_possessive_is_a_noun() -> None:
    """Round 616's 'Simion called his request’s rejection a “continued coup d’état by the
    court”': "request’s" is the request's, no listed verb whose clause would hold the
    quotation; "call" is unlisted, so the quoted words are his, direct."""
    text = (
        "Vote\n\nAna Vey lost the vote.\n"
        "For her part, Vey called her request’s rejection a “continued coup by the court”.\n"
    )
    assert _said(text) == [("direct", "Ana Vey", "continued coup by the court")]


@pytest.mark.parametrize("verb", ["continues to claim", "went on to claim"])
def test_an_unlisted_verb_of_speech_in_the_infinitive_gives_its_quotation(verb: str) -> None:
    """Round 616's 'Simion ... continues to claim that the May 18 election was a “coup
    d'état.”': "claim" unlisted, in the infinitive as in the past ("claimed that X “...”"):
    the quoted words direct, the subject's."""
    text = f"Vote\n\nAna Vey lost the vote.\nVey {verb} that the vote was a “coup.”\n"
    assert _said(text) == [("direct", "Ana Vey", "coup.")]


def test_a_court_ruling_that_quotes_its_words_is_direct() -> None:
    """Round 617's 'The nine-judge court ... ruled that the 39-year-old politician had
    “seriously violated” the ethical standards' (the dev set's Jersey 'Royal Court ruled that
    the funds were "more likely than not" ...'): "rule" unlisted, the quoted words the court's."""
    text = (
        "Ruling\n\nNorway’s Supreme Court ruled that the mayor had “seriously violated” the"
        " ethical standards of the office.\n"
    )
    assert _said(text) == [("direct", "Supreme Court", "seriously violated")]
