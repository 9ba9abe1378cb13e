"""Sentences that do not end at a title's or an initial's full stop, and a title's field word
capitalised as its sentence's first (split50, session 50). Invented sentences and names."""

from __future__ import annotations

import pytest

from diplotui.entities import recognise
from diplotui.statements import find_statements
from diplotui.text import full_stop_ends


@pytest.mark.parametrize(
    ("text", "stop_before", "ends"),
    [
        ("He met Rep. Ada Vey there.", "Rep", False),
        ("It was late. S. Ada Vey spoke.", " S", False),
        ("Troops of Lt. Gen. Bo Lund moved.", "Gen", False),
        ("Officials of the U.S. met them.", "U.S", False),
        ("He flew to the U.S. The talks went on.", "U.S", True),
        ("Cai Moro Jr. The talks went on.", "Jr", True),
        ("With Sr. Minister Cai Moro there.", "Sr", False),
        ("The talks ended. Bo Lund left.", "ended", True),
    ],
)
def test_a_full_stop_ends_a_sentence_as_the_reader_splits_it(
    text: str, stop_before: str, ends: bool
) -> None:
    stop = text.index(stop_before) + len(stop_before)
    assert text[stop] == "."
    assert full_stop_ends(text, 0, stop) is ends


@pytest.mark.parametrize("signer", ["the spokesperson, Mrs. Ada Vey", "Dr. Ada Vey"])
def test_it_after_a_title_s_full_stop_reads_the_whole_sentence_before(signer: str) -> None:
    text = (
        "Talks\n\n"
        f"Kenya responded on Monday in a note signed by {signer}. It said that Kenya remains"
        " open to talks with all parties.\n"
    )
    assert [(s.speaker, s.text) for s in find_statements(text)] == [
        ("Kenya", "Kenya remains open to talks with all parties")
    ]


@pytest.mark.parametrize(
    ("sentence", "role"),
    [
        ("Army chief Bo Lund said the army was ready.", "Army chief"),
        ("Military spokesman Bo Lund said the army was ready.", "Military spokesman"),
        ("National security adviser Bo Lund said the army was ready.", "National security adviser"),
        ("Rights chief Bo Lund said the army was ready.", "Rights chief"),
    ],
)
def test_a_field_word_opening_a_sentence_is_part_of_the_role(sentence: str, role: str) -> None:
    for text in (f"Talks\n\n{sentence}\n", f"Talks\n\nThe talks ended. {sentence}\n"):
        assert [span.text for span in recognise(text) if span.type == "ROLE"] == [role]
        assert [(s.speaker, s.role) for s in find_statements(text)] == [("Bo Lund", role)]


def test_a_capitalised_field_word_inside_a_sentence_is_no_part_of_the_role() -> None:
    text = "Talks\n\nIn Army chief Bo Lund we trust, the soldiers said.\n"
    assert [span.text for span in recognise(text) if span.type == "ROLE"] == ["chief"]


@pytest.mark.parametrize(
    ("sentence", "reported"),
    [
        ("Ada Vey told reporters that “the war” must end.", "“the war” must end"),
        (
            "Ada Vey said on Sunday that “massive meddling” was under way in the vote.",
            "“massive meddling” was under way in the vote",
        ),
    ],
)
def test_a_partial_quotation_after_the_verb_s_that_is_inside_one_reported_statement(
    sentence: str, reported: str
) -> None:
    text = f"Talks\n\n{sentence}\n"
    assert [(s.kind, s.speaker, s.text) for s in find_statements(text)] == [
        ("reported", "Ada Vey", reported)
    ]


def test_a_quotation_after_an_unlisted_verb_s_that_stays_direct() -> None:
    text = "Talks\n\nThe head of state and his aides believe that “meddling” is behind it.\n"
    assert [(s.kind, s.text) for s in find_statements(text)] == [("direct", "meddling")]
