"""Regular expressions compiled the first time they are used, not when their module loads.

The statement finder and the modules only it needs define ~550 patterns at module level;
compiling them all took ~0.15 s of CPU in every ``diplotui statements FILE`` process, which
then used ~85 of them on a typical article (~300 over forty). A pattern made here costs
nothing until a method of it is first called; from then on that method is an attribute of
the instance, found as fast as the compiled pattern's own.
"""

from __future__ import annotations

import re
from typing import Any, cast

_MADE: list[LazyPattern] = []


class LazyPattern:
    """Stands in for ``re.compile(pattern, flags)``: every attribute of the compiled pattern,
    compiled on the first lookup. ``match.re`` is the compiled pattern, not this one: compare
    patterns by identity only with a pattern compiled at once."""

    def __init__(self, pattern: str, flags: int = 0) -> None:
        self._source = (pattern, flags)
        _MADE.append(self)

    def compiled(self) -> re.Pattern[str]:
        """The compiled pattern (compiled now if it was not yet)."""
        found: re.Pattern[str] | None = self.__dict__.get("_compiled")
        if found is None:
            found = self.__dict__["_compiled"] = re.compile(*self._source)
        return found

    def __getattr__(self, name: str) -> Any:
        """Called only for a name not yet in the instance: taken from the compiled pattern and
        kept, so the next lookup of ``search`` (say) never comes here."""
        if name.startswith("__") or name in ("_source", "_compiled"):
            raise AttributeError(name)  # copy and pickle probing, or an instance not made
        value = getattr(self.compiled(), name)
        self.__dict__[name] = value
        return value


def lazy_compile(pattern: str, flags: int = 0) -> re.Pattern[str]:
    """``re.compile``, deferred to the pattern's first use (typed as what it stands for)."""
    return cast("re.Pattern[str]", LazyPattern(pattern, flags))


def compile_all() -> int:
    """Compiles every pattern made so far (a benchmark's warm-up, a test that each pattern
    is valid: a mistyped one would otherwise fail only on the article that first uses it);
    how many there are."""
    for pattern in _MADE:
        pattern.compiled()
    return len(_MADE)
