"""The finder's errors on held-out rounds 676-677 of issue 17 (stfix155), as classes; invented
sentences, never the articles' text."""

from __future__ import annotations

from tests.unit.statements_said import said as _said


def test_an_age_apposed_before_a_relative_clause_leaves_the_name_the_subject() -> None:
    """ "X, 64, who ... , pledged Y": the age set off by commas between the name and the
    relative clause is the name's; X is the subject, as in "X, 64, said" (round 677), and
    so after a description ("X, a former judge, who ..., said"), not its noun."""
    text = (
        "Handover\n\n"
        "President Omar Velasco spoke on Monday.\n\n"
        "Velasco, 64, who first won the presidency in 2015 after beating Ruiz, pledged an"
        " orderly handover to the new cabinet.\n\n"
        "Velasco, 64, said the army would stay neutral.\n\n"
        "Velasco, a former judge, who led the party for a decade, said the vote was fair.\n"
    )
    assert _said(text) == [
        ("reported", "Omar Velasco", "an orderly handover to the new cabinet"),
        ("reported", "Omar Velasco", "the army would stay neutral"),
        ("reported", "Omar Velasco", "the vote was fair"),
    ]


def test_a_praise_participle_ends_a_reported_clause_and_its_quotation_is_direct() -> None:
    """ "X called for A, hailing it as a “B” for C": the participle of an unlisted verb of
    praise ends the reported clause A (Decisions: span end), and the quotation it
    characterises is direct, X's (the unlisted-verb decision; round 676), as after
    "describing it as". A quotation inside the clause with no participle stays in it."""
    text = (
        "Pact\n\n"
        "Norland's envoy Lena Berg has called for Ostia to join the new grain pact, hailing it"
        " as a “historic step” for the region.\n\n"
        "Minister Paul Dace urged Ostia to sign the accord, describing it as a “fair bargain” for"
        " farmers.\n\n"
        "Minister Paul Dace urged Ostia to sign the “grain first” accord this year.\n\n"
        "Minister Paul Dace urged Ostia to sign the accord, lauding its fairness.\n"
    )
    assert _said(text) == [
        ("reported", "Lena Berg", "Ostia to join the new grain pact"),
        ("direct", "Lena Berg", "historic step"),
        ("reported", "Paul Dace", "Ostia to sign the accord"),
        ("direct", "Paul Dace", "fair bargain"),
        ("reported", "Paul Dace", "Ostia to sign the “grain first” accord this year"),
        ("reported", "Paul Dace", "Ostia to sign the accord"),
    ]


def test_a_quotation_after_admitting_that_is_direct() -> None:
    """ "X conceded defeat, admitting that Y holds a “Z” lead": "admit" and "concede" are
    not in the list, so the quotation in their clause is direct, X's (the unlisted-verb
    decision; round 677), as after "admitted that", and so after the other participles of
    unlisted verbs of speech ("denying that"). Under "acknowledging" (listed) the clause
    is reported, the quotation inside it; one given as an example ("slogans such as “A”")
    is no one's words here."""
    text = (
        "Vote\n\n"
        "President Omar Velasco has lost the runoff, admitting that his rival, Ana Ruiz, holds a"
        " “decisive” lead.\n\n"
        "President Omar Velasco has lost the runoff, conceding that the count was “clean” in"
        " every province.\n\n"
        "President Omar Velasco has lost the runoff, denying that the count was “rigged”"
        " anywhere.\n\n"
        "President Omar Velasco has lost the runoff, acknowledging that his rival holds a"
        " “decisive” lead.\n\n"
        "President Omar Velasco has lost the runoff, denying that slogans such as “no more"
        " fraud” were his party's.\n"
    )
    assert _said(text) == [
        ("direct", "Omar Velasco", "decisive"),
        ("direct", "Omar Velasco", "clean"),
        ("direct", "Omar Velasco", "rigged"),
        ("reported", "Omar Velasco", "his rival holds a “decisive” lead"),
    ]


