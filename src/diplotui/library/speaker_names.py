"""A speaker's name and organisation as an analyst types them, not as one article spelt them.

Names transliterated from Arabic come with their article written many ways: "al-Burhan",
"el-Burhan", "Al Burhan", "ash-Shara", or left out ("Burhan"); and with their parts joined
or apart: "Abdel Fattah" and "Abdelfattah". A name typed is therefore read without such an
article ("el-burhan" asks for a Burhan), and its words typed apart may be one word of the
name, or one word typed the name's words joined ("abdelfattah"). Only these two foldings
widen what a name finds; spellings further apart ("Daglo" for Dagalo, "Qaddafi" for
Gaddafi) are offered, never matched: :func:`close_names` names them when a name finds no
one.

An organisation filter naming a country ("sudan", "sudanese", "south sudan") asks for that
country's bodies however the article named them ("Sudan's Foreign Ministry", "the Sudanese
Foreign Ministry", "Ministry of Foreign Affairs (Sudan)"), and never another country whose
name holds the word: "sudan" is not South Sudan.
"""

from __future__ import annotations

import dataclasses
import re
import threading
from collections.abc import Iterable, Mapping, Sequence
from dataclasses import dataclass, field
from functools import lru_cache

from diplotui.entities.folding import fold
from diplotui.model import Statement
from diplotui.statements.persons import ARABIC_ARTICLE, folded_words, name_key
from diplotui.statements.spelling import spellings_agree, spelt_words
from diplotui.text.plural import plural

_MOST_WORDS = 6  # of a name, joined in runs: no speaker's name is longer


@lru_cache(maxsize=65536)
def spelt_apart(name: str) -> str:
    """A name as spelt (case aside, marks kept) without its Arabic articles, its words apart:
    "Majed al-Ansari", "Majed Al Ansari" and "Majed Al-Ansari" are "majed ansari", what a
    listing groups one speaker's spellings by (:func:`spelling.speakers_of` then folds the
    marks). "Al" first and apart is kept: it is also a given name ("Al Gore" is no Gore)."""
    bare = ARABIC_ARTICLE.sub(
        lambda article: article[0] if article.start() == 0 and article[0][-1] == " " else " ", name
    )
    return " ".join(spelt_words(bare))


@dataclass(frozen=True, slots=True)
class LibraryNames:
    """Each speaker's one name in the library (``library.statements.speaker_names``, as the
    Statements view, a timeline and ``diplotui statements`` name them), for the reader's
    statements: its label said "Volker Turk said", as the article spells him, where every
    listing says "Volker Türk". Made once per statement index (in its worker), so an article
    opened reads no other article: a spelling the index lacks (an article not yet indexed,
    or archived) is named as the spellings that fold as it does with marks that agree name
    the speaker ("Le Van Thanh" takes no name where Lê Văn Thành and Lê Văn Thạnh are two)."""

    names: Mapping[str, str] = field(default_factory=dict)
    by_fold: Mapping[str, tuple[str, ...]] = field(default_factory=dict)

    @classmethod
    def of(cls, names: Mapping[str, str]) -> LibraryNames:
        """The names of an index's spellings (``StatementIndex.names``)."""
        by_fold: dict[str, list[str]] = {}
        for spelling in names:
            by_fold.setdefault(fold(spelt_apart(spelling)), []).append(spelling)
        return cls(names, {key: tuple(spellings) for key, spellings in by_fold.items()})

    def name(self, spelling: str) -> str:
        """``spelling``'s speaker's one name; ``spelling`` itself where none is known."""
        known = self.names.get(spelling)
        if known is not None:
            return known
        alike = self.by_fold.get(fold(spelt_apart(spelling)), ())
        shown = {self.names[other] for other in alike if _agree(spelling, other)}
        # the name must agree too: "Le Van Thanh" agrees with Lê Văn Thạnh, yet names Thành
        if len(shown) == 1 and _agree(spelling, name := next(iter(shown))):
            return name
        return spelling

    def named(self, statements: Sequence[Statement]) -> list[Statement]:
        """``statements`` each under its speaker's one name, the article's spelling kept as
        the name it was given there (``Statement.named_as``)."""
        if not self.names:
            return list(statements)
        named = []
        for statement in statements:
            name = self.name(statement.speaker)
            if name != statement.speaker:
                as_written = statement.named_as or statement.speaker
                statement = dataclasses.replace(statement, speaker=name, named_as=as_written)
            named.append(statement)
        return named


