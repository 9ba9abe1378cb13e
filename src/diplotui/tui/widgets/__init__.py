"""Widgets: they hold what they show and post messages; only screens write to the store."""
