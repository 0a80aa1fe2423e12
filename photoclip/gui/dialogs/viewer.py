"""The photo viewer: a large preview with the photo's details, stepping through the results with the arrow keys.

The preview is decoded on the global thread pool with photoclip's own decoder (EXIF orientation, HEIC, bomb
checks) at about screen size; the UI thread only turns the finished QImage into a pixmap. Details come from the
grid model's rows, which the query thread fetched.
"""

from __future__ import annotations

import os
from datetime import datetime

from photoclip.gui import desktop, icons
from photoclip.gui.dates import date_time_text, taken_text
from photoclip.gui.models.photo_grid import PhotoGridModel
from photoclip.gui.qt import (
    QDialog,
    QFormLayout,
    QFrame,
    QHBoxLayout,
    QImage,
    QKeyEvent,
    QLabel,
    QLocale,
    QObject,
    QPixmap,
    QPushButton,
    QResizeEvent,
    QRunnable,
    QSize,
    Qt,
    QThreadPool,
    QToolButton,
    QVBoxLayout,
    QWidget,
    Signal,
)
from photoclip.gui.queries import PhotoRow

PREVIEW_SIDE = 2048


class _PreviewSignals(QObject):
    done = Signal(object, object, str)  # request number, QImage or None, error


class _PreviewJob(QRunnable):
    def __init__(self, number: int, path: str, signals: _PreviewSignals) -> None:
        super().__init__()
        self.number, self.path, self.signals = number, path, signals

    def run(self) -> None:
        from photoclip.core import imaging

        try:
            img = imaging.make_thumbnail(self.path, PREVIEW_SIDE)
            data = img.tobytes("raw", "RGB")
            qimg = QImage(data, img.width, img.height, img.width * 3, QImage.Format.Format_RGB888).copy()
            self.signals.done.emit(self.number, qimg, "")
        except Exception as e:  # shown in the viewer as the reason, never a crash
            self.signals.done.emit(self.number, None, str(e) or type(e).__name__)


class ImageLabel(QLabel):
    """Shows a pixmap scaled to fit, rescaled as the window is resized."""

    def __init__(self) -> None:
        super().__init__()
        self.setAlignment(Qt.AlignmentFlag.AlignCenter)
        self.setMinimumSize(QSize(320, 240))
        self._pixmap: QPixmap | None = None

    def set_image(self, pm: QPixmap | None, text: str = "") -> None:
        self._pixmap = pm
        if pm is None:
            self.setPixmap(QPixmap())
            self.setText(text)
        else:
            self.setText("")
            self._fit()

    def resizeEvent(self, e: QResizeEvent) -> None:
        super().resizeEvent(e)
        self._fit()

    def _fit(self) -> None:
        if self._pixmap is None:
            return
        dpr = self.devicePixelRatioF()
        target = self.size() * dpr
        scaled = self._pixmap.scaled(target, Qt.AspectRatioMode.KeepAspectRatio,
                                     Qt.TransformationMode.SmoothTransformation)
        scaled.setDevicePixelRatio(dpr)
        self.setPixmap(scaled)


