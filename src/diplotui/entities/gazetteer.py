"""The shipped domain knowledge, read from ``data/`` once, on first use (import stays cheap)."""

from __future__ import annotations

import os
import re
from dataclasses import dataclass, field
from functools import lru_cache

from .folding import fold, fold_for_matching

# Capitalised or numeric tokens, read from diacritic-folded text. "'s" stays outside the token so
# "People's" gives "People" + gap "'s ". Dotted abbreviations keep their last full stop
# ("U.S."). "_" stands for a stand-alone combining mark.
TOKEN_PATTERN = (
    r"(?:[A-Z]\.){2,}(?![A-Za-z0-9])"
    r"|[A-Z0-9][A-Za-z0-9_]*(?:(?:[-+&.]|'(?!s\b))[A-Za-z0-9_]+)*\+?"
)
TOKEN_RE = re.compile(TOKEN_PATTERN)

_DATA_DIR = os.path.join(os.path.dirname(os.path.abspath(__file__)), "data")
BREAK = "|"  # gap that no phrase may span

# Text between two tokens that a phrase may span, in normalised form.
_JOINING_GAPS = {
    " ",
    "'s ",
    "' ",
    "-",
    " - ",
    ", ",
    ". ",
    ".",
    " & ",
    " d'",
    " of ",
    " of the ",
    " and ",
    " and the ",
    " for ",
    " for the ",
    " on ",
    " on the ",
    " in ",
    " in the ",
    " to ",
    " to the ",
    " de ",
    " du ",
    " des ",
    " la ",
    " del ",
    " da ",
    " do ",  # Portuguese: "André Corrêa do Lago" (round 562)
    " es ",
    " bin ",
    " bint ",
    " ibn ",
    " binti ",
    " van ",
    " von ",
    " dos ",
    " das ",
    " der ",
    " den ",
    " di ",
    " le ",
    " ter ",
    " ten ",
    " von der ",  # two particles, one gap: "Ursula von der Leyen" (particles.txt)
    " van der ",
    " van den ",
    " van de ",
    " de la ",
    " de las ",
    " de los ",
    " al-",
    " el-",
    " al ",
    " el ",
    " della ",
}
_DASHES = str.maketrans({"–": "-", "—": "-", "\u00a0": " ", "\t": " "})
_WHITESPACE_RUN = re.compile(r"[ \t\u00a0]+")


@lru_cache(maxsize=4096)
def normalise_gap(gap: str) -> str:
    """Reduce the text between two tokens to a joining form, or ``BREAK``."""
    if gap == " ":
        return gap
    if len(gap) > 9 or "\n" in gap or "\r" in gap:
        return BREAK
    simple = _WHITESPACE_RUN.sub(" ", gap.translate(_DASHES)).lower()
    return simple if simple in _JOINING_GAPS else BREAK


def tokenise(phrase: str) -> tuple[list[str], list[str]]:
    """Split a (folded) phrase into tokens and the normalised gaps before each token."""
    words: list[str] = []
    gaps: list[str] = []
    previous_end = None
    for match in TOKEN_RE.finditer(phrase):
        gaps.append(
            BREAK if previous_end is None else normalise_gap(phrase[previous_end : match.start()])
        )
        words.append(match.group().replace("_", ""))
        previous_end = match.end()
    return words, gaps


@dataclass(frozen=True, slots=True)
class Entry:
    """A gazetteer name: its type and the canonical name it links to."""

    type: str
    canonical: str


@dataclass(slots=True)
class PhraseTable:
    """Exact multi-token phrases with a prefix set, so a scan stops as soon as nothing can match."""

    entries: dict[str, object] = field(default_factory=dict)
    prefixes: set[str] = field(default_factory=set)

    def add(self, text: str, value: object) -> None:
        folded = fold_for_matching(text)
        words, gaps = tokenise(folded)
        if not words or BREAK in gaps[1:]:
            return
        # In capitals the small words are tokens too: "REPUBLIC OF MALAWI" (three tokens).
        if any(ch.isalpha() for gap in gaps for ch in gap):  # " of ", " and the "
            upper_words, upper_gaps = tokenise(folded.upper())
        else:
            upper_words, upper_gaps = [w.upper() for w in words], gaps
        for upper in (False, True):
            ws, gs = (upper_words, upper_gaps) if upper else (words, gaps)
            if BREAK in gs[1:]:
                continue
            key = ws[0]
            self.prefixes.add(key)
            for word, gap in zip(ws[1:], gs[1:], strict=True):
                key = f"{key}{gap}{word}"
                self.prefixes.add(key)
            if upper and key in self.entries:
                continue
            self.entries.setdefault(key, value)


