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


def test_stop_ends_the_text_pass_and_the_next_index_run_resumes_it(qtbot, make_window, tmp_path):
    """The status bar's Stop button shows while only the text pass runs and stops it (what was read is kept);
    it stays stopped when a setting is saved, and the next index run goes on from where it stopped."""
    folder = tmp_path / "photos"
    n = 10
    for i in range(n):  # each with a sign, read in full: about a second each, so Stop lands mid-pass
        sign = Sign((f"Room {101 + i}", "Exit"))
        save(draw(photo(("coffee", "brick", "rocket", "chelsea")[i % 4], (1600, 1200)), sign), folder / f"p{i}.jpg")
    w = make_window()
    add_folder(qtbot, w, folder, n)
    b, status = w.bridge, w.index_status
    assert b.settings is not None and not status.stop_button.isVisible()
    progress: list[tuple[int, int]] = []
    finished: list[object] = []
    b.textProgress.connect(lambda p: progress.append((p.done, p.total)))
    b.textFinished.connect(finished.append)

    b.save_settings(dataclasses.replace(b.settings, read_text=True))
    qtbot.waitUntil(lambda: any(done >= 1 for done, _t in progress), timeout=WAIT_MS)
    assert not b.indexing and status.stop_button.isVisible()
    assert "reading text" in status.stop_button.toolTip().lower()
    qtbot.mouseClick(status.stop_button, Qt.MouseButton.LeftButton)
    qtbot.waitUntil(lambda: bool(finished), timeout=WAIT_MS)
    first = finished[0]
    assert first is not None and first.cancelled and 1 <= first.read < n
    assert not status.stop_button.isVisible() and not status.text_label.isVisible()
    read_before = text_count(w)
    assert read_before == first.read  # what was read before Stop is kept

    # Saving a setting (the thumbnail size here) is not a reason to start again.
    b.save_settings(dataclasses.replace(b.settings, thumb_size=128))
    qtbot.waitUntil(lambda: b.settings is not None and b.settings.thumb_size == 128, timeout=WAIT_MS)
    qtbot.wait(1500)
    assert len(finished) == 1 and not b._text_running and text_count(w) == read_before

    # The next index run (a photo added, seen here through a request like the watcher's) resumes the pass.
    save(photo("astronaut", (1600, 1200)), folder / "new.jpg")
    b.request_index([str(folder)])
    qtbot.waitUntil(lambda: len(finished) == 2, timeout=WAIT_MS * 3)
    second = finished[1]
    assert second is not None and not second.cancelled
    assert second.read == n + 1 - read_before  # only what was left, and the new photo
    assert text_count(w) == n + 1


def text_count(w) -> int:
    from photoclip.core.library import Library

    with Library(w.bridge.config.library_dir) as lib:
        return lib.db.execute("SELECT COUNT(*) FROM photo_text").fetchone()[0]
