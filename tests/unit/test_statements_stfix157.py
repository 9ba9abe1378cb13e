"""The finder's classes of error on the held-out rounds 680-681 of issue 17 (stfix157);
invented sentences, never the articles' text."""

from __future__ import annotations

from tests.unit.statements_said import said as _said


def test_a_first_paragraph_the_page_repeats_further_down_is_annotated_again() -> None:
    """A text stored without its headline opens with its first paragraph, and the scraper
    repeats that paragraph a few lines further down: each occurrence is annotated
    (GUIDELINES' Decisions: text the scraper repeated), not the copy dropped as the
    headline's."""
    lede = (
        "Senator Ana Ruiz of the Green Union was among the first to react, describing the"
        " blast as “an attack on all of us.”"
    )
    text = (
        f"{lede}\nOfficials said the square would stay closed.\n{lede}\n"
        "The police said two men fled.\n"
    )
    assert _said(text) == [
        ("direct", "Ana Ruiz", "an attack on all of us."),
        ("reported", "Officials", "the square would stay closed"),
        ("direct", "Ana Ruiz", "an attack on all of us."),
        ("reported", "police", "two men fled"),
    ]
    # a line only beginning as the first one does is no copy of it
    longer = f"{lede}\n{lede[:-1]} again.”\nThe police said two men fled.\n"
    assert [s for s in _said(longer) if s[1] == "police"] == [
        ("reported", "police", "two men fled")
    ]
    # a short headline under which the body repeats it stays headline matter
    headline = (
        "Blast hits city square\nOfficials said the square would stay closed.\n"
        "Blast hits city square\n"
    )
    assert _said(headline) == [("reported", "Officials", "the square would stay closed")]


def test_a_person_s_party_in_an_aside_leaves_the_person_the_subject() -> None:
    """ "X, of the 5-Star Movement (M5S), called for Y": a party whose name opens with a
    numeral ("5-Star") still reads as a name's words in the aside, and "the Nova Unione
    (NU) party", which the recogniser may take for a person, is a party after "the" before
    its acronym: "he" in the next sentence stands for X."""
    text = (
        "Rome talks\n"
        "Marco Bellini, of the 5-Star Movement (M5S), also called for calm. “Enough,” said the"
        " former minister.\n"
        "Paolo Verdi, of the Nova Unione (NU) party, accused the mayor of lying. “He is"
        " afraid,” he wrote on X.\n"
    )
    assert _said(text) == [
        ("reported", "Marco Bellini", "calm"),
        ("direct", "Marco Bellini", "Enough,"),
        ("direct", "Paolo Verdi", "He is afraid,"),
    ]
    # a five-year plan is no name: the aside stays a description, the subject still found
    assert _said("Rome talks\nMarco Bellini, of the Green Union, said the plan failed.\n") == [
        ("reported", "Marco Bellini", "the plan failed")
    ]
    # a person with initials in brackets and no "the" before stays a person
    assert _said("Mexico\nAndrés López (AL) said the plan failed.\n") == [
        ("reported", "Andrés López", "the plan failed")
    ]


def test_an_adverb_between_the_auxiliary_and_a_progressive_verb() -> None:
    """ "The unions are also calling for X": a finite progressive with "also" (or "now",
    "still") between its auxiliary and the listed verb, as "are calling for X" is."""
    assert _said("Strike\nThe unions are also calling for the release of all prisoners.\n") == [
        ("reported", "unions", "the release of all prisoners")
    ]
    assert _said("Strike\nThe unions are now urging the government to act.\n") == [
        ("reported", "unions", "the government to act")
    ]
    # an opening participle is still no progressive: the speaker is named after it
    assert _said("Strike\nAlso calling for calm, the mayor said talks would resume.\n") == [
        ("reported", "mayor", "talks would resume")
    ]


def test_a_plural_subject_s_second_present_predicate_after_and() -> None:
    """ "The unions reject the cuts and say they will strike": "say" is the present tense of
    a plural subject's second predicate, as "says" is of a singular one; not after an
    infinitive, a modal, a negation or a relative pronoun."""
    assert _said("Strike\nThe unions reject the cuts and say they will strike on Monday.\n") == [
        ("reported", "unions", "they will strike on Monday")
    ]
    assert _said("Strike\nThe unions will meet and say what they think.\n") == []
    assert _said("Strike\nThe rules that bind members and say little are old.\n") == []


def test_a_date_set_off_by_commas_after_the_verb_is_no_content() -> None:
    """ "announced on Sunday, May 4, a strike until X": the date between commas says when;
    the content starts after it; a participle after the date is an attribution of its own."""
    assert _said(
        "Strike\nThe unions announced on Sunday, May 4, a strike until the cuts end.\n"
    ) == [("reported", "unions", "a strike until the cuts end")]
    assert _said("Strike\nThe unions said on May 4, 2025, they would strike.\n") == [
        ("reported", "unions", "they would strike")
    ]


def test_a_description_set_off_by_glued_dashes_is_no_part_of_the_speaker() -> None:
    """ "the Green Front alliance—comprising the A and B parties—said": a participle or an
    indefinite noun phrase between dashes glued to the words describes the subject; "—the
    first since 2023—" after an event keeps its phrase (no speaker)."""
    assert _said(
        "Vote\nThe Green Front—a coalition of two parties—said the vote was rigged.\n"
    ) == [("reported", "Green Front", "the vote was rigged")]
    assert _said("Vote\nThe meeting—the first since 2023—highlighted the need for calm.\n") == []


def test_the_coalition_stands_for_a_union_named_as_an_alliance() -> None:
    """ "the Green Front alliance ... the coalition announced": a union of parties named by
    one noun is named again by the other, the same body, as "the ministry" stands for the
    ministry named before; with no such union named, "the coalition" is a group of its own."""
    text = (
        "Vote\nIn Chad, the Green Front alliance—comprising the UDP and RDP parties—has"
        " accused the government of what it calls “stolen votes.”\n"
        "At a news conference on Monday, the coalition announced a march.\n"
    )
    assert _said(text) == [
        ("direct", "Green Front", "stolen votes."),
        ("reported", "Green Front", "a march"),
    ]
    alone = (
        "Vote\nThe Green Front said the vote was rigged. The coalition also called for a recount.\n"
    )
    assert _said(alone) == [
        ("reported", "Green Front", "the vote was rigged"),
        ("reported", "coalition", "a recount"),
    ]


def test_the_news_confirmed_in_a_post_is_no_content() -> None:
    """ "X confirmed the news in a social media post, calling Y": the act named and where it
    was told, no content (Decisions: an object that only names a kind of speech and its
    topic), as "confirmed the news" alone; a clause after it still is content."""
    assert (
        _said("Loss\nIvo Darn confirmed the news in a social media post, calling it a loss.\n")
        == []
    )
    assert _said(
        "Loss\nIvo Darn announced the decision at a press conference, saying it was final.\n"
    ) == [("reported", "Ivo Darn", "it was final")]
