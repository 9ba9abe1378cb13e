"""Errors of rounds 674-675 that recur across outlets (stfix154, session 64: classes of error,
not one article's; invented sentences and names)."""

from __future__ import annotations

from tests.unit.statements_said import said as _said

_HEAD = "Norland news\n\nThe trade talks ended on Monday.\n"


def test_an_attribution_after_the_content_may_end_in_a_weekday_and_its_part() -> None:
    text = (
        _HEAD + "Norland and Tarn agreed on Monday to end the war, President Karl Obermann "
        "announced Wednesday evening.\n"
        "Vey returned home on Thursday, Jon Vey said Friday night after the talks.\n"
    )
    assert _said(text) == [
        ("reported", "Karl Obermann", "Norland and Tarn agreed on Monday to end the war"),
        ("reported", "Jon Vey", "Vey returned home on Thursday"),
    ]


def test_a_weekday_and_its_part_before_that_still_open_the_clause_after_that() -> None:
    text = _HEAD + "Karl Obermann said Wednesday evening that the talks had failed.\n"
    assert _said(text) == [("reported", "Karl Obermann", "the talks had failed")]


def test_a_quoted_phrase_in_a_clause_joined_by_and_is_that_clauses_subjects() -> None:
    text = (
        _HEAD + "Karl Obermann hailed Jon Vey as “one of the best” leaders, and Vey called "
        "Obermann Tarn’s “closest friend” ever.\n"
    )
    assert _said(text) == [
        ("direct", "Karl Obermann", "one of the best"),
        ("direct", "Jon Vey", "closest friend"),
    ]


def test_a_list_joined_by_and_before_a_participle_leaves_the_quotation_the_subjects() -> None:
    text = (
        _HEAD + "Karl Obermann met Jon Vey, Ada Lind, and Tarn’s envoys, calling them "
        "Norland’s “closest friends” ever.\n"
    )
    assert _said(text) == [("direct", "Karl Obermann", "closest friends")]


def test_a_quotation_left_open_after_a_closed_one_goes_on_in_the_next_paragraph() -> None:
    text = (
        _HEAD + "“Our path is clear,” Karl Obermann said. “We remain committed to peace with "
        "all our neighbours.\n"
        "Our choices are driven by national priorities, not by alliances.”\n"
        "The talks go on.\n"
    )
    assert _said(text) == [
        ("direct", "Karl Obermann", "Our path is clear,"),
        ("direct", "Karl Obermann", "We remain committed to peace with all our neighbours."),
        (
            "direct",
            "Karl Obermann",
            "Our choices are driven by national priorities, not by alliances.",
        ),
    ]


def test_a_paragraph_after_closed_quotations_holds_no_continuation() -> None:
    text = (
        _HEAD + "“Our path is clear,” Karl Obermann said. “We remain committed to peace.”\n"
        "Our choices are driven by national priorities, not by alliances.\n"
    )
    assert _said(text) == [
        ("direct", "Karl Obermann", "Our path is clear,"),
        ("direct", "Karl Obermann", "We remain committed to peace."),
    ]


def test_a_closing_mark_opening_the_line_after_an_open_quotation_closes_it() -> None:
    text = (
        _HEAD + "Karl Obermann played down the risk, stating, “They will not hurt our economy.\n"
        "” He dismissed the sanctions as an “attempt to put pressure on Norland,” and left.\n"
    )
    assert _said(text) == [
        ("direct", "Karl Obermann", "They will not hurt our economy."),
        ("direct", "Karl Obermann", "attempt to put pressure on Norland,"),
    ]


def test_an_announced_noun_object_ends_at_the_time_after_it() -> None:
    text = (
        _HEAD + "The Finance Ministry announced new sanctions targeting the oil sector "
        "Wednesday, the day after President Karl Obermann confirmed that a meeting was off.\n"
        "The Tarn Finance Ministry announced the sweeping sanctions this week, freezing all "
        "assets of the two firms.\n"
    )
    assert _said(text) == [
        ("reported", "Finance Ministry", "new sanctions targeting the oil sector"),
        ("reported", "Karl Obermann", "a meeting was off"),
        ("reported", "Tarn Finance Ministry", "the sweeping sanctions"),
    ]


def test_an_announced_clause_keeps_its_time() -> None:
    text = (
        _HEAD + "The Finance Ministry announced it would impose sanctions on Wednesday, the "
        "day after the talks.\n"
    )
    assert _said(text) == [
        (
            "reported",
            "Finance Ministry",
            "it would impose sanctions on Wednesday, the day after the talks",
        )
    ]