@dataclass(slots=True)
class Gazetteer:
    """Everything the recogniser knows about names and titles."""

    names: PhraseTable
    titles: PhraseTable
    honorifics: PhraseTable
    central_bodies: PhraseTable
    portfolios: PhraseTable
    title_modifiers: frozenset[str]
    heads: dict[str, tuple[str, bool]]  # word -> (type, absorbs an "of ..." complement)
    surnames: frozenset[str]
    surnames_alone: frozenset[str]  # "Putin", "Guterres": PERSON even alone and uncued
    given_syllables: frozenset[str]
    stopwords: frozenset[str]
    demonyms: frozenset[str]
    generic_acronyms: frozenset[str]
    not_name_words: frozenset[str]
    aliases: dict[str, str]  # folded variant -> folded canonical
    title_words: frozenset[str]
    role_break_words: frozenset[str]  # words that end an "of ..." complement
    given_names: frozenset[str]  # generated from names-dataset (generate_data)
    family_names: frozenset[str]
    east_asian_surnames: frozenset[str]  # surname-first names: "Moon Jae-in", "Wang Yi"
    particle_gaps: frozenset[str]  # " bin ", " de ": gaps inside one person's name
    weak_places: frozenset[str]  # generated place names that are also people's names
    # those of them no curated list names (no country, no capital): "Santos", "Adelaide"
    weak_towns: frozenset[str]
    # acronyms written in title case that are given names too ("Lana" for LANA, "Sana"): a
    # person's when a surname follows ("Lana Payne")
    weak_acronyms: frozenset[str]
    lowercase_titles: frozenset[str]  # "spokesperson", "foreign minister": ROLE beside a name
    subdivisions: frozenset[str]  # "Sindh", "North Kivu": GPE beside "province", "region" ...
    towns: frozenset[str]  # "Jinja", "Nadi": GPE after "in", "to", "from" or before ", Fiji"
    honorific_words: frozenset[str]
    role_start_words: frozenset[str]  # a ROLE can start only at one of these (a quick reject)
    common_words: frozenset[str]  # frequent English words, lowercase (generated from wordfreq)
    capitalised_common_words: frozenset[str]  # the same capitalised: "Later", "Bold"
    s_forms: frozenset[str]  # "Asks", "Presents", "Credentials": a headline's verbs and plurals


def _lines(name: str) -> list[str]:
    with open(os.path.join(_DATA_DIR, name), encoding="utf-8") as handle:
        text = handle.read()
    return [line.strip() for line in text.splitlines() if line.strip() and not line.startswith("#")]


def _words(name: str) -> frozenset[str]:
    return frozenset(fold_for_matching(w) for line in _lines(name) for w in line.split())


def _generated_words(name: str) -> frozenset[str]:
    """The words of a generated list, written one a line and already folded (generate_data)."""
    with open(os.path.join(_DATA_DIR, name), encoding="utf-8") as handle:
        lines = handle.read().splitlines()
    header = 0
    while header < len(lines) and lines[header].startswith("#"):
        header += 1
    return frozenset(lines[header:]) - {""}


def _words_by_line(name: str) -> frozenset[str]:
    return frozenset(fold_for_matching(line) for line in _lines(name))


_CAPITALISED_HYPHEN = re.compile(r"(?<=[a-z])-(?=[A-Z])")


def _plural(title: str) -> str:
    """ "Ministers", "Secretaries", "Deputies" (not "Secretarys"); a title with an "of"
    complement takes the plural on its head: "Members of Parliament"."""
    head, of, complement = title.partition(" of ")
    if of:
        return f"{_plural(head)}{of}{complement}"
    if title.endswith("y") and title[-2:-1] not in "aeiou":
        return title[:-1] + "ies"
    return title + "s"


