"""The folder side bar: "All photos" and each watched folder (count, indexing state); add and remove folders.

Choosing a row filters the grid to that folder. Removing a folder only makes the library forget it: the photos
on disk are never touched, and the confirmation says so.
"""

from __future__ import annotations

from photoclip.gui import icons
from photoclip.gui.models.folders import FolderEntry, FolderListModel
from photoclip.gui.qt import (
    QAbstractItemView,
    QFont,
    QFrame,
    QHBoxLayout,
    QLabel,
    QListView,
    QModelIndex,
    QPainter,
    QPalette,
    QPersistentModelIndex,
    QRect,
    QSize,
    QStyle,
    QStyledItemDelegate,
    QStyleOptionViewItem,
    Qt,
    QToolButton,
    QVBoxLayout,
    QWidget,
    Signal,
)

ROW_HEIGHT = 48


class _FolderDelegate(QStyledItemDelegate):
    def sizeHint(self, option: QStyleOptionViewItem, index: QModelIndex | QPersistentModelIndex) -> QSize:
        return QSize(200, ROW_HEIGHT)

    def paint(self, painter: QPainter, option: QStyleOptionViewItem,
              index: QModelIndex | QPersistentModelIndex) -> None:
        entry: FolderEntry | None = index.data(FolderListModel.EntryRole)
        if entry is None:
            return
        rect: QRect = option.rect  # type: ignore[attr-defined]
        pal: QPalette = option.palette  # type: ignore[attr-defined]
        selected = bool(option.state & QStyle.StateFlag.State_Selected)  # type: ignore[attr-defined]
        hover = bool(option.state & QStyle.StateFlag.State_MouseOver)  # type: ignore[attr-defined]
        painter.save()
        painter.setRenderHint(QPainter.RenderHint.Antialiasing)
        bg = rect.adjusted(6, 2, -6, -2)
        if selected:
            c = pal.color(QPalette.ColorRole.Highlight)
            c.setAlpha(70)
            painter.setBrush(c)
            painter.setPen(Qt.PenStyle.NoPen)
            painter.drawRoundedRect(bg, 7, 7)
        elif hover:
            painter.setBrush(pal.color(QPalette.ColorRole.Midlight))
            painter.setPen(Qt.PenStyle.NoPen)
            painter.drawRoundedRect(bg, 7, 7)
        text_color = pal.color(QPalette.ColorRole.WindowText)
        muted = pal.color(QPalette.ColorRole.PlaceholderText)
        icon_color = pal.color(QPalette.ColorRole.BrightText) if entry.warning else (
            pal.color(QPalette.ColorRole.Highlight) if entry.busy or selected else muted)
        icon_rect = QRect(bg.left() + 10, bg.center().y() - 10, 20, 20)
        painter.drawPixmap(icon_rect, icons.pixmap(entry.icon, 20, icon_color))
        left = bg.left() + 40
        width = bg.right() - left - 6
        title_font = QFont(option.font)  # type: ignore[attr-defined]
        title_font.setWeight(QFont.Weight.DemiBold if selected else QFont.Weight.Medium)
        painter.setFont(title_font)
        painter.setPen(text_color)
        fm = painter.fontMetrics()
        painter.drawText(QRect(left, bg.top() + 5, width, fm.height()), Qt.AlignmentFlag.AlignLeft,
                         fm.elidedText(entry.title, Qt.TextElideMode.ElideMiddle, width))
        small = QFont(option.font)  # type: ignore[attr-defined]
        small.setPointSizeF(small.pointSizeF() * 0.88)
        painter.setFont(small)
        painter.setPen(pal.color(QPalette.ColorRole.BrightText) if entry.warning else muted)
        fm2 = painter.fontMetrics()
        painter.drawText(QRect(left, bg.bottom() - fm2.height() - 4, width, fm2.height()), Qt.AlignmentFlag.AlignLeft,
                         fm2.elidedText(entry.detail, Qt.TextElideMode.ElideRight, width))
        painter.restore()


class Sidebar(QFrame):
    folderChosen = Signal(object)  # a folder path, or None for all photos
    addRequested = Signal()
    removeRequested = Signal(str)

    def __init__(self, model: FolderListModel, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("sidebarFrame")
        self.model = model
        self._chosen: str | None = None
        self._restoring = False
        lay = QVBoxLayout(self)
        lay.setContentsMargins(0, 8, 0, 8)
        lay.setSpacing(4)

        head = QHBoxLayout()
        head.setContentsMargins(14, 0, 8, 0)
        self.title = QLabel(self.tr("LIBRARY"))
        self.title.setObjectName("sectionTitle")
        head.addWidget(self.title)
        head.addStretch(1)
        self.add_button = QToolButton()
        self.add_button.setToolTip(self.tr("Add a photo folder…"))
        self.add_button.setAccessibleName(self.tr("Add folder"))
        self.add_button.clicked.connect(self.addRequested)
        self.remove_button = QToolButton()
        self.remove_button.setToolTip(self.tr("Remove the selected folder from the library (files stay on disk)"))
        self.remove_button.setAccessibleName(self.tr("Remove folder"))
        self.remove_button.clicked.connect(self._remove_clicked)
        head.addWidget(self.add_button)
        head.addWidget(self.remove_button)
        lay.addLayout(head)

        self.view = QListView()
        self.view.setObjectName("sidebar")
        self.view.setModel(model)
        self.view.setItemDelegate(_FolderDelegate(self.view))
        self.view.setMouseTracking(True)
        self.view.setSelectionMode(QAbstractItemView.SelectionMode.SingleSelection)
        self.view.setHorizontalScrollBarPolicy(Qt.ScrollBarPolicy.ScrollBarAlwaysOff)
        self.view.setContextMenuPolicy(Qt.ContextMenuPolicy.NoContextMenu)
        lay.addWidget(self.view, 1)
        model.modelAboutToBeReset.connect(self._remember)
        model.modelReset.connect(self._restore)
        self.view.selectionModel().currentChanged.connect(self._current_changed)
        self.refresh_icons()
        self._restore()

    def refresh_icons(self) -> None:
        self.add_button.setIcon(icons.icon("folder-plus"))
        self.remove_button.setIcon(icons.icon("folder-minus"))

    def chosen_folder(self) -> str | None:
        return self._chosen

    def choose(self, path: str | None) -> None:
        self.view.setCurrentIndex(self.model.index(self.model.row_of_path(path)))

    def _remember(self) -> None:
        self._restoring = True

    def _restore(self) -> None:
        # A reset (new counts) must not lose the user's choice; a removed folder falls back to all photos.
        self._restoring = True
        row = self.model.row_of_path(self._chosen)
        self.view.setCurrentIndex(self.model.index(row))
        self._restoring = False
        path = self.model.index(row).data(FolderListModel.PathRole)
        self.remove_button.setEnabled(path is not None)
        if path != self._chosen:
            self._chosen = path
            self.folderChosen.emit(path)

    def _current_changed(self, current: QModelIndex, _previous: QModelIndex) -> None:
        if self._restoring:
            return
        path = current.data(FolderListModel.PathRole) if current.isValid() else None
        self.remove_button.setEnabled(path is not None)
        if path != self._chosen:
            self._chosen = path
            self.folderChosen.emit(path)

    def _remove_clicked(self) -> None:
        if self._chosen is not None:
            self.removeRequested.emit(self._chosen)
