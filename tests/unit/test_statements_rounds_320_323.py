"""Errors of rounds 320-323 that recur across outlets (stfix52, session 37: classes of error,
not one article's; invented sentences and names)."""

from __future__ import annotations

from diplotui.entities import recognise
from diplotui.statements import find_statements
from tests.unit.statements_said import said as _said


def _speakers(text: str) -> list[str]:
    return [s.speaker for s in find_statements(text)]


def _found(text: str) -> list[tuple[str, str]]:
    return [(span.type, span.text) for span in recognise(text)]


def test_a_given_name_that_is_a_title_starts_a_name_with_nothing_before_it() -> None:
    spans = _found("A call between Amir Rahim Zadran and Ivo Marsh took place.")
    assert ("PERSON", "Amir Rahim Zadran") in spans and ("ROLE", "Amir") not in spans
    spans = _found("Norland News – Amir Rahim Zadran met the envoy.")
    assert ("PERSON", "Amir Rahim Zadran") in spans
    spans = _found("He met the Amir Hamid Zadran, then Amir al-Muminin Hamid Zadran spoke.")
    assert spans.count(("ROLE", "Amir")) == 2 and ("PERSON", "Amir Hamid Zadran") not in spans
    assert ("ROLE", "Amir") in _found("Norland’s Amir Hamid Zadran met the envoy.")
    text = "Norland news\n\nAmir Rahim Zadran said the talks were useful.\n"
    assert _speakers(text) == ["Amir Rahim Zadran"]


def test_an_organisations_head_noun_names_it_again() -> None:
    text = (
        "Norland news\n\n"
        "The East African Community (EAC) said the vote was invalid.\n\n"
        "The Community also stressed that talks must go on.\n\n"
        "EAC expressed concern over the vote. “We stand with Tarn,” the group said.\n"
    )
    assert _speakers(text) == ["East African Community"] * 4


def test_the_group_is_no_organisation_without_one_speaking_just_before() -> None:
    text = (
        "Norland news\n\n"
        "The East African Community said the vote was invalid.\n\n"
        "Farmers marched in the capital on Monday. Police watched them all day.\n\n"
        "The march was calm.\n\n"
        "The group said the prices were too low.\n"
    )
    assert _speakers(text) == ["East African Community", "group"]
    text = (
        "Norland news\n\n"
        "The East African Community said the vote was invalid. A group of farmers marched"
        " on Monday. The group said the prices were too low.\n"
    )
    assert _speakers(text) == ["East African Community", "group"]


def test_a_body_named_with_a_country_that_joins_two_names_with_and() -> None:
    spans = _found("a note from the St. Kitts and Nevis Agency for Public Affairs said")
    assert ("ORG", "St. Kitts and Nevis Agency for Public Affairs") in spans
    assert ("ORG", "Trinidad and Tobago Police Service") in _found(
        "The Trinidad and Tobago Police Service met."
    )
    spans = _found("Trinidad and Tobago Foreign Minister Ivo Marsh met.")
    assert spans[:2] == [("GPE", "Trinidad and Tobago"), ("ROLE", "Foreign Minister")]


def test_according_to_without_its_comma() -> None:
    text = (
        "Norland news\n\n"
        "Prime Minister Ivo Marsh is in Tarn meeting President Lev Ostrov according to a"
        " statement issued by the Norland Ministry of Foreign Affairs.\n\n"
        "According to the statement Marsh left Norland at noon to hold talks.\n\n"
        "The visit went according to plan. The ships were seized according to international"
        " law. She did not name Lev Ostrov, a former minister, who met Marsh according to the"
        " Norland Ministry of Foreign Affairs.\n"
    )
    assert _said(text) == [
        (
            "reported",
            "Norland Ministry of Foreign Affairs",
            "Prime Minister Ivo Marsh is in Tarn meeting President Lev Ostrov",
        ),
        (
            "reported",
            "Norland Ministry of Foreign Affairs",
            "Marsh left Norland at noon to hold talks",
        ),
    ]


def test_a_time_adjunct_after_the_subject_is_no_clause() -> None:
    text = (
        "Norland news\n\n"
        "Prime Minister Ivo Marsh met the envoy.\n\n"
        "Marsh after the meeting said the talks were useful. Marsh in a statement days after"
        " the incident said it was clear that the ships were in Norland waters.\n"
    )
    assert _said(text) == [
        ("reported", "Ivo Marsh", "the talks were useful"),
        ("reported", "Ivo Marsh", "it was clear that the ships were in Norland waters"),
    ]


