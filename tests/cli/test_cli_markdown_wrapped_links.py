"""A hard-wrapped Markdown article holding a link gives the statements of the same text
without it (``statements FILE``).

Its soft wraps were judged on the text with its marks as spaces: a link's hidden address
widened its line into the widest, so the lines around it looked broken on purpose (a role
before a name broken over a line was lost: "Deputy Foreign Minister / Le Hoai Trung"), and
a line opening with a link's bracket looked indented, a paragraph of its own, so the
statement crossing into it was lost. Invented articles, lines of about 70 characters."""

from __future__ import annotations

from pathlib import Path

import pytest

from tests.cli_runner import run_main

WITHOUT_LINKS = """# Ministers meet in Hanoi over fisheries

Foreign ministers of the region met in Hanoi on Tuesday to discuss the
fishing season and the patrols agreed last year. Deputy Foreign Minister
Le Hoai Trung told reporters after the talks that both sides would keep
working together to protect the boats of the fishermen of Quang Ngai,
Binh Dinh and Khanh Hoa in the coming season and in the years to come.
"""
ADDRESS = "https://example.org/news/fisheries-2026"


def _listed(path: Path, text: str) -> list[str]:
    """``statements FILE`` of ``text``, each line without its offsets."""
    path.write_text(text, encoding="utf-8")
    result = run_main("statements", str(path))
    assert result.returncode == 0, result.stderr
    return [line.split(None, 1)[1] for line in result.stdout.splitlines()]


@pytest.mark.parametrize(
    "linked",
    [
        "\n[working together]({address}) to protect",  # a line opening with a link
        "\nworking together to [protect the boats]({address})",  # a line widened by one
    ],
)
def test_a_link_in_a_hard_wrapped_markdown_article_loses_no_statement(
    tmp_path: Path, linked: str
) -> None:
    plain = linked.replace("[", "").replace("]({address})", "")
    assert plain in WITHOUT_LINKS
    with_link = WITHOUT_LINKS.replace(plain, linked.format(address=ADDRESS))
    expected = _listed(tmp_path / "plain.md", WITHOUT_LINKS)
    assert expected == [
        "reported Le Hoai Trung (Deputy Foreign Minister) said: both sides would keep working "
        "together to protect the boats of the fishermen of Quang Ngai, Binh Dinh and Khanh Hoa "
        "in the coming season and in the years to come"
    ]
    assert _listed(tmp_path / "linked.md", with_link) == expected


def test_a_quotation_wrapped_next_to_a_link_is_listed_whole(tmp_path: Path) -> None:
    text = (
        "# Ministers meet in Hanoi over fisheries\n\n"
        "Foreign ministers of the region met in Hanoi on Tuesday to discuss the\n"
        f"fishing season and the patrols agreed last year, in talks the [ministry]({ADDRESS})\n"
        'statement called frank. "We will keep working together to protect the\n'
        "boats and the fishermen of the provinces of Quang Ngai, Binh Dinh and\n"
        'Khanh Hoa in the coming season," Deputy Foreign Minister Le Hoai Trung\n'
        "told reporters after the talks, adding that a new round would follow.\n"
    )
    (quoted, _added) = _listed(tmp_path / "linked.md", text)
    assert quoted.endswith("Binh Dinh and Khanh Hoa in the coming season”"), quoted
