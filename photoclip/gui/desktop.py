"""Handing a photo to the rest of the desktop: open it, show it in its folder, copy its path.

"Show in folder" selects the file where the platform can (Explorer's /select, Finder's -R, the freedesktop
FileManager1 D-Bus call) and otherwise opens the folder. Programs are started with an argument list, never a
shell string built from a path, so no file name can run a command.
"""

from __future__ import annotations

import os
import shutil
import sys

from photoclip.gui.qt import QDesktopServices, QGuiApplication, QProcess, QUrl

_running: set[QProcess] = set()  # keeps a pending D-Bus call alive until it answers


def open_file(path: str) -> bool:
    return QDesktopServices.openUrl(QUrl.fromLocalFile(path))


def show_in_folder(path: str) -> bool:
    folder = os.path.dirname(path)
    if sys.platform == "win32":
        return QProcess.startDetached("explorer.exe", ["/select,", os.path.normpath(path)])[0]
    if sys.platform == "darwin":
        return QProcess.startDetached("open", ["-R", path])[0]
    if shutil.which("dbus-send"):
        uri = QUrl.fromLocalFile(path).toString(QUrl.ComponentFormattingOption.FullyEncoded)
        args = ["--session", "--dest=org.freedesktop.FileManager1", "--type=method_call",
                "/org/freedesktop/FileManager1", "org.freedesktop.FileManager1.ShowItems",
                f"array:string:{uri}", "string:"]
        # Asynchronous, so the window never waits on D-Bus; when no file manager implements the call, the
        # folder is opened instead once the call has failed.
        proc = QProcess()
        _running.add(proc)

        def finished(code: int, _status: object) -> None:
            if proc not in _running:
                return  # errorOccurred and finished can both come
            _running.discard(proc)
            if code != 0:
                QDesktopServices.openUrl(QUrl.fromLocalFile(folder))

        proc.finished.connect(finished)
        proc.errorOccurred.connect(lambda _e: finished(1, None))
        proc.start("dbus-send", ["--print-reply", *args])
        return True
    return QDesktopServices.openUrl(QUrl.fromLocalFile(folder))


def copy_path(path: str) -> None:
    copy_text(path)


def copy_text(text: str) -> None:
    clipboard = QGuiApplication.clipboard()
    if clipboard is not None:
        clipboard.setText(text)
