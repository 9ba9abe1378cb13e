"""Errors of rounds 440-447 that recur across outlets (stfix84, session 45: classes of error,
not one article's; invented sentences and names)."""

from __future__ import annotations

from tests.unit.statements_said import said as _said


def test_parliament_named_back_is_the_parliament_named_before() -> None:
    text = (
        "Vote\n\n"
        "The Norland Parliament voted on Tuesday. Parliament affirms that “the famine was a"
        " crime against the whole nation”.\n"
    )
    assert _said(text) == [
        ("direct", "Norland Parliament", "the famine was a crime against the whole nation")
    ]


def test_the_plenary_is_a_group_that_speaks() -> None:
    text = "Vote\n\nFinally, the plenary calls on all states to raise awareness of the famine.\n"
    assert _said(text) == [("reported", "plenary", "all states to raise awareness of the famine")]


def test_a_second_predicate_quoting_again_is_the_same_speakers() -> None:
    text = (
        "Vote\n\n"
        "Ana Ruiz affirmed that “the famine was a crime” and condemned “the attacks on the"
        " power grid”.\n"
    )
    assert _said(text) == [
        ("direct", "Ana Ruiz", "the famine was a crime"),
        ("direct", "Ana Ruiz", "the attacks on the power grid"),
    ]


def test_a_body_named_again_without_its_nationality_is_named_in_full() -> None:
    text = (
        "Prize\n\n"
        "Ana Ruiz, the chair of the Norwegian Trade Committee, spoke in Oslo. The Trade Committee"
        " said that hunger has become more acute.\n"
    )
    assert _said(text) == [
        ("reported", "Norwegian Trade Committee", "hunger has become more acute")
    ]


def test_a_leader_and_the_spouse_named_after_speak_as_a_couple() -> None:
    text = (
        "Mourning\n\n"
        "President Ana Ruiz and first lady Tom Ruiz said the nation had lost a great man.\n\n"
        "Senator Ivo Marek and his wife Eva Marek said he had served with honour.\n"
    )
    assert _said(text) == [
        ("reported", "Ana Ruiz and Tom Ruiz", "the nation had lost a great man"),
        ("reported", "Ivo Marek and Eva Marek", "he had served with honour"),
    ]


def test_a_couple_quoted_after_a_characterising_participle_and_as_a_family() -> None:
    text = (
        "Mourning\n\n"
        "President Ana Marek and first lady Tom Marek issued a statement calling him a man of"
        " “sound judgment.”\n\n"
        "“He guided our nation to peace,” the Mareks wrote.\n"
    )
    assert _said(text) == [
        ("direct", "Ana Marek and Tom Marek", "sound judgment."),
        ("direct", "Ana Marek and Tom Marek", "He guided our nation to peace,"),
    ]


def test_a_name_spelt_again_with_its_syllables_run_together_is_one_person() -> None:
    text = (
        "Drone\n\n"
        "The army named its spokesman, Colonel Wu Qian Li (Wu Qianli), on Monday.\n\n"
        "Wu Qianli said that the drone had crashed near the border.\n"
    )
    assert _said(text) == [("reported", "Wu Qian Li", "the drone had crashed near the border")]


def test_said_in_a_note_then_that_starts_after_that() -> None:
    text = (
        "Ships\n\n"
        "Earlier, the maritime agency said in an advisory note that an explosion was reported"
        " off the coast.\n"
    )
    assert _said(text) == [
        ("reported", "maritime agency", "an explosion was reported off the coast")
    ]


def test_a_seat_read_as_a_place_speaks_in_its_relative_clause() -> None:
    text = (
        "Vote\n\n"
        "Senators acted amid pressure from the White House, which argued that it would undercut"
        " the talks.\n"
    )
    assert _said(text) == [("reported", "White House", "it would undercut the talks")]


def test_a_group_noun_after_a_head_noun_modifier_keeps_its_head() -> None:
    text = "Aid\n\nStaff were told to stop all work, according to media organizations in Norland.\n"
    assert _said(text) == [("reported", "media organizations", "Staff were told to stop all work")]


def test_a_two_word_rank_in_apposition_before_the_name_leaves_the_name() -> None:
    text = (
        "Ships\n\n"
        "“We targeted a ship,” the group’s military spokesman, Brigade General Ivo Marek, said"
        " in a statement.\n"
    )
    assert _said(text) == [("direct", "Ivo Marek", "We targeted a ship,")]
