"""Classes of error found on rounds 612-613 (issue 17, stfix123): each recurs in other outlets'
text, shown here on invented sentences and names."""

from __future__ import annotations

from diplotui.statements import find_statements


def _said(text: str) -> list[tuple[str, str]]:
    return [(s.speaker, s.text) for s in find_statements("Norland news\n\n" + text + "\n")]


def test_students_speak_as_a_group() -> None:
    text = (
        "The rector met the dean on Monday. “We will not give up,” the students said. "
        "The march went on. The police were slow to come, the students stated."
    )
    assert _said(text) == [
        ("students", "We will not give up,"),
        ("students", "The police were slow to come"),
    ]


def test_a_second_predicate_after_its_own_adjunct_is_the_subjects() -> None:
    text = (
        "President Ana Lindqvist appeared at the fair and in a radio interview declared that "
        "the farmers had won."
    )
    assert _said(text) == [("Ana Lindqvist", "the farmers had won")]


def test_a_bare_attribution_paragraph_overrides_the_speaker_carried_over() -> None:
    text = (
        "The ministry stated that the port will stay shut.\n\n"
        "“We speak for the whole region on this.”\n\n"
        "Dahl said.\n\n"
        "The port reopens in May."
    )
    assert _said(text) == [
        ("ministry", "the port will stay shut"),
        ("Dahl", "We speak for the whole region on this."),
    ]


def test_a_second_according_to_after_a_semicolon_is_its_sources() -> None:
    text = (
        "According to the police, about 9,000 people marched; according to the organisers, "
        "there were 40,000 in the square."
    )
    assert _said(text) == [
        ("police", "about 9,000 people marched"),
        ("organisers", "there were 40,000 in the square"),
    ]


def test_an_ahead_of_opening_is_no_subject_before_a_colon_and_quotation() -> None:
    text = (
        "President Ana Lindqvist closed the border. Ahead of the vote, the president had "
        "taken a firm line: “The streets will not decide,” she declared."
    )
    assert _said(text) == [("Ana Lindqvist", "The streets will not decide,")]


def test_an_evaluative_adjective_before_a_role_still_names_its_holder() -> None:
    text = (
        "President Ana Lindqvist closed the border. The authoritarian Norlandic president said "
        "that the streets will not decide."
    )
    assert _said(text) == [("Ana Lindqvist", "the streets will not decide")]


def test_another_speakers_quotation_after_a_contrast_ends_the_first_statement() -> None:
    text = (
        "The minister said the talks went well, while the opposition stressed that "
        "“nothing has changed.”"
    )
    assert _said(text) == [
        ("minister", "the talks went well"),
        ("opposition", "nothing has changed."),
    ]


def test_another_speakers_clause_after_a_colon_is_its_own() -> None:
    text = (
        "The unions reiterated their demand for higher wages: the ministry stressed that the "
        "budget had no room for it."
    )
    assert _said(text) == [
        ("unions", "their demand for higher wages"),
        ("ministry", "the budget had no room for it"),
    ]


def test_an_object_naming_only_claims_is_no_statement() -> None:
    text = (
        "The opposition parties reiterated the same claims: the ministry stressed that the "
        "count had been fair."
    )
    assert _said(text) == [("ministry", "the count had been fair")]


def test_a_party_is_named_by_its_name_before_a_bracketed_foreign_acronym() -> None:
    text = "Unity and Renewal (SOE) stressed that the count had been rigged."
    assert _said(text) == [("Unity and Renewal", "the count had been rigged")]


def test_a_second_predicate_quoting_after_that_is_the_same_speakers() -> None:
    text = (
        "Prime Minister Ana Lindqvist spoke on Thursday.\n"
        "She affirmed that “Norland will never be divided,” and promised that “those who "
        "harmed our people will pay.”"
    )
    assert _said(text) == [
        ("Ana Lindqvist", "Norland will never be divided,"),
        ("Ana Lindqvist", "those who harmed our people will pay."),
    ]


def test_a_quotation_an_unlisted_verb_takes_before_the_speakers_own_relative_is_direct() -> None:
    text = (
        "Prime Minister Ana Lindqvist spoke on Thursday.\n"
        "Lindqvist praised “the patient mediation by her neighbours,” which she said spared "
        "the region a war."
    )
    assert _said(text) == [
        ("Ana Lindqvist", "the patient mediation by her neighbours,"),
        ("Ana Lindqvist", "spared the region a war"),
    ]


def test_a_title_case_headlines_word_after_a_name_is_no_part_of_it() -> None:
    text = (
        "President Ahmad al-Tamimi spoke on Thursday.\n"
        "-\n"
        "Will Lindqvist and Al-Tamimi Meet in Oslo? Newspaper Reveals the Details\n"
        "-\n"
        "Al-Tamimi said that the war was over."
    )
    assert [s.speaker for s in find_statements("Norland news\n\n" + text + "\n")] == [
        "Ahmad al-Tamimi"
    ]


def test_a_title_case_headlines_verb_before_a_name_is_no_given_name() -> None:
    text = (
        "President Ahmad al-Tamimi spoke on Thursday.\n"
        "-\n"
        "Northern Airstrikes Near Presidential Palace to Warn al-Tamimi Over Targeting Farms\n"
        "-\n"
        "Al-Tamimi said that the war was over."
    )
    assert [s.speaker for s in find_statements("Norland news\n\n" + text + "\n")] == [
        "Ahmad al-Tamimi"
    ]


def test_an_aside_describing_an_according_to_source_is_not_its_content() -> None:
    text = (
        "According to Nordbladet, a local news portal from Oslo, two students were hurt. "
        "According to 112, a local media portal, the police came late."
    )
    assert _said(text) == [
        ("Nordbladet", "two students were hurt"),
        ("112", "the police came late"),
    ]


def test_a_name_and_a_titled_person_are_two_speakers_not_a_body() -> None:
    text = (
        "President Ola Vukovac spoke. Later Vukovac and Parliament Speaker Ana Kostić said "
        "that the demands would be met."
    )
    assert _said(text) == [("Ola Vukovac and Ana Kostić", "the demands would be met")]


def test_they_after_an_events_hosts_are_the_hosts() -> None:
    text = (
        "President Ola Dahlberg met Prime Minister Per Lindqvist. Hours later came a press "
        "conference by Dahlberg, Lindqvist and Ana Brunvoll in which they said that the "
        "demands would be met."
    )
    assert _said(text) == [
        ("Ola Dahlberg, Per Lindqvist and Ana Brunvoll", "the demands would be met")
    ]


def test_early_or_late_on_a_weekday_before_that_is_no_content() -> None:
    text = "President Ana Lindqvist announced early Thursday that the border would reopen."
    assert _said(text) == [("Ana Lindqvist", "the border would reopen")]
