"""Classes of error held-out rounds 648-649 showed (issue 17, stfix140): each recurs in other
outlets' text, shown here on invented sentences and names, never the articles' text."""

from __future__ import annotations

import pytest

from tests.unit.statements_said import said

_BODY = "Norland news\n\nThe talks in Norland went on for a third day on Monday.\n\n"


@pytest.mark.parametrize(
    ("body", "expected"),
    [
        pytest.param(
            "Envoy Karl Berger recently credited “closer policing” for a fall in thefts.\n",
            [("direct", "Karl Berger", "closer policing")],
            id="credited quoted words for a result says them as blamed does",
        ),
        pytest.param(
            "The Norland ministry said the men were sent. It is unclear whether the Osland"
            " government followed the treaty after calling the move a “transfer.”\n",
            [
                ("reported", "Norland ministry", "the men were sent"),
                ("direct", "Osland government", "transfer."),
            ],
            id="calling after it is unclear whether X is the words of X not of it",
        ),
        pytest.param(
            "The Norland ministry confirmed that 12 men were held in a statement by Interior"
            " Minister Karl Berger.\n",
            [("reported", "Karl Berger", "12 men were held")],
            id="a bodys clause said in a statement by a person is that persons",
        ),
        pytest.param(
            "The Norland ministry said that 12 men were named in a statement by the court.\n",
            [("reported", "Norland ministry", "12 men were named in a statement by the court")],
            id="a statement by a body closing a clause stays in it",
        ),
        pytest.param(
            "A Norland Daily report on the plan came out on Sunday. The report cited unnamed"
            " officials and described the plan as still “undecided,” with no date set.\n",
            [],
            id="a word quoted by a report citing unnamed officials is no ones statement",
        ),
        pytest.param(
            "The Norland Daily, quoting anonymous diplomats, called the plan “undecided.”\n",
            [],
            id="a word quoted by an outlet quoting anonymous sources is no ones statement",
        ),
        pytest.param(
            "The Norland Daily called the plan “undecided.”\n",
            [("direct", "Norland Daily", "undecided.")],
            id="a word an outlet calls something with no unnamed source is the outlets",
        ),
        pytest.param(
            "Karl Berger has long been aiming for what he says Norland has not done about the"
            " gangs.\n",
            [("reported", "Karl Berger", "Norland has not done about the gangs")],
            id="a pronoun saying a clause after what speaks",
        ),
        pytest.param(
            "Compared to what she said before the meeting, there were no surprises.\n",
            [],
            id="what she said before an adjunct holds no clause",
        ),
        pytest.param(
            "Some faithful waited in the square for hours. Karl Berger arrived at noon. “Long"
            " live the king,” they chanted.\n",
            [("direct", "faithful", "Long live the king,")],
            id="they past a sentence opened by a person is the group opening the one before",
        ),
        pytest.param(
            "At the gate, some protesters waved flags. One held a sign that read: “Go home”.\n"
            "“Not in our name,” they chanted.\n",
            [("direct", "protesters", "Not in our name,")],
            id="they past one of them is the group an opening phrase is followed by",
        ),
        pytest.param(
            "Police arrived at the square. “Go home,” they shouted.\n",
            [("direct", "Police", "Go home,")],
            id="they is a group noun plural with no s",
        ),
        pytest.param(
            "“Long live the king,” the crowd chanted.\n",
            [("direct", "crowd", "Long live the king,")],
            id="a crowd is a group that speaks",
        ),
        pytest.param(
            "A banner read “Welcome home.” The protesters cheered. “He is a man of peace,” they"
            " said.\n",
            [("direct", "protesters", "He is a man of peace,")],
            id="they is the group opening a sentence after a closed quotation",
        ),
        pytest.param(
            "Osland has jailed three reporters, a press freedom group said on Monday.\n\nThe Press"
            " Freedom Foundation said that the three had been held for a month.\n",
            [
                ("reported", "Press Freedom Foundation", "Osland has jailed three reporters"),
                ("reported", "Press Freedom Foundation", "the three had been held for a month"),
            ],
            id="an unnamed group named by the body opening the next sentence is that body",
        ),
        pytest.param(
            "A local rights group said the vote was rigged. The United Nations said it would"
            " look into it.\n",
            [
                ("reported", "local rights group", "the vote was rigged"),
                ("reported", "United Nations", "it would look into it"),
            ],
            id="an unnamed group stays unnamed when another body opens the next sentence",
        ),
        pytest.param(
            "The Norland Foreign Ministry said the talks had been useful. The Norland diplomatic"
            " service added that a second round would follow.\n",
            [
                ("reported", "Norland Foreign Ministry", "the talks had been useful"),
                ("reported", "Norland Foreign Ministry", "a second round would follow"),
            ],
            id="a diplomatic service is the foreign ministry that spoke",
        ),
        pytest.param(
            "Norland’s Ministry of Foreign Affairs said the talks had been useful. Itamaraty"
            " added that a second round would follow.\n",
            [
                ("reported", "Norland’s Ministry of Foreign Affairs", "the talks had been useful"),
                (
                    "reported",
                    "Norland’s Ministry of Foreign Affairs",
                    "a second round would follow",
                ),
            ],
            id="a foreign ministry named by its seat is the foreign ministry that spoke",
        ),
        pytest.param(
            "Pope Gregory XVII arrived in the city on Monday.\n\nA banner read: “Papa Gregory"
            " XVII, welcome home”.\n\nIn his first address, Gregory said the city was his"
            " home.\n",
            [("reported", "Gregory XVII", "the city was his home")],
            id="papa is a popes title not part of his name",
        ),
        pytest.param(
            "The Norland ministry condemned the raid of “brutal aggression” at sea.\n",
            [("direct", "Norland ministry", "brutal aggression")],
            id="quoted words in what was condemned are the condemners",
        ),
        pytest.param(
            "Karl Berger denounced the ruling and its “shameful silence” on the strike.\n",
            [("direct", "Karl Berger", "shameful silence")],
            id="quoted words in what was denounced are the denouncers",
        ),
        pytest.param(
            "The Norland ministry has responded to Anna Lind’s condemnation of the arrest,"
            " rejecting her claim that it amounted to “state kidnapping” and emphasizing the"
            " legal grounds for the action.\n",
            [
                ("direct", "Anna Lind", "state kidnapping"),
                ("reported", "Norland ministry", "the legal grounds for the action"),
            ],
            id="quoted words in her claim are hers and a participle after them the subjects",
        ),
    ],
)
def test_what_the_finder_says(body: str, expected: list[tuple[str, str, str]]) -> None:
    assert said(_BODY + body) == expected
