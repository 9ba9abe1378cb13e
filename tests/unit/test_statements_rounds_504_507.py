"""Errors of rounds 504-507 that recur across outlets (stfix99, session 48: classes of error,
not one article's; invented sentences and names)."""

from __future__ import annotations

from diplotui.entities import recognise
from diplotui.statements import find_statements
from tests.unit.statements_said import said as _said


def test_a_museum_is_a_body_and_museums_a_group() -> None:
    text = (
        "Art\n\n"
        "The Norland Museum said that the items were bought by a collector.\n"
        "Four of them were taken in 1874, according to the museum.\n"
        "However, some museums point out that they are barred by law from returning items.\n"
    )
    assert _said(text) == [
        ("reported", "Norland Museum", "the items were bought by a collector"),
        ("reported", "Norland Museum", "Four of them were taken in 1874"),
        ("reported", "museums", "they are barred by law from returning items"),
    ]


def test_a_contrasted_pronoun_and_listed_verb_state_a_second_statement() -> None:
    text = (
        "Deal\n\n"
        "The Foreign Ministry said details are still being worked out, though it stressed "
        "the deal had already been concluded.\n"
        'Ana Berg said the extension "is welcome," but she warned the resolution must not be '
        "read as recognition.\n"
    )
    assert _said(text) == [
        ("reported", "Foreign Ministry", "details are still being worked out"),
        ("reported", "Foreign Ministry", "the deal had already been concluded"),
        ("reported", "Ana Berg", 'the extension "is welcome,"'),
        ("reported", "Ana Berg", "the resolution must not be read as recognition"),
    ]


def test_a_name_apposed_to_an_opening_participles_titled_object_is_not_the_subject() -> None:
    text = (
        "Art\n\n"
        "Thanking the Foreign Minister, Ali Kano, the Culture Minister, Ada Obi, described the "
        "return as a landmark.\n\n"
        "“This is a significant moment,” she said.\n"
    )
    assert _said(text) == [("direct", "Ada Obi", "This is a significant moment,")]


def test_a_title_owned_by_a_lowercase_noun_is_the_name_apposed_to_it() -> None:
    text = (
        "Art\n\n"
        "Ola Dede said the return was good.\n\n"
        "The ceremony was attended by three chiefs, according to a statement from the "
        "minister’s Special Adviser, Ada Obi.\n"
    )
    assert _said(text) == [
        ("reported", "Ola Dede", "the return was good"),
        ("reported", "Ada Obi", "The ceremony was attended by three chiefs"),
    ]


def test_said_on_a_weekday_before_a_finite_verb_opens_the_relative_clauses_content() -> None:
    text = (
        "Mandate\n\n"
        "The Council renewed the mandate, a move Norland said on Saturday risks privileging "
        "the plan.\n"
        "The talks ended, Ana Berg said on Monday.\n"
    )
    assert _said(text) == [
        ("reported", "Norland", "risks privileging the plan"),
        ("reported", "Ana Berg", "The talks ended"),
    ]


def test_organisations_listed_with_and_speak_jointly_without_their_places() -> None:
    text = (
        "Art\n\n"
        "South Africa and the African Union said they would act.\n"
        "The Fowler Museum in Los Angeles and the British Museum said that they would lend "
        "32 objects.\n"
    )
    assert _said(text) == [
        ("reported", "South Africa and the African Union", "they would act"),
        ("reported", "Fowler Museum and the British Museum", "they would lend 32 objects"),
    ]


def test_a_number_after_of_the_is_no_part_of_a_bodys_name() -> None:
    orgs = [
        span.text
        for span in recognise(
            "Ties\n\nThe British Museum of the 2,500-year-old stones and the Group of 77 met.\n"
        )
        if span.type == "ORG"
    ]
    assert orgs == ["British Museum", "Group of 77"]
    text = (
        "Art\n\n"
        "Norland wants the return from the British Museum of the 2,500-year-old sculptures.\n"
        "In a statement on Monday, the Museum said it would not dismantle its collection.\n"
    )
    assert _said(text) == [("reported", "British Museum", "it would not dismantle its collection")]


def test_a_ledes_title_no_one_named_before_holds_is_the_person_opening_the_next_paragraph() -> None:
    text = (
        "NORLAND’S plan will sour the relationship with Jersey, the Environment Minister has "
        "said.\n"
        "Deputy Ana Berg warned that Jersey was ready.\n"
    )
    assert _said(text) == [
        ("reported", "Ana Berg", "NORLAND’S plan will sour the relationship with Jersey"),
        ("reported", "Ana Berg", "Jersey was ready"),
    ]
    text = (
        "Talks\n\n"
        "Norland's Ambassador says the statement was raised in a meeting he had with Foreign "
        "Minister Ada Obi.\n"
        "Obi was asked by reporters whether it was raised.\n"
    )
    assert _said(text) == [
        (
            "reported",
            "Norland's Ambassador",
            "the statement was raised in a meeting he had with Foreign Minister Ada Obi",
        )
    ]


def test_a_paragraph_under_a_caption_label_is_a_caption() -> None:
    text = (
        "Flights\n\n"
        "Ana Berg said the first flight would leave in May.\n\n"
        "Media caption,\n\n"
        'The minister says there is a "loud minority" who will try to stop the plans.\n\n'
        'Ola Dede said: "We are ready."\n'
    )
    assert _said(text) == [
        ("reported", "Ana Berg", "the first flight would leave in May"),
        ("direct", "Ola Dede", "We are ready."),
    ]


def test_a_body_and_its_aside_after_a_sentences_opening_phrase_speak() -> None:
    text = (
        "Art\n\n"
        "A museum returned the items.\n\n"
        "With this, the Norland Museum, at the University of Oslo, said that the items were "
        "bought by a collector.\n"
    )
    assert _said(text) == [
        ("reported", "Norland Museum", "the items were bought by a collector"),
    ]


def test_a_first_paragraph_the_page_gives_twice_is_read_at_both_occurrences() -> None:
    lede = (
        "The government of Norland has confirmed that five migrants deported from the United "
        "States will be repatriated to their countries of origin."
    )
    text = f"{lede}\n{lede}\nThe men arrived on Wednesday.\n"
    content = "five migrants deported from the United States will be repatriated to their "
    found = [(s.start, s.text) for s in find_statements(text)]
    assert found == [
        (lede.index("five"), f"{content}countries of origin"),
        (len(lede) + 1 + lede.index("five"), f"{content}countries of origin"),
    ]
