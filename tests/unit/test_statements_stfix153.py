"""Rules from held-out rounds 672-673 of issue 17 (stfix153), as classes; invented sentences,
never the articles' text."""

from __future__ import annotations

from tests.unit.statements_said import said as _said


def test_a_person_s_post_on_a_platform_is_that_person_s() -> None:
    """ "X’s post on Facebook said" and '“...,” according to her post on X': the post's owner
    speaks, as in "X’s speech highlighted" (round 672), not the body named before; her own
    post relays the subject's own words, so a quotation under an unlisted verb stays direct
    (the Decisions' unlisted verbs); a post no one owns is not hers."""
    text = (
        "Farm row\n\n"
        "The Danish Farmers Council criticised the plan on Monday. Union leader Lena Varga"
        " joined the protest. Varga’s post on Facebook said, “We will keep fighting for the"
        " farmers,” adding that the minister “had no plan at all.”\n"
    )
    assert _said(text) == [
        ("direct", "Lena Varga", "We will keep fighting for the farmers,"),
        ("reported", "Lena Varga", "the minister “had no plan at all.”"),
    ]
    owned = (
        "Farm row\n\n"
        "The Danish Farmers Council criticised the plan on Monday. Union leader Lena Varga"
        " dedicated the march “to every farmer who lost land,” according to her post on X.\n"
    )
    assert _said(owned) == [("direct", "Lena Varga", "to every farmer who lost land,")]
    topic = (
        "Farm row\n\n"
        "The Danish Farmers Council criticised the plan on Monday. Union leader Lena Varga"
        " dedicated the march “to every farmer who lost land,” according to a post on X.\n"
    )
    assert [speaker for _, speaker, _ in _said(topic)] != ["Lena Varga"]


def test_an_expressed_desire_is_a_statement_only_with_a_clause() -> None:
    """ "expressed his desire to win X" names a want, not words said (round 672; the
    Decisions' closed list of what "express" states); "expressed the desire that X" has a
    clause of content, as "expressed his view that X" does; hopes stay statements either way."""
    assert _said("Prize\n\nThe mayor had expressed his desire to win the award again.\n") == []
    assert _said(
        "Prize\n\nThe mayor expressed his desire that the award go to the city's nurses.\n"
    ) == [("reported", "mayor", "the award go to the city's nurses")]
    assert _said("Prize\n\nThe mayor expressed his hope to win the award again.\n") == [
        ("reported", "mayor", "his hope to win the award again")
    ]
    # the participle still ends the statement before it (the Decisions' span end)
    assert _said(
        "Prize\n\nThe mayor expressed her hope for more talks, expressing a desire to widen"
        " travel options.\n"
    ) == [("reported", "mayor", "her hope for more talks")]


def test_a_group_s_participle_phrase_is_dropped_from_its_name() -> None:
    """ "Lawmakers backing the reform say X": the group's head noun speaks, the participle's
    phrase after it dropped as "ministers from the region" drops its own (round 673; the
    Decisions' group speakers); a group's name that itself ends in "-ing" stays whole."""
    text = (
        "Farm row\n\n"
        "The plan was announced on Friday. Farmers opposing the plan say it will ruin them."
        " Residents living near the plant said the water was unsafe.\n"
    )
    assert _said(text) == [
        ("reported", "Farmers", "it will ruin them"),
        ("reported", "Residents", "the water was unsafe"),
    ]
    assert _said("Farm row\n\nThe plan was announced. Farmers say it will ruin them.\n") == [
        ("reported", "Farmers", "it will ruin them")
    ]


def test_an_unlisted_verb_s_clause_joined_by_and_that_keeps_its_quotation_direct() -> None:
    """ "admitted A and that B, but that it was “necessary”": the first clause has no "that",
    the joined ones do; the quoted word is the unlisted verb's, direct (round 673; the
    Decisions' 'posted that the talks were "productive"'), as with "admitted that A but that
    ..."; an "and that" after a verb that is no verb of speech attributes nothing."""
    joined = (
        "Farm row\n\n"
        "The plan was announced on Friday. Mayor Ana Vila admitted the plan was costly and"
        ' that it had not been easy, but that it was "necessary".\n'
    )
    assert _said(joined) == [("direct", "Ana Vila", "necessary")]
    but = (
        "Farm row\n\n"
        "The plan was announced on Friday. Mayor Ana Vila conceded the plan was costly but"
        " that it was “unavoidable”.\n"
    )
    assert _said(but) == [("direct", "Ana Vila", "unavoidable")]
    visited = (
        "Farm row\n\n"
        "The plan was announced on Friday. Mayor Ana Vila visited the plant and that was"
        " “overdue”.\n"
    )
    assert _said(visited) == []


def test_an_absolute_with_clause_s_person_set_off_by_a_role_speaks() -> None:
    """ "..., with X, the head of the A/B group, saying that “...”": the absolute clause's
    person says it, not the main clause's subject (round 673), as "with X saying that" does;
    so for an unlisted gerund ("responding that")."""
    listed = (
        "Farm row\n\n"
        "The plan was announced on Friday. The partners agreed, with Lena Varga, the head of"
        " the ABC/DEF farmers union, saying that “a good deal has been struck”.\n"
    )
    assert _said(listed) == [("direct", "Lena Varga", "a good deal has been struck")]
    unlisted = (
        "Farm row\n\n"
        "The plan was announced on Friday. The MPs raised the issue, with Lena Varga, the head"
        " of the farmers union, responding that “it was a fair deal”.\n"
    )
    assert _said(unlisted) == [("direct", "Lena Varga", "it was a fair deal")]
    bare = (
        "Farm row\n\n"
        "The plan was announced on Friday. The partners agreed, with Lena Varga saying that"
        " “a good deal has been struck”.\n"
    )
    assert _said(bare) == [("direct", "Lena Varga", "a good deal has been struck")]


