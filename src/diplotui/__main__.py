"""``python -m diplotui``: the same as the ``diplotui`` command."""

import sys

from diplotui.cli.main import main

if __name__ == "__main__":
    sys.exit(main())
