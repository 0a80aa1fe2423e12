"""The tag panel under the folders: each label set with its labels and how many photos each tags.

Choosing a label filters the grid to its photos (together with the search, folder and dates); choosing it again,
or "Show all", clears the filter. Buttons open the label-set editor and the per-label scores.
"""

from __future__ import annotations

from photoclip.gui.qt import (
    QAbstractItemView,
    QFrame,
    QHBoxLayout,
    QHeaderView,
    QKeySequence,
    QLabel,
    QLocale,
    QShortcut,
    Qt,
    QToolButton,
    QTreeWidget,
    QTreeWidgetItem,
    QVBoxLayout,
    QWidget,
    Signal,
)
from photoclip.gui.tags import TagOverview

LABEL_ROLE = Qt.ItemDataRole.UserRole
SET_ROLE = Qt.ItemDataRole.UserRole + 1


class TagPanel(QFrame):
    tagChosen = Signal(object)  # a label id, or None for no tag filter
    editRequested = Signal()
    exportRequested = Signal()  # write the tags into XMP sidecars
    scoresRequested = Signal(object, object)  # set id, label id (or None)

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("sidebarFrame")
        self._chosen: int | None = None
        self._filling = False
        lay = QVBoxLayout(self)
        lay.setContentsMargins(0, 4, 0, 8)
        lay.setSpacing(4)
        head = QHBoxLayout()
        head.setContentsMargins(14, 0, 8, 0)
        self.title = QLabel(self.tr("TAGS"))
        self.title.setObjectName("sectionTitle")
        head.addWidget(self.title)
        head.addStretch(1)
        self.clear_button = QToolButton()
        self.clear_button.setText(self.tr("Show all"))
        self.clear_button.setToolTip(self.tr("Stop filtering by tag"))
        self.clear_button.clicked.connect(lambda: self.choose(None))
        self.scores_button = QToolButton()
        self.scores_button.setText(self.tr("Scores…"))
        self.scores_button.setToolTip(self.tr("A label's photos by score, with a threshold to try"))
        self.scores_button.clicked.connect(self._scores_clicked)
        self.edit_button = QToolButton()
        self.edit_button.setText(self.tr("Edit…"))
        self.edit_button.setToolTip(self.tr("Create and edit label sets, and apply them (Ctrl+Shift+T)"))
        self.edit_button.clicked.connect(self.editRequested)
        self.export_button = QToolButton()
        self.export_button.setText(self.tr("Export…"))
        self.export_button.setToolTip(self.tr("Write the tags as keywords into XMP sidecar files that digiKam, "
                                              "Lightroom and others read; the photos themselves are not changed"))
        self.export_button.clicked.connect(self.exportRequested)
        for b in (self.clear_button, self.scores_button, self.export_button, self.edit_button):
            head.addWidget(b)
        lay.addLayout(head)

        self.tree = QTreeWidget()
        self.tree.setObjectName("tagTree")
        self.tree.setColumnCount(2)
        self.tree.setHeaderHidden(True)
        self.tree.setRootIsDecorated(True)
        self.tree.setSelectionMode(QAbstractItemView.SelectionMode.SingleSelection)
        self.tree.setAccessibleName(self.tr("Tags"))
        self.tree.header().setStretchLastSection(False)
        self.tree.header().setSectionResizeMode(0, QHeaderView.ResizeMode.Stretch)
        self.tree.header().setSectionResizeMode(1, QHeaderView.ResizeMode.ResizeToContents)
        self.tree.itemActivated.connect(self._activated)
        self.tree.itemClicked.connect(self._activated)
        lay.addWidget(self.tree, 1)
        self.empty = QLabel(self.tr("No label sets yet. “Edit…” creates one: your own words, such as "
                                    "beach, mountains, city."))
        self.empty.setWordWrap(True)
        self.empty.setObjectName("muted")
        self.empty.setContentsMargins(14, 0, 14, 0)
        lay.addWidget(self.empty)
        QShortcut(QKeySequence("Ctrl+Shift+T"), self, self.editRequested.emit,
                  context=Qt.ShortcutContext.WindowShortcut)
        self._update_buttons()

    def chosen_tag(self) -> int | None:
        return self._chosen

    def label_items(self) -> dict[int, QTreeWidgetItem]:
        out = {}
        for i in range(self.tree.topLevelItemCount()):
            top = self.tree.topLevelItem(i)
            for j in range(top.childCount()):
                child = top.child(j)
                out[int(child.data(0, LABEL_ROLE))] = child
        return out

    def chosen_qualified(self) -> str | None:
        """The chosen label as the search's tag filter names it: "Set/Label"."""
        item = self.label_items().get(self._chosen) if self._chosen is not None else None
        parent = item.parent() if item is not None else None
        return f"{parent.text(0)}/{item.text(0)}" if item is not None and parent is not None else None

    def set_overview(self, ov: TagOverview) -> None:
        loc = QLocale()
        self._filling = True
        collapsed = {self.tree.topLevelItem(i).data(0, SET_ROLE) for i in range(self.tree.topLevelItemCount())
                    if not self.tree.topLevelItem(i).isExpanded()}
        self.tree.clear()
        for s in ov.sets:
            top = QTreeWidgetItem([s.name, ""])
            top.setData(0, SET_ROLE, s.id)
            top.setFlags(Qt.ItemFlag.ItemIsEnabled)
            single = s.choice == "single"
            top.setToolTip(0, self.tr("One label per photo") if single else self.tr("Any number of labels"))
            for lab in s.labels:
                n = ov.counts.get(lab.id, 0)
                child = QTreeWidgetItem([lab.name, loc.toString(n)])
                child.setData(0, LABEL_ROLE, lab.id)
                child.setData(0, SET_ROLE, s.id)
                child.setTextAlignment(1, Qt.AlignmentFlag.AlignRight | Qt.AlignmentFlag.AlignVCenter)
                child.setToolTip(0, self.tr("%n photo(s) tagged “{0}”; click to show them", "", n).format(lab.name))
                top.addChild(child)
            self.tree.addTopLevelItem(top)
            top.setExpanded(s.id not in collapsed)
        self.empty.setVisible(not ov.sets)
        self.tree.setVisible(bool(ov.sets))
        item = self.label_items().get(self._chosen) if self._chosen is not None else None
        if item is not None:
            self.tree.setCurrentItem(item)
        self._filling = False
        if self._chosen is not None and item is None:  # the label was removed: stop filtering by it
            self.choose(None)
        self._update_buttons()

    def choose(self, label_id: int | None) -> None:
        if label_id == self._chosen:
            return
        self._chosen = label_id
        item = self.label_items().get(label_id) if label_id is not None else None
        self._filling = True
        if item is not None:
            self.tree.setCurrentItem(item)
        else:
            self.tree.clearSelection()
        self._filling = False
        self._update_buttons()
        self.tagChosen.emit(label_id)

    def _activated(self, item: QTreeWidgetItem, _column: int = 0) -> None:
        if self._filling:
            return
        label_id = item.data(0, LABEL_ROLE)
        if label_id is None:
            return
        self.choose(None if int(label_id) == self._chosen else int(label_id))

    def _scores_clicked(self) -> None:
        item = self.tree.currentItem()
        set_id = item.data(0, SET_ROLE) if item is not None else None
        if set_id is None and self.tree.topLevelItemCount():
            set_id = self.tree.topLevelItem(0).data(0, SET_ROLE)
        if set_id is not None:
            label_id = item.data(0, LABEL_ROLE) if item is not None else None
            self.scoresRequested.emit(int(set_id), None if label_id is None else int(label_id))

    def _update_buttons(self) -> None:
        self.clear_button.setVisible(self._chosen is not None)
        self.scores_button.setEnabled(self.tree.topLevelItemCount() > 0)
