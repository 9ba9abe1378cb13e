"""Classes of error held-out rounds 630-631 showed (issue 17, stfix131): each recurs in other
outlets' text, shown here on invented sentences and names, never the articles' text."""

from __future__ import annotations

import pytest

from tests.unit.statements_said import said

_BODY = "Norland news\n\n"


@pytest.mark.parametrize(
    ("body", "expected"),
    [
        pytest.param(
            "“Two men came out of the woods and asked for our names,” a police officer quoted"
            " a woman survivor as saying. “Then they opened fire on the men.”\n",
            [
                (
                    "direct",
                    "woman survivor",
                    "Two men came out of the woods and asked for our names,",
                ),
                ("direct", "woman survivor", "Then they opened fire on the men."),
            ],
            id="an outlet quoting an unnamed survivor as saying gives the survivor the words",
        ),
        pytest.param(
            "“It seemed to last for hours,” one of the tourists told investigators. “They kept"
            " moving around the meadow.”\n",
            [
                ("direct", "tourists", "It seemed to last for hours,"),
                ("direct", "tourists", "They kept moving around the meadow."),
            ],
            id="one of a group is named by the group",
        ),
        pytest.param(
            "The talks lasted an hour, officials said.\nThe border was discussed at length, one"
            " of the officials cited above said.\n",
            [
                ("reported", "officials", "The talks lasted an hour"),
                ("reported", "official", "The border was discussed at length"),
            ],
            id="one of the officials cited above stays one official",
        ),
        pytest.param(
            "“The minister told us that they ran to the tents nearby,” said an officer. “The"
            " attackers soon came to a tent next to theirs.”\n",
            [
                ("direct", "officer", "The minister told us that they ran to the tents nearby,"),
                ("direct", "officer", "The attackers soon came to a tent next to theirs."),
            ],
            id="a verb inside the quotation before does not introduce the next one",
        ),
        pytest.param(
            "The news was first shared by Prime Minister Anna Lind, who praised both parties for"
            " their decision, stating they had shown “common sense” in the talks.\n",
            [("reported", "Anna Lind", "they had shown “common sense” in the talks")],
            id="a participle after a relative clause is the relative clause subject's",
        ),
        pytest.param(
            "Karl Berger, who arrived on Monday, met the press, saying the talks had gone well.\n",
            [("reported", "Karl Berger", "the talks had gone well")],
            id="a participle after a relative clause closed by a comma is the main subject's",
        ),
        pytest.param(
            "The minister praised both leaders for their decision, stating they had shown"
            " restraint.\n",
            [("reported", "minister", "they had shown restraint")],
            id="a verb before both ends the subject of a participle",
        ),
        pytest.param(
            "The envoy arrived for a summit hosted by Prime Minister Anna Lind, who, according"
            " to her office, “remains committed to the talks.”\n",
            [("direct", "office", "remains committed to the talks.")],
            id="a quotation right after according to inside a sentence is the source's",
        ),
        pytest.param(
            "Karl Berger pushed back, insisting that the talks had failed.\n\nThe meeting grew"
            " tense when Anna Lind criticized his tone.\n\n“Do ",
            [("reported", "Karl Berger", "the talks had failed")],
            id="a cut-off quotation after a stance in a subordinate clause is no one's",
        ),
        pytest.param(
            "Karl Berger pushed back, insisting that the talks had failed.\n\nAnna Lind"
            " criticized his tone.\n\n“You are not listening to",
            [
                ("reported", "Karl Berger", "the talks had failed"),
                ("direct", "Anna Lind", "You are not listening to"),
            ],
            id="a cut-off quotation after a stance in the main clause goes on its speaker",
        ),
        pytest.param(
            "In the aftermath, the ministers issued statements reaffirming their support for the"
            " ceasefire.\n",
            [("reported", "ministers", "their support for the ceasefire")],
            id="issued statements then a participle is the issuers' as a statement is",
        ),
    ],
)
def test_statements_found(body: str, expected: list[tuple[str, str, str]]) -> None:
    assert said(_BODY + body) == expected
