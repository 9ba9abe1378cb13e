"""Errors of rounds 428-439 that recur across outlets (stfix83, session 45: classes of error,
not one article's; invented sentences and names)."""

from __future__ import annotations

from tests.unit.statements_said import said as _said


def test_activists_campaigners_politicians_and_embassies_are_groups_that_speak() -> None:
    text = (
        "Bill\n\n"
        "According to activists, the law will curb the press. Envoys and several Western"
        " embassies criticised the bill, saying it would hurt aid. Farmers and campaigners say"
        " the plan is weak, while politicians say it came too late.\n"
    )
    assert _said(text) == [
        ("reported", "activists", "the law will curb the press"),
        ("reported", "Envoys and several Western embassies", "it would hurt aid"),
        ("reported", "Farmers and campaigners", "the plan is weak"),
        ("reported", "politicians", "it came too late"),
    ]


def test_a_name_s_post_nominal_letters_without_a_closing_comma_are_not_the_subject() -> None:
    text = (
        "Visit\n\n"
        "Governor of Ondo State, Professor Ade Koro, CFR has urged the consul to partner the"
        " state. Lawmaker Ayo Bello, MP said the talks went well.\n"
    )
    assert _said(text) == [
        ("reported", "Ade Koro", "the consul to partner the state"),
        ("reported", "Ayo Bello", "the talks went well"),
    ]


def test_according_to_a_pronoun_without_a_comma_opens_its_content() -> None:
    text = (
        "Funds\n\n"
        "Spokesman Ade Koro spoke in Abuja on Saturday.\n\n"
        "According to him the two governments will sign the deal next week.\n\n"
        "Minister Ada Bello spoke too. According to her the funds are safe.\n"
    )
    assert _said(text) == [
        ("reported", "Ade Koro", "the two governments will sign the deal next week"),
        ("reported", "Ada Bello", "the funds are safe"),
    ]


def test_a_group_an_outlet_cites_as_saying_speaks_not_the_name_its_complement_ends_in() -> None:
    text = (
        "Cleric\n\n"
        "Grand Ayatollah Ali Hosseini met the envoy. Reuters cited officials close to Hosseini"
        " as saying that the cleric has refused talks. “The door is shut,” the agency quoted"
        " senior Western diplomats as saying.\n"
    )
    assert _said(text) == [
        ("reported", "officials", "the cleric has refused talks"),
        ("direct", "senior Western diplomats", "The door is shut,"),
    ]


def test_bullets_opening_the_text_under_a_headline_are_its_summary_not_statements() -> None:
    summary = (
        "- Customs have seized 9,000 kilograms of scales, according to TRAFFIC.\n"
        "- The origin of the scales is unknown, officials say.\n"
        "Customs officers seized the scales at the airport on Monday.\n"
        "The boxes were bound for Hong Kong, Director Ali Osman said.\n"
    )
    assert _said(summary) == [("reported", "Ali Osman", "The boxes were bound for Hong Kong")]
    assert _said("Seizure at the airport\n" + summary) == _said(summary)
    body = (
        "Seizure. “It was big,” Director Ali Osman told reporters on Monday.\n"
        "- The origin of the scales is unknown, officials say.\n"
        "The boxes were bound for Hong Kong.\n"
    )
    assert ("reported", "officials", "The origin of the scales is unknown") in _said(body)


def test_an_absolute_participle_s_subject_with_an_aside_or_a_day_after_it_speaks() -> None:
    apposed = (
        "Donors\n\n"
        "Pressure is growing on donors, with Ade Koro, the country's leader, calling for a"
        " clear plan.\n"
    )
    assert _said(apposed) == [("reported", "Ade Koro", "a clear plan")]
    timed = "Talks\n\nTalks resumed, with the UN chief on Thursday urging restraint.\n"
    assert _said(timed) == [("reported", "UN chief", "restraint")]


def test_a_relative_aside_after_according_to_x_is_about_x_not_its_words() -> None:
    text = (
        "Pandas\n\n"
        "According to WWF, which works in the field of conservation, the pandas are healthy."
        " According to the Zoo Trust, which runs the park o\n"
    )
    assert _said(text) == [("reported", "WWF", "the pandas are healthy")]


def test_a_quoted_phrase_before_a_perfect_predicate_joined_by_and_is_its_subject_s() -> None:
    text = (
        "Rerun\n\n"
        'Senator Ion Simion had slammed the EU\'s "absurd policies" and had pledged to cut'
        " aid to the region.\n"
    )
    assert _said(text) == [
        ("direct", "Ion Simion", "absurd policies"),
        ("reported", "Ion Simion", "to cut aid to the region"),
    ]


def test_a_time_after_an_apposed_title_and_name_s_verb_is_no_content() -> None:
    text = (
        "Workers\n\n"
        "A deal will be signed tomorrow, the monitoring MP for the Bureau of Labour, Ade Koro,"
        " said today. Talks went well, the envoy, Ali Osman, said last week.\n"
    )
    assert _said(text) == [
        ("reported", "Ade Koro", "A deal will be signed tomorrow"),
        ("reported", "Ali Osman", "Talks went well"),
    ]


def test_late_or_early_before_a_day_closing_an_attribution_is_a_time() -> None:
    text = (
        "Bronzes\n\n"
        "The museum has returned two bronzes, authorities in the west African nation said late"
        " on Monday. The talks will resume, officials said early Tuesday. The minister said"
        " late payments were a problem.\n"
    )
    assert _said(text) == [
        ("reported", "authorities", "The museum has returned two bronzes"),
        ("reported", "officials", "The talks will resume"),
        ("reported", "minister", "late payments were a problem"),
    ]


def test_an_inverted_speaker_s_role_and_the_place_it_serves_close_the_attribution() -> None:
    text = (
        "Legacy\n\n"
        "The government is working to keep the site safe, said Aman Bekov, Kazakhstan’s"
        " ambassador to the United States.\n"
    )
    assert _said(text) == [
        ("reported", "Aman Bekov", "The government is working to keep the site safe")
    ]


def test_a_participle_after_a_statement_issued_on_a_dated_day_is_the_issuers() -> None:
    text = (
        "Treaty\n\n"
        "Foreign ministers from 59 countries issued a statement on 20 September 2006 calling on"
        " all states to ratify the treaty.\n"
    )
    assert _said(text) == [("reported", "Foreign ministers", "all states to ratify the treaty")]
