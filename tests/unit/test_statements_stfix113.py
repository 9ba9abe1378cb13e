"""Error classes of held-out rounds 592-593 and of the last session's residue that recur
across outlets (stfix113, session 54: classes of error, not one article's; invented sentences
and names)."""

from __future__ import annotations

from diplotui.statements import find_statements
from tests.unit.statements_said import said as _said


def test_a_movement_named_with_a_lowercase_noun_speaks_under_that_name() -> None:
    text = (
        "Budget\n\n"
        "However, the Green Dawn 88 movement remains sceptical of the budget.\n"
        "In a statement on Monday, the youth-led movement urged vigilance, saying “the money"
        " must reach the schools”.\n"
        "Meanwhile, the ruling ABC party defended the plan.\n"
        "The party said the budget was fair.\n"
    )
    assert _said(text) == [
        ("reported", "Green Dawn 88 movement", "vigilance"),
        ("direct", "Green Dawn 88 movement", "the money must reach the schools"),
        ("reported", "ABC party", "the budget was fair"),
    ]


def test_a_monarchs_regnal_number_is_part_of_the_name() -> None:
    text = (
        "Reforms\n\n"
        "King Tomas VI of Norland said the reforms would speed up.\n"
        "The King said, “We expect a faster pace.”\n"
        "Pope Marek XVII said peace was near.\n"
    )
    assert _said(text) == [
        ("reported", "Tomas VI", "the reforms would speed up"),
        ("direct", "Tomas VI", "We expect a faster pace."),
        ("reported", "Marek XVII", "peace was near"),
    ]


def test_a_day_between_called_and_its_particle_leaves_the_call() -> None:
    text = (
        "Reforms\n\n"
        "Prime Minister Ivo Marsh called on Friday, October 10, for faster reforms in the"
        " regions.\n"
        "Foreign Minister Ana Roca called on Monday on the parties to return to talks.\n"
    )
    assert _said(text) == [
        ("reported", "Ivo Marsh", "faster reforms in the regions"),
        ("reported", "Ana Roca", "the parties to return to talks"),
    ]


def test_a_summary_line_above_its_headline_is_headline_matter() -> None:
    text = (
        "President Ivo Marsh has rejected any change to the river treaty, warning that Norland"
        " will not give up its water rights.\n"
        "Marsh Rejects Change to River Treaty\n"
        "\n"
        "President Ivo Marsh has firmly rejected any change to the river treaty, warning that"
        " the country will not give up its historic water rights.\n"
    )
    assert _said(text) == [
        ("reported", "Ivo Marsh", "the country will not give up its historic water rights")
    ]


def test_a_lede_above_a_photo_credit_is_still_body() -> None:
    text = (
        "The Norland Defence Ministry said a reconnaissance plane from Asteria briefly violated"
        " its airspace near the northern islands on Monday morning.\n"
        "Ana Roca|Moment|Getty Images\n"
        "A senior government spokesman said on Tuesday that the violation was unacceptable.\n"
    )
    assert [statement[2] for statement in _said(text)] == [
        "a reconnaissance plane from Asteria briefly violated its airspace near the northern"
        " islands on Monday morning",
        "the violation was unacceptable",
    ]


def test_the_monarch_is_the_king_named_before() -> None:
    text = (
        "Speech\n\n"
        "King Tomas VI of Morocco said the plan works. The Moroccan monarch emphasized"
        " “giving special attention to the poorest regions.”\n"
    )
    assert _said(text) == [
        ("reported", "Tomas VI", "the plan works"),
        ("direct", "Tomas VI", "giving special attention to the poorest regions."),
    ]


def test_an_opening_in_a_statement_without_its_comma_leaves_the_subject_after_it() -> None:
    text = (
        "Dam\n\n"
        "In a highly critical statement the Norland Ministry of Water has accused Asteria of"
        " intensifying “its hostile rhetoric against Norland.”\n"
        "In its statement the ministry said the dam would be finished.\n"
    )
    assert _said(text) == [
        ("direct", "Norland Ministry of Water", "its hostile rhetoric against Norland."),
        ("reported", "Norland Ministry of Water", "the dam would be finished"),
    ]


