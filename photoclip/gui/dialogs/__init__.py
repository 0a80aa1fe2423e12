"""Dialogs: the photo viewer, settings, the model download, skipped files."""
