"""A statement's highlight from end to end: what ``highlight`` stores, what ``quote`` copies and
what every export says of it, for highlights made now and highlights stored before."""

from __future__ import annotations

import csv
import io
import json
from pathlib import Path

import pytest

from diplotui.anchoring import new_highlight
from diplotui.model import AnchorStatus, Article, Highlight
from diplotui.store import Store, text_hash
from tests.cli_runner import run_main

TEXT = (
    "Viet Nam rejects China's fishing ban in East Sea\n\n"
    "Answering reporters' question about the ban, spokeswoman Pham Thu Hang said: \"Viet Nam's "
    "consistent stance is that the decision violates Viet Nam's sovereignty.\"\n\n"
    "According to the spokeswoman, Viet Nam requests China not to complicate the situation.\n\n"
    'Chinese Foreign Ministry spokesman Lin Jian said on Friday that China "has indisputable '
    'sovereignty" over the islands.\n\n'
    "Le ministre a déclaré : « Nous sommes prêts à discuter. »\n\n"
    "German officials said: „Wir sind bereit.“\n"
)
ARTICLE_ID = text_hash(TEXT)[:12]
OLD_STYLE = (
    "spokeswoman Pham Thu Hang said: \"Viet Nam's consistent stance is that the decision "
    "violates Viet Nam's sovereignty.\""
)
HANG_WORDS = "Viet Nam's consistent stance is that the decision violates Viet Nam's sovereignty."
ARTICLE = Article(id=ARTICLE_ID, title=TEXT.split("\n", 1)[0], text_hash="",
                  source="Vietnam News Agency", date="2025-05-02")  # fmt: skip


@pytest.fixture
def db(store_path: Path) -> str:
    with Store.open(store_path) as store:
        store.add_article(ARTICLE, TEXT)
    return str(store_path)


def _stored(db: str, words: str, speaker: str, role: str = "") -> str:
    """A highlight of ``words`` with a speaker, as a store made before this session (or an
    import, or a sync) may hold it: its quote the whole passage, the reporter's words too."""
    start = TEXT.index(words)
    highlight = new_highlight(
        ARTICLE_ID, TEXT, start, start + len(words), speaker=speaker, speaker_role=role
    )
    with Store.open(Path(db)) as store:
        store.save_highlight(highlight)
    return highlight.id


def _quote(db: str, highlight_id: str, style: str = "plain") -> str:
    printed = run_main("--db", db, "quote", highlight_id, "--style", style)
    assert printed.returncode == 0, printed.stderr
    return printed.stdout


def _exports(db: str) -> tuple[dict, dict, list[list[str]]]:
    found = [run_main("--db", db, "export", "--format", fmt) for fmt in ("json", "w3c", "csv")]
    assert all(result.returncode == 0 for result in found), [r.stderr for r in found]
    document, w3c = json.loads(found[0].stdout), json.loads(found[1].stdout)
    return document, w3c, list(csv.reader(io.StringIO(found[2].stdout)))


def test_what_a_copy_quotes_is_what_every_export_calls_direct(db: str) -> None:
    """Exports took ``kind`` from the finder, copies decided by quotation marks: a quotation
    in guillemets or „...“ was copied as the reporter's paraphrase and exported as direct, a
    passage with the reporter's words around a quotation the other way round."""
    passages = {
        OLD_STYLE: ("Pham Thu Hang", "spokeswoman"),
        "Viet Nam requests China not to complicate the situation": ("Pham Thu Hang", ""),
        'China "has indisputable sovereignty" over the islands': ("Lin Jian", "spokesman"),
        "has indisputable sovereignty": ("Lin Jian", "spokesman"),
        "Le ministre a déclaré : « Nous sommes prêts à discuter. »": ("Le ministre", ""),
        "Nous sommes prêts": ("Le ministre", ""),
        "German officials said: „Wir sind bereit.“": ("German officials", ""),
    }
    ids = {_stored(db, words, *who): words for words, who in passages.items()}
    copies = {words: _quote(db, highlight_id) for highlight_id, words in ids.items()}
    quoted = {words: copied.startswith("“") for words, copied in copies.items()}
    assert quoted == {
        OLD_STYLE: True,
        "Viet Nam requests China not to complicate the situation": False,
        'China "has indisputable sovereignty" over the islands': False,
        "has indisputable sovereignty": True,
        "Le ministre a déclaré : « Nous sommes prêts à discuter. »": True,
        "Nous sommes prêts": True,
        "German officials said: „Wir sind bereit.“": True,
    }
    assert copies["German officials said: „Wir sind bereit.“"].startswith("“Wir sind bereit.”\n")
    assert copies["Le ministre a déclaré : « Nous sommes prêts à discuter. »"].startswith(
        "“Nous sommes prêts à discuter.”\n— Le ministre, quoted in"
    )
    wanted = {
        highlight_id: "direct" if quoted[words] else "reported"
        for highlight_id, words in ids.items()
    }
    document, w3c, rows = _exports(db)
    assert {h["id"]: h["kind"] for h in document["highlights"]} == wanted
    items = w3c["first"]["items"]
    assert {i["id"].rsplit(":", 1)[1]: i["diplotui:speechKind"] for i in items} == wanted
    assert {row[7]: row[12] for row in rows[1:]} == wanted  # kind, before status


