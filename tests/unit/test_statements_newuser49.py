"""Finder errors a new user met in articles on Iran's nuclear file in 2025 (newuser49, session
49: Kayhan, Iran International, Dawn), as classes; invented sentences and names, never the
articles' text."""

from __future__ import annotations

import pytest

from diplotui.statements import find_statements

_BEFORE = (
    "Inspections\n\n"
    "VIENNA -- Foreign Minister Darius Kaveh warned the deal depends on restraint.\n\n"
    '"The deal stands only while no hostile step is taken," Kaveh said at a press conference'
    " with IAEA Director-General Marta Oliveira in Cairo.\n\n"
)


def _speakers(text: str) -> list[tuple[str, str]]:
    return [(s.speaker, s.text) for s in find_statements(text)]


@pytest.mark.parametrize(
    "sentence",
    [
        'On her X account, the IAEA chief announced that, "Today we agreed on inspections."',
        'The IAEA head said, "Today we agreed on inspections."',
        "The IAEA's chief said today we agreed on inspections.",
    ],
)
def test_a_named_bodys_chief_is_the_person_titled_its_head_not_the_last_one_named(
    sentence: str,
) -> None:
    """ "the IAEA chief announced" after "IAEA Director-General X" and a quotation of the
    minister: the words went to the minister, the last person named, so a copied quote cited
    him for the agency head's post (as "the head of the IAEA" already found her)."""
    *_, (speaker, said) = _speakers(_BEFORE + sentence + "\n")
    assert speaker == "Marta Oliveira"
    assert said.rstrip(".").lower() == "today we agreed on inspections"


def test_a_body_called_by_its_noun_has_its_head_as_chief() -> None:
    """ "the agency chief said", the agency the International Atomic Energy Agency named
    before: its director general, not the minister quoted last."""
    text = (
        "Inspections\n\nVIENNA -- Foreign Minister Darius Kaveh met Marta Oliveira, director"
        " general of the International Atomic Energy Agency.\n\n"
        '"The deal stands," Kaveh said.\n\nThe agency chief said the cameras would stay.\n'
    )
    assert _speakers(text)[-1] == ("Marta Oliveira", "the cameras would stay")


@pytest.mark.parametrize("chief", ["the nuclear watchdog chief", "the UN nuclear watchdog head"])
def test_a_watchdog_chief_is_the_one_head_of_a_body_the_article_titles(chief: str) -> None:
    """'"...," the nuclear watchdog chief continued.' after the minister disputed her: the
    words went to him, no organisation being named "watchdog"."""
    text = (
        "Inspections\n\nMarta Oliveira, director general of the International Atomic Energy"
        " Agency, said inspectors would have access.\n\nForeign Minister Darius Kaveh said the"
        ' accord "does not create access."\n\n'
        f'"We listened to Norland\'s concerns," {chief} continued.\n'
    )
    assert _speakers(text)[-1][0] == "Marta Oliveira"


def test_an_army_chief_is_not_the_head_of_another_body() -> None:
    """ "the army chief": no watchdog; the agency's head, the one body head titled, is not
    taken for him."""
    text = (
        "Inspections\n\nMarta Oliveira, director general of the International Atomic Energy"
        " Agency, met Foreign Minister Darius Kaveh.\n\n"
        '"The deal stands," Kaveh said.\n\nThe army chief said the border would stay shut.\n'
    )
    assert _speakers(text)[-1][0] != "Marta Oliveira"


def test_a_chief_of_a_body_no_one_is_titled_in_is_not_that_bodys_head() -> None:
    """No person of the article heads the WHO: the mention is not turned into the IAEA's."""
    *_, (speaker, _said) = _speakers(_BEFORE + "The WHO chief said the talks were useful.\n")
    assert speaker != "Marta Oliveira"


