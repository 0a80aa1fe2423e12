"""The line over the results that says when a search is written in a script the active model cannot read
(Japanese, Hindi, Russian... with an English-only model), and offers the multilingual model that can."""

from __future__ import annotations

from photoclip.core.scripts import script_hint
from photoclip.gui.qt import QFrame, QHBoxLayout, QLabel, QPushButton, Signal


class ScriptHintBar(QFrame):
    switchRequested = Signal(str)  # the model to switch to

    def __init__(self) -> None:
        super().__init__()
        self.setObjectName("scriptHint")
        lay = QHBoxLayout(self)
        lay.setContentsMargins(12, 6, 12, 6)
        self.label = QLabel()
        self.label.setWordWrap(True)
        self.button = QPushButton()
        self.button.clicked.connect(lambda: self.switchRequested.emit(self._model))
        lay.addWidget(self.label, 1)
        lay.addWidget(self.button)
        self._model = ""
        self.hide()

    def show_for(self, text: str, model_name: str) -> bool:
        """Shown when ``text`` needs another model than ``model_name``; hidden otherwise."""
        hint = script_hint(text, model_name) if text.strip() and model_name else None
        if hint is None:
            self.hide()
            return False
        self._model = hint.suggested.name
        self.label.setText(self.tr("This search is written in a script the current model cannot read (it "
                                   "learned English only), so its picture matches mean little."))
        size = hint.suggested.download_mb
        self.button.setText(self.tr("Use the multilingual model (about {0} MB)").format(size) if size
                            else self.tr("Use the multilingual model"))
        self.show()
        return True
