"""The label-set editor: create, rename and delete sets and their labels (with prompts of their own), choose
single or multi choice and "apply to new photos", then apply a set to the library, a folder, the current
results or the selection, off the UI thread, with progress and Cancel.
"""

from __future__ import annotations

from collections.abc import Callable

from photoclip.core.tag_store import LabelSet
from photoclip.gui.bridge import Bridge
from photoclip.gui.qt import (
    QAbstractItemView,
    QCheckBox,
    QComboBox,
    QDialog,
    QDialogButtonBox,
    QDoubleSpinBox,
    QFormLayout,
    QHBoxLayout,
    QHeaderView,
    QLabel,
    QLineEdit,
    QListWidget,
    QListWidgetItem,
    QMessageBox,
    QProgressBar,
    QPushButton,
    Qt,
    QTableWidget,
    QTableWidgetItem,
    QVBoxLayout,
    QWidget,
    qt_alive,
)
from photoclip.gui.tags import ApplyScope, SetEdit, TagOverview, overview

ID_ROLE = Qt.ItemDataRole.UserRole
# Scopes the window can offer: (key, what the user reads); the window says which are possible now.
SCOPE_KEYS = ("library", "folder", "results", "selection")


class LabelSetEditor(QDialog):
    def __init__(self, bridge: Bridge, scopes: Callable[[], dict[str, ApplyScope | None]],
                 parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setWindowTitle(self.tr("Label sets"))
        self.resize(860, 560)
        self.bridge = bridge
        self.scopes = scopes
        self.sets: list[LabelSet] = []
        self.current: LabelSet | None = None
        self.applying = False
        self.last_report: object = None
        self.loaded = False  # the first list of sets has arrived
        self._dirty = False  # the form holds edits not saved yet: a late list of sets must not wipe them
        root = QHBoxLayout(self)

        left = QVBoxLayout()
        self.set_list = QListWidget()
        self.set_list.setAccessibleName(self.tr("Label sets"))
        self.set_list.currentItemChanged.connect(lambda *_: self._show_current())
        left.addWidget(self.set_list, 1)
        row = QHBoxLayout()
        self.new_button = QPushButton(self.tr("New set"))
        self.new_button.clicked.connect(self.new_set)
        self.delete_button = QPushButton(self.tr("Delete set"))
        self.delete_button.clicked.connect(self.delete_set)
        row.addWidget(self.new_button)
        row.addWidget(self.delete_button)
        left.addLayout(row)
        root.addLayout(left, 1)

        right = QVBoxLayout()
        form = QFormLayout()
        self.name = QLineEdit()
        self.name.setPlaceholderText(self.tr("e.g. Scenes"))
        self.name.textEdited.connect(self._edited)
        form.addRow(self.tr("&Name"), self.name)
        self.choice = QComboBox()
        self.choice.addItem(self.tr("One label per photo, or none"), "single")
        self.choice.addItem(self.tr("Any number of labels"), "multi")
        self.choice.activated.connect(self._edited)
        form.addRow(self.tr("&Choice"), self.choice)
        self.threshold = QDoubleSpinBox()
        self.threshold.setRange(0.0, 1.0)
        self.threshold.setSingleStep(0.01)
        self.threshold.setDecimals(2)
        self.threshold.setSpecialValueText(self.tr("default"))
        self.threshold.setToolTip(self.tr("The similarity a label needs (one-label sets: to beat “none of these”)"))
        self.threshold.valueChanged.connect(self._edited)
        form.addRow(self.tr("&Threshold"), self.threshold)
        self.apply_new = QCheckBox(self.tr("Tag new photos as they are indexed"))
        self.apply_new.toggled.connect(self._edited)
        form.addRow("", self.apply_new)
        right.addLayout(form)

        right.addWidget(QLabel(self.tr("Labels (prompts of their own, separated by “;”, are optional):")))
        self.table = QTableWidget(0, 3)
        self.table.setHorizontalHeaderLabels([self.tr("Label"), self.tr("Own prompts"), self.tr("Threshold")])
        self.table.horizontalHeader().setSectionResizeMode(1, QHeaderView.ResizeMode.Stretch)
        self.table.verticalHeader().hide()
        self.table.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        self.table.setAccessibleName(self.tr("Labels"))
        self.table.itemChanged.connect(self._edited)
        right.addWidget(self.table, 1)
        row = QHBoxLayout()
        self.add_label_button = QPushButton(self.tr("Add label"))
        self.add_label_button.clicked.connect(lambda: self.add_label_row())
        self.remove_label_button = QPushButton(self.tr("Remove label"))
        self.remove_label_button.clicked.connect(self.remove_label_row)
        self.save_button = QPushButton(self.tr("&Save"))
        self.save_button.setProperty("primary", True)
        self.save_button.clicked.connect(lambda: self.save())
        row.addWidget(self.add_label_button)
        row.addWidget(self.remove_label_button)
        row.addStretch(1)
        row.addWidget(self.save_button)
        right.addLayout(row)

        apply_row = QHBoxLayout()
        apply_row.addWidget(QLabel(self.tr("Apply to")))
        self.scope = QComboBox()
        self.scope.setAccessibleName(self.tr("Apply to"))
        apply_row.addWidget(self.scope, 1)
        self.apply_button = QPushButton(self.tr("&Apply"))
        self.apply_button.clicked.connect(self.apply)
        apply_row.addWidget(self.apply_button)
        right.addLayout(apply_row)
        progress_row = QHBoxLayout()
        self.progress = QProgressBar()
        self.progress.setVisible(False)
        self.cancel_button = QPushButton(self.tr("Cancel"))
        self.cancel_button.setVisible(False)
        self.cancel_button.clicked.connect(bridge.cancel_tagging)
        progress_row.addWidget(self.progress, 1)
        progress_row.addWidget(self.cancel_button)
        right.addLayout(progress_row)
        self.status = QLabel()
        self.status.setWordWrap(True)
        self.status.setObjectName("muted")
        right.addWidget(self.status)
        buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Close)
        buttons.rejected.connect(self.reject)
        right.addWidget(buttons)
        root.addLayout(right, 3)

        bridge.tagProgress.connect(self._progress)
        self.fill_scopes()
        self.reload()

    # -- loading ------------------------------------------------------------------------------------------

    def reload(self, select: int | None = None) -> None:
        want = select if select is not None else (self.current.id if self.current else None)
        self.bridge.tags_read(overview, lambda ov: self._set_overview(ov, want), key="editor-sets")

    def _set_overview(self, ov: TagOverview, select: int | None) -> None:
        if not qt_alive(self):
            return
        self.sets = ov.sets
        self.loaded = True
        # A form the user has typed into since it was filled is theirs: a reload arriving late (after a save, or
        # from another window) refreshes the list but must not throw their edits away.
        keep_form = self._dirty and (self.current is None or self.current.id == select)
        self.set_list.blockSignals(True)
        self.set_list.clear()
        row = 0
        for i, s in enumerate(ov.sets):
            item = QListWidgetItem(s.name)
            item.setData(ID_ROLE, s.id)
            self.set_list.addItem(item)
            if s.id == select:
                row = i
        if keep_form and self.current is not None and ov.sets:
            self.set_list.setCurrentRow(row)
        self.set_list.blockSignals(False)
        if keep_form:
            return
        if ov.sets:
            self.set_list.setCurrentRow(row)
        self._show_current()

    def fill_scopes(self) -> None:
        names = {"library": self.tr("The whole library"), "folder": self.tr("The folder chosen in the side bar"),
                 "results": self.tr("The photos now in the grid"), "selection": self.tr("The selected photos")}
        available = self.scopes()
        self.scope.clear()
        for key in SCOPE_KEYS:
            if key in available and (key == "library" or available[key] is not None):
                self.scope.addItem(names[key], key)

    def _show_current(self) -> None:
        item = self.set_list.currentItem()
        set_id = item.data(ID_ROLE) if item is not None else None
        self._fill_form(next((s for s in self.sets if s.id == set_id), None))

    def _fill_form(self, s: LabelSet | None) -> None:
        self.current = s
        self.delete_button.setEnabled(s is not None)
        self.apply_button.setEnabled(not self.applying)
        self.name.setText(s.name if s else "")
        self.choice.setCurrentIndex(max(0, self.choice.findData(s.choice if s else "single")))
        self.threshold.setValue(s.threshold if s and s.threshold is not None else 0.0)
        self.apply_new.setChecked(bool(s and s.apply_to_new))
        self.table.setRowCount(0)
        for lab in s.labels if s else ():
            self.add_label_row(lab.id, lab.name, "; ".join(lab.prompts),
                               "" if lab.threshold is None else f"{lab.threshold:g}")
        self._dirty = False

    def _edited(self, *_args: object) -> None:
        self._dirty = True

    # -- editing ------------------------------------------------------------------------------------------

    def add_label_row(self, label_id: int | None = None, name: str = "", prompts: str = "",
                      threshold: str = "") -> None:
        r = self.table.rowCount()
        self._dirty = True
        self.table.insertRow(r)
        first = QTableWidgetItem(name)
        first.setData(ID_ROLE, label_id)
        self.table.setItem(r, 0, first)
        self.table.setItem(r, 1, QTableWidgetItem(prompts))
        self.table.setItem(r, 2, QTableWidgetItem(threshold))
        if not name:
            self.table.setCurrentCell(r, 0)
            self.table.editItem(first)

    def remove_label_row(self) -> None:
        rows = sorted({i.row() for i in self.table.selectedIndexes()}, reverse=True)
        for r in rows:
            self.table.removeRow(r)
        if rows:
            self._dirty = True

    def new_set(self) -> None:
        self.set_list.clearSelection()
        self.set_list.setCurrentItem(None)  # type: ignore[arg-type]
        self.current = None
        self._show_current()
        self.name.setFocus()

    def edit(self) -> SetEdit | None:
        """What the form says, or None (with the reason shown) when it cannot be saved."""
        name = self.name.text().strip()
        if not name:
            self.status.setText(self.tr("A label set needs a name."))
            return None
        labels = []
        for r in range(self.table.rowCount()):
            first = self.table.item(r, 0)
            label = first.text().strip() if first is not None else ""
            if not label:
                continue
            prompts_item = self.table.item(r, 1)
            prompts = tuple(p.strip() for p in (prompts_item.text() if prompts_item else "").split(";") if p.strip())
            thr_item = self.table.item(r, 2)
            thr_text = (thr_item.text() if thr_item else "").strip().replace(",", ".")
            try:
                threshold = float(thr_text) if thr_text else None
            except ValueError:
                self.status.setText(self.tr("The threshold of “{0}” is not a number.").format(label))
                return None
            labels.append((first.data(ID_ROLE), label, prompts, threshold))
        value = self.threshold.value()
        return SetEdit(self.current.id if self.current else None, name, self.choice.currentData(),
                       None if value == self.threshold.minimum() else value, self.apply_new.isChecked(),
                       tuple(labels))

    def save(self, then: Callable[[LabelSet], None] | None = None) -> None:
        edit = self.edit()
        if edit is None:
            return
        from photoclip.gui import tags

        def saved(s: LabelSet) -> None:
            if not qt_alive(self):
                return
            self._dirty = False
            self.status.setText(self.tr("Saved “{0}”.").format(s.name))
            # The form takes the saved set at once, so its rows carry their label ids before the user edits
            # again (a label renamed next keeps its identity and its tags); the list follows when reloaded.
            self._fill_form(s)
            self.reload(s.id)
            if then is not None:
                then(s)

        self.bridge.tags_write(lambda engine: tags.save_set(engine, edit), saved,
                               lambda e: self.status.setText(str(e)))

    def delete_set(self) -> None:
        s = self.current
        if s is None:
            return
        answer = QMessageBox.question(self, self.tr("Delete label set"), self.tr(
            "Delete “{0}” with its labels, tags and your decisions about them?\n\nThe photos stay as they are."
        ).format(s.name))
        if answer != QMessageBox.StandardButton.Yes:
            return
        from photoclip.gui import tags

        self.current = None
        self.bridge.tags_write(lambda engine: tags.delete_set(engine, s.id), lambda _r: self.reload())

    # -- applying -----------------------------------------------------------------------------------------

    def apply(self) -> None:
        """Save what the form says, then apply the set to the chosen photos."""
        key = self.scope.currentData()
        scope = self.scopes().get(key) if key != "library" else ApplyScope()
        if scope is None:
            scope = ApplyScope()
        self.applying = True
        self.apply_button.setEnabled(False)
        self.progress.setValue(0)
        self.progress.setVisible(True)
        self.cancel_button.setVisible(True)
        self.status.setText(self.tr("Tagging…"))
        self.save(lambda s: self.bridge.apply_tags(s.id, scope, self._applied, self._apply_failed))

    def _progress(self, done: object, total: object) -> None:
        if not qt_alive(self):
            return
        self.progress.setMaximum(max(1, int(total)))  # type: ignore[call-overload]
        self.progress.setValue(int(done))  # type: ignore[call-overload]

    def _applied(self, report: object) -> None:
        from photoclip.core.tagging import TagReport

        self._apply_ended()
        assert isinstance(report, TagReport)
        self.last_report = report
        parts = [f"{name}: {n}" for name, n in report.counts.items()]
        text = self.tr("Tagged %n photo(s). ", "", report.photos) + ", ".join(parts)
        if report.without_vector:
            text += " " + self.tr("(%n not indexed yet)", "", report.without_vector)
        self.status.setText(text)

    def _apply_failed(self, e: BaseException) -> None:
        self._apply_ended()
        self.status.setText(str(e))

    def _apply_ended(self) -> None:
        self.applying = False
        self.progress.setVisible(False)
        self.cancel_button.setVisible(False)
        self._show_current()