def _agree(one: str, other: str) -> bool:
    """Whether neither spelling writes a word with other marks than the other does."""
    return spellings_agree(one, other) and spellings_agree(other, one)


def joined_starts(name: str) -> str:
    """A speaker's name as word starts joined (" abdelfattahburhan fattahburhan burhan"):
    each run of its words (without articles) from one word to the last, written as one word,
    so a name typed joined ("abdelfattah") or apart finds the other spelling; the first is
    the whole name's key (:func:`whole_key`)."""
    words = name_key(name)[:_MOST_WORDS]
    return "".join(f" {''.join(words[n:])}" for n in range(len(words)))


def article_joined_starts(name: str) -> str:
    """Each word of a name that has an Arabic article, written with it as one word
    (" albusaidi" of "Badr al-Busaidi"): outlets spell Oman's foreign minister "Albusaidi",
    and the name so typed found no one where an article wrote "al-Busaidi"."""
    joined = []
    for article in ARABIC_ARTICLE.finditer(name):
        after = folded_words(name[article.end() :])
        if after:
            joined.append(f" {''.join(folded_words(article[0]))}{after[0]}")
    return "".join(joined)


def whole_key(joined: str) -> str:
    """The whole name's key in :func:`joined_starts`: "abdelfattahburhan"."""
    return joined[1:].partition(" ")[0]


def word_runs(name: str) -> frozenset[str]:
    """Every run of a name's words written as one ("abdel", "abdelfattah", "fattahburhan"
    ...), and a word with its article ("alburhan"): whole words a name typed is compared
    with by a timeline."""
    words = name_key(name)[:_MOST_WORDS]
    return frozenset(
        "".join(words[start:end])
        for start in range(len(words))
        for end in range(start + 1, len(words) + 1)
    ) | frozenset(article_joined_starts(name).split())


# Letters transliterations trade ("Qaddafi", "Gaddafi", "Kadhafi"), and the vowels they
# write differently ("Mohamed", "Muhammad"): a word's skeleton is its consonants without
# them, each once ("dgl" of Dagalo and Daglo).
_SKELETON = str.maketrans("qcg", "kkk", "aeiouyhw")
_CLOSE_LENGTH = 5  # a shorter word typed is too short to be another spelling of one


@lru_cache(maxsize=4096)
def skeleton(word: str) -> str:
    """``word``'s consonants as :data:`_SKELETON` reads them, a letter repeated once."""
    letters = word.translate(_SKELETON)
    return "".join(c for n, c in enumerate(letters) if n == 0 or letters[n - 1] != c)


def one_edit(a: str, b: str) -> bool:
    """Whether ``a`` and ``b`` differ by one letter added, left out or changed."""
    if a == b or abs(len(a) - len(b)) > 1:
        return False
    if len(a) > len(b):
        a, b = b, a
    start = 0
    while start < len(a) and a[start] == b[start]:
        start += 1
    if len(a) == len(b):
        return a[start + 1 :] == b[start + 1 :]
    return a[start:] == b[start + 1 :]


def close_words(typed: str, word: str, bones: str | None = None) -> bool:
    """Whether a word typed (of 5 letters or more) is another spelling of ``word``: one
    letter apart ("daglo", "dagalo"; "qaddafi", "gaddafi"), or the same consonants in the
    same order, vowels and doubled letters aside ("kadhafi", "gaddafi"). ``bones``:
    ``word``'s :func:`skeleton`, when known."""
    if len(typed) < _CLOSE_LENGTH or len(word) < _CLOSE_LENGTH - 1:
        return False
    if one_edit(typed, word):
        return True
    typed_bones = skeleton(typed)
    return len(typed_bones) >= 3 and typed_bones == (skeleton(word) if bones is None else bones)