def test_a_caption_repeating_the_lede_s_subject_is_no_headline() -> None:
    """A text stored without its headline: a first sentence, then a line that only repeats
    its subject's title and name (a photo's caption): the first line is the lede, annotated
    (round 676), not a standfirst over a headline. A title-case line under it that says what
    happened is the headline, the line above it headline matter (rounds 592, 593)."""
    text = (
        "Norland's Defence Minister Pavel Orlov stated that under the new pact both states will"
        " defend each other if attacked.\n"
        "Norland Defence Minister Pavel Orlov\n"
        "The pact was signed in Ostia on Tuesday.\n"
    )
    assert _said(text) == [
        (
            "reported",
            "Pavel Orlov",
            "under the new pact both states will defend each other if attacked",
        )
    ]
    shorter = text.replace(
        "Norland Defence Minister Pavel Orlov\n", "Defence Minister Pavel Orlov\n"
    )
    assert _said(shorter) == _said(text)
    headline = (
        "Norland's Defence Minister Pavel Orlov stated that under the new pact both states will"
        " defend each other if attacked.\n"
        "Norland Minister Orlov Says States Will Defend Each Other\n"
        "The pact was signed in Ostia on Tuesday.\n"
    )
    assert _said(headline) == []


def test_a_role_without_its_article_after_a_quotation_is_a_new_unnamed_speaker() -> None:
    """'“...,” confirmed senior Norland official.': the article dropped ("a senior Norland
    official"), an unnamed speaker of its own, not the person in view nor one named next
    (round 676). With "the", the role stands for the official named before."""
    text = (
        "Pact\n\n"
        "Analyst Ivo Marsh spoke on television. “This changes the region,” he said.\n\n"
        "“This is a wide defensive agreement,” confirmed senior Norland official.\n\n"
        "Analyst Ivo Marsh later said the deal would last.\n"
    )
    assert _said(text) == [
        ("direct", "Ivo Marsh", "This changes the region,"),
        ("direct", "senior Norland official", "This is a wide defensive agreement,"),
        ("reported", "Ivo Marsh", "the deal would last"),
    ]
    definite = (
        "Pact\n\n"
        "A senior Norland official, Rita Holm, spoke on Monday.\n\n"
        "“This is a wide defensive agreement,” confirmed the senior Norland official.\n"
    )
    assert _said(definite) == [
        ("direct", "Rita Holm", "This is a wide defensive agreement,"),
    ]


def test_an_age_epithet_with_the_person_s_former_trade_stands_for_the_person() -> None:
    """ "X was sworn in. The 72-year-old former history teacher warned A against B": the
    definite epithet with an age is the person in view, as "the 72-year-old" alone (round
    677); a name inside it is that name's."""
    text = (
        "Oath\n\n"
        "Omar Velasco was sworn in on Saturday as Norland's fifth president. The 72-year-old"
        " former history teacher warned ministers against wasting public funds.\n\n"
        "The 58-year-old lawyer Ana Ruiz said the oath was valid.\n"
    )
    assert _said(text) == [
        ("reported", "Omar Velasco", "ministers against wasting public funds"),
        ("reported", "Ana Ruiz", "the oath was valid"),
    ]


def test_a_title_serving_another_person_leaves_the_apposed_name_the_subject() -> None:
    """ "Senior adviser to X's Supreme Leader Y, General Z, has called for A, hailing it as
    “B”": the title serves Y, whose name ends it; the name set off by commas after it is
    the subject, Z, for the participle's quotation as for the reported clause (round 676).
    A place between the joint and the name ("ambassador to Kenya W") makes W the holder."""
    text = (
        "Pact\n\n"
        "Senior adviser to Norland’s Supreme Leader Marshal Ivo Brandt, General Karl Vos, has"
        " called for Ostia to join the pact, hailing it as a “turning point” for the region.\n"
    )
    assert _said(text) == [
        ("reported", "Karl Vos", "Ostia to join the pact"),
        ("direct", "Karl Vos", "turning point"),
    ]
    adviser = (
        "Pact\n\n"
        "Senior adviser to President Ivo Brandt, General Karl Vos, has welcomed the pact,"
        " describing it as a “turning point” for the region.\n"
    )
    assert _said(adviser) == [("direct", "Karl Vos", "turning point")]
    holder = (
        "Pact\n\n"
        "Norland's ambassador to Kenya Ivo Brandt, a veteran envoy, has welcomed the pact,"
        " describing it as a “turning point” for both.\n"
    )
    assert _said(holder) == [("direct", "Ivo Brandt", "turning point")]
