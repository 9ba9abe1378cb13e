"""Who a person is among speakers' names: the spellings and fuller names of one person.

A name is read by its folded words without their Arabic articles (:func:`name_key`); a given
name and surname and the one longer name holding both are one person (:func:`persons`), and
within one article a surname alone or a shorter name is the person whose fuller name the
article (or a correction) gives (:func:`fuller_name_of`).
"""

from __future__ import annotations

import re
from collections.abc import Iterable

from diplotui.entities.folding import fold
from diplotui.lazy_patterns import lazy_compile

# An Arabic article before a name's word: "al-", "el-", "ash-", "ad-", "ul-" ("Zia-ul-Haq")
# joined by a hyphen or an apostrophe; "al" and "el" also apart ("Al Nahyan", "El Sisi").
# Not "en-", "ed-" ("Zhou En-lai"), nor after "Abd" ("Abd el-Fattah" is Abdel Fattah).
ARABIC_ARTICLE = lazy_compile(
    r"(?<![^\W_])(?<!abd )(?<!abd-)"
    r"(?:(?:el|a(?:l|[dnrstz]|sh|th|dh|zh)|u[dlrn])[-‐‑'’]|[ae]l )(?=[^\W\d_])",
    re.IGNORECASE,
)


def folded_words(text: str) -> list[str]:
    """Folded runs of letters and digits ("Lê Hoài-Trung" -> le, hoai, trung)."""
    return "".join(c if c.isalnum() else " " for c in fold(text)).split()


def name_key(text: str) -> list[str]:
    """A name's words without their Arabic articles ("Abdel Fattah el-Burhan" -> abdel,
    fattah, burhan), folded: what spellings of one name share."""
    return folded_words(ARABIC_ARTICLE.sub(" ", text))


# Words a fuller name may open with before the given name and stay the person's: any other
# word before it makes the given name a father's ("Hamza Shehbaz Sharif" is Shehbaz Sharif's
# son, "Tamim bin Hamad Al Thani" Hamad Al Thani's); and words closing a name that make
# another person (Ali Khan Jr)
_NAME_PREFIX_WORDS = frozenset(
    {"muhammad", "mohammad", "mohammed", "muhammed", "mohamed", "mohamad", "sheikh", "shaikh"}
    | {"syed", "sayed", "sayyid", "mian", "haji", "hajji"}
)
SUFFIX_WORDS = frozenset({"jr", "sr", "ii", "iii", "iv"})


def persons(names: Iterable[str]) -> dict[str, str]:
    """Each speaker's name with its person: the name itself, or, for a name of given name and
    surname ("Shehbaz Sharif") and the one longer name of the library holding both
    ("Muhammad Shehbaz Sharif"), one person for both and all their spellings, where no other
    person of that surname is in the library (:func:`_fuller`). So ``W``'s speakers, its and
    ``--speaker``'s filter and the timeline answer alike who a person is. Never two people:
    Kim Jong Un and Kim Yo Jong, Hun Sen and Hun Manet, a son named after his father ("bin
    Hamad"), one set apart by an initial (George W. Bush) or a suffix (Ali Khan Jr)."""
    keys = {name: tuple(name_key(name)) for name in names}
    by_surname: dict[str, set[tuple[str, ...]]] = {}
    for words in keys.values():
        if len(words) > 1:
            by_surname.setdefault(words[-1], set()).add(words)
    fuller: dict[tuple[str, ...], str] = {}
    for named in by_surname.values():
        if len(named) == 2:
            short, long = sorted(named, key=len)
            if _fuller(short, long):
                fuller[short] = fuller[long] = "\0" + " ".join(long)  # no name's own
    return {name: fuller.get(words, name) for name, words in keys.items()}


def _fuller(short: tuple[str, ...], long: tuple[str, ...]) -> bool:
    """Whether ``long`` is the fuller name of ``short``, a given name and surname: it ends in
    the surname, holds the given name first or after a name's customary opening ("Muhammad
    Shehbaz Sharif"; never after another given name, a son's "Hamza Shehbaz Sharif", nor as a
    father's, after "bin"), and adds no initial and no suffix."""
    if len(short) != 2 or long[-1] != short[-1] or short[-1] in SUFFIX_WORDS:
        return False
    given = [at for at, word in enumerate(long[:-1]) if word == short[0]]
    return (
        bool(given)
        and all(_NAME_PREFIX_WORDS.issuperset(long[:at]) for at in given)
        and all(len(word) > 1 for word in long)
    )


def fuller_name_of(long: str, short: str) -> bool:
    """Whether ``long`` is the fuller name of the person one article names ``short``: his
    surname alone ("Steinmeier", the article's later mentions, or all of them when it never
    gave the whole name), or his given name and surname as :func:`persons` joins them. Only
    within an article: across the library a surname alone may be anyone of that name."""
    short_words, long_words = tuple(name_key(short)), tuple(name_key(long))
    if len(short_words) != 1 or len(long_words) < 2:
        return _fuller(short_words, long_words)
    return (
        long_words[-1] == short_words[0]
        and short_words[0] not in SUFFIX_WORDS
        and all(len(word) > 1 for word in long_words)
    )


def fuller_names(names: Iterable[str]) -> dict[str, str]:
    """Each of one article's speakers' ``names`` with the fuller name of its person among
    them (:func:`fuller_name_of`), where there is just one: with two ("Kim Jong Un", "Kim Yo
    Jong") it is not known whose a "Kim" is. Compared within a surname only: an article's
    thousands of corrections must not compare every name with every other."""
    by_surname: dict[str, list[str]] = {}
    for name in set(names):
        words = name_key(name)
        if words:
            by_surname.setdefault(words[-1], []).append(name)
    found = {}
    for named in by_surname.values():
        for short in named:
            fuller = [long for long in named if fuller_name_of(long, short)]
            if len(fuller) == 1:
                found[short] = fuller[0]
    return found
