"""``fold_in_place``: accents and case folded as the search folds them, one character for each
of the text's, so the palette's match offsets are offsets in the accented name."""

from __future__ import annotations

import pytest

from diplotui.entities.folding import fold_in_place, fold_letters


@pytest.mark.parametrize(
    ("text", "folded"),
    [
        ("Lê Hoài Trung", "le hoai trung"),
        ("Đà Nẵng", "da nang"),
        ("İstanbul", "istanbul"),  # "İ".lower() is two characters
        ("Сергей Лавров", "сергеи лавров"),  # as the search folds "й"
        ("Straße", "straße"),  # "ss" would move every later offset: kept
        ("Le\u0302 Hoa\u0300i", "le_ hoa_i"),  # decomposed: a mark is "_", as for matching
        ("ASEAN", "asean"),
    ],
)
def test_folds_letter_by_letter(text: str, folded: str):
    assert fold_in_place(text) == folded
    assert len(fold_in_place(text)) == len(text)


def test_agrees_with_the_search_where_a_letter_folds_to_one():
    text = "Nguyễn Phú Trọng, Ngô Lê Văn, Hà Nội, Ōsaka, Øresund, Łódź, Çanakkale"
    assert fold_in_place(text) == fold_letters(text)
