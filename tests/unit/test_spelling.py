"""Diacritics that tell names apart, and letters of other scripts that do not."""

from __future__ import annotations

from diplotui.library.statements import (
    LibraryStatement,
    StatementIndex,
    StatementQuery,
    names_speaker,
)
from diplotui.model import Article, Statement


def _said_by(*speakers: str) -> list[LibraryStatement]:
    return [
        LibraryStatement(
            Article(id=f"a{n}", title=f"Talks {n}", text_hash=f"{n:064}", date="2025-07-18"),
            Statement(
                start=0, end=4, text=f"Point {n}", kind="reported", speaker=speaker,
                speaker_key=speaker.lower(), speaker_type="PERSON", verb_past="said",
            ),
        )
        for n, speaker in enumerate(speakers)
    ]  # fmt: skip


def test_letters_of_other_scripts_are_no_marks_but_their_accents_are_optional() -> None:
    """Greek and Cyrillic letters are letters, not diacritics: "Μητσοτακης" typed without
    its tonos, "Потемкин" without its diaeresis, still name the speakers spelt with them."""
    rows = _said_by("Κυριάκος Μητσοτάκης", "Григорий Потёмкин", "Lê Văn Thành", "Lê Văn Thạnh")
    greek, russian = rows[0].statement, rows[1].statement
    assert names_speaker("Μητσοτακης", greek) and names_speaker("Потемкин", russian)
    assert names_speaker("Μητσοτάκης", greek) and names_speaker("ПОТЁМКИН", russian)
    for typed, speaker in (
        ("Μητσοτακης", "Κυριάκος Μητσοτάκης"),
        ("Потемкин", "Григорий Потёмкин"),
        ("Thành", "Lê Văn Thành"),
        ("Thạ", "Lê Văn Thạnh"),
    ):
        found = StatementIndex(rows).find(StatementQuery(speaker=typed)).rows
        assert [row.statement.speaker for row in found] == [speaker]
