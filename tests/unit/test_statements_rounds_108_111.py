"""Statements and speakers the held-out rounds 108-111 missed or misread
(tests/statements_dev/SOURCES: classes of error, invented sentences and names)."""

from __future__ import annotations

from tests.unit.test_statements_rounds_104_107 import found


def test_doubled_curly_single_marks_quote_like_double_ones() -> None:
    body = (
        "Senator Olga Brandt spoke in Oslo.\n"
        "‘’The river joins our two towns,’’ added Brandt.\n"
        "‘‘We will build the bridge,’’ she said.\n"
    )
    assert found(body) == [
        ("Olga Brandt", "direct", "The river joins our two towns,"),
        ("Olga Brandt", "direct", "We will build the bridge,"),
    ]


def test_said_opening_an_inverted_attribution_is_no_given_name() -> None:
    body = (
        "Senator Olga Brandt spoke in Oslo.\n"
        "Said Brandt: “The bridge will open in May.”\n"
        "She said the toll would be low.\n"
    )
    assert [speaker for speaker, _, _ in found(body)] == ["Olga Brandt", "Olga Brandt"]


def test_a_two_letter_word_between_a_title_and_a_name_opens_the_name() -> None:
    body = (
        "The ferry will run all year, President To Linh said on Monday.\n"
        "Ports will be widened, the President said.\n"
    )
    assert [speaker for speaker, _, _ in found(body)] == ["To Linh", "To Linh"]


def test_told_a_named_addressee_then_where_is_an_attribution_after_its_content() -> None:
    body = (
        "The ferry will run all year, Minister Ana Berg told Senator of the Republic Tom Hale"
        " at a dinner in Oslo on May 3.\n"
    )
    assert found(body) == [("Ana Berg", "reported", "The ferry will run all year")]


def test_an_office_named_head_last_is_named_head_first_where_the_article_does() -> None:
    body = (
        "The Transport Ministry noted that the ferry will run all year.\n"
        "Ports were discussed at the Ministry of Transport in Oslo.\n"
    )
    assert [speaker for speaker, _, _ in found(body)] == ["Ministry of Transport"]


def test_when_and_a_gerund_after_an_attribution_is_an_adjunct() -> None:
    body = (
        "The ferry will run all year, Minister Ana Berg said when opening talks with"
        " Senator Tom Hale of the coastal province in Oslo on Monday.\n"
    )
    assert found(body) == [("Ana Berg", "reported", "The ferry will run all year")]


def test_a_plural_title_after_several_is_a_group() -> None:
    body = "After the vote, several MPs have called for the port to be closed.\n"
    assert found(body) == [("MPs", "reported", "the port to be closed")]


def test_a_pronoun_after_an_opening_phrase_without_comma_is_the_subject() -> None:
    body = (
        "Minister Ana Berg spoke in Oslo.\n"
        "During the dinner she also called on the guests to support the ferry.\n"
    )
    assert found(body) == [("Ana Berg", "reported", "the guests to support the ferry")]


def test_an_indefinite_title_is_the_person_named_next_speaking_with_it() -> None:
    body = (
        "The ferry will run all year, a transport ministry spokesman said on Monday.\n"
        "“Ports will be widened,” transport ministry spokesman Paul Ostrow said in a briefing.\n"
    )
    assert [speaker for speaker, _, _ in found(body)] == ["Paul Ostrow", "Paul Ostrow"]


def test_two_countries_after_the_and_an_opening_adjunct_speak_together() -> None:
    body = "Last week, the Netherlands and Norway announced plans to send ships to the port.\n"
    assert found(body) == [
        ("Netherlands and Norway", "reported", "plans to send ships to the port")
    ]


def test_a_quotation_cut_off_by_the_text_after_a_persons_sentence_is_theirs() -> None:
    body = (
        "Minister Ana Berg spoke in Oslo.\n"
        "“The towns must work together,” she said.\n"
        "She therefore sought the help of the port towns.\n"
        "“The ferry will need the support of every town along the"
    )
    assert found(body)[1:] == [
        ("Ana Berg", "direct", "The ferry will need the support of every town along the")
    ]


def test_a_quotation_cut_off_after_someone_who_did_not_speak_last_is_nobodys() -> None:
    body = (
        "“The towns must work together,” the ministry said.\n"
        "Ana Berg served as mayor of Oslo before taking office.\n"
        "“The ferry will need the support of every town along the"
    )
    assert found(body) == [("ministry", "direct", "The towns must work together,")]


def test_a_stressed_object_ends_before_by_saying_its_own_statement() -> None:
    body = (
        "Minister Ana Berg spoke in Oslo.\n"
        "She did, however, stress the value of trade by saying that ports are always open.\n"
    )
    assert found(body) == [
        ("Ana Berg", "reported", "the value of trade"),
        ("Ana Berg", "reported", "ports are always open"),
    ]


def test_an_indefinite_description_after_the_subject_is_an_aside() -> None:
    body = (
        "Ana Berg, a veteran of the party, said the port could close.\n"
        "The Harbour Times, a tabloid owned by the party, said in an editorial that the"
        " ferry was late.\n"
    )
    assert [speaker for speaker, _, _ in found(body)] == ["Ana Berg", "The Harbour Times"]


def test_that_of_a_time_is_no_complementiser() -> None:
    body = "The Harbour Times said in an editorial that same day that the port could close.\n"
    assert found(body) == [("The Harbour Times", "reported", "the port could close")]


def test_an_unclosed_aside_of_means_leaves_the_subject_before_it() -> None:
    body = (
        "In a letter, the government, through the Transport Ministry said that the port"
        " could close.\n"
    )
    assert found(body) == [("government", "reported", "the port could close")]


def test_a_directive_broken_over_two_paragraphs_is_the_infinitive_after_the_break() -> None:
    body = (
        "Minister Ana Berg visited the northern ports on Friday.\n"
        "During the visit, the minister urged the port towns as well as the ferry crews working"
        " on the northern routes in the winter months\n"
        "\n"
        "to keep the service running all year. Crews were thanked.\n"
    )
    assert found(body) == [("Ana Berg", "reported", "to keep the service running all year")]


def test_a_quotation_whose_opening_mark_was_lost_runs_from_its_paragraphs_start() -> None:
    body = (
        "The Transport Ministry met the envoy on Monday.\n"
        "The letter was not sent through the proper channel,” the ministry said in a note.\n"
    )
    assert found(body) == [
        (
            "Transport Ministry",
            "direct",
            "The letter was not sent through the proper channel,",
        )
    ]


def test_an_office_named_by_its_portfolio_alone_is_the_office_named_in_full() -> None:
    body = (
        "The Ministry of Coastal Transport met the envoy on Monday.\n"
        "Coastal Transport said the port would close.\n"
    )
    assert found(body) == [("Ministry of Coastal Transport", "reported", "the port would close")]
