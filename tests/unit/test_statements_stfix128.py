"""Classes of error held-out rounds 624-625 showed (stfix128, session 57). Invented sentences
and names, never the articles' text."""

from __future__ import annotations

import pytest

from tests.unit.statements_said import said as _said


def _one_paragraph(sentence: str) -> list[tuple[str, str, str]]:
    return _said(f"Clashes\n\n{sentence}\n")


@pytest.mark.parametrize(
    ("sentence", "expected"),
    [
        (
            "“I heard shots all night,” said a resident on condition of anonymity.",
            ("direct", "resident", "I heard shots all night,"),
        ),
        (
            "One resident told AFP he had heard shots all night.",
            ("reported", "resident", "he had heard shots all night"),
        ),
    ],
)
def test_an_unnamed_resident_speaks_as_one(sentence: str, expected: tuple[str, str, str]) -> None:
    """Round 625's '“...,” said a resident on condition of anonymity': one of a place's
    people, unnamed, speaks as "resident", as a voter or a protester does."""
    assert _one_paragraph(sentence) == [expected]


def test_a_source_citing_another_is_the_speaker() -> None:
    """Round 625's "According to Saudi news agency X citing Reuters on May 13th, Y": the
    outermost source speaks, the one it relays is not annotated (Decisions: nested)."""
    sentence = "According to the Vellan Times citing Reuters on Monday, the talks have stalled."
    assert _one_paragraph(sentence) == [("reported", "Vellan Times", "the talks have stalled")]


def test_a_body_named_by_its_acronym_in_lower_case_is_named_in_full() -> None:
    """Round 625's "the United Nations support mission in Libya (Unsmil) said ... Unsmil
    reiterated": one body, named as fully as the article names it at every statement."""
    text = (
        "Kabul\n\nIn a statement, the United Nations assistance mission in Afghanistan (Unama)"
        " said it was alarmed. Kabul remained calm. Unama reiterated the obligation of all"
        " actors to protect civilians.\n"
    )
    assert [speaker for _, speaker, _ in _said(text)] == [
        "United Nations assistance mission in Afghanistan"
    ] * 2


@pytest.mark.parametrize("led", ["inciting", "prompting", "spurring"])
def test_a_body_moved_to_call_for_something_calls_for_it(led: str) -> None:
    """Round 625's "..., inciting the United Nations to call for immediate de-escalation": the
    object of a verb that moves it to speak is the speaker, as "led academics to warn"."""
    sentence = f"Fighting broke out, {led} the United Nations to call for restraint."
    assert _one_paragraph(sentence) == [("reported", "United Nations", "restraint")]


@pytest.mark.parametrize(
    "sentence",
    [
        "The Vellan Party stepped in to call for calm on all sides.",
        "The Vellan Party takes to Facebook to call for calm on all sides.",
        "Life halted, the Vellan Party taking to Facebook to call for calm on all sides.",
        "The Vellan Party met the press and used its platforms to call for calm on all sides.",
    ],
)
def test_a_body_stepping_in_or_taking_a_channel_to_speak_speaks(sentence: str) -> None:
    """Round 625's "The United Nations has stepped in to call for calm on all sides" and "used
    their media platforms to announce that X", the University "taking to Facebook to announce":
    the subject speaks through the act."""
    assert _one_paragraph(sentence) == [("reported", "Vellan Party", "calm on all sides")]


def test_a_channel_taken_after_a_first_statement_is_a_second_statement() -> None:
    """Round 625's "The GNU has called on residents to X and used their media platforms to
    announce that Y": Y is the same speaker's own statement, not words inside the first."""
    sentence = (
        "The Vellan Party has called on residents to stay indoors and used its media"
        " platforms to announce that it had taken the district."
    )
    assert _one_paragraph(sentence) == [
        ("reported", "Vellan Party", "residents to stay indoors"),
        ("reported", "Vellan Party", "it had taken the district"),
    ]


def test_a_perfect_participle_with_its_own_subject_is_that_subjects_statement() -> None:
    """Round 625's "tensions are rising with the Tripoli protection forces having recently
    warned armed militias of “...”": the subject between "with" and "having" speaks."""
    sentence = (
        "Tensions are rising in the north with the Vellan border forces having recently warned"
        " militias of retaliation."
    )
    assert _one_paragraph(sentence) == [
        ("reported", "Vellan border forces", "militias of retaliation")
    ]