@lru_cache(maxsize=16384)
def _spellings(name: str) -> tuple[tuple[str, ...], tuple[tuple[str, str], ...]]:
    """A name's words (:func:`name_key`), and each run of them joined with its skeleton:
    worked out once per name, not on every keystroke that finds no one."""
    return tuple(name_key(name)), tuple((run, skeleton(run)) for run in sorted(word_runs(name)))


def _named_in_part(wanted: Sequence[str], words: Sequence[str]) -> bool:
    """Whether a speaker's name is a part of the name typed: each of its words one typed,
    one at least a surname's length ("Kirby" of "John Kirby", an article naming him by his
    surname alone, where "no speaker's name has the words" was all the answer)."""
    return (
        0 < len(words) < len(wanted)
        and set(words) <= set(wanted)
        and any(len(word) >= _CLOSE_LENGTH - 1 for word in words)
    )


def close_names(typed: str, names: Iterable[str]) -> list[str]:
    """The names ``typed`` nearly names: each word typed starts a word of the name or is
    another spelling (:func:`close_words`) of one of its words or of its words joined, and
    one at least is such a spelling; or the name is a part of the one typed
    (:func:`_named_in_part`). What a name that finds no one likely meant."""
    wanted = name_key(typed)
    if not any(len(word) >= _CLOSE_LENGTH - 1 for word in wanted):
        return []  # no word typed is long enough to be another's spelling or a surname
    close = []
    for name in names:
        words, runs = _spellings(name)
        if _named_in_part(wanted, words):
            close.append(name)
            continue
        spelt = False
        for word in wanted:
            if any(have.startswith(word) for have in words):
                continue
            if not any(close_words(word, run, bones) for run, bones in runs):
                break
            spelt = True
        else:
            if spelt:
                close.append(name)
    return close


def did_you_mean(close: Sequence[tuple[str, int]]) -> str:
    """The close speakers with their statements, as an answer offers them: "did you mean
    Mohamed Hamdan Dagalo (12)?"; "" for none."""
    if not close:
        return ""
    named = ", ".join(f"{name} ({count:,})" for name, count in close)
    return f"did you mean {named}?"


def found_as_organisation(typed: str, count: int, field: str) -> str:
    """What the words a name typed finds as an organisation's, offered: "as an organisation,
    org:rsf finds 4 statements" (``field``: "org:" in the view, "--org " on the command
    line); "" for none. A body typed as a speaker by its initials ("RSF") found no one."""
    if not count:
        return ""
    return f"as an organisation, {field}{typed} finds {plural(count, 'statement')}"


_PLACES_READ = threading.Event()  # set once the gazetteer's places and nationalities are read


def places_ready() -> bool:
    """Whether a country typed can be told without reading the gazetteer first (a second,
    once: the Statements view's keystroke does not wait for it, :func:`read_places`)."""
    return _PLACES_READ.is_set()


def read_places() -> None:
    """Read the gazetteer's places and nationalities, for :func:`typed_places` (in a worker,
    for the Statements view)."""
    _countries_by_stem()


def typed_places(words: Sequence[str]) -> list[tuple[frozenset[str], tuple[str, ...]]]:
    """The countries the words of an organisation filter name ("south sudan": South Sudan,
    "sudanese": Sudan), each with the words that name it, longest names first; the other
    words are left to be words of the organisation's name."""
    found = []
    at = 0
    while at < len(words):
        for size in range(min(4, len(words) - at), 0, -1):
            countries = _countries_named(" ".join(words[at : at + size]), typed=True)
            if countries:
                found.append((countries, tuple(words[at : at + size])))
                at += size
                break
        else:
            at += 1
    return found


def places_pass(
    places: Sequence[tuple[frozenset[str], tuple[str, ...]]], organisation: str, role: str
) -> bool:
    """Whether an organisation is of each country asked (:func:`typed_places`): it names the
    country, or one of its nationality ("the Sudanese Foreign Ministry"), or, a body named
    without one ("Ministry of Foreign Affairs", of the "Sudanese Foreign Minister"), its
    speaker's role does; else the words typed start words of its name that name no place
    ("us" still finds USAID, "sudan" not the Ministry ... (South Sudan))."""
    countries, rest = _organisation_places(organisation, role)
    return all(
        (asked & countries) or all(f" {word}" in rest for word in words) for asked, words in places
    )


