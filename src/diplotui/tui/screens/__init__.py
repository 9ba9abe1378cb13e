"""Screens of the app: the main three-pane screen and its modal dialogs."""
