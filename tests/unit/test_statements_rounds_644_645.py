"""Classes of error held-out rounds 644-645 showed (issue 17, stfix138): each recurs in other
outlets' text, shown here on invented sentences and names, never the articles' text."""

from __future__ import annotations

import pytest

from tests.unit.statements_said import said

_BODY = "Norland news\n\nThe talks in Norland went on for a third day on Monday.\n\n"


@pytest.mark.parametrize(
    ("body", "expected"),
    [
        pytest.param(
            "Mr Berger said the cabinet would stay.\nAnna Lind said: “The Berger II government"
            " is a joke.”\n",
            [
                ("reported", "Berger", "the cabinet would stay"),
                ("direct", "Anna Lind", "The Berger II government is a joke."),
            ],
            id="a cabinets number after its heads name is no part of his name",
        ),
        pytest.param(
            "“We face a new era,″ Karl Berger said. ’’But it will not come.″\n",
            [
                ("direct", "Karl Berger", "We face a new era,"),
                ("direct", "Karl Berger", "But it will not come."),
            ],
            id="a double prime typed for a quotation mark quotes",
        ),
        pytest.param(
            "Karl Berger said the screen measures 12″ across.\n",
            [("reported", "Karl Berger", "the screen measures 12″ across")],
            id="a double prime after a digit is inches",
        ),
        pytest.param(
            "Anna Lind said the president was firing “the final cartridge”.\nHowever, centrist"
            " former Prime Minister Karl Berger thought the choice was good.\n“I know him well,”"
            " the party leader told Norland TV.\n",
            [
                ("reported", "Anna Lind", "the president was firing “the final cartridge”"),
                ("direct", "Karl Berger", "I know him well,"),
            ],
            id="a title with lowercase modifiers heading a clause keeps its holder in view",
        ),
        pytest.param(
            "Anna Lind said the talks would go on.\nRegarding former Prime Minister Karl"
            " Berger’s funeral, she said a delegation would go.\n",
            [
                ("reported", "Anna Lind", "the talks would go on"),
                ("reported", "Anna Lind", "a delegation would go"),
            ],
            id="a modified title after a preposition heads no clause",
        ),
        pytest.param(
            "The MEP of the Greens, Karl Berger, justified the U-turn: “We are here to stay.”\n",
            [("direct", "Karl Berger", "We are here to stay.")],
            id="an MEP is a title before the name apposed to it",
        ),
        pytest.param(
            "Karl Berger said dialogue was open.\nNordby is “changing the balance,” MEPs warn"
            " in their resolution.\n",
            [
                ("reported", "Karl Berger", "dialogue was open"),
                ("reported", "MEPs", "Nordby is “changing the balance,”"),
            ],
            id="MEPs speak as a group",
        ),
        pytest.param(
            "The lawmakers raised the issue, with Karl Berger responding that “our side must"
            " continue”.\n",
            [("direct", "Karl Berger", "our side must continue")],
            id="the person before a gerund in a with clause says its quotation",
        ),
        pytest.param(
            "Karl Berger denounced Lind’s “false promises and betrayals,” declaring that the"
            " left must govern.\n",
            [
                ("direct", "Karl Berger", "false promises and betrayals,"),
                ("reported", "Karl Berger", "the left must govern"),
            ],
            id="a quotation under an unlisted verb its comma inside the marks before a participle",
        ),
        pytest.param(
            "Karl Berger commended “the work of the security forces,” stressing that order held.\n",
            [("reported", "Karl Berger", "order held")],
            id="a praised things words before a participle are no statement",
        ),
        pytest.param(
            "Prime Minister Karl Berger lost the vote on Monday.\nAnna Lind said the result was"
            " fair.\nAfter calling the vote over the “disastrous finances,” the prime minister"
            " stepped up his appearances.\nBy Monday, he said he would resign.\n",
            [
                ("reported", "Anna Lind", "the result was fair"),
                ("reported", "Karl Berger", "he would resign"),
            ],
            id="a lowercase title after an opening subordinate clause is whom he stands for",
        ),
        pytest.param(
            'Berger: "This summit is not only about money. It is a wake-up call for Europe."\n\n'
            '"This summit is not only about money. It is a wake-up call for Europe," Karl Berger'
            " declared.\n",
            [
                (
                    "direct",
                    "Karl Berger",
                    "This summit is not only about money. It is a wake-up call for Europe,",
                ),
            ],
            id="a name and a colon before a quotation the body repeats is a dek",
        ),
        pytest.param(
            "Karl Berger announced details of the plan to build ten reactors.\nAnna Lind"
            " announced that details of the plan would follow.\n",
            [("reported", "Anna Lind", "details of the plan would follow")],
            id="announcing details of a thing names it and says nothing",
        ),
        pytest.param(
            "Karl Berger on Tuesday warned global leaders and tech industry executives that"
            " “excessive regulation” in the industry will kill it.\n",
            [("reported", "Karl Berger", "“excessive regulation” in the industry will kill it")],
            id="a quoted subject of a that clause its verb after a phrase is part of the clause",
        ),
        pytest.param(
            "Karl Berger warned against aligning too closely with Nordby and condemned what he"
            " called a tendency toward overregulation.\n",
            [("reported", "Karl Berger", "against aligning too closely with Nordby")],
            id="a reported clause ends before a second past whose object is a what clause",
        ),
    ],
)
def test_what_the_finder_says(body: str, expected: list[tuple[str, str, str]]) -> None:
    assert said(_BODY + body) == expected
