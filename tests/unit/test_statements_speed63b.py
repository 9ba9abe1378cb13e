"""The set-up's mention forms kept (speed63b): ``without_honorific`` is asked of each person
mention two or three times by the cast (its first names, its per-mention loop, its speaker
names), so its answers are kept per name. A kept answer must be the one the name's own
reading gives: two names, however alike, never share one, and two articles naming one person
with and without honours name the same speaker."""

from __future__ import annotations

import pytest

from diplotui.statements.cast import without_honorific
from tests.unit.statements_said import said

_HEADLINE = "Talks go on\n\n"  # the first line of a bare text is its headline


@pytest.mark.parametrize(
    ("mention", "name"),
    [
        ("Shaikh Mohammad Bin Rashid Al Maktoum", "Mohammad Bin Rashid Al Maktoum"),
        ("Dato' Seri Anwar Ibrahim", "Anwar Ibrahim"),
        ("Utama Mohamad Hasan", "Mohamad Hasan"),
        ("H.E. Zhou Li", "Zhou Li"),
        ("Frenchman Emmanuel Macron", "Emmanuel Macron"),
        ("Anwar Ibrahim", "Anwar Ibrahim"),
        ("Sheikh", "Sheikh"),  # an honorific alone is left as written: no name after it
        ("Seri", "Seri"),
    ],
)
def test_the_kept_answer_is_the_names_own(mention: str, name: str) -> None:
    assert without_honorific(mention) == name
    assert without_honorific(mention) == name  # asked again: the kept answer, the same


def test_names_alike_never_share_an_answer() -> None:
    """Asked in turn, each name gets its own answer, not the last one asked: a cache keyed by
    anything less than the whole name (its length, its last word) fails here."""
    names = ["Datuk Ali Hassan", "Dato Ali Hassan", "Ali Hassan", "Datin Ali Hassan", "Datuk Ali"]
    expected = ["Ali Hassan", "Ali Hassan", "Ali Hassan", "Ali Hassan", "Ali"]
    for _ in range(2):
        assert [without_honorific(name) for name in names] == expected
    assert without_honorific("Sheikh Hamad") == "Hamad"
    assert without_honorific("Sheikha Hamad") == "Hamad"
    assert without_honorific("Sheikhs Hamad") == "Sheikhs Hamad"  # no honorific: as written


def test_two_articles_name_one_speaker_alike() -> None:
    """The cast of one article and then another's: the honours are left out of the speaker's
    name in both, whichever article asked first."""
    honoured = said(f"{_HEADLINE}Dato' Seri Anwar Ibrahim said the talks would go on.\n")
    plain = said(f"{_HEADLINE}Anwar Ibrahim said the talks would go on.\n")
    honoured_again = said(f"{_HEADLINE}Dato' Seri Anwar Ibrahim said the talks would go on.\n")
    assert [speaker for _, speaker, _ in honoured] == ["Anwar Ibrahim"]
    assert plain == honoured == honoured_again
