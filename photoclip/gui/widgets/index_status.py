"""The status bar's indexing corner: progress (done of total, photos per second, time left), pause and resume,
stop, and the count of skipped files, which opens the list of them with their reasons; and a line for the
background pass that reads the text in photos (the same pause button holds it, the same stop button ends it)."""

from __future__ import annotations

from photoclip.gui import icons
from photoclip.gui.qt import QHBoxLayout, QLabel, QLocale, QProgressBar, Qt, QToolButton, QWidget, Signal


def format_duration(seconds: float | None) -> str:
    from photoclip.gui.qt import QCoreApplication

    if seconds is None:
        return ""
    s = round(seconds)
    if s < 60:
        return QCoreApplication.translate("IndexStatus", "about %n s left", "", max(1, s))
    m = (s + 30) // 60
    if m < 60:
        return QCoreApplication.translate("IndexStatus", "about %n min left", "", m)
    return QCoreApplication.translate("IndexStatus", "about {0} h {1} min left").format(m // 60, m % 60)


class IndexStatus(QWidget):
    pauseToggled = Signal(bool)
    cancelRequested = Signal()
    skippedRequested = Signal()

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        lay = QHBoxLayout(self)
        lay.setContentsMargins(0, 0, 6, 0)
        lay.setSpacing(6)
        self.label = QLabel()
        self.label.setObjectName("muted")
        self.text_label = QLabel()
        self.text_label.setObjectName("muted")
        self.text_label.setVisible(False)
        self.bar = QProgressBar()
        self.bar.setFixedWidth(150)
        self.bar.setTextVisible(False)
        self.pause_button = QToolButton()
        self.pause_button.setCheckable(True)
        self.pause_button.setToolTip(self.tr("Pause indexing"))
        self.pause_button.toggled.connect(self._pause_toggled)
        self.stop_button = QToolButton()
        self.stop_button.clicked.connect(self.cancelRequested)
        self.skipped_button = QToolButton()
        self.skipped_button.setToolButtonStyle(Qt.ToolButtonStyle.ToolButtonTextBesideIcon)
        self.skipped_button.setToolTip(self.tr("Files that could not be read, and why"))
        self.skipped_button.clicked.connect(self.skippedRequested)
        for w in (self.text_label, self.label, self.bar, self.pause_button, self.stop_button, self.skipped_button):
            lay.addWidget(w)
        self.running = False
        self.text_running = False
        self.paused = False
        self._last_text = ""
        self.set_skipped(0)
        self.refresh_icons()
        self._show_running(False)

    def refresh_icons(self) -> None:
        self.pause_button.setIcon(icons.icon("play" if self.pause_button.isChecked() else "pause"))
        self.stop_button.setIcon(icons.icon("stop"))
        self.skipped_button.setIcon(icons.icon("alert"))

    def _show_running(self, running: bool) -> None:
        # Pause stays available between runs: paused, the next run (a new folder, the watcher) waits too.
        self.running = running
        self.bar.setVisible(running)
        self._update_stop()

    def _update_stop(self) -> None:
        # Stop ends the text pass as well as an index run, so it shows while either goes on.
        self.stop_button.setVisible(self.running or self.text_running)
        self.stop_button.setToolTip(self.tr("Stop indexing (what is done is kept)") if self.running
                                    else self.tr("Stop reading text in photos (what is read is kept)"))

    def _pause_toggled(self, paused: bool) -> None:
        self.paused = paused
        self.pause_button.setToolTip(self.tr("Resume indexing") if paused else self.tr("Pause indexing"))
        self.refresh_icons()
        self.pauseToggled.emit(paused)
        if self.running:
            self.label.setText((self.tr("Paused") + " · " if paused else "") + self._last_text)
        elif paused:
            self.label.setText(self.tr("Indexing paused"))

    # -- what the bridge reports --------------------------------------------------------------------------

    def started(self) -> None:
        self._show_running(True)
        self.bar.setRange(0, 0)  # scanning: how much there is to do is not known yet
        self._last_text = self.tr("Looking for new and changed photos…")
        self.label.setText(self._last_text)

    def progress(self, done: int, total: int, rate: float, eta_s: float | None, listing: bool = False) -> None:
        if not self.running:
            self.started()
        loc = QLocale()
        if total == 0:
            self.bar.setRange(0, 0)
            return
        self.bar.setRange(0, total)
        self.bar.setValue(done)
        if listing:  # new photos listed from their headers, before the model sees them: quick, no rate worth showing
            self._last_text = self.tr("Listing new photos {0} of {1}").format(loc.toString(done), loc.toString(total))
            self.label.setText((self.tr("Paused") + " · " if self.paused else "") + self._last_text)
            return
        parts = [self.tr("Indexing {0} of {1}").format(loc.toString(done), loc.toString(total))]
        if rate > 0 and done:
            parts.append(self.tr("{0} photos/s").format(loc.toString(rate, "f", 1)))
            if done < total:
                parts.append(format_duration(eta_s))
        self._last_text = " · ".join(p for p in parts if p)
        self.label.setText((self.tr("Paused") + " · " if self.paused else "") + self._last_text)

    def finished(self, summary: str) -> None:
        self._show_running(False)
        self.label.setText(self.tr("Indexing paused") if self.paused else summary)

    def text_progress(self, done: int, total: int, rate: float, eta_s: float | None) -> None:
        """The text pass's line: "Reading text 12 of 300 · 1.4 photos/s · about 3 min left"."""
        loc = QLocale()
        parts = [self.tr("Reading text {0} of {1}").format(loc.toString(done), loc.toString(total))]
        if rate > 0 and done:
            parts.append(self.tr("{0} photos/s").format(loc.toString(rate, "f", 1)))
            if done < total:
                parts.append(format_duration(eta_s))
        self.text_label.setText((self.tr("Paused") + " · " if self.paused else "") + " · ".join(p for p in parts if p))
        self.text_label.setVisible(total > 0 and done < total)
        self.text_running = total > 0 and done < total
        self._update_stop()

    def text_finished(self) -> None:
        self.text_label.setVisible(False)
        self.text_running = False
        self._update_stop()

    def set_message(self, text: str) -> None:
        if not self.running:
            self.label.setText(text)

    def set_skipped(self, n: int) -> None:
        self.skipped_button.setVisible(n > 0)
        self.skipped_button.setText(self.tr("%Ln skipped", "", n))

    def set_paused(self, paused: bool) -> None:
        if self.pause_button.isChecked() != paused:
            self.pause_button.setChecked(paused)
