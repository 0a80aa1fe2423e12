"""Dialogs: the photo viewer, settings, the model download, skipped files."""

from __future__ import annotations

from photoclip.gui.qt import QLayout, QWidget


def at_least_wide(dialog: QWidget, width: int) -> None:
    """Open ``dialog`` at least ``width`` px wide, and never let it be narrower than its rows need in the language
    and font it is shown in. (A fixed minimum width takes the place of the layout's own minimum: in DejaVu Sans,
    many Linux desktops' font, the settings' longest check box was cut at 520 px.) Call once its layout is full."""
    layout = dialog.layout()
    assert layout is not None
    layout.setSizeConstraint(QLayout.SizeConstraint.SetMinimumSize)  # follows the texts as they change
    hint = dialog.sizeHint()
    dialog.resize(max(width, hint.width()), hint.height())
