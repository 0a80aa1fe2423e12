"""The bar over the grid: sort order, camera, tag and place filters, what the search kept, and "Show weaker
matches".

Filters can also be typed into the search field (``folder:``, ``camera:``, ``tag:``, ``place:``, ``date:``,
``before:``, ``after:``); the bar offers the same choices for a mouse. The line on the right says how many
photos stood out and where the cut-off was; when a search kept nothing, or left weaker matches out, the button
brings them in.
Every control is reachable with Tab, and the button has Alt+W.
"""

from __future__ import annotations

from collections.abc import Sequence

from photoclip.gui.qt import (
    QComboBox,
    QFrame,
    QHBoxLayout,
    QLabel,
    QPushButton,
    Qt,
    QWidget,
    Signal,
)

_ANY = ""


class FilterBar(QFrame):
    changed = Signal()  # sort, camera, tag, place or "show weaker" changed

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("filterbar")
        lay = QHBoxLayout(self)
        lay.setContentsMargins(10, 4, 10, 4)
        lay.setSpacing(8)

        self.sort = QComboBox()
        self.sort.setAccessibleName(self.tr("Sort"))
        for key, text in (("relevance", self.tr("Best match first")), ("newest", self.tr("Newest first")),
                          ("oldest", self.tr("Oldest first"))):
            self.sort.addItem(text, key)
        self.sort.setToolTip(self.tr("Order of the results; a search keeps only its matches whatever the order"))
        self.camera = QComboBox()
        self.camera.setAccessibleName(self.tr("Camera filter"))
        self.tag = QComboBox()
        self.tag.setAccessibleName(self.tr("Tag filter"))
        self.place = QComboBox()
        self.place.setAccessibleName(self.tr("Place filter"))
        self.place.setToolTip(self.tr("Where the photos were taken, from their GPS positions"))
        for combo in (self.sort, self.camera, self.tag, self.place):
            combo.currentIndexChanged.connect(lambda _i: self.changed.emit())
            lay.addWidget(combo)
        self.set_choices([], [])

        lay.addStretch(1)
        self.info = QLabel()
        self.info.setObjectName("muted")
        lay.addWidget(self.info)
        self.weaker = QPushButton(self.tr("Show &weaker matches"))
        self.weaker.setCheckable(True)
        self.weaker.setToolTip(self.tr("Also list the photos below the cut-off, ranked"))
        self.weaker.toggled.connect(self._weaker_toggled)
        self.weaker.hide()
        lay.addWidget(self.weaker)

    # -- what the window asks -----------------------------------------------------------------------------

    def sort_key(self) -> str:
        return str(self.sort.currentData() or "relevance")

    def camera_choice(self) -> str | None:
        return self.camera.currentData() or None

    def tag_choice(self) -> str | None:
        return self.tag.currentData() or None

    def place_choice(self) -> str | None:
        return self.place.currentData() or None

    def show_weaker(self) -> bool:
        return self.weaker.isChecked()

    def set_sort(self, key: str) -> None:
        self.sort.setCurrentIndex(max(0, self.sort.findData(key)))

    def set_camera(self, name: str | None) -> None:
        self.camera.setCurrentIndex(max(0, self.camera.findData(name or _ANY)))

    def set_tag(self, qualified: str | None) -> None:
        if qualified and self.tag.findData(qualified) < 0:  # tagged since the choices were last filled
            self.tag.addItem(qualified, qualified)
        self.tag.setVisible(self.tag.count() > 1)
        self.tag.setCurrentIndex(max(0, self.tag.findData(qualified or _ANY)))

    def reset_weaker(self) -> None:
        """A new search starts from its matches only."""
        if self.weaker.isChecked():
            self.weaker.blockSignals(True)
            self.weaker.setChecked(False)
            self.weaker.setText(self.tr("Show &weaker matches"))
            self.weaker.blockSignals(False)

    # -- what the library offers --------------------------------------------------------------------------

    def set_place(self, label: str | None) -> None:
        self.place.setCurrentIndex(max(0, self.place.findData(label or _ANY)))

    def set_choices(self, cameras: list[tuple[str, int]], tags: list[tuple[str, str, int]],
                    places: Sequence[tuple[str, int]] = ()) -> None:
        """Fill the camera, tag and place lists, keeping the current choices (even one no photo has any more)."""
        self._fill(self.camera, self.tr("Any camera"), [(name, f"{name} ({n})", name) for name, n in cameras])
        labels = [label for _q, label, _n in tags]
        self._fill(self.tag, self.tr("Any tag"), [
            (q, f"{q if labels.count(label) > 1 else label} ({n})", q) for q, label, n in tags])
        self._fill(self.place, self.tr("Any place"), [(name, f"{name} ({n})", name) for name, n in places])
        self.camera.setVisible(self.camera.count() > 1 or self.camera.currentIndex() > 0)
        self.place.setVisible(self.place.count() > 1 or self.place.currentIndex() > 0)
        self.tag.setVisible(self.tag.count() > 1 or self.tag.currentIndex() > 0)

    def _fill(self, combo: QComboBox, any_text: str, items: list[tuple[str, str, str]]) -> None:
        keep = combo.currentData() or _ANY
        combo.blockSignals(True)
        combo.clear()
        combo.addItem(any_text, _ANY)
        for key, text, tip in items:
            combo.addItem(text, key)
            combo.setItemData(combo.count() - 1, tip, Qt.ItemDataRole.ToolTipRole)
        if keep and combo.findData(keep) < 0:
            combo.addItem(keep, keep)
        combo.setCurrentIndex(max(0, combo.findData(keep)))
        combo.blockSignals(False)

    # -- what the search kept -----------------------------------------------------------------------------

    def show_outcome(self, is_search: bool, matches: int, weaker: int, cutoff_text: str) -> None:
        """The line on the right and the button: only a search with a judged cut-off has weaker matches."""
        if not is_search:
            self.info.setText("")
            self.info.setToolTip("")
            self.weaker.setVisible(False)
            return
        self.info.setToolTip(cutoff_text)
        if self.weaker.isChecked():
            self.info.setText(self.tr("%n match(es) and the weaker ones below the cut-off", None, matches))
        elif weaker:
            self.info.setText(self.tr("%n weaker match(es) hidden", None, weaker))
        else:
            self.info.setText("")
        self.weaker.setVisible(weaker > 0 or self.weaker.isChecked())

    def _weaker_toggled(self, on: bool) -> None:
        self.weaker.setText(self.tr("Hide &weaker matches") if on else self.tr("Show &weaker matches"))
        self.changed.emit()
