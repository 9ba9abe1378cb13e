"""The finder's cheap tests read from one copy of a range (stspeed31, session 31): each reading
they gate still gives its answer (invented sentences and names)."""

from __future__ import annotations

import pytest

from diplotui.statements import find_statements
from diplotui.statements.cast import Cast
from diplotui.statements.finder import _joined_past
from diplotui.statements.subjects import Subjects, dateline_end
from tests.unit.test_statements_rounds_152_159 import spanned


@pytest.mark.parametrize(
    ("sentence", "names", "found"),
    [
        (  # a clause after "; " and a subordinator: its subject speaks
            "Ana Berg met the envoys in the capital; after the talks the minister said trade"
            " would grow.",
            [("PERSON", "Ana Berg")],
            ("Ana Berg", "trade would grow"),
        ),
        (  # a comma the writer left unspaced before the subject: the name after it
            "The talks ended in the capital, and Ana Berg,Li Wen said the sides would meet again.",
            [("PERSON", "Ana Berg"), ("PERSON", "Li Wen")],
            ("Li Wen", "the sides would meet again"),
        ),
        (  # "where" opening the clause, no comma before it
            "The envoys focused on trade where the Minister Ivo Marsh reaffirmed that ports stay"
            " open.",
            [("ROLE", "Minister"), ("PERSON", "Ivo Marsh")],
            ("Ivo Marsh", "ports stay open"),
        ),
        (  # no subject before "did not elaborate": the one after "but"
            "Ana Berg did not elaborate on this but Premier Ivo Marsh said the border would"
            " reopen.",
            [("PERSON", "Ana Berg"), ("ROLE", "Premier"), ("PERSON", "Ivo Marsh")],
            ("Ivo Marsh", "the border would reopen"),
        ),
    ],
)
def test_the_subject_is_read_from_its_own_clause(
    sentence: str, names: list[tuple[str, str]], found: tuple[str, str]
) -> None:
    text = f"Briefing\n\n{sentence}\n"
    statements = find_statements(text, spanned(text, names))
    assert [(s.speaker, s.text) for s in statements] == [found]


def test_a_joined_past_is_found_at_its_offset_in_the_text() -> None:
    text = "Intro words. The minister said the talks went well, and urged calm on both sides."
    joint, past_end = text.index(", and"), text.index("urged") + len("urged")
    assert _joined_past(text, 13, len(text)) == (joint, past_end, True)
    assert _joined_past(text, 13, joint) is None  # the joint outside the range
    text = "The talks went well but stressed calm."
    assert _joined_past(text, 4, len(text)) == (text.index(" but"), text.index(" calm"), True)


def test_units_of_a_range_with_and_without_mentions() -> None:
    text = "Talks in Sudland. Ngo Le Van's aides met Ana Berg on Monday."
    spans = spanned(text, [("GPE", "Sudland"), ("PERSON", "Ngo Le Van"), ("PERSON", "Ana Berg")])
    subjects = Subjects(text, spans, Cast(text, spans, [(0, len(text))]))

    def read(start: int, end: int) -> list[tuple[str, str, str]]:
        return [(u.kind, u.text, u.low) for u in subjects.units(start, end)]

    assert read(0, 8) == [("WORD", "Talks", "talks"), ("WORD", "in", "in")]
    after = text.index("aides")  # the mention before ends before the range
    assert read(after, len(text)) == [
        ("WORD", "aides", "aides"),
        ("WORD", "met", "met"),
        ("PERSON", "Ana Berg", "ana berg"),
        ("WORD", "on", "on"),
        ("WORD", "Monday.", "monday"),
    ]
    assert read(text.index("'s"), after + 5) == [("WORD", "'s", "'s"), ("WORD", "aides", "aides")]
    assert read(text.index("Le Van"), after) == [
        ("PERSON", "Ngo Le Van", "ngo le van"),
        ("WORD", "'s", "'s"),
    ]


def test_a_colon_dateline_is_read_only_near_the_sentence_start() -> None:
    assert dateline_end("Phnom Penh: According to X, the talks", 0, 37) == len("Phnom Penh: ")
    text = "The envoys of both sides said: the talks go on"
    assert dateline_end(text, 0, len(text)) == 0
