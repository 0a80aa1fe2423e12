"""Qt's own button texts, for the languages Qt ships no translation of (Hindi): QDialogButtonBox and QMessageBox
ask the "QPlatformTheme" context for "OK", "Cancel"... Listed here, lupdate puts them in photoclip's .ts files;
where Qt has its own qtbase_<lang>.qm, that one is installed later and wins."""

from __future__ import annotations

from photoclip.gui.qt import QCoreApplication

translate = QCoreApplication.translate


def standard_button_texts() -> list[str]:
    """Never called for its result: the calls are here so lupdate extracts each text for translators."""
    return [
        translate("QPlatformTheme", "OK"),
        translate("QPlatformTheme", "Cancel"),
        translate("QPlatformTheme", "Close"),
        translate("QPlatformTheme", "Apply"),
        translate("QPlatformTheme", "Save"),
        translate("QPlatformTheme", "Open"),
        translate("QPlatformTheme", "&Yes"),
        translate("QPlatformTheme", "&No"),
        translate("QPlatformTheme", "Yes"),
        translate("QPlatformTheme", "No"),
        translate("QPlatformTheme", "Help"),
        translate("QPlatformTheme", "Reset"),
        translate("QPlatformTheme", "Discard"),
        translate("QPlatformTheme", "Retry"),
        translate("QPlatformTheme", "Ignore"),
    ]
