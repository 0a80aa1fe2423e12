"""Getting the model's weights onto this computer: a download with progress and Cancel, and when that cannot
work (offline, blocked), a clear explanation and the way out: choosing a checkpoint file copied from elsewhere.
When the app speaks another language than English, the first run proposes the multilingual model first.

The download itself runs on the index thread (models.resolve_weights with a tqdm class that reports bytes and
raises on Cancel); this dialog only shows what the bridge reports.
"""

from __future__ import annotations

import dataclasses
from collections.abc import Callable

from photoclip.core.models import ModelSpec
from photoclip.core.scripts import multilingual_suggestion
from photoclip.gui import icons
from photoclip.gui.bridge import Bridge
from photoclip.gui.dialogs import at_least_wide
from photoclip.gui.indexing import ModelStatus
from photoclip.gui.language import speaks_english
from photoclip.gui.qt import (
    QCloseEvent,
    QDialog,
    QFileDialog,
    QFont,
    QHBoxLayout,
    QLabel,
    QLocale,
    QObject,
    QProgressBar,
    QPushButton,
    QStackedWidget,
    Qt,
    QTextBrowser,
    QToolButton,
    QVBoxLayout,
    QWidget,
)


class ModelSetupDialog(QDialog):
    def __init__(self, bridge: Bridge, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.bridge = bridge
        self.setWindowTitle(self.tr("Setting up the model"))
        lay = QVBoxLayout(self)
        lay.setContentsMargins(22, 20, 22, 18)
        lay.setSpacing(12)
        head = QHBoxLayout()
        self.icon = QLabel()
        self.icon.setPixmap(icons.app_icon().pixmap(48, 48))
        head.addWidget(self.icon, 0, Qt.AlignmentFlag.AlignTop)
        self.title = QLabel()
        f = QFont(self.title.font())
        f.setPointSizeF(f.pointSizeF() * 1.3)
        f.setWeight(QFont.Weight.DemiBold)
        self.title.setFont(f)
        self.title.setWordWrap(True)
        head.addWidget(self.title, 1)
        lay.addLayout(head)

        self.pages = QStackedWidget()
        lay.addWidget(self.pages)

        # Page 0: downloading / loading.
        busy = QWidget()
        bl = QVBoxLayout(busy)
        bl.setContentsMargins(0, 0, 0, 0)
        self.explain = QLabel()
        self.explain.setWordWrap(True)
        bl.addWidget(self.explain)
        self.bar = QProgressBar()
        self.bar.setTextVisible(False)
        bl.addWidget(self.bar)
        self.amount = QLabel()
        self.amount.setObjectName("muted")
        bl.addWidget(self.amount)
        self.pages.addWidget(busy)

        # Page 1: it did not work; say why and what to do.
        problem = QWidget()
        pl = QVBoxLayout(problem)
        pl.setContentsMargins(0, 0, 0, 0)
        self.message = QTextBrowser()
        self.message.setOpenExternalLinks(True)
        self.message.setMinimumHeight(170)
        pl.addWidget(self.message)
        # Offered when the app speaks another language than English and the model learned English only.
        self.proposal = QLabel()
        self.proposal.setWordWrap(True)
        self.multilingual_button = QPushButton()
        self.multilingual_button.clicked.connect(self.use_multilingual)
        offer = QHBoxLayout()
        offer.addWidget(self.proposal, 1)
        offer.addWidget(self.multilingual_button)
        pl.addLayout(offer)
        self.pages.addWidget(problem)
        self._download_next = ""  # a model chosen here, downloaded as soon as the bridge has switched to it

        buttons = QHBoxLayout()
        self.choose_button = QPushButton(self.tr("Choose a local checkpoint file…"))
        self.choose_button.clicked.connect(self.choose_file)
        self.retry_button = QPushButton(self.tr("Try again"))
        self.retry_button.clicked.connect(self.start_download)
        self.cancel_button = QPushButton(self.tr("Cancel"))
        self.cancel_button.clicked.connect(self._cancel)
        self.close_button = QPushButton(self.tr("Close"))
        self.close_button.clicked.connect(self.reject)
        buttons.addWidget(self.choose_button)
        buttons.addStretch(1)
        for b in (self.retry_button, self.cancel_button, self.close_button):
            buttons.addWidget(b)
        lay.addLayout(buttons)

        bridge.modelStatusChanged.connect(self.show_status)
        bridge.downloadProgress.connect(self._progress)
        self.show_status(bridge.model_status)
        at_least_wide(self, 560)

    # -- actions ------------------------------------------------------------------------------------------

    def start_download(self) -> None:
        self.bridge.download_model()

    def use_multilingual(self) -> None:
        settings = self.bridge.settings
        spec = multilingual_suggestion(self.bridge.model_status.name)
        if settings is None or spec is None:
            return
        self._download_next = spec.name
        self.bridge.save_settings(dataclasses.replace(settings, model=spec.name, model_file=None))

    def choose_file(self) -> None:
        path, _filter = QFileDialog.getOpenFileName(
            self, self.tr("Choose the model's checkpoint file"), "",
            self.tr("Model checkpoints (*.safetensors *.bin *.pt *.pth);;All files (*)"))
        if path:
            self.bridge.use_model_file(path)

    def _cancel(self) -> None:
        self.bridge.cancel_download()

    def closeEvent(self, e: QCloseEvent) -> None:
        if self.bridge.model_status.state == "downloading":
            self.bridge.cancel_download()
        super().closeEvent(e)

    def reject(self) -> None:
        if self.bridge.model_status.state == "downloading":
            self.bridge.cancel_download()
        super().reject()

    # -- what the bridge says -----------------------------------------------------------------------------

    def show_status(self, status: ModelStatus) -> None:
        state = status.state
        size = (self.tr("about {0} MB").format(status.download_mb) if status.download_mb
                else self.tr("its weights"))
        self.retry_button.setVisible(state in ("missing", "unavailable") and status.model_file is None)
        self.cancel_button.setVisible(state == "downloading")
        self.close_button.setVisible(state != "downloading")
        self.choose_button.setVisible(state in ("missing", "unavailable"))
        if state == "ready":
            self.accept()
            return
        if state == "missing" and self._download_next and status.name == self._download_next:
            self._download_next = ""
            self.start_download()
            return
        spec = proposed_model(status)
        self.proposal.setVisible(spec is not None)
        self.multilingual_button.setVisible(spec is not None)
        if spec is not None:
            self.proposal.setText(self.tr(
                "photoclip speaks your language, but this model understands searches in English only. The "
                "multilingual model {0} understands yours too: about {1} MB to download once, and indexing is a "
                "little slower.").format(spec.name, spec.download_mb or "?"))
            self.multilingual_button.setText(self.tr("Use the multilingual model"))
        if state in ("downloading", "loading"):
            self.pages.setCurrentIndex(0)
            if state == "downloading":
                self.title.setText(self.tr("Downloading the model"))
                self.explain.setText(self.tr(
                    "photoclip needs the model {0} ({1}) to understand your photos. It is downloaded once from "
                    "Hugging Face and then works offline; your photos never leave this computer.").format(
                        status.name, size))
            else:
                self.title.setText(self.tr("Loading the model…"))
                self.explain.setText(self.tr("This takes a few seconds."))
                self.amount.setText("")
            self.bar.setRange(0, 0)
            return
        self.pages.setCurrentIndex(1)
        if state == "missing":
            self.title.setText(self.tr("The model is not downloaded yet"))
            text = status.message or self.tr("photoclip needs the model {0} ({1}).").format(status.name, size)
        else:
            self.title.setText(self.tr("The model is not available"))
            text = status.message
        # The engine's messages speak to the command line; here the same way out is a button.
        button = self.tr("“Choose a local checkpoint file…” below")
        text = text.replace("pass it with --model-file PATH", self.tr("choose it with {0}").format(button))
        text = text.replace("--model-file PATH", button)
        self.message.setPlainText(_reflow(text) + "\n\n" + self.tr(
            "Your photos are indexed, and become searchable, as soon as the model is set up."))

    def _progress(self, done: int, total: int) -> None:
        loc = QLocale()
        if total > 0:
            # QProgressBar takes ints; kilobytes keep a 2 GB download inside its range.
            self.bar.setRange(0, max(1, total // 1024))
            self.bar.setValue(done // 1024)
            self.amount.setText(self.tr("{0} of {1}").format(loc.formattedDataSize(done, 1),
                                                              loc.formattedDataSize(total, 1)))
        else:
            self.bar.setRange(0, 0)
            self.amount.setText(loc.formattedDataSize(done, 1))


def _reflow(text: str) -> str:
    """The engine wraps its messages for an 80-column terminal, continuing a list item on an indented line;
    in a dialog the text wraps itself, so continuation lines are joined and list items become bullets."""
    lines: list[str] = []
    for line in text.splitlines():
        stripped = line.strip()
        if line.startswith("    ") and lines and stripped:
            lines[-1] += " " + stripped
        elif stripped.startswith("- "):
            lines.append("• " + stripped[2:])
        else:
            lines.append(stripped)
    return "\n".join(lines)


class ModelSetup(QObject):
    """When the window asks about the model: a status-bar button whenever the model is not ready, and the
    dialog offered once per problem -- only after the welcome page, so the first question is about folders."""

    def __init__(self, bridge: Bridge, window: QWidget, may_offer: Callable[[], bool]) -> None:
        super().__init__(window)
        self.bridge = bridge
        self.window = window
        self.may_offer = may_offer
        self.dialog: ModelSetupDialog | None = None
        self.offered = False
        self.button = QToolButton()
        self.button.setToolButtonStyle(Qt.ToolButtonStyle.ToolButtonTextBesideIcon)
        self.button.clicked.connect(lambda: self.show_dialog())
        self.button.hide()
        bridge.modelStatusChanged.connect(self._status)

    def _status(self, status: ModelStatus) -> None:
        from photoclip.gui.texts import model_button_text

        text = model_button_text(status)
        problem = status.state in ("missing", "unavailable")
        self.button.setVisible(bool(text))
        self.button.setText(text)
        self.button.setIcon(icons.icon("alert" if problem else "download"))
        self.button.setEnabled(problem or status.state == "downloading")
        self.offer()

    def offer(self) -> None:
        state = self.bridge.model_status.state
        if state not in ("missing", "unavailable") or not self.may_offer():
            return
        if self.offered or (self.dialog is not None and self.dialog.isVisible()):
            return
        self.offered = True
        # A user whose language is not English chooses between the two models before anything downloads.
        self.show_dialog(download=state == "missing" and proposed_model(self.bridge.model_status) is None)

    def show_dialog(self, download: bool = False) -> None:
        if self.dialog is None:
            self.dialog = ModelSetupDialog(self.bridge, self.window)
        self.dialog.show_status(self.bridge.model_status)
        self.dialog.show()
        self.dialog.raise_()
        if download:
            self.dialog.start_download()


def proposed_model(status: ModelStatus) -> ModelSpec | None:
    """The multilingual model to propose while ``status``'s model is missing: only when the app speaks another
    language than English and that model learned English only."""
    if status.state != "missing" or speaks_english():
        return None
    return multilingual_suggestion(status.name)