def test_one_newly_named_after_with_is_a_participles_subject() -> None:
    """Round 625's "the shock can still be felt with one resident telling Reuters that “...”":
    with no comma before "with", an indefinite subject is still the participle's own."""
    sentence = "The shock was felt with one resident telling AFP that “we lost everything”."
    assert _one_paragraph(sentence) == [("direct", "resident", "we lost everything")]


def test_the_middle_item_of_a_series_of_acts_is_the_subjects_statement() -> None:
    """Round 624's "The far-right X mockingly reacted to ..., called on him to resign, and said
    new elections must be held": each listed verb of the series is the subject's."""
    sentence = (
        "The Vellan Party reacted to the defeat, called on him to resign, and said new"
        " elections must be held."
    )
    assert _one_paragraph(sentence) == [
        ("reported", "Vellan Party", "him to resign"),
        ("reported", "Vellan Party", "new elections must be held"),
    ]


@pytest.mark.parametrize(("noun", "speaker"), [("pair", "pair"), ("duo", "duo")])
def test_two_persons_named_by_a_noun_speak_as_that_noun(noun: str, speaker: str) -> None:
    """Round 624's "Merz and ... Macron ... met in Paris ... The pair vowed to work “hand in
    hand”": a group named by its head noun, as "the two leaders" -> "two leaders"; "The two"
    with no noun stays the two persons (the round-17 decision)."""
    text = (
        "Talks\n\nIvo Marsh and Dana Kell met in Paris on Monday.\n"
        f"The {noun} vowed to work together on defence.\n"
        "The two stressed that the talks would go on.\n"
    )
    assert _said(text) == [
        ("reported", speaker, "to work together on defence"),
        ("reported", "Ivo Marsh and Dana Kell", "the talks would go on"),
    ]


def test_a_relative_clause_set_off_by_dashes_is_the_persons_before_it() -> None:
    """Round 624's "Merz and Macron — who called his counterpart “cher Friedrich,” ... —":
    the quoted words of an unlisted verb of calling are the person's the relative clause is
    on, as with ", who called"."""
    for sentence in (
        "Ivo Marsh — who called the deal “a bargain” — left early.",
        "Dana Kell and Ivo Marsh — who called the deal “a bargain” — left early.",
    ):
        assert _one_paragraph(sentence) == [("direct", "Ivo Marsh", "a bargain")]


def test_a_quotation_glossed_by_or_is_one_statement() -> None:
    """Round 624's 'called his counterpart “cher Friedrich,” or “dear Friedrich”': the second
    quotation is the reporter's translation of the first, not words of the speaker."""
    sentence = "Ivo Marsh, who called his host “cher ami,” or “dear friend,” left early."
    assert _one_paragraph(sentence) == [("direct", "Ivo Marsh", "cher ami,")]


@pytest.mark.parametrize("when", ["this week", "this morning"])
def test_a_time_with_this_before_that_is_left_out_of_the_span(when: str) -> None:
    """Round 624's "Barrot said this week that X": the span starts after "that" (Decisions:
    span start), "this" a time's, not the verb's object."""
    sentence = f"Ivo Marsh said {when} that the talks would go on."
    assert _one_paragraph(sentence) == [("reported", "Ivo Marsh", "the talks would go on")]


def test_a_body_taking_to_a_channel_after_with_speaks() -> None:
    """Round 625's "life has been halted in the city with the University of Tripoli taking to
    Facebook to announce the suspension of studies": the absolute subject speaks through it."""
    sentence = (
        "Life was halted in the city with the University of Lumo taking to Facebook to"
        " announce the suspension of classes."
    )
    assert _one_paragraph(sentence) == [
        ("reported", "University of Lumo", "the suspension of classes")
    ]


@pytest.mark.parametrize("stance", ["far-right", "left-wing"])
def test_a_hyphened_stance_before_a_name_is_part_of_the_subject(stance: str) -> None:
    """Round 624's "The far-right AfD mockingly reacted to ..., called on him to resign, and
    said X": the subject read for the coordinated verbs is the body, its stance before it."""
    sentence = (
        f"The {stance} Vellan Party reacted to the defeat, called on him to resign, and said"
        " new elections must be held."
    )
    assert _one_paragraph(sentence) == [
        ("reported", "Vellan Party", "him to resign"),
        ("reported", "Vellan Party", "new elections must be held"),
    ]
