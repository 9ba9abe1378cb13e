"""``diplotui show``: an article's text in the terminal, its entities and statements marked."""

from __future__ import annotations

import argparse
import sys

from diplotui.cli.commands import command_help
from diplotui.cli.common import EXIT_OK, open_store, print_json
from diplotui.cli.entities import _read_target, failed_on, recognised
from diplotui.layout import words_read
from diplotui.library.article_page import STATEMENT, ArticlePage, article_page
from diplotui.markup import is_markdown_origin
from diplotui.model import Article, EntitySpan, Statement

# the terminal's own named colours, which its theme makes readable on its background
MARK_STYLES = {
    "PERSON": "yellow",
    "ORG": "cyan",
    "GPE": "green",
    "LOC": "bright_green",
    "DATE": "magenta",
    "ROLE": "bright_yellow",
    "LAW": "bright_magenta",
    "EVENT": "red",
    STATEMENT: "underline",
}
LEGEND = (
    ("person", "PERSON"),
    ("org", "ORG"),
    ("place", "GPE"),
    ("loc", "LOC"),
    ("date", "DATE"),
    ("role", "ROLE"),
    ("law", "LAW"),
    ("event", "EVENT"),
    ("statement", STATEMENT),
)


def register(subparsers: argparse._SubParsersAction[argparse.ArgumentParser]) -> None:
    command = subparsers.add_parser(
        "show",
        help=command_help("show"),
        description="Print an article's title, source and date, then its text as the reader"
        " shows it, wrapped to the terminal; on a colour terminal its entities are coloured"
        " and its statements underlined, as in the app. Piped, the text is plain, one line a"
        " paragraph.",
    )
    command.add_argument("target", metavar="FILE_OR_ID")
    command.add_argument(
        "--json", action="store_true", help="the article's details and text as one JSON object"
    )
    command.set_defaults(func=run_show)


def run_show(args: argparse.Namespace) -> int:
    from rich.console import Console

    text, corrections, _, article_id = _read_target(args)
    article: Article | None = None
    if article_id:
        with open_store(args, write=False) as store:
            article = store.article(article_id)
            speaker_corrections = store.speaker_corrections(article_id)
    markdown = article.markdown if article is not None else is_markdown_origin(args.target)
    console = Console(highlight=False, markup=False, emoji=False)
    coloured = not args.json and console.is_terminal and console.color_system is not None
    spans: list[EntitySpan] = []
    statements: list[Statement] = []
    if coloured:  # marks no one sees are not looked for: a pipe or JSON gets the text sooner
        from diplotui.statements.corrections import correct_statements
        from diplotui.statements.found import statements_of

        read = words_read(text, markdown)
        spans = recognised("show", args, article_id, read, corrections)
        try:
            statements = statements_of(read, spans, article.title if article else "")
        except Exception as error:  # a finder's bug met by this text: one line
            raise failed_on("show", "the finder", args, article_id, error) from error
        if article is not None:
            statements = correct_statements(statements, text, speaker_corrections)
    page = article_page(article, text, markdown, spans, statements, file_name=args.target)
    if args.json:
        print_json(page.as_json(article), indent=1)
    elif coloured:
        _print_marked(console, page)
    else:
        print("\n".join(page.heading), page.text.rstrip("\n"), sep="\n\n")
    return EXIT_OK


def _print_marked(console: object, page: ArticlePage) -> None:
    """The page on a colour terminal: the title bold, a legend of the marks, the text
    wrapped to its width with each mark in its style (built as styled text, never markup:
    the article's "[bold]" is its words)."""
    from rich.console import Console
    from rich.text import Text

    assert isinstance(console, Console)
    title, *rest = page.heading
    console.print(Text(title, style="bold"))
    for line in rest:
        console.print(Text(line, style="dim"))
    legend = Text()
    for label, kind in LEGEND:
        legend.append(label, style=MARK_STYLES[kind])
        legend.append(" ")
    console.print(legend)
    console.print()
    body = Text(page.text.rstrip("\n"))
    for mark in page.marks:
        body.stylize(MARK_STYLES.get(mark.kind, ""), mark.start, mark.end)
    console.print(body)
    sys.stdout.flush()
