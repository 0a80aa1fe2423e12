"""The duplicates window, driven by keyboard and buttons over a real library, with the real send2trash.

A folder holds a photo with its identical, re-encoded and half-size copies, a second photo with a PNG copy, and
distinct photos. The window opens from the main window, finds the groups, and the tests choose keepers, trash,
move and dismiss through the real widgets, then check the files on disk, the trash, the library and the grid.
"""

from __future__ import annotations

import os

os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")

from pathlib import Path

import pytest
from test_gui import WAIT_MS, add_folder

from photoclip.core.library import Library
from photoclip.gui.dialogs.duplicates import DuplicatesWindow
from photoclip.gui.qt import QFileDialog, Qt
from photoclip.gui.widgets.duplicate_cards import card_lines
from tests.photos import write_family


@pytest.fixture
def photos(tmp_path: Path) -> dict[str, dict[str, Path]]:
    folder = tmp_path / "photos"
    out = {
        "astronaut": write_family(folder, "astronaut", ("identical", "q60", "half")),
        "chelsea": write_family(folder, "chelsea", ("png",)),
    }
    for name in ("coffee", "rocket"):
        write_family(folder, name, ())
    return out


def open_duplicates(qtbot, make_window, tmp_path: Path, confirm: list[tuple[str, str]], answer: bool = True,
                    photos: int = 8):
    w = make_window()
    add_folder(qtbot, w, tmp_path / "photos", photos)
    w.show_duplicates()
    d = w.duplicates
    assert d is not None

    def fake_confirm(title: str, text: str, informative: str, action: str) -> bool:
        confirm.append((text, informative))
        return answer

    d.confirm = fake_confirm  # type: ignore[method-assign]  (the modal QMessageBox is the system edge here)
    qtbot.waitUntil(lambda: not d.scanning and d.groups.rowCount() > 0, timeout=WAIT_MS)
    return w, d


def group_paths(d: DuplicatesWindow) -> list[list[str]]:
    return [sorted(os.path.basename(p.path) for p in e.members) for e in d.groups.entries]


def key(qtbot, d: DuplicatesWindow, k: Qt.Key) -> None:
    qtbot.keyClick(d.cards, k)


def test_review_choose_keeper_and_trash_by_keyboard(qtbot, make_window, tmp_path, photos, trash_dir):
    confirm: list[tuple[str, str]] = []
    w, d = open_duplicates(qtbot, make_window, tmp_path, confirm)
    assert sorted(group_paths(d)) == [
        ["astronaut.jpg", "astronaut.jpg", "astronaut_half.jpg", "astronaut_q60.jpg"],
        ["chelsea.jpg", "chelsea.png"],
    ]
    assert d.strength.currentData() == "same"
    entry = d.current_entry()
    assert entry is not None and d.members.entry is entry
    # The suggested keeper is the highest resolution, largest file: never the half-size copy or the q60 one.
    assert os.path.basename(entry.keeper.path) in ("astronaut.jpg", "astronaut.png")
    assert "Keeping" in d.group_title.text()

    # Choose the half-size copy as the one to keep: arrow to it, Space.
    half = next(i for i, p in enumerate(entry.members) if p.path.endswith("astronaut_half.jpg"))
    d.cards.setFocus()
    for _ in range(half):
        key(qtbot, d, Qt.Key.Key_Right)
    assert d.cards.currentIndex().row() == half
    key(qtbot, d, Qt.Key.Key_Space)
    assert entry.keeper.path.endswith("astronaut_half.jpg")
    others = entry.others
    expected_bytes = sum(p.size for p in others)

    # Delete asks first, with the count and the size; declining changes nothing.
    d.confirm = lambda *a: (confirm.append((a[1], a[2])), False)[1]  # type: ignore[method-assign]
    key(qtbot, d, Qt.Key.Key_Delete)
    assert len(confirm) == 1 and "3 photos" in confirm[0][0] and "astronaut_half.jpg" in confirm[0][1]
    assert all(os.path.exists(p.path) for p in others)

    d.confirm = lambda *a: (confirm.append((a[1], a[2])), True)[1]  # type: ignore[method-assign]
    with qtbot.waitSignal(d.libraryChanged, timeout=WAIT_MS) as sig:
        key(qtbot, d, Qt.Key.Key_Delete)
    assert sorted(sig.args[0]) == sorted(p.id for p in others)
    assert not any(os.path.exists(p.path) for p in others)
    assert photos["astronaut"]["half"].exists()
    trashed = sorted(p.name for p in (trash_dir / "files").iterdir())
    assert len(trashed) == 3 and all(n.startswith("astronaut") for n in trashed)
    assert str(expected_bytes) not in confirm[-1][0]  # shown human-readable (e.g. "1.2 MB"), not raw bytes
    assert "MB" in confirm[-1][0] or "kB" in confirm[-1][0]

    # The group is done: the next one is under review, and the main window's grid lost the trashed photos.
    qtbot.waitUntil(lambda: d.groups.rowCount() == 1 and not d.busy, timeout=WAIT_MS)
    assert group_paths(d) == [["chelsea.jpg", "chelsea.png"]]
    assert d.members.entry is d.groups.entries[0]
    qtbot.waitUntil(lambda: w.results is not None and len(w.results.ids) == 5, timeout=WAIT_MS)
    with Library(tmp_path / "library") as lib:
        assert lib.count_photos()["ok"] == 5
        assert {x.action for x in lib.duplicate_decisions()} == {"trash"}


