"""The app's language: which ones ship, which one is chosen (the system's, or the one picked in Settings), the
translators that make the window speak it (photoclip's own and Qt's), and dates in the user's locale.

The choice is kept in QSettings ("language": "" follows the system) and takes effect at start-up: widgets set
their texts once as they are built, so a new language needs a restart, which the Settings dialog offers.
"""

from __future__ import annotations

import sys

from photoclip.core.package_data import resources_dir
from photoclip.gui.qt import QCoreApplication, QLibraryInfo, QLocale, QProcess, QSettings, QTranslator

SETTINGS_KEY = "language"
# (code, name in its own language): what Settings lists. "" follows the system.
LANGUAGES: tuple[tuple[str, str], ...] = (
    ("en", "English"),
    ("tr", "Türkçe"),
    ("ja", "日本語"),
    ("zh_CN", "简体中文"),
    ("hi", "हिन्दी"),
)

_installed: list[QTranslator] = []
_active: list[str] = []


def shipped_languages() -> list[str]:
    """The languages whose compiled translations ship with this install (photoclip_<code>.qm)."""
    folder = resources_dir()
    if folder is None:
        return []
    return sorted(p.stem.removeprefix("photoclip_") for p in (folder / "translations").glob("photoclip_*.qm"))


def chosen_language(settings: QSettings) -> str:
    """The language code Settings chose, or "" for the system's."""
    value = settings.value(SETTINGS_KEY, "")
    return value if isinstance(value, str) else ""


def locale_for(code: str) -> QLocale:
    """The locale the app runs in for a chosen code ("" = the system's)."""
    return QLocale(code) if code else QLocale.system()


def install_translators(app: QCoreApplication, locale: QLocale) -> list[QTranslator]:
    """Make ``locale`` the app's: the default QLocale (dates and numbers), photoclip's strings and Qt's own
    (standard buttons, file dialogs). Once per language: calling it again with the same one changes nothing;
    with another, the previous translators are removed first."""
    key = locale.name()
    if _active == [key]:
        return list(_installed)
    for old in _installed:
        app.removeTranslator(old)
    _installed.clear()
    _active[:] = [key]
    QLocale.setDefault(locale)
    folder = resources_dir()
    if folder is not None:
        ours = QTranslator(app)
        # English ships too: it holds the English plural forms ("1 photo", "2 photos"), so it is the fallback
        # for every language photoclip does not speak.
        if ours.load(locale, "photoclip", "_", str(folder / "translations")) or ours.load(
                str(folder / "translations" / "photoclip_en.qm")):
            app.installTranslator(ours)
            _installed.append(ours)
    qt = QTranslator(app)
    if qt.load(locale, "qtbase", "_", QLibraryInfo.path(QLibraryInfo.LibraryPath.TranslationsPath)):
        app.installTranslator(qt)
        _installed.append(qt)
    return list(_installed)


def speaks_english(locale: QLocale | None = None) -> bool:
    """Whether the app's language is English (or the C locale, whose messages are English)."""
    language = (locale or QLocale()).language()
    return language in (QLocale.Language.English, QLocale.Language.C)


def translator_language() -> str:
    """The language of photoclip's installed translation ("en" when it fell back to English)."""
    return _installed[0].language() if _installed else ""


RESTART_PROPERTY = "photoclip_restart"


def request_restart(app: QCoreApplication) -> None:
    """Ask `run_app` to start photoclip again once this one has closed (its library and threads shut down
    first, so two processes never hold the library at once)."""
    app.setProperty(RESTART_PROPERTY, True)


def restart_command() -> tuple[str, list[str]]:
    """The program and arguments that start this photoclip again, with the same command-line options."""
    if getattr(sys, "frozen", False):  # the installer's bundle: the executable is photoclip itself
        return sys.executable, sys.argv[1:]
    return sys.executable, ["-c", "import sys; from photoclip.cli import main; sys.exit(main())", *sys.argv[1:]]


def restart_if_requested(app: QCoreApplication) -> bool:
    if not app.property(RESTART_PROPERTY):
        return False
    program, args = restart_command()
    return bool(QProcess.startDetached(program, args))
