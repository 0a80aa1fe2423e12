"""The grid's model: a result list held as two numpy arrays (photo ids, scores), rows fetched lazily.

Like Anki's browser model it holds only ids; what a cell shows (path, mtime for its thumbnail, date) is fetched
from the query thread for the rows the view actually paints, in one batch per event-loop turn, and kept in a
bounded cache. 100,000 results cost two arrays and a dict, never 100,000 objects or a query on the UI thread.
"""

from __future__ import annotations

import os
from collections import OrderedDict

import numpy as np

from photoclip.gui.qt import (
    QAbstractListModel,
    QMimeData,
    QModelIndex,
    QPersistentModelIndex,
    Qt,
    QTimer,
    QUrl,
    Signal,
)
from photoclip.gui.queries import PhotoRow, Results

ROW_CACHE = 20_000
_Index = QModelIndex | QPersistentModelIndex


class PhotoGridModel(QAbstractListModel):
    IdRole = Qt.ItemDataRole.UserRole + 1
    ScoreRole = Qt.ItemDataRole.UserRole + 2
    RowRole = Qt.ItemDataRole.UserRole + 3  # the PhotoRow, or None while it is being fetched

    rowsWanted = Signal(list)  # photo ids whose rows should be fetched (connected to the bridge)

    def __init__(self, parent: object = None) -> None:
        super().__init__(parent)  # type: ignore[arg-type]
        self._ids = np.empty(0, np.int64)
        self._scores: np.ndarray | None = None
        self._reasons: np.ndarray | None = None
        self.results: Results | None = None
        self._row_of: dict[int, int] | None = None
        self._rows: OrderedDict[int, PhotoRow] = OrderedDict()
        self._fresh: set[int] = set()  # rows fetched since the library last changed
        self._asked: set[int] = set()  # requested, not answered yet
        self._to_ask: list[int] = []
        self._flush = QTimer(self)
        self._flush.setSingleShot(True)
        self._flush.setInterval(0)
        self._flush.timeout.connect(self._ask)

    # -- contents -----------------------------------------------------------------------------------------

    def set_results(self, results: Results) -> None:
        self.beginResetModel()
        self.results = results
        self._ids = results.ids
        self._scores = results.scores
        self._reasons = results.reasons
        self._row_of = None
        self.endResetModel()

    def rowCount(self, parent: _Index = QModelIndex()) -> int:  # noqa: B008 (Qt's own signature)
        return 0 if parent.isValid() else len(self._ids)

    def photo_id(self, row: int) -> int:
        return int(self._ids[row])

    def score(self, row: int) -> float | None:
        """The photo's CLIP score in a search; None when browsing, or when it has no vector of the model yet."""
        if self._scores is None or np.isnan(self._scores[row]):
            return None
        return float(self._scores[row])

    def reasons(self, row: int) -> int:
        """Why the photo matched the search: REASON_* bits of photoclip.core.find (0 when browsing)."""
        return int(self._reasons[row]) if self._reasons is not None else 0

    def ids(self) -> np.ndarray:
        return self._ids

    def row_of(self, photo_id: int) -> int | None:
        if self._row_of is None:
            # Built on first need: a 100,000-row dict costs ~10 ms, too much for every keystroke's results.
            self._row_of = {int(pid): i for i, pid in enumerate(self._ids.tolist())}
        return self._row_of.get(photo_id)

    def photo_row(self, row: int) -> PhotoRow | None:
        pid = int(self._ids[row])
        rec = self._rows.get(pid)
        if rec is None or pid not in self._fresh:
            self._want(pid)
        return rec

    def data(self, index: _Index, role: int = Qt.ItemDataRole.DisplayRole) -> object:
        if not index.isValid() or index.row() >= len(self._ids):
            return None
        row = index.row()
        if role == self.IdRole:
            return int(self._ids[row])
        if role == self.ScoreRole:
            return self.score(row)
        if role == self.RowRole:
            return self.photo_row(row)
        if role in (Qt.ItemDataRole.DisplayRole, Qt.ItemDataRole.ToolTipRole, Qt.ItemDataRole.AccessibleTextRole):
            rec = self.photo_row(row)
            if rec is None:
                return None
            if role == Qt.ItemDataRole.ToolTipRole:
                why = self.reasons(row)
                if why:
                    from photoclip.gui.texts import reasons_text

                    return f"{rec.path}\n{reasons_text(why, rec.place)}"
                return rec.path
            return os.path.basename(rec.path)
        return None

    # -- dragging photos out (to a file manager, an editor, a mail) -----------------------------------------

    def flags(self, index: _Index) -> Qt.ItemFlag:
        f = super().flags(index)
        return f | Qt.ItemFlag.ItemIsDragEnabled if index.isValid() else f

    def mimeTypes(self) -> list[str]:
        return ["text/uri-list"]

    def mimeData(self, indexes: list[QModelIndex]) -> QMimeData:  # type: ignore[override]
        md = QMimeData()
        rows = (self._rows.get(int(self._ids[i.row()])) for i in indexes if i.isValid())
        md.setUrls([QUrl.fromLocalFile(r.path) for r in rows if r is not None])
        return md

    # -- lazy rows ----------------------------------------------------------------------------------------

    def _want(self, pid: int) -> None:
        if pid in self._asked:
            return
        self._asked.add(pid)
        self._to_ask.append(pid)
        if not self._flush.isActive():
            self._flush.start()

    def _ask(self) -> None:
        wanted, self._to_ask = self._to_ask, []
        if wanted:
            self.rowsWanted.emit(wanted)

    def add_rows(self, rows: dict[int, PhotoRow]) -> None:
        """Rows arrived from the query thread: cache them and repaint their cells."""
        for pid, rec in rows.items():
            self._rows[pid] = rec
            self._rows.move_to_end(pid)
            self._fresh.add(pid)
        self._asked.difference_update(rows)
        while len(self._rows) > ROW_CACHE:
            old, _ = self._rows.popitem(last=False)
            self._fresh.discard(old)
        changed = [r for r in (self.row_of(pid) for pid in rows) if r is not None]
        if changed:
            self.dataChanged.emit(self.index(min(changed)), self.index(max(changed)))

    def library_changed(self) -> None:
        """Rows may be stale (a rename, an edit): keep showing them, but fetch each again when next painted."""
        self._fresh.clear()
        self._asked.clear()
        self._to_ask.clear()

    def photo_changed(self, photo_id: int) -> None:
        row = self.row_of(photo_id)
        if row is not None:
            idx = self.index(row)
            self.dataChanged.emit(idx, idx, [Qt.ItemDataRole.DecorationRole])
