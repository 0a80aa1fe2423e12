"""Starting the app: the QApplication, translations, theme, window state, and the main window.

The window is shown first and the worker threads start on the first turn of the event loop, so photoclip is on
screen in well under a second; torch and open_clip are imported later, on the index thread, as the model loads.
The model's exported text encoder loads meanwhile (`EarlyModel`), started by `photoclip gui` before this module and
Qt are imported.
"""

from __future__ import annotations

import sys
from collections.abc import Sequence

from photoclip.gui.config import AppConfig
from photoclip.gui.icons import app_icon
from photoclip.gui.indexing import EarlyModel
from photoclip.gui.language import chosen_language, install_translators, locale_for, restart_if_requested
from photoclip.gui.main_window import MainWindow
from photoclip.gui.qt import QApplication, QSettings, QTimer
from photoclip.gui.theme import Theme


def application(argv: Sequence[str] | None = None) -> QApplication:
    app = QApplication.instance()
    if isinstance(app, QApplication):
        return app
    app = QApplication(list(argv) if argv is not None else sys.argv[:1])
    app.setApplicationName("photoclip")
    app.setOrganizationName("photoclip")
    app.setApplicationDisplayName("photoclip")
    app.setDesktopFileName("photoclip")
    app.setWindowIcon(app_icon())
    return app


def window_settings(config: AppConfig) -> QSettings:
    if config.settings_file is not None:
        return QSettings(str(config.settings_file), QSettings.Format.IniFormat)
    return QSettings()


def create_window(config: AppConfig, app: QApplication | None = None, early: EarlyModel | None = None) -> MainWindow:
    """A ready window over ``config``'s library (tests construct it this way, then call `start`); ``early``: the
    model's early load, when it was started before this module was imported (see `photoclip.cli.cmd_gui`)."""
    app = app or application()
    settings = window_settings(config)
    install_translators(app, locale_for(chosen_language(settings)))
    theme = Theme(app, config.theme or str(settings.value("theme", "system")))
    return MainWindow(config, settings, theme, early=early)


def run_app(config: AppConfig | None = None, argv: Sequence[str] | None = None,
            early: EarlyModel | None = None) -> int:
    app = application(argv)
    window = create_window(config or AppConfig.default(), app, early)
    window.show()
    QTimer.singleShot(0, window.start)
    code = app.exec()
    restart_if_requested(app)  # a new language was chosen in Settings and the user asked to restart
    return code
