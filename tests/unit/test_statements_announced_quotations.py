"""A quotation introduced by a verb of the future is announced, not said (issue 17; invented).

'The minister will tell the summit: "..."' and 'She is expected to say: "..."' report words
a speaker is yet to say: a who-said-what listing of them shows something no one has said.
Session 34 dropped the reported form ("X will say on July 25 that Y"); the quoted form stayed.
A past verb reporting a plan ("said she will visit") and a future-in-the-past ("would later
tell the court: ...", said by now) are statements.
"""

from __future__ import annotations

from pathlib import Path

from diplotui.statements import find_statements
from tests.cli_runner import run_main

TITLE = "A headline that is not read\n\n"
ANNOUNCED = (
    "Foreign Minister Jane Doe arrived in Geneva on Monday. "
    'The minister will tell the summit: "Our borders will stay open to trade." '
    'Doe is expected to say: "We stand with our neighbours." '
    'Doe is due to tell the assembly: "The budget is balanced." '
    '"The talks will succeed," Doe will also tell the summit. '
    'Doe is set to announce: "The embassy reopens in May."'
)


def said(body: str) -> list[tuple[str, str]]:
    return [(s.speaker, s.text) for s in find_statements(TITLE + body)]


def test_a_quotation_announced_for_later_is_no_statement() -> None:
    assert said(ANNOUNCED) == []


def test_quotations_already_said_stay() -> None:
    body = (
        "Foreign Minister Jane Doe arrived in Geneva on Monday. "
        'Doe told the summit: "Our borders will stay open to trade." '
        "Doe said she will visit Hanoi in May. "
        'Doe would later tell the court: "I acted alone."'
    )
    assert said(body) == [
        ("Jane Doe", "Our borders will stay open to trade."),
        ("Jane Doe", "she will visit Hanoi in May"),
        ("Jane Doe", "I acted alone."),
    ]


def test_the_command_lists_no_announced_quotation(tmp_path: Path) -> None:
    path = tmp_path / "summit.txt"
    path.write_text(TITLE + ANNOUNCED + ' "We will not give up," she said.\n', encoding="utf-8")
    result = run_main("statements", str(path))
    assert result.returncode == 0, result.stderr
    lines = result.stdout.splitlines()
    assert len(lines) == 1 and "Jane Doe (Foreign Minister) said: “We will not give up”" in lines[0]
