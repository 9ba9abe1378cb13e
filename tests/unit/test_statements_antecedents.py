"""Whom "he", "she" or a role noun stands for when others were named since the speaker spoke
(coref50; invented texts).

"X said A. President Y nominated X in 2017. Staff greeted X with cheers. '...,' he told them"
is X's: the last speaker, named again after Y in a later sentence, is the one in view. Where
the speaker is not named again, or only in the subject's own sentence ("Y met X"), the subject
named last stands as before. Which mentions are subjects at all is tested below.
"""

from __future__ import annotations

from diplotui.entities import recognise
from diplotui.model import EntitySpan
from diplotui.statements import find_statements

TALKS = "Talks in Norland\n\n"
SPOKE = '"The award belongs to our staff," Karl Berg told reporters by phone from Niger.\n\n'
NOMINATED = "President Olaf Lind nominated the former governor for the post in 2017. "


def said_by(body: str) -> list[tuple[str, str]]:
    return [(s.speaker, s.text) for s in find_statements(TALKS + body)]


def speakers(body: str) -> list[str]:
    return [speaker for speaker, _ in said_by(body)]


def test_speaker_named_again_after_another_subject_keeps_the_pronoun() -> None:
    body = (
        SPOKE
        + NOMINATED
        + "Staff in Niamey greeted Berg with cheers as he arrived. "
        + '"Two things matter," he told them.'
    )
    assert speakers(body) == ["Karl Berg", "Karl Berg"]


def test_role_noun_after_the_speaker_named_again_is_the_speaker() -> None:
    body = (
        SPOKE
        + NOMINATED
        + "Staff in Niamey greeted Berg with cheers as he arrived. "
        + "The official said the award would help the agency's work."
    )
    assert speakers(body)[-1] == "Karl Berg"


def test_subject_named_last_stands_when_the_speaker_is_not_named_again() -> None:
    body = SPOKE + NOMINATED + '"Two things matter," he told them.'
    assert speakers(body) == ["Karl Berg", "Olaf Lind"]


def test_subject_named_last_stands_when_the_speaker_is_its_sentence_object() -> None:
    body = (
        SPOKE
        + "President Olaf Lind met Berg in Oslo on Monday.\n\n"
        + '"Two things matter," he told them.'
    )
    assert speakers(body) == ["Karl Berg", "Olaf Lind"]


# Which persons named since the speaker spoke are subjects a pronoun may stand for (coref50):
# a name set off after an object, or opening a plural list, is none; a title after "As" names a
# capacity; a passive's agent and a lowercase title opening its sentence ("The Norlandic
# minister is ...") are.


def test_name_apposed_to_a_participles_object_is_no_subject() -> None:
    body = (
        "Karl Berg addressed supporters in Oslo on Monday. Once again denying the legitimacy of"
        " the Office of the High Representative and its leader, Olaf Lind, he told supporters"
        ' that "not a single bullet will be fired".'
    )
    assert said_by(body) == [("Karl Berg", "not a single bullet will be fired")]


def test_person_opening_a_plural_list_is_no_subject_for_he() -> None:
    body = (
        '"We are thirsty for peace," Prime Minister Karl Berg said on Monday. UN'
        " Secretary-General Olaf Lind, world leaders and organizations around the globe have"
        ' expressed deep concerns about the crisis. He said, "I believe the world will judge'
        ' rightly."'
    )
    assert speakers(body) == ["Karl Berg", "Karl Berg"]


def test_lowercase_title_opening_its_sentence_with_is_is_the_subject() -> None:
    body = (
        "Environment Minister Karl Berg, who chairs the next climate talks, said the countries"
        " were engaged. UN Secretary-General Olaf Lind has invited world leaders to New York in"
        " September. The Norlandic minister is set to serve as president of the talks in"
        ' December. "We are thinking that the summit could bring us good messages," he said.'
    )
    assert speakers(body) == ["Karl Berg", "Karl Berg"]


def test_passive_agent_set_off_by_commas_is_the_subject() -> None:
    body = (
        'Foreign Minister Karl Berg spoke on Wednesday of worrying events. "Our first duty is to'
        ' keep the peace," he said. Information denied in the evening by the leader of the'
        ' separatist region, Olaf Lind. "I officially declare that no such decision was taken,"'
        " he said."
    )
    assert said_by(body)[-1] == (
        "Olaf Lind",
        "I officially declare that no such decision was taken,",
    )


def test_title_after_as_is_a_capacity_not_a_subject() -> None:
    body = (
        "Prime Minister Olaf Lind of Sudland met the press in London last year.\n\n"
        "Karl Berg was the guest of honour at the ceremony this morning. Speaking at the"
        " ceremony, the Head of Government said that he considered it a duty to defend the"
        " islands. As Prime Minister, I consider it a sacred duty,” he said.\n"
        "Furthermore, he emphasised that the government has been fighting for the islands."
    )
    assert set(speakers(body)) == {"Karl Berg"}


def test_place_read_after_an_honorific_is_the_person_she_stands_for() -> None:
    """The recogniser typed "Holguín" in "Ms Holguín" a place (politis, round 534-553): given
    such spans, the mention is still the envoy's, and "she" hers."""
    text = (
        TALKS + "A meeting between Karl Berg and the UN envoy María Ángela Holguín was held on"
        " Wednesday.\n\nIn a statement, Ms Holguín stressed the importance of dialogue between"
        " the two leaders.\n\nShe said that such dialogue is essential."
    )
    spans = [
        EntitySpan(s.start, s.end, "GPE", s.text) if s.text == "Holguín" else s
        for s in recognise(text)
    ]
    assert [s.speaker for s in find_statements(text, spans)] == ["María Ángela Holguín"] * 2


def test_he_opening_an_excerpt_is_the_one_man_named_later() -> None:
    """An excerpt opening on "He noted" names two persons later, one of them "Ms.": "he" is
    the other (a cut text of parikiaki, once "Ms. Holguín" read as a person)."""
    body = (
        "He noted that the talks were useful.\n\n"
        "“We discussed our stance with Ms. Ana Lima,” Karl Berg said."
    )
    assert speakers(body) == ["Karl Berg", "Karl Berg"]
