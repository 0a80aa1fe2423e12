"""The app, driven through its real widgets over a real library on disk, with the tiny random-weight model.

Search results of the tiny model mean nothing, so these tests check what a user would see change: which photos
the grid holds, in which order when that is defined, what the status line and the empty states say, and that
the window keeps answering while the threads work.
"""

from __future__ import annotations

import os

os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")

import threading
import time
from collections.abc import Callable
from pathlib import Path

from photos import write_bad_files, write_photo, write_photos

from photoclip.gui.main_window import MainWindow
from photoclip.gui.qt import QDropEvent, QFileDialog, QMessageBox, QMimeData, QPointF, Qt, QTimer, QUrl

WAIT_MS = 15_000


def settled(qtbot, w: MainWindow) -> None:
    """Wait until the window has nothing in flight: model loaded, no index run, the grid showing the answer to
    the current query."""
    qtbot.waitUntil(lambda: w.bridge.model_ready and not w.bridge.indexing and w.folders is not None
                    and w.results is not None and w.results.query == w.current_query(), timeout=WAIT_MS)


def add_folder(qtbot, w: MainWindow, folder: Path, expect: int) -> None:
    w.add_folders([str(folder)])
    qtbot.waitUntil(lambda: w.results is not None and w.results.library_size == expect and not w.bridge.indexing,
                    timeout=WAIT_MS)
    settled(qtbot, w)


def shown_paths(qtbot, w: MainWindow) -> list[str]:
    """The paths of every photo in the grid, in order, fetching rows the way painting does."""
    m = w.grid_model

    def all_rows() -> bool:
        return all(m.photo_row(r) is not None and m.photo_row(r).id in m._fresh for r in range(m.rowCount()))

    qtbot.waitUntil(all_rows, timeout=WAIT_MS)
    return [m.photo_row(r).path for r in range(m.rowCount())]  # type: ignore[union-attr]


def search(qtbot, w: MainWindow, text: str) -> None:
    w.search_bar.field.clear()
    qtbot.keyClicks(w.search_bar.field, text)
    qtbot.waitUntil(lambda: w.results is not None and w.results.query.text == text, timeout=WAIT_MS)


# -- first run ----------------------------------------------------------------------------------------------


def test_welcome_then_add_folder_makes_photos_browsable_and_searchable(qtbot, make_window, tmp_path, monkeypatch):
    folder = tmp_path / "Pictures"
    write_photos(folder, 12)
    w = make_window()
    qtbot.waitUntil(lambda: w.folders is not None, timeout=WAIT_MS)
    assert w.stack.currentWidget() is w.welcome
    monkeypatch.setattr(QFileDialog, "getExistingDirectory", lambda *a, **k: str(folder))
    qtbot.mouseClick(w.welcome.choose_button, Qt.MouseButton.LeftButton)

    qtbot.waitUntil(lambda: w.grid_model.rowCount() == 12, timeout=WAIT_MS)
    settled(qtbot, w)
    assert w.stack.currentIndex() == 0
    assert "12 photos" in w.summary.text()
    assert sorted(shown_paths(qtbot, w)) == sorted(str(p) for p in folder.iterdir())
    assert [f.path for f in w.folders or []] == [str(folder)]
    # The folder list says how many photos each folder holds.
    assert "12 photos" in w.folder_model.index(1).data(w.folder_model.EntryRole).detail

    search(qtbot, w, "a cat on a sofa")
    assert w.grid_model.rowCount() == 12
    scores = [w.grid_model.score(r) for r in range(12)]
    assert scores == sorted(scores, reverse=True)  # best first
    assert "12 matches" in w.summary.text()
    # Esc clears the search and goes back to browsing.
    qtbot.keyClick(w.search_bar.field, Qt.Key.Key_Escape)
    qtbot.waitUntil(lambda: w.results is not None and not w.results.query.is_search, timeout=WAIT_MS)
    assert w.search_bar.field.text() == ""


