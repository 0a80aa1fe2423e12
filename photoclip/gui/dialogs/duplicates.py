"""The duplicates window: find groups at a chosen strength, review each side by side, act on it safely.

Left, the groups; right, the group under review as cards (`MemberCards`). The keyboard drives it all: arrows
pick a photo, Space keeps it, Delete sends the others to the system trash, M moves them to a folder, N says
"not duplicates", Page Up/Down (or J/K) step through the groups. Nothing leaves the library without a
confirmation that says how many files and how many bytes; files go to the trash (send2trash) or to a folder
the user picks, never deleted. The window has its own worker thread and Engine (`duplicate_tasks`), so a long
first scan makes neither searching nor indexing wait.

Each group says what it is (copies, a burst, similar shots) and its keeper's card why it was suggested. Bursts can
be shown apart, and "trash extra copies in all groups" never touches a burst. Before the others go, their tags and
keywords are given to the keeper (the confirmation says what; a box turns it off), and "Undo" puts back the last
trash or move where the system trash allows it.
"""

from __future__ import annotations

import os
import threading
from collections.abc import Callable
from typing import TYPE_CHECKING, Any

from photoclip.gui import duplicate_tasks
from photoclip.gui.duplicate_tasks import DuplicatesContext, Outcome, Scan
from photoclip.gui.models.duplicate_groups import (
    GroupEntry,
    GroupListModel,
    MemberListModel,
    group_label,
    human_bytes,
)
from photoclip.gui.qt import (
    QAbstractItemView,
    QCheckBox,
    QCloseEvent,
    QComboBox,
    QDialog,
    QFileDialog,
    QHBoxLayout,
    QItemSelectionModel,
    QKeySequence,
    QLabel,
    QListView,
    QMessageBox,
    QModelIndex,
    QProgressBar,
    QPushButton,
    QShortcut,
    QSize,
    QSlider,
    QSplitter,
    QStackedWidget,
    Qt,
    QVBoxLayout,
    QWidget,
    Signal,
)
from photoclip.gui.tasks import TaskThread
from photoclip.gui.thumbnails import ThumbnailLoader
from photoclip.gui.widgets.duplicate_cards import MemberCards, keeper_reason

if TYPE_CHECKING:
    from photoclip.core.duplicate_merge import Carried, UndoReport
    from photoclip.core.duplicates import DuplicateGroup, DuplicateProgress
    from photoclip.core.engine import SharedModels
    from photoclip.core.thumbnails import ThumbnailCache
    from photoclip.gui.config import AppConfig

# (strength, slider range, default, scale): 'same' counts pHash bits, 'similar' a cosine in hundredths.
SAME_BITS = (0, 20)
SIMILAR_HUNDREDTHS = (80, 99)


