"""The app's search over a real library with controlled vectors: "No good matches" and "Show weaker matches",
sort, and the filter bar and typed filters, driven through the real widgets with the keyboard and mouse."""

from __future__ import annotations

import os

os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")

from collections.abc import Iterator
from datetime import datetime
from pathlib import Path

import numpy as np
import pytest

from photoclip.gui.app import create_window
from photoclip.gui.config import AppConfig
from photoclip.gui.main_window import MainWindow
from photoclip.gui.qt import Qt
from tests.test_find import QUERY, Lib, _unit, near

WAIT_MS = 15_000


@pytest.fixture
def library(tmp_path: Path, tiny_model_file: Path) -> dict[str, list[int]]:
    """300 unrelated photos from 2021, and matches of QUERY taken later with known cameras and tags."""
    lib = Lib(tmp_path, tiny_model_file)
    rng = np.random.default_rng(21)
    q = lib.q()
    ids = {
        "background": lib.add(_unit(rng.normal(size=(300, len(q)))), taken=datetime(2021, 3, 1)),
        "pixel": lib.add(near(q, 3, rng), "bikes", taken=datetime(2023, 6, 1), camera="Pixel 7"),
        "canon": lib.add(near(q, 2, rng), "bikes", taken=datetime(2022, 6, 1), camera="Canon EOS R6"),
    }
    lib.tag(ids["canon"][:1], "Holiday", "Events")
    lib.engine.close()
    return ids


@pytest.fixture
def window(qtbot, tmp_path: Path, tiny_model_file: Path, library) -> Iterator[MainWindow]:
    config = AppConfig(library_dir=tmp_path / "library", model="photoclip-tiny", model_file=str(tiny_model_file),
                       settings_file=tmp_path / "window.ini", theme="light", watch=False)
    w = create_window(config)
    w.show()
    w.start()
    qtbot.waitUntil(lambda: w.bridge.model_ready and not w.bridge.indexing and w.results is not None
                    and w.results.library_size == 305, timeout=WAIT_MS)
    yield w
    w.close()


def shown(qtbot, w: MainWindow) -> list[int]:
    qtbot.waitUntil(lambda: w.results is not None and w.results.query == w.current_query(), timeout=WAIT_MS)
    return w.grid_model.ids().tolist()


def type_search(qtbot, w: MainWindow, text: str) -> list[int]:
    w.search_bar.field.clear()
    qtbot.keyClicks(w.search_bar.field, text)
    qtbot.keyClick(w.search_bar.field, Qt.Key.Key_Return)
    qtbot.waitUntil(lambda: w.results is not None and w.results.query.text == text, timeout=WAIT_MS)
    return shown(qtbot, w)


def test_no_good_matches_then_show_weaker_matches(qtbot, window, library):
    w = window
    matches = set(library["pixel"] + library["canon"])
    assert set(type_search(qtbot, w, QUERY)) == matches
    assert w.filter_bar.weaker.isVisible() and "300" in w.filter_bar.info.text()
    assert "Matched by: picture" in w.grid_model.index(0).data(Qt.ItemDataRole.ToolTipRole)

    assert type_search(qtbot, w, "a snowy mountain at dawn") == []
    assert w.grid.empty_title == "No good matches" and w.filter_bar.weaker.isVisible()
    assert "&w" in w.filter_bar.weaker.text().lower()  # Alt+W from the keyboard
    qtbot.mouseClick(w.filter_bar.weaker, Qt.MouseButton.LeftButton)
    assert w.filter_bar.weaker.isChecked()
    qtbot.waitUntil(lambda: w.results is not None and w.results.query.show_weaker
                    and w.results.query == w.current_query(), timeout=WAIT_MS)
    assert len(shown(qtbot, w)) == 305
    scores = [w.grid_model.score(r) for r in range(w.grid_model.rowCount())]
    assert scores == sorted(scores, reverse=True)
    # The next search starts from its own matches again.
    assert set(type_search(qtbot, w, QUERY)) == matches and not w.filter_bar.weaker.isChecked()


def test_sort_and_filters_from_the_bar_and_typed(qtbot, window, library):
    w = window
    pixel, canon = library["pixel"], library["canon"]
    type_search(qtbot, w, QUERY)
    w.filter_bar.set_sort("newest")
    assert shown(qtbot, w) == sorted(pixel, reverse=True) + sorted(canon, reverse=True)
    w.filter_bar.set_sort("oldest")
    assert shown(qtbot, w) == sorted(canon) + sorted(pixel)

    qtbot.waitUntil(lambda: w.filter_bar.camera.count() == 3, timeout=WAIT_MS)  # any, Pixel 7, Canon EOS R6
    w.filter_bar.set_camera("Pixel 7")
    assert shown(qtbot, w) == sorted(pixel)
    w.filter_bar.set_camera(None)
    qtbot.waitUntil(lambda: w.filter_bar.tag.count() == 2, timeout=WAIT_MS)
    w.filter_bar.set_tag("Events/Holiday")
    assert shown(qtbot, w) == canon[:1]
    w.filter_bar.set_tag(None)
    w.filter_bar.set_sort("relevance")

    assert set(type_search(qtbot, w, f"{QUERY} camera:canon")) == set(canon)
    assert set(type_search(qtbot, w, "date:2021")) == set(library["background"])  # browse, typed
    assert not w.results.query.is_search and "300 photos" in w.summary.text()
    assert set(type_search(qtbot, w, "folder:bikes tag:holiday")) == set(canon[:1])
