"""Classes of error held-out rounds 646-647 showed (issue 17, stfix139): each recurs in other
outlets' text, shown here on invented sentences and names, never the articles' text."""

from __future__ import annotations

import pytest

from diplotui.layout import BlockKind, article_blocks
from tests.unit.statements_said import said

_BODY = "Norland news\n\nThe talks in Norland went on for a third day on Monday.\n\n"

# a page's "Related stories" links above its body: teasers, then the article itself
_RELATED_ABOVE_BODY = (
    "Norland’s president refuses to resign\n\nRelated stories\n\n"
    "Norland’s parliament votes to remove the president\n\n"
    "The parliament has voted to remove President Ada Vey,...\n\n"
    "The government of Norland is refusing to call early elections amid the protests that"
    " spread over the weekend.\n\n"
    "The interior ministry said on Thursday that a curfew would be imposed in the capital.\n"
)


@pytest.mark.parametrize(
    ("body", "expected"),
    [
        pytest.param(
            "According to one of the Norland officials, two documents are involved.\n\n"
            "The other senior official expressed hope that there would be no changes.\n",
            [
                ("reported", "Norland official", "two documents are involved"),
                ("reported", "senior official", "there would be no changes"),
            ],
            id="the other official is another unnamed speaker named without other",
        ),
        pytest.param(
            "Karl Berger confirmed the signing, posting a photograph of himself with Anna Lind.\n",
            [],
            id="confirming a signing while posting a photograph says nothing",
        ),
        pytest.param(
            "Oslo and Ottawa have signed a memorandum, officials familiar with the matter told"
            " the Times.\n\nThe officials said the memorandum had been signed online.\n",
            [
                ("reported", "officials", "Oslo and Ottawa have signed a memorandum"),
                ("reported", "officials", "the memorandum had been signed online"),
            ],
            id="the officials after two places signing are those officials",
        ),
        pytest.param(
            "A judge declined the request, AFP reported.\n\n"
            "The decision lets the former leader travel abroad, the news agency said.\n",
            [("reported", "AFP", "The decision lets the former leader travel abroad")],
            id="the news agency is the one outlet reporting",
        ),
        pytest.param(
            "Judge Karl Berger ruled the prosecutors’ petition was “unfounded,” on Monday.\n",
            [("direct", "Karl Berger", "unfounded,")],
            id="a quotation in the clause a judge ruled without that is direct",
        ),
        pytest.param(
            "“Berger is a clown,” protesters shouted—a jibe at the mayor.\n",
            [("direct", "protesters", "Berger is a clown,")],
            id="an unlisted verb before the reporters dashed gloss attributes the quotation",
        ),
        pytest.param(
            "The government said on Thursday that a curfew would be imposed in the capital,"
            " Nordby, as the prosecutor’s office announced it was investigating the killing.\n",
            [
                ("reported", "government", "a curfew would be imposed in the capital, Nordby"),
                ("reported", "prosecutor’s office", "it was investigating the killing"),
            ],
            id="another speaker in an as clause ends the first statement and says its own",
        ),
    ],
)
def test_what_the_finder_says(body: str, expected: list[tuple[str, str, str]]) -> None:
    assert said(_BODY + body) == expected


def test_the_body_after_a_related_stories_list_is_read() -> None:
    assert said(_RELATED_ABOVE_BODY) == [
        ("reported", "interior ministry", "a curfew would be imposed in the capital")
    ]


def test_the_reader_shows_the_body_after_related_links_as_paragraphs() -> None:
    blocks = article_blocks(_RELATED_ABOVE_BODY)
    kinds = [(b.kind, _RELATED_ABOVE_BODY[b.start : b.end][:24]) for b in blocks]
    assert kinds[2:] == [
        (BlockKind.RELATED_ITEM, "Norland’s parliament vot"),
        (BlockKind.RELATED_ITEM, "The parliament has voted"),
        (BlockKind.PARAGRAPH, "The government of Norlan"),
        (BlockKind.PARAGRAPH, "The interior ministry sa"),
    ]
