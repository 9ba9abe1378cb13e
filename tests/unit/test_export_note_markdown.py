"""The brief keeps the Markdown an analyst types in a note (newuser65): the brief is Markdown,
and "tariffs *may* rise" or "[the MFA statement](https://...)" came out as "\\*may\\*" and
"\\[the MFA statement\\]\\(...\\)", read literally wherever the brief was rendered. Emphasis,
code, web links and bare addresses are kept; headings, HTML and links to anything but a web
or mail address stay escaped text. Rendered by markdown-it-py (CommonMark, Textual's own)."""

from __future__ import annotations

from pathlib import Path

from markdown_it import MarkdownIt

from diplotui.export import export
from diplotui.model import Article
from diplotui.store import Store, text_hash

NOTE = (
    "Tariffs *may* rise, **urgent**, _soon_; see [the MFA statement](https://mofa.gov.vn/a_b)"
    " and https://en.baoquocte.vn/a_b-1.html.\n"
    "# not a heading, <b>no HTML</b>, [no script](javascript:alert(1)), 2*3*4, snake_case"
    " and `code_here`\n\n"
    "- a *point*"
)


def test_a_notes_markdown_is_rendered_and_nothing_else(store_path: Path) -> None:
    text = "Talks\n\nThe ministers met.\n"
    with Store.open(store_path) as store:
        article = Article(id=store.new_article_id(text_hash(text)), title="Talks", text_hash="",
                          note=NOTE)  # fmt: skip
        store.add_article(article, text)
        brief = export(store, "markdown")
    html = MarkdownIt("commonmark").render(brief)
    assert "Tariffs <em>may</em> rise, <strong>urgent</strong>, <em>soon</em>" in html, html
    assert '<a href="https://mofa.gov.vn/a_b">the MFA statement</a>' in html, html
    assert (
        '<a href="https://en.baoquocte.vn/a_b-1.html">https://en.baoquocte.vn/a_b-1.html</a>.'
        in html
    ), html
    assert "# not a heading, &lt;b&gt;no HTML&lt;/b&gt;" in html, html
    assert "[no script](javascript:alert(1))" in html and "javascript:" not in html.replace(
        "[no script](javascript:alert(1))", ""
    ), html
    assert "2*3*4, snake_case and <code>code_here</code>" in html, html
    assert "<h1>" not in html.split("</h1>", 1)[-1], html  # the brief's own title only
    assert "<li>a <em>point</em></li>" in html, html
