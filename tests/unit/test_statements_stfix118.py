"""Classes of error found in held-out rounds 602-603 (stfix118, session 55), shown on invented
sentences and names: what a reader sees as the statement and its speaker."""

from __future__ import annotations

from tests.unit.statements_said import said as _said


def test_a_participle_after_an_opening_since_clause_is_the_main_subjects() -> None:
    text = (
        "Reform\n\n"
        "President Ana Roca met the envoy on Monday.\n"
        "Since taking power, the president has sought to distance herself from the junta,"
        " vowing to purge the officers accused of abuses.\n"
    )
    assert _said(text) == [
        ("reported", "Ana Roca", "to purge the officers accused of abuses"),
    ]


def test_a_place_between_former_and_the_head_noun_is_part_of_the_group() -> None:
    text = (
        "Base\n\n"
        "Current and former US officials have dismissed the plan, warning that holding the base"
        " would need ten thousand troops.\n"
    )
    assert _said(text) == [
        (
            "reported",
            "Current and former US officials",
            "holding the base would need ten thousand troops",
        ),
    ]


def test_expressed_opposition_is_a_stance_stated() -> None:
    text = (
        "Tariffs\n\n"
        "Foreign Minister Ana Roca has expressed her opposition to the plan to double tariffs"
        " on steel.\n"
    )
    assert _said(text) == [
        ("reported", "Ana Roca", "her opposition to the plan to double tariffs on steel"),
    ]


def test_a_named_person_and_an_unnamed_official_speak_together() -> None:
    text = (
        "Coalition\n\n"
        "On Tuesday, Norland’s information minister, Ana Roca, and a US official announced that"
        " Norland signed a declaration with the coalition.\n"
    )
    assert _said(text) == [
        (
            "reported",
            "Ana Roca and US official",
            "Norland signed a declaration with the coalition",
        ),
    ]


def test_a_name_the_recogniser_misses_before_answered_and_a_quotation_speaks() -> None:
    text = (
        "Talks\n\n"
        "When he was asked about the coalition, Mukhtarov answered:\n"
        "“We have fought many battles. We need to discuss these issues.”\n"
    )
    assert _said(text) == [
        ("direct", "Mukhtarov", "We have fought many battles. We need to discuss these issues."),
    ]


def test_a_long_quotation_the_page_repeats_keeps_its_first_speaker() -> None:
    answer = (
        "We have fought many battles over the past ten years and endured great suffering,"
        " losing many men."
    )
    clarified = "Foreign Minister Ben Ode clarified that “the agreement is political.”\n"
    text = (
        "Talks\n\n"
        f"When he was asked about the coalition, Ana Roca answered:\n“{answer}”\n{clarified}"
        f"“{answer}”\n{clarified}"
    )
    assert [(kind, speaker) for kind, speaker, words in _said(text) if words == answer] == [
        ("direct", "Ana Roca"),
        ("direct", "Ana Roca"),
    ]


def test_an_unnamed_official_is_the_one_the_next_sentence_says_made_the_comments() -> None:
    text = (
        "Base\n\n"
        "A top Kremlin official says the base must not be retaken, warning it could lead to"
        " new conflicts. Russian Foreign Minister Ana Roca made the comments as she hosted a"
        " delegation in the capital.\n"
    )
    assert _said(text) == [
        ("reported", "Ana Roca", "the base must not be retaken"),
        ("reported", "Ana Roca", "it could lead to new conflicts"),
    ]


def test_a_predicate_after_and_according_to_a_source_is_the_sources_alone() -> None:
    text = (
        "Base\n\n"
        "The president’s declaration marks a dramatic shift in policy toward the country and,"
        " according to military experts, could require more than ten thousand troops.\n"
    )
    assert _said(text) == [
        ("reported", "military experts", "could require more than ten thousand troops"),
    ]


_DEPARTMENTS = "US Departments of State, Commerce, and Treasury"
_DEPARTMENTS_ANNOUNCE = (
    f"Sanctions\n\nThe {_DEPARTMENTS} announced that the sanctions are suspended.\n"
)
_ANNOUNCED = ("reported", _DEPARTMENTS, "the sanctions are suspended")


def test_departments_named_by_one_plural_head_speak_as_one_body() -> None:
    text = (
        _DEPARTMENTS_ANNOUNCE
        + "“The embargo is over,” the statement said, noting that some limits remain.\n"
    )
    assert _said(text) == [
        _ANNOUNCED,
        ("direct", _DEPARTMENTS, "The embargo is over,"),
        ("reported", _DEPARTMENTS, "some limits remain"),
    ]


def test_a_move_that_after_what_was_announced_is_the_reporters_comment() -> None:
    text = (
        "Recognition\n\n"
        "Foreign Minister Ana Roca announced that Norland is switching recognition to Tarnia,"
        " a move that leaves the island with fewer allies.\n"
    )
    assert _said(text) == [
        ("reported", "Ana Roca", "Norland is switching recognition to Tarnia"),
    ]


def test_the_departments_are_the_joint_departments_that_just_spoke() -> None:
    text = (
        _DEPARTMENTS_ANNOUNCE
        + "In a joint statement, the departments said the suspension reflects a commitment to"
        " peace.\n"
    )
    assert _said(text) == [
        _ANNOUNCED,
        ("reported", _DEPARTMENTS, "the suspension reflects a commitment to peace"),
    ]


def test_an_answer_introduced_after_an_asked_phrase_is_the_answerers() -> None:
    text = (
        "Talks\n\n"
        "Asked about the coalition, Foreign Minister Ana Roca answered:\n"
        "“We have fought many battles.”\n"
    )
    assert _said(text) == [("direct", "Ana Roca", "We have fought many battles.")]
