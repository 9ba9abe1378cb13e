"""Errors of rounds 264-267 that recur across outlets (stfix38, session 33: classes of error,
not one article's; invented sentences and names)."""

from __future__ import annotations

from diplotui.statements import find_statements


def _said(text: str) -> list[tuple[str, str, str]]:
    return [(s.kind, s.speaker, s.text) for s in find_statements(text)]


def _speakers(text: str) -> list[str]:
    return [s.speaker for s in find_statements(text)]


def test_a_page_quoting_in_closing_guillemets_at_both_ends_is_read_as_quoting() -> None:
    text = (
        "Norland news\n\n"
        "The minister Ivo Marsh described as a »humanitarian crisis» the situation at the"
        " border.\n\n"
        "»We have held talks with Tarn. It is about a solution,» he said.\n"
    )
    assert _said(text) == [
        ("direct", "Ivo Marsh", "humanitarian crisis"),
        ("direct", "Ivo Marsh", "We have held talks with Tarn. It is about a solution,"),
    ]


def test_a_closing_guillemet_between_spaces_is_a_path_sign_not_a_quotation() -> None:
    text = "Home » News » World\n\nThe minister Ivo Marsh said talks were good » so far.\n"
    assert _said(text) == [("reported", "Ivo Marsh", "talks were good » so far")]


def test_a_guillemet_pair_still_quotes_beside_a_closing_one_alone() -> None:
    text = (
        "Norland news\n\n"
        "The minister Ivo Marsh described as a «humanitarian crisis» the situation at the"
        " border, calling it »bad».\n"
    )
    assert _said(text) == [
        ("direct", "Ivo Marsh", "humanitarian crisis"),
        ("direct", "Ivo Marsh", "bad"),
    ]


def test_quotations_after_a_second_unlisted_predicate_are_the_subjects_words() -> None:
    text = (
        "Norland news\n\n"
        "Minister Ivo Marsh spoke on Monday.\n\n"
        "He has also highlighted the “good will” of the neighbours and has made a call to"
        " “take care of the dialogue” and “not to use these issues”.\n"
    )
    assert _said(text) == [
        ("reported", "Ivo Marsh", "the “good will” of the neighbours"),
        ("direct", "Ivo Marsh", "take care of the dialogue"),
        ("direct", "Ivo Marsh", "not to use these issues"),
    ]


def test_a_quotation_in_a_said_clause_going_on_stays_in_the_report() -> None:
    text = (
        "Norland news\n\n"
        "Minister Ivo Marsh said the sides met and agreed to “take care of the dialogue”.\n"
    )
    assert _said(text) == [
        ("reported", "Ivo Marsh", "the sides met and agreed to “take care of the dialogue”")
    ]


def test_the_diplomat_of_a_country_is_its_minister_untitled_by_portfolio() -> None:
    text = (
        "Norland and Tarn meet\n\n"
        "Norland’s Minister of Foreign Affairs and International Cooperation, His Excellency"
        " Ivo Marsh concluded a working visit with his Tarnian counterpart, His Excellency Dan"
        " Crane, in Tarnby.\n\n"
        "Minister Marsh extended greetings to President Bo Lund. He also noted that students"
        " have benefited.\n\n"
        "The Norlandic diplomat underscored Norland’s focus on energy as a key sector.\n\n"
        "Foreign Minister Dan Crane reciprocated with a warm acknowledgment of the friendship.\n"
    )
    assert _speakers(text) == ["Ivo Marsh", "Ivo Marsh"]


def test_an_agency_credited_in_a_dateline_without_a_dash_is_not_the_subject() -> None:
    text = (
        "Norland envoy\n\n"
        "Tarnby, 8 August 2017(Tarn Press) The Norland Government announced Tuesday that Foreign"
        " Minister Ivo Marsh was to meet the UN Envoy Dan Crane.\n"
    )
    assert _speakers(text) == ["Norland Government"]


def test_an_agency_credited_in_a_dateline_is_not_the_subject_of_a_participle() -> None:
    text = (
        "Norland envoy\n\n"
        "Tarnby, Feb. 13 (Tarn Press) The Norland Government met the UN Envoy Dan Crane, stressing"
        " that peace was near.\n"
    )
    assert _speakers(text) == ["Norland Government"]
