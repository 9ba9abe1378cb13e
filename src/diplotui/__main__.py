"""``python -m diplotui``: the same as the ``diplotui`` command."""

import sys

try:
    from diplotui.cli.main import main
except KeyboardInterrupt:  # Ctrl-C as it starts: the status a shell gives it, no traceback
    sys.exit(130)

if __name__ == "__main__":
    sys.exit(main())
