"""Screens of the app: the main three-pane screen (its modal dialogs are in ``tui/dialogs``)."""
