"""The finder's errors on held-out rounds 678-679 of issue 17 (stfix156), as classes; invented
sentences, never the articles' text."""

from __future__ import annotations

from tests.unit.statements_said import said as _said


def test_a_team_named_by_its_modifiers_speaks_as_a_group() -> None:
    """ "The Norland Radio fact-check team confirmed that X": a team with the words that name
    it is a group speaker, its head noun with its pre-modifiers (Decisions: group speakers;
    round 678). "The team" alone names no one here, and a team an issued statement is from
    keeps its owner, as before."""
    text = (
        "Videos\n\n"
        "The town was quiet on Monday. The Norland Radio fact-check team confirmed that the"
        " videos are genuine. His legal team argued that the ruling was unjust.\n\n"
        "The team confirmed that the border was closed.\n\n"
        "The border is shut, according to a statement from the army’s press team.\n"
    )
    assert _said(text) == [
        ("reported", "Norland Radio fact-check team", "the videos are genuine"),
        ("reported", "legal team", "the ruling was unjust"),
        ("reported", "army’s press team", "The border is shut"),
    ]


def test_alarm_expressed_over_a_topic_is_a_concern() -> None:
    """ "expressed deep alarm over the fighting": alarm, a concern's kin, with what it is about
    is a statement, as "expressed concern over X" is (Decisions: a concern expressed; round
    678). Alarm alone and frustration over a topic stay attitudes."""
    text = (
        "Talks\n\n"
        "The town was quiet on Monday. Ana Ruiz expressed deep alarm over the fighting in the"
        " north. Leaders expressed alarm. Ivo Marek expressed his frustration over the delays."
        " Ivo Marek expressed grave worries about the harvest.\n"
    )
    assert _said(text) == [
        ("reported", "Ana Ruiz", "deep alarm over the fighting in the north"),
        ("reported", "Ivo Marek", "grave worries about the harvest"),
    ]


def test_an_unlisted_second_verb_with_a_prepositional_object_ends_the_first() -> None:
    """ "Tarn called for A and pressed for a “B”": the unlisted past joined by "and", its
    object after "for a", is the speaker's second predicate, so the reported A ends before it
    and B, the unlisted verb's whole object, is direct, the body's too, as a person's is
    (Decisions: a quotation under an unlisted verb; round 678). A listed second verb ("and
    called for the release") still goes on inside an attributed clause, and a noun phrase
    opening the sentence ("Past EU summits have failed “...”") speaks no quotation."""
    text = (
        "Corridor\n\n"
        "The town was quiet on Monday. Norland called for an end to the fighting and pressed for"
        " a “safe corridor, the free delivery of aid, and an end to raids on villages”.\n\n"
        "The ministry called for calm and pushed for a “swift return of all the displaced”.\n"
    )
    assert _said(text) == [
        ("reported", "Norland", "an end to the fighting"),
        (
            "direct",
            "Norland",
            "safe corridor, the free delivery of aid, and an end to raids on villages",
        ),
        ("reported", "ministry", "calm"),
        ("direct", "ministry", "swift return of all the displaced"),
    ]
    listed = (
        "Prisoners\n\n"
        "Envoys met the junta chief last week and called for the release of all prisoners,"
        " the regional group said in a statement.\n"
    )
    document = (
        "Votes\n\n"
        "The town was quiet on Monday. Past EU summits have failed “to bring any lasting calm"
        " to the border towns”.\n"
    )
    assert _said(document) == []
    assert _said(listed) == [
        (
            "reported",
            "regional group",
            "Envoys met the junta chief last week and called for the release of all prisoners",
        )
    ]


def test_a_document_s_participle_in_an_opening_phrase_reports_nothing() -> None:
    """ "In a statement shared on social media, the Front claimed it had taken the town “...”":
    "shared" only says how the statement came out, no listed verb whose clause holds the
    claim, so the quotation under "claimed" is direct (Decisions: an unlisted verb; round
    678). A listed verb before the claim still makes it part of a reported clause."""
    text = (
        "Town\n\n"
        "The town was quiet on Monday. In a statement shared on social media, the Tarn Front"
        " claimed it had taken the town “from the hands of the gangs and their backers.”\n\n"
        "In a video posted online, Ana Ruiz claimed she had won “by a wide margin.”\n"
    )
    assert _said(text) == [
        ("direct", "Tarn Front", "from the hands of the gangs and their backers."),
        ("direct", "Ana Ruiz", "by a wide margin."),
    ]
    listed = (
        "Port\n\n"
        "The town was quiet on Monday. Ivo Marek said the Tarn Front claimed it had taken the"
        " port “from the gangs.”\n"
    )
    assert _said(listed) == [
        ("reported", "Ivo Marek", "the Tarn Front claimed it had taken the port “from the gangs.”")
    ]


