"""The app in each shipped language: the real main window and every dialog, built under the language chosen in
Settings, show translated text (no English string left where a translation exists) and cut no label or button
text short at their default size. Also: Settings offers the languages and asks for a restart."""

from __future__ import annotations

import contextlib
import re
import warnings
import xml.etree.ElementTree as ET
from collections.abc import Iterator
from datetime import datetime

import pytest
from photos import write_photos
from PySide6.QtGui import QFontDatabase  # only the tests need these: gui/qt.py does not export them
from PySide6.QtWidgets import QAbstractButton
from test_gui import WAIT_MS, add_folder, settled

from photoclip.core.package_data import resources_dir
from photoclip.gui.dates import date_time_text
from photoclip.gui.language import LANGUAGES, install_translators
from photoclip.gui.qt import (
    QApplication,
    QCheckBox,
    QLabel,
    QLocale,
    QMessageBox,
    QPushButton,
    QSettings,
    QTimer,
    QWidget,
)

OTHERS = [code for code, _name in LANGUAGES if code != "en"]
ALL = [code for code, _name in LANGUAGES]


def english_with_translation(code: str) -> dict[str, str]:
    """English source -> this language's text, for the messages whose translation differs from the source."""
    folder = resources_dir()
    assert folder is not None
    out = {}
    for msg in ET.parse(folder / "translations" / f"photoclip_{code}.ts").iter("message"):
        source, translation = msg.findtext("source") or "", msg.findtext("translation") or ""
        if msg.get("numerus") != "yes" and translation and translation != source and len(source) > 2:
            out[source] = translation
    return out


def shown_text(w: QWidget) -> str:
    text = w.text() if isinstance(w, (QLabel, QAbstractButton)) else ""
    return re.sub(r"&(.)", r"\1", text)  # a mnemonic's & is not drawn


def visible_texts(root: QWidget) -> list[tuple[QWidget, str]]:
    out = []
    for w in [root, *root.findChildren(QWidget)]:
        if isinstance(w, (QLabel, QAbstractButton)) and w.isVisibleTo(root) and shown_text(w).strip():
            out.append((w, shown_text(w)))
    return out


def clipped(root: QWidget) -> list[str]:
    """Labels (without word wrap), push buttons and check boxes whose text is wider than the room they got."""
    bad = []
    for w, text in visible_texts(root):
        if isinstance(w, QLabel) and (w.wordWrap() or w.textFormat() == w.textFormat().RichText or "<" in text):
            continue
        if not isinstance(w, (QLabel, QPushButton, QCheckBox)) or w.width() <= 1:
            continue
        fm = w.fontMetrics()
        need = max(fm.horizontalAdvance(line) for line in text.split("\n"))
        if isinstance(w, QLabel):
            room = w.contentsRect().width() - 2 * w.margin() - max(0, w.indent())
        else:  # the button's own padding and icon: what its size hint adds around the text
            room = w.width() - (w.sizeHint().width() - fm.horizontalAdvance(text.split("\n")[0]))
        if need > room + 1:
            bad.append(f"{type(w).__name__} {text!r}: needs {need} px, has {room} px")
    return bad


def english_left(root: QWidget, english: dict[str, str]) -> list[str]:
    texts = [t for _w, t in visible_texts(root)]
    texts += [root.windowTitle()]
    texts += [w.placeholderText() for w in root.findChildren(QWidget) if hasattr(w, "placeholderText")]
    texts += [w.toolTip() for w in root.findChildren(QWidget) if w.toolTip()]
    plain = {re.sub(r"&(.)", r"\1", k): v for k, v in english.items()}
    return sorted({t for t in texts if t in plain})


# The writing system each shipped language needs a font for: without one (a bare Linux has only DejaVu, which has
# no Devanagari, kana or hanzi), Qt draws boxes of any width, and what fits says nothing of what a user sees.
SCRIPTS = {"hi": "Devanagari", "ja": "Japanese", "zh_CN": "SimplifiedChinese"}


def has_font_for(code: str) -> bool:
    script = SCRIPTS.get(code, "Latin")
    return bool(QFontDatabase.families(getattr(QFontDatabase.WritingSystem, script)))


def check(qtbot, root: QWidget, english: dict[str, str], problems: list[str], name: str,
          fits: bool = True) -> None:
    """``fits``: also check that no text is cut (only where the language's script has a font here)."""
    problems += [f"{name}: English left: {t!r}" for t in english_left(root, english)]
    if not fits:
        return
    # A label's new text is laid out on the next turns of the event loop: give the layouts a moment first.
    with contextlib.suppress(qtbot.TimeoutError):
        qtbot.waitUntil(lambda: not clipped(root), timeout=1000)
    problems += [f"{name}: clipped: {c}" for c in clipped(root)]


@pytest.fixture
def language_window(make_window, tmp_path) -> Iterator:
    def make(code: str):
        settings = QSettings(str(tmp_path / "window.ini"), QSettings.Format.IniFormat)
        settings.setValue("language", code)
        settings.sync()
        return make_window()

    yield make
    app = QApplication.instance()
    assert app is not None
    install_translators(app, QLocale.system())  # the next test speaks the system's language again


