"""Errors a user reading Vietnamese outlets' English editions met (stfix59, session 39: classes
of error in their house style; invented sentences and names)."""

from __future__ import annotations

from diplotui.statements import find_statements
from tests.unit.statements_said import said as _said


def test_a_series_of_adjectives_ending_in_a_participle_is_no_second_verb() -> None:
    text = (
        "Tarn talks\n\nMinister Ivo Marsh stressed the need to build a peaceful, stable,"
        " cooperative and developed Southeast Asia.\n\nHe called for a peaceful and developed"
        " Tarn Sea.\n\nHe called for the peaceful, stable and united Tarn Community.\n"
    )
    assert _said(text) == [
        (
            "reported",
            "Ivo Marsh",
            "the need to build a peaceful, stable, cooperative and developed Southeast Asia",
        ),
        ("reported", "Ivo Marsh", "a peaceful and developed Tarn Sea"),
        ("reported", "Ivo Marsh", "the peaceful, stable and united Tarn Community"),
    ]


def test_a_second_verb_after_a_list_of_nouns_still_ends_the_statement() -> None:
    text = "Tarn talks\n\nMinister Ivo Marsh stressed the need for trade and urged Norland to go.\n"
    assert _said(text)[0] == ("reported", "Ivo Marsh", "the need for trade")


def test_a_lowercase_spokesperson_for_a_ministry_is_the_role() -> None:
    text = (
        "Tarn talks\n\nDeputy spokesperson for the Ministry of Foreign Affairs Ann Bee said the"
        " talks went well.\n\nSpokesperson for the Ministry of Foreign Affairs Ivo Marsh said the"
        " talks would go on.\n"
    )
    roles = [(s.speaker, s.role) for s in find_statements(text)]
    assert roles == [
        ("Ann Bee", "Deputy spokesperson for the Ministry of Foreign Affairs"),
        ("Ivo Marsh", "Spokesperson for the Ministry of Foreign Affairs"),
    ]


def test_it_goes_without_saying_is_no_verb_of_its_own() -> None:
    text = (
        "Tarn talks\n\nMinister Ivo Marsh stressed that it goes without saying that the two"
        " countries should deepen their trade.\n"
    )
    assert _said(text) == [
        (
            "reported",
            "Ivo Marsh",
            "it goes without saying that the two countries should deepen their trade",
        )
    ]


def test_a_photo_credit_kept_in_a_paragraph_is_no_part_of_a_statement() -> None:
    text = (
        "Tarn talks\n\nAmbassador Ivo Marsh said the country values the forum (Photo: VNA/VNS)"
        " Minister Ann Bee met him.\n\nAnn Bee said the visit was a success Photo: tarn.vn\n"
    )
    assert _said(text) == [
        ("reported", "Ivo Marsh", "the country values the forum"),
        ("reported", "Ann Bee", "the visit was a success"),
    ]


def test_made_it_clear_stays_unlisted() -> None:
    """GUIDELINES.md's list of verbs is closed and the dev set's judges settled "make clear"
    as unlisted (a dozen specs): no statement, though a reader may expect one."""
    text = "Tarn talks\n\nMinister Ivo Marsh made it clear that Tarn opposes the plan.\n"
    assert _said(text) == []


def test_a_spokesperson_for_the_person_s_own_title_is_not_the_person_s() -> None:
    text = (
        "Tarn talks\n\nThe following statement was issued by the Spokesman for UN"
        " Secretary-General Ivo Marsh:\n\nThe Secretary-General called on all sides to observe"
        " the truce.\n"
    )
    assert [(s.speaker, s.role) for s in find_statements(text)] == [
        ("Ivo Marsh", "UN Secretary-General")
    ]


def test_a_caption_glued_before_the_content_is_left_out_with_its_dateline() -> None:
    text = (
        "Tarn talks\n\nAmbassador Ivo Marsh stated: Ambassador to Tarn Ivo Marsh (Photo:"
        " VNA)Hanoi (VNA) – Tarn plays an important role in the region's policy on trade.\n"
    )
    assert _said(text) == [
        ("reported", "Ivo Marsh", "Tarn plays an important role in the region's policy on trade")
    ]
