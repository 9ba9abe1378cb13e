"""attack51: a speaker's one name (``speaker_names``) is never a spelling with invisible
characters. It was the spelling with the most characters beyond ASCII, so one article writing
"Volker Türk" with two zero-width joiners after it named every statement of his so: the rows
of ``statements --speaker``, ``timeline`` and W all read "Volker Türk‍�", its stand-in shown.
A letter with a diacritic counts; a joiner, a soft hyphen or a bidi mark does not, and a
spelling holding one names the speaker only when no other does."""

from __future__ import annotations

from pathlib import Path

import pytest

from diplotui.library.statements import speaker_names
from diplotui.model import Article
from diplotui.store import Store, text_hash
from tests.tui.test_one_name_for_one_speaker_ui import turk_listings

SAID = "Rights chief speaks {n}\nUN rights chief {name} said aid must reach civilians in {n}.\n"
NAMES = ("Volker Türk", "Volker Türk", "Volker Türk\u200d\u200d")


def _store(path: Path) -> None:
    with Store.open(path) as store:
        for day, (place, name) in enumerate(zip(("Gaza", "Sudan", "Haiti"), NAMES, strict=True)):
            text = SAID.format(n=place, name=name)
            digest = text_hash(text)
            article = Article(
                id=store.new_article_id(digest),
                title=text.split("\n")[0],
                text_hash=digest,
                source="Test Wire",
                date=f"2025-03-0{day + 1}",
            )
            store.add_article(article, text)


def test_statements_and_timeline_name_turk_without_the_joiners(store_path: Path) -> None:
    _store(store_path)
    for lines in turk_listings(store_path, "Volker Türk"):
        assert len(lines) == 3 and all("Volker Türk (" in line for line in lines), lines
        assert not any("\ufffd" in line or "\u200d" in line for line in lines), lines


@pytest.mark.parametrize(
    "hostile",
    [
        "Volker Türk\u200d",  # one joiner after a letter: kept as it is by inert
        "Volker Türk\u200d\u200d",
        "Volker T\u00fcrk\u00ad",  # a soft hyphen
        "Volker Türk\u200e",  # a left-to-right mark
    ],
)
def test_a_spelling_with_invisible_characters_never_names_the_speaker(hostile: str) -> None:
    for counts in ({"Volker Türk": 1, hostile: 1}, {"Volker Türk": 1, hostile: 5}):
        assert set(speaker_names(counts).values()) == {"Volker Türk"}, counts


def test_the_fullest_spelling_still_names_the_speaker() -> None:
    names = speaker_names({"Volker Turk": 20, "Volker Türk": 1})
    assert set(names.values()) == {"Volker Türk"}
    # the marks as combining characters count as the composed letters do
    assert set(speaker_names({"Le Hoai Trung": 3, "Le\u0302 Hoa\u0300i Trung": 1}).values()) == {
        "Le\u0302 Hoa\u0300i Trung"
    }


@pytest.mark.parametrize(
    ("counts", "name"),
    [
        ({"Volker TÜRK": 5, "Volker Türk": 3}, "Volker Türk"),  # an outlet's capitals
        (
            {"SHEHBAZ SHARIF": 2, "Shehbaz Sharif": 1, "Muhammad Shehbaz Sharif": 1},
            "Shehbaz Sharif",
        ),
        ({"volker türk": 1, "Volker Türk": 1}, "Volker Türk"),  # a tie went to the lowercase
        ({"Ursula von der Leyen": 1, "Ursula Von Der Leyen": 1}, "Ursula von der Leyen"),
        ({"VOLKER TÜRK": 1, "Volker Turk": 4}, "VOLKER TÜRK"),  # its diacritics still count first
    ],
)
def test_a_spelling_in_capitals_or_lowercase_names_the_speaker_only_when_no_other_does(
    counts: dict[str, int], name: str
) -> None:
    """The finder gives a name as the outlet typed it: "VOLKER TÜRK said" in a headline,
    "Volker TÜRK" as French and EU texts write a surname. The most used such spelling was his
    one name in W, L and the CLI, and a tie of uses went to the lowercase one."""
    assert set(speaker_names(counts).values()) == {name}
