"""Light and dark looks, following the system's colour scheme unless the user picked one.

Fusion is used everywhere so the app looks the same on every platform, with palettes of our own (Fusion's
defaults are grey on grey); Qt 6's `QStyleHints.colorScheme` says what the system prefers and
`colorSchemeChanged` tells when that changes, so a system switching to dark at sunset takes the app along.
A short style sheet adds what a palette cannot say: rounded search field, flat side bar, spacing.
"""

from __future__ import annotations

from collections.abc import Callable

from photoclip.gui import icons
from photoclip.gui.qt import QApplication, QColor, QPalette, Qt

THEMES = ("system", "light", "dark")

_DARK = {
    "Window": "#1c1d21", "WindowText": "#e7e8ea", "Base": "#141518", "AlternateBase": "#202126",
    "ToolTipBase": "#2a2c31", "ToolTipText": "#e7e8ea", "PlaceholderText": "#8a8d95", "Text": "#e7e8ea",
    "Button": "#2a2c31", "ButtonText": "#e7e8ea", "BrightText": "#ff6b6b", "Light": "#3a3c42",
    "Midlight": "#2e3035", "Mid": "#3c3f46", "Dark": "#111214", "Shadow": "#000000",
    "Highlight": "#4a7dff", "HighlightedText": "#ffffff", "Link": "#86a8ff", "LinkVisited": "#b08cff",
}
_LIGHT = {
    "Window": "#f4f5f7", "WindowText": "#1d1f24", "Base": "#ffffff", "AlternateBase": "#f0f1f4",
    "ToolTipBase": "#ffffff", "ToolTipText": "#1d1f24", "PlaceholderText": "#878a92", "Text": "#1d1f24",
    "Button": "#ffffff", "ButtonText": "#1d1f24", "BrightText": "#d93025", "Light": "#ffffff",
    "Midlight": "#e6e8ec", "Mid": "#cfd2d8", "Dark": "#a5a9b1", "Shadow": "#5c5f66",
    "Highlight": "#2f6bf2", "HighlightedText": "#ffffff", "Link": "#2f6bf2", "LinkVisited": "#7a4fd6",
}

_STYLE = """
QLineEdit#search {
    border: 1px solid palette(mid); border-radius: 10px; padding: 7px 10px; font-size: 15px;
    background: palette(base);
}
QLineEdit#search:focus { border: 1px solid palette(highlight); }
QListView#sidebar { border: none; background: palette(window); outline: 0; }
QTreeWidget#tagTree { border: none; background: palette(window); outline: 0; padding-left: 6px; }
QListView#grid { border: none; background: palette(base); outline: 0; }
QFrame#topbar { background: palette(window); border-bottom: 1px solid palette(midlight); }
QFrame#sidebarFrame { background: palette(window); border-right: 1px solid palette(midlight); }
QFrame#detailsPanel { background: palette(window); border-left: 1px solid palette(midlight); }
QLabel#lightbox { background: #0d0e10; color: #9a9da5; border-radius: 8px; }
QLabel#sectionTitle { color: palette(placeholder-text); font-weight: 600; padding: 6px 2px 2px 2px; }
QLabel#muted { color: palette(placeholder-text); }
QStatusBar { border-top: 1px solid palette(midlight); }
QStatusBar::item { border: none; }
QToolButton { border: none; border-radius: 6px; padding: 4px; }
QToolButton:hover { background: palette(midlight); }
QToolButton:pressed, QToolButton:checked { background: palette(mid); }
QToolButton#chip {
    border: 1px solid palette(mid); border-radius: 12px; padding: 2px 8px; background: palette(alternate-base);
}
QPushButton {
    border: 1px solid palette(mid); border-radius: 8px; padding: 7px 14px; background: palette(button);
}
QPushButton:hover { background: palette(midlight); }
QPushButton:pressed { background: palette(mid); }
QPushButton:disabled { color: palette(placeholder-text); }
QPushButton[primary="true"] {
    background: palette(highlight); color: palette(highlighted-text); border: none; border-radius: 8px;
    padding: 9px 18px; font-weight: 600;
}
QPushButton[primary="true"]:hover { background: palette(link); }
QPushButton[flat="true"] { border: none; color: palette(link); }
QProgressBar { border: 1px solid palette(mid); border-radius: 4px; background: palette(base); max-height: 8px; }
QProgressBar::chunk { background: palette(highlight); border-radius: 3px; }
QSplitter::handle { background: palette(window); }
QDialogButtonBox { dialogbuttonbox-buttons-have-icons: 0; }
"""


def system_prefers_dark() -> bool:
    app = QApplication.instance()
    if not isinstance(app, QApplication):
        return False
    return app.styleHints().colorScheme() == Qt.ColorScheme.Dark


def palette(dark: bool) -> QPalette:
    pal = QPalette()
    colors = _DARK if dark else _LIGHT
    for role, value in colors.items():
        pal.setColor(QPalette.ColorGroup.All, getattr(QPalette.ColorRole, role), QColor(value))
    faded = QColor(colors["WindowText"])
    faded.setAlphaF(0.4)
    for role in (QPalette.ColorRole.WindowText, QPalette.ColorRole.Text, QPalette.ColorRole.ButtonText):
        pal.setColor(QPalette.ColorGroup.Disabled, role, faded)
    return pal


class Theme:
    """Applies a theme now, and again whenever the system's scheme changes while "system" is chosen."""

    def __init__(self, app: QApplication, choice: str = "system") -> None:
        self.app = app
        self.choice = choice if choice in THEMES else "system"
        self.dark = False
        self.listeners: list[Callable[[], None]] = []  # e.g. the window, to redraw its icons in the new colours
        app.setStyle("Fusion")
        app.styleHints().colorSchemeChanged.connect(self._system_changed)
        self.apply(self.choice)

    def apply(self, choice: str) -> None:
        self.choice = choice if choice in THEMES else "system"
        self.dark = system_prefers_dark() if self.choice == "system" else self.choice == "dark"
        self.app.setPalette(palette(self.dark))
        self.app.setStyleSheet(_STYLE)
        icons.clear_cache()
        for listener in self.listeners:
            listener()

    def _system_changed(self, _scheme: Qt.ColorScheme) -> None:
        if self.choice == "system":
            self.apply("system")