def test_a_plural_noun_before_such_as_speaks_not_its_examples() -> None:
    text = (
        "Norland news\n\n"
        "Tarn denounced the plan as theft, and skeptics such as bank chief Ivo Marsh have"
        " warned that the move could undermine trust. Leaders such as Ivo Marsh and Lev"
        " Ostrov stressed that talks must go on.\n"
    )
    assert _speakers(text) == ["skeptics", "Leaders"]


def test_a_plans_sides_a_perfect_after_comma_and_and_a_papers_initials() -> None:
    text = (
        "Norland news\n\n"
        "The Norland Times reports that Tarn is angry. Supporters of the plan argue it is fair."
        " Prime Minister Ivo Marsh said last week that his country would not pay, and has"
        " called for other nations to share the costs.\n\n"
        "According to the NT, Marsh’s refusal angered several leaders.\n"
    )
    assert _said(text) == [
        ("reported", "Supporters", "it is fair"),
        ("reported", "Ivo Marsh", "his country would not pay"),
        ("reported", "Ivo Marsh", "other nations to share the costs"),
        # the paper's name without its leading "the" (GUIDELINES: organisation names), now
        # that "the NT" reads as initials, not a person's name (round 387)
        ("reported", "Norland Times", "Marsh’s refusal angered several leaders"),
    ]


def test_a_time_adjunct_then_while_adding_closes_an_attribution_after_its_content() -> None:
    text = (
        "Norland news\n\n"
        "Security issues should be dealt with by regional nations, Prime Minister Ivo Marsh"
        " said on Friday, while adding that Tarn was a partner.\n"
    )
    assert _said(text) == [
        ("reported", "Ivo Marsh", "Security issues should be dealt with by regional nations"),
        ("reported", "Ivo Marsh", "Tarn was a partner"),
    ]


def test_a_dashed_line_attributing_the_quotation_before_is_no_dialogue() -> None:
    text = (
        "Norland news\n"
        "Ivo Marsh acknowledged that the risks were high.\n"
        "«I hope Tarn will reconsider,»\n"
        "— Marsh stressed.\n"
        "In his view, support can deter Tarn.\n"
        "«When Tarn sees our resources, it will stop,»\n"
        "— added the head of Norland's Foreign Ministry.\n"
    )
    assert _said(text) == [
        ("reported", "Ivo Marsh", "the risks were high"),
        ("direct", "Ivo Marsh", "I hope Tarn will reconsider,"),
        ("direct", "Ivo Marsh", "When Tarn sees our resources, it will stop,"),
    ]


def test_a_reporters_clause_after_an_attribution_closing_its_content() -> None:
    text = (
        "Norland news\n\n"
        "Norland is the partner of choice for Tarn, Prime Minister Ivo Marsh said on Tuesday,"
        " after the Tarn government said Lev Ostrov was seeking a deal.\n"
    )
    assert _said(text) == [
        ("reported", "Ivo Marsh", "Norland is the partner of choice for Tarn"),
        ("reported", "Tarn government", "Lev Ostrov was seeking a deal"),
    ]


def test_a_clause_after_a_quotations_comma_has_its_own_subject() -> None:
    text = (
        "Norland news\n\n"
        "President Lev Ostrov called the deal “realistic and practical,” while Chancellor Ivo"
        " Marsh emphasized that the loan would be free. He added that assets would stay"
        " frozen.\n\n"
        "Talks went on late, but Prime Minister Lev Ostrov called the scheme risky and warned"
        " of losses for the bank.\n"
    )
    assert _speakers(text) == ["Lev Ostrov", "Ivo Marsh", "Ivo Marsh", "Lev Ostrov"]


def test_a_leaders_administration_official_is_the_official() -> None:
    text = (
        "Norland news\n\n"
        "President Ivo Marsh met the envoy. A senior Marsh administration official, who spoke"
        " on the condition they weren’t named, had said it was disappointing.\n"
    )
    assert _speakers(text) == ["senior Marsh administration official"]
    text = (
        "Norland news\n\n"
        "The Tarn government met President Ivo Marsh. The Marsh government said it was a"
        " cover for the coup.\n"
    )
    assert _speakers(text) == ["Marsh government"]


def test_an_infinitive_of_purpose_after_a_channel_taken() -> None:
    text = (
        "Norland news\n\n"
        "Ivo Marsh took to social media on Monday to express his support for the plan. Lev"
        " Ostrov sent an open letter to call on Tarn to stop. Ana Berg wants to express her"
        " support.\n"
    )
    assert _said(text) == [
        ("reported", "Ivo Marsh", "his support for the plan"),
        ("reported", "Lev Ostrov", "Tarn to stop"),
    ]