def test_a_times_of_a_place_is_named_whole() -> None:
    text = (
        _HEAD + "Norland agreed to release the prisoners by Saturday, according to the Times of "
        "Tarn, and others will follow.\n"
        "The talks had failed, the Norland Times said on Monday.\n"
    )
    assert _said(text) == [
        ("reported", "Times of Tarn", "Norland agreed to release the prisoners by Saturday"),
        ("reported", "Norland Times", "The talks had failed"),
    ]


def test_initial_reports_with_no_issuer_speak_as_a_group() -> None:
    text = (
        _HEAD + "Initial reports suggested that Norland will withdraw its troops.\n"
        "Earlier reports by the Tarn Herald said the talks had failed.\n"
    )
    assert _said(text) == [
        ("reported", "Initial reports", "Norland will withdraw its troops"),
        ("reported", "Tarn Herald", "the talks had failed"),
    ]


def test_a_which_clause_with_an_auxiliary_calls_in_its_own_subjects_words() -> None:
    text = (
        _HEAD + "Norland raised its duties, which the Vey administration has called “a "
        "betrayal.”\n"
        "Karl Obermann imposed a 50% tariff on Tarn, calling the measure “fair and just.”\n"
    )
    assert _said(text) == [
        ("direct", "Vey administration", "a betrayal."),
        ("direct", "Karl Obermann", "fair and just."),
    ]


def test_a_speech_released_ahead_is_quoted_though_it_will_be_given_later() -> None:
    text = (
        _HEAD + "Karl Obermann is set to deliver formal remarks on the deal. “This is the day "
        "people have waited for. We have achieved the impossible,” Obermann will say, according "
        "to excerpts of his speech released by the palace.\n"
        "“The momentum now is toward a lasting peace,” he is expected to say. Nobody came.\n"
        "Jon Vey spoke in Tarn.\n"
        "“We will win,” Jon Vey will say at the rally on Friday.\n"
    )
    assert _said(text) == [
        (
            "direct",
            "Karl Obermann",
            "This is the day people have waited for. We have achieved the impossible,",
        ),
        ("direct", "Karl Obermann", "The momentum now is toward a lasting peace,"),
    ]


def test_a_described_group_after_a_state_body_spoke_is_the_organisation_named_before() -> None:
    text = (
        _HEAD + "The toll rose to 300, according to the Tarn health ministry. The Tarn "
        "Liberation Front released the prisoners.\n"
        "However, the militant group says it is still searching for 13 more bodies.\n"
    )
    assert _said(text) == [
        ("reported", "Tarn health ministry", "The toll rose to 300"),
        ("reported", "Tarn Liberation Front", "it is still searching for 13 more bodies"),
    ]


def test_a_company_named_short_is_the_company_named_in_full() -> None:
    text = (
        _HEAD + "Veyco Holdings Ltd, the top buyer of Norland gas, plans to cut imports, a "
        "company spokesman said on Thursday.\n"
        "“Cuts are ongoing,” Veyco told Reuters.\n"
    )
    assert _said(text) == [
        (
            "reported",
            "company spokesman",
            "Veyco Holdings Ltd, the top buyer of Norland gas, plans to cut imports",
        ),
        ("direct", "Veyco Holdings Ltd", "Cuts are ongoing,"),
    ]


def test_a_person_sharing_a_word_with_a_body_not_a_company_stays_a_person() -> None:
    text = (
        _HEAD + "Karl Vey, head of the Vey Foundation, arrived. “Cuts are ongoing,” Vey told "
        "Reuters.\n"
    )
    assert _said(text) == [("direct", "Karl Vey", "Cuts are ongoing,")]


def test_senior_figures_are_persons_speaking_but_official_figures_are_numbers() -> None:
    text = (
        _HEAD + "The talks hit a roadblock during a call between the two ministers, according "
        "to senior figures on both sides.\n"
        "Unemployment rose to 7%, according to official figures.\n"
    )
    assert _said(text) == [
        (
            "reported",
            "senior figures",
            "The talks hit a roadblock during a call between the two ministers",
        )
    ]


def test_a_warning_named_before_that_is_no_content() -> None:
    text = (
        _HEAD + "Karl Obermann dismissed the sanctions, adding a thinly veiled warning that "
        "prices could rise.\n"
        "Jon Vey reiterated his warning that the talks would fail.\n"
        "Ada Lind announced a decision that taxes will rise.\n"
    )
    assert _said(text) == [
        ("reported", "Karl Obermann", "prices could rise"),
        ("reported", "Jon Vey", "the talks would fail"),
        ("reported", "Ada Lind", "a decision that taxes will rise"),
    ]
