"""A highlight in an article imported from Markdown is quoted and exported as the reader shows
it: "the **ministry** agreed" printed its asterisks, and a link its address; a plain text's
asterisks are its words, and stay."""

from __future__ import annotations

from pathlib import Path

from diplotui.model import Highlight
from diplotui.store import Store
from tests.cli_runner import run_main

SENTENCE = "The **ministry** agreed to _resume_ talks on [the border](https://example.org/b_2026)."


def _highlighted(store_path: Path, note: Path) -> str:
    """``note`` imported by the command line, its sentence highlighted (stored offsets)."""
    assert run_main("--db", str(store_path), "import", str(note)).returncode == 0
    with Store.open(store_path) as store:
        article = next(a for a in store.articles() if a.origin_path.endswith(note.name))
        text = store.article_text(article.id)
        start = text.index(SENTENCE)
        highlight = Highlight(
            id="00000000d0c5",
            article_id=article.id,
            start=start,
            end=start + len(SENTENCE),
            quote=SENTENCE,
        )
        store.save_highlight(highlight)
    return highlight.id


def test_a_markdown_articles_quote_and_export_leave_its_marks_out(store_path: Path, tmp_path: Path):
    note = tmp_path / "talks.md"
    note.write_text(f"# Border talks\n\n{SENTENCE}\n", encoding="utf-8")
    highlight_id = _highlighted(store_path, note)
    quoted = run_main("--db", str(store_path), "quote", highlight_id, "--style", "plain")
    assert quoted.returncode == 0, quoted.stderr
    assert "The ministry agreed to resume talks on the border." in quoted.stdout, quoted.stdout
    assert "example.org" not in quoted.stdout and "*" not in quoted.stdout
    exported = run_main("--db", str(store_path), "export", "--format", "csv")
    assert exported.returncode == 0, exported.stderr
    assert "The ministry agreed to resume talks on the border." in exported.stdout
    assert "**" not in exported.stdout and "b_2026" not in exported.stdout


def test_a_plain_texts_stars_are_quoted_as_written(store_path: Path, tmp_path: Path):
    note = tmp_path / "talks.txt"
    note.write_text(f"Border talks\n\n{SENTENCE}\n", encoding="utf-8")
    highlight_id = _highlighted(store_path, note)
    quoted = run_main("--db", str(store_path), "quote", highlight_id, "--style", "plain")
    assert quoted.returncode == 0, quoted.stderr
    assert SENTENCE in quoted.stdout


STATEMENT = (
    "Foreign Minister Tran Van Son said the talks would resume *soon* on "
    "[the border](https://example.org/b_2026)."
)


def test_a_markdown_articles_statements_are_listed_without_its_marks(
    store_path: Path, tmp_path: Path
):
    note = tmp_path / "talks.md"
    note.write_text(f"# Border talks\n\n{STATEMENT}\n", encoding="utf-8")
    assert run_main("--db", str(store_path), "import", str(note)).returncode == 0
    for how in ((), ("--json",)):
        listed = run_main("--db", str(store_path), "statements", "--speaker", "Tran Van", *how)
        assert listed.returncode == 0, listed.stderr
        assert "the talks would resume soon on the border" in listed.stdout, listed.stdout
        assert "*soon*" not in listed.stdout and "b_2026" not in listed.stdout
    of_file = run_main("statements", str(note))  # the file itself, read as Markdown
    assert of_file.returncode == 0, of_file.stderr
    assert "resume soon on the border" in of_file.stdout and "*" not in of_file.stdout


def test_a_links_address_is_no_speaker_in_the_statements_listing(store_path: Path, tmp_path: Path):
    note = tmp_path / "talks.md"
    body = "Talks would *resume*, as [its note](https://example.org/note_2026) put it."
    note.write_text(f"# Border talks\n\n{body}\n", encoding="utf-8")
    assert run_main("--db", str(store_path), "import", str(note)).returncode == 0
    listed = run_main("--db", str(store_path), "statements", "--json")
    assert listed.returncode == 0, listed.stderr
    assert "example.org" not in listed.stdout.casefold(), listed.stdout
    with Store.open(store_path) as store:
        [article] = [a for a in store.articles() if a.markdown]
    named = run_main("--db", str(store_path), "entities", article.id)
    assert named.returncode == 0, named.stderr
    assert "example.org" not in named.stdout.casefold(), named.stdout


def test_a_markdown_article_is_highlighted_by_the_words_the_reader_shows(
    store_path: Path, tmp_path: Path
):
    """``highlight --quote`` with what the reader shows (and y copies) of a Markdown article
    said it did not occur: it was looked for among the marks."""
    note = tmp_path / "talks.md"
    note.write_text(f"# Border talks\n\n{SENTENCE}\n", encoding="utf-8")
    assert run_main("--db", str(store_path), "import", str(note)).returncode == 0
    with Store.open(store_path) as store:
        article = next(a for a in store.articles() if a.origin_path.endswith(note.name))
        text = store.article_text(article.id)
    shown = "ministry agreed to resume talks on the border"
    made = run_main("--db", str(store_path), "highlight", article.id, "--quote", shown)
    assert made.returncode == 0, made.stderr
    with Store.open(store_path) as store:
        (highlight,) = store.highlights(article.id)
    assert text[highlight.start : highlight.end] == highlight.quote
    assert highlight.quote == "ministry** agreed to _resume_ talks on [the border"
    as_typed = run_main("--db", str(store_path), "highlight", article.id, "--quote", "_resume_")
    assert as_typed.returncode == 0, as_typed.stderr


