"""Errors of held-out rounds 254-259 that recur across outlets (stfix37, session 32: classes
of error, not one article's; invented sentences and names)."""

from __future__ import annotations

from diplotui.statements import find_statements


def _said(text: str) -> list[tuple[str, str]]:
    return [(s.speaker, s.text) for s in find_statements(text)]


def _found(text: str) -> list[tuple[str, str, str]]:
    return [(s.kind, s.speaker, s.text) for s in find_statements(text)]


def test_a_spanish_title_is_no_part_of_the_name() -> None:
    text = (
        "Norland answers\n\n"
        "“With Norland you do not play,” said Presidenta Ana Ruiz at a press conference.\n\n"
        "“We are a peaceful people,” said Ruiz.\n"
    )
    assert [s for s, _ in _said(text)] == ["Ana Ruiz", "Ana Ruiz"]


def test_a_title_that_lost_a_letter_names_the_person_with_that_surname() -> None:
    text = (
        "Norland answers\n\n"
        "“No,” said Presidenta Ana Ruiz.\n\n"
        "“We are ready to respond,” said Presienta Ruiz.\n"
    )
    assert [s for s, _ in _said(text)] == ["Ana Ruiz", "Ana Ruiz"]


def test_a_quotation_in_a_stance_clause_is_direct() -> None:
    text = (
        "Norland answers\n\n"
        "“No,” said President Ana Ruiz.\n\n"
        "The president was adamant that the statements made by her counterpart are “absurd"
        " and rude” and that “Tarn has no right to the coast”.\n\n"
        "Minister Ivo Marsh made it clear that any such ideas are “totally unacceptable”.\n"
    )
    assert _found(text)[1:] == [
        ("direct", "Ana Ruiz", "absurd and rude"),
        ("direct", "Ana Ruiz", "Tarn has no right to the coast"),
        ("direct", "Ivo Marsh", "totally unacceptable"),
    ]


def test_but_and_a_second_verb_without_subject_ends_the_reported_clause() -> None:
    text = (
        "Norland answers\n\n"
        "Minister Ivo Marsh stressed that Norland is ready to help, but made it clear that any"
        " such ideas are “totally unacceptable”.\n"
    )
    assert _found(text) == [
        ("reported", "Ivo Marsh", "Norland is ready to help"),
        ("direct", "Ivo Marsh", "totally unacceptable"),
    ]


def test_but_and_the_speakers_pronoun_open_a_second_reported_clause() -> None:
    text = (
        "Norland answers\n\n"
        "Marsh said talks with Tarn were “frank but constructive”, but he firmly reiterated"
        " that a merger is neither needed nor wanted.\n"
    )
    assert _said(text) == [
        ("Marsh", "talks with Tarn were “frank but constructive”"),
        ("Marsh", "a merger is neither needed nor wanted"),
    ]


def test_calling_after_a_titled_subject_of_a_subordinate_clause_is_that_persons() -> None:
    text = (
        "Norland answers\n\n"
        "The ban came after Secretary of State Ivo Marsh posted on X at 15:00 EDT (19:00 GMT)"
        " on 13 March, calling Pokrat a “race-baiting politician”.\n"
    )
    assert _found(text) == [("direct", "Ivo Marsh", "race-baiting politician")]


def test_a_pair_whose_second_person_has_a_lowercase_title_speaks_jointly() -> None:
    text = (
        "Norland answers\n\n"
        "COPENHAGEN: Norland’s Foreign Minister Ivo Marsh and Tarn’s top diplomat Ana Ruiz"
        " have confirmed that the allies agreed to set up a working group.\n\n"
        "They also acknowledged that progress remains limited.\n"
    )
    assert [s for s, _ in _said(text)] == ["Ivo Marsh and Ana Ruiz", "Ivo Marsh and Ana Ruiz"]


def test_a_plural_title_from_a_list_of_countries_with_a_serial_comma_speaks() -> None:
    text = (
        "Norland answers\n\n"
        "Foreign Ministers from Norland, Tarn, and Vell have warned that talks could harm the"
        " alliance.\n"
    )
    assert _said(text) == [("Foreign Ministers", "talks could harm the alliance")]


def test_a_joint_statements_listed_issuers_are_all_its_speakers() -> None:
    text = (
        "Norland answers\n\n"
        "A day before, a joint statement issued by the US, France, Canada, the European Union,"
        " the UK and Qatar had called for a 21-day ceasefire.\n"
    )
    assert _said(text) == [
        ("US, France, Canada, the European Union, the UK and Qatar", "a 21-day ceasefire")
    ]


def test_a_long_list_of_issuers_is_read_whole() -> None:
    text = (
        "Norland answers\n\n"
        "A joint statement issued by the US, France, Australia, Canada, the European Union,"
        " Germany, Italy, Japan, Saudi Arabia, the UAE, the UK and Qatar had called for a"
        " 21-day ceasefire.\n"
    )
    assert [s for s, _ in _said(text)] == [
        "US, France, Australia, Canada, the European Union, Germany, Italy, Japan, Saudi"
        " Arabia, the UAE, the UK and Qatar"
    ]


