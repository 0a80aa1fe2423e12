"""The duplicates window's models: the list of groups, and the members of the group under review.

A `GroupEntry` is one group plus what the user decided about it so far (which photo to keep; what the last
action could not do). The groups are few (hundreds at most) and small, so both models hold plain objects.
"""

from __future__ import annotations

from dataclasses import dataclass, field
from typing import TYPE_CHECKING

from photoclip.gui.qt import (
    QAbstractListModel,
    QCoreApplication,
    QIcon,
    QLocale,
    QModelIndex,
    QPersistentModelIndex,
    Qt,
)

if TYPE_CHECKING:
    from photoclip.core.duplicates import DuplicateGroup
    from photoclip.core.library import PhotoRecord

_Index = QModelIndex | QPersistentModelIndex
translate = QCoreApplication.translate


@dataclass
class GroupEntry:
    group: DuplicateGroup
    keeper_id: int  # the user's choice; starts as the suggested keeper
    skipped: dict[int, str] = field(default_factory=dict)  # photo id -> why the last action left it alone

    @property
    def members(self) -> list[PhotoRecord]:
        return self.group.members

    @property
    def keeper(self) -> PhotoRecord:
        return self.group.member(self.keeper_id)

    @property
    def others(self) -> list[PhotoRecord]:
        return self.group.others(self.keeper_id)

    @property
    def reclaimable(self) -> int:
        return self.group.reclaimable_bytes(self.keeper_id)

    def drop(self, photo_ids: set[int]) -> None:
        """Forget members that left the library (trashed or moved)."""
        self.group.members = [p for p in self.group.members if p.id not in photo_ids]
        for pid in photo_ids:
            self.skipped.pop(pid, None)


def group_label(entry: GroupEntry) -> str:
    """What a group is: "burst of 7, 2 s", "copies" or "similar shots"."""
    g = entry.group
    if g.kind == "burst":
        return translate("Duplicates", "burst of %n, {0:g} s", None, len(g.members)).format(g.burst_span_s or 0)
    if g.kind == "similar":
        return translate("Duplicates", "similar shots")
    return translate("Duplicates", "copies")


def human_bytes(n: int) -> str:
    return QLocale().formattedDataSize(n, 1, QLocale.DataSizeFormat.DataSizeSIFormat)


class GroupListModel(QAbstractListModel):
    """One row per group still to review; the decoration is the keeper's thumbnail (asked of ``pixmap``)."""

    EntryRole = Qt.ItemDataRole.UserRole + 1

    def __init__(self, pixmap: object = None, parent: object = None) -> None:
        super().__init__(parent)  # type: ignore[arg-type]
        self.entries: list[GroupEntry] = []  # the groups shown
        self.pool: list[GroupEntry] = []  # every group still to review, shown or filtered out
        self.kind: str | None = None  # show only groups of this kind ('burst', 'copies', 'similar'); None: all
        self._pixmap = pixmap  # callable(PhotoRecord) -> QPixmap | None, or None for no decoration

    def set_groups(self, groups: list[DuplicateGroup]) -> None:
        self.pool = [GroupEntry(g, g.keeper_id) for g in groups]
        self.show_kind(self.kind)

    def show_kind(self, kind: str | None) -> None:
        """Show only bursts, only copies (and similar shots), or every group; choices made so far are kept."""
        self.beginResetModel()
        self.kind = kind
        self.entries = [e for e in self.pool if kind is None or (e.group.kind == "burst") == (kind == "burst")]
        self.endResetModel()

    def rowCount(self, parent: _Index = QModelIndex()) -> int:  # noqa: B008 (Qt's own signature)
        return 0 if parent.isValid() else len(self.entries)

    def entry(self, row: int) -> GroupEntry | None:
        return self.entries[row] if 0 <= row < len(self.entries) else None

    def row_of(self, entry: GroupEntry) -> int | None:
        for i, e in enumerate(self.entries):
            if e is entry:
                return i
        return None

    def data(self, index: _Index, role: int = Qt.ItemDataRole.DisplayRole) -> object:
        e = self.entry(index.row()) if index.isValid() else None
        if e is None:
            return None
        if role == Qt.ItemDataRole.DisplayRole:
            n = len(e.members)
            line = translate("Duplicates", "%n photo(s)", None, n) + " · " + group_label(e)
            if e.others:
                line += " · " + translate("Duplicates", "{0} to free").format(human_bytes(e.reclaimable))
            return f"{index.row() + 1}. {line}\n{_name(e.keeper.path)}"
        if role == Qt.ItemDataRole.ToolTipRole:
            return "\n".join(p.path for p in e.members)
        if role == Qt.ItemDataRole.DecorationRole and self._pixmap is not None:
            pm = self._pixmap(e.keeper)  # type: ignore[operator]
            return QIcon(pm) if pm is not None else None  # an icon, so the view scales it to its icon size
        if role == self.EntryRole:
            return e
        return None

    def changed(self, entry: GroupEntry) -> None:
        row = self.row_of(entry)
        if row is not None:
            self.dataChanged.emit(self.index(row), self.index(row))

    def remove(self, entry: GroupEntry) -> None:
        row = self.row_of(entry)
        if row is None:
            return
        self.beginRemoveRows(QModelIndex(), row, row)
        del self.entries[row]
        self.endRemoveRows()
        self.pool = [e for e in self.pool if e is not entry]

    def photo_changed(self, photo_id: int) -> None:
        """A thumbnail arrived: repaint the groups it is the keeper of."""
        for row, e in enumerate(self.entries):
            if e.keeper_id == photo_id:
                self.dataChanged.emit(self.index(row), self.index(row), [Qt.ItemDataRole.DecorationRole])


class MemberListModel(QAbstractListModel):
    """The photos of the group under review, keeper first as the core ordered them."""

    def __init__(self, parent: object = None) -> None:
        super().__init__(parent)  # type: ignore[arg-type]
        self.entry: GroupEntry | None = None

    def set_entry(self, entry: GroupEntry | None) -> None:
        self.beginResetModel()
        self.entry = entry
        self.endResetModel()

    def rowCount(self, parent: _Index = QModelIndex()) -> int:  # noqa: B008 (Qt's own signature)
        return 0 if parent.isValid() or self.entry is None else len(self.entry.members)

    def member(self, row: int) -> PhotoRecord | None:
        if self.entry is None or not 0 <= row < len(self.entry.members):
            return None
        return self.entry.members[row]

    def row_of(self, photo_id: int) -> int | None:
        if self.entry is None:
            return None
        for i, p in enumerate(self.entry.members):
            if p.id == photo_id:
                return i
        return None

    def data(self, index: _Index, role: int = Qt.ItemDataRole.DisplayRole) -> object:
        p = self.member(index.row()) if index.isValid() else None
        if p is None:
            return None
        if role in (Qt.ItemDataRole.DisplayRole, Qt.ItemDataRole.AccessibleTextRole):
            assert self.entry is not None
            role_text = (translate("Duplicates", "keep") if p.id == self.entry.keeper_id
                         else translate("Duplicates", "extra copy"))
            return f"{_name(p.path)} ({role_text})"
        if role == Qt.ItemDataRole.ToolTipRole:
            return p.path
        return None

    def refresh(self) -> None:
        if self.rowCount():
            self.dataChanged.emit(self.index(0), self.index(self.rowCount() - 1))

    def photo_changed(self, photo_id: int) -> None:
        row = self.row_of(photo_id)
        if row is not None:
            self.dataChanged.emit(self.index(row), self.index(row))


def _name(path: str) -> str:
    return path.replace("\\", "/").rsplit("/", 1)[-1]