def test_a_stance_restated_with_its_topic_only_is_no_statement() -> None:
    text = (
        "Dam\n\n"
        "Norland and Tarn have reaffirmed their joint stance on the Grand River Dam (GRD),"
        " accusing Asteria of breaching the law.\n"
        "Norland reiterated its firm stance on rejecting any claims arising from the ruling.\n"
        "Tarn reaffirmed its position on the dam that no deal is possible.\n"
    )
    assert _said(text) == [
        ("reported", "Norland", "its firm stance on rejecting any claims arising from the ruling"),
        ("reported", "Tarn", "its position on the dam that no deal is possible"),
    ]


def test_he_said_after_a_person_praising_is_that_person() -> None:
    text = (
        "Plan\n\n"
        "US envoy Tom Barr said the plan was fair.\n"
        "NATO chief Mark Rutte praised the US effort “to break the deadlock,” he said.\n"
    )
    assert _said(text) == [
        ("reported", "Tom Barr", "the plan was fair"),
        (
            "reported",
            "Mark Rutte",
            "NATO chief Mark Rutte praised the US effort “to break the deadlock,”",
        ),
    ]


def test_a_framework_named_as_a_faiths_bloc_speaks_as_an_organisation() -> None:
    text = (
        "Vote\n\n"
        "On Monday, the ruling Shiite Coordination Framework announced it would back Ivo Marsh"
        " for prime minister.\n"
    )
    assert _said(text) == [
        (
            "reported",
            "Shiite Coordination Framework",
            "it would back Ivo Marsh for prime minister",
        )
    ]


def test_spaced_initials_name_the_country() -> None:
    text = (
        "Drones\n\n"
        "U. S. officials said Norland had supplied drones.\n"
        "The U. S. said it would act.\n"
    )
    assert _said(text) == [
        ("reported", "U. S. officials", "Norland had supplied drones"),
        ("reported", "U. S.", "it would act"),
    ]


def test_a_capitalised_role_noun_opening_a_name_is_the_title() -> None:
    text = (
        "Vote\n\n"
        "Cleric Ivo Marsh said the vote was fair.\n"
        "Activist Ana Roca said the vote was rigged.\n"
        "The cleric later said he would accept the result.\n"
    )
    assert _said(text) == [
        ("reported", "Ivo Marsh", "the vote was fair"),
        ("reported", "Ana Roca", "the vote was rigged"),
        ("reported", "Ivo Marsh", "he would accept the result"),
    ]


def test_an_unnamed_source_of_a_ministry_carries_that_ministry() -> None:
    statements = find_statements(
        "Visas\n\nA Russian foreign ministry source said the visa would be refused.\n"
    )
    assert [(s.speaker, s.organisation, s.text) for s in statements] == [
        ("Russian foreign ministry source", "Russian foreign ministry", "the visa would be refused")
    ]


def test_an_addressee_named_in_several_words_is_no_part_of_the_words_told() -> None:
    text = "Budget\n\nProfessor Ivo Marsh told Middle East Eye the budget must be considered.\n"
    assert _said(text) == [("reported", "Ivo Marsh", "the budget must be considered")]


def test_a_quoted_clause_going_on_with_and_to_is_one_reported_statement() -> None:
    text = (
        "Talks\n\n"
        'Prime Minister Ivo Marsh reaffirmed that "dialogue is the only way to address the'
        ' issues" and to "accelerate the reforms," aiming to achieve "the common ambition."\n'
    )
    assert _said(text) == [
        (
            "reported",
            "Ivo Marsh",
            '"dialogue is the only way to address the issues" and to "accelerate the reforms,"'
            ' aiming to achieve "the common ambition."',
        )
    ]
