"""Diacritic folding: one lossy form for linking, one length-preserving form for matching."""

from __future__ import annotations

import re
import unicodedata
from functools import lru_cache

_SPACES = re.compile(r"\s+")
LATIN_BLOCKS = ((0x00C0, 0x02B0), (0x1E00, 0x1F00), (0x2C60, 0x2C80), (0xA720, 0xA800))
"""Latin-1, Latin Extended-A and -B, IPA, Latin Extended Additional, -C and -D."""
_LETTER_WITH = re.compile(r"LATIN (CAPITAL|SMALL) LETTER ([A-Z])(?: WITH | BAR$)")


def _letters_with_a_stroke_or_hook() -> dict[str, str]:
    """Each Latin letter Unicode names as an ASCII letter with a stroke, hook, bar or tail
    but gives no base letter ("Ø", "Ł", "Ħ", Hausa "Ɓ" and "ƙ", Sami "Ŧ"), as that letter:
    read from the names so that none is missed (~1 ms, once)."""
    letters: dict[str, str] = {}
    for first, last in LATIN_BLOCKS:
        for code in range(first, last):
            char = chr(code)
            named = _LETTER_WITH.match(unicodedata.name(char, ""))
            if named and not unicodedata.normalize("NFKD", char)[0].isascii():
                letters[char] = named[2] if named[1] == "CAPITAL" else named[2].lower()
    return letters


SPECIAL_LETTERS = {
    **_letters_with_a_stroke_or_hook(),
    "Ð": "D",
    "ð": "d",
    "Ɖ": "D",
    "ı": "i",
    "ȷ": "j",
    "ſ": "s",
    "ĸ": "q",
    "Ŋ": "N",
    "ŋ": "n",
    "Ə": "A",
    "ə": "a",
    "Ǝ": "A",
    "ǝ": "a",
    "Ɛ": "E",
    "ɛ": "e",
    "Ɔ": "O",
    "ɔ": "o",
    "Ɣ": "G",
    "ɣ": "g",
    "Ʒ": "Z",
    "ʒ": "z",
    "Ʃ": "S",
    "ʃ": "s",
    "Ɩ": "I",
    "ɩ": "i",
    "Ʊ": "U",
    "ʊ": "u",
    "ɑ": "a",
    "ɡ": "g",
}
"""Latin letters Unicode gives no base letter, each as a reader types it: Azerbaijani "Əliyev"
is "Aliyev" in English (and so when the turned "ǝ" is typed for its schwa), Maltese "Ħal" is
"Hal", an eth is "d", Sami and Wolof "ŋ" is "n", Akan and Ewe "Ɛ", "Ɔ" and "Ɣ" are "E", "O"
and "G", Greenlandic "ĸ" is "q" as its spelling now writes it."""
SPELT_OUT = {"Þ": "th", "þ": "th", "Æ": "ae", "æ": "ae", "Œ": "oe", "œ": "oe", "ɶ": "oe"}
"""Latin letters a reader types as two ("Þórdís" is "Thordis", "Ærø" is "Aero"), folded: the
length-keeping foldings leave them as they are, the others spell them out, as casefolding
spells out "ß" ("ss") and NFKD the ligatures ("ĳ", "ﬁ")."""


_PUNCTUATION = {"’": "'", "‘": "'", "ʼ": "'", "`": "'", "“": '"', "”": '"'}


_INSIDE_A_WORD = "\u00ad\u200c\u200d\u2060"
"""Invisible characters that sit inside a word, never between two: the soft hyphen, the
zero-width non-joiner and joiner, the word joiner. A name pasted with one ("Jo\u200dhn Smith")
is still one name, and the same name as the one typed without."""
_INVISIBLE_FORMATTING = "\u200b\u200e\u200f\u202a\u202b\u202c\u202d\u202e\u2066\u2067\u2068\u2069"
"""The zero-width space and the bidi marks, embeddings and isolates: invisible, and found
around a name as well as inside one (an editor's marks around a quoted Arabic name)."""
INVISIBLE = _INSIDE_A_WORD + _INVISIBLE_FORMATTING
"""What folding drops, so a word written with one is the word typed without."""
_REPLACED = {**SPECIAL_LETTERS, **SPELT_OUT, **_PUNCTUATION, **dict.fromkeys(INVISIBLE, "")}
_REPLACED_RE = re.compile("[" + "".join(_REPLACED) + "]")
MARKS = "\u0300-\u036f\u1ab0-\u1aff\u1dc0-\u1dff\u20d0-\u20ff\ufe20-\ufe2f"
"""The combining diacritical marks blocks, for a regular expression's character class."""
COMBINING_MARKS = re.compile(f"[{MARKS}]+")