def test_offline_first_run_offers_a_checkpoint_file_instead_of_crashing(qtbot, make_window, tmp_path, monkeypatch,
                                                                       tiny_model_file):
    folder = tmp_path / "photos"
    write_photos(folder, 3)
    w = make_window(tiny=False)  # the default model; the test's HF cache is empty and offline
    qtbot.waitUntil(lambda: w.bridge.model_status.state == "missing", timeout=WAIT_MS)
    assert w.model_setup.dialog is None  # the welcome page comes first
    w.welcome.foldersChosen.emit([str(folder)])

    qtbot.waitUntil(lambda: w.model_setup.dialog is not None and w.model_setup.dialog.isVisible(), timeout=WAIT_MS)
    dialog = w.model_setup.dialog
    assert dialog is not None
    qtbot.waitUntil(lambda: w.bridge.model_status.state == "unavailable", timeout=WAIT_MS)
    text = dialog.message.toPlainText()
    assert "cannot be downloaded now" in text and "offline" in text
    assert "--model-file" not in text and "Choose a local checkpoint file" in text  # the app's words, not the CLI's
    assert dialog.choose_button.isVisible() and dialog.retry_button.isVisible()
    assert w.model_setup.button.isVisible()

    # A search typed meanwhile says why it cannot run, instead of hanging or crashing.
    search_text = "mountains"
    w.search_bar.field.setText(search_text)
    w.search_bar.changed.emit()
    qtbot.waitUntil(lambda: "needs the model" in w.grid.empty_title, timeout=WAIT_MS)

    # A checkpoint of the wrong architecture is refused with a reason, and the dialog stays usable.
    monkeypatch.setattr(QFileDialog, "getOpenFileName", lambda *a, **k: (str(tiny_model_file), ""))
    qtbot.mouseClick(dialog.choose_button, Qt.MouseButton.LeftButton)
    qtbot.waitUntil(lambda: w.bridge.model_status.state == "unavailable"
                    and w.bridge.model_status.model_file is not None, timeout=WAIT_MS)
    assert "photoclip-tiny" in dialog.message.toPlainText() or "ViT-B-32-256" in dialog.message.toPlainText()
    assert dialog.choose_button.isVisible()


# -- watching -----------------------------------------------------------------------------------------------


def test_new_renamed_and_deleted_files_are_reflected_while_running(qtbot, make_window, tmp_path):
    folder = tmp_path / "watched"
    write_photos(folder, 6)
    w = make_window(watch=True)
    add_folder(qtbot, w, folder, 6)
    search(qtbot, w, "a red cup of coffee")
    assert w.grid_model.rowCount() == 6

    new = write_photo(folder / "sub" / "new.jpg", 40)
    qtbot.waitUntil(lambda: w.grid_model.rowCount() == 7, timeout=WAIT_MS)
    assert w.results is not None and w.results.query.is_search  # searchable, not only listed
    assert str(new) in shown_paths(qtbot, w)

    renamed = folder / "renamed.jpg"
    os.rename(folder / "photo_0000.jpg", renamed)
    qtbot.waitUntil(lambda: str(renamed) in shown_paths(qtbot, w), timeout=WAIT_MS)
    assert str(folder / "photo_0000.jpg") not in shown_paths(qtbot, w)
    assert w.grid_model.rowCount() == 7

    os.remove(folder / "photo_0001.jpg")
    qtbot.waitUntil(lambda: w.grid_model.rowCount() == 6, timeout=WAIT_MS)
    assert str(folder / "photo_0001.jpg") not in shown_paths(qtbot, w)


# -- indexing -----------------------------------------------------------------------------------------------


def test_pause_and_resume(qtbot, make_window, tmp_path):
    folder = tmp_path / "many"
    write_photos(folder, 60)
    w = make_window()
    settled(qtbot, w)
    qtbot.mouseClick(w.index_status.pause_button, Qt.MouseButton.LeftButton)  # pause before there is work
    assert w.bridge.paused
    w.add_folders([str(folder)])
    qtbot.waitUntil(lambda: w.bridge.indexing and "60" in w.index_status.label.text(), timeout=WAIT_MS)
    assert w.index_status.label.text().startswith("Paused")
    qtbot.wait(400)  # paused means paused: nothing gets stored
    assert w.bridge.indexing and w.index_status.bar.value() <= 0
    assert w.grid_model.rowCount() == 0

    qtbot.mouseClick(w.index_status.pause_button, Qt.MouseButton.LeftButton)
    assert not w.bridge.paused
    qtbot.waitUntil(lambda: not w.bridge.indexing, timeout=WAIT_MS)
    qtbot.waitUntil(lambda: w.grid_model.rowCount() == 60, timeout=WAIT_MS)
    assert "60 photos indexed" in w.index_status.label.text()


