"""Whose words a statement's highlight quotes (statements.said): one decision for highlights,
copies and exports, whatever quotation marks the article writes."""

from __future__ import annotations

from dataclasses import replace

import pytest

from diplotui.cite import STYLES, format_quote, read_marks
from diplotui.model import Article, Statement
from diplotui.statements.said import said_part, said_span, spoken_span

NEWS = Article(id="a", title="Talks resume", text_hash="", source="VNA", date="2025-07-14")


def _span(text: str, words: str) -> tuple[str, bool]:
    start = text.index(words)
    begin, end, direct = said_span(text, start, start + len(words))
    return text[begin:end], direct


def test_said_span_cuts_the_reporters_words_off_a_quotation() -> None:
    text = 'Then Hang said: "We are ready." Lin said the deal was "a victory" and fair.'
    assert _span(text, 'Hang said: "We are') == ("We are", True)
    assert _span(text, "are ready") == ("are ready", True)  # inside the marks: her words
    assert _span(text, 'the deal was "a victory" and fair') == (
        'the deal was "a victory" and fair',
        False,  # the reporter's words around hers
    )
    assert _span(text, 'Hang said: "We are ready."') == ("We are ready.", True)


@pytest.mark.parametrize(
    ("opening", "closing"),
    [("“", "”"), ('"', '"'), ("„", "“"), ("„", "”"), ("«", "»"), ("« ", " »"), ("‘", "’")],
)
def test_every_style_of_quotation_mark_makes_a_direct_quotation(opening, closing) -> None:
    """Guillemets and low-high marks were not read as quotation marks: a quotation in them was
    copied as the reporter's paraphrase ("Ana said: We are ready.") while the exports, from the
    finder, called it direct."""
    text = f"Ana Quiroga said: {opening}We are ready, truly ready.{closing}\nNext line."
    words = "We are ready, truly ready."
    assert _span(text, words) == (words, True)  # inside the marks
    whole = f"Ana Quiroga said: {opening}{words}{closing}"
    cut, direct = _span(text, whole)
    assert (cut.strip(), direct) == (words, True)  # the attribution cut off
    said = said_part(text, text.index(whole), text.index(whole) + len(whole))
    assert (said.kind, said.verb) == ("direct", "")


def test_single_marks_quote_only_in_a_text_without_double_ones() -> None:
    alone = "‘We are ready,’ Ana said of the Kingdom’s plan."
    assert _span(alone, "We are ready,") == ("We are ready,", True)
    mixed = "Ana said the “plan” is the ‘best’ one."
    assert _span(mixed, "best") == ("best", False)  # an inner quotation, not hers alone
    assert read_marks("the Kingdom’s ‘friends’ met") == "the Kingdom’s “friends” met"


def test_words_around_a_quotation_are_a_reporters_clause_not_an_attribution() -> None:
    """A reported clause ending in a quotation ('it was a “short but productive visit”') was
    cut to the quotation, as if "it was a" were "Hang said:": the copy quoted three words out
    of their sentence as a direct quotation and dropped what they qualified."""
    text = "Dr Balakrishnan said it was a “short but productive working visit”."
    clause = "it was a “short but productive working visit”"
    assert _span(text, clause) == (clause, False)
    text = "Since Macri took office, “Argentina is changing”, he said."
    assert _span(text, "Since Macri took office, “Argentina is changing”") == (
        "Since Macri took office, “Argentina is changing”",
        False,
    )
    for attributed in ('Hang said "We are ready."', "Hang added, “We are ready.”"):
        assert _span(attributed, attributed) == ("We are ready.", True)
    for after in ("“We must act,” Lee said.", "“We must act”, Lee said.", "“Why?” Lee asked."):
        assert _span(after, after)[1] is True
    assert (
        _span("“Verifiable deeds” are needed now.", "“Verifiable deeds” are needed now.")[1]
        is False
    )


def test_a_statement_at_the_very_start_or_end_of_the_text() -> None:
    text = "“We are ready,” Hang said"
    assert _span(text, text) == ("We are ready,", True)
    assert _span(text, "We are ready,") == ("We are ready,", True)
    text = 'Hang said: "We are ready."'
    assert _span(text, "We are ready.") == ("We are ready.", True)
    assert _span(text, text) == ("We are ready.", True)


def _statement(text: str, words: str, kind: str) -> Statement:
    start = text.index(words)
    return Statement(start, start + len(words), words, kind, "Ngo Le Van", "ngo le van", "PERSON")


def test_a_highlight_of_a_statement_goes_on_its_speakers_words() -> None:
    text = 'Deputy Minister Ngo Le Van said: "We are ready." He called on delegates to act.'
    selected = 'Deputy Minister Ngo Le Van said: "We are ready."'
    start = text.index(selected)
    begin, end = spoken_span(text, start, start + len(selected))
    assert text[begin:end] == "We are ready."
    sentence = "He called on delegates to act."
    start = text.index(sentence)
    clause = _statement(text, "delegates to act", "reported")
    begin, end = spoken_span(text, start, start + len(sentence), [clause])
    assert text[begin:end] == "delegates to act"  # "called on" leads its copy
    assert said_part(text, begin, end).verb == "called on"
    quotation = '"We are ready," Ngo Le Van said.'
    begin, end = spoken_span(quotation, 0, len(quotation))
    assert quotation[begin:end] == "We are ready"  # the comma is the quoting sentence's