def test_not_duplicates_is_remembered_and_move_others_uses_chosen_folder(qtbot, make_window, tmp_path, photos,
                                                                         monkeypatch):
    confirm: list[tuple[str, str]] = []
    _w, d = open_duplicates(qtbot, make_window, tmp_path, confirm)
    first = d.current_entry()
    assert first is not None
    dismissed = {p.path for p in first.members}
    d.cards.setFocus()
    key(qtbot, d, Qt.Key.Key_N)  # "not duplicates": the group leaves the list without touching a file
    qtbot.waitUntil(lambda: d.groups.rowCount() == 1 and not d.busy, timeout=WAIT_MS)
    assert all(os.path.exists(p) for p in dismissed)

    second = d.current_entry()
    assert second is not None
    dest = tmp_path / "sorted-out"
    monkeypatch.setattr(QFileDialog, "getExistingDirectory", lambda *a, **k: str(dest))
    moved = [p.path for p in second.others]
    with qtbot.waitSignal(d.libraryChanged, timeout=WAIT_MS):
        key(qtbot, d, Qt.Key.Key_M)
    assert "into" in confirm[-1][0] and str(dest) in confirm[-1][0]
    assert sorted(p.name for p in dest.iterdir()) == sorted(os.path.basename(p) for p in moved)
    qtbot.waitUntil(lambda: d.groups.rowCount() == 0 and not d.busy, timeout=WAIT_MS)
    assert "dealt with" in d.message.text()

    # Find again: the dismissed group does not come back, the moved copies are gone from the library.
    with qtbot.waitSignal(d.scanFinished, timeout=WAIT_MS):
        qtbot.mouseClick(d.find_button, Qt.MouseButton.LeftButton)
    assert d.groups.rowCount() == 0
    assert "No duplicates" in d.message.text()


def test_strength_and_scope_change_what_is_found(qtbot, make_window, tmp_path, photos):
    w, d = open_duplicates(qtbot, make_window, tmp_path, [])
    d.strength.setCurrentIndex(d.strength.findData("identical"))
    assert not d.threshold.isEnabled()
    with qtbot.waitSignal(d.scanFinished, timeout=WAIT_MS):
        qtbot.mouseClick(d.find_button, Qt.MouseButton.LeftButton)
    assert group_paths(d) == [["astronaut.jpg", "astronaut.jpg"]]  # the original and its byte copy in copies/
    copy = d.groups.entries[0].others[0]
    assert card_lines(d.groups.entries[0], d.groups.entries[0].members.index(copy))[-1][0] == "identical bytes"

    # 'same' at 0 bits: only copies whose pHash is exactly equal.
    d.strength.setCurrentIndex(d.strength.findData("same"))
    assert d.threshold.isEnabled() and d.threshold.value() == d.defaults["same"]
    d.threshold.setValue(0)
    assert "0 bits" in d.threshold_label.text()
    assert d.current_scan().threshold == 0

    # Scope: the copies/ folder is not a library folder of its own, so scope to the one folder there is.
    d.scope.setCurrentIndex(1)
    assert d.current_scan().folder == str((tmp_path / "photos").resolve())
    with qtbot.waitSignal(d.scanFinished, timeout=WAIT_MS):
        qtbot.mouseClick(d.find_button, Qt.MouseButton.LeftButton)
    assert all(len(e.members) >= 2 for e in d.groups.entries)
    w.close()
    assert not d.thread_.isRunning()


