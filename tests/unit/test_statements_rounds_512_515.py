"""Errors of rounds 512-515 that recur across outlets (stfix101, session 48: classes of error,
not one article's; invented sentences and names)."""

from __future__ import annotations

from tests.unit.statements_said import said as _said


def test_a_characterising_verb_joined_by_but_has_the_first_predicates_subject() -> None:
    text = (
        "Fishing\n\n"
        "Norland’s fisheries minister Ana Berg welcomed the new quotas, but condemned the "
        "ban on trawling as “short-sighted”.\n"
    )
    assert _said(text) == [("direct", "Ana Berg", "short-sighted")]


def test_single_marks_after_a_characterising_verb_quote_beside_double_ones() -> None:
    text = (
        "Tariffs\n\n"
        "Calling the new duties ‘unfair’, the Norland Commission said the levies would start "
        "in May.\n"
        "Trade minister Ana Berg called the duties ‘wholly unjustified’, but added that "
        "retaliation “would only hurt consumers”.\n"
    )
    assert _said(text) == [
        ("direct", "Norland Commission", "unfair"),
        ("reported", "Norland Commission", "the levies would start in May"),
        ("direct", "Ana Berg", "wholly unjustified"),
        ("reported", "Ana Berg", "retaliation “would only hurt consumers”"),
    ]


def test_a_country_with_a_ranking_or_described_apposition_speaks() -> None:
    text = (
        "Steel\n\n"
        "Canada, the biggest foreign supplier of steel to Mexico, announced retaliatory "
        "tariffs on its metals.\n"
        "India, the world’s largest steel producer, meanwhile, said it would appeal.\n"
        "Brazil, a major grain exporter, accused Peru of breaking the rules and said it "
        "would take all necessary measures.\n"
    )
    assert _said(text) == [
        ("reported", "Canada", "retaliatory tariffs on its metals"),
        ("reported", "India", "it would appeal"),
        ("reported", "Brazil", "it would take all necessary measures"),
    ]


def test_an_inverted_subject_keeps_the_initialism_its_stops_belong_to() -> None:
    text = (
        "Sanctions\n\n"
        "“The measures take effect today,” said the U.S. Treasury.\n"
        "A U.S. defense official said the base was empty.\n"
        "“All troops have left,” said the senior U.S. security official on condition of "
        "anonymity.\n"
        "The U.S. defense official said the handover would follow.\n"
    )
    assert _said(text) == [
        ("direct", "U.S. Treasury", "The measures take effect today,"),
        ("reported", "U.S. defense official", "the base was empty"),
        ("direct", "senior U.S. security official", "All troops have left,"),
        ("reported", "U.S. defense official", "the handover would follow"),
    ]


def test_a_states_agent_before_a_court_titles_the_name_apposed() -> None:
    text = (
        "Ruling\n\n"
        "Norland's agent at the court, Ana Berg, said: “Norland will abide by the ruling.”\n"
    )
    assert _said(text) == [("direct", "Ana Berg", "Norland will abide by the ruling.")]


def test_the_department_stands_for_a_treasury_named_before() -> None:
    text = (
        "Sanctions\n\n"
        "The U.S. Treasury said it had sanctioned a former army chief.\n"
        "The department said in a statement, “He used soldiers to clear the land”.\n"
    )
    assert _said(text) == [
        ("reported", "U.S. Treasury", "it had sanctioned a former army chief"),
        ("direct", "U.S. Treasury", "He used soldiers to clear the land"),
    ]


def test_a_body_named_by_nationality_and_by_possessive_is_one_speaker() -> None:
    text = (
        "Tariffs\n\n"
        "Mexico will impose duties on steel, the Mexican economy ministry said in a list.\n"
        "Last week Washington said it was moving ahead with the tariffs.\n"
        "Mexico’s economy ministry said on Monday it will start a dispute at the WTO.\n"
    )
    assert _said(text) == [
        ("reported", "Mexican economy ministry", "Mexico will impose duties on steel"),
        ("reported", "Washington", "it was moving ahead with the tariffs"),
        ("reported", "Mexican economy ministry", "it will start a dispute at the WTO"),
    ]


def test_a_statement_spread_by_another_body_is_its_owners() -> None:
    text = (
        "Visas\n\n"
        "Ivan Petrov, the ministry’s spokesman, declared on Saturday that Norland approved a "
        "list.\n"
        "“We did not leave it unanswered,” Petrov’s statement, disseminated by the Ministry of "
        "Foreign Affairs, says.\n"
    )
    assert _said(text) == [
        ("reported", "Ivan Petrov", "Norland approved a list"),
        ("direct", "Ivan Petrov", "We did not leave it unanswered,"),
    ]


def test_a_relative_clause_going_on_after_an_inserted_source_is_the_sources() -> None:
    text = (
        "Sanctions\n\n"
        "The general is in control of the administration of the province, which, according "
        "to Washington, allegedly took part in the killings.\n"
    )
    assert _said(text) == [
        ("reported", "Washington", "allegedly took part in the killings"),
    ]


def test_a_counted_group_after_an_opening_conjunction_speaks() -> None:
    text = (
        "Whales\n\n"
        "Pro-whaling countries walked out of the meeting.\n"
        "But a number of nations pledged new funding for research on dolphins.\n"
    )
    assert _said(text) == [("reported", "nations", "new funding for research on dolphins")]


def test_a_participle_taking_the_occasion_speaks_for_the_main_subject() -> None:
    text = (
        "Pole\n\n"
        "President Ana Berg of Norland became the first leader to reach the pole, using the "
        "occasion to reiterate Norland’s claim to the ice shelf.\n"
    )
    assert _said(text) == [("reported", "Ana Berg", "Norland’s claim to the ice shelf")]
