"""Statements and speakers the held-out rounds 144-151 missed or misread
(tests/statements_dev/SOURCES: classes of error, invented sentences and names)."""

from __future__ import annotations

from diplotui.model import EntitySpan
from diplotui.statements import find_statements
from tests.unit.test_statements_rounds_136_143 import spanned


def test_it_after_a_semicolon_is_the_one_body_speaking_before() -> None:
    text = (
        "Ministers meet\n\n"
        "The ministers of the bloc met in Oslo on Monday.\n\n"
        "The Conference reaffirmed its support for the treaty; It stressed the need for more"
        " aid to the region.\n\n"
        "The Conference condemned the attacks. It urged calm along the border.\n"
    )
    assert [(s.speaker, s.text) for s in find_statements(text, [])] == [
        ("Conference", "its support for the treaty"),
        ("Conference", "the need for more aid to the region"),
        ("Conference", "calm along the border"),
    ]


def test_the_society_is_the_society_named_in_capitals_before() -> None:
    text = (
        "A headline\n\n"
        "On Monday, the Norland-Tarn Society, on the occasion of the new year, sent a letter"
        " to its members.\n\n"
        '"We are glad to see the new bridge open. It is a gift for both peoples," the society'
        " said.\n\n"
        '"We hope more will come," it noted.\n'
    )
    assert [(s.speaker, s.text) for s in find_statements(text, [])] == [
        (
            "Norland-Tarn Society",
            "We are glad to see the new bridge open. It is a gift for both peoples,",
        ),
        ("Norland-Tarn Society", "We hope more will come,"),
    ]


def test_a_place_hyphened_to_a_participle_before_a_name_is_not_the_name() -> None:
    text = (
        "A headline\n\n"
        "The map drew a reply from Norland’s envoy to the council, Tarn-born Ada Vey."
        " Ms. Vey stated on Monday that the map was a mistake.\n"
    )
    spans = spanned(text, ["Tarn-born Ada Vey", "Vey"])
    assert [(s.speaker, s.text) for s in find_statements(text, spans)] == [
        ("Ada Vey", "the map was a mistake")
    ]


def test_a_listed_verbs_form_after_a_possessive_is_its_noun() -> None:
    text = (
        "Minister meets envoy\n\n"
        "On May 3, 2021 local time, Director of the Office of Trade Affairs Karl Weiss met with"
        " Norland Foreign Minister Ada Vey in Oslo at the latter's request.\n\n"
        "Karl Weiss said that trade would grow.\n"
    )
    assert [(s.speaker, s.text) for s in find_statements(text)] == [
        ("Karl Weiss", "trade would grow")
    ]


def test_a_quotation_standing_as_a_subheading_over_body_is_no_statement() -> None:
    text = (
        "Leaders meet in Tarn\n\n"
        "“We will keep the harbour open,” Prime Minister Karl Weiss said on Monday.\n\n"
        "“Norland must join the union”\n\n"
        "“No country has paid such a price. We believe it has earned its place,” Ada Vey,"
        " the Norland PM, said after the meeting.\n\n"
        "“The harbour stays open”\n"
        "Ministry of Trade\n\n"
        "The minister thanked the guests.\n"
    )
    found = find_statements(text, spanned(text, ["Karl Weiss", "Ada Vey"]))
    assert [s.text for s in found] == [
        "We will keep the harbour open,",
        "No country has paid such a price. We believe it has earned its place,",
        "The harbour stays open",  # a pull quotation, credited on the line below
    ]
    assert [s.speaker for s in found[:2]] == ["Karl Weiss", "Ada Vey"]


def test_a_quotation_said_by_a_name_left_unread_is_not_the_last_speakers() -> None:
    text = (
        "Second round of talks\n\n"
        '"We will never bow to pressure," said Karl Weiss, the Deputy Trade Minister.\n\n'
        '"Talks [i]go on[/i]," said [Ada] Vey\x08 Lund, head of the Tarn Desk.\n'
    )
    found = [(s.speaker, s.text) for s in find_statements(text, spanned(text, ["Karl Weiss"]))]
    assert ("Karl Weiss", "Talks [i]go on[/i],") not in found
    assert found[0] == ("Karl Weiss", "We will never bow to pressure,")


def test_a_quotation_closing_a_reported_clause_with_its_own_attribution_is_direct() -> None:
    text = (
        "Talks\n\n"
        "Karl Weiss stated that there are contacts at the staff level, and this dialogue goes on"
        ' at the level of ministries, "We are trying to act in good faith," he said.\n'
    )
    found = [
        (s.speaker, s.kind, s.text) for s in find_statements(text, spanned(text, ["Karl Weiss"]))
    ]
    assert found == [
        (
            "Karl Weiss",
            "reported",
            "there are contacts at the staff level, and this dialogue goes on at the level of"
            " ministries",
        ),
        ("Karl Weiss", "direct", "We are trying to act in good faith,"),
    ]