class ViewerDialog(QDialog):
    moreLikeThis = Signal(object)  # photo id
    photoChanged = Signal(object)  # the photo now shown (id), for panels added with `add_panel`

    def __init__(self, model: PhotoGridModel, row: int, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setWindowTitle(self.tr("Photo"))
        self.model = model
        self.row = row
        self._number = 0
        self._shown_path: str | None = None
        self._photo_id: int | None = None
        # No parent: a decode still running when the viewer closes (and is deleted) keeps its signal source
        # alive through the job's reference, and Qt drops the delivery to the deleted dialog.
        self._signals = _PreviewSignals()
        self._signals.done.connect(self._preview_done, Qt.ConnectionType.QueuedConnection)
        model.dataChanged.connect(self._maybe_details)
        # New results arrive while indexing: stay on this photo where it now is, or close if it left them.
        model.modelReset.connect(self._results_changed)

        root = QHBoxLayout(self)
        root.setContentsMargins(0, 0, 0, 0)
        root.setSpacing(0)
        left = QVBoxLayout()
        left.setContentsMargins(12, 12, 12, 12)
        self.image = ImageLabel()
        self.image.setObjectName("lightbox")
        left.addWidget(self.image, 1)
        nav = QHBoxLayout()
        self.prev_button = QToolButton()
        self.prev_button.setToolTip(self.tr("Previous (Left arrow)"))
        self.prev_button.clicked.connect(lambda: self.step(-1))
        self.next_button = QToolButton()
        self.next_button.setToolTip(self.tr("Next (Right arrow)"))
        self.next_button.clicked.connect(lambda: self.step(1))
        self.position = QLabel()
        self.position.setObjectName("muted")
        nav.addStretch(1)
        nav.addWidget(self.prev_button)
        nav.addWidget(self.position)
        nav.addWidget(self.next_button)
        nav.addStretch(1)
        left.addLayout(nav)
        root.addLayout(left, 1)

        panel = QFrame()
        panel.setObjectName("detailsPanel")
        panel.setFixedWidth(300)
        side = QVBoxLayout(panel)
        side.setContentsMargins(16, 16, 16, 16)
        side.setSpacing(10)
        self.name = QLabel()
        self.name.setWordWrap(True)
        f = self.name.font()
        f.setPointSizeF(f.pointSizeF() * 1.2)
        f.setBold(True)
        self.name.setFont(f)
        self.name.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
        side.addWidget(self.name)
        form = self.form = QFormLayout()
        form.setLabelAlignment(Qt.AlignmentFlag.AlignLeft)
        self.fields: dict[str, QLabel] = {}
        for key, label in (("folder", self.tr("Folder")), ("date", self.tr("Taken")), ("size", self.tr("Size")),
                           ("camera", self.tr("Camera")), ("format", self.tr("Format")),
                           ("place", self.tr("Place")), ("score", self.tr("Match"))):
            value = QLabel()
            value.setWordWrap(True)
            value.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
            self.fields[key] = value
            # The name keeps its whole width: a long unbreakable value (a path) must wrap, not squeeze "Folder"
            # (longer in most languages) into a clipped word.
            name = QLabel(label)
            name.setMinimumWidth(name.sizeHint().width())
            form.addRow(name, value)
        side.addLayout(form)
        self._panels = side
        self._panel_at = side.count()
        side.addStretch(1)
        self.open_button = QPushButton(self.tr("Open"))
        self.open_button.setProperty("primary", True)
        self.open_button.clicked.connect(self._open)
        self.folder_button = QPushButton(self.tr("Show in folder"))
        self.folder_button.clicked.connect(self._show_in_folder)
        self.copy_button = QPushButton(self.tr("Copy path"))
        self.copy_button.clicked.connect(self._copy)
        self.like_button = QPushButton(self.tr("More like this"))
        self.like_button.clicked.connect(self._more_like_this)
        self.coordinates_button = QPushButton(self.tr("Copy coordinates"))
        self.coordinates_button.setToolTip(self.tr("Copy the latitude and longitude, e.g. to paste into a map"))
        self.coordinates_button.clicked.connect(self._copy_coordinates)
        for b in (self.open_button, self.folder_button, self.copy_button, self.coordinates_button, self.like_button):
            side.addWidget(b)
        root.addWidget(panel)
        self.refresh_icons()
        self.show_row(row)

    def add_panel(self, panel: QWidget) -> None:
        """A panel under the details (the photo's tags); it follows `photoChanged`."""
        self._panels.insertWidget(self._panel_at, panel, 1)
        self._panel_at += 1

    def refresh_icons(self) -> None:
        self.prev_button.setIcon(icons.icon("chevron-left"))
        self.next_button.setIcon(icons.icon("chevron-right"))
        self.open_button.setIcon(icons.icon("external", self.palette().highlightedText().color()))
        self.folder_button.setIcon(icons.icon("folder-open"))
        self.copy_button.setIcon(icons.icon("copy"))
        self.coordinates_button.setIcon(icons.icon("copy"))
        self.like_button.setIcon(icons.icon("sparkles"))

    # -- navigation ---------------------------------------------------------------------------------------

    def current(self) -> PhotoRow | None:
        if not 0 <= self.row < self.model.rowCount():
            return None
        return self.model.photo_row(self.row)

    def step(self, delta: int) -> None:
        n = self.model.rowCount()
        if n:
            self.show_row(max(0, min(n - 1, self.row + delta)))

    def show_row(self, row: int) -> None:
        self.row = row
        self._photo_id = self.model.photo_id(row) if 0 <= row < self.model.rowCount() else None
        self._results_changed()
        self._number += 1
        self.image.set_image(None, self.tr("Loading…"))
        self._shown_path = None
        self._fill_details()

    def _results_changed(self) -> None:
        row = self.model.row_of(self._photo_id) if self._photo_id is not None else None
        if row is None:
            self.close()
            return
        self.row = row
        n = self.model.rowCount()
        self.position.setText(self.tr("{0} of {1}").format(QLocale().toString(row + 1), QLocale().toString(n)))
        self.prev_button.setEnabled(row > 0)
        self.next_button.setEnabled(row < n - 1)

    def _maybe_details(self, *_args: object) -> None:
        if self._shown_path is None:
            self._fill_details()

    def _fill_details(self) -> None:
        rec = self.current()
        for b in (self.open_button, self.folder_button, self.copy_button, self.like_button):
            b.setEnabled(rec is not None)
        if rec is None:
            self.name.setText(self.tr("Loading…"))
            return
        self._shown_path = rec.path
        self.photoChanged.emit(rec.id)
        self.setWindowTitle(os.path.basename(rec.path))
        self.name.setText(os.path.basename(rec.path))
        loc = QLocale()
        self.fields["folder"].setText(os.path.dirname(rec.path))
        taken = taken_text(rec.taken_at, long=True)
        if not taken:
            modified = datetime.fromtimestamp(rec.mtime_ns / 1e9)
            taken = self.tr("{0} (file date)").format(date_time_text(modified))
        self.fields["date"].setText(taken)
        dims = self.tr("{0} × {1} px").format(rec.width, rec.height) + " · " if rec.width and rec.height else ""
        self.fields["size"].setText(dims + loc.formattedDataSize(rec.size, 1))
        self.fields["camera"].setText(rec.camera or self.tr("unknown"))
        fmt = rec.format or ""
        if rec.raws:  # the JPEG of a RAW + JPEG pair: one shot, so its RAW is named here rather than shown apart
            fmt = self.tr("{0}, with RAW {1}").format(fmt, ", ".join(os.path.basename(r) for r in rec.raws))
        self.fields["format"].setText(fmt)
        # The place when there is one near, and always the coordinates: far from any town they are all there is.
        place = "\n".join(x for x in (rec.place, rec.coordinates) if x)
        self.fields["place"].setText(place)
        self.form.setRowVisible(self.fields["place"], bool(place))
        self.coordinates_button.setVisible(rec.coordinates is not None)
        score = self.model.score(self.row)
        why = self.model.reasons(self.row)
        text = f"{score:.3f}" if score is not None else ""
        if why:
            from photoclip.gui.texts import reasons_text

            text = f"{text} · {reasons_text(why, rec.place)}" if text else reasons_text(why, rec.place)
        self.fields["score"].setText(text)
        self.form.setRowVisible(self.fields["score"], bool(text))
        QThreadPool.globalInstance().start(_PreviewJob(self._number, rec.path, self._signals))

    def _preview_done(self, number: int, image: QImage | None, error: str) -> None:
        if number != self._number:
            return  # the user moved on while this one decoded
        if image is None:
            self.image.set_image(None, self.tr("This photo cannot be shown: {0}").format(error))
        else:
            self.image.set_image(QPixmap.fromImage(image))

    def keyPressEvent(self, e: QKeyEvent) -> None:
        key = e.key()
        if key in (Qt.Key.Key_Right, Qt.Key.Key_Down, Qt.Key.Key_Space):
            self.step(1)
        elif key in (Qt.Key.Key_Left, Qt.Key.Key_Up, Qt.Key.Key_Backspace):
            self.step(-1)
        elif key == Qt.Key.Key_Home:
            self.show_row(0)
        elif key == Qt.Key.Key_End:
            self.show_row(max(0, self.model.rowCount() - 1))
        else:
            super().keyPressEvent(e)

    # -- actions ------------------------------------------------------------------------------------------

    def _open(self) -> None:
        if (rec := self.current()) is not None:
            desktop.open_file(rec.path)

    def _show_in_folder(self) -> None:
        if (rec := self.current()) is not None:
            desktop.show_in_folder(rec.path)

    def _copy(self) -> None:
        if (rec := self.current()) is not None:
            desktop.copy_path(rec.path)

    def _copy_coordinates(self) -> None:
        if (rec := self.current()) is not None and rec.coordinates:
            desktop.copy_text(rec.coordinates)

    def _more_like_this(self) -> None:
        if (rec := self.current()) is not None:
            self.moreLikeThis.emit(rec.id)
            self.accept()