@lru_cache(maxsize=4096)
def _organisation_places(organisation: str, role: str) -> tuple[frozenset[str], str]:
    """The countries an organisation names (its role's, for a body named without one), and
    the word starts of its words that name no place."""
    countries, rest = _places_in(organisation)
    if not countries:  # a body named without its country, or none: "a Sudanese spokesman"
        countries = _places_in(_TOWARDS.split(role, maxsplit=1)[0])[0]
    return countries, "".join(f" {word}" for word in folded_words(" ".join(rest)))


# What a role names after these is the country the speaker is sent to or deals with, not
# theirs: an "Ambassador to Sudan" or a "Special Envoy for Sudan" is not Sudan's.
_TOWARDS = re.compile(r"\s(?:to|for|in|on|at|towards|with)\s", re.IGNORECASE)


def _places_in(text: str) -> tuple[frozenset[str], list[str]]:
    """The countries ``text`` names ("Sudan's", "Sudanese", "(South Sudan)"), the longest
    name first, and its other words."""
    words = [word.removesuffix("’s").removesuffix("'s") for word in re.findall(r"[\w'’.-]+", text)]
    countries: set[str] = set()
    rest: list[str] = []
    at = 0
    while at < len(words):
        for size in range(min(4, len(words) - at), 0, -1):
            named = _countries_named(" ".join(words[at : at + size]), typed=False)
            if named:
                countries |= named
                at += size
                break
        else:
            rest.append(words[at])
            at += 1
    return frozenset(countries), rest


@lru_cache(maxsize=8192)
def _countries_named(name: str, typed: bool) -> frozenset[str]:
    """The countries ``name`` names, as a place ("Sudan", "UAE", "Viet Nam") or a nationality
    ("Sudanese": Sudan; "Nigerian": Niger and Nigeria), as the gazetteer names them; none for
    other words. A name written in an organisation counts capitalised; ``typed`` (a filter),
    in any case."""
    from diplotui.entities.gazetteer import Entry, load

    if not name[:1].isalpha() or (not typed and not name[:1].isupper()):
        return frozenset()
    gazetteer = load()
    entries = gazetteer.names.entries
    spellings = (name, name.title(), name.upper()) if typed else (name,)
    for spelt in spellings:
        entry = entries.get(spelt)
        if isinstance(entry, Entry) and entry.type == "GPE":
            return frozenset({entry.canonical})
    nationality = name.title() if typed else name
    first, _, last = nationality.rpartition(" ")
    if " " in first or last not in gazetteer.demonyms:
        return frozenset()
    from diplotui.statements.cast import place_stems

    # "South Sudanese" is South Sudan's, never Sudan's; "North Korean", North Korea's
    stems = place_stems([first], [last]) if first else place_stems([], [last])
    return _countries_by_stem().get(stems, frozenset())


@lru_cache(maxsize=1)
def _countries_by_stem() -> dict[frozenset[str], frozenset[str]]:
    """Each place of the gazetteer of one or two words by its stems (:func:`place_stems`),
    which a nationality shares with its country ("sudan" of Sudanese and Sudan; "south" and
    "sudan" of South Sudanese and South Sudan)."""
    from diplotui.entities.gazetteer import Entry, load
    from diplotui.statements.cast import place_stems

    found: dict[frozenset[str], set[str]] = {}
    for name, entry in load().names.entries.items():
        words = name.split(" ")
        if (
            isinstance(entry, Entry)
            and entry.type == "GPE"
            and len(words) <= 2
            and all(word.isalpha() and word.istitle() for word in words)
        ):
            found.setdefault(place_stems([name], []), set()).add(entry.canonical)
    _PLACES_READ.set()
    return {stems: frozenset(names) for stems, names in found.items()}
