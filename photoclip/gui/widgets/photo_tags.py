"""A photo's tags in the viewer: each label the machine scored or the user decided on, with its score; accept,
reject or forget a decision, and add a tag by hand. Decisions are written on the index thread (the library's one
writer) and never overwritten by re-tagging."""

from __future__ import annotations

from photoclip.core.tag_store import LabelSet, PhotoTag
from photoclip.gui.bridge import Bridge
from photoclip.gui.qt import (
    QAbstractItemView,
    QComboBox,
    QHBoxLayout,
    QHeaderView,
    QLabel,
    QPushButton,
    Qt,
    QTreeWidget,
    QTreeWidgetItem,
    QVBoxLayout,
    QWidget,
    qt_alive,
)

LABEL_ROLE = Qt.ItemDataRole.UserRole


class PhotoTagsPanel(QWidget):
    def __init__(self, bridge: Bridge, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.bridge = bridge
        self.photo_id: int | None = None
        self.tags: list[PhotoTag] = []
        lay = QVBoxLayout(self)
        lay.setContentsMargins(0, 0, 0, 0)
        title = QLabel(self.tr("Tags"))
        title.setObjectName("sectionTitle")
        lay.addWidget(title)
        self.list = QTreeWidget()
        self.list.setColumnCount(3)
        self.list.setHeaderLabels([self.tr("Tag"), self.tr("Score"), ""])
        self.list.setRootIsDecorated(False)
        self.list.setAccessibleName(self.tr("Tags of this photo"))
        self.list.setSelectionMode(QAbstractItemView.SelectionMode.SingleSelection)
        self.list.header().setSectionResizeMode(0, QHeaderView.ResizeMode.Stretch)
        self.list.header().setSectionResizeMode(1, QHeaderView.ResizeMode.ResizeToContents)
        self.list.header().setSectionResizeMode(2, QHeaderView.ResizeMode.ResizeToContents)
        self.list.currentItemChanged.connect(lambda *_: self._update_buttons())
        lay.addWidget(self.list, 1)
        row = QHBoxLayout()
        self.accept_button = QPushButton(self.tr("Yes"))
        self.accept_button.setToolTip(self.tr("This photo has this tag"))
        self.accept_button.clicked.connect(lambda: self._decide(True))
        self.reject_button = QPushButton(self.tr("No"))
        self.reject_button.setToolTip(self.tr("This photo does not have this tag"))
        self.reject_button.clicked.connect(lambda: self._decide(False))
        self.undo_button = QPushButton(self.tr("Undo"))
        self.undo_button.setToolTip(self.tr("Forget your decision; the machine's suggestion counts again"))
        self.undo_button.clicked.connect(lambda: self._decide(None))
        for b in (self.accept_button, self.reject_button, self.undo_button):
            row.addWidget(b)
        lay.addLayout(row)
        add_row = QHBoxLayout()
        self.add_combo = QComboBox()
        self.add_combo.setAccessibleName(self.tr("Tag to add"))
        self.add_button = QPushButton(self.tr("Add"))
        self.add_button.clicked.connect(self._add)
        add_row.addWidget(self.add_combo, 1)
        add_row.addWidget(self.add_button)
        lay.addLayout(add_row)
        bridge.tagsChanged.connect(self.reload)
        self._update_buttons()

    def show_photo(self, photo_id: int | None) -> None:
        self.photo_id = photo_id
        self.reload()

    def reload(self) -> None:
        if not qt_alive(self):
            return
        if self.photo_id is None:
            self._fill([], [])
            return
        from photoclip.gui import tags

        pid = self.photo_id
        self.bridge.tags_read(lambda engine: tags.photo_tags(engine, pid),
                              lambda result: self._loaded(pid, result), key="viewer-tags")

    def _loaded(self, photo_id: int, result: tuple[list[PhotoTag], list[LabelSet]]) -> None:
        if qt_alive(self) and photo_id == self.photo_id:
            self._fill(*result)

    def _fill(self, tags: list[PhotoTag], sets: list[LabelSet]) -> None:
        current = self.list.currentItem()
        keep = current.data(0, LABEL_ROLE) if current is not None else None
        self.tags = tags
        self.list.clear()
        for t in tags:
            state = {True: self.tr("yours"), False: self.tr("rejected"),
                     None: self.tr("suggested") if t.suggested else ""}[t.decision]
            item = QTreeWidgetItem([f"{t.set_name}: {t.label}", "" if t.score is None else f"{t.score:.3f}", state])
            item.setData(0, LABEL_ROLE, t.label_id)
            font = item.font(0)
            font.setBold(t.tagged)
            font.setStrikeOut(t.decision is False)
            item.setFont(0, font)
            item.setTextAlignment(1, Qt.AlignmentFlag.AlignRight | Qt.AlignmentFlag.AlignVCenter)
            self.list.addTopLevelItem(item)
            if t.label_id == keep:
                self.list.setCurrentItem(item)
        tagged = {t.label_id for t in tags if t.tagged}
        self.add_combo.clear()
        for s in sets:
            for lab in s.labels:
                if lab.id not in tagged:
                    self.add_combo.addItem(f"{s.name}: {lab.name}", lab.id)
        self._update_buttons()

    def _update_buttons(self) -> None:
        item = self.list.currentItem()
        tag = next((t for t in self.tags if item is not None and t.label_id == item.data(0, LABEL_ROLE)), None)
        self.accept_button.setEnabled(tag is not None and tag.decision is not True)
        self.reject_button.setEnabled(tag is not None and tag.decision is not False)
        self.undo_button.setEnabled(tag is not None and tag.decision is not None)
        self.add_button.setEnabled(self.photo_id is not None and self.add_combo.count() > 0)

    def _decide(self, accepted: bool | None) -> None:
        item = self.list.currentItem()
        if item is None or self.photo_id is None:
            return
        self._write(int(item.data(0, LABEL_ROLE)), accepted)

    def _add(self) -> None:
        label_id = self.add_combo.currentData()
        if label_id is not None and self.photo_id is not None:
            self._write(int(label_id), True)

    def _write(self, label_id: int, accepted: bool | None) -> None:
        from photoclip.gui import tags

        pid = self.photo_id
        assert pid is not None
        self.bridge.tags_write(lambda engine: tags.decide(engine, [pid], label_id, accepted))
