"""What an import stores and says is true: a file's stated date is stored as written or not
at all (and the import line says which), a saved page's text is what a reader of the page
sees, in its blocks, and a refused file is refused in figures that hold.

Found by an outside tester (session 28): ``12/05/2025`` stored as a certain 2025-05-12,
``99999-01-01`` as 9999, ``2025-7-4`` as 2025, ``2025-02-30`` failing the whole file; a page
failed as "no article text found" for one ``&#27;`` in a paragraph, its headline ran into its
first paragraph, its ``display:none`` paragraph became a statement; 8 control characters in
219 were "mostly control characters"; "Statement number 1999" dated a text 1999.
"""

from __future__ import annotations

from datetime import date
from pathlib import Path

import pytest

from diplotui.ingest import FAILED, IMPORTED, import_paths
from diplotui.ingest.metadata import guess_date, read_stated_date, years_named
from diplotui.ingest.page_tree import with_block_breaks
from diplotui.store import Store

TODAY = date(2026, 12, 3)


@pytest.fixture
def store(tmp_path: Path):
    with Store.open(tmp_path / "s.json") as opened:
        yield opened


def imported(store: Store, path: Path):
    (outcome,) = import_paths(store, [path]).outcomes
    return outcome


def front_matter(tmp_path: Path, stated: str) -> Path:
    path = tmp_path / "dated.md"
    path.write_text(f"---\ntitle: Dated\ndate: {stated}\n---\nThe envoy spoke.\n")
    return path


@pytest.mark.parametrize(
    ("stated", "stored", "said"),
    [
        ("2025-7-4", ("2025-07-04", False), ""),
        ("2025-07-04T10:30:00+07:00", ("2025-07-04", False), ""),
        ("2025/07/04", ("2025-07-04", False), ""),
        ("July 4, 2025", ("2025-07-04", False), ""),
        ("25/12/2025", ("2025-12-25", False), ""),  # only one reading is a calendar day
        ("12/25/2025", ("2025-12-25", False), ""),
        (
            "12/05/2025",
            ("2025-05-12", True),
            "its date '12/05/2025' may be read day or month first: kept as the guess 2025-05-12?",
        ),
        (
            "99999-01-01",
            ("", False),
            "its date '99999-01-01' is not a date diplotui reads (YYYY-MM-DD): left out",
        ),
        ('"2025-13-45"', ("", False), "its date '2025-13-45' is no calendar date: left out"),
        ("2025-02-30", ("", False), "its date '2025-02-30' is no calendar date: left out"),
        (
            "yesterday",
            ("", False),
            "its date 'yesterday' is not a date diplotui reads (YYYY-MM-DD): left out",
        ),
        ("[2025]", ("", False), "its date is a list or a mapping, not a date: left out"),
    ],
)
def test_a_front_matter_date_is_stored_as_written_a_guess_flagged_or_left_out_and_said(
    store, tmp_path, stated, stored, said
):
    outcome = imported(store, front_matter(tmp_path, stated))
    assert (outcome.status, outcome.reason) == (IMPORTED, said)
    article = store.article(outcome.article_id)
    assert (article.date, article.date_is_guess) == stored
    assert store.article_text(article.id) == "The envoy spoke.\n"


def test_a_stated_date_never_opens_a_longer_number_or_word():
    """A date of five digits was read as its first four ("99999-01-01" as 9999, sorted
    first)."""
    for value in ("99999-01-01", "2025-07-045", "2025-07-04junk", "20250704"):
        assert read_stated_date(value).iso == "", value
    assert read_stated_date("２０２５-０７-０４").iso == "2025-07-04"  # fullwidth digits


HOSTILE_PAGE = """<!doctype html><html><head><meta charset="utf-8"><title>Evil title</title>
</head><body><article><h1>Evil headline</h1>
<p>"We will defend the rules-based order," Foreign Minister Penny Wong said on Tuesday.</p>
<p style="color: red; display:none">"Hidden quote," Minister Hidden said.</p>
<p hidden>"Attribute quote," Minister Attribute said.</p>
<div aria-hidden="true"><p>"Aria quote," Minister Aria said.</p></div>
<p>Text with &#27;[2J escape entity and &#0; null entity and &#x9b; C1.</p>
</article></body></html>"""


