"""The bar at the top: the search field (search as you type, debounced), the "like this photo" chip, the
date filter and the settings button.

Typing waits ~250 ms for a pause before it asks for a search, so a fast typist starts one search, not twelve;
Enter searches at once; Esc clears. A photo dropped on the window or chosen with "More like this" shows as a
chip beside the text; text and photo combine into one query.
"""

from __future__ import annotations

from datetime import datetime

from photoclip.gui import icons
from photoclip.gui.qt import (
    QAction,
    QComboBox,
    QDate,
    QDateEdit,
    QFont,
    QFrame,
    QHBoxLayout,
    QKeyEvent,
    QLabel,
    QLineEdit,
    Qt,
    QTimer,
    QToolButton,
    QWidget,
    Signal,
)

DEBOUNCE_MS = 250
_ANY, _CUSTOM = "any", "custom"


class SearchField(QLineEdit):
    escaped = Signal()

    def keyPressEvent(self, e: QKeyEvent) -> None:
        if e.key() == Qt.Key.Key_Escape:
            self.escaped.emit()
            return
        super().keyPressEvent(e)


class SearchBar(QFrame):
    changed = Signal()  # the query or a filter changed (typing already debounced)
    settingsRequested = Signal()
    duplicatesRequested = Signal()

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("topbar")
        self.image_path: str | None = None
        self.like_id: int | None = None
        self._years: list[int] = []
        self._debounce = QTimer(self)
        self._debounce.setSingleShot(True)
        self._debounce.setInterval(DEBOUNCE_MS)
        self._debounce.timeout.connect(self.changed)
        lay = QHBoxLayout(self)
        lay.setContentsMargins(14, 10, 14, 10)
        lay.setSpacing(10)

        self.logo = QLabel()
        self.logo.setPixmap(icons.app_icon().pixmap(28, 28))
        self.brand = QLabel("photoclip")
        brand_font = QFont(self.brand.font())
        brand_font.setPointSizeF(brand_font.pointSizeF() * 1.25)
        brand_font.setWeight(QFont.Weight.Bold)
        self.brand.setFont(brand_font)
        lay.addWidget(self.logo)
        lay.addWidget(self.brand)
        lay.addSpacing(18)

        self.field = SearchField()
        self.field.setObjectName("search")
        self.field.setClearButtonEnabled(True)
        self.field.setPlaceholderText(self.tr("Describe a photo — “kids on a beach at sunset” (Ctrl+F)"))
        self.field.setAccessibleName(self.tr("Search photos"))
        self.field.setMinimumWidth(280)
        self._search_action = QAction(self.field)
        self.field.addAction(self._search_action, QLineEdit.ActionPosition.LeadingPosition)
        lay.addWidget(self.field, 1)

        self.chip = QToolButton()
        self.chip.setObjectName("chip")
        self.chip.setToolButtonStyle(Qt.ToolButtonStyle.ToolButtonTextBesideIcon)
        self.chip.setToolTip(self.tr("Searching for photos like this one; click to stop"))
        self.chip.clicked.connect(self.clear_image)
        self.chip.hide()
        lay.addWidget(self.chip)

        self.date_icon = QLabel()
        lay.addWidget(self.date_icon)
        self.dates = QComboBox()
        self.dates.setAccessibleName(self.tr("Date filter"))
        self.dates.setMinimumContentsLength(10)
        self.dates.currentIndexChanged.connect(self._date_choice_changed)
        lay.addWidget(self.dates)
        self.date_from = QDateEdit()
        self.date_to = QDateEdit()
        for edit, tip in ((self.date_from, self.tr("From (taken on or after)")),
                          (self.date_to, self.tr("To (taken on or before)"))):
            edit.setCalendarPopup(True)
            edit.setDisplayFormat("yyyy-MM-dd")
            edit.setToolTip(tip)
            edit.dateChanged.connect(self._emit_now)
            edit.hide()
            lay.addWidget(edit)
        today = QDate.currentDate()
        self.date_from.setDate(today.addYears(-1))
        self.date_to.setDate(today)

        self.duplicates_button = QToolButton()
        self.duplicates_button.setToolTip(self.tr("Find duplicates (Ctrl+Shift+D)"))
        self.duplicates_button.setAccessibleName(self.tr("Find duplicates"))
        self.duplicates_button.clicked.connect(self.duplicatesRequested)
        lay.addWidget(self.duplicates_button)

        self.settings_button = QToolButton()
        self.settings_button.setToolTip(self.tr("Settings"))
        self.settings_button.setAccessibleName(self.tr("Settings"))
        self.settings_button.clicked.connect(self.settingsRequested)
        lay.addWidget(self.settings_button)

        self.field.textEdited.connect(lambda _t: self._debounce.start())
        self.field.textChanged.connect(self._text_changed)
        self.field.returnPressed.connect(self._emit_now)
        self.field.escaped.connect(self.clear)
        self._fill_dates()
        self.refresh_icons()

    def refresh_icons(self) -> None:
        self._search_action.setIcon(icons.icon("search"))
        self.date_icon.setPixmap(icons.pixmap("calendar", 18))
        self.settings_button.setIcon(icons.icon("sliders"))
        self.duplicates_button.setIcon(icons.icon("copy"))
        self.chip.setIcon(icons.icon("close"))

    # -- the query ----------------------------------------------------------------------------------------

    def text(self) -> str:
        return self.field.text().strip()

    def clear(self) -> None:
        """Esc: clear the text and the photo, back to browsing."""
        changed = bool(self.field.text() or self.image_path or self.like_id is not None)
        self.field.clear()
        self.image_path, self.like_id = None, None
        self.chip.hide()
        if changed:
            self._emit_now()

    def set_image(self, label: str, *, path: str | None = None, photo_id: int | None = None) -> None:
        self.image_path, self.like_id = path, photo_id
        self.chip.setText(self.tr("Like: {0}").format(label))
        self.chip.show()
        self._emit_now()

    def clear_image(self) -> None:
        if self.image_path is None and self.like_id is None:
            return
        self.image_path, self.like_id = None, None
        self.chip.hide()
        self._emit_now()

    def _text_changed(self, text: str) -> None:
        if not text:  # the clear button: no need to wait
            self._emit_now()

    def _emit_now(self) -> None:
        self._debounce.stop()
        self.changed.emit()

    # -- dates --------------------------------------------------------------------------------------------

    def set_years(self, years: list[int]) -> None:
        if years == self._years:
            return
        self._years = years
        self._fill_dates()

    def _fill_dates(self) -> None:
        keep = self.dates.currentData()
        self.dates.blockSignals(True)
        self.dates.clear()
        self.dates.addItem(self.tr("Any date"), _ANY)
        for y in self._years:
            self.dates.addItem(str(y), y)
        self.dates.addItem(self.tr("Custom range…"), _CUSTOM)
        i = self.dates.findData(keep) if keep is not None else 0
        self.dates.setCurrentIndex(max(0, i))
        self.dates.blockSignals(False)
        self._show_custom()

    def _show_custom(self) -> None:
        custom = self.dates.currentData() == _CUSTOM
        self.date_from.setVisible(custom)
        self.date_to.setVisible(custom)

    def _date_choice_changed(self, _i: int) -> None:
        self._show_custom()
        self._emit_now()

    def date_range(self) -> tuple[float | None, float | None]:
        """[from, to) in epoch seconds, local time; (None, None) for any date."""
        choice = self.dates.currentData()
        if isinstance(choice, int):
            return datetime(choice, 1, 1).timestamp(), datetime(choice + 1, 1, 1).timestamp()
        if choice == _CUSTOM:
            a, b = self.date_from.date(), self.date_to.date().addDays(1)
            if b <= a:
                a, b = self.date_to.date(), self.date_from.date().addDays(1)
            return (datetime(a.year(), a.month(), a.day()).timestamp(),
                    datetime(b.year(), b.month(), b.day()).timestamp())
        return None, None

    def set_date_choice(self, choice: int | str) -> None:
        i = self.dates.findData(choice)
        if i >= 0:
            self.dates.setCurrentIndex(i)
