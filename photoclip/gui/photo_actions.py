"""What can be done with photos in the grid: view them, find more like them, open them, show them in their
folder, copy their paths; and searching by a photo dropped on the window."""

from __future__ import annotations

import os

from photoclip.gui import desktop, icons
from photoclip.gui.dialogs.viewer import ViewerDialog
from photoclip.gui.models.photo_grid import PhotoGridModel
from photoclip.gui.qt import QMenu, QObject, QPoint, Qt, QWidget
from photoclip.gui.queries import PhotoRow
from photoclip.gui.widgets.photo_grid import PhotoGridView
from photoclip.gui.widgets.search_bar import SearchBar


class PhotoActions(QObject):
    def __init__(self, window: QWidget, grid: PhotoGridView, model: PhotoGridModel, search_bar: SearchBar) -> None:
        super().__init__(window)
        self.window = window
        self.grid = grid
        self.model = model
        self.search_bar = search_bar
        self.viewer: ViewerDialog | None = None
        grid.openRequested.connect(self.open_viewer)
        grid.menuRequested.connect(self.menu)

    def open_viewer(self, row: int) -> None:
        if not 0 <= row < self.model.rowCount():
            return
        if self.viewer is not None:
            self.viewer.close()
        viewer = ViewerDialog(self.model, row, self.window)
        viewer.moreLikeThis.connect(self.more_like_this)
        bridge = getattr(self.window, "bridge", None)
        if bridge is not None:
            from photoclip.gui.widgets.photo_tags import PhotoTagsPanel
            from photoclip.gui.widgets.photo_text import PhotoTextPanel

            for panel in (PhotoTextPanel(bridge), PhotoTagsPanel(bridge)):
                viewer.photoChanged.connect(panel.show_photo)
                viewer.add_panel(panel)
                panel.show_photo(self.model.photo_id(row))
        viewer.resize(int(self.window.width() * 0.85), int(self.window.height() * 0.85))
        viewer.setAttribute(Qt.WidgetAttribute.WA_DeleteOnClose)
        viewer.destroyed.connect(lambda *_: self._viewer_gone(viewer))
        viewer.show()
        self.viewer = viewer

    def _viewer_gone(self, viewer: ViewerDialog) -> None:
        if self.viewer is viewer:
            self.viewer = None

    def more_like_this(self, photo_id: int) -> None:
        row = self.model.row_of(photo_id)
        rec = self.model.photo_row(row) if row is not None else None
        label = os.path.basename(rec.path) if rec is not None else f"#{photo_id}"
        self.search_bar.field.clear()
        self.search_bar.set_image(label, photo_id=photo_id)

    def search_by_image(self, path: str) -> None:
        self.search_bar.set_image(os.path.basename(path), path=path)

    def selected_rows(self) -> list[PhotoRow]:
        rows = sorted({i.row() for i in self.grid.selectionModel().selectedIndexes()})
        return [r for r in (self.model.photo_row(i) for i in rows) if r is not None]

    def menu(self, row: int, pos: QPoint) -> None:
        rec = self.model.photo_row(row) if row >= 0 else None
        if rec is None:
            return
        selected = self.selected_rows()
        menu = QMenu(self.window)
        menu.addAction(icons.icon("image"), self.tr("View"), lambda: self.open_viewer(row))
        menu.addAction(icons.icon("sparkles"), self.tr("More like this"), lambda: self.more_like_this(rec.id))
        menu.addSeparator()
        menu.addAction(icons.icon("external"), self.tr("Open"), lambda: desktop.open_file(rec.path))
        menu.addAction(icons.icon("folder-open"), self.tr("Show in folder"), lambda: desktop.show_in_folder(rec.path))
        paths = [r.path for r in selected] if len(selected) > 1 else [rec.path]
        copy_label = self.tr("Copy path") if len(paths) == 1 else self.tr("Copy %n path(s)", "", len(paths))
        menu.addAction(icons.icon("copy"), copy_label, lambda: desktop.copy_path("\n".join(paths)))
        menu.setAttribute(Qt.WidgetAttribute.WA_DeleteOnClose)
        menu.popup(pos)
