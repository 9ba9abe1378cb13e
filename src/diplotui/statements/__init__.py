"""Who said what: statements (direct quotations and reported speech) with their speakers.

Headless (no Textual): the reader, the library view and the CLI all call ``find_statements``.
"""

from diplotui.statements.finder import find_statements

__all__ = ["find_statements"]