def _image_exports(monkeypatch, before: Callable[[], object]) -> tuple[list[str], threading.Event]:
    """Watch torch's export of image towers: the thread each runs on (appended as it starts) and an event set then;
    ``before`` runs first (to hold the export, as a real model's takes seconds)."""
    import torch

    from photoclip.gui.qt import QThread

    threads: list[str] = []
    started = threading.Event()
    real_export = torch.onnx.export

    def watched(*args, **kwargs):
        if kwargs.get("input_names") == ["pixels"]:
            threads.append(QThread.currentThread().objectName())
            started.set()
            before()
        return real_export(*args, **kwargs)

    monkeypatch.setattr(torch.onnx, "export", watched)
    return threads, started


def test_the_image_tower_is_exported_after_the_run_is_shown(qtbot, make_window, tmp_path, monkeypatch):
    """The export (tens of seconds on a real model, once per weights) is a task of its own on the index thread,
    after the run's end was shown; the grid and searches do not wait for it. Never after a stopped run."""
    from photoclip.core import models
    from photoclip.core.engine import Engine

    weights = models.make_tiny_checkpoint(tmp_path / "w.safetensors", seed=25)
    go = threading.Event()
    exports, started = _image_exports(monkeypatch, lambda: go.wait(60))
    stopped = tmp_path / "stopped"
    write_photos(stopped, 3)
    w = make_window(model_file=weights)
    try:
        settled(qtbot, w)
        # A stopped run: nothing exported after it.
        qtbot.mouseClick(w.index_status.pause_button, Qt.MouseButton.LeftButton)
        w.add_folders([str(stopped)])
        qtbot.waitUntil(lambda: w.bridge.indexing, timeout=WAIT_MS)
        finished: list[tuple[object, list[str]]] = []
        w.bridge.indexFinished.connect(lambda report: finished.append((report, list(exports))))
        w.bridge.cancel_index()
        qtbot.waitUntil(lambda: bool(finished) and not w.bridge.indexing, timeout=WAIT_MS)
        assert finished[0][0].cancelled  # type: ignore[attr-defined]
        qtbot.wait(1000)
        assert exports == []

        folder = tmp_path / "photos"
        write_photos(folder, 4)
        finished.clear()
        w.add_folders([str(folder)])
        qtbot.waitUntil(lambda: bool(finished) and not w.bridge.indexing, timeout=WAIT_MS)
        report, exported_by_then = finished[0]
        assert not report.cancelled and report.added == 4 and exported_by_then == []  # type: ignore[attr-defined]
        qtbot.waitUntil(started.is_set, timeout=WAIT_MS)
        assert exports == ["photoclip-index"]
        # While the export goes on, the run's photos are in the grid and found by a search.
        qtbot.waitUntil(lambda: w.grid_model.rowCount() >= 4, timeout=WAIT_MS)
        search(qtbot, w, "a photo")
        assert w.results is not None and w.results.query.is_search and w.results.library_size >= 4
        assert not go.is_set() and len(exports) == 1
    finally:
        go.set()
    engine = Engine(tmp_path / "library")
    try:
        qtbot.waitUntil(lambda: engine.image_export() is not None, timeout=WAIT_MS)
        assert engine.image_export().ok  # type: ignore[union-attr]
    finally:
        engine.close()


def test_closing_the_app_inside_torchs_export_ends_it_at_once(qtbot, make_window, tmp_path, monkeypatch):
    """torch's export call cannot be interrupted, and a big model's takes over a minute on a busy CPU (made so here,
    `slow_export`): closing the app ends the child process it runs in, the threads end at once, no error is shown,
    and nothing is recorded or left half-made (it is made after the next run)."""
    import slow_export

    from photoclip.core import export_process, image_onnx, models, text_onnx
    from photoclip.core.engine import Engine

    weights = models.make_tiny_checkpoint(tmp_path / "w.safetensors", seed=26)
    mark = tmp_path / "exporting"
    monkeypatch.setenv(slow_export.MARK, str(mark))
    monkeypatch.setattr(export_process, "CHILD_MIN_PARAMS", 0)  # the tiny model exported as a real one: in a child
    monkeypatch.setattr(image_onnx, "IMAGE_TOWER", slow_export.SLOW_IMAGE_TOWER)
    folder = tmp_path / "photos"
    write_photos(folder, 2)
    w = make_window(model_file=weights)
    errors: list[str] = []
    w.bridge.error.connect(errors.append)
    settled(qtbot, w)
    w.add_folders([str(folder)])
    qtbot.waitUntil(mark.exists, timeout=60_000)
    t0 = time.monotonic()
    w.close()
    assert time.monotonic() - t0 < 10
    assert not w.bridge.index_thread.isRunning() and errors == []
    assert not [p for p in image_onnx.cache_root().glob(text_onnx.TMP_PREFIX + "*")]
    engine = Engine(tmp_path / "library")
    try:
        assert engine.image_export() is None
        assert engine.text_export() is not None and engine.text_export().ok  # type: ignore[union-attr]
    finally:
        engine.close()


