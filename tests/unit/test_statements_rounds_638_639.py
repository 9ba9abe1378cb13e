"""Classes of error held-out rounds 638-639 showed (issue 17, stfix137): each recurs in other
outlets' text, shown here on invented sentences and names, never the articles' text."""

from __future__ import annotations

import pytest

from tests.unit.statements_said import said

_BODY = "Norland news\n\nThe talks in Norland went on for a third day on Monday.\n\n"


@pytest.mark.parametrize(
    ("body", "expected"),
    [
        pytest.param(
            "The delegates ate, and the painter Karl Berger, also present, remarked, “two"
            " rights make a wrong.”\n",
            [("direct", "Karl Berger", "two rights make a wrong.")],
            id="an aside opened by an adverb leaves the name before it speaking",
        ),
        pytest.param(
            "Karl Berger, visibly angry, said that the deal was off.\n",
            [("reported", "Karl Berger", "the deal was off")],
            id="an aside opened by an adverb in ly leaves the name before it speaking",
        ),
        pytest.param(
            "Reacting to the remarks, Karl Berger, an adviser to the President, said President"
            " Anna Lind had already taken steps.\n",
            [("reported", "Karl Berger", "President Anna Lind had already taken steps")],
            id="a name then an auxiliary after said opens the content not an inverted subject",
        ),
        pytest.param(
            "Karl Berger, an adviser, said Anna Lind took steps.\n",
            [("reported", "Karl Berger", "Anna Lind took steps")],
            id="a name then an irregular past after said opens the content",
        ),
        pytest.param(
            "Karl Berger spoke for an hour. He stressed it. The country is strong.\n",
            [],
            id="a pronoun for the whole object is no content",
        ),
        pytest.param(
            "A spokesperson for the ministry said that Norland “remains committed to peace” and"
            " described the U.N. remarks as “misguided and unfortunate.”\n",
            [
                ("reported", "spokesperson", "Norland “remains committed to peace”"),
                ("direct", "spokesperson", "misguided and unfortunate."),
            ],
            id="remarks after the and an initialism is the noun not a verb of speech",
        ),
        pytest.param(
            "Karl Berger warned that Norland would “not stay silent” while “blood is shed,” and"
            " hinted that the army had been instructed to “prepare options.”\n",
            [
                (
                    "reported",
                    "Karl Berger",
                    "Norland would “not stay silent” while “blood is shed,”",
                ),
                ("direct", "Karl Berger", "prepare options."),
            ],
            id="a joined unlisted verb of speech ends the clause and its quotation is direct",
        ),
        pytest.param(
            "Karl Berger warned that Norland would stay silent while blood is shed, and hinted"
            " that the army had been instructed to “prepare options.”\n",
            [
                ("reported", "Karl Berger", "Norland would stay silent while blood is shed"),
                ("direct", "Karl Berger", "prepare options."),
            ],
            id="a past of speech after a comma and and is no participle pair with shed",
        ),
        pytest.param(
            "It comes after Karl Berger hinted that Norland could face sanctions under Tarn’s"
            " renewed “focus” on trade.\n",
            [],
            id="one quoted word an owners noun is named by is a scare quote",
        ),
        pytest.param(
            "Despite the tense exchange, Karl Berger described the lunch with Anna Lind as"
            " cordial, noting they had a good talk.\n",
            [("reported", "Karl Berger", "they had a good talk")],
            id="a participle is the main subjects after a phrase opened by despite",
        ),
        pytest.param(
            "Karl Berger stayed calm, clarifying that chants like “down with the farmers” in"
            " the footage are no policy.\n",
            [],
            id="a quotation named as an example of chants is no ones words",
        ),
        pytest.param(
            "Karl Berger showed a video of party leader Anna Lind chanting “Down with the"
            " farmers” as evidence.\n",
            [("direct", "Anna Lind", "Down with the farmers")],
            id="a person chanting a quotation right after the gerund says it",
        ),
        pytest.param(
            "Karl Berger played a video. A voiceover by party leader Anna Lind sang, “Down with"
            " the farmers.”\n",
            [("direct", "Anna Lind", "Down with the farmers.")],
            id="a person right before sang says the quotation after it",
        ),
        pytest.param(
            "The student was released on Friday, according to the student's legal team.\n",
            [("reported", "legal team", "The student was released on Friday")],
            id="a team named by its kind is the source after according to",
        ),
    ],
)
def test_what_the_finder_says(body: str, expected: list[tuple[str, str, str]]) -> None:
    assert said(_BODY + body) == expected


def test_a_headlines_inverted_verb_is_no_word_of_the_body_named_after_it() -> None:
    text = (
        "Berger Was Right, Says Presidency After Talks\n\n"
        "The Presidency has stated that Karl Berger had anticipated the tensions.\n"
    )
    assert said(text) == [("reported", "Presidency", "Karl Berger had anticipated the tensions")]


def test_an_indefinite_title_is_the_one_person_the_article_later_so_titles() -> None:
    text = (
        "Student may be deported\n\n"
        "A Norland immigration judge has stated that the student may be deported.\n\n"
        "The ruling came on Friday. The order was issued by Judge Anna Lind in Tarn.\n"
    )
    assert said(text) == [("reported", "Anna Lind", "the student may be deported")]
