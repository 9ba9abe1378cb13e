"""The commands of ``diplotui``: each one's module and its line in ``diplotui --help``.

The top-level parser lists every command from here without importing a command module; only
the module of the command asked for is imported and its sub-parser built (importing all eight
was most of what a short command such as ``diplotui list`` cost to start). Each module's
``register`` takes its commands' help from here, so the two never differ.
"""

from __future__ import annotations

from typing import NamedTuple


class Command(NamedTuple):
    module: str  # under diplotui.cli; a module's commands are listed together
    summary: str


COMMANDS: dict[str, Command] = {
    "import": Command("library", "import text, Markdown or saved HTML files, or folders of them"),
    "list": Command("library", "list the articles in the library"),
    "tag": Command("library", "add tags on an article"),
    "untag": Command("library", "remove tags on an article"),
    "tags": Command(
        "library",
        "list the tags in use, or rename or remove one across the library "
        "(every article, highlight, feed and saved filter)",
    ),
    "mark": Command(
        "library", "mark articles read, unread or archived (or bring them out of the archive)"
    ),
    "rm": Command(
        "library", "delete articles with their highlights and notes (the last backup keeps them)"
    ),
    "show": Command(
        "show", "print an article's text in the terminal, its entities and statements marked"
    ),
    "entities": Command("entities", "list the named entities of a text file or a stored article"),
    "statements": Command(
        "statements",
        "who said what: the statements of a text file or stored article, "
        "or across the library (--speaker, --since ...)",
    ),
    "speaker": Command(
        "statements",
        "correct who said a statement of an article, or say it is none; "
        "with the id alone, list the article's speaker corrections",
    ),
    "timeline": Command(
        "statements", "statements and dated events of a person or body, oldest first"
    ),
    "doctor": Command("doctor", "check the store; --restore from a backup"),
    "quote": Command("quotes", "print a highlight as a quote with its citation"),
    "quotes": Command("quotes", "show the history of copied quotes"),
    "export": Command("quotes", "export highlights and notes"),
    "meta": Command("quotes", "show or correct an article's metadata"),
    "highlight": Command(
        "annotate", "highlight a passage of an article (prints the new highlight's id last)"
    ),
    "annotations": Command("annotate", "list highlights and notes with their anchor status"),
    "note": Command("annotate", "set, clear ('') or show an article's or a highlight's note"),
    "feed": Command("feeds", "subscribe to RSS, Atom and JSON feeds"),
    "refresh": Command("feeds", "fetch the feeds and store what is new"),
    "add": Command("feeds", "save web pages as articles (full text)"),
    "share": Command("share", "share the library with a team through a git remote"),
    "sync": Command(
        "share", "exchange articles, highlights, notes and tags with the shared library"
    ),
}


def command_help(name: str) -> str:
    """The command's line in ``diplotui --help``, for its module's ``register``."""
    return COMMANDS[name].summary
