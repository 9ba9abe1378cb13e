"""Finding a name (an article's title, a tag, an entity) by what a user types for it in the
command palette: by words first, by scattered letters only when no name has the words.

"le hoai" is two words, and a user means names where each starts a word ("Lê Hoài Trung"),
not every title holding an l, an e, an h, an o, an a and an i in that order somewhere: those
scattered-letter matches buried the names meant. One word typed also finds a name's words run
together, as English often writes a place ("hanoi": "Hà Nội"). Both sides are folded alike
(accents, case, and the letters typed as two: "strasse" finds "Straße", "thor" "Þór"), and
every match says which of the name's own characters it matched, for the palette to underline.
"""

from __future__ import annotations

from dataclasses import dataclass, field

from diplotui.entities.folding import fold_in_place, spelt_in_full


@dataclass(frozen=True, slots=True)
class FoldedName:
    """A name as matching reads it."""

    text: str  # folded: no accents, case folded ("ß" is "ss")
    origin: tuple[int, ...] | None  # each folded character's offset in the name; None: same
    joined: str = field(init=False)  # ``text`` without its spaces, where one word typed is

    def __post_init__(self) -> None:
        object.__setattr__(self, "joined", "".join(self.text.split()))

    def offsets(self, folded_offsets: list[int]) -> list[int]:
        """The name's characters at these offsets of the folded text, each once, in order."""
        if self.origin is None:
            return folded_offsets
        return sorted({self.origin[offset] for offset in folded_offsets})


def fold_name(name: str) -> FoldedName:
    """``name`` folded for matching (see :func:`fold_typed`), with where each character
    came from when spelling out made some longer ("Straße": "strasse", "Þór": "thor")."""
    folded = fold_in_place(name)
    expanded = spelt_in_full(folded)
    if len(expanded) == len(folded):
        return FoldedName(expanded, None)
    origin: list[int] = []
    for offset, char in enumerate(folded):
        origin.extend([offset] * len(spelt_in_full(char)))
    return FoldedName(expanded, tuple(origin))


def fold_typed(typed: str) -> str:
    """What the user typed, folded as names are."""
    return spelt_in_full(fold_in_place(typed))


@dataclass(frozen=True, slots=True)
class NameMatch:
    """Where the typed words or letters are in a name, and how well they match it."""

    offsets: list[int]  # of the folded text's characters matched
    weight: float  # 2: the whole name; 1.5: the words as typed, together; 1.2: in order


def word_match(words: list[str], name: FoldedName) -> NameMatch | None:
    """Each of the typed ``words`` starting a word of the name (in the order typed when it
    can, else in any order, each at a word of its own), or one word typed starting the name's
    words run together (:func:`_run_together`), or None."""
    text = name.text
    if not all(word in text for word in words):  # most names fail here, in C
        return _run_together(words, name)
    typed = " ".join(words)
    if text == typed:
        return NameMatch(list(range(len(text))), 2.0)
    together = _word_start(text, typed, 0)
    if together is not None:
        return NameMatch(list(range(together, together + len(typed))), 1.5)
    in_order = _placed(words, text, ordered=True)
    if in_order is not None:
        return NameMatch(in_order, 1.2)
    anywhere = _placed(words, text, ordered=False)
    return _run_together(words, name) if anywhere is None else NameMatch(anywhere, 1.0)


def _run_together(words: list[str], name: FoldedName) -> NameMatch | None:
    """One word typed as the name's words run together from one of them ("hanoi" for "Hà
    Nội", "vietnamnews" for "Viet Nam News"), weighed as the name whole or as a word of it:
    without, "Hà Nội" was found only by its letters scattered, after names that merely held
    them."""
    if len(words) != 1 or words[0] not in name.joined:
        return None
    word, text = words[0], name.text
    kept = [offset for offset, char in enumerate(text) if not char.isspace()]
    at = name.joined.find(word)
    while at >= 0:
        start = kept[at]
        if start == 0 or not text[start - 1].isalnum():
            weight = 2.0 if word == name.joined else 1.5
            return NameMatch(kept[at : at + len(word)], weight)
        at = name.joined.find(word, at + 1)
    return None


def _word_start(
    text: str, word: str, start: int, taken: frozenset[int] = frozenset()
) -> int | None:
    """The first offset from ``start`` where ``word`` starts a word of ``text`` (not one of
    ``taken``), or None. A word typed with a leading sign ("#laos") may start anywhere."""
    at = text.find(word, start)
    while at >= 0:
        if (at == 0 or not text[at - 1].isalnum() or not word[0].isalnum()) and at not in taken:
            return at
        at = text.find(word, at + 1)
    return None


def _placed(words: list[str], text: str, *, ordered: bool) -> list[int] | None:
    """The offsets of ``words`` each starting a word of ``text``: one after another when
    ``ordered``, else each at the first word start no other word took."""
    offsets: list[int] = []
    taken: set[int] = set()
    start = 0
    for word in words:
        at = _word_start(text, word, start, frozenset(taken))
        if at is None:
            return None
        taken.add(at)
        offsets.extend(range(at, at + len(word)))
        if ordered:
            start = at + len(word)
    return sorted(set(offsets))


def letters_match(typed: str, name: FoldedName) -> NameMatch | None:
    """The typed letters (spaces left out) each at its first place after the one before,
    where no name has the typed words: "gamvis" finds "Gamma visit"."""
    wanted = typed.replace(" ", "")
    text = name.text
    if not wanted or not _in_order(wanted, text):
        return None
    offsets: list[int] = []
    for offset, char in enumerate(text):
        if char == wanted[len(offsets)]:
            offsets.append(offset)
            if len(offsets) == len(wanted):
                break
    return NameMatch(offsets, 1.0)


def _in_order(wanted: str, text: str) -> bool:
    """Every character of ``wanted`` in ``text``, in order (a quick check, in C per letter)."""
    position = 0
    for char in wanted:
        position = text.find(char, position) + 1
        if not position:
            return False
    return True