def test_bursts_are_labelled_apart_never_bulk_trashed_reasons_shown_and_undo(qtbot, make_window, tmp_path,
                                                                             trash_dir):
    from test_duplicates import write_burst

    from photoclip.core import tag_store

    folder = tmp_path / "photos"
    frames = write_burst(folder, "chelsea", sharp=2)
    fam = write_family(folder, "astronaut", ("q60",))
    confirm: list[tuple[str, str]] = []
    w, d = open_duplicates(qtbot, make_window, tmp_path, confirm, photos=5)
    by_kind = {e.group.kind: e for e in d.groups.entries}
    assert set(by_kind) == {"burst", "copies"}
    burst, copies = by_kind["burst"], by_kind["copies"]
    listed = [d.groups.data(d.groups.index(i)) for i in range(d.groups.rowCount())]
    assert any("burst of 3, 2 s" in line for line in listed) and any("copies" in line for line in listed)

    # The reason for each keeper is on its card (and in the title of the group under review).
    assert burst.keeper.path == str(frames[2])
    burst_line = card_lines(burst, 0)[-1][0]
    assert burst_line.startswith("kept: sharpest: ") and "× the focus measure of the next" in burst_line
    assert card_lines(copies, 0)[-1][0].startswith(("kept: highest resolution", "kept: largest file"))
    d._select_row(d.groups.row_of(burst))
    assert "burst of 3, 2 s" in d.group_title.text() and "sharpest" in d.group_title.text()
    # Choosing another keeper says so.
    burst.keeper_id = burst.members[1].id
    assert card_lines(burst, 1)[-1][0] == "kept: your choice"
    burst.keeper_id = burst.group.keeper_id

    # Bursts can be shown apart.
    d.show_kind.setCurrentIndex(d.show_kind.findData("burst"))
    assert d.groups.entries == [burst]
    d.show_kind.setCurrentIndex(d.show_kind.findData(None))
    assert len(d.groups.entries) == 2

    # The copy carries a tag: the confirmation says it moves to the keeper. "All groups" leaves the burst alone.
    with Library(tmp_path / "library") as lib:
        kinds = tag_store.create_set(lib, "kinds", "multi", ["portrait"])
        tag_store.decide(lib, [lib.photo_by_path(fam["q60"]).id], kinds.labels[0].id, True)
    with qtbot.waitSignal(d.scanFinished, timeout=WAIT_MS):
        qtbot.mouseClick(d.find_button, Qt.MouseButton.LeftButton)
    with qtbot.waitSignal(d.libraryChanged, timeout=WAIT_MS):
        qtbot.mouseClick(d.trash_all_button, Qt.MouseButton.LeftButton)
    text, informative = confirm[-1]
    assert "1 photo " in text and "Bursts left alone: 1." in informative
    assert "the keeper receives 1 tag decision." in informative
    qtbot.waitUntil(lambda: not d.busy, timeout=WAIT_MS)
    assert all(f.exists() for f in frames) and not fam["q60"].exists()
    assert [e.group.kind for e in d.groups.entries] == ["burst"]
    with Library(tmp_path / "library") as lib:
        keeper = lib.photo_by_path(fam["original"])
        assert [t.label for t in tag_store.tags_of(lib, keeper.id) if t.decision] == ["portrait"]

    # Undo puts the copy back from the trash and takes the merged tag off the keeper.
    qtbot.mouseClick(d.undo_button, Qt.MouseButton.LeftButton)
    qtbot.waitUntil(lambda: not d.busy and "Put back 1 photo;" in d.summary.text(), timeout=WAIT_MS)
    assert fam["q60"].exists()
    with Library(tmp_path / "library") as lib:
        assert [t for t in tag_store.tags_of(lib, keeper.id) if t.decision is not None] == []
    w.close()


