"""The finder's cheap tests of session 33 (stspeed33b): a window the characterising pattern
could match always holds one of the stems it opens with, so testing the stems first never
loses a match (invented phrases, one per alternative of the pattern)."""

from __future__ import annotations

import pytest

from diplotui.statements.finder import _CHARACTERISING, _may_characterise


@pytest.mark.parametrize(
    "words",
    [
        "The minister, calling them a ",
        "X calls it a ",
        "branding the talks as ",
        "He described the plan as ",
        "a report terming it a ",
        "They dubbed it the ",
        "labelling the move ",
        "The envoy accused them of ",
        "lambasting the ",
        "She deemed the offer ",
        "The ministry hit out at ",
        "The spokesman lashed out at ",
        "He dismissed the reports as ",
        "She hailed the deal as ",
        "The envoy criticized the plan as ",
        "He condemned the attack as ",
        "The ministry denounced the move as ",
        "praising the talks as ",
        "She characterised it as ",
        "He portrayed the visit as ",
        "The minister referred to it as ",
        "They regard the accord as ",
        "She viewed the vote as the ",
        "He likened them to ",
    ],
)
def test_a_window_the_pattern_matches_holds_a_stem(words: str) -> None:
    assert _CHARACTERISING.search(words) is not None
    assert _may_characterise(words)


def test_a_window_without_a_stem_is_not_searched() -> None:
    words = "The minister said the talks were "
    assert not _may_characterise(words)
    assert _CHARACTERISING.search(words) is None
