"""Errors of rounds 300-303 that recur across outlets (stfix48, session 35: classes of error,
not one article's; invented sentences and names)."""

from __future__ import annotations

from diplotui.statements import find_statements


def _speakers(text: str) -> list[str]:
    return [s.speaker for s in find_statements(text)]


def test_a_title_case_headline_preposition_is_no_syllable_of_a_name() -> None:
    text = (
        "Norland Minister Hopes To Push For Talks Between Rivals\n\n"
        "On Friday, Ivo Tarn Marsh, acting minister of foreign affairs and regional cooperation,"
        " said talks could start soon.\n\n"
        "The minister said the government is hoping that the rivals will meet.\n"
    )
    assert "Hopes To" not in _speakers(text)


def test_an_apposed_role_without_an_article_is_the_persons_title() -> None:
    for other in ("President Ana Vila Lopez of Sudland", "Ana Vila Lopez, a rebel leader,"):
        text = (
            "Norland urges talks\n\n"
            "On Friday, Ivo Tarn Marsh, acting minister of foreign affairs and regional"
            f" cooperation, said talks could start soon. {other} has agreed to meet.\n\n"
            "The minister said the government is hoping that the rivals will meet.\n"
        )
        assert _speakers(text) == ["Ivo Tarn Marsh", "Ivo Tarn Marsh"]


def test_a_participle_after_an_inverted_attribution_is_its_subjects() -> None:
    text = (
        "Talks resume\n\n"
        "Chile and Peru, ending years of conflict, have opened a new chapter, Foreign Minister"
        " Ivo Tarn said, adding that “we are normalizing relations.”\n"
    )
    assert [(s.kind, s.speaker) for s in find_statements(text)] == [
        ("reported", "Ivo Tarn"),
        ("direct", "Ivo Tarn"),
    ]


def test_a_speaking_phrase_between_subject_and_verb_keeps_the_subject() -> None:
    for opening in ("Norland President Ivo Tarn", "Ivo Tarn"):
        text = (
            f"Talks resume\n\n{opening} speaking at a news conference in Lima said he is ready"
            " to sit at the table.\n"
        )
        assert [(s.speaker, s.text) for s in find_statements(text)] == [
            ("Ivo Tarn", "he is ready to sit at the table")
        ]


def test_an_outlet_quoting_someone_as_saying_closes_the_sentence_it_attributes() -> None:
    text = (
        "Norland wants calm\n\n"
        "NORLAND hopes to settle the dispute with Chile calmly, the Daily Herald reports"
        " Foreign Minister Ivo Tarn as saying today.\n"
    )
    assert [(s.speaker, s.text) for s in find_statements(text)] == [
        ("Ivo Tarn", "NORLAND hopes to settle the dispute with Chile calmly")
    ]


def test_a_sentence_cased_title_before_a_titled_name_is_the_persons_too() -> None:
    text = (
        "Norland rejects the statement\n\n"
        "State minister of the Norland Foreign Affairs Ministry, ambassador Ivo Tarn Marsh said"
        " the statement was unhelpful. Ambassador Ana Vila Lopez, a spokesperson, agreed.\n\n"
        "The state minister dismissed the statement, stating that “it serves a few.”\n"
    )
    assert _speakers(text) == ["Ivo Tarn Marsh", "Ivo Tarn Marsh"]


def test_a_dash_between_a_closing_mark_and_its_attribution_keeps_the_subject() -> None:
    for dash in ("-", "–"):
        text = (
            "Talks resume\n\n"
            '"The minister thanked Ivo Tarn for his work. The two agreed to meet again"'
            f" {dash} the Norland Ministry of Foreign Affairs stated in a press release.\n"
        )
        assert [(s.kind, s.speaker) for s in find_statements(text)] == [
            ("direct", "Norland Ministry of Foreign Affairs")
        ]


def test_a_characterisation_after_an_impersonal_that_is_its_subjects() -> None:
    text = (
        "Talks resume\n\n"
        "It is to be recalled that the AU Commission Chairperson Ana Vila described the deal as"
        " “a demonstration of the value of African solutions.”\n"
    )
    assert [(s.kind, s.speaker) for s in find_statements(text)] == [("direct", "Ana Vila")]


def test_a_retort_with_its_particle_attributes_the_quotation_after_it() -> None:
    text = (
        "Talks resume\n\n"
        "Foreign Minister Ana Vila shot back, “He should ask Tarn, if they are such friends.”\n"
    )
    assert [(s.kind, s.speaker) for s in find_statements(text)] == [("direct", "Ana Vila")]


def test_a_lowercase_role_apposed_after_a_titled_name_is_the_persons_too() -> None:
    text = (
        "Talks resume\n\n"
        "Furthermore, Ambassador Ivo Tarn Marsh, spokesperson of the Norland Ministry of Foreign"
        " Affairs told reporters that the statement is unacceptable. Ana Vila Lopez, the Chile"
        " chief, disagreed.\n\n"
        "“It is hell bent on escalating the situation,” the spokesperson conveyed.\n"
    )
    assert _speakers(text) == ["Ivo Tarn Marsh", "Ivo Tarn Marsh"]