def test_a_quotation_before_a_comma_and_a_joined_listed_verb_is_its_own() -> None:
    """'X gave no details “so as not to harm the talks”, and has asked Y to Z': the listed
    verb after ", and" opens the subject's second predicate, so the quotation before it is
    not inside its clause: direct, X's (round 679), as without the comma."""
    text = (
        "Court\n\n"
        "The town was quiet on Monday. Ana Ruiz has not given more details about the talks"
        " “so as not to harm the negotiations”, and has asked the court to delay the hearing.\n"
    )
    assert _said(text) == [
        ("direct", "Ana Ruiz", "so as not to harm the negotiations"),
        ("reported", "Ana Ruiz", "the court to delay the hearing"),
    ]


def test_a_quotation_after_the_reporter_s_lead_and_a_colon_is_direct() -> None:
    """'The talks have stalled: “A. B,” warned the envoy.': the lead before the colon is the
    reporter's own clause, so the whole quotation is the envoy's direct words, not B reported
    from the start of its sentence (round 679). A lead whose subject speaks keeps the
    quotation its subject's."""
    text = (
        "Talks\n\n"
        "The town was quiet on Monday. The talks have stalled: “I keep the hope that we will meet"
        " again. These terms are unfair, whoever signs them would be blamed,” warned the envoy.\n"
    )
    assert _said(text) == [
        (
            "direct",
            "envoy",
            "I keep the hope that we will meet again. These terms are unfair, whoever signs"
            " them would be blamed,",
        ),
    ]
    named = (
        "Terms\n\n"
        "The town was quiet on Monday. Tarn President Ana Ruiz condemned the terms: “They are"
        " unfair to the farmers,” said the Tarn leader.\n"
    )
    assert _said(named) == [("direct", "Ana Ruiz", "They are unfair to the farmers,")]


def test_this_weekday_between_verb_and_that_is_when() -> None:
    """ "announced this Wednesday that X": the day is an adverbial, so the span starts after
    "that" (Decisions: span start; round 679), as for "this week"."""
    text = (
        "Arrests\n\n"
        "The town was quiet on Monday. The mayor, Ana Ruiz, announced this Wednesday that the two"
        " men had admitted their role. Ivo Marek said this evening that the port would reopen.\n"
    )
    assert _said(text) == [
        ("reported", "Ana Ruiz", "the two men had admitted their role"),
        ("reported", "Ivo Marek", "the port would reopen"),
    ]


def test_urged_for_starts_after_for() -> None:
    """ "urged for an immediate ceasefire": the content starts after "for", as after "called
    for" (the set's "urged for X"; round 678)."""
    text = "Truce\n\nThe town was quiet on Monday. Ana Ruiz urged for an immediate ceasefire.\n"
    assert _said(text) == [("reported", "Ana Ruiz", "an immediate ceasefire")]


def test_a_group_s_opinion_after_but_ends_the_speaker_s_clause() -> None:
    """ "X said A, but art experts fear B": the group's view under an unlisted verb of opinion
    is the reporter's counterpoint, not X's words, so A ends before ", but" (Decisions: "fear"
    and "believe" make no statement; round 679). Another clause after ", but" goes on."""
    text = (
        "Gems\n\n"
        "The town was quiet on Monday. Ana Ruiz said selling the gems would bring little money,"
        " but art crime experts fear that is what the thieves plan.\n\n"
        "Ivo Marek said the gems would bring little, but the thieves may not care.\n"
    )
    assert _said(text) == [
        ("reported", "Ana Ruiz", "selling the gems would bring little money"),
        ("reported", "Ivo Marek", "the gems would bring little, but the thieves may not care"),
    ]
