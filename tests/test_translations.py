"""The shipped translations: every language loads, every string of the app is translated in each (no
unfinished, obsolete or vanished message, and the .ts files match the code as lupdate reads it now), and each
translation keeps its source's placeholders, plural marker and keyboard mnemonic."""

from __future__ import annotations

import os
import re
import shutil
import subprocess
import xml.etree.ElementTree as ET
from pathlib import Path

import pytest

from photoclip.core.package_data import resources_dir
from photoclip.gui.language import LANGUAGES, install_translators, shipped_languages
from photoclip.gui.qt import QCoreApplication, QLibraryInfo, QLocale, QTranslator

os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")
RESOURCES = resources_dir()
assert RESOURCES is not None
TRANSLATIONS = RESOURCES / "translations"
OTHERS = [code for code, _name in LANGUAGES if code != "en"]
PLACEHOLDER = re.compile(r"\{\d+(?::[^}]*)?\}|%L?n|%\d|%[vm]")


def messages(ts: Path) -> list[tuple[str, ET.Element]]:
    return [(c.findtext("name") or "", m) for c in ET.parse(ts).iter("context") for m in c.iter("message")]


def texts(msg: ET.Element) -> list[str]:
    translation = msg.find("translation")
    assert translation is not None
    if msg.get("numerus") == "yes":
        return [f.text or "" for f in translation.iter("numerusform")]
    return [translation.text or ""]


def mnemonics(text: str) -> int:
    return len(re.findall(r"&(?=[^&\s])", text.replace("&&", "")))


def test_every_language_in_settings_ships_and_nothing_ships_unlisted():
    assert shipped_languages() == sorted(code for code, _name in LANGUAGES)
    for code in shipped_languages():
        assert (TRANSLATIONS / f"photoclip_{code}.ts").is_file()


@pytest.mark.parametrize("code", [code for code, _name in LANGUAGES])
def test_every_shipped_qm_loads_and_translates(qapp, code):
    translator = QTranslator()
    assert translator.load(str(TRANSLATIONS / f"photoclip_{code}.qm"))
    assert translator.language() == code
    two = translator.translate("Texts", "%Ln photo(s)", None, 2)
    assert two and "(s)" not in two and "%" in two  # a plural form, written for this language
    if code != "en":
        assert translator.translate("SearchBar", "Search photos") not in ("", "Search photos")


@pytest.mark.parametrize("code", OTHERS)
def test_every_message_is_translated_and_none_is_stale(code):
    ts = TRANSLATIONS / f"photoclip_{code}.ts"
    assert ET.parse(ts).getroot().get("language") == code
    bad = []
    for context, msg in messages(ts):
        translation = msg.find("translation")
        assert translation is not None
        if translation.get("type") in ("unfinished", "obsolete", "vanished") or not all(t.strip() for t in texts(msg)):
            bad.append(f"{context}: {msg.findtext('source')!r} ({translation.get('type') or 'empty'})")
    assert not bad, f"{len(bad)} messages of photoclip_{code}.ts need a translator: run " \
                    f"resources/translations/build.py and translate them:\n" + "\n".join(bad[:20])


def test_the_translations_match_the_code(tmp_path):
    """A string added to (or changed in) the app without running build.py has no translation in any language:
    lupdate over the code now must find exactly the messages the committed .ts files hold."""
    exe = shutil.which("pyside6-lupdate")
    assert exe is not None, "pyside6-lupdate ships with PySide6"
    root = TRANSLATIONS.parents[1]
    fresh = tmp_path / "fresh.ts"
    sources = sorted(str(p) for p in (root / "photoclip" / "gui").rglob("*.py"))
    subprocess.run([exe, *sources, "-locations", "none", "-ts", str(fresh)], check=True, capture_output=True)
    in_code = {(c, m.findtext("source")) for c, m in messages(fresh)}
    for ts in sorted(TRANSLATIONS.glob("photoclip_*.ts")):
        committed = {(c, m.findtext("source")) for c, m in messages(ts)}
        assert in_code - committed == set(), f"{ts.name} lacks strings of the app: run build.py"
        assert committed - in_code == set(), f"{ts.name} keeps strings the app no longer has: run build.py"


@pytest.mark.parametrize("code", OTHERS)
def test_translations_keep_placeholders_plurals_and_mnemonics(code):
    bad = []
    for context, msg in messages(TRANSLATIONS / f"photoclip_{code}.ts"):
        source = msg.findtext("source") or ""
        want = sorted(p.replace("%Ln", "%n") for p in PLACEHOLDER.findall(source))
        for text in texts(msg):
            got = sorted(p.replace("%Ln", "%n") for p in PLACEHOLDER.findall(text))
            if got != want:
                bad.append(f"{context}: {source!r} -> {text!r}: placeholders {got} != {want}")
            if mnemonics(text) != mnemonics(source):
                bad.append(f"{context}: {source!r} -> {text!r}: keyboard mnemonic (&) lost or added")
            if source.endswith("…") != text.endswith("…"):
                bad.append(f"{context}: {source!r} -> {text!r}: '…' says a dialog follows")
    assert not bad, "\n".join(bad)


@pytest.mark.parametrize("code", ["tr", "ja", "zh_CN"])
def test_qt_speaks_the_language_too(qapp, code):
    """Qt's own strings (standard buttons, file dialogs) come from Qt's translations; Qt ships none for Hindi,
    whose dialogs keep Qt's English buttons."""
    folder = QLibraryInfo.path(QLibraryInfo.LibraryPath.TranslationsPath)
    translators = install_translators(qapp, QLocale(code))
    try:
        assert any(Path(t.filePath()).name.startswith("qtbase_") for t in translators), folder
        assert QCoreApplication.translate("QPlatformTheme", "Cancel") != "Cancel"
    finally:
        install_translators(qapp, QLocale.system())
