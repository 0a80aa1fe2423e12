"""Tagging in the app, through its real widgets: the label-set editor, applying a set with progress, the viewer's
tags with accept/reject/add, the tag panel's counts and filter, and the per-label threshold slider.

The tiny model's scores mean nothing, so the checks compare what the window shows with what the library holds."""

from __future__ import annotations

import os

os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")

from pathlib import Path

from photos import write_photos
from test_gui import WAIT_MS, add_folder, search, settled

from photoclip.core import tag_store
from photoclip.core.library import Library
from photoclip.gui.qt import QMessageBox, Qt
from photoclip.gui.widgets.photo_tags import PhotoTagsPanel


def tagged_ids(library_dir: Path, label: str) -> set[int]:
    with Library(library_dir) as lib:
        return {r[0] for r in lib.db.execute("SELECT photo_id FROM photo_tags WHERE label = ?", (label,))}


def make_set_in_editor(qtbot, w, name: str, labels: list[tuple[str, str]], multi: bool) -> None:
    w.show_label_sets()
    editor = w.label_editor
    assert editor is not None
    qtbot.waitUntil(lambda: editor.loaded, timeout=WAIT_MS)
    qtbot.mouseClick(editor.new_button, Qt.MouseButton.LeftButton)
    qtbot.keyClicks(editor.name, name)
    editor.choice.setCurrentIndex(editor.choice.findData("multi" if multi else "single"))
    for label, prompts in labels:
        editor.add_label_row(None, label, prompts)
    if multi:
        editor.threshold.setValue(0.01)


def test_editor_apply_panel_filter_and_viewer(qtbot, make_window, tmp_path, monkeypatch):
    folder = tmp_path / "photos"
    write_photos(folder, 6)
    w = make_window()
    add_folder(qtbot, w, folder, 6)
    lib_dir = tmp_path / "library"

    make_set_in_editor(qtbot, w, "Scenes", [("beach", ""), ("city", "tall buildings; a street at night")], False)
    editor = w.label_editor
    assert editor is not None
    assert [editor.scope.itemData(i) for i in range(editor.scope.count())] == ["library"]  # nothing else chosen
    qtbot.mouseClick(editor.apply_button, Qt.MouseButton.LeftButton)
    qtbot.waitUntil(lambda: editor.last_report is not None, timeout=WAIT_MS)
    report = editor.last_report
    assert report.photos == 6  # type: ignore[attr-defined]
    assert "Tagged 6 photos" in editor.status.text()
    with Library(lib_dir) as lib:
        s = tag_store.get_set(lib, "Scenes")
    assert s.choice == "single" and s.label("city").prompts == ("tall buildings", "a street at night")
    counts = report.counts  # type: ignore[attr-defined]
    assert counts == {"beach": len(tagged_ids(lib_dir, "beach")), "city": len(tagged_ids(lib_dir, "city"))}

    # The panel shows the set with the counts.
    panel = w.tag_panel
    qtbot.waitUntil(lambda: len(panel.label_items()) == 2, timeout=WAIT_MS)
    items = panel.label_items()
    city_id = s.label("city").id
    assert items[city_id].text(1) == str(counts["city"])
    editor.close()

    # The viewer: tags with scores; add "city" by hand to the first photo.
    settled(qtbot, w)
    w.photos.open_viewer(0)
    viewer = w.photos.viewer
    assert viewer is not None
    tags_panel = viewer.findChild(PhotoTagsPanel)
    assert tags_panel is not None
    first = w.grid_model.photo_id(0)
    qtbot.waitUntil(lambda: tags_panel.photo_id == first and tags_panel.list.topLevelItemCount() > 0, timeout=WAIT_MS)
    scored = [tags_panel.list.topLevelItem(i).text(1) for i in range(tags_panel.list.topLevelItemCount())]
    assert all(float(x) >= 0 for x in scored)  # probabilities
    if first in tagged_ids(lib_dir, "city"):  # make the hand-made tag a real change either way
        tags_panel.list.setCurrentItem(next(tags_panel.list.topLevelItem(i)
                                            for i in range(tags_panel.list.topLevelItemCount())
                                            if tags_panel.list.topLevelItem(i).text(0).endswith("city")))
        qtbot.mouseClick(tags_panel.reject_button, Qt.MouseButton.LeftButton)
        qtbot.waitUntil(lambda: first not in tagged_ids(lib_dir, "city"), timeout=WAIT_MS)
    qtbot.waitUntil(lambda: tags_panel.add_combo.findData(city_id) >= 0, timeout=WAIT_MS)
    tags_panel.add_combo.setCurrentIndex(tags_panel.add_combo.findData(city_id))
    qtbot.mouseClick(tags_panel.add_button, Qt.MouseButton.LeftButton)
    qtbot.waitUntil(lambda: first in tagged_ids(lib_dir, "city"), timeout=WAIT_MS)
    with Library(lib_dir) as lib:
        mine = {t.label: t for t in tag_store.tags_of(lib, first)}
    assert mine["city"].decision is True and ("beach" not in mine or not mine["beach"].tagged)
    viewer.close()

    # Clicking a tag filters the grid to exactly its photos; with a search, to its photos ranked.
    expected = tagged_ids(lib_dir, "city")
    qtbot.waitUntil(lambda: panel.label_items().get(city_id) is not None
                    and panel.label_items()[city_id].text(1) == str(len(expected)), timeout=WAIT_MS)
    item = panel.label_items()[city_id]
    rect = panel.tree.visualItemRect(item)
    qtbot.mouseClick(panel.tree.viewport(), Qt.MouseButton.LeftButton, pos=rect.center())
    qtbot.waitUntil(lambda: w.results is not None and w.results.query.tag == "Scenes/city", timeout=WAIT_MS)
    assert w.filter_bar.tag_choice() == "Scenes/city"  # the panel and the filter bar are one filter
    settled(qtbot, w)
    assert set(w.results.ids.tolist()) == expected  # type: ignore[union-attr]
    assert panel.clear_button.isVisible()
    search(qtbot, w, "a cat")
    settled(qtbot, w)
    assert set(w.results.ids.tolist()) == expected and w.results.scores is not None  # type: ignore[union-attr]
    qtbot.mouseClick(panel.clear_button, Qt.MouseButton.LeftButton)
    qtbot.waitUntil(lambda: w.results is not None and w.results.query.tag is None, timeout=WAIT_MS)
    settled(qtbot, w)
    assert len(w.results.ids) == 6  # type: ignore[union-attr]

    # Deleting the set (confirmed) empties the panel and ends the filter.
    panel.choose(city_id)
    monkeypatch.setattr(QMessageBox, "question", lambda *a, **k: QMessageBox.StandardButton.Yes)
    w.show_label_sets()
    qtbot.waitUntil(lambda: editor.current is not None and editor.current.name == "Scenes", timeout=WAIT_MS)
    qtbot.mouseClick(editor.delete_button, Qt.MouseButton.LeftButton)
    qtbot.waitUntil(lambda: not panel.label_items() and panel.chosen_tag() is None, timeout=WAIT_MS)
    with Library(lib_dir) as lib:
        assert tag_store.list_sets(lib) == []