def test_window_stays_responsive_while_indexing(qtbot, make_window, tmp_path, monkeypatch):
    from photoclip.core import imaging
    from photoclip.core.embedder import Embedder
    from photoclip.core.image_onnx import OnnxImageEncoder

    folder = tmp_path / "hundred"
    write_photos(folder, 100)
    w = make_window()
    settled(qtbot, w)
    # Where the heavy work ran: recorded on the way through, the real functions still do the work.
    on_ui_thread: dict[str, set[bool]] = {"decode": set(), "embed": set()}
    real_prepare = imaging.prepare_for_model

    def prepare(*args, **kwargs):
        on_ui_thread["decode"].add(threading.current_thread() is threading.main_thread())
        return real_prepare(*args, **kwargs)

    def recorded(real):
        def embed(self, *args, **kwargs):
            on_ui_thread["embed"].add(threading.current_thread() is threading.main_thread())
            return real(self, *args, **kwargs)
        return embed

    monkeypatch.setattr(imaging, "prepare_for_model", prepare)
    # Photos go through torch or, on the CPU once the image tower is exported, ONNX Runtime.
    for cls in (Embedder, OnnxImageEncoder):
        monkeypatch.setattr(cls, "embed_pixels", recorded(cls.embed_pixels))
    gaps: list[float] = []
    last = [time.monotonic()]

    def tick() -> None:
        now = time.monotonic()
        gaps.append(now - last[0])
        last[0] = now

    timer = QTimer()
    timer.setInterval(20)
    timer.timeout.connect(tick)
    timer.start()
    started = time.monotonic()
    w.add_folders([str(folder)])
    qtbot.waitUntil(lambda: w.bridge.indexing, timeout=WAIT_MS)
    qtbot.waitUntil(lambda: not w.bridge.indexing and w.grid_model.rowCount() == 100, timeout=WAIT_MS)
    timer.stop()
    assert time.monotonic() - started > 0.1 and len(gaps) > 5
    assert on_ui_thread == {"decode": {False}, "embed": {False}}  # all of it off the UI thread ...
    # ... so the window kept painting. Loose on purpose: a frozen window, not a CI runner shared with other jobs.
    assert max(gaps) < 3.0, f"the event loop stalled for {max(gaps):.2f} s"


def test_skipped_files_are_listed_with_reasons(qtbot, make_window, tmp_path, monkeypatch):
    folder = tmp_path / "mixed"
    write_photos(folder, 2)
    bad = write_bad_files(folder)
    w = make_window()
    add_folder(qtbot, w, folder, 2)
    # Listing the new photos skips what has no readable header, embedding them what cannot be decoded: the two
    # are one run, and the count grows as each reports (the grid has its rows after the listing already).
    qtbot.waitUntil(lambda: w.index_status.skipped_button.isVisible() and not w.bridge.indexing, timeout=WAIT_MS)
    qtbot.waitUntil(lambda: w.index_status.skipped_button.text() == f"{len(bad)} skipped", timeout=WAIT_MS)
    shown: list[list[tuple[str, str]]] = []
    from photoclip.gui.dialogs import skipped

    monkeypatch.setattr(skipped.SkippedDialog, "exec", lambda self: shown.append(
        [(self.table.item(i, 0).text(), self.table.item(i, 1).text()) for i in range(self.table.rowCount())]))
    qtbot.mouseClick(w.index_status.skipped_button, Qt.MouseButton.LeftButton)
    qtbot.waitUntil(lambda: bool(shown), timeout=WAIT_MS)
    rows = dict(shown[0])
    assert set(rows) == {str(p) for p in bad.values()}
    assert rows[str(bad["empty"])] == "empty file (0 bytes)"


