"""What each frame changed on a terminal, from the bytes an app wrote to it (flicker check).

Record a start in tmux (colour on), then replay the bytes cell by cell; every time the app
goes back to the top-left cell (Textual starts a full or partial update there) the screen so
far counts as one frame, and the rows that changed since the previous one are listed with
their text. A start without flicker shows the first frame, then only what really changes
(the sidebar and the footer once the store is open); a blink shows as rows changing and
changing back. Only what Textual writes is understood: cursor moves, colours, text.

    tmux new-session -d -s start -x 120 -y 40 bash
    tmux pipe-pane -t start -o 'cat >> /tmp/start.raw'
    tmux send-keys -t start 'COLORTERM=truecolor diplotui --db COPY/lib.json' Enter
    python bench/frame_changes.py /tmp/start.raw 120 40
"""

from __future__ import annotations

import re
import sys
from pathlib import Path

Cell = tuple[str, str]  # the character and the colour codes it was written with
Screen = list[list[Cell]]
_TOKEN = re.compile(r"\x1b\[([0-9;?>$]*)([A-Za-z])|\x1b\][^\x07]*\x07|\x1b[^\[\]]|([^\x1b])", re.S)
HOME = "\x1b[1;1H"


def frames(raw: str, width: int, height: int) -> list[Screen]:
    """The screen each time the app went back to the top-left cell, and at the end."""
    raw = raw[raw.index(HOME) :]  # what the shell printed before the app is left out
    screen: Screen = [[(" ", "")] * width for _ in range(height)]
    shown: list[Screen] = []
    row = column = 0
    colours = ""
    for token in _TOKEN.finditer(raw):
        arguments, command, char = token.group(1), token.group(2), token.group(3)
        if command == "H":
            if arguments in ("", "1;1"):
                shown.append([line[:] for line in screen])
            place = [*(arguments or "1;1").split(";"), "1"]
            row, column = int(place[0]) - 1, int(place[1]) - 1
        elif command == "m":
            colours = arguments
        elif command == "J" and arguments == "2":
            screen = [[(" ", "")] * width for _ in range(height)]
        elif char == "\r":
            column = 0
        elif char == "\n":
            row = min(row + 1, height - 1)
        elif char is not None and 0 <= row < height and 0 <= column < width:
            screen[row][column] = (char, colours)
            column += 1
    shown.append(screen)
    return shown


def main() -> None:
    path, width, height = sys.argv[1], int(sys.argv[2]), int(sys.argv[3])
    raw = Path(path).read_bytes().decode("utf-8", "replace")
    previous: Screen | None = None
    for number, screen in enumerate(frames(raw, width, height)):
        if previous is not None:
            changed = [row for row in range(height) if screen[row] != previous[row]]
            if changed:
                print(f"frame {number}: rows {changed} changed")
                for row in changed[:3]:
                    print("    " + "".join(char for char, _ in screen[row]))
        previous = screen


if __name__ == "__main__":
    main()