def test_states_before_a_dash_or_a_stop_is_the_noun() -> None:
    text = (
        "Leaders meet\n\n"
        "“We will keep the harbour open,” Prime Minister Karl Weiss said on Monday after a"
        " meeting of the heads of the Tarn Pact states – Norland, Osterland and Vesta.\n"
    )
    found = [(s.speaker, s.text) for s in find_statements(text, spanned(text, ["Karl Weiss"]))]
    assert found == [("Karl Weiss", "We will keep the harbour open,")]


def test_a_document_with_its_issuer_before_it_and_an_issuing_adjunct_is_the_issuers() -> None:
    text = (
        "Talks\n\n"
        "The Norland government said it was regrettable that the members stay divided.\n\n"
        "A Tarn Palace statement issued on May 2 stated that the leaders will meet today.\n"
    )
    at = text.index("Tarn Palace")
    spans = [EntitySpan(at, at + 11, "ORG", "Tarn Palace")]
    assert [(s.speaker, s.text) for s in find_statements(text, spans)] == [
        ("Norland government", "it was regrettable that the members stay divided"),
        ("Tarn Palace", "the leaders will meet today"),
    ]


def test_told_a_named_addressee_just_hours_before_closes_an_attribution() -> None:
    text = (
        "Envoy leaves\n\n"
        "Ambassador Karl Weiss is satisfied with his work. The most important change has been"
        " the change in mindsets, he told Tarn News Editor Ada B. Vey just hours before he left"
        " for Norland on Saturday.\n"
    )
    spans = spanned(text, ["Karl Weiss", "Ada B. Vey"])
    assert [(s.speaker, s.text) for s in find_statements(text, spans)] == [
        ("Karl Weiss", "The most important change has been the change in mindsets")
    ]


def test_an_envoys_title_to_a_country_in_apposition_closes_an_inverted_attribution() -> None:
    text = (
        "Envoy speaks\n\n"
        "Oslo: Norland follows the treaty but Tarn should respect the law, said Karl Weiss,"
        " ambassador of Norland to Vesta.\n"
    )
    spans = spanned(text, ["Karl Weiss"])
    assert [(s.speaker, s.text) for s in find_statements(text, spans)] == [
        ("Karl Weiss", "Norland follows the treaty but Tarn should respect the law")
    ]


def test_a_place_or_time_after_an_inverted_attributions_titled_name_is_an_adjunct() -> None:
    text = (
        "Envoy speaks\n\n"
        "Tarn must respect the sovereignty of Norland, said the Minister of Trade of Norland,"
        " Karl Weiss in the national television yesterday.\n"
    )
    spans = spanned(text, ["Karl Weiss"])
    assert [(s.speaker, s.text) for s in find_statements(text, spans)] == [
        ("Karl Weiss", "Tarn must respect the sovereignty of Norland")
    ]


def test_interlocutors_speak_as_a_group() -> None:
    text = (
        "Weiss met Vey\n\n"
        "During the meeting, both interlocutors highly appreciated the cooperation, and"
        " highlighted the need to support the bid.\n"
    )
    assert [(s.speaker, s.text) for s in find_statements(text, [])] == [
        ("interlocutors", "the need to support the bid")
    ]


def test_the_chairperson_is_the_one_a_group_is_chaired_by() -> None:
    text = (
        "Working meeting\n\n"
        "On Monday, Director-General Ada Vey met with a delegation from the Tarn Group"
        " chaired by Karl Weiss, Permanent Delegate of Norland to the Agency.\n\n"
        "The Director-General reiterated her commitment to reform.\n\n"
        "The Chairperson of the Tarn Group underscored the need to focus the programmes.\n"
    )
    spans = spanned(text, ["Ada Vey", "Karl Weiss"])
    at = 0
    for role in ("Director-General", "Permanent Delegate", "Director-General", "Chairperson"):
        at = text.index(role, at)  # each role after the one before
        spans.append(EntitySpan(at, at + len(role), "ROLE", role))
        at += len(role)
    spans.sort(key=lambda span: span.start)
    assert [(s.speaker, s.text) for s in find_statements(text, spans)] == [
        ("Ada Vey", "her commitment to reform"),
        ("Karl Weiss", "the need to focus the programmes"),
    ]
