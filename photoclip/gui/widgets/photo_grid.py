"""The results grid: a QListView in icon mode, a delegate that paints square photo tiles, and empty states.

The delegate never loads anything: it asks the thumbnail loader for a pixmap that is already in RAM and paints a
quiet placeholder otherwise; the loader's `ready(id)` repaints the cell when the thumbnail arrives. Uniform item
sizes let the view lay out 100,000 cells without asking the model about each one.
"""

from __future__ import annotations

from photoclip.gui import icons
from photoclip.gui.models.photo_grid import PhotoGridModel
from photoclip.gui.qt import (
    QAbstractItemView,
    QColor,
    QContextMenuEvent,
    QFont,
    QKeyEvent,
    QListView,
    QModelIndex,
    QPainter,
    QPainterPath,
    QPalette,
    QPen,
    QPersistentModelIndex,
    QPoint,
    QRect,
    QRectF,
    QResizeEvent,
    QSize,
    QStyle,
    QStyledItemDelegate,
    QStyleOptionViewItem,
    Qt,
    QWidget,
    Signal,
)
from photoclip.gui.thumbnails import ThumbnailLoader

MARGIN = 3
RADIUS = 6.0


class PhotoDelegate(QStyledItemDelegate):
    def __init__(self, loader: ThumbnailLoader, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.loader = loader
        self.cell = QSize(176, 176)

    def sizeHint(self, option: QStyleOptionViewItem, index: QModelIndex | QPersistentModelIndex) -> QSize:
        return self.cell

    def paint(self, painter: QPainter, option: QStyleOptionViewItem,
              index: QModelIndex | QPersistentModelIndex) -> None:
        rect = QRectF(option.rect.adjusted(MARGIN, MARGIN, -MARGIN, -MARGIN))  # type: ignore[attr-defined]
        state = option.state  # type: ignore[attr-defined]
        pal: QPalette = option.palette  # type: ignore[attr-defined]
        painter.save()
        painter.setRenderHint(QPainter.RenderHint.Antialiasing)
        painter.setRenderHint(QPainter.RenderHint.SmoothPixmapTransform)
        path = QPainterPath()
        path.addRoundedRect(rect, RADIUS, RADIUS)
        painter.fillPath(path, pal.color(QPalette.ColorRole.AlternateBase))

        pid = index.data(PhotoGridModel.IdRole)
        row = index.data(PhotoGridModel.RowRole)
        pm = self.loader.pixmap(pid, row.path, row.mtime_ns) if row is not None else None
        if pm is not None and not pm.isNull():
            # Fill the square tile with the photo's centre, as photo apps do; the viewer shows all of it.
            size = pm.deviceIndependentSize()
            scale = max(rect.width() / size.width(), rect.height() / size.height())
            src_w, src_h = rect.width() / scale, rect.height() / scale
            dpr = pm.devicePixelRatio()
            source = QRectF((size.width() - src_w) / 2 * dpr, (size.height() - src_h) / 2 * dpr,
                            src_w * dpr, src_h * dpr)
            painter.setClipPath(path)
            painter.drawPixmap(rect, pm, source)
            painter.setClipping(False)
        elif row is not None and self.loader.failure(pid) is not None:
            side = min(32, int(rect.width() / 3))
            broken = icons.pixmap("broken-image", side, pal.color(QPalette.ColorRole.PlaceholderText))
            painter.drawPixmap(QRect(int(rect.center().x() - side / 2), int(rect.center().y() - side / 2),
                                     side, side), broken)

        if state & QStyle.StateFlag.State_Selected:
            hl = pal.color(QPalette.ColorRole.Highlight)
            tint = QColor(hl)
            tint.setAlpha(60)
            painter.fillPath(path, tint)
            painter.setPen(QPen(hl, 3))
            painter.drawRoundedRect(rect.adjusted(1.5, 1.5, -1.5, -1.5), RADIUS - 1, RADIUS - 1)
        elif state & QStyle.StateFlag.State_MouseOver:
            painter.fillPath(path, QColor(255, 255, 255, 28))
        painter.restore()


class PhotoGridView(QListView):
    openRequested = Signal(int)  # a row: double-click or Enter
    menuRequested = Signal(int, QPoint)  # a row (or -1 on empty space), global position

    def __init__(self, model: PhotoGridModel, loader: ThumbnailLoader, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("grid")
        self.loader = loader
        self.delegate = PhotoDelegate(loader, self)
        self.setModel(model)
        self.setItemDelegate(self.delegate)
        self.setViewMode(QListView.ViewMode.IconMode)
        self.setResizeMode(QListView.ResizeMode.Adjust)
        self.setMovement(QListView.Movement.Static)
        self.setFlow(QListView.Flow.LeftToRight)
        self.setWrapping(True)
        self.setUniformItemSizes(True)
        self.setLayoutMode(QListView.LayoutMode.Batched)
        self.setBatchSize(2000)
        self.setSpacing(0)
        self.setSelectionMode(QAbstractItemView.SelectionMode.ExtendedSelection)
        self.setVerticalScrollMode(QAbstractItemView.ScrollMode.ScrollPerPixel)
        self.setDragEnabled(True)
        self.setDragDropMode(QAbstractItemView.DragDropMode.DragOnly)
        self.setMouseTracking(True)
        self.setContextMenuPolicy(Qt.ContextMenuPolicy.DefaultContextMenu)
        self.doubleClicked.connect(lambda idx: self.openRequested.emit(idx.row()))
        self.target_cell = 176
        self.empty_title = ""
        self.empty_detail = ""
        self.empty_icon = "image"
        loader.ready.connect(self._thumbnail_ready)

    def grid_model(self) -> PhotoGridModel:
        m = self.model()
        assert isinstance(m, PhotoGridModel)
        return m

    # -- layout -------------------------------------------------------------------------------------------

    def set_target_cell(self, px: int) -> None:
        self.target_cell = px
        self._relayout()

    def resizeEvent(self, e: QResizeEvent) -> None:
        self._relayout()
        super().resizeEvent(e)

    def _relayout(self) -> None:
        # Stretch cells so the columns fill the width exactly: no ragged gap on the right.
        width = max(1, self.viewport().width() - 1)
        cols = max(1, round(width / self.target_cell))
        cell = max(64, width // cols)
        size = QSize(cell, cell)
        if size != self.delegate.cell:
            self.delegate.cell = size
            self.setGridSize(size)
        # Thumbnails are scaled for the cell, in 32 px steps so a window resize does not re-scale every one.
        self.loader.set_size(-(-(cell - 2 * MARGIN) // 32) * 32, self.devicePixelRatioF())

    def _thumbnail_ready(self, photo_id: int) -> None:
        self.grid_model().photo_changed(photo_id)

    # -- interaction --------------------------------------------------------------------------------------

    def keyPressEvent(self, e: QKeyEvent) -> None:
        if e.key() in (Qt.Key.Key_Return, Qt.Key.Key_Enter) and self.currentIndex().isValid():
            self.openRequested.emit(self.currentIndex().row())
            return
        super().keyPressEvent(e)

    def contextMenuEvent(self, e: QContextMenuEvent) -> None:
        idx = self.indexAt(e.pos())
        if idx.isValid() and not self.selectionModel().isSelected(idx):
            self.setCurrentIndex(idx)
        self.menuRequested.emit(idx.row() if idx.isValid() else -1, e.globalPos())

    # -- empty states -------------------------------------------------------------------------------------

    def set_empty_message(self, title: str, detail: str = "", icon_name: str = "image") -> None:
        self.empty_title, self.empty_detail, self.empty_icon = title, detail, icon_name
        self.viewport().update()

    def paintEvent(self, e: object) -> None:
        super().paintEvent(e)  # type: ignore[arg-type]
        if self.model() is not None and self.model().rowCount() == 0 and self.empty_title:
            self._paint_empty()

    def _paint_empty(self) -> None:
        painter = QPainter(self.viewport())
        painter.setRenderHint(QPainter.RenderHint.Antialiasing)
        pal = self.palette()
        muted = pal.color(QPalette.ColorRole.PlaceholderText)
        area = self.viewport().rect()
        cx, cy = area.center().x(), area.center().y() - 40
        side = 56
        painter.drawPixmap(QRect(cx - side // 2, cy - side, side, side), icons.pixmap(self.empty_icon, side, muted))
        title_font = QFont(self.font())
        title_font.setPointSizeF(title_font.pointSizeF() * 1.35)
        title_font.setWeight(QFont.Weight.DemiBold)
        painter.setFont(title_font)
        painter.setPen(pal.color(QPalette.ColorRole.Text))
        painter.drawText(QRect(area.left() + 20, cy + 12, area.width() - 40, 32),
                         Qt.AlignmentFlag.AlignHCenter | Qt.AlignmentFlag.AlignVCenter, self.empty_title)
        if self.empty_detail:
            painter.setFont(self.font())
            painter.setPen(muted)
            painter.drawText(QRect(area.left() + 40, cy + 48, area.width() - 80, 80),
                             Qt.AlignmentFlag.AlignHCenter | Qt.AlignmentFlag.AlignTop | Qt.TextFlag.TextWordWrap,
                             self.empty_detail)
        painter.end()
