"""An organisation's one-word short name that is also a surname.

"Wagner" is the short name of "Wagner Group" and a common surname. Right after a person's name
words it ends the name as its surname ("Richard Wagner", "Therese Kayikwamba Wagner"), as a
one-word place does ("Lloyd Austin"). A word that continues the organisation ("Wagner Group",
"Wagner fighters") or a sentence with no name before it keeps the organisation."""

from __future__ import annotations

import pytest

from diplotui.entities import recognise


def _spans(text: str) -> list[tuple[str, str]]:
    return [(span.type, span.text) for span in recognise(text)]


@pytest.mark.parametrize(
    ("text", "person"),
    [
        ("Richard Wagner composed operas.", "Richard Wagner"),
        ("Minister Anna Wagner said the talks would resume.", "Anna Wagner"),
        ("Foreign Minister Therese Kayikwamba Wagner said so.", "Therese Kayikwamba Wagner"),
        ("The speakers were Paul Cook, Ann Wagner and Norma Torres.", "Ann Wagner"),
        ("It was signed by Richard Wagner.", "Richard Wagner"),
        ("Karl Wagner, the envoy, arrived.", "Karl Wagner"),
    ],
)
def test_a_short_name_after_name_words_is_the_surname(text: str, person: str) -> None:
    spans = _spans(text)
    assert ("PERSON", person) in spans
    assert ("ORG", "Wagner") not in spans


@pytest.mark.parametrize(
    "text",
    [
        "Russia deployed Wagner fighters in the region.",
        "The mutiny by Wagner ended in June.",
        "Wagner chief Yevgeny Prigozhin spoke.",
        "Officials met Yevgeny Prigozhin Wagner mercenaries.",
        "Wagner said nothing.",
    ],
)
def test_the_short_name_without_a_name_before_it_stays_the_organisation(text: str) -> None:
    spans = _spans(text)
    assert ("ORG", "Wagner") in spans
    assert not any(kind == "PERSON" and "Wagner" in name for kind, name in spans)


def test_the_full_name_after_a_given_name_stays_the_organisation() -> None:
    spans = _spans("Anna Wagner Group said so.")
    assert not any(kind == "PERSON" and "Wagner" in name for kind, name in spans)
