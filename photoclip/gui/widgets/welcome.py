"""The first-run page: what photoclip does, and a button for the Pictures folder or any other folder."""

from __future__ import annotations

import os

from photoclip.gui import icons
from photoclip.gui.qt import (
    QFont,
    QHBoxLayout,
    QLabel,
    QPushButton,
    QStandardPaths,
    Qt,
    QVBoxLayout,
    QWidget,
    Signal,
)

TEXT_WIDTH = 560


def pictures_folder() -> str | None:
    for loc in QStandardPaths.standardLocations(QStandardPaths.StandardLocation.PicturesLocation):
        if loc and os.path.isdir(loc):
            return loc
    return None


class WelcomePage(QWidget):
    foldersChosen = Signal(list)
    chooseRequested = Signal()

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        outer = QVBoxLayout(self)
        outer.addStretch(2)
        box = QVBoxLayout()
        box.setSpacing(14)
        box.setAlignment(Qt.AlignmentFlag.AlignHCenter)

        self.logo = QLabel()
        self.logo.setAlignment(Qt.AlignmentFlag.AlignHCenter)
        self.logo.setPixmap(icons.app_icon().pixmap(96, 96))
        box.addWidget(self.logo)

        title = QLabel(self.tr("Welcome to photoclip"))
        f = QFont(title.font())
        f.setPointSizeF(f.pointSizeF() * 2.0)
        f.setWeight(QFont.Weight.Bold)
        title.setFont(f)
        title.setAlignment(Qt.AlignmentFlag.AlignHCenter)
        box.addWidget(title)

        text = QLabel(self.tr(
            "Find any photo by describing it — “birthday cake with candles”, “snowy mountain lake” — or by "
            "showing a similar one. photoclip looks at your photos on this computer; nothing is uploaded, and "
            "your folders are only read, never changed."))
        text.setWordWrap(True)
        text.setAlignment(Qt.AlignmentFlag.AlignHCenter)
        text.setFixedWidth(TEXT_WIDTH)  # a fixed width lets the label work out its wrapped height
        text.setObjectName("muted")
        box.addWidget(text, 0, Qt.AlignmentFlag.AlignHCenter)

        box.addSpacing(8)
        ask = QLabel(self.tr("Which folders hold your photos?"))
        f2 = QFont(ask.font())
        f2.setWeight(QFont.Weight.DemiBold)
        ask.setFont(f2)
        ask.setAlignment(Qt.AlignmentFlag.AlignHCenter)
        box.addWidget(ask)

        buttons = QHBoxLayout()
        buttons.setSpacing(10)
        buttons.addStretch(1)
        self.pictures = pictures_folder()
        self.pictures_button = QPushButton()
        self.pictures_button.setProperty("primary", True)
        if self.pictures:
            self.pictures_button.setText(self.tr("Use {0}").format(_short(self.pictures)))
            self.pictures_button.clicked.connect(lambda: self.foldersChosen.emit([self.pictures]))
        else:
            self.pictures_button.hide()
        self.choose_button = QPushButton(self.tr("Choose a folder…"))
        if not self.pictures:
            self.choose_button.setProperty("primary", True)
        self.choose_button.clicked.connect(self.chooseRequested)
        buttons.addWidget(self.pictures_button)
        buttons.addWidget(self.choose_button)
        buttons.addStretch(1)
        box.addLayout(buttons)

        hint = QLabel(self.tr("You can add more folders later, or drop a folder on the window. "
                              "New photos in them are picked up while photoclip runs."))
        hint.setObjectName("muted")
        hint.setWordWrap(True)
        hint.setAlignment(Qt.AlignmentFlag.AlignHCenter)
        hint.setFixedWidth(TEXT_WIDTH)
        box.addWidget(hint, 0, Qt.AlignmentFlag.AlignHCenter)

        row = QHBoxLayout()
        row.addStretch(1)
        row.addLayout(box)
        row.addStretch(1)
        outer.addLayout(row)
        outer.addStretch(3)


def _short(path: str) -> str:
    home = os.path.expanduser("~")
    return "~" + path[len(home):] if path.startswith(home + os.sep) else path