def test_editor_renames_and_keeps_label_identity(qtbot, make_window, tmp_path):
    folder = tmp_path / "photos"
    write_photos(folder, 3)
    w = make_window()
    add_folder(qtbot, w, folder, 3)
    make_set_in_editor(qtbot, w, "Pets", [("cat", ""), ("dog", "")], True)
    editor = w.label_editor
    assert editor is not None
    qtbot.mouseClick(editor.save_button, Qt.MouseButton.LeftButton)
    qtbot.waitUntil(lambda: editor.current is not None and editor.current.name == "Pets"
                    and len(editor.current.labels) == 2, timeout=WAIT_MS)
    with Library(tmp_path / "library") as lib:
        before = tag_store.get_set(lib, "Pets")
    assert before.choice == "multi" and before.threshold == 0.01
    editor.name.setText("Animals")
    editor.table.item(1, 0).setText("puppy")
    editor.table.item(1, 2).setText("0.3")
    editor.apply_new.setChecked(True)
    # A reload arriving late (the save's own, or another window's change) keeps what the user typed.
    editor.loaded = False
    editor.reload()
    qtbot.waitUntil(lambda: editor.loaded, timeout=WAIT_MS)
    assert editor.name.text() == "Animals" and editor.table.item(1, 0).text() == "puppy"
    assert editor.apply_new.isChecked()
    qtbot.mouseClick(editor.save_button, Qt.MouseButton.LeftButton)
    qtbot.waitUntil(lambda: editor.current is not None and editor.current.name == "Animals", timeout=WAIT_MS)
    with Library(tmp_path / "library") as lib:
        after = tag_store.get_set(lib, "Animals")
    assert after.id == before.id and after.apply_to_new
    assert after.label("puppy").id == before.label("dog").id and after.label("puppy").threshold == 0.3
    editor.table.item(0, 2).setText("lots")
    qtbot.mouseClick(editor.save_button, Qt.MouseButton.LeftButton)
    assert "not a number" in editor.status.text()


