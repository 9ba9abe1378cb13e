"""The finder's errors on held-out rounds 666-667 of issue 17 (stfix152), as classes; invented
sentences, never the articles' text."""

from __future__ import annotations

from tests.unit.statements_said import said as _said


def test_a_later_said_after_a_contrast_is_the_speaker_s_second_statement() -> None:
    """ "X warned against A, though he later said B": the pronoun's verb after the contrast,
    with an adverb of time between ("later", "then"), is X's own second statement, not the
    reporter's clause that ends A (round 666). The reporter's own clause after ", though"
    still ends A and says nothing."""
    text = (
        "Talks\n\n"
        "During his visit to Lima, Chilean President Juan Ruiz warned against rushing the deal,"
        " though he later said the talks had eased his worries. Others stayed calm.\n\n"
        "Peruvian envoy Ana Paz urged patience, but she then said the border would reopen.\n"
    )
    assert _said(text) == [
        ("reported", "Juan Ruiz", "against rushing the deal"),
        ("reported", "Juan Ruiz", "the talks had eased his worries"),
        ("reported", "Ana Paz", "patience"),
        ("reported", "Ana Paz", "the border would reopen"),
    ]
    reporter = (
        "Talks\n\n"
        "Chilean President Juan Ruiz said the deal was bad, though he later signed it.\n\n"
        "Peruvian envoy Ana Paz said the talks failed, though it was not clear why.\n"
    )
    assert _said(reporter) == [
        ("reported", "Juan Ruiz", "the deal was bad"),
        ("reported", "Ana Paz", "the talks failed"),
    ]


def test_a_body_s_report_dated_before_its_relative_says_what_the_relative_says() -> None:
    """ "a report from the X Post on July 28, which stated that Y": the date after the body
    does not hide it from the relative "which"; Y is the issuer's (Decisions: documents
    issued by a named organisation; round 667). A report named with no issuer says nothing."""
    text = (
        "Talks\n\n"
        "The plan was questioned by a report from The Lima Post on May 3, which stated that the"
        " talks could stall.\n\n"
        "It was doubted in a statement from the Chilean Foreign Ministry on Monday, which said"
        " that the border would stay shut.\n"
    )
    assert [(speaker, words) for _, speaker, words in _said(text)] == [
        ("The Lima Post", "the talks could stall"),
        ("Chilean Foreign Ministry", "the border would stay shut"),
    ]
    unissued = (
        "Talks\n\nThe plan was questioned in a report on May 3, which stated that the talks"
        " could stall.\n"
    )
    assert _said(unissued) == []


def test_a_teaser_s_says_and_its_ellipsis_say_nothing() -> None:
    """A headline repeated in the body as a teaser ("... Chilean president says…"): the
    ellipsis is all that follows the verb, no content (round 667); a clause with an ellipsis
    inside it is still said."""
    text = (
        "Talks\n\n"
        "Will Lima sign the deal? Chilean president Juan Ruiz says…\n\n"
        "Juan Ruiz said the talks would… go well. He added …\n"
    )
    assert _said(text) == [("reported", "Juan Ruiz", "the talks would… go well")]


def test_a_quoted_name_after_a_determiner_and_an_epithet_is_no_one_s_words() -> None:
    """ "accuse X of backing an extraterritorial “Andes Link”": a short name in capitals
    after a determiner and a word in lower case is a title in marks (rule 1), not what the
    accusers called it, closed or cut off by the text's end (round 666). A word in lower
    case so characterised is still their words."""
    opening = (
        "Talks\n\n"
        "In Peru, opposition parties have attacked the plan, warning it could weaken the south."
    )
    warned = ("reported", "opposition parties", "it could weaken the south")
    for tail in (
        " They accuse Ruiz of backing an extraterritorial “Andes Link\n",
        " They accuse Ruiz of backing a new “Andes Link” across the south.\n",
    ):
        assert _said(opening + tail) == [warned]
    for tail, quoted in (
        (" They accuse Ruiz of backing a “dangerous” plan.\n", "dangerous"),
        (" They accuse Ruiz of backing a truly “Reckless Plan, the worst ever.”\n", None),
    ):
        found = _said(opening + tail)
        assert found[0] == warned and len(found) == 2
        assert found[1][:2] == ("direct", "opposition parties")
        assert quoted is None or found[1][2] == quoted