def test_a_highlight_of_no_words_stays_as_selected() -> None:
    assert spoken_span(",; ", 0, 3) == (0, 3)
    assert spoken_span("a “ , ” b", 2, 7) == (2, 7)


def test_nested_quotes_alternate_their_levels_in_every_style() -> None:
    """Quotes two levels deep came out single inside single (‘so-called ‘plan’’), and a German
    „...“ quotation inside a quote gained a stray mark („Ja‘’)."""
    quote = "We reject the “so-called ‘plan’” and the „Plan B“ of the Kingdom’s envoys."
    for style in STYLES:
        cited = format_quote(quote, NEWS, style, speaker="Hang")
        if style == "markdown":
            assert "the “so-called ‘plan’” and the “Plan B” of the Kingdom’s" in cited
        else:
            assert "the ‘so-called “plan”’ and the ‘Plan B’ of the Kingdom’s" in cited, style
        assert "„" not in cited and "’’" not in cited


def test_a_lone_guillemet_is_balanced_with_a_guillemet() -> None:
    for style in ("plain", "chicago", "apa"):
        cited = format_quote("Hang a dit : « Nous sommes prêts", NEWS, style)
        assert cited.startswith("“Hang a dit : « Nous sommes prêts»”"), cited


def test_a_speaker_named_only_by_a_role_starts_a_sentence_in_capitals() -> None:
    """The finder names "the spokeswoman said" "spokeswoman": a reported copy began
    "spokeswoman said: ..." and a Chicago note "spokeswoman, quoted in ..." in lower case."""
    for style in STYLES:
        reported = format_quote("talks resume", NEWS, style, speaker="spokeswoman", reported=True)
        assert reported.startswith("Spokeswoman said: talks resume"), (style, reported)
    direct = format_quote("We are ready.", NEWS, "chicago", speaker="spokeswoman")
    assert direct.split("\n")[1].startswith("Spokeswoman, quoted in “Talks resume,” VNA")


@pytest.mark.parametrize("style", STYLES)
@pytest.mark.parametrize("dated", [{"date": ""}, {"date": "2025-07", "date_is_guess": True}])
def test_a_statements_citation_without_a_date_or_with_a_guessed_one(style, dated) -> None:
    article = replace(NEWS, **dated)
    for reported in (False, True):
        cited = format_quote("talks resume", article, style, speaker="Lin", reported=reported)
        assert "Lin" in cited and "None" not in cited and "  " not in cited, cited
        if not dated["date"]:
            assert "2025" not in cited and ("(n.d.)" in cited) == (style == "apa"), cited
        else:
            guessed = {"apa": "ca. 2025", "chicago": "[July 2025?]"}
            assert guessed.get(style, "July 2025 (date uncertain)") in cited, cited


def test_a_very_long_quotation_is_shortened_with_its_marks_balanced() -> None:
    long = "We met. We discussed “the plan. " + "Point raised. " * 80 + "It ended” there. Done."
    for style in STYLES:
        for reported in (False, True):
            cited = format_quote(long, NEWS, style, shorten=True, speaker="Lin", reported=reported)
            body = cited.split("\n")[0]
            assert " … " in body and len(body) < 400, body
            assert body.count("“") == body.count("”") and body.count("‘") == body.count("’")


def test_an_apostrophe_is_never_made_a_closing_mark_when_levels_alternate() -> None:
    """A plural's apostrophe inside a single quotation ("‘the ministers’ plan’") cannot be
    told from its closing mark: that quotation is left as written, never given a wrong pair."""
    cited = format_quote("He said “the ‘ministers’ plan’ failed”.", NEWS, "plain")
    assert cited.startswith("“He said ‘the ‘ministers’ plan’ failed’.”")
    cited = format_quote("the “Kingdom’s ‘friends’” met", NEWS, "plain")
    assert cited.startswith("“the ‘Kingdom’s “friends”’ met”")


def test_a_passage_over_a_speakers_quoted_parts_keeps_them_all() -> None:
    """A highlight running from one quotation into the next over their attributions is the
    speaker's words, all of them: it was cut to its first part, the rest silently dropped."""
    from diplotui.statements.said import shown_whole

    text = "“We act,” Son said. “The region needs calm,” he added. “Both sides agree.”\n"
    start, end = text.index("We act"), text.index("agree.") + len("agree.")
    said = said_part(text, start, end)
    assert (said.start, said.end, said.direct) == (start, end, True)
    words, _ = shown_whole(text, said, lambda a, b: text[a:b])
    assert words == "We act … The region needs calm … Both sides agree."


def test_reporters_narration_between_two_quotations_joins_nothing() -> None:
    """Between two quotations, words with no reporting verb are the reporter's story, not an
    attribution: the passage is not read as one speaker's quoted parts."""
    text = "“We act,” Son said as the talks opened. The delegates left. “Calm now.”\n"
    start, end = text.index("We act"), text.index("Calm now.") + len("Calm now.")
    assert said_span(text, start, end) == (start, start + len("We act,"), True)