def test_the_confirmation_names_the_rating_and_location_the_keeper_receives(qtbot, make_window, tmp_path,
                                                                           trash_dir):
    from test_duplicates import _RATED_GPS, _dated

    from photoclip.core.photo_places import LibraryPlaces

    fam = write_family(tmp_path / "photos", "astronaut", ("q60",))
    fam["q60"].with_suffix(".xmp").write_text(_RATED_GPS)  # 4 stars, Lisbon, a keyword; the keeper has none
    _dated(fam["q60"], "2016:03:04 05:06:07", 60)  # and a date taken, which the keeper (no EXIF) lacks too
    confirm: list[tuple[str, str]] = []
    w, d = open_duplicates(qtbot, make_window, tmp_path, confirm, photos=2)
    assert "rating, location and date taken" in d.merge_box.toolTip()
    d.merge_box.setChecked(False)  # unchecked: nothing is said to move
    d.confirm = lambda *a: (confirm.append((a[1], a[2])), False)[1]  # type: ignore[method-assign]
    d.cards.setFocus()
    key(qtbot, d, Qt.Key.Key_Delete)
    assert "receives" not in confirm[-1][1]
    d.merge_box.setChecked(True)
    d.confirm = lambda *a: (confirm.append((a[1], a[2])), True)[1]  # type: ignore[method-assign]
    with qtbot.waitSignal(d.libraryChanged, timeout=WAIT_MS):
        key(qtbot, d, Qt.Key.Key_Delete)
    assert "the keeper receives 1 keyword, title or description, a rating, a location, a date taken." in \
        confirm[-1][1]
    qtbot.waitUntil(lambda: not d.busy, timeout=WAIT_MS)
    assert not fam["q60"].exists()
    with Library(tmp_path / "library") as lib:
        place = LibraryPlaces(lib).of_photo(lib.photo_by_path(fam["original"]).id)
        assert place is not None and place.label is not None and "Lisbon" in place.label
        assert lib.photo_by_path(fam["original"]).taken_at == "2016-03-04T05:06:07"
    w.close()


def test_undo_says_where_a_sidecar_went_when_its_name_is_taken_again(qtbot, make_window, tmp_path, trash_dir):
    """The copy's sidecar went to the trash with it; a new one of that name was written since. The undo keeps the
    new one, puts the trashed one back beside it under a free name, and the window says so."""
    folder = tmp_path / "photos"
    fam = write_family(folder, "astronaut", ("q60",))
    side = folder / "astronaut_q60.jpg.xmp"
    side.write_text("<x:xmpmeta xmlns:x='adobe:ns:meta/'/>")
    confirm: list[tuple[str, str]] = []
    w, d = open_duplicates(qtbot, make_window, tmp_path, confirm, photos=2)
    with qtbot.waitSignal(d.libraryChanged, timeout=WAIT_MS):
        qtbot.mouseClick(d.trash_all_button, Qt.MouseButton.LeftButton)
    qtbot.waitUntil(lambda: not d.busy, timeout=WAIT_MS)
    assert not fam["q60"].exists() and not side.exists()
    side.write_text("written since")

    qtbot.mouseClick(d.undo_button, Qt.MouseButton.LeftButton)
    qtbot.waitUntil(lambda: not d.busy and "Put back 1 photo;" in d.summary.text(), timeout=WAIT_MS)
    put = folder / "astronaut_q60.jpg (restored).xmp"
    assert f"“{side}” was put back as “{put}”" in d.summary.text()
    assert side.read_text() == "written since" and put.read_text() == "<x:xmpmeta xmlns:x='adobe:ns:meta/'/>"
    assert fam["q60"].exists()
    w.close()
