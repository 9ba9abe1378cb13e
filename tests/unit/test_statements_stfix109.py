"""Error classes of held-out rounds 572-575 that recur across outlets (stfix109, session 52:
classes of error, not one article's; invented sentences and names)."""

from __future__ import annotations

from tests.unit.statements_said import said as _said


def test_a_lone_straight_mark_on_a_line_quoting_in_curly_marks_opens_nothing() -> None:
    text = (
        "Summit\n\n"
        '"The Norland Union announced plans to send envoys to Aster. President Ivo Marsh urged '
        "all parties to talk. “We call on everyone to keep calm,” Marsh said. “The talks "
        "will go on,” he added.\n"
    )
    assert _said(text) == [
        ("reported", "Norland Union", "plans to send envoys to Aster"),
        ("reported", "Ivo Marsh", "all parties to talk"),
        ("direct", "Ivo Marsh", "We call on everyone to keep calm,"),
        ("direct", "Ivo Marsh", "The talks will go on,"),
    ]


def test_a_short_name_of_one_persons_name_written_in_two_orders_is_that_person() -> None:
    text = (
        "Vote\n\n"
        "Norland’s Minister of the Interior, Paul Oren Vale, condemned the rally.\n"
        "Minister Oren Vale Paul speaking at a press conference in Aster\n"
        "Mr Oren Vale said the rally had broken the law.\n"
    )
    assert _said(text) == [("reported", "Paul Oren Vale", "the rally had broken the law")]


def test_a_document_fronted_before_its_subject_is_that_subjects_for_later_mentions() -> None:
    text = (
        "Rally\n\n"
        "The Supreme Court of Norland will rule next week.\n"
        "In the communique, Mr Ivo Marsh said the rally had broken the law.\n"
        "“Order will be kept,” the communique added.\n"
    )
    assert _said(text) == [
        ("reported", "Ivo Marsh", "the rally had broken the law"),
        ("direct", "Ivo Marsh", "Order will be kept,"),
    ]


def test_according_to_a_title_alone_then_a_clause_without_a_comma_is_the_titled_persons() -> None:
    text = (
        "Count\n\n"
        "Norland’s Minister of the Interior, Ivo Marsh, spoke on Monday.\n"
        "According to the Minister the electoral board would soon submit its report.\n"
    )
    assert _said(text) == [
        ("reported", "Ivo Marsh", "the electoral board would soon submit its report"),
    ]


def test_the_statement_quoted_again_after_another_body_speaks_is_still_its_issuers() -> None:
    text = (
        "Vote\n\n"
        "The Norland Union stressed that the vote must be fair.\n"
        "“We are watching closely,” the statement read.\n"
        "The Aster Electoral Board urged voters to stay calm.\n"
        "“All sides must refrain from violence,” the statement continued.\n"
    )
    assert _said(text) == [
        ("reported", "Norland Union", "the vote must be fair"),
        ("direct", "Norland Union", "We are watching closely,"),
        ("reported", "Aster Electoral Board", "voters to stay calm"),
        ("direct", "Norland Union", "All sides must refrain from violence,"),
    ]


def test_an_organ_named_after_its_parents_bracketed_acronym_keeps_the_parents_name() -> None:
    text = (
        "Suspension\n\n"
        "The Norland Union (NU) Peace and Security Council (PSC) has announced the suspension "
        "of Aster from all activities.\n"
        "The Council also called for a swift return to civilian rule.\n"
    )
    assert _said(text) == [
        (
            "reported",
            "Norland Union Peace and Security Council",
            "the suspension of Aster from all activities",
        ),
        ("reported", "Norland Union Peace and Security Council", "a swift return to civilian rule"),
    ]


def test_a_quotation_in_the_clause_of_alleging_or_claiming_is_the_main_subjects() -> None:
    text = (
        "Talks\n\n"
        "Prime Minister Ivo Marsh criticized his counterpart, Dan Avi, personally, alleging he "
        "was harming the peace for “narcissistic delusions” and gain.\n"
        "Mara Lind described the talks as useful, claiming Avi wanted a “lasting peace.”\n"
    )
    assert _said(text) == [
        ("direct", "Ivo Marsh", "narcissistic delusions"),
        ("direct", "Mara Lind", "lasting peace."),
    ]


def test_a_quotation_a_judging_verb_calls_something_an_act_of_is_the_judges() -> None:
    text = (
        "Strike\n\n"
        "Prime Minister Ivo Marsh spoke on Tuesday.\n"
        "He further characterized the raid as an act of “state terrorism.”\n"
    )
    assert _said(text) == [("direct", "Ivo Marsh", "state terrorism.")]


def test_a_participle_after_a_subordinate_clause_with_a_title_subject_is_the_holders() -> None:
    text = (
        "Raid\n\n"
        "President Ivo Marsh of Norland spoke on Sunday.\n"
        "The raid came two days after the president issued another warning to Aster, "
        "insisting that the group release its hostages.\n"
    )
    assert _said(text) == [("reported", "Ivo Marsh", "the group release its hostages")]
    text = (
        "Raid\n\n"
        "US President Ivo Marsh spoke on Sunday.\n"
        "The raid came after the US president delivered a warning to Aster, asserting that "
        "the talks had failed.\n"
    )
    assert _said(text) == [("reported", "Ivo Marsh", "the talks had failed")]


def test_a_group_before_who_is_named_without_the_phrase_against_it_ends() -> None:
    text = (
        "Protests\n\n"
        "In Aster, police used tear gas and water cannons against protesters who accused the "
        'ruling party of trying to "steal the victory" from the opposition.\n'
    )
    assert _said(text) == [("direct", "protesters", "steal the victory")]


def test_a_modifier_before_a_bodys_acronym_and_its_head_noun_opens_the_subject() -> None:
    text = (
        "Results\n\n"
        "The ruling NDF party has dismissed the claims as illegal, asserting that only the "
        "court may declare the results.\n"
    )
    assert _said(text) == [
        ("reported", "ruling NDF party", "only the court may declare the results"),
    ]


def test_asking_someone_about_a_topic_is_no_statement() -> None:
    text = (
        "Interview\n\n"
        "In the preview, Mara Lind asked Ivo Marsh about the defence pact.\n"
        "“Is it a reaction to the strike?” she asked.\n"
    )
    assert _said(text) == [("direct", "Mara Lind", "Is it a reaction to the strike?")]
