"""Finder errors a new user met in articles on the 2025 India-Pakistan ceasefire (newuser44,
session 44), as classes; invented sentences and names, never the articles' text."""

from __future__ import annotations

from diplotui.entities import recognise
from diplotui.statements import find_statements


def _said(text: str) -> list[tuple[str, str]]:
    return [(s.speaker, s.text) for s in find_statements(text)]


def test_a_title_and_name_after_said_that_open_a_clause_are_not_an_inverted_speaker() -> None:
    """ "Y reported that X, who ..., said President Z deserves credit": the president was
    taken for an inverted speaker and quoted as saying the words before the comma, "Y
    reported that X, who ..." (a citation of words Z never said). Without a title ("said
    Moscow supports Beijing") such a clause was already read as none."""
    text = (
        "Talks\n\n"
        "The Gazette reported that the former minister Aziz, who is leading a delegation to"
        " Geneva, said President Morland “deserves credit” for the truce.\n"
    )
    assert all(speaker != "Morland" for speaker, _ in _said(text))
    plain = text.replace("“deserves credit”", "deserves credit")
    assert all(speaker != "Morland" for speaker, _ in _said(plain))


def test_a_title_and_name_after_said_that_end_the_sentence_are_still_its_speaker() -> None:
    text = "Talks\n\nThe truce will hold, said President Morland in a statement.\n"
    assert _said(text) == [("Morland", "The truce will hold")]


def test_cm_before_a_name_is_the_chief_ministers_title_not_part_of_the_name() -> None:
    """Indian outlets write "CM Omar Abdullah" as they write "PM Modi": the speaker was
    named "CM Omar Abdullah" in W, the timeline and every citation, and counted apart from
    the "Chief Minister Omar Abdullah" of the same article."""
    text = (
        "Talks\n\n"
        "The minister was received by CM Rahul Varma at the airport. Chief Minister Rahul"
        " Varma described the attack as unprecedented. “It is much larger than anything we"
        " have seen,” he said.\n"
    )
    assert [speaker for speaker, _ in _said(text)] == ["Rahul Varma"]
    mentions = [(span.type, text[span.start : span.end]) for span in recognise(text)]
    assert ("ROLE", "CM") in mentions


def test_cm_after_a_number_is_a_length_not_a_title() -> None:
    text = "The barrier stands 40 CM high."
    assert [span.type for span in recognise(text)] == []


def test_a_home_minister_is_named_by_the_portfolio_not_as_a_minister() -> None:
    """South Asian outlets say "Home Minister" where others say "Interior Minister": the
    speaker's role was cut to "Minister", which ``role:home`` in W could not find."""
    text = "Talks\n\nUnion Home Minister Arjun Rao said the attackers would not be spared.\n"
    assert [s.role for s in find_statements(text)] == ["Union Home Minister"]


def test_an_attribution_set_off_inside_the_sentence_keeps_the_subject_before_it() -> None:
    """ "X, he warned, will be treated as Y": the words were cut to "will be treated as Y",
    so W and every copy read "Rao warned will be treated as an act of war" (the dev set's
    gold keeps the whole sentence: "This measure, X noted, aims to ...")."""
    text = (
        "Talks\n\n"
        "Prime Minister Arjun Rao addressed the nation. Any future attack on our soil, he"
        " warned, will be treated as an act of war.\n"
    )
    assert _said(text)[-1] == (
        "Arjun Rao",
        "Any future attack on our soil, he warned, will be treated as an act of war",
    )


def test_an_aside_after_an_adverbial_or_before_a_clause_of_its_own_keeps_the_clause() -> None:
    opener = "Talks\n\nPrime Minister Arjun Rao addressed the nation. "
    adverbial = opener + "At the same time, he noted, new concessions are excluded.\n"
    assert _said(adverbial)[-1] == ("Arjun Rao", "new concessions are excluded")
    clause = opener + "Once that is done, he said, the two sides will talk.\n"
    assert _said(clause)[-1] == ("Arjun Rao", "the two sides will talk")


def test_a_speaker_with_a_relative_clause_inside_a_report_that_is_found() -> None:
    """ "Y reported that X, who ..., said Z": "reported" is no listed verb, so X's statement
    counts (GUIDELINES, nested attributions), but its subject was read from the sentence's
    start and not found: X's words went missing (and before, were given to Z)."""
    text = (
        "Talks\n\n"
        "The Gazette reported that former minister Rahul Varma, who is leading a delegation to"
        " Geneva, said President Morland “deserves credit” for the truce.\n"
    )
    assert _said(text) == [("Rahul Varma", "President Morland “deserves credit” for the truce")]


