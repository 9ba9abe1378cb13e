"""Classes of error that recur across outlets in the dev set (stfix27, session 28: rules stated
generally, not one article's; invented sentences and names)."""

from __future__ import annotations

from diplotui.statements import find_statements
from tests.unit.test_statements_rounds_152_159 import spanned


def test_an_unended_paragraph_under_the_headline_is_a_dek_not_body() -> None:
    text = (
        "Norland will not let its ports be blockaded, minister says\n\n"
        "Norland Foreign Minister Ivo Marsh said that what he calls threats against the"
        " country's ports will not be tolerated\n\n"
        "Foreign Minister Ivo Marsh met port officials in the capital on Monday. He said the"
        " navy would keep the sea lanes open.\n"
    )
    names = [("GPE", "Norland"), ("ROLE", "Foreign Minister"), ("PERSON", "Ivo Marsh")]
    names += [("ROLE", "Foreign Minister"), ("PERSON", "Ivo Marsh")]
    assert [(s.speaker, s.text) for s in find_statements(text, spanned(text, names))] == [
        ("Ivo Marsh", "the navy would keep the sea lanes open")
    ]


def test_several_unended_summary_lines_under_the_headline_are_all_deks() -> None:
    text = (
        "Talks stalled over the border – Ana Berg\n\n"
        "Sudland's foreign minister has said the talks stalled over the border crossings\n\n"
        "She added that the envoys would meet again in the spring\n\n"
        "Foreign Minister Ana Berg spoke to reporters in the capital on Friday. She said that"
        " the crossings must reopen before any new round.\n"
    )
    names = [("PERSON", "Ana Berg"), ("GPE", "Sudland"), ("ROLE", "Foreign Minister")]
    names += [("PERSON", "Ana Berg")]
    assert [(s.speaker, s.text) for s in find_statements(text, spanned(text, names))] == [
        ("Ana Berg", "the crossings must reopen before any new round")
    ]


def test_unended_paragraphs_throughout_are_body_when_none_ends_as_a_sentence() -> None:
    text = (
        "Talks stalled over the border\n\n"
        "Foreign Minister Ana Berg said on Friday in the capital that the talks with the"
        " neighbours had stalled over the border crossings on the river\n\n"
        "She added that the envoys of both countries would meet again in the spring to draw up"
        " a timetable for the crossings\n"
    )
    names = [("ROLE", "Foreign Minister"), ("PERSON", "Ana Berg")]
    assert [s.speaker for s in find_statements(text, spanned(text, names))] == [
        "Ana Berg",
        "Ana Berg",
    ]
