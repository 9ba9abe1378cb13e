"""A text cut right before a verb (a page's second half, a paste that starts mid-sentence):
the finder reads it without failing, as it did before its name test was gated."""

from diplotui.entities import recognise
from diplotui.statements import find_statements


def test_a_text_opening_with_a_space_and_a_verb_is_read() -> None:
    text = " said the talks went well.\nKerry said the talks were useful."
    statements = find_statements(text, recognise(text))
    assert [(s.speaker, s.text) for s in statements] == [("Kerry", "the talks were useful")]


def test_a_line_break_before_the_first_verb_is_read() -> None:
    text = "\n said on Monday that the talks went well."
    assert find_statements(text, recognise(text)) == []
