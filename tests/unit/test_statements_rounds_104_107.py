"""Statements and speakers the held-out rounds 104-107 missed or misread
(tests/statements_dev/SOURCES: classes of error, invented sentences and names)."""

from __future__ import annotations

from diplotui.statements import find_statements

TITLE = "A headline that is not read\n"


def found(body: str) -> list[tuple[str, str, str]]:
    return [(s.speaker, s.kind, s.text) for s in find_statements(TITLE + body)]


def test_a_quotation_after_a_verb_of_judging_and_an_article_is_the_judges() -> None:
    body = (
        "Senator Olga Brandt met the envoy in Oslo.\n"
        "Brandt has dismissed the plan as a “hollow” gesture, which few believed.\n"
        "In parliament, Karl Weiss hit out at the “reckless” conduct of the regime.\n"
    )
    assert found(body) == [
        ("Olga Brandt", "direct", "hollow"),
        ("Karl Weiss", "direct", "reckless"),
    ]


def test_a_quotation_after_what_someone_called_is_theirs_however_far_the_quotation() -> None:
    body = (
        "Senator Olga Brandt met the envoy in Oslo.\n"
        "The envoy was seen at what the senator called an “unlawful rally”.\n"
    )
    assert found(body) == [("Olga Brandt", "direct", "unlawful rally")]


def test_what_someone_said_was_a_quotation_is_theirs() -> None:
    body = (
        "Senator Olga Brandt met the envoy in Oslo.\n"
        "Furthermore, Brandt reminded her counterpart of what she said was the"
        ' "misuse of the border issue" at the crossing.\n'
    )
    assert [(speaker, kind) for speaker, kind, _ in found(body)] == [("Olga Brandt", "reported")]
    assert "misuse of the border issue" in found(body)[0][2]


def test_a_gerund_after_a_verb_and_by_is_the_subjects() -> None:
    body = (
        "Senator Olga Brandt spoke in Oslo.\n"
        "Brandt continued by expressing the need to rebuild the bridge.\n"
        "She responded by urging the council to act.\n"
    )
    assert found(body) == [
        ("Olga Brandt", "reported", "the need to rebuild the bridge"),
        ("Olga Brandt", "reported", "the council to act"),
    ]


def test_an_adverbial_aside_between_the_subject_and_its_verb_is_skipped() -> None:
    body = (
        "Senator Olga Brandt spoke in Oslo.\n"
        "In a speech at a forum, the senator, at the same time, said the ties are under strain.\n"
    )
    assert found(body) == [("Olga Brandt", "reported", "the ties are under strain")]


def test_an_owners_minister_after_the_verb_is_the_minister_not_the_owner() -> None:
    body = (
        "Foreign Minister Olga Brandt visited the port of Oslo on Monday.\n"
        "“We are the owners and they are guests,” stated Karl Weiss's Minister of Foreign"
        " Affairs.\n"
    )
    assert found(body) == [("Olga Brandt", "direct", "We are the owners and they are guests,")]


def test_a_modifier_before_the_speakers_noun_is_no_unlisted_verb() -> None:
    body = (
        "Norway’s Minister of Foreign Affairs, Olga Brandt, held a call today with Karl Weiss.\n"
        "\n“We discussed the agenda,” the Norwegian foreign minister wrote.\n"
    )
    assert found(body) == [("Olga Brandt", "direct", "We discussed the agenda,")]


def test_on_which_occasion_opens_a_relative_clause_before_its_subject() -> None:
    body = (
        "Foreign Minister Olga Brandt on Friday met Ambassador Karl Weiss, on which occasion the"
        " Norwegian chief diplomat underscored the need for a direct dialogue.\n"
    )
    assert found(body) == [("Olga Brandt", "reported", "the need for a direct dialogue")]


def test_calling_on_someone_before_a_clause_with_an_infinitive_says_nothing() -> None:
    body = (
        "Senator Olga Brandt called on President Karl Weiss before she wrapped up her trip to"
        " the island to review the ties.\n"
        "She called on President Karl Weiss to review the ties.\n"
    )
    assert found(body) == [("Olga Brandt", "reported", "President Karl Weiss to review the ties")]


def test_a_quotation_a_release_reads_is_its_issuers() -> None:
    body = (
        "The Foreign Ministry (FMN) hosted the envoy.\n"
        "\n“During the talks, the minister argued for a direct dialogue,” reads an FMN release.\n"
    )
    assert found(body) == [
        (
            "Foreign Ministry",
            "direct",
            "During the talks, the minister argued for a direct dialogue,",
        )
    ]


def test_a_release_without_its_issuer_is_the_issuer_named_with_it_further_on() -> None:
    body = (
        "The meeting came a day after the president returned from the UN General Assembly.\n"
        "“We will not be used against anyone,” Weiss passed on to Brandt during the meeting,"
        " a presidential release said.\n"
        "Weiss detailed the ties, it said.\n"
        "Weiss told Brandt that investors are invited, the release from the president’s office"
        " said.\n"
    )
    assert {speaker for speaker, _, _ in found(body)} == {"president’s office"}
    assert len(found(body)) == 3


def test_a_participle_after_a_quotation_in_a_subordinate_clause_is_the_main_subjects() -> None:
    body = (
        "OSLO – Norway’s Foreign Minister Olga Brandt has moved to ease tensions after Prime"
        " Minister Karl Weiss described the bloc as an “unreliable partner,” stressing that talks"
        " between the two states remain intact.\n"
    )
    assert found(body) == [
        ("Karl Weiss", "direct", "unreliable partner,"),
        ("Olga Brandt", "reported", "talks between the two states remain intact"),
    ]


def test_a_quotation_after_assuring_someone_that_is_direct() -> None:
    body = (
        "OSLO: President Karl Weiss on Tuesday assured the envoy that his country would not be"
        " used for “any plot” that could harm it.\n"
    )
    assert found(body) == [("Karl Weiss", "direct", "any plot")]


def test_an_unended_line_under_the_headline_that_the_body_quotes_is_a_dek() -> None:
    text = (
        "Norway's minister meets the envoy\n"
        "Talks can go on, but it is not realistic to expect that before a new cabinet is formed"
        " in the capital, Brandt said\n"
        "Foreign Minister Olga Brandt says her meeting with the envoy was good.\n"
        '"Talks can go on, but it is not realistic to expect that before a new cabinet is formed'
        ' in the capital," Brandt said.\n'
    )
    assert [(s.speaker, s.kind, s.text[:14]) for s in find_statements(text)] == [
        ("Olga Brandt", "reported", "her meeting wi"),
        ("Olga Brandt", "direct", "Talks can go o"),
    ]


def test_a_given_name_in_brackets_before_a_surname_names_the_person_in_full() -> None:
    body = (
        "Foreign Minister Olga Brandt spoke in Oslo on Monday.\n"
        "“Today, Mr. (Taras) Petrenko is in Kyiv,” she said.\n"
        "Despite that, President Petrenko has dismissed the talks as “staged”.\n"
    )
    assert found(body) == [
        ("Olga Brandt", "direct", "Today, Mr. (Taras) Petrenko is in Kyiv,"),
        ("Taras Petrenko", "direct", "staged"),
    ]
