"""``python -m diplotui.entities FILE [--jsonl]``: print the entities of one text file."""

from __future__ import annotations

import argparse
import json
import sys

from .recogniser import recognise


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(prog="python -m diplotui.entities")
    parser.add_argument("file", help="UTF-8 text file; offsets count a BOM and CRLF as written")
    parser.add_argument("--jsonl", action="store_true", help="one JSON object per entity")
    args = parser.parse_args(argv)
    with open(args.file, encoding="utf-8", newline="") as handle:
        text = handle.read()
    out = sys.stdout
    for span in recognise(text):
        if args.jsonl:
            record = {"start": span.start, "end": span.end, "type": span.type, "text": span.text}
            out.write(json.dumps(record, ensure_ascii=False) + "\n")
        else:
            out.write(f"{span.start}\t{span.end}\t{span.type}\t{span.text}\n")
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
