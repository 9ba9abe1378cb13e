"""Classes of error held-out rounds 614-615 showed (stfix125, session 57). Invented sentences
and names, never the articles' text."""

from __future__ import annotations

import pytest

from tests.unit.statements_said import said as _said


def test_the_statement_quoted_far_from_its_issuing_is_its_issuers() -> None:
    """Round 615's "Several foreign diplomatic missions in Kenya have jointly issued a
    statement" then a paragraph naming no body, then '“...,” the statement read.': the
    missions, a group, issued it, though they were named more than a paragraph back."""
    text = (
        "Envoys warn\n\n"
        "Several foreign diplomatic missions in Norland have jointly issued a statement ahead"
        " of the planned marches on Wednesday, June 26.\n"
        "In a statement on Tuesday, the envoys acknowledged that the marches are meant to"
        " honour those who died during last year’s demonstrations against the budget bill,"
        " which had raised taxes on bread, fuel, mobile money and imported medicines.\n"
        "The capital’s shops were shuttered and most schools had closed early for the week,"
        " while the transport unions had still not decided whether to join the marches.\n"
        "“We remember those who lost their lives and reaffirm every citizen’s right to"
        " peaceful assembly,” the statement read.\n"
        "“We urge full compliance with the court’s ruling,” the statement further read.\n"
    )
    assert _said(text)[1:] == [
        (
            "direct",
            "foreign diplomatic missions",
            "We remember those who lost their lives and reaffirm every citizen’s right to"
            " peaceful assembly,",
        ),
        (
            "direct",
            "foreign diplomatic missions",
            "We urge full compliance with the court’s ruling,",
        ),
    ]


def test_missions_speak_as_a_group() -> None:
    """Round 615's "Several foreign diplomatic missions in Kenya": embassies and high
    commissions named together by their kind's plural, a group as "embassies" is."""
    text = (
        "Warning\n\nThe marches are planned for Wednesday.\n"
        "The diplomatic missions said that citizens have a right to peaceful assembly.\n"
    )
    assert _said(text) == [
        ("reported", "diplomatic missions", "citizens have a right to peaceful assembly")
    ]


def test_a_role_of_a_body_named_first_is_the_person_speaking_next() -> None:
    """Round 614's "The leader of Japan's largest opposition Constitutional Democratic Party of
    Japan says X" after another party's leader spoke, then "Speaking on NHK's election
    program, Noda said": the person named next, not the other party's leader in view."""
    text = (
        "Election night\n\n"
        "Tavo Ruhen said his party will vote on each bill as it comes.\n"
        "The leader of the Norland Democratic Union says he will be watching the count"
        " closely.\n"
        "Speaking on state television, Maris said voters have rejected the government.\n"
    )
    assert _said(text) == [
        ("reported", "Tavo Ruhen", "his party will vote on each bill as it comes"),
        ("reported", "Maris", "he will be watching the count closely"),
        ("reported", "Maris", "voters have rejected the government"),
    ]


def test_a_role_of_a_body_named_before_stays_with_the_person_in_view() -> None:
    text = (
        "Election night\n\n"
        "Tavo Ruhen of the Norland Democratic Union said his party will vote on each bill.\n"
        "The leader of the Norland Democratic Union says he will be watching the count"
        " closely.\n"
        "Speaking on state television, Maris said voters have rejected the government.\n"
    )
    assert _said(text)[1] == ("reported", "Tavo Ruhen", "he will be watching the count closely")


@pytest.mark.parametrize(
    ("subject", "speaker"),
    [
        ("The Hokuto newspaper", "Hokuto newspaper"),
        ("the Hokuto Shimbun newspaper", "Hokuto Shimbun newspaper"),
        ("The conservative Hokuto newspaper", "Hokuto newspaper"),
    ],
)
def test_a_paper_named_with_its_kinds_noun_keeps_the_noun(subject: str, speaker: str) -> None:
    """Rounds 614's "The Sankei newspaper ... said" (found by no one before) and "the Asahi
    Shimbun newspaper said" (read as "Asahi Shimbun"): the outlet as the text names it, its
    noun kept, as the set keeps "Japan's Kyodo news agency"."""
    text = (
        "Resignation\n\nPrime Minister Ivo Marsh met reporters on Monday.\n"
        f"{subject} said that he would decide in August.\n"
    )
    assert _said(text) == [("reported", speaker, "he would decide in August")]


def test_a_paper_named_by_its_countrys_people_is_not_a_name() -> None:
    text = (
        "Resignation\n\nPrime Minister Ivo Marsh met reporters on Monday.\n"
        "The Japanese newspaper said that he would decide in August.\n"
    )
    assert _said(text) == []


@pytest.mark.parametrize("adverb", ["likewise", "moreover", "similarly"])
def test_an_adverb_set_off_by_commas_after_a_subject_leaves_the_subject(adverb: str) -> None:
    """Round 614's "The Sankei newspaper, likewise, said that X, and added that Y": the subject
    before the aside, as ", however," and ", for his part," were read."""
    text = (
        "Resignation\n\nPrime Minister Ivo Marsh met reporters on Monday.\n"
        f"The ministry, {adverb}, said that he would decide in August, and added that his"
        " party would choose a new leader in September.\n"
    )
    assert _said(text) == [
        ("reported", "ministry", "he would decide in August"),
        ("reported", "ministry", "his party would choose a new leader in September"),
    ]


def test_a_group_listing_members_after_an_opening_phrase_is_the_group() -> None:
    """Round 615's "In response, government officials, including Interior Minister X, have
    labeled the unrest an attempted coup led by “criminal anarchists”": the officials, the
    "including" aside naming one of them, after the sentence's opening phrase."""
    text = (
        "Unrest\n\nThe marches spread across the country on Monday.\n"
        "In response, government officials, including Interior Minister Ado Kirwa, have"
        " labeled the unrest a coup led by “criminal anarchists”.\n"
    )
    assert _said(text) == [("direct", "government officials", "criminal anarchists")]


def test_adding_after_an_according_to_clause_is_the_sources_own_statement() -> None:
    """Round 615's "According to him, the police tried to contain the situation, adding t" (cut
    off): "adding" goes on with the source's words, a statement of its own, the clause before
    it ending at its comma; other participles there stay inside the source's clause."""
    text = (
        "Unrest\n\nInterior Minister Ado Kirwa spoke on Thursday.\n"
        "According to him, the guards tried to calm the crowd, adding that two officers were"
        " hurt.\n"
        "According to him, the guards held talks with the crowd, urging calm.\n"
    )
    assert _said(text) == [
        ("reported", "Ado Kirwa", "the guards tried to calm the crowd"),
        ("reported", "Ado Kirwa", "two officers were hurt"),
        ("reported", "Ado Kirwa", "the guards held talks with the crowd, urging calm"),
    ]