def fold_letters(text: str) -> str:
    """Fold diacritics and case, leaving spacing as it is.

    Built from C-speed string calls only: the search index folds some 50 million characters.
    """
    if not text.isascii():  # decomposed first: "Ǿ" is an "Ø" with a mark, "ǽ" an "æ"
        text = _REPLACED_RE.sub(lambda m: _REPLACED[m[0]], unicodedata.normalize("NFKD", text))
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
        if char in SPECIAL_LETTERS:
            table[code] = SPECIAL_LETTERS[char]
            continue
        base = unicodedata.normalize("NFD", char)[0]
        base = SPECIAL_LETTERS.get(base, base)  # "Ǿ": an "Ø" with a mark
        if base != char and base.isascii() and base.isalpha():
            table[code] = base
    for char, replacement in {**SPECIAL_LETTERS, **_PUNCTUATION}.items():
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


def fold_in_place(text: str) -> str:
    """Fold diacritics and case as :func:`fold_letters` does, one character for each of
    ``text``'s, so offsets in the result are offsets in ``text`` (the command palette
    underlines the letters a query matched in the accented name). A character that folds to
    more or fewer than one ("ß" to "ss") is kept, lower-cased; a combining mark of decomposed
    text is "_", as in :func:`fold_for_matching`. Both sides of a match are folded so."""
    matched = fold_for_matching(text)
    if matched.isascii():
        return matched.lower()
    return "".join(map(_fold_one, matched))


def spelt_in_full(folded: str) -> str:
    """``folded`` (one letter for one, :func:`fold_in_place`) with the letters it kept because
    they fold to two or more spelt out: "þórdís" is "thordis" and "straße" "strasse", typed
    or named, as :func:`fold` spells them."""
    if folded.isascii():
        return folded.casefold()
    return "".join(map(_fold_one_in_full, folded))


@lru_cache(maxsize=4096)
def _fold_one_in_full(char: str) -> str:
    return fold_letters(char)


@lru_cache(maxsize=4096)
def _fold_one(char: str) -> str:
    folded = fold_letters(char)
    if len(folded) == 1:
        return folded
    lowered = char.lower()
    return lowered if len(lowered) == 1 else char


_LATIN_FOR = {
    # Russian, then the letters Ukrainian, Belarusian, Serbian and Macedonian add
    "абвгдеёжзийклмнопрстуфхцчшщъыьэюя": "abvgdeezziiklmnoprstufhccssiyieua",
    "ґєіїўђјљњћџѓќѕ": "geiiudjlncdgkz",
    # Greek, its accented vowels after
    "αβγδεζηθικλμνξοπρσςτυφχψω": "avgdezitiklmnxoprsstyfhpo",
    "άέήίόύώϊϋΐΰ": "aeiioyoiyiy",
}
_CJK_NAME = re.compile("[\u3400-\u4dbf\u4e00-\u9fff\uac00-\ud7af]{2,4}")
"""Two to four Chinese characters or Hangul syllables: a name's length."""
_BEFORE_A_NAME = frozenset(" \t\n\"'")
_AFTER_A_NAME = frozenset(" \t\r\n\"',.;:!?")
_CJK_LETTERS = "bcdfghjklmnpqrstvwxz"


_CAPITAL_CATEGORIES = frozenset({"Lu", "Lt"})  # "Æ", and "ǅ", a digraph's titlecase


class _LettersShaped(dict[int, str]):
    """A translation table that reads a letter it does not hold as an ASCII letter of the
    same case, on first sight (kept for the next): the recogniser's rules, written for
    capitalised ASCII words, then start a name at any capital ("Æbelø", "Ǆemal") and go on
    over any small letter (the "ﬃ" a PDF copy leaves). Other characters stay as they are."""

    def __missing__(self, code: int) -> str:
        char = chr(code)
        shaped = _ascii_letter(char) if char.isalpha() else char
        self[code] = shaped
        return shaped


def _ascii_letter(letter: str) -> str:
    """One ASCII letter for ``letter``: the first of its compatibility form ("ﬃ" -> "f",
    "ǅ" -> "D"), else "Q" or "q" by its case; a letter of no case (Arabic, Hebrew, CJK) is
    kept, as no rule reads such a word as a name."""
    category = unicodedata.category(letter)
    first = unicodedata.normalize("NFKD", letter)[0]
    if first.isascii() and first.isalpha():
        return first.upper() if category in _CAPITAL_CATEGORIES else first.lower()
    if category in _CAPITAL_CATEGORIES:
        return "Q"
    return "q" if category == "Ll" else letter


