"""Classes of error held-out rounds 636-637 showed (issue 17, stfix135): each recurs in other
outlets' text, shown here on invented sentences and names, never the articles' text."""

from __future__ import annotations

import pytest

from tests.unit.statements_said import said

_BODY = "Norland news\n\nThe talks in Norland went on for a third day on Monday.\n\n"


@pytest.mark.parametrize(
    ("body", "expected"),
    [
        pytest.param(
            "A Norland attorney informed the judge that the ministry “has evidence to show.”\n",
            [("direct", "Norland attorney", "has evidence to show.")],
            id="an unnamed attorney speaks by the noun",
        ),
        pytest.param(
            "Upon hearing this, the agents stated they would revoke his visa instead.\n",
            [("reported", "agents", "they would revoke his visa instead")],
            id="agents speak as a group",
        ),
        pytest.param(
            "“We will rise to these challenges,” Karl Berger and Anna Lind wrote in a joint"
            " statement in the Times.\n“Not because someone asks us to.”\n",
            [
                ("direct", "Karl Berger and Anna Lind", "We will rise to these challenges,"),
                ("direct", "Karl Berger and Anna Lind", "Not because someone asks us to."),
            ],
            id="two persons writing in a joint statement say the quotation and the next",
        ),
        pytest.param(
            "“We will rise to these challenges,” Karl Berger and Anna Lind met in a hall.\n",
            [],
            id="two persons doing something after a quotation do not say it",
        ),
        pytest.param(
            "Karl Berger appeared this Sunday, June 22, at the palace to announce that he had"
            " reached an agreement.\n",
            [("reported", "Karl Berger", "he had reached an agreement")],
            id="an appearance to announce is the subjects statement",
        ),
        pytest.param(
            "Karl Berger appeared to suggest that he had reached an agreement.\n",
            [],
            id="appeared to right before the verb is seemed to",
        ),
        pytest.param(
            "Karl Berger said that he had reached a deal according to NATO.\n",
            [("reported", "Karl Berger", "he had reached a deal according to NATO")],
            id="an uncommaed according to ending a that clause stays inside it",
        ),
        pytest.param(
            "Anna LindPresident of the party in Nordby, said: “Berger lies.”\n",
            [("direct", "Anna Lind", "Berger lies.")],
            id="a title glued to a name is cut from the speaker",
        ),
        pytest.param(
            "The Prime Minister, Karl Bergerhe appeared on Sunday at the palace.\n“We have reached"
            " a deal,” he said. “Berger lies,” said the opposition.\n",
            [
                ("direct", "Karl Berger", "We have reached a deal,"),
                ("direct", "opposition", "Berger lies,"),
            ],
            id="a pronoun glued to a name is cut when the name stands alone elsewhere",
        ),
        pytest.param(
            "The first to comment, through X, has been the leader of the party, Karl Berger:"
            " “Propaganda on the margin. Kick in front”.\n",
            [("direct", "Karl Berger", "Propaganda on the margin. Kick in front")],
            id="a person ending the introduction before a colon says the quotation",
        ),
        pytest.param(
            "BERGER: “We lost,” said this voter, Anna Lind.\n",
            [("direct", "Anna Lind", "We lost,")],
            id="a transcript label before a colon is not the speaker",
        ),
        pytest.param(
            "When asked about Anna Lind calling him “boss,” Karl Berger said it was “very kind.”\n",
            [
                ("direct", "Anna Lind", "boss,"),
                ("reported", "Karl Berger", "it was “very kind.”"),
            ],
            id="a person calling someone a word says it inside a question put to another",
        ),
        pytest.param(
            "Karl Berger laughed off Anna Lind calling him “boss” at the dinner.\n",
            [("direct", "Anna Lind", "boss")],
            id="a person calling something a word right before the gerund says it",
        ),
        pytest.param(
            "Asked if the sanctions went “too far,” Karl Berger replied that they did not.\n",
            [],
            id="a quotation in the question put with no one calling stays the askers",
        ),
        pytest.param(
            "Karl Berger has pledged to reach the goal by 2029, while Anna Lind has backed the"
            " benchmark.\n",
            [("reported", "Karl Berger", "to reach the goal by 2029")],
            id="a reported clause ends before another persons perfect after while",
        ),
    ],
)
def test_what_the_finder_says(body: str, expected: list[tuple[str, str, str]]) -> None:
    assert said(_BODY + body) == expected


def test_a_quotation_closing_an_opening_clause_leaves_the_main_subject_speaking() -> None:
    text = _BODY + "When Anna Lind chanted “peace first,” Karl Berger said the talks would go on.\n"
    assert ("reported", "Karl Berger", "the talks would go on") in said(text)
