"""The app's places: the filter bar lists the library's places with photo counts and filters by one, a search
by a place's name says which place matched, and the viewer shows the place and copyable coordinates."""

from __future__ import annotations

import os

os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")

from photoclip.core.find import REASON_PLACE
from photoclip.gui.qt import QGuiApplication, Qt
from tests.photos import variant
from tests.test_gui import WAIT_MS, add_folder, shown_paths
from tests.test_places import write_with_position


def test_place_list_filter_search_reason_and_viewer(qtbot, make_window, tmp_path):
    folder = tmp_path / "trips"
    lisbon = write_with_position(folder / "lisbon.jpg", 0, 38.7076, -9.1365, "exif")
    kyoto = [write_with_position(folder / f"kyoto_{i}.jpg", i + 1, 35.0394, 135.7292, "sidecar") for i in range(2)]
    variant(7).save(folder / "home.jpg", "JPEG")
    w = make_window()
    add_folder(qtbot, w, folder, 4)
    fb = w.filter_bar

    qtbot.waitUntil(lambda: fb.place.count() == 3, timeout=WAIT_MS)
    assert [fb.place.itemText(i) for i in range(3)] == ["Any place", "Kyoto, Japan (2)", "Lisbon, Portugal (1)"]
    assert fb.place.isVisibleTo(w)
    fb.set_place("Kyoto, Japan")
    qtbot.waitUntil(lambda: w.results is not None and w.results.query.place == "Kyoto, Japan", timeout=WAIT_MS)
    assert sorted(shown_paths(qtbot, w)) == sorted(map(str, kyoto))
    w.search_bar.field.setText("folder:trips")  # combined with a typed filter
    qtbot.keyClick(w.search_bar.field, Qt.Key.Key_Return)
    qtbot.waitUntil(lambda: w.results is not None and w.results.query.text == "folder:trips", timeout=WAIT_MS)
    assert sorted(shown_paths(qtbot, w)) == sorted(map(str, kyoto))
    fb.set_place(None)

    w.search_bar.field.setText("リスボン")
    qtbot.keyClick(w.search_bar.field, Qt.Key.Key_Return)
    qtbot.waitUntil(lambda: w.results is not None and w.results.query.text == "リスボン"
                    and w.results.query.place is None, timeout=WAIT_MS)
    paths = shown_paths(qtbot, w)
    assert paths[0] == str(lisbon)
    assert w.grid_model.reasons(0) & REASON_PLACE
    tip = w.grid_model.data(w.grid_model.index(0), Qt.ItemDataRole.ToolTipRole)
    assert "place: Lisbon, Portugal" in tip

    w.grid.setCurrentIndex(w.grid_model.index(0))
    qtbot.keyClick(w.grid, Qt.Key.Key_Return)
    qtbot.waitUntil(lambda: w.photos.viewer is not None and w.photos.viewer.isVisible(), timeout=WAIT_MS)
    v = w.photos.viewer
    assert v.fields["place"].text() == "Lisbon, Portugal\n38.70760, -9.13650"
    assert v.fields["place"].textInteractionFlags() & Qt.TextInteractionFlag.TextSelectableByMouse
    assert "place: Lisbon, Portugal" in v.fields["score"].text()
    assert v.coordinates_button.isVisibleTo(v)
    qtbot.mouseClick(v.coordinates_button, Qt.MouseButton.LeftButton)
    assert QGuiApplication.clipboard().text() == "38.70760, -9.13650"
    home = paths.index(str(folder / "home.jpg"))
    v.show_row(home)
    assert v.fields["place"].text() == "" and not v.coordinates_button.isVisibleTo(v)
    v.close()
