"""The statement finder on hostile sentences: thousands of quotations, attributions,
appositions or ``told`` in one sentence, and statements dated by the next sentence. Four times
the text must cost about four times the CPU (the paragraphs' cases are in
``test_statements_hostile_scaling.py``; apart, so --dist loadfile spreads them)."""

from __future__ import annotations

import time
from collections.abc import Callable
from typing import Any

import pytest

from diplotui.statements import find_statements, finder
from tests.unit.test_statements_hostile_scaling import (
    dated_statements,
    finder_cpu,
    finder_run,
    least_of_two,
)


def quoted_names_saying(n: int) -> str:
    """One sentence of ``n`` characters: quoted names, each saying an unclosed quotation."""
    return "Title\n\n" + " ".join(f"'Anna Smith' said 'it{i}; " for i in range(n // 27))


@pytest.mark.slow
def test_a_sentence_of_thousands_of_quotations_costs_linear_time() -> None:
    """Each quotation without a verb of its own filtered every listed verb of its sentence
    again (which stood outside the quotations, which took a particle): 88 KB of "'Anna Smith'
    said 'it, " took fourteen seconds (issue 17). Semicolons, not its commas: after a comma
    each "said" is an end attribution, timed on its own below."""
    find_statements(quoted_names_saying(1_000))
    small = finder_cpu(quoted_names_saying(10_000))
    large = finder_cpu(quoted_names_saying(40_000), under=8 * small)
    assert large < 8 * small, f"4x the text cost {large / small:.1f}x the CPU"


REPORTED_AFTER_QUOTED = 'Anna Smith said "x x x x x" and Olaf Khan told reporters that it is.\n\n'


def reported_after_quoted(n: int) -> str:
    """``n`` characters of paragraphs each holding a direct and a reported statement."""
    return "Title\n\n" + REPORTED_AFTER_QUOTED * (n // len(REPORTED_AFTER_QUOTED))


def nesting_cpu(monkeypatch: pytest.MonkeyPatch, text: str, under: float | None = None) -> float:
    """The least CPU of two runs that the dropping of nested quotations took on ``text``: the
    rest of the finder's work, linear and larger up to thousands of statements, left out
    (``under``: see ``least_of_two``)."""
    spent: list[float] = []
    unwrapped = finder._without_nested_quotations

    def timed(found: list[Any]) -> list[Any]:
        started = time.thread_time()
        kept = unwrapped(found)
        spent.append(time.thread_time() - started)
        return kept

    def measure() -> float:
        finder_run(text)
        return spent[-1]

    monkeypatch.setattr(finder, "_without_nested_quotations", timed)
    least = least_of_two(measure, under)
    monkeypatch.setattr(finder, "_without_nested_quotations", unwrapped)
    return least


@pytest.mark.slow
def test_thousands_of_direct_and_reported_statements_cost_linear_time(
    monkeypatch: pytest.MonkeyPatch,
) -> None:
    """Each direct quotation was compared with every reported statement, to drop one nested
    in another's words: 8,000 such paragraphs took 7.5 seconds, 4,000 took 2.3 (issue 17)."""
    found = find_statements(reported_after_quoted(1_000))
    assert {s.kind for s in found} == {"direct", "reported"}
    small = nesting_cpu(monkeypatch, reported_after_quoted(70_000))
    large = nesting_cpu(monkeypatch, reported_after_quoted(280_000), under=8 * small)
    assert large < 8 * small, f"4x the statements cost {large / small:.1f}x the CPU"


def quoted_names_saying_with_commas(n: int) -> str:
    """One sentence of ``n`` characters: quoted names, each saying an unclosed quotation and
    a comma, so every "said" after the first is an attribution after a comma ("X, Y said")."""
    return "Title\n\n" + " ".join(f"'Anna Smith' said 'it{i}, " for i in range(n // 27))


# The finder's end attributions ("X, he said"); reading attribution tails and subjects joined
# after a directive.
END_ATTRIBUTION = (finder._Finder, "_end_attribution")
TAIL_READING = ((finder, "_attribution_tail"), (finder._Finder, "_subject_joined_after_directive"))


def steps_cpu(
    monkeypatch: pytest.MonkeyPatch,
    text: str,
    *steps: tuple[object, str],
    under: float | None = None,
) -> float:
    """The least CPU of two runs that the finder's ``steps`` (each its owner, the module or
    ``_Finder``, and its name) took on ``text``: the rest of its work, linear, left out
    (``under``: see ``least_of_two``)."""
    spent: list[float] = []

    def timed(function: Callable[..., Any]) -> Callable[..., Any]:
        def run(*args: Any) -> Any:
            started = time.thread_time()
            found = function(*args)
            spent[-1] += time.thread_time() - started
            return found

        return run

    def measure() -> float:
        spent.append(0.0)
        find_statements(text)
        return spent[-1]

    for owner, name in steps:
        monkeypatch.setattr(owner, name, timed(getattr(owner, name)))
    least = least_of_two(measure, under)
    monkeypatch.undo()
    return least


@pytest.mark.slow
def test_a_sentence_of_thousands_of_attributions_after_commas_costs_linear_time(
    monkeypatch: pytest.MonkeyPatch,
) -> None:
    """Each "said" after a comma read the rest of its sentence as its attribution's tail,
    whether a listed verb stood in it: 88 KB of "'Anna Smith' said 'it, " took 4.3 seconds,
    43 KB 1.5 (issue 17)."""
    find_statements(quoted_names_saying_with_commas(1_000))
    small = steps_cpu(monkeypatch, quoted_names_saying_with_commas(10_000), END_ATTRIBUTION)
    large = steps_cpu(
        monkeypatch, quoted_names_saying_with_commas(40_000), END_ATTRIBUTION, under=8 * small
    )
    assert large < 8 * small, f"4x the text cost {large / small:.1f}x the CPU"


def appositions_without_a_stop(n: int) -> str:
    """One sentence of ``n`` characters: a title, a name set off by commas and "said that,"
    again, never a full stop."""
    return "Title\n\n" + "the minister, Olaf Khan, said that, " * (n // 36) + "it ends.\n"


@pytest.mark.slow
def test_a_sentence_of_thousands_of_appositions_costs_linear_time() -> None:
    """Each person set off by commas read its sentence back to its start (whether a title
    chain opened it), each "said" after a comma searched the sentence for a relative pronoun
    and hashed the rest of it as a weekday: 45 KB took two seconds, 22 KB half a second
    (speed36, issue 17)."""
    find_statements(appositions_without_a_stop(1_000))
    small = finder_cpu(appositions_without_a_stop(10_000))
    large = finder_cpu(appositions_without_a_stop(40_000), under=8 * small)
    assert large < 8 * small, f"4x the text cost {large / small:.1f}x the CPU"


def quotations_joined_by_and(n: int) -> str:
    """One sentence of ``n`` characters: a name telling reporters a quotation, then "and",
    again, never a full stop."""
    unit = "John Smith told reporters “it is fine,” and "
    return "Title\n\n" + unit * (n // len(unit)) + "it ends.\n"


@pytest.mark.slow
def test_a_sentence_of_thousands_of_quotations_joined_by_and_costs_linear_time(
    monkeypatch: pytest.MonkeyPatch,
) -> None:
    """Each "told" after the first searched its open claim's sentence from its start for
    " to ", and the rest of the sentence for ", " twice, as its attribution's tail: 180 KB
    took two seconds, 90 KB half a second (speed36, issue 17)."""
    find_statements(quotations_joined_by_and(1_000))
    small = steps_cpu(monkeypatch, quotations_joined_by_and(20_000), *TAIL_READING)
    large = steps_cpu(monkeypatch, quotations_joined_by_and(80_000), *TAIL_READING, under=8 * small)
    assert large < 8 * small, f"4x the text cost {large / small:.1f}x the CPU"


def told_after_directives(n: int) -> str:
    """One sentence of ``n`` characters: a name told reporters to act, then another's verb
    after "and", again, never a colon or a full stop."""
    unit = "Olaf Khan, who told reporters to act and Maria Lopez stressed that "
    return "Title\n\n" + unit * (n // len(unit)) + "it ends.\n"


@pytest.mark.slow
def test_a_sentence_of_thousands_of_told_costs_linear_time(
    monkeypatch: pytest.MonkeyPatch,
) -> None:
    """Each "told" searched the rest of its sentence for a colon opening a quotation (whom it
    was told, then the words): 180 KB without one took a second (speed36, issue 17)."""
    find_statements(told_after_directives(1_000))
    small = steps_cpu(
        monkeypatch, told_after_directives(20_000), (finder._Finder, "_content_start")
    )
    large = steps_cpu(
        monkeypatch,
        told_after_directives(80_000),
        (finder._Finder, "_content_start"),
        under=8 * small,
    )
    assert large < 8 * small, f"4x the text cost {large / small:.1f}x the CPU"


def made_then(n: int, joint: str) -> str:
    said = f"John Smith said the talks went well.{joint}He made the statement in Hanoi on July 18. "
    return "Headline\n\nWASHINGTON, July 19, 2025 - " + said * (n // len(said))


@pytest.mark.slow
@pytest.mark.parametrize("joint", [" ", "\n"], ids=["one paragraph", "paragraphs"])
def test_thousands_of_statements_dated_by_the_next_sentence_cost_linear_time(joint: str) -> None:
    """ "X said ... He made the statement ... on July 18" dates the statement before: each
    "made" looks up the sentence before it and its statements, never scanning the text."""
    found = dated_statements(made_then(5_000, joint))
    assert found and all(s.said_on == "July 18" for s in found)
    small = finder_cpu(made_then(50_000, joint), dated_statements)
    large = finder_cpu(made_then(200_000, joint), dated_statements, under=8 * small)
    assert large < 8 * small, f"4x the text cost {large / small:.1f}x the CPU"


def participles_after_commas(n: int) -> str:
    """One sentence of ``n`` characters: a name's verb, then ", adding that", again."""
    unit = "Smith said talks, adding that "
    return "Title\n\n" + unit * (n // len(unit)) + "it ends.\n"


@pytest.mark.slow
def test_a_sentence_of_thousands_of_participles_costs_linear_time(
    monkeypatch: pytest.MonkeyPatch,
) -> None:
    """Each participle searched its whole sentence before it for "is", "was" ... ending it
    ("is calling on"): 160 KB of ", adding that" took 4 s of the finder's 5 (attack45)."""
    find_statements(participles_after_commas(1_000))
    step = (finder._Finder, "_participle")
    small = steps_cpu(monkeypatch, participles_after_commas(40_000), step)
    large = steps_cpu(monkeypatch, participles_after_commas(160_000), step, under=8 * small)
    assert large < 8 * small, f"4x the text cost {large / small:.1f}x the CPU"


def verbs_between_dashes(n: int) -> str:
    """One sentence of ``n`` characters: "— he said —", again, never a "that"."""
    unit = "— he said — "
    return "Title\n\n" + unit * (n // len(unit)) + "it ends.\n"


@pytest.mark.slow
def test_a_sentence_of_thousands_of_verbs_without_that_costs_linear_time(
    monkeypatch: pytest.MonkeyPatch,
) -> None:
    """Each verb searched the rest of its sentence for a "that" (whether a time adverbial
    then a clause of its own follows it, or words up to a "that"), twice: the rest of a long
    sentence without one, read again at each verb (attack45)."""
    find_statements(verbs_between_dashes(1_000))
    step = (finder._Finder, "_content_start")
    small = steps_cpu(monkeypatch, verbs_between_dashes(40_000), step)
    large = steps_cpu(monkeypatch, verbs_between_dashes(160_000), step, under=8 * small)
    assert large < 8 * small, f"4x the text cost {large / small:.1f}x the CPU"
