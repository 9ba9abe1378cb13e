"""Whether two texts are one story: the same words whatever their Unicode form, case,
punctuation, spacing or a headline line one copy opens with (a saved page does, a feed's
text does not), or, for a page naming a stored article's address, mostly the same phrases."""

from __future__ import annotations

import hashlib
import re
import unicodedata

_WORD = re.compile(r"\w+")
_INVISIBLE = re.compile("[\u00ad\u200b\u200c\u200d\u2060\ufeff]+")
"""Left out of words: a regex, not ``str.translate``, which took 650 µs a 5 KB text (80 µs)
and was a fifth of a 10,000-article export's import."""
SAME_STORY_SHARE = 0.5
"""The share of the shorter text's three-word phrases the other must hold for a page at a
stored article's address to be that article's text updated, not another story: an edit,
a fuller text or a teaser keeps most; another story (a site that names its front page as
every page's address) shares few."""


def words_of(text: str) -> list[str]:
    """The words of ``text`` as compared: composed (NFC: "ể" typed and "e" with two
    combining marks are one word), case folded, invisible joiners and soft hyphens left out."""
    folded = unicodedata.normalize("NFC", _INVISIBLE.sub("", text)).casefold()
    return _WORD.findall(folded)


def says_more(incoming: str, stored: str) -> bool:
    """Whether a note ``incoming`` says something the note ``stored`` does not, its accented
    letters composed or not (a Vietnamese input method's decomposed "ể" is the same words:
    joined on, they stood twice)."""
    if not incoming.strip():
        return False
    return unicodedata.normalize("NFC", incoming) not in unicodedata.normalize("NFC", stored)


def title_key(title: str) -> str:
    """A title as compared: its words, one space apart ("" for none)."""
    return " ".join(words_of(title))


def story_words(text: str, title: str = "") -> tuple[str, ...]:
    """The words of an article's text, less its headline when the text opens with it."""
    return _less_headline(words_of(text), words_of(title))


def _less_headline(words: list[str], head: list[str]) -> tuple[str, ...]:
    if head and words[: len(head)] == head and len(words) > len(head):
        return tuple(words[len(head) :])
    return tuple(words)


STORY_HEAD_WORDS = 12
_CHARACTERS_A_WORD = 64
"""Characters of a text read for each word :func:`story_head` needs (it reads more when the
words are longer or fewer)."""


def story_head(text: str, title: str = "") -> tuple[str, ...]:
    """The first ``STORY_HEAD_WORDS`` of :func:`story_words`, from the text's opening alone:
    two texts whose heads differ say other words, told without reading either whole (an
    export's articles each compared with the library's of their headline read every text
    whole: 4 s of a 10,000-article import). The opening's last word may be cut, so it is
    left out; an opening of too few words is no head, and the whole text is read."""
    head = words_of(title)
    wanted = len(head) + STORY_HEAD_WORDS + 1
    cut = _CHARACTERS_A_WORD * wanted
    if len(text) > cut:
        words = words_of(text[:cut])[:-1]
        if len(words) >= wanted:
            return _less_headline(words, head)[:STORY_HEAD_WORDS]
    return _less_headline(words_of(text), head)[:STORY_HEAD_WORDS]


def story_key(text: str, title: str = "") -> str:
    """A digest of ``story_words``: two texts say the same words (each less its own
    headline) when their keys are equal and not ""; kept per stored text where one text is
    compared with many (an export's articles with the library's of their headlines)."""
    words = story_words(text, title)
    if not words:
        return ""
    return hashlib.sha256("\n".join(words).encode("utf-8", "surrogatepass")).hexdigest()


def same_story(text: str, other: str) -> bool:
    """Whether ``other`` is a version of ``text`` (edited, fuller or cut), by the share of
    three-word phrases they have in common (``SAME_STORY_SHARE`` of the shorter's)."""
    ours, theirs = _phrases(words_of(text)), _phrases(words_of(other))
    if not ours or not theirs:
        return False
    return len(ours & theirs) >= SAME_STORY_SHARE * min(len(ours), len(theirs))


def _phrases(words: list[str]) -> set[tuple[str, ...]]:
    return {tuple(words[i : i + 3]) for i in range(max(len(words) - 2, 1 if words else 0))}
