"""Errors of rounds 380-383 and 388-391 that recur across outlets (stfix69, session 41: classes
of error, not one article's; invented sentences and names)."""

from __future__ import annotations

from tests.unit.statements_said import said as _said


def test_a_bare_title_after_a_namesake_in_the_speakers_words_is_the_one_who_spoke() -> None:
    text = (
        "King Olaf hosts a banquet\n\n"
        "King Olaf greeted the guests at the palace on Friday.\n\n"
        "King Olaf said, “We are glad to welcome you tonight,” joking that his ancestor King"
        " Harald Fairhair had fought their forebears. The King also toured the old harbour.\n\n"
        "“I was nervous back then,” he joked.\n"
    )
    assert [(kind, speaker) for kind, speaker, _ in _said(text)] == [
        ("direct", "Olaf"),
        ("direct", "Olaf"),
    ]


def test_a_title_holder_who_met_someone_and_spoke_is_the_speaker() -> None:
    text = (
        "Leaders meet\n\n"
        "President Ivo Marsh visited Kell on Monday.\n\n"
        "The President also praised King Olaf for his charity work and shared, “I shook many"
        " hands tonight.”\n\n"
        "The president met Queen Sonja and said the talks went well.\n"
    )
    assert [(kind, speaker) for kind, speaker, _ in _said(text)] == [
        ("direct", "Ivo Marsh"),
        ("reported", "Ivo Marsh"),
    ]


def test_the_emperor_stands_for_the_emperor_named_before() -> None:
    text = (
        "Visit begins\n\n"
        "Norland's Emperor Akira started a visit to Tarnia on Tuesday as King Olaf welcomed"
        " him.\n\n"
        '"Welcome," King Olaf said.\n\n'
        '"We hope for peace," the emperor said. He also spoke of the war, saying he felt'
        ' "deep sorrow."\n'
    )
    assert [(kind, speaker) for kind, speaker, _ in _said(text)] == [
        ("direct", "Olaf"),
        ("direct", "Akira"),
        ("reported", "Akira"),
    ]


def test_a_quoted_agentless_passive_about_the_subject_is_no_ones_words() -> None:
    text = (
        "Arrest in Tarn\n\n"
        "Minister Ana Berg demanded the release of Ivo Marsh.\n\n"
        "Marsh, a 31-year-old citizen, was detained by police last week and “is believed to be"
        " the first foreign reporter held for spying”.\n"
    )
    assert _said(text) == []


def test_a_name_after_while_without_a_comma_is_the_subject_of_its_clause() -> None:
    text = (
        "Fishing row\n\n"
        "President Ivo Marsh spoke on Monday in Kell.\n\n"
        "One threat made by Minister Ana Berg included cutting the power supply while Mr Marsh"
        " said “maximum pressure” should be applied to Tarnia.\n"
    )
    assert _said(text) == [
        ("reported", "Ivo Marsh", "“maximum pressure” should be applied to Tarnia"),
    ]


def test_a_quotation_after_praised_that_is_direct() -> None:
    text = (
        "Summit ends\n\n"
        "President Ivo Marsh spoke on Monday in Kell.\n\n"
        "He praised that “The summit was a success. We leave with full hearts.”\n"
    )
    assert _said(text) == [
        ("direct", "Ivo Marsh", "The summit was a success. We leave with full hearts."),
    ]


def test_a_participle_after_a_quotation_of_several_sentences_is_its_speakers() -> None:
    text = (
        "Summit ends\n\n"
        "President Ivo Marsh spoke on Monday in Kell.\n\n"
        "He emphasized “We must work for peace. We remain concerned by the war in the north,”"
        " adding, “we must find lasting solutions.”\n"
    )
    assert [(kind, speaker) for kind, speaker, _ in _said(text)] == [
        ("direct", "Ivo Marsh"),
        ("direct", "Ivo Marsh"),
    ]


def test_a_name_whose_given_name_is_a_word_before_its_title_is_a_person() -> None:
    text = (
        "Flights stopped\n\n"
        "Norland closed its airspace on Monday.\n\n"
        "Grant Vellow, Secretary of State for Transport of Norland, said on Twitter that all"
        " flights would be stopped.\n\n"
        "Hope Kessa, the Transport Secretary, said the ban was right.\n"
    )
    assert [(kind, speaker) for kind, speaker, _ in _said(text)] == [
        ("reported", "Grant Vellow"),
        ("reported", "Hope Kessa"),
    ]


def test_officials_and_news_reports_said_is_the_officials() -> None:
    text = (
        "Arrests at the border\n\n"
        "Minister Ana Berg visited Kell on Monday.\n\n"
        "Police arrested four men near the border, officials and news reports said on Saturday.\n"
    )
    assert _said(text) == [("reported", "officials", "Police arrested four men near the border")]


def test_like_someone_opening_a_sentence_is_no_subject() -> None:
    text = (
        "Arrests at the border\n\n"
        "Minister Ana Berg visited Kell on Monday.\n\n"
        "Like Berg, the group’s chief executive, Ivo Marsh, also backed the plan, and said he"
        " hoped to see more.\n"
    )
    assert _said(text) == [("reported", "Ivo Marsh", "he hoped to see more")]


def test_state_before_secrets_or_media_is_a_noun() -> None:
    text = (
        "Reporters jailed\n\n"
        "Minister Ana Berg visited Kell on Monday.\n\n"
        "The list includes Ivo Marsh, a 71-year-old reporter, who was jailed for allegedly"
        " leaking state secrets to foreign media.\n"
    )
    assert _said(text) == []


def test_the_monarch_is_the_king_who_spoke() -> None:
    text = (
        "Banquet held\n\n"
        "King Olaf hosted the banquet on Friday.\n\n"
        "“Welcome,” King Olaf said.\n\n"
        "The monarch quipped, “I understand that your golf is splendid!”\n\n"
        "The monarch said the guests were welcome.\n"
    )
    assert [(kind, speaker) for kind, speaker, _ in _said(text)] == [
        ("direct", "Olaf"),
        ("direct", "Olaf"),
        ("reported", "Olaf"),
    ]


def test_note_after_an_article_and_an_adjective_is_the_noun() -> None:
    text = (
        "Banquet held\n\n"
        "King Olaf hosted the banquet on Friday.\n\n"
        "King Olaf ended his speech on a positive note, saying in Tarnish: “Vel kom”.\n"
    )
    assert _said(text) == [("direct", "Olaf", "Vel kom")]


def test_the_subject_of_an_object_relative_clause_speaks() -> None:
    text = (
        "Flights banned\n\n"
        "Norland banned flights on Monday.\n\n"
        "Tarnia threatened to ban flights too, a move that Transport Minister Ana Berg said could"
        " halt all air travel.\n"
    )
    assert _said(text) == [("reported", "Ana Berg", "could halt all air travel")]
