"""Who said what: statements (direct quotations and reported speech) with their speakers.

Headless (no Textual): the reader, the library view and the CLI all call ``find_statements``.
The finder is imported when ``find_statements`` is first looked up, not with the package:
its patterns (~450 regular expressions) took ~0.2 s of CPU to compile, and every command
line process paid it on importing any module of the package (``said`` for ``list``), most
of them never finding a statement.
"""

from __future__ import annotations

from typing import TYPE_CHECKING, Any

if TYPE_CHECKING:
    from diplotui.statements.finder import find_statements

__all__ = ["find_statements"]


def __getattr__(name: str) -> Any:
    if name == "find_statements":
        from diplotui.store.collection import gc_paused

        # its modules make tens of thousands of lasting objects and no garbage: collecting
        # meanwhile (~15 collections) only costs
        with gc_paused():
            from diplotui.statements.finder import find_statements

        return find_statements
    raise AttributeError(f"module {__name__!r} has no attribute {name!r}")
