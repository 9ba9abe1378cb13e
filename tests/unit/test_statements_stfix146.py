"""The finder on the kinds of error held-out rounds 658-659 showed (stfix146, issue 17), as
classes; invented sentences, never the articles' text."""

from __future__ import annotations

from tests.unit.statements_said import said as _said


def test_a_claim_whose_clause_opens_on_a_name_quotes_the_claimer() -> None:
    """'X criticised Y, claiming the Nordic Union was not “heard enough”': "claim" is not
    listed, so the quotation in its clause is direct, the claimer's, whether the clause's
    subject is a name of several capitalised words or an acronym (Decisions: an unlisted
    verb's quotation is direct); a claim with no clause after it quotes no one."""
    many = (
        "Talks\n\n"
        "The minister sharply criticised the new treaty, claiming the Nordic Union was not"
        " \u201cheard enough\u201d during the talks.\n"
    )
    assert _said(many) == [("direct", "minister", "heard enough")]
    acronym = (
        "Talks\n\n"
        "The minister sharply criticised the new treaty, claiming the NU was not"
        " \u201cheard enough\u201d during the talks.\n"
    )
    assert _said(acronym) == [("direct", "minister", "heard enough")]
    prize = "Talks\n\nThe minister claimed the Golden Prize for \u201cpeace work\u201d last year.\n"
    assert _said(prize) == []


def test_a_body_noun_with_its_complement_then_the_body_s_name_is_the_body() -> None:
    """ "The largest association of shipowners, brokers and agents, SEAFO, is warning that
    X": the body's common noun, its complement a list, then its name set off by commas: the
    named body speaks, as "The main opposition party, Chadema, said" (round 564); a list
    with no body noun opening it names no one."""
    text = (
        "Shipping\n\n"
        "The largest association of shipowners, brokers and agents, SEAFO, is warning that"
        " the threat to shipping has risen.\n"
    )
    assert _said(text) == [("reported", "SEAFO", "the threat to shipping has risen")]
    short = (
        "Shipping\n\nThe main association of shipowners, SEAFO, warned that the threat had risen.\n"
    )
    assert _said(short) == [("reported", "SEAFO", "the threat had risen")]
    listed = (
        "Shipping\n\nThe owners, brokers and agents, SEAFO, warned that the threat had risen.\n"
    )
    assert _said(listed) == []


def test_a_second_verb_after_an_aside_closed_by_a_glued_dash_is_its_own_statement() -> None:
    """ "Although X acknowledged A—such as B—she stressed that C": the dash glued to the
    words closes the aside as a spaced one does; A ends before it and "she stressed" starts
    a statement of its own (GUIDELINES rule 2: each verb its own statement)."""
    text = (
        "Trade\n\n"
        "Although spokeswoman Marta Lindgren acknowledged some gains in the deal\u2014such as"
        " access for small firms\u2014she stressed that the president considered it weak.\n"
    )
    assert _said(text) == [
        (
            "reported",
            "Marta Lindgren",
            "some gains in the deal\u2014such as access for small firms",
        ),
        ("reported", "Marta Lindgren", "the president considered it weak"),
    ]
    spaced = text.replace("\u2014", " \u2014 ")
    assert [words for _, _, words in _said(spaced)][1] == "the president considered it weak"


def test_an_urging_ending_in_a_colon_is_said_up_to_it_and_the_quotation_after_it() -> None:
    """'He urged other nations to weigh the costs: “...”': the urging's addressee and
    infinitive are content, annotated up to the colon (Decisions: a clause ending in a colon),
    and the quotation after it is direct; a bare 'He urged: “...”' or 'He told reporters:
    “...”' is the quotation alone."""
    opening = "Talks\n\nForeign Minister Karl Lindqvist spoke on Monday. "
    urged = (
        opening
        + "He also urged other nations to weigh the costs: \u201cIt would hurt us all.\u201d\n"
    )
    assert _said(urged) == [
        ("reported", "Karl Lindqvist", "other nations to weigh the costs"),
        ("direct", "Karl Lindqvist", "It would hurt us all."),
    ]
    called = opening + "He called on the rivals to talk: \u201cIt would hurt us all.\u201d\n"
    assert _said(called) == [
        ("reported", "Karl Lindqvist", "the rivals to talk"),
        ("direct", "Karl Lindqvist", "It would hurt us all."),
    ]
    for bare in ("He urged: ", "He told reporters: "):
        text = opening + bare + "\u201cIt would hurt us all.\u201d\n"
        assert _said(text) == [("direct", "Karl Lindqvist", "It would hurt us all.")]


def test_a_quotation_whose_attribution_the_stored_text_cuts_off_is_still_attributed() -> None:
    """'... lamented the deal. “It is a dark day,” Be' at the end of the stored text: the
    attribution cut off, the quotation stands alone after the sentence naming its speaker
    (rule 1: attributed in the sentence before); a full stop after the name is no cut."""
    opening = "Trade\n\nPrime Minister Anna Bergstrom lamented the deal as a betrayal. "
    for tail in ("Be", "Bergstrom", "Bergstrom\n"):
        text = opening + "\u201cIt is a dark day for us all,\u201d " + tail
        assert _said(text) == [("direct", "Anna Bergstrom", "It is a dark day for us all,")]
    stopped = opening + "\u201cIt is a dark day for us all,\u201d Oslo.\n"
    assert _said(stopped) == []


