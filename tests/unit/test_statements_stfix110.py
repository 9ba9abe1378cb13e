"""Error classes of held-out rounds 576-579 that recur across outlets (stfix110, session 53:
classes of error, not one article's; invented sentences and names)."""

from __future__ import annotations

from tests.unit.statements_said import said as _said


def test_charities_speak_as_a_group_under_their_modifiers() -> None:
    text = (
        "Quota\n\n"
        "The Norland quota plan was unveiled on Monday.\n"
        "However, Aster-based and international charities say the plan ignores the causes.\n"
    )
    assert _said(text) == [
        ("reported", "Aster-based and international charities", "the plan ignores the causes"),
    ]


def test_a_quotation_runs_on_over_a_long_line_of_links_and_a_caption() -> None:
    text = (
        "Ruling\n\n"
        "Home Secretary Ana Vell has issued a response after the ruling.\n\n"
        "Ms Vell fumed: “Last minute attempts are intolerable, and I will fight them.\n\n"
        "READ MORE: Van with a picture of Ivo Marsh and Tom Reed stopped by police in Tarn"
        "READ MORE: Former councillor, 28, charged over ‘honeytrap’ messages to members\n\n"
        "The two countries are trialling a new return deal(Image: Getty Images)\n\n"
        "“Migrants deciding on the eve of their removal that they are victims mock our laws.\n\n"
        "“I will defend the public in any court.”\n"
    )
    assert _said(text) == [
        ("direct", "Ana Vell", "Last minute attempts are intolerable, and I will fight them."),
        (
            "direct",
            "Ana Vell",
            "Migrants deciding on the eve of their removal that they are victims mock our laws.",
        ),
        ("direct", "Ana Vell", "I will defend the public in any court."),
    ]


def test_a_participle_attribution_after_an_aside_closed_by_an_unspaced_dash() -> None:
    text = (
        "Talks\n\n"
        "Prime Minister Ana Vell met editors on Friday.\n"
        "She has no plan to meet the three leaders—Oren, Dask, and Marl—saying the young "
        "want new faces.\n"
    )
    assert _said(text) == [("reported", "Ana Vell", "the young want new faces")]


def test_a_participle_aside_on_the_reported_clauses_subject_stays_inside_the_clause() -> None:
    text = (
        "Plan\n\n"
        "The talks ended on Friday.\n"
        "Ivo Marsh said the plan, proposing a ceded valley as the price of peace, had been "
        "sent to him by Norland officials.\n"
    )
    assert _said(text) == [
        (
            "reported",
            "Ivo Marsh",
            "the plan, proposing a ceded valley as the price of peace, had been sent to him by "
            "Norland officials",
        ),
    ]


def test_a_headline_inside_the_text_ending_in_single_quoted_words_is_no_body() -> None:
    text = (
        "Live\n\n"
        "Ivo Marsh met Tom Reed in Aster on Friday.\n"
        "Key events\n"
        "Marsh claims Reed told him 2020 vote ‘was rigged’\n"
        "“We had a very good meeting,” Marsh said.\n"
    )
    assert _said(text) == [("direct", "Ivo Marsh", "We had a very good meeting,")]


def test_a_person_described_with_the_definite_article_and_a_relative_clause_still_speaks() -> None:
    text = (
        "Vote\n\n"
        "Ivo Marsh claimed on Friday that Tom Reed, the Norland autocrat who has jailed, exiled "
        "and silenced rivals, told him at their meeting that the vote “was rigged” by post.\n"
    )
    assert _said(text) == [("reported", "Tom Reed", "the vote “was rigged” by post")]


def test_a_short_last_paragraph_cut_off_in_its_second_sentence_is_body() -> None:
    text = (
        "Summit\n\n"
        "Ivo Marsh will meet Tom Reed in Aster on Friday.\n\n"
        "Marsh has offered shifting goals. He described it as a “feel-out meeting” but has "
    )
    assert _said(text) == [("direct", "Ivo Marsh", "feel-out meeting")]


def test_words_quoted_after_spoke_of_are_the_speakers() -> None:
    text = (
        "Talks\n\n"
        "Ivo Marsh met Tom Reed in Aster for three hours. Both sides spoke of “progress,” but "
        "neither offered specifics.\n"
    )
    assert _said(text) == [("direct", "sides", "progress,")]


def test_a_quotation_closing_a_participle_aside_is_the_subjects_and_so_is_the_verb_after() -> None:
    text = (
        "Talks\n\n"
        "The talks ended on Friday. Ivo Marsh, echoing his line that “there is no deal until "
        "there is a deal,” said he would meet Tom Reed soon.\n"
    )
    assert _said(text) == [
        ("direct", "Ivo Marsh", "there is no deal until there is a deal,"),
        ("reported", "Ivo Marsh", "he would meet Tom Reed soon"),
    ]


def test_words_quoted_in_a_clause_claim_governs_without_that_are_the_claimants() -> None:
    text = (
        "Plan\n\n"
        "The Norland plan was unveiled on Monday.\n"
        "Critics claim the plan is “a drop in the ocean” and fails to address the causes.\n"
    )
    assert _said(text) == [("direct", "Critics", "a drop in the ocean")]


def test_a_group_before_who_keeps_its_modifiers_joined_by_and() -> None:
    text = (
        "Plan\n\n"
        "The Norland plan was criticised by leading refugee and human rights organisations, "
        "who said the plan fails to address the causes.\n"
    )
    assert _said(text) == [
        (
            "reported",
            "leading refugee and human rights organisations",
            "the plan fails to address the causes",
        )
    ]


def test_according_to_two_outlets_reports_is_both_outlets_statement() -> None:
    text = (
        "Plan\n\n"
        "The talks ended on Friday. According to Kyodo and Reuters reports, Ivo Marsh "
        "told Tom Reed that he now favored the plan.\n"
    )
    assert _said(text) == [
        (
            "reported",
            "Kyodo and Reuters",
            "Ivo Marsh told Tom Reed that he now favored the plan",
        )
    ]


def test_a_national_red_cross_or_red_crescent_society_is_named_with_its_nationality() -> None:
    text = (
        "Aid\n\n"
        "The Palestinian Red Crescent said that two medics were killed.\n"
        "The British Red Cross warned that the quotas would not reduce the flow.\n"
    )
    assert _said(text) == [
        ("reported", "Palestinian Red Crescent", "two medics were killed"),
        ("reported", "British Red Cross", "the quotas would not reduce the flow"),
    ]


def test_the_statement_a_listed_group_spoke_in_after_its_issue_date_is_theirs_later() -> None:
    text = (
        "Talks\n\n"
        "In a joint statement issued early Saturday, leaders including Ivo Marsh, Tom Reed, and "
        "Ana Vell said they were briefed by Rui Dask.\n"
        "Marsh and Reed met in Tarn for three hours. The joint statement also said the coalition "
        "is ready to help.\n"
    )
    assert _said(text) == [
        ("reported", "leaders", "they were briefed by Rui Dask"),
        ("reported", "leaders", "the coalition is ready to help"),
    ]
