"""Errors of rounds 308-311 that recur across outlets (stfix49, session 36: classes of error,
not one article's; invented sentences and names)."""

from __future__ import annotations

from tests.unit.statements_said import said as _said


def test_a_first_line_of_several_sentences_cut_off_is_the_body_not_a_headline() -> None:
    text = (
        "The floods in the south led Prime Minister Ivo Marsh to call his ministers to a"
        " meeting on Sunday. The talks dealt with the damage to the ports and the roads of"
        " the region. According to the cabinet office, Norland will keep helping the towns"
        " along the river. Foreign Minister Karl Tarn said that the aid would reach the"
        " coast by Monday. Tarn revealed"
    )
    assert _said(text) == [
        ("reported", "cabinet office", "Norland will keep helping the towns along the river"),
        ("reported", "Karl Tarn", "the aid would reach the coast by Monday"),
    ]


def test_a_first_line_with_a_run_in_label_before_its_sentence_is_the_body() -> None:
    text = (
        "Unity first. “We stand together,” Prime Minister Ivo Marsh told the assembly.\n"
        "Trade. Marsh said that the ports would stay open.\n"
    )
    assert _said(text) == [
        ("direct", "Ivo Marsh", "We stand together,"),
        ("reported", "Ivo Marsh", "the ports would stay open"),
    ]


def test_a_dash_bullet_about_the_speaker_is_narration_not_a_quotation() -> None:
    text = (
        "Norland news\n\n"
        "Trade first. Minister Ivo Marsh spoke to the assembly on Monday.\n"
        "- “We will keep the ports open,” she said.\n"
        "- Her speech opened a week of talks on the budget in the capital.\n"
        "- She praised the unions for their work this year.\n"
    )
    assert _said(text) == [("direct", "Ivo Marsh", "We will keep the ports open,")]


def test_a_pronoun_after_a_dash_bullet_opens_the_subject() -> None:
    text = (
        "Norland news\n\n"
        "Minister Ivo Marsh spoke to the assembly on Monday.\n"
        "- She called for a ceasefire and talks.\n"
        "- She urged Tarn to “seize the chance” for a deal.\n"
    )
    assert _said(text) == [
        ("reported", "Ivo Marsh", "a ceasefire and talks"),
        ("reported", "Ivo Marsh", "Tarn to “seize the chance” for a deal"),
    ]


def test_a_reported_clause_ends_before_demanding_whose_quotation_is_direct() -> None:
    text = (
        "Norland news\n\n"
        "Ivo Marsh called for swift action on the plan, demanding that the rebels “lay down"
        " their arms”.\n"
    )
    assert _said(text) == [
        ("reported", "Ivo Marsh", "swift action on the plan"),
        ("direct", "Ivo Marsh", "lay down their arms"),
    ]


def test_a_quotation_naming_what_something_was_cited_as_is_direct() -> None:
    text = (
        "Norland news\n\n"
        "Minister Ivo Marsh spoke on Monday.\n"
        "She urged Tarn to act for a deal, citing Vell as a “regional model,” and revealed"
        " plans to move the embassy.\n"
    )
    assert _said(text) == [
        ("reported", "Ivo Marsh", "Tarn to act for a deal"),
        ("direct", "Ivo Marsh", "regional model,"),
    ]


def test_a_coup_s_side_named_by_its_group_noun_speaks() -> None:
    text = "Norland news\n\nThe rebels urged the Council to stop the strikes.\n"
    assert _said(text) == [("reported", "rebels", "the Council to stop the strikes")]


def test_a_verb_before_its_object_s_article_ends_the_subject() -> None:
    text = (
        "Norland news\n\n"
        "The delegates urged the Council to act, saying, “We will defend our homeland.”\n"
    )
    assert _said(text) == [
        ("reported", "delegates", "the Council to act"),
        ("direct", "delegates", "We will defend our homeland."),
    ]


def test_an_adjunct_after_a_leading_but_is_skipped_for_the_subject() -> None:
    text = (
        "Norland news\n\n"
        "But in a swift reaction, the Vell rebels rejected the plan and warned the Council"
        " against any intervention.\n"
    )
    assert _said(text) == [
        ("reported", "Vell rebels", "the Council against any intervention"),
    ]


def test_a_participle_after_but_is_the_main_subject_s() -> None:
    text = (
        "Norland news\n\n"
        "Minister Ivo Marsh reacted to the news, but also expressing hope for a de-escalation"
        " and a return to talks.\n"
    )
    assert _said(text) == [
        ("reported", "Ivo Marsh", "hope for a de-escalation and a return to talks"),
    ]


def test_a_quotation_after_a_wish_to_tell_is_not_said() -> None:
    text = (
        "Norland news\n\n"
        "Ivo Marsh said the talks went well.\n"
        "He has a message he wants to tell the world: “We will not give up the islands.”\n"
    )
    assert _said(text) == [("reported", "Ivo Marsh", "the talks went well")]


def test_an_inverted_subject_is_read_before_a_long_closing_adjunct() -> None:
    text = (
        "Norland news\n\n"
        "“We are clearly strengthening our ties,” announced the foreign minister at the start"
        " of a joint hearing on the budget for next year of the committees on Finance, Trade"
        " and Foreign Affairs.\n\n"
        "Foreign Minister Ivo Marsh indicated that the ministry is considering a new office.\n"
    )
    assert _said(text) == [("direct", "Ivo Marsh", "We are clearly strengthening our ties,")]


def test_a_second_listed_verb_after_but_without_a_comma_is_a_statement_of_its_own() -> None:
    text = (
        "Norland news\n\n"
        "Ivo Marsh spoke on state radio, stating that Norland remained open to talks but"
        " expressed concerns over visas for traders.\n"
    )
    assert _said(text) == [
        ("reported", "Ivo Marsh", "Norland remained open to talks"),
        ("reported", "Ivo Marsh", "concerns over visas for traders"),
    ]


def test_a_quotation_in_a_claimed_clause_without_that_is_direct() -> None:
    text = (
        "Norland news\n\n"
        "The ministry’s spokesperson, Ivo Marsh, said the talks went well.\n"
        "The spokesperson also claimed Norland has shared this information with “friendly"
        " countries.”\n"
    )
    assert _said(text) == [
        ("reported", "Ivo Marsh", "the talks went well"),
        ("direct", "Ivo Marsh", "friendly countries."),
    ]


def test_a_perfect_after_but_joins_the_content_s_perfect() -> None:
    text = (
        "Norland news\n\n"
        "Ivo Marsh stated on Thursday that Norland has not closed the door to talks, but has"
        " urged Vell to take action.\n"
    )
    assert _said(text) == [
        (
            "reported",
            "Ivo Marsh",
            "Norland has not closed the door to talks, but has urged Vell to take action",
        ),
    ]