class DuplicatesWindow(QDialog):
    libraryChanged = Signal(list)  # photo ids that left the library (trashed or moved)
    scanFinished = Signal()  # a scan ended: found, none found, failed or cancelled
    _progress = Signal(object)  # DuplicateProgress, emitted on the worker thread

    def __init__(self, config: AppConfig, shared_models: SharedModels | None, folders: list[str],
                 folder: str | None = None, parent: QWidget | None = None,
                 trash: Callable[[str], object] | None = None) -> None:
        super().__init__(parent)
        from photoclip.core.duplicates import SIMILAR_THRESHOLD
        from photoclip.core.phash import SAME_THRESHOLD

        self.setWindowTitle(self.tr("Duplicates"))
        self.setModal(False)
        self.setAttribute(Qt.WidgetAttribute.WA_DeleteOnClose, False)
        self.config = config
        self.trash = trash  # None: the system trash (send2trash); tests pass their own
        self.defaults = {"same": SAME_THRESHOLD, "similar": round(SIMILAR_THRESHOLD * 100)}
        self.scan: Scan | None = None
        self.scanning = False
        self.busy = False  # an action is running: no second one until it reports
        self.carried: dict[int, Carried] = {}  # what each grouped photo carries (tags, words), read by the scan
        self._cancel = threading.Event()
        self.loader = ThumbnailLoader(self)
        self.loader.set_size(240)
        self.groups = GroupListModel(self._group_pixmap, self)
        self.members = MemberListModel(self)
        self.loader.ready.connect(self.groups.photo_changed)

        def make_context() -> DuplicatesContext:
            from photoclip.core.engine import Engine

            return DuplicatesContext(Engine(config.library_dir, embedders=shared_models))

        self.thread_: TaskThread[DuplicatesContext] = TaskThread("photoclip-duplicates", make_context,
                                                                 lambda ctx: ctx.engine.close(), self)
        self.thread_.started_up.connect(self._started_up, Qt.ConnectionType.QueuedConnection)
        self.thread_.error.connect(self._show_error)
        self._progress.connect(self._on_progress, Qt.ConnectionType.QueuedConnection)
        self._build(folders, folder)
        self.resize(1180, 760)
        self.thread_.start()

    # -- building -----------------------------------------------------------------------------------------

    def _build(self, folders: list[str], folder: str | None) -> None:
        lay = QVBoxLayout(self)
        bar = QHBoxLayout()
        self.strength = QComboBox()
        self.strength.setAccessibleName(self.tr("What counts as a duplicate"))
        for key, text, tip in (
            ("same", self.tr("Same picture"),
             self.tr("Copies re-saved, resized, converted to another format or slightly cropped")),
            ("identical", self.tr("Identical files"), self.tr("Files with exactly the same bytes")),
            ("similar", self.tr("Similar shots"),
             self.tr("Near-identical photos, such as a burst of the same moment")),
        ):
            self.strength.addItem(text, key)
            self.strength.setItemData(self.strength.count() - 1, tip, Qt.ItemDataRole.ToolTipRole)
        self.threshold = QSlider(Qt.Orientation.Horizontal)
        self.threshold.setMinimumWidth(160)
        self.threshold.setAccessibleName(self.tr("Strictness"))
        self.threshold_label = QLabel()
        self.threshold_label.setMinimumWidth(150)
        self.scope = QComboBox()
        self.scope.setAccessibleName(self.tr("Where to look"))
        self.scope.addItem(self.tr("The whole library"), None)
        for path in folders:
            self.scope.addItem(path, path)
        if folder is not None and folder in folders:
            self.scope.setCurrentIndex(folders.index(folder) + 1)
        self.find_button = QPushButton(self.tr("Find"))
        self.find_button.setDefault(False)
        self.find_button.setAutoDefault(False)
        bar.addWidget(QLabel(self.tr("Find")))
        bar.addWidget(self.strength)
        bar.addWidget(self.threshold)
        bar.addWidget(self.threshold_label)
        bar.addWidget(QLabel(self.tr("in")))
        bar.addWidget(self.scope, 1)
        bar.addWidget(self.find_button)
        lay.addLayout(bar)

        progress_row = QHBoxLayout()
        self.progress = QProgressBar()
        self.progress.setTextVisible(True)
        self.cancel_button = QPushButton(self.tr("Stop"))
        self.cancel_button.setAutoDefault(False)
        progress_row.addWidget(self.progress, 1)
        progress_row.addWidget(self.cancel_button)
        self.progress_box = QWidget()
        self.progress_box.setLayout(progress_row)
        self.progress_box.hide()
        lay.addWidget(self.progress_box)

        self.splitter = QSplitter(Qt.Orientation.Horizontal)
        self.group_list = QListView()
        self.group_list.setObjectName("duplicateGroups")
        self.group_list.setModel(self.groups)
        self.group_list.setIconSize(QSize(56, 56))
        self.group_list.setSpacing(2)
        self.group_list.setUniformItemSizes(True)
        self.group_list.setSelectionMode(QAbstractItemView.SelectionMode.SingleSelection)
        self.group_list.setAccessibleName(self.tr("Duplicate groups"))
        self.splitter.addWidget(self.group_list)

        right = QWidget()
        rlay = QVBoxLayout(right)
        rlay.setContentsMargins(0, 0, 0, 0)
        self.group_title = QLabel()
        self.group_title.setWordWrap(True)
        rlay.addWidget(self.group_title)
        self.pages = QStackedWidget()
        self.cards = MemberCards(self.members, self.loader)
        self.cards.setAccessibleName(self.tr("Photos of this group"))
        self.message = QLabel()
        self.message.setAlignment(Qt.AlignmentFlag.AlignCenter)
        self.message.setWordWrap(True)
        self.pages.addWidget(self.cards)
        self.pages.addWidget(self.message)
        rlay.addWidget(self.pages, 1)
        actions = QHBoxLayout()
        self.keep_button = QPushButton(self.tr("Keep this one"))
        self.keep_button.setToolTip(self.tr("Keep the chosen photo instead (Space)"))
        self.not_dup_button = QPushButton(self.tr("Not duplicates"))
        self.not_dup_button.setToolTip(self.tr("These photos are not duplicates; never show them as a group again "
                                               "(N)"))
        self.move_button = QPushButton(self.tr("Move others…"))
        self.move_button.setToolTip(self.tr("Move every photo but the one to keep into a folder you choose (M)"))
        self.trash_button = QPushButton(self.tr("Move others to trash…"))
        self.trash_button.setToolTip(self.tr("Send every photo but the one to keep to the trash (Delete)"))
        for b in (self.keep_button, self.not_dup_button, self.move_button, self.trash_button):
            b.setAutoDefault(False)
        actions.addWidget(self.keep_button)
        actions.addWidget(self.not_dup_button)
        actions.addStretch(1)
        actions.addWidget(self.move_button)
        actions.addWidget(self.trash_button)
        rlay.addLayout(actions)
        self.splitter.addWidget(right)
        self.splitter.setStretchFactor(1, 1)
        self.splitter.setSizes([260, 900])
        lay.addWidget(self.splitter, 1)

        foot = QHBoxLayout()
        self.summary = QLabel()
        self.hint = QLabel(self.tr("←/→ choose a photo · Space keep it · Delete trash the others · M move them · "
                                   "N not duplicates · Page Up/Down other groups"))
        self.hint.setObjectName("muted")
        self.trash_all_button = QPushButton(self.tr("Trash extra copies in all groups…"))
        self.trash_all_button.setToolTip(self.tr("Bursts are left alone: review them one by one"))
        self.trash_all_button.setAutoDefault(False)
        self.show_kind = QComboBox()
        self.show_kind.setAccessibleName(self.tr("Which groups to show"))
        self.show_kind.addItem(self.tr("All groups"), None)
        self.show_kind.addItem(self.tr("Copies and similar shots"), "copies")
        self.show_kind.addItem(self.tr("Bursts"), "burst")
        self.merge_box = QCheckBox(self.tr("Give the keeper the others' tags and keywords"))
        self.merge_box.setChecked(True)
        self.merge_box.setToolTip(self.tr("Also their rating, location and date taken, when the keeper has none"))
        self.undo_button = QPushButton(self.tr("Undo last"))
        self.undo_button.setToolTip(self.tr("Put back the photos the last trash or move sent away, and the keeper's "
                                            "tags as they were"))
        self.undo_button.setAutoDefault(False)
        foot.addWidget(self.summary)
        foot.addStretch(1)
        foot.addWidget(self.hint)
        foot.addWidget(self.show_kind)
        foot.addWidget(self.merge_box)
        foot.addWidget(self.undo_button)
        foot.addWidget(self.trash_all_button)
        lay.addLayout(foot)

        self.strength.currentIndexChanged.connect(self._strength_changed)
        self.threshold.valueChanged.connect(self._threshold_changed)
        self.find_button.clicked.connect(self.find)
        self.cancel_button.clicked.connect(self.cancel_scan)
        self.group_list.selectionModel().currentChanged.connect(self._group_changed)
        self.cards.doubleClicked.connect(lambda _i: self.keep_current())
        self.keep_button.clicked.connect(self.keep_current)
        self.not_dup_button.clicked.connect(self.not_duplicates)
        self.move_button.clicked.connect(self.move_others)
        self.trash_button.clicked.connect(self.trash_others)
        self.trash_all_button.clicked.connect(self.trash_all)
        self.undo_button.clicked.connect(self.undo_last)
        self.show_kind.currentIndexChanged.connect(self._kind_changed)
        for keys, slot in (
            (("Space", "Return", "Enter"), self.keep_current),
            (("Delete", "Backspace"), self.trash_others),
            (("M",), self.move_others),
            (("N",), self.not_duplicates),
            (("PgDown", "J", "Ctrl+Down"), lambda: self.step_group(1)),
            (("PgUp", "K", "Ctrl+Up"), lambda: self.step_group(-1)),
        ):
            for key in keys:
                QShortcut(QKeySequence(key), self, slot)
        self._strength_changed()
        self._update_actions()

    # -- scanning -----------------------------------------------------------------------------------------

    def _started_up(self, context: object) -> None:
        if isinstance(context, BaseException):
            self._show_message(self.tr("The library cannot be opened: {0}").format(context))
            return
        assert isinstance(context, DuplicatesContext)
        cache: ThumbnailCache = context.engine.thumbnails
        self.loader.set_cache(cache)
        self.find()

    def _strength_changed(self) -> None:
        key = self.strength.currentData()
        self.threshold.blockSignals(True)
        if key == "same":
            self.threshold.setRange(*SAME_BITS)
            self.threshold.setValue(self.defaults["same"])
        elif key == "similar":
            self.threshold.setRange(*SIMILAR_HUNDREDTHS)
            self.threshold.setValue(self.defaults["similar"])
        self.threshold.blockSignals(False)
        self.threshold.setEnabled(key != "identical")
        self._threshold_changed()

    def _threshold_changed(self) -> None:
        key = self.strength.currentData()
        v = self.threshold.value()
        if key == "same":
            text = self.tr("up to %n bit(s) apart", None, v)
            tip = self.tr("Perceptual-hash distance: 0 finds only near-exact copies, higher finds more edited "
                          "copies and risks unrelated look-alikes")
        elif key == "similar":
            text = self.tr("similarity ≥ {0:.2f}").format(v / 100)
            tip = self.tr("CLIP similarity: higher finds only near-identical shots, lower finds broader look-alikes")
        else:
            text, tip = self.tr("same bytes"), ""
        self.threshold_label.setText(text)
        self.threshold.setToolTip(tip)

    def current_scan(self) -> Scan:
        key = self.strength.currentData()
        v = self.threshold.value()
        threshold: float | None = None
        if key == "same" and v != self.defaults["same"]:
            threshold = v
        elif key == "similar" and v != self.defaults["similar"]:
            threshold = v / 100
        return Scan(key, threshold, self.scope.currentData())

    def find(self) -> None:
        if self.scanning:
            return
        scan = self.current_scan()
        self.scan = scan
        self.scanning = True
        self._cancel = threading.Event()
        cancel = self._cancel
        self.groups.set_groups([])
        self.members.set_entry(None)
        self.progress.setRange(0, 0)
        self.progress.setFormat(self.tr("Looking for duplicates…"))
        self.progress_box.show()
        self._show_message(self.tr("Looking for duplicates…"))
        self._update_actions()
        self.thread_.submit(lambda ctx: duplicate_tasks.find_with_carried(ctx, scan, self._progress.emit, cancel),
                            self._found, self._scan_failed)

    def cancel_scan(self) -> None:
        self._cancel.set()

    def _on_progress(self, p: DuplicateProgress) -> None:
        if not self.scanning:
            return
        self.progress.setRange(0, max(p.total, 1))
        self.progress.setValue(p.done)
        if p.stage == "hashing":
            self.progress.setFormat(self.tr("Reading photos indexed before duplicates were looked for: %v of %m"))
        else:
            self.progress.setFormat(self.tr("Comparing photos: %v of %m"))

    def _found(self, found: tuple[list[DuplicateGroup], dict[int, Carried]]) -> None:
        groups, self.carried = found
        self.scanning = False
        self.progress_box.hide()
        self.groups.set_groups(groups)
        if groups:
            self._select_row(0)
            self.cards.setFocus()
        else:
            self._show_message(self.tr("No duplicates found."))
        self._update_actions()
        self.scanFinished.emit()

    def _scan_failed(self, e: BaseException) -> None:
        from photoclip.core.duplicates import DuplicateScanCancelled

        self.scanning = False
        self.progress_box.hide()
        if isinstance(e, DuplicateScanCancelled):
            self._show_message(self.tr("Stopped. Photos read so far need not be read again next time."))
        else:
            self._show_message(self.tr("Finding duplicates did not work: {0}").format(e))
        self._update_actions()
        self.scanFinished.emit()

    # -- reviewing ----------------------------------------------------------------------------------------

    def current_entry(self) -> GroupEntry | None:
        return self.groups.entry(self.group_list.currentIndex().row())

    def _select_row(self, row: int) -> None:
        if self.groups.rowCount() == 0:
            self.members.set_entry(None)
            self._show_message(self.tr("Every group has been dealt with."))
            self._update_actions()
            return
        row = max(0, min(row, self.groups.rowCount() - 1))
        self.group_list.selectionModel().setCurrentIndex(self.groups.index(row),
                                                         QItemSelectionModel.SelectionFlag.ClearAndSelect)
        self._group_changed(self.groups.index(row), QModelIndex())

    def _group_changed(self, current: QModelIndex, _previous: QModelIndex) -> None:
        e = self.groups.entry(current.row())
        if e is self.members.entry:
            return
        self.members.set_entry(e)
        if e is None:
            return
        self.pages.setCurrentWidget(self.cards)
        row = self.members.row_of(e.keeper_id) or 0
        self.cards.selectionModel().setCurrentIndex(self.members.index(row),
                                                    QItemSelectionModel.SelectionFlag.ClearAndSelect)
        self._update_actions()

    def _kind_changed(self) -> None:
        self.members.set_entry(None)
        self.groups.show_kind(self.show_kind.currentData())
        if self.groups.rowCount():
            self._select_row(0)
        elif not self.scanning:
            self._show_message(self.tr("No groups of this kind."))
        self._update_actions()

    def step_group(self, step: int) -> None:
        if self.groups.rowCount():
            self._select_row(self.group_list.currentIndex().row() + step)

    def keep_current(self) -> None:
        e = self.current_entry()
        p = self.members.member(self.cards.currentIndex().row())
        if e is None or p is None or self.busy:
            return
        e.keeper_id = p.id
        self.members.refresh()
        self.groups.changed(e)
        self._update_actions()

    def _show_message(self, text: str) -> None:
        self.message.setText(text)
        self.pages.setCurrentWidget(self.message)
        self.group_title.setText("")

    def _update_actions(self) -> None:
        e = self.current_entry()
        has = e is not None and not self.busy and not self.scanning
        can_act = has and bool(e and e.others)
        for b in (self.move_button, self.trash_button):
            b.setEnabled(can_act)
        self.not_dup_button.setEnabled(has)
        self.keep_button.setEnabled(has)
        self.find_button.setEnabled(not self.scanning and not self.busy)
        entries = self.groups.entries
        extra = sum(len(x.others) for x in entries)
        self.trash_all_button.setEnabled(any(x.others and x.group.kind != "burst" for x in entries)
                                         and not self.busy and not self.scanning)
        self.undo_button.setEnabled(not self.busy and not self.scanning)
        if self.scanning:
            self.summary.setText("")
        else:
            self.summary.setText(self.tr("%n group(s)", None, len(entries)) + " · " +
                                 self.tr("%n extra photo(s)", None, extra) + " · " +
                                 human_bytes(sum(x.reclaimable for x in entries)))
        if e is not None:
            self.trash_button.setText(self.tr("Move %n to trash…", None, len(e.others)))
            self.group_title.setText(self._title(e))

    def _title(self, e: GroupEntry) -> str:
        g = e.group
        row = self.groups.row_of(e)
        n = (row or 0) + 1
        if g.strength == "identical":
            why = self.tr("identical files")
        elif g.strength == "same":
            why = self.tr("the same picture (at most %n bit(s) apart)", None, g.evidence.get("max_distance", 0))
        else:
            why = self.tr("similar shots (similarity at least {0:.3f})").format(g.evidence.get("min_similarity", 0))
        keeper = e.keeper.path.replace("\\", "/").rsplit("/", 1)[-1]
        return self.tr("Group {0} of {1}, {2}: {3}. Keeping “{4}” ({5}).").format(
            n, self.groups.rowCount(), group_label(e), why, keeper, keeper_reason(e))

    def _group_pixmap(self, p: Any) -> object:
        return self.loader.pixmap(p.id, p.path, p.mtime_ns)

    # -- acting -------------------------------------------------------------------------------------------

    def confirm(self, title: str, text: str, informative: str, action: str) -> bool:
        box = QMessageBox(QMessageBox.Icon.Question, title, text, QMessageBox.StandardButton.NoButton, self)
        box.setInformativeText(informative)
        yes = box.addButton(action, QMessageBox.ButtonRole.AcceptRole)
        box.addButton(QMessageBox.StandardButton.Cancel)
        box.setDefaultButton(yes)
        box.exec()
        return box.clickedButton() is yes

    def trash_others(self) -> None:
        e = self.current_entry()
        if e is None or not e.others or self.busy or self.scanning:
            return
        n, size = len(e.others), human_bytes(e.reclaimable)
        name = e.keeper.path.replace("\\", "/").rsplit("/", 1)[-1]
        if self.confirm(self.tr("Move to trash"),
                        self.tr("Move %n photo(s) (%1) to the trash?", None, n).replace("%1", size),
                        self.tr("Keeping “{0}”. You can restore them from the trash.").format(name) +
                        self._merge_note([e]) + self._sidecar_note([e]),
                        self.tr("Move to Trash")):
            self._act([e], "trash")

    def trash_all(self) -> None:
        # A burst is several photos the user may want, not copies: it is only ever acted on one at a time.
        bursts = [e for e in self.groups.pool if e.others and e.group.kind == "burst"]
        entries = [e for e in self.groups.entries if e.others and e.group.kind != "burst"]
        if not entries or self.busy or self.scanning:
            return
        n = sum(len(e.others) for e in entries)
        size = human_bytes(sum(e.reclaimable for e in entries))
        note = (" " + self.tr("Bursts left alone: %n.", None, len(bursts))) if bursts else ""
        if self.confirm(self.tr("Move to trash"),
                        self.tr("Move %n photo(s) (%1) to the trash?", None, n).replace("%1", size),
                        self.tr("From %n group(s); each keeps the photo marked “Keep”. You can restore them from "
                                "the trash.", None, len(entries)) + note + self._merge_note(entries) +
                        self._sidecar_note(entries),
                        self.tr("Move to Trash")):
            self._act(entries, "trash")

    def _merge_note(self, entries: list[GroupEntry]) -> str:
        """What the keepers will receive from the photos that go, as a sentence (empty when nothing)."""
        from photoclip.core.duplicate_merge import count, plan_from

        if not self.merge_box.isChecked():
            return ""
        n = count([m for e in entries for m in plan_from(self.carried, e.keeper, e.others)])
        if n.empty:
            return ""
        parts = ([self.tr("%n tag decision(s)", None, n.tags)] if n.tags else []) + (
            [self.tr("%n keyword(s), title(s) or description(s)", None, n.words)] if n.words else []) + (
            [self.tr("a rating") if n.ratings == 1 else self.tr("%n rating(s)", None, n.ratings)]
            if n.ratings else []) + (
            [self.tr("a location") if n.places == 1 else self.tr("%n location(s)", None, n.places)]
            if n.places else []) + (
            [self.tr("a date taken") if n.dates == 1 else self.tr("%n date(s) taken", None, n.dates)]
            if n.dates else [])
        return " " + self.tr("Before they go, the keeper receives {0}.").format(self.tr(", ").join(parts))

    def _sidecar_note(self, entries: list[GroupEntry]) -> str:
        """Which XMP sidecars go with the photos, and which stay because another file uses them (empty when none)."""
        from photoclip.core.duplicate_actions import leaving, sidecar_plan

        plan = sidecar_plan(path for e in entries for path in leaving(None, e.group, e.keeper_id))
        going = sum(len(sc.go) for sc in plan.values())
        text = (" " + self.tr("%n XMP sidecar file(s) will go with them.", None, going)) if going else ""
        for sc in plan.values():
            for sidecar, user in sc.stay:
                text += " " + self.tr("“{0}” stays: “{1}” uses it too.").format(
                    os.path.basename(sidecar), os.path.basename(user))
        return text

    def undo_last(self) -> None:
        if self.busy or self.scanning:
            return
        self.busy = True
        self._update_actions()
        self.thread_.submit(duplicate_tasks.undo, self._undone, self._action_failed)

    def _undone(self, report: UndoReport) -> None:
        self.busy = False
        if not report.restored and not report.failed:
            text = self.tr("Nothing to undo.")
        else:
            text = self.tr("Put back %n photo(s); they return to the library at the next index.", None,
                           len(report.restored))
            for path, why in report.failed:
                text += " " + self.tr("“{0}” could not be put back: {1}").format(path, why)
            for path, put in report.renamed:
                text += " " + self.tr("“{0}” was put back as “{1}”: a file of that name is there again.").format(
                    path, put)
        self._update_actions()
        self.summary.setText(text + "  " + self.summary.text())
        self.summary.setToolTip(text)

    def move_others(self) -> None:
        e = self.current_entry()
        if e is None or not e.others or self.busy or self.scanning:
            return
        dest = QFileDialog.getExistingDirectory(self, self.tr("Move the other copies to"))
        if not dest:
            return
        n, size = len(e.others), human_bytes(e.reclaimable)
        if self.confirm(self.tr("Move photos"),
                        self.tr("Move %n photo(s) (%1) into “%2”?", None, n).replace("%1", size).replace("%2", dest),
                        self.tr("Files already there are never overwritten; the moved photos leave the library.") +
                        self._merge_note([e]) + self._sidecar_note([e]),
                        self.tr("Move")):
            self._act([e], "move", dest)

    def not_duplicates(self) -> None:
        e = self.current_entry()
        if e is None or self.busy or self.scanning:
            return
        self.busy = True
        self._update_actions()
        group = e.group

        def done(_none: object) -> None:
            self.busy = False
            row = self.groups.row_of(e) or 0
            self.groups.remove(e)
            self._select_row(row)
            self._update_actions()

        self.thread_.submit(lambda ctx: duplicate_tasks.dismiss(ctx, group), done, self._action_failed)

    def _act(self, entries: list[GroupEntry], action: str, dest: str | None = None) -> None:
        self.busy = True
        self._update_actions()
        work = [(e.group, e.keeper_id) for e in entries]
        trash, merge = self.trash, self.merge_box.isChecked()
        self.thread_.submit(lambda ctx: duplicate_tasks.act(ctx, work, action, dest, trash, merge),
                            lambda out: self._acted(entries, out), self._action_failed)

    def _acted(self, entries: list[GroupEntry], out: Outcome) -> None:
        self.busy = False
        current = self.current_entry()
        row = self.groups.row_of(current) if current is not None else 0
        by_group = {id(g): r for g, r in out.reports}
        for e in entries:
            report = by_group.get(id(e.group))
            if report is None:
                continue
            e.drop({p.id for p, _new in report.done})
            e.skipped = {pid: why for pid, why in
                         ((_id_of(e, path), why) for path, why in report.skipped) if pid is not None}
            if len(e.members) < 2 or not e.skipped:
                self.groups.remove(e)
            else:
                self.groups.changed(e)
        if out.removed_ids:
            self.libraryChanged.emit(out.removed_ids)
        verb = self.tr("Moved") if any(new for _g, r in out.reports for _p, new in r.done) else self.tr("Trashed")
        text = self.tr("{0} %n photo(s), {1}.", None, out.files).format(verb, human_bytes(out.bytes))
        if out.skipped:
            text += " " + self.tr("%n left alone (see the cards for why).", None, len(out.skipped))
        if out.error:
            text += " " + out.error
        self.summary.setToolTip(text)
        self.members.set_entry(None)
        self._select_row(row or 0)
        self._update_actions()
        self.summary.setText(text + "  " + self.summary.text())

    def _action_failed(self, e: BaseException) -> None:
        self.busy = False
        self._update_actions()
        self._show_error(str(e) or type(e).__name__)

    def _show_error(self, text: str) -> None:
        QMessageBox.warning(self, self.tr("Duplicates"), text)

    # -- closing ------------------------------------------------------------------------------------------

    def closeEvent(self, e: QCloseEvent) -> None:
        # Closing only hides the window (the app keeps it for next time); a scan in progress has no one to
        # report to, so it stops. The thread ends with the app (`shutdown`).
        self._cancel.set()
        super().closeEvent(e)

    def reject(self) -> None:  # Esc
        self._cancel.set()
        super().reject()

    def shutdown(self) -> None:
        self._cancel.set()
        self.thread_.stop()
        if self.thread_.isRunning():
            self.thread_.wait(60_000)
        self.loader.shutdown()


def _id_of(e: GroupEntry, path: str) -> int | None:
    for p in e.members:
        if p.path == path:
            return p.id
    return None