def test_a_body_named_by_its_acronym_and_the_noun_of_its_kind_is_the_acronym() -> None:
    """ "Norland’s powerful NIF federation of industrial groups said X", "the NEA exporters
    association called it a “...”": the acronym names the body, the noun only says what kind
    of body it is, as "the chemical trade association NCA" names NCA (GUIDELINES: the
    organisation as named); a part of a body ("the OAS mission") stays whole, and a body
    named in full words is kept whole."""
    federation = (
        "Trade\n\nNorland\u2019s powerful NIF federation of industrial groups said the accord"
        " would hurt exports.\n"
    )
    assert _said(federation) == [("reported", "NIF", "the accord would hurt exports")]
    association = (
        "Trade\n\nThe country\u2019s NEA exporters association called it a \u201cpainful"
        " compromise\u201d for many firms.\n"
    )
    assert _said(association) == [("direct", "NEA", "painful compromise")]
    mission = "Trade\n\nThe OAS mission said the vote was fair.\n"
    assert _said(mission) == [("reported", "OAS mission", "the vote was fair")]
    full = "Trade\n\nThe National Exporters Association said the vote was fair.\n"
    assert _said(full) == [("reported", "National Exporters Association", "the vote was fair")]


def test_a_bare_title_is_not_the_holder_of_another_office_named_next() -> None:
    """ "the Chancellor expressed his “full support”" before "Finance Minister Lars Kling said":
    not Kling, whose title is another office's, but the one speaker so far given no title,
    whose office the article takes as known (as round 367's "Boris Johnson said X ... the prime
    minister said Y"); the next speaker who holds the title is still the one meant, and with
    no untitled speaker the title stays unnamed."""
    fuller = (
        "Trade\n"
        "Brandt said he was particularly relieved.\n"
        "Economist Ivo Faus, head of the institute, said the deal was bad.\n"
        "There are many details left, and the Chancellor expressed his \u201cfull support\u201d"
        " for the Commission \u201cfor the talks that will now begin\u201d.\n"
    )
    text = fuller + "Norland Finance Minister Lars Kling said the accord was weak.\n"
    assert [speaker for _, speaker, _ in _said(text)] == [
        "Brandt",
        "Ivo Faus",
        "Brandt",
        "Lars Kling",
    ]
    titled = (
        "Trade\n"
        "Brandt said he was particularly relieved.\n"
        "The Chancellor expressed his \u201cfull support\u201d for the Commission.\n"
        "Norland Chancellor Lars Kling said the accord was weak.\n"
    )
    assert [speaker for _, speaker, _ in _said(titled)] == ["Brandt", "Lars Kling", "Lars Kling"]
    untitled = text.replace("Brandt said he was particularly relieved.\n", "")
    assert [speaker for _, speaker, _ in _said(untitled)][1] == "Chancellor"


def test_a_fronted_gerund_after_a_span_of_time_is_the_main_subject_s_statement() -> None:
    """ "Hours before announcing a truce was agreed, President Lopez thanked X": the gerund's
    subject is the main clause's, a reported statement of Lopez, as "Before announcing" is;
    a span of time before a noun ("Hours before the talks") says nothing."""
    for opening in ("Before", "Hours before", "Shortly after", "Just days after"):
        text = (
            f"Talks\n\n{opening} announcing a truce was agreed between the two sides, President"
            " Lopez thanked the mediators.\n"
        )
        assert _said(text) == [("reported", "Lopez", "a truce was agreed between the two sides")]
    bare = "Talks\n\nHours before the talks, President Lopez thanked the mediators.\n"
    assert _said(bare) == []


def test_a_headline_the_page_repeats_glued_to_the_first_paragraph_is_not_its_subject() -> None:
    """ "EU ‘not heard’ – Lund" on its line, then the paragraph "EU ‘not heard’ – LundNordic
    President Eva Lund has criticized X, claiming ... “heard enough”": the repeated headline
    run into the first word is headline matter, the sentence's subject Eva Lund, not the
    body the headline opens on; a paragraph that only opens on the same words, spaced, is
    read as it stands."""
    head = (
        "Nordic President Urges a Tougher Stance\n\n"
        "EU \u2018not heard enough\u2019 \u2013 Lund\n\n\n"
    )
    body = (
        "Nordic President Eva Lund has sharply criticized the new treaty, claiming the European"
        " Union was not \u201cheard enough\u201d during the talks.\n"
    )
    glued = head + "EU \u2018not heard enough\u2019 \u2013 Lund" + body
    assert _said(glued) == [("direct", "Eva Lund", "heard enough")]
    plain = head + body
    assert _said(plain) == [("direct", "Eva Lund", "heard enough")]
