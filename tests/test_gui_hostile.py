"""Odd input and a bare system in the app (issue 14), through the real widgets: typed filters that are not
understood and -words with nothing to look for are said beside the results; dates read as ISO 8601 under the
C/POSIX locale; and a missing X11 library is named (with its packages) before Qt could abort the process."""

from __future__ import annotations

import os

os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")

from collections.abc import Iterator
from datetime import datetime

import pytest

from photoclip.cli import main
from photoclip.gui import system_libs
from photoclip.gui.dates import date_time_text, taken_text
from photoclip.gui.qt import QLocale, Qt
from tests.test_gui_search import WAIT_MS, library, type_search, window  # noqa: F401  (fixtures)


@pytest.fixture
def c_locale() -> Iterator[None]:
    before = QLocale()
    QLocale.setDefault(QLocale.c())
    yield
    QLocale.setDefault(before)


def test_typed_filters_not_understood_and_lone_negatives_are_said_beside_the_results(qtbot, window, library):  # noqa: F811
    w = window
    type_search(qtbot, w, "date:2023-13 bikes")
    assert "not understood as a filter, searched as words: date:2023-13" in w.summary.text()
    assert set(type_search(qtbot, w, "-snow")) == {i for ids in library.values() for i in ids}
    assert "-snow only pushes results away" in w.summary.text()
    type_search(qtbot, w, "date:0001..9999")  # the whole calendar: no error from the query parser
    assert "not understood" not in w.summary.text() and len(w.grid_model.ids()) == 305


def test_dates_are_iso_under_the_c_locale_in_the_viewer_and_everywhere(qtbot, window, library, c_locale):  # noqa: F811
    assert date_time_text(datetime(2026, 11, 30, 23, 11)) == "2026-11-30 23:11"
    assert date_time_text(datetime(2026, 11, 30, 23, 11), long=True) == "2026-11-30 23:11"
    assert taken_text("2026-11-30T23:11:05") == "2026-11-30 23:11" and taken_text("garbled") == "garbled"
    from photoclip.gui.widgets import duplicate_cards

    assert duplicate_cards._date("2026-11-30T23:11:05") == "2026-11-30 23:11"

    w = window
    type_search(qtbot, w, "date:2021")
    w.grid.setCurrentIndex(w.grid_model.index(0))
    qtbot.keyClick(w.grid, Qt.Key.Key_Return)
    qtbot.waitUntil(lambda: w.photos.viewer is not None and w.photos.viewer.isVisible(), timeout=WAIT_MS)
    assert w.photos.viewer.fields["date"].text() == "2021-03-01 00:00"
    w.photos.viewer.close()


def test_dates_follow_a_real_locale():
    when = datetime(2026, 11, 30, 23, 11)
    assert date_time_text(when, locale=QLocale("de_DE")) == "30.11.26 23:11"
    long = date_time_text(when, long=True, locale=QLocale("en_US"))
    assert "November 30, 2026" in long and "11:11" in long and "UTC" not in long and "Universal" not in long


# -- 15: missing X11 libraries ----------------------------------------------------------------------------------------

@pytest.fixture
def x11_session(monkeypatch):
    monkeypatch.setattr("sys.platform", "linux")
    monkeypatch.setenv("DISPLAY", ":0")
    monkeypatch.delenv("QT_QPA_PLATFORM", raising=False)
    monkeypatch.delenv("WAYLAND_DISPLAY", raising=False)
    # The system edge: which libraries the dynamic linker would find. Qt's own folder is left out so that only
    # the fake answer counts.
    monkeypatch.setattr(system_libs, "_bundled_dirs", lambda: [])

    def pretend(missing: set[str]) -> None:
        monkeypatch.setattr(system_libs, "can_load", lambda soname: soname not in missing)
    return pretend


def test_missing_xcb_libraries_are_named_with_packages_before_qt_starts(x11_session, tmp_path, capsys, monkeypatch):
    x11_session({"libxcb-cursor.so.0", "libxcb-keysyms.so.1"})

    def qt_reached(*_a: object, **_k: object) -> int:
        raise AssertionError("Qt was started although its platform plugin cannot load")

    monkeypatch.setattr("photoclip.gui.app.run_app", qt_reached)
    assert main(["gui", "--library", str(tmp_path / "lib")]) == 1
    err = capsys.readouterr().err
    assert "libxcb-cursor.so.0, libxcb-keysyms.so.1" in err
    assert "sudo apt install libxcb-cursor0 libxcb-keysyms1" in err
    assert "sudo dnf install xcb-util-cursor xcb-util-keysyms" in err
    assert not (tmp_path / "lib").exists()  # nothing was opened or created

    assert main(["--check-system"]) == 1 and "libxcb-cursor0" in capsys.readouterr().err
    x11_session(set())
    assert main(["--check-system"]) == 0 and "are installed" in capsys.readouterr().out


@pytest.mark.parametrize(("env", "xcb"), [
    ({"DISPLAY": ":0"}, True),
    ({"DISPLAY": ":0", "QT_QPA_PLATFORM": "xcb"}, True),
    ({"DISPLAY": ":0", "QT_QPA_PLATFORM": "offscreen"}, False),
    ({"DISPLAY": ":0", "QT_QPA_PLATFORM": "wayland"}, False),
    ({"DISPLAY": ":0", "WAYLAND_DISPLAY": "wayland-0"}, False),  # a Wayland session: Qt tries wayland first
    ({"QT_QPA_PLATFORM": "xcb"}, False),  # no display at all: not a library problem
])
def test_the_check_runs_only_where_qt_would_use_xcb(env, xcb):
    assert system_libs.platform_would_be_xcb(env, "linux") is xcb
    assert not system_libs.platform_would_be_xcb(env, "darwin")


def test_no_display_at_all_is_said_plainly():
    assert system_libs.check_before_qt({}, "linux") == system_libs.NO_DISPLAY
    assert system_libs.check_before_qt({"QT_QPA_PLATFORM": "offscreen"}, "linux") is None
    assert system_libs.check_before_qt({}, "darwin") is None


def test_the_loader_asks_the_real_dynamic_linker():
    assert system_libs.can_load("libc.so.6")
    assert not system_libs.can_load("libphotoclip-surely-not-installed.so.9")
    lib = system_libs.SystemLib("libphotoclip-surely-not-installed.so.9", "deb-pkg", "rpm-pkg")
    assert system_libs.missing([lib], bundled=[]) == [lib]
