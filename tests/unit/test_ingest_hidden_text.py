"""A saved page's text is what its reader sees: a ``<template>``'s content and what the page's
own sheets hide by class (and the classes pages hide text with: ``hidden``, ``sr-only``,
``visually-hidden``) are no article text, and no visible paragraph is lost to that reading.

Found by an outside tester (session 29): each such paragraph was imported, and its quotation
found as a statement.
"""

from __future__ import annotations

import time
from pathlib import Path

import pytest

from diplotui.ingest import IMPORTED, import_paths
from diplotui.ingest.page_tree import prepared_tree
from diplotui.store import Store

SEEN = [
    "Talks resume in Geneva",
    "The foreign minister said on Monday that the talks would resume in Geneva next week, "
    "after a pause of several months caused by disagreements over the agenda.",
    '"We expect progress," the minister told reporters at the ministry, adding that both '
    "delegations had agreed on a framework for the coming rounds of discussions.",
]

HIDING_PAGE = f"""<!doctype html>
<html><head><title>Talks resume in Geneva</title>
<style>
/* a comment {{ .lead {{ display: none }} */
.offscreen {{ display: none }}
p.ghost{{visibility:hidden}}
.note, .x-hide {{ color: red; DISPLAY : none !important; }}
</style></head>
<body><article>
<h1>{SEEN[0]}</h1>
<p class="lead">{SEEN[1]}</p>
<template><p>"We will bomb the capital tomorrow," General Template said.</p></template>
<p class="lead offscreen">"We surrender everything," President Offscreen said.</p>
<p class="ghost">"The ghost quote is here," Envoy Ghost said.</p>
<div class="x-hide"><p>"Hidden twice over," Aide Note said.</p></div>
<p class="sr-only">"Screen reader only," Spokesman Reader said.</p>
<p class="visually-hidden">"Visually hidden," Spokeswoman Visual said.</p>
<p class="hidden">"Hidden class," Ambassador Class said.</p>
<p style="visibility: hidden">"Inline visibility," Clerk Inline said.</p>
<p class="lead">{SEEN[2]}</p>
</article></body></html>"""

SHOWING_PAGE = f"""<!doctype html>
<html><head><title>Talks resume in Geneva</title>
<style media="print">.lead {{ display: none }}</style>
<style>
.lead {{ color: #333 }}
@media (max-width: 600px) {{ .wide {{ display: none }} }}
.drawer {{ display: none }} .drawer.open {{ display: block }}
.js .later, p.lead:hover, .lead::before {{ display: none }}
@font-face {{ font-family: x; font-display: none }}
</style>
<noscript><style>.lead {{ display: none }}</style></noscript></head>
<body><article>
<h1>{SEEN[0]}</h1>
<p class="lead wide">{SEEN[1]}</p>
<p class="lead drawer later">Officials from both sides met again on Tuesday in the old palace,
where the
first round had ended in the spring without an agreed statement on the agenda.</p>
<p class="hidden md:block">The envoys will report to their capitals before the next round, which the
hosts expect to begin early in the new year, according to the ministry's calendar.</p>
<p class="lead">{SEEN[2]}</p>
</article></body></html>"""


@pytest.fixture
def store(tmp_path: Path):
    with Store.open(tmp_path / "s.json") as opened:
        yield opened


def imported_text(store: Store, tmp_path: Path, page: str) -> list[str]:
    path = tmp_path / "page.html"
    path.write_text(page)
    (outcome,) = import_paths(store, [path]).outcomes
    assert outcome.status == IMPORTED, outcome.reason
    return store.article_text(outcome.article_id).splitlines()


def test_templates_and_what_the_pages_sheets_or_common_classes_hide_are_left_out(store, tmp_path):
    assert imported_text(store, tmp_path, HIDING_PAGE) == SEEN


def test_visible_paragraphs_sharing_a_class_or_shown_somewhere_are_all_kept(store, tmp_path):
    """Print sheets, media queries, rules a class is shown by, selectors that are no single
    element's classes, ``<noscript>`` sheets and a framework's ``hidden md:block`` hide
    nothing a reader of the page on a screen sees."""
    text = imported_text(store, tmp_path, SHOWING_PAGE)
    assert text[:2] == SEEN[:2] and text[-1] == SEEN[2]
    assert len(text) == 5
    assert text[2].startswith("Officials from both sides") and text[3].startswith("The envoys")


def test_a_hidden_class_holding_most_of_the_page_keeps_it(store, tmp_path):
    """A page saved with its dialog open hides what is behind it; that is still the page."""
    page = HIDING_PAGE.replace("<article>", '<article class="behind-dialog">').replace(
        ".offscreen", ".behind-dialog, .offscreen"
    )
    assert imported_text(store, tmp_path, page) == SEEN


def test_a_page_with_nothing_hidden_is_kept_whole(store, tmp_path):
    page = SHOWING_PAGE.replace("drawer", "d").replace('"hidden md:block"', '"lead"')
    assert len(imported_text(store, tmp_path, page)) == 5


def test_a_sheet_of_thousands_of_rules_over_thousands_of_paragraphs_is_read_at_once():
    """Each element was tried against every hiding rule: 20,000 of each took 20 s."""
    sheet = "".join(f".c{n} {{ display: none }}\n" for n in range(20_000))
    paragraphs = "".join(
        f'<p class="x{n} c{n if n % 2 else "shown"}">Paragraph {n} of the article.</p>'
        for n in range(20_000)
    )
    page = f"<!doctype html><html><head><style>{sheet}</style></head><body>{paragraphs}</body>"
    started = time.process_time()
    tree = prepared_tree(page + "</html>")
    assert time.process_time() - started < 5
    assert tree.text_content().count("Paragraph") == 10_000


def test_paragraphs_hidden_one_by_one_until_the_pages_scripts_reveal_them_are_kept(store, tmp_path):
    """Each paragraph hidden by ``.reveal{display:none}``, together the article: it was
    imported as its headline alone. What else the page hides is still left out."""
    days = ("Monday", "Tuesday", "Friday", "Sunday")
    shown = [SEEN[1].replace("Monday", day) for day in days]
    page = (
        "<!doctype html><html><head><style>.reveal, .promo { display: none }</style></head>"
        '<body><article><p class="sr-only">Skip to content</p><h1>Talks resume</h1>'
        + "".join(f'<p class="reveal">{paragraph}</p>' for paragraph in shown)
        + '<p class="promo">"Subscribe now," the newsletter said.</p></article></body></html>'
    )
    assert imported_text(store, tmp_path, page) == ["Talks resume", *shown]
