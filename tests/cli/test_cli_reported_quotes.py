"""A brief never misquotes anyone: ``quote`` and the Markdown brief on what newuser27 copied
(session 27), a spokeswoman's statements as a news agency reported them."""

from __future__ import annotations

from pathlib import Path

import pytest

from diplotui.model import Article
from diplotui.store import Store, text_hash
from tests.cli_runner import run_main

TEXT = (
    "Viet Nam rejects China's fishing ban in East Sea\n\n"
    "Hanoi, May 2, 2025 (VNA) - Viet Nam resolutely rejects China's unilateral fishing ban in "
    "the East Sea, Foreign Ministry spokeswoman Pham Thu Hang stated on May 2.\n\n"
    "Answering reporters' question about China's summer fishing ban, Hang said: \"Viet Nam's "
    "consistent stance is that China's unilateral decision violates Viet Nam's sovereignty over "
    'the Hoang Sa archipelago."\n\n'
    "According to the spokeswoman, Viet Nam requests China not to complicate the situation.\n\n"
    'Chinese Foreign Ministry spokesman Lin Jian said on Friday that China "has indisputable '
    'sovereignty" over the islands.\n'
)
ARTICLE_ID = text_hash(TEXT)[:12]
CITED = "“Viet Nam rejects China's fishing ban in East Sea,” Vietnam News Agency, May 2, 2025."


@pytest.fixture
def db(store_path: Path) -> str:
    with Store.open(store_path) as store:
        article = Article(
            id=ARTICLE_ID,
            title="Viet Nam rejects China's fishing ban in East Sea",
            text_hash="",
            source="Vietnam News Agency",
            date="2025-05-02",
        )
        store.add_article(article, TEXT)
    return str(store_path)


def _highlight(db: str, quote: str) -> str:
    made = run_main("--db", db, "highlight", ARTICLE_ID, "--quote", quote)
    assert made.returncode == 0, made.stderr
    return made.stdout.splitlines()[-1]


def _quote(db: str, highlight_id: str, style: str) -> str:
    printed = run_main("--db", db, "quote", highlight_id, "--style", style)
    assert printed.returncode == 0, printed.stderr
    return printed.stdout


def test_a_reported_statement_is_never_quoted_as_the_speakers_words(db: str):
    """ "According to the spokeswoman, Viet Nam requests China not to complicate the
    situation." was copied as “Viet Nam requests China not to complicate the situation”,
    spokeswoman Pham Thu Hang, quoted in ...: a paraphrase in her mouth word for word."""
    highlight_id = _highlight(db, "Viet Nam requests China not to complicate the situation")
    said = (
        "Pham Thu Hang (Foreign Ministry spokeswoman) said: Viet Nam requests China not to"
        " complicate the"
    )
    copies = {style: _quote(db, highlight_id, style) for style in ("plain", "markdown", "apa")}
    copies["chicago"] = _quote(db, highlight_id, "chicago")
    for style, copied in copies.items():
        assert copied.startswith(f"{said} situation"), (style, copied)
        assert "“Viet Nam requests" not in copied and "> Viet Nam" not in copied, copied
    assert copies["chicago"] == (
        f"{said} situation.\nForeign Ministry spokeswoman Pham Thu Hang, quoted in {CITED}\n"
    )
    brief = run_main("--db", db, "export", "--article", ARTICLE_ID).stdout
    assert f"\n{said} situation.\n" in brief
    assert "> Viet Nam requests" not in brief


def test_a_reported_statement_keeps_the_articles_own_quotation_marks(db: str):
    """Lin Jian's three words are his, the rest the reporter's: “China ‘has indisputable
    sovereignty’ over the islands” — Lin Jian, quoted in ... made all ten his."""
    highlight_id = _highlight(db, 'China "has indisputable sovereignty" over the islands')
    for style in ("plain", "markdown", "chicago", "apa"):
        copied = _quote(db, highlight_id, style)
        assert copied.startswith(
            "Lin Jian (Chinese Foreign Ministry spokesman) said: China “has indisputable"
            " sovereignty” over the islands"
        ), copied
    direct = _highlight(db, "has indisputable sovereignty")  # his words: quoted as his
    assert _quote(db, direct, "chicago").startswith(
        "“has indisputable sovereignty”\nChinese Foreign Ministry spokesman Lin Jian, quoted in"
    )


def test_the_reporters_attribution_is_cut_off_a_selection(db: str):
    """ "Hang said: “Viet Nam's consistent stance" was cited as Hang's words, "Hang said:"
    included, with an opening quotation mark never closed."""
    highlight_id = _highlight(db, "Hang said: \"Viet Nam's consistent stance")
    copied = _quote(db, highlight_id, "plain")
    assert copied.startswith(
        "“Viet Nam's consistent stance…”\n— Pham Thu Hang (Foreign Ministry spokeswoman)"
    )  # her quotation goes on "is that ...": the ellipsis says so
    assert _quote(db, highlight_id, "markdown").startswith("> Viet Nam's consistent stance…\n")
    brief = run_main("--db", db, "export", "--article", ARTICLE_ID).stdout
    assert (
        "> Viet Nam's consistent stance…\n>\n> — Pham Thu Hang (Foreign Ministry spokeswoman)"
        in brief
    )
    assert "Hang said" not in brief


