"""A pytest plugin: where the UI tests' CPU goes in Textual's work, and who asked for it.

Times on the main thread's CPU (``time.thread_time``: other processes and the app's threads
left out) each layout (``Screen._refresh_layout``, its frame included), each frame outside a
layout (``Screen._compositor_refresh``), each restyle (``App.update_styles``: a class or the
focus changed) and each widget's ``render_lines`` (inside the first two). A layout is named by
the widgets that asked for it and the first diplotui (or Textual) function on their way; a
restyle by its node's type and the diplotui function that changed it. The figures of a run
print at its end, the dearest first, and go to ``UI_COSTS_OUT`` as JSON when it is set.

Usage (one process, so the figures are one run's):
    PYTHONPATH=src:bench .venv/bin/python -m pytest -p no:xdist -p ui_costs tests/tui/FILES
"""

from __future__ import annotations

import json
import os
import sys
import time
import traceback
from collections import Counter
from collections.abc import Callable
from typing import Any

import pytest
from textual.app import App
from textual.screen import Screen
from textual.widget import Widget

CPU: Counter[str] = Counter()
CALLS: Counter[str] = Counter()
_layout_asked: dict[Widget, str] = {}  # the request a widget's pending layout came from
_timing = [False]  # inside a timed layout, frame or restyle: nested ones are its own


def _asker() -> str:
    """The first diplotui function on the stack, else the first Textual one."""
    textual = ""
    for frame, _ in traceback.walk_stack(sys._getframe(3)):
        path = frame.f_code.co_filename
        if "diplotui/" in path:
            return f"{path.split('diplotui/')[-1]}:{frame.f_code.co_name}"
        if not textual and "textual/" in path:
            textual = f"textual/{path.split('textual/')[-1]}:{frame.f_code.co_name}"
    return textual


def _timed(kind: str, key: str, work: Callable[[], Any]) -> Any:
    if _timing[0]:
        return work()
    _timing[0] = True
    began = time.thread_time()
    try:
        return work()
    finally:
        _timing[0] = False
        CPU[f"{kind} {key}"] += time.thread_time() - began
        CALLS[f"{kind} {key}"] += 1


_refresh = Widget.refresh
_refresh_layout = Screen._refresh_layout
_compositor_refresh = Screen._compositor_refresh
_update_styles = App.update_styles
_render_lines = Widget.render_lines


def refresh(self: Widget, *regions: Any, **options: Any) -> Widget:
    if options.get("layout") and not self._layout_required:
        _layout_asked[self] = f"{type(self).__name__} <- {_asker()}"
    return _refresh(self, *regions, **options)


def refresh_layout(self: Screen[Any], size: Any = None, scroll: bool = False) -> None:
    asking = {widget for widgets in self._layout_widgets.values() for widget in widgets}
    reasons = sorted({_layout_asked.pop(widget, type(widget).__name__) for widget in asking})
    key = f"{type(self).__name__}: {', '.join(reasons) or 'the screen (a resize, a resume)'}"
    _timed("layout", key, lambda: _refresh_layout(self, size, scroll))


def compositor_refresh(self: Screen[Any]) -> None:
    _timed("frame", type(self).__name__, lambda: _compositor_refresh(self))


def update_styles(self: App[Any], node: Any, animate: bool = True) -> None:
    key = f"{type(node).__name__} <- {_asker()}"
    _timed("restyle", key, lambda: _update_styles(self, node, animate))


def render_lines(self: Widget, crop: Any) -> Any:
    began = time.thread_time()
    try:
        return _render_lines(self, crop)
    finally:
        CPU[f"lines {type(self).__name__}"] += time.thread_time() - began
        CALLS[f"lines {type(self).__name__}"] += 1


Widget.refresh = refresh  # type: ignore[method-assign,assignment]
Screen._refresh_layout = refresh_layout  # type: ignore[method-assign]
Screen._compositor_refresh = compositor_refresh  # type: ignore[method-assign]
App.update_styles = update_styles  # type: ignore[method-assign]
Widget.render_lines = render_lines  # type: ignore[method-assign]


def pytest_sessionfinish(session: pytest.Session) -> None:
    kinds: Counter[str] = Counter()
    for key, seconds in CPU.items():
        kinds[key.split(" ", 1)[0]] += seconds
    print("\nCPU s by kind (lines are inside layouts and frames):", file=sys.stderr)
    for kind, seconds in kinds.most_common():
        print(f"  {kind:<8} {seconds:7.2f}", file=sys.stderr)
    for key, seconds in CPU.most_common(40):
        print(f"  {seconds:7.2f} {CALLS[key]:6d}  {key}", file=sys.stderr)
    out = os.environ.get("UI_COSTS_OUT")
    if out:
        with open(out, "w", encoding="utf-8") as file:
            json.dump({"cpu": CPU, "calls": CALLS}, file, indent=1)
