"""Error classes that recur across the dev set's outlets (stfix105, session 49: classes of
error, not one article's; invented sentences and names)."""

from __future__ import annotations

from tests.unit.statements_said import said as _said


def test_a_main_clauses_own_subject_after_an_opening_while_clause_speaks_apart() -> None:
    text = (
        "Talks\n\n"
        "While Ivo Marsh and his officials had insisted the talks would be “direct” and held "
        "in Rome, Tehran had stressed that the negotiations would be indirect.\n"
        "Whereas the Norland government stated that the ship was bound for Oslo, Dan Avi said "
        "it was seen in Riga.\n"
        "Although Mara Lind said the talks failed, the ministry warned that a deal was far off.\n"
    )
    assert _said(text) == [
        ("reported", "Ivo Marsh", "the talks would be “direct” and held in Rome"),
        ("reported", "Tehran", "the negotiations would be indirect"),
        ("reported", "Norland government", "the ship was bound for Oslo"),
        ("reported", "Dan Avi", "it was seen in Riga"),
        ("reported", "Mara Lind", "the talks failed"),
        ("reported", "ministry", "a deal was far off"),
    ]


def test_a_source_after_according_to_may_open_with_a_place_the_recogniser_split_off() -> None:
    text = (
        "Mining\n\n"
        "The ministry spoke on Monday.\n"
        "China plays an outsized role in the sector, accounting for most of the mining, "
        "according to Oxford Economics.\n"
    )
    assert _said(text) == [
        (
            "reported",
            "Oxford Economics",
            "China plays an outsized role in the sector, accounting for most of the mining",
        ),
    ]


def test_a_long_place_or_time_after_an_attribution_at_the_end_is_the_reporters() -> None:
    text = (
        "Talks\n\n"
        "Serbia is ready for dialogue on Kosovo, president Ivo Marsh said at the Munich "
        "Security Conference where he had a difficult talk with the envoy of the bloc.\n"
        "The deal will be signed this year, Minister Dan Avi said here on Tuesday.\n"
        "In response to a question on visas, Mara Lind said during the task force’s meeting "
        "attended by the interior minister and the envoy to Tehran, the issue was discussed.\n"
    )
    assert _said(text) == [
        ("reported", "Ivo Marsh", "Serbia is ready for dialogue on Kosovo"),
        ("reported", "Dan Avi", "The deal will be signed this year"),
        (
            "reported",
            "Mara Lind",
            "during the task force’s meeting attended by the interior minister and the envoy to "
            "Tehran, the issue was discussed",
        ),
    ]