def _written_variants(variants: list[str]) -> list[str]:
    """How outlets also write a listed name: "St. Vincent and the Grenadines" for "Saint ...",
    pronounceable acronyms in title case ("Asean", "Nato", "Celac": British and Latin American
    style), dotted abbreviations without their last full stop ("U.S") and hyphenated names with a
    space ("Timor Leste", "Guinea Bissau")."""
    written = []
    for variant in variants:
        if variant.startswith("Saint "):
            written += [f"St. {variant[6:]}", f"St {variant[6:]}"]
        elif len(variant) >= 4 and variant.isalpha() and variant.isupper():
            written.append(variant.title())
        elif len(variant) >= 4 and variant.endswith(".") and variant[-3] in ". ":
            written.append(variant[:-1])  # "U.S Secretary of State", "U. S officials"
        elif _CAPITALISED_HYPHEN.search(variant):
            written.append(_CAPITALISED_HYPHEN.sub(" ", variant))  # "Timor Leste"
    return [w for w in written if w not in variants]


def _derived_demonyms(
    names: PhraseTable, given: frozenset[str], family: frozenset[str]
) -> frozenset[str]:
    """Demonyms made from the one-word countries: "Chadian", "Rwandan", "Nepalese", "Omani".

    The list of demonyms cannot name every state; these forms cover the regular ones, and
    their plurals. A country of several words gives forms of its last word ("Costa Rican",
    "Solomon Islanders", "Sierra Leonean"). A form that is a person's name ("Roman") or a
    place itself is left out."""
    derived: set[str] = set()
    for line in _lines("world_gpe.txt"):
        if "|" not in line:
            continue
        country = line.partition("|")[0]
        if not country.isascii():
            country = fold_for_matching(country)
        if " " in country:
            last = country.rpartition(" ")[2]
            if last.isalpha() and last[0].isupper() and len(last) > 3:
                stem = last[:-1] if last[-1] == "s" else last
                if last[-1] == "a":
                    derived.add(last + "n")  # "Costa Rican", "Saudi Arabian", "South Korean"
                elif last[-1] == "e":
                    derived.add(last + "an")  # "Sierra Leonean", "Cape Verdean"
                elif stem[-1] not in "aeiou":
                    derived.add(stem + "er")  # "Solomon Islander", "New Zealander"
            continue
        if not country.isalpha():
            continue
        stem = country[:-1] if country[-1] in "aeoy" else country
        derived.update((stem + "ian", country + "ese", country + "i", stem + "an"))
        if country[-1] == "a":
            derived.add(country + "n")
        if country[-1] == "o":
            derived.update((country + "an", country + "lese"))
    derived |= {form + "s" for form in derived}
    prefixes = names.prefixes
    return frozenset(
        form
        for form in derived
        if form not in given and form not in family and form not in prefixes
    )


def _s_forms(common: frozenset[str], names: frozenset[str]) -> frozenset[str]:
    """Frequent words in "s" whose stem is frequent too, capitalised: a title-case headline's
    verbs and plurals ("Yeltsin Asks Primakov", "Campbell Presents Credentials"), which end a
    person's name. Names in "s" ("Evans", "Peters") are in the names lists and stay out."""
    forms = set()
    for word in common:
        if len(word) > 3 and word[-1] == "s":
            stem_es = word[:-2] if word.endswith("es") else ""
            stem_ies = word[:-3] + "y" if word.endswith("ies") else ""
            if word[:-1] in common or stem_es in common or stem_ies in common:
                forms.add(word.title())
    return frozenset(forms - names)