def test_a_sentence_closed_by_an_unlisted_verb_of_speech_quotes_its_subject() -> None:
    """ "A “B” would be C, X mentioned.": the unlisted verb attributes the sentence after its
    content, so its quoted words are X's, direct (round 673; the Decisions' unlisted verbs),
    and a quotation standing alone after it goes on in X's words; a listed verb closing it
    makes the sentence X's reported statement instead, and a sentence closed by no verb of
    speech quotes no one."""
    text = (
        "Farm row\n\n"
        "The plan was announced on Friday by union leader Lena Varga. The rest short of “a"
        " fair and open vote” would be a defeat for her, Varga mentioned. “This vote matters"
        " because it touches every farm in the country.”\n"
    )
    assert _said(text) == [
        ("direct", "Lena Varga", "a fair and open vote"),
        ("direct", "Lena Varga", "This vote matters because it touches every farm in the country."),
    ]
    wrote = (
        "Farm row\n\n"
        "The plan was announced on Friday by union leader Lena Varga. Anything short of “a fair"
        " vote” would be a defeat, Varga wrote.\n"
    )
    assert _said(wrote) == [("direct", "Lena Varga", "a fair vote")]
    listed = (
        "Farm row\n\n"
        "The plan was announced on Friday by union leader Lena Varga. Anything short of “a fair"
        " vote” would be a defeat, Varga said.\n"
    )
    assert _said(listed) == [
        ("reported", "Lena Varga", "Anything short of “a fair vote” would be a defeat")
    ]
    cheered = (
        "Farm row\n\n"
        "The plan was announced on Friday by union leader Lena Varga. The “fair vote” campaign"
        " was a defeat for her, and the crowd cheered.\n"
    )
    assert _said(cheered) == []


def test_a_list_of_labelled_headlines_under_a_short_heading_is_not_body() -> None:
    """A short heading line with no stop, then a paragraph whose every sentence opens with a
    topic's label and a colon ("Farming: X accuses Y of “...”. Budget: ..."): other stories'
    headlines (GUIDELINES rule 3; round 673); one labelled sentence, or a list under a
    sentence, stays body."""
    listed = (
        "Farm row\n\n"
        "The plan was announced on Friday.\n"
        "More\n"
        "Farming: Lena Varga accuses the minister of “reckless behaviour”. Budget: Parliament"
        " stops the farm subsidy plan.\n"
        "The union said the plan would fail.\n"
    )
    assert _said(listed) == [("reported", "union", "the plan would fail")]
    one = (
        "Farm row\n\n"
        "The plan was announced on Friday.\n"
        "More\n"
        "Update: Lena Varga said the plan was “reckless”.\n"
    )
    assert _said(one) == [("reported", "Lena Varga", "the plan was “reckless”")]


def test_an_adverbial_of_manner_before_that_is_no_content() -> None:
    """ "proposed as an alternative that X", "suggested instead that X": an adverbial stands
    between the verb and "that", so the span starts after "that" (the Decisions' span start;
    round 673), as after "said on Monday that"."""
    for adverbial in ("as an alternative", "instead", "as a first step"):
        text = f"Farm row\n\nThe farmers proposed {adverbial} that the vote be delayed.\n"
        assert _said(text) == [("reported", "farmers", "the vote be delayed")], adverbial


def test_a_quotation_after_a_that_clause_s_comma_goes_on_the_clause() -> None:
    """'X added that A however, "B"': the words between the verb and the quotation are a
    clause of its own after "that", not an addressee or an adverbial introducing the
    quotation, so the quotation is part of one reported statement (the Decisions' quotation
    inside a reported clause; round 673), cut off by the text's end or not; 'said that,
    "..."' keeps the quotation whole and direct."""
    closed = (
        "Farm row\n\n"
        "Mayor Ana Vila added that the service should be voluntary however, “if that is not"
        " enough, we will have no choice.”\n"
    )
    assert _said(closed) == [
        (
            "reported",
            "Ana Vila",
            "the service should be voluntary however, “if that is not enough, we will have no"
            " choice.”",
        )
    ]
    told = "Farm row\n\nMayor Ana Vila told reporters on Friday, “The service is fine.”\n"
    assert _said(told) == [("direct", "Ana Vila", "The service is fine.")]
    bare = "Farm row\n\nMayor Ana Vila said that, “the service is fine.”\n"
    assert _said(bare) == [("direct", "Ana Vila", "the service is fine.")]


def test_an_attitude_joined_after_a_reported_clause_ends_it() -> None:
    """ "said A and praised B": the speaker's attitude, joined as a second predicate after
    the content, is no statement and no part of A (the Decisions' attitude verbs; round
    672); a passive's pair of participles ("were greeted and welcomed by X") is content."""
    text = (
        "Farm row\n\n"
        "The mayor said she backed the plan because she considers it the “best hope” and"
        " praised what she described as the farmers’ patience.\n"
    )
    assert _said(text) == [
        ("reported", "mayor", "she backed the plan because she considers it the “best hope”")
    ]
    passive = (
        "Farm row\n\n"
        "The office said the envoys were greeted and welcomed by the mayor at the airport.\n"
    )
    assert _said(passive) == [
        ("reported", "office", "the envoys were greeted and welcomed by the mayor at the airport")
    ]
