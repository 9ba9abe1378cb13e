"""Classes of error held-out rounds 634-635 showed (issue 17, stfix134): each recurs in other
outlets' text, shown here on invented sentences and names, never the articles' text."""

from __future__ import annotations

import pytest

from tests.unit.statements_said import said

_BODY = "Norland news\n\n"


@pytest.mark.parametrize(
    ("body", "expected"),
    [
        pytest.param(
            "Karl Berger, elected on Monday, told parliament that the army alone would carry"
            " arms.\n",
            [("reported", "Karl Berger", "the army alone would carry arms")],
            id="a participle of taking office set off between subject and verb",
        ),
        pytest.param(
            "Karl Berger said the army alone would carry arms, the Norland Herald reported on"
            " Tuesday.\n",
            [("reported", "Karl Berger", "the army alone would carry arms")],
            id="a source's report closing the sentence, dated, is no part of the statement",
        ),
        pytest.param(
            "Karl Berger told parliament that the army alone would carry arms, drawing loud"
            " applause from the benches.\n",
            [("reported", "Karl Berger", "the army alone would carry arms")],
            id="the audience's reaction after the clause is the reporter's",
        ),
        pytest.param(
            "Anna Lind expressed her view that the ceasefire would hold.\nKarl Berger expressed"
            " his ideas on the border.\n",
            [("reported", "Anna Lind", "the ceasefire would hold")],
            id="expressing a view that a clause holds is a statement, a view on a topic is not",
        ),
        pytest.param(
            "The talks lasted several hours, Norland mediators said of the sessions between"
            " Karl Berger and Anna Lind, the envoy of Tarn.\n",
            [("reported", "Norland mediators", "The talks lasted several hours")],
            id="said of a topic after the content attributes the content before",
        ),
        pytest.param(
            "Critics have long accused Karl Berger of hiding weapons - a charge Berger has"
            " consistently denied, insisting that his programme is civilian.\n",
            [("reported", "Karl Berger", "his programme is civilian")],
            id="a participle after a claim's denial is the denier's",
        ),
        pytest.param(
            "The talks lasted about four hours, Tarn state radio and a senior Norland official"
            " said.\n",
            [
                (
                    "reported",
                    "Tarn state radio and senior Norland official",
                    "The talks lasted about four hours",
                )
            ],
            id="a pair of speakers named without the second one's article",
        ),
        pytest.param(
            "The prosecution argued otherwise.\nThe defence argued otherwise, saying the"
            " evidence was weak.\n",
            [("reported", "defence", "the evidence was weak")],
            id="otherwise, so or as much only point at words: no statement of their own",
        ),
        pytest.param(
            "Radio Free Europe said the talks had failed.\nThe border stays shut, according to"
            " Radio Tbilisi.\n",
            [
                ("reported", "Radio Free Europe", "the talks had failed"),
                ("reported", "Radio Tbilisi", "The border stays shut"),
            ],
            id="a radio station named after a place is the station, not the place",
        ),
        pytest.param(
            "Activist Greta Berg was on board.\nThe organizer said the march would go ahead.\n"
            "The aid includes rice, and organizer The Norland Solidarity Network (NSN) said.\n",
            [
                ("reported", "Norland Solidarity Network", "the march would go ahead"),
                ("reported", "Norland Solidarity Network", "The aid includes rice"),
            ],
            id="the organizer is the organisation the text names as organizer",
        ),
        pytest.param(
            "Karl Berger called for a joint army during his keynote speech at the Norland forum.\n",
            [("reported", "Karl Berger", "a joint army")],
            id="the speaker's own speech where it was said is no content",
        ),
    ],
)
def test_statements_found(body: str, expected: list[tuple[str, str, str]]) -> None:
    assert said(_BODY + body) == expected
