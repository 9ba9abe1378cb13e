"""Errors of rounds 668-669 that recur across outlets (stfix150, session 63: classes of error,
not one article's; invented sentences and names)."""

from __future__ import annotations

from tests.unit.statements_said import said as _said

_LEAD = "Leeds news\n\nParty leader Ivo Marek spoke in Leeds on Monday.\n"


def test_a_participle_opened_by_since_is_the_main_clauses_subjects_statement() -> None:
    text = _LEAD + "Since vowing to win back the north, he has toured six towns.\n"
    assert _said(text) == [("reported", "Ivo Marek", "to win back the north")]


def test_since_before_a_participle_reads_as_after_does() -> None:
    after = _LEAD + "After warning that the party would split, Marek left the hall.\n"
    since = _LEAD + "Since warning that the party would split, Marek has left the hall.\n"
    assert _said(after) == [("reported", "Ivo Marek", "the party would split")]
    assert _said(since) == [("reported", "Ivo Marek", "the party would split")]


def test_since_opening_a_finite_clause_gives_its_own_subject_not_a_participles() -> None:
    text = _LEAD + "Since Marek warned that the party would split, his rivals have kept quiet.\n"
    assert _said(text) == [("reported", "Ivo Marek", "the party would split")]


_COMMISSIONER = (
    "Brussels news\n\nThe bloc met on Monday to weigh the new port fees, which the bloc’s "
    "trade commissioner Ivo Marek denounced as “unfair and rushed.” Talks resume next week.\n"
)


def test_a_relative_clauses_long_titled_subject_takes_its_characterised_quotation() -> None:
    assert _said(_COMMISSIONER) == [("direct", "Ivo Marek", "unfair and rushed.")]


def test_a_short_relative_clause_subject_still_takes_its_quotation() -> None:
    text = _COMMISSIONER.replace("the bloc’s trade commissioner Ivo Marek", "Ivo Marek")
    assert _said(text) == [("direct", "Ivo Marek", "unfair and rushed.")]


def test_a_relative_clause_with_a_comma_before_the_verb_is_not_its_subjects() -> None:
    text = (
        "Brussels news\n\nTrade commissioner Ivo Marek met the bloc on Monday.\n"
        "Marek criticised the port fees, which a long list of shipping firms, all of them "
        "based in the north, described as “unfair and rushed.” Talks resume next week.\n"
    )
    assert [speaker for _, speaker, _ in _said(text)] != ["shipping firms"]


_WARNED = "Oslo news\n\nForeign Minister Ivo Marek spoke in Oslo on Monday.\n"


def test_warned_of_an_object_with_a_relative_that_keeps_the_whole_object() -> None:
    text = _WARNED + "Marek warned of sharp losses for the fishing fleet that could spread north.\n"
    assert _said(text) == [
        ("reported", "Ivo Marek", "sharp losses for the fishing fleet that could spread north")
    ]


def test_warned_as_a_participle_of_an_object_with_a_relative_keeps_it_too() -> None:
    text = _WARNED + "Marek left the talks, warning of job losses in ports that may last years.\n"
    assert _said(text) == [("reported", "Ivo Marek", "job losses in ports that may last years")]


def test_warned_whom_that_still_starts_after_that() -> None:
    text = _WARNED + "Marek warned the fishing fleet that quotas would be cut.\n"
    assert _said(text) == [("reported", "Ivo Marek", "quotas would be cut")]


def test_warned_of_an_opinion_that_still_starts_after_that() -> None:
    text = _WARNED + "Marek warned of his belief that quotas would be cut.\n"
    assert _said(text) == [("reported", "Ivo Marek", "quotas would be cut")]


def test_a_relative_clauses_subject_titled_by_a_bodys_possessive_takes_the_quotation() -> None:
    text = _COMMISSIONER.replace(
        "the bloc’s trade commissioner Ivo Marek", "the European Commission’s trade chief Ivo Marek"
    )
    assert _said(text) == [("direct", "Ivo Marek", "unfair and rushed.")]


def test_a_relative_clauses_long_subject_without_a_name_is_no_speaker() -> None:
    text = _COMMISSIONER.replace(
        "the bloc’s trade commissioner Ivo Marek", "many of the larger shipping firms in the north"
    )
    assert _said(text) == []