def test_a_listed_verb_before_that_keeps_the_whole_report_its_speakers() -> None:
    text = (
        "Talks\n\n"
        "Rahul Varma said that Arjun Rao, who is leading a delegation, said the deal holds.\n"
    )
    assert [speaker for speaker, _ in _said(text)] == ["Rahul Varma"]


def test_a_reopened_quotation_attributed_after_its_close_is_that_attributions() -> None:
    """A readout quoted with straight marks inside straight marks ('"The Prime Minister said
    X "was engaged in Y" and thanked him. "He appreciated Z," it added.'): the inner
    quotation's closing mark was paired with the next one, so the readout's next sentence
    went to the Prime Minister the clause before names, not to "it", the office issuing it."""
    text = (
        "Talks\n\n"
        "In a readout, the Prime Minister's Office said Prime Minister Omar Vance had spoken"
        ' to President Lind. "The Prime Minister said Lind "was engaged in sincere efforts"'
        ' and thanked him. "He appreciated the role of Norland in the truce," it added.\n'
    )
    found = _said(text)
    assert ("Prime Minister's Office", "He appreciated the role of Norland in the truce,") in found
    statement = text.replace("it added", "the statement added")
    assert ("Prime Minister's Office", "He appreciated the role of Norland in the truce,") in (
        _said(statement)
    )


def test_a_reopened_quotation_with_no_attribution_after_stays_the_speakers_before() -> None:
    text = 'Talks\n\nPrime Minister Omar Vance said, "We will respond. “The truce will hold.\n'
    assert {speaker for speaker, _ in _said(text)} == {"Omar Vance"}


def test_he_after_a_subordinate_clause_in_its_sentence_is_that_clauses_subject() -> None:
    """ "Since May 10, when X announced the truce online, he has reiterated that ...": "he"
    is X, the subject of the clause just before it in its sentence; the lowercase "when"
    hid X from the pronoun, which went to the one who spoke in the paragraph before."""
    said = "Talks\n\nForeign Minister Ana Ruiz said the talks would resume.\n\n"
    text = (
        said + "Since May 10, when President Lind announced the truce online, he has"
        " reiterated many times that he played a key role.\n"
    )
    assert _said(text)[-1] == ("Lind", "many times that he played a key role")
    after = said + "On Monday, after President Lind spoke to both, he said the truce holds.\n"
    assert _said(after)[-1] == ("Lind", "the truce holds")


def test_he_after_a_clause_whose_subject_is_no_person_alone_keeps_the_speaker_before() -> None:
    said = "Talks\n\nForeign Minister Ana Ruiz said the talks would resume.\n\n"
    owned = said + "Since May 10, when Lind's envoy announced the truce, she has said it holds.\n"
    assert _said(owned)[-1] == ("Ana Ruiz", "it holds")
    objected = said + "Since May 10, when Lind called her, she has said it holds.\n"
    assert _said(objected)[-1] == ("Ana Ruiz", "it holds")


def test_a_participle_after_a_clause_joined_by_and_is_its_named_persons() -> None:
    """ "Peru struck X, and by the next morning, Foreign Minister Y contacted Z, saying W":
    the participle hangs on the clause before it, whose subject is Y; it went to Peru,
    the sentence's first subject, putting Y's message in the country's mouth."""
    text = (
        "Talks\n\n"
        "Peru struck nine sites on May 7, and by the next morning, Foreign Minister Ana"
        " Ruiz contacted Tom Lind, saying that Chile was ready to talk.\n"
    )
    assert _said(text) == [("Ana Ruiz", "Chile was ready to talk")]
    plain = text.replace("and by the next morning, ", "and ")
    assert _said(plain) == [("Ana Ruiz", "Chile was ready to talk")]
    met = plain.replace("contacted", "met")
    assert _said(met) == [("Ana Ruiz", "Chile was ready to talk")]


def test_a_participle_after_a_joined_clause_no_person_opens_is_the_main_subjects() -> None:
    text = (
        "Talks\n\n"
        "Foreign Minister Ana Ruiz met Tom Lind on Monday, and the two sides signed a"
        " deal, saying that trade would grow.\n"
    )
    assert [speaker for speaker, _ in _said(text)] == ["Ana Ruiz"]