def test_a_headline_s_second_predicate_after_a_comma_is_the_subject_s() -> None:
    """ "Peru rejects the plan, says the presence of X could be worrying": a standfirst's two
    present-tense predicates with no "and", the second a listed verb whose words are a clause:
    the subject's statement (round 666). An attribution after the content ("..., says the
    foreign minister", "..., says Juan Ruiz") names its own speaker."""
    text = (
        "Talks\n\n"
        "Peru rejects ‘Andes Link for Peace’ (ALP), says the presence of foreign firms could be"
        " ‘worrying’.\n"
    )
    assert _said(text) == [
        ("reported", "Peru", "the presence of foreign firms could be ‘worrying’"),
    ]
    for attribution, speaker in (
        ("says the foreign minister of Peru.", "foreign minister"),
        ("says a spokesman for the Peruvian government.", "spokesman"),
        ("says Juan Ruiz, the foreign minister.", "Juan Ruiz"),
    ):
        inverted = f"Talks\n\nPeace talks resume next week, {attribution}\n"
        assert _said(inverted) == [("reported", speaker, "Peace talks resume next week")]


def test_a_quotation_told_to_its_addressee_by_an_unlisted_verb_is_direct() -> None:
    """'“...,” he instructed state television.': a verb of telling not in the list, its
    object whom the words were told, attributes the quotation (Decisions: an unlisted
    attributing verb, direct; round 666). An object that is an order ("instructed the army
    to withdraw") or a matter ("reminded them of the vote") is no such attribution."""
    opening = (
        "Talks\n\nJuan Ruiz left for Lima on Monday.\n\n"
        "“We will talk about it and share our views,” he "
    )
    for tail in ("instructed state television.", "reminded reporters.", "informed the crowd."):
        assert _said(opening + tail + "\n") == [
            ("direct", "Juan Ruiz", "We will talk about it and share our views,")
        ]
    for tail in ("instructed the army to withdraw.", "reminded them of the vote in May."):
        assert _said(opening + tail + "\n") == []


def test_a_quotation_whose_noun_s_phrase_closes_the_clause_is_inside_it() -> None:
    """'added that “there are grounds for help” in the project.': the phrase after the
    closing mark goes on with the quoted clause, so the quotation is only part of a reported
    statement (Decisions; round 666); a phrase naming where it was said ("in the interview")
    and a quotation that is the whole clause leave it direct."""
    opening = "Talks\n\nJuan Ruiz spoke in Lima.\n\nHe added that “there are good grounds for help”"
    assert _said(opening + " in the project.\n") == [
        ("reported", "Juan Ruiz", "“there are good grounds for help” in the project")
    ]
    assert _said(opening + " in the interview.\n") == [
        ("direct", "Juan Ruiz", "there are good grounds for help")
    ]


def test_an_event_told_before_the_clause_is_whom_it_was_told() -> None:
    """ "told a press conference he must resign": the event stands for those at it, an
    addressee with no "that" after it, so the span opens at the clause (Decisions: span start
    after non-content words; round 667), as after "told reporters"."""
    for whom in ("a press conference", "a rally", "reporters"):
        text = f"Talks\n\nJuan Ruiz told {whom} he must take responsibility for the losses.\n"
        assert _said(text) == [
            ("reported", "Juan Ruiz", "he must take responsibility for the losses")
        ]


def test_warned_of_a_noun_keeps_the_noun_s_relative_clause() -> None:
    """ "warned of delays that could cost X": "that" opens the noun's relative clause, not
    the clause warned of, so the span is the whole object from the noun (round 667); a date
    after the preposition ("insisted on Monday that X") and an addressee ("warned reporters
    that X") still leave X after "that"."""
    assert _said("Talks\n\nJuan Ruiz warned of delays that could cost Peru millions.\n") == [
        ("reported", "Juan Ruiz", "delays that could cost Peru millions")
    ]
    assert _said("Talks\n\nJuan Ruiz insisted on a deal that would protect Peru.\n") == [
        ("reported", "Juan Ruiz", "a deal that would protect Peru")
    ]
    for said in (
        "insisted on Monday that the deal would protect Peru.",
        "warned reporters that the deal would protect Peru.",
    ):
        assert _said(f"Talks\n\nJuan Ruiz {said}\n") == [
            ("reported", "Juan Ruiz", "the deal would protect Peru")
        ]


def test_the_speaker_s_own_channel_after_via_ends_the_span() -> None:
    """ "announced the summit via his Social platform, saying X": the speaker's own channel,
    how it was said, is no content (round 666, as "during his speech"); a route in the clause
    said ("travel via Chile's ports") stays in it."""
    text = (
        "Talks\n\n"
        "Juan Ruiz announced the summit via his Andes Social platform, saying the leaders"
        " would attend.\n\n"
        "He said the goods would travel via his country's ports.\n"
    )
    assert _said(text) == [
        ("reported", "Juan Ruiz", "the summit"),
        ("reported", "Juan Ruiz", "the leaders would attend"),
        ("reported", "Juan Ruiz", "the goods would travel via his country's ports"),
    ]