def test_label_scores_slider_previews_then_applies(qtbot, make_window, tmp_path):
    folder = tmp_path / "photos"
    write_photos(folder, 8)
    w = make_window()
    add_folder(qtbot, w, folder, 8)
    make_set_in_editor(qtbot, w, "Contents", [("sky", ""), ("water", "")], True)
    editor = w.label_editor
    assert editor is not None
    editor.threshold.setValue(0.0)  # "default"
    qtbot.mouseClick(editor.apply_button, Qt.MouseButton.LeftButton)
    qtbot.waitUntil(lambda: editor.last_report is not None, timeout=WAIT_MS)
    with Library(tmp_path / "library") as lib:
        s = tag_store.get_set(lib, "Contents")
    sky = s.label("sky").id
    w.show_label_scores(s.id, sky)
    dialog = w.label_scores
    assert dialog is not None
    qtbot.waitUntil(lambda: dialog.data is not None and dialog.table.rowCount() == 8, timeout=WAIT_MS)
    shown = [float(dialog.table.item(r, 0).text()) for r in range(8)]
    assert shown == sorted(shown, reverse=True)
    # Each row shows its photo: the thumbnails arrive from the window's loader, off the UI thread.
    qtbot.waitUntil(lambda: not dialog.table.item(0, 2).icon().isNull(), timeout=WAIT_MS)
    scores = sorted(dialog.data.preview.scores.tolist())  # type: ignore[union-attr]
    middle = (scores[3] + scores[4]) / 2  # half the photos are above it
    dialog.set_threshold(middle)
    assert dialog.would_tag() == sum(x >= dialog.threshold() for x in scores)
    assert f"{dialog.would_tag()} of 8" in dialog.count_label.text()
    assert sum(dialog.table.item(r, 1).text() == "✓" for r in range(8)) == dialog.would_tag()
    chosen, expect = dialog.threshold(), dialog.would_tag()
    qtbot.mouseClick(dialog.use_button, Qt.MouseButton.LeftButton)
    qtbot.waitUntil(lambda: len(tagged_ids(tmp_path / "library", "sky")) == expect, timeout=WAIT_MS)
    with Library(tmp_path / "library") as lib:
        assert tag_store.get_set(lib, "Contents").label("sky").threshold == chosen


def test_export_writes_sidecars_only_when_asked(qtbot, make_window, tmp_path, monkeypatch):
    from photoclip.core import xmp
    from tests.photos import snapshot

    folder = tmp_path / "photos"
    photos = write_photos(folder, 3)
    w = make_window()
    add_folder(qtbot, w, folder, 3)
    lib_dir = tmp_path / "library"
    with Library(lib_dir) as lib:
        s = tag_store.create_set(lib, "Trips", "multi", ["Paris"])
        first = lib.photo_by_path(photos[0]).id
        tag_store.decide(lib, [first], s.label("Paris").id, True)
    # An existing sidecar of the second photo, written by another program: its own fields must survive.
    other = photos[1].with_name(photos[1].name + ".xmp")
    other.write_text('<x:xmpmeta xmlns:x="adobe:ns:meta/"><rdf:RDF xmlns:rdf="http://www.w3.org/1999/02/22-rdf-'
                     'syntax-ns#"><rdf:Description xmlns:xmp="http://ns.adobe.com/xap/1.0/" xmp:Rating="4"/>'
                     '</rdf:RDF></x:xmpmeta>', encoding="utf-8")
    before = snapshot(folder)

    monkeypatch.setattr(QMessageBox, "question", lambda *a, **k: QMessageBox.StandardButton.No)
    qtbot.mouseClick(w.tag_panel.export_button, Qt.MouseButton.LeftButton)
    qtbot.wait(300)
    assert w.last_export is None and snapshot(folder) == before  # declined: nothing written

    monkeypatch.setattr(QMessageBox, "question", lambda *a, **k: QMessageBox.StandardButton.Yes)
    qtbot.mouseClick(w.tag_panel.export_button, Qt.MouseButton.LeftButton)
    qtbot.waitUntil(lambda: w.last_export is not None, timeout=WAIT_MS)
    assert xmp.read_keywords(photos[0].with_name(photos[0].name + ".xmp")) == (["Paris"], ["Trips|Paris"])
    assert 'Rating="4"' in other.read_text(encoding="utf-8")
    assert "sidecar" in w.statusBar().currentMessage()
    after = snapshot(folder)
    assert {k: v for k, v in after.items() if not k.endswith(".xmp")} == \
        {k: v for k, v in before.items() if not k.endswith(".xmp")}  # the photos themselves are untouched
