"""A pronoun after a subject named since the last speaker spoke: the speaker again when the
article names them anew in a later sentence than that subject's (coref50; invented texts).

"X said A. President Y nominated X in 2017. Staff greeted X with cheers. '...,' he told them"
is X's: the last speaker, named again after Y, is the one in view. Where the speaker is not
named again, or only in the subject's own sentence ("Y met X"), the subject named last stands
as before.
"""

from __future__ import annotations

from diplotui.statements import find_statements

TITLE = "Aid chief honoured\n\n"
SPOKE = '"The award belongs to our staff," Karl Berg told reporters by phone from Niger.\n\n'
NOMINATED = "President Olaf Lind nominated the former governor for the post in 2017. "


def speakers(body: str) -> list[str]:
    return [s.speaker for s in find_statements(TITLE + body)]


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
