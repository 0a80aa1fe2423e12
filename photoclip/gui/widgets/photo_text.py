"""The text read in a photo, in the viewer: selectable and copyable, or why there is none (not read yet, reading
text is off, no text found). Read on the query thread; the text itself comes from the background text pass."""

from __future__ import annotations

from photoclip.gui.bridge import Bridge
from photoclip.gui.qt import QApplication, QLabel, QPlainTextEdit, QPushButton, QVBoxLayout, QWidget, qt_alive


class PhotoTextPanel(QWidget):
    def __init__(self, bridge: Bridge, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.bridge = bridge
        self.photo_id: int | None = None
        lay = QVBoxLayout(self)
        lay.setContentsMargins(0, 0, 0, 0)
        title = QLabel(self.tr("Text in this photo"))
        title.setObjectName("sectionTitle")
        lay.addWidget(title)
        self.text = QPlainTextEdit()
        self.text.setReadOnly(True)  # read-only still selects and copies (Ctrl+A, Ctrl+C)
        self.text.setAccessibleName(self.tr("Text in this photo"))
        self.text.setMaximumHeight(140)
        lay.addWidget(self.text)
        self.note = QLabel()
        self.note.setObjectName("muted")
        self.note.setWordWrap(True)
        lay.addWidget(self.note)
        self.copy_button = QPushButton(self.tr("Copy text"))
        self.copy_button.clicked.connect(self.copy)
        lay.addWidget(self.copy_button)
        self._show(None)

    def show_photo(self, photo_id: int | None) -> None:
        self.photo_id = photo_id
        if photo_id is None:
            self._show(None)
            return

        def done(result: str | None, asked: int = photo_id) -> None:
            if qt_alive(self) and asked == self.photo_id:
                self._show(result)

        self.bridge.query(lambda ctx: ctx.engine.photo_text(photo_id), done)

    def _show(self, text: str | None) -> None:
        self.text.setPlainText(text or "")
        self.text.setVisible(bool(text))
        self.copy_button.setVisible(bool(text))
        if text:
            self.note.setText("")
        elif text is None:
            on = self.bridge.settings is not None and self.bridge.settings.read_text
            self.note.setText(self.tr("Not read yet.") if on else
                              self.tr("Reading text in photos is off (Settings)."))
        else:
            self.note.setText(self.tr("No text found."))
        self.note.setVisible(not text)

    def copy(self) -> None:
        QApplication.clipboard().setText(self.text.toPlainText())
