"""A person named by initials alone ("J. K.") beside another name (attack37, session 37).

Leaving out a full name's initials left such a name no words, and the finder stopped with an
``IndexError``: one stored article like this stopped ``W`` in the app and the library-wide
``statements`` and ``timeline`` with a traceback. Invented text."""

from __future__ import annotations

from diplotui.statements import find_statements


def test_a_name_of_initials_alone_speaks_and_stays_its_own_person() -> None:
    text = (
        "Talks\n\n"
        "J. K. said the talks were useful. A. B. said trade would grow. "
        "J. Kim said ties were close.\n"
    )
    found = [(s.speaker, s.text) for s in find_statements(text)]
    assert found == [
        ("J. K.", "the talks were useful"),
        ("A. B.", "trade would grow"),
        ("J. Kim", "ties were close"),
    ]