def test_also_between_the_subject_and_an_unlisted_verb_after_a_quotation() -> None:
    text = (
        "Norland answers\n\n"
        "Norlandic Foreign Minister Ivo Marsh warned that Tarn might issue ultimatums.\n\n"
        "“Time for discussions is over. Europe must act now,” Norlandic FM also posted on X.\n"
    )
    assert _said(text)[1] == ("Ivo Marsh", "Time for discussions is over. Europe must act now,")


def test_a_short_quotation_standing_as_a_paragraph_without_a_stop_is_a_crosshead() -> None:
    text = (
        "Norland answers\n\n"
        "Minister Ana Ruiz arrives in Tarnby.\n\n"
        '"My visit is more than a symbol," she says.\n\n'
        '"Norland will continue to support Tarn"\n\n'
        "She meets Tarnian Foreign Minister Ivo Marsh, who has just prese"
    )
    assert [t for _, t in _said(text)] == ["My visit is more than a symbol,"]


def test_a_photographs_note_between_the_subject_and_its_verb() -> None:
    text = (
        "Norland answers\n\n"
        "Foreign minister Ivo Marsh (pictured) says he is committed to ending the isolation.\n"
    )
    assert _said(text) == [("Ivo Marsh", "he is committed to ending the isolation")]


def test_a_day_opening_the_sentence_before_a_subject_with_a_prepositional_aside() -> None:
    text = (
        "Norland answers\n\n"
        "On Monday, Prime Minister Ivo Marsh, in discussions with Secretary General Ana Ruiz,"
        " reaffirmed the region’s commitment to supporting Tarn.\n"
    )
    assert _said(text) == [("Ivo Marsh", "the region’s commitment to supporting Tarn")]


def test_according_to_what_a_source_published_is_the_sources() -> None:
    for opening, source in (
        ("According to what was published by the Ministry of Foreign Affairs", "Ministry"),
        ("According to what Ivo Marsh said", "Ivo Marsh"),
    ):
        text = f"Norland answers\n\n{opening}, both ministers agreed on the need for talks.\n"
        said = _said(text)
        assert len(said) == 1 and source in said[0][0]
        assert said[0][1] == "both ministers agreed on the need for talks"


def test_when_asked_to_comment_the_subject_says_nothing_yet() -> None:
    text = (
        "Norland answers\n\n"
        "Spokesperson Ivo Marsh made the remarks at a press briefing when asked to comment on a"
        " fact sheet on interference in Tarn affairs.\n"
    )
    assert _said(text) == []


def test_said_the_following_names_no_content() -> None:
    text = (
        "Norland answers\n\n"
        "In response to media enquiries on the call, the Chief Executive’s Office said the"
        " following:\n\n"
        "Mrs Ana Ruiz said she welcomed the call.\n"
    )
    assert _said(text) == [("Ana Ruiz", "she welcomed the call")]


def test_elsewhere_opening_the_sentence_before_a_coordinated_said() -> None:
    text = (
        "Norland answers\n\n"
        "Elsewhere in his remarks, Ivo Marsh referred to the ceasefire and stated, “Talks will"
        " continue.”\n"
    )
    assert _said(text) == [("Ivo Marsh", "Talks will continue.")]


def test_without_saying_or_specifying_is_the_reporters_clause() -> None:
    for doing in ("saying", "specifying"):
        text = (
            "Norland answers\n\n"
            f"Ana Ruiz announced that she will open relations with Tarn, without {doing} whether"
            " this will end ties with Vell.\n"
        )
        assert _said(text) == [("Ana Ruiz", "she will open relations with Tarn")]


def test_which_she_urged_not_to_is_a_second_statement_of_the_speaker() -> None:
    text = (
        "Norland answers\n\n"
        "Ana Ruiz said she will open relations with Tarn, which she urged not to fall into the"
        " trap. Ruiz said the reforms of Tarn, which she announced in March, were working.\n"
    )
    assert _said(text) == [
        ("Ana Ruiz", "she will open relations with Tarn"),
        ("Ana Ruiz", "not to fall into the trap"),
        ("Ana Ruiz", "the reforms of Tarn, which she announced in March, were working"),
    ]


def test_highlighting_a_topic_before_an_unlisted_main_verb_says_nothing() -> None:
    text = (
        "Norland answers\n\n"
        "Ana Ruiz spoke.\n\n"
        "Highlighting other crises, she spotlighted 850,000 people displaced in Tarn.\n\n"
        "Acknowledging their differences, Ruiz said talks would go on.\n"
    )
    assert _said(text) == [
        ("Ana Ruiz", "their differences"),
        ("Ana Ruiz", "talks would go on"),
    ]


def test_and_according_to_a_source_before_a_predicate_is_the_sources() -> None:
    text = (
        "Norland answers\n\n"
        "The rise comes with an epidemic which broke out last October, and according to the"
        " World Health Organization, ballooned to more than 38,000 cases.\n"
    )
    assert _said(text) == [("World Health Organization", "ballooned to more than 38,000 cases")]
