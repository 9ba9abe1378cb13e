"""Errors of rounds 240-243 that recur across outlets (stfix34, session 32: classes of error,
not one article's; invented sentences and names)."""

from __future__ import annotations

from diplotui.statements import find_statements


def _said(text: str) -> list[tuple[str, str]]:
    return [(s.speaker, s.text) for s in find_statements(text)]


def _direct(text: str) -> list[tuple[str, str]]:
    return [(s.speaker, s.text) for s in find_statements(text) if s.kind == "direct"]


def test_a_spokesperson_of_a_person_is_the_spokesperson_not_the_person() -> None:
    text = (
        "Minister tested\n\n"
        "Foreign Minister Ivo Marsh met Dan Crane on Monday.\n\n"
        "Mr Crane has tested positive, his spokeswoman told Reuters on Saturday.\n\n"
        "A spokesman for Mr Marsh told reporters: “The Minister is well.”\n\n"
        "Mr Marsh’s spokesman said it was a large room.\n"
    )
    assert _said(text) == [
        ("spokeswoman", "Mr Crane has tested positive"),
        ("spokesman", "The Minister is well."),
        ("spokesman", "it was a large room"),
    ]


def test_an_indian_honorific_is_no_part_of_the_name() -> None:
    text = (
        "Talks\n\n"
        "Minister of External Affairs, Shri Ivo Marsh has called on President Dan Crane.\n\n"
        "The Minister noted that ties were good.\n"
    )
    assert _said(text) == [("Ivo Marsh", "ties were good")]


def test_a_title_after_a_fronted_clause_naming_the_host_is_the_visitor_speaking() -> None:
    text = (
        "Talks\n\n"
        "Norlandic Minister of External Affairs, Ivo Marsh has called on President Dan"
        " Crane.\n\n"
        "The External Minister noted that ties were good. He said that trade would grow.\n\n"
        "Congratulating President Crane on his victory, the Minister noted that the elections"
        " were a triumph.\n\n"
        "President Crane thanked the Minister for his help.\n"
    )
    assert _said(text) == [
        ("Ivo Marsh", "ties were good"),
        ("Ivo Marsh", "trade would grow"),
        ("Ivo Marsh", "the elections were a triumph"),
    ]


def test_an_agency_named_with_an_apposition_whose_comma_was_lost_is_the_agency() -> None:
    text = (
        "Visit\n\n"
        "Foreign Minister Ivo Marsh on Tuesday visited Norland, where he met his counterpart,"
        " Dan Crane, according to NNA the Norlandic news agency.\n"
    )
    assert _said(text) == [
        (
            "NNA",
            "Foreign Minister Ivo Marsh on Tuesday visited Norland, where he met his"
            " counterpart, Dan Crane",
        )
    ]


def test_an_office_and_its_document_modifier_issue_the_document() -> None:
    text = (
        "Visit\n\n"
        "Foreign Secretary Ivo Marsh visited Norland.\n\n"
        "According to FCO press releases, his visit included a call on the President.\n"
    )
    assert _said(text) == [("FCO", "his visit included a call on the President")]


def test_a_pronoun_is_not_the_object_apposed_in_a_relative_clause() -> None:
    text = (
        "Scorecard\n\n"
        "Minister of Foreign Affairs, Ambassador Ivo Marsh, who presented his scorecard"
        " alongside his Interior counterpart, Dr Dan Crane, admitted that there was delay.\n\n"
        "According to him, the embassies are working.\n"
    )
    assert _said(text) == [("Ivo Marsh", "the embassies are working")]


def test_the_envoy_is_the_envoy_named_in_the_sentence_before_not_the_next_one() -> None:
    text = (
        "Envoys\n\n"
        "The Minister for Foreign Affairs, Mr Ivo Marsh, received two new envoys.\n\n"
        "In his meeting with the Ambassador-designate of Norland, H.E. Mr. Dan Crane, the"
        " Minister reaffirmed his support for peace.\n\n"
        "The envoy noted improvements in the situation.\n\n"
        "Engaging with the Ambassador-designate of Tarn, H.E. Mr. Leo Vos, Mr. Marsh"
        " highlighted trade.\n\n"
        "Mr. Vos reaffirmed his commitment to cooperation.\n"
    )
    said = _said(text)
    assert ("Dan Crane", "improvements in the situation") in said
    assert ("Leo Vos", "his commitment to cooperation") in said


def test_a_quoted_word_after_calling_an_initialism_is_direct() -> None:
    text = (
        "Assets\n\n"
        "Foreign Ministry spokeswoman Ana Berg spoke on Monday.\n\n"
        "“Any illegal action will meet a severe reaction,” she said, calling E.U. approaches"
        " “theft.”\n"
    )
    assert _direct(text) == [
        ("Ana Berg", "Any illegal action will meet a severe reaction,"),
        ("Ana Berg", "theft."),
    ]


def test_a_quotation_in_the_clause_of_alleged_that_is_direct() -> None:
    text = (
        "Assets\n\n"
        "Foreign Ministry spokeswoman Ana Berg spoke on Monday.\n\n"
        "She also alleged that the countries are linked through “corruption chains,” claiming"
        " recent events support this.\n"
    )
    assert _direct(text) == [("Ana Berg", "corruption chains,")]


def test_a_quotation_before_a_predicate_joined_with_a_listed_verb_is_direct() -> None:
    text = (
        "Talks\n\n"
        "Journalists talked with Foreign Minister Ivo Marsh. He spoke of “the peacekeeping"
        " mission of Norland” and also said that he spoke with the Chancellor.\n"
    )
    assert _said(text) == [
        ("Ivo Marsh", "the peacekeeping mission of Norland"),
        ("Ivo Marsh", "he spoke with the Chancellor"),
    ]


def test_an_unlisted_attribution_may_end_at_a_participle_clause() -> None:
    text = (
        "Report\n\n"
        "Prime Minister Ivo Marsh spoke on Monday. “We want prosperity, dialogue and"
        " consensus,” he mentioned, making it clear that Norland is for balanced relations.\n"
    )
    assert _direct(text) == [("Ivo Marsh", "We want prosperity, dialogue and consensus,")]
