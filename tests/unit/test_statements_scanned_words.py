"""The words the finder's set-up looks up among the verb scan's letter runs (stspeed47a): each
found exactly where it stands whole in the text, as the searches it replaces would find it
where its rule can read it, and the verbs found the same as ``listed_verbs``'."""

from __future__ import annotations

import re

from diplotui.statements.finder import _SCANNED
from diplotui.statements.verbs import listed_verbs, scanned_with, verbs_and_words

SAMPLES = (
    "The U.S. 7th Fleet said on Monday it had warned the ships.",
    "Said Vey: “We will go on.” Ada Vey is the minister.",
    "Unsaid, the Armyworm and the Fleetwood said nothing; Fleet.",
    "President To Lam said the talks would go on. To Lam told reporters so.",
    "An Nguyen, spokesperson for the ministry, said it. An official said too.",
    "Hà Nội 😀Army said ''stated'' ÉArmy Corpsé Division\nBrigade",
    "",
    "no verb here",
)


def test_scanned_words_are_the_whole_letter_runs_they_name() -> None:
    words = ("Fleet", "Army", "Corps", "Division", "Brigade", "Said", "An", "To", "So")
    scanned = scanned_with(words)
    for text in SAMPLES:
        verbs, found = verbs_and_words(text, scanned)
        assert [(m.span(), m.group()) for m in verbs] == [
            (m.span(), m.group()) for m in listed_verbs(text)
        ]
        whole = {w for w in words if re.search(rf"(?<![A-Za-z]){w}(?![A-Za-z])", text)}
        assert found == {w.encode("ascii") for w in whole}


def test_the_set_up_looks_up_every_word_its_rules_ask_for() -> None:
    """The rules themselves are tested where they were made (rounds 109, 111, 288, 423)."""
    from diplotui.statements.finder import _SHORT_SURNAME_RUNS, _UNIT_NOUN_RUNS

    assert {b"Said", *_SHORT_SURNAME_RUNS, *_UNIT_NOUN_RUNS} <= _SCANNED
