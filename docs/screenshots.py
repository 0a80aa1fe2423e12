"""Screenshots of the app in each shipped language: `xvfb-run -a python docs/screenshots.py [OUT_DIR] [LANG...]`.

Builds a small library (the test photos, the tiny random-weight test model) in a temporary folder, opens the real
window in each language as Settings would choose it, searches once, and saves the window as
OUT_DIR/screenshot_<lang>.png (default: docs/). Run it under Xvfb with the Noto fonts installed (README), so the
CJK and Devanagari text is drawn with the fonts a user's Linux desktop has.
"""

from __future__ import annotations

import sys
import tempfile
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]
sys.path[:0] = [str(ROOT), str(ROOT / "tests")]

QUERY = {"en": "beach", "tr": "sahil", "ja": "海辺", "zh_CN": "海滩", "hi": "समुद्र तट"}


def shoot(code: str, out: Path, work: Path) -> Path:
    from photos import write_photos

    from photoclip.core import models
    from photoclip.gui.app import application, create_window
    from photoclip.gui.config import AppConfig
    from photoclip.gui.qt import QSettings, QTimer

    app = application(["photoclip"])
    photos = work / "Pictures" / "Holiday 2024"
    if not photos.exists():
        write_photos(photos, 24)
    model = work / "photoclip-tiny.safetensors"
    if not model.exists():
        models.make_tiny_checkpoint(model)
    ini = work / f"window-{code}.ini"
    settings = QSettings(str(ini), QSettings.Format.IniFormat)
    settings.setValue("language", code)
    settings.sync()
    config = AppConfig(library_dir=work / f"library-{code}", model="photoclip-tiny", model_file=str(model),
                       settings_file=ini, theme="light", watch=False)
    w = create_window(config, app)
    w.resize(1180, 760)
    w.show()
    w.start()
    state = {"step": 0}
    target = out / f"screenshot_{code}.png"

    def tick() -> None:
        if state["step"] == 0 and w.folders is not None:
            w.add_folders([str(photos)])
            state["step"] = 1
        elif state["step"] == 1 and w.results is not None and w.results.library_size == 24 \
                and not w.bridge.indexing and w.bridge.model_ready:
            w.search_bar.field.setText(QUERY.get(code, "beach"))
            w.search_bar.field.textEdited.emit(w.search_bar.field.text())  # as typing does
            state["step"] = 2
        elif state["step"] == 2 and w.results is not None and w.results.query.text:
            state["step"] = 3
            QTimer.singleShot(1500, lambda: (w.grab().save(str(target)), w.close()))
            return
        QTimer.singleShot(100, tick)

    QTimer.singleShot(0, tick)
    app.exec()
    return target


def main(argv: list[str]) -> int:
    from photoclip.gui.language import LANGUAGES

    out = Path(argv[0]) if argv else ROOT / "docs"
    codes = argv[1:] or [code for code, _name in LANGUAGES]
    out.mkdir(parents=True, exist_ok=True)
    with tempfile.TemporaryDirectory() as tmp:
        for code in codes:
            print(shoot(code, out, Path(tmp)))
    return 0


if __name__ == "__main__":
    sys.exit(main(sys.argv[1:]))
