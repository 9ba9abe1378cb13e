"""Run a Textual app and end the process the moment a text is first handed to the terminal.

``python bench/paint_probe.py NEEDLE script PATH`` runs a script (the bare Textual app);
``python bench/paint_probe.py NEEDLE diplotui ARGS...`` runs diplotui's command line. The
process exits (``os._exit``) as soon as the driver is given a frame holding ``NEEDLE``, in
the thread that drew it, so under ``valgrind --tool=callgrind`` the instruction count is the
work done until the first frame, the same on every run whatever the machine's load.
The driver is patched when Textual imports it, so nothing is imported earlier than the app
itself would import it.
"""

from __future__ import annotations

import importlib.abc
import importlib.machinery
import os
import sys
from collections.abc import Sequence
from types import ModuleType

DRIVER_MODULE = "textual.drivers.linux_driver"


class _PatchDriverOnImport(importlib.abc.MetaPathFinder):
    """Wraps ``LinuxDriver.write`` once Textual has imported its module."""

    def __init__(self, needle: str) -> None:
        self.needle = needle

    def find_spec(
        self, fullname: str, path: Sequence[str] | None, target: ModuleType | None = None
    ) -> importlib.machinery.ModuleSpec | None:
        if fullname != DRIVER_MODULE:
            return None
        sys.meta_path.remove(self)
        spec = importlib.machinery.PathFinder.find_spec(fullname, path)
        assert spec is not None and spec.loader is not None
        loader = spec.loader
        run_module = loader.exec_module
        needle = self.needle

        def exec_module(module: ModuleType) -> None:
            run_module(module)
            write = module.LinuxDriver.write

            def write_then_stop(driver: object, data: str) -> None:
                write(driver, data)
                if needle in data:
                    os._exit(0)

            module.LinuxDriver.write = write_then_stop

        loader.exec_module = exec_module  # type: ignore[method-assign]
        return spec


def main() -> None:
    needle, program, *args = sys.argv[1:]
    sys.meta_path.insert(0, _PatchDriverOnImport(needle))
    if program == "script":
        with open(args[0], encoding="utf-8") as script:
            exec(compile(script.read(), args[0], "exec"), {"__name__": "__main__"})
    else:
        from diplotui.cli.main import main as diplotui

        sys.argv = ["diplotui", *args]
        sys.exit(diplotui())


if __name__ == "__main__":
    main()
