"""Standalone writer for the kill tests: ``python writer.py STORE RUN`` prints one line per ack."""

from __future__ import annotations

import sys
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent))

from workload import write_forever


def main() -> None:
    write_forever(Path(sys.argv[1]), int(sys.argv[2]), lambda i: print(i, flush=True))


if __name__ == "__main__":
    main()