# -- finding photos -----------------------------------------------------------------------------------------


def test_filters_by_folder_and_year(qtbot, make_window, tmp_path):
    a, b = tmp_path / "a", tmp_path / "b"
    old = write_photos(a, 3)
    write_photos(b, 4, start=10)
    for p in old:  # no EXIF date in these files: the file's own date stands in
        t = time.mktime((2019, 6, 1, 12, 0, 0, 0, 0, -1))
        os.utime(p, (t, t))
    w = make_window()
    add_folder(qtbot, w, a, 3)
    add_folder(qtbot, w, b, 7)

    w.sidebar.choose(str(b))
    qtbot.waitUntil(lambda: w.results is not None and w.results.query.folder == str(b), timeout=WAIT_MS)
    assert w.grid_model.rowCount() == 4
    assert all(p.startswith(str(b) + os.sep) for p in shown_paths(qtbot, w))
    search(qtbot, w, "a rocket")
    assert w.grid_model.rowCount() == 4

    w.sidebar.choose(None)
    qtbot.waitUntil(lambda: 2019 in w.search_bar._years, timeout=WAIT_MS)
    w.search_bar.set_date_choice(2019)
    qtbot.waitUntil(lambda: w.results is not None and w.results.query.date_from is not None
                    and w.results.query.folder is None, timeout=WAIT_MS)
    assert sorted(shown_paths(qtbot, w)) == sorted(str(p) for p in old)
    w.search_bar.set_date_choice("any")
    qtbot.waitUntil(lambda: w.grid_model.rowCount() == 7, timeout=WAIT_MS)


def test_drop_a_photo_and_more_like_this(qtbot, make_window, tmp_path):
    folder = tmp_path / "lib"
    write_photos(folder, 8)
    outside = write_photo(tmp_path / "elsewhere" / "query.png", 3)
    w = make_window()
    add_folder(qtbot, w, folder, 8)

    mime = QMimeData()
    mime.setUrls([QUrl.fromLocalFile(str(outside))])
    drop = QDropEvent(QPointF(50, 50), Qt.DropAction.CopyAction, mime, Qt.MouseButton.LeftButton,
                      Qt.KeyboardModifier.NoModifier)
    w.dropEvent(drop)
    qtbot.waitUntil(lambda: w.results is not None and w.results.query.images == (str(outside),), timeout=WAIT_MS)
    assert w.grid_model.rowCount() == 8 and w.search_bar.chip.isVisible()

    first = w.grid_model.photo_id(0)
    w.photos.more_like_this(first)
    qtbot.waitUntil(lambda: w.results is not None and w.results.query.like == (first,), timeout=WAIT_MS)
    assert w.grid_model.rowCount() == 7 and first not in w.grid_model.ids().tolist()  # not its own match

    qtbot.mouseClick(w.search_bar.chip, Qt.MouseButton.LeftButton)  # the chip's ✕ ends the photo search
    qtbot.waitUntil(lambda: w.results is not None and not w.results.query.is_search, timeout=WAIT_MS)
    assert w.grid_model.rowCount() == 8


def test_viewer_steps_through_results_with_details(qtbot, make_window, tmp_path):
    folder = tmp_path / "v"
    write_photos(folder, 4)
    w = make_window()
    add_folder(qtbot, w, folder, 4)
    paths = shown_paths(qtbot, w)
    w.grid.setCurrentIndex(w.grid_model.index(0))
    qtbot.keyClick(w.grid, Qt.Key.Key_Return)
    qtbot.waitUntil(lambda: w.photos.viewer is not None and w.photos.viewer.isVisible(), timeout=WAIT_MS)
    v = w.photos.viewer
    assert v.name.text() == os.path.basename(paths[0])
    assert v.fields["folder"].text() == str(folder)
    assert "160 × 120 px" in v.fields["size"].text()
    qtbot.waitUntil(lambda: v.image.pixmap() is not None and not v.image.pixmap().isNull(), timeout=WAIT_MS)
    qtbot.keyClick(v, Qt.Key.Key_Right)
    assert v.row == 1 and v.name.text() == os.path.basename(paths[1])
    assert v.position.text() == "2 of 4"
    qtbot.keyClick(v, Qt.Key.Key_Left)
    assert v.row == 0
    qtbot.mouseClick(v.copy_button, Qt.MouseButton.LeftButton)
    from photoclip.gui.qt import QGuiApplication

    assert QGuiApplication.clipboard().text() == paths[0]
    v.close()