def test_a_statements_highlight_stores_its_speakers_words(db: str) -> None:
    """``highlight --quote 'Hang said: "..."'`` stored the reporter's "Hang said:" in the
    quote the annotations, the JSON and W3C exports give as Hang's; only copies cut it."""
    made = run_main("--db", db, "highlight", ARTICLE_ID, "--quote", OLD_STYLE)
    assert made.returncode == 0, made.stderr
    highlight_id = made.stdout.splitlines()[-1]
    with Store.open(Path(db)) as store:
        stored = store.highlight(highlight_id)
    assert stored.quote == HANG_WORDS
    assert TEXT[stored.start : stored.end] == HANG_WORDS  # anchored on those words
    assert stored.speaker == "Pham Thu Hang"
    assert "Hang said" not in made.stdout
    again = run_main("--db", db, "highlight", ARTICLE_ID, "--quote", OLD_STYLE)
    assert again.returncode == 1 and "already highlighted" in again.stderr  # the same words
    document, w3c, rows = _exports(db)
    assert [h["quote"] for h in document["highlights"]] == [HANG_WORDS]
    assert w3c["first"]["items"][0]["target"]["selector"][0]["exact"] == HANG_WORDS
    assert rows[1][3] == HANG_WORDS
    assert _quote(db, highlight_id).startswith(f"“{HANG_WORDS}”\n— Pham Thu Hang")


def test_highlights_stored_before_still_export_and_copy_their_speakers_words(db: str) -> None:
    """A highlight stored with the reporter's words keeps them (its anchor, restorable);
    copies, the brief and the sheet give the speaker's words, and nothing is rewritten."""
    highlight_id = _stored(db, OLD_STYLE, "Pham Thu Hang", "spokeswoman")
    before = Path(db).read_bytes()
    copied = _quote(db, highlight_id)
    assert copied.startswith(f"“{HANG_WORDS}”\n— Pham Thu Hang (spokeswoman), quoted in")
    document, w3c, rows = _exports(db)
    (record,) = document["highlights"]
    assert (record["quote"], record["kind"]) == (OLD_STYLE, "direct")  # as stored
    assert w3c["first"]["items"][0]["target"]["selector"][0]["exact"] == OLD_STYLE
    assert (rows[1][3], rows[1][12], rows[1][13]) == (HANG_WORDS, "direct", "anchored")
    brief = run_main("--db", db, "export").stdout
    assert f"> {HANG_WORDS}\n>\n> — Pham Thu Hang (spokeswoman)" in brief
    assert "Hang said" not in brief
    assert Path(db).read_bytes() == before  # no migration: the store is as it was


def test_annotations_names_a_statements_speaker_and_marks_no_paraphrase_as_a_quotation(
    db: str,
) -> None:
    """``annotations`` listed a statement's highlight as bare words in quotation marks: the
    speaker the exports carry was not shown, and the reporter's paraphrase read as the
    speaker's own words. It lists them as the sidebar and the brief give them."""
    _stored(db, OLD_STYLE, "Pham Thu Hang", "spokeswoman")
    _stored(db, "Viet Nam requests China not to complicate the situation", "Pham Thu Hang")
    listed = run_main("--db", db, "annotations")
    assert listed.returncode == 0, listed.stderr
    lines = listed.stdout.splitlines()
    [direct] = [line for line in lines if "consistent stance" in line]
    said_by = "“Viet Nam's consistent stance is that the decision violates…”  — Pham Thu Hang"
    assert f"{said_by} (spokeswoman)" in direct, direct
    [reported] = [line for line in lines if "complicate" in line]
    # stored without a role before speakers had sources: the finder's, named as it names her now
    said = "Pham Thu Hang (spokeswoman) said: Viet Nam requests China not to complicate the"
    assert f"{said} situation." in reported, reported
    assert "“" not in reported, reported


def test_an_orphaned_statements_highlight_is_read_between_its_stored_context(
    db: str, store_path: Path
) -> None:
    """A highlight whose words left the text was always exported as the reporter's
    paraphrase: its stored prefix and suffix still say whether it stood inside quotation
    marks. (``quote`` refuses an orphan: its words are not the article's now.)"""
    highlight_id = _stored(db, "has indisputable sovereignty", "Lin Jian", "spokesman")
    with Store.open(store_path) as store:
        highlight = store.highlight(highlight_id)
        orphan = Highlight(
            **{**highlight.to_dict(), "status": AnchorStatus.ORPHAN.value, "start": 0, "end": 0}
        )
        store.save_highlight(orphan)
    refused = run_main("--db", db, "quote", highlight_id)
    assert refused.returncode == 1 and "an orphan" in refused.stderr
    document, _, _ = _exports(db)
    assert document["highlights"][0]["kind"] == "direct"


def test_statements_as_json_cannot_drive_the_terminal(tmp_path: Path) -> None:
    """``statements --json`` and ``--jsonl`` printed a bidi override or a zero-width space
    as it is (every other command escapes them): a statement's words reordered on screen."""
    text = (
        'Talks resume\n\nSpokeswoman Pham Thu Hang said: "We are\u202e ready\u200b [bold]now'
        '[/bold]\u2066 to talk."\n'
    )
    path = tmp_path / "hostile.txt"
    path.write_text(text, encoding="utf-8")
    db = str(tmp_path / "library.json")
    assert run_main("--db", db, "--create", "import", str(path)).returncode == 0
    for command in (["statements", str(path)], ["--db", db, "statements"]):
        for flag in ("--json", "--jsonl"):
            printed = run_main(*command, flag)
            assert printed.returncode == 0, printed.stderr
            for hidden in ("\u202e", "\u200b", "\u2066"):  # (U+2028 ends a line: a
                # statement never holds it)
                assert hidden not in printed.stdout, (command, flag)
            assert "\\u202e" in printed.stdout
    (record,) = json.loads(run_main("statements", str(path), "--json").stdout)
    assert record["text"] == text[record["start"] : record["end"]]  # offsets still hold
    assert "[bold]now[/bold]" in record["text"]  # the article's words, markup as text
