"""Statements and speakers the held-out rounds 628-629 missed or misread (issue 17, branch
stfix133): one invented sentence per class of error, its span and speaker as a user sees them."""

from __future__ import annotations

from diplotui.statements import find_statements

TITLE = "A headline that is not read\n"


def found(body: str) -> list[tuple[str, str, str]]:
    return [(s.speaker, s.kind, s.text) for s in find_statements(TITLE + body)]


def test_a_role_subject_after_two_asides_of_an_opening_phrase_is_not_the_person_it_names() -> None:
    body = (
        "Supreme Court Minister Ana Lima cast her vote on Thursday.\n"
        "In her vote, the minister stated that the accused led the plot.\n"
        "After a dissenting vote presented by Minister Paulo Souza, of the First Panel of the"
        " Court, in a session that lasted hours on Wednesday, the minister was the third to"
        " vote and highlighted the evidence of a plot.\n"
        "“The plot was real,” she stated.\n"
    )
    assert found(body) == [
        ("Ana Lima", "reported", "the accused led the plot"),
        ("Ana Lima", "reported", "the evidence of a plot"),
        ("Ana Lima", "direct", "The plot was real,"),
    ]


def test_a_bare_regnal_name_stays_the_ruler_it_stood_for_when_a_namesake_is_named() -> None:
    body = (
        "Pope Pius XIV outlined his vision for the papacy on Saturday.\n"
        "Pius, the first pope from Malta, told the cardinals that he was committed to reform.\n"
        "His namesake, Pope Pius XII, led the Church through the war.\n"
        "Pius said he identified with his predecessor.\n"
        "“The Church offers everyone her teaching,” he noted.\n"
    )
    assert found(body) == [
        ("Pius XIV", "reported", "he was committed to reform"),
        ("Pius XIV", "reported", "he identified with his predecessor"),
        ("Pius XIV", "direct", "The Church offers everyone her teaching,"),
    ]


def test_a_surname_led_by_its_particle_is_the_one_last_named_with_it() -> None:
    body = (
        "The sanctions hit Maria Lopes da Costa, the wife of a judge.\n"
        "They come as Justice Paulo da Costa, who led the inquiry, faces sanctions too.\n"
        "Justice da Costa responded by asserting that the courts remain robust.\n"
    )
    assert found(body) == [("Paulo da Costa", "reported", "the courts remain robust")]


def test_a_quotation_after_titled_and_a_colon_is_a_title_not_a_statement() -> None:
    body = "Anna Berg wrote in a guest essay titled: “Our democracy is not for sale.”\n"
    assert found(body) == []


def test_call_without_its_particle_after_a_quotation_attributes_nothing() -> None:
    body = (
        "In her essay, Anna Berg wrote that the verdict “safeguards our institutions.”\n"
        "“This was not a witch hunt” as Paul Dorn and other officials have called the trial,"
        " Berg wrote.\n"
    )
    assert found(body) == [
        ("Anna Berg", "direct", "safeguards our institutions."),
        ("Anna Berg", "direct", "This was not a witch hunt"),
    ]


def test_a_quotation_after_an_aside_as_someone_put_it_is_theirs() -> None:
    body = (
        "The bishops agreed that while the new pope comes from abroad, he is -- as Cardinal"
        " Paul Dorn put it -- “a citizen of the entire world.”\n"
    )
    assert found(body) == [("Paul Dorn", "direct", "a citizen of the entire world.")]


def test_a_quotation_after_wrote_in_a_column_and_a_dashed_aside_then_that_is_the_writers() -> None:
    body = (
        "In her reaction, Anna Berg wrote in a New York Times opinion column -- addressed to"
        " her counterpart Paul Dorn -- that she was “proud” of the verdict.\n"
    )
    assert found(body) == [("Anna Berg", "direct", "proud")]


def test_local_reports_are_a_group_speaker_as_media_reports_are() -> None:
    body = "Local reports suggest other judges might have faced similar visa revocations.\n"
    assert found(body) == [
        ("Local reports", "reported", "other judges might have faced similar visa revocations")
    ]


def test_a_relative_clause_after_an_opening_phrase_is_passed_over_to_the_subject() -> None:
    body = (
        "However, from Peru, where the pope served for decades as a bishop, President Dina"
        " Ruiz expressed national pride. “His election fills our nation with pride.”\n"
    )
    assert found(body) == [("Dina Ruiz", "direct", "His election fills our nation with pride.")]


def test_a_second_predicate_quoting_after_a_possessive_goes_on_in_the_first_ones_words() -> None:
    body = (
        "Chiclayo Bishop Paul Dorn spoke to the crowd.\n"
        "Bishop Dorn described Leo as “deeply sensitive to social justice” and praised his"
        " “big heart” and closeness to the poor and “those who suffer.”\n"
    )
    assert found(body) == [
        ("Paul Dorn", "direct", "deeply sensitive to social justice"),
        ("Paul Dorn", "direct", "big heart"),
        ("Paul Dorn", "direct", "those who suffer."),
    ]


def test_he_in_a_which_clause_after_a_who_clause_is_the_person_before_who() -> None:
    body = (
        "“It is shocking,” President Donald Ray said.\n"
        "Others answered, such as Bolivian President Luis Arce, who rejected “the statements,”"
        " which he described as “a free and sovereign country” in a region at peace.\n"
    )
    assert ("Luis Arce", "direct", "a free and sovereign country") in found(body)


def test_a_quotation_right_after_the_verb_of_a_who_clause_is_the_persons_before_who() -> None:
    body = (
        "Other presidents answered, such as Bolivian President Luis Arce, who rejected “the"
        " interventionist statements by the United States.”\n"
    )
    assert found(body) == [
        ("Luis Arce", "direct", "the interventionist statements by the United States.")
    ]