def test_a_markdown_articles_highlight_is_listed_and_confirmed_without_its_marks(
    store_path: Path, tmp_path: Path
):
    """The confirmation of ``highlight`` and the ``annotations`` listing printed
    '“The **ministry** agreed to _resume_ …”', marks the reader, quote and export leave out."""
    note = tmp_path / "talks.md"
    note.write_text(f"# Border talks\n\n{SENTENCE}\n", encoding="utf-8")
    assert run_main("--db", str(store_path), "import", str(note)).returncode == 0
    with Store.open(store_path) as store:
        (article,) = (a for a in store.articles() if a.origin_path.endswith(note.name))
    made = run_main(
        "--db", str(store_path), "highlight", article.id, "--quote", "The **ministry** agreed"
    )
    assert made.returncode == 0, made.stderr
    listed = run_main("--db", str(store_path), "annotations", article.id)
    assert listed.returncode == 0, listed.stderr
    for printed in (made.stdout, listed.stdout):
        assert "“The ministry agreed”" in printed and "*" not in printed, printed


def test_a_highlight_stays_on_its_words_when_an_update_marks_them_up(
    store_path: Path, tmp_path: Path
):
    """A Markdown file updated with its words emphasised reads the same in the reader, yet
    ``import --update`` made its highlight an orphan: its words were looked for among the
    marks."""
    note = tmp_path / "talks.md"
    note.write_text("# Border talks\n\nThe ministry agreed to resume talks.\n", encoding="utf-8")
    assert run_main("--db", str(store_path), "import", str(note)).returncode == 0
    with Store.open(store_path) as store:
        (article,) = (a for a in store.articles() if a.origin_path.endswith(note.name))
    made = run_main("--db", str(store_path), "highlight", article.id, "--quote", "ministry agreed")
    assert made.returncode == 0, made.stderr
    note.write_text(
        "# Border talks\n\nThe **ministry** agreed to *resume* talks.\n", encoding="utf-8"
    )
    updated = run_main("--db", str(store_path), "import", "--update", str(note))
    assert updated.returncode == 0, updated.stderr
    with Store.open(store_path) as store:
        (highlight,) = store.highlights(article.id)
        text = store.article_text(article.id)
    assert highlight.status != "orphan", highlight
    assert text[highlight.start : highlight.end] == highlight.quote == "ministry** agreed"


def test_a_passage_only_in_a_markdown_articles_hidden_marks_is_not_highlighted(
    store_path: Path, tmp_path: Path
):
    """A link's address is markup the reader does not show: highlighted, it was quoted,
    listed and exported as '“”'. The command says why, and stores nothing."""
    note = tmp_path / "talks.md"
    note.write_text(f"# Border talks\n\n{SENTENCE}\n", encoding="utf-8")
    assert run_main("--db", str(store_path), "import", str(note)).returncode == 0
    with Store.open(store_path) as store:
        (article,) = (a for a in store.articles() if a.origin_path.endswith(note.name))
    made = run_main("--db", str(store_path), "highlight", article.id, "--quote", "example.org")
    assert made.returncode == 2, made.stdout
    assert "example.org" in made.stderr and "Markdown" in made.stderr
    assert len(made.stderr.strip().splitlines()) == 1, made.stderr
    with Store.open(store_path) as store:
        assert store.highlights(article.id) == []


def test_a_markdown_article_stays_markdown_through_an_export_and_its_import(
    store_path: Path, tmp_path: Path
):
    """An export leaves the file an article came from out (it names the exporter's folders),
    and with it what made the article Markdown: imported from the export, its link's address
    was named an organisation and the reader showed its marks."""
    note = tmp_path / "talks.md"
    note.write_text(f"# Border talks\n\n{SENTENCE}\n", encoding="utf-8")
    _highlighted(store_path, note)
    exported = tmp_path / "export.json"
    made = run_main("--db", str(store_path), "export", "--format", "json", "-o", str(exported))
    assert made.returncode == 0, made.stderr
    assert str(tmp_path) not in exported.read_text(encoding="utf-8")
    fresh = tmp_path / "fresh" / "library.json"
    assert run_main("--db", str(fresh), "--create", "import", str(exported)).returncode == 0
    with Store.open(fresh) as store:
        (article,) = (a for a in store.articles() if a.title == "Border talks")
    assert article.markdown
    named = run_main("--db", str(fresh), "entities", article.id)
    assert named.returncode == 0, named.stderr
    assert "example.org" not in named.stdout, named.stdout
    with Store.open(fresh) as store:
        (highlight_id,) = [h.id for h in store.highlights(article.id)]
    quoted = run_main("--db", str(fresh), "quote", highlight_id, "--style", "plain")
    assert "The ministry agreed to resume talks on the border." in quoted.stdout, quoted.stdout
