"""The statement finder on a long article (attack45): megabytes of ordinary news, many
people named, each paragraph its own. Four times the article must cost about four times the
CPU: a step that searched the whole text once for each name word made a 4 MB article cost
43 s of CPU where 1 MB cost 8; its cast compared each full name with every one before it
(a misspelt surname's look-up), each headline's name with every span; and each listed past
after a long word read the whole text before it."""

from __future__ import annotations

import itertools
import time

import pytest

from diplotui.model import EntitySpan
from diplotui.statements import finder
from diplotui.statements.cast import Cast
from diplotui.statements.finder import _glued_pasts_found

from .test_statements_hostile_scaling import least_of_two
from .test_statements_hostile_sentences_scaling import steps_cpu

SYLLABLES = ("ba", "ko", "ri", "tu", "me", "sa", "lo", "ni", "da", "ve")


def named_paragraphs(count: int) -> tuple[str, list[EntitySpan]]:
    """``count`` paragraphs, each naming a person no other paragraph names, and the spans
    the recogniser gives those names."""
    parts: list[str] = []
    spans: list[EntitySpan] = []
    at = 0
    names = ("".join(letters).title() for letters in itertools.product(SYLLABLES, repeat=5))
    for given, surname in zip(names, names, strict=False):
        if len(spans) == count:
            break
        name = f"{given} {surname}"
        paragraph = f"Minister {name} said the talks would resume in the spring.\n\n"
        spans.append(EntitySpan(at + 9, at + 9 + len(name), "PERSON", name))
        parts.append(paragraph)
        at += len(paragraph)
    return "".join(parts), spans


def glued_cpu(count: int, under: float | None = None) -> float:
    """The least CPU of two runs over ``count`` paragraphs, none of them run together."""
    text, spans = named_paragraphs(count)

    def run() -> float:
        started = time.thread_time()
        found, verbs = _glued_pasts_found(text, spans, [])
        spent = time.thread_time() - started
        assert found == spans and not verbs  # no name is run into a verb here
        return spent

    return least_of_two(run, under)


def test_a_name_run_into_a_past_is_found_as_before() -> None:
    """ "Bakoritu Mesalonistressed": the verb found, and the name whole before it."""
    text = "Minister Bakoritu Mesaloni said so.\n\nThen Bakoritu Mesalonistressed it.\n\n"
    second = text.index("Bakoritu", 20)
    spans = [
        EntitySpan(9, 26, "PERSON", "Bakoritu Mesaloni"),
        EntitySpan(second, second + 8, "PERSON", "Bakoritu"),
    ]
    found, verbs = _glued_pasts_found(text, spans, [])
    assert [(v.group(), v.start()) for v in verbs] == [("stressed", second + 17)]
    assert found[-1] == EntitySpan(second, second + 17, "PERSON", "Bakoritu Mesaloni")


def test_few_names_and_many_names_find_the_same_glued_pasts() -> None:
    """A few name words are each found through the text, many are read at the pasts' words
    (a pass per name word would cost the square of a long article): the same names run into
    the same verbs either way, "al-Sisisaid" and "O'Brientold" among them."""
    text = (
        "Minister Bakoritu Mesaloni said so. Abdel al-Sisi spoke. Dara O'Brien agreed.\n\n"
        "Then Bakoritu Mesalonistressed it, al-Sisisaid more and O'Brientold them; the "
        "United States noted it and Bakoritu Mesaloniexpressed hope (Mesaloni said).\n\n"
    )
    spans = [
        EntitySpan(at, at + len(name), "PERSON", name)
        for name in ("Bakoritu Mesaloni", "Abdel al-Sisi", "Dara O'Brien")
        for at in [text.index(name)]
    ]
    words = {w for s in spans for w in s.text.split() if len(w) > 2}
    each = finder._glued_at_name_words(text, spans, words)
    once = finder._glued_at_past_endings(text, spans, words)
    found = sorted((at, verb.group()) for at, verb in each)
    assert found == sorted((at, verb.group()) for at, verb in once)
    assert [text[at : text.index(verb, at)] + verb for at, verb in found] == [
        "Mesalonistressed",
        "al-Sisisaid",
        "O'Brientold",
        "Mesaloniexpressed",
    ]


@pytest.mark.slow
def test_an_article_naming_thousands_of_people_costs_linear_time() -> None:
    small = glued_cpu(4_000)
    large = glued_cpu(16_000, under=8 * small)
    assert large < 8 * small, f"4x the article cost {large / small:.1f}x the CPU"


def cast_cpu(count: int, under: float | None = None) -> float:
    """The least CPU of two casts made of ``count`` paragraphs, each naming another person."""
    text, spans = named_paragraphs(count)

    def run() -> float:
        started = time.thread_time()
        cast = Cast(text, spans, [(0, len(text))])
        spent = time.thread_time() - started
        assert cast.person(spans[-1]).name == spans[-1].text
        return spent

    return least_of_two(run, under)


@pytest.mark.slow
def test_the_cast_of_an_article_naming_thousands_of_people_costs_linear_time() -> None:
    small = cast_cpu(4_000)
    large = cast_cpu(16_000, under=8 * small)
    assert large < 8 * small, f"4x the article cost {large / small:.1f}x the CPU"


def long_words_before_verbs(n: int) -> str:
    """``n`` characters of paragraphs, each a listed past after a word of over 12 letters."""
    unit = "The ministry representatives noted progress in the talks.\n\n"
    return "Headline\n\n" + unit * (n // len(unit))


@pytest.mark.slow
def test_an_article_of_long_words_before_its_verbs_costs_linear_time(
    monkeypatch: pytest.MonkeyPatch,
) -> None:
    """Whether a listed past is an adjective ("the stated aim") read the word before it from
    the space before it within a few letters: a longer word read the whole text before it,
    copied and lowered, at each verb (attack45)."""
    step = (finder, "_modifies_noun")
    small = steps_cpu(monkeypatch, long_words_before_verbs(100_000), step)
    large = steps_cpu(monkeypatch, long_words_before_verbs(400_000), step, under=8 * small)
    assert large < 8 * small, f"4x the article cost {large / small:.1f}x the CPU"