def test_remove_folder_forgets_its_photos_but_not_the_files(qtbot, make_window, tmp_path, monkeypatch):
    a, b = tmp_path / "keep", tmp_path / "drop"
    write_photos(a, 2)
    dropped = write_photos(b, 3, start=5)
    w = make_window()
    add_folder(qtbot, w, a, 2)
    add_folder(qtbot, w, b, 5)
    monkeypatch.setattr(QMessageBox, "question", lambda *a, **k: QMessageBox.StandardButton.Yes)
    w.sidebar.choose(str(b))
    qtbot.mouseClick(w.sidebar.remove_button, Qt.MouseButton.LeftButton)
    qtbot.waitUntil(lambda: w.folders is not None and len(w.folders) == 1, timeout=WAIT_MS)
    qtbot.waitUntil(lambda: w.grid_model.rowCount() == 2, timeout=WAIT_MS)
    assert w.sidebar.chosen_folder() is None  # back to all photos
    assert all(p.exists() for p in dropped)


def test_thumbnails_render_off_the_ui_thread_and_fill_the_grid(qtbot, make_window, tmp_path):
    folder = tmp_path / "t"
    write_photos(folder, 5)
    w = make_window()
    add_folder(qtbot, w, folder, 5)
    w.grid.viewport().repaint()

    def all_thumbnails() -> bool:
        w.grid.viewport().repaint()
        rows = [w.grid_model.photo_row(r) for r in range(5)]
        return all(r is not None and w.loader.pixmap(r.id, r.path, r.mtime_ns) is not None for r in rows)

    qtbot.waitUntil(all_thumbnails, timeout=WAIT_MS)
    cache_files = list((tmp_path / "library" / "thumbnails").rglob("*.jpg"))
    assert len(cache_files) == 5


def test_settings_and_window_state_persist(qtbot, make_window, tmp_path, monkeypatch):
    w = make_window()
    settled(qtbot, w)
    from photoclip.gui.dialogs.settings import SettingsDialog

    def accept(self: SettingsDialog) -> int:
        self.thumb.setCurrentIndex(self.thumb.findData(240))
        self.threads.setValue(1)
        self.theme.setCurrentIndex(self.theme.findData("dark"))
        return SettingsDialog.DialogCode.Accepted

    monkeypatch.setattr(SettingsDialog, "exec", accept)
    w.show_settings()
    qtbot.waitUntil(lambda: w.bridge.settings is not None and w.bridge.settings.thumb_size == 240, timeout=WAIT_MS)
    assert w.grid.target_cell == 240 and w.bridge.settings.index_threads == 1
    assert w.theme is not None and w.theme.dark
    w.resize(700, 500)  # the offscreen screen is 800 × 600
    w.close()

    w2 = make_window()
    qtbot.waitUntil(lambda: w2.bridge.settings is not None, timeout=WAIT_MS)
    assert w2.bridge.settings.thumb_size == 240  # library-wide, from the library's settings table
    assert w2.qsettings.value("theme") == "dark"  # this computer's, from QSettings
    assert (w2.width(), w2.height()) == (700, 500)


def test_zoom_shortcut_steps_through_thumbnail_sizes(qtbot, make_window):
    w = make_window()
    qtbot.waitUntil(lambda: w.bridge.settings is not None, timeout=WAIT_MS)
    start = w.bridge.settings.thumb_size  # type: ignore[union-attr]
    qtbot.keyClick(w, Qt.Key.Key_Minus, Qt.KeyboardModifier.ControlModifier)
    qtbot.waitUntil(lambda: w.bridge.settings.thumb_size < start, timeout=WAIT_MS)  # type: ignore[union-attr]
    assert w.grid.target_cell == w.bridge.settings.thumb_size  # type: ignore[union-attr]


def test_a_library_that_cannot_be_opened_is_explained(qtbot, make_window, tmp_path):
    (tmp_path / "library").write_text("a file where the library folder should be")
    w = make_window()
    qtbot.waitUntil(lambda: w.grid.empty_title == "photoclip cannot start", timeout=WAIT_MS)
    assert "cannot create the library folder" in w.grid.empty_detail