@lru_cache(maxsize=1)
def _recognising_table() -> dict[int, str]:
    """The matching table, each Cyrillic and Greek letter's Latin one, case kept, full-width
    Latin letters and digits as ASCII ones, an invisible character inside a word and a
    combining mark or variation selector of any block as the "_" tokens drop, a space of
    any width as a no-break space, and any other cased letter as an ASCII one
    (``_LettersShaped``)."""
    table = _LettersShaped(_matching_table())
    for letters, latin in _LATIN_FOR.items():
        for letter, replacement in zip(letters, latin, strict=True):
            table[ord(letter)] = replacement
            if len(letter.upper()) == 1:  # "ΐ" has no one-letter capital
                table[ord(letter.upper())] = replacement.upper()
    for first, ascii_first, count in ((0xFF10, "0", 10), (0xFF21, "A", 26), (0xFF41, "a", 26)):
        for offset in range(count):
            table[first + offset] = chr(ord(ascii_first) + offset)
    for char in _INSIDE_A_WORD:
        table[ord(char)] = "_"
    for first, last in ((0x1AB0, 0x1AFF), (0x1DC0, 0x1DFF), (0x20D0, 0x20FF), (0xFE00, 0xFE2F)):
        for code in range(first, last + 1):  # combining marks and variation selectors
            table[code] = "_"
    for code in (0x1680, *range(0x2000, 0x200B), 0x202F, 0x205F, 0x3000):
        table[code] = "\u00a0"  # a space of another width joins words as a no-break one does
    for char in _INVISIBLE_FORMATTING:
        table[ord(char)] = _FORMATTING_MARK
    return table


_FORMATTING_MARK = "\ue000"
"""What the table writes for invisible formatting until its neighbours are read: one
private-use character, looked for in the folded text with one ``in`` (a regular expression of
the twelve characters scanned every article: 1.5% of recognising). A private-use character
in the text itself is read as formatting too."""
_FORMATTING_RUN = re.compile(_FORMATTING_MARK + "+")


def _formatting_as_spacing(folded: str) -> str:
    """``folded`` with each run of invisible formatting characters standing between two
    letters or digits ("Jo\u200ehn") as the "_" tokens drop, and one at a word's edge
    ("John\u200e Smith") as a no-break space: "_" there would start a word inside another."""

    def spacing(run: re.Match[str]) -> str:
        start, end = run.span()
        inside = start > 0 and end < len(folded)
        if inside and folded[start - 1].isalnum() and folded[end].isalnum():
            return "_" * (end - start)
        return "\u00a0" * (end - start)

    return _FORMATTING_RUN.sub(spacing, folded)


def _is_a_cjk_name(match: re.Match[str]) -> bool:
    """A run of CJK characters standing alone between spaces, as a name does in an English
    sentence ("Foreign Minister 王毅 said"). Running CJK text has no spaces in it: picking
    a name out of "外交部长王毅表示" would need a word segmenter."""
    text, start, end = match.string, match.start(), match.end()
    return (
        _CJK_NAME.fullmatch(text, start, end) is not None
        and (start == 0 or text[start - 1] in _BEFORE_A_NAME)
        and (end == len(text) or text[end] in _AFTER_A_NAME)
    )


def fold_for_recognising(text: str) -> str:
    """``fold_for_matching`` with Cyrillic and Greek letters spelled in Latin ones, case
    kept ("Сергей Лавров" -> "Sergei Lavrov"), and a CJK name standing alone in a sentence
    as a capitalised Latin word ("Q" and a consonant per character after the first): the
    recogniser's rules, written for capitalised Latin words, then apply to names in those
    scripts. Offsets are those of ``text``; it costs what ``fold_for_matching`` does."""
    if text.isascii():
        return text
    table = _recognising_table()

    def shaped(run: re.Match[str]) -> str:
        part = run.group()
        if part[0] >= "\u3400" and _is_a_cjk_name(run):  # a Latin letter is tested once
            return "Q" + "".join(_CJK_LETTERS[ord(char) % 20] for char in part[1:])
        return part.translate(table)

    folded = _FOLDABLE.sub(shaped, text)
    return _formatting_as_spacing(folded) if _FORMATTING_MARK in folded else folded