@lru_cache(maxsize=1)
def load() -> Gazetteer:
    """Read and index the data files (about 10 ms; cached for the process)."""
    names = PhraseTable()
    aliases: dict[str, str] = {}
    given_names = _generated_words("given_names.txt")
    family_names = _generated_words("family_names.txt")
    common_words = _generated_words("common_words.txt")
    weak_places: set[str] = set()
    weak_towns: set[str] = set()
    weak_acronyms: set[str] = set()
    vietnamese_surnames = _words("surnames.txt")  # "Van": a name's part too (round 332)
    demonyms = _words("demonyms.txt")
    for file_name, entity_type in (
        ("org.txt", "ORG"),
        ("gpe.txt", "GPE"),
        ("loc.txt", "LOC"),
        ("event.txt", "EVENT"),
        ("law.txt", "LAW"),
        ("world_gpe.txt", "GPE"),
    ):
        for line in _lines(file_name):
            if file_name == "world_gpe.txt":
                key = fold_for_matching(line.split("|")[0])
                if key in given_names or key in family_names or key in vietnamese_surnames:
                    weak_places.add(key)
                    if key not in names.entries:
                        weak_towns.add(key)
            variants = [v.strip() for v in line.split("|") if v.strip()]
            canonical = variants[0]
            entry = Entry(entity_type, canonical)
            written = _written_variants(variants)
            weak_acronyms.update(w for w in written if w in given_names and w.isalpha())
            for variant in [*variants, *written]:
                if (
                    " " in variant
                    and variant.partition(" ")[0] in demonyms
                    and len(tokenise(variant)[0]) == 1
                ):
                    continue  # "Asian continent" would be read as "Asian": names nothing
                names.add(variant, entry)
                aliases.setdefault(fold(variant), fold(canonical))

    titles = PhraseTable()
    for line in _lines("titles.txt"):
        titles.add(line, "ROLE")
        titles.add(_plural(line), "ROLE")
    honorifics = PhraseTable()
    for line in _lines("honorifics.txt"):
        honorifics.add(line, "HONORIFIC")
    central_bodies = PhraseTable()
    for line in _lines("central_bodies.txt"):
        central_bodies.add(line, "BODY")
    portfolios = PhraseTable()
    for line in _lines("portfolios.txt"):
        portfolios.add(line, "PORTFOLIO")

    demonyms |= _derived_demonyms(names, given_names, family_names)
    heads: dict[str, tuple[str, bool]] = {}
    for line in _lines("heads.tsv"):
        word, entity_type, *flags = line.split("\t")
        heads[word] = (entity_type, "noof" not in flags)

    title_words = frozenset(
        w for line in _lines("titles.txt") for w in tokenise(fold_for_matching(line))[0]
    ) | _words("title_modifiers.txt")
    last_title_words = frozenset(
        tokenise(fold_for_matching(line))[0][-1] for line in _lines("titles.txt")
    )
    stopwords = _words("stopwords.txt")
    east_asian_surnames = _words("east_asian_surnames.txt")
    # "Yang" of "Yang Berhormat" (Brunei) is first of all a surname ("Yang Jiechi").
    honorific_words = (
        frozenset(w for line in _lines("honorifics.txt") for w in tokenise(line)[0])
        - east_asian_surnames
    )
    not_name_words = (
        stopwords
        | demonyms
        | _words("generic_words.txt")
        | title_words
        | honorific_words
        | frozenset(heads)
    )
    return Gazetteer(
        names=names,
        titles=titles,
        honorifics=honorifics,
        central_bodies=central_bodies,
        portfolios=portfolios,
        title_modifiers=_words("title_modifiers.txt"),
        heads=heads,
        surnames=vietnamese_surnames,
        surnames_alone=_words("surnames_alone.txt"),
        given_syllables=_words("given_syllables.txt"),
        stopwords=stopwords,
        demonyms=demonyms,
        generic_acronyms=_words("generic_acronyms.txt"),
        not_name_words=not_name_words,
        aliases=aliases,
        title_words=title_words,
        given_names=given_names - not_name_words,
        family_names=family_names - not_name_words,
        east_asian_surnames=east_asian_surnames,
        particle_gaps=frozenset(f" {w} " for w in _words_by_line("particles.txt"))
        | frozenset({" al-", " el-"}),
        weak_places=frozenset(weak_places),
        weak_towns=frozenset(weak_towns),
        weak_acronyms=frozenset(weak_acronyms),
        honorific_words=honorific_words,
        role_start_words=frozenset(titles.prefixes | central_bodies.prefixes)
        | _words("title_modifiers.txt"),
        common_words=common_words,
        capitalised_common_words=frozenset(word.title() for word in common_words),
        s_forms=_s_forms(common_words, given_names | family_names),
        subdivisions=frozenset(
            fold_for_matching(line) for line in _lines("world_subdivisions.txt")
        ),
        towns=_generated_words("world_towns.txt"),
        lowercase_titles=frozenset(
            line.lower() for line in _lines("titles.txt") if not line.isupper()
        ),
        role_break_words=(last_title_words | _words("title_modifiers.txt"))
        - frozenset(heads)
        - {"General"},
    )
