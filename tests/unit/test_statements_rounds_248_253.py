"""Errors of held-out rounds 248-253 that recur across outlets (stfix36, session 32: classes
of error, not one article's; invented sentences and names)."""

from __future__ import annotations

from diplotui.statements import find_statements


def _said(text: str) -> list[tuple[str, str]]:
    return [(s.speaker, s.text) for s in find_statements(text)]


def _speakers(text: str) -> list[str]:
    return [s.speaker for s in find_statements(text)]


def test_a_royal_style_as_subject_is_the_person_so_styled() -> None:
    text = (
        "Talks end\n\n"
        "His Royal Highness Prince Ivo Marsh, the Minister of Foreign Affairs, said this during a"
        " press conference yesterday.\n\n"
        "“I think the talks have gone well,” said His Royal Highness, addressing reporters.\n\n"
        "But HRH highlighted that there are still a number of meetings to go.\n\n"
        "“We are pleased,” shared HRH.\n"
    )
    assert _speakers(text) == ["Ivo Marsh", "Ivo Marsh", "Ivo Marsh"]


def test_an_imperial_style_opening_the_sentence_is_the_person_so_styled() -> None:
    text = (
        "Visit ends\n\n"
        "Her Imperial Majesty Empress Ana Velk received the envoy on Monday.\n\n"
        "Her Imperial Majesty said that the two nations share a long friendship.\n"
    )
    assert _speakers(text) == ["Ana Velk"]


def test_telling_a_modified_gathering_closes_the_attribution_after_the_content() -> None:
    text = (
        "Talks end\n\n"
        "Norland Foreign Minister Ivo Marsh met his Tarn counterpart on Monday.\n\n"
        "That also implies that Tarn does not begin every talk with old claims, he told a"
        " regular news conference in Belby on Thursday.\n"
    )
    assert _said(text) == [
        ("Ivo Marsh", "That also implies that Tarn does not begin every talk with old claims")
    ]


def test_an_age_as_subject_is_the_person_last_named() -> None:
    text = (
        "Minister to engage\n\n"
        "Norland Foreign Minister Ana Velk met her Tarn counterpart on Monday.\n\n"
        "“Norland and Tarn face many challenges, but we must talk,” the 70-year-old said.\n"
    )
    assert _said(text) == [("Ana Velk", "Norland and Tarn face many challenges, but we must talk,")]


def test_an_expressed_object_followed_only_by_its_occasion_says_nothing() -> None:
    text = (
        "Ministers meet\n\n"
        "Norland Foreign Minister Ivo Marsh and Tarn Foreign Minister Dan Crane expressed their"
        " commitment during the bilateral meeting at the ministry’s building in Belby on"
        " Monday.\n\n"
        "Ivo Marsh expressed his commitment to peace during the meeting.\n"
    )
    assert _said(text) == [("Ivo Marsh", "his commitment to peace during the meeting")]


def test_two_quoted_words_someone_is_said_to_own_are_the_subjects_words() -> None:
    text = (
        "Council answers Tarn\n\n"
        "In Belby, the deputy speaker of the Norland Council, Omar bin Khalif Al-Dossi, slammed"
        ' Tarn\'s "blatant threats."\n\n'
        'The council discussed the "hybrid war" on Monday.\n'
    )
    assert _said(text) == [("Omar bin Khalif Al-Dossi", "blatant threats.")]


def test_a_companion_opening_the_sentence_leaves_the_subject_after_it() -> None:
    text = (
        "Deal signed\n\n"
        "Senator Ivo Marsh spoke on Monday.\n\n"
        "Together with the foreign minister, Senator Marsh issued a statement on Tuesday"
        ' outlining Norland\'s "deep disappointment" with the signing of the agreement.\n'
    )
    assert _said(text) == [("Ivo Marsh", "deep disappointment")]


def test_a_deputy_speaker_apposed_to_a_name_is_that_person_not_an_earlier_deputy() -> None:
    text = (
        "Council answers Tarn\n\n"
        "Norland criticised comments by Tarn Deputy Foreign Minister Dan Crane.\n\n"
        "In Belby, the first deputy speaker of the Norland Council, Omar bin Khalif Al-Dossi,"
        ' slammed Tarn\'s "blatant threats."\n'
    )
    assert _said(text) == [("Omar bin Khalif Al-Dossi", "blatant threats.")]


def test_an_unknown_word_between_a_title_and_a_lone_surname_is_the_given_name() -> None:
    text = (
        "Deal signed\n\n"
        "Tarn was asked by Norland's Minister for International Development and the Pacific"
        " Zed Marsh not to sign the deal.\n\n"
        "Senator Marsh said that the deal was a mistake.\n"
    )
    assert _speakers(text) == ["Zed Marsh"]


def test_a_told_that_sentence_before_a_quotation_keeps_its_own_statement() -> None:
    text = (
        "Visit\n\n"
        "Norland Foreign Minister Ana Velk arrived in Belby on Monday.\n\n"
        "She later told reporters that her lunch with the King was very warm.\n\n"
        "“We had a wide range of conversation. It was clear to see the King’s aims.”\n"
    )
    assert _said(text) == [
        ("Ana Velk", "her lunch with the King was very warm"),
        ("Ana Velk", "We had a wide range of conversation. It was clear to see the King’s aims."),
    ]


def test_a_reported_clause_runs_on_over_its_speakers_own_aside() -> None:
    text = (
        "Minister in Belby\n\n"
        "Norland Foreign Minister Ivo Marsh said today that Tarn leans on Norland, which, as he"
        " pointed out, is a sincere friend of Tarn and is ready to help.\n"
    )
    assert _said(text) == [
        (
            "Ivo Marsh",
            "Tarn leans on Norland, which, as he pointed out, is a sincere friend of Tarn and is"
            " ready to help",
        )
    ]


def test_a_lede_under_the_headline_tagged_with_its_source_is_body_not_a_dek() -> None:
    text = (
        "Norland does not seek war: envoy\n\n"
        "Norland does not seek war, but will defend its land, the envoy Ivo Marsh said during"
        " a council meeting. (Tarn Radio)\n\n"
        "The council met in Belby on Monday.\n"
    )
    assert _said(text) == [("Ivo Marsh", "Norland does not seek war, but will defend its land")]


def test_said_this_as_she_received_someone_points_back_not_forward() -> None:
    text = (
        "Speaker receives minister\n\n"
        "Council Speaker Ana Velk praised the ties with Tarn.\n\n"
        "The Speaker said this as she received in her office yesterday the envoy Dan Crane to"
        " discuss local issues.\n"
    )
    assert _said(text) == [("Ana Velk", "Council Speaker Ana Velk praised the ties with Tarn")]
