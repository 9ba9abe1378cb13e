"""Whose a highlight's speaker is decides what may give it another: the finder's answer now
for the finder's, a correction of its words for the user's (never the finder)."""

from __future__ import annotations

import dataclasses

from diplotui.anchoring import new_highlight, speaker_kept, speaker_source_at, spoken_now
from diplotui.ingest.update import speakers_now
from diplotui.model import AnchorStatus, SpeakerSource, Statement
from diplotui.statements.corrections import new_speaker_correction
from tests.cli.test_cli_statement_highlights import ARTICLE_ID, HANG_WORDS, TEXT

FOUND, USER = SpeakerSource.FOUND.value, SpeakerSource.USER.value
START = TEXT.index(HANG_WORDS)
END = START + len(HANG_WORDS)
HANG = Statement(START, END, HANG_WORDS, "direct", "Pham Thu Hang", "pham thu hang", "PERSON",
                 role="spokeswoman")  # fmt: skip


def _hang_words(speaker: str, source: str, role: str = ""):  # type: ignore[no-untyped-def]
    return new_highlight(ARTICLE_ID, TEXT, START, END, speaker=speaker, speaker_role=role,
                         speaker_source=source)  # fmt: skip


def test_the_finders_speaker_follows_its_answer_and_the_users_stays() -> None:
    for source in (FOUND, ""):  # "": stored before sources, read as the finder's
        now = spoken_now(_hang_words("Lin Jian", source, "spokesman"), TEXT, [HANG])
        assert (now.speaker, now.speaker_role, now.speaker_source) == (
            "Pham Thu Hang",
            "spokeswoman",
            source,
        )
    mine = _hang_words("Nguyen Minh Vu", USER)
    assert spoken_now(mine, TEXT, [HANG]) is mine
    assert speaker_kept(mine, TEXT, []) is None and speaker_kept(mine, TEXT, [], True) is None


def test_no_statement_now_keeps_the_speaker_and_says_so() -> None:
    stale = _hang_words("Lin Jian", FOUND)
    assert spoken_now(stale, TEXT, []) is stale
    assert speaker_kept(stale, TEXT, []) == "unfound"
    orphan = dataclasses.replace(stale, status=AnchorStatus.ORPHAN.value)
    assert spoken_now(orphan, TEXT, [HANG]) is orphan and speaker_kept(orphan, TEXT, []) is None
    elsewhere = TEXT.replace("Viet Nam's consistent", "Viet Nam's steady")  # no longer its words
    assert spoken_now(stale, elsewhere, [HANG]) is stale
    assert speaker_kept(stale, elsewhere, []) is None


def test_a_finder_that_failed_leaves_the_speaker_unchecked_not_unfound() -> None:
    """The finder raising on the text gives no answer: "no statement here" would be false."""
    stale = _hang_words("Lin Jian", FOUND)
    assert speaker_kept(stale, TEXT, [], failed=True) == "unchecked"
    assert spoken_now(stale, TEXT, []) is stale  # the speaker first found, kept as stored


def test_a_speaker_made_on_corrected_words_is_the_users() -> None:
    correction = new_speaker_correction(ARTICLE_ID, TEXT, START, END, "Nguyen Minh Vu")
    assert speaker_source_at([correction], START, END) == USER
    assert speaker_source_at([correction], 0, 10) == FOUND
    orphaned = dataclasses.replace(correction, status=AnchorStatus.ORPHAN.value)
    assert speaker_source_at([orphaned], START, END) == FOUND
    none = dataclasses.replace(correction, speaker="")
    assert speaker_source_at([none], START, END) == FOUND


def test_a_text_update_reads_the_finders_again_and_the_users_only_from_its_corrections() -> None:
    """An update (or a sync, an import) reads a highlight's speaker again from the new text:
    the finder's takes the finder's answer; the user's stays while the correction naming it
    does, even one that lost its words; a later correction of its words gives its own (a
    teammate's, an import's); once none names it (taken back), the finder's again."""
    stale, mine = _hang_words("Lin Jian", FOUND), _hang_words("Nguyen Minh Vu", USER)
    text = TEXT.replace("Answering", "Asked")
    moved = [dataclasses.replace(h, start=h.start - 4, end=h.end - 4) for h in (stale, mine)]
    made = new_speaker_correction(ARTICLE_ID, TEXT, START, END, "Nguyen Minh Vu")
    lost = dataclasses.replace(made, status=AnchorStatus.ORPHAN.value)  # its words went
    found, kept = speakers_now(moved, text, "", [], [lost])
    assert (found.speaker, found.speaker_source) == ("Pham Thu Hang", FOUND)
    assert (kept.speaker, kept.speaker_source) == ("Nguyen Minh Vu", USER)
    later = new_speaker_correction(ARTICLE_ID, text, kept.start, kept.end, "Do Hung Viet")
    _, taken = speakers_now(moved, text, "", [], [later])
    assert (taken.speaker, taken.speaker_source) == ("Do Hung Viet", USER)
    _, back = speakers_now(moved, text, "", [])
    assert (back.speaker, back.speaker_source) == ("Pham Thu Hang", FOUND)


def test_a_shared_annotation_file_carries_whose_the_speaker_is() -> None:
    """A sync writes each highlight as a W3C annotation of its own: a teammate's copy of a
    user's speaker is the user's there too, not one the finder may replace."""
    from diplotui.share import files
    from diplotui.share.files import annotation_file, annotation_path, read_annotation

    doc = files.record_doc(_hang_words("Nguyen Minh Vu", USER))
    path = annotation_path(doc)
    read = read_annotation(path, annotation_file(doc))
    assert (read["speaker"], read["speaker_source"]) == ("Nguyen Minh Vu", USER)
    assert files.extra_fields(files.ANNOTATIONS_DIR, annotation_file(doc)) == {}
