"""Feature controllers: the main screen's actions and message handlers, one module per feature.

Each module defines a mixin that ``MainScreen`` inherits (its ``action_*`` and ``on_*``
methods) and the key bindings that belong to it. Keys that apply only where a pane has focus
are listed by that pane's widget with a ``screen.`` action, so the Footer shows them in context
while the screen, the only place that writes to the store, carries them out.
"""
