"""A label's photos sorted by score, with a threshold slider that shows how many photos it would tag before
anything is applied. The scores are exact (computed from the stored vectors of the photos the set was applied
to), so moving the slider costs nothing; "Use this threshold" stores it on the label and re-tags those photos.
"""

from __future__ import annotations

from photoclip.gui import tags
from photoclip.gui.bridge import Bridge
from photoclip.gui.qt import (
    QAbstractItemView,
    QComboBox,
    QDialog,
    QDialogButtonBox,
    QHBoxLayout,
    QHeaderView,
    QIcon,
    QLabel,
    QLocale,
    QPushButton,
    QSize,
    QSlider,
    Qt,
    QTableWidget,
    QTableWidgetItem,
    QVBoxLayout,
    QWidget,
    qt_alive,
)
from photoclip.gui.tags import LabelScores, TagOverview
from photoclip.gui.thumbnails import ThumbnailLoader

STEPS = 1000
THUMB = 48
MAX_ROWS = 2000  # the table shows the best this many; the counts cover every photo


class LabelScoresDialog(QDialog):
    def __init__(self, bridge: Bridge, set_id: int, label_id: int | None = None,
                 parent: QWidget | None = None, loader: ThumbnailLoader | None = None) -> None:
        super().__init__(parent)
        self.loader = loader  # the window's thumbnails: each row shows its photo
        self.setWindowTitle(self.tr("Photos by score"))
        self.resize(760, 560)
        self.bridge = bridge
        self.data: LabelScores | None = None
        self._want = (set_id, label_id)
        lay = QVBoxLayout(self)
        top = QHBoxLayout()
        top.addWidget(QLabel(self.tr("&Label")))
        self.label_combo = QComboBox()
        self.label_combo.setAccessibleName(self.tr("Label"))
        self.label_combo.currentIndexChanged.connect(lambda _i: self._load())
        top.addWidget(self.label_combo, 1)
        lay.addLayout(top)
        self.table = QTableWidget(0, 3)
        self.table.setHorizontalHeaderLabels([self.tr("Score"), self.tr("Included"), self.tr("Photo")])
        self.table.horizontalHeader().setSectionResizeMode(2, QHeaderView.ResizeMode.Stretch)
        self.table.verticalHeader().hide()
        self.table.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
        self.table.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        self.table.setIconSize(QSize(THUMB, THUMB))
        self.table.verticalHeader().setDefaultSectionSize(THUMB + 6)
        self.table.verticalScrollBar().valueChanged.connect(lambda _v: self._show_thumbnails())
        self._row_of: dict[int, int] = {}
        if loader is not None:
            loader.ready.connect(self._thumbnail_ready)
        lay.addWidget(self.table, 1)
        row = QHBoxLayout()
        row.addWidget(QLabel(self.tr("&Threshold")))
        self.slider = QSlider(Qt.Orientation.Horizontal)
        self.slider.setRange(0, STEPS)
        self.slider.setAccessibleName(self.tr("Threshold"))
        self.slider.valueChanged.connect(lambda _v: self._update_count())
        row.addWidget(self.slider, 1)
        self.value_label = QLabel()
        row.addWidget(self.value_label)
        lay.addLayout(row)
        self.count_label = QLabel()
        lay.addWidget(self.count_label)
        buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Close)
        self.use_button = QPushButton(self.tr("&Use this threshold"))
        self.use_button.clicked.connect(self.use_threshold)
        buttons.addButton(self.use_button, QDialogButtonBox.ButtonRole.ActionRole)
        buttons.rejected.connect(self.reject)
        lay.addWidget(buttons)
        self.bridge.tags_read(tags.overview, self._fill_labels, key="scores-labels")

    def _fill_labels(self, ov: TagOverview) -> None:
        if not qt_alive(self):
            return
        set_id, label_id = self._want
        self.label_combo.blockSignals(True)
        chosen = 0
        for s in ov.sets:
            for lab in s.labels:
                if s.id == set_id and (label_id is None or lab.id == label_id) and not chosen:
                    chosen = self.label_combo.count()
                self.label_combo.addItem(f"{s.name}: {lab.name}", (s.id, lab.id))
        self.label_combo.blockSignals(False)
        self.label_combo.setCurrentIndex(chosen)
        self._load()

    def _load(self) -> None:
        key = self.label_combo.currentData()
        if key is None:
            return
        set_id, label_id = key
        self.count_label.setText(self.tr("Scoring…"))
        self.use_button.setEnabled(False)
        self.bridge.tags_read(lambda engine: tags.label_scores(engine, set_id, label_id), self._show,
                              lambda e: self.count_label.setText(str(e)) if qt_alive(self) else None,
                              key="label-scores")

    def _range(self) -> tuple[float, float]:
        assert self.data is not None
        if self.data.set.choice == "single":
            return 0.0, 1.0
        scores = self.data.preview.scores
        lo = float(scores.min()) if len(scores) else 0.0
        hi = float(scores.max()) if len(scores) else 1.0
        lo, hi = min(lo, self.data.preview.threshold), max(hi, self.data.preview.threshold)
        return lo, max(hi, lo + 1e-6)

    def threshold(self) -> float:
        lo, hi = self._range()
        return lo + (hi - lo) * self.slider.value() / STEPS

    def set_threshold(self, value: float) -> None:
        lo, hi = self._range()
        self.slider.setValue(round((value - lo) / (hi - lo) * STEPS))

    def _show(self, data: LabelScores) -> None:
        if not qt_alive(self):
            return
        key = self.label_combo.currentData()
        if key is None or key[1] != data.label_id:
            return
        self.data = data
        p = data.preview
        shown = min(len(p.photo_ids), MAX_ROWS)
        self.table.setRowCount(shown)
        for r in range(shown):
            pid = int(p.photo_ids[r])
            self.table.setItem(r, 0, QTableWidgetItem(f"{p.scores[r]:.3f}"))
            self.table.setItem(r, 1, QTableWidgetItem(""))
            self.table.setItem(r, 2, QTableWidgetItem(data.paths.get(pid, f"#{pid}")))
        self._row_of = {int(p.photo_ids[r]): r for r in range(shown)}
        self._show_thumbnails()
        self.slider.blockSignals(True)
        self.set_threshold(p.threshold)
        self.slider.blockSignals(False)
        self.use_button.setEnabled(len(p.photo_ids) > 0)
        self._update_count()

    def _show_thumbnails(self) -> None:
        """Ask for the thumbnails of the rows on screen only; the rest come as the table scrolls."""
        if self.loader is None or self.data is None or not self.table.rowCount():
            return
        first = max(0, self.table.rowAt(0))
        last = self.table.rowAt(self.table.viewport().height() - 1)
        last = self.table.rowCount() - 1 if last < 0 else last
        for r in range(first, last + 1):
            self._set_icon(r)

    def _set_icon(self, row: int) -> None:
        assert self.data is not None and self.loader is not None
        pid = int(self.data.preview.photo_ids[row])
        item = self.table.item(row, 2)
        path = self.data.paths.get(pid)
        if item is None or path is None or not item.icon().isNull():
            return
        pm = self.loader.pixmap(pid, path, self.data.mtimes.get(pid, 0))
        if pm is not None:
            item.setIcon(QIcon(pm))

    def _thumbnail_ready(self, photo_id: int) -> None:
        row = self._row_of.get(photo_id)
        if row is not None and qt_alive(self) and self.data is not None:
            self._set_icon(row)

    def would_tag(self) -> int:
        return self.data.preview.count(self.threshold()) if self.data is not None else 0

    def _update_count(self) -> None:
        if self.data is None:
            return
        p = self.data.preview
        t = self.threshold()
        self.value_label.setText(f"{t:.3f}")
        loc = QLocale()
        self.count_label.setText(self.tr("At this threshold, {0} of {1} photos would be tagged (now: {2}).").format(
            loc.toString(self.would_tag()), loc.toString(len(p.photo_ids)), loc.toString(p.count(p.threshold))))
        for r in range(self.table.rowCount()):
            item = self.table.item(r, 1)
            if item is not None:
                item.setText("✓" if bool(p.candidate[r]) and p.scores[r] >= t else "")

    def use_threshold(self) -> None:
        if self.data is None:
            return
        set_id, label_id, value = self.data.set.id, self.data.label_id, self.threshold()
        self.use_button.setEnabled(False)
        self.count_label.setText(self.tr("Tagging…"))
        self.bridge.tags_write(lambda engine: tags.set_label_threshold(engine, set_id, label_id, value),
                               lambda _r: self._load() if qt_alive(self) else None,
                               lambda e: self.count_label.setText(str(e)) if qt_alive(self) else None)
