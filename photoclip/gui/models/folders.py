"""The side bar's model: "All photos", then each library folder with its photo count and indexing state."""

from __future__ import annotations

import os
from dataclasses import dataclass

from photoclip.gui.qt import QAbstractListModel, QModelIndex, QPersistentModelIndex, Qt
from photoclip.gui.queries import FolderInfo

_Index = QModelIndex | QPersistentModelIndex


@dataclass(frozen=True)
class FolderEntry:
    path: str | None  # None: "All photos"
    title: str
    detail: str
    icon: str
    busy: bool = False
    warning: bool = False
    problem: str | None = None


class FolderListModel(QAbstractListModel):
    PathRole = Qt.ItemDataRole.UserRole + 1
    EntryRole = Qt.ItemDataRole.UserRole + 2

    def __init__(self, parent: object = None) -> None:
        super().__init__(parent)  # type: ignore[arg-type]
        self._folders: list[FolderInfo] = []
        self._indexing: set[str] | None = None  # folders in the current run; empty set: all of them
        self._current: str | None = None  # the folder of the file being indexed now
        self._entries: list[FolderEntry] = [self._all_entry()]

    # -- state --------------------------------------------------------------------------------------------

    def set_folders(self, folders: list[FolderInfo]) -> None:
        self._folders = sorted(folders, key=lambda f: os.path.basename(f.path.rstrip(os.sep)).lower())
        self._rebuild()

    def set_indexing(self, folders: list[str] | None, running: bool) -> None:
        """An index run started (over `folders`, None for all) or ended (running False)."""
        self._indexing = (set(folders) if folders is not None else set()) if running else None
        self._current = None
        self._rebuild()

    def set_current_file(self, path: str | None) -> None:
        folder = self._folder_of(path) if path else None
        if folder != self._current:
            self._current = folder
            self._rebuild()

    def folder_paths(self) -> list[str]:
        return [f.path for f in self._folders]

    def row_of_path(self, path: str | None) -> int:
        for i, e in enumerate(self._entries):
            if e.path == path:
                return i
        return 0

    def _folder_of(self, path: str) -> str | None:
        best = None
        for f in self._folders:
            root = f.path.rstrip(os.sep) + os.sep
            if path.startswith(root) and (best is None or len(f.path) > len(best)):
                best = f.path
        return best

    # -- rows ---------------------------------------------------------------------------------------------

    def _all_entry(self) -> FolderEntry:
        total = sum(f.photos for f in self._folders)
        return FolderEntry(None, self.tr("All photos"), self._count(total), "photos")

    def _count(self, n: int) -> str:
        return self.tr("%Ln photo(s)", "", n)

    def _rebuild(self) -> None:
        entries = [self._all_entry()]
        for f in self._folders:
            name = os.path.basename(f.path.rstrip(os.sep)) or f.path
            in_run = self._indexing is not None and (not self._indexing or f.path in self._indexing)
            if not f.present:
                entries.append(FolderEntry(f.path, name, self.tr("Not found — unplugged or moved?"), "alert",
                                           warning=True))
                continue
            if f.problem is not None:
                # Its photos stay as they were; the user must see why nothing there is brought up to date.
                entries.append(FolderEntry(f.path, name, self.tr("Cannot be read — check its permissions"),
                                           "alert", warning=True, problem=f.problem))
                continue
            detail = self._count(f.photos)
            if f.failed:
                detail += " · " + self.tr("%Ln skipped", "", f.failed)
            if in_run and self._current == f.path:
                detail = self.tr("Indexing…") + " · " + detail
            elif in_run and not f.photos:
                detail = self.tr("Looking for photos…")
            entries.append(FolderEntry(f.path, name, detail, "folder", busy=in_run and self._current == f.path))
        self.beginResetModel()
        self._entries = entries
        self.endResetModel()

    def rowCount(self, parent: _Index = QModelIndex()) -> int:  # noqa: B008 (Qt's own signature)
        return 0 if parent.isValid() else len(self._entries)

    def data(self, index: _Index, role: int = Qt.ItemDataRole.DisplayRole) -> object:
        if not index.isValid() or index.row() >= len(self._entries):
            return None
        e = self._entries[index.row()]
        if role == Qt.ItemDataRole.DisplayRole:
            return e.title
        if role == Qt.ItemDataRole.ToolTipRole:
            if e.problem:
                return self.tr("{0}\nCannot be read: {1}. Its photos are kept as they were until photoclip may read "
                               "it again.").format(e.path, e.problem)
            return e.path or self.tr("Every photo in the library")
        if role == self.PathRole:
            return e.path
        if role == self.EntryRole:
            return e
        return None
