"""The list of files indexing skipped, each with its reason (empty, not an image, truncated, too large…)."""

from __future__ import annotations

from photoclip.gui import desktop
from photoclip.gui.qt import (
    QAbstractItemView,
    QDialog,
    QDialogButtonBox,
    QLabel,
    QPushButton,
    QTableWidget,
    QTableWidgetItem,
    QVBoxLayout,
    QWidget,
)


class SkippedDialog(QDialog):
    def __init__(self, failures: list[tuple[str, str]], parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setWindowTitle(self.tr("Skipped files"))
        self.resize(820, 420)
        lay = QVBoxLayout(self)
        intro = QLabel(self.tr(
            "These folders and files could not be read, so what is in them is not brought up to date: photos "
            "already in a folder that cannot be read are kept as they were. Files are tried again when they change "
            "or can be read again; nothing was touched."))
        intro.setWordWrap(True)
        lay.addWidget(intro)
        self.table = QTableWidget(len(failures), 2)
        self.table.setHorizontalHeaderLabels([self.tr("File"), self.tr("Reason")])
        self.table.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
        self.table.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        self.table.verticalHeader().hide()
        for i, (path, reason) in enumerate(failures):
            self.table.setItem(i, 0, QTableWidgetItem(path))
            self.table.setItem(i, 1, QTableWidgetItem(reason))
        self.table.resizeColumnsToContents()
        self.table.horizontalHeader().setStretchLastSection(True)
        self.table.doubleClicked.connect(self._show)
        lay.addWidget(self.table, 1)
        buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Close)
        show = QPushButton(self.tr("Show in folder"))
        show.clicked.connect(self._show)
        buttons.addButton(show, QDialogButtonBox.ButtonRole.ActionRole)
        buttons.rejected.connect(self.reject)
        lay.addWidget(buttons)

    def _show(self, *_args: object) -> None:
        row = self.table.currentRow()
        item = self.table.item(row, 0) if row >= 0 else None
        if item is not None:
            desktop.show_in_folder(item.text())
