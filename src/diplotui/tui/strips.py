"""A strip's caches made when it first uses them.

Textual makes a line of the screen (a ``Strip``) with seven empty caches of its own, one for
each way it can be cut or restyled (crop, divide, style, filter, length, crop-and-extend,
offsets). Most strips are made, drawn once and dropped without using any of them, and
every one of those caches was an object for the
garbage collector to track (and for the app's ``gc.freeze`` to keep, with the strips it
keeps): four UI test files (152 tests) made 703,052 strips and 4.92 million caches. Here a
strip makes a cache the first time it reads it, the size Textual gives it; what each cache
holds and returns is Textual's own, so every frame is the same.

Applied once, when the app's module is imported, and only to the ``Strip`` this was written
against (its slots and caches as below): another Textual's strip is left as it is.
"""

from __future__ import annotations

from collections.abc import Iterable

from rich.segment import Segment
from textual.cache import FIFOCache
from textual.strip import Strip

CACHE_SIZES = {
    "_divide_cache": 4,
    "_crop_cache": 16,
    "_style_cache": 16,
    "_filter_cache": 4,
    "_line_length_cache": 4,
    "_crop_extend_cache": 4,
    "_offsets_cache": 4,
}
"""Each cache a strip may use and the size Textual's ``Strip.__init__`` makes it."""

OTHER_SLOTS = ("_segments", "_cell_length", "_render_cache", "_link_ids", "_cell_count")
"""The rest of a strip: set as Textual's ``Strip.__init__`` sets them."""


def _init(self: Strip, segments: Iterable[Segment], cell_length: int | None = None) -> None:
    self._segments = list(segments)
    self._cell_length = cell_length
    self._render_cache = None
    self._link_ids = None
    self._cell_count = None


def _cache_on_first_use(self: Strip, name: str) -> FIFOCache[object, object]:
    """Called only for an attribute the strip does not hold: a cache not yet made."""
    size = CACHE_SIZES.get(name)
    if size is None:
        raise AttributeError(f"'Strip' object has no attribute {name!r}")
    cache: FIFOCache[object, object] = FIFOCache(size)
    setattr(self, name, cache)
    return cache


def made_on_first_use(strip: type[Strip] = Strip) -> bool:
    """Make ``strip``'s caches on their first use; False (nothing changed) when its slots
    are not the ones this was written against."""
    if getattr(strip, "_caches_made_on_first_use", False):
        return True
    if set(strip.__slots__) != set(CACHE_SIZES) | set(OTHER_SLOTS) or "__getattr__" in vars(strip):
        return False
    strip.__init__ = _init  # type: ignore[method-assign]
    strip.__getattr__ = _cache_on_first_use  # type: ignore[attr-defined]
    strip._caches_made_on_first_use = True  # type: ignore[attr-defined]
    return True
