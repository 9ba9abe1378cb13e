"""The finder on held-out rounds 642-643 of issue 17 (stfix141), as classes; invented
sentences, never the articles' text."""

from __future__ import annotations

from tests.unit.statements_said import said as _said


def test_a_party_named_with_and_is_named_whole() -> None:
    """ "The Rural Unity and Progress Party (RUP)" then "FUP said X": the party's fullest
    name, its words before "and" too (GUIDELINES: organisation names kept whole in their
    fullest form), not "Progress Party"; a name before "and" that is another mention's (a
    country's, another body's) stays out of it."""
    text = (
        "Vote\n\n"
        "The Rural Unity and Progress Party (RUP), a small party in the assembly, backed the"
        " bill. RUP said the vote could end years of deadlock.\n"
    )
    assert _said(text) == [
        ("reported", "Rural Unity and Progress Party", "the vote could end years of deadlock")
    ]
    owned = (
        "Vote\n\nNorland’s Liberty and Justice Party said the vote could end years of deadlock.\n"
    )
    assert _said(owned) == [
        ("reported", "Liberty and Justice Party", "the vote could end years of deadlock")
    ]


def test_a_participle_after_someone_s_remarks_is_their_statement() -> None:
    """ "X dismissed Y’s past remarks suggesting A, urging B": the participle with no comma
    after Y's remarks says what the remarks say, so A is Y's (Decisions: a statement issued
    by someone has them as speaker), and ", urging B" goes on X's own clause, not Y's; the
    remarks read as the noun after an adjective ("past"), no verb of X's; "Y’s comments saying
    A" alike."""
    text = (
        "Talks\n\n"
        "Envoy Tom Berg dismissed Ana Ruiz’s past remarks suggesting the treaty was dead,"
        " urging both sides to return to the table.\n"
    )
    assert _said(text) == [
        ("reported", "Ana Ruiz", "the treaty was dead"),
        ("reported", "Tom Berg", "both sides to return to the table"),
    ]
    saying = "Talks\n\nEnvoy Tom Berg criticised Ana Ruiz’s comments saying the treaty was dead.\n"
    assert _said(saying) == [("reported", "Ana Ruiz", "the treaty was dead")]
    own = (
        "Talks\n\n"
        "Envoy Tom Berg dismissed the speculation over the treaty, suggesting the talks could"
        " resume in May.\n"
    )
    assert _said(own) == [("reported", "Tom Berg", "the talks could resume in May")]


def test_states_after_the_or_an_ordinal_is_the_noun() -> None:
    """ "Norland becoming the 51st states of the union": "states" after "the" or an ordinal
    is the plural noun, no verb of "state" starting a statement of whoever was named before
    (GUIDELINES rule 2: a verb of communication); "The report states that" stays the verb."""
    text = (
        "Union\n\n"
        "Ana Ruiz met Tom Berg after Berg made a repeat claim of Norland becoming one of the"
        " 51st states of the union, the world’s largest.\n"
    )
    assert _said(text) == []
    first = "Union\n\nTom Berg said Norland would be among the first states of the union to sign.\n"
    assert _said(first) == [
        ("reported", "Tom Berg", "Norland would be among the first states of the union to sign")
    ]
    verb = "Union\n\nThe envoy Tom Berg states that Norland will sign the pact.\n"
    assert _said(verb) == [("reported", "Tom Berg", "Norland will sign the pact")]


def test_a_semicolon_after_a_verb_of_speech_introduces_its_quotation() -> None:
    """'X said; “A.' then the next paragraph 'B”, X stated.': the semicolon typed for the
    colon introduces the quotation, which runs over the paragraph break: two direct
    statements, one a paragraph (GUIDELINES rule 1; the Decisions' 'adding: "..."'), as
    after "said:"; a semicolon after words that are no verb introduces nothing."""
    text = (
        "Trip\n\n"
        "Ana Ruiz, shortly after landing in Oslo on Monday, said; “I have arrived in Oslo,"
        " ahead of talks with the king tomorrow.\n\n"
        "Norland and Sweden do best when they work together”, Ruiz stated in a post.\n"
    )
    assert _said(text) == [
        ("direct", "Ana Ruiz", "I have arrived in Oslo, ahead of talks with the king tomorrow."),
        ("direct", "Ana Ruiz", "Norland and Sweden do best when they work together"),
    ]
    banner = (
        "Trip\n\n"
        "Crowds lined the streets of Oslo on Monday; “Welcome home” banners hung from every"
        " window.\n"
    )
    assert _said(banner) == []


def test_they_in_a_joined_clause_is_that_clause_s_group_subject() -> None:
    """ "No A was released, but local broadcasters have been showing B as part of their
    coverage of what they said was C": "they" stands for the group opening the clause it is
    in (GUIDELINES: "They" resolved to its group), not for the group that spoke in an earlier
    sentence; a clause a singular noun opens leaves "they" to the group that spoke before."""
    text = (
        "Vote\n\n"
        "The vote will be held in June, people close to the talks said. No results have been"
        " released yet, but local broadcasters have been showing maps of the region as part of"
        " their coverage of what they said was a turning point.\n"
    )
    assert _said(text) == [
        ("reported", "people", "The vote will be held in June"),
        ("reported", "local broadcasters", "was a turning point"),
    ]
    no_clause = (
        "Vote\n\n"
        "The vote will be held in June, people close to the talks said. No results have been"
        " released yet, but the city’s broadcaster has been showing maps of the region as part"
        " of its coverage of what they said was a turning point.\n"
    )
    assert _said(no_clause)[-1] == ("reported", "people", "was a turning point")


def test_an_implying_participle_ends_the_reported_clause() -> None:
    """'noted that X “would happen at Y,” implying that Z': the unlisted participle is the
    reporter's reading of what was said (Decisions: the span ends before a clause that is
    the reporter's own), as ", indicating that"; a listed ", adding that" is a statement of
    its own."""
    text = (
        "Merger\n\n"
        "The envoy Ana Ruiz also noted that any talk of a merger “would happen at the summit"
        " level, not mine,” implying that such talks are off the table.\n"
    )
    assert _said(text) == [
        (
            "reported",
            "Ana Ruiz",
            "any talk of a merger “would happen at the summit level, not mine,”",
        )
    ]
    added = text.replace("implying", "adding")
    assert _said(added)[1] == ("reported", "Ana Ruiz", "such talks are off the table")
