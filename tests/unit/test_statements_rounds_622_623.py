"""Classes of error found on held-out rounds 622-623 (stfix129, session 58): each test an
invented sentence showing the class, asserting the span and the speaker a user sees."""

from __future__ import annotations

from diplotui.statements import find_statements


def _said(text: str) -> list[tuple[str, str]]:
    return [(s.speaker, s.text) for s in find_statements("Norland news\n\n" + text + "\n")]


def test_a_clause_before_a_mid_sentence_source_is_the_sources_not_the_phrase_after() -> None:
    text = (
        "More than 300 people were killed, according to the Norland Centre for Human Rights,"
        " in a valley where troops were accused of executions."
    )
    assert _said(text) == [("Norland Centre for Human Rights", "More than 300 people were killed")]


def test_a_monitor_named_with_its_kind_after_its_name_is_the_organisation() -> None:
    text = (
        "Troops have killed at least 900 civilians since Monday, according to the Norland"
        " Centre for Human Rights war monitor."
    )
    assert _said(text) == [
        (
            "Norland Centre for Human Rights",
            "Troops have killed at least 900 civilians since Monday",
        )
    ]


def test_a_watchdog_described_after_a_body_spoke_is_that_body() -> None:
    text = (
        "The Maritime Safety Bureau sent an alert, warning of a heightened piracy risk. The"
        " regional maritime watchdog has said the strait has seen a surge in attacks."
    )
    assert _said(text) == [
        ("Maritime Safety Bureau", "a heightened piracy risk"),
        ("Maritime Safety Bureau", "the strait has seen a surge in attacks"),
    ]


def test_an_unnamed_monitor_placed_by_its_seat_is_that_monitor() -> None:
    text = "A UK-based monitor said that 800 civilians were killed on the coast."
    assert _said(text) == [("UK-based monitor", "800 civilians were killed on the coast")]


def test_a_quotation_said_by_a_lawyer_titled_atty_is_the_lawyers() -> None:
    text = (
        "“How can it be a kidnapping with a warrant?” said Press Officer Atty. Ana Reyes"
        " on Wednesday, highlighting that the arrest was lawful."
    )
    assert _said(text) == [
        ("Ana Reyes", "How can it be a kidnapping with a warrant?"),
        ("Ana Reyes", "the arrest was lawful"),
    ]


def test_an_office_owned_with_a_bare_mark_after_a_name_in_s_is_the_office() -> None:
    text = "The envoy was detained at the airport, President James Harris’ office said."
    assert _said(text) == [
        ("President James Harris’ office", "The envoy was detained at the airport")
    ]


def test_a_leaders_administration_arguing_in_a_participle_is_the_administration() -> None:
    text = (
        "Former President Jon Reyes was arrested on Tuesday. The Reyes administration moved to"
        " halt the inquiry in 2021 by arguing that local courts were working."
    )
    assert _said(text) == [("Reyes administration", "local courts were working")]


def test_a_reported_clause_ends_before_an_unlisted_participle_that_quotes_on_its_own() -> None:
    text = (
        "Vice President Ana Reyes spoke on Monday. She also suggested that the arrest was"
        " politically motivated, claiming, “They fear losing the elections.”"
    )
    assert _said(text) == [
        ("Ana Reyes", "the arrest was politically motivated"),
        ("Ana Reyes", "They fear losing the elections."),
    ]


def test_a_reported_clause_ends_before_promising_that() -> None:
    text = (
        "Leader Ana Reyes spoke on Monday. She emphasized that no one would be above the law,"
        " promising that the guilty would face justice."
    )
    assert _said(text) == [("Ana Reyes", "no one would be above the law")]


def test_a_vow_opens_at_its_infinitive_not_after_a_relative_that_further_on() -> None:
    text = (
        "Leader Ana Reyes has vowed to hold those responsible accountable after days of clashes"
        " that left many civilians dead."
    )
    assert _said(text) == [
        (
            "Ana Reyes",
            "to hold those responsible accountable after days of clashes that left many"
            " civilians dead",
        )
    ]


def test_the_report_a_sentence_gives_to_an_unnamed_body_is_not_the_last_speakers() -> None:
    text = (
        "Hundreds were killed, according to the Norland Centre for Human Rights. No evidence"
        " was presented in the committee’s report that generals ordered the attacks, according"
        " to the report."
    )
    assert _said(text) == [("Norland Centre for Human Rights", "Hundreds were killed")]


def test_information_gathered_by_a_body_is_the_bodys() -> None:
    text = (
        "Over 100 civilians were killed in the port on March 8, according to information"
        " gathered by the Norland Centre for Human Rights."
    )
    assert _said(text) == [
        ("Norland Centre for Human Rights", "Over 100 civilians were killed in the port on March 8")
    ]


def test_the_judge_is_the_judge_named_before() -> None:
    text = (
        "Presiding Judge Ana Reyes allowed the defendant to attend by video. The ICC judge said"
        " the request to delay the hearing was rejected."
    )
    assert _said(text) == [("Ana Reyes", "the request to delay the hearing was rejected")]


def test_the_judge_is_no_president_who_spoke_before() -> None:
    text = (
        "Interim President Jon Vela stated that the embassy will be entered. A court issued a"
        " warrant on Friday. The judge cited a “palpable” risk of flight."
    )
    assert _said(text) == [("Jon Vela", "the embassy will be entered"), ("judge", "palpable")]


def test_who_after_an_infinitives_object_is_the_person_before_the_infinitive() -> None:
    text = (
        "Judge Ana Reyes presided. The defence lawyer Jon Vela was in the courtroom. Reyes"
        " allowed Vela to present a manifestation, who said the transfer was unlawful. He said"
        " his client was ill."
    )
    assert _said(text) == [
        ("Jon Vela", "the transfer was unlawful"),
        ("Jon Vela", "his client was ill"),
    ]


def test_a_group_of_modified_nouns_saying_a_contact_clause_is_the_groups() -> None:
    text = (
        "Vela withdrew the country from the treaty in 2019 in a move human rights activists say"
        " was aimed at escaping accountability."
    )
    assert _said(text) == [("human rights activists", "was aimed at escaping accountability")]
