"""Names as spelt: the diacritics that tell two people apart.

Names are matched folded ("le hoai trung" finds Lê Hoài Trung and an outlet's Le Hoai Trung),
but in Vietnamese the marks are the name: Lê Văn Thành and Lê Văn Thạnh are two people. A
word typed or written with its marks therefore names only words spelt with the same marks,
or written without any (an outlet that dropped them all may mean either); a word without
marks, typed or written, fits every spelling. The marks of a word are compared as a set, so
a tone placed by the old rule or the new ("hòa", "hoà") is one spelling.
"""

from __future__ import annotations

import unicodedata
from collections.abc import Iterable, Sequence
from functools import lru_cache

from diplotui.entities.folding import fold


@lru_cache(maxsize=4096)
def spelt_words(text: str) -> tuple[str, ...]:
    """``text``'s words as spelt, case aside: runs of letters, digits and their marks
    ("Lê Văn-Thạnh" -> lê, văn, thạnh), split where :func:`statements.name_words` splits."""
    text = unicodedata.normalize("NFC", text).casefold()
    kept = (
        char if char.isalnum() or unicodedata.category(char).startswith("M") else " "
        for char in text
    )
    return tuple("".join(kept).split())


_MARKED_LETTERS = frozenset("đøł")  # letters folding drops a stroke from


@lru_cache(maxsize=8192)
def marks(word: str) -> str:
    """What folding takes off ``word`` (its diacritics, and the strokes of letters such as
    "đ"), sorted; "" for a word written without any. The letters of other scripts are no
    marks: "Μητσοτακης" is marked only where a tonos is typed. Nor is the dot of an i, there
    or not ("ı", "İ" folded "i̇"): Turkish pairs I with ı and İ with i, which case folding
    pairs otherwise, so a name typed in capitals ("IĞDIR") would lose or gain dots."""
    if word.isascii():
        return ""
    return "".join(
        sorted(
            char
            for char in unicodedata.normalize("NFD", word).replace("i\u0307", "i")
            if unicodedata.combining(char) or char in _MARKED_LETTERS
        )
    )


def spelt_alike(typed: str, word: str, *, prefix: bool = False) -> bool:
    """Whether ``typed`` (a word, folded equal to ``word`` or, with ``prefix``, to its
    start) is spelt as ``word`` is: either without marks, or both with the same ones."""
    if not marks(typed):
        return True
    written = marks(word)
    if not written:
        return True
    return (marks(word[: len(typed)]) if prefix else written) == marks(typed)


def has_marks(text: str) -> bool:
    return any(marks(word) for word in spelt_words(text))


def spellings_agree(one: str, other: str) -> bool:
    """Whether no word of ``one`` is spelt with other marks than each word of ``other`` it
    folds equal to: "Thạnh" against "Lê Văn Thành" disagrees, "Thanh" or "Văn" agree."""
    if not has_marks(one):
        return True
    theirs: dict[str, list[str]] = {}
    for word in spelt_words(other):
        theirs.setdefault(fold(word), []).append(word)
    return all(
        any(spelt_alike(word, written) for written in theirs.get(fold(word), [word]))
        for word in spelt_words(one)
    )


def starts_agree(typed: Sequence[str], value: str, *, whole: bool) -> bool:
    """Whether each ``typed`` word (as spelt) starts a word of ``value`` with the same marks
    (``whole``: is the word of ``value`` in its place, every word), for a filter that
    already found the folded words there."""
    written = spelt_words(value)
    if whole:
        return len(written) == len(typed) and all(
            spelt_alike(word, have) for word, have in zip(typed, written, strict=True)
        )
    return all(
        any(
            fold(have).startswith(fold(word)) and spelt_alike(word, have, prefix=True)
            for have in written
        )
        for word in typed
    )


def speakers_of(names: Iterable[str]) -> dict[str, str]:
    """Each name's speaker, as a key: spellings that fold alike are one speaker ("Lê Hoài
    Trung", "Le Hoai Trung") unless their marks set them apart (Lê Văn Thành, Lê Văn Thạnh);
    a spelling that could be either (Le Van Thanh, no marks at all) stands on its own."""
    by_fold: dict[str, list[str]] = {}
    for name in names:
        by_fold.setdefault(fold(name), []).append(name)
    speakers: dict[str, str] = {}
    for key, spellings in by_fold.items():
        if len(spellings) == 1:
            speakers[spellings[0]] = key
            continue
        worded = {name: [marks(word) for word in spelt_words(name)] for name in spellings}
        # the most marked spellings first: they are the people the others may be
        ordered = sorted(spellings, key=lambda name: -sum(1 for mark in worded[name] if mark))
        people: list[list[str]] = []
        for name in ordered:
            fits = [n for n, person in enumerate(people) if _agree(person, worded[name])]
            if len(fits) == 1:
                person = people[fits[0]]
                person[:] = [
                    known or mark for known, mark in zip(person, worded[name], strict=True)
                ]
                speakers[name] = f"{key}\0{fits[0]}"
            else:
                speakers[name] = f"{key}\0{len(people)}"
                people.append(list(worded[name]))
    return speakers


def _agree(person: list[str], spelling: list[str]) -> bool:
    """Whether a spelling's marks, word by word, fit a person's (a word without marks fits)."""
    return len(person) == len(spelling) and all(
        not known or not mark or known == mark for known, mark in zip(person, spelling, strict=True)
    )
