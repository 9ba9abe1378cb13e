"""Direct quotations and speakers' names the held-out rounds 84-87 missed or misread
(tests/statements_dev/SOURCES: classes of error, invented names)."""

from __future__ import annotations

from diplotui.statements import find_statements

TITLE = "A headline that is not read\n"


def found(body: str) -> list[tuple[str, str, str]]:
    return [(s.speaker, s.kind, s.text) for s in find_statements(TITLE + body)]


def test_a_quotation_after_a_reported_clause_ending_in_a_colon_is_its_speakers() -> None:
    body = (
        "Without naming Erland or Vosk, with whom the bloc is at odds on trade, Ana Quiroga"
        " said that the key to a strong union is unity: “We cannot let this go, least of all"
        " when our shared rules are at stake.”\n"
    )
    assert found(body) == [
        ("Ana Quiroga", "reported", "the key to a strong union is unity"),
        (
            "Ana Quiroga",
            "direct",
            "We cannot let this go, least of all when our shared rules are at stake.",
        ),
    ]


def test_a_quotation_in_the_that_clause_of_an_unlisted_verb_of_speech_is_direct() -> None:
    body = (
        "Asked whether Vosk still saw Erland as neutral, Tomas Vela replied that such claims"
        ' are just "war talk."\n'
        "Ana Quiroga assured that the new cabinet would “act”.\n"
        "Rui Sal believes that the deal is a “milestone”.\n"
    )
    assert found(body) == [
        ("Tomas Vela", "direct", "war talk."),
        ("Ana Quiroga", "direct", "act"),
        ("Rui Sal", "direct", "milestone"),  # "believe" unlisted, its quotation direct as the
        # dev set's gold has it ('his entourage believe that “manipulation” is ...'; round 326)
    ]


def test_a_quotation_continuing_the_last_speakers_words_without_a_verb_is_theirs() -> None:
    body = (
        'Ana Quiroga said she wanted to "listen above all" on her visit. She assured that the'
        ' cabinet would "never act over the heads of our neighbours". The key interest is a'
        ' "strong and united union". On hard topics, it is vital to always “think from the'
        " other side”.\n"
        "The talks ended on Friday.\n"
        'The summit has been called a "turning point for all of us".\n'
    )
    assert found(body) == [
        ("Ana Quiroga", "reported", 'she wanted to "listen above all" on her visit'),
        ("Ana Quiroga", "direct", "never act over the heads of our neighbours"),
        ("Ana Quiroga", "direct", "strong and united union"),
        ("Ana Quiroga", "direct", "think from the other side"),
    ]


def test_an_unlisted_verb_inside_a_reported_clause_leaves_its_quotation_to_the_clause() -> None:
    body = "Tomas Vela said the office maintains that the “talks must go on at all costs.”\n"
    assert found(body) == [
        ("Tomas Vela", "reported", "the office maintains that the “talks must go on at all costs.”")
    ]


def test_an_attribution_closing_its_sentence_may_hold_a_weekday_then_an_adjunct() -> None:
    body = (
        "Officials of both sides discussed the need to address the flow of migrants, the"
        " visiting Ambassador Rui Sal said Monday following a meeting in the capital.\n"
    )
    assert found(body) == [
        (
            "Rui Sal",
            "reported",
            "Officials of both sides discussed the need to address the flow of migrants",
        )
    ]


def test_a_name_run_into_a_place_or_a_trains_name_is_no_persons_name() -> None:
    text = (
        "Rui Sal Portugal Spain bilateral issues\n\n"
        "LISBON: Foreign Minister Rui Sal on Thursday made a visit to Portugal and Spain.\n\n"
        "Posting on his page, Rui Sal said it was a “short but productive visit”.\n"
    )
    assert [(s.speaker, s.text) for s in find_statements(text)] == [
        ("Rui Sal", "it was a “short but productive visit”")
    ]
    text = (
        "Erland behind attack on Jaffar Express: spokesperson\n"
        "He also stated that our main priority is peace in the region\n\n"
        "Vosk: The spokesperson has said that the attack on the Jaffar Express was planned"
        " abroad.\n"
    )
    assert [(s.speaker, s.text) for s in find_statements(text)] == [
        ("spokesperson", "the attack on the Jaffar Express was planned abroad")
    ]