@pytest.mark.parametrize("code", ALL)
def test_window_and_every_dialog_speak_the_language_and_cut_nothing(qtbot, language_window, tmp_path, code):
    from photoclip.gui.dialogs.label_scores import LabelScoresDialog
    from photoclip.gui.dialogs.model_setup import ModelSetupDialog
    from photoclip.gui.dialogs.settings import SettingsDialog
    from photoclip.gui.dialogs.skipped import SkippedDialog

    english = english_with_translation(code) if code != "en" else {}
    problems: list[str] = []
    w = language_window(code)
    assert QLocale().name().startswith(code.split("_")[0])  # numbers and dates follow the language too
    qtbot.waitUntil(lambda: w.folders is not None, timeout=WAIT_MS)
    placeholder = "Describe a photo — “kids on a beach at sunset” (Ctrl+F)"
    assert w.search_bar.field.placeholderText() == english.get(placeholder, placeholder)
    fits = has_font_for(code)
    if not fits:
        warnings.warn(f"no {SCRIPTS[code]} font on this machine: whether {code} text fits is not checked "
                      "(Debian: fonts-noto-core fonts-noto-cjk)", stacklevel=1)
    check(qtbot, w, english, problems, "welcome", fits)

    folder = tmp_path / "photos"
    write_photos(folder, 3)
    add_folder(qtbot, w, folder, 3)
    settled(qtbot, w)
    check(qtbot, w, english, problems, "main window", fits)

    dialogs: list[tuple[str, QWidget]] = []
    assert w.bridge.settings is not None
    dialogs.append(("settings", SettingsDialog(w.bridge.settings, "light", w, language=code)))
    setup = ModelSetupDialog(w.bridge, w)
    setup.show_status(w.bridge.model_status)
    dialogs.append(("model set-up", setup))
    dialogs.append(("skipped files", SkippedDialog([(str(folder / "broken.jpg"), "cannot identify image file")], w)))
    w.show_label_sets()
    editor = w.label_editor
    assert editor is not None
    qtbot.waitUntil(lambda: editor.loaded, timeout=WAIT_MS)
    editor.new_set()
    editor.name.setText("Scenes")
    editor.add_label_row(None, "beach", "")
    editor.add_label_row(None, "city", "")
    editor.save()
    qtbot.waitUntil(lambda: editor.current is not None and editor.current.id is not None, timeout=WAIT_MS)
    dialogs.append(("label sets", editor))
    assert editor.current is not None
    scores = LabelScoresDialog(w.bridge, editor.current.id, None, w, w.loader)
    dialogs.append(("label scores", scores))
    w.show_duplicates()
    assert w.duplicates is not None
    dialogs.append(("duplicates review", w.duplicates))
    w.photos.open_viewer(0)
    assert w.photos.viewer is not None
    dialogs.append(("viewer", w.photos.viewer))
    for name, dialog in dialogs:
        dialog.show()
        qtbot.waitExposed(dialog)
        qtbot.wait(50)
        check(qtbot, dialog, english, problems, name, fits)
    assert w.duplicates.windowTitle() == english.get("Duplicates", "Duplicates")
    for _name, dialog in dialogs:
        dialog.close()
    assert not problems, "\n".join(problems)


def test_settings_offers_each_language_in_its_own_name_and_a_restart(qtbot, make_window, monkeypatch):
    from photoclip.gui import main_window
    from photoclip.gui.dialogs.settings import SettingsDialog

    w = make_window()
    qtbot.waitUntil(lambda: w.bridge.settings is not None, timeout=WAIT_MS)
    assert w.bridge.settings is not None
    dialog = SettingsDialog(w.bridge.settings, "light", w)
    names = [dialog.language.itemText(i) for i in range(dialog.language.count())]
    assert names[1:] == ["English", "Türkçe", "日本語", "简体中文", "हिन्दी"]
    assert dialog.result_language() == ""  # follows the system until chosen

    def choose_japanese(self: SettingsDialog) -> int:
        self.language.setCurrentIndex(self.language.findData("ja"))
        return SettingsDialog.DialogCode.Accepted

    monkeypatch.setattr(main_window.SettingsDialog, "exec", choose_japanese)
    asked: list[str] = []

    def answer_later() -> None:
        box = QApplication.activeModalWidget()
        if isinstance(box, QMessageBox):
            asked.append(box.text())
            later = next(b for b in box.buttons() if b.text() == "Later")
            later.click()

    QTimer.singleShot(200, answer_later)
    w.show_settings()
    assert asked and "Restart now?" in asked[0]
    assert w.qsettings.value("language") == "ja"
    assert not QApplication.instance().property("photoclip_restart")  # "Later": no restart
    assert w.isVisible()


def test_dates_follow_the_locale_and_fall_back_to_iso_under_c():
    moment = datetime(2026, 11, 30, 23, 11)
    assert date_time_text(moment, locale=QLocale(QLocale.Language.C)) == "2026-11-30 23:11"
    assert "Kasım" in date_time_text(moment, True, QLocale("tr"))
    assert date_time_text(moment, locale=QLocale("ja")).startswith("2026/11/30")
    assert "23:11" in date_time_text(moment, True, QLocale("zh_CN"))
