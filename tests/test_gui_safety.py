"""The app keeps the user's photos in view whatever happens: no model yet (offline first start), a folder that
cannot be read. Real widgets (pytest-qt) over a real library and real photo files."""

from __future__ import annotations

import os

os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")

from pathlib import Path

from photos import write_photo, write_photos
from test_gui import WAIT_MS, search, shown_paths
from test_user_data_safety import needs_permissions

from photoclip.cli import main
from photoclip.gui.qt import Qt


def test_offline_first_start_lists_photos_and_finds_them_by_words(qtbot, make_window, tmp_path):
    folder = tmp_path / "Pictures"
    write_photos(folder, 3)
    write_photo(folder / "Lisbon tram.jpg", 4)
    w = make_window(tiny=False)  # the default model; the test's HF cache is empty and offline
    qtbot.waitUntil(lambda: w.bridge.model_status.state == "missing", timeout=WAIT_MS)
    w.welcome.foldersChosen.emit([str(folder)])

    # Listed, browsable, with the folder's count, while no model exists at all.
    qtbot.waitUntil(lambda: w.grid_model.rowCount() == 4, timeout=WAIT_MS)
    assert sorted(shown_paths(qtbot, w)) == sorted(str(p) for p in folder.iterdir())
    qtbot.waitUntil(lambda: "4 photos" in w.folder_model.index(1).data(w.folder_model.EntryRole).detail,
                    timeout=WAIT_MS)

    search(qtbot, w, "lisbon")
    qtbot.waitUntil(lambda: w.grid_model.rowCount() == 1, timeout=WAIT_MS)
    assert shown_paths(qtbot, w) == [str(folder / "Lisbon tram.jpg")]
    assert "until the model is ready" in w.summary.text()
    search(qtbot, w, "mountains")  # no word matches: the empty state says what would find more
    qtbot.waitUntil(lambda: "needs the model" in w.grid.empty_title, timeout=WAIT_MS)


@needs_permissions
def test_unreadable_folder_is_shown_and_listed_with_its_reason(qtbot, make_window, tmp_path, tiny_model_file,
                                                                 monkeypatch, capsys):
    import subprocess
    import sys

    from test_user_data_safety import NO_DAC

    folder = tmp_path / "photos"
    write_photos(folder, 3)
    lib = tmp_path / "library"
    model = ["--library", str(lib), "--model", "photoclip-tiny", "--model-file", str(tiny_model_file)]
    assert main(["index", str(folder), *model]) == 0
    capsys.readouterr()
    folder.chmod(0)
    try:
        prefix = NO_DAC if os.geteuid() == 0 else []
        done = subprocess.run([*prefix, sys.executable, "-m", "photoclip.cli", "index", *model],
                              capture_output=True, text=True, timeout=180, cwd=Path(__file__).parents[1])
        assert done.returncode == 1, done.stdout + done.stderr
    finally:
        folder.chmod(0o755)

    # The app as it opens after that run (the tests run as root, who could read it: no rescan here).
    w = make_window(reconcile_on_start=False)
    qtbot.waitUntil(lambda: w.folder_model.rowCount() == 2 and w.folder_model.index(1).data(
        w.folder_model.EntryRole).warning, timeout=WAIT_MS)
    entry = w.folder_model.index(1).data(w.folder_model.EntryRole)
    assert entry.detail == "Cannot be read — check its permissions"
    assert "Permission denied" in w.folder_model.index(1).data(Qt.ItemDataRole.ToolTipRole)
    qtbot.waitUntil(lambda: w.grid_model.rowCount() == 3, timeout=WAIT_MS)  # its photos are all still there

    shown: list[list[tuple[str, str]]] = []
    from photoclip.gui.dialogs import skipped

    monkeypatch.setattr(skipped.SkippedDialog, "exec", lambda self: shown.append(
        [(self.table.item(i, 0).text(), self.table.item(i, 1).text()) for i in range(self.table.rowCount())]))
    qtbot.waitUntil(lambda: w.index_status.skipped_button.isVisible(), timeout=WAIT_MS)
    qtbot.mouseClick(w.index_status.skipped_button, Qt.MouseButton.LeftButton)
    qtbot.waitUntil(lambda: bool(shown), timeout=WAIT_MS)
    assert shown[0] == [(str(folder), "Permission denied")]
