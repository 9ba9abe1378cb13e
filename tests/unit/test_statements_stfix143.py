"""The finder's classes from held-out rounds 652-653 of issue 17 (stfix143, session 61);
invented sentences, never the articles' text."""

from __future__ import annotations

from tests.unit.statements_said import said as _said


def test_a_quotation_joined_to_a_described_one_by_the_is_the_describer_s_too() -> None:
    """'what she described as the "A" and the "B" of C': the second quotation goes on the
    phrase the describing verb's first quotation opened, one word or not (round 653: the
    second one missed); a quotation the reporter names after an unlisted verb of its own is
    no such phrase."""
    opening = "Foreign Minister Anna Berg spoke to reporters on Monday. "
    described = (
        'She criticised what she described as the "weaponisation of trade rules" and the'
        ' "militarisation" of maritime disputes.'
    )
    assert _said(opening + described) == [
        ("direct", "Anna Berg", "weaponisation of trade rules"),
        ("direct", "Anna Berg", "militarisation"),
    ]
    welcomed = (
        'She welcomed the "long overdue reform package" and the "roadmap" adopted by the council.'
    )
    assert _said(opening + welcomed) == [("direct", "Anna Berg", "long overdue reform package")]


def test_a_description_known_by_a_name_speaks_by_that_name() -> None:
    """ "The national regulator, known as the Autorità, said X": the subject a description,
    the apposition its one name (round 653: "regulator" given, the name in the gold); a
    name with an alias keeps its own fuller name, and a lowercase alias is no name."""
    text = (
        "Apps\n\n"
        "The national regulator, known as the Autorità, said on Monday it wanted answers"
        " within a month.\n"
        "The Ministry of Trade, also known as Casa Verde, said it would review the case.\n"
    )
    assert [(speaker, words) for _, speaker, words in _said(text)] == [
        ("Autorità", "it wanted answers within a month"),
        ("Ministry of Trade", "it would review the case"),
    ]
    lowercase = "Apps\n\nThe agency, known as the data watchdog, said it would act soon.\n"
    assert _said(lowercase) == [("reported", "agency", "it would act soon")]


def test_yet_joins_a_second_listed_verb_as_but_does() -> None:
    """ "emphasized X yet noted that Y": "yet" a contrasting conjunction before the same
    subject's second verb, two statements (round 652: one span over both); "yet" before an
    adjective or in "has yet to" joins no verb."""
    opening = "Minister Anna Berg spoke on Monday. "
    assert _said(
        opening + "Berg emphasized Norway’s preference for dialogue yet noted that options for"
        " a settlement are shrinking."
    ) == [
        ("reported", "Anna Berg", "Norway’s preference for dialogue"),
        ("reported", "Anna Berg", "options for a settlement are shrinking"),
    ]
    assert _said(
        opening + "Berg stressed Norway’s ties with the region, yet urged restraint on all sides."
    ) == [
        ("reported", "Anna Berg", "Norway’s ties with the region"),
        ("reported", "Anna Berg", "restraint on all sides"),
    ]
    assert _said(opening + "Berg said the treaty was yet untested and had to be reviewed.") == [
        ("reported", "Anna Berg", "the treaty was yet untested and had to be reviewed")
    ]


def test_whose_opens_a_relative_clause_whose_noun_is_its_speaker() -> None:
    """ "with Norland, whose leaders described the plan as a “...”": the relative clause's
    own subject, the head noun after "whose", speaks (round 652: nothing found)."""
    opening = "Talks\n\nTensions rose with Norland, whose leaders earlier "
    assert _said(opening + "described the plan as a “reckless, expansionist scheme.”") == [
        ("direct", "leaders", "reckless, expansionist scheme.")
    ]
    assert _said(opening + "said the plan was reckless.") == [
        ("reported", "leaders", "the plan was reckless")
    ]


def test_a_quotation_after_a_relative_clause_s_comma_goes_on_the_reported_clause() -> None:
    """'added that the remarks, in which he accused X of Y, “have no basis”': the relative
    clause's characterising verb ends with its comma, so the quotation after it goes on the
    clause "added" reports, one statement (round 652: two direct ones); a quotation inside
    the relative clause stays in the reported clause too."""
    opening = "Talks\n\nMinister Anna Berg spoke on Monday. "
    assert _said(
        opening + "She added that the envoy’s remarks in Oslo, in which he accused Norway of"
        " meddling, “have no basis in fact” and instead reflect “a failure to face the record.”"
    ) == [
        (
            "reported",
            "Anna Berg",
            "the envoy’s remarks in Oslo, in which he accused Norway of meddling, “have no basis"
            " in fact” and instead reflect “a failure to face the record.”",
        )
    ]
    assert _said(opening + "She said the envoy, who accused Norway of “meddling,” had left.") == [
        ("reported", "Anna Berg", "the envoy, who accused Norway of “meddling,” had left")
    ]


def test_a_memo_as_subject_speaks_for_its_sender() -> None:
    """ "The memo also stressed that X": a memo or memorandum stands for the body that sent
    it, as "the statement" and "the letter" do (Decisions: documents; round 653: nothing
    found); an email named as the channel ("in an email to Reuters, X stressed") leaves X the
    speaker."""
    opening = "Talks\n\nThe US Navy sent an email to its sailors on Friday. "
    assert _said(opening + "The memo also stressed that sailors must not use the app.") == [
        ("reported", "US Navy", "sailors must not use the app")
    ]
    ministry = "Talks\n\nThe Foreign Ministry said on Friday it would act. "
    assert _said(ministry + "The memorandum also stressed that staff must not use the app.") == [
        ("reported", "Foreign Ministry", "it would act"),
        ("reported", "Foreign Ministry", "staff must not use the app"),
    ]
    channel = "In an email to Reuters, the Defence Ministry stressed that the app was unsafe."
    assert _said(ministry + channel) == [
        ("reported", "Foreign Ministry", "it would act"),
        ("reported", "Defence Ministry", "the app was unsafe"),
    ]


def test_it_in_a_relative_clause_is_the_body_the_main_clause_opens_with() -> None:
    """ "The European Union launched a tool that it says uses less data": "it" in the
    relative clause is the main clause's body, not the body named last in the sentence
    before (round 653: the other body's)."""
    opening = "Talks\n\nThe Trade Ministry said it had requested information on Monday. "
    assert _said(opening + "The European Union launched a tool that it says uses less data.") == [
        ("reported", "Trade Ministry", "it had requested information on Monday"),
        ("reported", "European Union", "uses less data"),
    ]
    assert _said(opening + "Minister Anna Berg rejected the report, which it said was false.") == [
        ("reported", "Trade Ministry", "it had requested information on Monday"),
        ("reported", "Trade Ministry", "was false"),
    ]