def test_a_quotes_inner_marks_are_the_same_in_every_listing_and_copy(db: str):
    """The sidebar showed “China ‘has indisputable sovereignty’ over the…”, ``annotations``
    “China "has indisputable sovereignty" over the islands” and the brief straight marks: the
    marks inside a quote are single within double ones, double (typographic) within none."""
    passage = 'spokesman Lin Jian said on Friday that China "has indisputable sovereignty"'
    made = run_main("--db", db, "highlight", ARTICLE_ID, "--quote", passage)
    assert "that China ‘has…”" in made.stdout  # cut after a word
    listed = run_main("--db", db, "annotations", ARTICLE_ID).stdout
    assert "“spokesman Lin Jian said on Friday that China ‘has…”" in listed
    brief = run_main("--db", db, "export", "--article", ARTICLE_ID).stdout
    assert "> spokesman Lin Jian said on Friday that China “has indisputable sovereignty”" in brief
    copied = _quote(db, made.stdout.splitlines()[-1], "plain")
    assert copied.startswith("“spokesman Lin Jian said on Friday that China ‘has indisputable")


def test_a_reported_statement_is_led_by_the_verb_that_introduced_it(store_path: Path):
    """ "Ngo Le Van called on delegates to reflect ..." was copied as "Ngo Le Van said:
    delegates to reflect ...": the statement's words are what follows the verb, and "said:"
    before them made a request a sentence no one said. The article's verb leads them now
    (its "that" kept, its comma not), also when the highlight holds it; with no verb before
    them, "said:" still does."""
    text = (
        "Talks on the coast\n\n"
        "Deputy Minister Ngo Le Van called on delegates to reflect on three topics.\n\n"
        "Deputy Minister Ngo Le Van stressed that, in the new context, the work must change.\n\n"
        "According to Ngo Le Van, the partners are ready.\n"
    )
    article_id = text_hash(text)[:12]
    with Store.open(store_path) as store:
        article = Article(
            id=article_id, title="Talks on the coast", text_hash="", source="Test Wire",
            date="2025-05-02",
        )  # fmt: skip
        store.add_article(article, text)
    db = str(store_path)
    copies = []
    for words in (
        "delegates to reflect on three topics",
        "in the new context, the work must",
        "called on delegates to reflect",  # highlighted with its verb
    ):
        made = run_main("--db", db, "highlight", article_id, "--quote", words)
        assert made.returncode == 0, made.stderr
        printed = run_main("--db", db, "quote", made.stdout.splitlines()[-1], "--style", "plain")
        copies.append(printed.stdout.splitlines()[0])
    made = run_main("--db", db, "highlight", article_id, "--quote", "the partners are ready")
    printed = run_main("--db", db, "quote", made.stdout.splitlines()[-1], "--style", "plain")
    copies.append(printed.stdout.splitlines()[0])
    assert copies == [
        "Ngo Le Van (Deputy Minister) called on delegates to reflect on three topics.",
        "Ngo Le Van (Deputy Minister) stressed that in the new context, the work must…",
        "Ngo Le Van (Deputy Minister) called on delegates to reflect…",  # "on three topics" cut
        "Ngo Le Van (Deputy Minister) said: the partners are ready.",
    ]
    brief = run_main("--db", db, "export", "--article", article_id).stdout
    assert "Ngo Le Van (Deputy Minister) called on delegates to reflect on three topics." in brief


SAYINGS = (
    "Ministers meet in Moscow\n\n"
    "Foreign Minister Wang Yi told reporters that both sides would deepen cooperation.\n\n"
    "Deputy Minister Ngo Le Van called on delegates to reflect on three topics.\n\n"
    "Foreign Minister Wang Yi urged the parties to show restraint.\n\n"
    '"We are ready to talk," Foreign Minister Wang Yi told reporters.\n'
)


def test_a_listing_of_who_said_what_reads_as_the_copy_of_the_same_words(store_path: Path):
    """newuser30: ``statements`` listed "Wang Yi (Foreign Minister) told: both sides would
    deepen cooperation" (the article's "told reporters that") and "Ngo Le Van ... called on:
    delegates to reflect", while ``quote`` of the same words said "said:" and "called on
    delegates": a verb wanting its object is no verb to put before a colon. Listings, the
    timeline and the copy now join speaker, verb and words by one rule."""
    article_id = text_hash(SAYINGS)[:12]
    with Store.open(store_path) as store:
        article = Article(id=article_id, title="Ministers meet", text_hash="", date="2025-05-02")
        store.add_article(article, SAYINGS)
    db = str(store_path)
    listed = run_main("--db", db, "statements").stdout
    copies = {}
    for words in (
        "both sides would deepen cooperation",
        "delegates to reflect on three topics",
        "the parties to show restraint",
    ):
        made = run_main("--db", db, "highlight", article_id, "--quote", words)
        assert made.returncode == 0, made.stderr
        printed = run_main("--db", db, "quote", made.stdout.splitlines()[-1], "--style", "plain")
        copies[words] = printed.stdout.splitlines()[0].rstrip(".")
    assert copies == {
        "both sides would deepen cooperation": (
            "Wang Yi (Foreign Minister) said: both sides would deepen cooperation"
        ),
        "delegates to reflect on three topics": (
            "Ngo Le Van (Deputy Minister) called on delegates to reflect on three topics"
        ),
        "the parties to show restraint": (
            "Wang Yi (Foreign Minister) urged the parties to show restraint"
        ),
    }
    for copy in copies.values():
        assert copy in listed, listed  # the listing's row holds the copy's very words
    assert "Wang Yi (Foreign Minister) said: “We are ready to talk”" in listed, listed
    for wrong in ("told:", "called on:", "urged:"):
        assert wrong not in listed, listed
    timeline = run_main("--db", db, "timeline", "Wang Yi").stdout
    assert copies["both sides would deepen cooperation"] in timeline, timeline
    assert "said: “We are ready to talk”" in timeline and "told:" not in timeline, timeline
    found = run_main("--db", db, "statements", article_id).stdout
    assert "Wang Yi (Foreign Minister) said: both sides would deepen cooperation" in found
    assert "Ngo Le Van (Deputy Minister) called on delegates to reflect" in found, found
    assert "told:" not in found and "called on:" not in found, found
