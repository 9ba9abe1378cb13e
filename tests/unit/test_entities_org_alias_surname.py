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


@pytest.mark.parametrize(
    ("text", "person", "company"),
    [
        ("Michael Bloomberg spoke to reporters in New York.", "Michael Bloomberg", "Bloomberg"),
        ("Taro Honda said the talks went well.", "Taro Honda", "Honda"),
    ],
)
def test_a_one_word_company_right_after_a_given_name_is_the_surname(
    text: str, person: str, company: str
) -> None:
    """Companies named after their founders ("Bloomberg", "Honda") are surnames too: right
    after a given name the two words are one person."""
    spans = _spans(text)
    assert ("PERSON", person) in spans
    assert ("ORG", company) not in spans


@pytest.mark.parametrize(
    ("text", "company"),
    [
        ("Bloomberg reported that Honda shares fell.", "Honda"),
        ("Michael Bloomberg Philanthropies gave money.", "Bloomberg"),
        ("Afghan Taliban fighters crossed the border.", "Taliban"),
        ("Jordan Honda dealers raised prices.", "Honda"),
    ],
)
def test_a_one_word_company_after_no_given_name_stays_the_company(text: str, company: str) -> None:
    """A capitalised word that continues the company, or a nationality or a place before it
    ("Afghan", which is a given name too; "Jordan"), keeps the company."""
    spans = _spans(text)
    assert ("ORG", company) in spans
    assert not any(kind == "PERSON" and company in name for kind, name in spans)
