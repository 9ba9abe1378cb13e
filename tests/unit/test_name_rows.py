"""``layout.name_rows``: a speaker's name on rows of a narrow pane, between its words."""

from __future__ import annotations

from diplotui.layout import name_rows


def test_a_name_breaks_between_its_words_never_inside_one() -> None:
    assert name_rows("Mevlüt Çavuşoğlu", 9) == ["Mevlüt", "Çavuşoğlu"]
    assert name_rows("Recep Tayyip Erdoğan", 13) == ["Recep Tayyip", "Erdoğan"]


def test_on_two_rows_at_most_the_surname_is_kept_after_an_ellipsis() -> None:
    assert name_rows("Recep Tayyip Erdoğan", 9, 2) == ["Recep", "… Erdoğan"]
    assert name_rows("Þórdís Kolbrún Reykfjörð Gylfadóttir", 13, 2) == ["Þórdís", "… Gylfadóttir"]
    assert name_rows("Þórdís Kolbrún Reykfjörð Gylfadóttir", 10, 2) == ["Þórdís", "Gylfadótt…"]


def test_the_second_row_may_be_wider_and_a_body_keeps_its_country_whole() -> None:
    assert name_rows("Recep Tayyip Erdoğan", 9, 2, 13) == ["Recep", "… Erdoğan"]
    assert name_rows("Ministry of Foreign Affairs", 13, 2, 17) == ["Ministry of", "Foreign Affairs"]
    saudi = "Ministry of Foreign Affairs (Saudi Arabia)"
    assert name_rows(saudi, 13, 2, 17) == ["Ministry of", "… (Saudi Arabia)"]  # not "… Arabia)"
    assert name_rows(saudi, 9, 2, 13) == ["Ministry", "of Foreign…"]  # its country too long


def test_without_a_limit_a_name_is_whole_and_a_word_longer_than_a_row_folds() -> None:
    assert name_rows("Þórdís Kolbrún Reykfjörð Gylfadóttir", 9) == [
        "Þórdís", "Kolbrún", "Reykfjörð", "Gylfadótt", "ir",
    ]  # fmt: skip
    assert name_rows("Wang Yi", 9, 2) == ["Wang Yi"]
    assert name_rows("王毅", 2) == ["王", "毅"]  # two cells a letter
