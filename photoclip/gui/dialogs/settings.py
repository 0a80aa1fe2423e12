"""Settings: the model (with what each is good for), where it runs, how many CPU threads indexing may use,
whether the text in photos is read, the thumbnail size, the theme and the language. Model, device, threads, text
and size belong to the library; the theme and the language to this computer.
"""

from __future__ import annotations

import os
import sys

from photoclip.core import models
from photoclip.gui.dialogs import at_least_wide
from photoclip.gui.indexing import THUMB_SIZES, AppSettings
from photoclip.gui.language import LANGUAGES
from photoclip.gui.qt import (
    QCheckBox,
    QComboBox,
    QDialog,
    QDialogButtonBox,
    QFileDialog,
    QFormLayout,
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QPushButton,
    QSpinBox,
    QVBoxLayout,
    QWidget,
)
from photoclip.gui.theme import THEMES


class SettingsDialog(QDialog):
    def __init__(self, settings: AppSettings, theme: str, parent: QWidget | None = None, *,
                 language: str = "") -> None:
        super().__init__(parent)
        self.setWindowTitle(self.tr("Settings"))
        self.original = settings
        lay = QVBoxLayout(self)
        lay.setContentsMargins(20, 18, 20, 14)
        form = QFormLayout()
        form.setSpacing(10)
        lay.addLayout(form)

        self.model = QComboBox()
        for spec in models.KNOWN_MODELS:
            label = spec.name + (self.tr("  (multilingual)") if spec.multilingual else "")
            self.model.addItem(label, spec.name)
        if self.model.findData(settings.model) < 0:
            self.model.addItem(settings.model, settings.model)
        self.model.setCurrentIndex(self.model.findData(settings.model))
        self.model.currentIndexChanged.connect(self._model_changed)
        form.addRow(self.tr("Model"), self.model)
        self.note = QLabel()
        self.note.setObjectName("muted")
        self.note.setWordWrap(True)
        form.addRow("", self.note)

        file_row = QHBoxLayout()
        self.model_file = QLineEdit(settings.model_file or "")
        self.model_file.setPlaceholderText(self.tr("downloaded automatically"))
        self.model_file.setReadOnly(True)
        choose = QPushButton(self.tr("Choose…"))
        choose.clicked.connect(self._choose_file)
        clear = QPushButton(self.tr("Clear"))
        clear.clicked.connect(self.model_file.clear)
        file_row.addWidget(self.model_file, 1)
        file_row.addWidget(choose)
        file_row.addWidget(clear)
        form.addRow(self.tr("Weights file"), file_row)

        self.device = QComboBox()
        gpu = "mps" if sys.platform == "darwin" else "cuda"
        for label, value in ((self.tr("Automatic (GPU when there is one)"), "auto"), (self.tr("CPU"), "cpu"),
                             (self.tr("GPU"), gpu)):
            self.device.addItem(label, value)
        self.device.setCurrentIndex(max(0, self.device.findData(settings.device)))
        form.addRow(self.tr("Run the model on"), self.device)

        self.threads = QSpinBox()
        self.threads.setRange(1, max(1, os.cpu_count() or 1))
        self.threads.setValue(min(settings.index_threads, self.threads.maximum()))
        self.threads.setSuffix(self.tr(" of {0}").format(os.cpu_count() or 1))
        self.threads.setToolTip(self.tr("Fewer threads keep the computer responsive while indexing; more finish "
                                        "sooner."))
        form.addRow(self.tr("CPU threads for indexing"), self.threads)

        self.read_text = QCheckBox(self.tr("Read the text in photos (signs, receipts, screenshots)"))
        self.read_text.setChecked(settings.read_text)
        self.read_text.setToolTip(self.tr("Search then finds photos by the words written in them. It runs after "
                                          "indexing, at low priority, and can be paused."))
        form.addRow(self.tr("Text in photos"), self.read_text)

        self.thumb = QComboBox()
        for label, size in zip((self.tr("Small"), self.tr("Medium"), self.tr("Large")), THUMB_SIZES, strict=True):
            self.thumb.addItem(label, size)
        self.thumb.setCurrentIndex(max(0, self.thumb.findData(settings.thumb_size)))
        form.addRow(self.tr("Thumbnail size"), self.thumb)

        self.theme = QComboBox()
        for label, value in zip((self.tr("Follow the system"), self.tr("Light"), self.tr("Dark")), THEMES,
                                strict=True):
            self.theme.addItem(label, value)
        self.theme.setCurrentIndex(max(0, self.theme.findData(theme)))
        form.addRow(self.tr("Theme"), self.theme)

        self.language = QComboBox()
        self.language.addItem(self.tr("System"), "")
        for code, name in LANGUAGES:  # each in its own language, so a user lost in a foreign one finds theirs
            self.language.addItem(name, code)
        self.language.setCurrentIndex(max(0, self.language.findData(language)))
        self.language.setToolTip(self.tr("Takes effect when photoclip restarts"))
        form.addRow(self.tr("Language"), self.language)

        buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Ok | QDialogButtonBox.StandardButton.Cancel)
        buttons.accepted.connect(self.accept)
        buttons.rejected.connect(self.reject)
        lay.addSpacing(8)
        lay.addWidget(buttons)
        self._model_changed()
        at_least_wide(self, 520)

    def _model_changed(self, *_args: object) -> None:
        name = self.model.currentData()
        # A weights file belongs to one model: keeping it for another would only fail to load.
        self.model_file.setText(self.original.model_file or "" if name == self.original.model else "")
        # Only the listed models: naming any other "arch/tag" asks open_clip, which would import torch here.
        spec = next((s for s in models.KNOWN_MODELS if s.name == name), None)
        if spec is None:
            self.note.setText(self.tr("A custom model"))
            return
        note = spec.note
        if spec.download_mb:
            note += " · " + self.tr("about {0} MB to download once").format(spec.download_mb)
        if name != self.original.model:
            note += "\n" + self.tr("Switching re-indexes every photo in the background; search keeps using the "
                                   "current model until that is done.")
        self.note.setText(note)

    def _choose_file(self) -> None:
        path, _f = QFileDialog.getOpenFileName(self, self.tr("Choose the model's checkpoint file"), "",
                                               self.tr("Model checkpoints (*.safetensors *.bin *.pt *.pth)"))
        if path:
            self.model_file.setText(path)

    def result_settings(self) -> AppSettings:
        return AppSettings(
            model=self.model.currentData(),
            model_file=self.model_file.text() or None,
            device=self.device.currentData(),
            index_threads=self.threads.value(),
            thumb_size=self.thumb.currentData(),
            read_text=self.read_text.isChecked(),
        )

    def result_theme(self) -> str:
        return str(self.theme.currentData())

    def result_language(self) -> str:
        """The chosen language code; "" follows the system."""
        return str(self.language.currentData())
