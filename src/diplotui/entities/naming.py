"""The one rule that names an entity, wherever it is shown: sidebar, palette, command line.

An entity is mentioned under several spellings ("Tran Cam Tu", "Tu"; "Hà Nội", "Ha Noi"); each
view counts the spellings of the mentions it covers and asks ``display_name`` which to show, so
one entity never goes by two names.
"""

from __future__ import annotations

from collections import Counter
from collections.abc import Iterable, Mapping

from ..model import EntitySpan
from .folding import fold_for_matching
from .gazetteer import Entry, Gazetteer, load


def display_name(spellings: Mapping[str, int]) -> str:
    """The spelling to show, given how often each one is used.

    The most used; on a tie the longest ("Tran Cam Tu" over "Tu"), then one not all in
    capitals ("Geneva" over the dateline's "GENEVA", which the sidebar showed: the paper's
    typography, not the name's), then the one with more letters beyond ASCII ("Hà Nội" over
    "Ha Noi"), then the first in code point order: never the order the mentions were met in,
    which differs between an article and the library.
    """
    chosen = min(
        spellings,
        key=lambda text: (-spellings[text], -len(text), text.isupper(), -_marks(text), text),
    )
    return _place_in_capitals(chosen) if len(spellings) == 1 and chosen.isupper() else chosen


def _place_in_capitals(text: str) -> str:
    """ "MOGADISHU" of a dateline, the only spelling, is shown as the listed "Mogadishu"; an
    acronym ("NATO") or a name no list spells the same keeps its capitals."""
    entry = load().names.entries.get(fold_for_matching(text))
    if (
        isinstance(entry, Entry)
        and entry.type in ("GPE", "LOC")
        and not entry.canonical.isupper()
        and fold_for_matching(entry.canonical).upper() == fold_for_matching(text).upper()
    ):
        return entry.canonical
    return text


def spellings_of(mentions: Iterable[EntitySpan]) -> Counter[str]:
    """How often each spelling is used by ``mentions``."""
    return Counter(span.text for span in mentions)


def _marks(text: str) -> int:
    return sum(1 for char in text if not char.isascii())


_ARABIC_ARTICLES = frozenset({"al", "el", "ad", "an", "ar", "as", "ash", "at", "az"})


def short_forms(surface: str, gaz: Gazetteer) -> list[str]:
    """The later mentions of a full name: "Blinken", "Lacalle" and "Pou", "Al Ansari", "Moon"."""
    parts = surface.split()
    folded = [fold_for_matching(part) for part in parts]
    forms = []
    if (folded[0] in gaz.east_asian_surnames and len(parts) <= 3) or _is_given_name_form(
        parts[0], folded[0], gaz
    ):
        forms.append(parts[0])
    if len(parts) >= 3 and (
        f" {folded[-2].lower()} " in gaz.particle_gaps | {" al ", " el "}
        or all(_is_given_name_form(p, f, gaz) for p, f in zip(parts[-2:], folded[-2:], strict=True))
    ):
        tail = len(parts) - 2
        while tail > 1 and f" {folded[tail - 1].lower()} " in gaz.particle_gaps:
            tail -= 1  # "von der Leyen": every particle before the surname goes with it
        forms.append(" ".join(parts[tail:]))  # "Al Ansari", "Suu Kyi", "Lacalle Pou"
        if parts[-2] in ("Al", "El") and parts[-1].isalpha():
            forms.append(f"{parts[-2]}{parts[-1].lower()}")  # "Alzayani" for "Al Zayani"
    first_surname = 2 if len(parts) >= 4 else 1
    for part, folded_part in zip(parts[first_surname:], folded[first_surname:], strict=True):
        if (
            len(part) > 1
            and part[0].isupper()
            and part.replace("-", "").isalpha()
            and (folded_part not in gaz.not_name_words or _is_rank_surname(part, parts, gaz))
            and f" {folded_part.lower()} " not in gaz.particle_gaps
        ):
            forms.append(part)
        if "-" in part[2:4]:
            forms.extend(_arabic_article_forms(part))
    return forms


def _arabic_article_forms(part: str) -> list[str]:
    """ "al-Burhan" is also written "Al-Burhan" (a sentence's start) and "Burhan" alone.

    The article's assimilated forms count too: "ad-Dawla", "as-Sayed", "ash-Shami".
    """
    article, _, surname = part.partition("-")
    if not (
        article.lower() in _ARABIC_ARTICLES
        and article[1:].islower()
        and len(surname) > 2
        and surname[0].isupper()
        and surname.isalpha()
    ):
        return []
    other = article.capitalize() if article.islower() else article.lower()
    return [f"{other}-{surname}", surname]


def _is_given_name_form(part: str, folded: str, gaz: Gazetteer) -> bool:
    """Whether a full name's first word may stand for the person later in the article.

    Malay, Indonesian and Arabic names are shortened to the given name ("Retno" for "Retno
    Marsudi", "Muhyiddin", "Abdullah"); an English given name standing alone names the same
    person in a news article too. Not when the word is also a place or body ("Jordan") or
    a title, honorific or common word, and never an initial.
    """
    return (
        len(part) > 2
        and part[0].isupper()
        and part.replace("-", "").replace("'", "").isalpha()
        and folded not in gaz.not_name_words
        and folded not in gaz.names.prefixes
        and folded not in gaz.weak_places
    )


def _is_rank_surname(part: str, parts: list[str], gaz: Gazetteer) -> bool:
    """ "Major" of "John Major": a rank word that ends a name is the surname."""
    return part is parts[-1] and part in gaz.honorific_words and part not in gaz.title_words