@pytest.mark.parametrize(
    ("sentence", "said"),
    [
        (
            "Inspectors, he said, would begin by reading the files.",
            "Inspectors, he said, would begin by reading the files",
        ),
        ("Norland, he said, is ready to talk.", "Norland, he said, is ready to talk"),
        ("Meanwhile, he said, the talks would go on.", "the talks would go on"),
        ("However, he said, would not be enough.", "would not be enough"),
    ],
)
def test_a_one_word_subject_before_he_said_stays_in_the_words(sentence: str, said: str) -> None:
    """ "Inspectors, he said, would begin by ...": the words lost their subject ("would begin
    by ..."), as a two-word one ("The inspectors, he said, ...") kept it; an adverb opening
    the sentence stays out, its clause having a subject of its own."""
    text = (
        "Inspections\n\nThe head of the agency, Marta Oliveira, said on Monday that the"
        f" work had not stopped.\n\n{sentence}\n"
    )
    *_, (speaker, words) = _speakers(text)
    assert (speaker, words) == ("Marta Oliveira", said)


@pytest.mark.parametrize(
    ("title", "organisation"),
    [
        ("secretary of Chile's Supreme Security Council", "Supreme Security Council"),
        ("Secretary of Chile's Supreme Security Council", "Supreme Security Council"),
        ("spokesman for Chile's Ministry of Foreign Affairs", "Ministry of Foreign Affairs"),
    ],
)
def test_a_title_of_a_countrys_body_in_apposition_keeps_the_body(
    title: str, organisation: str
) -> None:
    """ "X, secretary of Iran's Supreme National Security Council, said": the role was
    "secretary" alone, so a citation read "X (secretary)" and ``org:`` found nothing."""
    text = f"Council\n\nAli Kaveh, {title}, said the deal was void.\n"
    [statement] = find_statements(text)
    assert (statement.role, statement.organisation) == (title, organisation)


def test_a_title_before_a_name_keeps_its_body_past_the_bodys_acronym_in_brackets() -> None:
    """ "Director General of the International Atomic Energy Agency (IAEA) X said": the
    acronym between the title and the name broke the chain, and X had no role at all."""
    text = (
        "Access\n\nDirector General of the International Atomic Energy Agency (IAEA) Marta"
        " Oliveira said the inspectors would return.\n"
    )
    [statement] = find_statements(text)
    assert (statement.speaker, statement.role, statement.organisation) == (
        "Marta Oliveira",
        "Director General of the International Atomic Energy Agency",
        "International Atomic Energy Agency",
    )


def test_reports_after_a_determiner_is_a_noun_not_a_source_closing_the_sentence() -> None:
    """ "The inspectors, he said, went on despite the reports.": "the reports" was read as
    a source's verb ("..., the agency reports."), so the words were "The inspectors, he
    said"."""
    text = (
        "Inspections\n\nThe head of the agency, Marta Oliveira, said on Monday that the work"
        " had not stopped.\n\nThe inspectors, he said, went on despite the reports.\n"
    )
    assert _speakers(text)[-1] == (
        "Marta Oliveira",
        "The inspectors, he said, went on despite the reports",
    )


@pytest.mark.parametrize(
    "quoted",
    [
        "We call on the authorities to refrain from any step.",
        "We call on the authorities to refrain from any step. We urge them to resume work.",
    ],
)
def test_they_after_countries_listed_as_a_sentences_subject_is_those_countries(
    quoted: str,
) -> None:
    """ "Britain, France and Germany on Monday issued a joint condemnation ... “...,” they
    added": the words went to "US officials", the group that had spoken two sentences
    before, so a copy cited them for the three countries' statement."""
    text = (
        "Threats\n\nThe president said the strikes worked, but US officials acknowledge it"
        " will take time to assess the damage.\n\n"
        "Britain, France and Germany on Monday issued a joint condemnation of the threats.\n\n"
        f'"{quoted[:-1]}," they added.\n'
    )
    assert _speakers(text)[-1][0] == "Britain, France and Germany"
