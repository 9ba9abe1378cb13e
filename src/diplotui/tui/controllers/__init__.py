"""Feature controllers: what the main screen's keys and messages do, one module per feature.

Each module defines a plain object (a :class:`~diplotui.tui.controllers.base.Controller`) that
owns its feature's state; ``MainScreen`` creates one of each and its ``action_*`` and message
handlers delegate to them in a line. Keys that apply only where a pane has focus are listed by
that pane's widget with a ``screen.`` action, so the Footer shows them in context while the
screen, through its controllers, carries them out.
"""
