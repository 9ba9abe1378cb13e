"""Error classes of held-out rounds 586-591 that recur across outlets (stfix112, session 53:
classes of error, not one article's; invented sentences and names)."""

from __future__ import annotations

from diplotui.statements import find_statements
from tests.unit.statements_said import said as _said


def test_an_unlisted_name_with_an_arabic_particle_or_before_has_speaks() -> None:
    text = (
        "Vote\n\n"
        "Opposition leader Haddar al-Marawi reaffirmed his refusal to join the cabinet.\n"
        "Marawi said the vote had been rigged.\n"
        "The family’s lawyer Tasvin Okarjee has said the count must be repeated.\n"
    )
    assert _said(text) == [
        ("reported", "Haddar al-Marawi", "his refusal to join the cabinet"),
        ("reported", "Haddar al-Marawi", "the vote had been rigged"),
        ("reported", "Tasvin Okarjee", "the count must be repeated"),
    ]


def test_a_relative_named_in_full_leaves_the_bare_surname_to_the_one_named_before() -> None:
    text = (
        "Sanctions\n\n"
        "Norland has sanctioned Asterian President Ana Roca.\n"
        "The list also names her husband Pavel Sand and her eldest son Luis Roca.\n"
        "Roca said the sanctions were illegal.\n"
    )
    assert _said(text) == [("reported", "Ana Roca", "the sanctions were illegal")]


def test_an_adverb_between_a_verb_and_its_saying_is_no_statement() -> None:
    text = "Warning\n\nPresident Ivo Marsh warned bluntly, saying, “The border will stay closed.”\n"
    assert _said(text) == [("direct", "Ivo Marsh", "The border will stay closed.")]


def test_a_pronoun_is_not_the_person_its_own_clause_names_after_it() -> None:
    text = (
        "Summit\n\n"
        "President Ivo Marsh began by praising army chief Hal Berd, whom he described as his"
        " “favourite general”, and Luis Roca. He then turned to Roca, who was standing behind"
        " him, and said: “Would you like to speak?”\n"
    )
    assert _said(text)[1:] == [("direct", "Ivo Marsh", "Would you like to speak?")]


def test_a_body_named_with_in_the_country_before_its_initials_keeps_the_whole_name() -> None:
    text = (
        "Farms\n\n"
        "The Federation of Dairy Farmers in the Netherlands (ZLTO) has criticised the plan,"
        " calling it “a blow to farmers”.\n"
        "The federation said the plan would fail.\n"
    )
    assert _said(text) == [
        ("direct", "Federation of Dairy Farmers in the Netherlands", "a blow to farmers"),
        ("reported", "Federation of Dairy Farmers in the Netherlands", "the plan would fail"),
    ]


def test_initials_the_recogniser_read_once_speak_where_it_missed_them() -> None:
    text = (
        "Farms\n\n"
        "The Federation of Dairy Farmers in the Netherlands (ZLTO) has spoken out against the"
        " plan.\n"
        "Ivo Marsh questions whether the Farm Council is independent after claims that it was"
        " advised by a firm linked to D66. ZLTO released a statement saying that the plan would"
        " fail.\n"
    )
    assert _said(text) == [
        ("reported", "Federation of Dairy Farmers in the Netherlands", "the plan would fail")
    ]


def test_a_quotation_attributed_by_writes_before_its_subject_is_direct() -> None:
    text = (
        "Vote\n\n"
        "The Union of Mayors (UMB) has spoken out.\n"
        "“The count is conducted with care,” writes UMB. “Undermining the mayors undermines"
        " trust.”\n"
    )
    assert _said(text) == [
        ("direct", "Union of Mayors", "The count is conducted with care,"),
        ("direct", "Union of Mayors", "Undermining the mayors undermines trust."),
    ]


def test_a_fronted_characterising_phrase_whose_comma_closes_inside_the_mark_is_direct() -> None:
    text = (
        "Deal\n\n"
        "Calling the agreement the “biggest export deal in a generation,” Defence Secretary"
        " Ivo Marsh stated that it would create jobs.\n"
    )
    assert _said(text) == [
        ("direct", "Ivo Marsh", "biggest export deal in a generation,"),
        ("reported", "Ivo Marsh", "it would create jobs"),
    ]


def test_the_words_someone_is_saluted_for_are_the_saluters() -> None:
    text = (
        "Deal\n\n"
        "Saluting Marsh for his “exemplary leadership”, Luis Roca said the deal would create"
        " jobs.\n"
    )
    assert _said(text) == [
        ("direct", "Luis Roca", "exemplary leadership"),
        ("reported", "Luis Roca", "the deal would create jobs"),
    ]


def test_a_quotation_after_citing_his_closing_a_reported_clause_is_direct() -> None:
    text = (
        "Visa\n\n"
        "The State Department announced on Friday that it revoked the visa of President Ivo"
        " Marsh, citing his “reckless and incendiary actions” during a protest.\n"
    )
    assert _said(text) == [
        ("reported", "State Department", "it revoked the visa of President Ivo Marsh"),
        ("direct", "State Department", "reckless and incendiary actions"),
    ]


def test_a_noun_in_apposition_and_its_relative_clause_attribute_nothing() -> None:
    text = (
        "Aid\n\n"
        "The sanctions follow the cuts in aid, a move the Norland government announced last"
        " Sunday.\n"
        "The talks were cancelled, a spokesman said on Sunday.\n"
    )
    assert _said(text) == [("reported", "spokesman", "The talks were cancelled")]


def test_adding_a_thing_to_another_is_no_speech() -> None:
    text = (
        "Beef\n\n"
        "Adding fuel to the fire, President Ivo Marsh suggested that Norland would buy beef.\n"
    )
    assert _said(text) == [("reported", "Ivo Marsh", "Norland would buy beef")]


def test_his_statement_speaks_for_him() -> None:
    text = (
        "Vote\n\n"
        "Opposition leader Ivo Marsh said he would boycott the vote. He once sought a coalition"
        " with the Norland Democratic Party (NDP).\n"
        "His latest statement suggests he remains committed to staying out of politics.\n"
    )
    assert _said(text)[1:] == [
        ("reported", "Ivo Marsh", "he remains committed to staying out of politics")
    ]


def test_a_name_described_as_a_newspaper_speaks_as_that_outlet() -> None:
    text = (
        "Vote\n\n"
        "Marsh won the vote.\n"
        "La Tribuna, a Buenos Aires newspaper, said the victory would help him.\n"
        "Diario Sur, a local newspaper, said the count had been fair.\n"
    )
    found = find_statements(text)
    assert [(s.speaker, s.speaker_type, s.text) for s in found] == [
        ("La Tribuna", "ORG", "the victory would help him"),
        ("Diario Sur", "ORG", "the count had been fair"),
    ]
