"""``LibraryNames``: a spelling the reader shows named as the library lists its speaker, and
``anchoring.unmarked_spelling``: a highlight stored under that name keeps it."""

from __future__ import annotations

from diplotui.anchoring import unmarked_spelling
from diplotui.library.speaker_names import LibraryNames
from diplotui.model import Statement

NAMES = LibraryNames.of(
    {
        "Volker Turk": "Volker Türk",
        "Volker Türk": "Volker Türk",
        "Lê Văn Thành": "Lê Văn Thành",
        "Lê Văn Thạnh": "Lê Văn Thạnh",
        "Majed al-Ansari": "Majed al-Ansari",
    }
)


def test_a_spelling_indexed_or_not_takes_its_speakers_one_name() -> None:
    assert NAMES.name("Volker Turk") == "Volker Türk"  # indexed
    assert NAMES.name("VOLKER TURK") == "Volker Türk"  # not: folds as his spellings do
    assert NAMES.name("Majed Al Ansari") == "Majed al-Ansari"  # another Arabic article


def test_a_spelling_two_speakers_may_have_or_none_keeps_its_own() -> None:
    assert NAMES.name("Le Van Thanh") == "Le Van Thanh"  # Thành or Thạnh: not said
    assert NAMES.name("Lê Văn Thạnh") == "Lê Văn Thạnh"
    assert NAMES.name("Wang Yi") == "Wang Yi"
    assert LibraryNames().name("Volker Turk") == "Volker Turk"


def test_statements_named_keep_the_article_s_spelling_as_named_as() -> None:
    said = Statement(0, 3, "yes", "direct", "Volker Turk", "volker turk", "PERSON")
    other = Statement(4, 7, "now", "direct", "Wang Yi", "wang yi", "PERSON")
    named = NAMES.named([said, other])
    assert [(s.speaker, s.named_as) for s in named] == [
        ("Volker Türk", "Volker Turk"),
        ("Wang Yi", ""),
    ]


def test_only_a_name_written_without_its_marks_is_its_unmarked_spelling() -> None:
    assert unmarked_spelling("Volker Turk", "Volker Türk")
    assert not unmarked_spelling("Lê Văn Thành", "Lê Văn Thạnh")  # other marks: another man
    assert not unmarked_spelling("Volker Türk", "Volker Türk")
    assert not unmarked_spelling("Wang Yi", "Volker Türk")
    assert not unmarked_spelling("Volker Turk", "volker turk")  # the finder's case now


def test_a_spelling_with_other_marks_is_never_named_through_an_unmarked_one() -> None:
    """attack51b: the library lists "Le Van Thanh" under Lê Văn Thành (his spelling without
    marks); an article not yet indexed about Lê Văn Thạnh, another man, agreed with that
    unmarked spelling, so the reader's label, ``y`` and a new highlight named Thành."""
    from diplotui.library.statements import speaker_names

    names = LibraryNames.of(
        speaker_names({"Lê Văn Thành": 3, "Le Van Thanh": 5, "José García": 2, "Jose Garcia": 4})
    )
    assert names.name("Lê Văn Thạnh") == "Lê Văn Thạnh"
    assert names.name("José Garcìa") == "José Garcìa"
    assert names.name("LE VAN THANH") == "Lê Văn Thành"  # no marks of its own: his
    assert names.name("José Garcia") == "José García"
