"""Diacritic folding: one lossy form for linking, one length-preserving form for matching."""

from __future__ import annotations

import re
import unicodedata
from functools import lru_cache

_SPACES = re.compile(r"\s+")
_SPECIAL_LETTERS = {"Đ": "D", "đ": "d", "Ø": "O", "ø": "o", "Ł": "L", "ł": "l", "ı": "i"}
_PUNCTUATION = {"’": "'", "‘": "'", "ʼ": "'", "`": "'", "“": '"', "”": '"'}


_REPLACED = {**_SPECIAL_LETTERS, **_PUNCTUATION}
_REPLACED_RE = re.compile("[" + "".join(_REPLACED) + "]")
MARKS = "\u0300-\u036f\u1ab0-\u1aff\u1dc0-\u1dff\u20d0-\u20ff\ufe20-\ufe2f"
"""The combining diacritical marks blocks, for a regular expression's character class."""
COMBINING_MARKS = re.compile(f"[{MARKS}]+")


def fold_letters(text: str) -> str:
    """Fold diacritics and case, leaving spacing as it is.

    Built from C-speed string calls only: the search index folds some 50 million characters.
    """
    if not text.isascii():
        text = unicodedata.normalize("NFKD", _REPLACED_RE.sub(lambda m: _REPLACED[m[0]], text))
        if not text.isascii():
            text = COMBINING_MARKS.sub("", text)
    return text.casefold()


def fold(text: str) -> str:
    """Fold diacritics and case so that spellings of one name compare equal.

    "Hà Nội" -> "ha noi", "Đà Nẵng" -> "da nang". Curly apostrophes become straight and runs
    of whitespace become one space. Used for linking and search, never for offsets.
    """
    folded = fold_letters(text)
    if folded.isprintable() and "  " not in folded:  # no space to fold (a name, a title)
        return folded.strip(" ")
    return _SPACES.sub(" ", folded).strip()


@lru_cache(maxsize=1)
def _matching_table() -> dict[int, str]:
    """Map each accented Latin letter to its one-character base, keeping case and length.

    Stand-alone combining marks become "_" (a word character) so a decomposed "Le\u0302"
    stays one token; tokens drop the "_" before lookup.
    """
    table: dict[int, str] = {}
    for code in list(range(0x00C0, 0x0250)) + list(range(0x1E00, 0x1F00)):
        char = chr(code)
        if char in _SPECIAL_LETTERS:
            table[code] = _SPECIAL_LETTERS[char]
            continue
        base = unicodedata.normalize("NFD", char)[0]
        if base != char and base.isascii() and base.isalpha():
            table[code] = base
    for char, replacement in {**_SPECIAL_LETTERS, **_PUNCTUATION}.items():
        table[ord(char)] = replacement
    for code in range(0x0300, 0x0370):
        table[code] = "_"
    return table


# Runs of the characters the matching table may change: not ASCII, or the backtick.
_FOLDABLE = re.compile("[^\x00-\x5f\x61-\x7f]+")


def fold_for_matching(text: str) -> str:
    """Strip diacritics letter by letter so offsets in the result are offsets in ``text``.

    Only the runs that need it are translated: most of an English article is ASCII, and
    ``str.translate`` with a table looks up every character of a text that is not."""
    if text.isascii():
        return text
    table = _matching_table()
    return _FOLDABLE.sub(lambda run: run.group().translate(table), text)