def test_a_titles_initials_stand_for_the_person_titled_so_after_its() -> None:
    text = (
        "Only government can recall US envoy Quiroga tells off critics\n\n"
        "The Kenyan government, through its Cabinet Secretary for Foreign and Diaspora Affairs,"
        " Dr Ana Quiroga, has defended the envoy.\n\n"
        "The CS said the government would work with all partners.\n"
    )
    assert [(s.speaker, s.text) for s in find_statements(text)] == [
        ("Ana Quiroga", "the government would work with all partners")
    ]


def test_a_government_of_a_place_described_first_is_named_whole() -> None:
    body = (
        "Officials are seeing more migrants from the east, the government of border city"
        " Tijuana said.\n"
    )
    assert found(body) == [
        (
            "government of border city Tijuana",
            "reported",
            "Officials are seeing more migrants from the east",
        )
    ]


def test_it_said_closing_a_sentence_is_the_organisation_opening_it() -> None:
    body = (
        "LISBON (Reuters) - THE Portuguese foreign ministry summoned the envoy of Erland on"
        " Monday over comments by its spokesman, it said.\n"
        "The comments addressed internal affairs, the ministry added.\n"
    )
    assert found(body) == [
        (
            "Portuguese foreign ministry",
            "reported",
            "THE Portuguese foreign ministry summoned the envoy of Erland on Monday over"
            " comments by its spokesman",
        ),
        ("Portuguese foreign ministry", "reported", "The comments addressed internal affairs"),
    ]


def test_a_news_agencys_sign_off_after_an_attribution_is_no_content() -> None:
    body = (
        "Spokesperson Ana Quiroga said the claims were baseless. Erland asks that Vosk not"
        " further complicate the situation, she said./.VNA\n"
    )
    assert found(body) == [
        ("Ana Quiroga", "reported", "the claims were baseless"),
        (
            "Ana Quiroga",
            "reported",
            "Erland asks that Vosk not further complicate the situation",
        ),
    ]


def test_a_short_line_opening_with_he_said_is_body_though_its_stop_was_lost() -> None:
    body = (
        "Rui Sal said the meeting was a success.\n\n"
        "He said the leaders have endorsed the ocean plan which was warmly embraced\n\n"
        "The leaders also agreed on fisheries.\n"
    )
    assert found(body) == [
        ("Rui Sal", "reported", "the meeting was a success"),
        (
            "Rui Sal",
            "reported",
            "the leaders have endorsed the ocean plan which was warmly embraced",
        ),
    ]


def test_two_countries_joined_by_and_speak_together() -> None:
    body = (
        "In joint statements, Portugal and the US consistently affirmed their commitment to"
        " the Charter.\n"
    )
    assert found(body) == [("Portugal and the US", "reported", "their commitment to the Charter")]


def test_the_newspaper_is_the_one_the_article_names() -> None:
    body = (
        "Erland Zeitung notes that the minister changed his tone. The newspaper notes that"
        " the minister denies any rift with Vosk.\n"
        '"What he means by this, he did not say," the newspaper continues, "but it goes'
        ' without saying."\n'
    )
    assert found(body) == [
        ("Erland Zeitung", "reported", "the minister changed his tone"),
        ("Erland Zeitung", "reported", "the minister denies any rift with Vosk"),
        ("Erland Zeitung", "direct", "What he means by this, he did not say,"),
        ("Erland Zeitung", "direct", "but it goes without saying."),
    ]


def test_a_quotation_closed_by_a_noun_subject_and_an_unlisted_verb_is_theirs() -> None:
    body = (
        "Foreign Minister Rui Sal met the envoy on Monday.\n"
        '"We will not give in to threats of any kind," the minister retorted.\n'
    )
    assert found(body) == [("Rui Sal", "direct", "We will not give in to threats of any kind,")]


def test_an_attitude_verb_joined_to_a_said_clause_ends_it_and_frames_a_quotation() -> None:
    body = (
        "Foreign Minister Rui Sal said the envoy's message was in line with the plan and"
        " commended her for speaking the truth to critics, “however painful it may be to"
        " some”.\n"
    )
    assert found(body) == [
        ("Rui Sal", "reported", "the envoy's message was in line with the plan"),
        ("Rui Sal", "direct", "however painful it may be to some"),
    ]
