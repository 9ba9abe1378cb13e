"""Which quotations an attribution interrupts: a row and a copy of either part give both."""

from __future__ import annotations

import pytest

from diplotui.library.statements import said_in
from diplotui.statements import find_statements
from diplotui.statements.said import across_attribution


def _whole(text: str, part: str) -> str | None:
    start = text.index(part)
    return across_attribution(text, start, start + len(part), lambda a, b: text[a:b])


@pytest.mark.parametrize(
    ("text", "part", "whole"),
    [
        ('"The talks," Wang said, "went well."', "went well.", "The talks … went well."),
        ("“The talks”, Wang said, “went well.”", "The talks", "The talks … went well."),
        (
            '"Nonetheless," he added: "the risk is real."',
            "Nonetheless,",
            "Nonetheless … the risk is real.",
        ),
        (
            '"We will act," Foreign Minister Wang Yi said on Tuesday, "and soon."',
            "We will act,",
            "We will act … and soon.",
        ),
    ],
)
def test_either_part_gives_the_whole_quotation(text: str, part: str, whole: str):
    assert _whole(text, part) == whole


@pytest.mark.parametrize(
    ("text", "part"),
    [
        ('"We agree." Wang said. "We will act."', "We agree."),  # two sentences
        ("It was “lawful” and “legitimate”, he said.", "lawful"),  # the reporter's words
        ('"We agree," Wang said, and the others "will act."', "We agree,"),
        ('"We agree," Wang said.\n"We will act."', "We agree,"),  # another paragraph
        ('"We agree," the minister, "and the rest" went home.', "We agree,"),  # no verb
    ],
)
def test_quotations_no_attribution_joins_stay_apart(text: str, part: str):
    assert _whole(text, part) is None


def test_the_finders_two_parts_are_said_whole_and_a_paraphrase_keeps_its_attribution():
    text = 'Talks\n"The talks," Wang said, "went well."\nThe talks, Wang said, went well.\n'
    said = [said_in(statement, text) for statement in find_statements(text)]
    assert [(s.words, s.direct) for s in said] == [
        ("The talks … went well.", True),
        ("The talks … went well.", True),
        ("The talks, Wang said, went well", False),
    ]
