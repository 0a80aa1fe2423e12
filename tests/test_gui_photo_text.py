"""Text in photos in the app: the setting turns the background pass on, its progress shows in the status bar, a
search finds the photo by a word written in it and says so, and the viewer shows the text, selectable and
copyable. Real widgets, a real library, the real RapidOCR models."""

from __future__ import annotations

import dataclasses
import os

os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")

from photoclip.core.find import REASON_TEXT
from photoclip.gui.qt import QGuiApplication, Qt
from tests.test_gui import add_folder, search
from tests.text_photos import Sign, draw, photo, save

WAIT_MS = 120_000  # the OCR models load and read on a shared 2-core machine


def test_text_pass_search_and_viewer(qtbot, make_window, tmp_path):
    folder = tmp_path / "photos"
    save(draw(photo("coffee", (1200, 900)), Sign(("Café Lisboa",))), folder / "cafe.jpg")
    save(photo("brick", (1200, 900)), folder / "plain.jpg")
    w = make_window()
    add_folder(qtbot, w, folder, 2)
    assert w.bridge.settings is not None and not w.bridge.settings.read_text  # off by default
    lines: list[str] = []
    finished: list[object] = []
    w.bridge.textProgress.connect(lambda _p: lines.append(w.index_status.text_label.text()))
    w.bridge.textFinished.connect(finished.append)

    w.bridge.save_settings(dataclasses.replace(w.bridge.settings, read_text=True))
    qtbot.waitUntil(lambda: bool(finished), timeout=WAIT_MS)
    report = finished[0]
    assert report is not None and report.read == 2 and report.with_text == 1
    assert any(line.startswith("Reading text") and "of 2" in line for line in lines)
    assert not w.index_status.text_label.isVisible()

    search(qtbot, w, "lisb")
    m = w.grid_model
    rows = [r for r in range(m.rowCount()) if m.reasons(r) & REASON_TEXT]
    assert len(rows) == 1
    row = rows[0]
    assert "text in photo" in m.index(row).data(Qt.ItemDataRole.ToolTipRole)

    w.photos.open_viewer(row)
    v = w.photos.viewer
    qtbot.waitUntil(lambda: v is not None and v.isVisible(), timeout=WAIT_MS)
    from photoclip.gui.widgets.photo_text import PhotoTextPanel

    panel = v.findChild(PhotoTextPanel)
    qtbot.waitUntil(lambda: panel.text.toPlainText() == "Café Lisboa", timeout=WAIT_MS)
    assert panel.text.isReadOnly() and panel.text.textInteractionFlags() & Qt.TextInteractionFlag.TextSelectableByMouse
    qtbot.mouseClick(panel.copy_button, Qt.MouseButton.LeftButton)
    assert QGuiApplication.clipboard().text() == "Café Lisboa"
    v.close()