def test_a_page_with_control_references_keeps_its_text_headline_apart_hidden_left_out(
    store, tmp_path
):
    path = tmp_path / "evil.html"
    path.write_text(HOSTILE_PAGE)
    outcome = imported(store, path)
    assert outcome.status == IMPORTED, outcome.reason
    assert store.article_text(outcome.article_id).splitlines() == [
        "Evil headline",
        '"We will defend the rules-based order," Foreign Minister Penny Wong said on Tuesday.',
        # the escape sequence dropped as a text file's is; NUL and CSI as a browser reads them
        "Text with escape entity and \ufffd null entity and \u203a C1.",
    ]


def test_block_breaks_are_put_back_only_where_the_line_is_the_pages_blocks():
    blocks = ["Menu", "Headline", "First paragraph.", "Second one."]
    assert with_block_breaks("Headline First paragraph. Second one.", blocks) == (
        "Headline\nFirst paragraph.\nSecond one."
    )
    for text in (
        "Headline First paragraph. Second one. And more",  # words no block holds
        "Headline First paragraph.\nSecond one.",  # already in lines
        "Headline First paragraph.Second one.",  # not joined by a space
    ):
        assert with_block_breaks(text, blocks) == text


def test_control_characters_refused_in_figures_that_hold(store, tmp_path):
    """8 controls among 219 characters were "binary file (mostly control characters)"."""
    text = "Bell \a backspace \b\b\b CR DEL \x7f C1 \x9b31m. " + "Plain words here. " * 10
    text += "\a\a\a"
    path = tmp_path / "ansi.txt"
    path.write_text(text)
    outcome = imported(store, path)
    assert (outcome.status, outcome.reason) == (
        FAILED,
        f"binary data? 9 control characters in {len(text)} characters "
        f"({9 / len(text):.1%}, over the 2% a text may hold)",
    )


MANY_QUOTES = "Many quotes\n\n" + "".join(
    f'"Statement number {n} is important," Minister Alex Kim{n % 7} said.\n\n' for n in range(2100)
)


@pytest.mark.parametrize(
    ("text", "years"),
    [
        (MANY_QUOTES, []),
        ("On July 18 the minister met 2000 delegates.", []),
        ("Decree No. 2019 was read out.", []),
        ("Representative offices for the 2017-2020 tenure.", [2017]),
        ("The meeting held on Tuesday, 4th October, 2025 was convened.", [2025]),
        ("The 2nd ASEAN Future Forum (AFF 2025) in Hanoi.", [2025]),
        ("The talks of March 7 and 8, 2024 in Abidjan ended.", [2024]),
        ("The junta that seized power in a 2021 coup.", [2021]),
        ("The border has been closed since spring 2021.", [2021]),
        ("2013 has brought many displacements.", [2013]),
    ],
    ids=lambda value: value[:30] if isinstance(value, str) else value,
)
def test_the_years_a_text_names_are_years_not_bare_numbers(text, years):
    """What an undated article's year is taken from, and its import line names."""
    assert years_named(text, TODAY) == years
    assert guess_date(text, TODAY) in {"", *map(str, years)}


@pytest.mark.parametrize(
    ("byline", "stored"),
    [
        ("Thursday, 12/05/2025 09:12", ("2025-05-12", True)),  # or December 5
        ("Thursday, 15/03/2018 09:12", ("2018-03-15", False)),  # 15 is no month
        ("Thursday, 05/05/2025 09:12", ("2025-05-05", False)),  # the same either way
    ],
)
def test_a_numeric_byline_that_reads_both_ways_is_a_guess(store, tmp_path, byline, stored):
    path = tmp_path / "byline.txt"
    path.write_text(f"Talks resume\n{byline}\nThe envoy said the talks would resume.\n")
    article = store.article(imported(store, path).article_id)
    assert (article.date, article.date_is_guess) == stored


def test_a_page_saved_with_a_dialog_open_keeps_the_article_it_hid(store, tmp_path):
    """A cookie dialog open when the page was saved hides the rest with ``aria-hidden``:
    what holds most of the page is its article, shown once the dialog closes."""
    paragraphs = "".join(f"<p>The envoy said the talks went well, part {n}.</p>" for n in range(9))
    page = tmp_path / "dialog.html"
    page.write_text(
        "<html><head><title>Talks</title></head><body>"
        f'<div aria-hidden="true"><article><h1>Talks</h1>{paragraphs}</article></div>'
        '<div role="dialog"><p>We use cookies.</p></div></body></html>'
    )
    outcome = imported(store, page)
    assert outcome.status == IMPORTED, outcome.reason
    assert "part 8." in store.article_text(outcome.article_id)
