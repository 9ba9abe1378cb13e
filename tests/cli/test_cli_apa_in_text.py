"""APA's in-text citation as an analyst pasting a quote into a brief reads it: every author of
a two-author byline, "et al." for three or more, a title standing in for the author in
quotation marks, and the title's own quotes curled in the reference (and in Markdown's linked
title) as in the other styles."""

from __future__ import annotations

from pathlib import Path

import pytest

from tests.cli_runner import run_main

TEXT = (
    '"We are ready to work with all partners," Foreign Minister Bui Thanh Son told reporters.\n\n'
    "The talks resume in March.\n"
)


def _quoted(tmp_path: Path, store_path: Path, front: str, passage: str, text: str = TEXT) -> str:
    """The APA copy of ``passage`` of an article imported with ``front`` as front matter."""
    source = tmp_path / "article.md"
    source.write_text(f"---\n{front}---\n\n{text}", encoding="utf-8")
    db = str(store_path)
    imported = run_main("--db", db, "import", str(source))
    assert imported.returncode == 0, imported.stderr
    article_id = imported.stdout.split()[1]
    made = run_main("--db", db, "highlight", article_id, "--quote", passage)
    assert made.returncode == 0, made.stderr
    quoted = run_main("--db", db, "quote", made.stdout.split()[-1], "--style", "apa")
    assert quoted.returncode == 0, quoted.stderr
    return quoted.stdout


@pytest.mark.parametrize(
    ("author", "in_text"),
    [
        ("Yamada, T., & Sato, K.", "Yamada & Sato, 2025"),
        ("Minh Anh and Lê Hoài Trung", "Minh Anh & Lê Hoài Trung, 2025"),
        ("Yamada, T., Sato, K., & Ito, H.", "Yamada et al., 2025"),
        ("Minh Anh, Lê Hoài Trung and Phạm Thu Hằng", "Minh Anh et al., 2025"),
        ("Yamada, T.", "Yamada, 2025"),
        ("Ministry of Industry and Trade", "Ministry of Industry and Trade, 2025"),
    ],
)
def test_a_byline_of_several_authors_is_cited_in_text_by_all_or_et_al(
    tmp_path: Path, store_path: Path, author: str, in_text: str
):
    front = f"title: Talks resume\nauthor: {author}\nsource: NHK\ndate: 2025-07-14\n"
    out = _quoted(tmp_path, store_path, front, "We are ready to work with all partners")
    assert out.startswith(
        "“We are ready to work with all partners” (Bui Thanh Son, Foreign Minister, "
        f"as cited in {in_text}).\n{author}"
    ), out


def test_a_title_standing_for_the_author_is_in_quotation_marks(tmp_path: Path, store_path: Path):
    front = "title: 'Minister says \"talks were useful\" in Hanoi'\n"
    out = _quoted(tmp_path, store_path, front, "We are ready to work with all partners")
    assert out == (
        "“We are ready to work with all partners” (Bui Thanh Son, Foreign Minister, as cited "
        "in “Minister Says ‘Talks Were Useful’ in Hanoi,” n.d.).\n"
        "Minister says “talks were useful” in Hanoi. (n.d.).\n"
    )


def test_a_reported_statement_names_its_speaker_once(tmp_path: Path, store_path: Path):
    """The sentence already names the speaker (APA's narrative citation): the parenthesis
    repeating "Bui Thanh Son, Foreign Minister" after his name read as a doubled citation."""
    front = "title: Talks resume\nauthor: Minh Anh\nsource: Viet Nam News\ndate: 2025-07-14\n"
    text = "Foreign Minister Bui Thanh Son said the talks had been useful.\n"
    out = _quoted(tmp_path, store_path, front, "the talks had been useful.", text)
    assert out == (
        "Bui Thanh Son (Foreign Minister) said the talks had been useful "
        "(as cited in Minh Anh, 2025).\n"
        "Minh Anh. (2025, July 14). Talks resume. Viet Nam News.\n"
    )


def test_a_linked_title_in_markdown_curls_its_quotes_as_every_style(
    tmp_path: Path, store_path: Path
):
    """Markdown's linked title kept the title's straight quotes, where the same title unlinked
    and in every other style has typographic ones."""
    front = (
        "title: 'Minister says \"talks were useful\" in Hanoi'\nsource: NHK\n"
        "url: https://example.org/talks\n"
    )
    source = tmp_path / "article.md"
    source.write_text(f"---\n{front}---\n\n{TEXT}", encoding="utf-8")
    db = str(store_path)
    article_id = run_main("--db", db, "import", str(source)).stdout.split()[1]
    made = run_main("--db", db, "highlight", article_id, "--quote", "The talks resume in March.")
    quoted = run_main("--db", db, "quote", made.stdout.split()[-1], "--style", "markdown")
    assert quoted.stdout.endswith(
        "> — [Minister says “talks were useful” in Hanoi](https://example.org/talks), *NHK*\n"
    ), quoted.stdout


@pytest.mark.parametrize(
    ("text", "passage", "words"),
    [
        (
            'Prime Minister Anwar Ibrahim said: "This is an important first step."\n',
            "This is an important first step.",
            "“This is an important first step”",
        ),
        (
            '"Why now?" Prime Minister Anwar Ibrahim asked on Monday.\n',
            "Why now?",
            "“Why now?”",
        ),
    ],
)
def test_a_quotations_full_stop_follows_its_in_text_citation(
    tmp_path: Path, store_path: Path, text: str, passage: str, words: str
):
    """newuser43b: APA 7 puts the sentence's full stop after the parenthetical citation, a
    question's mark staying in the quotation, as the reported form already had it; a direct
    quotation was copied “... first step.” (Anwar Ibrahim, ...) with its stop inside and none
    after the citation."""
    front = "title: Talks resume\nauthor: Minh Anh\nsource: Viet Nam News\ndate: 2025-07-14\n"
    out = _quoted(tmp_path, store_path, front, passage, text)
    cited = "(Anwar Ibrahim, Prime Minister, as cited in Minh Anh, 2025)."
    assert out.startswith(f"{words} {cited}\nMinh Anh. (2025, July 14)."), out


def test_a_reported_statements_full_stop_inside_a_quotation_follows_the_citation(
    tmp_path: Path, store_path: Path
):
    """The reported form's words ending in the article's quotation ("... ceasefire.”") kept
    that stop before the citation and added another after it."""
    front = "title: Talks resume\nauthor: Minh Anh\nsource: Viet Nam News\ndate: 2025-07-14\n"
    text = (
        'Prime Minister Hun Manet said his country agreed to pursue an "immediate and '
        'unconditional ceasefire." Hun said more.\n'
    )
    passage = 'his country agreed to pursue an "immediate and unconditional ceasefire."'
    out = _quoted(tmp_path, store_path, front, passage, text)
    assert out.startswith(
        "Hun Manet (Prime Minister) said his country agreed to pursue an “immediate and "
        "unconditional ceasefire” (as cited in Minh Anh, 2025).\n"
    ), out
