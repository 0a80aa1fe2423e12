"""Render the app's logo (resources/icons/logo.svg) into the icon files each platform's installer needs.

    python installer/make_icons.py OUT_DIR

writes OUT_DIR/photoclip.png (256 px, the Linux .desktop icon; the SVG ships beside it as the scalable one),
OUT_DIR/photoclip.ico (Windows: 16-256 px in one file) and OUT_DIR/photoclip.icns (macOS: 16-1024 px). The SVG
is drawn by Qt's own SVG renderer, offscreen, so no other tool is needed; Pillow writes the .ico and .icns.
"""

from __future__ import annotations

import os
import sys
from pathlib import Path

os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")
sys.path.insert(0, str(Path(__file__).resolve().parents[1]))

from PIL import Image

from photoclip.core.package_data import resources_dir
from photoclip.gui.qt import QByteArray, QGuiApplication, QImage, QPainter, QSvgRenderer, Qt

ICO_SIZES = (16, 20, 24, 32, 40, 48, 64, 128, 256)
ICNS_SIZES = (16, 32, 64, 128, 256, 512, 1024)


def render(svg: bytes, size: int) -> Image.Image:
    """The SVG at size x size as a Pillow RGBA image (rendered at that size, not scaled from another)."""
    image = QImage(size, size, QImage.Format.Format_RGBA8888)
    image.fill(Qt.GlobalColor.transparent)
    painter = QPainter(image)
    painter.setRenderHint(QPainter.RenderHint.Antialiasing)
    QSvgRenderer(QByteArray(svg)).render(painter)
    painter.end()
    raw = bytes(image.constBits())[: size * size * 4]
    return Image.frombytes("RGBA", (size, size), raw)


def main(out: Path) -> None:
    app = QGuiApplication.instance() or QGuiApplication(sys.argv[:1])  # noqa: F841 (Qt needs one for painting)
    folder = resources_dir()
    assert folder is not None, "the resources/ folder is missing"
    svg = (folder / "icons" / "logo.svg").read_bytes()
    out.mkdir(parents=True, exist_ok=True)
    images = {s: render(svg, s) for s in sorted({*ICO_SIZES, *ICNS_SIZES})}
    images[256].save(out / "photoclip.png")
    (out / "photoclip.svg").write_bytes(svg)
    images[256].save(out / "photoclip.ico", sizes=[(s, s) for s in ICO_SIZES],
                     append_images=[images[s] for s in ICO_SIZES if s != 256])
    images[1024].save(out / "photoclip.icns", append_images=[images[s] for s in ICNS_SIZES if s != 1024])
    for name in ("photoclip.png", "photoclip.ico", "photoclip.icns"):
        print(f"{out / name}: {(out / name).stat().st_size} bytes")


if __name__ == "__main__":
    if len(sys.argv) != 2:
        sys.exit(__doc__)
    main(Path(sys.argv[1]))
